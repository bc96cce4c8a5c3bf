"""The holder of a standard left out of its name (standard_holders, issue 11), session 15: a spacing keeps what is
spaced and leaves out the road, line or area it is spaced along (SPACED_ALONG_WAYS); a wage named by its period and a
driver's driving time leave out the person (HOLDER_ENDINGS person, MEASURE_HEADS pay). Sentences written for the test:
every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

LEFT_OUT = [
    ("改造后的滨河绿道休息亭间距原则上不大于800米。", [
        ("休息亭间距", 800.0, "米", "at_most", "amount", "休息亭间距原则上不大于800米"),
    ]),
    ("新建城区公共自行车停放点间距一般不超过300米。", [
        ("公共自行车停放点间距", 300.0, "米", "at_most", "amount", "公共自行车停放点间距一般不超过300米"),
    ]),
    ("景区步道沿线导览标识牌间距不大于200米。", [
        ("导览标识牌间距", 200.0, "米", "at_most", "amount", "导览标识牌间距不大于200米"),
    ]),
    ("村级护林员月工资不低于1800元。", [
        ("月工资", 1800.0, "元", "at_least", "amount", "月工资不低于1800元"),
    ]),
    ("城乡公交驾驶人连续驾驶时间不超过3小时。", [
        ("连续驾驶时间", 3.0, "小时", "at_most", "amount", "连续驾驶时间不超过3小时"),
    ]),
]
# Where the rule must not change the reading: what is spaced is one character with a holder before it, a spacing
# between two things keeps both, and a bare 工资 keeps its person.
KEPT = [
    ("村级护林员工资原则上不低于1800元。", [
        ("村级护林员工资", 1800.0, "元", "at_least", "amount", "村级护林员工资原则上不低于1800元"),
    ]),
    ("应急避难设施点间距不大于600米。", [
        ("应急避难设施点间距", 600.0, "米", "at_most", "amount", "应急避难设施点间距不大于600米"),
    ]),
    ("充电棚与道路边线间距不小于5米。", [
        ("充电棚与道路边线间距", 5.0, "米", "at_least", "amount", "充电棚与道路边线间距不小于5米"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LEFT_OUT + KEPT, ids=[s[:10] for s, _ in LEFT_OUT + KEPT])
def test_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
