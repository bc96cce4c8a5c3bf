"""Give each listed unit its role: what the block's labels and verbs say, then the conventions the
notice declared (the first-listed unit, the first group, or the starred units lead)."""

from __future__ import annotations

from dataclasses import dataclass

from ..structure.inline import InlineBlock, UnitItem
from ..structure.lines import Line
from .blocks import INLINE_LABEL, VERB_HINT, label_role, parse_block
from .lists import split_unit_list

# Roles a convention may change: a unit only said to be responsible. Explicit leads and cooperating
# units keep what the block says.
CONVENTION_ORDER = ("first_group", "first_unit")  # the star is read on every block
CONVENTION_RULES = {"star": "star_lead", "first_group": "inline_first_group", "first_unit": "inline_first_listed"}
# A verb clause's role when another clause of the same block cooperates and none leads: the unit the
# others 配合 is their lead, as with 会同 (LABELING.md's Roles table). (name, clause kind, role, example)
LEAD_BY_PARTNERS: tuple[tuple[str, str, str, str], ...] = (
    ("responsible_beside_cooperating", "responsible", "lead", "（省医保局负责，省中医药管理局配合） → lead 省医保局, cooperate 省中医药管理局"),
)


@dataclass(frozen=True, slots=True)
class RawAssignment:
    role: str
    name: str
    start: int
    end: int
    line: int
    rule: str
    note: str | None = None
    note_start: int = 0  # the note's offset in the original text


def unit_line_assignments(
    text: str, folded_text: str, block: list[Line], protected: tuple[str, ...], conventions: tuple[str, ...] = ()
) -> tuple[list[RawAssignment], list[str], list[Line]]:
    """Assignments of a block of unit lines, the roles whose list ended in 等, and empty lines
    (``folded_text`` is the run's folded copy of ``text``)."""
    entries: list[tuple[str, UnitItem, int, str]] = []  # (role, item, line, rule)
    empty: list[Line] = []
    for line in block:
        start, end = line.units_start, line.units_end
        if line.role == "responsible" and VERB_HINT.search(folded_text, start, end):
            # 「责任科室：质量发展科牵头，办公室、综合规划科配合」 (a table cell): the list says its roles by verbs
            verbs = parse_block(text, folded_text, start, folded_text[start:end], line.number, protected)
            if verbs is not None and not verbs.bare and not verbs.labelled:
                has_lead = any(kind in ("lead", "partners") for kind, _ in verbs.clauses)
                entries.extend((_base_role(kind, verbs, has_lead)[0], item, line.number, "unit_line_verbs") for kind, items in verbs.clauses for item in items)
                continue
        if (both := _labels_on_one_line(text, folded_text, line, protected)) is not None:
            entries.extend((role, item, line.number, "unit_line") for role, items in both.clauses for item in items)
            continue
        items = split_unit_list(text[start:end], start, protected, folded_text[start:end])
        if not items:
            empty.append(line)
        entries.extend((line.role, item, line.number, "unit_line") for item in items)
    entries = _apply_conventions(entries, conventions)
    return _raw(entries), _open_ended(entries), empty


def _labels_on_one_line(text: str, folded_text: str, line: Line, protected: tuple[str, ...]) -> InlineBlock | None:
    """「牵头单位：A、B；配合单位：C、D」 on one line: read as a labelled block from the line's first label."""
    second = INLINE_LABEL.search(folded_text, line.units_start, line.units_end)
    if second is None or not label_role(second["label"]):
        return None
    label_at = folded_text.rfind(line.label or "", line.start, line.units_start)
    if label_at == -1:
        return None
    block = parse_block(text, folded_text, label_at, folded_text[label_at : line.units_end], line.number, protected)
    return block if block is not None and block.labelled else None


def inline_assignments(block: InlineBlock, conventions: tuple[str, ...] = ()) -> tuple[list[RawAssignment], list[str]]:
    """Roles of an inline block's units: labels, then verbs, then the declared conventions."""
    has_lead = any(kind in ("lead", "partners") for kind, _ in block.clauses)
    entries: list[tuple[str, UnitItem, int, str]] = []
    for kind, items in block.clauses:
        role, rule = _base_role(kind, block, has_lead)
        entries.extend((role, item, block.line, rule) for item in items)
    entries = _apply_conventions(entries, conventions)
    return _raw(entries), _open_ended(entries)


def _base_role(kind: str, block: InlineBlock, has_lead: bool) -> tuple[str, str]:
    if block.labelled:
        return kind, "inline_labelled"
    if kind == "per_duty":
        return ("cooperate" if has_lead else "responsible"), "inline_verb"
    if kind == "with_partners":
        partnered = any(k == "partners" for k, _ in block.clauses)
        return ("lead" if partnered else "responsible"), "inline_verb"
    if kind == "partners":
        return "cooperate", "inline_verb"
    if kind == "responsible_for":  # 「A负责组织申报」
        return "responsible", "inline_verb"
    if not has_lead and any(k == "cooperate" for k, _ in block.clauses):
        for name, clause_kind, role, _ in LEAD_BY_PARTNERS:
            if kind == clause_kind:
                return role, name
    return kind, "inline_verb"


def _apply_conventions(entries: list, conventions: tuple[str, ...]) -> list:
    """A star marks a lead wherever it stands (the others keep their role, or cooperate where the
    notice declares a convention). Under a declared first-listed rule the first-listed unit leads and
    every other unit cooperates, whatever its label or verb; under a first-group rule a block with no
    explicit lead gets its first group as leads, its other responsible units cooperate."""
    if any(item.starred for _, item, _, _ in entries):
        return _starred(entries, conventions)
    active = [c for c in CONVENTION_ORDER if c in conventions]
    responsible = [i for i, (role, *_) in enumerate(entries) if role == "responsible"]
    if not entries or not active:
        return entries
    rule = CONVENTION_RULES[active[0]]
    if active[0] == "first_unit":
        first = entries[0][1]
        return [_as(("lead" if entry[1] is first else "cooperate"), entry, rule) for entry in entries]
    if not responsible or any(role == "lead" for role, *_ in entries):
        return entries
    return _first_group(entries, responsible, rule)


def _first_group(entries: list, responsible: list[int], rule: str) -> list:
    group = entries[responsible[0]][1].group
    result = list(entries)
    for i in responsible:
        _, item, line, _ = entries[i]
        result[i] = ("lead" if item.group == group else "cooperate", item, line, rule)
    return result


def _as(role: str, entry: tuple, rule: str) -> tuple:
    """``entry`` with ``role``; its rule becomes ``rule`` only where the role changed."""
    old_role, item, line, old_rule = entry
    return (role, item, line, old_rule if role == old_role else rule)


def _starred(entries: list, conventions: tuple[str, ...]) -> list:
    # The others keep their label's role; only a declared ordering rule (first unit, first group)
    # makes them cooperate — a notice declaring the star alone says nothing of the others.
    other = "cooperate" if any(c != "star" for c in conventions) else "responsible"
    return [
        ("lead", item, line, "star_lead") if item.starred else ((other if role == "responsible" else role), item, line, rule)
        for role, item, line, rule in entries
    ]


def _raw(entries) -> list[RawAssignment]:
    return [RawAssignment(role, item.name, item.start, item.end, line, rule, item.note, item.note_start) for role, item, line, rule in entries]


def _open_ended(entries) -> list[str]:
    roles: list[str] = []
    for role, item, _, _ in entries:
        if item.open_ended and role not in roles:
            roles.append(role)
    return roles
