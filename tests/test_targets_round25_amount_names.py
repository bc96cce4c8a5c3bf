"""Rules of the twenty-fifth round for the names of support amounts (issue 11, from held-out round 24's naming errors),
each on sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact
indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
NAMED25 = [
    # amount_names.CONDITIONS_ONLY whose_limit: a condition of who closed by 的 before a money limit caps the support before
    ("个人申请创业担保贷款最高20万元，合伙创业的最高可达100万元。",
     [("创业担保贷款", 20.0, "万元", "at_most", "amount", "创业担保贷款最高20万元"),
      ("创业担保贷款", 100.0, "万元", "at_most", "amount", "合伙创业的最高可达100万元")]),
    # lists.RECIPIENT_LISTS: a recipient 职工 / 青年 after the list's 的 makes the listed levels name the amounts
    ("对取得技师、高级技师职业资格证书的职工，分别给予3000元、5000元技能提升补贴。",
     [("技师技能提升补贴", 3000.0, "元", "equal", "amount", "给予3000元、5000元技能提升补贴"),
      ("高级技师技能提升补贴", 5000.0, "元", "equal", "amount", "5000元技能提升补贴")]),
    # list_names.COUNTED_NAMES: names set up with a count each in the clause before 分别
    ("设立一等奖3名、二等奖6名，分别给予2万元、1万元奖励。",
     [("一等奖", 3.0, "名", "equal", "goal", "一等奖3名"), ("二等奖", 6.0, "名", "equal", "goal", "二等奖6名"),
      ("一等奖奖励", 2.0, "万元", "equal", "amount", "给予2万元、1万元奖励"), ("二等奖奖励", 1.0, "万元", "equal", "amount", "1万元奖励")]),
    # list_tails.PARALLEL_MEMBERS: 民事 / 刑事 between the shared opening words and the shared support
    ("司法救助民事、刑事案件补助分别提高到每件3000元、4000元。",
     [("司法救助民事案件补助", 3000.0, "元", "reach", "amount", "司法救助民事、刑事案件补助分别提高到每件3000元"),
      ("司法救助刑事案件补助", 4000.0, "元", "reach", "amount", "刑事案件补助分别提高到每件3000元、4000元")]),
]

# Where the rules must NOT fire: a part measured after 其中…的 (no money), a scope word opening parallel members.
NOT_NAMED25 = [
    ("给予一次性奖励，其中改造为科创空间的不少于5万平方米。",
     [("科创空间", 5.0, "万平方米", "at_least", "goal", "科创空间的不少于5万平方米")]),
    ("全省进口、出口整体通关时间分别压缩至30小时、1.2小时以内。",
     [("进口整体通关时间", 30.0, "小时", "at_most", "goal", "进口、出口整体通关时间分别压缩至30小时"),
      ("出口整体通关时间", 1.2, "小时", "at_most", "goal", "出口整体通关时间分别压缩至30小时、1.2小时")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED25 + NOT_NAMED25, ids=[s[:16] for s, _ in NAMED25 + NOT_NAMED25])
def test_round25_amount_names(sentence, expected):
    assert targets_with_spans(sentence) == expected
