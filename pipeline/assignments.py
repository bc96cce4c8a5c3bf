"""Turn assignment blocks into (role, unit as written, span) entries: unit lists split at their
separators, never inside parentheses or inside a collective such as 各区、县级市."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .brackets import depths, split_outside
from .normalize import fold
from .structure.lines import Line
from .vocabulary import UNIT_LINE_LABELS

LIST_SEPARATORS = "、,;"  # after folding: 、 ， , ； ;
OPEN = "([【《“"
CLOSE = ")]】》”"

# Endings that close a list without naming a unit; the list is open-ended.
OPEN_ENDED_TAIL = re.compile(r"等(?:有关|相关|其他)?(?:部门|单位|机构)?(?:和(?:有关)?单位)?$")
# 「…等和各有关省级人民政府」「…及各县(市)区政府」: a conjunction before a collective starts a new item.
CONJUNCTION_BEFORE_COLLECTIVE = re.compile(r"(?:等和|等及|及|和)(?=各)")


@dataclass(frozen=True, slots=True)
class UnitItem:
    name: str  # as written
    start: int  # offsets in the original text
    end: int
    open_ended: bool = False  # the item closed its list with 等


@dataclass(frozen=True, slots=True)
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
    cuts = [  # (start, end) of each separator
        (end, end + 1)
        for _, end in split_outside(folded, LIST_SEPARATORS, OPEN, CLOSE)[:-1]
        if not any(a <= end < b for a, b in keep)
    ]
    depth = None  # computed at the first conjunction: most lists have none
    for m in CONJUNCTION_BEFORE_COLLECTIVE.finditer(folded):
        depth = depth or depths(folded, OPEN, CLOSE)
        if depth[m.start()] == 0 and not any(a <= m.start() < b for a, b in keep):
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
    for name in _folded_names(protected):
        start = folded.find(name)
        while start != -1:
            ranges.append((start, start + len(name)))
            start = folded.find(name, start + len(name))  # as re.finditer: no overlaps
    return ranges


@lru_cache(maxsize=8)
def _folded_names(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(name) for name in names)


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


# --- inline assignments: 「……。（A牵头，B、C配合）」 and their relatives ---------------------------

# Labelled inline lists: 「（牵头单位：市科技局；配合单位：市财政局）」.
INLINE_LABEL = re.compile(r"(?P<label>" + "|".join(map(re.escape, UNIT_LINE_LABELS)) + r")\s*:")

# The document-level rule that makes the first-listed unit the lead from here on (「下同」).
FIRST_LISTED_LEADS = re.compile(r"(?:列|排|排在|排名)第一(?:位)?(?:者|的(?:部门|单位)?)?为牵头(?:单位|部门)")
RULE_CLAUSE = re.compile(r"^(?:" + FIRST_LISTED_LEADS.pattern + r"|下同)$")

# Verb clauses inside an unlabelled parenthesis, most specific first. Each names its units.
VERB_CLAUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("per_duty", re.compile(r"^(?P<units>.+?)(?:按职责分工负责|按照职责分工负责|按职责负责|分工负责)$")),
    ("with_partners", re.compile(r"^(?P<units>.+?)会同(?P<partners>.+?)负责$")),
    ("lead", re.compile(r"^(?P<units>.+?)(?:共同)?牵头(?:负责|落实|推进)?$")),
    ("cooperate", re.compile(r"^(?P<units>.+?)(?:配合|参与|参加|协助|协办)$")),
    ("responsible", re.compile(r"^(?P<units>.+?)(?:负责|主责|落实)$")),
)
# 「……，由市卫生健康委负责。」: a sentence that names its responsible unit without parentheses.
BY_UNIT_RESPONSIBLE = re.compile(r"由(?P<units>[^,。;()由]{2,60}?)负责(?=[。;]|$)")
# Not units: 「会同有关部门负责」 names no one.
NOT_A_UNIT = re.compile(r"^(?:有关|相关|其他)(?:部门|单位|方面)(?:和单位)?$")
# What a unit name ends with; keeps 「（2021—2025年）」 or 「（以下简称《纲要》）」 from counting.
UNIT_ENDING = re.compile(
    r"(?:局|委|办|部|厅|署|院|会|政府|中心|集团|公司|单位|部门|银行|联|协|室|组|处|所|站|队|社|馆|总局|"
    r"区|县|市|州|盟|旗|街道|乡镇|园|办事处|管委会|专班|机构|法院|检察院|中央)\)?$"
)
ASSIGNMENT_LOOKALIKE = re.compile(r"(?:负责|牵头|配合)\)?[。;]?$")


@dataclass(slots=True)
class InlineBlock:
    """An assignment written inside the text: its own span and the units it names."""

    start: int  # the parenthesis (or 「由…负责」) in the original text
    end: int
    line: int
    clauses: list[tuple[str, list[UnitItem]]]  # (clause kind, units) in written order
    labelled: bool
    states_first_listed_rule: bool = False


def find_inline_blocks(text: str, line: Line, protected: tuple[str, ...]) -> tuple[list[InlineBlock], list[str]]:
    """Inline assignment blocks of one line, and problems (text that looks like one but is not)."""
    folded = line.folded
    blocks: list[InlineBlock] = []
    problems: list[str] = []
    for open_at, close_at in _parentheses(folded):
        if close_at is None:
            if ASSIGNMENT_LOOKALIKE.search(folded[open_at:]):
                problems.append("a parenthesis that looks like an assignment is never closed")
            continue
        inner_start = line.start + open_at + 1
        block = _parse_parenthesis(text, inner_start, folded[open_at + 1 : close_at], line.number, protected)
        if block is not None:
            block.start, block.end = line.start + open_at, line.start + close_at + 1
            blocks.append(block)
        elif ASSIGNMENT_LOOKALIKE.search(folded[open_at + 1 : close_at]):
            problems.append(f"「{line.text[open_at : close_at + 1]}」 looks like an assignment but names no unit")
    depth = None  # computed at the first match: most lines have no 「由…负责」
    for m in BY_UNIT_RESPONSIBLE.finditer(folded):
        depth = depth or depths(folded)
        if depth[m.start()] > 0:  # inside a parenthesis, whether or not it was a block
            continue
        items = split_unit_list(text[line.start + m.start("units") : line.start + m.end("units")], line.start + m.start("units"), protected)
        if items and all(_looks_like_unit(i.name) for i in items):
            blocks.append(InlineBlock(line.start + m.start(), line.start + m.end(), line.number, [("responsible", items)], False))
    blocks.sort(key=lambda b: b.start)
    return blocks, problems


def _parentheses(folded: str) -> list[tuple[int, int | None]]:
    """Outermost (…) pairs; an unclosed one at the end of the line comes back with ``None``."""
    pairs, depth, start = [], 0, 0
    for i, ch in enumerate(folded):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                pairs.append((start, i))
    if depth:
        pairs.append((start, None))
    return pairs


def _parse_parenthesis(text: str, start: int, inner: str, line: int, protected) -> InlineBlock | None:
    labels = list(INLINE_LABEL.finditer(inner))
    if labels:
        clauses = []
        for m, following in zip(labels, labels[1:] + [None]):
            segment_end = following.start() if following else len(inner)
            segment = inner[m.end() : segment_end].rstrip(",;。 ")
            items = split_unit_list(text[start + m.end() : start + m.end() + len(segment)], start + m.end(), protected)
            clauses.append((UNIT_LINE_LABELS[m["label"]], items))
        if all(items for _, items in clauses):
            return InlineBlock(0, 0, line, clauses, True)
        return None
    rule = bool(FIRST_LISTED_LEADS.search(inner))
    clauses = []
    carried_from = None  # 「A、B，各省级人民政府按职责分工负责」: a list without a verb takes the next one's
    for clause_start, clause_end in _clause_spans(inner):
        if carried_from is not None:
            clause_start, carried_from = carried_from, None
        clause = inner[clause_start:clause_end]
        if RULE_CLAUSE.match(clause):
            continue
        for kind, pattern in VERB_CLAUSES:
            if m := pattern.match(clause):
                break
        else:
            carried_from = clause_start
            continue
        units_at = start + clause_start + m.start("units")
        items = split_unit_list(text[units_at : start + clause_start + m.end("units")], units_at, protected)
        if not items or not all(_looks_like_unit(i.name) for i in items):
            return None
        clauses.append((kind, items))
        if kind == "with_partners":
            partners_at = start + clause_start + m.start("partners")
            partners = split_unit_list(text[partners_at : start + clause_start + m.end("partners")], partners_at, protected)
            named = [p for p in partners if not NOT_A_UNIT.match(fold(p.name))]
            if named:
                clauses.append(("partners", named))
    if not clauses or carried_from is not None:
        return None
    return InlineBlock(0, 0, line, clauses, False, rule)


def _clause_spans(inner: str) -> list[tuple[int, int]]:
    return [(a, b) for a, b in split_outside(inner, ",;。") if inner[a:b].strip()]


def _looks_like_unit(name: str) -> bool:
    return bool(UNIT_ENDING.search(fold(name)))


def inline_assignments(block: InlineBlock, first_listed_leads: bool) -> tuple[list[RawAssignment], list[str]]:
    """Roles of an inline block's units. Under the first-listed rule an unlabelled 「…负责」 list
    makes its first unit the lead and the others cooperating."""
    has_lead = any(kind in ("lead", "partners") for kind, _ in block.clauses)
    found: list[RawAssignment] = []
    open_ended: list[str] = []
    rule_applied = False
    for kind, items in block.clauses:
        if block.labelled:
            roles = [kind] * len(items)
            rule = "inline_labelled"
        elif kind in ("responsible", "per_duty") and first_listed_leads and not has_lead and not rule_applied:
            roles = ["lead"] + ["cooperate"] * (len(items) - 1)
            rule_applied = True
            rule = "inline_first_listed"
        elif kind == "per_duty":
            roles = ["cooperate" if (has_lead or rule_applied) else "responsible"] * len(items)
            rule = "inline_verb"
        elif kind == "with_partners":
            partnered = any(k == "partners" for k, _ in block.clauses)
            roles = ["lead" if partnered else "responsible"] * len(items)
            rule = "inline_verb"
        elif kind == "partners":
            roles = ["cooperate"] * len(items)
            rule = "inline_verb"
        elif kind == "responsible" and rule_applied:
            roles = ["cooperate"] * len(items)
            rule = "inline_first_listed"
        else:
            roles = [kind] * len(items)
            rule = "inline_verb"
        for role, item in zip(roles, items):
            found.append(RawAssignment(role, item.name, item.start, item.end, block.line, rule))
            if item.open_ended and role not in open_ended:
                open_ended.append(role)
    return found, open_ended
