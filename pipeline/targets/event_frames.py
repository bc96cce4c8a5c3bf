"""Two frames that make a limit a standard, an amount, whatever the rules before read (session 18, counted over the labels of
every round both ways):

- a limit in a clause that speaks of each event or each meal — 每场 / 每场次 / 每餐 / 每餐次 before the value — is what every
  match, show, exam session or meal must have (its referees, its samples, its length), a standard, an amount (PER_EVENTS);
- a change by a share that a retrofit must bring — 「改造后…降低20%以上」, 「…较改造前下降40%以上」 — is the standard each retrofitted
  facility must reach, an amount, as every other limit after 改造后 is (RETROFIT_CHANGES).
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget, value_clause
from .tables import one_of

# Each event or meal named before the value in its clause: (name, pattern on the clause's words before the value, example).
# Session 18: all 43 labels of every round with 每场 / 每场次 / 每餐 / 每餐次 before the value in its clause are amounts, in 26 notices;
# 6 were read as goals, in 6 notices of 6 rounds (jiyuan 29b 「展会每场至少举办1场…推介活动」, wencheng 26b 「每场下乡活动参展车企不少于
# 15家」, maoyang 31a 「每餐次食品留样不少于125克」, xiuling 32a 「每场考核配备…质量督导员1名」, aizhou 36a 「80周岁以上的提高到每餐5元」,
# tangzhou 41b 「每场…比赛至少配备3名持证裁判员」). 每次 and 每届 are left out: the government's own rounds of selection or inspection (「每次评选不超过20名」, 「每次抽查河段不少于
# 20个」) and what its own fair draws (「每届吸引游客不少于10万人次」) are goals, 11 labels against 2.
PER_EVENTS = (("per_event", r"每(?:场次|场(?!所|馆|地)|餐次|餐)", "每场联赛至少配备3名裁判员 / 每餐次食品留样不少于125克 / 每场活动时长不少于90分钟"),)
PER_EVENT = re.compile(one_of(PER_EVENTS))


def per_event_standard(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where each event or meal is named before its value in its clause (PER_EVENTS)."""
    if target.kind != "goal":
        return target
    if (place := value_clause(folded, target, 40)) is None:
        return target
    value_at, clause_start = place
    return replace(target, kind="amount") if PER_EVENT.search(folded, clause_start, value_at) else target


# A share a retrofit must change a measure by, named by 改造后 before it in its clause or measured against 较改造前: (name, pattern
# closing the clause's words before the value, example). Session 18: all 4 labels of every round so written are amounts, in 4
# notices of 4 rounds, and all were read as goals (laijiang 31b 「改造后码头设计通过能力原则上提高20%以上」, wenxu 34b, laichuan 37a
# 「改造后单位库容能耗较改造前降低20%以上」, songling 42a 「…单位面积用电量应当较改造前下降40%以上」); the 58 other amounts after 改造后 are
# limits the rules already read. A change measured against the time before building (xiaotang 28a 「项目区粮食亩产较建设前提高10%以上」,
# a goal) is left out.
RETROFIT_CHANGES = (
    ("retrofit_change", r"(?:改造后[^,;。，；]*?|较改造前)(?:原则上|应当?|须)?(?:下降|降低|减少|提高|提升|增加)$", "改造后单位能耗较改造前降低15%以上 / 改造后设计通过能力原则上提高20%以上"),
)
RETROFIT_CHANGE = re.compile(one_of(RETROFIT_CHANGES))


def retrofit_change(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it is the share a retrofit must change a measure by (RETROFIT_CHANGES)."""
    if target.kind != "goal" or target.unit != "%":
        return target
    if (place := value_clause(folded, target, 60)) is None:
        return target
    value_at, clause_start = place
    return replace(target, kind="amount") if RETROFIT_CHANGE.search(folded[clause_start:value_at]) else target
