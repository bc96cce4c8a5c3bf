"""A value added to a support already named (「…给予每户1200元补助，其中水冲式厕所每户再增加300元」): no
noun of its own follows it, and the support it adds to is the last one the paragraph named."""

from __future__ import annotations

import re

from .after_value import noun_after_value
from .standard import graded_rate
from .tables import one_of
from .tail import Ending

# 再 and a verb of giving or raising right before the value: the value adds to the support named
# before. (name, pattern on the words before the value, example)
ADDED_SUPPORTS = (
    ("again_given", r"再(?:增加|追加|给予|发放|奖励|补贴|补助)(?:每人|每户|每家)?$", "购买新能源汽车的再增加2000元 / 每多带动1人再给予2000元"),
)
ADDED_SUPPORT = Ending(one_of(ADDED_SUPPORTS))


def added_to_support(clause: str, head_start: int, value: re.Match[str], value_end: int) -> bool:
    """Whether ``value`` adds to the support named before: an ADDED_SUPPORTS head and no measured noun
    after the value (「再给予每人2000元的带动就业补贴」 names its own support)."""
    if not ADDED_SUPPORT.search(clause, head_start, value.start()):
        return False
    noun = noun_after_value(clause, value_end)
    return noun is not None and noun[1] == noun[0]


def sized_before_refusal(clause: str, last_support: str, subject_from: int, value: re.Match[str], value_end: int) -> tuple[tuple[str, int, int], str] | None:
    """Shapes read before the refusals (their 「…的标准」 is no condition): a value added to the support
    named before (「…的再增加2000元」), a grade's rate listed before one support (「按照C级每户1.5万元、D级每户
    3万元的标准给予补助」 → C级 and 补助); with the words the indicator takes after its own text."""
    if last_support and added_to_support(clause, subject_from, value, value_end):
        return ("added_support", value.start(), value.start()), ""
    if graded := graded_rate(clause, subject_from, value):
        return graded[:3], graded[3]
    return None
