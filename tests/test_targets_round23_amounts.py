"""Rules of the twenty-third round for support amounts and standards (issue 11, from held-out round 22's naming and kind
errors), each on sentences written for the test, not copied from a labelled notice: every target of the sentence with its
exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
SUPPORTS23 = [
    # patterns.RECIPIENT_WORDS party: a party to a report or a contract after 给予 is no part of the support's name
    ("按合同实际发生额的10%给予委托方补助，每家每年不超过300万元。", [
        ("补助", 10.0, "%", "equal", "amount", "10%给予委托方补助"),
        ("补助", 300.0, "万元", "at_most", "amount", "每家每年不超过300万元"),
    ]),
    ("对查证属实的，按罚没款金额的3%给予举报人奖励，最高不超过2万元。", [
        ("奖励", 3.0, "%", "equal", "amount", "3%给予举报人奖励"),
        ("奖励", 2.0, "万元", "at_most", "amount", "最高不超过2万元"),
    ]),
    # …but a name ending in 人 (才) that is no such party is left as it was
    ("给予引进人才奖励5万元。", [("引进人才奖励", 5.0, "万元", "equal", "amount", "引进人才奖励5万元")]),
    # per_frames.SUPPORTS_AFTER_EACH paid_for_each: a division or a centre after 每个, then the support and its 资金
    ("省财政给予每个中心奖补资金30万元。", [("奖补资金", 30.0, "万元", "equal", "amount", "奖补资金30万元")]),
    ("对验收合格的，给予每个县一次性奖补资金200万元。", [("一次性奖补资金", 200.0, "万元", "equal", "amount", "一次性奖补资金200万元")]),
    # per_frames.PER_FRAMES frame_then_measure: 每支 and 每班 are per-unit words like 每个
    ("对新建的乡镇专职消防队，省级财政每支补助40万元。", [("补助", 40.0, "万元", "equal", "amount", "补助40万元")]),
    ("对考核优秀的应急救援队每支奖励3万元。", [("奖励", 3.0, "万元", "equal", "amount", "奖励3万元")]),
    ("消防控制室每班值班人员不少于2名。", [("值班人员", 2.0, "名", "at_least", "amount", "值班人员不少于2名")]),
    # amount_names.NAME_OPENINGS may_be_granted: 可 and its verb open no support's name
    ("对引进的高层次人才，可实行协议工资，每人每年最高60万元。", [("协议工资", 60.0, "万元", "at_most", "amount", "每人每年最高60万元")]),
    ("对新引进的青年人才，可享受租房补贴，每月最高1500元。", [("租房补贴", 1500.0, "元", "at_most", "amount", "每月最高1500元")]),
]


@pytest.mark.parametrize(("sentence", "expected"), SUPPORTS23, ids=[s[:16] for s, _ in SUPPORTS23])
def test_round23_support_names(sentence, expected):
    assert targets_with_spans(sentence) == expected


STANDARDS23 = [
    # standard_kinds.FACILITY_MEASURES average_wait: an average wait or answer at a counter or a seat under a limit word
    ("群众现场办事平均等候时间不超过20分钟。", [("群众现场办事平均等候时间", 20.0, "分钟", "at_most", "amount", "群众现场办事平均等候时间不超过20分钟")]),
    ("热线电话平均接通时间不超过15秒。", [("热线电话平均接通时间", 15.0, "秒", "at_most", "amount", "热线电话平均接通时间不超过15秒")]),
    # …but not the government's processing time, nor the emergency service's 平均反应时间, nor a wait it shortens
    ("增值税留抵退税平均办理时间不超过3个工作日。", [("增值税留抵退税平均办理时间", 3.0, "个工作日", "at_most", "goal", "增值税留抵退税平均办理时间不超过3个工作日")]),
    ("门诊患者平均候诊时间缩短至30分钟以内。", [("门诊患者平均候诊时间", 30.0, "分钟", "at_most", "goal", "门诊患者平均候诊时间缩短至30分钟以内")]),
    # standard_kinds.TERRITORY_BEFORE: a year's total after a service's standard stays a goal
    ("视频坐席平均响应时间不超过20秒，全年提供视频帮办服务不少于10万次。", [
        ("视频坐席平均响应时间", 20.0, "秒", "at_most", "amount", "视频坐席平均响应时间不超过20秒"),
        ("视频帮办服务", 10.0, "万次", "at_least", "goal", "视频帮办服务不少于10万次"),
    ]),
    # standard_kinds.FACILITY_MEASURES spacing_or_insured_sum
    ("新建市政消火栓，市政消火栓间距不大于100米。", [("市政消火栓间距", 100.0, "米", "at_most", "amount", "市政消火栓间距不大于100米")]),
    ("为村级护林员购买意外伤害保险，保险金额不低于50万元。", [("保险金额", 50.0, "万元", "at_least", "amount", "保险金额不低于50万元")]),
    # …but a spacing the government brings down to a level stays a goal
    ("到2027年，全市充电桩平均间距缩小到1公里。", [("充电桩平均间距", 1.0, "公里", "reach", "goal", "充电桩平均间距缩小到1公里")]),
]


@pytest.mark.parametrize(("sentence", "expected"), STANDARDS23, ids=[s[:16] for s, _ in STANDARDS23])
def test_round23_standards(sentence, expected):
    assert targets_with_spans(sentence) == expected


DUTIES23 = [
    # periodic_duties.EVENTS_AFTER: the event after a count of times within a period names it, not who does it
    ("人员密集场所每半年至少开展1次灭火和应急疏散演练。", [("灭火和应急疏散演练", 1.0, "次", "at_least", "amount", "至少开展1次灭火和应急疏散演练")]),
    ("行业部门每年至少组织开展2次本系统安全生产检查。", [("本系统安全生产检查", 2.0, "次", "at_least", "goal", "至少组织开展2次本系统安全生产检查")]),
    # …and where jieba cut the event short after the value
    ("规模以上工业企业每年至少开展1次能源审计。", [("能源审计", 1.0, "次", "at_least", "amount", "至少开展1次能源审计")]),
    # periodic_duties.DUTY_PERIODS every_few_hours
    ("营业期间每2小时至少巡查1次。", [("巡查", 1.0, "次", "at_least", "amount", "巡查1次")]),
    ("夜间每4小时巡检不少于1次。", [("巡检", 1.0, "次", "at_least", "amount", "巡检不少于1次")]),
    # periodic_duties.YEARLY_STANDARDS patients_each_year, firm_or_site_each_year
    ("对辖区高血压、糖尿病等慢性病患者每年至少提供2次中医健康干预。", [("中医健康干预", 2.0, "次", "at_least", "amount", "每年至少提供2次中医健康干预")]),
    ("药品生产企业每年至少开展2次全面自查。", [("全面自查", 2.0, "次", "at_least", "amount", "至少开展2次全面自查")]),
    # …but a bureau acting on firms, and a government's own meetings, stay goals
    ("市场监管部门对重点企业每年至少开展2次监督检查。", [("监督检查", 2.0, "次", "at_least", "goal", "至少开展2次监督检查")]),
    ("县政府每年至少召开2次专题会议。", [("专题会议", 2.0, "次", "at_least", "goal", "至少召开2次专题会议")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DUTIES23, ids=[s[:16] for s, _ in DUTIES23])
def test_round23_duties(sentence, expected):
    assert targets_with_spans(sentence) == expected
