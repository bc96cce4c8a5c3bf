"""A stage's window in brackets after its name (实施步骤) is a period ending with its last month or year, whatever the stage is
called (deadlines.DEADLINES stage_window, STAGE_OPEN; session 23, after round 55's score). Sentences written for the test."""

import pytest

from pipeline.targets.deadlines import find_deadlines

STAGES = [
    ("（一）动员部署阶段（2026年5月）。各乡镇完成摸底。", [("2026年5月", "period", "2026-05-31")]),
    ("（三）总结评估阶段（2028年）。开展总结评估。", [("2028年", "period", "2028-12-31")]),
    # a stage named with a word of conditions (认定) is still a stage
    ("（一）调查认定阶段（2026年6月至9月）。完成调查。", [("2026年6月至9月", "period", "2026-09-30")]),
    # a past stage sets no deadline; a year in brackets after no stage is no window
    ("立足新发展阶段（2021年）的要求。", []),
    ("按照规划（2028年）要求推进。", []),
]


@pytest.mark.parametrize("sentence, expected", STAGES, ids=[s[:10] for s, _ in STAGES])
def test_stage_window(sentence, expected):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")] == expected
