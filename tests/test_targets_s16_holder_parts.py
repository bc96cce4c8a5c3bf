"""A room or premises after a standard's holder stays in the name, the holder before it goes; a facility before 用地 names a
kind of land and stays (holder_parts, session 16). Sentences written for the test: every target with its exact fields and
the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CHANGED = [
    ("游泳馆急救室使用面积不少于15平方米。", [
        ("急救室使用面积", 15.0, "平方米", "at_least", "amount", "急救室使用面积不少于15平方米"),
    ]),
    ("每个驿站休息场所使用面积原则上不少于20平方米。", [
        ("休息场所使用面积", 20.0, "平方米", "at_least", "amount", "休息场所使用面积原则上不少于20平方米"),
    ]),
    ("水产加工企业冷库温度记录保存期限不少于2年。", [
        ("冷库温度记录保存期限", 2.0, "年", "at_least", "amount", "冷库温度记录保存期限不少于2年"),
    ]),
    ("养殖场附属设施用地规模原则上不超过10亩。", [
        ("附属设施用地规模", 10.0, "亩", "at_most", "amount", "附属设施用地规模原则上不超过10亩"),
    ]),
]
# Where the reading must not change: a room with no holder before it is the holder, and a factory building's storey height
# is its own.
KEPT = [
    ("心理咨询室使用面积不少于20平方米。", [
        ("使用面积", 20.0, "平方米", "at_least", "amount", "使用面积不少于20平方米"),
    ]),
    ("产业园标准厂房层高原则上不低于6米。", [
        ("层高", 6.0, "米", "at_least", "amount", "层高原则上不低于6米"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGED + KEPT, ids=[s[:10] for s, _ in CHANGED + KEPT])
def test_holder_parts(sentence, expected):
    assert targets_with_spans(sentence) == expected
