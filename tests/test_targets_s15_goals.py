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


# A level of government, then 配备 and what it equips closing the clause with the count, is a commitment as 新建 is
# (bare.COMMITMENT_VERBS, session 15: 「县级配备大型移动泵车4台」 was missed).
EQUIPPED_BY_LEVEL = [
    ("市级配备应急通信保障车2辆。", [
        ("应急通信保障车", 2.0, "辆", "equal", "goal", "应急通信保障车2辆"),
    ]),
]
# After 完成, a named part of the town between the verb and the count is where the works lie (head.PLACES_AFTER_VERB).
AREA_AFTER_DONE = [
    ("2027年底前完成东城片区1200户燃气管道更新。", [
        ("燃气管道", 1200.0, "户", "equal", "goal", "完成东城片区1200户燃气管道"),
    ]),
    ("完成青溪两岸12公里堤防加固。", [
        ("堤防加固", 12.0, "公里", "equal", "goal", "完成青溪两岸12公里堤防加固"),
    ]),
]
# Where it must not change: after 建成 the same words are what is built.
NOT_AREA_AFTER_DONE = [
    ("建成县级电商物流示范片区3个。", [
        ("县级电商物流示范片区", 3.0, "个", "equal", "goal", "县级电商物流示范片区3个"),
    ]),
]
LOCAL_CASES = EQUIPPED_BY_LEVEL + AREA_AFTER_DONE + NOT_AREA_AFTER_DONE


@pytest.mark.parametrize(("sentence", "expected"), LOCAL_CASES, ids=[s[:12] for s, _ in LOCAL_CASES])
def test_equipped_by_level_and_area_after_done(sentence, expected):
    assert targets_with_spans(sentence) == expected
