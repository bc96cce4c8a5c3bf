"""Session 18, missed targets: a number with no unit right after a limit word and closing its phrase is a dimensionless
measure's limit (bare.UNITLESS_LIMITS); 周 is a unit of time (more_units.MORE_TIME_UNITS). Sentences written for the
test: every target with its exact fields and the text its span gives back; the last cases must not change."""

import pytest

from target_rows import targets_with_spans

READ = [
    ("改造后果园郁闭度原则上不高于0.7。", [
        ("果园郁闭度", 0.7, "", "at_most", "amount", "果园郁闭度原则上不高于0.7"),
    ]),
    ("新建边缘计算中心PUE原则上不高于1.3。", [
        ("边缘计算中心PUE", 1.3, "", "at_most", "amount", "边缘计算中心PUE原则上不高于1.3"),
    ]),
    ("堆肥场厂界臭气浓度原则上不高于15（无量纲）。", [
        ("堆肥场厂界臭气浓度", 15.0, "", "at_most", "amount", "堆肥场厂界臭气浓度原则上不高于15"),
    ]),
    ("到2028年，新能源公交车与燃油公交车之比提高到0.9；", [
        ("新能源公交车与燃油公交车之比", 0.9, "", "reach", "goal", "新能源公交车与燃油公交车之比提高到0.9"),
    ]),
    ("每名社区网格员每年脱产培训时间不少于2周。", [
        ("脱产培训时间", 2.0, "周", "at_least", "amount", "脱产培训时间不少于2周"),
    ]),
    ("居家康复患者可申领最长8周的康复辅具租赁服务。", [
        ("康复辅具租赁服务", 8.0, "周", "at_most", "amount", "申领最长8周的康复辅具租赁服务"),
    ]),
]
# A bare number without a limit word, or followed by more words, stays no target; 四周 is all around, 周年 an anniversary.
KEPT = [
    ("编号为3的地块优先安排。", []),
    ("每个健身广场面积不少于800平方米，四周设置高度不低于1.5米的护栏。", [
        ("健身广场面积", 800.0, "平方米", "at_least", "amount", "健身广场面积不少于800平方米"),
        ("高度", 1.5, "米", "at_least", "amount", "高度不低于1.5米"),
    ]),
    ("组织纪念建馆60周年活动。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), READ + KEPT, ids=[s[:10] for s, _ in READ + KEPT])
def test_missed_targets(sentence, expected):
    assert targets_with_spans(sentence) == expected
