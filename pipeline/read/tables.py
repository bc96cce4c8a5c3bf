"""Tables of HTML and DOCX notices, turned into the genre's own lines.

A reader hands over a table as rows of :class:`Cell` (each with its paragraphs and its merges);
:func:`build_grid` expands the merges so a merged cell stands in every row and column it covers, and
:func:`linearise` writes the grid as lines the line-based parser already understands:

    一、优化营商环境                       ← a row that is one cell across the table
    1.推行企业开办……；2024年6月底前        ← a data row: 序号 + the other non-unit cells
    牵头单位：市市场监管局                  ← one unit line per non-empty unit column
    配合单位：市公安局、市税务局

A table without unit columns gives one line per row, its cells joined by 「；」.
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass, field

from ..limits import MAX_SPAN, check_table_cells
from ..normalize import fold
from ..vocabulary import DEADLINE_LABELS, UNIT_LINE_LABELS

# Header texts of the column that numbers the rows.
NUMBER_HEADERS = ("序号", "编号")
# How many leading rows may come before the header row (a title row spanning the table, …).
MAX_HEADER_ROW = 5
# A header cell naming a year (「2026年目标值」, 「2025年完成值」): a task table whose text columns have
# one keeps their headers as a line above its rows, for the cells hold bare values that only the
# column says the year of (the targets stage reads such a table as yearly goals).
_YEAR_HEADER = re.compile(r"(?:19|20)\d\d年")

# Trailing list punctuation of one unit paragraph; the paragraphs are rejoined with 「、」.
_UNIT_PARAGRAPH_END = re.compile(r"[、，,；;\s]+$")
# A paragraph ending like this needs no separator before the next one of the same cell.
_SENTENCE_END = tuple("。；;：:，,、！!？?")
_SPACES = re.compile(r"\s+")
# A unit cell that says "none" (「—」, 「／」, 「无」): no unit line, as for an empty cell.
_NO_UNIT = re.compile(r"[-—–－/／\\、.。·…\s]*|无|暂无")


@dataclass(eq=False)  # cells are compared by identity: a merged cell is one object in many places
class Cell:
    """One table cell: its paragraphs (non-empty, whitespace already collapsed) and its merges."""

    paragraphs: list[str] = field(default_factory=list)
    colspan: int = 1
    rowspan: int = 1  # HTML rowspan; 0 means "to the end of the table section"
    continues_above: bool = False  # DOCX vMerge continuation: the same cell as the one above

    def text(self) -> str:
        return join_paragraphs(self.paragraphs)

    def units_text(self) -> str:
        """Units written one per paragraph (<p>, <br>, w:p) become one list joined with 「、」."""
        pieces = [_UNIT_PARAGRAPH_END.sub("", p) for p in self.paragraphs[:-1]] + self.paragraphs[-1:]
        return "、".join(piece for piece in pieces if piece)


EMPTY = Cell()


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs of one cell as one line: 「；」 between them unless the first already ends a clause."""
    text = ""
    for paragraph in paragraphs:
        if text and not text.endswith(_SENTENCE_END):
            text += "；"
        text += paragraph
    return text


def build_grid(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Place every cell at each (row, column) it covers; gaps are filled with an empty cell."""
    grid: list[list[Cell | None]] = [[] for _ in rows]

    def put(r: int, c: int, cell: Cell) -> None:
        row = grid[r]
        row.extend([None] * (c + 1 - len(row)))
        row[c] = cell

    placed = 0  # cells placed so far: bounded by MAX_TABLE_CELLS (pipeline/limits.py)
    for r, cells in enumerate(rows):
        column = 0
        for cell in cells:
            while column < len(grid[r]) and grid[r][column] is not None:
                column += 1  # a cell merged down from above occupies this place
            colspan = max(1, min(cell.colspan, MAX_SPAN))
            if cell.continues_above and r > 0 and column < len(grid[r - 1]) and grid[r - 1][column] is not None:
                cell, rowspan = grid[r - 1][column], 1  # this row's share of the cell above
            else:
                rowspan = len(rows) - r if cell.rowspan == 0 else max(1, min(cell.rowspan, len(rows) - r))
            placed += rowspan * colspan
            check_table_cells(len(rows), max(column + colspan, placed // len(rows)))  # before placing
            for rr in range(r, r + rowspan):
                for c in range(column, column + colspan):
                    put(rr, c, cell)
            column += colspan
    width = max((len(row) for row in grid), default=0)
    check_table_cells(len(rows), width)
    return [[cell if cell is not None else EMPTY for cell in row] + [EMPTY] * (width - len(row)) for row in grid]


def unit_label(header: str) -> str | None:
    """The unit-line label a header names (牵头单位, 责任部门, …), or None for other columns.

    The header is compared folded (Traditional 牽頭單位 counts) with spaces removed; a qualifier in
    brackets after the label (责任单位（部门）) is allowed.
    """
    compact = _SPACES.sub("", header)
    folded = fold(compact)  # a cell read before the notice's text exists: folded on its own
    for label in UNIT_LINE_LABELS:
        if folded == label or (folded.startswith(label) and folded[len(label)] in "(（"):
            return compact[: len(label)]  # as written: the line parser folds it again
    return None


def linearise(grid: list[list[Cell]]) -> list[str]:
    """The table as lines: task/unit lines when a header row names unit columns, else one line per row."""
    header = _header_row(grid)
    if header is None:
        return [line for row in grid if (line := _plain_row(row))]
    header_index, labels = header
    lines = [line for row in grid[:header_index] if (line := _plain_row(row))]
    number_columns = {c for c, cell in enumerate(grid[header_index]) if _SPACES.sub("", cell.text()) in NUMBER_HEADERS}
    # header cells are read before the notice's text exists: each is folded on its own
    # Columns that state when a row's task is due (a 完成时限 header): written as their own 「完成时限：…」
    # line after the task, not glued onto its text (the targets stage reads it as the task's deadline).
    deadline_columns = {c for c, cell in enumerate(grid[header_index]) if fold(_SPACES.sub("", cell.text())) in DEADLINE_LABELS}
    lines.extend(_year_header(grid[header_index], labels, number_columns | deadline_columns))
    for row in grid[header_index + 1 :]:
        if (section := _section_row(row)) is not None:
            if section:
                lines.append(section)
            continue
        lines.extend(_task_lines(row, labels, number_columns, deadline_columns))
    return lines


def _year_header(row: list[Cell], labels: list[str | None], skipped: set[int]) -> list[str]:
    """The header of a task table's text columns as one line (「指标名称；2025年完成值；2026年目标值」),
    cells as :func:`_task_lines` writes a row's, when a column after the first names a year; else nothing."""
    texts = [cell.text() for column, cell in _distinct(row) if column not in skipped and labels[column] is None]
    return ["；".join(texts)] if any(_YEAR_HEADER.search(text) for text in texts[1:]) else []


def _header_row(grid: list[list[Cell]]) -> tuple[int, list[str | None]] | None:
    """The index of the first row that names a unit column, with the unit label of each column."""
    for index, row in enumerate(grid[:MAX_HEADER_ROW]):
        labels = [unit_label(cell.text()) for cell in row]
        if any(labels):
            return index, labels
    return None


def _distinct(row: list[Cell]) -> list[tuple[int, Cell]]:
    """Each cell of a row once, at its first column (a colspan cell covers several columns)."""
    seen: set[int] = set()
    out = []
    for column, cell in enumerate(row):
        if id(cell) not in seen:
            seen.add(id(cell))
            out.append((column, cell))
    return out


def _plain_row(row: list[Cell]) -> str:
    return "；".join(text for _, cell in _distinct(row) if (text := cell.text()))


def _section_row(row: list[Cell]) -> str | None:
    """The text of a row that is one cell across the table (「一、优化营商环境」), else None."""
    filled = [cell for _, cell in _distinct(row) if cell.paragraphs]
    if len(row) > 1 and len(filled) == 1 and row.count(filled[0]) == len(row):
        return filled[0].text()
    if not filled:
        return ""  # an empty row: nothing to write
    return None


def _task_lines(row: list[Cell], labels: list[str | None], number_columns: set[int], deadline_columns: set[int] = frozenset()) -> list[str]:
    number = ""
    due = ""
    texts: list[str] = []
    units: list[str] = []
    seen_units: set[tuple[str, int]] = set()
    for column, cell in _distinct(row):
        if column in number_columns:
            number = number or cell.text()
        elif column in deadline_columns:
            due = due or cell.text()
        elif labels[column] is None:
            if text := cell.text():
                texts.append(text)
    for column, cell in enumerate(row):  # by column: a cell spanning two unit columns feeds both
        label = labels[column]
        if label is None or (label, id(cell)) in seen_units:
            continue
        seen_units.add((label, id(cell)))
        if (listed := cell.units_text()) and not _NO_UNIT.fullmatch(listed):
            units.append(f"{label}：{listed}")
    task = "；".join(texts)
    if number and task:
        task = number + ("" if number.endswith((".", "、", "．")) else ".") + task
    else:
        task = task or number  # a row with a number and nothing else is still written
    return ([task] if task else []) + ([f"完成时限：{due}"] if task and due else []) + units


def tidy_lines(lines: list[str]) -> list[str]:
    """A reader's lines without leading or trailing empty lines, and at most one empty line in a row."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out
