"""A lighting standard is set in units of light — lux, candela per square metre, lumen per watt, watt per square metre
(patterns.LIGHT_UNITS) — and a light measure under a limit is an amount, an average included (measure_kinds light_measure;
session 16, after round 42 was scored: its lighting plan's standards were missed whole). Sentences written for the test:
every target with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

LIGHT = [
    ("改造完成后，路面平均照度不低于8勒克斯。", [("路面平均照度", 8.0, "勒克斯", "at_least", "amount", "路面平均照度不低于8勒克斯")]),
    ("户外显示屏夜间亮度不超过250坎德拉/平方米。", [("夜间亮度", 250.0, "坎德拉/平方米", "at_most", "amount", "夜间亮度不超过250坎德拉/平方米")]),  # (session 18: the screen is its holder, as kunzhou 42a's 夜间亮度)
    ("更换后灯具光效不低于140流明/瓦。", [("灯具光效", 140.0, "流明/瓦", "at_least", "amount", "灯具光效不低于140流明/瓦")]),
    ("支路照明功率密度值不超过0.45瓦/平方米。", [("支路照明功率密度值", 0.45, "瓦/平方米", "at_most", "amount", "支路照明功率密度值不超过0.45瓦/平方米")]),
]
# A level the territory reaches, in the same units, is a goal.
NOT_LIGHT = [
    ("全市主干路平均照度达到20勒克斯。", [("主干路平均照度", 20.0, "勒克斯", "reach", "goal", "主干路平均照度达到20勒克斯")]),
]


@pytest.mark.parametrize(("sentence", "expected"), LIGHT + NOT_LIGHT, ids=[s[:12] for s, _ in LIGHT + NOT_LIGHT])
def test_light_units(sentence, expected):
    assert targets_with_spans(sentence) == expected
