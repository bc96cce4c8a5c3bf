"""Run the stages in order on one input and assemble the records (the Python API).

STAGES lists the stages by name; each is a function of the previous stages' results, and every
intermediate is kept on :class:`Run` so a stage can be inspected or tested on its own.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from pathlib import Path

from . import __version__
from .assignments import InlineBlock, RawAssignment, find_inline_blocks, inline_assignments, unit_line_assignments
from .errors import InputError
from .normalize import fold
from .structure.header import DATE, SIGNATURE, Header, apply_metadata, read_header
from .structure.outline import Outline, TaskDraft, body_start_index, build_outline
from .read.text import Document, read_document
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
from .structure.lines import UNIT_LINE_LOOKALIKE, Line, classify, split_lines
from .targets.recognise import find_targets
from .units.dictionary import IssuerContext, Resolution, UnitDictionary, find_units, load_dictionary

# A box's number is numbering, like an item's: renumbering it must not change the task's id.
BOX_NUMBER = re.compile(r"专栏\s*\d+")

# Lines that close a notice rather than state a task, beside the signature and its date (the
# header reader's patterns): 「（此件公开发布）」, 「注：…」.
CLOSING_ASIDE = re.compile(r"^(?:\(.*\)|注\s*[:\d].*)$")

STAGES = ("read", "normalize", "structure", "assignments", "units", "targets", "records")


@dataclass
class Run:
    """The intermediates of one extraction, stage by stage."""

    document: Document
    lines: list[Line] = field(default_factory=list)
    header: Header | None = None
    body_start: int = 0  # index of the first heading or unit line: the header stands before it
    dictionary: UnitDictionary | None = None
    context: IssuerContext = field(default_factory=IssuerContext)
    outline: Outline | None = None
    raw_assignments: list[tuple[list[RawAssignment], list[str]]] = field(default_factory=list)
    resolutions: dict[str, Resolution] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    extraction: Extraction | None = None


def extract(path: str | Path, units_files: tuple[str, ...] = ()) -> Extraction:
    """Extract one notice; raises :class:`~pipeline.errors.FengongError` for unusable input."""
    return run_stages(path, units_files).extraction


def run_stages(path: str | Path, units_files: tuple[str, ...] = ()) -> Run:
    run = Run(read_document(path), dictionary=load_dictionary(units_files))
    run.lines = classify(split_lines(run.document.text))
    run.body_start = body_start_index(run.lines)
    if run.body_start == len(run.lines):
        raise InputError(path, "no recognisable structure: no headings and no assignment lines")
    run.header = read_header(run.lines, run.body_start)
    if run.lines[run.body_start].kind == "unit":
        run.body_start = run.header.end  # no headings: the task text before the first unit line is body
    apply_metadata(run.header, run.document.metadata)
    run.context = IssuerContext.from_issuer(run.header.issuer)
    inline = _find_inline_blocks(run)
    run.outline = build_outline(run.lines, run.body_start, inline)
    _find_assignments(run)
    _resolve_units(run, units_files)
    run.extraction = _records(run, units_files)
    return run


def _find_inline_blocks(run: Run) -> dict[int, list[InlineBlock]]:
    """Inline assignments of every body line, and diagnostics for what only looks like one."""
    protected = run.dictionary.names_with_separators()
    inline: dict[int, list[InlineBlock]] = {}
    for line in run.lines[run.body_start :]:
        if line.kind in ("heading", "body", "bullet"):
            blocks, problems = find_inline_blocks(run.document.text, line, protected)
            if blocks:
                inline[line.number] = blocks
            for problem in problems:
                _warn(run, "unparsed_assignment", problem, line.number)
            if line.kind == "body" and UNIT_LINE_LOOKALIKE.match(line.folded):
                _warn(run, "unparsed_assignment", "a line that starts like a unit line but has no 「:」 list", line.number)
    return inline


def _find_assignments(run: Run) -> None:
    protected = run.dictionary.names_with_separators()
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
        if not _closes_the_notice(line):
            _warn(run, "text_without_assignment", "text that no assignment answers for", line.number)


def _closes_the_notice(line: Line) -> bool:
    return bool(SIGNATURE.match(line.folded) or DATE.fullmatch(line.folded) or CLOSING_ASIDE.match(line.folded))


def _resolve_units(run: Run, units_files: tuple[str, ...]) -> None:
    """Recognise every assigned name with the spaCy unit pipeline, then resolve it."""
    first_line: dict[str, int] = {}
    for found, _ in run.raw_assignments:
        for a in found:
            first_line[a.name] = min(a.line, first_line.get(a.name, a.line))
    names = sorted(first_line)
    for name, spans in zip(names, find_units(names, units_files, places=_places(run))):
        recognised = any(s.start == 0 and s.end == len(name) for s in spans)
        run.resolutions[name] = _resolution(run, name, recognised)
        if not run.resolutions[name].resolved:
            _warn(run, "unresolved_unit", f"unit 「{name}」 is not in the unit dictionary; kept as written", first_line[name])


def _resolution(run: Run, name: str, recognised: bool) -> Resolution:
    """The dictionary's resolution of ``name``; credited to the spaCy ruler when it recognised it."""
    resolution = run.dictionary.resolve(name, run.context)
    if recognised and resolution.rule == "dictionary":
        return Resolution(name, resolution.canonical, resolution.kind, True, "span_ruler")
    return resolution


def _places(run: Run) -> list[str]:
    return [written for written, _ in run.context.qualified_prefixes()]


def _warn(run: Run, code: str, message: str, line: int | None) -> None:
    run.diagnostics.append(Diagnostic(level="warning", code=code, message=message, line=line))


def _records(run: Run, units_files: tuple[str, ...]) -> Extraction:
    text = run.document.text
    line_of = _LineIndex(text)
    sections = _sections(run, line_of)
    tasks: list[Task] = []
    targets: list[Target] = []
    paths = section_paths(sections)
    task_ids = _StableIds("t")
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
            path=paths[draft.section] if draft.section is not None else [],
            label=label,
            text=task_text,
            span=line_of.span(start, end),
            parts=[_part(part) for part in draft.parts],
            assignments=assignments,
            open_ended=sorted(open_ended, key=("lead", "cooperate", "responsible").index),
        )
        target_ids = _StableIds(task_id + ".g")
        for found_target in find_targets(task_text, strict=not label):
            fields = {f.name: getattr(found_target, f.name) for f in dataclass_fields(found_target)}  # plain values
            low_high, target_start, target_end = fields.pop("range"), fields.pop("start"), fields.pop("end")
            target = Target(
                id=target_ids.make(fold(found_target.indicator)),  # folded, as task and section ids are
                task=task_id,
                range=TargetRange(low=low_high[0], high=low_high[1]) if low_high else None,
                span=line_of.span(start + target_start, start + target_end),
                **fields,
            )
            targets.append(target)
            task.targets.append(target.id)
        tasks.append(task)
    _add_mentions(tasks, task_texts, units_files, run, line_of)
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
            title_span=header.title_span,
            doc_number_span=header.doc_number_span,
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
                span=line_of.span(draft.start, draft.end),
            )
        )
    return sections


def section_paths(sections: list[Section]) -> list[list[str]]:
    """For each section, the headings from the outermost down to it (「三、…」, 「(一)…」, 「专栏1 …」)."""
    index_of = {s.id: i for i, s in enumerate(sections)}
    paths: list[list[str]] = []
    for section in sections:  # a parent always comes before its children
        parent = paths[index_of[section.parent]] if section.parent else []
        name = f"{section.label}{section.title}" if section.kind == "heading" else f"{section.label} {section.title}"
        paths.append(parent + [name])
    return paths


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


def _add_mentions(tasks, task_texts, units_files, run, line_of) -> None:
    """Units named in task prose (by the spaCy unit pipeline), recorded as mentions: a name that is
    one of the task's own assignments (an inline 「（市科技局牵头）」) is not mentioned again."""
    for task, spans in zip(tasks, find_units(task_texts, units_files, places=_places(run))):
        assigned = [(a.span.start, a.span.end) for a in task.assignments]
        for span in spans:
            start = task.span.start + span.start
            if any(start < a_end and start + len(span.text) > a_start for a_start, a_end in assigned):
                continue
            if span.text not in run.resolutions:
                run.resolutions[span.text] = _resolution(run, span.text, not span.entry_id.startswith("shape:"))
            task.mentions.append(
                UnitMention(
                    name=span.text,
                    canonical=run.resolutions[span.text].canonical,
                    span=line_of.span(start, start + len(span.text)),
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
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, line=self(start))


def _display_path(path: str) -> str:
    """The path relative to the working directory when inside it, else the file name, so the
    output does not name the machine."""
    from .safe_text import path_text  # a name that is not UTF-8 is written with \xNN escapes

    absolute = Path(path).resolve()
    try:
        return path_text(absolute.relative_to(Path.cwd().resolve()).as_posix())
    except ValueError:
        return path_text(absolute.name)
