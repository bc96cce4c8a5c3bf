"""Full-text search over the store's tasks: FTS5 on jieba-segmented words (see :mod:`.segment`)."""

from __future__ import annotations

import sqlite3

from .read import LATEST, task_ref
from .segment import query_terms
from .sqlite import SEARCH_INDEX

SNIPPET = 40


def fts_query(query: str) -> str:
    """The FTS5 query for ``query``: each of its words, quoted, all required."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query_terms(query))


def search(db: sqlite3.Connection, query: str, limit: int = 50, all_revisions: bool = False) -> list[dict]:
    """Tasks whose text, units or target indicators hold every word of ``query``: the latest ingested
    notices first, each in document order: ``doc_number``, ``title``, ``path``, ``units``
    (canonical, 、-joined), ``text`` (the task's full text), ``match`` (the words around the first
    hit) and ``task`` (任务编号).

    The index is read newest first and stops at ``limit`` hits (a ranking by relevance would score
    every hit: tens of thousands for a unit's name over thousands of notices)."""
    match = fts_query(query)
    if not match:
        return []
    rowids = _hits(db, match, limit, all_revisions)
    if not rowids:
        return []
    rows = db.execute(
        f"""SELECT r.doc_number, r.title, t.path, t.text, t.revision_id, t.task_id,
                   (SELECT group_concat(canonical, '、') FROM (SELECT DISTINCT canonical FROM assignments a
                     WHERE a.revision_id = t.revision_id AND a.task_id = t.task_id ORDER BY a.seq)) AS units
            FROM tasks t JOIN revisions r ON r.revision_id = t.revision_id
            WHERE t.rowid IN ({", ".join("?" * len(rowids))}) ORDER BY t.revision_id DESC, t.seq""",
        rowids,
    ).fetchall()
    terms = query_terms(query)
    return [
        {"doc_number": r["doc_number"] or "", "title": r["title"] or "", "path": r["path"] or "", "units": r["units"] or "",
         "match": matched_text(r["text"], terms), "text": r["text"], "task": task_ref(r["revision_id"], r["task_id"])}
        for r in rows
    ]


def _hits(db: sqlite3.Connection, match: str, limit: int, all_revisions: bool) -> list[int]:
    """The rowids of the newest ``limit`` hits (of the latest revisions unless ``all_revisions``)."""
    latest = None if all_revisions else {r[0] for r in db.execute(LATEST)}
    found: list[int] = []
    below = ""
    while len(found) < limit:
        batch = [r[0] for r in db.execute(
            f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH ? {below} ORDER BY rowid DESC LIMIT ?", (match, 4 * limit))]
        if not batch:
            break
        below = f"AND rowid < {int(batch[-1])}"
        if latest is not None:
            marks = ", ".join("?" * len(batch))
            keep = {r[0] for r in db.execute(f"SELECT rowid, revision_id FROM tasks WHERE rowid IN ({marks})", batch) if r[1] in latest}
            batch = [b for b in batch if b in keep]
        found += batch
    return found[:limit]


def matched_text(text: str, terms: list[str], width: int = SNIPPET) -> str:
    """The part of ``text`` around the first term it holds (the whole text when it is short or the
    hit is in the units or targets), with … where it is cut."""
    flat = " ".join(text.split())
    at = min((flat.find(t) for t in terms if t in flat), default=-1)
    if len(flat) <= width or at < 0:
        return flat if len(flat) <= width else flat[:width] + "…"
    start = max(0, at - width // 3)
    end = min(len(flat), start + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
