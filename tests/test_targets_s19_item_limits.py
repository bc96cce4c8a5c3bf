"""A limit set per item — a limit word next to 每 and the item, household, person or measure the value is set for — is a
standard or a price each item must meet, an amount (item_limits.ITEM_LIMITS, session 19); a frame of the government's own
work — a territory's budget per head, each edition of its festival, each round of its selection — stays a goal. Sentences
written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

ITEM_LIMITED = [
    ("非机动车停车位配建指标不低于每百平方米2个。", [
        ("非机动车停车位配建指标", 2.0, "个", "at_least", "amount", "非机动车停车位配建指标不低于每百平方米2个"),
    ]),
    ("自动气象站观测数据传输频次不少于每小时4次。", [
        ("观测数据传输频次", 4.0, "次", "at_least", "amount", "观测数据传输频次不少于每小时4次"),
    ]),
    ("公共充电桩停车占位费不高于每小时5元。", [
        ("公共充电桩停车占位费", 5.0, "元", "at_most", "amount", "公共充电桩停车占位费不高于每小时5元"),
    ]),
    ("城镇燃气入户安检服务收费原则上每户每次不超过30元。", [
        ("城镇燃气入户安检服务收费", 30.0, "元", "at_most", "amount", "城镇燃气入户安检服务收费原则上每户每次不超过30元"),
    ]),
    ("经济林抚育施肥量原则上每株每年不超过2公斤。", [
        ("经济林抚育施肥量", 2.0, "公斤", "at_most", "amount", "经济林抚育施肥量原则上每株每年不超过2公斤"),
    ]),
    ("茶园种植密度原则上为每亩3000株。", [
        ("茶园种植密度", 3000.0, "株", "equal", "amount", "茶园种植密度原则上为每亩3000株"),
    ]),
]
# Where the rule must not change the reading: a territory's budget per head, each edition of a festival the government holds.
NOT_ITEM_LIMITED = [
    ("各县（市、区）按常住人口每人每年不低于8元的标准安排体育工作经费。", [
        ("体育工作经费", 8.0, "元", "at_least", "goal", "每人每年不低于8元的标准安排体育工作经费"),
    ]),
    ("举办茶文化节，每届参展企业不少于150家。", [
        ("参展企业", 150.0, "家", "at_least", "goal", "参展企业不少于150家"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), ITEM_LIMITED + NOT_ITEM_LIMITED, ids=[s[:10] for s, _ in ITEM_LIMITED + NOT_ITEM_LIMITED])
def test_item_limits(sentence, expected):
    assert targets_with_spans(sentence) == expected
