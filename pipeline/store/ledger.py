"""The 台账 (ledger): one row per task, as a clerk prints and fills it in, out to .xlsx/.csv and back.

Out: :func:`ledger_rows` from the store, :func:`write_xlsx` (wrapped text, frozen header, a filter,
a 状态 drop-down, one sheet per unit when asked; written by :mod:`.xlsx`, read back with openpyxl) or
:func:`write_csv` (UTF-8 with BOM).
Back: :func:`read_ledger` reads the rows of a filled-in file and :func:`import_progress` stores each
row's 进展 and 状态 on its task (found by 任务编号, followed into the latest revision; a row whose 进展
and 状态 are both blank changes nothing, as the same task may be on several sheets), reporting
edits to other columns (ignored) and rows whose task no longer exists (kept on the task they name).

Cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
are written with a leading apostrophe (OWASP's CSV-injection advice), which reading back removes.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Iterable, Optional

from ..errors import FengongError
from ..unit_views import FORMULA_START, neutralise
from .read import parse_ref, successor, task_ref, task_source, task_where, tasks
from .tables import ROLE_NAMES, STATUSES

HEADERS = ("序号", "文号", "文件标题", "章节", "任务", "牵头单位", "配合单位", "责任单位", "隐含单位", "完成时限", "目标", "进展", "状态", "任务编号")
WIDTHS = (6, 18, 30, 24, 60, 18, 24, 18, 18, 14, 30, 30, 10, 18)
EDITABLE = ("进展", "状态")
UNCHECKED = ("序号",) + EDITABLE
_FORMULA_FIRST = frozenset(FORMULA_START)  # the first characters :func:`neutralise` marks
ROLE_COLUMNS = {"lead": "牵头单位", "cooperate": "配合单位", "responsible": "责任单位"}


def restore(value: str) -> str:
    """The value :func:`neutralise` was given."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def _units(task: dict, role: str) -> str:
    seen: list[str] = []
    for r, unit, _ in task["assignments"]:
        if r == role and unit not in seen:
            seen.append(unit)
    return "、".join(seen)


def implied_cell(entries: Iterable[tuple[str, str]]) -> str:
    """隐含单位: the units a carry-over clause (「以下均需…落实」) makes answer for the task, each with
    its role, e.g. 各街道办事处（责任）; apart from the units written in the task's own block."""
    seen: list[str] = []
    for role, unit in entries:
        cell = f"{unit}（{ROLE_NAMES[role]}）"
        if cell not in seen:
            seen.append(cell)
    return "、".join(seen)


def ledger_row(task: dict) -> dict[str, str]:
    """The ledger's cells for one task (without 序号)."""
    row = {"文号": task["doc_number"] or "", "文件标题": task["title"] or "", "章节": task["path"] or "",
           "任务": f"{task['label']}{task['text']}" if task["label"] else task["text"]}
    for role, column in ROLE_COLUMNS.items():
        row[column] = _units(task, role)
    row["隐含单位"] = implied_cell((role, unit) for role, unit, _ in task.get("implied", ()))
    row["完成时限"] = "；".join(task["deadlines"])
    row["目标"] = "；".join(f"{indicator} {value}".strip() for indicator, value in task["targets"])
    row["进展"] = task["progress"] or ""
    row["状态"] = task["status"] or ""
    row["任务编号"] = task_ref(task["revision_id"], task["task_id"])
    return row


# The ledger's query: the tasks' own columns — with their units per role, folded when the task was
# stored (tasks.lead_units, …: reading a unit's ledger over 2,000 notices, 354,000 assignment rows,
# was a third of its time) — and, per task, its implied units, deadlines and targets folded into one
# string each by SQLite (correlated subqueries over the primary key and the (revision_id, task_id)
# indexes, read in seq / start order): one row per task comes back.
_SEP, _ROLE_SEP = "\x1e", "\x1f"  # separators no task text holds (control characters are not in the text)
_LEDGER_SELECT = f"""
SELECT r.revision_id, r.doc_number, r.title, t.task_id, t.path, t.label, t.text, p.progress, p.status,
       t.lead_units, t.cooperate_units, t.responsible_units,
       (SELECT group_concat(i.role || '{_ROLE_SEP}' || i.unit, '{_SEP}') FROM
          (SELECT role, unit FROM implied i WHERE i.revision_id = t.revision_id AND i.task_id = t.task_id ORDER BY i.seq) i),
       (SELECT group_concat(d.text, '；') FROM
          (SELECT text FROM deadlines d WHERE d.revision_id = t.revision_id AND d.task_id = t.task_id ORDER BY d.start) d),
       (SELECT group_concat(g.cell, '{_SEP}') FROM
          (SELECT coalesce(g.indicator, '') || ' ' || coalesce(g.value_text, '') AS cell FROM targets g
           WHERE g.revision_id = t.revision_id AND g.task_id = t.task_id ORDER BY g.start) g)
"""


def ledger_rows(db: sqlite3.Connection, unit: Optional[list[str]] = None, notice: Optional[str] = None) -> list[dict[str, str]]:
    """One row per task of the latest revisions (of the units ``unit``, canonical names; of the notice
    ``notice``, a 文号 or title), numbered 1, 2, … in 序号: the rows :func:`ledger_row` makes of
    :func:`~.read.tasks`, read in one query (see ``_LEDGER_SELECT``)."""
    source, params = task_source(unit, None)
    where, more = task_where(notice, None, None, None)
    query = _LEDGER_SELECT + source + where + " ORDER BY r.notice_id, r.revision_id, t.seq"
    cursor = db.cursor()
    cursor.row_factory = None
    rows = []
    for number, found in enumerate(cursor.execute(query, params + more), start=1):
        revision_id, doc_number, title, task_id, path, label, text, progress, status, lead, cooperate, responsible, implied, deadlines, targets = found
        rows.append({
            "序号": str(number), "文号": doc_number or "", "文件标题": title or "", "章节": path or "",
            "任务": f"{label}{text}" if label else text, "牵头单位": lead or "", "配合单位": cooperate or "", "责任单位": responsible or "",
            "隐含单位": implied_cell(entry.split(_ROLE_SEP) for entry in implied.split(_SEP)) if implied else "",
            "完成时限": deadlines or "", "目标": "；".join(cell.strip() for cell in targets.split(_SEP)) if targets else "",
            "进展": progress or "", "状态": status or "", "任务编号": task_ref(revision_id, task_id),
        })
    return rows


def write_csv(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows([[neutralise(row[h]) for h in HEADERS] for row in rows])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def write_xlsx(sheets: list[tuple[str, list[dict[str, str]]]]) -> bytes:
    """A workbook of one sheet per ``(name, rows)``, as bytes (see :mod:`.xlsx`)."""
    from .xlsx import workbook

    titles: list[str] = []
    parts = []
    cells = itemgetter(*HEADERS)
    for name, rows in sheets:
        titles.append(_sheet_title(name, titles))
        parts.append((titles[-1], HEADERS, map(cells, rows)))
    # A formula-like text is neutralised once, as the workbook first meets it (its strings are shared).
    return workbook(parts, WIDTHS, (HEADERS.index("状态") + 1, STATUSES, 1000), lambda v: neutralise(v) if v[:1] in _FORMULA_FIRST else v)


def _sheet_title(name: str, taken: list[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "台账"
    title, n = clean, 2
    while title in taken:
        suffix = f"({n})"
        title, n = clean[: 31 - len(suffix)] + suffix, n + 1
    return title


# ---------------------------------------------------------------------------------------------
# Back in


def read_ledger(path: Path) -> list[tuple[str, int, dict[str, str]]]:
    """``(sheet, row number, {header: value})`` for every data row of a ledger (.xlsx or .csv)."""
    from ..read import is_regular_file

    if not is_regular_file(path):
        raise FengongError(path, "no such file" if not path.exists() else "not a regular file (a directory, device, FIFO or socket)")
    if path.suffix.lower() == ".csv":
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise FengongError(path, f"not UTF-8: {err.reason}") from None
        table = list(csv.reader(io.StringIO(text, newline="")))
        return _rows("", table, path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # noqa: BLE001 - openpyxl raises many kinds for a file that is no workbook
        raise FengongError(path, f"not an .xlsx workbook: {err}") from None
    found = []
    for sheet in book.worksheets:
        table = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        found += _rows(sheet.title, table, path)
    book.close()
    return found


def _rows(sheet: str, table: list[list[str]], path: Path) -> list[tuple[str, int, dict[str, str]]]:
    if not table or not any(table[0]):
        return []
    header = [h.strip() for h in table[0]]
    if "任务编号" not in header:
        raise FengongError(path, f"{sheet + ': ' if sheet else ''}no 任务编号 column in the header row")
    found = []
    for number, values in enumerate(table[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        cells = {h: restore(values[i]) if i < len(values) else "" for i, h in enumerate(header) if h}
        found.append((sheet, number, cells))
    return found


@dataclass
class ImportReport:
    updated: int = 0
    unchanged: int = 0
    lines: list[str] = field(default_factory=list)

    def note(self, sheet: str, row: int, message: str) -> None:
        where = f"{sheet}!{row}" if sheet else f"row {row}"
        self.lines.append(f"{where}: {message}")


def import_progress(db: sqlite3.Connection, rows: Iterable[tuple[str, int, dict[str, str]]], source: str) -> ImportReport:
    """Store each row's 进展 and 状态 (see the module's docstring); one transaction."""
    report = ImportReport()
    revisions: dict[int, dict[str, dict]] = {}  # each revision's tasks, read once
    with db:
        for sheet, number, cells in rows:
            _import_row(db, report, revisions, (sheet, number), cells, source)
    return report


def _import_row(db, report: ImportReport, revisions: dict, where: tuple[str, int], cells: dict[str, str], source: str) -> None:
    sheet, number = where
    ref = parse_ref(cells.get("任务编号", ""))
    if ref is None:
        report.note(sheet, number, f"任务编号 「{cells.get('任务编号', '')}」 is not a task number: row not imported")
        return
    if ref[0] not in revisions:
        revisions[ref[0]] = {t["task_id"]: t for t in tasks(db, revision_id=ref[0])}
    task = revisions[ref[0]].get(ref[1])
    if task is None:
        report.note(sheet, number, f"task {cells['任务编号']} is not in the store: row not imported")
        return
    _report_edits(report, where, cells, ledger_row(task))
    status = cells.get("状态", "").strip()
    if status and status not in STATUSES:
        report.note(sheet, number, f"状态 「{status}」 is not one of {'、'.join(STATUSES)}: 状态 not imported")
        status = ""
    target = _latest(db, report, where, ref, cells["任务编号"])
    _store(db, report, target, cells.get("进展", "").strip(), status, source)


def _report_edits(report: ImportReport, where: tuple[str, int], cells: dict[str, str], expected: dict[str, str]) -> None:
    """Cells of other columns than 进展 and 状态 that differ from the store: reported, ignored."""
    for column, value in cells.items():
        if column in expected and column not in UNCHECKED and column != "任务编号" and value.strip() != expected[column].strip():
            report.note(*where, f"{column} edited (ignored): the store keeps 「{_short(expected[column])}」")


def _latest(db, report: ImportReport, where: tuple[str, int], ref: tuple[int, str], name: str) -> tuple[int, str]:
    """The task ``ref`` became in the latest revision; ``ref`` itself when it was removed (reported)."""
    later = successor(db, *ref)
    if later and later[-1]["task_id"] is None:
        report.note(*where, f"task {name} was removed in revision {later[-1]['revision_id']}: its 进展/状态 are kept on the revision that has it")
        return ref
    return (later[-1]["revision_id"], later[-1]["task_id"]) if later else ref


def _store(db, report: ImportReport, target: tuple[int, str], progress: str, status: str, source: str) -> None:
    current = db.execute("SELECT progress, status FROM progress WHERE revision_id = ? AND task_id = ?", target).fetchone()
    same = (current[0] or "", current[1] or "") == (progress, status) if current else not (progress or status)
    # A row left blank never erases: the same task is on several sheets of a --by-unit ledger.
    if same or not (progress or status):
        report.unchanged += 1
        return
    db.execute("INSERT OR REPLACE INTO progress (revision_id, task_id, progress, status, source) VALUES (?, ?, ?, ?, ?)",
               (*target, progress or None, status or None, source))
    report.updated += 1


def _short(text: str, width: int = 20) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width] + "…"
