"""The target recogniser on sentences written for the test: exact indicator, value, comparator."""

import pytest

from pipeline.targets.recognise import find_targets

FIELDS = ("indicator", "value", "value_text", "unit", "comparator", "annual", "year", "scaled_value", "range", "baseline", "baseline_year", "rule")


@pytest.mark.parametrize(
    "sentence, strict, expected, surface",
    [
        pytest.param("到2025年，城镇登记失业率控制在3.5%以内。", True, ("城镇登记失业率", 3.5, "3.5%", "%", "at_most", False, 2025, None, None, None, None, "comparator"), "城镇登记失业率控制在3.5%以内", id="at-most-with-year"),
        pytest.param("粮食产量稳定在65万吨左右", True, ("粮食产量", 65.0, "65万吨", "万吨", "approx", False, None, 650000.0, None, None, None, "comparator"), "粮食产量稳定在65万吨左右", id="approx-wan"),
        pytest.param("低保标准年均提高7%—10%", True, ("低保标准", None, "7%—10%", "%", "increase", True, None, None, (7.0, 10.0), None, None, "comparator"), "低保标准年均提高7%—10%", id="annual-range"),
        pytest.param("人均住房面积由32.6平方米提高到35平方米", True, ("人均住房面积", 35.0, "35平方米", "平方米", "reach", False, None, None, None, 32.6, None, "comparator"), "人均住房面积由32.6平方米提高到35平方米", id="baseline"),
        pytest.param("单位GDP能耗比2015年下降12%", True, ("单位GDP能耗", 12.0, "12%", "%", "decrease", False, None, None, None, None, 2015, "comparator"), "单位GDP能耗比2015年下降12%", id="baseline-year-is-not-the-year"),
        pytest.param("森林覆盖率不低于26%", True, ("森林覆盖率", 26.0, "26%", "%", "at_least", False, None, None, None, None, None, "comparator"), "森林覆盖率不低于26%", id="at-least"),
        pytest.param("新增就业1.2万人以上", True, ("新增就业", 1.2, "1.2万人", "万人", "at_least", False, None, 12000.0, None, None, None, "comparator"), "新增就业1.2万人以上", id="yishang-after-value"),
        pytest.param("每万人口发明专利拥有量达到2.24件", True, ("每万人口发明专利拥有量", 2.24, "2.24件", "件", "reach", False, None, None, None, None, None, "comparator"), "每万人口发明专利拥有量达到2.24件", id="wan-in-name"),
        pytest.param("到2020年，三次产业结构调整为10:40:50。", True, ("三次产业结构", None, "10:40:50", "", "reach", False, 2020, None, None, None, None, "comparator"), "三次产业结构调整为10:40:50", id="ratio-colons-are-not-clause-breaks"),
        pytest.param("耕地保有量171万亩", False, ("耕地保有量", 171.0, "171万亩", "万亩", "equal", False, None, 1710000.0, None, None, None, "bare_value"), "耕地保有量171万亩", id="indicator-item-bare-value"),
    ],
)
def test_one_target(sentence, strict, expected, surface):
    [target] = find_targets(sentence, strict)
    assert tuple(getattr(target, f) for f in FIELDS) == expected
    assert target.pending is False
    assert sentence[target.start : target.end] == surface


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("新建学校90所，投资3亿元。", id="counts-in-prose-are-not-targets"),
        pytest.param("每年新建幼儿园1—2个", id="range-without-comparator-in-prose"),
        pytest.param("细颗粒物(PM2.5)浓度明显下降", id="value-inside-parenthesis"),
        pytest.param("2020年12月底前完成", id="date"),
    ],
)
def test_no_target(sentence):
    assert find_targets(sentence, strict=True) == []


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
    # each span runs from its own name to its own value
    assert [sentence[t.start : t.end] for t in targets] == ["化学需氧量、氨氮排放量分别下降10%", "氨氮排放量分别下降10%、12%"]
