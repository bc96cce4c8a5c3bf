"""A lower government's matching funds set as a share of a higher level's funds are a goal named by the funds
(matching_funds.MATCHING_NAMES, issue 11); a share set 原则上 and money per unit stay standards. Sentences written for
the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

MATCHING = [
    ("各县按不低于市级奖补资金25%的比例落实配套资金。", [
        ("配套资金", 25.0, "%", "at_least", "goal", "25%的比例落实配套资金"),
    ]),
    ("各街道配套经费不低于区级下达资金的40%。", [
        ("配套经费", 40.0, "%", "at_least", "goal", "配套经费不低于区级下达资金的40%"),
    ]),
    ("各设区市每年安排配套资金不少于省级分配额度的30%。", [
        ("配套资金", 30.0, "%", "at_least", "goal", "配套资金不少于省级分配额度的30%"),
    ]),
    ("各县要落实地方配套资金，配套比例不低于省级补助资金的40%。", [
        ("配套比例", 40.0, "%", "at_least", "goal", "配套比例不低于省级补助资金的40%"),
    ]),
]
# Where the rule must not change the reading: 原则上 makes it a standard, money per unit is one, and a share of a
# beneficiary's own cost names no higher level's funds.
NOT_MATCHING = [
    ("区县财政配套资金原则上不低于市级补助资金的40%。", [
        ("区县财政配套资金", 40.0, "%", "at_least", "amount", "区县财政配套资金原则上不低于市级补助资金的40%"),
    ]),
    ("县级财政配套资金每亩不低于400元。", [
        ("县级财政配套资金", 400.0, "元", "at_least", "amount", "县级财政配套资金每亩不低于400元"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), MATCHING + NOT_MATCHING, ids=[s[:10] for s, _ in MATCHING + NOT_MATCHING])
def test_matching_funds(sentence, expected):
    assert targets_with_spans(sentence) == expected
