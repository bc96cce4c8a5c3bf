"""Goal names that drop who or where a thing is placed and the verb of placing (placing_verbs.HOLDER_PLACING), and a
participant's 参加 before an event (names.HELD_EVENTS 'attended_event'). Sentences written for the test: every target with
its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

PLACED = [
    ("每个行政村落实森林防火巡护员不少于2名。", [
        ("森林防火巡护员", 2.0, "名", "at_least", "goal", "森林防火巡护员不少于2名"),
    ]),
    ("县水利局落实抢险机械不少于15台。", [
        ("抢险机械", 15.0, "台", "at_least", "goal", "抢险机械不少于15台"),
    ]),
    ("在主要河道沿线设置安全警示牌200块以上。", [
        ("安全警示牌", 200.0, "块", "at_least", "goal", "安全警示牌200块以上"),
    ]),
    ("市级森林防灭火物资储备仓库储备折叠床不少于500张。", [
        ("折叠床", 500.0, "张", "at_least", "goal", "折叠床不少于500张"),
    ]),
    ("为老旧小区单元门加装智能门禁设备300套。", [
        ("智能门禁设备", 300.0, "套", "equal", "goal", "智能门禁设备300套"),
    ]),
]
ATTENDED = [
    ("每年组织农业企业参加省级以上茶叶推介活动不少于3次。", [
        ("省级以上茶叶推介活动", 3.0, "次", "at_least", "goal", "省级以上茶叶推介活动不少于3次"),
    ]),
]
# Where the rules must not change the reading: a rate or a measure after the verb keeps it, and so does a two-character object.
KEPT = [
    ("二级以上中医医院设立康复科的比例达到70%。", [
        ("二级以上中医医院设立康复科的比例", 70.0, "%", "reach", "goal", "二级以上中医医院设立康复科的比例达到70%"),
    ]),
    ("县级防汛物资储备规模保持在500万元以上。", [
        ("县级防汛物资储备规模", 500.0, "万元", "at_least", "goal", "县级防汛物资储备规模保持在500万元以上"),
    ]),
]
CASES = PLACED + ATTENDED + KEPT


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_goal_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
