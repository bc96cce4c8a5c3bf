"""Round 21 of the goal and deadline rules (issue 11), from the goal and deadline errors of round 20 (and rounds 16–19)
grouped by construction and counted across writers: text written for the test (not copied from a labelled notice),
each asserting the exact targets (fields and the span's text) or the exact deadlines."""

import pytest

from target_rows import targets_with_spans

# (sentence, the targets found as (indicator, value, unit, comparator, kind, span text)); the notice is of 2026
BUDGETS21 = [
    # budget_names.PAYER_BUDGETS payer_budget: a payer, its year or rhythm and the verb of budgeting open the name, the
    # fund's name after them is the target's (yuanping 17a, yuanxi 17d, tingzhou 18b, zhixi 19a, tangxi 19c, xiling 20a)
    ("省级财政2027年安排中小企业数字化转型专项资金6000万元。", [("中小企业数字化转型专项资金", 6000.0, "万元", "equal", "goal", "中小企业数字化转型专项资金6000万元")]),
    ("县财政投入水土保持治理资金1.5亿元。", [("水土保持治理资金", 1.5, "亿元", "equal", "goal", "水土保持治理资金1.5亿元")]),
    ("市级统筹安排资金3000万元，用于发放文旅消费券。", [("资金", 3000.0, "万元", "equal", "goal", "资金3000万元")]),
    ("区财政每年安排社区养老服务运营资金900万元。", [("社区养老服务运营资金", 900.0, "万元", "equal", "goal", "社区养老服务运营资金900万元")]),
    ("市财政2026—2028年每年安排文化旅游发展专项资金不少于2亿元。", [("文化旅游发展专项资金", 2.0, "亿元", "at_least", "goal", "文化旅游发展专项资金不少于2亿元")]),
    # budget_names.FUND_HEADS / FUND_VERBS: the verb of a fund's purpose stays in its name (tanqiao 19b, yuwan 20b)…
    ("2027年区级财政安排城镇老旧小区改造专项资金不少于2亿元。", [("城镇老旧小区改造专项资金", 2.0, "亿元", "at_least", "goal", "城镇老旧小区改造专项资金不少于2亿元")]),
    ("市级财政每年安排乡村医生队伍能力提升专项资金不少于800万元。", [("乡村医生队伍能力提升专项资金", 800.0, "万元", "at_least", "goal", "乡村医生队伍能力提升专项资金不少于800万元")]),
    # …a verb acting on the fund does not (counter-example: the fund's own name after it)
    ("各县（市、区）每年安排配套资金不少于500万元。", [("配套资金", 500.0, "万元", "at_least", "goal", "配套资金不少于500万元")]),
]


@pytest.mark.parametrize(("sentence", "want"), BUDGETS21)
def test_round21_budget_name(sentence, want):
    assert targets_with_spans(sentence) == want
