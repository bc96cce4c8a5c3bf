"""The firms and people who run a business — 运营企业, 经营者, 经营主体 — counted under a floor are a commitment, not a
condition on who qualifies (patterns.CONDITION_CONTEXT, issue 11, session 14: round 37's two were refused whole); 运营 /
经营 alone still dates or sizes who qualifies. Sentences written for the test: every target with its exact fields and the
text its span gives back."""

import pytest

from target_rows import targets_with_spans

COUNTED = [
    ("到2027年，培育专业化养老服务运营企业5家以上。", [
        ("专业化养老服务运营企业", 5.0, "家", "at_least", "goal", "专业化养老服务运营企业5家以上"),
    ]),
    ("每年培训个体经营者不少于800人次。", [("个体经营者", 800.0, "人次", "at_least", "goal", "个体经营者不少于800人次")]),
]
# Where it must not fire: how long or how large a business has run is who qualifies.
CONDITIONS = [
    ("对正常运营1年以上的驿站给予奖励。", []),
    ("经营面积200平方米以上的门店纳入名单。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), COUNTED + CONDITIONS, ids=[s[:10] for s, _ in COUNTED + CONDITIONS])
def test_operators_counted(sentence, expected):
    assert targets_with_spans(sentence) == expected
