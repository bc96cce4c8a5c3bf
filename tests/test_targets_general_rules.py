"""Written cases for the general rules added after the held-out notices (issue 11): one sentence per
rule, written for the test, each asserting the exact indicator, value, unit, comparator and kind."""

import pytest

from pipeline.normalize import fold
from pipeline.targets.deadlines import find_deadlines
from pipeline.targets.recognise import find_targets

CASES = [
    # support_named: the support named after 给予, the value after it
    ("对认定的市级示范工厂给予一次性奖励200万元，", ("一次性奖励", 200.0, "万元", "equal", "amount")),
    ("对首次创业的高校毕业生给予一次性创业补贴5000元；", ("一次性创业补贴", 5000.0, "元", "equal", "amount")),
    # granted 「…元的补贴」 after a support verb is no eligibility condition
    ("再给予每人1000元的带动就业补贴。", ("带动就业补贴", 1000.0, "元", "equal", "amount")),
    ("对展位费用给予30%的补贴。", ("补贴", 30.0, "%", "equal", "amount")),
    # number_in_name: 「5G」 is part of a name
    ("新增5G基站8000个。", ("5G基站", 8000.0, "个", "increase", "goal")),
    # verb_last: 「…新增15个」 closing the phrase
    ("区域数据中心机架新增20个。", ("区域数据中心机架", 20.0, "个", "increase", "goal")),
    # region/累计/年均 before a verb of commitment
    ("全市新增科技型企业500家，", ("科技型企业", 500.0, "家", "increase", "goal")),
    ("累计培育市级专精特新企业300家，", ("市级专精特新企业", 300.0, "家", "total", "goal")),
    ("年均培训技能人才1万人次。", ("技能人才", 1.0, "万人次", "equal", "goal")),
    # an increase of 经营主体 is no eligibility condition (「正常经营1年以上」 is)
    ("全县新增经营主体2000户以上，", ("经营主体", 2000.0, "户", "at_least", "goal")),
    # goal totals: a sum the government commits
    ("市级财政安排2亿元创新券资金，", ("创新券资金", 2.0, "亿元", "equal", "goal")),
    ("科技信贷余额突破300亿元。", ("科技信贷余额", 300.0, "亿元", "at_least", "goal")),
    ("全年新增创业担保贷款3亿元以上。", ("创业担保贷款", 3.0, "亿元", "at_least", "goal")),
    # 各类 before the measured noun is no part of it
    ("引进各类高层次人才超2000名，", ("高层次人才", 2000.0, "名", "at_least", "goal")),
    # a per-unit subject and its verb leave the indicator
    ("每个产业集群培育龙头企业不少于2家。", ("龙头企业", 2.0, "家", "at_least", "goal")),
    # (a zone's count under a limit is its standard, an amount — TARGET_LABELING.md: "any other noun — … a zone … — makes it an
    # amount"; round 23)
    ("每个园区建成公共服务平台不少于2个。", ("公共服务平台", 2.0, "个", "at_least", "amount")),
    # 返还 names support (稳岗返还), not an action ending the noun
    ("按企业上年度缴纳失业保险费的50%给予稳岗返还。", ("稳岗返还", 50.0, "%", "equal", "amount")),
]


@pytest.mark.parametrize(("sentence", "want"), CASES)
def test_general_rule(sentence, want):
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)]
    assert got == [want]


def test_months_of_a_monthly_base_after_an_is_an_amount():
    """「可按6个月的…确定」: a count of months after 按 sizing a sum in a monthly base is an amount of that base, as the
    national notice's label reads it (guofa 39: 当地月人均失业保险金 6 个月; refuse.MONTHS_OF_BASES, round 17 — this test
    first pinned it as a period, before the label was scored)."""
    assert [(t.indicator, t.value, t.unit, t.kind) for t in find_targets("返还标准可按6个月的当地月人均失业保险金确定。")] == [("当地月人均失业保险金", 6.0, "个月", "amount")]


# Rules of the third round (issue 11), each on sentences written for the test: (sentence, (indicator,
# value, unit, comparator, kind, rule), the target's span as text).
ROUND3 = [
    # region (SCOPES): a scope opening a name is no part of it, a rate, a stated total or a size
    ("到2027年，全省规模以上工业企业研发机构覆盖率达到60%以上。", ("规模以上工业企业研发机构覆盖率", 60.0, "%", "at_least", "goal", "comparator"), "规模以上工业企业研发机构覆盖率达到60%以上"),
    ("全区产业引导基金总规模超20亿元。", ("产业引导基金总规模", 20.0, "亿元", "at_least", "goal", "comparator"), "产业引导基金总规模超20亿元"),
    ("全市口袋公园面积超10万平方米。", ("口袋公园面积", 10.0, "万平方米", "at_least", "goal", "comparator"), "口袋公园面积超10万平方米"),
    ("全县粮食播种面积稳定在30万亩以上。", ("粮食播种面积", 30.0, "万亩", "at_least", "goal", "comparator"), "粮食播种面积稳定在30万亩以上"),
    # a scope and its verb (组建, 统筹提供) leave the indicator
    ("全市组建志愿服务队30个以上。", ("志愿服务队", 30.0, "个", "at_least", "goal", "comparator"), "志愿服务队30个以上"),
    ("市区累计统筹提供人才公寓不少于500套。", ("人才公寓", 500.0, "套", "at_least", "goal", "comparator"), "人才公寓不少于500套"),
    # CHAINED_VERBS: a second verb stays on the noun unless it chains (新增培育)
    ("组建帮办代办专班不少于12个。", ("帮办代办专班", 12.0, "个", "at_least", "goal", "comparator"), "帮办代办专班不少于12个"),
    ("新增开放数据接口300个。", ("开放数据接口", 300.0, "个", "increase", "goal", "bare_value"), "开放数据接口300个"),
    ("新增培育数字经济企业800家。", ("数字经济企业", 800.0, "家", "increase", "goal", "bare_value"), "数字经济企业800家"),
    # 接入 is a verb of commitment
    ("接入公共充电桩2万个。", ("公共充电桩", 2.0, "万个", "equal", "goal", "bare_value"), "公共充电桩2万个"),
    # a fund set up at a size (设立规模): the fund after 的, a goal
    ("由区属国企出资设立规模3亿元的人才发展基金。", ("人才发展基金", 3.0, "亿元", "equal", "goal", "value_first"), "设立规模3亿元的人才发展基金"),
    # scale (GOAL_TOTALS): a voucher volume is a total the government commits
    ("市区两级提供科技创新券规模不少于5亿元。", ("科技创新券规模", 5.0, "亿元", "at_least", "goal", "comparator"), "科技创新券规模不少于5亿元"),
    # a relative clause before 的 is no part of the noun after a value
    ("评选20个技术领先并成功推广的典型应用案例。", ("典型应用案例", 20.0, "个", "equal", "goal", "value_first"), "评选20个技术领先并成功推广的典型应用案例"),
    # a verb after the noun that takes an object of its own is the predicate
    ("推动3000家中小企业实施智能化改造。", ("中小企业", 3000.0, "家", "equal", "goal", "value_first"), "3000家中小企业"),
    # an aside restating the value stands between it and its noun
    ("为来访专家提供每年5天（4晚）的免费公寓住宿。", ("免费公寓住宿", 5.0, "天", "equal", "amount", "value_first"), "提供每年5天（4晚）的免费公寓住宿"),
    # a quoted name before the noun modifies it; a name ending in 以及 gives the value to the noun after
    ("提供最长3个月“星火驿站”的临时办公空间。", ("临时办公空间", 3.0, "个月", "at_most", "amount", "value_first"), "提供最长3个月“星火驿站”的临时办公空间"),
    ("免收场地租金以及最长6个月“启航公寓”的过渡性住宿。", ("过渡性住宿", 6.0, "个月", "at_most", "amount", "value_first"), "最长6个月“启航公寓”的过渡性住宿"),
    # PURPOSE: a sum for a purpose names what it funds after 予以 / 给予
    ("市级首期安排5000万元对孵化器、加速器等载体予以运营补助。", ("运营补助", 5000.0, "万元", "equal", "goal", "value_first"), "安排5000万元对孵化器、加速器等载体予以运营补助"),
    # a noun list joined by 或 with a Latin word stays one measured thing
    ("单家企业最高可获得5000元卡时或token免费算力服务。", ("卡时或token免费算力服务", 5000.0, "元", "at_most", "amount", "value_first"), "最高可获得5000元卡时或token免费算力服务"),
    # a support verb (or 「的标准给予」) between the value and the support is skipped
    ("按每人800元给予一次性社保补贴。", ("一次性社保补贴", 800.0, "元", "equal", "amount", "value_first"), "按每人800元给予一次性社保补贴"),
    ("最高500万元的标准给予补助。", ("补助", 500.0, "万元", "at_most", "amount", "value_first"), "最高500万元的标准给予补助"),
    # SUPPORT_PHRASES: the noun after a value runs to its support word
    ("每年给予最高5万元一次性引才补贴。", ("一次性引才补贴", 5.0, "万元", "at_most", "amount", "value_first"), "每年给予最高5万元一次性引才补贴"),
    ("给予最高500万元的投拨联动支持。", ("投拨联动支持", 500.0, "万元", "at_most", "amount", "value_first"), "给予最高500万元的投拨联动支持"),
    ("可享受最高3倍住房公积金贷款上限。", ("住房公积金贷款上限", 3.0, "倍", "at_most", "amount", "value_first"), "享受最高3倍住房公积金贷款上限"),
    # SUPPORT_VERB_NOUN: with no noun after the value, the support verb names the support
    ("单户年度贴息最高10万元。", ("年度贴息", 10.0, "万元", "at_most", "amount", "support_word"), "年度贴息最高10万元"),
    ("单个项目最高资助300万元。", ("资助", 300.0, "万元", "at_most", "amount", "support_word"), "资助300万元"),
    # ITEM_OWN_MEASURE: an item's own measure keeps the item
    ("单个项目投资不超过500万元。", ("项目投资", 500.0, "万元", "at_most", "amount", "comparator"), "项目投资不超过500万元"),
    # measure units of deliveries and aircraft (单, 架)
    ("无人机物流配送量达到100万单。", ("无人机物流配送量", 100.0, "万单", "reach", "goal", "comparator"), "无人机物流配送量达到100万单"),
    ("新增通航飞机20架。", ("通航飞机", 20.0, "架", "increase", "goal", "bare_value"), "通航飞机20架"),
    # 「一次性」 after the support verb holds no value of its own
    ("按每张床位1万元给予一次性建设补助。", ("一次性建设补助", 1.0, "万元", "equal", "amount", "share"), "1万元给予一次性建设补助"),
    # SUBJECT_VERBS: a subject and its verb leave the indicator
    ("支持青年科技人才承担省级科技计划项目200项以上，", ("省级科技计划项目", 200.0, "项", "at_least", "goal", "comparator"), "省级科技计划项目200项以上"),
    # a support after 发放 is no recipient; a sum in 亿 closing its clause is a total (a goal)
    ("发放消费券2亿元。", ("消费券", 2.0, "亿元", "equal", "goal", "bare_value"), "消费券2亿元"),
    # a verb of no table (jieba's tag) and its object closing the clause; 累计 and the verb leave the name
    ("累计改造城中村住房1500户。", ("城中村住房", 1500.0, "户", "total", "goal", "bare_value"), "城中村住房1500户"),
    ("开通城际公交线路12条。", ("城际公交线路", 12.0, "条", "equal", "goal", "bare_value"), "城际公交线路12条"),
    ("引育高层次创新团队30个。", ("高层次创新团队", 30.0, "个", "equal", "goal", "bare_value"), "高层次创新团队30个"),
    # a copula (为) states the figure: equal; per-unit words one after another all leave the name
    ("场地补贴标准为每月每平方米15元。", ("场地补贴标准", 15.0, "元", "equal", "amount", "comparator"), "场地补贴标准为每月每平方米15元"),
    ("免租期为6个月。", ("免租期", 6.0, "个月", "equal", "amount", "comparator"), "免租期为6个月"),
    ("对新开通的货运航线，每架次补贴不超过2万元。", ("补贴", 2.0, "万元", "at_most", "amount", "support_word"), "补贴不超过2万元"),
    # PREDICATE_VERBS: after a noun, 开展 / 提供 begin its predicate
    ("推动50家以上企业开展智能化改造。", ("企业", 50.0, "家", "at_least", "goal", "value_first"), "50家以上企业"),
    ("为500名以上青年教师提供培训经费。", ("青年教师", 500.0, "名", "at_least", "goal", "value_first"), "为500名以上青年教师"),
    # CHAINED_VERBS: 组织开展, 新建改建 leave the noun
    ("组织开展专场招聘活动60场次以上。", ("专场招聘活动", 60.0, "场次", "at_least", "goal", "comparator"), "专场招聘活动60场次以上"),
    ("新建改建乡村道路80公里。", ("乡村道路", 80.0, "公里", "equal", "goal", "bare_value"), "乡村道路80公里"),
    # a sum in 亿 and a count of people or things (COUNT_UNITS) are goals unless a limit caps them
    ("全年新增普惠涉农贷款8亿元以上。", ("普惠涉农贷款", 8.0, "亿元", "at_least", "goal", "comparator"), "普惠涉农贷款8亿元以上"),
    ("扶持返乡创业1200人。", ("返乡创业", 1200.0, "人", "equal", "goal", "bare_value"), "返乡创业1200人"),
    ("单个项目最高支持1亿元。", ("支持", 1.0, "亿元", "at_most", "amount", "support_word"), "支持1亿元"),
    # before a comparator only a verb of the tables leaves the name (jieba tags 认知 a verb)
    ("认知障碍照护床位不少于1000张。", ("认知障碍照护床位", 1000.0, "张", "at_least", "goal", "comparator"), "认知障碍照护床位不少于1000张"),
    ("聘请社会监督员不少于30名。", ("社会监督员", 30.0, "名", "at_least", "goal", "comparator"), "社会监督员不少于30名"),
    # a per-unit standard (每餐, 每辆…) before 的标准给予 is no condition
    ("对开展助餐服务的机构，按每餐4元的标准给予助餐补贴。", ("助餐补贴", 4.0, "元", "equal", "amount", "value_first"), "按每餐4元的标准给予助餐补贴"),
    ("以旧换新补贴标准为成交价格的10%。", ("以旧换新补贴标准", 10.0, "%", "equal", "amount", "comparator"), "以旧换新补贴标准为成交价格的10%"),
    # 一 after a limit and its verb is a value; a support's 政策 is the support
    ("交通补贴政策每人每年只享受一次。", ("交通补贴", 1.0, "次", "at_most", "amount", "comparator"), "交通补贴政策每人每年只享受一次"),
]

# LIST_ITEM_RULES: a further 「、name value」 item after a target, 累计 / 新增 carried, a limit word not
LIST_ITEMS = [
    ("累计建成智慧工地20个、数字车间100个。", [("智慧工地", 20.0, "个", "total", "goal", "bare_value"), ("数字车间", 100.0, "个", "total", "goal", "list_item")], ["智慧工地20个", "数字车间100个"]),
    ("全县新增市场主体3000户、个体工商户2000户。", [("市场主体", 3000.0, "户", "increase", "goal", "bare_value"), ("个体工商户", 2000.0, "户", "increase", "goal", "list_item")], ["市场主体3000户", "个体工商户2000户"]),
    ("培育专精特新企业超300家、小巨人企业30家。", [("专精特新企业", 300.0, "家", "at_least", "goal", "comparator"), ("小巨人企业", 30.0, "家", "equal", "goal", "list_item")], ["专精特新企业超300家", "小巨人企业30家"]),
]


def _fields(target):
    return (target.indicator, target.value, target.unit, target.comparator, target.kind, target.rule)


@pytest.mark.parametrize(("sentence", "want", "surface"), ROUND3)
def test_round3_rule(sentence, want, surface):
    [target] = find_targets(sentence)
    assert _fields(target) == want
    assert sentence[target.start : target.end] == surface


@pytest.mark.parametrize(("sentence", "want", "surfaces"), LIST_ITEMS)
def test_list_item(sentence, want, surfaces):
    targets = find_targets(sentence)
    assert [_fields(t) for t in targets] == want
    assert [sentence[t.start : t.end] for t in targets] == surfaces


@pytest.mark.parametrize(
    "sentence",
    [
        "对年营收2000万元以上、员工50人以上的企业给予奖励。",  # conditions stay conditions in a list
        "对35岁以下、工作3年以上的青年人才给予支持。",
        "为入驻企业提供24小时“不间断”服务。",  # opening hours, not a granted duration
        "为企业提供7天无理由退换服务。",
        "申请人须连续缴纳社会保险满12个月。",  # a verb-led clause of conditions stays none
        "企业注册资本500万元。",
    ],
)
def test_listed_conditions_are_no_targets(sentence):
    assert find_targets(sentence) == []


def test_recipient_between_verb_and_support_is_dropped():
    """RECIPIENT_HEAD: 「给予被投企业股权投资奖励」 names the support 股权投资奖励, here and for the next clause."""
    sentence = "按实际投资额的30%，给予被投企业股权投资奖励，单个项目不超过500万元。"
    got = [_fields(t) for t in find_targets(sentence)]
    assert got == [
        ("股权投资奖励", 30.0, "%", "equal", "amount", "share"),
        ("股权投资奖励", 500.0, "万元", "at_most", "amount", "comparator"),
    ]


def test_next_clause_takes_the_shared_noun_of_a_list():
    """A duration in the next clause sizes the list's support, not its last member's composite name."""
    sentence = "博士、硕士分别给予每月3000元、2000元生活补贴，最长发放24个月。"
    assert [t.indicator for t in find_targets(sentence)] == ["博士生活补贴", "硕士生活补贴", "生活补贴"]
    assert _fields(find_targets(sentence)[-1]) == ("生活补贴", 24.0, "个月", "at_most", "amount", "support_duration")


def test_a_value_joined_by_he_keeps_its_noun_after_de():
    """「…的项目资助和30万元的安家补贴」: the 的 after a value joined to a granted one is no condition."""
    got = [(t.indicator, t.value, t.unit, t.kind, t.rule) for t in find_targets("入选人才可获得最高100万元的项目资助和30万元的安家补贴。")]
    assert got == [("项目资助", 100.0, "万元", "amount", "value_first"), ("安家补贴", 30.0, "万元", "amount", "value_first")]


def test_a_per_capita_subject_stays():
    """拥有 is no SUBJECT_VERBS entry: a per-capita indicator keeps its subject."""
    assert [t.indicator for t in find_targets("每千名老年人拥有养老护理员数量不少于5人。")] == ["每千名老年人拥有养老护理员数量"]


def test_two_limit_words_are_one_limit():
    """「最长不超过30天」: the duration sizes the support named before it, not a word 「最长」."""
    got = [_fields(t) for t in find_targets("按每人每天80元标准给予交通补贴，最长不超过20天。")]
    assert got == [("交通补贴", 80.0, "元", "equal", "amount", "value_first"), ("交通补贴", 20.0, "天", "at_most", "amount", "comparator")]


def test_a_support_duration_after_its_verb_sizes_the_support_before():
    """「…的生活资助，连续资助3年」: the duration of the support named before; 期限 is a support's term."""
    got = [_fields(t) for t in find_targets("给予入选者每人每年8万元的生活资助，连续资助2年。")]
    assert got == [("生活资助", 8.0, "万元", "equal", "amount", "value_first"), ("生活资助", 2.0, "年", "equal", "amount", "support_duration")]
    got = [_fields(t) for t in find_targets("给予每人每月300元的交通补贴，期限不超过2年。")]
    assert got[-1] == ("期限", 2.0, "年", "at_most", "amount", "comparator")


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("全县基本公共服务清单覆盖率、落实率均达到100%。", [("基本公共服务清单覆盖率", 100.0), ("基本公共服务清单落实率", 100.0)]),
        ("县乡村三级物流站点覆盖率、快递进村率均达到90%以上。", [("县乡村三级物流站点覆盖率", 90.0), ("快递进村率", 90.0)]),
    ],
)
def test_one_value_for_every_name_with_jun(sentence, want):
    """ALL_OF: 「A、B均达到…」 gives every name the value; a short later name takes the first's qualifier."""
    targets = find_targets(sentence)
    assert [(t.indicator, t.value) for t in targets] == want
    assert {t.rule for t in targets} == {"respectively"}


def test_a_duration_after_recipients_sizes_the_support_named_before():
    """「博士每月2000元、硕士每月1000元，最长可享2年」: the duration belongs to the paragraph's last
    support (租房补贴), not to the last recipient (硕士)."""
    sentence = "认定后即可享受相应层级的租房补贴：最高每月3000元，最长连续支持3年。博士每月2000元、硕士每月1000元，最长可享2年。"
    assert [(t.indicator, t.value, t.unit) for t in find_targets(sentence)] == [
        ("租房补贴", 3000.0, "元"),
        ("租房补贴", 3.0, "年"),
        ("博士", 2000.0, "元"),
        ("硕士", 1000.0, "元"),
        ("租房补贴", 2.0, "年"),
    ]


# Rules of the fourth round (issue 11, causes grouped from held-out round 2), each on sentences
# written for the test: (sentence, (indicator, value, unit, comparator, kind, rule), span as text).
ROUND4 = [
    # CN_COUNT_AT_END: a Chinese numeral with its measure word closing the clause counts the noun before it
    ("建成乡镇综合文化站八个。", ("乡镇综合文化站", 8.0, "个", "equal", "goal", "bare_value"), "乡镇综合文化站八个"),
    ("开通城乡公交专线十二条以上，", ("城乡公交专线", 12.0, "条", "at_least", "goal", "comparator"), "城乡公交专线十二条以上"),
    # CHAINED_VERBS: 改造提升 leaves the noun
    ("改造提升农贸市场三个。", ("农贸市场", 3.0, "个", "equal", "goal", "bare_value"), "农贸市场三个"),
    # TALLY_START 每年 and TABLE_VERB_START 新设 / 新培育 / 安排 leave the name
    ("每年培训家政服务员不少于5000人次。", ("家政服务员", 5000.0, "人次", "at_least", "goal", "comparator"), "家政服务员不少于5000人次"),
    ("新设公益性岗位不少于300个。", ("公益性岗位", 300.0, "个", "at_least", "goal", "comparator"), "公益性岗位不少于300个"),
    ("新培育诚信经营示范店不少于80家。", ("诚信经营示范店", 80.0, "家", "at_least", "goal", "comparator"), "诚信经营示范店不少于80家"),
    ("安排乡村人才振兴专项资金不少于3000万元。", ("乡村人才振兴专项资金", 3000.0, "万元", "at_least", "goal", "comparator"), "乡村人才振兴专项资金不少于3000万元"),
    # GOAL_VERB_NOUNS: 培训 after a noun, before a comparator, is the measured thing
    ("开展家政技能培训不少于5000人次。", ("家政技能培训", 5000.0, "人次", "at_least", "goal", "verb_noun"), "家政技能培训不少于5000人次"),
    # NAME_LEADS: examples before 等, a condition clause with a number, a container 「…库中」, an age limit
    ("打造“星火巷”“月光里”等夜间消费集聚区6个以上。", ("夜间消费集聚区", 6.0, "个", "at_least", "goal", "comparator"), "夜间消费集聚区6个以上"),
    ("年营业收入2000万元以上的商贸企业不少于40家。", ("商贸企业", 40.0, "家", "at_least", "goal", "comparator"), "商贸企业不少于40家"),
    ("省级人才库中女性专家占比达到30%以上。", ("女性专家占比", 30.0, "%", "at_least", "goal", "comparator"), "女性专家占比达到30%以上"),
    ("市级科技计划项目中由35周岁以下青年人才担任负责人的比例不低于40%。", ("青年人才担任负责人的比例", 40.0, "%", "at_least", "goal", "comparator"), "青年人才担任负责人的比例不低于40%"),
    # …but examples before a rate of them stay: the rate measures those examples
    ("智能家居、可穿戴设备等产品普及率超60%。", ("智能家居、可穿戴设备等产品普及率", 60.0, "%", "at_least", "goal", "comparator"), "智能家居、可穿戴设备等产品普及率超60%"),
    ("同等条件下优先采购数量达到50家。", ("同等条件下优先采购数量", 50.0, "家", "reach", "goal", "comparator"), "同等条件下优先采购数量达到50家"),
    # service_number: a five-digit hotline number names the measured thing; 按期 is no share's 按
    ("12345热线工单按期办结率保持在95%以上。", ("12345热线工单按期办结率", 95.0, "%", "at_least", "goal", "comparator"), "12345热线工单按期办结率保持在95%以上"),
    # LEADING_FILLER: a month's or a quarter's deadline before the verb is no part of the name
    ("2027年6月底前新建充电桩800个。", ("充电桩", 800.0, "个", "equal", "goal", "bare_value"), "充电桩800个"),
    ("2026年第三季度前完成新建污水管网12公里。", ("污水管网", 12.0, "公里", "equal", "goal", "bare_value"), "污水管网12公里"),
    # FUND_ATTRIBUTES: a size named by the bare word is the fund's, named in the clause before (首期规模 is named so: session 20)
    ("设立人才发展基金，规模5亿元。", ("人才发展基金", 5.0, "亿元", "equal", "goal", "bare_value"), "规模5亿元"),
    # sum_total (GOAL_TOTALS): a stated total is a goal
    ("全年文旅消费券总额不少于3000万元。", ("文旅消费券总额", 3000.0, "万元", "at_least", "goal", "comparator"), "文旅消费券总额不少于3000万元"),
    # PER_UNIT: 单张, and whoever stands between 单家 and 年度
    ("单张优惠券面额最高100元。", ("优惠券面额", 100.0, "元", "at_most", "amount", "comparator"), "优惠券面额最高100元"),
    ("单家旅游企业年度奖励最高50万元。", ("年度奖励", 50.0, "万元", "at_most", "amount", "support_word"), "年度奖励最高50万元"),
    # PER_BENEFICIARY_LEADS and ITEM_OWN_MEASURE: one item's 投资额 capped by a share of a fund is an amount
    ("单个项目投资额原则上不超过子基金规模的20%。", ("项目投资额", 20.0, "%", "at_most", "amount", "comparator"), "项目投资额原则上不超过子基金规模的20%"),
    ("单笔贷款贴息比例不超过贷款额的40%。", ("贷款贴息比例", 40.0, "%", "at_most", "amount", "comparator"), "贷款贴息比例不超过贷款额的40%"),
    # TRAILING_FILLER: 在上年基础上 / 比上年 say the base, not the measured thing
    ("技术合同成交额在上年基础上增长15%。", ("技术合同成交额", 15.0, "%", "increase", "goal", "comparator"), "技术合同成交额在上年基础上增长15%"),
    # SUPPORT_VERB 列支: a share sizes what is paid out of it
    ("可按不超过项目经费的10%列支绩效支出。", ("绩效支出", 10.0, "%", "at_most", "amount", "share"), "不超过项目经费的10%列支绩效支出"),
    # region (SCOPES): a scope before an industry's size leaves it too
    ("全市数字经济产业规模突破500亿元。", ("数字经济产业规模", 500.0, "亿元", "at_least", "goal", "comparator"), "数字经济产业规模突破500亿元"),
    # 控制在 keeps a level (reach) and 左右 after it makes it approx; a payment share is an amount
    ("医保基金支付比例控制在60%左右。", ("医保基金支付比例", 60.0, "%", "approx", "amount", "comparator"), "医保基金支付比例控制在60%左右"),
    ("城镇调查失业率控制在5.5%以内。", ("城镇调查失业率", 5.5, "%", "at_most", "goal", "comparator"), "城镇调查失业率控制在5.5%以内"),
    # SUPPORT_CAP: a support's total under a limit is one beneficiary's
    ("一次性创业补贴总额不超过2万元。", ("一次性创业补贴总额", 2.0, "万元", "at_most", "amount", "comparator"), "一次性创业补贴总额不超过2万元"),
    # BENCHMARK: a county's average and 「各项…平均增速」 are benchmarks
    ("农村居民人均可支配收入增速高于全县平均水平。", ("农村居民人均可支配收入增速", None, "", "at_least", "goal", "benchmark"), "农村居民人均可支配收入增速高于全县平均水平"),
    ("推动普惠小微贷款增速不低于各项贷款平均增速。", ("普惠小微贷款增速", None, "", "at_least", "goal", "benchmark"), "普惠小微贷款增速不低于各项贷款平均增速"),
    # 建成区 is a noun, not the verb 建成
    ("建成区绿地率达到40%。", ("建成区绿地率", 40.0, "%", "reach", "goal", "comparator"), "建成区绿地率达到40%"),
    # INCREASE_OF_SIZE: 新增 before an area states its increase; 新增建设用地 stays a name
    ("新增油菜种植面积3万亩。", ("油菜种植面积", 3.0, "万亩", "increase", "goal", "bare_value"), "油菜种植面积3万亩"),
    ("新增建设用地控制在500公顷以内。", ("新增建设用地", 500.0, "公顷", "at_most", "goal", "comparator"), "新增建设用地控制在500公顷以内"),
    # ONE_COUNTED: 「…一个」 closing a clause counts one (「…一批」 does not)
    ("创建国家级农业产业强镇一个。", ("国家级农业产业强镇", 1.0, "个", "equal", "goal", "bare_value"), "国家级农业产业强镇一个"),
    # LEADING_FILLER: a period before the verb (the task's deadline) is no part of the name; 新培育 leads a name
    ("力争3年内培育隐形冠军企业15家。", ("隐形冠军企业", 15.0, "家", "equal", "goal", "bare_value"), "隐形冠军企业15家"),
    ("两年内新建公共充电桩500个。", ("公共充电桩", 500.0, "个", "equal", "goal", "bare_value"), "公共充电桩500个"),
    ("新培育省级专精特新企业80家。", ("省级专精特新企业", 80.0, "家", "equal", "goal", "bare_value"), "省级专精特新企业80家"),
    # 新改建 / 改扩建 lead a bare value's name and leave it; 单项冠军 is no per-item quantifier
    ("新改建农村公路120公里。", ("农村公路", 120.0, "公里", "equal", "goal", "bare_value"), "农村公路120公里"),
    ("培育制造业单项冠军企业15家。", ("制造业单项冠军企业", 15.0, "家", "equal", "goal", "bare_value"), "制造业单项冠军企业15家"),
    # 一次性 before a support verb naming the support is part of its name, as after 给予
    ("对获评市级以上示范社区的，一次性奖励30万元。", ("一次性奖励", 30.0, "万元", "equal", "amount", "support_word"), "一次性奖励30万元"),
]


def test_one_batch_closing_a_clause_is_no_count():
    assert find_targets("建设省级示范园区一批。") == []


def test_a_part_in_an_of_which_clause():
    """OF_WHICH: 「，其中…」 after a figure names a part of it, of the same kind."""
    got = [_fields(t) for t in find_targets("引进高层次人才500名以上，其中顶尖人才10名。")]
    assert got == [("高层次人才", 500.0, "名", "at_least", "goal", "comparator"), ("顶尖人才", 10.0, "名", "equal", "goal", "part_of")]


def test_recipients_after_a_verb_and_a_support_verb_listing_values():
    """RECIPIENT_LISTS: a verb before the first recipient leaves it (获评, 获得); a support verb's values
    listed after it (「分别奖励100万元、50万元」) are the same support's."""
    got = [(t.indicator, t.value) for t in find_targets("对新获评国家级、省级技能大师工作室的，分别给予20万元、10万元一次性资助。")]
    assert got == [("国家级技能大师工作室一次性资助", 20.0), ("省级技能大师工作室一次性资助", 10.0)]
    got = [(t.indicator, t.value) for t in find_targets("对获得省科技进步一等奖、二等奖的，分别奖励50万元、20万元。")]
    assert got == [("省科技进步一等奖奖励", 50.0), ("二等奖奖励", 20.0)]


def test_a_condition_clause_before_the_support_is_no_target():
    """condition_clause (refuse.py): 「…增长20%以上的，给予…」 says who is rewarded; the reward is the target."""
    got = [_fields(t) for t in find_targets("对规模以上工业企业，当年销售额增长20%以上的，给予最高30万元奖励。")]
    assert got == [("奖励", 30.0, "万元", "at_most", "amount", "value_first")]

# PART_ASIDES: a 「（其中…）」 aside names a part of the figure before it, a target of the same kind
PARTS = [
    ("新建污水管网20公里（其中雨污分流管网8公里）。", [("污水管网", 20.0, "公里", "equal", "goal", "bare_value"), ("雨污分流管网", 8.0, "公里", "equal", "goal", "part_of")]),
    ("每项资助30万元（其中直接经费25万元）。", [("资助", 30.0, "万元", "equal", "amount", "support_word"), ("直接经费", 25.0, "万元", "equal", "amount", "part_of")]),
    ("女性专家占比不低于30%（其中青年女性专家不低于10%）。", [("女性专家占比", 30.0, "%", "at_least", "goal", "comparator"), ("青年女性专家", 10.0, "%", "at_least", "goal", "comparator")]),
]


@pytest.mark.parametrize(("sentence", "want"), PARTS)
def test_a_part_in_an_aside(sentence, want):
    assert [_fields(t) for t in find_targets(sentence)] == want


def test_an_aside_of_no_part_stays_an_aside():
    """Only 「（其中…）」 asides are read: 「（含税）」, 「（*为待省分解下达目标）」 hold no target."""
    assert [(t.indicator, t.value) for t in find_targets("新建污水管网20公里（按2025年口径8公里）。")] == [("污水管网", 20.0)]

# RECIPIENT_LISTS: a clause opening with 分别 pairs its values with the recipients listed in the clause
# before; a support named after 给予 keeps its name for the values listed after it.
RECIPIENTS = [
    ("对新认定的国家级、省级专精特新企业，分别给予一次性奖励30万元、10万元。", [("国家级专精特新企业一次性奖励", 30.0), ("省级专精特新企业一次性奖励", 10.0)]),
    ("对引进的数字经济领域A类、B类、C类人才，分别给予最高80万元、60万元、40万元的购房补贴。", [("A类人才购房补贴", 80.0), ("B类人才购房补贴", 60.0), ("C类人才购房补贴", 40.0)]),
    ("对取得省级颁发的甲级资质证书、乙级资质证书的企业，分别给予一次性奖励80万元、40万元。", [("甲级资质证书一次性奖励", 80.0), ("乙级资质证书一次性奖励", 40.0)]),
    ("给予一次性奖励80万元、40万元。", [("一次性奖励", 80.0), ("一次性奖励", 40.0)]),
]


@pytest.mark.parametrize(("sentence", "want"), RECIPIENTS)
def test_recipients_before_a_respectively_clause(sentence, want):
    targets = find_targets(sentence)
    assert [(t.indicator, t.value) for t in targets] == want
    assert {(t.unit, t.kind) for t in targets} == {("万元", "amount")}


@pytest.mark.parametrize(("sentence", "want", "surface"), ROUND4)
def test_round4_rule(sentence, want, surface):
    [target] = find_targets(sentence)
    assert _fields(target) == want
    assert sentence[target.start : target.end] == surface


@pytest.mark.parametrize("sentence", ["坚持两个毫不动摇，落实三个到位。", "实现“两个全覆盖”。"])
def test_a_numeral_inside_prose_is_no_count(sentence):
    """CN_COUNT_AT_END only: a Chinese numeral followed by its noun is a word of the prose."""
    assert find_targets(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("对入选的创业项目，给予3万元至10万元资助。", ("资助", None, "万元", (3.0, 10.0), "amount")),
        ("生活补贴标准为每人每月800元至1500元。", ("生活补贴标准", None, "元", (800.0, 1500.0), "amount")),
        ("给予企业1至2年过渡期。", ("过渡期", None, "年", (1.0, 2.0), "amount")),
    ],
)
def test_a_range_written_with_zhi(sentence, want):
    """VALUE: 「3万元至10万元」 is one range (no value, its two ends), as 「7%—10%」 is."""
    [target] = find_targets(sentence)
    assert (target.indicator, target.value, target.unit, target.range, target.kind) == want


def test_a_reported_count_is_no_target():
    """REPORTED_FACTS: 「全市现有…」 states what is, not what is promised."""
    assert find_targets("全市现有社区食堂120家。") == []
    assert [t.indicator for t in find_targets("全市现有社区食堂120家，到2027年新建社区食堂50家。")] == ["社区食堂"]


def test_a_baseline_in_working_days():
    """BASELINE: 「由20个工作日压缩至5个工作日」 — 20 is the baseline, not part of the name."""
    [target] = find_targets("企业开办时间由5个工作日压缩至1个工作日。")
    assert (target.indicator, target.value, target.unit, target.baseline, target.comparator) == ("企业开办时间", 1.0, "个工作日", 5.0, "reach")


def test_respectively_values_joined_by_he_and_each():
    """「分别增长7%和8%」 pairs both values; ALL_OF 各: 「国家级、省级示范基地各1个」 gives each name the value."""
    got = [(t.indicator, t.value) for t in find_targets("社会消费品零售总额、进出口总额分别增长6%和9%。")]
    assert got == [("社会消费品零售总额", 6.0), ("进出口总额", 9.0)]
    got = [(t.indicator, t.value, t.unit, t.rule) for t in find_targets("创建国家级、省级现代农业园区各2个。")]
    assert got == [("国家级现代农业园区", 2.0, "个", "respectively"), ("省级现代农业园区", 2.0, "个", "respectively")]


@pytest.mark.parametrize(
    "sentence",
    ["一、二、三等奖分别奖励10万元、5万元、2万元。", "对获得一、二、三等奖的项目，分别给予10万元、5万元、2万元奖励。"],
)
def test_an_ordinal_list_of_prizes(sentence):
    """ORDINAL_LIST: 「一、二、三等奖」 names 一等奖, 二等奖, 三等奖 (not item labels), each with its value."""
    got = [(t.indicator, t.value, t.kind) for t in find_targets(sentence)]
    assert got == [("一等奖奖励", 10.0, "amount"), ("二等奖奖励", 5.0, "amount"), ("三等奖奖励", 2.0, "amount")]



# Rules of the fifth round (issue 11), each on sentences written for the test: (sentence, (indicator,
# value, unit, comparator, kind, rule), the target's span as text).
ROUND5 = [
    # BASELINE_YEAR: 较 / 在…基础上 name the year measured from, not part of the indicator
    ("单位产值能耗较2024年下降8%。", ("单位产值能耗", 8.0, "%", "decrease", "goal", "comparator"), "单位产值能耗较2024年下降8%"),
    ("门诊预约率在2024年基础上提高10个百分点。", ("门诊预约率", 10.0, "个百分点", "increase", "goal", "comparator"), "门诊预约率在2024年基础上提高10个百分点"),
    # MEASURE_UNITS: 分钟, 升, 年一遇, 类
    ("消防救援到场时间控制在15分钟以内。", ("消防救援到场时间", 15.0, "分钟", "at_most", "goal", "comparator"), "消防救援到场时间控制在15分钟以内"),
    ("城区排涝标准提高到20年一遇。", ("城区排涝标准", 20.0, "年一遇", "reach", "goal", "comparator"), "城区排涝标准提高到20年一遇"),
    ("提供8类以上康复服务项目。", ("康复服务项目", 8.0, "类", "at_least", "goal", "value_first"), "提供8类以上康复服务项目"),
    # ACTION_VERBS: a verb of doing opening the name is no part of the measured thing
    ("招录社区工作者不少于300名。", ("社区工作者", 300.0, "名", "at_least", "goal", "comparator"), "社区工作者不少于300名"),
    ("铺设燃气管网80公里以上。", ("燃气管网", 80.0, "公里", "at_least", "goal", "comparator"), "燃气管网80公里以上"),
    ("整治黑臭水体面积12平方公里。", ("黑臭水体面积", 12.0, "平方公里", "equal", "goal", "bare_value"), "黑臭水体面积12平方公里"),
    ("新建和改造排水管网35公里。", ("排水管网", 35.0, "公里", "equal", "goal", "bare_value"), "排水管网35公里"),
    ("修复面积不少于300公顷。", ("修复面积", 300.0, "公顷", "at_least", "goal", "comparator"), "修复面积不少于300公顷"),
    # ...and a name ending in one gives the value to the noun after it (以上 between a grade and a noun stays)
    ("三级医院每年下派不少于50名副高以上职称医师。", ("副高以上职称医师", 50.0, "名", "at_least", "goal", "value_first"), "不少于50名副高以上职称医师"),
    # ACTING_SUBJECTS: an institution or a place doing the verb is no part of the name
    # (kind amount since round 26: staff a class of hospital is equipped with is its standard, facility_kinds.STAFF_EQUIPPED)
    ("二级以上医院配备专职感控人员不少于3名。", ("专职感控人员", 3.0, "名", "at_least", "amount", "comparator"), "专职感控人员不少于3名"),
    ("在乡镇和街道建成退役军人服务站不少于40个。", ("退役军人服务站", 40.0, "个", "at_least", "goal", "comparator"), "退役军人服务站不少于40个"),
    ("担保机构每年用于小微企业的担保额度不低于20亿元。", ("担保额度", 20.0, "亿元", "at_least", "goal", "comparator"), "担保额度不低于20亿元"),
    # towards_whom: 「对…的」 before the noun says of whom, not what is measured
    ("对同一企业的现场检查次数减少40%。", ("现场检查次数", 40.0, "%", "decrease", "goal", "comparator"), "现场检查次数减少40%"),
    # SUBJECT_VERBS 获得: what a subject gets is the measured thing
    ("单个孵化项目获得天使投资最高不超过200万元。", ("天使投资", 200.0, "万元", "at_most", "amount", "comparator"), "天使投资最高不超过200万元"),
    # PER_UNIT and each_member: what each member must have or gets is an amount, the member off the name
    ("每支救援队伍人数不少于20人。", ("救援队伍人数", 20.0, "人", "at_least", "amount", "comparator"), "救援队伍人数不少于20人"),
    ("每人培训时间不少于40小时。", ("培训时间", 40.0, "小时", "at_least", "amount", "comparator"), "培训时间不少于40小时"),
    ("单个储水窖补助不超过5000元。", ("补助", 5000.0, "元", "at_most", "amount", "support_word"), "补助不超过5000元"),
    # SUPPORT_VERB 安排 after 标准: the support named after it
    ("按每所学校每年不少于10万元的标准安排运行经费。", ("运行经费", 10.0, "万元", "at_least", "amount", "share"), "每年不少于10万元的标准安排运行经费"),
]


@pytest.mark.parametrize(("sentence", "want", "span"), ROUND5)
def test_round5_rule(sentence, want, span):
    [target] = find_targets(sentence)
    assert (target.indicator, target.value, target.unit, target.comparator, target.kind, target.rule) == want
    assert sentence[target.start : target.end] == span


@pytest.mark.parametrize("sentence", ["按风险等级分为三类。", "出口企业划分为四类。"])
def test_a_count_of_classes_is_no_target(sentence):
    """CATEGORY_COUNTS: 「分为三类」 counts the classes of a scheme."""
    assert find_targets(sentence) == []


# 分别 lists of the fifth round: (sentence, [(indicator, value)])
RESPECTIVELY5 = [
    # MEMBER_ENDS: the measured thing after the last listed member is every member's
    ("县医院、乡镇卫生院床位使用率分别达到85%、60%。", [("县医院床位使用率", 85.0), ("乡镇卫生院床位使用率", 60.0)]),
    ("孕产妇、0至6岁儿童健康管理率分别不低于90%、92%。", [("孕产妇儿童健康管理率", 90.0), ("0至6岁儿童健康管理率", 92.0)]),
    # a whole indicator listed after a long first name: no category is cut from the first
    ("农村劳动力转移就业人数、工资性收入分别增长4%、6%。", [("农村劳动力转移就业人数", 4.0), ("工资性收入", 6.0)]),
    # ATTRIBUTE_TAILS: the levels name the recipients, not the schooling or certificate they hold
    ("按博士、硕士、本科学历分别给予3万元、2万元、1万元的安家补贴。", [("博士安家补贴", 3.0), ("硕士安家补贴", 2.0), ("本科安家补贴", 1.0)]),
    ("对取得中级工、高级工职业资格证书的，分别给予800元、1200元的技能提升补贴。", [("中级工技能提升补贴", 800.0), ("高级工技能提升补贴", 1200.0)]),
    # recipients up to 16 characters, quote marks not counted
    ("对新认定的国家级“单项冠军”示范企业、省级制造业单项冠军企业，分别给予一次性奖励100万元、50万元。", [("国家级“单项冠军”示范企业一次性奖励", 100.0), ("省级制造业单项冠军企业一次性奖励", 50.0)]),
]


@pytest.mark.parametrize(("sentence", "want"), RESPECTIVELY5)
def test_round5_respectively(sentence, want):
    assert [(t.indicator, t.value) for t in find_targets(sentence)] == want


# Lists and caps of development round 5's reading: (sentence, [(indicator, value, comparator)])
LISTS5 = [
    # a 分别 predicate (its verb of commitment off) is every listed name's; a third value is paired, not a target of its own
    ("省道、县道、乡道分别完成改造30公里、80公里、150公里。", [("省道改造", 30.0, "equal"), ("县道改造", 80.0, "equal"), ("乡道改造", 150.0, "equal")]),
    # names as long as the last one's qualifier, with its last character: the rest is the shared head
    ("县道、乡道、村道列养率分别达到100%、95%、90%。", [("县道列养率", 100.0, "reach"), ("乡道列养率", 95.0, "reach"), ("村道列养率", 90.0, "reach")]),
    # LIST_LIMITS: 左右 after the last value rounds every value of the list (the head 日均班次 is both names': the member 农村客运 is as long as 城乡公交)
    ("城乡公交、农村客运日均班次分别达到300班次、500班次左右。", [("城乡公交日均班次", 300.0, "approx"), ("农村客运日均班次", 500.0, "approx")]),
    # PER_UNIT_NAMES: a name that is only a per-unit quantifier caps the support named before it
    ("按检测费用的40%给予补助，单个产品最高3万元，每家企业每年最高15万元。", [("补助", 40.0, "equal"), ("补助", 3.0, "at_most"), ("补助", 15.0, "at_most")]),
    # RATE_BASES and CURRENCY_GLOSSES: 「每增长1美元」 is a rate's base, 人民币 the currency of the sum
    ("每增长1美元奖励0.03元人民币，单家企业最高50万元。", [("奖励", 0.03, "equal"), ("奖励", 50.0, "at_most")]),
    # WHO_CLAUSES: thresholds in a 「对…的企业」 clause are conditions and name no recipients
    ("对年出口额首次突破5000万美元、2000万美元的企业，分别给予30万元、10万元一次性奖励。", [("一次性奖励", 30.0, "equal"), ("一次性奖励", 10.0, "equal")]),
]


@pytest.mark.parametrize(("sentence", "want"), LISTS5)
def test_round5_lists_and_caps(sentence, want):
    assert [(t.indicator, t.value, t.comparator) for t in find_targets(sentence)] == want


@pytest.mark.parametrize("sentence", ["联系电话：0571-87654321。", "服务热线：12345。", "咨询电话：0573-86012345"])
def test_a_contact_number_is_no_target(sentence):
    """CONTACT_NUMBERS: a telephone number is no quantity."""
    assert find_targets(sentence) == []


# Further rules of development round 5's reading: (sentence, [(indicator, value, unit, comparator, kind)])
MORE5 = [
    # SECOND_CONDITIONS and levels: 「…证书并…满2年的」 — the levels name the recipients
    ("对取得初级、中级、高级育婴员职业技能等级证书并连续从业满1年的，分别给予800元、1500元、2500元一次性岗位补贴。",
     [("初级一次性岗位补贴", 800.0, "元", "equal", "amount"), ("中级一次性岗位补贴", 1500.0, "元", "equal", "amount"), ("高级一次性岗位补贴", 2500.0, "元", "equal", "amount")]),
    # RECIPIENT_LISTS: 「评定为…的养老机构」 — the verb with its preposition off, the recipients' noun after 的 not repeated
    ("对新评定为三星级、四星级的养老机构，分别给予10万元、20万元一次性奖励。", [("三星级一次性奖励", 10.0, "万元", "equal", "amount"), ("四星级一次性奖励", 20.0, "万元", "equal", "amount")]),
    # LIST_LIMITS 以内 and a first unit written short
    ("用电、用水报装时间分别压缩至2个、3个工作日以内。", [("用电报装时间", 2.0, "个工作日", "at_most", "goal"), ("用水报装时间", 3.0, "个工作日", "at_most", "goal")]),
    # GOAL_TOTALS fund_floor and service_time, CHANGE_TO_GOALS (but a support brought to a level is an amount)
    ("县级应急物资储备资金不少于300万元。", [("县级应急物资储备资金", 300.0, "万元", "at_least", "goal")]),
    ("惠企资金兑现时间压缩至7个工作日以内。", [("惠企资金兑现时间", 7.0, "个工作日", "at_most", "goal")]),
    ("政府性融资担保机构平均担保费率降至0.8%以下。", [("政府性融资担保机构平均担保费率", 0.8, "%", "at_most", "goal")]),
    ("转型升级为企业的，奖励提高到3万元。", [("奖励", 3.0, "万元", "reach", "amount")]),
    # ACTION_VERBS set_up / stock; after_event; 年底前 before the name; 奖补 named after 给予
    ("新设立家庭照护床位500张。", [("家庭照护床位", 500.0, "张", "equal", "goal")]),
    ("储备防汛物资价值不少于200万元。", [("防汛物资价值", 200.0, "万元", "at_least", "goal")]),
    ("改造后无障碍设施覆盖率不低于90%。", [("无障碍设施覆盖率", 90.0, "%", "at_least", "amount")]),  # a limit after the work: each rebuilt site's standard (round 28, standard_kinds.WORK_OPENERS)
    ("年底前惠企政策事项不少于100项。", [("惠企政策事项", 100.0, "项", "at_least", "goal")]),
    ("对认定的孵化基地给予一次性奖补30万元。", [("一次性奖补", 30.0, "万元", "equal", "amount")]),
    # units 人年, 家次; an age in 周岁 is a condition
    ("全市研发人员总量达到5万人年。", [("研发人员总量", 5.0, "万人年", "reach", "goal")]),
    ("每年服务企业不少于600家次。", [("服务企业", 600.0, "家次", "at_least", "goal")]),
    ("项目负责人年龄不超过45周岁。", []),
    # REACH_LEADS: 实现 before the name of a bare value
    ("实现行政村快递服务覆盖率100%。", [("行政村快递服务覆盖率", 100.0, "%", "reach", "goal")]),
    # INNER_GLOSSES: an abbreviation spelt out inside the noun is off it
    ("培育20家以上AIGC（AI Generated Content）创作工作室。", [("AIGC创作工作室", 20.0, "家", "at_least", "goal")]),
]


@pytest.mark.parametrize(("sentence", "want"), MORE5)
def test_round5_more(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


# The last rules of development round 5's reading: (sentence, [(indicator, value, unit, comparator, kind)])
LAST5 = [
    # 完成 is a verb of commitment: the name before it (verb_last) or the noun after the value
    ("老旧管网改造完成80公里，", [("老旧管网改造", 80.0, "公里", "equal", "goal")]),
    ("2027年完成20所中小学校舍加固，", [("中小学校舍加固", 20.0, "所", "equal", "goal")]),
    ("全面完成50万亩林地确权登记颁证任务。", [("林地确权登记颁证", 50.0, "万亩", "equal", "goal")]),
    ("完成投资5.6亿元。", [("投资", 5.6, "亿元", "equal", "goal")]),
    # 新 before a verb of the tables, 上线 a verb; 各市州 / 区内 scopes off a rate or a time
    ("新引进急需紧缺人才800名，", [("急需紧缺人才", 800.0, "名", "equal", "goal")]),
    ("上线政务服务集成套餐30个。", [("政务服务集成套餐", 30.0, "个", "equal", "goal")]),
    ("各市州科技经费占财政支出的比例不低于2%。", [("科技经费占财政支出的比例", 2.0, "%", "at_least", "goal")]),
    ("区内口岸整体通关时间压缩至6小时以内。", [("口岸整体通关时间", 6.0, "小时", "at_most", "goal")]),
    # a support's 总额 is measured, not a recipient after 奖励; a recipient before a support phrase jieba cut
    ("每家企业每年奖励总额不超过100万元。", [("奖励总额", 100.0, "万元", "at_most", "amount")]),
    ("按其年薪的15%给予用人单位引才奖励。", [("引才奖励", 15.0, "%", "equal", "amount")]),
    # a listed limit carries only over values of the same support
    ("给予最高300万元项目资助和100万元安家补贴。", [("项目资助", 300.0, "万元", "at_most", "amount"), ("安家补贴", 100.0, "万元", "equal", "amount")]),
    # a share of its own base under a limit is what each one must keep: an amount; 一般 is a filler
    ("兼职岗位比例一般不超过岗位总量的10%。", [("兼职岗位比例", 10.0, "%", "at_most", "amount")]),
    # 「的标准配建」: the standard sizes what is built after it
    ("新建小区按每百户不低于30平方米的标准配建社区用房。", [("社区用房", 30.0, "平方米", "at_least", "amount")]),
]


@pytest.mark.parametrize(("sentence", "want"), LAST5)
def test_round5_last(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


# Missed shapes found on development round 5: (sentence, [(indicator, value, unit, comparator, kind)])
MISSED5 = [
    # 满意度 is no eligibility condition (年满 / 满N年 are)
    ("群众满意度不低于90%。", [("群众满意度", 90.0, "%", "at_least", "goal")]),
    # 每年 / 每两年 before a verb and its object closing the clause
    ("每年认定科技型中小企业300家。", [("科技型中小企业", 300.0, "家", "equal", "goal")]),
    ("每两年评选优秀青年教师20名。", [("优秀青年教师", 20.0, "名", "equal", "goal")]),
    # 创建 is a verb of commitment; a list item with 一 as its value
    ("新创建省级文明村镇三个、市级文明村镇一个；", [("省级文明村镇", 3.0, "个", "equal", "goal"), ("市级文明村镇", 1.0, "个", "equal", "goal")]),
    # A级 / 星级: a level reached is a value, a grade before the noun it qualifies is part of a name
    ("物流服务水平达到4A级。", [("物流服务水平", 4.0, "A级", "reach", "goal")]),
    ("新创建国家3A级及以上旅游景区两家。", [("国家3A级及以上旅游景区", 2.0, "家", "equal", "goal")]),
]


@pytest.mark.parametrize(("sentence", "want"), MISSED5)
def test_round5_missed_shapes(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


# Lists of one value and names after jieba's verbs: (sentence, [(indicator, value, unit, comparator, kind)])
EACH5 = [
    # EACH_MEASURES: one rate or time for names listed before it holds for each, the shared head repeated
    ("一般登记、抵押登记办理时间压缩至2个工作日。", [("一般登记办理时间", 2.0, "个工作日", "reach", "goal"), ("抵押登记办理时间", 2.0, "个工作日", "reach", "goal")]),
    # …not where the list says whose measure it is, nor for a count of things listed, nor with 等
    ("一类、二类出口企业平均办理时间压缩至3个工作日以内。", [("一类、二类出口企业平均办理时间", 3.0, "个工作日", "at_most", "goal")]),
    ("建成零工市场、就业驿站不少于800个。", [("零工市场、就业驿站", 800.0, "个", "at_least", "goal")]),
    # a verb of the tables after jieba's verbs (上线, which jieba reads as a noun)
    ("新增上线集成服务套餐30个。", [("集成服务套餐", 30.0, "个", "increase", "goal")]),
    # SUPPORT_PHRASES fund_word: the fund after a value runs to 资金 / 基金
    ("设立规模2亿元的中小企业应急转贷资金，", [("中小企业应急转贷资金", 2.0, "亿元", "equal", "goal")]),
    # a per-unit name holding its own measure (期限) keeps it
    ("单笔转贷期限最长不超过10天。", [("转贷期限", 10.0, "天", "at_most", "amount")]),
]


@pytest.mark.parametrize(("sentence", "want"), EACH5)
def test_round5_each_and_verbs(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


def test_a_share_given_back_measures_its_base():
    """RETURNED_SHARES: 「可返还其上年度实际缴纳失业保险费的50%」 — the base after its verb, an amount; a share
    before 给予 still sizes the support named after it."""
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.rule) for t in find_targets("对不裁员的参保企业，可返还其上年度实际缴纳医疗保险费的40%。")]
    assert got == [("医疗保险费", 40.0, "%", "equal", "amount", "returned_share")]
    got = [(t.indicator, t.rule) for t in find_targets("按企业上年度缴纳失业保险费的60%给予稳岗返还。")]
    assert got == [("稳岗返还", "share")]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("利用闲置厂房举办托育机构的，5年内免收租金。", ("免收租金", 5.0, "年", "at_most", "amount", "granted_period")),
        ("对入驻园区的企业，前三年免收租金，", ("免收租金", 3.0, "年", "equal", "amount", "granted_period")),
    ],
)
def test_a_period_before_a_waiver_is_granted(sentence, want):
    """GRANTED_PERIODS: 「N年内免收租金」 is the waiver's term (at most), 「前N年」 its first years — an
    amount, and no deadline of the task."""
    [target] = find_targets(sentence)
    assert (target.indicator, target.value, target.unit, target.comparator, target.kind, target.rule) == want
    assert find_deadlines(sentence, "2026-01-01") == []


# SUBJECT_THEN_VERBS: a subject, a verb of commitment and its object closing the clause with the value
SUBJECT_VERB5 = [
    ("重点园区新增充电桩2000个，", [("充电桩", 2000.0, "个", "increase", "goal")]),
    ("市级财政安排人才发展专项经费3000万元", [("人才发展专项经费", 3000.0, "万元", "equal", "goal")]),
    ("依托职业院校建设公共实训基地3个", [("公共实训基地", 3.0, "个", "equal", "goal")]),
    # …never where the name is a whole indicator (新增建设用地…率) or says who is meant (的)
    ("新增建设用地土壤环境安全保障率100%", [("新增建设用地土壤环境安全保障率", 100.0, "%", "equal", "goal")]),
    # a count of people trained is a goal, whatever support the training carries
    ("全市每年开展补贴性职业技能培训5万人次左右。", [("补贴性职业技能培训", 5.0, "万人次", "approx", "goal")]),
]


@pytest.mark.parametrize(("sentence", "want"), SUBJECT_VERB5)
def test_round5_subject_then_verb(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


def test_among_the_listed_names():
    """「县道、乡道中三级及以上公路比例」: 中 (among them) is no part of the shared head."""
    got = [(t.indicator, t.value) for t in find_targets("省道、县道中二级及以上公路比例分别达到90%、60%。")]
    assert got == [("省道二级及以上公路比例", 90.0), ("县道二级及以上公路比例", 60.0)]


def test_invest_in_counted_firms_is_a_verb():
    """ACTION_VERBS invest_in: 投资 before the firms a count unit counts is the verb (「投资OPC不少于100家」 →
    OPC); 投资 naming a sum stays (「项目投资」, 「投资额」)."""
    assert [(t.indicator, t.value) for t in find_targets("投资科创企业不少于80家。")] == [("科创企业", 80.0)]
    assert [t.indicator for t in find_targets("投资额不少于2亿元。")] == ["投资额"]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # year_done: a completion year without 到 right before 完成/建成 (「到2026年，完成…」 dates a goal)
        ("2026年完成8所敬老院改造提升。", [("2026年", "date", "2026-12-31")]),
        ("到2026年，完成8所敬老院改造提升。", []),
        # this_year: 年底前 / 年内 before a verb, the notice's year
        ("年底前出台实施细则。", [("年底前", "date", "2026-12-31")]),
        ("年内新增上线服务事项20个。", [("年内", "date", "2026-12-31")]),
        ("两年内培育企业100家。", [("两年内", "period", "2028-03-01")]),
        # recurring: 每两年, 每日 before a verb of doing
        ("每两年开展一次质量评估。", [("每两年", "recurring", None)]),
        ("汛期每日巡查重点路段。", [("每日", "recurring", None)]),
    ],
)
def test_round5_deadline_forms(sentence, want):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")] == want


# The last names and lists of the fifth round: (sentence, [(indicator, value, unit, comparator, kind)])
NAMES5 = [
    # 压缩 without 至 is a decrease
    ("企业开办时间压缩50%以上。", [("企业开办时间", 50.0, "%", "at_least", "goal")]),
    # 「…中」 before a share names the group the share is taken in, and stays with it (round 25: the among_them lead is gone)
    ("市级评审专家中青年专家比例不低于30%。", [("市级评审专家中青年专家比例", 30.0, "%", "at_least", "goal")]),
    ("以工代赈项目劳务报酬占中央资金比例不低于15%。", [("以工代赈项目劳务报酬占中央资金比例", 15.0, "%", "at_least", "amount")]),
    # whose_long: a 「…的」 before a whole measured name of six characters or more
    ("外籍人才及其家属的签证办理时限压缩至3个工作日以内。", [("签证办理时限", 3.0, "个工作日", "at_most", "goal")]),
    ("人才工作经费占一般公共预算支出的比例不低于2%。", [("人才工作经费占一般公共预算支出的比例", 2.0, "%", "at_least", "goal")]),
    # HOLDER_LISTS and 职业资格: the levels obtained name the recipients, without 对
    ("企业职工取得中级工、高级工职业资格的，分别给予600元、1200元技能提升补贴。", [("中级工技能提升补贴", 600.0, "元", "equal", "amount"), ("高级工技能提升补贴", 1200.0, "元", "equal", "amount")]),
]


@pytest.mark.parametrize(("sentence", "want"), NAMES5)
def test_round5_names(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


def test_a_share_in_a_whole_keeps_its_name():
    """among_them leaves 「…中所占的比例」 whole: the whole is part of the measured share."""
    assert [t.indicator for t in find_targets("畜牧业产值在农业总产值中所占的比例达到40%。")] == ["畜牧业产值在农业总产值中所占的比例"]


def test_a_new_things_statistic_keeps_its_name_before_a_rate():
    """NEW_STATISTICS: 「新设经营主体增长10%」 is the growth of 新设经营主体; 「新增培育企业100家」 still counts 企业."""
    assert [t.indicator for t in find_targets("全市新设经营主体增长12%以上。")] == ["新设经营主体"]
    assert [(t.indicator, t.comparator) for t in find_targets("新增培育科技企业100家。")] == [("科技企业", "increase")]


def test_a_support_named_by_its_purpose_keeps_the_purpose():
    """PURPOSE_SUPPORTS: 「每户改造补助标准不超过5000元」 → 改造补助标准 (the 每户 off, 改造 kept)."""
    assert [(t.indicator, t.kind) for t in find_targets("每户改造补助标准不超过8000元。")] == [("改造补助标准", "amount")]


def test_a_verbal_noun_after_a_verb_names_the_thing():
    """leading_verbs: after a cut verb, a verbal noun is a verb only when it chains (新增培育); 「组织开展防汛
    应急演练」 keeps 防汛."""
    assert [t.indicator for t in find_targets("组织开展防汛应急演练不少于3次。")] == ["防汛应急演练"]


# Rules of the sixth round (issue 11), on sentences written for the test.
NAMES6 = [
    # verb_object: a subject or an adverbial, then a verb of the tables or one after the adverbial, then
    # its object closing the name — the object is measured
    ("县农商银行全年发放创业担保贷款不少于2亿元。", [("创业担保贷款", 2.0, "亿元", "at_least", "goal")]),
    ("景区周边新增临时停车泊位500个以上。", [("临时停车泊位", 500.0, "个", "at_least", "goal")]),
    ("市人社局公开招聘社区工作者不少于300名。", [("社区工作者", 300.0, "名", "at_least", "goal")]),
    # …but a negated verb qualifies the noun after it, and a verb after a noun outside the tables may
    # name the thing (照护床位)
    ("未达标城市细颗粒物年均浓度下降8%。", [("未达标城市细颗粒物年均浓度", 8.0, "%", "decrease", "goal")]),
    ("认知障碍照护床位不少于1000张。", [("认知障碍照护床位", 1000.0, "张", "at_least", "goal")]),
    # PER_QUANTIFIER: 单 / 每 and a classifier before a named support is no part of it
    ("对验收合格的，给予每亩一次性补助150元。", [("一次性补助", 150.0, "元", "equal", "amount")]),
    ("对获评的技术能手，给予每人一次性奖励1万元。", [("一次性奖励", 1.0, "万元", "equal", "amount")]),
    # LIMITED_VERBS: a limit word, a verb, then the value and the noun it counts
    ("每个社区食堂至少聘请2名营养师。", [("营养师", 2.0, "名", "at_least", "amount")]),
    # BATCH_WORDS: 首批 / 第一批 between the verb and the value says which batch; the value counts
    ("年底前认定首批10家数字化示范企业。", [("数字化示范企业", 10.0, "家", "equal", "goal")]),
    ("建成第二批6个智慧农业园区。", [("智慧农业园区", 6.0, "个", "equal", "goal")]),
    # 分别 over names joined by 和 / 及, or over a compound's members (COMPOUND_NAMES), each value its own
    ("小麦和玉米单产分别提高3%、5%。", [("小麦单产", 3.0, "%", "increase", "goal"), ("玉米单产", 5.0, "%", "increase", "goal")]),
    ("城乡居民医保参保率分别达到98%、96%。", [("城市居民医保参保率", 98.0, "%", "reach", "goal"), ("农村居民医保参保率", 96.0, "%", "reach", "goal")]),
    ("县乡两级服务网点覆盖率分别达到100%、90%。", [("县级服务网点覆盖率", 100.0, "%", "reach", "goal"), ("乡级服务网点覆盖率", 90.0, "%", "reach", "goal")]),
    # …and one value for names joined by 和 stays one target
    ("化学需氧量和氨氮排放量分别下降10%。", [("化学需氧量和氨氮排放量", 10.0, "%", "decrease", "goal")]),
    # 保持 / 保持在 keep a level already held: equal (a limit word after it wins)
    ("县级应急物资储备规模保持在2000万元。", [("县级应急物资储备规模", 2000.0, "万元", "equal", "goal")]),
    ("农村饮水安全覆盖率保持100%。", [("农村饮水安全覆盖率", 100.0, "%", "equal", "goal")]),
    ("城市生活垃圾无害化处理率保持在98%以上。", [("城市生活垃圾无害化处理率", 98.0, "%", "at_least", "goal")]),
    # VERB_LIST_LINKS: verbs listed before one object all leave it
    ("新建、改扩建乡镇卫生院12所。", [("乡镇卫生院", 12.0, "所", "equal", "goal")]),
    # LEADING_FILLER: a time opening a name says when, not what
    # for_whom (WHO_CLAUSES): a 对…的 clause naming a long list of recipients holds conditions only; the
    # listed recipients, whole names, each name their support
    ("对新入驻且建筑面积不低于500平方米的国际连锁酒店、全国连锁酒店、省级连锁酒店，分别给予一次性奖励40万元、20万元、10万元。",
     [("国际连锁酒店一次性奖励", 40.0, "万元", "equal", "amount"), ("全国连锁酒店一次性奖励", 20.0, "万元", "equal", "amount"), ("省级连锁酒店一次性奖励", 10.0, "万元", "equal", "amount")]),
    # MEASURE_UNITS: lessons (节, 课时) and compute (EFLOPS) are units; 节能 is no unit
    ("开发市级精品课程120节。", [("市级精品课程", 120.0, "节", "equal", "goal")]),
    ("全市智能算力规模达到5EFLOPS以上。", [("智能算力规模", 5.0, "EFLOPS", "at_least", "goal")]),
    # a verb of commitment before one two-character noun leaves it; 新增 before a capacity is its increase
    ("新增床位800张。", [("床位", 800.0, "张", "increase", "goal")]),
    ("新增污水日处理能力2万吨。", [("污水日处理能力", 2.0, "万吨", "increase", "goal")]),
    ("城镇新增就业1.5万人以上。", [("城镇新增就业", 1.5, "万人", "at_least", "goal")]),
    ("孵化企业达到200家。", [("孵化企业", 200.0, "家", "reach", "goal")]),  # before a comparator: a noun phrase
    # a modal (计划, 力争, 确保) between a scope and a verb of the tables: the verb's object is counted
    ("全县计划改造农村危房320户。", [("农村危房", 320.0, "户", "equal", "goal")]),
    # LEADING_FILLER: 「2026年内」 opening a name is its time, 内 included
    ("2026年内建成数字乡村示范村3个。", [("数字乡村示范村", 3.0, "个", "equal", "goal")]),
    # ALL_KINDS_WORDS: 各类 after a verb says which, not what
    ("全年举办各类文化惠民活动不少于200场。", [("文化惠民活动", 200.0, "场", "at_least", "goal")]),
    # INDICATOR_NOUN: a name ending in 时间 / 时长 / 周期 is a whole measure, its verbs kept
    ("新开办企业登记办理时长压缩至1个工作日。", [("新开办企业登记办理时长", 1.0, "个工作日", "reach", "goal")]),
    # COMPARED_WITHS: what a rate of change is measured against is no part of the name
    ("示范田亩产较周边提高8%以上。", [("示范田亩产", 8.0, "%", "at_least", "goal")]),
    ("9月底前签约率达到95%，年底入住率达到80%以上。", [("签约率", 95.0, "%", "reach", "goal"), ("入住率", 80.0, "%", "at_least", "goal")]),
]


@pytest.mark.parametrize(("sentence", "want"), NAMES6)
def test_round6_names(sentence, want):
    assert [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)] == want


DEADLINES6 = [
    # recurring: school terms and a season's or an event's eve after 每 pace a task
    ("每学期开学前组织开展一次食品安全检查。", [("每学期开学前", "recurring", None)]),
    ("每学年开展一次体质健康监测。", [("每学年", "recurring", None)]),
    ("每年汛期前完成排涝设施检修。", [("每年汛期前", "recurring", None)]),
    # month_this_year: a month's end without a year is the notice's year
    ("当年项目9月底前全面开工。", [("9月底前", "date", "2026-09-30")]),
    # ongoing: 持续推进 as a sentence of its own closing the task
    ("建成特色产业园3个。持续推进。", [("持续推进", "ongoing", None)]),
    ("持续推进园区建设。", []),
    # a date before the notice was issued describes; it sets no deadline
    ("对2005年底前建成的老旧住宅加装电梯给予补助。", []),
]


@pytest.mark.parametrize(("sentence", "want"), DEADLINES6)
def test_round6_deadlines(sentence, want):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")] == want


DEADLINES7 = [
    # RESPONSE_CLAUSES: a response time for each case as it arises is no deadline of the task
    ("对巡查发现的问题于15日内督促整改到位。", []),
    ("群众投诉原则上在3个工作日内办结。", []),
    ("本方案印发之日起30日内制定实施细则。", [("30日内", "period", "2026-03-31")]),
    # SANCTION_AFTER / SANCTION_BEFORE: a penalty's term is no deadline
    ("对弄虚作假的，取消其3年内评优资格。", []),
    ("对弄虚作假的，2年内不得申报。", []),
    # a decimal's tail is no period: 「控制在8.5天以内」
    ("平均办理时间控制在8.5天以内。", []),
    # _condition_date: a date inside 「对…的」 says who qualifies
    ("对2026年10月31日前完成改造的，给予一次性补助。", []),
    ("2026年10月31日前完成改造。", [("2026年10月31日前", "date", "2026-10-31")]),
    # a recurrence in brackets is an aside naming a season, no task rhythm (「每年5月至9月开展…」 in prose is one)
    ("在供暖季（每年12月至次年3月）实施错峰生产。", []),
    # ANNUAL_QUANTITY: 每年 before a quantity (届) makes an annual goal, no task rhythm
    ("市级每年举办创业大赛不少于2届。", []),
]


@pytest.mark.parametrize(("sentence", "want"), DEADLINES7)
def test_round7_deadline_exclusions(sentence, want):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")] == want


RESPECTIVELY7 = [
    # RECIPIENT_LISTS: 「的作品」 closes the recipients; each value takes its listed name
    ("对获得一、二、三等奖的作品，分别给予3万元、2万元、1万元奖励。", [("一等奖奖励", 3.0), ("二等奖奖励", 2.0), ("三等奖奖励", 1.0)]),
    # _word_boundary: 国家级 is one word, not cut to 家级 beside 省级
    (
        "对新认定的国家级、省级、市级制造业单项冠军企业，分别给予100万元、50万元、20万元奖励。",
        [("国家级制造业单项冠军企业奖励", 100.0), ("省级制造业单项冠军企业奖励", 50.0), ("市级制造业单项冠军企业奖励", 20.0)],
    ),
    # OBTAINED: where and how the first name was won is no part of it
    (
        "对在全省技能大赛决赛中获得一等奖、二等奖的选手所在企业，分别给予5万元、3万元奖励。",
        [("一等奖奖励", 5.0), ("二等奖奖励", 3.0)],
    ),
    # THRESHOLD: numbers with their unit are thresholds, not names
    ("对年营业收入首次突破1亿元、5亿元的企业，分别给予10万元、20万元奖励。", [("奖励", 10.0), ("奖励", 20.0)]),
]


@pytest.mark.parametrize(("sentence", "want"), RESPECTIVELY7)
def test_round7_respectively_recipients(sentence, want):
    assert [(t.indicator, t.value) for t in find_targets(sentence)] == want


def test_round7_grade_is_a_name():
    # THRESHOLD: a grade such as 5A级 is a name, not a threshold
    got = [(t.indicator, t.value) for t in find_targets("对新评定为国家5A级、4A级旅游景区的，分别给予一次性奖励300万元、50万元。")]
    assert got[-2:] == [("国家5A级旅游景区一次性奖励", 300.0), ("4A级旅游景区一次性奖励", 50.0)]


def test_round7_recipient_right_before_the_support():
    # RECIPIENT_HEAD: the unit given the support, right before the support word, is no part of its name
    got = [(t.indicator, t.value) for t in find_targets("按门票收入的5%给予主办单位补贴，单场最高50万元。")]
    assert got == [("补贴", 5.0), ("补贴", 50.0)]


# ------------------------------------------------------------------ a value list where a name list stands
# Held-out round 8's writer met it: before the fix one 分别 sentence with values on both sides of 、
# stopped the whole notice's extraction (IndexError on an empty member).
VALUES_BEFORE_RESPECTIVELY = [
    pytest.param("累计完成投资1450亿元、2026年和2027年分别完成1500亿元、1550亿元。", id="value-then-years"),
    pytest.param("年度投资1450亿元、分别达到1500亿元和1550亿元。", id="value-before-respectively"),
]


@pytest.mark.parametrize("sentence", VALUES_BEFORE_RESPECTIVELY)
def test_values_before_respectively_do_not_stop_the_notice(sentence):
    """Each target found still spans its own value and unit, the value read as written (the values
    taken for names are the strict xfail below: 1500 in the first sentence, 1450 in the second; session 20: the second's
    1550, joined to 1500 after 分别, is one more value of its list, joined_values)."""
    targets = find_targets(sentence, fold(sentence))
    assert [t.value for t in targets] == ([1450.0, 1550.0] if "累计" in sentence else [1500.0, 1550.0])
    assert all(t.unit == "亿元" and sentence[t.start : t.end].endswith(f"{t.value:g}亿元") for t in targets)


@pytest.mark.xfail(strict=True, reason="the value before 、 stays inside the next target's indicator (「1500亿元、」)")
@pytest.mark.parametrize("sentence", VALUES_BEFORE_RESPECTIVELY)
def test_values_before_respectively_name_no_value(sentence):
    targets = find_targets(sentence, fold(sentence))
    assert not any("亿元" in t.indicator for t in targets)
