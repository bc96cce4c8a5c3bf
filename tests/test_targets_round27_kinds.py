"""Rules of the twenty-seventh round for the kind of a target (issue 11, from held-out round 26's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
KINDS27 = [
    # standard_kinds.standard_run: later clauses of a standard's sentence are more of its standard, whatever they count
    ("驿站使用面积原则上不少于80平方米，休息座位不少于20个，急救药箱不少于1套。", [
        ("使用面积", 80.0, "平方米", "at_least", "amount", "使用面积原则上不少于80平方米"),
        ("休息座位", 20.0, "个", "at_least", "amount", "休息座位不少于20个"),
        ("急救药箱", 1.0, "套", "at_least", "amount", "急救药箱不少于1套"),
    ]),
    ("露营地占地面积原则上不少于30亩，设置的帐篷营位不少于40个。", [
        ("占地面积", 30.0, "亩", "at_least", "amount", "占地面积原则上不少于30亩"),  # 营地 is a holder (round 27 holders)
        ("帐篷营位", 40.0, "个", "at_least", "amount", "帐篷营位不少于40个"),
    ]),
]

# Where the rule must NOT fire: a level reached, events held in the whole year, a division's quota after a standard.
NOT_KINDS27 = [
    ("服务站建筑面积不少于300平方米，群众满意度达到95%以上。", [
        ("建筑面积", 300.0, "平方米", "at_least", "amount", "建筑面积不少于300平方米"),
        ("群众满意度", 95.0, "%", "at_least", "goal", "群众满意度达到95%以上"),
    ]),
    ("驿站面积不少于50平方米，全年举办公益活动不少于20场。", [
        ("驿站面积", 50.0, "平方米", "at_least", "amount", "驿站面积不少于50平方米"),
        ("公益活动", 20.0, "场", "at_least", "goal", "公益活动不少于20场"),
    ]),
    ("检测站场地面积不少于2000平方米，每个乡镇至少布设1个流动检测点。", [
        ("场地面积", 2000.0, "平方米", "at_least", "amount", "场地面积不少于2000平方米"),
        ("流动检测点", 1.0, "个", "at_least", "goal", "至少布设1个流动检测点"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS27 + NOT_KINDS27, ids=[s[:16] for s, _ in KINDS27 + NOT_KINDS27])
def test_round27_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
