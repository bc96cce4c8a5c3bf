"""Reading the store: the API other commands use (`fengong ledger`, `units --db`, `search`, review).

    from pipeline.store import open_store, unit_tasks
    db = open_store("fengong.db", create=False)
    for task in unit_tasks(db, unit="市教育局"):
        task["text"], task["role"], task["start"], task["end"], task["source_path"]

Every function reads the latest revision of each notice unless told a ``revision_id``; rows are
plain dicts. A task's passage in its source is ``text[start:end]`` of the file at ``source_path``
(the extraction's ``source.text`` for HTML/DOCX), line ``line``.
"""

from __future__ import annotations

import sqlite3
from typing import Optional

from .tables import ROLE_NAMES

LATEST = "SELECT revision_id FROM revisions r WHERE number = (SELECT max(number) FROM revisions WHERE notice_id = r.notice_id)"

_TASK_SELECT = """
SELECT r.revision_id, r.notice_id, r.doc_number, r.title, r.issuer, r.date, r.year, r.path AS source_path,
       t.task_id, t.seq, t.path, t.label, t.text, t.start, t.end, t.line, t.predecessor_id, t.change,
       p.progress, p.status
"""
_TASK_JOINS = """
JOIN revisions r ON r.revision_id = t.revision_id
LEFT JOIN progress p ON p.revision_id = t.revision_id AND p.task_id = t.task_id
"""


def _source(unit: Optional[list[str]], role: Optional[str]) -> tuple[str, list]:
    """The FROM clause: all tasks, or (for a unit or a role) the tasks found through their
    assignments first — CROSS JOIN keeps SQLite from reading every task to test it."""
    if unit is None and not role:
        return "FROM tasks t" + _TASK_JOINS, []
    sub, params = "SELECT DISTINCT a.revision_id, a.task_id FROM assignments a WHERE 1", []
    if unit is not None:
        sub += f" AND a.canonical IN ({', '.join('?' * len(unit))})"
        params += unit
    if role:
        sub += " AND a.role = ?"
        params.append(role)
    return f"FROM ({sub}) k CROSS JOIN tasks t ON t.revision_id = k.revision_id AND t.task_id = k.task_id" + _TASK_JOINS, params


def unit_names(db: sqlite3.Connection, name: str) -> list[str]:
    """The canonical names ``name`` stands for in the store: a canonical name or a name as written."""
    rows = db.execute("SELECT DISTINCT canonical FROM assignments WHERE canonical = ?1 OR unit = ?1 ORDER BY canonical", (name,))
    return [r[0] for r in rows]


def _where(notice: Optional[str], issuer: Optional[str], year: Optional[int], revision_id: Optional[int]) -> tuple[str, list]:
    clauses, params = [], []
    if revision_id is not None:
        clauses.append("r.revision_id = ?")
        params.append(revision_id)
    else:
        clauses.append(f"r.revision_id IN ({LATEST})")
    if notice:
        clauses.append("(r.doc_number = ? OR r.title = ?)")
        params += [notice, notice]
    if issuer:
        clauses.append("r.issuer = ?")
        params.append(issuer)
    if year is not None:
        clauses.append("r.year = ?")
        params.append(year)
    return " WHERE " + " AND ".join(clauses), params


def tasks(db: sqlite3.Connection, unit: Optional[list[str]] = None, notice: Optional[str] = None, issuer: Optional[str] = None,
          role: Optional[str] = None, year: Optional[int] = None, revision_id: Optional[int] = None) -> list[dict]:
    """Tasks (latest revisions; filtered by canonical unit names, 文号 or title, issuer, role, year),
    in notice and document order, each with its ``assignments`` [(role, unit as written, canonical)],
    ``targets`` [(indicator, value_text)], ``deadlines`` [text], ``progress`` and ``status``."""
    source, params = _source(unit, role)
    where, more = _where(notice, issuer, year, revision_id)
    query = _TASK_SELECT + source + where + " ORDER BY r.notice_id, r.revision_id, t.seq"
    found = [dict(r) for r in db.execute(query, params + more)]
    if not found:
        return found
    keys = {(t["revision_id"], t["task_id"]): t for t in found}
    for t in found:
        t["assignments"], t["targets"], t["deadlines"] = [], [], []
    # Only the found tasks' assignments, targets and deadlines: joined through a temporary table of
    # their keys (all of their revisions' rows would be most of the store for a unit's ledger).
    db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (revision_id INTEGER, task_id TEXT, PRIMARY KEY (revision_id, task_id))")
    db.execute("DELETE FROM chosen")
    db.executemany("INSERT OR IGNORE INTO chosen VALUES (?, ?)", list(keys))
    queries = [
        ("assignments", "SELECT x.revision_id, x.task_id, x.role, x.unit, x.canonical FROM chosen c CROSS JOIN assignments x ON x.revision_id = c.revision_id AND x.task_id = c.task_id ORDER BY x.revision_id, x.task_id, x.seq"),
        ("targets", "SELECT x.revision_id, x.task_id, x.indicator, x.value_text FROM chosen c CROSS JOIN targets x ON x.revision_id = c.revision_id AND x.task_id = c.task_id ORDER BY x.revision_id, x.start"),
    ]
    if _has(db, "deadlines"):
        queries.append(("deadlines", "SELECT x.revision_id, x.task_id, x.text FROM chosen c CROSS JOIN deadlines x ON x.revision_id = c.revision_id AND x.task_id = c.task_id ORDER BY x.revision_id, x.start"))
    plain = db.cursor()
    plain.row_factory = None  # tuples: a third faster than sqlite3.Row over hundreds of thousands of rows
    for field, query in queries:
        append = {key: task[field].append for key, task in keys.items()}
        if field == "deadlines":
            for revision_id, task_id, text in plain.execute(query):
                append[(revision_id, task_id)](text)
        else:
            for row in plain.execute(query):
                append[row[:2]](row[2:])
    db.execute("DELETE FROM chosen")
    return found


def _has(db: sqlite3.Connection, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def unit_tasks(db: sqlite3.Connection, unit: str, **filters) -> list[dict]:
    """One row per (task, role) of the unit ``unit`` (a canonical name or a name as written): the task's
    fields (see :func:`tasks`) plus ``unit`` (canonical) and ``role`` (lead/cooperate/responsible)."""
    names = unit_names(db, unit)
    if not names:
        return []
    rows = []
    for task in tasks(db, unit=names, **filters):
        roles = {(role, canonical) for role, _, canonical in task["assignments"] if canonical in names}
        for role, canonical in sorted(roles, key=lambda rc: (list(ROLE_NAMES).index(rc[0]), rc[1])):
            if filters.get("role") in (None, role):
                rows.append({**task, "unit": canonical, "role": role})
    return rows


def task_ref(revision_id: int, task_id: str) -> str:
    """A task's 任务编号 in a ledger: unique across the store."""
    return f"{revision_id}/{task_id}"


def parse_ref(ref: str) -> Optional[tuple[int, str]]:
    revision, _, task_id = str(ref).strip().partition("/")
    return (int(revision), task_id) if revision.isdigit() and task_id else None


def history(db: sqlite3.Connection, revision_id: int, task_id: str) -> list[dict]:
    """A task through its notice's revisions, earliest first: ``revision_id``, ``number``, ``task_id``,
    ``change`` and ``text`` per revision it exists in; a last entry with ``task_id`` None when it was
    removed."""
    back = []
    rev, tid = revision_id, task_id
    while tid is not None:
        row = db.execute(
            "SELECT t.revision_id, r.number, t.task_id, t.change, t.text, t.predecessor_id, r.previous_id FROM tasks t "
            "JOIN revisions r USING (revision_id) WHERE t.revision_id = ? AND t.task_id = ?", (rev, tid)).fetchone()
        if row is None:
            break
        back.append(dict(row))
        rev, tid = row["previous_id"], row["predecessor_id"]
    chain = list(reversed(back))
    forward = successor(db, revision_id, task_id, steps=None)
    chain += forward
    for entry in chain:
        entry.pop("predecessor_id", None)
        entry.pop("previous_id", None)
    return chain


def successor(db: sqlite3.Connection, revision_id: int, task_id: str, steps: Optional[int] = None) -> list[dict]:
    """The task in each later revision of its notice (as :func:`history` lists them)."""
    found = []
    while steps is None or len(found) < steps:
        nxt = db.execute(
            "SELECT r.revision_id, r.number, c.new_task_id AS task_id, c.change FROM revisions r "
            "JOIN task_changes c ON c.revision_id = r.revision_id AND c.old_task_id = ? WHERE r.previous_id = ?",
            (task_id, revision_id)).fetchone()
        if nxt is None:
            break
        entry = dict(nxt)
        text = db.execute("SELECT text FROM tasks WHERE revision_id = ? AND task_id = ?", (entry["revision_id"], entry["task_id"])).fetchone()
        entry["text"] = text[0] if text else None
        found.append(entry)
        if entry["task_id"] is None:
            break
        revision_id, task_id = entry["revision_id"], entry["task_id"]
    return found


def role_counts(db: sqlite3.Connection, issuer: Optional[str] = None, notice: Optional[str] = None, role: Optional[str] = None,
                year: Optional[int] = None) -> tuple[dict, dict]:
    """Assignments per canonical unit and role over the latest revisions (filtered as :func:`tasks`):
    ``({canonical: Counter(role → n)}, {canonical: kind})``."""
    from collections import Counter

    where, params = _where(notice, issuer, year, None)
    if role:
        where += " AND a.role = ?"
        params.append(role)
    counts: dict[str, Counter] = {}
    kinds: dict[str, str] = {}
    query = f"""SELECT a.canonical, a.role, count(*), (SELECT kind FROM units u WHERE u.revision_id = a.revision_id AND u.name = a.unit)
                FROM assignments a JOIN tasks t ON t.revision_id = a.revision_id AND t.task_id = a.task_id
                JOIN revisions r ON r.revision_id = t.revision_id {where}
                GROUP BY a.canonical, a.role"""
    for canonical, a_role, n, kind in db.execute(query, params):
        counts.setdefault(canonical, Counter())[a_role] += n
        kinds.setdefault(canonical, kind or "unknown")
    return counts, kinds
