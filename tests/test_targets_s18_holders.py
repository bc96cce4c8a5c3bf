"""Session 18: holder classes stated by meaning (standard_holders): a built structure, an enclosure or a device before a
standard's measure is its holder and is left out (HOLDER_ENDINGS structure_or_device); a physical quantity of a thing and a
place or outlet counted in a holder are measures the holder must meet (MEASURE_HEADS physical, counted_place); a warranty
written 期限 is a warranty (TERM_MEASURES). Sentences written for the test: every target with its exact fields and the text
its span gives back."""

import pytest

from target_rows import targets_with_spans

LEFT_OUT = [
    ("停车场光伏车棚装机容量不低于150千瓦。", [
        ("装机容量", 150.0, "千瓦", "at_least", "amount", "装机容量不低于150千瓦"),
    ]),
    ("排水口金属网罩网孔孔径应不大于8毫米。", [
        ("网孔孔径", 8.0, "毫米", "at_most", "amount", "网孔孔径应不大于8毫米"),
    ]),
    ("沿河码头结构安全检测周期不超过5年。", [
        ("结构安全检测周期", 5.0, "年", "at_most", "amount", "结构安全检测周期不超过5年"),
    ]),
    ("自助服务终端故障修复时间不超过48小时。", [
        ("故障修复时间", 48.0, "小时", "at_most", "amount", "故障修复时间不超过48小时"),
    ]),
    ("乡镇文化馆展陈面积不少于200平方米。", [
        ("展陈面积", 200.0, "平方米", "at_least", "amount", "展陈面积不少于200平方米"),
    ]),
    ("学校周边道路照明设施平均照度不低于15勒克斯。", [
        ("平均照度", 15.0, "勒克斯", "at_least", "amount", "平均照度不低于15勒克斯"),
    ]),
    ("农贸市场消防通道净宽不小于4米。", [
        ("消防通道净宽", 4.0, "米", "at_least", "amount", "消防通道净宽不小于4米"),
    ]),
    ("小型水电站下泄生态流量不得低于0.5立方米/秒。", [
        # (the flow's unit whole since session 25, more_units flow: 立方米/秒, as the label of fuchuan 40a writes it for 「设计排水能力不低于3立方米/秒」)
        ("下泄生态流量", 0.5, "立方米/秒", "at_least", "amount", "下泄生态流量不得低于0.5立方米/秒"),
    ]),
    ("每个防火分区安全出口不少于2个。", [
        ("安全出口", 2.0, "个", "at_least", "amount", "安全出口不少于2个"),
    ]),
    ("露营地房车营位不少于15个。", [
        ("房车营位", 15.0, "个", "at_least", "amount", "房车营位不少于15个"),
    ]),
    ("新能源车辆电池质保期限不少于8年。", [
        ("质保期限", 8.0, "年", "at_least", "amount", "质保期限不少于8年"),
    ]),
]
# Where the classes must not change the reading: a measure that names nothing alone keeps its holder (候车亭长度), 用房 is the
# measure's own and 池 no holder class, and what 的 follows is a clause's.
KEPT = [
    ("候车亭长度不少于6米。", [
        ("候车亭长度", 6.0, "米", "at_least", "amount", "候车亭长度不少于6米"),
    ]),
    ("业务用房建筑面积不少于500平方米。", [
        ("业务用房建筑面积", 500.0, "平方米", "at_least", "amount", "业务用房建筑面积不少于500平方米"),
    ]),
    ("消防水池有效容积不小于200立方米。", [
        ("消防水池有效容积", 200.0, "立方米", "at_least", "amount", "消防水池有效容积不小于200立方米"),
    ]),
    ("单个计量分区的用户数原则上不超过3000户。", [
        ("计量分区的用户数", 3000.0, "户", "at_most", "amount", "计量分区的用户数原则上不超过3000户"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEFT_OUT + KEPT, ids=[s[:10] for s, _ in LEFT_OUT + KEPT])
def test_holder_classes(sentence, expected):
    assert targets_with_spans(sentence) == expected
