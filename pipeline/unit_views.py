"""Per-unit views over extractions or the store: counts by role per canonical unit, and one unit's
task list, rendered as an aligned table (CJK-width aware), CSV (UTF-8 with BOM, for Excel), JSON or
Markdown.

Rows have English keys (what JSON gives); tables, CSV and Markdown show Chinese headers
(:data:`HEADERS`) and role names (牵头/配合/责任). Every task row names its unit. Only the terminal
table cuts the task text (to :data:`TEXT_PREVIEW` characters) and leaves out the other units.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from .records import Extraction
from .safe_text import printable
from .store.tables import ROLE_NAMES
from .units.dictionary import UNKNOWN_KIND, IssuerContext, UnitDictionary

ROLES = ("lead", "cooperate", "responsible")
COUNT_COLUMNS = ("unit", "kind", "lead", "cooperate", "responsible", "total")
TASK_COLUMNS = ("unit", "role_name", "doc_number", "path", "text", "lead_units", "cooperate_units", "responsible_units",
                "deadline", "file", "task")
TASK_TABLE_COLUMNS = ("unit", "role_name", "doc_number", "path", "text", "task")
HEADERS = {
    "unit": "单位", "kind": "类别", "lead": "牵头", "cooperate": "配合", "responsible": "责任", "total": "合计",
    "role_name": "角色", "doc_number": "文号", "path": "章节", "text": "任务", "lead_units": "牵头单位",
    "cooperate_units": "配合单位", "responsible_units": "责任单位", "deadline": "完成时限", "file": "文件", "task": "任务编号",
}
TEXT_PREVIEW = 30
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula: a leading apostrophe before
    = + - @ tab CR (OWASP's advice on CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


@dataclass(frozen=True)
class Loaded:
    """One extraction and the name it is shown under (the file as given)."""

    file: str
    extraction: Extraction


@dataclass(frozen=True)
class Filters:
    """What `units` narrows to: issuer, notice (文号 or title), role and year of the notice."""

    issuer: Optional[str] = None
    notice: Optional[str] = None
    role: Optional[str] = None
    year: Optional[int] = None

    def keeps(self, extraction: Extraction) -> bool:
        notice = extraction.notice
        year = int(notice.date[:4]) if notice.date else None
        return (
            self.issuer in (None, notice.issuer)
            and self.notice in (None, notice.doc_number, notice.title)
            and self.year in (None, year)
        )


def unit_counts(loaded: list[Loaded], filters: Filters = Filters()) -> list[dict]:
    """One row per canonical unit: assignments by role, sorted by total (desc), then name."""
    counts: dict[str, Counter] = {}
    kinds: dict[str, str] = {}
    for item in loaded:
        if not filters.keeps(item.extraction):
            continue
        kind_of = {u.canonical: u.kind for u in item.extraction.units}
        for task in item.extraction.tasks:
            for a in task.assignments:
                if filters.role in (None, a.role):
                    counts.setdefault(a.canonical, Counter())[a.role] += 1
                    kinds.setdefault(a.canonical, kind_of.get(a.canonical, UNKNOWN_KIND))
    return count_rows(counts, kinds)


def count_rows(counts: dict[str, Counter], kinds: dict[str, str]) -> list[dict]:
    rows = []
    for canonical, by_role in counts.items():
        row = {"unit": canonical, "kind": kinds[canonical]}
        row.update({role: by_role[role] for role in ROLES})
        row["total"] = sum(by_role.values())
        rows.append(row)
    return sorted(rows, key=lambda r: (-r["total"], r["unit"]))


def canonical_names(name: str, loaded: list[Loaded], dictionary: UnitDictionary) -> set[str]:
    """The canonical names ``name`` stands for across the files: as a canonical, as written, or
    through the dictionary (any alias, Traditional or Simplified) in each notice's issuer context."""
    found = set()
    for item in loaded:
        context = IssuerContext.from_issuer(item.extraction.notice.issuer)
        for task in item.extraction.tasks:
            for a in task.assignments:
                if name in (a.canonical, a.unit):
                    found.add(a.canonical)
        resolution = dictionary.resolve(name, context)  # a dictionary entry resolves with the place filled in
        if resolution.resolved:
            found.add(resolution.canonical)
    return found


def _units(assignments, role: str) -> str:
    """The units of one role, as written, in the order listed, joined by 、."""
    seen: list[str] = []
    for a_role, unit in assignments:
        if a_role == role and unit not in seen:
            seen.append(unit)
    return "、".join(seen)


def task_row(unit: str, role: str, task: dict) -> dict:
    """One row of a unit's task list; ``task`` has doc_number, file, task, path, text, deadline and
    assignments [(role, unit as written)]."""
    row = {"unit": unit, "role": role, "role_name": ROLE_NAMES[role], "doc_number": task["doc_number"] or "",
           "path": task["path"], "text": task["text"]}
    for r in ROLES:
        row[f"{r}_units"] = _units(task["assignments"], r)
    row.update(deadline=task["deadline"], file=task["file"], task=task["task"])
    return row


def unit_tasks(canonicals: set[str], loaded: list[Loaded], filters: Filters = Filters()) -> list[dict]:
    """The tasks assigned to any of ``canonicals``: one row per (unit, task, role), in file and task order."""
    rows = []
    for item in loaded:
        extraction = item.extraction
        if not filters.keeps(extraction):
            continue
        deadlines: dict[str, list[str]] = {}
        for d in getattr(extraction, "deadlines", None) or []:
            deadlines.setdefault(d.task, []).append(d.text)
        for task in extraction.tasks:
            found = {(a.canonical, a.role) for a in task.assignments if a.canonical in canonicals and filters.role in (None, a.role)}
            if not found:
                continue
            fields = {"doc_number": extraction.notice.doc_number, "file": item.file, "task": task.id, "path": " > ".join(task.path),
                      "text": task.text, "deadline": "；".join(deadlines.get(task.id, [])),
                      "assignments": [(a.role, a.unit) for a in task.assignments]}
            for canonical, role in sorted(found, key=lambda f: (f[0], ROLES.index(f[1]))):
                rows.append(task_row(canonical, role, fields))
    return rows


def store_task_rows(found: list[dict]) -> list[dict]:
    """Rows of :func:`pipeline.store.unit_tasks` as a unit's task list (任务编号 is revision/task)."""
    from .store.read import task_ref

    return [
        task_row(t["unit"], t["role"], {**t, "file": t["source_path"], "task": task_ref(t["revision_id"], t["task_id"]),
                                        "deadline": "；".join(t["deadlines"]), "assignments": [(r, u) for r, u, _ in t["assignments"]]})
        for t in found
    ]


def width(text: str) -> int:
    """Display width: East Asian wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def render(rows: list[dict], columns: tuple[str, ...], fmt: str) -> str:
    """``rows`` in ``fmt``: json (all keys), csv, md or table (``columns``, Chinese headers; the table
    cuts the task text)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    headers = [HEADERS.get(c, c) for c in columns]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows([[neutralise(str(row[c])) for c in columns] for row in rows])
        return "\ufeff" + out.getvalue()
    cells = [[_cell(row[c], c, fmt) for c in columns] for row in rows]
    if fmt == "md":
        def line(values):
            return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"

        return "\n".join([line(headers), line(["---"] * len(columns))] + [line(r) for r in cells]) + "\n"
    return table(headers, cells)


def _cell(value, column: str, fmt: str) -> str:
    text = printable(" ".join(str(value).split()), one_line=True)  # no control character reaches a terminal
    if fmt == "table" and column == "text" and len(text) > TEXT_PREVIEW:
        return text[:TEXT_PREVIEW] + "…"
    return text


def table(headers: list[str], cells: list[list[str]]) -> str:
    """An aligned table: numbers right-aligned, widths by display width."""
    widths = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(headers)]
    numeric = [all(r[i].isdigit() for r in cells) and bool(cells) for i in range(len(headers))]

    def pad(value: str, i: int) -> str:
        gap = " " * (widths[i] - width(value))
        return gap + value if numeric[i] else value + gap

    lines = ["  ".join(pad(c, i) for i, c in enumerate(headers)).rstrip()]
    lines += ["  ".join(pad(v, i) for i, v in enumerate(r)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"
