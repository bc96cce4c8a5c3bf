"""Round 10 of the goal rules (issue 11): sentences written for the test (not copied from a labelled
notice), each asserting the exact indicator, value, unit, comparator, kind and the span's text."""

import pytest

from pipeline.targets.recognise import find_targets
from target_rows import fields



# (sentence, index of the target, (indicator, value, unit, comparator, kind), the span's text)
GOALS10 = [
    # MEASURE_UNITS 例 / 格 / 块 / 兆瓦: counted cases, slots, plots and a capacity keep their unit
    ("到2027年，骨灰撒散安葬数量达到2000例左右。", 0, ("骨灰撒散安葬数量", 2000.0, "例", "approx", "goal"), "骨灰撒散安葬数量达到2000例左右"),
    ("城市公益性骨灰堂格位数突破8万格。", 0, ("城市公益性骨灰堂格位数", 8.0, "万格", "at_least", "goal"), "城市公益性骨灰堂格位数突破8万格"),
    ("新建笼式足球场6块、篮球场12块。", 0, ("笼式足球场", 6.0, "块", "equal", "goal"), "笼式足球场6块"),
    ("分布式光伏装机规模达到20兆瓦。", 0, ("分布式光伏装机规模", 20.0, "兆瓦", "reach", "goal"), "分布式光伏装机规模达到20兆瓦"),
    # PAST_CLAUSES past_year_clause: a clause opening with a year before the notice's reports facts (the
    # goal before it stays)
    ("到2028年，全区茶产业产值突破50亿元；2025年全区茶产业产值达到18亿元，建成加工厂2座。", -1, ("茶产业产值", 50.0, "亿元", "at_least", "goal"), "茶产业产值突破50亿元"),
    # refuse THRESHOLDS_BEFORE_NOUN threshold_de_count, NAME_LEADS over_threshold_de: 「…超X的」 says which
    # things are counted — no target of its own, no part of the name
    ("集聚茶叶企业60家以上，其中营业收入超5亿元的骨干企业10家。", -1, ("骨干企业", 10.0, "家", "equal", "goal"), "骨干企业10家"),
    # NAME_LEADS stray_de: the 的 after a subject and its verb is no part of the name
    # (a goal since session 13: a division's matching funds as a share of a higher level's, matching_funds)
    ("各县（市）安排的配套资金不低于市级下达资金的30%。", 0, ("配套资金", 30.0, "%", "at_least", "goal"), "配套资金不低于市级下达资金的30%"),
    # indicator VERB_MODIFIER_RUNS: verbs in a row before the noun after a noun stay in it
    ("每个乡镇至少组建1支专业森林扑火队伍。", 0, ("专业森林扑火队伍", 1.0, "支", "at_least", "goal"), "至少组建1支专业森林扑火队伍"),
    # indicator IN_STATE_SHAPES: 在 and a one-character verb make a state word (在训, as 在校)
    ("组建业余训练队伍6支，在训运动员达到300人。", 1, ("在训运动员", 300.0, "人", "reach", "goal"), "在训运动员达到300人"),
    # modifiers MODIFIER_CUTS commitment_verb / adverb, JOINT_VERBS: the verb or adverb opening the name leaves it
    ("发放文旅消费券总额不少于2000万元。", 0, ("文旅消费券总额", 2000.0, "万元", "at_least", "goal"), "文旅消费券总额不少于2000万元"),
    ("全年更新图书不少于5000册。", 0, ("图书", 5000.0, "册", "at_least", "goal"), "图书不少于5000册"),
    ("到2027年共建产教融合基地20个以上。", 0, ("产教融合基地", 20.0, "个", "at_least", "goal"), "产教融合基地20个以上"),
    # …but 带动就业 is an activity's name, and a rate keeps every word
    ("带动就业补贴总额不超过5万元。", 0, ("带动就业补贴总额", 5.0, "万元", "at_most", "amount"), "带动就业补贴总额不超过5万元"),
    # TALLY_START: a span of years before 累计 is the tally's, not the name's
    ("两年累计完成城市燃气管道改造投资50亿元左右。", 0, ("城市燃气管道改造投资", 50.0, "亿元", "approx", "goal"), "城市燃气管道改造投资50亿元左右"),
    # SCOPES built_up_area, indicator _one_char_compound: 输氢 is no verb and its object
    ("2027年底前建成区内输氢管道8公里。", 0, ("输氢管道", 8.0, "公里", "equal", "goal"), "输氢管道8公里"),
    # NAME_LEADS capacity: a capacity qualifies the project counted
    ("建设日处理500吨餐厨垃圾处理项目1个。", -1, ("餐厨垃圾处理项目", 1.0, "个", "equal", "goal"), "餐厨垃圾处理项目1个"),
    # NAME_LEADS per_time: who and how often stand before the measure (an amount: a time per day each person must get is a
    # standard, TARGET_LABELING.md round 10 — OBLIGATIONS time_per_period)
    ("老年人每天户外活动时间不少于1小时。", 0, ("户外活动时间", 1.0, "小时", "at_least", "amount"), "户外活动时间不少于1小时"),
    # recognise EACH_MEASURES time: a rate of places listed with one value and no 分别 stays whole (a time splits)
    ("乡镇、行政村公共文化设施覆盖率保持100%。", 0, ("乡镇、行政村公共文化设施覆盖率", 100.0, "%", "equal", "goal"), "乡镇、行政村公共文化设施覆盖率保持100%"),
    ("一般登记、抵押登记办理时间压缩至1个工作日。", 1, ("抵押登记办理时间", 1.0, "个工作日", "reach", "goal"), "抵押登记办理时间压缩至1个工作日"),
    # list_names COUNTED_DEEDS, last_member: a count keeps the deed it counts; examples before 等 are the members
    ("松葬、撒散等生态安葬方式每年安葬数量分别达到500例、300例左右。", 1, ("撒散安葬数量", 300.0, "例", "approx", "goal"), "撒散等生态安葬方式每年安葬数量分别达到500例、300例"),
    ("A级旅游景区、星级旅游饭店数量分别达到65家、42家。", 1, ("星级旅游饭店数量", 42.0, "家", "reach", "goal"), "星级旅游饭店数量分别达到65家、42家"),
    # NAME_LEADS whose_long (not over a 、 list), last_member: owners listed before 的 each take the measure
    ("设区市、县级市的防洪标准分别达到100年一遇、50年一遇。", 0, ("设区市防洪标准", 100.0, "年一遇", "reach", "goal"), "设区市、县级市的防洪标准分别达到100年一遇"),
    ("设区市、县级市的防洪标准分别达到100年一遇、50年一遇。", 1, ("县级市防洪标准", 50.0, "年一遇", "reach", "goal"), "县级市的防洪标准分别达到100年一遇、50年一遇"),
    # elliptic MEMBER_NAMES urban_part: a part of the city named alone takes the rate measured before
    ("城市建成区绿地率达到40%，新建城区达到45%以上。", 1, ("新建城区绿地率", 45.0, "%", "at_least", "goal"), "新建城区达到45%以上"),
    # NAME_LEADS items_counted, COMPARATOR_BEFORE 扩大到: the items now stand before their name
    ("将体检、咨询、随访3项基本服务扩大到5项。", 0, ("基本服务", 5.0, "项", "reach", "goal"), "基本服务扩大到5项"),
    # refuse INDUSTRY_TOTALS sector_revenue: a sector's revenue is a total, not a firm's threshold
    ("全省养老服务业营业收入突破300亿元。", 0, ("养老服务业营业收入", 300.0, "亿元", "at_least", "goal"), "养老服务业营业收入突破300亿元"),
    # NAME_LEADS quoted_holders: places listed before a named event hold it
    ("组织图书馆、文化馆“读书日”活动不少于20场。", 0, ("“读书日”活动", 20.0, "场", "at_least", "goal"), "“读书日”活动不少于20场"),
    # head RECIPIENT: after 发放 only a person or body is a recipient; leaflets are counted
    ("组织宣讲活动10场，发放宣传手册3万份。", 1, ("宣传手册", 3.0, "万份", "equal", "goal"), "宣传手册3万份"),
    # ACTION_END without a comparator, PREDICATE_VERBS 赴: the people sent are counted
    ("每年选派50名骨干教师赴外省跟岗学习。", 0, ("骨干教师", 50.0, "名", "equal", "goal"), "50名骨干教师"),
    # bare PER_CAPITA_NAMES: a statistic per head of population is a name
    ("每千人拥有公共体育场地设施5个。", 0, ("每千人拥有公共体育场地设施", 5.0, "个", "equal", "goal"), "每千人拥有公共体育场地设施5个"),
    # bare NUMBERED_OBJECT: examples before 等 are no list of clauses
    ("开发徒步、骑行等乡村旅游线路12条，完善驿站。", 0, ("乡村旅游线路", 12.0, "条", "equal", "goal"), "乡村旅游线路12条"),
    # bare DONE_END: what a service has reached closes its name (覆盖)
    ("推动家庭医生签约服务覆盖3000户，提供上门服务。", 0, ("家庭医生签约服务", 3000.0, "户", "equal", "goal"), "家庭医生签约服务覆盖3000户"),
    # lists _names: names written in quotes one after another are listed names; the head follows the last quote
    ("到2027年，“体育+旅游”“体育+康养”融合发展示范区分别达到6个、4个。", 0, ("体育+旅游融合发展示范区", 6.0, "个", "reach", "goal"), "体育+旅游”“体育+康养”融合发展示范区分别达到6个"),
    ("到2027年，“体育+旅游”“体育+康养”融合发展示范区分别达到6个、4个。", 1, ("“体育+康养”融合发展示范区", 4.0, "个", "reach", "goal"), "“体育+康养”融合发展示范区分别达到6个、4个"),
    # recognise _comparator: 累计 governs a further listed item after a limit word took the first
    ("累计新建改造污水管网800公里以上、提升泵站12座。", 1, ("提升泵站", 12.0, "座", "total", "goal"), "提升泵站12座"),
    # NAME_LEADS in_fields, modifiers manner_then_verb: the fields where a thing is used and 示范应用 leave it
    ("在公交、环卫等领域示范应用氢燃料电池汽车不少于200辆。", 0, ("氢燃料电池汽车", 200.0, "辆", "at_least", "goal"), "氢燃料电池汽车不少于200辆"),
    ("推广应用新能源公交车200辆。", 0, ("新能源公交车", 200.0, "辆", "equal", "goal"), "新能源公交车200辆"),
    # indicator PLACE_SUFFIXES: a one-character place word closing the name after a verb (jieba tags 点 a numeral)
    ("每个乡镇至少建成1个农产品集散点。", 0, ("农产品集散点", 1.0, "个", "at_least", "goal"), "至少建成1个农产品集散点"),
    # bare SUBJECT_THEN_VERBS 设立, VERB_STARTS 开通: a place then its verb, or a verb of opening, before the counted thing
    ("经开区设立人才服务站2个。", 0, ("人才服务站", 2.0, "个", "equal", "goal"), "人才服务站2个"),
    ("新开通城乡公交线路5条。", 0, ("城乡公交线路", 5.0, "条", "equal", "goal"), "城乡公交线路5条"),
    # after_value LEVEL_ALTERNATIVES: levels of the same rank in brackets belong to the place noun (not before 级)
    ("力争4个县（市、区）通过全国义务教育优质均衡发展督导评估。", 0, ("县（市、区）", 4.0, "个", "equal", "goal"), "4个县（市、区）"),
    # NAME_LEADS whose_count: a clause before a count says which are counted
    ("全省设区市中空气质量达到二级标准的城市数量达到8个。", 0, ("城市数量", 8.0, "个", "reach", "goal"), "城市数量达到8个"),
    # after_value GRADE_LISTS: grades listed after the value qualify the noun counted after them
    # (session 23, value_shapes.FACILITY_UPGRADES: the bridges are counted, their 改造 is the goal's work)
    ("2027年底前完成第一批20座三、四类危桥改造。", 0, ("危桥", 20.0, "座", "equal", "goal"), "完成第一批20座三、四类危桥"),
    # NAME_LEADS whose_counted: a clause before a short counted noun is no part of it (a measure keeps it)
    ("秋季学期开设托班的公办幼儿园不少于30所。", 0, ("公办幼儿园", 30.0, "所", "at_least", "goal"), "公办幼儿园不少于30所"),
    # …but before a share the clause says what is counted and stays (TARGET_LABELING, session 4)
    ("评星定级的幼儿园达到80%。", 0, ("评星定级的幼儿园", 80.0, "%", "reach", "goal"), "评星定级的幼儿园达到80%"),
    # NAME_LEADS in_fields with a verb of installing
    ("在供水、排水等领域布设智能感知设备不少于1万个。", 0, ("智能感知设备", 1.0, "万个", "at_least", "goal"), "智能感知设备不少于1万个"),
    # GOAL_TOTALS issued_floor: a floor on all that is handed out is a goal, one beneficiary's capped share an amount
    ("发放文化消费券不少于200万元，单张消费券面额最高30元。", 0, ("文化消费券", 200.0, "万元", "at_least", "goal"), "文化消费券不少于200万元"),
    ("发放文化消费券不少于200万元，单张消费券面额最高30元。", 1, ("消费券面额", 30.0, "元", "at_most", "amount"), "消费券面额最高30元"),
]


@pytest.mark.parametrize(("sentence", "index", "want", "span"), GOALS10)
def test_round10_goal(sentence, index, want, span):
    found = find_targets(sentence, notice_year=2026)
    assert fields(found[index]) == want
    assert sentence[found[index].start : found[index].end] == span


def test_round10_no_target_in_the_past():
    """PAST_CLAUSES: 「2025年…」 inside a sentence of a 2026 notice states facts, never goals."""
    sentence = "目前已集聚企业20家，2025年产业产值达到18亿元，建成加氢站2座。"
    assert find_targets(sentence, notice_year=2026) == []


def test_round10_conditions_of_eligibility_are_no_targets():
    """eligibility CONDITION_LABELS: a line opened by 「（二）申报条件。」 holds conditions, no targets or deadlines."""
    from pipeline.targets.collect import read_notice

    text = "（一）支持内容。对认定的企业给予最高20万元奖励。\n（二）申报条件。申报企业上年度营业收入不低于500万元，近3年内无重大违法记录，专职设计人员10人以上。\n"
    lines = [(0, text.index("\n")), (text.index("\n") + 1, len(text) - 1)]
    found = read_notice(text, [], [], lines, [], "2026-03-01", 0)
    targets = [t for piece in found.untasked for t in piece.found[0]]
    deadlines = [d for piece in found.untasked for d in piece.found[1]]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in targets] == [("奖励", 20.0, "万元", "at_most", "amount")]
    assert deadlines == []


# (service_times SERVICE_TIMES, a handling time read as a goal, was dropped in round 21: TARGET_LABELING.md now
# reads a period before its verb as neither target nor deadline — tests/test_targets_round21_goals.py)


@pytest.mark.parametrize(
    "sentence",
    ["省财政厅在受理申报之日起60个工作日内完成审核。", "相关部门在材料齐全后20个工作日内完成兑付。", "入驻企业须承诺5年内不迁出本市。"],
)
def test_round10_no_deadline_in_a_response_time_or_a_promise(sentence):
    """deadlines RESPONSE_CLAUSES file_received, CONDITION_BEFORE 承诺: no period deadline."""
    from pipeline.targets.deadlines import find_deadlines

    assert find_deadlines(sentence, "2026-03-01") == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("完成时限：2026年5月至10月", ("2026年5月至10月", "period", "2026-10-31")),
        ("（二）全面实施阶段（2026年6月至2027年12月）。", ("2026年6月至2027年12月", "period", "2027-12-31")),
        ("松葬、撒散等生态安葬方式每年安葬数量分别达到500例、300例左右。", None),
    ],
)
def test_round10_deadline_windows_of_months(sentence, want):
    """deadlines window: months without days are a window to the last day of the last month (in a 完成时限 cell
    too); ANNUAL_QUANTITY: 每年 before a count listed in 例 is no rhythm."""
    from pipeline.targets.deadlines import find_deadlines

    got = [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")]
    assert got == ([want] if want else [])
