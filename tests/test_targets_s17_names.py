"""A member alone before its own value — a division of the territory with a verb of staffing or building after it or a
qualifier before it, a school stage or a time of day with a per-period word, a road class, a canteen — continues the
name of the target before it in the sentence (member_standards.MEMBER_CLAUSES, MEMBER_KINDS, session 17): the member is
the holder, as TARGET_LABELING.md's holder and group lines have it. Sentences written for the test: every target with
its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

CONTINUED = [
    ("每个社区至少配备1名网格指导员，街道（乡镇）配备3名以上。", [
        ("网格指导员", 1.0, "名", "at_least", "goal", "至少配备1名网格指导员"),
        ("网格指导员", 3.0, "名", "at_least", "goal", "街道（乡镇）配备3名以上"),
    ]),
    ("每个村至少建成1座文化广场，人口较多的中心村建成2座以上。", [
        ("文化广场", 1.0, "座", "at_least", "goal", "至少建成1座文化广场"),
        ("文化广场", 2.0, "座", "at_least", "goal", "中心村建成2座以上"),
    ]),
    ("初中每周劳动课不少于2课时，高中阶段每周不少于1课时。", [
        ("劳动课", 2.0, "课时", "at_least", "amount", "劳动课不少于2课时"),
        ("劳动课", 1.0, "课时", "at_least", "amount", "高中阶段每周不少于1课时"),
    ]),
    ("城区公交线路行车间隔不超过10分钟，平峰不超过20分钟。", [
        ("行车间隔", 10.0, "分钟", "at_most", "amount", "行车间隔不超过10分钟"),
        ("行车间隔", 20.0, "分钟", "at_most", "amount", "平峰不超过20分钟"),
    ]),
]
# Where the reading must not change: a thing counted of its own after a count, and a part named by 其中.
NOT_CONTINUED = [
    ("每个服务站配备停车位不少于20个，充电桩不少于4个。", [
        ("停车位", 20.0, "个", "at_least", "amount", "停车位不少于20个"),
        ("充电桩", 4.0, "个", "at_least", "amount", "充电桩不少于4个"),
    ]),
    ("每名教师每年参加培训不少于60学时，其中线下培训不少于20学时。", [
        ("培训", 60.0, "学时", "at_least", "amount", "培训不少于60学时"),
        ("线下培训", 20.0, "学时", "at_least", "amount", "线下培训不少于20学时"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), CONTINUED + NOT_CONTINUED, ids=[s[:10] for s, _ in CONTINUED + NOT_CONTINUED])
def test_member_continues(sentence, expected):
    assert targets_with_spans(sentence) == expected
