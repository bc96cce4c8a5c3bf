"""Session 16: a scope word opening a cap on all of a beneficiary's supports (各项, 各类, 本方案 …) is left out of the
amount's name (name_openers.NAME_OPENERS scope_of_supports). Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

SCOPED = [
    ("同一合作社每年享受本办法各项奖补资金累计不超过50万元。", [
        ("奖补资金", 50.0, "万元", "at_most", "amount", "奖补资金累计不超过50万元"),
    ]),
    ("单个商户当年享受本方案各类奖补资金合计不超过30万元。", [
        ("奖补资金", 30.0, "万元", "at_most", "amount", "奖补资金合计不超过30万元"),
    ]),
]
# Where the rule must not change the reading: a goal keeps its name.
NOT_SCOPED = [
    ("全年举办各级各类群众文化活动不少于80场次。", [
        ("各级各类群众文化活动", 80.0, "场次", "at_least", "goal", "各级各类群众文化活动不少于80场次"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), SCOPED + NOT_SCOPED, ids=[s[:10] for s, _ in SCOPED + NOT_SCOPED])
def test_scope_of_supports(sentence, expected):
    assert targets_with_spans(sentence) == expected
