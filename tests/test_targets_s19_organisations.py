"""A limit whose subject is an organisation of members named first in its clause is that organisation's standard, an amount
(organisation_kinds.ORGANISATIONS, session 19); the organisations counted themselves, or acted on, stay goals. Sentences written for
the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

ORGANISATION_STANDARDS = [
    ("书画爱好者协会每年开展技艺交流活动不少于3次。", [
        ("技艺交流活动", 3.0, "次", "at_least", "amount", "技艺交流活动不少于3次"),
    ]),
    ("社区足球俱乐部注册球员不少于80人。", [
        ("足球俱乐部注册球员", 80.0, "人", "at_least", "amount", "足球俱乐部注册球员不少于80人"),
    ]),
]
# Where the rule must not change the reading: the organisations counted, or a verb acting on them.
NOT_ORGANISATION_STANDARDS = [
    ("培育家庭农场和农民合作社不少于300家。", [
        ("家庭农场和农民合作社", 300.0, "家", "at_least", "goal", "家庭农场和农民合作社不少于300家"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), ORGANISATION_STANDARDS + NOT_ORGANISATION_STANDARDS, ids=[s[:10] for s, _ in ORGANISATION_STANDARDS + NOT_ORGANISATION_STANDARDS])
def test_organisation_standards(sentence, expected):
    assert targets_with_spans(sentence) == expected
