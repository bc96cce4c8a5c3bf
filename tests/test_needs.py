"""The words a pattern needs (pipeline/needs.py) and the searches skipped without them
(tail.Guarded, patterns.PRESENT_NEEDS): a text lacking every word is one no match can be found in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.normalize import fold_simplified
from pipeline.needs import Needs, last_characters, required_words
from pipeline.targets.reported_facts import PRESENT_NEEDS, PRESENT_STATE, past_clause
from pipeline.targets.recognise import RATIO_COLON, YEAR
from pipeline.targets.tail import Guarded

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "pattern,words",
    [
        (r"现有|共有|辖", ("共有", "现有", "辖")),
        (r"(?:到|至)?20\d\d年", ("20",)),  # a run of literals is one word; the fewest words win
        (r"[省市县]级", ("级",)),
        (r"[省市县](?:以上|以下)", ("以",)),  # (the parser reads 以[上下]): one word beats three characters
        (r"(?:不低于|低于)\d", ("低于",)),  # a word holding another: the shorter is enough
        (r"(?:全市)+建设成", ("建设成",)),  # of one word each, the longest
        (r"a(?=b)", ("a",)),
    ],
)
def test_the_words_every_match_holds(pattern, words):
    assert required_words(pattern) == words


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:现有)?\d",  # an optional part only
        r"[\u4e00-\u9fff]+",  # a wide class
        r"[^年]",  # a negated class
        r"(?=现有)",  # a lookahead consumes nothing
        r"现有|\d",  # a branch with no word
        r"(?i)abc",  # a literal would stand for its other cases
    ],
)
def test_no_words_where_a_match_may_do_without(pattern):
    assert required_words(pattern) is None
    assert not Needs(re.compile(pattern)).absent("")


def _sentences() -> list[str]:
    texts = [fold_simplified(p.read_text(encoding="utf-8", errors="replace")) for p in sorted((ROOT / "tests" / "data").rglob("*.txt"))]
    return [s for text in texts for s in re.split(r"[。\n]", text) if s]


def test_a_text_without_the_words_has_no_match_for_any_pattern_of_the_package():
    import sys

    import pipeline.stages  # noqa: F401 - every stage's tables

    patterns = {
        id(p): p
        for name, module in list(sys.modules.items())
        if name.startswith("pipeline.")
        for p in vars(module).values()
        if isinstance(p, re.Pattern) and isinstance(p.pattern, str)
    }
    sentences = _sentences()
    checked = 0
    for pattern in patterns.values():
        words = required_words(pattern)
        for sentence in sentences if words else ():
            if not any(w in sentence for w in words):
                checked += 1
                assert pattern.search(sentence) is None, (pattern.pattern, sentence)
    assert checked > 10_000


def test_guarded_patterns_answer_as_the_pattern_does():
    assert YEAR.words == ("20",) and RATIO_COLON.words == (":",) and PRESENT_NEEDS.words == ("仍有", "共有", "已有", "现有", "辖")
    guarded = Guarded(re.compile(r"(?<=\d):(?=\d)"))
    for text in ("比例10:40:50", "无比例", "时间:2026年", ""):
        assert guarded.sub("∶", text) == guarded.pattern.sub("∶", text)
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in guarded.pattern.finditer(text)]
        for method in ("search", "match", "fullmatch"):
            ours, theirs = getattr(guarded, method)(text), getattr(guarded.pattern, method)(text)
            assert (ours and ours.span()) == (theirs and theirs.span())


def test_a_clause_after_a_statement_of_what_a_place_holds_is_still_read_as_past():
    text = "全县共有中小学148所,其中设有食堂的学校121所。"
    assert PRESENT_STATE.match(text)
    assert past_clause(text, text.index("其中"), 2026)
    assert not past_clause("全县建成中小学148所,其中设有食堂的学校121所。", text.index("其中"), 2026)


def test_the_words_of_several_patterns_are_those_of_each_together():
    assert Needs(re.compile("领导小组办公室"), re.compile("领导小组"), re.compile("(?:联合会|协会)")).words == ("协会", "联合会", "领导小组")
    assert Needs(re.compile("领导小组"), re.compile(r"\d+")).words is None  # one pattern needs no word: none is needed
    assert Needs().words is None


@pytest.mark.parametrize(
    "pattern,last",
    [
        (r"(?:首批|第[一二三]批|新一批)$", "批"),
        (r"(?:到)?20\d\d年(?:底|末)?$", "年底末"),  # an optional last part: the part before it may end the match
        (r"a(?=b)$", "a"),  # a lookaround consumes nothing
        (r"a(?:b|c)*$", "abc"),
    ],
)
def test_the_characters_a_match_ends_with(pattern, last):
    assert last_characters(pattern) == frozenset(last)


@pytest.mark.parametrize("pattern", [r"(?:a|b?)$", r"x[^y]$", r"a\d$", r"(?m)a$", r"(?i)a$", r"$"])
def test_no_last_characters_where_a_match_may_end_otherwise(pattern):
    assert last_characters(pattern) is None


def test_the_end_anchored_searches_skipped_by_their_last_character_find_what_the_pattern_finds():
    import sys

    import pipeline.stages  # noqa: F401 - every stage's tables
    from pipeline.targets.tail import Ending, EndingRun

    objects = {id(v): v for name, module in list(sys.modules.items()) if name.startswith("pipeline.") for v in vars(module).values() if isinstance(v, (Ending, EndingRun))}
    assert sum(o.last is not None for o in objects.values()) >= 20
    pieces = [p for s in _sentences() for p in re.split(r"[,;:]", s) if p][:4000]
    for o in objects.values():
        texts = pieces + [p + "\n" for p in pieces[:200]] + [p[: i + 1] for p in pieces[:300] for i in range(0, len(p), 3)]
        for text in texts:
            ours, theirs = o.search(text), o.pattern.search(text)
            assert (ours and ours.span()) == (theirs and theirs.span()), (o.pattern.pattern, text)
