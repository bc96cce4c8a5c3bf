"""Rules of the ninth round for support amounts (issue 11), each on sentences written for the test, not
copied from a labelled notice: every target of the sentence with its exact indicator, value, unit,
comparator and kind, and the text its span gives back."""

import pytest

from pipeline.targets.recognise import find_targets

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS9 = [
    # PER_QUANTIFIER_WORDS 条 / 头: a per-unit quantifier and its item are no part of the support's name
    ("对新建冷链生产线的，每条生产线补助20万元。", [("补助", 20.0, "万元", "equal", "amount", "补助20万元")]),
    ("单条航线年度补贴最高200万元。", [("年度补贴", 200.0, "万元", "at_most", "amount", "年度补贴最高200万元")]),
    ("对引进良种母羊的，每头补助800元。", [("补助", 800.0, "元", "equal", "amount", "补助800元")]),
    # ITEM_EACH_SUPPORTS: an item and its 每头 before a bare support word
    ("对养殖户新生羔羊每头补助300元。", [("补助", 300.0, "元", "equal", "amount", "养殖户新生羔羊每头补助300元")]),
    # NAME_TAILS: a trailing 按 opens the standard
    ("人才驿站租金按不高于同地段市场租金的60%确定。", [("人才驿站租金", 60.0, "%", "at_most", "amount", "人才驿站租金按不高于同地段市场租金的60%")]),
    # ONLY_PER_UNIT_NAMES: 单站 / 单台（套） cap the support named before
    (
        "按设备投资额的20%给予补助，单站最高100万元。",
        [("补助", 20.0, "%", "equal", "amount", "20%给予补助"), ("补助", 100.0, "万元", "at_most", "amount", "单站最高100万元")],
    ),
    (
        "按购置价格的30%给予补助，单台（套）最高50万元。",
        [("补助", 30.0, "%", "equal", "amount", "30%给予补助"), ("补助", 50.0, "万元", "at_most", "amount", "（套）最高50万元")],
    ),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS9, ids=[s[:14] for s, _ in AMOUNTS9])
def test_round9_amounts(sentence: str, expected: list) -> None:
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind, sentence[t.start : t.end]) for t in find_targets(sentence)]
    assert got == expected


def test_respectively_granted_opening_is_no_part_of_the_name() -> None:
    """NAME_OPENINGS: 「分别给予」 opening a name is the list's verb, not the support."""
    got = find_targets("对排名前三位的区，分别给予奖励资金200万元、100万元、50万元。")
    assert got[0].indicator == "奖励资金"
