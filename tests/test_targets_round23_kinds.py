"""Rules of the twenty-third round for the KIND of a target (goal or amount; issue 11, from rounds 20–22's remaining kind
errors): for each rule the notice's own construction, a second differently-worded example and a counter-example where the
rule must not fire — every target of the sentence with its exact indicator, value, unit, comparator and kind, and the text
its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS23 = [
    # work_standards.CAPACITY_STANDARDS capacity_floor: a capacity right after a limit word is the facility's standard
    ("建设区域性再生资源分拣中心1个，年处理能力不少于30万吨。", [
        ("区域性再生资源分拣中心", 1.0, "个", "equal", "goal", "区域性再生资源分拣中心1个"),
        ("年处理能力", 30.0, "万吨", "at_least", "amount", "年处理能力不少于30万吨"),
    ]),
    ("公共实训基地年培训能力不少于5000人次。", [
        ("年培训能力", 5000.0, "人次", "at_least", "amount", "年培训能力不少于5000人次"),  # 基地 holds a capacity (round 28 holders)
    ]),
    # …but a capacity the territory reaches or adds, or the territory's own under a limit, stays a goal
    ("到2027年，全市生活垃圾焚烧处理能力达到4500吨/日。", [
        ("生活垃圾焚烧处理能力", 4500.0, "吨/日", "reach", "goal", "生活垃圾焚烧处理能力达到4500吨/日"),
    ]),
    ("新增粮食烘干能力500吨/日。", [("粮食烘干能力", 500.0, "吨/日", "increase", "goal", "粮食烘干能力500吨/日")]),
    ("全县污水处理能力不低于8万吨/日。", [("污水处理能力", 8.0, "万吨/日", "at_least", "goal", "污水处理能力不低于8万吨/日")]),
    # work_standards.TECHNICAL_RATES technical_rate: what a work or an installation removes, secures, keeps alive, transmits
    ("改造后除尘设施去除效率不低于95%，在线监测数据有效率不低于90%。", [
        ("去除效率", 95.0, "%", "at_least", "amount", "去除效率不低于95%"),
        ("在线监测数据有效率", 90.0, "%", "at_least", "amount", "在线监测数据有效率不低于90%"),
    ]),
    ("新建灌区设计灌溉保证率不低于80%。", [
        # (session 16: a rate of what is newly built leaves out 新建 and its holder, holder_parts.built_rate_split; the kind is unchanged)
        ("设计灌溉保证率", 80.0, "%", "at_least", "amount", "设计灌溉保证率不低于80%"),
    ]),
    ("补植苗木成活率不低于85%。", [("补植苗木成活率", 85.0, "%", "at_least", "amount", "补植苗木成活率不低于85%")]),
    # …but a territory's rate stays a goal
    ("到2027年，全县森林覆盖率不低于45%。", [("森林覆盖率", 45.0, "%", "at_least", "goal", "森林覆盖率不低于45%")]),
    # work_standards.LIMITED_PARAMETERS assessment_score, SCHEME_PARAMETERS transition_period
    ("将垃圾分类工作纳入年度综合考核，考核分值不低于3分。", [("考核分值", 3.0, "分", "at_least", "amount", "考核分值不低于3分")]),
    ("对乡镇的考核分值不低于4分。", [("考核分值", 4.0, "分", "at_least", "amount", "考核分值不低于4分")]),
    # …and, since round 25 (the labels of rounds 23–24 settle it: 3 of 4 weights amounts), an assessment's weight too
    ("将耕地保护工作纳入年度综合考核，考核权重不低于5%。", [("考核权重", 5.0, "%", "at_least", "amount", "考核权重不低于5%")]),
    ("转型期间原用途和权利类型不变，过渡期为5年。", [("过渡期", 5.0, "年", "equal", "amount", "过渡期为5年")]),
    # work_standards.SPACINGS one_every_distance: one installation every so many kilometres
    ("原则上每50公里至少布设1座公共充电站。", [("公共充电站", 1.0, "座", "at_least", "amount", "至少布设1座公共充电站")]),
    ("沿赛道每2公里设置1个补给点。", [("补给点", 1.0, "个", "equal", "amount", "1个补给点")]),
    # patterns.PER_PLACE_QUOTAS per_place: a division with an alternative in brackets, and its 储备, is a quota, a goal
    ("各乡镇要落实属地责任，每个行政村（社区）明确1名以上消防安全管理人。", [
        ("消防安全管理人", 1.0, "名", "at_least", "goal", "明确1名以上消防安全管理人"),
    ]),
    ("每个社区（小区）明确1名以上楼栋长。", [("楼栋长", 1.0, "名", "at_least", "goal", "明确1名以上楼栋长")]),
    ("每个乡镇储备抽水泵不少于3台。", [("抽水泵", 3.0, "台", "at_least", "goal", "抽水泵不少于3台")]),
    # …but a facility with a bracket after it stays a standard, an amount
    ("每个社区卫生服务中心（站）配备全科医生不少于3名。", [("全科医生", 3.0, "名", "at_least", "amount", "全科医生不少于3名")]),
    # standard_kinds.standard_run (round 27; was facility_kinds.LISTED_STANDARDS listed_too): items of one equipment list joined by 、 share the standard's kind
    ("每支专业森林消防队伍配备风力灭火机不少于20台、高压细水雾灭火机不少于10台、以水灭火泵组不少于2套。", [
        ("风力灭火机", 20.0, "台", "at_least", "amount", "风力灭火机不少于20台"),
        ("高压细水雾灭火机", 10.0, "台", "at_least", "amount", "高压细水雾灭火机不少于10台"),
        ("以水灭火泵组", 2.0, "套", "at_least", "amount", "以水灭火泵组不少于2套"),
    ]),
    ("每个应急救援站配备救援车辆不少于2辆、冲锋舟不少于3艘。", [
        ("救援车辆", 2.0, "辆", "at_least", "amount", "救援车辆不少于2辆"),
        ("冲锋舟", 3.0, "艘", "at_least", "amount", "冲锋舟不少于3艘"),
    ]),
    # …but a list of what the government cultivates stays goals
    ("培育龙头企业不少于10家、专业合作社不少于20个。", [
        ("龙头企业", 10.0, "家", "at_least", "goal", "龙头企业不少于10家"),
        ("专业合作社", 20.0, "个", "at_least", "goal", "专业合作社不少于20个"),
    ]),
    # facility_kinds.EACH_GIVEN staff_per_served: staff per so many mu or households served
    ("每500亩高标准农田至少配备1名专职管护员。", [("专职管护员", 1.0, "名", "at_least", "amount", "至少配备1名专职管护员")]),
    ("每300户配备1名物业服务人员。", [("物业服务人员", 1.0, "名", "equal", "amount", "1名物业服务人员")]),
    # …but staff for each division of the territory stay a quota, a goal
    ("每个行政村至少配备1名防汛信息员。", [("防汛信息员", 1.0, "名", "at_least", "goal", "至少配备1名防汛信息员")]),
    # periodic_duties.YEARLY_STANDARDS team_each_year: what each team holds each year is its standard
    ("每支队伍每年开展培训演练不少于2次。", [("培训演练", 2.0, "次", "at_least", "amount", "培训演练不少于2次")]),
    ("每个志愿服务队每年开展活动不少于6次。", [("活动", 6.0, "次", "at_least", "amount", "活动不少于6次")]),
    # …but a division's yearly drills stay its goal
    ("每个乡镇每年开展应急演练不少于2次。", [("应急演练", 2.0, "次", "at_least", "goal", "应急演练不少于2次")]),
    # periodic_duties.YEARLY_STANDARDS facility_checked_each_year: a work's or a water plant's yearly checks
    ("农村供水工程的水质检测每年不少于2次。", [("水质检测", 2.0, "次", "at_least", "amount", "水质检测每年不少于2次")]),
    # kinds.OUTCOME_RATES loan_book_rate: a loan book's own rates are the level brought about, goals
    ("全省住房公积金个人住房贷款率保持在85%以上，个人住房贷款逾期率控制在0.3‰以内。", [
        ("住房公积金个人住房贷款率", 85.0, "%", "at_least", "goal", "住房公积金个人住房贷款率保持在85%以上"),
        ("个人住房贷款逾期率", 0.3, "‰", "at_most", "goal", "个人住房贷款逾期率控制在0.3‰以内"),
    ]),
    ("全市普惠小微贷款不良率控制在3%以内。", [("普惠小微贷款不良率", 3.0, "%", "at_most", "goal", "普惠小微贷款不良率控制在3%以内")]),
    # …but a support's rate for one beneficiary stays an amount
    ("对单个企业贷款贴息率不超过2%。", [("对单个企业贷款贴息率", 2.0, "%", "at_most", "amount", "对单个企业贷款贴息率不超过2%")]),
    # standard_kinds.AREA_ADDED: an area added under a floor is the territory's total, a goal
    ("新建和改造提升生态茶园3万亩，每年新增有机认证茶园面积不少于2000亩。", [
        ("生态茶园", 3.0, "万亩", "equal", "goal", "生态茶园3万亩"),
        ("有机认证茶园面积", 2000.0, "亩", "at_least", "goal", "有机认证茶园面积不少于2000亩"),
    ]),
    ("每年新增高标准蔬菜基地面积不少于500亩。", [("高标准蔬菜基地面积", 500.0, "亩", "at_least", "goal", "高标准蔬菜基地面积不少于500亩")]),
    # …but a site's own area stays its standard, an amount (standard_kinds.SITE_AREAS)
    ("示范基地核心区面积不少于1000亩。", [("核心区面积", 1000.0, "亩", "at_least", "amount", "核心区面积不少于1000亩")]),
    # facility_kinds.EACH_DIVISIONS each_division: a mining or scenic area after 每个 is a site, its staff a standard
    ("每个采区应当设置公示牌并明确1名现场监管人员。", [("现场监管人员", 1.0, "名", "equal", "amount", "明确1名现场监管人员")]),
    ("每个景区应配备1名安全管理员。", [("安全管理员", 1.0, "名", "equal", "amount", "1名安全管理员")]),
    # …but a district after 每个 stays a quota, a goal
    ("每个区至少配备1名专职督导员。", [("专职督导员", 1.0, "名", "at_least", "goal", "至少配备1名专职督导员")]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS23, ids=[s[:16] for s, _ in KINDS23])
def test_round23_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
