"""A division of the territory that designates (确定, 落实) so many people or things for itself sets a quota, a goal, like
明确 (patterns.PLACE_THEN_VERB, issue 11, session 20); a facility that does so meets a standard, an amount. Sentences
written for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

QUOTAS = [
    ("每个行政村确定1名护林员。", [("护林员", 1.0, "名", "equal", "goal", "确定1名护林员")]),
    ("每个社区落实2名网格员。", [("网格员", 2.0, "名", "equal", "goal", "落实2名网格员")]),
]
# Where the rule must not change the reading: a facility, not a division, designates the person.
NOT_QUOTAS = [
    ("每个养老机构确定1名联络员。", [("联络员", 1.0, "名", "equal", "amount", "确定1名联络员")]),
]


@pytest.mark.parametrize(("sentence", "expected"), QUOTAS + NOT_QUOTAS, ids=[s[:8] for s, _ in QUOTAS + NOT_QUOTAS])
def test_designated_quotas(sentence, expected):
    assert targets_with_spans(sentence) == expected
