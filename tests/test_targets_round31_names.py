"""Rules of the thirty-first round for an amount's name after 「value + 的」 and in a 分别 list of things (issue 11, from
held-out rounds 29–30's inexact names), each on sentences written for the test, not copied from a labelled notice: every
target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
NAMES31 = [
    # after_value.VERB_HEADS: a verb closing the clause after 「value + 的 + noun」 is the noun phrase's head
    ("对节能产品给予5%的价格扣除。", [
        ("价格扣除", 5.0, "%", "equal", "amount", "给予5%的价格扣除"),
    ]),
    # lists._modified_thing: things listed, the last with its own distinguishing word, each named whole
    # (session 18: 每处 is a per-unit word of head.PER, so the span opens at 按 as 「按每户每年500元」's does)
    ("对公园、广场、小型体育场，分别按每处每年1500元、800元、2000元的标准给予管护补助。", [
        ("公园管护补助", 1500.0, "元", "equal", "amount", "按每处每年1500元、800元、2000元的标准给予管护补助"),
        ("广场管护补助", 800.0, "元", "equal", "amount", "800元、2000元的标准给予管护补助"),
        ("小型体育场管护补助", 2000.0, "元", "equal", "amount", "2000元的标准给予管护补助"),
    ]),
]

# Where the rules must NOT change the reading: a noun that closes itself after 的, a value after 按 sizing its verb, a
# list of places sharing the measure the last one carries.
NOT_NAMES31 = [
    ("给予不超过3000元的住房改善补助。", [
        ("住房改善补助", 3000.0, "元", "at_most", "amount", "给予不超过3000元的住房改善补助"),
    ]),
    ("县医院、乡镇卫生院床位使用率分别达到80%、60%。", [
        ("县医院床位使用率", 80.0, "%", "reach", "goal", "县医院、乡镇卫生院床位使用率分别达到80%"),
        ("乡镇卫生院床位使用率", 60.0, "%", "reach", "goal", "乡镇卫生院床位使用率分别达到80%、60%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES31 + NOT_NAMES31, ids=[s[:16] for s, _ in NAMES31 + NOT_NAMES31])
def test_round31_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
