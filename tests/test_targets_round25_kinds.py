"""Rules of the twenty-fifth round for the kind of a standard (issue 11, from held-out rounds 23–24's kind errors), each on
sentences written for the test, not copied from a labelled notice: every target of the sentence with its exact indicator,
value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
STANDARDS25 = [
    # work_standards.LIMITED_PARAMETERS assessment_weight: a weight or a score under a limit word
    ("将河湖治理纳入年度考核，考核权重不低于5%。", [("考核权重", 5.0, "%", "at_least", "amount", "考核权重不低于5%")]),
    ("将养老服务纳入部门绩效考核，分值不低于4分。", [("分值", 4.0, "分", "at_least", "amount", "分值不低于4分")]),
    # standard_kinds.FACILITY_MEASURES distance
    ("储油设施与居民楼距离不少于50米。", [("储油设施与居民楼距离", 50.0, "米", "at_least", "amount", "储油设施与居民楼距离不少于50米")]),
    # standard_kinds.IN_PRINCIPLE_VALUES: 一般为 / 原则上为
    ("项目实施周期一般为2年。", [("项目实施周期", 2.0, "年", "equal", "amount", "项目实施周期一般为2年")]),
    ("监事会成员一般为3至5人。", [("监事会成员", None, "人", "equal", "amount", "监事会成员一般为3至5人")]),
    # standard_kinds.CAPPED_COUNTS: a count capped 原则上 / 一般
    ("服务片区覆盖居民原则上不超过5000户。", [("服务片区覆盖居民", 5000.0, "户", "at_most", "amount", "服务片区覆盖居民原则上不超过5000户")]),
    ("学校班额原则上不超过40人。", [("班额", 40.0, "人", "at_most", "amount", "班额原则上不超过40人")]),
    # team_sizes.TEAM_MEMBERS: the members of a team or board set up in the clause before
    ("组建区级志愿服务队伍，注册队员不少于30名。", [("注册队员", 30.0, "名", "at_least", "amount", "注册队员不少于30名")]),
    ("每所学校成立家长委员会，家长代表不少于7人。", [("家长代表", 7.0, "人", "at_least", "amount", "家长代表不少于7人")]),
    # facility_kinds.EACH_FACILITY: a station named by 每 alone
    ("每站配备专职社工不少于2名。", [("专职社工", 2.0, "名", "at_least", "amount", "专职社工不少于2名")]),
    # kinds.SUPPORT_LIMITS: a relief's or a loan's cap raised
    ("对因病致贫重病患者，年度医疗救助限额提高到6万元。", [("年度医疗救助限额", 6.0, "万元", "reach", "amount", "年度医疗救助限额提高到6万元")]),
]

# Where the rules must NOT fire: an assessment score with no limit word, the floor of a count set 原则上, the government capping
# its own inspections, an expert pool's size, a count of people trained each year after a team, a station built, a balance raised.
NOT_STANDARDS25 = [
    ("将工作纳入考核，考核分值占3分。", []),
    ("纳入清单的企业原则上不少于500家。", [("企业", 500.0, "家", "at_least", "goal", "企业原则上不少于500家")]),
    ("对同一企业的行政检查年度内原则上不超过2次。", [("行政检查", 2.0, "次", "at_most", "goal", "行政检查年度内原则上不超过2次")]),
    ("建立市级专家库，入库专家不少于50名。", [("入库专家", 50.0, "名", "at_least", "goal", "入库专家不少于50名")]),
    ("组建应急队伍，每年培训基层应急骨干不少于300名。", [("基层应急骨干", 300.0, "名", "at_least", "goal", "基层应急骨干不少于300名")]),
    ("每年新建站点不少于10个。", [("新建站点", 10.0, "个", "at_least", "goal", "新建站点不少于10个")]),
    ("普惠小微贷款余额提高到500亿元。", [("普惠小微贷款余额", 500.0, "亿元", "reach", "goal", "普惠小微贷款余额提高到500亿元")]),
]


@pytest.mark.parametrize(("sentence", "expected"), STANDARDS25 + NOT_STANDARDS25, ids=[s[:16] for s, _ in STANDARDS25 + NOT_STANDARDS25])
def test_round25_standard_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
