"""The records stage: the earlier stages' results as validated records with stable ids and spans."""

from __future__ import annotations

import bisect
import hashlib
from . import rx as re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .output_check import options_digest
from .assignments import implied_units
from .records import (
    ImpliedAssignment,
    Extraction,
    Notice,
    Section,
    Source,
    Span,
    Task,
    Unit,
    section_paths,
    validate,
)
from .targets.collect import RecordMaker
from .vocabulary import ROLES, content_key

if TYPE_CHECKING:
    from .stages import Run
    from .structure.outline import TaskDraft


def build_records(run: Run) -> Extraction:
    text, folded = run.read.text, run.normalize
    line_of = LineIndex(text)
    sections = _sections(run, line_of)
    paths = section_paths(sections)
    resolutions = run.units.resolutions
    tasks: list[Task] = []
    task_ids = StableIds("t")
    maker = RecordMaker(text, line_of.span_data)
    carried: list[ImpliedAssignment] = []  # what carry-over clauses so far imply for later tasks
    for assigned, found, mentions in zip(run.assignments.tasks, run.targets.tasks, run.units.mentions):
        draft, start, end = assigned.draft, assigned.start, assigned.end
        task_id = task_ids.make(content_key(folded[start:end]))
        section = sections[draft.section] if draft.section is not None else None
        implied = list(carried)  # (before this task's own carry-over clause adds to it)
        clauses = _block_clauses(run, draft, task_id, line_of, carried)
        # Validated from plain data in one call: a task's ~15 nested records, each built and validated
        # on its own, cost twice as much (the same validators, the same records).
        tasks.append(
            validate(
                Task,
                {
                    "id": task_id,
                    "section": section.id if section else None,
                    "path": paths[draft.section] if draft.section is not None else [],
                    "label": assigned.label,
                    "text": text[start:end],
                    "span": line_of.span_data(start, end),
                    "parts": [_part(part) for part in draft.parts],
                    "assignments": [
                        {
                            "role": a.role,
                            "unit": a.name,
                            "canonical": resolutions[a.name].canonical,
                            "resolved": resolutions[a.name].resolved,
                            "rule": a.rule,
                            "span": {"start": a.start, "end": a.end, "line": a.line},
                            "note": a.note,
                        }
                        for a in assigned.found
                    ],
                    "open_ended": sorted(assigned.open_ended, key=ROLES.index),
                    "implied": implied,
                    "clauses": clauses,
                    "targets": maker.add(found, start, task_id, section.id if section else None),
                    "mentions": [
                        {"name": m.name, "canonical": resolutions[m.name].canonical, "span": line_of.span_data(m.start, m.end)} for m in mentions
                    ],
                },
            )
        )
    for piece in run.targets.untasked:  # a section's own text: its targets belong to the section
        maker.add(piece.found, piece.start, None, sections[piece.section].id if piece.section is not None else None)
    targets, deadlines = maker.in_text_order()
    notice = _notice(run)
    notice.period = maker.period(run.targets.period)
    return Extraction(
        source=_source(run),
        notice=notice,
        sections=sections,
        tasks=tasks,
        targets=targets,
        deadlines=deadlines,
        units=_units(tasks, resolutions),
        diagnostics=_diagnostics(run, tasks),
    )


def _block_clauses(run: Run, draft: TaskDraft, task_id: str, line_of: LineIndex, carried: list[ImpliedAssignment]) -> list[dict]:
    """The clauses of the task's block that name no unit (as plain data); a carry-over clause's units
    are implied for every later task (added to ``carried``)."""
    notes = draft.inline.notes if draft.inline is not None else []
    text = run.read.text
    clauses = [{"kind": c.kind, "text": text[c.start : c.end], "span": line_of.span_data(c.start, c.end)} for c in notes]
    for item in implied_units(text, run.normalize, notes, run.dictionary.names_with_separators()):
        found = run.dictionary.resolve(item.name, run.structure.context)
        span = line_of.span(item.start, item.end)
        carried.append(
            ImpliedAssignment(role="responsible", unit=item.name, canonical=found.canonical, resolved=found.resolved, source=task_id, span=span)
        )
    return clauses


def _checked(value: Any) -> Any:
    """A plain value for a Literal field: pydantic checks it when the record is built."""
    return value


def _source(run: Run) -> Source:
    document = run.read
    return Source(
        path=display_path(document.path),
        sha256=document.sha256,
        format=_checked(document.format),
        encoding=document.encoding,
        extractor_version=__version__,
        options=options_digest(run.units_files),
        text=document.text if document.format != "text" else None,
        pages=list(document.pages) if document.pages else None,
    )


def _notice(run: Run) -> Notice:
    header = run.structure.header
    return Notice(
        title=header.title,
        doc_number=header.doc_number,
        issuer=header.issuer,
        date=header.date,
        source_site=header.source_site,
        addressees=run.structure.addressees,
        title_span=header.title_span,
        doc_number_span=header.doc_number_span,
    )


def _diagnostics(run: Run, tasks: list[Task]):
    from .records import Diagnostic

    found = run.structure.diagnostics + run.assignments.diagnostics + run.units.diagnostics
    if not tasks:
        found = found + [Diagnostic(level="warning", code="no_tasks", message="the text parses but no task carries an assignment", line=None)]
    return sorted(found, key=lambda d: (d.line or 0, d.code, d.message))


def _sections(run: Run, line_of: LineIndex) -> list[Section]:
    ids = StableIds("s")
    sections: list[Section] = []
    for draft in run.structure.outline.sections:
        sections.append(
            validate(Section, {  # from plain data: its span is not built and validated on its own
                "id": ids.make(draft.kind + run.normalize[draft.end - len(draft.title) : draft.end]),  # the title, folded
                "parent": sections[draft.parent].id if draft.parent is not None else None,
                "level": draft.level,
                "kind": draft.kind,
                "label": draft.label,
                "title": draft.title,
                "span": line_of.span_data(draft.start, draft.end),
            })
        )
    return sections


def _part(part) -> dict:
    """A TaskPart as plain data."""
    return {
        "kind": part.kind,
        "label": part.line.label if part.kind != "paragraph" else "",
        "title": part.line.title if part.kind in ("bullet", "box") else "",
        "span": {"start": part.start, "end": part.end, "line": part.line.number},
    }


def _units(tasks: list[Task], resolutions) -> list[Unit]:
    counts: Counter[str] = Counter()
    for task in tasks:
        counts.update(a.unit for a in task.assignments)
        counts.update(m.name for m in task.mentions)
    units = []
    for name, count in counts.items():
        resolution = resolutions[name]  # assigned names and mentioned names are all resolved
        units.append(Unit(name=name, canonical=resolution.canonical, kind=resolution.kind, resolved=resolution.resolved, mentions=count))
    return sorted(units, key=lambda u: (u.canonical, u.name))


class StableIds:
    """Ids from content hashes: the same text gets the same id wherever it moves; repeats of the
    same text are told apart by their order of appearance."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.seen: Counter[str] = Counter()

    def make(self, content: str) -> str:
        key = "".join(content.split())
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        self.seen[digest] += 1
        n = self.seen[digest]
        return f"{self.prefix}{digest}" if n == 1 else f"{self.prefix}{digest}-{n}"


class LineIndex:
    """Offset → 1-based line number, by binary search over line starts (a line ends at LF, CRLF or
    a lone CR, as the structure stage splits them)."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, line=self(start))

    def span_data(self, start: int, end: int) -> dict[str, int]:
        """:meth:`span` as plain data, for a record validated from it."""
        return {"start": start, "end": end, "line": self(start)}


def display_path(path: str | Path) -> str:
    """The input's file name: the same whatever the working directory and however the path was
    written, and never naming the machine (``sha256`` tells two files of one name apart). Bytes of a
    name that are not UTF-8 are written ``\\xNN`` (pipeline/safe_text.py): the JSON stays valid."""
    from .safe_text import path_text

    return path_text(Path(path).name)
