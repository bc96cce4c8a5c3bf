"""Session 17: after a per-unit word that counts things (每张, 每个, 单台), the item it counts is no part of an amount's
name where a support or a word naming a quantity follows the item (per_unit_names.counted_item_left_out); a bare measure
keeps its item, as the guide's 「每个服务站面积」 does, and so does an item's own measure. Sentences written for the test:
every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

LEFT_OUT = [
    ("对新建托育机构，每张床位补贴不超过2000元。", [
        ("补贴", 2000.0, "元", "at_most", "amount", "补贴不超过2000元"),
    ]),
    ("每个样品留样量不少于100克。", [
        ("留样量", 100.0, "克", "at_least", "amount", "留样量不少于100克"),
    ]),
    ("每台电梯维修费用原则上不超过3000元。", [
        ("维修费用", 3000.0, "元", "at_most", "amount", "维修费用原则上不超过3000元"),
    ]),
]
# Where the rule must not change the reading: a bare measure and an item's own measure keep the item.
KEPT = [
    ("每个驿站面积不少于30平方米。", [
        ("驿站面积", 30.0, "平方米", "at_least", "amount", "驿站面积不少于30平方米"),
    ]),
    ("单个企业投资额原则上不低于1000万元。", [
        ("企业投资额", 1000.0, "万元", "at_least", "amount", "企业投资额原则上不低于1000万元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEFT_OUT + KEPT, ids=[s[:10] for s, _ in LEFT_OUT + KEPT])
def test_counted_item_left_out(sentence, expected):
    assert targets_with_spans(sentence) == expected
