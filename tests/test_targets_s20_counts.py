"""A count built by a date, with no name of its own, after the clause that names what is built (built_counts.built_count,
issue 11, session 20): the thing the clause before builds, or its target's name in the same unit. Sentences written for
the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

BUILT = [
    ("依托职业院校建设区域共享实训中心，2027年底前建成6个。", [
        ("区域共享实训中心", 6.0, "个", "equal", "goal", "6个"),
    ]),
    ("围绕特色产业组建产业技术联盟，2026年组建4个以上。", [
        ("产业技术联盟", 4.0, "个", "at_least", "goal", "4个"),
    ]),
    ("两年新建改造城区雨水管网80公里以上，2026年完成30公里。", [
        ("城区雨水管网", 80.0, "公里", "at_least", "goal", "城区雨水管网80公里以上"),
        ("城区雨水管网", 30.0, "公里", "equal", "goal", "30公里"),
    ]),
]
# Where the rule must not add a count: no clause before it, and a clause before that builds nothing.
NOT_BUILT = [
    ("2026年完成30公里。", []),
    ("加强日常巡查，2026年完成6个。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), BUILT + NOT_BUILT, ids=[s[:10] for s, _ in BUILT + NOT_BUILT])
def test_built_counts(sentence, expected):
    assert targets_with_spans(sentence) == expected
