"""Session 21: words of a condition (CONDITION_CONTEXT: 工作, 运营, 经营…) inside the name of what a goal counts, and a
scope word opening a name after its verb — two constructions of the unseen rounds 37–48 that recur across writers."""

from __future__ import annotations

from dataclasses import replace

from .. import rx as re

from .found import FoundTarget
from .patterns import CONDITION_CONTEXT
from .tables import one_of

# A condition states a duration, a sum or an age (「工作经验不少于3年」, 「营业收入500万元以上」, 「年满60周岁」); a count of
# bodies or persons after a name whose condition word is followed by the counted noun is a count of those bodies, the word
# part of their name: 「培育儿童社会工作服务机构50家以上」 → 儿童社会工作服务机构, 「培育省级再生水专业化运营骨干企业10家以上」,
# 「每年培训二手车鉴定评估和经营管理人才2000人次以上」 (rounds 43b, 46b, 48a: three writers, all missed as conditions before).
# (name, units, example)
COUNTED_BODIES = (
    ("bodies_and_persons", "家 个 所 名 人 人次 支 座 处 项", "培育社会工作服务机构50家以上 → 社会工作服务机构 50 家"),
)
COUNT_UNIT = frozenset(u for _, units, _ in COUNTED_BODIES for u in units.split())
# The counted noun after the condition word: a noun of bodies or persons closing the name. (name, pattern, example)
COUNTED_HEADS = (
    ("body", r"(?:机构|企业|组织|中心|单位|公司|平台)$", "运营骨干企业 / 社会工作服务机构"),
    ("persons", r"(?:人才|人员|专家|队伍)$", "经营管理人才"),
)
COUNTED_HEAD = re.compile(one_of(COUNTED_HEADS))


def counted_body(head: str, unit: str | None) -> bool:
    """Whether the condition word of ``head``'s last six characters belongs to the name of the bodies or persons a
    count of ``unit`` counts (COUNTED_BODIES): the word has two characters or more after it, a COUNTED_HEADS noun closes."""
    tail = head[-8:]
    m = CONDITION_CONTEXT.search(tail)
    return bool(m) and unit in COUNT_UNIT and len(tail) - m.end() >= 2 and COUNTED_HEAD.search(tail) is not None


# A scope word opening a name is no part of it (TARGET_LABELING.md, indicator); names.trim leaves it where it opens
# the words before the value, a verb before it (「每年至少组织1次全县森林草原火灾综合应急演练」, 「组织开展全省紧急医学救援综合
# 演练不少于1次」) or a value-first noun keep it. 全省性 (a province-wide grade: 「全省性阅读推广活动」) and a scope joined to a
# level stay, as there. (name, pattern, example)
OPENING_SCOPES = (
    ("territory_after_deed", r"(?:全市|全省|全区|全县)(?![性和及与、域])", "每年至少组织1次全县森林草原火灾综合应急演练 → 森林草原火灾综合应急演练"),
)
OPENING_SCOPE = re.compile("^(?:" + one_of(OPENING_SCOPES) + ")")


def scope_dropped(targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` with a scope word (OPENING_SCOPES) cut from the front of each name that keeps two characters after it."""
    out = []
    for t in targets:
        m = OPENING_SCOPE.match(t.indicator)
        out.append(replace(t, indicator=t.indicator[m.end() :]) if m and len(t.indicator) - m.end() >= 2 else t)
    return out
