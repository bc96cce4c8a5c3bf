"""Turn assignment blocks into (role, unit as written, span) entries: unit lists split at their
separators, never inside parentheses or inside a collective such as 各区、县级市."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import fold
from .structure import Line

LIST_SEPARATORS = "、,;"  # after folding: 、 ， , ； ;
OPEN = "([【《“"
CLOSE = ")]】》”"

# Endings that close a list without naming a unit; the list is open-ended.
OPEN_ENDED_TAIL = re.compile(r"等(?:有关|相关|其他)?(?:部门|单位|机构)?(?:和(?:有关)?单位)?$")
# 「…等和各有关省级人民政府」「…及各县(市)区政府」: a conjunction before a collective starts a new item.
CONJUNCTION_BEFORE_COLLECTIVE = re.compile(r"(?:等和|等及|及|和)(?=各)")


@dataclass(frozen=True)
class UnitItem:
    name: str  # as written
    start: int  # offsets in the original text
    end: int
    open_ended: bool = False  # the item closed its list with 等


@dataclass(frozen=True)
class RawAssignment:
    role: str
    name: str
    start: int
    end: int
    line: int
    rule: str


def split_unit_list(text: str, offset: int, protected: tuple[str, ...] = ()) -> list[UnitItem]:
    """Split ``text`` (original characters starting at ``offset``) into unit items.

    ``protected`` names contain a separator but are one unit (各区、县级市): they are never split.
    """
    folded = fold(text)
    keep = _protected_ranges(folded, protected)
    cuts: list[tuple[int, int]] = []  # (start, end) of each separator run
    depth = 0
    for i, ch in enumerate(folded):
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in LIST_SEPARATORS and not any(a <= i < b for a, b in keep):
            cuts.append((i, i + 1))
    for m in CONJUNCTION_BEFORE_COLLECTIVE.finditer(folded):
        if _depth_at(folded, m.start()) == 0 and not any(a <= m.start() < b for a, b in keep):
            tail_start = m.start() + 1 if m.group().startswith("等") else m.start()
            cuts.append((tail_start, m.end()))
    cuts.sort()
    items: list[UnitItem] = []
    pos = 0
    for cut_start, cut_end in cuts + [(len(folded), len(folded))]:
        if cut_start >= pos:
            item = _make_item(text, folded, pos, cut_start, offset)
            if item is not None:
                items.append(item)
            pos = cut_end
    return items


def _make_item(text: str, folded: str, start: int, end: int, offset: int) -> UnitItem | None:
    while start < end and folded[start] in " 。.":
        start += 1
    while end > start and folded[end - 1] in " 。.":
        end -= 1
    open_ended = False
    if m := OPEN_ENDED_TAIL.search(folded, start, end):
        if m.start() > start:
            end = m.start()
            open_ended = True
    if end <= start:
        return None
    return UnitItem(text[start:end], offset + start, offset + end, open_ended)


def _protected_ranges(folded: str, protected: tuple[str, ...]) -> list[tuple[int, int]]:
    ranges = []
    for name in protected:
        for m in re.finditer(re.escape(fold(name)), folded):
            ranges.append((m.start(), m.end()))
    return ranges


def _depth_at(folded: str, index: int) -> int:
    depth = 0
    for ch in folded[:index]:
        if ch in OPEN:
            depth += 1
        elif ch in CLOSE:
            depth = max(0, depth - 1)
    return depth


def unit_line_assignments(
    text: str, block: list[Line], protected: tuple[str, ...]
) -> tuple[list[RawAssignment], list[str], list[Line]]:
    """Assignments of a block of unit lines, the roles whose list ended in 等, and empty lines."""
    found: list[RawAssignment] = []
    open_ended: list[str] = []
    empty: list[Line] = []
    for line in block:
        items = split_unit_list(text[line.units_start : line.units_end], line.units_start, protected)
        if not items:
            empty.append(line)
            continue
        for item in items:
            found.append(RawAssignment(line.role, item.name, item.start, item.end, line.number, "unit_line"))
        if any(item.open_ended for item in items) and line.role not in open_ended:
            open_ended.append(line.role)
    return found, open_ended, empty
