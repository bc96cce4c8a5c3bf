"""Later values of a 分别 list that no frame named (joined_values.joined_value, issue 11, session 20): each value joined
to the first by 、 alone is one more value of the list, with its name, limit and kind; a year listed before 分别 names no
value; a limit after the last value is its own. Sentences written for the test: every target with its exact fields and
the text its span gives back."""

import pytest

from target_rows import targets_with_spans

JOINED = [
    ("试点期间补助期限分别为2年、3年。", [
        ("补助期限", 2.0, "年", "equal", "amount", "补助期限分别为2年"),
        ("补助期限", 3.0, "年", "equal", "amount", "3年"),
    ]),
    ("2026年、2027年造林面积分别达到3万亩、4万亩。", [
        ("造林面积", 3.0, "万亩", "reach", "goal", "造林面积分别达到3万亩"),
        ("造林面积", 4.0, "万亩", "reach", "goal", "4万亩"),
    ]),
    ("东西两片区的PM2.5浓度分别降至30微克/立方米、35微克/立方米以下。", [
        ("PM2.5浓度", 30.0, "微克/立方米", "reach", "goal", "PM2.5浓度分别降至30微克/立方米"),
        ("PM2.5浓度", 35.0, "微克/立方米", "at_most", "goal", "35微克/立方米"),
    ]),
]
# Where the rule must not add a value: no 分别 before the values, and a later value in another unit (a term after a sum).
NOT_JOINED = [
    ("支持补助期限最长2年、3年。", [
        ("补助期限", 2.0, "年", "at_most", "amount", "补助期限最长2年"),
    ]),
    ("分别给予最高50万元、3年的支持。", [
        ("支持", 50.0, "万元", "at_most", "amount", "给予最高50万元、3年的支持"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), JOINED + NOT_JOINED, ids=[s[:10] for s, _ in JOINED + NOT_JOINED])
def test_joined_values(sentence, expected):
    assert targets_with_spans(sentence) == expected
