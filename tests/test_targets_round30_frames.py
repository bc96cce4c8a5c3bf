"""Rules of the thirtieth round for an amount's name around a per-unit frame (issue 11, from held-out round 29's and
earlier rounds' inexact names), each on sentences written for the test, not copied from a labelled notice: every target
of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
FRAMES30 = [
    # patterns.PER_UNIT_NAMES: a per-unit cap whose frame holds a season caps the support named before
    ("对新建冰场给予运营补贴，单家冰场每个雪季最高不超过50万元。", [
        ("运营补贴", 50.0, "万元", "at_most", "amount", "冰场每个雪季最高不超过50万元"),
    ]),
    # amount_names.ONLY_PER_UNIT_NAMES: 单 and any one item caps the support named before
    ("按每人100元给予研学奖励，单团最高5万元。", [
        ("研学奖励", 100.0, "元", "equal", "amount", "按每人100元给予研学奖励"),
        ("研学奖励", 5.0, "万元", "at_most", "amount", "单团最高5万元"),
    ]),
    # per_frames.PER_FRAMES frame_period_then_measure: a frame or a holder, a period, then the duty
    ("每所幼儿园每学期举办家长课堂不少于4次。", [
        ("家长课堂", 4.0, "次", "at_least", "amount", "家长课堂不少于4次"),
    ]),
    # head.LIMITS_THEN_FRAME: a limit word, a per-unit frame of any item, then the value
    ("换电服务费原则上不高于每千瓦时0.5元。", [
        ("换电服务费", 0.5, "元", "at_most", "amount", "换电服务费原则上不高于每千瓦时0.5元"),
    ]),
]

# Where the rules must NOT change the reading: a 单 word that is a measure of its own, a listed frame after the limit,
# a period before a measure with no holder.
NOT_FRAMES30 = [
    ("单日接待游客不超过8000人。", [
        ("单日接待游客", 8000.0, "人", "at_most", "amount", "单日接待游客不超过8000人"),  # (the name is this test's; the kind caps.CAPS's since session 21: a cap right before its value, the one dev label so written an amount)
    ]),
    ("收费标准不超过每月200元。", [
        ("收费标准", 200.0, "元", "at_most", "amount", "收费标准不超过每月200元"),
    ]),
    ("志愿服务队每人每周服务时间不少于4小时。", [
        ("服务时间", 4.0, "小时", "at_least", "amount", "服务时间不少于4小时"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES30 + NOT_FRAMES30, ids=[s[:16] for s, _ in FRAMES30 + NOT_FRAMES30])
def test_round30_frames(sentence, expected):
    assert targets_with_spans(sentence) == expected
