"""A 主要目标 list whose goals each open with a dash (「——…」, as national and provincial plans write them) reads each
goal without the dash: the dash is numbering, as 「①」 and 「(1)」 are (found.ITEM_LABEL, session 15). Sentences written
for the test: every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

DASH_GOALS = [
    ("主要目标：\n——城区供水管网漏损率控制在9%以内；\n——改造老旧供水管网60公里，新建加压泵站3座。", [
        ("城区供水管网漏损率", 9.0, "%", "at_most", "goal", "城区供水管网漏损率控制在9%以内"),
        ("老旧供水管网", 60.0, "公里", "equal", "goal", "老旧供水管网60公里"),
        ("加压泵站", 3.0, "座", "equal", "goal", "加压泵站3座"),
    ]),
    ("到2027年：\n　　——农村生活垃圾无害化处理率达到98%以上。", [
        ("农村生活垃圾无害化处理率", 98.0, "%", "at_least", "goal", "农村生活垃圾无害化处理率达到98%以上"),
    ]),
]
# Where the dash is no bullet: a dash inside a sentence joins its parts and opens no name of its own.
NOT_DASH_GOALS = [
    ("实施“一村一品”工程——每个行政村培育1个特色产业。", [
        ("特色产业", 1.0, "个", "equal", "goal", "培育1个特色产业"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), DASH_GOALS + NOT_DASH_GOALS, ids=[s[:12] for s, _ in DASH_GOALS + NOT_DASH_GOALS])
def test_dash_bullets(sentence, expected):
    assert targets_with_spans(sentence) == expected
