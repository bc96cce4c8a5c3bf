"""Walk the classified lines into sections and tasks: a unit block answers for the text since the
previous block or heading; a numbered line or 专栏 title followed directly by a block is a task."""

from __future__ import annotations

from dataclasses import dataclass, field

from .structure import Line, assign_levels


@dataclass
class SectionDraft:
    index: int
    parent: int | None
    level: int
    kind: str  # heading | box
    label: str
    title: str
    start: int  # label start
    end: int  # title end
    line: int


@dataclass
class TaskDraft:
    section: int | None
    parts: list[tuple[str, Line]]  # (paragraph|bullet|box|item, line)
    block: list[Line]  # the unit lines that assign it


@dataclass
class Outline:
    sections: list[SectionDraft] = field(default_factory=list)
    tasks: list[TaskDraft] = field(default_factory=list)
    unassigned: list[Line] = field(default_factory=list)  # body text no block answers for
    orphan_blocks: list[list[Line]] = field(default_factory=list)  # blocks with no text before them
    body_start: int = 0  # index of the first line of the body (after the header)


def body_start_index(lines: list[Line]) -> int:
    """The first heading or unit line: what comes before it is the notice's header and preamble."""
    for i, line in enumerate(lines):
        if line.kind in ("heading", "unit"):
            return i
    return len(lines)


def build_outline(lines: list[Line]) -> Outline:
    outline = Outline(body_start=body_start_index(lines))
    levels = assign_levels(lines[outline.body_start :])
    content = [line for line in lines[outline.body_start :] if line.kind not in ("blank", "header")]
    stack: list[SectionDraft] = []
    pending: list[tuple[str, Line]] = []

    def flush_unassigned() -> None:
        outline.unassigned.extend(line for kind, line in pending if kind in ("paragraph", "bullet", "item"))
        pending.clear()

    def open_section(line: Line, level: int, kind: str) -> None:
        while stack and stack[-1].level >= level:
            stack.pop()
        section = SectionDraft(
            index=len(outline.sections),
            parent=stack[-1].index if stack else None,
            level=level,
            kind=kind,
            label=line.label,
            title=line.title,
            start=line.start,
            end=line.title_start + len(line.title),
            line=line.number,
        )
        outline.sections.append(section)
        stack.append(section)

    i = 0
    while i < len(content):
        line = content[i]
        following = content[i + 1] if i + 1 < len(content) else None
        if line.kind == "unit":
            block = [line]
            while i + 1 < len(content) and content[i + 1].kind == "unit":
                i += 1
                block.append(content[i])
            if pending:
                outline.tasks.append(TaskDraft(stack[-1].index if stack else None, list(pending), block))
                pending.clear()
            else:
                outline.orphan_blocks.append(block)
        elif line.kind == "heading":
            if following is not None and following.kind == "unit":
                flush_unassigned()
                pending.append(("item", line))
            else:
                flush_unassigned()
                open_section(line, levels[line.scheme], "heading")
        elif line.kind == "box":
            if following is None or following.kind in ("unit", "box"):
                pending.append(("box", line))  # an empty box: its title is part of the task
            else:
                flush_unassigned()
                parent_level = stack[-1].level if stack else 0
                open_section(line, parent_level + 1, "box")
        elif line.kind == "bullet":
            pending.append(("bullet", line))
        else:
            pending.append(("paragraph", line))
        i += 1
    flush_unassigned()
    return outline
