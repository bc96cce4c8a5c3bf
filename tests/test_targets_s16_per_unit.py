"""A per-unit phrase (每 / 单 + a number or none + a measure word of the unit dictionary) between a standard's holder and its
measure leaves the name with the measure after it (per_unit_names.per_unit_measure, issue 11); a limit or counted item after
the phrase, a placing verb and a frame closing the name stay as read. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

MEASURE_AFTER = [
    ("夏令营每期集中训练时间不少于7天。", [
        ("集中训练时间", 7.0, "天", "at_least", "amount", "集中训练时间不少于7天"),
    ]),
    ("公交枢纽站每标台占地面积不少于120平方米。", [
        ("占地面积", 120.0, "平方米", "at_least", "amount", "占地面积不少于120平方米"),
    ]),
    ("居家上门理发每次服务时长一般不少于30分钟。", [
        ("服务时长", 30.0, "分钟", "at_least", "amount", "服务时长一般不少于30分钟"),
    ]),
    ("景区停车场节假日每次收费不超过20元。", [
        ("收费", 20.0, "元", "at_most", "amount", "收费不超过20元"),
    ]),
    ("示范果园每亩果树栽植密度原则上不低于60株。", [
        ("果树栽植密度", 60.0, "株", "at_least", "amount", "果树栽植密度原则上不低于60株"),
    ]),
]
# Where the reading must not change: a frame closing the name, a counted item closing it, a single storey.
KEPT = [
    ("巡逻值守人员每处不少于3名。", [
        ("巡逻值守人员", 3.0, "名", "at_least", "amount", "巡逻值守人员每处不少于3名"),
    ]),
    ("厂房租金减免面积单个企业最多800平方米。", [
        ("厂房租金减免面积单个企业", 800.0, "平方米", "at_most", "amount", "厂房租金减免面积单个企业最多800平方米"),
    ]),
    ("管理用房单层建筑面积不超过50平方米。", [
        ("管理用房单层建筑面积", 50.0, "平方米", "at_most", "amount", "管理用房单层建筑面积不超过50平方米"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), MEASURE_AFTER + KEPT, ids=[s[:10] for s, _ in MEASURE_AFTER + KEPT])
def test_per_unit_measure(sentence, expected):
    assert targets_with_spans(sentence) == expected
