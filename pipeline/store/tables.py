"""The store's tables, defined once: names, columns, types, descriptions, keys — and the rows one
extraction gives them.

Pure (no database here): the SQLite store (:mod:`pipeline.store.sqlite`) creates its schema from
:data:`TABLES` and inserts what :func:`extraction_rows` returns; a Parquet writer can write the same
tables from the same function. The README's table of tables and Datasette's metadata are made from
this module (:mod:`.describe`).

Keys: a notice is ``notice_id``; a revision (one ingested file) is ``revision_id``; within a revision
the records keep their extraction ids (``section_id``, ``task_id``, ``target_id``, ``deadline_id``),
so ``(revision_id, task_id)`` names a task. Spans are ``start``/``end`` (characters of the decoded
text, ``text[start:end]``) and ``line`` (1-based).

Versions: :data:`STORE_VERSION` is the layout's version (SQLite's ``user_version``); every table and
column says ``since`` which version it exists, so the schema of any version, and the migration from
one to the next, follow from this one list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

STORE_VERSION = 4
"""1: the layout of records schema "1"; 2: ``targets.kind`` and ``deadlines`` (records schema "2");
3: ``implied`` (``tasks[].implied``) and the indexes a unit's ledger is read by (``assignments (unit,
canonical)``; ``targets`` and ``deadlines`` by ``(revision_id, task_id, start)``, read in order);
4: each task's units per role as the ledger shows them (``tasks.lead_units`` …), filled in from
``assignments`` by the migration."""

ROLE_NAMES = {"lead": "牵头", "cooperate": "配合", "responsible": "责任"}
"""Role names as a clerk reads them."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # INTEGER, TEXT or REAL
    description: str
    references: Optional[str] = None  # "table(column)" for a single-column foreign key
    not_null: bool = False
    since: int = 1
    backfill: Optional[str] = None  # SQL: its value in rows stored before it existed (the row's table is named)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()  # (columns, table, columns)
    indexes: tuple[tuple[str, ...], ...] = ()
    unique: tuple[tuple[str, ...], ...] = ()
    since: int = 1
    per_extraction: bool = True  # rows come from one extraction (see extraction_rows)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _span(what: str) -> tuple[Column, ...]:
    return (
        Column("start", "INTEGER", f"first character of the {what} in the decoded text"),
        Column("end", "INTEGER", f"character after the {what}"),
        Column("line", "INTEGER", f"line of the {what} (1-based)"),
    )


def _unit_in_role(written: str) -> tuple[Column, ...]:
    """The columns of a unit in a role (an assignment, an implied unit): role, its clerk's word, the
    name ``written`` and its canonical form."""
    return (
        Column("role", "TEXT", "lead, cooperate or responsible", not_null=True),
        Column("role_name", "TEXT", "the role as a clerk reads it: 牵头, 配合 or 责任"),
        Column("unit", "TEXT", f"the unit {written}"),
        Column("canonical", "TEXT", "the unit's canonical name", not_null=True),
        Column("resolved", "INTEGER", "1 when the name is in the unit dictionary"),
    )


def _role_units(role: str, name: str) -> Column:
    """A task's units of one role as written, each once, in the order assigned, joined by 、 (the
    ledger's column ``name``; null when none): ``assignments`` folded once, when the task is stored."""
    backfill = ("(SELECT group_concat(unit, '、') FROM (SELECT a.unit FROM assignments a WHERE a.revision_id = tasks.revision_id"
                f" AND a.task_id = tasks.task_id AND a.role = '{role}' GROUP BY a.unit ORDER BY min(a.seq)))")
    return Column(f"{role}_units", "TEXT", f"{name}: its {role} units as written, each once, in order, joined by 、", since=4, backfill=backfill)


REVISION = Column("revision_id", "INTEGER", "the revision (ingested file) the row belongs to", "revisions(revision_id)", True)
IN_TASK = ((("revision_id", "task_id"), "tasks", ("revision_id", "task_id")),)

TABLES: tuple[Table, ...] = (
    Table(
        "notices",
        "One notice, whatever its revisions: a later file with the same 文号 or the same title (or `--revision-of`) is a revision of it.",
        (
            Column("notice_id", "INTEGER", "the notice", not_null=True),
            Column("doc_number", "TEXT", "文号 of its first revision, e.g. 营政发〔2016〕45号"),
            Column("title", "TEXT", "title of its first revision"),
            Column("issuer", "TEXT", "issuing authority of its first revision"),
        ),
        key=("notice_id",),
        indexes=(("doc_number",), ("title",)),
        per_extraction=False,
    ),
    Table(
        "revisions",
        "One ingested file: a revision of a notice, numbered 1, 2, … in the order ingested.",
        (
            Column("revision_id", "INTEGER", "the revision", not_null=True),
            Column("notice_id", "INTEGER", "the notice it is a revision of", "notices(notice_id)", True),
            Column("number", "INTEGER", "1 for the first revision of the notice, then 2, 3, …", not_null=True),
            Column("previous_id", "INTEGER", "the revision before it (null for the first)", "revisions(revision_id)"),
            Column("path", "TEXT", "the source file as extracted", not_null=True),
            Column("sha256", "TEXT", "SHA-256 of the source file: the same file is ingested once", not_null=True),
            Column("format", "TEXT", "text, html or docx"),
            Column("extractor_version", "TEXT", "fengong version that extracted it"),
            Column("schema_version", "TEXT", "the extraction's schema_version"),
            Column("doc_number", "TEXT", "文号"),
            Column("title", "TEXT", "文件标题"),
            Column("issuer", "TEXT", "issuing authority"),
            Column("date", "TEXT", "date of the notice, YYYY-MM-DD"),
            Column("year", "INTEGER", "year of the notice"),
            Column("source_site", "TEXT", "来源"),
            Column("addressees", "TEXT", "主送 units, joined by 、"),
        ),
        key=("revision_id",),
        unique=(("sha256",),),
        indexes=(("notice_id", "number"), ("doc_number",), ("year",)),
    ),
    Table(
        "sections",
        "Headings and 专栏 boxes of a revision.",
        (
            REVISION,
            Column("section_id", "TEXT", "the section's id in the extraction", not_null=True),
            Column("parent_id", "TEXT", "the enclosing section"),
            Column("level", "INTEGER", "1 for top-level headings"),
            Column("kind", "TEXT", "heading or box"),
            Column("label", "TEXT", "its number as written, e.g. (一)"),
            Column("title", "TEXT", "its title"),
            Column("path", "TEXT", "headings from the top down to it, joined by ' > '"),
            *_span("heading"),
        ),
        key=("revision_id", "section_id"),
    ),
    Table(
        "tasks",
        "Tasks of a revision, in document order, each linked to its predecessor in the previous revision.",
        (
            REVISION,
            Column("task_id", "TEXT", "the task's id in the extraction (任务编号)", not_null=True),
            Column("seq", "INTEGER", "position in the notice, from 1", not_null=True),
            Column("section_id", "TEXT", "the section it is under"),
            Column("path", "TEXT", "its section path, joined by ' > ' (章节)"),
            Column("label", "TEXT", "its item number, when it is a numbered item"),
            Column("text", "TEXT", "the task's full text", not_null=True),
            Column("open_ended", "TEXT", "roles whose unit list ends with 等, joined by ','"),
            *_span("task"),
            Column("predecessor_id", "TEXT", "task_id of the same task in the previous revision (null: added, or first revision)"),
            Column("change", "TEXT", "how it differs from its predecessor: kept, or moved/renumbered/reworded joined by ','; added"),
            _role_units("lead", "牵头单位"), _role_units("cooperate", "配合单位"), _role_units("responsible", "责任单位"),
        ),
        key=("revision_id", "task_id"),
        indexes=(("revision_id", "seq"),),
    ),
    Table(
        "task_changes",
        "How each task of the previous revision became a task of this one (the diff's alignment), removed tasks included.",
        (
            REVISION,
            Column("old_task_id", "TEXT", "the task in the previous revision (null: added)"),
            Column("new_task_id", "TEXT", "the task in this revision (null: removed)"),
            Column("change", "TEXT", "kept, added, removed, or moved/renumbered/reworded joined by ','", not_null=True),
        ),
        key=(),
        indexes=(("revision_id", "old_task_id"), ("revision_id", "new_task_id")),
        per_extraction=False,
    ),
    Table(
        "assignments",
        "Who does a task: one row per unit and role, in the order listed.",
        (
            REVISION,
            Column("task_id", "TEXT", "the task", not_null=True),
            Column("seq", "INTEGER", "position among the task's assignments, from 1", not_null=True),
            *_unit_in_role("as written"),
            Column("rule", "TEXT", "the rule that produced the assignment"),
            *_span("unit name"),
            Column("note", "TEXT", "a qualifier written after the unit, e.g. 含开发区、风景区管委会 (records schema 2)", since=2),
        ),
        key=("revision_id", "task_id", "seq"),
        foreign_keys=IN_TASK,
        indexes=(("canonical",), ("unit", "canonical")),
    ),
    Table(
        "implied",
        "Units a carry-over clause of an earlier block (「以下均需…落实，不再列出」) makes answer for a task, apart from its written assignments (records schema 2, tasks[].implied).",
        (
            REVISION,
            Column("task_id", "TEXT", "the task they answer for", not_null=True),
            Column("seq", "INTEGER", "position among the task's implied units, from 1", not_null=True),
            *_unit_in_role("as written in the carry-over clause"),
            Column("source_task_id", "TEXT", "the task whose block holds the carry-over clause"),
            *_span("unit name in the carry-over clause"),
        ),
        key=("revision_id", "task_id", "seq"),
        foreign_keys=IN_TASK,
        indexes=(("canonical",),),
        since=3,
    ),
    Table(
        "targets",
        "Quantified targets in a task's text.",
        (
            REVISION,
            Column("target_id", "TEXT", "the target's id in the extraction", not_null=True),
            Column("task_id", "TEXT", "the task it is in", not_null=True),
            Column("indicator", "TEXT", "what is measured"),
            Column("kind", "TEXT", "goal or amount (records schema 2)", since=2),
            Column("value", "REAL", "the number"),
            Column("value_text", "TEXT", "the value as written"),
            Column("unit", "TEXT", "unit of measure"),
            Column("comparator", "TEXT", "reach, increase, decrease, at_least, at_most, approx, equal or total"),
            Column("pending", "INTEGER", "1 when the value is * (to be set later)"),
            Column("annual", "INTEGER", "1 for a yearly rate (年均)"),
            Column("year", "INTEGER", "the year it is due"),
            Column("scaled_value", "REAL", "value × 万/亿 when the unit carries one"),
            Column("range_low", "REAL", "low end of a range value"),
            Column("range_high", "REAL", "high end of a range value"),
            Column("baseline", "REAL", "the starting value"),
            Column("baseline_year", "INTEGER", "the year of the starting value"),
            Column("rule", "TEXT", "the rule that recognised it"),
            *_span("target"),
        ),
        key=("revision_id", "target_id"),
        foreign_keys=IN_TASK,
        indexes=(("revision_id", "task_id", "start"),),
    ),
    Table(
        "deadlines",
        "Deadlines (完成时限) of tasks (records schema 2).",
        (
            REVISION,
            Column("deadline_id", "TEXT", "the deadline's id in the extraction", not_null=True),
            Column("task_id", "TEXT", "the task", not_null=True),
            Column("text", "TEXT", "the deadline as written"),
            Column("kind", "TEXT", "date, period, recurring or ongoing"),
            Column("date", "TEXT", "YYYY-MM-DD when it is a date"),
            *_span("deadline"),
        ),
        key=("revision_id", "deadline_id"),
        foreign_keys=IN_TASK,
        indexes=(("revision_id", "task_id", "start"),),
        since=2,
    ),
    Table(
        "units",
        "Units named in a revision (assigned or mentioned), with their canonical names.",
        (
            REVISION,
            Column("name", "TEXT", "the name as written", not_null=True),
            Column("canonical", "TEXT", "the canonical name"),
            Column("kind", "TEXT", "kind of unit (government_department, collective, …)"),
            Column("resolved", "INTEGER", "1 when the name is in the unit dictionary"),
            Column("mentions", "INTEGER", "how often it occurs"),
        ),
        key=("revision_id", "name"),
        indexes=(("canonical",),),
    ),
    Table(
        "diagnostics",
        "Warnings and errors of the extraction.",
        (
            REVISION,
            Column("seq", "INTEGER", "position, from 1", not_null=True),
            Column("level", "TEXT", "warning or error"),
            Column("code", "TEXT", "what kind of problem"),
            Column("message", "TEXT", "the problem"),
            Column("line", "INTEGER", "line it is on"),
        ),
        key=("revision_id", "seq"),
    ),
    Table(
        "progress",
        "进展 and 状态 recorded for a task (from `fengong ledger --import`), carried to its successor in each later revision.",
        (
            REVISION,
            Column("task_id", "TEXT", "the task", not_null=True),
            Column("progress", "TEXT", "进展, as the clerk wrote it"),
            Column("status", "TEXT", "状态: one of 未开始, 进行中, 已完成, 已逾期, 暂缓"),
            Column("source", "TEXT", "the ledger file it was imported from"),
        ),
        key=("revision_id", "task_id"),
        foreign_keys=IN_TASK,
        per_extraction=False,
    ),
)

TABLE = {t.name: t for t in TABLES}

STATUSES = ("未开始", "进行中", "已完成", "已逾期", "暂缓")
"""The 状态 a ledger offers in its drop-down."""


def tables(version: int = STORE_VERSION) -> list[Table]:
    """The tables of layout ``version``, each with the columns it had then."""
    found = []
    for table in TABLES:
        if table.since <= version:
            columns = tuple(c for c in table.columns if c.since <= version)
            found.append(Table(**{**table.__dict__, "columns": columns}))
    return found


# ---------------------------------------------------------------------------------------------
# One extraction → rows


def _span_of(record: Any) -> tuple:
    span = getattr(record, "span", None)
    return (span.start, span.end, span.line) if span else (None, None, None)


def _year(date: Optional[str]) -> Optional[int]:
    return int(date[:4]) if date and date[:4].isdigit() else None


def extraction_rows(extraction: Any, revision_id: int, version: int = STORE_VERSION) -> dict[str, list[tuple]]:
    """The rows one extraction gives each per-extraction table of layout ``version``, as tuples in
    column order. In ``revisions``, ``notice_id``, ``number`` and ``previous_id`` are ``None``: which
    notice a file revises is the store's to decide (see :func:`pipeline.store.sqlite.ingest`)."""
    from ..records import section_paths

    notice, source = extraction.notice, extraction.source
    rows: dict[str, list[tuple]] = {}
    rows["revisions"] = [
        (revision_id, None, None, None, source.path, source.sha256, source.format, source.extractor_version,
         extraction.schema_version, notice.doc_number, notice.title, notice.issuer, notice.date, _year(notice.date),
         notice.source_site, "、".join(notice.addressees))
    ]
    paths = dict(zip([s.id for s in extraction.sections], section_paths(extraction.sections)))
    rows["sections"] = [
        (revision_id, s.id, s.parent, s.level, s.kind, s.label, s.title, " > ".join(paths[s.id]), *_span_of(s))
        for s in extraction.sections
    ]
    units = _units_by_role if version >= 4 else (lambda t: ())
    rows["tasks"] = [
        (revision_id, t.id, seq, t.section, " > ".join(t.path), t.label, t.text, ",".join(t.open_ended), *_span_of(t), None, None, *units(t))
        for seq, t in enumerate(extraction.tasks, start=1)
    ]
    note = (lambda a: (getattr(a, "note", None),)) if version >= 2 else (lambda a: ())
    rows["assignments"] = [
        (revision_id, t.id, seq, a.role, ROLE_NAMES[a.role], a.unit, a.canonical, int(a.resolved), a.rule, *_span_of(a), *note(a))
        for t in extraction.tasks
        for seq, a in enumerate(t.assignments, start=1)
    ]
    if version >= 3:
        rows["implied"] = [
            (revision_id, t.id, seq, a.role, ROLE_NAMES[a.role], a.unit, a.canonical, int(a.resolved), a.source, *_span_of(a))
            for t in extraction.tasks
            for seq, a in enumerate(getattr(t, "implied", None) or [], start=1)
        ]
    # a target or deadline outside every task (task null: it belongs to its section) has no task row
    rows["targets"] = [_target_row(revision_id, g, version) for g in extraction.targets if g.task]
    if version >= 2:
        rows["deadlines"] = [
            (revision_id, d.id, d.task, d.text, d.kind, d.date, *_span_of(d)) for d in getattr(extraction, "deadlines", None) or [] if d.task
        ]
    rows["units"] = [(revision_id, u.name, u.canonical, u.kind, int(u.resolved), u.mentions) for u in extraction.units]
    rows["diagnostics"] = [
        (revision_id, seq, d.level, d.code, d.message, d.line) for seq, d in enumerate(extraction.diagnostics, start=1)
    ]
    return rows


def _units_by_role(task: Any) -> tuple[Optional[str], ...]:
    """``tasks.lead_units``, ``cooperate_units``, ``responsible_units`` (see :func:`_role_units`)."""
    by_role: dict[str, dict[str, None]] = {role: {} for role in ROLE_NAMES}
    for a in task.assignments:
        by_role[a.role][a.unit] = None
    return tuple("、".join(units) or None for units in by_role.values())


def _target_row(revision_id: int, g: Any, version: int) -> tuple:
    low, high = (g.range.low, g.range.high) if g.range else (None, None)
    kind = (getattr(g, "kind", None),) if version >= 2 else ()
    return (
        revision_id, g.id, g.task, g.indicator, *kind, g.value, g.value_text, g.unit, g.comparator, int(g.pending),
        int(g.annual), g.year, g.scaled_value, low, high, g.baseline, g.baseline_year, g.rule, *_span_of(g),
    )
