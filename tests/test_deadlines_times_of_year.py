"""A named period of the year after 每年 — a season before 前, a 防火期, the year's opening — makes the task recurring, as a
festival or 汛前 does (recurring.TIMES_OF_YEAR named_period, issue 11, session 14: 6 labels in 6 notices of rounds 29–38
were missed), and so does once in the period right after the deed (recurring.ONCE_AFTER_DEEDS: 5 labels of 4 notices); an
annual quantity, a beneficiary's cap and a facility's limited count stay no deadline. Sentences written for the test."""

import pytest

from pipeline.targets.deadlines import find_deadlines

RECURRING = [
    # (ONCE_AFTER_DEEDS: once in the period right after the deed restates the rhythm)
    "建立信用评价制度，每年评价一次，评价结果向社会公布。",
    "服务清单每年动态调整一次。",
    "每年枯水期前制定重点湿地生态补水调度方案。",
    "每年台风季前开展渔港设施隐患排查。",
    "领导小组每年年初制定年度工作要点。",
    "每年冬春火灾高发期前组织开展消防安全检查。",
    # (session 23: any season before 前, a 季节, and the peak of power demand — 3 labels of rounds 29 and 53 missed before)
    "每年台风季节前组织开展外墙隐患排查。",
    "每年雪季开板前完成索道安全检测。",
    "每年旺季来临前开展景区安全检查。",
    "每年迎峰度夏前至少组织1次负荷管理实战演练。",
]
NOT_DEADLINES = ["每年安排专项资金不少于500万元。", "每年冬季供暖补贴每户800元。", "每人每年只享受一次补贴。", "运营企业每季度至少开展1次安全自查。"]


@pytest.mark.parametrize("sentence", RECURRING, ids=[s[:8] for s in RECURRING])
def test_time_of_year_recurs(sentence):
    assert [(d.text, d.kind, d.date) for d in find_deadlines(sentence, "2026-03-01")] == [("每年", "recurring", None)]


@pytest.mark.parametrize("sentence", NOT_DEADLINES, ids=[s[:8] for s in NOT_DEADLINES])
def test_annual_quantity_is_no_deadline(sentence):
    assert find_deadlines(sentence, "2026-03-01") == []
