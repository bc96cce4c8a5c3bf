"""Table cells that say where or over what a row applies, not what it commits to: a row of a task table
as the reader joins it (「举措；内容；8个改革试验区域」, 「；」 between cells) may close with a scope column
(推广范围, 试点地区, 实施范围) whose cell is only a count and a noun. With no verb of commitment and no
comparator, such a cell is no target; a table of yearly targets is read apart (year_tables), and a cell
with a verb (「建成10个示范点」) or a limit (「不少于10个」) still is one."""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget
from .tables import one_of
from .year_tables import CELL_SEPARATOR  # 「；」 folded, as the reader joins a row's cells

# A whole cell that only counts the places or things the row applies to: (name, rule of the target, example).
SCOPE_CELLS = (("count_noun_cell", r"value_first", "推广改革举措；具体内容。；8个改革试验区域 → no target (the 推广范围 column)"),)
SCOPE_RULE = re.compile(one_of(SCOPE_CELLS))
CELL_ENDS = ("", "\n", CELL_SEPARATOR)


def without_scope_cells(folded: str, clause: str, clause_start: int, targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` of one clause without a SCOPE_CELLS cell: the clause is a whole cell (a cell separator
    before it, the line or the next cell after it) and the target's plain value and noun fill it, the value first."""
    if not clause_start or folded[clause_start - 1] != CELL_SEPARATOR:
        return targets
    end = clause_start + len(clause)
    if folded[end : end + 1] not in CELL_ENDS:
        return targets
    cell = clause.strip()
    return [t for t in targets if not (SCOPE_RULE.fullmatch(t.rule) and t.comparator == "equal" and folded[t.start : t.end] == cell and cell.startswith(t.value_text))]
