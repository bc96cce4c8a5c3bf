"""Round 15 of the goal and deadline rules (issue 11), from the goal and deadline errors of round 14 (and what
was left of round 13) grouped by construction: text written for the test (not copied from a labelled notice),
each asserting the exact record."""

import pytest

from pipeline.targets.deadlines import find_deadlines
from pipeline.targets.recognise import find_targets
from target_rows import fields

# (sentence, index of the target, (indicator, value, unit, comparator, kind, year), the span's text)
GOALS15 = [
    # patterns.MEASURE_UNITS: 尾 (fry released) and 台套 (machines with their sets) are measure words, the scale before them kept
    ("全年珍稀鱼类苗种不少于300万尾。", 0, ("珍稀鱼类苗种", 300.0, "万尾", "at_least", "goal", None), "珍稀鱼类苗种不少于300万尾"),
    ("储备排涝设备不少于800台套。", 0, ("排涝设备", 800.0, "台套", "at_least", "goal", None), "排涝设备不少于800台套"),
    ("新增农机具1500台套。", 0, ("农机具", 1500.0, "台套", "increase", "goal", None), "农机具1500台套"),
]


@pytest.mark.parametrize(("sentence", "index", "want", "span"), GOALS15)
def test_round15_goal(sentence, index, want, span):
    target = find_targets(sentence)[index]
    assert fields(target, 6) == want
    assert sentence[target.start : target.end] == span


# (sentence, the deadlines found as (text, kind, date, rule))
DEADLINES15 = [
    # deadlines.RESPONSE_CLAUSES after_event: a period counted from an event of each case is a response time
    ("监管部门在收到投诉线索后5个工作日内核实反馈。", []),
    ("检测结果在出具后3个工作日内录入平台。", []),
    # …a period counted from the notice's issue is still its deadline
    ("本方案印发后30日内制定实施细则。", [("30日内", "period", "2026-03-03", "period_within")]),
    # recurring.RHYTHM_OF_LIMITS limited_quantity: a limit word before a number after the rhythm makes it a goal's rhythm
    ("每个服务站每周开放不少于6天。", []),
    ("每名网格员每年参加业务培训不少于40学时。", []),
    # …quantity_closing: a number with any measure closing the clause
    ("每年发放良种鱼苗2亿尾以上。", []),
    # …a month after the rhythm is no measure: the rhythm stays
    ("每年5月至6月、10月至11月集中开展巡查。", [("每年5月", "recurring", None, "recurring")]),
    # …nor is a rhythm before a verb with no number
    ("每年发布一批应用场景清单。", [("每年", "recurring", None, "recurring")]),
]


@pytest.mark.parametrize(("sentence", "want"), DEADLINES15)
def test_round15_deadline(sentence, want):
    found = find_deadlines(sentence, "2026-02-01")
    assert [(d.text, d.kind, d.date, d.rule) for d in found] == want
