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


KINDS23 = [
    # standard_kinds.STAFF_STANDARDS size_of_team: a team's own size under a floor
    ("组建县级应急救援队伍1支，队伍人员不少于30名。", [
        ("县级应急救援队伍", 1.0, "支", "equal", "goal", "县级应急救援队伍1支"),
        ("队伍人员", 30.0, "名", "at_least", "amount", "队伍人员不少于30名"),
    ]),
    ("每个村组建志愿服务团队，团队成员不少于10人。", [("团队成员", 10.0, "人", "at_least", "amount", "团队成员不少于10人")]),
    # …but the staff the territory's teams reach stay a goal
    ("到2027年，全县应急救援队伍人员达到500名。", [("应急救援队伍人员", 500.0, "名", "reach", "goal", "应急救援队伍人员达到500名")]),
    # facility_kinds.STANDARD_CLAUSES equipped_or_able: later clauses of a facility's standard opening with its verb
    ("每个乡镇卫生院设置康复治疗室不少于2间，能够规范开展8类以上康复技术，配备康复治疗师不少于2名。", [
        ("康复治疗室", 2.0, "间", "at_least", "amount", "康复治疗室不少于2间"),
        ("康复技术", 8.0, "类", "at_least", "amount", "8类以上康复技术"),
        ("康复治疗师", 2.0, "名", "at_least", "amount", "康复治疗师不少于2名"),
    ]),
    # …but a clause with the territory as its subject stays a goal
    ("每个示范点面积不少于100平方米，全县建成示范点不少于20个。", [
        ("示范点面积", 100.0, "平方米", "at_least", "amount", "示范点面积不少于100平方米"),
        ("示范点", 20.0, "个", "at_least", "goal", "示范点不少于20个"),
    ]),
    # facility_kinds.ZONE_STANDARDS each_zone (开发区, 园区) read after the value's 以上 (zone_standard)
    ("到2027年，每个省级以上开发区建成1座以上工业污水集中处理设施。", [("工业污水集中处理设施", 1.0, "座", "at_least", "amount", "建成1座以上工业污水集中处理设施")]),
    ("每个化工园区建成1个以上危险化学品车辆专用停车场。", [("危险化学品车辆专用停车场", 1.0, "个", "at_least", "amount", "建成1个以上危险化学品车辆专用停车场")]),
    # …but a division of the territory keeps its quota a goal
    ("到2027年，每个乡镇建成1座以上污水处理设施。", [("污水处理设施", 1.0, "座", "at_least", "goal", "建成1座以上污水处理设施")]),
    # kinds.OBLIGATIONS support_run: how long a support runs, how long a grant stays valid
    ("对入选者给予每人每年3万元工作经费，连续支持3年。", [
        ("工作经费", 3.0, "万元", "equal", "amount", "给予每人每年3万元工作经费"),
        ("工作经费", 3.0, "年", "equal", "amount", "支持3年"),
    ]),
    ("符合标准的企业授权使用区域公用品牌，授权有效期为2年。", [("授权有效期", 2.0, "年", "equal", "amount", "授权有效期为2年")]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS23, ids=[s[:16] for s, _ in KINDS23])
def test_round23_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected


# returned.INSTALMENTS paid_over: the shares of the instalments between 分N年 and the verb leave the period the support's duration
INSTALMENTS23 = [
    ("给予最高500万元建设资助，分3年按5∶3∶2比例拨付。", [("建设资助", 500.0, "万元", "at_most", "amount", "给予最高500万元建设资助"), ("建设资助", 3.0, "年", "equal", "amount", "3年")]),
    # …and without them, as before
    ("给予最高1000万元建设资助，分3年拨付。", [("建设资助", 1000.0, "万元", "at_most", "amount", "给予最高1000万元建设资助"), ("建设资助", 3.0, "年", "equal", "amount", "3年")]),
]


@pytest.mark.parametrize(("sentence", "expected"), INSTALMENTS23, ids=[s[:16] for s, _ in INSTALMENTS23])
def test_round23_instalments(sentence, expected):
    found = targets_with_spans(sentence)
    assert [row for row in found if row[0] != "比例"] == expected


def test_round23_instalment_shares_are_no_target():
    # refuse.COST_SPLITS instalment_split (targets23G, round 23)
    assert [row[0] for row in targets_with_spans("对低产林改造每亩补助1200元，分3年按4∶3∶3的比例拨付。")] == ["补助", "补助"]


def test_round23_a_term_in_days():
    # values.CLOSING_UNITS day_term (targets23G, round 23)
    assert targets_with_spans("容缺材料补正期限不超过30日。") == [("容缺材料补正期限", 30.0, "日", "at_most", "amount", "容缺材料补正期限不超过30日")]


NAMES23 = [
    # amount_names.NAME_OPENINGS qualifier_or_alongside: 原则上 and 配套建设 open no standard's name
    ("确需使用临时用地的，原则上使用期限不超过2年，期满后及时复垦。", [("使用期限", 2.0, "年", "at_most", "amount", "原则上使用期限不超过2年")]),
    # amount_names.NAME_TAILS borne_by, able_to: who bears the share, what the reserve can do, close no name
    ("政策性农业保险保费由财政补贴70%，农户自缴30%。", [("政策性农业保险保费", 70.0, "%", "equal", "amount", "政策性农业保险保费由财政补贴70%")]),
    ("县级物资储备库的应急救援物资能够保障不少于5000人3天的基本生活需要。", [("应急救援物资", 5000.0, "人", "at_least", "goal", "应急救援物资能够保障不少于5000人")]),
    # …but a name that only ends like them keeps its words (一般 opens names: 一般公共预算收入)
    ("一般公共预算收入增长5%。", [("一般公共预算收入", 5.0, "%", "increase", "goal", "一般公共预算收入增长5%")]),
    # patterns.SUPPORT_VERB: a share 的比例 配建 sizes what is built alongside, not the one building it
    ("新建住宅小区按照不低于住户数20%的比例配建电动自行车集中停放充电车位。", [("电动自行车集中停放充电车位", 20.0, "%", "at_least", "amount", "不低于住户数20%的比例配建电动自行车集中停放充电车位")]),
    ("新建商业综合体按照不低于停车位总数15%的比例配建充电桩车位。", [("充电桩车位", 15.0, "%", "at_least", "amount", "不低于停车位总数15%的比例配建充电桩车位")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES23, ids=[s[:16] for s, _ in NAMES23])
def test_round23_names(sentence, expected):
    assert targets_with_spans(sentence) == expected


EQUIPPED23 = [
    # standard_names.EQUIPPED_NAMES holder_equips: who equips and the verb leave the name under a limit (where jieba kept them in;
    # the kind of a station's staff without 每 or 应 is an amount since round 26, facility_kinds.STAFF_EQUIPPED, as the doc's own sentence is in its notice)
    ("乡镇农产品质量安全监管站配备检测人员不少于2名。", [("检测人员", 2.0, "名", "at_least", "amount", "检测人员不少于2名")]),
    ("乡镇食品安全监管站配备执法人员不少于3名。", [("执法人员", 3.0, "名", "at_least", "amount", "执法人员不少于3名")]),
    # …but a share of those equipping keeps its whole name (a rate says what it counts)
    ("二级以上综合医院设置老年医学科的比例达到60%。", [("二级以上综合医院设置老年医学科的比例", 60.0, "%", "reach", "goal", "二级以上综合医院设置老年医学科的比例达到60%")]),
]


@pytest.mark.parametrize(("sentence", "expected"), EQUIPPED23, ids=[s[:16] for s, _ in EQUIPPED23])
def test_round23_equipped_names(sentence, expected):
    assert targets_with_spans(sentence) == expected


FRAMES23 = [
    # per_frames.FRAME_STANDARDS each_unit_equipped: each class, room or vehicle staffed under a floor is its standard
    ("幼儿园每班至少配备2名专任教师和1名保育员。", [
        ("专任教师", 2.0, "名", "at_least", "amount", "至少配备2名专任教师"),
        ("保育员", 1.0, "名", "at_least", "amount", "1名保育员"),
    ]),
    ("救护车每车至少配备1名随车医生。", [("随车医生", 1.0, "名", "at_least", "amount", "至少配备1名随车医生")]),
    # …but a division's yearly staff stays a quota, a goal
    ("每个行政村每年至少配备2名信息员。", [("信息员", 2.0, "名", "at_least", "goal", "至少配备2名信息员")]),
]


@pytest.mark.parametrize(("sentence", "expected"), FRAMES23, ids=[s[:16] for s, _ in FRAMES23])
def test_round23_each_class_equipped(sentence, expected):
    assert targets_with_spans(sentence) == expected
