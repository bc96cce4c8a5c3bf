"""Numbers that say which things are meant or how budgets share a cost are no targets (session 19, refuse.py):
a measure passing a limit inside a 的-modifier (MODIFIER_THRESHOLDS) and a matching ratio between budgets
(COST_SPLITS matching_ratio). Sentences written for the test: every target with its exact fields and the text its
span gives back."""

import pytest

from target_rows import targets_with_spans

REFUSED = [
    ("2027年，淘汰使用年限超过12年的老旧渣土车30辆以上。", [
        ("老旧渣土车", 30.0, "辆", "at_least", "goal", "老旧渣土车30辆以上"),
    ]),
    ("服务人口超过5万人的街道可增设1个分中心。", []),
    ("对入住率连续两年低于50%的养老机构开展整改。", []),
    ("月均服务时长达到20小时以上的社工，可优先推荐评优。", []),
    ("各乡镇按不低于1∶1的比例落实配套经费。", []),
    ("各区按1∶1比例安排配套资金。", []),
]
# Where the rules must not change the reading: a standard 不低于…的标准, a limit 不超过 set on each thing, and a ratio
# that is the goal's own level.
KEPT = [
    ("各县按生均每年不低于20元的标准安排研学经费。", [
        ("研学经费", 20.0, "元", "at_least", "amount", "生均每年不低于20元"),
    ]),
    ("每个站点服务半径原则上不超过3公里。", [
        ("服务半径", 3.0, "公里", "at_most", "amount", "服务半径原则上不超过3公里"),
    ]),
    ("到2028年，全市车桩比降至2:1。", [
        ("车桩比", 2.0, "", "reach", "goal", "车桩比降至2:1"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), REFUSED + KEPT, ids=[s[:10] for s, _ in REFUSED + KEPT])
def test_s19_false_targets(sentence, expected):
    assert targets_with_spans(sentence) == expected
