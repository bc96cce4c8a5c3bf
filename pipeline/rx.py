"""Python's ``re`` for fengong's modules, with ``compile`` served from a table of the package's own
patterns compiled ahead (``from .. import rx as re`` in a module: every other name is ``re``'s own).

Python compiles a regular expression in Python code (``re._parser``, ``re._compiler``) and keeps
nothing across processes, so each start compiled the ~420 patterns of the rule tables again: ~0.1 s
of CPU of every cold extraction, most of it ``_optimize_charset`` filling a map one code point at a
time for each class of Han characters (``[\\u4e00-\\u9fff]``: ~1 ms each) or of CJK punctuation.
``tools/gen_regex_code.py`` writes what ``re._compiler.compile`` hands to ``_sre.compile`` for each
of them — the final flags, the group count and names, the code words — to ``pipeline/data/regex_code.json``;
:func:`compile` builds a pattern from that entry with the same call (a few microseconds), and the
pattern is equal to ``re.compile``'s (``Pattern.__eq__`` compares the flags, the pattern and the code;
tests/test_rx.py checks every entry). Anything else — a pattern not in the table (new, edited, or a
``--units-file``'s), or a table written by another Python (its version, ``_sre.MAGIC``, code size,
byte order and Unicode data are in the file's header and must all match) — is ``re.compile``'s, so
the table only ever changes how fast a pattern is made, never what it matches. Nothing is written at
run time; the table is regenerated like extracted/ (``make run``)."""

from __future__ import annotations

import os
import sys
from re import (  # noqa: F401 - re-exported: the modules use rx as re
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    X,
    error,
    escape,
)
from re import compile as _compile

TYPE_CHECKING = False  # (typing is not imported at run time: `fengong --help` imports this module)
if TYPE_CHECKING:
    from typing import Any

TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "regex_code.json")

_table: dict[tuple[int, str], list[Any]] | None = None
_built: dict[tuple[int, str], Pattern[str]] = {}
recorded: set[tuple[int, str]] | None = None  # tools/gen_regex_code.py: every pattern asked for


def compile(pattern: Any, flags: int | RegexFlag = 0) -> Pattern[Any]:  # noqa: A001 - re's name, on purpose
    """``re.compile(pattern, flags)``, built from the table when it holds ``pattern`` with ``flags``."""
    if type(pattern) is not str:
        return _compile(pattern, flags)
    key = (int(flags), pattern)
    if recorded is not None:
        recorded.add(key)
    if (known := _built.get(key)) is not None:
        return known
    entry = (_table if _table is not None else _load()).pop(key, None)  # (once built, the entry's code is not kept twice)
    if entry is None:
        return _compile(pattern, flags)
    final_flags, groups, groupindex, words = entry
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, index in groupindex.items():
        indexgroup[index] = name
    try:
        built = _sre_compile(pattern, final_flags, _code(words), groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - whatever the table holds, re.compile decides
        return _compile(pattern, flags)
    _built[key] = built
    return built


# re's functions, their pattern made by compile() above (from the table when it holds it).
def search(pattern: Any, string: Any, flags: int | RegexFlag = 0) -> Match[Any] | None:
    return compile(pattern, flags).search(string)


def match(pattern: Any, string: Any, flags: int | RegexFlag = 0) -> Match[Any] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Any, string: Any, flags: int | RegexFlag = 0) -> Match[Any] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Any, string: Any, flags: int | RegexFlag = 0) -> Any:
    return compile(pattern, flags).finditer(string)


def findall(pattern: Any, string: Any, flags: int | RegexFlag = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def split(pattern: Any, string: Any, maxsplit: int = 0, flags: int | RegexFlag = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)


def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int | RegexFlag = 0) -> Any:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Any, repl: Any, string: Any, count: int = 0, flags: int | RegexFlag = 0) -> tuple[Any, int]:
    return compile(pattern, flags).subn(repl, string, count)


def header() -> dict[str, Any]:
    """What the code words depend on besides the pattern and its flags: the file is used only when
    every field matches the running interpreter."""
    import _sre
    import array
    import unicodedata

    return {
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "implementation": sys.implementation.name,
        "sre_magic": _sre.MAGIC,
        "codesize": _sre.CODESIZE,
        "word": array.array("I").itemsize,  # the code words are stored as array("I")
        "maxunicode": sys.maxunicode,
        "byteorder": sys.byteorder,
        "unicode": unicodedata.unidata_version,
    }


def _load() -> dict[tuple[int, str], list[Any]]:
    global _table
    import json

    table: dict[tuple[int, str], list[Any]] = {}
    try:
        with open(TABLE, "rb") as handle:  # (ASCII: bytes parse at once)
            data = json.loads(handle.read())
        if data.get("header") == header():
            table = {(flags, pattern): rest for flags, pattern, *rest in data["patterns"]}
    except (OSError, ValueError, TypeError, AttributeError):
        table = {}
    _table = table
    return table


def _code(words: str) -> list[int]:
    import array
    import base64

    return array.array("I", base64.b64decode(words)).tolist()


def _sre_compile(*args: Any) -> Pattern[Any]:
    import _sre

    return _sre.compile(*args)
