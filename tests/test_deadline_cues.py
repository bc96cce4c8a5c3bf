"""The deadlines' prefilter (pipeline/targets/deadlines.py CUES): a pattern is tried only on a text
holding one of its cues, so each cue must be in every match of its pattern. Checked on the pattern's
parse: every way through it passes a literal run holding a cue (lookarounds consume nothing)."""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

import pytest

from pipeline.targets.deadlines import CUES, PATTERNS, find_deadlines

REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


def holds_cue(items, cues: tuple[str, ...]) -> bool:
    """Whether every match of the parsed sequence ``items`` holds one of ``cues``."""
    run = ""
    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            if any(cue in run for cue in cues):
                return True
            continue
        run = ""
        if op is c.SUBPATTERN and holds_cue(arg[-1], cues):
            return True
        if op is c.ATOMIC_GROUP and holds_cue(arg, cues):
            return True
        if op is c.BRANCH and all(holds_cue(branch, cues) for branch in arg[1]):
            return True
        if op in REPEATS and arg[0] >= 1 and holds_cue(arg[2], cues):
            return True
    return False


def test_every_cue_names_a_pattern():
    assert set(CUES) <= {name for name, _, _ in PATTERNS}


@pytest.mark.parametrize("name,pattern", [(name, pattern) for name, _, pattern in PATTERNS if name in CUES])
def test_every_match_of_a_pattern_holds_one_of_its_cues(name, pattern):
    assert holds_cue(parser.parse(pattern.pattern, pattern.flags), CUES[name])


def test_the_check_refuses_a_cue_a_match_can_do_without():
    assert not holds_cue(parser.parse("每年|逐年", re.VERBOSE), ("每",))
    assert not holds_cue(parser.parse("(?:年)?度", re.VERBOSE), ("年",))
    assert holds_cue(parser.parse("(?<=举办)年度|每(?:年|月)", re.VERBOSE), ("每", "年度"))


def test_a_text_without_the_cues_skips_the_patterns_and_finds_the_same():
    assert [d.text for d in find_deadlines("每季度通报一次,6月底前完成,长期坚持。", "2026-03-01")] == ["每季度", "6月底前", "长期坚持"]
    assert find_deadlines("加强组织领导,落实工作责任。", "2026-03-01") == []
