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
# Nouns that open the measure every member has, never part of the last member however long the others are.
# (name, pattern, example)
SHARED_HEAD_WORDS = (("sector", r"产业|行业|产业链|集群", "化学药、生物药、医疗器械产业营业收入分别达到200亿元、180亿元、120亿元 → 医疗器械产业营业收入, 化学药产业营业收入"),)
SHARED_HEAD_WORD = re.compile(one_of(SHARED_HEAD_WORDS))
# …unless a place of that sector follows it: the members are then the places' owners (「泺阳、霄城生物医药产业集聚区营业收入」
# → 泺阳生物医药产业集聚区营业收入). (name, pattern, example)
SECTOR_PLACES = (("sector_place", r"集聚区|园区|基地|示范区|示范基地|聚集区|带", "泺阳、霄城生物医药产业集聚区营业收入分别达到800亿元、500亿元"),)
SECTOR_PLACE = re.compile(one_of(SECTOR_PLACES))
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
    shortest, longest = min(len(name) for name in others), member_length(names)
    at, cuts = 0, []
    for word, flag in nouns.tag(last):
        at += len(word)
        if at >= len(last) - MIN_MEASURE + 1:
            break
        if SHARED_HEAD_WORD.fullmatch(word):
            break
        if at >= min(shortest, 2) and flag in MEMBER_TAGS:
            cuts.append(at)
    if not cuts:
        return ""
    if not things(others, nouns.tag(last)[0][0]):
        return last[cuts[0] :]
    # the member as long as the longest other member (a tie: the longer): 「茶叶、油茶、高山蔬菜、生态渔业综合产值」 → 生态渔业
    return last[min(cuts, key=lambda cut: (abs(cut - longest), -cut)) :]


def things(others: list[str], first_word: str) -> bool:
    """Whether the other listed names are things (each closing on a noun) and the last name's first word does not end
    as they do (no level: 「国家级、省级畜禽…」, no kind: 「…开发区、高新区居民小区…」): its member may run on past that
    word (member_words). 「批而未供和闲置土地处置率」: 批而未供 is no thing, 土地 is the head's."""
    return all(nouns.tag(name)[-1][1] in MEMBER_TAGS and name[-1] != first_word[-1] for name in others)


def sector_head(names: list[str]) -> str:
    """The measure from a SHARED_HEAD_WORDS word of the last name on, where no other listed name has one:
    「光伏、风电、新能源汽车产业产值」 → 产业产值; empty otherwise."""
    last, at = names[-1], 0
    for word, _ in nouns.tag(last):
        if at >= 2 and SHARED_HEAD_WORD.fullmatch(word) and not any(SHARED_HEAD_WORD.search(name) for name in names[:-1]):
            return "" if SECTOR_PLACE.match(last, at + len(word)) else last[at:]
        at += len(word)
    return ""


def member_length(names: list[str]) -> int:
    """How long the last name's member should be: as the longest other listed name, or its level where every other
    name ends in a level (「馆藏一级、二级古籍数字化率」 → 二级)."""
    last, others = names[-1], names[:-1]
    if (level := LEVEL.match(last)) and all((m := LEVEL.search(name)) and m.end() == len(name) for name in others):
        return level.end()
    return max(len(name) for name in others)


def member_words(words: tuple[tuple[str, str], ...], at: int, longest: int, room: int) -> int:
    """The end of the last name's member from ``at`` (its first word), the nouns after it taken while the
    member comes as near or nearer the longest other listed name, ``room`` characters left for the head:
    「化学药、生物药、医疗器械产业营业收入」 → 医疗器械 (not 医疗: the last member is never cut in two)."""
    for word, flag in words[1:]:
        if flag not in MEMBER_TAGS or SHARED_HEAD_WORD.fullmatch(word) or at + len(word) > room or abs(at + len(word) - longest) > abs(at - longest):
            break
        at += len(word)
    return at


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


# Parallel members — the first name's last word and the others' opening words, as long and closing on the same
# character (民事 / 刑事, 门诊 / 住院 are not) — stand between the words the first name opens with and the measure the last
# name closes on: both are every member's (round 25: min_an 24b's 「法律援助民事、刑事案件办案补贴」 → 法律援助刑事案件办案补贴,
# as 「馆藏一级、二级文物数字化率」 → 馆藏二级…, LEVEL_MEMBERS). A scope word opening the first is the notice's (「全省进口、
# 出口整体通关时间」 → 出口整体通关时间). (name, pattern the opening words must not match, example)
PARALLEL_MEMBERS = (("parallel_member", r"^(?:全省|全市|全区|全县|全州|全盟)", "法律援助民事、刑事案件办案补贴分别提高到每件2000元、2500元"),)
SCOPE_OPENING = re.compile(one_of(PARALLEL_MEMBERS))


def parallel_member(names: list[str]) -> tuple[str, str] | None:
    """(the first name's words before its member, the last name's measure after its member) for PARALLEL_MEMBERS,
    the measure closing on a measure or support word; None otherwise."""
    words = nouns.tag(names[0])
    member = words[-1][0] if words else ""
    before, after = names[0][: len(names[0]) - len(member)], names[-1][len(member) :]
    if len(member) != 2 or len(before) < 2 or len(after) < 2 or SCOPE_OPENING.match(before) or not INDICATOR_NOUN.search(after) and not SUPPORT_END.search(after):
        return None
    if not all(name[len(member) - 1] == member[-1] and name[: len(member)] != member and len(name) >= len(member) for name in names[1:]):
        return None
    if any(len(name) != len(member) for name in names[1:-1]) or nouns.tag(names[-1])[0][0] != names[-1][: len(member)]:
        return None  # every middle name only a member, and the last opening with its member word
    return before, after


SUPPORT_END = re.compile(r"(?:补贴|补助|奖励|资助|奖补|贴息|扶持资金)$")
