"""A rate or share of what is newly built, rebuilt or extended leaves out the verb and its holder (holder_parts.
built_rate_split, session 16). Sentences written for the test: every target with its exact fields and the text its span
gives back."""

import pytest

from target_rows import targets_with_spans

CHANGED = [
    ("新建产业园区再生水利用率原则上不低于30%。", [
        ("再生水利用率", 30.0, "%", "at_least", "amount", "再生水利用率原则上不低于30%"),
    ]),
    ("新改建城市道路非机动车道透水铺装比例应不低于50%。", [
        ("非机动车道透水铺装比例", 50.0, "%", "at_least", "amount", "非机动车道透水铺装比例应不低于50%"),
    ]),
]
# Where the reading must not change: a share among a whole keeps the whole, and a rate opened by no verb of building keeps
# what it counts.
KEPT = [
    ("新建城区绿地中乔木种植面积比例不低于60%。", [
        ("新建城区绿地中乔木种植面积比例", 60.0, "%", "at_least", "amount", "新建城区绿地中乔木种植面积比例不低于60%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGED + KEPT, ids=[s[:10] for s, _ in CHANGED + KEPT])
def test_built_rates(sentence, expected):
    assert targets_with_spans(sentence) == expected
