"""The stage chain: a registry of named stages that drives every extraction (the Python API).

Each stage is a function of the :class:`Run` — the results of the stages before it — that returns
its own result, stored once on the Run under the stage's name. No stage changes an earlier result;
``fengong extract --dump-stage NAME`` prints any of them (:mod:`pipeline.dump`).
"""

from __future__ import annotations

import gc
from . import rx as re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Callable

from .assemble import build_records
from .assignments import RawAssignment, declared_conventions, document_conventions, find_inline_blocks
from .assignments import NotesBelow, inline_assignments, split_unit_list, unit_line_assignments
from .errors import InputError
from .normalize import fold, to_simplified_folded
from .read import Document, read_document
from .records import Diagnostic, Extraction
from .structure.header import DATE, SIGNATURE, Header, apply_metadata, number_year, read_header
from .structure.inline import InlineBlock
from .structure.lines import UNIT_LINE_LOOKALIKE, Line, classify, split_lines
from .structure.outline import Outline, TaskDraft, body_start_index, build_outline
from .targets.collect import TargetsFound, read_notice
from .units.dictionary import IssuerContext, Resolution, UnitDictionary, load_dictionary
from .units.recognise import find_units

# Lines that close a notice rather than state a task, beside the signature and its date (the
# header reader's patterns): 「（此件公开发布）」, 「注：…」.
CLOSING_ASIDE = re.compile(r"^(?:\(.*\)|注\s*[:\d].*)$")


def _warning(code: str, message: str, line: int | None) -> Diagnostic:
    return Diagnostic(level="warning", code=code, message=message, line=line)


# --- the results of the stages ---------------------------------------------------------------


@dataclass
class Structure:
    """Lines with their kinds, the header, the inline assignment blocks and the outline."""

    lines: list[Line]
    header: Header
    addressees: list[str]
    body_start: int  # index of the first heading or unit line: the header stands before it
    context: IssuerContext
    inline: dict[int, list[InlineBlock]]
    outline: Outline
    diagnostics: list[Diagnostic]


@dataclass
class AssignedTask:
    """A task of the outline that carries assignments, with the extent of its text."""

    draft: TaskDraft
    found: list[RawAssignment]
    open_ended: list[str]
    start: int
    end: int
    label: str  # a numbered item's label; its text starts after it


@dataclass
class Assignments:
    tasks: list[AssignedTask]
    unassigned: list[Line]  # body text no assignment answers for
    diagnostics: list[Diagnostic]


@dataclass
class Mention:
    name: str
    start: int  # offsets into the document's text
    end: int


@dataclass
class Units:
    resolutions: dict[str, Resolution]  # every assigned or mentioned name
    mentions: list[list[Mention]]  # per task: names in its prose that are not its own assignments
    diagnostics: list[Diagnostic]


@dataclass
class Run:
    """One extraction: its input and the result of every stage run so far, under the stage's name."""

    path: str | Path
    units_files: tuple[str, ...] = ()
    dictionary: UnitDictionary = field(default_factory=load_dictionary, repr=False)
    data: bytes | None = field(default=None, repr=False)  # the input's bytes, when read already: ``path`` only names it
    # Set by the stages, in this order (reading one before its stage ran is an AttributeError):
    read: Document = field(init=False, repr=False)
    normalize: str = field(init=False, repr=False)  # the folded text, the same length as the document's text
    structure: Structure = field(init=False, repr=False)
    assignments: Assignments = field(init=False, repr=False)
    units: Units = field(init=False, repr=False)
    targets: TargetsFound = field(init=False, repr=False)  # per assigned task, and the text outside tasks
    records: Extraction = field(init=False, repr=False)

    @cached_property
    def simplified(self) -> str:
        """The folded text in Simplified script (one character for one), made once for the units and
        targets stages, which both read it."""
        return to_simplified_folded(self.normalize)


# --- the stages --------------------------------------------------------------------------------


def _read(run: Run) -> Document:
    return read_document(run.path, run.data)


def _normalize(run: Run) -> str:
    return fold(run.read.text)


def _structure(run: Run) -> Structure:
    lines = classify(split_lines(run.read.text, run.normalize))
    body_start = body_start_index(lines)
    if body_start == len(lines):
        raise InputError(run.path, "no recognisable structure: no headings and no assignment lines")
    header = read_header(lines, body_start)
    if lines[body_start].kind == "unit":
        body_start = header.end  # no headings: the task text before the first unit line is body
    apply_metadata(header, run.read.metadata)
    protected = run.dictionary.names_with_separators()
    addressees = _addressees(lines, header, protected)
    declared = any(declared_conventions(line.folded) for line in lines)  # a notice's own rule (issue 10)
    inline, diagnostics = _inline_blocks(run.read.text, run.normalize, lines[body_start:], protected, declared)
    outline = build_outline(lines, body_start, inline)
    context = IssuerContext.from_notice(header.issuer, header.title)
    return Structure(lines, header, addressees, body_start, context, inline, outline, diagnostics)


def _addressees(lines: list[Line], header: Header, protected: tuple[str, ...]) -> list[str]:
    """The units of the addressee line (「各区人民政府，市政府各部门：」), its colon cut."""
    if not header.addressee_line:
        return []
    line = lines[header.addressee_line - 1]
    written = line.text.rstrip(":：")
    return [item.name for item in split_unit_list(written, 0, protected, line.folded[: len(written)])]


def _inline_blocks(
    text: str, folded: str, body: list[Line], protected: tuple[str, ...], declared: bool
) -> tuple[dict[int, list[InlineBlock]], list[Diagnostic]]:
    """Inline assignments of every body line, and diagnostics for what only looks like one."""
    inline: dict[int, list[InlineBlock]] = {}
    diagnostics = []
    for line in body:
        if line.kind in ("heading", "body", "bullet"):
            blocks, problems = find_inline_blocks(text, folded, line, protected, declared)
            if blocks:
                inline[line.number] = blocks
            diagnostics += [_warning("unparsed_assignment", problem, line.number) for problem in problems]
            diagnostics += [
                _warning("odd_unit_name", f"「{name}」 does not end like a unit name; kept in its block", line.number)
                for block in blocks
                for name in block.odd
            ]
            if line.kind == "body" and UNIT_LINE_LOOKALIKE.match(line.folded):
                diagnostics.append(_warning("unparsed_assignment", "a line that starts like a unit line but has no 「:」 list", line.number))
    return inline, diagnostics


def _assignments(run: Run) -> Assignments:
    protected = run.dictionary.names_with_separators()
    outline = run.structure.outline
    conventions = document_conventions(run.structure.lines, run.structure.inline)  # a block's own hold from it on (下同)
    tasks, diagnostics = [], []
    unassigned = list(outline.unassigned)
    notes = NotesBelow(run.normalize)  # 「各区人民政府〈含开发区，下同〉」: the qualifier holds for the name's later mentions
    for draft in outline.tasks:
        unread = False  # the task's block could not be read: it stays a task, with no assignment
        if draft.inline is not None:
            conventions += tuple(c for c in draft.inline.conventions if c not in conventions)
            found, open_ended = inline_assignments(draft.inline, conventions)
        else:
            found, open_ended, empty = unit_line_assignments(run.read.text, run.normalize, draft.block, protected, conventions)
            diagnostics += [_warning("unparsed_assignment", f"「{line.label}」 names no unit", line.number) for line in empty]
            unread = len(empty) == len(draft.block)  # an unclosed block, or unit lines that name no unit
        found = notes.apply(found)
        if found or unread:
            first = draft.parts[0]
            label = first.line.label if first.kind == "item" else ""
            tasks.append(AssignedTask(draft, found, open_ended, first.start, draft.parts[-1].end, label))
        else:
            unassigned.extend(part.line for part in draft.parts)
    diagnostics += [_warning("block_without_task", "an assignment with no task text before it", n) for n in outline.orphan_blocks]
    diagnostics += [
        _warning("text_without_assignment", "text that no assignment answers for", line.number)
        for line in unassigned
        if not _closes_the_notice(line)
    ]
    return Assignments(tasks, unassigned, diagnostics)


def _closes_the_notice(line: Line) -> bool:
    return bool(SIGNATURE.match(line.folded) or DATE.fullmatch(line.folded) or CLOSING_ASIDE.match(line.folded))


def _units(run: Run) -> Units:
    """Resolve every assigned name in the issuer's context; find the names written in task prose."""
    context = run.structure.context
    first_line: dict[str, int] = {}
    for task in run.assignments.tasks:
        for a in task.found:
            first_line[a.name] = min(a.line, first_line.get(a.name, a.line))
    resolutions, diagnostics = {}, []
    for name in sorted(first_line):
        resolutions[name] = run.dictionary.resolve(name, context)
        if not resolutions[name].resolved:
            diagnostics.append(_warning("unresolved_unit", f"unit 「{name}」 is not in the unit dictionary; kept as written", first_line[name]))
    text, simplified = run.read.text, run.simplified
    places = [written for written, _ in context.qualified_prefixes()]
    tasks = run.assignments.tasks
    found = find_units([text[t.start : t.end] for t in tasks], run.units_files, places, [simplified[t.start : t.end] for t in tasks])
    mentions = []
    for task, spans in zip(tasks, found):
        assigned = [(a.start, a.end) for a in task.found]
        kept = []
        for span in spans:
            start, end = task.start + span.start, task.start + span.end
            if any(start < a_end and end > a_start for a_start, a_end in assigned):
                continue  # one of the task's own assignments (an inline 「（市科技局牵头）」)
            if span.text not in resolutions:
                resolutions[span.text] = run.dictionary.resolve(span.text, context)
            kept.append(Mention(span.text, start, end))
        mentions.append(kept)
    return Units(resolutions, mentions, diagnostics)


def _targets(run: Run) -> TargetsFound:
    """Every paragraph is read: each task's text, and the body text no task holds (its targets
    belong to the innermost section)."""
    structure, tasks = run.structure, run.assignments.tasks
    covered = [(p.start, p.end) for t in tasks for p in t.draft.parts]
    covered += [(b.start, b.end) for blocks in structure.inline.values() for b in blocks]
    due_notes = [(t.draft.due_note.start, t.draft.due_note.end) if t.draft.due_note else None for t in tasks]
    covered += [note for note in due_notes if note]
    body = [
        (line.title_start if line.kind == "heading" else line.start, line.end)
        for line in structure.lines[min(structure.header.end, structure.body_start) :]  # the preamble too: 「主要目标是：…」
        if line.kind not in ("blank", "unit") and not _closes_the_notice(line)
    ]
    body_start = structure.lines[structure.body_start].start if structure.body_start < len(structure.lines) else 0
    return read_notice(
        run.read.text,
        [(t.start, t.end) for t in tasks],
        covered,
        body,
        [draft.start for draft in structure.outline.sections],
        structure.header.date,
        body_start,
        due_notes,
        run.normalize,  # the run's folded text: the targets stage folds nothing again
        run.simplified,
        number_year(structure.header.doc_number),
        [(draft.title, draft.parent) for draft in structure.outline.sections],
    )


def _records(run: Run) -> Extraction:
    return build_records(run)


@dataclass(frozen=True)
class Stage:
    name: str
    modules: str  # where its work lives
    does: str  # one line, for the README's table
    uses: str  # the libraries it relies on
    step: Callable[[Run], Any]


STAGES: tuple[Stage, ...] = (
    Stage(
        "read", "read/", "bytes → text: BOM, then strict UTF-8, then GB18030; refuses empty, binary or huge files. HTML: the body "
        "of a portal page as lines, a gov.cn metadata table read; DOCX: paragraphs and tables; tables with unit columns "
        "become task and unit lines", "lxml", _read),
    Stage("normalize", "normalize.py", "the text folded once (width, spaces, dashes, Traditional characters from OpenCC's data), one character for one, "
          "so offsets into the folded copy are offsets into the text", "—", _normalize),
    Stage("structure", "structure/, assignments/", "lines and their kinds (headings 第一章/一、/(一)/1./(1)/①, unit lines, 专栏 boxes, "
          "—— bullets); the header (title, 文号, addressees, issuer, date); inline assignment blocks; sections and the text "
          "each block answers for", "—", _structure),
    Stage("assignments", "assignments/", "each task's units as written, with roles and spans: lists split at 、，,； never inside "
          "brackets or collectives (各区、县级市); trailing 等 → open-ended; the conventions a notice declares (first unit, first "
          "group, star) and clauses that name no unit (rule, 下同, carry-over)", "—", _assignments),
    Stage("units", "units/, data/units.yaml", "assigned names resolved in the issuer's context (市科技局 in a Yingkou notice → "
          "营口市科学技术局); names in task prose found by one matcher over every dictionary name and the prose shapes; the "
          "shipped dictionary is read from its JSON copy (`data/units.json`, written by `make run` with the YAML's sha256 and "
          "used only when that matches)", "spaCy (PhraseMatcher), PyYAML (a `--units-file`)", _units),
    Stage("targets", "targets/", "every paragraph's goals and support amounts (in tasks and in the sections' own text), clause by "
          "clause: value, comparator, kind, the measured noun, 分别 lists, relative targets, refusals (dates, periods, "
          "conditions); each task's deadlines; the plan's period", "jieba (a private Tokenizer, its tags)", _targets),
    Stage("records", "assemble.py, records.py", "validated records with content-hash ids and spans; then `export.py` writes "
          "deterministic JSON atomically", "pydantic", _records),
)
STAGE_NAMES = tuple(stage.name for stage in STAGES)


def run_stages(path: str | Path, units_files: tuple[str, ...] = (), until: str = STAGES[-1].name, data: bytes | None = None) -> Run:
    """Run the stages in order, up to and including ``until`` (on ``data``, the input's bytes, when given)."""
    run = Run(path, tuple(units_files), load_dictionary(tuple(units_files)), data)
    for stage in STAGES:
        setattr(run, stage.name, stage.step(run))
        if stage.name == until:
            break
    return run


def extract(path: str | Path, units_files: tuple[str, ...] = (), data: bytes | None = None) -> Extraction:
    """Extract one notice (from ``data``, its bytes, when given: ``path`` then only names it);
    raises :class:`~pipeline.errors.FengongError` for unusable input.

    Python's cyclic collector is paused while it runs (and left as it was): an extraction makes some
    hundred thousand small objects that reference counting frees, and the collector's passes over them
    (a full one every ten notices or so walks every object the process holds) were ~2 % of a warm
    extraction. A warm extraction leaves no cycle (tests/test_collector.py); one would be collected by
    the next pass once the collector is back."""
    collecting = gc.isenabled()  # (off already inside the console script's collector_paused)
    gc.disable()
    try:
        return run_stages(path, units_files, data=data).records
    finally:
        if collecting:
            gc.enable()


def registry_table() -> str:
    """The registry as the README's Markdown table (`python -m pipeline.stages` prints it)."""
    rows = ["| stage | modules | what it does | uses |", "|---|---|---|---|"]
    rows += [f"| {s.name} | {', '.join(f'`{m.strip()}`' for m in s.modules.split(','))} | {s.does} | {s.uses} |" for s in STAGES]
    return "\n".join(rows)


if __name__ == "__main__":
    print(registry_table())
