"""A one-character adverb or bound verb that jieba cuts off the character after it opens the name with it, no word of its
own to drop (indicator._one_char_compound, issue 11, session 14: 8 labels in 8 notices were cut so — 以旧换新, 宜机化,
还田…); a preposition taking its object is still left out. Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

OPENERS = [
    ("全年完成以旧换新2万台以上。", [("以旧换新", 2.0, "万台", "at_least", "goal", "以旧换新2万台以上")]),
    ("改造宜机化农田3000亩。", [("宜机化农田", 3000.0, "亩", "equal", "goal", "宜机化农田3000亩")]),
    ("每年抽检还田秸秆样品不少于30个。", [("还田秸秆样品", 30.0, "个", "at_least", "goal", "还田秸秆样品不少于30个")]),
]
# Where it must not fire: a preposition before its object.
NOT_OPENERS = [
    ("其中改造为科创空间的不少于5万平方米。", [("科创空间", 5.0, "万平方米", "at_least", "goal", "科创空间的不少于5万平方米")]),
    ("对企业给予补贴10万元。", [("补贴", 10.0, "万元", "equal", "amount", "补贴10万元")]),
]


@pytest.mark.parametrize(("sentence", "expected"), OPENERS + NOT_OPENERS, ids=[s[:10] for s, _ in OPENERS + NOT_OPENERS])
def test_one_char_openers(sentence, expected):
    assert targets_with_spans(sentence) == expected
