"""Rules of the thirtieth round for a standard's holder (issue 11, from held-out round 29's names), each on sentences
written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator, value,
unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
HOLDERS30 = [
    # standard_holders.MEASURE_HEADS: a distance of the holder's own, no second thing in it
    ("每个冷链仓库卫生防护距离原则上不少于300米。", [
        ("卫生防护距离", 300.0, "米", "at_least", "amount", "卫生防护距离原则上不少于300米"),
    ]),
    # …a count (数量) after 内 standing as a word of its own (WITHIN_WORDS)
    ("仓库内危险化学品存放数量原则上不超过20吨。", [
        ("危险化学品存放数量", 20.0, "吨", "at_most", "amount", "危险化学品存放数量原则上不超过20吨"),
    ]),
    # …a locker's slots, the locker (柜) a holder
    ("换电站充电柜电池仓位原则上不超过16个。", [
        ("电池仓位", 16.0, "个", "at_most", "amount", "电池仓位原则上不超过16个"),
    ]),
    # _inside_word: 综合体 is no holder where jieba reads 综合 and 体育; the centre before it is
    ("康复中心综合体育活动时间每周不少于6小时。", [
        ("综合体育活动时间", 6.0, "小时", "at_least", "amount", "综合体育活动时间每周不少于6小时"),
    ]),
    # name_openers: the owner and a day's period open the name as a month's do
    ("学员每天专业实训时间不少于4小时。", [
        ("专业实训时间", 4.0, "小时", "at_least", "amount", "专业实训时间不少于4小时"),
    ]),
]

# Where the rule must NOT fire: a distance from one thing to another (SPACED), 内 joined to its noun (校内), a bare count.
NOT_HOLDERS30 = [
    ("隔离设施距住宅楼距离原则上不少于20米。", [
        ("隔离设施距住宅楼距离", 20.0, "米", "at_least", "amount", "隔离设施距住宅楼距离原则上不少于20米"),
    ]),
    ("托育机构校内户外活动时间每天不少于2小时。", [
        ("校内户外活动时间", 2.0, "小时", "at_least", "amount", "校内户外活动时间每天不少于2小时"),
    ]),
    ("每个示范店门店数量原则上不少于3家。", [
        ("门店数量", 3.0, "家", "at_least", "amount", "门店数量原则上不少于3家"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), HOLDERS30 + NOT_HOLDERS30, ids=[s[:16] for s, _ in HOLDERS30 + NOT_HOLDERS30])
def test_round30_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
