"""Round 22 of the goal and deadline rules (issue 11), from the goal and deadline errors of round 21 (and rounds 16–20)
grouped by construction and counted across writers: text written for the test (not copied from a labelled notice),
each asserting the exact targets (fields and the span's text) or the exact deadlines."""

import pytest

JOINT = """江阳市民政局　江阳市财政局
关于印发《江阳市社区养老服务提升行动任务分工》的通知

江民发〔2026〕12号

各县（市、区）民政局、财政局：
　　现将《江阳市社区养老服务提升行动任务分工》印发给你们，自本通知印发之日起2个月内制定实施细则。

江阳市民政局　　　　江阳市财政局
2026年4月10日

江阳市社区养老服务提升行动任务分工

　　一、完善服务网络。年底前建成社区养老服务站30个。（牵头单位：市民政局）
"""


def test_round22_a_joint_signature_dates_the_notice(tmp_path):
    """structure.header.JOINT_SIGNATURE: two organs signing on one line, the date under them, date a joint notice, so its
    「N个月内」 and 「年底前」 are counted from that day (linjiang 21a, cenjiang 21b; kunchuan 10b's two periods too)."""
    from pipeline import extract

    path = tmp_path / "notice.txt"
    path.write_text(JOINT, encoding="utf-8")
    got = extract(str(path))
    assert got.notice.date == "2026-04-10"
    assert [(d.text, d.kind, d.date) for d in got.deadlines] == [("2个月内", "period", "2026-06-10"), ("年底前", "date", "2026-12-31")]


def test_round22_one_organ_and_a_date_in_prose_is_no_joint_signature():
    from pipeline.structure.header import JOINT_SIGNATURE

    assert JOINT_SIGNATURE.match("江阳市民政局 江阳市财政局")
    assert not JOINT_SIGNATURE.match("江阳市民政局")  # one organ: the ordinary signature's
    assert not JOINT_SIGNATURE.match("请各县民政局 按时报送")  # a sentence split by a space is no signature


# deadlines.DEADLINES month_this_year: a month and day without a year closing 前 is a date of the notice's year, as 「6月底前」
# (TARGET_LABELING.md, Deadlines: 年底前 and 「N月底前」 without a year; lanxi and songjiang 21c, donggang 7, qiaoshan 13b),
# and 当年 before the month names that year too. (sentence, deadlines as (text, kind, date, rule)); the notice is of 2026
MONTH_DAY22 = [
    ("4月30日前完成全县小型水库汛前安全检查。", [("4月30日前", "date", "2026-04-30", "month_this_year")]),
    ("各地于12月10日前报送全年工作总结。", [("12月10日前", "date", "2026-12-10", "month_this_year")]),
    ("新开工项目当年9月底前全面开工。", [("9月底前", "date", "2026-09-30", "month_this_year")]),
    # counter-examples: a time after 每月 / 每年 is the rhythm, and a day inside a 「对…的」 condition is none
    ("每月10日前报送上月进展，每年3月31日前报送年度报告。", [("每月10日前", "recurring", None, "recurring"), ("每年3月31日前", "recurring", None, "recurring")]),
    ("对2025年12月31日前建成投用的项目，给予一次性补助。", []),
    # deadlines.DEADLINES by_period: 按月 / 按季度 before a verb of reporting, publishing or holding is the task's rhythm
    # (ancheng 9a, tingyang 14a, yuanxi 17d, tingzhou 18b, lichuan 19b, censhui 19c)…
    ("各县（市、区）按月报送项目建设进展。", [("按月", "recurring", None, "by_period")]),
    ("市统计局按季度发布服务业运行监测报告。", [("按季度", "recurring", None, "by_period")]),
    # …paying a benefit 按月 is the support's schedule (counter-example)
    ("护理补贴按月足额发放到人。", []),
]


@pytest.mark.parametrize(("sentence", "want"), MONTH_DAY22)
def test_round22_deadline(sentence, want):
    from pipeline.targets.deadlines import find_deadlines

    assert [(d.text, d.kind, d.date, d.rule) for d in find_deadlines(sentence, "2026-03-01")] == want


# rhythm_standards.SHORT_RHYTHM_LIMITS: a limit on how often within a quarter, month or term each facility, enterprise or
# school does something is its standard, no recurring deadline (liaoting and linjiang 21a, cenjiang 21b, songjiang 21c;
# 13 false deadlines of rounds 7–21 gone); rhythm_standards.GOVERNMENT_DUTIES and a count written 「一次」 keep the
# government's own rhythm (fengling, puyuan, shiping, rongxi)
RHYTHM22 = [
    ("充电站运营企业每季度至少开展1次设施安全自查。", []),
    ("各托育机构每季度至少开展1次应急疏散演练。", []),
    ("每所中小学每学期至少开展1次防溺水安全教育。", []),
    ("每个在建项目每月质量安全巡查不少于2次。", []),
    # counter-examples: the government's own rhythm stays
    ("乡镇河长每季度至少巡河一次。", [("每季度", "recurring", None, "recurring")]),
    ("区文旅局每月至少组织1次群众文化活动。", [("每月", "recurring", None, "recurring")]),
    ("县应急管理局对重点企业每月至少开展1次执法检查。", [("每月", "recurring", None, "recurring")]),
    ("每季度通报一次工作进展。", [("每季度", "recurring", None, "recurring")]),
]


@pytest.mark.parametrize(("sentence", "want"), RHYTHM22)
def test_round22_a_facility_standard_per_period_is_no_deadline(sentence, want):
    from pipeline.targets.deadlines import find_deadlines

    assert [(d.text, d.kind, d.date, d.rule) for d in find_deadlines(sentence, "2026-03-01")] == want


def test_round22_the_count_of_a_facility_standard_is_its_amount():
    from target_rows import targets_with_spans

    assert targets_with_spans("充电站运营企业每季度至少开展1次设施安全自查。") == [("设施安全自查", 1.0, "次", "at_least", "amount", "至少开展1次设施安全自查")]


# noun_heads.LATER_HEADS: the head of an event counted in times, of a post counted in people and of a long-named station is
# read on past the words jieba tags as verbs (linjiang 21a, junxi 21b; zhixi 19a too)
HEADS22 = [
    ("市应急管理局每年组织开展不少于2次防汛和地质灾害防治专项督导。", [("防汛和地质灾害防治专项督导", 2.0, "次", "at_least", "goal", "不少于2次防汛和地质灾害防治专项督导")]),
    ("各县（市、区）每年开展不少于1次跨区域山洪灾害避险转移演练。", [("跨区域山洪灾害避险转移演练", 1.0, "次", "at_least", "goal", "不少于1次跨区域山洪灾害避险转移演练")]),
    ("每个行政村配备不少于1名河道保洁员。", [("河道保洁员", 1.0, "名", "at_least", "goal", "不少于1名河道保洁员")]),
    ("每个乡镇至少建成1个标准化农村电商服务站。", [("标准化农村电商服务站", 1.0, "个", "at_least", "goal", "至少建成1个标准化农村电商服务站")]),
    # counter-example: a name read whole before stays as it was (the head table only reads on where the noun stopped short)
    ("每年开展不少于2次安全生产检查和隐患排查整治。", [("安全生产检查和隐患排查整治", 2.0, "次", "at_least", "goal", "不少于2次安全生产检查和隐患排查整治")]),
]


@pytest.mark.parametrize(("sentence", "want"), HEADS22)
def test_round22_head_read_on(sentence, want):
    from target_rows import targets_with_spans

    assert targets_with_spans(sentence) == want


# object_verbs.OBJECT_VERBS maintain_extend / raise / stock / site and names.SUBJECT_VERB's stocking and siting subject: a
# verb of doing inside the name leaves it with what stands before it (linjiang and xiuchuan 21a, junxi 21b, songjiang and
# lanxi 21c; hongzhou 4, lichuan 17c)
VERBS22 = [
    ("每年新建和维护森林防火隔离带800公里以上。", [("森林防火隔离带", 800.0, "公里", "at_least", "goal", "森林防火隔离带800公里以上")]),
    ("新开通或延伸城乡公交线路12条。", [("城乡公交线路", 12.0, "条", "equal", "goal", "城乡公交线路12条")]),
    ("全市计划筹集保障性租赁住房2万套。", [("保障性租赁住房", 2.0, "万套", "equal", "goal", "保障性租赁住房2万套")]),
    ("县级防汛物资仓库储备冲锋舟不少于10艘。", [("冲锋舟", 10.0, "艘", "at_least", "goal", "冲锋舟不少于10艘")]),
    ("在农村公路重要节点设置治超检测点6处。", [("治超检测点", 6.0, "处", "equal", "goal", "治超检测点6处")]),
    # counter-examples: a stock's own name and a verb of a kept compound stay whole
    ("县级储备粮规模保持在2万吨以上。", [("县级储备粮规模", 2.0, "万吨", "at_least", "goal", "县级储备粮规模保持在2万吨以上")]),
    ("县级防汛物资储备资金不少于300万元。", [("县级防汛物资储备资金", 300.0, "万元", "at_least", "goal", "县级防汛物资储备资金不少于300万元")]),
    ("新建国家储备林基地3万亩。", [("国家储备林基地", 3.0, "万亩", "equal", "goal", "国家储备林基地3万亩")]),
    ("每部电梯每月维护保养不少于2次。", [("维护保养", 2.0, "次", "at_least", "amount", "维护保养不少于2次")]),
    ("二级以上医院设置老年医学科比例达到80%以上。", [("二级以上医院设置老年医学科比例", 80.0, "%", "at_least", "goal", "二级以上医院设置老年医学科比例达到80%以上")]),
]


@pytest.mark.parametrize(("sentence", "want"), VERBS22)
def test_round22_verb_inside_a_name(sentence, want):
    from target_rows import targets_with_spans

    assert targets_with_spans(sentence) == want


def test_round22_an_attended_event_is_not_read_on_to():
    """noun_heads.LATER_HEADS event_head stops at a verb of attending or holding: the people are counted."""
    from target_rows import targets_with_spans

    assert targets_with_spans("每年组织200名以上农村青年参加电商技能培训。") == [("农村青年", 200.0, "名", "at_least", "goal", "200名以上农村青年")]


# patterns.VALUE_FIRST_VERBS goal: 落实 / 确定 before a value name the thing after it (lanxi 21c; ruochuan 17a, zhangyuan 17b,
# tingzhou 18b, zhixi 19a)
VALUE_FIRST22 = [
    ("每个行政村至少落实1名地质灾害群测群防员。", [("地质灾害群测群防员", 1.0, "名", "at_least", "goal", "至少落实1名地质灾害群测群防员")]),
    ("每个乡镇至少落实1名水利管理员。", [("水利管理员", 1.0, "名", "at_least", "goal", "至少落实1名水利管理员")]),
]


@pytest.mark.parametrize(("sentence", "want"), VALUE_FIRST22)
def test_round22_value_first_verb(sentence, want):
    from target_rows import targets_with_spans

    assert targets_with_spans(sentence) == want


def test_round22_a_quota_named_with_queding_is_a_goal():
    """A quota 确定 for each division is a goal, as the guide has it (ruochuan 17a, zhixi 19a; fixed in session 20: PLACE_THEN_VERB)."""
    from target_rows import targets_with_spans

    assert targets_with_spans("每个行政村确定1名村级管水员。") == [("村级管水员", 1.0, "名", "equal", "goal", "确定1名村级管水员")]
