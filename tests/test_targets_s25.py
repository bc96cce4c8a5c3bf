"""Session 25's rules for targets (issue 11), each on sentences written for the test, not copied from a labelled notice:
every target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back.
Counted over the labels of rounds 1–60 as each rule says. Every sentence fails on session 24's code (87721d4) but the guards,
which say what a rule must leave alone."""

import pytest

from target_rows import targets_with_spans

SENTENCES25 = [
    # measure_words: a measure that names nothing alone keeps the verb or noun right before it
    ("维保单位对自动消防设施的检查频次每月不少于1次。", [("检查频次", 1.0, "次", "at_least", "amount", "检查频次每月不少于1次")]),
    ("每个冷链配送中心冷库容量不少于500吨。", [("冷库容量", 500.0, "吨", "at_least", "amount", "冷库容量不少于500吨")]),
    ("每个项目检查次数不少于6次。", [("检查次数", 6.0, "次", "at_least", "amount", "检查次数不少于6次")]),
    ("每个平台仪器设备原值不低于2000万元。", [("设备原值", 2000.0, "万元", "at_least", "amount", "设备原值不低于2000万元")]),
    # (a measure with its own modifier stays as it is: 使用面积 names the floor space)
    # (a measure of the noun after its value stays bare here: its verb governs the whole phrase)
    ("设置高度不低于1.2米的隔离围栏。", [("高度", 1.2, "米", "at_least", "amount", "高度不低于1.2米")]),
    ("服务站使用面积不少于60平方米。", [("使用面积", 60.0, "平方米", "at_least", "amount", "使用面积不少于60平方米")]),
    # facility_kinds.EACH_UNIT_STANDARDS each_one_char_facility: staff for each school (每校) are the school's standard
    ("城区中小学校每校至少配备3名专职体育教师。", [("专职体育教师", 3.0, "名", "at_least", "amount", "至少配备3名专职体育教师")]),
    # (each township's staff stay its quota, a goal)
    ("每个乡镇至少配备1名专职体育教师。", [("专职体育教师", 1.0, "名", "at_least", "goal", "至少配备1名专职体育教师")]),
    # limit_words: a modal between 不 and the comparator (不应 / 不宜 / 不可…) is a limit as 不得 is, and its standard an amount
    ("通道净宽度不应小于4米。", [("通道净宽度", 4.0, "米", "at_least", "amount", "通道净宽度不应小于4米")]),
    ("暂存时间不宜超过48小时。", [("暂存时间", 48.0, "小时", "at_most", "amount", "暂存时间不宜超过48小时")]),
    ("值班人员不应少于2名。", [("值班人员", 2.0, "名", "at_least", "amount", "值班人员不应少于2名")]),
]


@pytest.mark.parametrize("sentence, expected", SENTENCES25, ids=[s[:14] for s, _ in SENTENCES25])
def test_session25_rules(sentence: str, expected: list) -> None:
    assert targets_with_spans(sentence) == expected
