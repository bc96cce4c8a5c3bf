"""A value of a support already named, with no noun of its own: a sum added to it (「…给予每户1200元补助，其中
水冲式厕所每户再增加300元」), how many one may take of it (「每人每次限领1张」), or a grade's rate listed before
it (standard.graded_rate); the support is the last one the paragraph named."""

from __future__ import annotations

from .. import rx as re

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
ADDED_UNITS = ("元", "%")  # a sum or a share (万元: the scale stands apart)
# How many items or vouchers one beneficiary may take of the support named before: (name, pattern, example)
LIMITED_TAKES = (("limited_take", r"限(?:领|补|购|享受|享)$", "每位消费者限补3件 / 每人每次限领1张"),)
LIMITED_TAKE = Ending(one_of(LIMITED_TAKES))
# What one may take is the support itself, not the attribute the support was last named by: 「单张消费券面额最高50元，
# 每人每月限领1张」 → 消费券. (name, pattern closing the support's name, example)
TAKEN_ATTRIBUTES = (("face_value", r"(?<=[\u4e00-\u9fff]{2})(?:面额|面值)$", "单张消费券面额最高50元，每人每月限领1张"),)
TAKEN_ATTRIBUTE = re.compile(one_of(TAKEN_ATTRIBUTES))


def taken(support: str) -> str:
    """``support`` without a closing TAKEN_ATTRIBUTES word: what a limit on taking or adding counts."""
    return TAKEN_ATTRIBUTE.sub("", support)


def added_to_support(clause: str, head_start: int, value: re.Match[str], value_end: int) -> bool:
    """Whether ``value`` adds to the support named before: an ADDED_SUPPORTS head and no measured noun
    after the value (「再给予每人2000元的带动就业补贴」 names its own support)."""
    if value["unit"] not in ADDED_UNITS or not ADDED_SUPPORT.search(clause, head_start, value.start()):
        return False  # 「力争再增加10家」 is a goal's count, not a support's sum
    noun = noun_after_value(clause, value_end)
    return noun is not None and noun[1] == noun[0]


def sized_before_refusal(clause: str, last_support: str, subject_from: int, value: re.Match[str], value_end: int) -> tuple[tuple[str, int, int], str] | None:
    """Shapes read before the refusals (their 「…的标准」 is no condition): a value added to the support
    named before (「…的再增加2000元」), a grade's rate listed before one support (「按照C级每户1.5万元、D级每户
    3万元的标准给予补助」 → C级 and 补助); with the words the indicator takes after its own text."""
    if last_support and added_to_support(clause, subject_from, value, value_end):
        return ("added_support", value.start(), value.start()), ""
    if last_support and LIMITED_TAKE.search(clause, subject_from, value.start()):
        return ("limited_take", value.start(), value.start()), ""
    if graded := graded_rate(clause, subject_from, value):
        return graded[:3], graded[3]
    return None
