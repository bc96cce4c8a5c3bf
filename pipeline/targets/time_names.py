"""The name of a time limit leaves out the moment it counts from: 「停电后恢复供电时间不超过30分钟」 → 恢复供电时间, as
「抢险人员接报后到达现场时间」 → 到达现场时间 (round 19: every label of rounds 1–18 with such a moment — lanxi 15a, lichuan 17c,
yuchuan 18a — reads it so; none keeps it)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# (name, pattern on the target's name, example)
TIME_FROM_EVENTS = (
    ("after_event", r"^[^,;。\d]{1,16}?后(?=[^,;。\d后]{2,10}(?:时间|时限|间隔)$)", "停电后恢复供电时间 → 恢复供电时间 / 扑火队伍接到出动指令后到达火场时间 → 到达火场时间"),
)
TIME_FROM_EVENT = re.compile(one_of(TIME_FROM_EVENTS))


def event_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the moment its time counts from (TIME_FROM_EVENTS); unchanged otherwise."""
    if not (event := TIME_FROM_EVENT.match(target.indicator)):
        return target
    name = target.indicator[event.end() :]
    start = folded.find(name, target.start, target.end)
    return replace(target, indicator=name, start=start if start >= 0 else target.start)
