"""Conventions and carry-overs that reach past their block. The units a carry-over clause names for every later task: 「以下均需各区〔县、市〕政府、开发园区
管委会落实，不再列出」 → 各区〔县、市〕政府, 开发园区管委会 (recorded apart, as implied)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from ..structure.inline import Clause, InlineBlock, UnitItem
from ..structure.lines import Line
from .conventions import CARRY_OVER, declared_conventions
from .lists import split_unit_list
from .roles import RawAssignment

SAME_BELOW = "下同"

# Where the units of a carry-over clause stand: after 需/由/涉及, before a verb or the clause's end
# (name, pattern, example).
CARRY_UNITS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("needs", re.compile(r"(?:需|需要|由|涉及)(?P<units>[^,;。]+?)(?:共同)?(?:落实|负责|参与|配合|承担|实施)?(?=[,;。]|$)"), "以下均需各区、县（市）政府落实"),
)


def implied_units(text: str, folded_text: str, clauses: list[Clause], protected: tuple[str, ...]) -> list[UnitItem]:
    """Units named by the carry-over clauses among a block's ``clauses`` (offsets in ``text``, whose
    folded copy is ``folded_text``)."""
    found: list[UnitItem] = []
    for clause in (c for c in clauses if c.kind in CARRY_OVER):
        folded = folded_text[clause.start : clause.end]
        for _, pattern, _ in CARRY_UNITS:
            if m := pattern.search(folded):
                at, stop = clause.start + m.start("units"), clause.start + m.end("units")
                found += split_unit_list(text[at:stop], at, protected, folded_text[at:stop])
                break
    return found


def document_conventions(lines: list[Line], inline: dict[int, list[InlineBlock]]) -> tuple[str, ...]:
    """Conventions the notice states outside its blocks (the preamble, a 注): they hold throughout."""
    found: list[str] = []
    for line in lines:
        folded = line.folded
        for block in inline.get(line.number, ()):
            a, b = block.start - line.start, block.end - line.start
            folded = folded[:a] + " " * (b - a) + folded[b:]
        found.extend(c.kind for c in declared_conventions(folded) if c.kind not in found)
    return tuple(found)


class NotesBelow:
    """A qualifier that says 下同 (「各区人民政府〈含开发区、风景区管委会，下同〉」) is the note of every later
    assignment of the same name that has none of its own."""

    def __init__(self, folded_text: str) -> None:
        self.folded_text = folded_text  # the run's folded text: an assignment's name is a piece of it
        self.notes: dict[str, tuple[str, int]] = {}  # folded name → (note as written, its offset)

    def apply(self, found: list[RawAssignment]) -> list[RawAssignment]:
        result = []
        for a in found:
            name = self.folded_text[a.start : a.end]
            if a.note is None and name in self.notes:
                note, note_start = self.notes[name]
                a = replace(a, note=note, note_start=note_start)
            elif a.note is not None and SAME_BELOW in self.folded_text[a.note_start : a.note_start + len(a.note)]:
                self.notes[name] = (a.note, a.note_start)
            result.append(a)
        return result
