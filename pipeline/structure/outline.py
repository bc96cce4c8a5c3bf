"""Walk the classified lines into sections and tasks: an assignment block (unit lines, or an inline
parenthesis) answers for the text since the previous block or heading; a numbered line or 专栏
title followed directly by unit lines, or holding an inline block itself, is a task."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..assignments import InlineBlock
from .lines import Line, assign_levels

SEGMENT_PUNCTUATION = " ;,。:"
DEADLINE_LINE = re.compile(r"(?:完成时限|完成时间|时限要求|时间节点|时间要求):")


@dataclass(slots=True)
class SectionDraft:
    index: int
    parent: int | None
    level: int
    kind: str  # heading | box
    label: str
    title: str
    start: int  # label start
    end: int  # title end


@dataclass(slots=True)
class Part:
    kind: str  # paragraph | bullet | box | item
    line: Line
    start: int  # the part's text in the original (a line, or the piece of it before a parenthesis)
    end: int


@dataclass(slots=True)
class TaskDraft:
    section: int | None
    parts: list[Part]
    block: list[Line]  # the unit lines that assign it, or
    inline: InlineBlock | None = None  # the inline block that does


@dataclass
class Outline:
    sections: list[SectionDraft] = field(default_factory=list)
    tasks: list[TaskDraft] = field(default_factory=list)
    unassigned: list[Line] = field(default_factory=list)  # body text no block answers for
    orphan_blocks: list[int] = field(default_factory=list)  # lines of blocks with no text before them


def body_start_index(lines: list[Line]) -> int:
    """The first heading or unit line: what comes before it is the notice's header and preamble."""
    for i, line in enumerate(lines):
        if line.kind in ("heading", "unit"):
            return i
    return len(lines)


def build_outline(lines: list[Line], body_start: int, inline: dict[int, list[InlineBlock]] | None = None) -> Outline:  # noqa: C901 - complexity 21 > 15: reported exception (issue 12), owner local-assign
    """Sections and tasks of ``lines[body_start:]``; ``inline`` maps a line number to the inline
    blocks found on it."""
    inline = inline or {}
    outline = Outline()
    levels = assign_levels(lines[body_start:])
    content = [line for line in lines[body_start:] if line.kind != "blank"]
    stack: list[SectionDraft] = []
    pending: list[Part] = []

    def flush_unassigned() -> None:
        outline.unassigned.extend(part.line for part in pending if part.kind in ("paragraph", "bullet", "item"))
        pending.clear()

    def whole(kind: str, line: Line) -> Part:
        return Part(kind, line, line.title_start if kind == "item" else line.start, line.end)

    def close_task(block: list[Line], inline_block: InlineBlock | None = None) -> None:
        if pending:
            outline.tasks.append(TaskDraft(stack[-1].index if stack else None, list(pending), block, inline_block))
            pending.clear()
        else:
            outline.orphan_blocks.append(inline_block.line if inline_block else block[0].number)

    def split_at_inline_blocks(kind: str, line: Line) -> None:
        """Each inline block closes a task: the text since the previous block or the line start."""
        start = line.title_start if kind == "item" else line.start
        for block in inline[line.number]:
            piece = _trimmed(line, start, block.start)
            if piece:
                pending.append(Part(kind, line, *piece))
            close_task([], block)
            start, kind = block.end, "paragraph"
        if rest := _trimmed(line, start, line.end):
            pending.append(Part("paragraph", line, *rest))

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
            close_task(block)
        elif line.kind == "heading":
            parent_item = any(p.kind == "item" and levels[p.line.scheme] < levels[line.scheme] for p in pending)
            if not parent_item:
                flush_unassigned()  # text no block answered for ends at a heading
            if line.number in inline:
                split_at_inline_blocks("item", line)
            elif parent_item or _heading_is_task_text(content, i, inline):
                pending.append(whole("item", line))  # sub-items of an item join it
            else:
                open_section(line, levels[line.scheme], "heading")
        elif line.kind == "box":
            if following is None or following.kind in ("unit", "box"):
                pending.append(whole("box", line))  # an empty box: its title is part of the task
            else:
                flush_unassigned()
                parent_level = stack[-1].level if stack else 0
                open_section(line, parent_level + 1, "box")
        elif line.number in inline:
            split_at_inline_blocks("bullet" if line.kind == "bullet" else "paragraph", line)
        else:
            pending.append(whole("bullet" if line.kind == "bullet" else "paragraph", line))
        i += 1
    flush_unassigned()
    return outline


def _is_sentence(line: Line) -> bool:
    """A heading that reads as a task sentence (「3．开发城乡公益性岗位1500个，优先安置…」), not a title."""
    ends_like_sentence = line.folded.rstrip().endswith(("。", ":", ";"))
    return (ends_like_sentence and any(mark in line.title for mark in ",;，；")) or len(line.title) > 40


def _heading_is_task_text(content: list[Line], i: int, inline: dict) -> bool:
    """Whether the numbered line ``content[i]`` is part of a task rather than a section heading:
    it is followed directly by unit lines, reads as a sentence, or introduces a run of sub-items
    (①…②…) with no assignment of their own, which share the unit block right after them."""
    line = content[i]
    following = content[i + 1] if i + 1 < len(content) else None
    if following is None:
        return False
    if following.kind == "unit" or _is_sentence(line):
        return True
    after_due = content[i + 2] if i + 2 < len(content) else None
    if DEADLINE_LINE.match(following.folded) and after_due is not None and after_due.kind == "unit":
        return True  # a table row: task, its 完成时限 line (read/tables.py), its unit lines
    # ①…②… sub-items with no assignment of their own, then the unit block they share
    run_end = i + 1
    while (
        run_end < len(content)
        and content[run_end].kind == "heading"
        and content[run_end].scheme == following.scheme != line.scheme
        and content[run_end].number not in inline
    ):
        run_end += 1
    return run_end - (i + 1) >= 2 and run_end < len(content) and content[run_end].kind == "unit"


def _trimmed(line: Line, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without surrounding punctuation and spaces; None when nothing is left."""
    offset = line.start
    while start < end and line.folded[start - offset] in SEGMENT_PUNCTUATION:
        start += 1
    while end > start and line.folded[end - 1 - offset] == " ":
        end -= 1
    return (start, end) if end > start else None
