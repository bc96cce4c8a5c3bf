"""Rules of the thirty-first round for goals' names and reported facts (issue 11, from held-out rounds 27–30's misses), each
on sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact
indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
GOALS31 = [
    # indicator.CLOSING_HEAD_RUNS: the clause closes on the counted noun, jieba cut it at an adverb (快速), a verb (示范, 处置) or a
    # one-character head (场地) — the whole run is the name
    ("每个县至少建成1个农产品快速检测实验室。", [
        ("农产品快速检测实验室", 1.0, "个", "at_least", "goal", "至少建成1个农产品快速检测实验室"),
    ]),
    ("每个乡镇至少培育1个乡村振兴示范村。", [
        ("乡村振兴示范村", 1.0, "个", "at_least", "goal", "至少培育1个乡村振兴示范村"),
    ]),
    ("每个区至少建成1座餐厨垃圾集中处置厂。", [
        ("餐厨垃圾集中处置厂", 1.0, "座", "at_least", "goal", "至少建成1座餐厨垃圾集中处置厂"),
    ]),
    ("每个乡镇至少建成1处老年人健身场地。", [
        ("老年人健身场地", 1.0, "处", "at_least", "goal", "至少建成1处老年人健身场地"),
    ]),
]

# Where the run must NOT be read on: a duty after a person, a predicate after the counted (实施), a verb with its object
# (征收房产税), and a work on the noun closing the clause (认定: no head).
NOT_GOALS31 = [
    ("每个乡镇要明确1名分管领导负责此项工作。", [
        ("分管领导", 1.0, "名", "equal", "goal", "明确1名分管领导"),
    ]),
    ("到2027年推动200家中小企业实施智能化改造。", [
        ("中小企业", 200.0, "家", "equal", "goal", "200家中小企业"),
    ]),
    ("对符合条件的企业，减按3%的税率征收房产税。", [
        ("税率", 3.0, "%", "equal", "amount", "按3%的税率"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), GOALS31 + NOT_GOALS31, ids=[s[:16] for s, _ in GOALS31 + NOT_GOALS31])
def test_round31_goals(sentence, expected):
    assert targets_with_spans(sentence) == expected


def _notice_targets(text: str, date: str | None) -> list[tuple]:
    from pipeline.targets.collect import read_notice

    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    found = read_notice(text, [], [], lines, [], date, 0)
    return [(t.indicator, t.value) for piece in found.untasked for t in piece.found[0]]


NOTICE31 = "关于印发《某市充电设施建设行动方案（2026—2028年）》的通知\n截至2025年底，全市共建成公共充电桩1.2万个，其中快充桩4000个。\n到2028年，全市公共充电桩达到3万个。"


def test_undated_notice_takes_the_year_before_its_plan():
    """collect: no date nor number read — the plan's first year bounds the notice's, so 截至2025年底 before a 2026—2028 plan
    reports facts; a goal of the plan's years stays."""
    assert _notice_targets(NOTICE31, None) == [("公共充电桩", 3.0)]


def test_dated_notice_keeps_its_own_year():
    """…while a dated notice's own year decides (截至2028年底 in a 2026 notice dates a goal)."""
    text = NOTICE31.replace("截至2025年底", "截至2028年底")
    assert _notice_targets(text, "2026-04-01")[:1] == [("公共充电桩", 1.2)]
