"""Turn assignment blocks into (role, unit as written, span) entries.

lists.py splits a unit list into items; conventions.py finds the rules a notice declares for itself
and the clauses of a block that are not units; blocks.py finds the blocks written inside the text;
roles.py gives each unit its role.
"""

from .carry import NotesBelow, document_conventions, implied_units
from .blocks import ASSIGNMENT_LOOKALIKE, find_inline_blocks
from .conventions import CONVENTIONS, NON_UNIT_CLAUSES, declared_conventions
from .lists import split_unit_list
from .roles import RawAssignment, inline_assignments, unit_line_assignments

__all__ = [
    "ASSIGNMENT_LOOKALIKE",
    "CONVENTIONS",
    "NON_UNIT_CLAUSES",
    "NotesBelow",
    "RawAssignment",
    "declared_conventions",
    "document_conventions",
    "find_inline_blocks",
    "implied_units",
    "inline_assignments",
    "split_unit_list",
    "unit_line_assignments",
]
