"""A place the works are done in, opening the clause with 在 before the verb of commitment, is the commitment's scope, as
全市 is: the works and their count are the goal (bare.PLACE_SCOPES, issue 11, session 14: 8 goal labels in 7 notices were
missed). Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

PLACES = [
    ("在城区主要商圈和交通枢纽周边新建公共充电站20座。", [("公共充电站", 20.0, "座", "equal", "goal", "公共充电站20座")]),
    ("2027年底前在重点水库、河道沿线布设水位监测站点50个。", [("水位监测站点", 50.0, "个", "equal", "goal", "水位监测站点50个")]),
]
# Where it must not fire: 在 as part of a state (在校), and a place before a clause with a value of its own.
NOT_PLACES = [
    ("在校学生人数达到5000人。", [("在校学生人数", 5000.0, "人", "reach", "goal", "在校学生人数达到5000人")]),
    ("在沿海港区建设冷链仓储设施，新增库容10万吨。", [("库容", 10.0, "万吨", "increase", "goal", "库容10万吨")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PLACES + NOT_PLACES, ids=[s[:10] for s, _ in PLACES + NOT_PLACES])
def test_place_scopes(sentence, expected):
    assert targets_with_spans(sentence) == expected


# The places chosen for a pilot are counted, value first (patterns.VALUE_FIRST_VERBS: 选择 / 选取; session 14, 5 labels in 5
# notices were missed); a choice of no counted thing stays none.
CHOSEN = [
    ("2026年选择5个街道开展垃圾分类示范试点。", [("街道", 5.0, "个", "equal", "goal", "选择5个街道")]),
    ("选取20所学校开展课后服务提质试点。", [("学校", 20.0, "所", "equal", "goal", "选取20所学校")]),
    ("选择合适的地点建设物资仓库。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CHOSEN, ids=[s[:10] for s, _ in CHOSEN])
def test_places_chosen_for_a_pilot(sentence, expected):
    assert targets_with_spans(sentence) == expected
