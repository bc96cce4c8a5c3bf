"""Which of the works a verb of completion finishes — 剩余, 清单内, 已排查出的, a year's (N年度) or a phase's (一期) —
stands between the verb and the count of the works, as a batch word (首批) does, and the count is still a goal
(head.WHICH_WORKS, session 14). Sentences written for the test: every target with its exact fields and the text its
span gives back."""

import pytest

from target_rows import targets_with_spans

WHICH_WORKS = [
    ("2027年底前完成剩余40台燃煤锅炉淘汰。", [
        ("燃煤锅炉", 40.0, "台", "equal", "goal", "完成剩余40台燃煤锅炉"),
    ]),
    ("完成清单内9条农村黑臭水体治理。", [
        # the facility counted, not its 治理 (after_value.FACILITY_WORKS, session 18: lanbu 26b, zhixi 19a label it so)
        ("农村黑臭水体", 9.0, "条", "equal", "goal", "完成清单内9条农村黑臭水体"),
    ]),
    ("完成已排查出的6处易涝点整治。", [
        ("易涝点整治", 6.0, "处", "equal", "goal", "完成已排查出的6处易涝点整治"),
    ]),
    ("完成2027年度50条背街小巷路面整治。", [
        ("背街小巷路面整治", 50.0, "条", "equal", "goal", "完成2027年度50条背街小巷路面整治"),
    ]),
    ("完成一期8万平方米标准厂房建设。", [
        # the facility counted, not its 建设 (after_value.FACILITY_WORKS, session 18: ancheng 9a labels it so)
        ("标准厂房", 8.0, "万平方米", "equal", "goal", "完成一期8万平方米标准厂房"),
    ]),
]
# Where the rule must not change the reading: a year's funds after a verb of spending, not of completion.
NOT_WHICH_WORKS = [
    ("县财政安排2026年度乡村振兴资金3000万元。", [
        ("2026年度乡村振兴资金", 3000.0, "万元", "equal", "goal", "2026年度乡村振兴资金3000万元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), WHICH_WORKS + NOT_WHICH_WORKS, ids=[s[:12] for s, _ in WHICH_WORKS + NOT_WHICH_WORKS])
def test_which_works(sentence, expected):
    assert targets_with_spans(sentence) == expected
