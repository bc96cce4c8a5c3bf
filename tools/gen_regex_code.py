"""Generate pipeline/data/regex_code.json, the package's regular expressions compiled ahead (read by
pipeline/rx.py: see its docstring).

    .venv/bin/python tools/gen_regex_code.py           # rewrite the file
    .venv/bin/python tools/gen_regex_code.py --check   # exit 1 when the committed file differs

Every module of the package is imported and the reference notice, an HTML and a DOCX notice are
extracted, with :mod:`pipeline.rx` recording each pattern asked of it (those compiled at import
and those built from data at run time: the unit dictionary's shapes, the unit matcher's character
classes); each is compiled by ``re._parser`` and ``re._compiler`` exactly as ``re.compile`` does
and written with the interpreter's header. Deterministic: the same patterns on the same Python give
the same bytes. ``make run`` runs it (the table is regenerated with extracted/); a pattern missing
from the table is only compiled the slow way.
"""

from __future__ import annotations

import array
import base64
import importlib
import json
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/generated.py, also when this file is loaded by path
from generated import write_or_check  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import rx  # noqa: E402

TABLE = Path(rx.TABLE)

DOCUMENTS = ("raw_docs/yingkou_2016_45_shisanwu_fengong.txt", "tests/data/forms/table_tasks.html", "tests/data/forms/docx_simple.docx")


def patterns() -> list[tuple[int, str]]:
    """Every (flags, pattern) the package asks of :func:`pipeline.rx.compile` at import and in an extraction."""
    import pipeline

    rx.recorded = set()
    try:
        for module in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
            if not module.name.endswith("__main__"):
                importlib.import_module(module.name)
        from pipeline.stages import extract

        for document in DOCUMENTS:
            if (ROOT / document).exists():
                extract(ROOT / document)
        return sorted(rx.recorded)
    finally:
        rx.recorded = None


def entry(flags: int, pattern: str) -> list:
    """[flags, pattern, final flags, groups, {name: index}, code words]: what re._compiler.compile gives _sre.compile."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    words = array.array("I", code)
    return [flags, pattern, flags | parsed.state.flags, parsed.state.groups - 1, dict(parsed.state.groupdict), base64.b64encode(words.tobytes()).decode("ascii")]


def render(found: list[tuple[int, str]]) -> str:
    import _sre

    assert array.array("I").itemsize == _sre.CODESIZE
    lines = ["{", f'"header": {json.dumps(rx.header(), sort_keys=True)},', '"patterns": [']
    # ASCII (characters as \uXXXX escapes): read as bytes, the file decodes at once, where a string holding
    # Han and astral characters took ~5 ms to decode
    lines += [json.dumps(entry(flags, pattern)) + ("," if i < len(found) - 1 else "") for i, (flags, pattern) in enumerate(found)]
    return "\n".join(lines + ["]}", ""])


def main() -> int:
    text = render(patterns())
    return write_or_check(TABLE, text, sys.argv[1:], "the package's patterns (tools/gen_regex_code.py)", f"{text.count(chr(10)) - 4} patterns")


if __name__ == "__main__":
    sys.exit(main())
