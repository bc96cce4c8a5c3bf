"""A table of yearly targets: a header row naming years (「指标；2026年；2027年；2028年」, a table's cells
as the reader joins them, 「；」 between) and rows under it whose first cell names an indicator and whose
year cells each hold one value — every such cell is a goal of that indicator for its column's year.
One column suffices when its header calls it the target (「指标名称；2025年完成值；2026年目标值」, a task
table's header kept by the reader above rows 「1.每万人口高价值发明专利拥有量（件）；8.4；9.5」)."""

from __future__ import annotations

from .. import rx as re

from ..vocabulary import DEADLINE_LABELS, UNIT_LINE_LABELS
from .found import FoundTarget
from .clause_values import BEFORE
from .patterns import COMPARATOR_AFTER
from .tables import one_of
from .values import SCALES, UNIT_ALTERNATION, VALUE, value_fields

CELL_SEPARATOR = ";"  # 「；」 folded
# Header cells that name a column's year: (name, pattern, example).
YEAR_COLUMNS = (
    ("year_column", r"(?P<year>(?:19|20)\d\d)年?(?:目标值|目标|预期值|预期)?", "指标；2026年；2027年；2028年"),
)
# A header cell naming the column of units, for values written bare: (name, pattern, example).
UNIT_COLUMNS = (("unit_column", r"(?:计量)?单位", "指标；单位；2026年；2027年 / 城镇新增就业；万人；3.2；3.5"),)
UNIT_COLUMN = re.compile("|".join(pattern for _, pattern, _ in UNIT_COLUMNS))
YEAR_COLUMN = re.compile("|".join(pattern for _, pattern, _ in YEAR_COLUMNS))
# A year column that needs no second one: its header says it holds the target (name, pattern, example).
TARGET_COLUMNS = (("target_year_column", r"(?:19|20)\d\d年?(?:目标值|目标|预期值|预期)", "指标名称；2025年完成值；2026年目标值"),)
TARGET_COLUMN = re.compile(one_of(TARGET_COLUMNS))
# A first header cell numbering the rows: the indicator is in the next cell, the row's first cell its number
# (round 23: quling 22a 「序号；指标名称；2025年；2026年目标值」, rows 「1；政务服务事项全程网办率；82.4%；不低于90%」). (name, pattern, example)
SERIAL_COLUMNS = (("serial_column", r"序号|编号", "序号；指标名称；2025年；2026年目标值"),)
SERIAL_COLUMN = re.compile(one_of(SERIAL_COLUMNS))
SERIAL_CELL = re.compile(r"\s*\d{1,3}\s*;")
# What the first cell of a row may hold around the indicator: (name, pattern, example).
ROW_NAME_PARTS = (
    ("item_number", r"\d{1,3}[.、](?=\D)", "1.每万人口高价值发明专利拥有量（件） (the 序号 column, joined by the reader)"),
    ("unit_in_brackets", rf"\((?P<scale>万亿|万|亿)?(?P<unit>{UNIT_ALTERNATION}|%)\)$", "技术合同成交额（亿元）: the unit of the row's bare values"),
)
ITEM_NUMBER, UNIT_IN_BRACKETS = (re.compile(pattern) for _, pattern, _ in ROW_NAME_PARTS)
# A task table's row is followed by its own unit and 完成时限 lines (the reader writes them so): they
# do not end the table.
ROW_NOTE = re.compile("(?:" + "|".join([*UNIT_LINE_LABELS, *DEADLINE_LABELS]) + "):")
# A year cell: one value, a comparator after it at most (「98%以上」).
AFTER = {name: re.compile(pattern) for name, pattern, _ in COMPARATOR_AFTER}
MIN_YEAR_COLUMNS = 2
UNIT_KEY = -1  # in a header's columns: the index of its unit column


def header_years(cells: list[str]) -> dict[int, int] | None:
    """Column index → year (and UNIT_KEY → the unit column's index, if any), when at least two cells after the first name years; else None."""
    years = {i: int(m["year"]) for i, cell in enumerate(cells) if i and (m := YEAR_COLUMN.fullmatch(cell.strip()))}
    if len(years) < MIN_YEAR_COLUMNS and not (years and any(TARGET_COLUMN.fullmatch(cells[i].strip()) for i in years)):
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
    name_end = start + len(cells[0].rstrip())
    if number := ITEM_NUMBER.match(folded, name_start, name_end):
        name_start = number.end()
    if bracket := UNIT_IN_BRACKETS.search(folded, name_start, name_end):
        name_end = bracket.start()
    indicator = text[name_start:name_end]
    found, position = [], start
    for i, cell in enumerate(cells):
        cell_start = position + len(cell) - len(cell.lstrip())
        position += len(cell) + len(CELL_SEPARATOR)
        if i not in years or not cell.strip():
            continue
        cell_end = cell_start + len(cell.strip())
        m = VALUE.match(folded, cell_start, cell_end) or _after_limit(folded, cell_start, cell_end)
        if not m or not m.group():
            return None
        rest = folded[m.end() : cell_end]
        comparator = _stated(folded[cell_start : m.start()]) if not rest else next((name for name, p in AFTER.items() if p.fullmatch(rest)), None)
        if comparator is None:
            return None
        fields = value_fields(text, 0, m)
        if not fields["unit"] and UNIT_KEY in years:
            fields["unit"] = cells[years[UNIT_KEY]].strip()
        elif not fields["unit"] and bracket:
            fields |= _bracket_unit(bracket, fields["value"])
        found.append(FoundTarget(
            indicator=indicator, comparator=comparator, kind="goal", annual=False, year=years[i], range=None,
            baseline=None, baseline_year=None, benchmark=None, start=name_start, end=cell_end, rule="year_table", **fields,
        ))
    return found or None


def _after_limit(folded: str, start: int, end: int) -> re.Match[str] | None:
    """The value of a year cell opening with a comparator (「不低于90%」, 「压缩至0.5个工作日以内」), else None."""
    for m in VALUE.finditer(folded, start, end):
        if m.group():
            return m if _stated(folded[start : m.start()]) else None
    return None


def _stated(before: str) -> str | None:
    """The comparator of the words before a cell's value: equal where there are none, None where they are no comparator."""
    if not before.strip():
        return "equal"
    return m.lastgroup if (m := BEFORE.search(before.strip())) and m.start() == 0 else None


def _bracket_unit(bracket: re.Match[str], value: float | None) -> dict:
    """The unit (and scaled value) a row's bracket gives its bare values: （亿元） → 亿元, value × 1e8."""
    scale = bracket["scale"] or ""
    scaled = value * float(SCALES[scale]) if scale and value is not None else None
    return {"unit": scale + bracket["unit"], "scaled_value": scaled}


def _without_past(header: dict[int, int], notice_year: int | None) -> dict[int, int]:
    """``header`` without the columns of years before ``notice_year`` where a later one is left: 「2025年；2026年目标值」 in a
    notice of 2026 — the past year's column is the base, facts reported and no goal (round 23: quling 22a)."""
    past = {i for i, year in header.items() if i != UNIT_KEY and notice_year and year < notice_year}
    if not past or len(past) == len([i for i in header if i != UNIT_KEY]):
        return header
    return {i: year for i, year in header.items() if i not in past}


def year_table_targets(text: str, folded: str, lines: list[tuple[int, int]], notice_year: int | None = None) -> dict[int, list[FoundTarget]]:
    """Line start → the goals of that line, for each row under a header of years (offsets into ``text``); a column of a year
    before ``notice_year`` is left out beside a later one."""
    found: dict[int, list[FoundTarget]] = {}
    years, serial = None, False
    for start, end in lines:
        line = folded[start:end]
        if years and ROW_NOTE.match(line):
            continue
        if CELL_SEPARATOR not in line:
            years = None
            continue
        serial_header = SERIAL_COLUMN.fullmatch(line.split(CELL_SEPARATOR)[0].strip())
        header = header_years(line.split(CELL_SEPARATOR)[1:] if serial_header else line.split(CELL_SEPARATOR))
        if header:
            years, serial = _without_past(header, notice_year), bool(serial_header)
            continue
        name_start = number.end() if years and serial and (number := SERIAL_CELL.match(folded, start)) else start  # 「1；全程网办率；…」
        row = row_targets(text, folded, name_start, end, years) if years else None
        if row is None:
            years = None
        else:
            found[start] = row
    return found
