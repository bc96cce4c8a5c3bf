"""Rules of the twenty-seventh round for the holder of a standard (issue 11, from held-out round 26's names), each on sentences
written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator, value, unit,
comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
HOLDERS27 = [
    # standard_holders.MEASURE_HEADS time: a warranty period, a service life, a cycle after a holder
    ("新建泵站设备主要部件使用寿命原则上不少于10年。", [("使用寿命", 10.0, "年", "at_least", "amount", "使用寿命原则上不少于10年")]),
    ("污水提升泵站质保期不少于3年。", [("质保期", 3.0, "年", "at_least", "amount", "质保期不少于3年")]),
    # standard_holders.MEASURE_HEADS quality: a concentration, an energy use after a plant or a facility
    ("城镇污水处理厂出水总磷浓度原则上不高于0.3毫克/升。", [("出水总磷浓度", 0.3, "毫克/升", "at_most", "amount", "出水总磷浓度原则上不高于0.3毫克/升")]),
    ("一体化处理设施吨水电耗原则上不超过0.6千瓦时。", [("吨水电耗", 0.6, "千瓦时", "at_most", "amount", "吨水电耗原则上不超过0.6千瓦时")]),
    # standard_holders.HOLDER_ENDINGS plant_or_toilet: a market, a camp, an area, a product
    ("农产品批发市场经营面积原则上不少于5000平方米。", [("经营面积", 5000.0, "平方米", "at_least", "amount", "经营面积原则上不少于5000平方米")]),
    ("房车营地占地面积不少于30亩。", [("占地面积", 30.0, "亩", "at_least", "amount", "占地面积不少于30亩")]),
    ("出入口区域监控录像保存期限不少于90天。", [("监控录像保存期限", 90.0, "天", "at_least", "amount", "监控录像保存期限不少于90天")]),
]

# Where the rules must NOT fire: a measure alone (its holder stays), a rate that keeps what it counts, a works project's own term,
# a holder not in the closed class (工程 keeps its 缺陷责任期, as most labels have it), a goal.
NOT_HOLDERS27 = [
    ("冷库容积不少于500立方米。", [("冷库容积", 500.0, "立方米", "at_least", "amount", "冷库容积不少于500立方米")]),
    ("污水处理厂运行负荷率原则上不低于75%。", [("污水处理厂运行负荷率", 75.0, "%", "at_least", "amount", "污水处理厂运行负荷率原则上不低于75%")]),
    ("治理工程缺陷责任期不少于2年。", [("治理工程缺陷责任期", 2.0, "年", "at_least", "amount", "治理工程缺陷责任期不少于2年")]),
    ("到2027年，全市污水处理厂进水浓度达到150毫克/升。", [("污水处理厂进水浓度", 150.0, "毫克/升", "reach", "goal", "污水处理厂进水浓度达到150毫克/升")]),
]


@pytest.mark.parametrize(("sentence", "expected"), HOLDERS27 + NOT_HOLDERS27, ids=[s[:16] for s, _ in HOLDERS27 + NOT_HOLDERS27])
def test_round27_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
