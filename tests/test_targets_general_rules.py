"""Written cases for the general rules added after the held-out notices (issue 11): one sentence per
rule, written for the test, each asserting the exact indicator, value, unit, comparator and kind."""

import pytest

from pipeline.targets.recognise import find_targets

CASES = [
    # support_named: the support named after 给予, the value after it
    ("对认定的市级示范工厂给予一次性奖励200万元，", ("一次性奖励", 200.0, "万元", "equal", "amount")),
    ("对首次创业的高校毕业生给予一次性创业补贴5000元；", ("一次性创业补贴", 5000.0, "元", "equal", "amount")),
    # granted 「…元的补贴」 after a support verb is no eligibility condition
    ("再给予每人1000元的带动就业补贴。", ("带动就业补贴", 1000.0, "元", "equal", "amount")),
    ("对展位费用给予30%的补贴。", ("补贴", 30.0, "%", "equal", "amount")),
    # number_in_name: 「5G」 is part of a name
    ("新增5G基站8000个。", ("5G基站", 8000.0, "个", "increase", "goal")),
    # verb_last: 「…新增15个」 closing the phrase
    ("区域数据中心机架新增20个。", ("区域数据中心机架", 20.0, "个", "increase", "goal")),
    # region/累计/年均 before a verb of commitment
    ("全市新增科技型企业500家，", ("科技型企业", 500.0, "家", "increase", "goal")),
    ("累计培育市级专精特新企业300家，", ("市级专精特新企业", 300.0, "家", "total", "goal")),
    ("年均培训技能人才1万人次。", ("技能人才", 1.0, "万人次", "equal", "goal")),
    # an increase of 经营主体 is no eligibility condition (「正常经营1年以上」 is)
    ("全县新增经营主体2000户以上，", ("经营主体", 2000.0, "户", "at_least", "goal")),
    # goal totals: a sum the government commits
    ("市级财政安排2亿元创新券资金，", ("创新券资金", 2.0, "亿元", "equal", "goal")),
    ("科技信贷余额突破300亿元。", ("科技信贷余额", 300.0, "亿元", "at_least", "goal")),
    ("全年新增创业担保贷款3亿元以上。", ("创业担保贷款", 3.0, "亿元", "at_least", "goal")),
    # 各类 before the measured noun is no part of it
    ("引进各类高层次人才超2000名，", ("高层次人才", 2000.0, "名", "at_least", "goal")),
    # a per-unit subject and its verb leave the indicator
    ("每个产业集群培育龙头企业不少于2家。", ("龙头企业", 2.0, "家", "at_least", "goal")),
    ("每个园区建成公共服务平台不少于2个。", ("公共服务平台", 2.0, "个", "at_least", "goal")),
    # 返还 names support (稳岗返还), not an action ending the noun
    ("按企业上年度缴纳失业保险费的50%给予稳岗返还。", ("稳岗返还", 50.0, "%", "equal", "amount")),
]


@pytest.mark.parametrize(("sentence", "want"), CASES)
def test_general_rule(sentence, want):
    got = [(t.indicator, t.value, t.unit, t.comparator, t.kind) for t in find_targets(sentence)]
    assert got == [want]


def test_granted_duration_after_a_support_verb_stays_a_period():
    """「可按6个月的…确定」: a duration with 的 after 按 is a period, not a granted amount."""
    assert find_targets("返还标准可按6个月的当地月人均失业保险金确定。") == []
