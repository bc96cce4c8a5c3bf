"""What the structure stage records of an assignment written inside the text (「……。（A牵头，B、C配合）」):
the block's extent, which the outline needs to close a task there, and the units it names, which the
assignments stage gives their roles. The data types only: assignments/blocks.py finds the blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class UnitItem:
    """One item of a unit list (assignments/lists.py splits a list into items)."""

    name: str  # as written, without a star or a qualifier
    start: int  # offsets in the original text
    end: int
    open_ended: bool = False  # the item closed its list with 等
    starred: bool = False  # a star stood before it
    group: int = 0  # how many 「，」/「；」 groups came before it in its list
    note: str | None = None  # a qualifier written after it, as written
    note_start: int = 0  # the note's offset in the original text


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a block (or of the notice) that names no unit (assignments/conventions.py)."""

    kind: str  # a CONVENTIONS name, or a NON_UNIT_CLAUSES name
    start: int  # offsets in the text searched
    end: int


@dataclass(slots=True)
class InlineBlock:
    """An assignment written inside the text: its own span and the units it names."""

    start: int  # the bracket (or 「由…负责」) in the original text
    end: int
    line: int
    clauses: list[tuple[str, list[UnitItem]]]  # (clause kind, units) in written order
    labelled: bool
    conventions: list[str] = field(default_factory=list)  # declared inside this block (下同)
    notes: list[Clause] = field(default_factory=list)  # clauses that are not units, offsets in the text
    odd: list[str] = field(default_factory=list)  # items that do not end like a unit name
    bare: bool = False  # a list of units with no label and no verb
    # A time note inside the block (「（责任单位：市税务局；完成时限：2026年底前）」): the task's deadline.
    due: Clause | None = None

    @property
    def states_first_listed_rule(self) -> bool:
        return "first_unit" in self.conventions
