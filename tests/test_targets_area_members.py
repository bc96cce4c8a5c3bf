"""The areas a time or size is set for, written after its measure, are its holders (member_standards MEMBER_GROUPS area,
issue 11): each value is named by the measure, one area or more. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

CASES = [
    ("接警后到达现场时间城区不超过25分钟、农村地区不超过50分钟。", [
        ("到达现场时间", 25.0, "分钟", "at_most", "amount", "到达现场时间城区不超过25分钟"),
        ("到达现场时间", 50.0, "分钟", "at_most", "amount", "农村地区不超过50分钟"),
    ]),
    ("抢修人员到达现场时间中心城区原则上不超过20分钟。", [
        ("到达现场时间", 20.0, "分钟", "at_most", "amount", "到达现场时间中心城区原则上不超过20分钟"),
    ]),
    # a member of another kind keeps its reading: the pupils of 睡眠时间 (round 29's rule)
    ("睡眠时间小学生不少于10小时、初中生不少于9小时。", [
        ("睡眠时间", 10.0, "小时", "at_least", "amount", "睡眠时间小学生不少于10小时"),
        ("睡眠时间", 9.0, "小时", "at_least", "amount", "初中生不少于9小时"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_area_members(sentence, expected):
    assert targets_with_spans(sentence) == expected
