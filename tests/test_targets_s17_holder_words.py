"""Holders of a standard the noun lists did not know (standard_holders.HOLDER_ENDINGS, session 17): an organisation
named 单位, a street light, pole, lamp or shop sign, and a canteen are who meets the standard and are left out of its
name; 单位 before what it divides is per unit and stays, and a name written after its value keeps its holder.
Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

LEFT_OUT = [
    ("供餐单位餐食保温时间不少于2小时。", [
        ("餐食保温时间", 2.0, "小时", "at_least", "amount", "餐食保温时间不少于2小时"),
    ]),
    ("物业单位报修响应时间不超过30分钟。", [
        ("报修响应时间", 30.0, "分钟", "at_most", "amount", "报修响应时间不超过30分钟"),
    ]),
    ("景观路灯故障修复时间不超过48小时。", [
        ("故障修复时间", 48.0, "小时", "at_most", "amount", "故障修复时间不超过48小时"),
    ]),
    ("沿街灯杆检测周期一般不超过5年。", [
        ("检测周期", 5.0, "年", "at_most", "amount", "检测周期一般不超过5年"),
    ]),
    ("门头招牌底边高度不低于2.5米。", [
        ("底边高度", 2.5, "米", "at_least", "amount", "底边高度不低于2.5米"),
    ]),
    ("乡镇中心食堂建筑面积原则上不少于200平方米。", [
        ("建筑面积", 200.0, "平方米", "at_least", "amount", "建筑面积原则上不少于200平方米"),
    ]),
]
# Where the change must not reach: 单位 before a measure it divides is per unit, a name after its value is what the
# value sizes, whole, and a bare measure keeps its holder.
KEPT = [
    ("景观照明单位面积能耗原则上不超过5千瓦时。", [
        ("景观照明单位面积能耗", 5.0, "千瓦时", "at_most", "amount", "景观照明单位面积能耗原则上不超过5千瓦时"),
    ]),
    ("按照每200名就餐老人不少于1名的标准配备食堂服务人员。", [
        ("食堂服务人员", 1.0, "名", "at_least", "amount", "不少于1名的标准配备食堂服务人员"),
    ]),
    ("食堂面积不少于80平方米。", [
        ("食堂面积", 80.0, "平方米", "at_least", "amount", "食堂面积不少于80平方米"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEFT_OUT + KEPT, ids=[s[:10] for s, _ in LEFT_OUT + KEPT])
def test_holder_words(sentence, expected):
    assert targets_with_spans(sentence) == expected
