"""Round 15 of the goal and deadline rules (issue 11), from the goal and deadline errors of round 14 (and what
was left of round 13) grouped by construction: text written for the test (not copied from a labelled notice),
each asserting the exact record."""

import pytest

from pipeline.targets.deadlines import find_deadlines

# (sentence, the deadlines found as (text, kind, date, rule))
DEADLINES15 = [
    # deadlines.RESPONSE_CLAUSES after_event: a period counted from an event of each case is a response time
    ("监管部门在收到投诉线索后5个工作日内核实反馈。", []),
    ("检测结果在出具后3个工作日内录入平台。", []),
    # …a period counted from the notice's issue is still its deadline
    ("本方案印发后30日内制定实施细则。", [("30日内", "period", "2026-03-03", "period_within")]),
    # deadlines.RHYTHM_OF_LIMITS limited_quantity: a limit word before a number after the rhythm makes it a goal's rhythm
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
