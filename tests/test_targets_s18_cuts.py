"""Names cut too short at the front (session 18, round 44): a spacing keeps what is spaced, 在 and a one-character holder
are a state word opening the measure, 内 goes with the holder before it, a site named by its works keeps them, and how a
thing opens (a verb, adjective or time word before 开放) stays with its opening time. Sentences written for the test: every
target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CUTS = [
    ("公交停靠站点间距一般不小于300米。", [
        ("公交停靠站点间距", 300.0, "米", "at_least", "amount", "公交停靠站点间距一般不小于300米"),
    ]),
    ("包裹在站存放时间原则上不超过72小时。", [
        ("在站存放时间", 72.0, "小时", "at_most", "amount", "在站存放时间原则上不超过72小时"),
    ]),
    ("包裹在柜内免费存放时间不少于24小时。", [
        ("免费存放时间", 24.0, "小时", "at_least", "amount", "免费存放时间不少于24小时"),
    ]),
    ("区域分拨中心作业场地面积不少于5000平方米。", [
        ("作业场地面积", 5000.0, "平方米", "at_least", "amount", "作业场地面积不少于5000平方米"),
    ]),
    ("社区书屋每天自助开放时间不少于12小时。", [
        ("自助开放时间", 12.0, "小时", "at_least", "amount", "自助开放时间不少于12小时"),
    ]),
]
# Where the rules must not change the reading: a holder before a measure of its own, 在 before a longer place, what is
# opened and a noun after an adjective before 公示, and a works holder before its own measure.
KEPT = [
    ("冷链服务站冷藏容量不少于80立方米。", [
        ("冷藏容量", 80.0, "立方米", "at_least", "amount", "冷藏容量不少于80立方米"),
    ]),
    ("包裹在乡镇服务站点存放时间原则上不超过72小时。", [
        ("存放时间", 72.0, "小时", "at_most", "amount", "存放时间原则上不超过72小时"),
    ]),
    ("博物馆每周开放时间不少于40小时。", [
        ("开放时间", 40.0, "小时", "at_least", "amount", "开放时间不少于40小时"),
    ]),
    ("整治方案在村务公开栏显著位置公示时间不少于7天。", [
        ("公示时间", 7.0, "天", "at_least", "amount", "公示时间不少于7天"),
    ]),
    ("松林除治作业伐桩高度不超过3厘米。", [
        ("伐桩高度", 3.0, "厘米", "at_most", "amount", "伐桩高度不超过3厘米"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CUTS + KEPT, ids=[s[:10] for s, _ in CUTS + KEPT])
def test_front_cuts(sentence, expected):
    assert targets_with_spans(sentence) == expected
