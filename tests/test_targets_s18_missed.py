"""Session 18, missed amounts: a share of a base after a prohibition (不得低于 / 不得高于 / 不得超过), after 不小于 / 不大于, or
with a base or a name longer than the old limits (share_bases.SHARE_OF_BASE) is read as the measured thing's limit.
Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

SHARES = [
    ("民办托育机构收费标准不得高于同区域公办托育机构平均收费的120%。", [
        ("收费标准", 120.0, "%", "at_most", "amount", "收费标准不得高于同区域公办托育机构平均收费的120%"),
    ]),
    ("用人单位招用本地劳动力比例不得低于新增用工总数的30%。", [
        ("用人单位招用本地劳动力比例", 30.0, "%", "at_least", "amount", "用人单位招用本地劳动力比例不得低于新增用工总数的30%"),
    ]),
    ("配套商业设施建筑面积不得超过项目总建筑面积的8%。", [
        ("配套商业设施建筑面积", 8.0, "%", "at_most", "amount", "配套商业设施建筑面积不得超过项目总建筑面积的8%"),
    ]),
    ("雨水调蓄池有效容积原则上不小于片区设计降雨径流量的1.2倍。", [
        ("雨水调蓄池有效容积", 1.2, "倍", "at_least", "amount", "雨水调蓄池有效容积原则上不小于片区设计降雨径流量的1.2倍"),
    ]),
    # a base of 20 characters (the holder before the name left out, as the holder rules leave it)
    ("村级护林员劳务报酬原则上不低于本市上年度农村居民人均可支配收入水平的60%。", [
        ("劳务报酬", 60.0, "%", "at_least", "amount", "劳务报酬原则上不低于本市上年度农村居民人均可支配收入水平的60%"),
    ]),
]
# Where the reading must not change: a share of a short base after 不超过, and a copula's share.
UNCHANGED = [
    ("贴息比例不超过贷款利息的50%。", [
        ("贴息比例", 50.0, "%", "at_most", "amount", "贴息比例不超过贷款利息的50%"),
    ]),
    ("公寓租金为同地段市场租金的70%左右。", [
        ("公寓租金", 70.0, "%", "approx", "amount", "公寓租金为同地段市场租金的70%左右"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARES + UNCHANGED, ids=[s[:10] for s, _ in SHARES + UNCHANGED])
def test_share_of_a_long_base(sentence, expected):
    assert targets_with_spans(sentence) == expected
