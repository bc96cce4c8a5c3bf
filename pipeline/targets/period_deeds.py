"""A name that reads holder, period and deed — 「沉淀池每年清淤不少于1次」, 「重点排水户每年检查不少于2次」 — is named by the deed,
and the holder before the period is who must do it: an amount unless the holder is the government or a division of its
territory (TARGET_LABELING.md, 每年 before a verb that carries a quantity: its kind follows who must do it).

Session 16: the pass turns 12 amount labels of 11 notices right (aizhou, bichuan, chengshui, fangchuan, fuchuan, huning ×2,
kuaining, lanfu, lanzhou, lingyue) and none wrong; goals' exactness is unchanged. A verb of doing before the deed goes with the
period (「每月完成评估」 → 评估, 「每学期开设课程」 → 课程, as the labels of censhui, pulan and qiwu read them). Left wrong as before:
33b's 延时开放 (the name read stops at 延时) and 31b's 「相关专业每年招生」, a goal that keeps its member."""

from __future__ import annotations

from dataclasses import replace

from .. import rx as re

from .found import FoundTarget, renamed
from .periodic_duties import GOVERNMENT_OPENING, TERRITORY_UNITS

# A period inside a name, after a holder of two characters or more and before a deed of two or more; a light verb of taking
# part, undergoing or providing before the deed goes with the period (「每年参加安全培训」 → 安全培训). (name, pattern, example)
PERIODS_INSIDE = (
    (
        "period_then_deed",
        r"(?<=[\u4e00-\u9fff、]{2})每(?:年|半年|季度|月|周|天|日|晚|学期|学年)(?:参加|接受|提供|完成|组织开展|开展|开设|组织|举办)?(?=[\u4e00-\u9fff]{2,}$)",
        "重点排水户每年检查不少于2次 → 检查 / 安全管理人员每年参加安全培训不少于20学时 → 安全培训",
    ),
)
PERIOD_INSIDE = re.compile(PERIODS_INSIDE[0][1])
# A holder opening with 各 or 全 is all of a kind, the government's task over them (「各地每年培训…」). (name, pattern, example)
ALL_OF_A_KIND = re.compile(r"^[各全]")


def period_deed_named(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the deed after a period inside its name (PERIODS_INSIDE), an amount where the holder before the period
    is no government, division of the territory or all of a kind; unchanged otherwise."""
    periods = list(PERIOD_INSIDE.finditer(target.indicator))
    if not periods:
        return target
    inside = periods[-1]
    holder, deed = target.indicator[: inside.start()], target.indicator[inside.end() :]
    if GOVERNMENT_OPENING.search(holder) or TERRITORY_UNITS.search(holder) or ALL_OF_A_KIND.match(holder):
        return target
    return replace(renamed(folded, target, deed), kind="amount")
