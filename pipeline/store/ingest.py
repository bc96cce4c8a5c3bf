"""Putting extractions into the store: one revision per new file, linked to the notice it revises.

A file whose source SHA-256 is already stored is unchanged: nothing is written. Otherwise it is a
revision of the notice with the same 文号, else of the one with the same title (or of the notice
``revision_of`` names: a 文号, a title or a stored path), else the first revision of a new notice.
A revision's tasks are linked to the previous revision's by the diff's alignment
(:func:`pipeline.diff.changes.link_tasks`), and progress recorded on a task is carried to its
successor. Each file is one transaction, or part of the transaction of a :class:`Batch` (what
`fengong ingest` uses: files committed together); a file that fails leaves nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, Optional

from ..errors import FengongError
from .segment import task_terms
from .sqlite import SEARCH_INDEX, index_sql, insert
from .tables import TABLE, extraction_rows

TASK_COLUMNS = TABLE["tasks"].names
# Assignments are written in the order of their unit indexes (canonical, unit), not the notice's:
# a notice's rows for one unit then go into the same pages of those indexes, one after another, instead
# of ~800 places across indexes larger than the page cache (rowids only differ; reads order by seq).
_BY_UNIT = itemgetter(TABLE["assignments"].names.index("canonical"), TABLE["assignments"].names.index("unit"))
PREDECESSOR, CHANGE = TASK_COLUMNS.index("predecessor_id"), TASK_COLUMNS.index("change")


@dataclass
class Ingested:
    """What became of one file: ``added`` (a new notice), ``revision`` or ``unchanged``."""

    path: str
    status: str
    notice_id: int
    revision_id: int
    number: int
    changes: Counter = field(default_factory=Counter)

    def line(self) -> str:
        if self.status == "unchanged":
            return f"{self.path}: unchanged (revision {self.revision_id})"
        if self.status == "added":
            return f"{self.path}: notice {self.notice_id}, revision {self.revision_id}"
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.changes.items()))
        return f"{self.path}: notice {self.notice_id}, revision {self.revision_id} (no. {self.number}): tasks {counts}"


def find_notice(db: sqlite3.Connection, notice: Any, revision_of: Optional[str] = None) -> Optional[int]:
    """The stored notice a file revises, or ``None`` for a new notice."""
    if revision_of:
        row = db.execute(
            "SELECT notice_id FROM revisions WHERE doc_number = ?1 OR title = ?1 OR path = ?1 ORDER BY revision_id DESC LIMIT 1",
            (revision_of,),
        ).fetchone()
        if row is None:
            raise FengongError(revision_of, "--revision-of names no stored notice (not a 文号, title or path in the store)")
        return row[0]
    for column, value in (("doc_number", notice.doc_number), ("title", notice.title)):
        if value:
            row = db.execute(f"SELECT notice_id FROM revisions WHERE {column} = ? ORDER BY revision_id DESC LIMIT 1", (value,)).fetchone()
            if row:
                return row[0]
    return None


def ingest(db: sqlite3.Connection, extraction: Any, revision_of: Optional[str] = None, path: Optional[str] = None) -> Ingested:
    """Store one extraction (see the module's docstring); returns what it became. ``path`` is the
    source file as given (stored in ``revisions.path``; default: the extraction's ``source.path``).
    What can fail (``revision_of`` naming no notice, an extraction that does not make rows) fails
    before anything is written."""
    source = extraction.source
    row = db.execute("SELECT revision_id, notice_id, number FROM revisions WHERE sha256 = ?", (source.sha256,)).fetchone()
    if row:
        return Ingested(path or source.path, "unchanged", row["notice_id"], row["revision_id"], row["number"])
    notice_id = find_notice(db, extraction.notice, revision_of)
    previous = None if notice_id is None else db.execute(
        "SELECT revision_id, number FROM revisions WHERE notice_id = ? ORDER BY number DESC LIMIT 1", (notice_id,)).fetchone()
    revision_id = db.execute("SELECT coalesce(max(revision_id), 0) + 1 FROM revisions").fetchone()[0]
    rows = extraction_rows(extraction, revision_id)
    links = _link(db, previous["revision_id"], extraction, rows["tasks"]) if previous else []
    number = previous["number"] + 1 if previous else 1
    with _writing(db):
        if notice_id is None:
            notice = extraction.notice
            notice_id = db.execute(
                "INSERT INTO notices (doc_number, title, issuer) VALUES (?, ?, ?)", (notice.doc_number, notice.title, notice.issuer)
            ).lastrowid
        rows["revisions"][0] = (revision_id, notice_id, number, previous["revision_id"] if previous else None, path or source.path) + rows["revisions"][0][5:]
        for table, table_rows in rows.items():
            insert(db, table, sorted(table_rows, key=_BY_UNIT) if table == "assignments" else table_rows)
        if previous:
            insert(db, "task_changes", [(revision_id, *link) for link in links])
            _carry_progress(db, previous["revision_id"], revision_id)
        _index(db, revision_id, extraction)
    status = "revision" if previous else "added"
    return Ingested(path or source.path, status, notice_id, revision_id, number, Counter(change for *_, change in links))


@contextmanager
def _writing(db: sqlite3.Connection):
    """One file's writes: a transaction of their own, or part of the caller's (a :class:`Batch`)."""
    if db.in_transaction:
        yield
        return
    with db:
        yield


# Indexes by unit name, which nothing of an ingest reads: their entries go to random places of B-trees
# larger than the page cache (a notice's ~800 assignments), so a bulk ingest drops them and builds
# them once at the end (sorting the rows: ~2 ms a reference notice less over a store of 1,000).
DEFERRED = (("assignments", ("canonical",)), ("assignments", ("unit", "canonical")), ("implied", ("canonical",)), ("units", ("canonical",)))
BULK = 20  # fewer files than this, or than the store holds already, are ingested with every index in place


class Batch:
    """Files ingested in one transaction, committed every ``files`` files or ``seconds`` seconds
    (:meth:`due`, :meth:`commit`) and when done (:meth:`finish`). A commit writes every page the
    transaction changed to the log; the index pages of ``assignments``, ``units`` and the full-text
    index that the notices of a batch share are written once for the batch rather than once per
    file. A file that fails (not an extraction, ``--revision-of`` naming no notice) fails before
    writing anything, so the batch goes on without it; an error of SQLite's own while writing (a
    full disk) rolls the batch back. A run that is interrupted keeps every batch committed before:
    running it again stores the rest (files stored already are skipped by their SHA-256). The
    connection's page cache is raised to 64 MiB, so the indexes' inner pages stay in memory from one
    batch to the next, and the log is copied back into the file (a checkpoint: two waits for the
    disk) every 64 MiB instead of every 4 MiB, a page changed by many batches being copied once; what
    a commit keeps is the same.

    A bulk ingest — ``expected`` files, at least :data:`BULK` and at least as many as the store holds —
    drops the indexes by unit name (:data:`DEFERRED`) with its first file and :meth:`finish` builds
    them again: building an index from its rows costs less than inserting each into it. Until then
    (and if the run is interrupted before it finishes: the next ingest's :meth:`finish` builds them)
    reading by unit works, scanning instead. Files stored already drop nothing: re-ingesting them
    changes nothing."""

    def __init__(self, db: sqlite3.Connection, files: int = 100, seconds: float = 2.0, expected: int = 0):
        self.db, self.files, self.seconds = db, files, seconds
        self.count, self.started = 0, 0.0
        self.defer = expected >= BULK and expected >= db.execute("SELECT count(*) FROM revisions").fetchone()[0]
        db.execute("PRAGMA cache_size = -65536")
        db.execute(f"PRAGMA wal_autocheckpoint = {67108864 // db.execute('PRAGMA page_size').fetchone()[0]}")  # pages: 64 MiB
        db.execute("PRAGMA journal_size_limit = 67108864")  # the log file cut back to 64 MiB after a checkpoint

    def ingest(self, extraction: Any, revision_of: Optional[str] = None, path: Optional[str] = None) -> Ingested:
        """:func:`ingest` within the batch's transaction (begun on the first file)."""
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
            self.count, self.started = 0, time.monotonic()
        if self.defer and not self.db.execute("SELECT 1 FROM revisions WHERE sha256 = ?", (extraction.source.sha256,)).fetchone():
            self.defer = False  # the first file to write: dropped once, within its transaction
            for table, columns in DEFERRED:
                self.db.execute(f'DROP INDEX IF EXISTS "{index_sql(TABLE[table], columns)[0]}"')
        self.count += 1
        try:
            return ingest(self.db, extraction, revision_of, path)
        except sqlite3.Error:
            self.db.rollback()
            raise

    def due(self) -> bool:
        return self.db.in_transaction and (self.count >= self.files or time.monotonic() - self.started >= self.seconds)

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.commit()

    def finish(self) -> None:
        """Commit, and build every index by unit name that is missing (dropped by this bulk ingest or by
        one interrupted before)."""
        self.commit()
        with self.db:
            for table, columns in DEFERRED:
                self.db.execute(index_sql(TABLE[table], columns)[1])


def _link(db: sqlite3.Connection, previous_id: int, extraction: Any, task_rows: list[tuple]) -> list[tuple]:
    """Align the previous revision's tasks with this one's; fill each task row's predecessor and change."""
    from ..diff.changes import link_tasks

    old_sections = [
        SimpleNamespace(id=r["section_id"], parent=r["parent_id"], kind=r["kind"], level=r["level"], label=r["label"], title=r["title"])
        for r in db.execute("SELECT * FROM sections WHERE revision_id = ?", (previous_id,))
    ]
    old_tasks = [
        SimpleNamespace(id=r["task_id"], section=r["section_id"], label=r["label"], text=r["text"])
        for r in db.execute("SELECT task_id, section_id, label, text FROM tasks WHERE revision_id = ? ORDER BY seq", (previous_id,))
    ]
    links = link_tasks(old_tasks, extraction.tasks, old_sections, extraction.sections)
    by_new = {new: (old, change) for old, new, change in links if new}
    for index, row in enumerate(task_rows):
        old, change = by_new[row[1]]
        updated = list(row)
        updated[PREDECESSOR], updated[CHANGE] = old, change
        task_rows[index] = tuple(updated)
    return links


def _carry_progress(db: sqlite3.Connection, previous_id: int, revision_id: int) -> None:
    """Progress on a task of the previous revision becomes its successor's."""
    db.execute(
        """INSERT INTO progress (revision_id, task_id, progress, status, source)
           SELECT ?1, t.task_id, p.progress, p.status, p.source
           FROM tasks t JOIN progress p ON p.revision_id = ?2 AND p.task_id = t.predecessor_id
           WHERE t.revision_id = ?1""",
        (revision_id, previous_id),
    )


def index_words(task: Any, targets: dict[str, Any]) -> str:
    """What the search index holds for a task: its text, its units (as written and canonical) and
    its targets' indicators, as words: the words of :func:`~.segment.index_terms` of them, a word of
    two runs given twice (see :func:`~.segment.task_terms`)."""
    units = {name for a in task.assignments for name in (a.unit, a.canonical)}
    return task_terms(task.text, (*sorted(units), *[targets[t].indicator for t in task.targets if t in targets]))


def _index(db: sqlite3.Connection, revision_id: int, extraction: Any) -> None:
    rowids = dict(db.execute("SELECT task_id, rowid FROM tasks WHERE revision_id = ?", (revision_id,)).fetchall())
    targets = {t.id: t for t in extraction.targets}
    db.executemany(
        f"INSERT INTO {SEARCH_INDEX} (rowid, words) VALUES (?, ?)",
        [(rowids[t.id], index_words(t, targets)) for t in extraction.tasks],
    )
