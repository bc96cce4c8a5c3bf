"""How long each case is published, wherever it is published, is a standard named 公示 (standard.PUBLICITY_HEADS,
issue 11). Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

CASES = [
    ("入选名单在市政府网站公示7天。", [("公示", 7.0, "天", "equal", "amount", "公示7天")]),
    ("资格复核结果在所在村（社区）公示5个工作日。", [("公示", 5.0, "个工作日", "equal", "amount", "公示5个工作日")]),
    ("评选结果向社会公示不少于10天。", [("公示", 10.0, "天", "at_least", "amount", "公示不少于10天")]),
    # a publicity named by its own time keeps that name (time_names opened_or_published)
    ("考核结果公示时间不少于7个工作日。", [("公示时间", 7.0, "个工作日", "at_least", "amount", "公示时间不少于7个工作日")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_publicity_period(sentence, expected):
    assert targets_with_spans(sentence) == expected
