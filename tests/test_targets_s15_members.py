"""A clause that is only a member — a place, level, road class, school stage or institution — and a limit (or, for a
division of the territory, a verb of building) sets the figure of the target before it, of the same unit and sentence,
for that member: the member leaves the name (member_standards.MEMBER_CLAUSES, session 15). Sentences written for the
test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

MEMBERS = [
    ("中小学校开设课后服务课程不少于30门、农村学校不少于15门。", [
        ("课后服务课程", 30.0, "门", "at_least", "amount", "课后服务课程不少于30门"),
        ("课后服务课程", 15.0, "门", "at_least", "amount", "农村学校不少于15门"),
    ]),
    ("小学生书面作业平均完成时间不超过60分钟，初中不超过90分钟。", [
        ("平均完成时间", 60.0, "分钟", "at_most", "amount", "平均完成时间不超过60分钟"),
        ("平均完成时间", 90.0, "分钟", "at_most", "amount", "初中不超过90分钟"),
    ]),
    ("省级储备库配备专职管理人员不少于8名，市级储备库不少于4名。", [
        ("专职管理人员", 8.0, "名", "at_least", "amount", "专职管理人员不少于8名"),
        ("专职管理人员", 4.0, "名", "at_least", "amount", "市级储备库不少于4名"),
    ]),
    ("消防站配备消防车不少于3辆，二级站不少于2辆。", [
        ("消防车", 3.0, "辆", "at_least", "amount", "消防车不少于3辆"),
        ("消防车", 2.0, "辆", "at_least", "amount", "二级站不少于2辆"),
    ]),
    ("每个乡镇至少建成1个快递物流服务站，中心镇建设2个。", [
        ("快递物流服务站", 1.0, "个", "at_least", "goal", "至少建成1个快递物流服务站"),
        ("快递物流服务站", 2.0, "个", "equal", "goal", "中心镇建设2个"),
    ]),
    ("全市建成口袋公园150个，每个县（市、区）至少建成10个。", [
        ("口袋公园", 150.0, "个", "equal", "goal", "口袋公园150个"),
        ("口袋公园", 10.0, "个", "at_least", "goal", "县（市、区）至少建成10个"),
    ]),
]
# Where it must not change: a part counted under 其中 is named by itself, a thing of its own is no member, and a rate's
# member takes its place in the name (elliptic.member_measure).
NOT_MEMBERS = [
    ("全市建成社区食堂100个，其中农村社区不少于40个。", [
        ("社区食堂", 100.0, "个", "equal", "goal", "社区食堂100个"),
        ("农村社区", 40.0, "个", "at_least", "goal", "农村社区不少于40个"),
    ]),
    ("景区配备停车位不少于300个，第三卫生间不少于2个。", [
        ("停车位", 300.0, "个", "at_least", "amount", "停车位不少于300个"),
        ("第三卫生间", 2.0, "个", "at_least", "amount", "第三卫生间不少于2个"),
    ]),
    ("城市生活垃圾回收利用率达到40%，县城达到30%。", [
        ("城市生活垃圾回收利用率", 40.0, "%", "reach", "goal", "城市生活垃圾回收利用率达到40%"),
        ("县城生活垃圾回收利用率", 30.0, "%", "reach", "goal", "县城达到30%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), MEMBERS + NOT_MEMBERS, ids=[s[:12] for s, _ in MEMBERS + NOT_MEMBERS])
def test_members_continue(sentence, expected):
    assert targets_with_spans(sentence) == expected
