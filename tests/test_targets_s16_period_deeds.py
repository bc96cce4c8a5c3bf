"""A name that reads holder, period and deed is named by the deed, and is an amount unless the holder is the government, a
division of the territory or all of a kind (period_deeds, session 16). Sentences written for the test: every target with
its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

DEEDS = [
    ("雨水调蓄池每年清淤不少于2次。", [("清淤", 2.0, "次", "at_least", "amount", "清淤不少于2次")]),
    ("重点排污户每年检查不少于4次。", [("检查", 4.0, "次", "at_least", "amount", "检查不少于4次")]),
    ("家庭医生团队每周坐诊不少于3天。", [("坐诊", 3.0, "天", "at_least", "amount", "坐诊不少于3天")]),
]
# Where it must not change: the government or a division does the deed (a goal, named as read before); a holder the holder
# lists know was read so before (standard_holders, periodic_duties.holder_period).
NOT_DEEDS = [
    ("老年学校每学期开设课程不少于12门。", [("课程", 12.0, "门", "at_least", "amount", "课程不少于12门")]),
    ("县卫生健康局每年检查不少于4次。", [("县卫生健康局每年检查", 4.0, "次", "at_least", "goal", "县卫生健康局每年检查不少于4次")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DEEDS + NOT_DEEDS, ids=[s[:12] for s, _ in DEEDS + NOT_DEEDS])
def test_period_deeds(sentence, expected):
    assert targets_with_spans(sentence) == expected
