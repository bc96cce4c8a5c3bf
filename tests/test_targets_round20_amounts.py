"""Rules of the twentieth round for support amounts (issue 11, from held-out round 19's naming and kind errors, counted
across the writers of rounds 16–19), each on sentences written for the test, not copied from a labelled notice: every
target of the sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS20 = [
    # name_openers.NAME_OPENERS owner_each_period: the one who owes it and the period leave an amount's name
    ("施工总承包单位项目经理每月带班生产时间不少于本月施工时间的70%。", [("带班生产时间", 70.0, "%", "at_least", "amount", "带班生产时间不少于本月施工时间的70%")]),
    ("每个市级劳模创新工作室每年开展技术攻关不少于3项，场地面积不少于80平方米。", [
        ("技术攻关", 3.0, "项", "at_least", "amount", "技术攻关不少于3项"),
        ("场地面积", 80.0, "平方米", "at_least", "amount", "场地面积不少于80平方米"),
    ]),
    ("按每张证书200元给予认定补贴，单个机构每年认定补贴最高不超过20万元。", [
        ("认定补贴", 200.0, "元", "equal", "amount", "200元给予认定补贴"),
        ("认定补贴", 20.0, "万元", "at_most", "amount", "认定补贴最高不超过20万元"),
    ]),
    ("车辆驾驶员和押运人员每年参加安全培训不少于16学时。", [("安全培训", 16.0, "学时", "at_least", "amount", "安全培训不少于16学时")]),
    # …while a goal's period stays with the goal rules
    ("每年新增省级示范合作社60家。", [("省级示范合作社", 60.0, "家", "increase", "goal", "省级示范合作社60家")]),
    # equipping_verb: a verb of equipping or carrying out (and its owner) opening an amount's name leaves it
    ("每处文保点配备专兼职巡查员不少于1名，巡查频次每周不少于2次。", [
        ("专兼职巡查员", 1.0, "名", "at_least", "amount", "专兼职巡查员不少于1名"),
        ("巡查频次", 2.0, "次", "at_least", "amount", "巡查频次每周不少于2次"),
    ]),
    ("落实首套住房商业贷款首付比例不低于15%的政策。", [("首套住房商业贷款首付比例", 15.0, "%", "at_least", "amount", "首套住房商业贷款首付比例不低于15%")]),
    ("每个服务中心设置康复床位不少于20张。", [("康复床位", 20.0, "张", "at_least", "amount", "康复床位不少于20张")]),
    # doer_to_whom: the doer and the one it serves after 对 leave an amount's name
    ("供水企业对农村用户水质抽检每季度不少于1次。", [("水质抽检", 1.0, "次", "at_least", "amount", "水质抽检每季度不少于1次")]),
    # standard_kinds.standard_run (round 27; was facility_kinds.STAFF_AFTER_EQUIPMENT staff_after_equipment): staff joined by 、 to equipment are the same standard,
    # and a further limit after them too (kinds.standards_continued)
    ("每支救援队配备冲锋舟不少于3艘、持证救生员不少于8名，出动时间不超过20分钟。", [
        ("冲锋舟", 3.0, "艘", "at_least", "amount", "冲锋舟不少于3艘"),
        ("持证救生员", 8.0, "名", "at_least", "amount", "持证救生员不少于8名"),
        ("出动时间", 20.0, "分钟", "at_most", "amount", "出动时间不超过20分钟"),
    ]),
    # facility_kinds.STAFF_EACH staff_of_each: a floor on the staff of each unit named after 每 is its standard
    ("每条市级河道聘请民间河长不少于2名。", [("民间河长", 2.0, "名", "at_least", "amount", "民间河长不少于2名")]),
    ("每个采砂点现场监管人员不少于2名。", [("现场监管人员", 2.0, "名", "at_least", "amount", "现场监管人员不少于2名")]),
    ("每次联合检查应当邀请不少于2名专家参与。", [("专家", 2.0, "名", "at_least", "amount", "不少于2名专家")]),
    ("每个重点村应配备不少于2名专职讲解员。", [("专职讲解员", 2.0, "名", "at_least", "amount", "不少于2名专职讲解员")]),
    # …while a quota for each place of the territory stays a goal (TERRITORY_EACH)
    ("每个城市社区配备专职网格员不少于6人。", [("专职网格员", 6.0, "人", "at_least", "goal", "专职网格员不少于6人")]),
    ("每个村配备分类督导员不少于2名。", [("分类督导员", 2.0, "名", "at_least", "goal", "分类督导员不少于2名")]),
    # returned.FREE_KINDS kind_of_free: what is free for the first hours keeps the word of kind or place right before it
    ("医院停车场实行前30分钟免费。", [("医院停车场", 30.0, "分钟", "equal", "amount", "30分钟")]),
    ("商圈周边公共停车场实行前1小时免费。", [("公共停车场", 1.0, "小时", "equal", "amount", "1小时")]),
    ("夜市周边公共停车场实行夜间前1小时免费。", [("公共停车场", 1.0, "小时", "equal", "amount", "1小时")]),
    # …but not across a relation of place (周边)
    ("主要商圈周边停车场实行前30分钟免费。", [("停车场", 30.0, "分钟", "equal", "amount", "30分钟")]),
    # time_names.TIME_FROM_EVENTS time_frame: the holidays or season an interval holds for leave its name
    ("开通县城至主要景区的接驳专线不少于5条，节假日发车间隔不超过20分钟。", [
        ("接驳专线", 5.0, "条", "at_least", "goal", "接驳专线不少于5条"),
        ("发车间隔", 20.0, "分钟", "at_most", "amount", "发车间隔不超过20分钟"),
    ]),
    ("开通城区至景区的旅游直通车不少于4条，旅游旺季班次间隔不超过15分钟。", [
        ("旅游直通车", 4.0, "条", "at_least", "goal", "旅游直通车不少于4条"),
        ("班次间隔", 15.0, "分钟", "at_most", "amount", "班次间隔不超过15分钟"),
    ]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS20, ids=[s[:12] for s, _ in AMOUNTS20])
def test_round20_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected
