"""Per-unit views over extractions: counts by role per canonical unit, and one unit's task list,
rendered as an aligned table (CJK-width aware), CSV (UTF-8 with BOM, for Excel), JSON or Markdown."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass

from .records import Extraction
from .units.dictionary import UNKNOWN_KIND, IssuerContext, UnitDictionary

ROLES = ("lead", "cooperate", "responsible")
COUNT_COLUMNS = ("unit", "kind", "lead", "cooperate", "responsible", "total")
TASK_COLUMNS = ("file", "role", "task", "path", "text")
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


def unit_counts(loaded: list[Loaded]) -> list[dict]:
    """One row per canonical unit: assignments by role, sorted by total (desc), then name."""
    counts: dict[str, Counter] = {}
    kinds: dict[str, str] = {}
    for item in loaded:
        kind_of = {u.canonical: u.kind for u in item.extraction.units}
        for task in item.extraction.tasks:
            for a in task.assignments:
                counts.setdefault(a.canonical, Counter())[a.role] += 1
                kinds.setdefault(a.canonical, kind_of.get(a.canonical, UNKNOWN_KIND))
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


def unit_tasks(canonicals: set[str], loaded: list[Loaded]) -> list[dict]:
    """The tasks assigned to any of ``canonicals``: one row per (task, role), in file and task order."""
    rows = []
    for item in loaded:
        for task in item.extraction.tasks:
            roles = {a.role for a in task.assignments if a.canonical in canonicals}
            preview = " ".join(task.text.split())[:TEXT_PREVIEW]
            for role in sorted(roles, key=ROLES.index):
                rows.append({"file": item.file, "role": role, "task": task.id, "path": " > ".join(task.path), "text": preview})
    return rows


def width(text: str) -> int:
    """Display width: East Asian wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def render(rows: list[dict], columns: tuple[str, ...], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([[neutralise(str(row[c])) for c in columns] for row in rows])
        return "\ufeff" + out.getvalue()
    cells = [[str(row[c]) for c in columns] for row in rows]
    if fmt == "md":
        def line(values):
            return "| " + " | ".join(v.replace("|", "\\|") for v in values) + " |"

        return "\n".join([line(columns), line(["---"] * len(columns))] + [line(r) for r in cells]) + "\n"
    widths = [max([width(c)] + [width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [all(r[i].isdigit() for r in cells) and bool(cells) for i in range(len(columns))]

    def pad(value: str, i: int) -> str:
        gap = " " * (widths[i] - width(value))
        return gap + value if numeric[i] else value + gap

    lines = ["  ".join(pad(c, i) for i, c in enumerate(columns)).rstrip()]
    lines += ["  ".join(pad(v, i) for i, v in enumerate(r)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"
