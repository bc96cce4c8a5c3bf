"""Round 9 of the goal rules (issue 11): sentences written for the test (not copied from a labelled
notice), each asserting the exact indicator, value, unit, comparator, kind and the span's text."""

import pytest

from pipeline.targets.recognise import find_targets
from target_rows import fields



# (sentence, (indicator, value, unit, comparator, kind)) — the first target of the sentence
GOALS9 = [
    # ACTION_VERBS train_or_drive / inspect / draft: the verb opening the counted thing leaves it
    ("开展科普活动20场，培训茶农2000人次以上。", 1, ("茶农", 2000.0, "人次", "at_least", "goal")),
    ("建成示范基地10个，带动渔户3000户以上。", 1, ("渔户", 3000.0, "户", "at_least", "goal")),
    ("每年抽检食用农产品样品不少于800批次。", 0, ("食用农产品样品", 800.0, "批次", "at_least", "goal")),
    ("制定修订地方标准5项以上。", 0, ("地方标准", 5.0, "项", "at_least", "goal")),
    ("湿地保护率稳定在60%以上，新认定县级重要湿地3处。", 1, ("县级重要湿地", 3.0, "处", "equal", "goal")),
    # …but a rate of the action keeps it (ACTION_RATE), and 带动就业 is a name (就业 is no noun)
    ("抽检合格率稳定在97%以上。", 0, ("抽检合格率", 97.0, "%", "at_least", "goal")),
    ("扶持创业5000人、带动就业2万人左右。", 1, ("带动就业", 2.0, "万人", "approx", "goal")),
    # HELD_EVENTS attended_event: who attends leaves the fair's name
    ("组织企业参加茶叶博览会每年不少于4场。", 0, ("茶叶博览会", 4.0, "场", "at_least", "goal")),
    # PER_BASES per_time: a capacity per day keeps its base
    ("餐厨垃圾处理能力达到600吨/日左右。", 0, ("餐厨垃圾处理能力", 600.0, "吨/日", "approx", "goal")),
    # UNIT_GUARDS bird_not_feather: 羽 counts poultry
    ("肉鸡出栏量达到300万羽。", 0, ("肉鸡出栏量", 300.0, "万羽", "reach", "goal")),
    # TRAILING_FILLER: a time adverb before the comparator is no part of the name
    ("动物疫病强制免疫密度常年保持在95%以上。", 0, ("动物疫病强制免疫密度", 95.0, "%", "at_least", "goal")),
    # SCOPES each_region: 各 before 县城 leaves, 县城 stays
    ("各县城污水处理率保持95%以上。", 0, ("县城污水处理率", 95.0, "%", "at_least", "goal")),
    # PER_PLACE_QUOTAS per_place: a qualified place's quota is a goal (not one beneficiary's due)
    ("每个重点山区乡镇组建1支森林消防队伍。", 0, ("森林消防队伍", 1.0, "支", "equal", "goal")),
    # refuse INDUSTRY_TOTALS: an industry's revenue over a figure is a goal, not a firm's threshold
    ("到2028年，全市新能源汽车产业营业收入突破500亿元。", 0, ("新能源汽车产业营业收入", 500.0, "亿元", "at_least", "goal")),
    # ACTING_SUBJECTS trained_for: the level served before 培训 leaves the trainees' name
    ("每年为乡村培训农技推广人员500人次。", 0, ("农技推广人员", 500.0, "人次", "equal", "goal")),
    # MEASURE_UNITS 吨二氧化碳当量, ACTION_VERBS draft 签发
    ("签发竹林碳汇减排量5万吨二氧化碳当量以上。", 0, ("竹林碳汇减排量", 5.0, "万吨二氧化碳当量", "at_least", "goal")),
    # INCREASE_OF_SIZE 里程: 新增 before a length states an increase of it
    ("到2028年新增城市轨道交通运营里程80公里。", 0, ("城市轨道交通运营里程", 80.0, "公里", "increase", "goal")),
    # indicator NEGATIONS: a negation after the verb opens the name
    ("新建不停车收费车道30条。", 0, ("不停车收费车道", 30.0, "条", "equal", "goal")),
    # NAME_LEADS whose_long / INDICATOR_NOUN 占比: a 的 clause before a share stays (TARGET_LABELING, session 4)
    ("到2028年，开设托班的民办幼儿园占比达到40%以上。", 0, ("开设托班的民办幼儿园占比", 40.0, "%", "at_least", "goal")),
    # kinds OUTCOME_RATES and NEW_THINGS_RATES 新引进: how many are reached is a goal, the new ones measured
    ("新引进博士人才住房保障率达到95%以上。", 0, ("新引进博士人才住房保障率", 95.0, "%", "at_least", "goal")),
    # lists OUTSIDE_BRACKETS: a 、 inside brackets splits no name
    ("到2027年，5G网络县（市、区）覆盖率达到90%以上。", 0, ("5G网络县（市、区）覆盖率", 90.0, "%", "at_least", "goal")),
    # INDICATOR_NOUN 修复 / 抚育: works named by what they restore are a whole name (jieba's 退化 stays)
    ("完成人工造林3万亩、退化林修复2万亩。", 1, ("退化林修复", 2.0, "万亩", "equal", "goal")),
]


@pytest.mark.parametrize(("sentence", "index", "want"), GOALS9)
def test_round9_goal(sentence, index, want):
    found = find_targets(sentence)
    assert fields(found[index]) == want
    assert found[index].value_text in sentence[found[index].start : found[index].end]


def test_a_support_named_by_its_purpose_keeps_the_training():
    """PURPOSE_SUPPORT wins over ACTION_VERBS: 「培训补贴」 is the support's name."""
    assert [fields(t) for t in find_targets("培训补贴最高2000元。")] == [("培训补贴", 2000.0, "元", "at_most", "amount")]


def test_a_bare_rate_listed_after_a_named_rate_shares_its_head():
    """shared_names BARE_RATES: 「…知晓率达到100%、参与率达到95%」 — the same people's rate."""
    found = find_targets("辖区居民垃圾分类知晓率达到98%、参与率达到90%以上。")
    assert [(t.indicator, t.value, t.comparator) for t in found] == [("辖区居民垃圾分类知晓率", 98.0, "reach"), ("辖区居民垃圾分类参与率", 90.0, "at_least")]


def test_a_listed_item_opening_with_a_word_of_the_item_before_shares_its_head():
    """shared_names SHARED_OPENINGS and indicator ATTRIBUTE_WORDS: 「…示范社区20个、示范村15个」 are kinds
    of one thing; a word inside a longer name is not shared (「夜间消费集聚区…、夜间特色街区」)."""
    found = find_targets("创建市级美丽乡村示范镇8个、示范村40个。")
    assert [(t.indicator, t.value) for t in found] == [("市级美丽乡村示范镇", 8.0), ("市级美丽乡村示范村", 40.0)]
    found = find_targets("培育市级夜间消费集聚区6个、夜间特色街区12条。")
    assert [t.indicator for t in found] == ["市级夜间消费集聚区", "夜间特色街区"]


def test_a_firms_revenue_over_a_figure_stays_a_condition():
    """CONDITION_CONTEXT still refuses a firm's revenue threshold (no INDUSTRY_TOTALS word before it)."""
    assert [t for t in find_targets("企业营业收入超过2000万元，给予一次性奖励。") if t.value == 2000.0] == []


def test_places_listed_before_one_measure_each_take_it():
    """shared_names PLACE_NAMES: 「A区、B区…率均不低于」 — a place named alone takes the measure after the next place."""
    found = find_targets("临港新区、滨江高新区企业上云率均不低于60%。")
    assert [(t.indicator, t.value) for t in found] == [("临港新区企业上云率", 60.0), ("滨江高新区企业上云率", 60.0)]


def test_places_after_of_which_name_parts_of_the_count_before():
    """shared_names OF_WHICH: places listed after 其中 divide the count before (the one they add up to)."""
    found = find_targets("建成市级美丽庭院示范户500户、示范村20个，其中中心城区、县城分别不少于12个、8个。")
    assert [(t.indicator, t.value) for t in found][2:] == [("中心城区市级美丽庭院示范村", 12.0), ("县城市级美丽庭院示范村", 8.0)]


def test_a_service_point_ends_a_listed_member():
    """lists MEMBER_ENDS institution 服务点: the rate after the last member is each member's."""
    found = find_targets("县级电商服务中心、村级电商服务点覆盖率分别达到100%、85%。")
    assert [(t.indicator, t.value) for t in found] == [("县级电商服务中心覆盖率", 100.0), ("村级电商服务点覆盖率", 85.0)]


def test_dash_items_under_a_dated_intro_take_its_year():
    """list_lines LIST_LINES: 「到2028年，…主要目标是：」 then 「——…」 lines: the intro's year governs each."""
    text = "到2028年，城乡环境明显改善。主要目标是：\n——垃圾处理更加规范。生活垃圾回收利用率达到40%。\n——水环境更加优美。污水处理率达到97%。\n"
    assert [(t.indicator, t.year) for t in find_targets(text)] == [("生活垃圾回收利用率", 2028), ("污水处理率", 2028)]


def test_a_line_after_a_closed_paragraph_takes_no_year():
    """…but a dash line after a paragraph closing with 。 starts afresh (the year governs its paragraph only)."""
    text = "到2028年，城乡环境明显改善。\n——垃圾处理更加规范。生活垃圾回收利用率达到40%。\n"
    assert [(t.indicator, t.year) for t in find_targets(text)] == [("生活垃圾回收利用率", None)]


def test_a_short_later_name_takes_the_first_names_qualifier():
    """lists SHORT_NAME: 「…事故起数、死亡人数分别下降」 — 死亡人数 (four characters) is the same accidents'."""
    found = find_targets("生产安全事故起数、死亡人数分别下降8%、10%。")
    assert [(t.indicator, t.value) for t in found] == [("生产安全事故起数", 8.0), ("生产安全事故死亡人数", 10.0)]


def test_a_supports_total_in_yi_is_a_goal():
    """kinds: a sum in 亿 a plan pays out under a support's name is its total, a goal (at most stays a cap)."""
    found = find_targets("发放购房补贴不少于2亿元。")
    assert [(t.value, t.unit, t.comparator, t.kind) for t in found] == [(2.0, "亿元", "at_least", "goal")]
