"""pipeline/rx.py: the package's patterns compiled ahead (pipeline/data/regex_code.json) are the
patterns ``re.compile`` makes — the same flags, groups and code words — and anything the table does
not hold, or a table written by another interpreter, is ``re.compile``'s own."""

from __future__ import annotations

import json
import re

import pytest

from pipeline import rx


def _entries() -> list[list]:
    with open(rx.TABLE, encoding="utf-8") as handle:
        return json.load(handle)["patterns"]


def _same(a: re.Pattern, b: re.Pattern) -> bool:
    # Pattern.__eq__ compares the flags, the pattern and the compiled code
    return a == b and a.flags == b.flags and a.groups == b.groups and a.groupindex == b.groupindex


def test_the_table_is_for_this_interpreter():
    """Else every pattern is compiled the slow way: run tools/gen_regex_code.py with this Python."""
    with open(rx.TABLE, encoding="utf-8") as handle:
        assert json.load(handle)["header"] == rx.header()


def test_every_pattern_of_the_table_is_what_re_compile_makes():
    entries = _entries()
    assert len(entries) > 300
    for flags, pattern, *_ in entries:
        built = rx.compile(pattern, flags)
        assert rx._built.get((flags, pattern)) is built, pattern  # from the table, not re's compiler
        assert _same(built, re.compile(pattern, flags)), pattern
        for text in ("", "各区市科技局牵头，到2025年新增100家企业（其中50家）", "每人每月1500元补贴；2026年底前完成"):
            assert [m.span() for m in built.finditer(text)] == [m.span() for m in re.finditer(pattern, text, flags)]


def test_the_modules_patterns_come_from_the_table():
    """Every pattern a module of the stages holds at import was built from the table (none compiled)."""
    import importlib
    import pkgutil

    import pipeline

    built = {id(p) for p in rx._built.values()}
    held = []
    for module in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if module.name.split(".")[1] in ("targets", "assignments", "structure", "units", "stages", "assemble", "normalize", "brackets"):
            held += [(module.name, name, value) for name, value in vars(importlib.import_module(module.name)).items() if isinstance(value, re.Pattern)]
    assert len(held) > 250
    assert [(m, name) for m, name, value in held if id(value) not in built] == []


def test_a_pattern_not_in_the_table_is_compiled_by_re():
    pattern = "(?P<new>新的[\u4e00-\u9fff]{2})表"
    built = rx.compile(pattern)
    assert (0, pattern) not in rx._built
    assert _same(built, re.compile(pattern))
    assert rx.compile(re.compile("x")) is re.compile("x")  # a compiled pattern is passed through


def test_a_table_of_another_interpreter_is_not_used(monkeypatch, tmp_path):
    flags, pattern, *rest = _entries()[0]
    table = tmp_path / "regex_code.json"
    table.write_text(json.dumps({"header": dict(rx.header(), sre_magic=1), "patterns": [[flags, pattern, *rest]]}), encoding="utf-8")
    monkeypatch.setattr(rx, "TABLE", str(table))
    monkeypatch.setattr(rx, "_table", None)
    monkeypatch.setattr(rx, "_built", {})
    assert _same(rx.compile(pattern, flags), re.compile(pattern, flags))
    assert rx._built == {} and rx._table == {}


def test_an_entry_that_is_not_valid_code_falls_back_to_re(monkeypatch):
    monkeypatch.setattr(rx, "_table", {(0, "a+b"): [32, 0, {}, "AAAAAA=="]})  # one word of nonsense
    monkeypatch.setattr(rx, "_built", {})
    assert _same(rx.compile("a+b"), re.compile("a+b"))


@pytest.mark.slow
def test_the_table_is_what_the_generator_makes():
    """Stale when a pattern was added or edited since: run tools/gen_regex_code.py (``make run`` does)."""
    import subprocess
    import sys

    from conftest import ROOT

    done = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_regex_code.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
