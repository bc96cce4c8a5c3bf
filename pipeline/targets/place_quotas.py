"""A quota for each place of the territory with the period it recurs in written between the place and its verb, 「每个社区每年
至少开展1次反诈宣传」, is that place's quota, a goal, as 「每个社区至少开展…」 is (patterns.PER_PLACE_QUOTAS; TARGET_LABELING.md:
「每个乡镇每年开展应急演练不少于2次」 stays a division's goal). Session 14: all 4 labels of every round so written are goals, in 4
notices of 4 rounds (linghai 33b; tanyang 31b, yaochuan 39a, zhenyang 38a read as amounts, the period hiding the place from the
quota pattern); money per place stays an amount (PLACE_THEN_VERB refuses a support, and a cap is no quota)."""

from __future__ import annotations

from .. import rx as re

from .patterns import PER_PLACE_QUOTA
from .tables import one_of

# The period between the place and the limit before its verb: a year (a shorter period is a standard's, periodic_duties; no label
# of a place's quota has one). (name, pattern, example)
PLACE_PERIODS = (
    ("place_then_year", r"每年(?=至少|最少|不少于)", "每个乡镇每年至少开展1期技能培训班 / 每个社区每年至少组织2次义诊活动"),
)
PLACE_PERIOD = re.compile(one_of(PLACE_PERIODS))
# What a place's quota counts: things, people, events (次 too: 「每个乡镇每年开展应急演练不少于2次」 is the guide's goal).
QUOTA_UNITS = frozenset("个 名 人 场 场次 处 家 期 条 座 支 项 所 批次 次 人次 户".split())


def periodic_place_quota(head: str, unit: str | None) -> bool:
    """Whether ``head`` (the clause's words before the value) is a place's quota once the period after the place is left out."""
    if unit not in QUOTA_UNITS:
        return False
    period = PLACE_PERIOD.search(head)
    return period is not None and PER_PLACE_QUOTA.search(head[: period.start()] + head[period.end() :]) is not None
