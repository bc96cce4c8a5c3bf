"""Rules of the twenty-eighth round for the holder of a standard and a per-unit word inside a name (issue 11, from held-out
round 27's names), each on sentences written for the test, not copied from a labelled notice: every target of the sentence
with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
HOLDERS28 = [
    # standard_holders.HOLDER_ENDINGS: schools and classes, routes, vehicles, stores and lockers, a panel hold a standard
    ("县中办学规模原则上不超过2500人，普通高中班额不超过48人。", [
        ("办学规模", 2500.0, "人", "at_most", "amount", "办学规模原则上不超过2500人"),
        ("班额", 48.0, "人", "at_most", "amount", "班额不超过48人"),
    ]),
    ("新设班级班额原则上不超过42人。", [("班额", 42.0, "人", "at_most", "amount", "班额原则上不超过42人")]),
    ("运营车辆车龄原则上不超过6年，城乡线路发班间隔原则上不超过45分钟。", [
        ("车龄", 6.0, "年", "at_most", "amount", "车龄原则上不超过6年"),
        ("发班间隔", 45.0, "分钟", "at_most", "amount", "发班间隔原则上不超过45分钟"),
    ]),
    ("每个社区快件箱格口数不少于40个，前置仓仓储面积不少于800平方米。", [
        ("格口数", 40.0, "个", "at_least", "amount", "格口数不少于40个"),
        ("仓储面积", 800.0, "平方米", "at_least", "amount", "仓储面积不少于800平方米"),
    ]),
    ("每个验收组专家不少于5名。", [("专家", 5.0, "名", "at_least", "amount", "专家不少于5名")]),
    # standard_holders.each_left_out: a per-unit word inside the name, and the item after it closed by a holder ending
    ("营地单次接待能力不少于150人，民宿单户贷款额度最高50万元。", [
        ("接待能力", 150.0, "人", "at_least", "amount", "接待能力不少于150人"),
        ("贷款额度", 50.0, "万元", "at_most", "amount", "贷款额度最高50万元"),
    ]),
    # names._item_then_measure: no cut inside 手工坊 (jieba's ng closes the noun); patterns: 每列, 的标准另行安排
    ("每个手工坊展示体验面积不少于40平方米。", [("展示体验面积", 40.0, "平方米", "at_least", "amount", "展示体验面积不少于40平方米")]),
    ("按每生每年150元的标准另行安排寄宿生交通补助。", [
        ("寄宿生交通补助", 150.0, "元", "equal", "amount", "按每生每年150元的标准另行安排寄宿生交通补助"),
    ]),
    ("对开行研学专列的，每列奖励2万元。", [("奖励", 2.0, "万元", "equal", "amount", "奖励2万元")]),
]

# Where the rules must NOT fire: an item's own investment, a pool named by its members, vehicles' data kept by others.
NOT_HOLDERS28 = [
    ("单个项目投资不超过500万元。", [("项目投资", 500.0, "万元", "at_most", "amount", "项目投资不超过500万元")]),
    # (an amount since session 14: a limit under 应当 is a standard, as tongqu 24a's label of this sentence reads it)
    ("验收时应当有不少于3名专家库专家参加。", [("专家库专家", 3.0, "名", "at_least", "amount", "不少于3名专家库专家")]),
    # (session 14: a holder ending inside a common noun of jieba's, 站房, is no holder: the cut would leave a stray 房)
    ("站房建筑面积原则上不超过300平方米。", [("站房建筑面积", 300.0, "平方米", "at_most", "amount", "站房建筑面积原则上不超过300平方米")]),
    ("车辆动态监控数据保存期限不少于6个月。", [
        ("车辆动态监控数据保存期限", 6.0, "个月", "at_least", "amount", "车辆动态监控数据保存期限不少于6个月"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), HOLDERS28 + NOT_HOLDERS28, ids=[s[:16] for s, _ in HOLDERS28 + NOT_HOLDERS28])
def test_round28_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
