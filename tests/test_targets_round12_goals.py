"""Round 12 of the goal rules (issue 11): text written for the test (not copied from a labelled
notice), each asserting the exact indicator, value, unit, comparator, kind, year and the span's text."""

import pytest

from pipeline.normalize import fold
from pipeline.targets.recognise import find_targets
from target_rows import fields
from pipeline.targets.year_tables import year_table_targets


def _table(text: str):
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    found = year_table_targets(text, fold(text), lines)
    return [(t.indicator, t.value, t.unit, t.comparator, t.kind, t.year, text[t.start : t.end]) for row in found.values() for t in row]


def test_year_table_each_cell_is_a_goal_of_its_row_and_column():
    # YEAR_COLUMNS year_column: a header naming years, the first column naming indicators
    text = "主要指标；2025年；2026年\n新建充电桩；400个；600个以上\n公共充电设施覆盖率；80％；95％\n三、保障措施"
    assert _table(text) == [
        ("新建充电桩", 400.0, "个", "equal", "goal", 2025, "新建充电桩；400个"),
        ("新建充电桩", 600.0, "个", "at_least", "goal", 2026, "新建充电桩；400个；600个以上"),
        ("公共充电设施覆盖率", 80.0, "%", "equal", "goal", 2025, "公共充电设施覆盖率；80％"),
        ("公共充电设施覆盖率", 95.0, "%", "equal", "goal", 2026, "公共充电设施覆盖率；80％；95％"),
    ]


def test_year_table_columns_other_than_years_are_not_goals():
    # UNIT_COLUMNS unit_column: a bare value takes its row's unit; a base value's column is no goal
    text = "指标；单位；基期值；2026年；2027年目标\n城镇新增就业；万人；2.8；3.2；3.5"
    assert _table(text) == [
        ("城镇新增就业", 3.2, "万人", "equal", "goal", 2026, "城镇新增就业；万人；2.8；3.2"),
        ("城镇新增就业", 3.5, "万人", "equal", "goal", 2027, "城镇新增就业；万人；2.8；3.2；3.5"),
    ]


def test_a_table_without_year_columns_or_a_row_of_words_gives_no_goal():
    assert _table("序号；任务；牵头单位\n1；建设充电桩100个；市发展改革委") == []
    assert _table("指标；2026年；2027年\n完成时间；年底前；年中") == []


# (sentence, index of the target, (indicator, value, unit, comparator, kind), the span's text)
GOALS12 = [
    # ACTION_VERBS enter: the firms that enter a list are counted, not the entering
    ("培育进入国家级农业产业化龙头企业3家以上。", 0, ("国家级农业产业化龙头企业", 3.0, "家", "at_least", "goal"), "国家级农业产业化龙头企业3家以上"),
    # ACTION_VERBS collect (after 新): what is collected is counted
    ("新采集古树名木基因样本800份。", 0, ("古树名木基因样本", 800.0, "份", "equal", "goal"), "古树名木基因样本800份"),
    # NAME_LEADS towards_checked: 对 before what a check is done on is a preposition…
    ("对特种设备使用单位抽查覆盖率达到60%。", 0, ("特种设备使用单位抽查覆盖率", 60.0, "%", "reach", "goal"), "特种设备使用单位抽查覆盖率达到60%"),
    # …but before a flow it says where to (exports to new markets)
    ("对东盟国家出口占比达到20%。", 0, ("对东盟国家出口占比", 20.0, "%", "reach", "goal"), "对东盟国家出口占比达到20%"),
    # TRAILING_FILLER 日均: a daily rhythm before the value is no part of the name
    ("实现城区垃圾清运日均2次以上。", 0, ("城区垃圾清运", 2.0, "次", "at_least", "goal"), "城区垃圾清运日均2次以上"),
    # …while 日均 opening a measure stays (「日均客运量」)
    ("城市公交日均客运量达到50万人次。", 0, ("城市公交日均客运量", 50.0, "万人次", "reach", "goal"), "城市公交日均客运量达到50万人次"),
    # TRAILING_FILLER 合计: a total's word before the comparator is no part of the name
    ("两年完成造林面积合计不少于3万亩。", 0, ("造林面积", 3.0, "万亩", "at_least", "goal"), "造林面积合计不少于3万亩"),
    # INDUSTRY_TOTALS sector_firms_revenue: a sector's firms' revenue together is a total committed to…
    ("物流业企业营业收入突破500亿元，年均增长8%以上。", 0, ("物流业企业营业收入", 500.0, "亿元", "at_least", "goal"), "物流业企业营业收入突破500亿元"),
    # …and the growth after it is that total's
    ("物流业企业营业收入突破500亿元，年均增长8%以上。", 1, ("物流业企业营业收入", 8.0, "%", "at_least", "goal"), "年均增长8%以上"),
    # SCOPES each_region_bracketed: 「各县（市、区）」 is a scope, its bracket no part of the name
    ("各县（市、区）配套比例不低于30%。", 0, ("配套比例", 30.0, "%", "at_least", "goal"), "配套比例不低于30%"),
    # BOUND_HALVES bound_morpheme_pair: 储/zg 能 joined before a noun with an adjective between
    ("每年评选发布10个省级新型储能优秀案例。", 0, ("省级新型储能优秀案例", 10.0, "个", "equal", "goal"), "发布10个省级新型储能优秀案例"),
    # NAME_LEADS for_beneficiary: whom a service is done for is no part of what is counted
    # (session 24: 定向培养 leaves the name too, as all 6 labels of rounds 6–54 with it read — names.ACTION_VERBS appoint_or_train)
    ("每年为园区企业定向培养技术工人不少于500人。", 0, ("技术工人", 500.0, "人", "at_least", "goal"), "技术工人不少于500人"),
    # ACTION_VERBS inspect: a check of a check (抽查考核) is the activity counted, whole
    ("全年抽查检测不少于300批次。", 0, ("抽查检测", 300.0, "批次", "at_least", "goal"), "抽查检测不少于300批次"),
    # FUNDS_SET_UP fund_set_up, PAYERS treasury: the size the treasury puts in is the fund's set up before it
    ("设立文旅产业发展基金，县级财政首期安排8000万元。", 0, ("文旅产业发展基金", 8000.0, "万元", "equal", "goal"), "文旅产业发展基金，县级财政首期安排8000万元"),
]


@pytest.mark.parametrize("sentence, index, want, span", GOALS12)
def test_round12_goal(sentence, index, want, span):
    target = find_targets(sentence)[index]
    assert fields(target) == want
    assert sentence[target.start : target.end] == span


def test_a_treasury_without_a_fund_set_up_before_keeps_its_name():
    # no fund named in the clause before: the payer stays the indicator (no name is made up)
    target = find_targets("统筹建设全域算力网络，省级财政首期安排3亿元。")[0]
    assert (target.indicator, target.value, target.unit) == ("省级财政首期", 3.0, "亿元")


def test_one_firms_revenue_over_a_line_stays_a_condition():
    # INDUSTRY_TOTALS sector_firms_revenue does not reach one firm's threshold before 的
    assert find_targets("对企业年销售收入突破1亿元的，给予奖励。") == []
