"""Rules of the twenty-ninth round for the holder of a standard (issue 11, from held-out round 28's names that kept a
holder), each on sentences written for the test, not copied from a labelled notice: every target of the sentence with its
exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
HOLDERS29 = [
    # standard_holders.PLACE_WORDS: a word of jieba's reading closed by a place, organisation or part ends the holder
    ("室内滑雪场雪道面积原则上不少于5000平方米。", [
        ("雪道面积", 5000.0, "平方米", "at_least", "amount", "雪道面积原则上不少于5000平方米"),
    ]),
    ("旗舰店营业面积原则上不少于500平方米。", [
        ("营业面积", 500.0, "平方米", "at_least", "amount", "营业面积原则上不少于500平方米"),
    ]),
    ("山区田块面积原则上不小于5亩。", [
        ("田块面积", 5.0, "亩", "at_least", "amount", "田块面积原则上不小于5亩"),
    ]),
    ("采砂区开采期限一般不超过2年。", [
        ("开采期限", 2.0, "年", "at_most", "amount", "开采期限一般不超过2年"),
    ]),
    ("每个村级老年协会会员原则上不少于40人。", [
        ("会员", 40.0, "人", "at_least", "amount", "会员原则上不少于40人"),
    ]),
    # …and 频次 is a measure's head: how often the part is checked
    ("消防设施关键部件检查频次每季度不少于1次。", [
        ("检查频次", 1.0, "次", "at_least", "amount", "检查频次每季度不少于1次"),
    ]),
    # HOLDER_ENDINGS road: a path before its 路面 is 步道, 栈道 — the measure keeps its whole first word
    ("景区步道路面宽度原则上不小于2米。", [
        ("路面宽度", 2.0, "米", "at_least", "amount", "路面宽度原则上不小于2米"),
    ]),
    ("湿地公园栈道路面宽度不小于1.2米。", [
        ("路面宽度", 1.2, "米", "at_least", "amount", "路面宽度不小于1.2米"),
    ]),
]

# Where the rule must NOT fire: 现场 and 社会 name no place, a cut before one character that is no noun breaks a word
# (店招), and a bare measure keeps its holder.
NOT_HOLDERS29 = [
    ("每个采砂点现场监管人员原则上不少于2名。", [
        ("现场监管人员", 2.0, "名", "at_least", "amount", "现场监管人员原则上不少于2名"),
    ]),
    ("每个景区社会监督员原则上不少于3名。", [
        ("社会监督员", 3.0, "名", "at_least", "amount", "社会监督员原则上不少于3名"),
    ]),
    ("沿街商铺店招高度原则上不超过1.2米。", [
        ("沿街商铺店招高度", 1.2, "米", "at_most", "amount", "沿街商铺店招高度原则上不超过1.2米"),
    ]),
    ("每个实验室面积原则上不少于200平方米。", [
        ("实验室面积", 200.0, "平方米", "at_least", "amount", "实验室面积原则上不少于200平方米"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), HOLDERS29 + NOT_HOLDERS29, ids=[s[:16] for s, _ in HOLDERS29 + NOT_HOLDERS29])
def test_round29_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
