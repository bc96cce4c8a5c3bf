"""Three frames around a value that tell its kind whatever the rules before read (session 17, counted over the labels of
every round both ways):

- a share of a fund spent on something (「…用于…的比例不低于30%」) is a goal where the fund is the government's own money and an
  amount, a standard its holder keeps, where the fund is what a beneficiary earns or is given (FUND_SHARES);
- a count of times a government office or a division of the territory does something in a period (「县应急管理局每季度至少开展1次
  专项检查」) is its own work, a goal, as TARGET_LABELING.md's 每年 line has it, for any period (GOVERNMENT_RHYTHMS);
- a term named by 期 / 期限 / 周期 and set with 为 (「试点期为2年」, 「托管期限一般为3年」) is what each one is granted or serves, an
  amount (TERMS_SET).
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget, value_clause
from .patterns import TIME_UNITS
from .standard_kinds import ITEM_NUMBERS
from .support import SENTENCE_END
from .tables import one_of

# A share of a fund spent on something, 「<fund>用于<use>的比例」: the government's money — a lottery fund, a budget, a
# transfer, a surcharge, land-quota income, a voucher issue, a fund a government budget names in the clause before 其中 — makes the
# share a goal, what the government commits of its own; a fund a holder earns or is given (运营收益, 入股收益, 补偿资金, 运营补贴,
# 职工教育经费, 学校公用经费, 照料护理资金) makes it an amount, the standard that holder keeps. Session 17: of the 29 labels of every
# round so written, the 21 on government money are goals and all 8 on a holder's money are amounts, in 8 notices of 8 rounds
# (cuiling 16b, huanping 31b, langshui 39b, lingjiang 33a, pengyang 36b, pulan 17c, xiexi 30b ×2, yanxun 29b; 6 were read as
# goals). (name, pattern, example)
FUND_SHARES = (
    ("share_of_fund", r"用于[^,;。，；]{1,24}?的?(?:比例|比重|占比)(?:原则上|应当?|须)?(?:不低于|不少于|不超过|不高于|至少)$", "运营收益用于公共数据治理的比例不低于10% / 其中用于一线职工教育培训的比例不低于60%"),
)
FUND_SHARE = re.compile(one_of(FUND_SHARES))
# The government's own money, named as the fund or in the clause before 其中: (name, pattern, example)
GOVERNMENT_MONEYS = (
    ("public_money", r"财政|公益金|涉农资金|转移支付|教育费附加|指标调剂|专项资金|消费券|补助资金", "福利彩票公益金用于养老服务的比例 / 市财政每年安排专项资金…，其中用于家庭农场的比例 / 整合涉农资金用于农村公路建设的比例"),
)
GOVERNMENT_MONEY = re.compile(one_of(GOVERNMENT_MONEYS))
WHICH_OF = re.compile(r"其中|中$")


def fund_share(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as a goal or an amount by whose money the share of a fund is taken of (FUND_SHARES); unchanged otherwise."""
    if target.unit != "%":
        return target
    if (place := value_clause(folded, target, 60)) is None:
        return target
    value_at, clause_start = place
    clause = folded[clause_start:value_at]
    if not (share := FUND_SHARE.search(clause)):
        return target
    fund = clause[: share.start()]
    if not fund.strip() or WHICH_OF.search(fund):
        sentence_start = max((m.end() for m in SENTENCE_END.finditer(folded, max(0, clause_start - 120), clause_start)), default=max(0, clause_start - 120))
        fund = folded[sentence_start:clause_start] + fund  # 「市财政每年安排…专项资金，其中用于…」: the fund is the clause before
    return replace(target, kind="goal" if GOVERNMENT_MONEY.search(fund) else "amount")


# A government office or a division of the territory opening a clause, then the period its task recurs in, then a count of times
# under a floor: the government's own work, a goal (TARGET_LABELING.md, 每年 before a verb: "the government or a division of its
# territory → goal"), whatever the period. Session 17: of the 33 labels of every round whose clause so opens, 32 are goals (27 read
# so); the 4 read as amounts (caowan 42b 「各街道每月至少开展1次…」, laichuan 37a 「县应急管理局每季度…」, lilan 37a 「设区市每半年…」,
# lingyue 27a 「各设区市对辖区内重大危险源企业每年至少执法检查2次」) took a period shorter than a year or an object after 对 for a
# facility's standard; the one amount is a cap for each firm (cangyuan 17b 「同一部门对同一企业…原则上每年不超过1次」, at_most).
# (name, pattern on the clause's words before the value, example)
GOVERNMENT_RHYTHMS = (
    (
        "government_rhythm",
        r"^(?:各|每个)?(?:设区市|县[(（]市、区[)）]|乡镇[(（]街道[)）]|乡镇|街道|区|县|市|省|[^,;。，；每对]{0,10}(?:局|委|厅|政府|部门))(?:、[^,;。，；每]{1,10})?(?:对[^,;。，；每]{1,16})?每(?:年|两年|半年|季度|月|周|学期)[^,;。，；]{0,20}?(?:至少|不少于)?$",
        "县应急管理局每季度至少开展1次专项检查 / 各街道每月至少开展1次联合检查 / 各设区市对辖区内重点企业每年至少执法检查2次",
    ),
)
GOVERNMENT_RHYTHM = re.compile(one_of(GOVERNMENT_RHYTHMS))
CLAUSE_OPENING = re.compile(ITEM_NUMBERS)


def government_rhythm(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as a goal where it counts times a government office or division does its task in a period (GOVERNMENT_RHYTHMS)."""
    if target.kind != "amount" or target.unit != "次" or target.comparator != "at_least":
        return target
    if (place := value_clause(folded, target, 60)) is None:
        return target
    value_at, clause_start = place
    head = CLAUSE_OPENING.sub("", folded[clause_start:value_at], 1)
    return replace(target, kind="goal") if GOVERNMENT_RHYTHM.search(head) else target


# A term named by 期 / 期限 / 周期 and set with 为 — a pilot's, a contract's, a grant's, a mentoring's — is what each one is granted or
# serves, an amount (as 「出让年限不超过20年」 is, standard_kinds.LIMITED_TERMS). Session 17: all 64 labels of every round so written
# are amounts, in 48 notices; 3 were read as goals (lingjiang 33a and xiexi 30b 「试点期为2年」, weining 37b 「创建期为2年」).
# (name, pattern on the indicator, pattern closing the words before the value, example)
TERMS_SET = (("term_set", r"期(?:限)?$", r"期(?:限)?(?:一般|原则上)?为$", "试点期为2年 / 托管期限一般为3年 / 创建期为2年"),)
TERM_NAME = re.compile(TERMS_SET[0][1])
TERM_SET = re.compile(TERMS_SET[0][2])


def term_set(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it is a term set with 为 (TERMS_SET); unchanged otherwise."""
    if target.kind != "goal" or target.unit not in TIME_UNITS or not TERM_NAME.search(target.indicator):
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    return replace(target, kind="amount") if value_at > 0 and TERM_SET.search(folded, max(0, value_at - 12), value_at) else target
