"""Rules of the thirty-first round for the kind of a target (issue 11, from held-out rounds 23–30's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS31 = [
    # standard_kinds.FLOORED_COUNTS: a count floored 原则上 is what its holder keeps
    ("清运企业自有车辆原则上不少于6辆。", [
        ("自有车辆", 6.0, "辆", "at_least", "amount", "自有车辆原则上不少于6辆"),
    ]),
    ("县级托养中心护理人员原则上不少于12人。", [
        ("护理人员", 12.0, "人", "at_least", "amount", "护理人员原则上不少于12人"),
    ]),
    # standard_kinds.PER_UNIT_MONEYS: money for each unit (not each year) under a limit — a price or a support's rate
    ("污泥处置实行政府指导价，每吨不超过80元。", [
        ("污泥处置实行政府指导价", 80.0, "元", "at_most", "amount", "每吨不超过80元"),
    ]),
    ("对入选的古村落，每村安排修缮资金不少于30万元。", [
        ("修缮资金", 30.0, "万元", "at_least", "amount", "修缮资金不少于30万元"),
    ]),
    # standard_kinds.LIMITED_TERMS: a term under a limit, whatever its holder
    ("产业用地可先租后让，租赁年限不超过10年。", [
        ("租赁年限", 10.0, "年", "at_most", "amount", "租赁年限不超过10年"),
    ]),
]

# Where the rules must NOT fire: the holders themselves counted, a yearly budget, a term reached.
NOT_KINDS31 = [
    ("纳入白名单的企业原则上不少于300家。", [
        ("企业", 300.0, "家", "at_least", "goal", "企业原则上不少于300家"),
    ]),
    # (session 19: refuse.MODIFIER_THRESHOLDS now reads the term no target at all, as huanyang's and lanxiu's labels do)
    ("服役年限超过20年的老旧渔船，2027年底前全部完成更新。", []),
    ("每年发放家电消费券不少于800万元。", [
        ("家电消费券", 800.0, "万元", "at_least", "goal", "家电消费券不少于800万元"),
    ]),
    ("全县劳动年龄人口平均受教育年限达到11.5年。", [
        ("劳动年龄人口平均受教育年限", 11.5, "年", "reach", "goal", "劳动年龄人口平均受教育年限达到11.5年"),
    ]),
]


@pytest.mark.parametrize("sentence,expected", KINDS31 + NOT_KINDS31)
def test_round31_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
