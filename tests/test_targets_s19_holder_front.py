"""The front edge of a standard's name, its holder (TARGET_LABELING.md, the holder of a standard; session 19): a noun
holder before a measure per head of its own (人均 + a measure that names something) is left out
(standard_holders._per_head_holder), and so are a holder and its place or period under 在 before the measure's verb
(holder_phrases.place_phrase_end). Sentences written for the test: every target with its exact fields and the text its span
gives back."""

import pytest

from target_rows import targets_with_spans

LEFT_OUT = [
    ("职工公寓人均使用面积原则上不低于6平方米。", [
        ("人均使用面积", 6.0, "平方米", "at_least", "amount", "人均使用面积原则上不低于6平方米"),
    ]),
    ("青年驿站人均居住面积不得低于5平方米。", [
        ("人均居住面积", 5.0, "平方米", "at_least", "amount", "人均居住面积不得低于5平方米"),
    ]),
    ("货运车辆在城区道路上行驶速度不得超过30公里/小时。", [
        ("行驶速度", 30.0, "公里/小时", "at_most", "amount", "行驶速度不得超过30公里/小时"),
    ]),
]
# Where the rules must not change the reading: a bare measure after 人均 and a place word (室内) before it keep the holder,
# and 在 joined to one character is a state word.
KEPT = [
    ("食堂就餐区人均面积不低于1平方米。", [
        ("食堂就餐区人均面积", 1.0, "平方米", "at_least", "amount", "食堂就餐区人均面积不低于1平方米"),
    ]),
    ("幼儿室内人均活动面积不低于3平方米。", [
        ("幼儿室内人均活动面积", 3.0, "平方米", "at_least", "amount", "幼儿室内人均活动面积不低于3平方米"),
    ]),
    ("每名驻村医师在村服务时间每年不少于2个月。", [
        ("在村服务时间", 2.0, "个月", "at_least", "amount", "在村服务时间每年不少于2个月"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEFT_OUT + KEPT, ids=[s[:10] for s, _ in LEFT_OUT + KEPT])
def test_holder_front(sentence, expected):
    assert targets_with_spans(sentence) == expected
