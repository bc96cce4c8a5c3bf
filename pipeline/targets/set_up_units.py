"""Kinds told by what a clause sets up, places or budgets (session 18, counted over the goal and amount labels of rounds 1–44,
both ways).

- ``set_up_unit``: a limit in the clause right after one that sets up a unit of a facility — a department, room, clinic, centre,
  station or corner (「县疾控中心设立慢性病防控科，专职人员不少于5名」, 「在乡镇卫生院设立慢性病一体化门诊，配备慢性病常用药品不少于
  80种」) — is that unit's standard, an amount, whatever it counts. Of the 23 labels so written, 22 are amounts in 21 notices of
  16 rounds (20a, 20b, 22b, 23a, 24b, 29b, 30b, 31a, 33b, 35a, 35b, 37b, 38a, 40a, 43a, 43b, 44a, 44b); 6 were read as goals
  (bichuan 30b, juzhou 37b, yuwan 20b; qiongping 44b ×2, yunlan 44a). The one goal, tanlan 32b's 「设立科学教育研究中心，每年立项科学
  教育专项课题不少于30项」, counts what is done each year, and a clause with 每年 / 每月 is left to the rhythm rules; so is money.
- ``staff_placed``: staff placed (安排 N 名 / 人) for each unit that is no division of the territory — a school, a care unit — is
  that unit's standard, as 配备 is (TARGET_LABELING.md, standards; facility_kinds.EACH_UNIT_STANDARDS): all 4 such labels of
  rounds 1–44 are amounts (renxi 38a; pengyang 36b, langshui 39b, chengshui 40b read as goals, 安排 taken for a sum arranged).
- ``population_budget``: a budget set per head of the resident population (「按常住人口每人每年不低于2元的标准安排…经费」) is the
  government's own budget, a goal, as matching funds are: the residents are no beneficiaries paid each. 3 of the 4 labels so
  written are goals (zhiling 35b, yuting 43b, qiongping 44b, all read as amounts); yingzhou 8b's 「各区按辖区常住人口每人每年不低于
  10元的标准安排分类工作经费」 is labelled an amount. Money per mu, per kilometre or per pupil stays a standard (per_unit_money).
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .facility_kinds import CREW_UNITS, SERVED_DIVISION
from .found import FoundTarget, clause_opening, value_clause
from .standard_kinds import GOVERNMENT_CLAUSE
from .tables import one_of

CLAUSE_LIMIT = re.compile(r"不少于|不低于|不超过|不高于|不小于|不大于|至少")

# A clause closing on the unit it sets up (name, pattern on the clause before the value's, example)
SET_UP_UNITS = (
    (
        "set_up_unit",
        r"(?:设立|设置|建立|开设)(?:至少1个)?[^,;。，；、\d]{1,14}(?:科|室|部门|门诊|中心|工作站|服务站|专区|阅览区)$",
        "县中医医院设立治未病科，诊室不少于3间 / 设立药物警戒部门，专职药物警戒人员不少于2名",
    ),
)
SET_UP_UNIT = re.compile(one_of(SET_UP_UNITS))
YEARLY_OR_MONEY = re.compile(r"每(?:年|月|季度|半年)|年度|元")
# …nor a clause of the government's (a level reached, a territory, an office acting, a goal verb: standard_kinds.GOVERNMENT_CLAUSES),
# a rate or a list of values (分别), or a clause naming a facility of its own before its verb (「区图书馆配备盲文读物…不少于3000册」);
# and the unit is one set up, not built by the government (建成, 新增, 培育, 打造, 到2028年…).
OWN_HOLDER = re.compile(r"^[^,;。，；]{1,8}?(?:馆|院|所|站|中心|学校|机构)(?:配备|配置|设置|应|要)|率|比例|占比|分别")
BUILT = re.compile(r"建成|新增|培育|打造|到\d{4}年")


def set_up_unit(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where the clause before its own sets up a unit of a facility (SET_UP_UNITS); unchanged otherwise."""
    if target.kind != "goal" or target.comparator not in ("at_least", "at_most") or "元" in (target.unit or ""):
        return target
    if (place := value_clause(folded, target, 40)) is None:
        return target
    value_at, clause_start = place
    head = folded[clause_start:value_at]
    if clause_start == 0 or folded[clause_start - 1] not in ",，" or not CLAUSE_LIMIT.search(head) or YEARLY_OR_MONEY.search(head):
        return target
    if GOVERNMENT_CLAUSE.search(head) or OWN_HOLDER.search(head):
        return target
    before = folded[clause_opening(folded, clause_start - 1, 59) : clause_start - 1]  # the clause before, 60 characters at most
    return replace(target, kind="amount") if SET_UP_UNIT.search(before) and not BUILT.search(before) else target


# Staff placed for each unit (name, pattern on the clause's words before the value, example)
STAFF_PLACED = (
    (
        "staff_placed",
        r"每(?:个|所|家|处|座|间|栋|支)(?P<unit>[^,;。，；的、每\d]{1,16}?安排)$",
        "每个照护单元夜间至少安排1名值班照护人员 / 城区学校上下学时段每所学校至少安排1名民警",
    ),
)
STAFF_PLACE = re.compile(one_of(STAFF_PLACED))


def staff_placed(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it places staff for each unit that is no division of the territory (STAFF_PLACED)."""
    if target.kind != "goal" or target.unit not in CREW_UNITS or target.comparator != "at_least":
        return target
    if (place := value_clause(folded, target, 40)) is None:
        return target
    value_at, clause_start = place
    placed = STAFF_PLACE.search(folded[clause_start:value_at])
    if placed is None or SERVED_DIVISION.match(placed.group("unit")):
        return target
    return replace(target, kind="amount")


# A budget per head of the resident population (name, pattern around the value, example)
POPULATION_BUDGETS = (
    (
        "population_budget",
        r"按[^,;。，；]{0,6}人口每人每年(?:不低于|不少于)?(?P<value>[\d.]+元)的?标准(?:安排|落实)[^,;。，；]{0,16}(?:经费|资金)",
        "县财政按常住人口每人每年不低于2元的标准安排慢性病防控专项经费",
    ),
)
POPULATION_BUDGET = re.compile(one_of(POPULATION_BUDGETS))


def population_budget(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as a goal where it is a budget set per head of the resident population (POPULATION_BUDGETS)."""
    if target.kind != "amount" or target.unit != "元":
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    offset = max(0, target.start - 30)
    for m in POPULATION_BUDGET.finditer(folded[offset : target.end + 30]):
        if offset + m.start("value") <= value_at < offset + m.end("value"):
            return replace(target, kind="goal")
    return target
