"""A clause that opens an amount's name and says whose or where the measure is, not what is measured: the assessment
a weight or score is held in (「在考核中的权重」 → 权重) and a 「…的」 clause before a measure that is no share
(「合同约定的租赁期限」 → 租赁期限). A 「…的」 clause before a share or rate says what is counted and stays (the guide,
「提供托育服务的公办幼儿园占比」): a name ending in 比例 / 占比 / 比重 / …率, or a value in per cent
(「兼职教师承担的专业课课时不少于专业课总课时的20%」), keeps it."""

from __future__ import annotations

from .. import rx as re
from .found import FoundTarget, renamed

# (name, pattern on the amount's name, example). Counted over the amount labels of every round (session 14, issue 11).
CLAUSE_OPENERS = (
    # 4 amount labels of 4 notices of 4 rounds (jingbin 23b 「所占分值」, lanbu 26b 「…考核中所占权重」, shechuan 35b 「在考核中
    # 的权重」, weining 37b 「…综合绩效考核中的权重」) name the weight or score alone; none of the 60 labels named 权重 / 分值
    # keeps 所占 or 「…中的」 (a name written 考核权重 / 考核分值 / 指标权重 runs into its value with no 中 and stays as written).
    ("weight_in_assessment", r"^[^,;。\d]*?(?:中(?:所占|的)|所占)(?=(?:权重|分值)$)", "纳入年度考核，在考核中的权重不低于5% → 权重 / 所占分值不低于3分 → 分值"),
    # 5 amount labels of 4 notices of 4 rounds (huanyang 30b 「合同约定的租赁期限」, min_an 24b 「律师事务所为小微企业提供服务的收费
    # 标准」, puxi 36a 「平台指令下达至终端的响应时间」, tuanchuan 15a 「…接收救护车转运患者的交接时间」 and 「直升机起降点与医院急诊科的
    # 转运时间」) leave the clause out before a measure of four or more characters; the one label with such a clause kept
    # (zhangyu 21b 「兼职教师承担的专业课课时」) is a share, its value a per cent of the total.
    ("clause_before_measure", r"^[^,;。\d]{2,}?的(?=[^,;。\d的]{4,}$)(?![^,;。]*(?:比例|占比|比重|率)$)", "按合同约定的租赁期限不少于5年 → 租赁期限 / 指令下达的响应时间不超过10分钟 → 响应时间"),
)
WEIGHT_OPENER, MEASURE_CLAUSE = (re.compile(pattern) for _, pattern, _ in CLAUSE_OPENERS)
SHARE_UNITS = frozenset(("%", "个百分点", "‰"))


def clause_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the clause opening its name (CLAUSE_OPENERS) where it is an amount; a 「…的」 clause stays
    before a value in per cent."""
    if target.kind != "amount":
        return target
    if not (opener := WEIGHT_OPENER.match(target.indicator)) and (target.unit in SHARE_UNITS or not (opener := MEASURE_CLAUSE.match(target.indicator))):
        return target
    return renamed(folded, target, target.indicator[opener.end() :])
