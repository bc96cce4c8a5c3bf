"""What is opened or published, and to whom, is the holder of the time it is open or published
(time_names.TIME_FROM_EVENTS opened_or_published, issue 11); how it opens stays. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

CASES = [
    ("科技馆每周面向中小学生开放时间不少于3天。", [("开放时间", 3.0, "天", "at_least", "amount", "开放时间不少于3天")]),
    ("社区书屋开放时间每天不少于8小时。", [("开放时间", 8.0, "小时", "at_least", "amount", "开放时间每天不少于8小时")]),
    ("考核结果公示时间不少于7个工作日。", [("公示时间", 7.0, "个工作日", "at_least", "amount", "公示时间不少于7个工作日")]),
    # how it opens stays
    ("体育场馆每周免费开放时间不少于20小时。", [("免费开放时间", 20.0, "小时", "at_least", "amount", "免费开放时间不少于20小时")]),
    ("文化馆夜间开放时间不少于3小时。", [("夜间开放时间", 3.0, "小时", "at_least", "amount", "夜间开放时间不少于3小时")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_opened_or_published(sentence, expected):
    assert targets_with_spans(sentence) == expected
