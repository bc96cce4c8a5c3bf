"""Readable dumps of each stage's result (``fengong extract --dump-stage NAME FILE``), for debugging."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:
    from .stages import Run


def _read(run: Run) -> Iterator[str]:
    document = run.read
    yield f"path: {document.path}"
    yield f"format: {document.format}  encoding: {document.encoding}  sha256: {document.sha256}  characters: {len(document.text)}"
    for label, value in document.metadata.items():
        yield f"metadata {label}: {value}"
    yield "text:"
    yield from document.text.splitlines()


def _normalize(run: Run) -> Iterator[str]:
    yield f"folded text ({len(run.normalize)} characters, the same offsets as the text):"
    yield from run.normalize.splitlines()


def _structure(run: Run) -> Iterator[str]:
    structure = run.structure
    header = structure.header
    yield "header:"
    for name in ("title", "doc_number", "issuer", "date", "source_site"):
        yield f"  {name}: {getattr(header, name)}"
    yield f"  addressees: {'、'.join(structure.addressees)}"
    yield f"  body starts at line {structure.lines[structure.body_start].number}"
    yield "lines:"
    for line in structure.lines:
        if line.kind == "blank":
            continue
        detail = line.role or line.scheme or ""
        blocks = f" [{len(structure.inline[line.number])} inline]" if line.number in structure.inline else ""
        yield f"  {line.number:>5} {line.kind:<7} {detail:<12} {line.label:<6}{blocks} | {line.text}"
    yield "outline:"
    outline = structure.outline
    for section in outline.sections:
        yield f"  {'  ' * (section.level - 1)}{section.kind} {section.label}{section.title}"
    for task in outline.tasks:
        first, last = task.parts[0].line.number, task.parts[-1].line.number
        by = f"inline at line {task.inline.line}" if task.inline else f"unit lines {[line.number for line in task.block]}"
        yield f"  task lines {first}-{last} (section {task.section}), assigned by {by}"
    yield from _diagnostics(structure.diagnostics)


def _assignments(run: Run) -> Iterator[str]:
    text = run.read.text
    for task in run.assignments.tasks:
        yield f"task {task.label or '-'} [{task.start}:{task.end}] {_short(text[task.start : task.end])}"
        for a in task.found:
            yield f"  {a.role:<11} {a.name}  (line {a.line}, [{a.start}:{a.end}], {a.rule})"
        if task.open_ended:
            yield f"  open-ended: {', '.join(task.open_ended)}"
    yield f"unassigned lines: {[line.number for line in run.assignments.unassigned]}"
    yield from _diagnostics(run.assignments.diagnostics)


def _units(run: Run) -> Iterator[str]:
    yield "resolutions:"
    for name, r in sorted(run.units.resolutions.items()):
        yield f"  {name} → {r.canonical}  ({r.kind}, {r.rule}{'' if r.resolved else ', unresolved'})"
    yield "mentions in task prose:"
    for task, mentions in zip(run.assignments.tasks, run.units.mentions):
        if mentions:
            yield f"  task {task.label or '-'} [{task.start}:{task.end}]: " + ", ".join(f"{m.name} [{m.start}:{m.end}]" for m in mentions)
    yield from _diagnostics(run.units.diagnostics)


def _targets(run: Run) -> Iterator[str]:
    def line(where: str, t) -> str:
        value = t.value_text if not t.pending else "*"
        return f"{where}: {t.kind} {t.indicator} | {t.comparator} | {value} | unit {t.unit or '-'} ({t.rule})"

    for task, (targets, deadlines) in zip(run.assignments.tasks, run.targets.tasks):
        where = f"task {task.label or '-'} [{task.start}:{task.end}]"
        yield from (line(where, t) for t in targets)
        yield from (f"{where}: deadline {d.kind} {d.text} → {d.date or '-'} ({d.rule})" for d in deadlines)
    for piece in run.targets.untasked:
        where = f"section {piece.section if piece.section is not None else '-'} [{piece.start}:{piece.end}]"
        yield from (line(where, t) for t in piece.found[0])
        yield from (f"{where}: deadline {d.kind} {d.text} → {d.date or '-'} ({d.rule})" for d in piece.found[1])


def _records(run: Run) -> Iterator[str]:
    from .export import to_json

    yield to_json(run.records).decode("utf-8").rstrip("\n")


def _diagnostics(diagnostics) -> Iterator[str]:
    for d in diagnostics:
        yield f"diagnostic line {d.line}: {d.code}: {d.message}"


def _short(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width] + "…"


DUMPS: dict[str, Callable[[Run], Iterator[str]]] = {
    "read": _read,
    "normalize": _normalize,
    "structure": _structure,
    "assignments": _assignments,
    "units": _units,
    "targets": _targets,
    "records": _records,
}


def dump_stage(run: Run, name: str) -> str:
    """The result of stage ``name`` of ``run``, as text."""
    return "\n".join(DUMPS[name](run)) + "\n"
