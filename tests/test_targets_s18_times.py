"""A count of times after 每 + a period and the deed, with no limit word, closed by the thing done, is what each person
served gets — an amount named by the thing (times_done.PERSONS_SERVED, session 18); without persons served it stays a
government task's rhythm, no target. Sentences written for the test: every target with its exact fields and its span's text."""

import pytest

from target_rows import targets_with_spans

SERVED = [
    ("为80周岁以上独居老人每年免费开展1次上门健康评估。", [
        ("上门健康评估", 1.0, "次", "equal", "amount", "1次上门健康评估"),
    ]),
    ("对纳入随访管理的严重精神障碍患者，每季度进行1次较系统的风险评估。", [
        ("风险评估", 1.0, "次", "equal", "amount", "1次较系统的风险评估"),
    ]),
    ("“乡村名匠”每年安排1次外出研修和交流活动。", [
        ("外出研修和交流活动", 1.0, "次", "equal", "amount", "每年安排1次外出研修和交流活动"),
    ]),
]
# Where the rule must not change the reading: a government task's rhythm (no one served), a limit word before the count,
# a beneficiary's cap (只), and a facility acted on.
NOT_SERVED = [
    ("每年开展1次全县防汛应急演练。", []),
    ("领导小组每季度召开1次工作推进会。", []),
    ("每人每年只享受1次。", []),
    ("对在建市政工程每月开展1次质量巡查。", []),
    ("为辖区孕产妇每年至少提供2次免费产前检查。", [
        ("免费产前检查", 2.0, "次", "at_least", "amount", "每年至少提供2次免费产前检查"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), SERVED + NOT_SERVED, ids=[s[:10] for s, _ in SERVED + NOT_SERVED])
def test_times_for_persons_served(sentence, expected):
    assert targets_with_spans(sentence) == expected
