"""Rules of the nineteenth round for support amounts (issue 11, from held-out rounds 16–18's kind and naming errors),
each on sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact
indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS19 = [
    # periodic_duties.DUTY_PERIODS within_term: how often each one must do a duty within a week, day, quarter, term
    ("社区服务站每周夜间开放不少于3次。", [("夜间开放", 3.0, "次", "at_least", "amount", "夜间开放不少于3次")]),
    ("配送中心每周至少开展2次生鲜配送。", [("生鲜配送", 2.0, "次", "at_least", "amount", "至少开展2次生鲜配送")]),
    ("承包单位每学期至少接受2次家长委员会检查。", [("家长委员会检查", 2.0, "次", "at_least", "amount", "至少接受2次家长委员会检查")]),
    ("每座驿站每天保洁不少于3次。", [("保洁", 3.0, "次", "at_least", "amount", "保洁不少于3次")]),
    ("二次供水设施清洗后，水箱水质检测每季度不少于2次。", [("水箱水质检测", 2.0, "次", "at_least", "amount", "水箱水质检测每季度不少于2次")]),
    # upkeep_each_year: an operator's upkeep within a year
    ("集中供水工程每年消毒不少于2次。", [("消毒", 2.0, "次", "at_least", "amount", "消毒不少于2次")]),
    # …while the government's own work each year stays a goal, and so does a count of issues produced
    ("每年组织防汛应急演练不少于2次。", [("防汛应急演练", 2.0, "次", "at_least", "goal", "防汛应急演练不少于2次")]),
    ("县融媒体中心每周制作专题节目不少于2期。", [("专题节目", 2.0, "期", "at_least", "goal", "专题节目不少于2期")]),
    # standard_kinds.CAPPED_SHARES capped_share: a share or rate each case must keep under
    ("承包经营企业不得转包，其利润率不超过6%。", [("利润率", 6.0, "%", "at_most", "amount", "利润率不超过6%")]),
    ("食堂伙食费结余率不超过3%。", [("食堂伙食费结余率", 3.0, "%", "at_most", "amount", "食堂伙食费结余率不超过3%")]),
    # …while a level held under a cap 控制在…以内 stays a goal
    ("到2027年，全市城镇调查失业率控制在5.5%以内。", [("城镇调查失业率", 5.5, "%", "at_most", "goal", "城镇调查失业率控制在5.5%以内")]),
    # per_frames.PER_FRAMES frame_then_measure: the frame and its owner leave an amount's name, the measure after it stays
    ("市财政对社区食堂改造每所补助不超过8万元。", [("补助", 8.0, "万元", "at_most", "amount", "补助不超过8万元")]),
    ("生态护林员每人管护面积原则上不超过2000亩。", [("管护面积", 2000.0, "亩", "at_most", "amount", "管护面积原则上不超过2000亩")]),
    ("众创空间每个工位面积不少于5平方米。", [("工位面积", 5.0, "平方米", "at_least", "amount", "工位面积不少于5平方米")]),
    # frame_closing and FRAME_STANDARDS each_unit_limit: a frame closing the name leaves it, and the limit is each unit's standard
    ("古建筑安防值守人员每处不少于3名。", [("古建筑安防值守人员", 3.0, "名", "at_least", "amount", "古建筑安防值守人员每处不少于3名")]),
    ("营养指导员按每个食堂不少于1名配备。", [("营养指导员", 1.0, "名", "at_least", "amount", "营养指导员按每个食堂不少于1名")]),
    ("冷库温度自动监测点每200立方米不少于1个。", [("冷库温度自动监测点", 1.0, "个", "at_least", "amount", "冷库温度自动监测点每200立方米不少于1个")]),
    ("农户自付部分每户不超过500元。", [("农户自付部分", 500.0, "元", "at_most", "amount", "农户自付部分每户不超过500元")]),
    # firm_yearly_cap: a yearly cap on what each firm gets
    ("子女入学统筹安排，每家企业每年名额不超过2个。", [("名额", 2.0, "个", "at_most", "amount", "名额不超过2个")]),
    # …while a territory's ratio keeps its frame and a count each year stays a goal
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", [("每千人口拥有3岁以下婴幼儿托位数", 4.5, "个", "reach", "goal", "每千人口拥有3岁以下婴幼儿托位数达到4.5个")]),
    ("新设外商投资企业每年不少于100家。", [("外商投资企业", 100.0, "家", "at_least", "goal", "外商投资企业每年不少于100家")]),
    # per_frames.SUPPORTS_AFTER_EACH: the support after 每个 / 每条 + the one it is paid for, named alone
    ("每个区级物流分拨中心补助不超过50万元。", [("补助", 50.0, "万元", "at_most", "amount", "补助不超过50万元")]),
    ("对获得国际认证的，每张证书补助3万元。", [("补助", 3.0, "万元", "equal", "amount", "补助3万元")]),
    ("每条航线给予运营补助最高200万元。", [("运营补助", 200.0, "万元", "at_most", "amount", "运营补助最高200万元")]),
    ("每个实训基地由市级财政给予建设经费支持100万元。", [("建设经费支持", 100.0, "万元", "equal", "amount", "建设经费支持100万元")]),
    # …and a support named after 给予 with no owner stays as it was
    ("每个驿站给予一次性建设补助3万元。", [("一次性建设补助", 3.0, "万元", "equal", "amount", "一次性建设补助3万元")]),
    # time_names.TIME_FROM_EVENTS after_event: the moment a time counts from leaves its name; standard_kinds restore_time
    ("数据机房应配备备用电源，停电后恢复供电时间不超过15分钟。", [("恢复供电时间", 15.0, "分钟", "at_most", "amount", "恢复供电时间不超过15分钟")]),
    ("救援队伍接到指令后到达现场时间原则上不超过40分钟。", [("到达现场时间", 40.0, "分钟", "at_most", "amount", "到达现场时间原则上不超过40分钟")]),
    # time_names.TIME_FROM_EVENTS time_frame: the days a time holds for leave its name, 年度 stays
    ("实训基地面向企业开放共享，年开放时间不少于200天。", [("开放时间", 200.0, "天", "at_least", "amount", "开放时间不少于200天")]),
    ("党群服务站设在楼宇内，工作日开放时间不少于6小时。", [("开放时间", 6.0, "小时", "at_least", "amount", "开放时间不少于6小时")]),
    # facility_kinds.ZONE_STANDARDS each_zone: what each zone must hold, whatever the verb; the zone leaves the name
    ("每个集聚区夜间营业商户不少于40家。", [("夜间营业商户", 40.0, "家", "at_least", "amount", "夜间营业商户不少于40家")]),
    ("每个示范区集聚数字贸易企业不少于80家。", [("数字贸易企业", 80.0, "家", "at_least", "amount", "数字贸易企业不少于80家")]),
    ("推动每个市级夜间消费集聚区引进老字号品牌不少于3个。", [("老字号品牌", 3.0, "个", "at_least", "amount", "老字号品牌不少于3个")]),
    # …while a quota for each place of the territory stays a goal
    ("每个行政村至少配备2名灾害信息员。", [("灾害信息员", 2.0, "名", "at_least", "goal", "至少配备2名灾害信息员")]),
    # after_value.JOINED_OBJECTS joined_nouns: nouns joined by 或 / 和 / 、 after one value are one thing counted
    ("每个食堂配备不少于1名专职或兼职营养指导员。", [("专职或兼职营养指导员", 1.0, "名", "at_least", "amount", "不少于1名专职或兼职营养指导员")]),
    ("主题楼宇应设置不少于200平方米的共享会议和展示空间。", [("共享会议和展示空间", 200.0, "平方米", "at_least", "amount", "不少于200平方米的共享会议和展示空间")]),
    # …while a further value after 、 keeps a list of values (the times provided an amount since session 15's kept_standards.SERVICE_TIMES,
    # as luzhou 16a's and lichuan 24a's labels read them; the limit before the first holds for every member, with its kind: session 20's
    # shared_limits, as luzhou 16a's labels read 「至少提供1次政策宣介、1次职业指导、3个岗位信息」)
    ("至少提供1次职业指导、3个岗位信息。", [("职业指导", 1.0, "次", "at_least", "amount", "至少提供1次职业指导"), ("岗位信息", 3.0, "个", "at_least", "amount", "3个岗位信息")]),
    # patterns.MORE_COUNTERS seconds: a time in seconds
    ("数据接口调用响应时间原则上不超过3秒。", [("数据接口调用响应时间", 3.0, "秒", "at_most", "amount", "数据接口调用响应时间原则上不超过3秒")]),
    # values.MINUS_SIGNS below_zero: a minus before a temperature is its sign, a dash between two values is no minus
    ("冷冻品运输车厢温度应保持在-15℃以下。", [("冷冻品运输车厢温度", -15.0, "℃", "at_most", "amount", "冷冻品运输车厢温度应保持在-15℃以下")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS19, ids=[s[:12] for s, _ in AMOUNTS19])
def test_round19_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected
