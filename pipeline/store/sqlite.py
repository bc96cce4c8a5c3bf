"""The SQLite store: one file, its schema made from :mod:`pipeline.store.tables`, versioned by
``PRAGMA user_version`` and migrated forward on opening.

:func:`open_store` is the way in (reading, ingesting, importing progress); it creates the file and
schema when the path is new, and refuses a file that is not a fengong store or is of a later version.
The full-text index ``search_index`` is an FTS5 table whose rowid is the ``tasks`` row's rowid and
whose one column holds the task's text, units and target indicators as jieba-segmented words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import FengongError
from .tables import STORE_VERSION, TABLE, Column, Table, tables

SEARCH_INDEX = "search_index"
APPLICATION_ID = 0x46474E47  # "FGNG": marks a fengong store
# Contentless (the words are not stored twice) and no detail: a query is words, each one token, all
# required, unranked, so the index needs only which tasks hold a word — no positions, no columns.
# Stores made before kept ``detail = column`` (a third more to write); search reads either the same.
# Pages of 16 KiB in a new store (SQLite's default is 4 KiB; stores made before keep theirs): a notice's
# rows and index entries fill a quarter as many pages to find, change and log — the store's CPU per
# reference notice ~1.3 ms less over a store of 1,000, and a third less wall time.
PAGE_SIZE = 16384
SEARCH_INDEX_SQL = f"CREATE VIRTUAL TABLE {SEARCH_INDEX} USING fts5(words, tokenize = 'unicode61', content = '', detail = none)"


def column_sql(column: Column) -> str:
    sql = f'"{column.name}" {column.type}'
    if column.not_null:
        sql += " NOT NULL"
    if column.references:
        table, _, rest = column.references.partition("(")
        sql += f' REFERENCES "{table}"({rest}'
    return sql


def index_sql(table: Table, columns: tuple[str, ...]) -> tuple[str, str]:
    """The name and CREATE INDEX statement of one declared index of ``table``."""
    name = f"{table.name}_{'_'.join(columns)}"
    return name, f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table.name}" ({", ".join(columns)})'


def table_sql(table: Table) -> list[str]:
    """CREATE TABLE and CREATE INDEX statements of one table."""
    parts = [column_sql(c) for c in table.columns]
    if table.key:
        parts.append(f"PRIMARY KEY ({', '.join(table.key)})")
    for columns in table.unique:
        parts.append(f"UNIQUE ({', '.join(columns)})")
    for columns, other, others in table.foreign_keys:
        parts.append(f"FOREIGN KEY ({', '.join(columns)}) REFERENCES \"{other}\" ({', '.join(others)})")
    statements = [f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(parts) + "\n)"]
    statements += [index_sql(table, columns)[1] for columns in table.indexes]
    return statements


def create_schema(db: sqlite3.Connection, version: int = STORE_VERSION) -> None:
    """The tables and indexes of layout ``version`` in an empty database."""
    with db:
        for table in tables(version):
            for statement in table_sql(table):
                db.execute(statement)
        db.execute(SEARCH_INDEX_SQL)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {version}")


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Bring a store of layout ``version`` up to :data:`STORE_VERSION`, one version at a time: the
    tables and columns that version ``n + 1`` added are created (new columns are null in old rows, or
    what their ``backfill`` computes from the rows stored)."""
    while version < STORE_VERSION:
        version += 1
        with db:
            for table in tables(version):
                if table.since == version:
                    for statement in table_sql(table):
                        db.execute(statement)
                    continue
                for column in table.columns:
                    if column.since == version:
                        db.execute(f'ALTER TABLE "{table.name}" ADD COLUMN {column_sql(column)}')
                        if column.backfill:  # its value in the rows stored before
                            db.execute(f'UPDATE "{table.name}" SET "{column.name}" = {column.backfill}')
                for statement in table_sql(table)[1:]:  # indexes a table gained (IF NOT EXISTS)
                    db.execute(statement)
                _drop_superseded_indexes(db, table)
            db.execute(f"PRAGMA user_version = {version}")


def _drop_superseded_indexes(db: sqlite3.Connection, table: Table) -> None:
    """Indexes of ``table`` an earlier layout declared and this one does not (e.g. one replaced by a
    longer one) are dropped; SQLite's own (of keys and UNIQUE) are kept."""
    declared = {index_sql(table, columns)[0] for columns in table.indexes}
    for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND name NOT LIKE 'sqlite_autoindex_%'",
                              (table.name,)).fetchall():
        if name not in declared:
            db.execute(f'DROP INDEX "{name}"')


def open_store(path: str | Path, create: bool = True) -> sqlite3.Connection:
    """A connection to the store at ``path`` (rows as :class:`sqlite3.Row`, foreign keys enforced),
    created when missing (``create``), migrated when older. Raises :class:`FengongError`."""
    path = Path(path)
    exists = path.exists()
    if not exists and not create:
        raise FengongError(path, "no such store (make one with `fengong ingest`)")
    try:
        db = sqlite3.connect(path)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        if not exists:
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # fixed when the file is first written (next line)
        db.execute("PRAGMA journal_mode = WAL")  # a commit appends to the log: no fsync per ingested file
        db.execute("PRAGMA synchronous = NORMAL")
        application, version = (db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version"))
        empty = db.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0
    except sqlite3.DatabaseError as err:
        raise FengongError(path, f"not a fengong store: {err}") from None
    if empty:
        create_schema(db)
    elif application != APPLICATION_ID:
        db.close()
        raise FengongError(path, "not a fengong store (an SQLite file of something else)")
    elif version > STORE_VERSION:
        db.close()
        raise FengongError(path, f"store layout version {version} is newer than this fengong's ({STORE_VERSION})")
    elif version < STORE_VERSION:
        migrate(db, version)
    return db


def insert(db: sqlite3.Connection, table: str, rows: list[tuple], columns: tuple[str, ...] | None = None) -> None:
    if not rows:
        return
    names = columns or TABLE[table].names
    marks = ", ".join("?" * len(names))
    db.executemany(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({marks})', rows)
