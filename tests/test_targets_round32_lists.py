"""Rules of the thirty-second round for 分别 lists whose members stand before the 分别 clause (issue 11, from held-out
round 31's inexact names), each on sentences written for the test, not copied from a labelled notice: every target of the
sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
LISTS32 = [
    # list_before.members_before: the grades in the clause before, the last cut to the others' length
    ("对年度评估等次为一等、二等的合作社，分别给予8万元、5万元运营经费奖励。", [
        ("一等运营经费奖励", 8.0, "万元", "equal", "amount", "给予8万元、5万元运营经费奖励"),
        ("二等运营经费奖励", 5.0, "万元", "equal", "amount", "5万元运营经费奖励"),
    ]),
    # …a level word kept whole, the certificate after the last member no part of it
    ("对新取得初级、中级、高级茶艺师证书的农民，分别按每人600元、900元、1200元给予技能提升补贴。", [
        ("初级技能提升补贴", 600.0, "元", "equal", "amount", "按每人600元、900元、1200元给予技能提升补贴"),
        ("中级技能提升补贴", 900.0, "元", "equal", "amount", "900元、1200元给予技能提升补贴"),
        ("高级技能提升补贴", 1200.0, "元", "equal", "amount", "1200元给予技能提升补贴"),
    ]),
    # …the prizes won, the recipient after 的 left out
    ("对获评金奖、银奖、铜奖的农家书屋，分别给予3万元、2万元、1万元奖励。", [
        ("金奖奖励", 3.0, "万元", "equal", "amount", "给予3万元、2万元、1万元奖励"),
        ("银奖奖励", 2.0, "万元", "equal", "amount", "2万元、1万元奖励"),
        ("铜奖奖励", 1.0, "万元", "equal", "amount", "1万元奖励"),
    ]),
    # …or the members right after 分别按
    ("对返乡创业人员，分别按初级工、中级工、高级工给予500元、800元、1000元的一次性创业补贴。", [
        ("初级工一次性创业补贴", 500.0, "元", "equal", "amount", "给予500元、800元、1000元的一次性创业补贴"),
        ("中级工一次性创业补贴", 800.0, "元", "equal", "amount", "800元、1000元的一次性创业补贴"),
        ("高级工一次性创业补贴", 1000.0, "元", "equal", "amount", "1000元的一次性创业补贴"),
    ]),
]

# Where the rule must NOT change the reading: an existing frame's list (一、二、三等奖), a list whose member count differs
# from the values', and names alike as a whole (no member to cut out of them).
NOT_LISTS32 = [
    ("对获得一、二、三等奖的作品，分别给予5000元、3000元、1000元奖励。", [
        ("一等奖奖励", 5000.0, "元", "equal", "amount", "给予5000元、3000元、1000元奖励"),
        ("二等奖奖励", 3000.0, "元", "equal", "amount", "3000元、1000元奖励"),
        ("三等奖奖励", 1000.0, "元", "equal", "amount", "1000元奖励"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS32 + NOT_LISTS32, ids=[s[:16] for s, _ in LISTS32 + NOT_LISTS32])
def test_round32_lists(sentence, expected):
    assert targets_with_spans(sentence) == expected


def test_whole_names_alike_are_not_cut():
    """「购买纯电动货车、燃油货车的」: the fallback names no member where the listed names end alike."""
    from pipeline.targets.list_before import members_before

    assert members_before("分别给予1万元、5000元一次性补贴", "对个人购买纯电动货车、燃油货车的", 2) == []
    assert members_before("分别给予1万元、5000元一次性补贴", "对评为优秀、良好、合格的村", 2) == []  # three members, two values
    assert members_before("给予1万元、5000元一次性补贴", "对评为优秀、良好的村", 2) == []  # no 分别
