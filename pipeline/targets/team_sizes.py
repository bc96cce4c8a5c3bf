"""The size of each team set up, written as a floor before the team (「组建1支不少于30人的应急队伍」), is a standard the
team must meet, an amount (TARGET_LABELING.md: "standards a facility or a person must meet … what each facility, site, team
or person served must have — its size, staff"); the count of teams itself stays with the quota rules. Round 22: the four
labels of rounds 1–21 of this shape, by four writers — shiling 7, wenlan 19c, linjiang 21a, lanxi 21c — are amounts, and all
four were read as goals."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# (name, pattern on the target's text, example)
TEAM_SIZES = (
    ("team_size_floor", r"^(?:不少于|不低于|至少)[\d.]+(?:人|名)的[^,;。\d]{0,14}(?:队伍|队|团队|分队|小组)$", "每个乡镇至少组建1支不少于30人的防汛抢险应急队伍 → 防汛抢险应急队伍 30 人 / 建立不少于15人的综合性应急救援队伍"),
)
TEAM_SIZE = re.compile(one_of(TEAM_SIZES))


def team_size(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it is the floor of a team's size written before the team (TEAM_SIZES)."""
    if target.kind != "goal" or target.comparator != "at_least" or target.unit not in ("人", "名"):
        return target
    return replace(target, kind="amount") if TEAM_SIZE.search(folded[target.start : target.end]) else target
