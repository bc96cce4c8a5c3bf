"""Split a unit list into items: at its separators, never inside brackets or inside a collective
such as 各区、县级市; a star before a name marks it (the lead, where the notice says so), and a
qualifier in brackets after a name (「〈含开发区管委会，下同〉」) is the item's note, not a unit."""

from __future__ import annotations

from .. import rx as re

from ..brackets import depths, split_outside
from ..normalize import fold
from ..structure.inline import UnitItem
from .conventions import declared_conventions

LIST_SEPARATORS = "、,;"  # after folding: 、 ， , ； ;
GROUP_SEPARATORS = ",;"  # what divides a list into groups (「A，B、C」: two groups)
# Every bracket a list may hold; （）() fold to (). 〔〕 [] 【】 〈〉 《》 and quotes are kept whole.
OPEN = "([【《“〔〈「"
CLOSE = ")]】》”〕〉」"

# Endings that close a list without naming a unit; the list is open-ended: 「…等」, 「…等有关部门和单位」,
# 「…等市直有关执法部门」, 「…等区级成员单位」, 「…有限公司等燃气企业」, 「…等省河长制成员单位」 (a scope, then up to six characters saying which units).
OPEN_ENDED_TAIL = re.compile(
    r"等(?:[省市区县][直级]?)?(?:有关|相关|其他)?(?:[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构|企业))?(?:和(?:有关)?单位)?$"
)
# 「…等和各有关省级人民政府」「…及各县(市)区政府」: a conjunction before a collective starts a new item.
CONJUNCTION_BEFORE_COLLECTIVE = re.compile(r"(?:等和|等及|及|和)(?=各)")
# What a unit name usually ends with; keeps 「（2021—2025年）」 or 「（以下简称《纲要》）」 from counting.
UNIT_ENDING = re.compile(
    r"(?:局|委|办|部|厅|署|院|会|政府|中心|集团|公司|单位|部门|银行|分行|支行|联|协|室|组|处|所|站|队|社|馆|总局|"
    r"区|县|市|州|盟|旗|街道|乡镇|园|办事处|管委会|专班|机构|法院|检察院|中央|社区|海关|气象台|电视台|党校|学校|大学|(?<![本专学工理文])科)\)?$"
)
# A mark before a name (「*县科技局」); never part of the name.
STAR_MARKS = "*※★☆"
TRAILING_BRACKET = re.compile(r"[(〔\[【](?P<inner>[^()〔〕\[\]【】]*)[)〕\]】]$")
# A bracket after a name that marks it the lead: 「市发改委（牵头）、市财政局」.
LEAD_MARK = re.compile(r"[(〔\[【](?:牵头|牵头单位|牵头部门)[)〕\]】]$")
BRACKET_ENDS = ")〕]】〉\n"  # the closers TRAILING_BRACKET, LEAD_MARK and QUALIFIER end with (or a newline after one: $)
# A bracket after a name whose text qualifies it rather than naming a second name:
# 「各区人民政府〈含开发区、风景区管委会，下同〉」, 「各县（区）政府（不含经开区）」.
QUALIFIER = re.compile(r"[(〈\[【〔](?P<note>(?:含|包括|包含|不含|不包括|其中|下同)[^()〈〉\[\]【】〔〕]*)[)〉\]】〕]$")


def split_unit_list(
    text: str, offset: int, protected: tuple[str, ...] = (), folded: str | None = None, masked: str | None = None
) -> list[UnitItem]:
    """Split ``text`` (original characters starting at ``offset``) into unit items.

    ``folded`` is the same piece of the run's folded text (a list given alone, by a test, is folded
    here, where it enters); ``masked`` is ``folded`` with the clauses that are not units blanked,
    read for separators and marks when the caller has masked some. ``protected`` names (folded)
    contain a separator but are one unit (各区、县级市): they are never split.
    """
    folded = fold(text) if folded is None else folded
    read = folded if masked is None else masked
    keep = _protected_ranges(read, protected)
    cuts = [  # (start, end) of each separator
        (end, end + 1)
        for _, end in split_outside(read, LIST_SEPARATORS, OPEN, CLOSE)[:-1]
        if not any(a <= end < b for a, b in keep)
    ]
    depth = None  # computed at the first conjunction: most lists have none
    for m in CONJUNCTION_BEFORE_COLLECTIVE.finditer(read):
        depth = depth or depths(read, OPEN, CLOSE)
        if depth[m.start()] == 0 and not any(a <= m.start() < b for a, b in keep):
            tail_start = m.start() + 1 if m.group().startswith("等") else m.start()
            cuts.append((tail_start, m.end()))
    cuts.sort()
    items: list[UnitItem] = []
    pos = 0
    group = 0
    for cut_start, cut_end in cuts + [(len(read), len(read))]:
        if cut_start >= pos:
            item = _make_item(text, read, pos, cut_start, offset, group)
            if item is not None:
                items.append(item)
            if read[cut_start : cut_start + 1] in tuple(GROUP_SEPARATORS):
                group += 1
            pos = cut_end
    return _split_at_spaces(folded, _join_collectives(text, folded, items, offset), offset)


# 「各区、县（市）政府」「各县、市、区」: a collective whose place levels are listed with 、 is one name.
PLACE_LEVELS = "省市区县旗乡镇州盟"
COLLECTIVE_HEAD = re.compile(rf"^各[{PLACE_LEVELS}]{{1,2}}$")
COLLECTIVE_TAIL = re.compile(rf"^[{PLACE_LEVELS}]")
# A name made of a grass-roots level and its organ only names no one unit (which town?): after a
# collective opened by 各 it is a further member of that collective, 各 reaching over it.
# (name, pattern, example)
GRASS_ROOTS_MEMBERS = (
    ("level with its organ", r"(?:乡镇|乡|镇|街道|村|社区)(?:人民政府|政府|办事处|党委|党工委|居委会|村委会)", "各街道办事处、镇人民政府"),
    ("level alone", r"(?:乡镇|乡|镇|街道|村|社区)", "各乡镇、街道"),
)
GRASS_ROOTS_MEMBER = re.compile("^(?:" + "|".join(p for _, p, _ in GRASS_ROOTS_MEMBERS) + ")$")


# A level's government named by the level alone (「市人民政府」) after a collective of a level of the same
# tier (「各盟行政公署、市人民政府」: each league's office and each city's government, 盟 and 市 being peers)
# is one more member of it; of another tier it is a unit of its own (「各县区政府、市政府」: the city's).
# (name, levels of one tier, example)
LEVEL_TIERS = (
    ("prefecture", "市盟州", "各盟行政公署、市人民政府"),
    ("county", "县区旗", "各县人民政府、旗人民政府"),
)
BARE_LEVEL_GOVERNMENT = re.compile(r"^(?P<level>[市县区旗盟州])(?:人民政府|政府|行政公署)$")
COLLECTIVE_LEVEL = re.compile(r"^各(?P<level>[市县区旗盟州])")


def _continues_collective(head: str, tail: str) -> bool:
    """Whether ``tail`` (folded) after 、 is one more member of the collective ``head`` (folded)."""
    if COLLECTIVE_HEAD.match(head) and COLLECTIVE_TAIL.match(tail):
        return True
    if (bare := BARE_LEVEL_GOVERNMENT.match(tail)) and (collective := COLLECTIVE_LEVEL.match(head)):
        return any(bare["level"] in levels and collective["level"] in levels for _, levels, _ in LEVEL_TIERS)
    return head.startswith("各") and bool(GRASS_ROOTS_MEMBER.match(tail))


def _join_collectives(text: str, folded: str, items: list[UnitItem], offset: int) -> list[UnitItem]:
    joined: list[UnitItem] = []
    for item in items:
        last = joined[-1] if joined else None
        if (
            last is not None
            and _continues_collective(folded[last.start - offset : last.end - offset], folded[item.start - offset : item.end - offset])
            and last.group == item.group
            and text[last.end - offset : item.start - offset].strip() in ("、",)
        ):
            joined[-1] = UnitItem(
                text[last.start - offset : item.end - offset], last.start, item.end, item.open_ended, last.starred, last.group, item.note, item.note_start
            )
        else:
            joined.append(item)
    return joined


INNER_SPACE = re.compile(r"\S\s+\S")  # two words at least
WORD = re.compile(r"\S+")


def _split_at_spaces(folded: str, items: list[UnitItem], offset: int) -> list[UnitItem]:
    """「市发改委 市财政局」: names set apart by spaces only, each ending like a unit, are two items."""
    result: list[UnitItem] = []
    for item in items:
        name = folded[item.start - offset : item.end - offset]  # the item's name, folded
        if not INNER_SPACE.search(name):
            result.append(item)  # one word: most names
            continue
        parts = [(m.start(), m.end()) for m in WORD.finditer(name)]
        if len(parts) < 2 or not all(b - a >= 3 and UNIT_ENDING.search(name[a:b]) for a, b in parts):
            result.append(item)
            continue
        base = item.start
        for i, (a, b) in enumerate(parts):
            last = i == len(parts) - 1
            result.append(
                UnitItem(
                    item.name[a:b], base + a, base + b, item.open_ended and last, item.starred and i == 0, item.group,
                    item.note if last else None, item.note_start if last else 0,
                )
            )
    return result


def _make_item(text: str, folded: str, start: int, end: int, offset: int, group: int) -> UnitItem | None:
    while start < end and (folded[start] in " 。." or folded[start].isspace()):  # any whitespace (U+0085,
        start += 1  # form feed …) is never a unit nor part of one's ends
    while end > start and (folded[end - 1] in " 。." or folded[end - 1].isspace()):
        end -= 1
    starred = False
    while start < end and folded[start] in STAR_MARKS:
        start, starred = start + 1, True
    open_ended = False
    if m := OPEN_ENDED_TAIL.search(folded, start, end):
        if m.start() > start:
            end = m.start()
            open_ended = True
    note, note_start = None, 0
    if end > start and folded[end - 1] in BRACKET_ENDS:  # what each of the three patterns below ends with
        if (m := TRAILING_BRACKET.search(folded, start, end)) and m.start() > start and declared_conventions(m["inner"]):
            end = m.start()  # 「市财政局〔列第一位的为牵头单位〕」: the rule, not part of the name
        if m := LEAD_MARK.search(folded, start, end):  # 「市发改委（牵头）」 marks the lead as a star does
            if m.start() > start:
                end, starred = m.start(), True
        if m := QUALIFIER.search(folded, start, end):
            if m.start() > start:
                note, note_start = text[m.start("note") : m.end("note")], offset + m.start("note")
                end = m.start()
    if end <= start:
        return None
    return UnitItem(text[start:end], offset + start, offset + end, open_ended, starred, group, note, note_start)


def _protected_ranges(folded: str, protected: tuple[str, ...]) -> list[tuple[int, int]]:
    ranges = []
    for name in protected:
        start = folded.find(name)
        while start != -1:
            ranges.append((start, start + len(name)))
            start = folded.find(name, start + len(name))  # as re.finditer: no overlaps
    return ranges
