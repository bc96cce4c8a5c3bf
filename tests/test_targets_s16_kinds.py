"""A thing's own physical measure, or the share of a material used, right after a limit word is a standard, an amount, with no
应 / 须 (measure_kinds.PHYSICAL_MEASURES, USE_SHARES, issue 11); an average, a level 实现 / reached or a territory's stays a
goal. Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

STANDARDS = [
    ("污水处理站出水总磷浓度不高于0.3毫克/升。", [
        ("出水总磷浓度", 0.3, "毫克/升", "at_most", "amount", "出水总磷浓度不高于0.3毫克/升"),
    ]),
    ("无障碍改造后户内通道净宽不小于90厘米。", [
        ("户内通道净宽", 90.0, "厘米", "at_least", "amount", "户内通道净宽不小于90厘米"),
    ]),
    ("新购置新能源环卫车辆续驶里程不低于200公里。", [
        ("新能源环卫车辆续驶里程", 200.0, "公里", "at_least", "amount", "新能源环卫车辆续驶里程不低于200公里"),
    ]),
    ("复垦地块表土层厚度不低于40厘米。", [
        ("复垦地块表土层厚度", 40.0, "厘米", "at_least", "amount", "复垦地块表土层厚度不低于40厘米"),
    ]),
    ("电动公交车动力电池循环寿命不低于3000次。", [
        ("动力电池循环寿命", 3000.0, "次", "at_least", "amount", "动力电池循环寿命不低于3000次"),  # (session 18: the bus is the holder, standard_holders vehicle)
    ]),
    ("算力中心可再生能源使用比例不低于25%。", [
        ("算力中心可再生能源使用比例", 25.0, "%", "at_least", "amount", "算力中心可再生能源使用比例不低于25%"),
    ]),
]
# Where the rule must not change the reading: an average, a level brought about (实现), a share reached, a territory's level.
GOALS = [
    ("到2027年，全市PM2.5平均浓度控制在30微克/立方米以下。", [
        ("PM2.5平均浓度", 30.0, "微克/立方米", "at_most", "goal", "PM2.5平均浓度控制在30微克/立方米以下"),
    ]),
    ("实现城市社区卫生服务站服务半径不超过2公里。", [
        ("城市社区卫生服务站服务半径", 2.0, "公里", "at_most", "goal", "城市社区卫生服务站服务半径不超过2公里"),
    ]),
    ("全市算力平均利用率不低于65%。", [
        ("算力平均利用率", 65.0, "%", "at_least", "goal", "算力平均利用率不低于65%"),
    ]),
    ("到2027年，全市快递网点可循环包装使用率达到40%。", [
        ("快递网点可循环包装使用率", 40.0, "%", "reach", "goal", "快递网点可循环包装使用率达到40%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), STANDARDS + GOALS, ids=[s[:10] for s, _ in STANDARDS + GOALS])
def test_measured_standards(sentence, expected):
    assert targets_with_spans(sentence) == expected
