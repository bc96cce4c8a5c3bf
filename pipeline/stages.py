"""Run the stages in order on one input and assemble the records (the Python API).

STAGES lists the stages by name; each is a function of the previous stages' results, and every
intermediate is kept on :class:`Run` so a stage can be inspected or tested on its own.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .assignments import InlineBlock, RawAssignment, find_inline_blocks, inline_assignments, unit_line_assignments
from .errors import InputError
from .normalize import fold
from .notice import Header, apply_metadata, read_header
from .outline import Outline, TaskDraft, body_start_index, build_outline
from .read import Document, read_document
from .records import (
    Assignment,
    Diagnostic,
    Extraction,
    Notice,
    Section,
    Source,
    Span,
    Target,
    TargetRange,
    Task,
    TaskPart,
    Unit,
    UnitMention,
)
from .structure import UNIT_LINE_LOOKALIKE, Line, classify, split_lines
from .targets import find_targets
from .units import IssuerContext, Resolution, find_units, load_dictionary

# A box's number is numbering, like an item's: renumbering it must not change the task's id.
BOX_NUMBER = re.compile(r"专栏\s*\d+")

# Lines that close a notice rather than state a task: signature, date, 「（此件公开发布）」, 「注：…」.
CLOSING_LINE = re.compile(
    r"^(?:\S{2,30}(?:人民政府|办公厅|办公室|委员会|国务院)|(?:19|20)\d\d年\d{1,2}月\d{1,2}日|\(.*\)|注\s*[:\d].*)$"
)

STAGES = ("read", "normalize", "structure", "assignments", "units", "targets", "records")


@dataclass
class Run:
    """The intermediates of one extraction, stage by stage."""

    document: Document
    lines: list[Line] = field(default_factory=list)
    header: Header | None = None
    outline: Outline | None = None
    raw_assignments: list[tuple[list[RawAssignment], list[str]]] = field(default_factory=list)
    resolutions: dict[str, Resolution] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    extraction: Extraction | None = None


def extract(path: str | Path, units_files: tuple[str, ...] = ()) -> Extraction:
    """Extract one notice; raises :class:`~pipeline.errors.FengongError` for unusable input."""
    return run_stages(path, units_files).extraction


def run_stages(path: str | Path, units_files: tuple[str, ...] = ()) -> Run:
    run = Run(read_document(path))
    run.lines = classify(split_lines(run.document.text))
    first_heading = body_start_index(run.lines)
    if first_heading == len(run.lines):
        raise InputError(path, "no recognisable structure: no headings and no assignment lines")
    run.header = read_header(run.lines, first_heading)
    apply_metadata(run.header, run.document.metadata)
    inline = _find_inline_blocks(run, units_files)
    run.outline = build_outline(run.lines, inline)
    _find_assignments(run, units_files)
    _resolve_units(run, units_files)
    run.extraction = _records(run, units_files)
    return run


def _find_inline_blocks(run: Run, units_files: tuple[str, ...]) -> dict[int, list[InlineBlock]]:
    """Inline assignments of every body line, and diagnostics for what only looks like one."""
    protected = load_dictionary(units_files).names_with_separators()
    inline: dict[int, list[InlineBlock]] = {}
    for line in run.lines[run.header.body_start :]:
        if line.kind in ("heading", "body", "bullet"):
            blocks, problems = find_inline_blocks(run.document.text, line, protected)
            if blocks:
                inline[line.number] = blocks
            for problem in problems:
                _warn(run, "unparsed_assignment", problem, line.number)
            if line.kind == "body" and UNIT_LINE_LOOKALIKE.match(line.folded):
                _warn(run, "unparsed_assignment", "a line that starts like a unit line but has no 「:」 list", line.number)
    return inline


def _find_assignments(run: Run, units_files: tuple[str, ...]) -> None:
    protected = load_dictionary(units_files).names_with_separators()
    first_listed_leads = False  # stated once, it holds for every later block (「下同」)
    kept = []
    for task in run.outline.tasks:
        if task.inline is not None:
            first_listed_leads = first_listed_leads or task.inline.states_first_listed_rule
            found, open_ended = inline_assignments(task.inline, first_listed_leads)
        else:
            found, open_ended, empty = unit_line_assignments(run.document.text, task.block, protected)
            for line in empty:
                _warn(run, "unparsed_assignment", f"「{line.label}」 names no unit", line.number)
        if found:
            kept.append(task)
            run.raw_assignments.append((found, open_ended))
        else:
            run.outline.unassigned.extend(part.line for part in task.parts)
    run.outline.tasks = kept
    for line_number in run.outline.orphan_blocks:
        _warn(run, "block_without_task", "an assignment with no task text before it", line_number)
    for line in run.outline.unassigned:
        if not CLOSING_LINE.match(line.folded):
            _warn(run, "text_without_assignment", "text that no assignment answers for", line.number)


def _resolve_units(run: Run, units_files: tuple[str, ...]) -> None:
    """Recognise every assigned name with the spaCy unit pipeline, then resolve it."""
    dictionary = load_dictionary(units_files)
    context = IssuerContext.from_issuer(run.header.issuer)
    names = sorted({a.name for found, _ in run.raw_assignments for a in found})
    recognised = find_units(names, units_files, places=[w for w, _ in context.qualified_prefixes()])
    for name, spans in zip(names, recognised):
        resolution = dictionary.resolve(name, context)
        whole = [s for s in spans if s.start == 0 and s.end == len(name)]
        if whole and resolution.rule == "dictionary":
            resolution = Resolution(name, resolution.canonical, resolution.kind, True, "span_ruler")
        run.resolutions[name] = resolution
    for name in names:
        if not run.resolutions[name].resolved:
            first = min(a.line for found, _ in run.raw_assignments for a in found if a.name == name)
            _warn(run, "unresolved_unit", f"unit 「{name}」 is not in the unit dictionary; kept as written", first)


def _warn(run: Run, code: str, message: str, line: int | None) -> None:
    run.diagnostics.append(Diagnostic(level="warning", code=code, message=message, line=line))


def _records(run: Run, units_files: tuple[str, ...]) -> Extraction:
    text = run.document.text
    line_of = _LineIndex(text)
    sections = _sections(run, line_of)
    tasks: list[Task] = []
    targets: list[Target] = []
    task_ids = _StableIds("t")
    context = IssuerContext.from_issuer(run.header.issuer)
    task_texts = []
    for draft, (found, open_ended) in zip(run.outline.tasks, run.raw_assignments):
        start, end, label = _task_extent(draft)
        task_text = text[start:end]
        task_texts.append(task_text)
        task_id = task_ids.make(BOX_NUMBER.sub("专栏", fold(task_text)))
        assignments = [
            Assignment(
                role=a.role,
                unit=a.name,
                canonical=run.resolutions[a.name].canonical,
                resolved=run.resolutions[a.name].resolved,
                rule=a.rule,
                span=Span(start=a.start, end=a.end, line=a.line),
            )
            for a in found
        ]
        section = sections[draft.section] if draft.section is not None else None
        task = Task(
            id=task_id,
            section=section.id if section else None,
            path=_path(sections, draft.section),
            label=label,
            text=task_text,
            span=Span(start=start, end=end, line=line_of(start)),
            parts=[_part(part) for part in draft.parts],
            assignments=assignments,
            open_ended=sorted(open_ended, key=("lead", "cooperate", "responsible").index),
        )
        target_ids = _StableIds(task_id + ".g")
        for found_target in find_targets(task_text, strict=not label):
            target = Target(
                id=target_ids.make(found_target.indicator),
                task=task_id,
                indicator=found_target.indicator,
                value=found_target.value,
                value_text=found_target.value_text,
                unit=found_target.unit,
                comparator=found_target.comparator,
                pending=found_target.pending,
                annual=found_target.annual,
                year=found_target.year,
                scaled_value=found_target.scaled_value,
                range=TargetRange(low=found_target.range[0], high=found_target.range[1]) if found_target.range else None,
                baseline=found_target.baseline,
                baseline_year=found_target.baseline_year,
                rule=found_target.rule,
                span=Span(start=start + found_target.start, end=start + found_target.end, line=line_of(start + found_target.start)),
            )
            targets.append(target)
            task.targets.append(target.id)
        tasks.append(task)
    _add_mentions(tasks, task_texts, units_files, run, context, line_of)
    if not tasks:
        _warn(run, "no_tasks", "the text parses but no task carries an assignment", None)
    header = run.header
    document = run.document
    return Extraction(
        source=Source(
            path=_display_path(document.path),
            sha256=document.sha256,
            format=document.format,
            encoding=document.encoding,
            extractor_version=__version__,
            text=document.text if document.format != "text" else None,
        ),
        notice=Notice(
            title=header.title,
            doc_number=header.doc_number,
            issuer=header.issuer,
            date=header.date,
            source_site=header.source_site,
            addressees=header.addressees,
            title_span=Span(start=header.title_span[0], end=header.title_span[1], line=header.title_span[2])
            if header.title_span
            else None,
            doc_number_span=Span(start=header.doc_number_span[0], end=header.doc_number_span[1], line=header.doc_number_span[2])
            if header.doc_number_span
            else None,
        ),
        sections=sections,
        tasks=tasks,
        targets=targets,
        units=_units(tasks, run),
        diagnostics=sorted(run.diagnostics, key=lambda d: (d.line or 0, d.code, d.message)),
    )


def _sections(run: Run, line_of: "_LineIndex") -> list[Section]:
    ids = _StableIds("s")
    sections: list[Section] = []
    for draft in run.outline.sections:
        sections.append(
            Section(
                id=ids.make(draft.kind + fold(draft.title)),
                parent=sections[draft.parent].id if draft.parent is not None else None,
                level=draft.level,
                kind=draft.kind,
                label=draft.label,
                title=draft.title,
                span=Span(start=draft.start, end=draft.end, line=draft.line),
            )
        )
    return sections


def _path(sections: list[Section], index: int | None) -> list[str]:
    by_id = {s.id: s for s in sections}
    path = []
    section = sections[index] if index is not None else None
    while section is not None:
        path.append(f"{section.label}{section.title}" if section.kind == "heading" else f"{section.label} {section.title}")
        section = by_id.get(section.parent) if section.parent else None
    return path[::-1]


def _task_extent(draft: TaskDraft) -> tuple[int, int, str]:
    """Start and end of the task's text; a numbered item's text starts after its label."""
    first = draft.parts[0]
    label = first.line.label if first.kind == "item" else ""
    return first.start, draft.parts[-1].end, label


def _part(part) -> TaskPart:
    return TaskPart(
        kind=part.kind,
        label=part.line.label if part.kind != "paragraph" else "",
        title=part.line.title if part.kind in ("bullet", "box") else "",
        span=Span(start=part.start, end=part.end, line=part.line.number),
    )


def _add_mentions(tasks, task_texts, units_files, run, context, line_of) -> None:
    """Units named in task prose (by the spaCy unit pipeline), recorded as mentions: a name that is
    one of the task's own assignments (an inline 「（市科技局牵头）」) is not mentioned again."""
    dictionary = load_dictionary(units_files)
    places = [w for w, _ in context.qualified_prefixes()]
    for task, spans in zip(tasks, find_units(task_texts, units_files, places=places)):
        assigned = [(a.span.start, a.span.end) for a in task.assignments]
        for span in spans:
            start = task.span.start + span.start
            if any(start < a_end and start + len(span.text) > a_start for a_start, a_end in assigned):
                continue
            resolution = run.resolutions.get(span.text)
            if resolution is None:
                resolution = dictionary.resolve(span.text, context)
                if resolution.rule == "dictionary" and not span.entry_id.startswith("shape:"):
                    resolution = Resolution(span.text, resolution.canonical, resolution.kind, True, "span_ruler")
                run.resolutions[span.text] = resolution
            task.mentions.append(
                UnitMention(
                    name=span.text,
                    canonical=resolution.canonical,
                    span=Span(start=start, end=start + len(span.text), line=line_of(start)),
                )
            )


def _units(tasks: list[Task], run: Run) -> list[Unit]:
    counts: Counter[str] = Counter()
    for task in tasks:
        counts.update(a.unit for a in task.assignments)
        counts.update(m.name for m in task.mentions)
    units = []
    for name, count in counts.items():
        resolution = run.resolutions[name]  # assigned names and mentioned names are all resolved
        units.append(
            Unit(name=name, canonical=resolution.canonical, kind=resolution.kind, resolved=resolution.resolved, mentions=count)
        )
    return sorted(units, key=lambda u: (u.canonical, u.name))


class _StableIds:
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


class _LineIndex:
    """Offset → 1-based line number, by binary search over line starts."""

    def __init__(self, text: str):
        import bisect

        self._bisect = bisect.bisect_right
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def __call__(self, offset: int) -> int:
        return self._bisect(self._starts, offset)


def _display_path(path: str) -> str:
    """The path relative to the working directory when inside it, so output does not name the machine."""
    absolute = os.path.abspath(path)
    try:
        return Path(os.path.relpath(absolute)).as_posix() if absolute.startswith(os.getcwd() + os.sep) else Path(path).name
    except ValueError:
        return Path(path).name
