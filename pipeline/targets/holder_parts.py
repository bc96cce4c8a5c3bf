"""Which of a standard's holders is left out of its name where more than one stands before the measure, and which holder
ending is no holder at all (standard_holders.holder_split reads the ends; this module picks among them).

Session 16: a room or premises of a holder — 「滑雪场医务室使用面积」, 「服务站办公场所使用面积」, 「设施内母婴室使用面积」,
「药品批发企业冷库温湿度监测数据保存期限」 — is the part of the holder the measure is taken on, and stays in the name as 业务用房
does in 「乡镇卫生院业务用房建筑面积」; the holder before it is left out. Across all rounds' amount labels with a room after a
holder before a measure, 7 in 7 notices keep the room (yiyuan 29a, ruiyang 39b, aizhou 36a, bichuan 30b wrong before; 29a's
「回收处理中心贮存场所面积」, 25a's 「中心实验室面积」 and 35b's 「每所学校固定教学场所面积」 right), none leaves it out. A room with
no holder before it is the holder itself and goes (「心理辅导室使用面积」 → 使用面积, 「功能室使用面积」 → 使用面积: meichong,
renxi, yuanning). A factory building is no room: 「园区标准厂房层高」 → 层高 (3 notices: 39a, 22a, 27b; zhuyang 27b's 「园区
标准厂房建筑面积」 alone keeps 标准厂房).

A facility before 用地 names a kind of land, not who holds it: 「附属设施用地规模」, 「配套设施用地规模」 (yining 38b, huanping
31b, liquan 29b, qianzhou 38b: 7 labels in 4 notices keep it, 4 of them cut before; no label of any round leaves a holder
out before 用地)."""

from __future__ import annotations

from collections.abc import Callable

from .. import rx as re
from .tables import one_of

# A room or premises closing the last holder before a measure: (name, pattern closing the room, example)
ROOM_WORDS = (
    ("room", r"室(?!内)", "滑雪场医务室使用面积不少于30平方米 → 医务室使用面积"),
    # (a factory building is no room: its storey height is its own — 「园区标准厂房层高」 → 层高 in 3 notices, 39a, 22a, 27b)
    ("premises", r"场所|冷库", "服务站办公场所使用面积 → 办公场所使用面积 / 企业冷库温湿度监测数据保存期限 → 冷库温湿度监测数据保存期限"),
)
# A community or district before a room is where the room is, not a holder of it (「社区阅览室使用面积」 → 使用面积, as round 26
# read its rooms): (name, pattern closing the word before the room, example)
ZONE_WORDS = (("zone", r"(?:社区|城区|辖区|地区|街区|镇区)$", "社区阅览室使用面积原则上不少于60平方米 → 使用面积"),)
ZONE_BEFORE = re.compile(one_of(ZONE_WORDS))
ROOM = re.compile("[\u4e00-\u9fff]{0,6}(?:" + one_of(ROOM_WORDS) + ")$")
# What a holder ending may not stand before: (name, pattern on the words after the ending, example)
NO_HOLDER_BEFORE = (("land_kind", r"用地", "家庭农场配套设施用地规模不超过15亩 → kept (设施用地 is a kind of land)"),)
LAND_AFTER = re.compile(one_of(NO_HOLDER_BEFORE))
# The words written just before a name, where a holder of its room may stand (room_after_holder).
HAN_RUN = re.compile("[\u4e00-\u9fff]{1,12}$")


def holder_before(name: str, end: int) -> bool:
    """Whether the holder ending at ``end`` of ``name`` may be left out: not before 用地 (NO_HOLDER_BEFORE)."""
    return not LAND_AFTER.match(name, end)


def room_after_holder(folded: str, start: int, name: str, cut: int, split: Callable[[str], int]) -> bool:
    """Whether the room or premises ``name[:cut]`` (ROOM_WORDS) follows a holder written just before the name at ``start``
    in ``folded`` (「服务站办公场所使用面积」 whose name opens at 办公场所): ``split`` (holder_split) cuts the two read as one
    name after that holder."""
    if not ROOM.fullmatch(name, 0, cut) or not (run := HAN_RUN.search(folded, max(0, start - 12), start)):
        return False
    return split(run.group() + name) == len(run.group())


def outer_cut(name: str, ends: list[int]) -> int:
    """Of the holder ends ``ends`` of ``name`` (ascending, each a valid cut), the one to cut at: the last, or the one
    before a room or premises that closes the name's last holder (ROOM_WORDS); 0 with no ends."""
    if not ends:
        return 0
    last = ends[-1]
    for end in reversed(ends[:-1]):
        if len(name[end:last]) >= 2:
            return end if ROOM.match(name, end, last) and not ZONE_BEFORE.search(name, 0, end) else last
    return last


# Session 16: a rate or share of what is newly built, rebuilt or extended is a standard of it, and what is built is its
# holder, left out with the verb (「新建园区工业用水重复利用率原则上不低于90%」 → 工业用水重复利用率): of the amount labels of all
# rounds with 新建 and a holder ending before a rate, 4 in 4 notices leave both out (jingbin 23b 信息化项目, minze 23a 园区,
# tongqu 24a 城市道路, wengjiang 41b 公交停保场), as tongqu's 「新建建筑与小区年径流总量控制率」 and fengyang 37a's 「新建住宅小区
# 充电车位比例」 were read already; none keeps them. A share among a whole (…中…比例) keeps the whole: minze 23a's 「新建城区硬化
# 地面中可渗透地面面积比例」. Other rates keep what they count (standard_holders.KEPT_NAMES). (name, pattern opening the name,
# example)
BUILT_OPENERS = (("new_built", r"(?:新建|新改建|改扩建)(?:[、和或](?:扩建|改建|改造)的?)?", "新建公交停保场充电桩配建比例不低于50% → 充电桩配建比例"),)
BUILT_OPENER = re.compile(one_of(BUILT_OPENERS))
RATE_END = re.compile(r"(?:率|比例|占比|比重)$")
# (a share among a whole, or of what is joined by 的, keeps what it counts: 「新建公共停车场的充电车位比例」, as round 14 read it)
SHARE_AMONG = re.compile(r"[中的]")


def built_rate_split(name: str, holder_ends: Callable[[str], list[int]]) -> int:
    """Where a rate or share opened by what is newly built starts after its holder (BUILT_OPENERS; ``holder_ends`` is
    standard_holders._holder_ends); 0 otherwise, and where what remains is a share among a whole (中) or opens with 的."""
    if not (opener := BUILT_OPENER.match(name)) or not RATE_END.search(name):
        return 0
    cuts = [end for end in holder_ends(name) if end > opener.end() and len(name) - end >= 3 and not SHARE_AMONG.search(name, end)]
    return cuts[-1] if cuts else 0
