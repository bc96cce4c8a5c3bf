"""Where the members of a 分别 list end inside the last listed name, read on jieba's words: the members
before it carry no measure of their own, so the last name is its member, then the measure every member
has. The member closes at the first word boundary after a noun, the measure after it ends in a measure
word (names.INDICATOR_NOUN): 「废钢铁、废有色金属、废纸、废塑料回收量」 → 回收量 for each,
「煤矸石、粉煤灰、冶炼渣综合利用率」 → 综合利用率 (冶炼 is a verb inside the member 冶炼渣), and a level list
「馆藏一级、二级文物数字化率」 → 文物数字化率, the first member's words before its level given to the others
(馆藏二级文物数字化率)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .names import INDICATOR_NOUN
from .tables import one_of

# What closes the member inside the last listed name: a word of these tags (jieba) ending there, the
# measure after it. (name, tags, example)
MEMBER_TAILS = (
    ("member_noun", ("n", "nt", "nz", "j", "b", "ns", "nr"), "废钢铁、废有色金属、废纸、废塑料回收量分别达到1100万吨、120万吨、450万吨、160万吨"),
)
MEMBER_TAGS = frozenset(MEMBER_TAILS[0][1])
MIN_MEASURE = 3  # the measure after the member: 回收量, 利用率 (a measure word alone is no measure: 「…率」)

# Levels listed, the first with the words of what holds them before it: 「馆藏一级、二级文物数字化率」.
# (name, pattern of a listed level, example)
LEVEL_MEMBERS = (("held_level", r"(?:[一二三四五六七八九]|\d)(?:级|类|星级?|A级)", "馆藏一级、二级文物数字化率分别达到100%、80%"),)
LEVEL = re.compile(one_of(LEVEL_MEMBERS))


def member_tail(names: list[str]) -> str:
    """The measure closing the last name, after its member (MEMBER_TAILS); empty where another listed name
    carries a measure of its own, the last none, a listed name opens as the last does (whole names), or no
    noun closes a member before a measure."""
    last, others = names[-1], names[:-1]
    if not others or any(INDICATOR_NOUN.search(name) for name in others) or not INDICATOR_NOUN.search(last):
        return ""
    if any(name[:2] == last[:2] for name in others):
        return ""  # 「乡村旅游接待人次、乡村旅游收入」: one opening, whole names listed
    shortest = min(len(name) for name in others)
    at = 0
    for word, flag in nouns.tag(last):
        at += len(word)
        if at >= len(last) - MIN_MEASURE + 1:
            return ""
        if at >= min(shortest, 2) and flag in MEMBER_TAGS:
            return last[at:]
    return ""


def level_prefix(names: list[str]) -> str:
    """The words before the first name's level (LEVEL_MEMBERS) where every other name opens with a level:
    「馆藏一级、二级…」 → 馆藏 for 二级; empty otherwise."""
    first = LEVEL.search(names[0])
    if not first or first.start() == 0 or first.end() != len(names[0]):
        return ""
    if not all(LEVEL.match(name) for name in names[1:]):
        return ""
    return names[0][: first.start()]


def joined_head(name: str, head: str) -> str:
    """A listed name with the head the last name carries, the words they share said once: 「机电产品、高新技术产品
    出口额」 → 机电产品出口额 (head 产品出口额; round 17), 「城市、县城污水处理率」 → 城市污水处理率."""
    for k in range(min(len(name), len(head) - 1), 1, -1):
        if name.endswith(head[:k]):
            return name + head[k:]
    return name + head
