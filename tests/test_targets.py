"""The target recogniser on sentences written for the test, one case per rule and per failure kind
of issue 11: exact indicator, value, unit, comparator, kind, year and span."""

import pytest

from pipeline.targets import indicator as nouns
from pipeline.targets.deadlines import find_deadlines
from pipeline.targets.recognise import find_targets
from pipeline.targets.values import chinese_number

FIELDS = ("indicator", "value", "value_text", "unit", "comparator", "kind", "annual", "year", "scaled_value", "range", "baseline", "baseline_year", "rule")


def _row(target):
    return tuple(getattr(target, f) for f in FIELDS)


@pytest.mark.parametrize(
    "sentence, expected, surface",
    [
        pytest.param("到2025年，城镇登记失业率控制在3.5%以内。", ("城镇登记失业率", 3.5, "3.5%", "%", "at_most", "goal", False, 2025, None, None, None, None, "comparator"), "城镇登记失业率控制在3.5%以内", id="at-most-with-year"),
        pytest.param("粮食产量稳定在65万吨左右", ("粮食产量", 65.0, "65万吨", "万吨", "approx", "goal", False, None, 650000.0, None, None, None, "comparator"), "粮食产量稳定在65万吨左右", id="approx-wan"),
        pytest.param("低保标准年均提高7%—10%", ("低保标准", None, "7%—10%", "%", "increase", "goal", True, None, None, (7.0, 10.0), None, None, "comparator"), "低保标准年均提高7%—10%", id="annual-range"),
        pytest.param("人均住房面积由32.6平方米提高到35平方米", ("人均住房面积", 35.0, "35平方米", "平方米", "reach", "goal", False, None, None, None, 32.6, None, "comparator"), "人均住房面积由32.6平方米提高到35平方米", id="baseline"),
        pytest.param("单位GDP能耗比2015年下降12%", ("单位GDP能耗", 12.0, "12%", "%", "decrease", "goal", False, None, None, None, None, 2015, "comparator"), "单位GDP能耗比2015年下降12%", id="baseline-year-is-not-the-year"),
        pytest.param("森林覆盖率不低于26%", ("森林覆盖率", 26.0, "26%", "%", "at_least", "goal", False, None, None, None, None, None, "comparator"), "森林覆盖率不低于26%", id="at-least"),
        pytest.param("新增就业1.2万人以上", ("新增就业", 1.2, "1.2万人", "万人", "at_least", "goal", False, None, 12000.0, None, None, None, "comparator"), "新增就业1.2万人以上", id="yishang-after-value"),
        pytest.param("每万人口发明专利拥有量达到2.24件", ("每万人口发明专利拥有量", 2.24, "2.24件", "件", "reach", "goal", False, None, None, None, None, None, "comparator"), "每万人口发明专利拥有量达到2.24件", id="wan-in-name"),
        pytest.param("到2020年，三次产业结构调整为10:40:50。", ("三次产业结构", None, "10:40:50", "", "reach", "goal", False, 2020, None, None, None, None, "comparator"), "三次产业结构调整为10:40:50", id="ratio-colons-are-not-clause-breaks"),
        pytest.param("耕地保有量171万亩", ("耕地保有量", 171.0, "171万亩", "万亩", "equal", "goal", False, None, 1710000.0, None, None, None, "bare_value"), "耕地保有量171万亩", id="indicator-item-bare-value"),
        # issue 11, kind 2: one mode — 最高, 最长, 按…%, 不超过 before the indicator, units like 卡时
        pytest.param("单个主体年度支持额度最高不超过100万元。", ("年度支持额度", 100.0, "100万元", "万元", "at_most", "amount", False, None, 1_000_000.0, None, None, None, "comparator"), "年度支持额度最高不超过100万元", id="zuigao-buchaoguo-per-unit-dropped"),
        pytest.param("优惠期不超过36个月。", ("优惠期", 36.0, "36个月", "个月", "at_most", "amount", False, None, None, None, None, None, "comparator"), "优惠期不超过36个月", id="granted-duration"),
        pytest.param("提供最长3年免租住房", ("免租住房", 3.0, "3年", "年", "at_most", "amount", False, None, None, None, None, None, "value_first"), "提供最长3年免租住房", id="zuichang"),
        pytest.param("最高可获得3000卡时算力", ("算力", 3000.0, "3000卡时", "卡时", "at_most", "amount", False, None, None, None, None, None, "value_first"), "最高可获得3000卡时算力", id="kashi-unit"),
        # kind 3: the indicator is the thing measured, on the right side of the number
        pytest.param("给予最高10万元入户补贴", ("入户补贴", 10.0, "10万元", "万元", "at_most", "amount", False, None, 100_000.0, None, None, None, "value_first"), "给予最高10万元入户补贴", id="amount-value-first"),
        pytest.param("人才最高可获100万元人才奖励", ("人才奖励", 100.0, "100万元", "万元", "at_most", "amount", False, None, 1_000_000.0, None, None, None, "value_first"), "最高可获100万元人才奖励", id="verb-after-comparator"),
        pytest.param("提供不少于100TB的高质量公共数据集", ("高质量公共数据集", 100.0, "100TB", "TB", "at_least", "goal", False, None, None, None, None, None, "value_first"), "提供不少于100TB的高质量公共数据集", id="value-de-noun"),
        # kind 6: comparators
        pytest.param("地区生产总值增长6.2%左右", ("地区生产总值", 6.2, "6.2%", "%", "approx", "goal", False, None, None, None, None, None, "comparator"), "地区生产总值增长6.2%左右", id="zuoyou"),
        pytest.param("集聚OPC人才超10000名", ("OPC人才", 10000.0, "10000名", "名", "at_least", "goal", False, None, None, None, None, None, "comparator"), "OPC人才超10000名", id="chao"),
        # kind 9: Chinese numerals are values
        pytest.param("培育超千家高成长性人工智能创业企业", ("高成长性人工智能创业企业", 1000.0, "千家", "家", "at_least", "goal", False, None, None, None, None, None, "value_first"), "培育超千家高成长性人工智能创业企业", id="chinese-numeral"),
        pytest.param("每年选拔两名青年干部", ("青年干部", 2.0, "两名", "名", "equal", "goal", True, None, None, None, None, None, "value_first"), "每年选拔两名青年干部", id="liang-ming"),
    ],
)
def test_one_target(sentence, expected, surface):
    [target] = find_targets(sentence)
    assert _row(target) == expected
    assert target.pending is False and target.benchmark is None
    assert sentence[target.start : target.end] == surface


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("细颗粒物(PM2.5)浓度明显下降", id="value-inside-parenthesis"),
        pytest.param("2020年12月底前完成", id="date"),
        # issue 11, kind 5: eligibility conditions, periods, ordinals are not targets
        pytest.param("面向35岁以下、具有2年以上研发经历、正常运营1年以上的企业", id="eligibility-conditions"),
        pytest.param("毕业5年内的青年人才创办初创型企业", id="period-condition"),
        pytest.param("5年内完成改造", id="period"),
        pytest.param("已经市政府第99次常务会议审议通过", id="ordinal"),
        pytest.param("对营业收入500万元以上的企业", id="condition-de"),
        pytest.param("引进世界500强企业", id="rank"),
        pytest.param("布局一批高质量空间载体", id="yi-pi-is-an-article"),
    ],
)
def test_no_target(sentence):
    assert find_targets(sentence) == []


def test_several_targets_in_one_sentence_share_the_indicator_of_the_clause_before():
    sentence = "城镇居民人均可支配收入达到43726元,年均增长7.5%"
    targets = find_targets(sentence)
    assert [(t.indicator, t.value, t.comparator, t.annual, sentence[t.start : t.end]) for t in targets] == [
        ("城镇居民人均可支配收入", 43726.0, "reach", False, "城镇居民人均可支配收入达到43726元"),
        ("城镇居民人均可支配收入", 7.5, "increase", True, "年均增长7.5%"),
    ]


def test_respectively_pairs_values_with_indicators():
    sentence = "化学需氧量、氨氮排放量分别下降10%、12%"
    targets = find_targets(sentence)
    assert [(t.indicator, t.value, t.value_text, t.unit, t.comparator, t.rule) for t in targets] == [
        ("化学需氧量", 10.0, "10%", "%", "decrease", "respectively"),
        ("氨氮排放量", 12.0, "12%", "%", "decrease", "respectively"),
    ]
    assert [sentence[t.start : t.end] for t in targets] == ["化学需氧量、氨氮排放量分别下降10%", "氨氮排放量分别下降10%、12%"]


def test_respectively_gives_the_shared_head_to_every_name():
    """Issue 11, kind 7: 「城市、县城污水处理率分别达到95%、85%」 is 城市污水处理率 95%, 县城污水处理率 85%."""
    targets = find_targets("城市、县城污水处理率分别达到95%、85%")
    assert [(t.indicator, t.value, t.comparator) for t in targets] == [("城市污水处理率", 95.0, "reach"), ("县城污水处理率", 85.0, "reach")]


def test_a_list_of_values_each_with_its_own_indicator():
    """Issue 11, kind 3: never the verb, never the text on the wrong side of the number."""
    sentence = "选拔100名正职后备人才、200名副职后备人才"
    targets = find_targets(sentence)
    assert [(t.indicator, t.value, t.unit, sentence[t.start : t.end]) for t in targets] == [
        ("正职后备人才", 100.0, "名", "选拔100名正职后备人才"),
        ("副职后备人才", 200.0, "名", "200名副职后备人才"),
    ]


def test_values_listed_before_their_shared_noun():
    """分别 after a list of names: each value with its own name and the noun they share."""
    sentence = "博士、硕士还可分别申领15万元、10万元一次性购房补贴。"
    targets = find_targets(sentence)
    assert [(t.indicator, t.value, t.kind, sentence[t.start : t.end]) for t in targets] == [
        ("博士一次性购房补贴", 15.0, "amount", "申领15万元、10万元一次性购房补贴"),
        ("硕士一次性购房补贴", 10.0, "amount", "10万元一次性购房补贴"),
    ]


def test_goals_and_amounts_in_one_paragraph():
    """Issue 11, kinds 1, 4 and 8: a goal paragraph's year governs its later clauses."""
    text = "目标到2028年，打造市级OPC社区超50个，新增培育OPC企业1000家。对入驻企业给予最高5万元创业奖励。"
    targets = find_targets(text)
    assert [(t.indicator, t.value, t.comparator, t.kind, t.year, text[t.start : t.end]) for t in targets] == [
        ("市级OPC社区", 50.0, "at_least", "goal", 2028, "市级OPC社区超50个"),
        ("OPC企业", 1000.0, "increase", "goal", 2028, "OPC企业1000家"),  # 新增 is an increase
        ("创业奖励", 5.0, "at_most", "amount", 2028, "给予最高5万元创业奖励"),
    ]


def test_a_year_governs_its_paragraph_only():
    targets = find_targets("到2020年，森林覆盖率达到45%。\n耕地保有量171万亩。")
    assert [(t.indicator, t.year) for t in targets] == [("森林覆盖率", 2020), ("耕地保有量", None)]


def test_relative_targets_have_a_benchmark_and_no_value():
    """Issue 11, kind 9: the reference notice's indicator item 8."""
    sentence = "外贸出口额、外商直接投资高于全省平均水平。"
    targets = find_targets(sentence)
    assert [(t.indicator, t.value, t.comparator, t.benchmark, t.rule, sentence[t.start : t.end]) for t in targets] == [
        ("外贸出口额", None, "at_least", "全省平均水平", "benchmark", "外贸出口额、外商直接投资高于全省平均水平"),
        ("外商直接投资", None, "at_least", "全省平均水平", "benchmark", "外商直接投资高于全省平均水平"),
    ]


def test_jieba_finds_the_measured_noun_that_rules_alone_miss():
    """The rules only know 「新增」 and 「培育」 are table verbs; jieba tags both, so the indicator is
    the measured thing (OPC企业), and it cuts the phrase after a value at the next verb."""
    targets = find_targets("新增培育OPC企业1000家")
    assert [t.indicator for t in targets] == ["OPC企业"]
    assert nouns.leading_verbs("新增培育OPC企业") == 4
    assert nouns.noun_after("AI独立开发者,推动") == (0, 7)  # 独立 modifies 开发者: one noun phrase


@pytest.mark.parametrize("written, value", [("两", 2), ("十", 10), ("十二", 12), ("三百", 300), ("千", 1000), ("万", 10_000), ("一万五千", 15_000)])
def test_chinese_numerals(written, value):
    assert chinese_number(written) == value


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("2026年底前完成", [("2026年底前", "date", "2026-12-31", "date_before")], id="year-end"),
        pytest.param("于2027年6月底前出台", [("2027年6月底前", "date", "2027-06-30", "date_before")], id="month-end"),
        pytest.param("2027年12月31日前", [("2027年12月31日前", "date", "2027-12-31", "date_before")], id="day"),
        pytest.param("5年内建成", [("5年内", "period", "2031-03-01", "period_within")], id="period-from-notice-date"),
        pytest.param("两年内培育10000名开发者", [("两年内", "period", "2028-03-01", "period_within")], id="chinese-period"),
        pytest.param("每年发布应用场景", [("每年", "recurring", None, "recurring")], id="recurring"),
        pytest.param("长期坚持", [("长期坚持", "ongoing", None, "ongoing")], id="ongoing"),
        pytest.param("完成时限：2026年12月", [("2026年12月", "date", "2026-12-31", "time_limit_column")], id="time-limit-column"),
        pytest.param("完成时限：6月底前", [("6月底前", "date", "2026-06-30", "time_limit_column")], id="column-without-year"),
        pytest.param("完成时限：持续推进", [("持续推进", "ongoing", None, "time_limit_column")], id="column-ongoing"),
        pytest.param("毕业5年内的青年人才", [], id="condition-is-no-deadline"),
        pytest.param("同一OPC每年支持金额不超过100万", [], id="per-year-amount-is-no-deadline"),
        pytest.param("到2028年，打造市级OPC社区超50个", [], id="goal-year-is-no-deadline"),
    ],
)
def test_deadlines(sentence, expected):
    found = find_deadlines(sentence, "2026-03-01")
    assert [(d.text, d.kind, d.date, d.rule) for d in found] == expected
    assert all(sentence[d.start : d.end] == d.text for d in found)


# --- published accuracy: the floors `make eval` must keep (eval/targets.py, hand labels) ----------

def _eval_targets():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "eval" / "targets.py"
    spec = importlib.util.spec_from_file_location("eval_targets_floors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored():
    module = _eval_targets()
    results = {doc.stem: module.score(doc) for doc in module.load_documents(module.label_files())}
    real = module.split(results)["real"]
    return results, module.pooled(real)[0]


# recall (found/labels), exactness (exact/labels), precision (correct/predicted) per kind on the
# real notices, pinned a little below what the third round measured (goal .99/.96/1.00, amount
# .90/.88/1.00, deadline 1.00/.90/.91), so a change that loses accuracy fails here.
FLOORS = {"goal": (0.97, 0.93, 0.97), "amount": (0.88, 0.85, 0.97), "deadline": (0.90, 0.80, 0.85)}


@pytest.mark.parametrize("kind", FLOORS)
def test_eval_floors(scored, kind):
    _, rows = scored
    row = rows[kind]
    recall, exactness, precision = row["found"] / row["labels"], row["exact"] / row["labels"], row["correct"] / row["predicted"]
    assert all(m >= f for m, f in zip((recall, exactness, precision), FLOORS[kind])), (kind, recall, exactness, precision)


def test_reference_indicator_targets_all_exact(scored):
    """The reference notice's 41 indicator targets (the two relative ones included) are all exact."""
    results, _ = scored
    goal = results["000_72dfb345852fffd3"]["rows"]["goal"]
    assert (goal["labels"], goal["exact"], goal["predicted"], goal["correct"]) == (41, 41, 41, 41)


def test_share_after_copula():
    """SHARE_OF_BASE: the measured thing stands before the copula, the base after it (was a strict xfail)."""
    [target] = [t for t in find_targets("租金标准为市场参考租金60%左右的过渡性住房") if t.value == 60.0]
    assert (target.indicator, target.comparator, target.kind) == ("租金标准", "approx", "amount")


@pytest.mark.parametrize(
    "sentence, want, surface",
    [
        ("场地租金为市场价的70%。", ("场地租金", 70.0, "%", "equal", "amount", "comparator"), "场地租金为市场价的70%"),
        ("贷款贴息比例不超过同期利息的40%，", ("贷款贴息比例", 40.0, "%", "at_most", "amount", "comparator"), "贷款贴息比例不超过同期利息的40%"),
        ("项目审批时限压缩至法定时限的30%以内。", ("项目审批时限", 30.0, "%", "at_most", "goal", "comparator"), "项目审批时限压缩至法定时限的30%以内"),
    ],
)
def test_share_of_base(sentence, want, surface):
    [target] = find_targets(sentence)
    assert (target.indicator, target.value, target.unit, target.comparator, target.kind, target.rule) == want
    assert sentence[target.start : target.end] == surface


def test_after_tax_value_in_parentheses():
    """RESTATED_FORMS: an after-tax figure in an aside is a second amount of the same support (was a strict xfail)."""
    assert [(t.indicator, t.value, t.unit, t.rule) for t in find_targets("每月1250元（税后1000元）的安居补贴")] == [
        ("安居补贴", 1250.0, "元", "value_first"),
        ("安居补贴", 1000.0, "元", "restated"),
    ]
    sentence = "可申领每月2000元（税后1600元）的生活补贴。"
    restated = find_targets(sentence)[1]
    assert sentence[restated.start : restated.end] == "1600元" and restated.kind == "amount"


def test_yi_alone_is_an_article():
    """「一」 alone is an article: 「使创新成为一种价值导向」 is no goal of 1 种 (after a limit it stays a
    value — 「每人每年只享受一次」 in the national jiuye notice, an amount label of eval/)."""
    from pipeline.targets.recognise import find_targets

    assert find_targets("使创新成为一种价值导向、一种生活方式。") == []


@pytest.mark.parametrize(
    "text, indicator",
    [
        ("①森林覆盖率达到45%。", "森林覆盖率"),
        ("(2)城镇新增就业达到5万人。", "城镇新增就业"),
        ("3、单位GDP能耗下降15%。", "单位GDP能耗"),
        ("全市\n常住人口城镇化率达到65%。", "常住人口城镇化率"),
    ],
    ids=["circled", "paren_digit", "digit_comma", "line_break"],
)
def test_an_indicator_keeps_no_item_label_and_no_earlier_line(text, indicator):
    """Issue 17: 「①森林覆盖率」 kept its item label, and an indicator could run across a line break."""
    from pipeline.targets.recognise import find_targets

    assert [t.indicator for t in find_targets(text)] == [indicator]


@pytest.mark.slow
def test_the_tagger_reads_like_posseg_without_loading_it():
    """indicator.tag reads as jieba.posseg's cut(HMM=False) over the same dictionary, without importing
    jieba.posseg (its HMM tables, ~50 MB, are unused without HMM): same words and tags."""
    import io
    import os
    import subprocess
    import sys

    import jieba
    import jieba.posseg

    from pipeline.jieba_dictionary import MIN_FREQUENCY

    probe = "from pipeline.targets import indicator as n; import sys; n.tag('新增培育OPC企业'); print('jieba.posseg' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), "rb") as f:
        kept = b"".join(line for line in f if int(line.split()[1]) >= MIN_FREQUENCY)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(io.BytesIO(kept))
    tokenizer.initialized = True
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer, tagger.word_tag_tab = tokenizer, {}
    tagger.load_word_tag(io.BytesIO(kept))
    for text in ["新增培育OPC企业1000家", "细颗粒物(PM2.5)浓度下降12%", "给予最高10万元“训力券”", "a b\r\nC++ 开发 3.5%", "卡时或token免费算力服务"]:
        assert nouns.tag(text) == tuple((p.word, p.flag) for p in tagger.cut(text, HMM=False)), text


@pytest.mark.parametrize(
    "sentence, want",
    [
        ("每年新增社区食堂300个。", []),  # 每年 inside a goal: the goal is annual, no task rhythm
        ("每年培训家政服务人员不少于5000人次。", []),
        ("每年安排乡村振兴专项资金不少于3亿元。", []),
        ("每年遴选发布一批典型案例。", [("每年", "recurring")]),
        ("每年至少举办2次供需对接活动。", []),  # a limit word and a count: the goal (round 21, recurring.ANNUAL_COUNTS)
        ("每年11月底前报送年度总结。", [("每年11月底前", "recurring")]),
        ("入驻人才可享受2年内30平方米的免租办公场地。", []),  # a support's term, not the task's deadline
        ("3年内完成全部改造。", [("3年内", "period")]),
    ],
)
def test_annual_quantity_is_no_recurring_deadline(sentence, want):
    """ANNUAL_QUANTITY: 「每年」 before a quantity closing its clause makes a goal annual (TARGET_LABELING)."""
    assert [(d.text, d.kind) for d in find_deadlines(sentence, "2026-03-01")] == want


def test_a_given_folded_text_reads_as_the_text_folded_here():
    """The targets stage reads the run's folded text (fold once); a piece read alone folds itself."""
    from pipeline.normalize import fold_simplified

    text = "到２０２８年，養老機構護理型床位佔比達到６５％；每年完成３０項改造，２０２７年底前完成。"
    assert find_targets(text, fold_simplified(text)) == find_targets(text)
    assert [(t.indicator, t.value, t.unit) for t in find_targets(text)][0] == ("養老機構護理型床位佔比", 65.0, "%")  # written names keep the original characters
    assert find_deadlines(text, "2026-03-01", fold_simplified(text)) == find_deadlines(text, "2026-03-01")


@pytest.mark.parametrize(
    "sentence, want",
    [
        # date_done: a completion time right before 完成/建成 is the task's date; 「到…」 dates a goal
        ("2027年第三季度完成首批站点建设。", [("2027年第三季度", "date", "2027-09-30")]),
        ("2027年6月底建成投用。", [("2027年6月底", "date", "2027-06-30")]),
        ("到2026年底完成全部改造。", []),
        # year_within: 「2027年内」 is the year's end, not a period of 2027 years
        ("力争2027年内完成全部改造。", [("2027年内", "date", "2027-12-31")]),
        # RHYTHM_VERBS: 调度 after 每月 paces a task (jieba tags it a noun)
        ("工作专班每月调度工作进展。", [("每月", "recurring", None)]),
        # 每年 before a comparator, 只能 or a number within a few words sizes an amount or a goal
        ("由区级财政给予每年不少于3万元的运营补贴。", []),
        ("同一单位每年只能申报一个项目。", []),
        ("每年遴选资助50名左右青年骨干。", []),
    ],
)
def test_round4_deadline_forms(sentence, want):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")] == want


def test_an_annual_range_closing_its_clause_is_a_goal():
    """「每年新建幼儿园1—2个」: 每年 before a verb of commitment and its object, a range as the value
    (it was listed as no target while 每年 kept the clause from being read; 「新建幼儿园1—2个」 was one)."""
    [target] = find_targets("每年新建幼儿园1—2个")
    assert (target.indicator, target.value, target.range, target.unit, target.comparator, target.kind) == ("幼儿园", None, (1.0, 2.0), "个", "equal", "goal")
