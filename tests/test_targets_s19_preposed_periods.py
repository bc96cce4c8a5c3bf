"""A period after 在 / 于, before its verb, is how soon each holder of a duty acts, no deadline (deadlines.PREPOSED_PERIODS,
TARGET_LABELING.md response times); one counted from the notice, or standing alone before a plan's goal, stays a deadline.
Sentences written for the test."""

import pytest

from pipeline.targets.deadlines import find_deadlines

NOTICE_DATE = "2026-05-10"
NOT_DEADLINES = [
    "验收合格后，管理单位应在2个月内办理资产移交手续。",
    "参训人员须在3个月内提交实践报告。",
    "新建充电站应在投运前15日内完成安全登记。",
    "对核实的违规线索，执法部门于10日内完成处置。",
    "对虚报冒领的，取消相关企业3年内申报资格。",
]
DEADLINES = [
    ("各乡镇要在6个月内完成排查整治。", [("6个月内", "period", "2026-11-10")]),
    ("各区县要于本通知印发之日起20日内制定实施方案。", [("20日内", "period", "2026-05-30")]),
    ("两年内建成社区养老服务站40个。", [("两年内", "period", "2028-05-10")]),
]


@pytest.mark.parametrize("sentence", NOT_DEADLINES, ids=[s[:8] for s in NOT_DEADLINES])
def test_a_period_before_its_verb_is_no_deadline(sentence):
    assert find_deadlines(sentence, NOTICE_DATE) == []


@pytest.mark.parametrize(("sentence", "expected"), DEADLINES, ids=[s[:8] for s, _ in DEADLINES])
def test_a_period_of_the_notice_stays_a_deadline(sentence, expected):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, NOTICE_DATE)] == expected
