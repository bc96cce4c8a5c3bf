"""A cap of money after one item — a per-unit word, an item of five characters or more, or one after a classifier
(组, 场, 栋…), and a period — caps the support named before it (item_caps.ITEM_CAPS); a parameter of a support (its
标准, 比例, 期限) leaves that support, not itself, to the values after it (item_caps.SUPPORT_PARAMETERS). Sentences
written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

ITEM_CAPS = [
    ("对港口企业购置岸电设备的，按设备购置额的20%给予补助，单家港口经营企业每年最高80万元。", [
        ("补助", 20.0, "%", "equal", "amount", "20%给予补助"),
        ("补助", 80.0, "万元", "at_most", "amount", "港口经营企业每年最高80万元"),
    ]),
    ("对建设共享充电柜的，按投资额的25%给予补助，每组充电柜最高2万元。", [
        ("补助", 25.0, "%", "equal", "amount", "25%给予补助"),
        ("补助", 2.0, "万元", "at_most", "amount", "每组充电柜最高2万元"),
    ]),
    ("对举办新品发布会的，按场地费用的40%给予补贴，单场发布会最高20万元。", [
        ("补贴", 40.0, "%", "equal", "amount", "40%给予补贴"),
        ("补贴", 20.0, "万元", "at_most", "amount", "发布会最高20万元"),
    ]),
    ("按改造投资额的15%给予奖励，单栋厂房最高100万元。", [
        ("奖励", 15.0, "%", "equal", "amount", "15%给予奖励"),
        # (session 24: 单栋 is a per-unit word as 单个 is, the span opening after it as after 「单个厂房」)
        ("奖励", 100.0, "万元", "at_most", "amount", "厂房最高100万元"),
    ]),
]
PARAMETERS = [
    ("对参加国际展会的，按展位费的50%给予补助，补助标准提高到每平方米20元，单个展会最高30万元。", [
        ("补助", 50.0, "%", "equal", "amount", "50%给予补助"),
        ("补助标准", 20.0, "元", "reach", "amount", "补助标准提高到每平方米20元"),
        ("补助", 30.0, "万元", "at_most", "amount", "展会最高30万元"),
    ]),
    ("按实际租金的40%给予房租补贴，补贴期限最长3年，每户每年不超过8万元。", [
        ("房租补贴", 40.0, "%", "equal", "amount", "40%给予房租补贴"),
        ("补贴期限", 3.0, "年", "at_most", "amount", "补贴期限最长3年"),
        ("房租补贴", 8.0, "万元", "at_most", "amount", "每户每年不超过8万元"),
    ]),
]
# Where the rules must not change the reading: an item's own measure, a support or a deed of taking one after the
# per-unit word names the value.
NOT_CHANGED = [
    ("按设备投资额的30%给予补助，单个项目投资不超过500万元。", [
        ("补助", 30.0, "%", "equal", "amount", "30%给予补助"),
        ("项目投资", 500.0, "万元", "at_most", "amount", "项目投资不超过500万元"),
    ]),
    ("按实际任务量给予补偿，每家企业年度补偿最高50万元。", [
        ("年度补偿", 50.0, "万元", "at_most", "amount", "年度补偿最高50万元"),
    ]),
    ("按设备投资额的30%给予补助，每家企业每年可申领创新券最高10万元。", [
        ("补助", 30.0, "%", "equal", "amount", "30%给予补助"),
        ("创新券", 10.0, "万元", "at_most", "amount", "创新券最高10万元"),
    ]),
]
CASES = ITEM_CAPS + PARAMETERS + NOT_CHANGED


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:12] for s, _ in CASES])
def test_item_caps(sentence, expected):
    assert targets_with_spans(sentence) == expected
