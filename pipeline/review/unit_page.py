"""One unit's page: its tasks across the notices of a store, each with its source passage.

Read through the store's API (:func:`pipeline.store.unit_tasks`): one row per task and role of the
unit in the latest revision of each notice. The passage is the task and its unit lines as they stand
in the source — the lines from the task's first line to its last assignment's — read from the file
the store recorded (checked against its SHA-256) and highlighted like the notice page: the task,
every unit by role, this unit outlined. Where that file is not at hand (moved, or an HTML/DOCX
notice whose extracted text the store does not keep), the passage is the task's text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from . import labels as L
from .marks import Mark, highlight, line_span, line_starts
from .page import RANK
from .render import render
from .source import find_source


class _Sources:
    """Decoded source files by revision, read once each; ``None`` where not available."""

    def __init__(self, db, db_path: Path):
        self.db, self.folder = db, db_path.resolve().parent
        self.texts: dict[int, Any] = {}

    def text(self, revision_id: int, path: str):
        if revision_id not in self.texts:
            self.texts[revision_id] = self._read(revision_id, path)
        return self.texts[revision_id]

    def _read(self, revision_id: int, path: str):
        sha, fmt = self.db.execute("SELECT sha256, format FROM revisions WHERE revision_id = ?", (revision_id,)).fetchone()
        if fmt not in (None, "text"):
            return None  # spans point into the extracted text, which the store does not keep
        found = find_source(path, sha, [Path.cwd(), self.folder, self.folder.parent])
        return found[1] if found else None


def _assignment_spans(db, revision_id: int, task_id: str) -> list[tuple]:
    return db.execute(
        "SELECT role, unit, canonical, start, end FROM assignments WHERE revision_id = ? AND task_id = ? ORDER BY seq",
        (revision_id, task_id),
    ).fetchall()


def _passage(text: str, row: dict, spans: list[tuple], names: set[str]):
    """Lines of ``text`` from the task's first line to its last unit's, highlighted; with the first line number."""
    starts = line_starts(text)
    first = line_span(starts, text, row["line"])
    last_end = max([row["end"], *(s[4] for s in spans if s[4] is not None)])
    if first is None or text[row["start"] : row["end"]] != row["text"]:
        return None
    begin = first[0]
    end = text.find("\n", last_end)
    end = len(text) if end < 0 else end
    marks = [Mark(row["start"] - begin, row["end"] - begin, "task", row["task_id"], css="task", anchor=False, rank=RANK["task"])]
    for n, (role, unit, canonical, start, stop) in enumerate(spans):
        if start is None or not begin <= start < stop <= end:
            continue
        marks.append(Mark(start - begin, stop - begin, "unit", f"{row['task_id']}.a{n}",
                          css=f"unit {role}" + (" hit" if canonical in names else ""), title=f"{L.label(L.ROLES, role)}：{canonical}",
                          data=(("role", role), ("unit", canonical)), anchor=False, rank=RANK["unit"]))
    return highlight(text[begin:end], marks, numbered=False)


def _task_card(row: dict, roles: list[str], passage, names: set[str]) -> dict[str, Any]:
    others: dict[str, list[str]] = {}
    for role, unit, canonical in row["assignments"]:
        if canonical not in names:
            others.setdefault(role, []).append(unit)
    return {
        "ref": f"{row['revision_id']}/{row['task_id']}",
        "path": row["path"].replace(" > ", " › ") if row["path"] else "",
        "label": row["label"] or "",
        "line": row["line"],
        "roles": [(role, L.label(L.ROLES, role)) for role in roles],
        "others": [(role, L.label(L.ROLES, role), units) for role, units in others.items()],
        "targets": [f"{indicator} {value}".strip() for indicator, value in row["targets"]],
        "deadlines": row["deadlines"],
        "progress": row.get("progress") or "",
        "status": row.get("status") or "",
        "passage": passage,
        "text": row["text"],
    }


def unit_notices(db, db_path: Path, unit: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The canonical names ``unit`` stands for, and its tasks grouped by notice (revision)."""
    from ..store import unit_names, unit_tasks

    names = unit_names(db, unit)
    rows = unit_tasks(db, unit)
    sources = _Sources(db, db_path)
    notices: dict[int, dict[str, Any]] = {}
    cards: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        key = (row["revision_id"], row["task_id"])
        if key in cards:
            cards[key]["roles"].append((row["role"], L.label(L.ROLES, row["role"])))
            continue
        notice = notices.setdefault(row["revision_id"], {
            "id": f"n{row['revision_id']}", "title": row["title"] or row["source_path"], "doc_number": row["doc_number"] or "",
            "issuer": row["issuer"] or "", "date": row["date"] or "", "path": row["source_path"], "tasks": [],
        })
        text = sources.text(row["revision_id"], row["source_path"])
        passage = _passage(text, row, _assignment_spans(db, *key), set(names)) if text is not None else None
        cards[key] = _task_card(row, [row["role"]], passage, set(names))
        notice["tasks"].append(cards[key])
    return names, list(notices.values())


def render_unit_page(db_path: str | Path, unit: str) -> str:
    """The page of ``unit`` (a canonical name or a name as written) over the store at ``db_path``."""
    from ..store import open_store

    db = open_store(db_path, create=False)
    try:
        names, notices = unit_notices(db, Path(db_path), unit)
    finally:
        db.close()
    if not names:
        raise InputError(db_path, f"no unit 「{unit}」 in the store (give its canonical name or a name as written)")
    counts: dict[str, int] = {}
    for notice in notices:
        for task in notice["tasks"]:
            for role, _ in task["roles"]:
                counts[role] = counts.get(role, 0) + 1
    return render(
        "unit.html.j2",
        unit=unit,
        names=names,
        notices=notices,
        total=sum(len(n["tasks"]) for n in notices),
        counts=[(role, label, counts[role]) for role, label in L.ROLES.items() if role in counts],
    )
