"""Groups listed after a standard's measure, each with its own limit (TARGET_LABELING.md: "Groups listed after a standard's
measure … are its holders too and are left out"): 「宅基地面积平原地区不超过150平方米、丘陵山区不超过200平方米」 → 宅基地面积
150 and 宅基地面积 200. The construction, not a list of groups, tells them: a measure, a group of a few words and a limit,
then after 、 or ， another group alone and a limit in the same unit. member_standards.MEMBER_GROUPS names the groups
known to stand alone (an area, a level, pupils); this reads any group the parallel list shows to be one."""

from __future__ import annotations

from .. import rx as re
from .limit_words import LIMITS_BEFORE_VALUE as LIMITS

from .names import trim
from .tables import one_of

# The measures a standard sets for each group: a size, a time, a distance. (name, pattern closing the measure, example)
GROUP_MEASURES = (
    ("size", r"面积|容积|库容|班额", "宅基地面积平原地区不超过150平方米、丘陵山区不超过200平方米"),
    ("time", r"时间|时长", "应急物资运抵时间城区不超过2小时、县城不超过4小时"),
    ("length", r"宽度|高度|长度|深度|厚度|距离|半径|间距", "围挡高度主干道不低于2.5米，其他路段不低于1.8米"),
)
GROUP_MEASURE = one_of(GROUP_MEASURES)
# A group is a few words naming who or where, never a measure or a count of its own (「建筑面积占比」, 「面积不少于…，停车位
# 不少于…」: the second is a thing of its own).
OWN_MEASURE = re.compile(r"(?:" + GROUP_MEASURE + r"|率|比|比例|占比|比重|量|数|额|费|价|标准|人员|设施|[\d.])")
# (never a word of the limit's own — 原则上, 一般, 应, a period or a per-unit word: 「面积原则上不少于…」 names no group)
# (一般 opening a group's name is a kind of it, 「一般路段」, 「一般区域」; before a limit or a copula it is the limit's: 「一般不少于」)
GROUP = r"(?!原则|一般(?:不|为|应|控制|在)|应|须|必须|均|需|要|可|每|全年|年均|平均|累计|合计|总)[\u4e00-\u9fff（）()]{2,8}?"
# A name that is a measure and a group after it: 「宅基地面积平原地区」.
MEASURE_THEN_GROUP = re.compile(r"(?P<measure>.*?(?:" + GROUP_MEASURE + r"))(?P<group>" + GROUP + r")$")
# What follows the first value: another group alone, perhaps 原则上 or a per-unit word, a limit and a value (its unit after).
NEXT_GROUP = re.compile(r"[、，,](?P<group>" + GROUP + r")(?:每[\u4e00-\u9fff]{1,2})?(?:原则上|一般)?(?:" + LIMITS + r")(?:[\d.]+)(?P<unit>[^\d、，,;；。]{0,5})")
# The first value's own words, in the text: the measure, its group, perhaps 原则上 or a per-unit word, and a limit.
GROUP_BEFORE_LIMIT = re.compile(r"(?P<group>" + GROUP + r")(?:每[\u4e00-\u9fff]{1,2})?(?:原则上|一般)?(?:" + LIMITS + r")")
BARE_MEASURE = re.compile(GROUP_MEASURE)
MEASURE_AT_END = re.compile(r"(?:" + GROUP_MEASURE + r")$")
BETWEEN = re.compile(r"[、，,]")


def _group(words: str) -> bool:
    return OWN_MEASURE.search(words) is None


def listed_group_cut(indicator: str, after_value: str, unit: str, named: str = "") -> str | None:
    """The measure of ``indicator`` (a measure and a group) where ``after_value`` lists another group with its own limit in
    ``unit``: 「宅基地面积平原地区」 before 「、丘陵山区不超过200平方米」 → 宅基地面积; None otherwise. A measure that names
    nothing alone is named again from ``named``, the clause's words before the value, without the group: the group hid
    the holder's measure from the per-unit word before it (「每户宅基地面积平原地区」 → 宅基地面积, as 「每户宅基地面积」 is)."""
    if not unit or not (own := MEASURE_THEN_GROUP.fullmatch(indicator)) or not _group(own["group"]):
        return None
    following = NEXT_GROUP.match(after_value)
    if not following or not _group(following["group"]) or not following["unit"].startswith(unit):
        return None
    if BARE_MEASURE.fullmatch(own["measure"]) and named.endswith(indicator):
        words = named[: len(named) - len(own["group"])]
        whole = words[trim(words) :]
        return whole if whole.endswith(own["measure"]) else own["measure"]
    return own["measure"]


def listed_group_measure(indicator: str, previous: str, first_text: str, between: str) -> str | None:
    """``previous`` for a group ``indicator`` alone before its limit, where the value before it (``first_text`` its words)
    set ``previous`` for a group of its own and only 、 or ， stands ``between``: 「…、丘陵山区不超过200平方米」 → 宅基地面积."""
    if not previous or not (measure := MEASURE_AT_END.search(previous)) or not _group(indicator) or not BETWEEN.fullmatch(between):
        return None
    at = first_text.find(measure.group())  # (the first value's span may start at its measure: 「面积平原地区…」 of 宅基地面积)
    if at < 0 or not (first := GROUP_BEFORE_LIMIT.match(first_text, at + len(measure.group()))) or not _group(first["group"]):
        return None
    return previous
