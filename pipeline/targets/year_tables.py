"""A table of yearly targets: a header row naming years (「指标；2026年；2027年；2028年」, a table's cells
as the reader joins them, 「；」 between) and rows under it whose first cell names an indicator and whose
year cells each hold one value — every such cell is a goal of that indicator for its column's year."""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget
from .patterns import COMPARATOR_AFTER
from .values import VALUE, value_fields

CELL_SEPARATOR = ";"  # 「；」 folded
# Header cells that name a column's year: (name, pattern, example).
YEAR_COLUMNS = (
    ("year_column", r"(?P<year>(?:19|20)\d\d)年?(?:目标值|目标|预期值|预期)?", "指标；2026年；2027年；2028年"),
)
# A header cell naming the column of units, for values written bare: (name, pattern, example).
UNIT_COLUMNS = (("unit_column", r"(?:计量)?单位", "指标；单位；2026年；2027年 / 城镇新增就业；万人；3.2；3.5"),)
UNIT_COLUMN = re.compile("|".join(pattern for _, pattern, _ in UNIT_COLUMNS))
YEAR_COLUMN = re.compile("|".join(pattern for _, pattern, _ in YEAR_COLUMNS))
# A year cell: one value, a comparator after it at most (「98%以上」).
AFTER = {name: re.compile(pattern) for name, pattern, _ in COMPARATOR_AFTER}
MIN_YEAR_COLUMNS = 2
UNIT_KEY = -1  # in a header's columns: the index of its unit column


def header_years(cells: list[str]) -> dict[int, int] | None:
    """Column index → year (and UNIT_KEY → the unit column's index, if any), when at least two cells after the first name years; else None."""
    years = {i: int(m["year"]) for i, cell in enumerate(cells) if i and (m := YEAR_COLUMN.fullmatch(cell.strip()))}
    if len(years) < MIN_YEAR_COLUMNS:
        return None
    units = [i for i, cell in enumerate(cells) if i and UNIT_COLUMN.fullmatch(cell.strip())]
    return years | ({UNIT_KEY: units[0]} if units else {})


def row_targets(text: str, folded: str, start: int, end: int, years: dict[int, int]) -> list[FoundTarget] | None:
    """The goals of one row (``folded`` the row's text folded), offsets into ``text``; None when the line
    is not a row of the table (another cell count, no indicator, a year cell not a value)."""
    cells = folded[start:end].split(CELL_SEPARATOR)
    first = cells[0].strip()
    if len(cells) <= max(years) or len(cells) <= years.get(UNIT_KEY, 0) or not first or VALUE.fullmatch(first):
        return None
    name_start = start + len(cells[0]) - len(cells[0].lstrip())
    indicator = text[name_start : start + len(cells[0].rstrip())]
    found, position = [], start
    for i, cell in enumerate(cells):
        cell_start = position + len(cell) - len(cell.lstrip())
        position += len(cell) + len(CELL_SEPARATOR)
        if i not in years or not cell.strip():
            continue
        cell_end = cell_start + len(cell.strip())
        m = VALUE.match(folded, cell_start, cell_end)
        if not m or not m.group():
            return None
        rest = folded[m.end() : cell_end]
        comparator = "equal" if not rest else next((name for name, p in AFTER.items() if p.fullmatch(rest)), None)
        if comparator is None:
            return None
        fields = value_fields(text, 0, m)
        if not fields["unit"] and UNIT_KEY in years:
            fields["unit"] = cells[years[UNIT_KEY]].strip()
        found.append(FoundTarget(
            indicator=indicator, comparator=comparator, kind="goal", annual=False, year=years[i], range=None,
            baseline=None, baseline_year=None, benchmark=None, start=name_start, end=cell_end, rule="year_table", **fields,
        ))
    return found or None


def year_table_targets(text: str, folded: str, lines: list[tuple[int, int]]) -> dict[int, list[FoundTarget]]:
    """Line start → the goals of that line, for each row under a header of years (offsets into ``text``)."""
    found: dict[int, list[FoundTarget]] = {}
    years = None
    for start, end in lines:
        line = folded[start:end]
        if CELL_SEPARATOR not in line:
            years = None
            continue
        header = header_years(line.split(CELL_SEPARATOR))
        if header:
            years = header
            continue
        row = row_targets(text, folded, start, end, years) if years else None
        if row is None:
            years = None
        else:
            found[start] = row
    return found
