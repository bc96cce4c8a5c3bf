"""Rules of the twenty-ninth round for goals (issue 11, from held-out round 28's goal errors), each on sentences written
for the test, not copied from a labelled notice: every target of the sentence with its exact indicator, value, unit,
comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
GOALS29 = [
    # word_readings.WORD_TAGS existing: 既有 opens the noun, no conjunction cut with the verbs before it
    ("到2028年，全市新增既有住宅加装电梯1500台以上。", [
        ("既有住宅加装电梯", 1500.0, "台", "at_least", "goal", "既有住宅加装电梯1500台以上"),
    ]),
    # names.NEW_THINGS_RATES: 新装 before a rate says which things the rate counts, as 新建 does
    ("新装燃气报警装置联网率达到100%。", [
        ("新装燃气报警装置联网率", 100.0, "%", "reach", "goal", "新装燃气报警装置联网率达到100%"),
    ]),
]

# Values that are no targets: a size class, a service line's number, facts after 已有 / 仍有.
NOT_GOALS29 = [
    "年内完成全市流域面积30平方公里以下河流管理范围划定。",  # refuse.SIZE_CLASSES
    "推进95598供电服务热线县域全覆盖。",  # clause_values.SERVICE_NUMBER
    "全区已有23个社区开展邻里互助，参与志愿者达800余人，年服务时长超过2万小时。",  # patterns.PRESENT_STATES
    "全市仍有约5万亩坡耕地未完成治理。",  # refuse.REPORTED_FACTS
]

# The neighbours that keep their reading: a new thing counted leaves 新装; a measure with a comparator stays a goal;
# a 12345 line still names its service.
KEPT29 = [
    ("新装太阳能路灯不少于800盏。", [
        ("太阳能路灯", 800.0, "盏", "at_least", "goal", "太阳能路灯不少于800盏"),
    ]),
    ("全市河湖水域面积保持在120平方公里以上。", [
        ("河湖水域面积", 120.0, "平方公里", "at_least", "goal", "河湖水域面积保持在120平方公里以上"),
    ]),
]


@pytest.mark.parametrize("sentence, expected", GOALS29 + KEPT29)
def test_round29_goals(sentence, expected):
    assert targets_with_spans(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_GOALS29)
def test_round29_no_goal(sentence):
    assert targets_with_spans(sentence) == []
