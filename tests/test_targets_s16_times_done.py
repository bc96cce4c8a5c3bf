"""A count of times closing its clause after a limit and a deed of four characters at most names the deed, and is read as
the same standard with its limit after the deed: 「每半年至少清洗消毒1次」 as 「每半年清洗消毒不少于1次」 (times_done, session
16). Sentences written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

TIMES = [
    ("小区二次供水水箱每半年至少清洗消毒1次。", [("清洗消毒", 1.0, "次", "at_least", "amount", "清洗消毒1次")]),
    ("村级污水处理站每年至少清掏2次。", [("清掏", 2.0, "次", "at_least", "amount", "清掏2次")]),
    ("燃气企业对餐饮用户每季度至少入户安检1次。", [("入户安检", 1.0, "次", "at_least", "amount", "入户安检1次")]),
    ("网格员对独居老人每周至少上门探访1次，探访情况录入平台。", [("上门探访", 1.0, "次", "at_least", "amount", "上门探访1次")]),
]
# Where it must not change: a noun after the count is what is counted (clause_values.LIMITED_VERBS); a deed with an object
# or a place gone to is longer than four characters and gives no target; a limit after the deed was read before.
NOT_TIMES = [
    ("每年至少组织开展1次防汛应急演练。", [("防汛应急演练", 1.0, "次", "at_least", "goal", "至少组织开展1次防汛应急演练")]),
    ("联系领导每季度至少走访所联系企业1次。", []),
    ("公厕化粪池每年清掏不少于2次。", [("清掏", 2.0, "次", "at_least", "amount", "清掏不少于2次")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TIMES + NOT_TIMES, ids=[s[:12] for s, _ in TIMES + NOT_TIMES])
def test_times_done(sentence, expected):
    assert targets_with_spans(sentence) == expected
