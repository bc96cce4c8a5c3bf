"""Groups listed after a standard's measure (session 17, lists): under 分别 each group stands before the measure the first
name opens on (list_measures.measured_groups); each with its own limit, the groups are holders and leave the name
(member_standards: school stages and classes, 班额). Sentences written for the test: every target with its exact fields
and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

MEASURED_GROUPS = [
    ("新建绿道的铺装宽度山区段、平原段分别不少于2米、3米。", [
        ("山区段铺装宽度", 2.0, "米", "at_least", "amount", "铺装宽度山区段、平原段分别不少于2米"),
        ("平原段铺装宽度", 3.0, "米", "at_least", "amount", "平原段分别不少于2米、3米"),
    ]),
    ("机耕道路通达度山地、坝区分别不低于85%、100%。", [
        ("山地机耕道路通达度", 85.0, "%", "at_least", "amount", "机耕道路通达度山地、坝区分别不低于85%"),
        ("坝区机耕道路通达度", 100.0, "%", "at_least", "amount", "坝区分别不低于85%、100%"),
    ]),
]
GROUPS_LEFT_OUT = [
    ("生均校舍建筑面积小学不低于6平方米、初中不低于8平方米。", [
        ("生均校舍建筑面积", 6.0, "平方米", "at_least", "amount", "生均校舍建筑面积小学不低于6平方米"),
        ("生均校舍建筑面积", 8.0, "平方米", "at_least", "amount", "初中不低于8平方米"),
    ]),
]
# Where the rules must not change the reading: the measure after the listed names is each name's, whole names listed keep
# their own measure, and things listed each with its own limit are no groups of one measure.
UNCHANGED = [
    ("县城、乡镇污水处理率分别达到95%、80%。", [
        ("县城污水处理率", 95.0, "%", "reach", "goal", "县城、乡镇污水处理率分别达到95%"),
        ("乡镇污水处理率", 80.0, "%", "reach", "goal", "乡镇污水处理率分别达到95%、80%"),
    ]),
    ("化学需氧量、氨氮排放总量分别下降8%、7%。", [
        ("化学需氧量", 8.0, "%", "decrease", "goal", "化学需氧量、氨氮排放总量分别下降8%"),
        ("氨氮排放总量", 7.0, "%", "decrease", "goal", "氨氮排放总量分别下降8%、7%"),
    ]),
    ("每个应急物资点储备沙袋不少于500条、救生衣不少于20件。", [
        ("沙袋", 500.0, "条", "at_least", "amount", "沙袋不少于500条"),
        ("救生衣", 20.0, "件", "at_least", "amount", "救生衣不少于20件"),
    ]),
]
CASES = MEASURED_GROUPS + GROUPS_LEFT_OUT + UNCHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_groups_after_measure(sentence, expected):
    assert targets_with_spans(sentence) == expected


def test_class_size_groups_left_out():
    """A class size set for each school stage is 班额 for each (the kind a class size takes is left to the kind rules: the
    guide reads it an amount, fengong still a goal without a standard's word)."""
    rows = targets_with_spans("班额小学不超过40人、初中不超过45人。")
    assert [(name, value, unit, comparator, span) for name, value, unit, comparator, _, span in rows] == [
        ("班额", 40.0, "人", "at_most", "班额小学不超过40人"),
        ("班额", 45.0, "人", "at_most", "初中不超过45人"),
    ]
