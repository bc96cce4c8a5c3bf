"""A range whose unit is written after both of its ends is one value, a range with no single value (values.RANGE_UNITS,
session 17; the guide: 「1—3年」 → range [1, 3]): 「认养期限一般为3年至5年」 was read as 3 年. Sentences written for the test:
every target with its indicator, value, range, unit, comparator, kind and the text its span gives back; a span of years
(「2026年至2028年」) and a money range written once (「5万元至20万元」, read before) are left as they were."""

import pytest

from pipeline.targets.recognise import find_targets


def targets_with_ranges(sentence: str) -> list[tuple]:
    return [
        (target.indicator, target.value, target.range, target.unit, target.comparator, target.kind, sentence[target.start : target.end])
        for target in find_targets(sentence)
    ]


RANGES = [
    ("试点林地的承包期限一般为3年至5年。", [
        ("承包期限", None, (3.0, 5.0), "年", "equal", "amount", "承包期限一般为3年至5年"),
    ]),
    ("恒温展柜温度控制在18℃至24℃。", [
        ("恒温展柜温度", None, (18.0, 24.0), "℃", "reach", "amount", "恒温展柜温度控制在18℃至24℃"),
    ]),
    ("岗位见习时长一般为3个月至6个月。", [
        ("岗位见习时长", None, (3.0, 6.0), "个月", "equal", "amount", "岗位见习时长一般为3个月至6个月"),
    ]),
]
# What must not change: a money range written with its unit at both ends was read so before, and a span of years opens the
# plan's years, no range value.
KEPT = [
    ("对新认定的示范基地给予5万元至20万元奖励。", [
        ("奖励", None, (5.0, 20.0), "万元", "equal", "amount", "给予5万元至20万元奖励"),
    ]),
    ("2026年至2028年，全县新建标准化养殖场30个。", [
        ("标准化养殖场", 30.0, None, "个", "equal", "goal", "标准化养殖场30个"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), RANGES + KEPT, ids=[s[:12] for s, _ in RANGES + KEPT])
def test_range_with_its_unit_twice(sentence, expected):
    assert targets_with_ranges(sentence) == expected
