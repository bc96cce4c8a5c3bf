"""Walk the classified lines into sections and tasks: an assignment block (unit lines, or an inline
parenthesis) answers for the text since the previous block or heading; a numbered line or 专栏
title followed directly by unit lines, or holding an inline block itself, is a task."""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass, field

from ..vocabulary import DEADLINE_LABEL, UNIT_LINE_LABELS
from .inline import InlineBlock
from .lines import SCHEME_RANK, Line, assign_levels

# A bracket that holds a unit label or an assignment verb, at the end of a line — closed, or left
# open (「…（市数据局牵头负责」): a block the assignments stage could not read.
UNREAD_BLOCK = re.compile(
    r"[(〔\[【](?:[^()〔〕\[\]【】]*(?:" + "|".join(UNIT_LINE_LABELS) + r"|牵头|负责|配合)[^()〔〕\[\]【】]*)(?:[)〕\]】][。;]?)?$"
)

SEGMENT_PUNCTUATION = " ;,。:"
DEADLINE_LINE = re.compile(DEADLINE_LABEL + ":")
# A time note standing after a task's block: 「(完成时限:2026年9月底前)」, or on its own line unbracketed.
DUE_NOTE = re.compile(rf"\({DEADLINE_LABEL}:[^()]+\)[。;]?|{DEADLINE_LABEL}:[^()]+")


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
    kind: str  # paragraph | bullet | box | item | due_note
    line: Line
    start: int  # the part's text in the original (a line, or the piece of it before a parenthesis)
    end: int


@dataclass(slots=True)
class TaskDraft:
    section: int | None
    parts: list[Part]
    block: list[Line]  # the unit lines that assign it, or
    inline: InlineBlock | None = None  # the inline block that does
    # A bracketed time note after the block (「【…】（完成时限：2026年9月底前）」): the task's deadline,
    # read with the task but not part of its text (the id hashes the task text alone).
    due_note: Part | None = None


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


def build_outline(lines: list[Line], body_start: int, inline: dict[int, list[InlineBlock]] | None = None) -> Outline:
    """Sections and tasks of ``lines[body_start:]``; ``inline`` maps a line number to the inline
    blocks found on it."""
    builder = _Builder(lines[body_start:], inline or {})
    i = 0
    while i < len(builder.content):
        i = builder.step(i) + 1
    builder.flush_unassigned()
    return builder.outline


class _Builder:
    """The walk of :func:`build_outline`: the open sections and the task text not yet answered for."""

    def __init__(self, lines: list[Line], inline: dict[int, list[InlineBlock]]):
        self.inline = inline
        self.outline = Outline()
        self.levels = assign_levels(lines)
        self.content = [line for line in lines if line.kind != "blank"]
        self.stack: list[SectionDraft] = []
        self.pending: list[Part] = []

    def step(self, i: int) -> int:
        """Take ``content[i]`` (and the unit lines after a unit line); the index of the last taken."""
        line = self.content[i]
        if line.kind == "unit":
            block = [line]
            while i + 1 < len(self.content) and self.content[i + 1].kind == "unit":
                i += 1
                block.append(self.content[i])
            closed = self.close_task(block)
            following = self.content[i + 1] if i + 1 < len(self.content) else None
            if closed is not None and following is not None and following.kind == "body" and (note := _due_note(following)):
                closed.due_note = note  # 「牵头单位：…」 then 「（完成时限：2026年底前）」 on its own line
                i += 1
        elif line.kind == "heading":
            self.heading(i, line)
        elif line.kind == "box":
            self.box(i, line)
        elif line.number in self.inline:
            self.split_at_inline_blocks("bullet" if line.kind == "bullet" else "paragraph", line)
        else:
            self.pending.append(_whole("bullet" if line.kind == "bullet" else "paragraph", line))
            self.close_unread(line)
        return i

    def heading(self, i: int, line: Line) -> None:
        parent_item = any(p.kind == "item" and self.levels[p.line.scheme] < self.levels[line.scheme] for p in self.pending)
        if not parent_item:
            self.flush_unassigned()  # text no block answered for ends at a heading
        if line.number in self.inline:
            self.close_sections(self.levels[line.scheme], parent_item)
            self.split_at_inline_blocks("item", line)
        elif parent_item or _heading_is_task_text(self.content, i, self.inline):
            self.close_sections(self.levels[line.scheme], parent_item)
            self.pending.append(_whole("item", line))  # sub-items of an item join it
            self.close_unread(line)
        else:
            self.open_section(line, self.levels[line.scheme], "heading")

    def box(self, i: int, line: Line) -> None:
        following = self.content[i + 1] if i + 1 < len(self.content) else None
        if following is None or following.kind in ("unit", "box"):
            self.pending.append(_whole("box", line))  # an empty box: its title is part of the task
        else:
            self.flush_unassigned()
            self.open_section(line, (self.stack[-1].level if self.stack else 0) + 1, "box")

    def close_sections(self, level: int, inside_item: bool) -> None:
        """A numbered line that is a task ends the sections at its level: it is their sibling, never
        filed under the one before it (unless it is a sub-item of a task item)."""
        while not inside_item and self.stack and self.stack[-1].level >= level:
            self.stack.pop()

    def close_unread(self, line: Line) -> None:
        """A line ending in a block that could not be read still ends its task (with no assignment;
        the block has its own diagnostic), so the text is neither lost nor merged into the next task."""
        if _unread_block(line):
            self.close_task([])

    def flush_unassigned(self) -> None:
        self.outline.unassigned.extend(part.line for part in self.pending if part.kind in ("paragraph", "bullet", "item"))
        self.pending.clear()

    def close_task(self, block: list[Line], inline_block: InlineBlock | None = None) -> TaskDraft | None:
        """The task the pending text makes with ``block`` (None when no text waits: an orphan block)."""
        if self.pending:
            section = self.stack[-1].index if self.stack else None
            self.outline.tasks.append(TaskDraft(section, list(self.pending), block, inline_block))
            self.pending.clear()
            return self.outline.tasks[-1]
        self.outline.orphan_blocks.append(inline_block.line if inline_block else block[0].number)
        return None

    def split_at_inline_blocks(self, kind: str, line: Line) -> None:
        """Each inline block closes a task: the text since the previous block or the line start."""
        start = line.title_start if kind == "item" else line.start
        closed = None
        for block in self.inline[line.number]:
            if piece := _trimmed(line, start, block.start):
                self.pending.append(Part(kind, line, *piece))
            closed = self.close_task([], block)
            if closed is not None and block.due is not None:
                closed.due_note = Part("due_note", line, block.due.start, block.due.end)
            start, kind = block.end, "paragraph"
        if rest := _trimmed(line, start, line.end):
            if closed is not None and DUE_NOTE.fullmatch(line.folded[rest[0] - line.start : rest[1] - line.start]):
                closed.due_note = Part("due_note", line, *rest)  # 「【…】（完成时限：2026年9月底前）」
            else:
                self.pending.append(Part("paragraph", line, *rest))

    def open_section(self, line: Line, level: int, kind: str) -> None:
        self.close_sections(level, inside_item=False)
        section = SectionDraft(
            index=len(self.outline.sections),
            parent=self.stack[-1].index if self.stack else None,
            level=level,
            kind=kind,
            label=line.label,
            title=line.title,
            start=line.start,
            end=line.title_start + len(line.title),
        )
        self.outline.sections.append(section)
        self.stack.append(section)


def _whole(kind: str, line: Line) -> Part:
    return Part(kind, line, line.title_start if kind == "item" else line.start, line.end)


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
    if following.kind == "unit" or _opens_with_block(following, inline):
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
    if run_end - (i + 1) >= 2 and run_end < len(content) and content[run_end].kind == "unit":
        return True
    if _opens_deeper_items(line, following, inline):
        return False  # 「（一）优化空间载体，强化创业空间供给。」 over 「1.…（责任单位：…）」 is a section
    return _is_sentence(line) or _unread_block(line)


def _due_note(line: Line) -> Part | None:
    """A line that is only a time note, bracketed or not: 「（完成时限：2026年底前）」, 「完成时限：长期坚持」."""
    trimmed = _trimmed(line, line.start, line.end)
    if trimmed and DUE_NOTE.fullmatch(line.folded[trimmed[0] - line.start : trimmed[1] - line.start]):
        return Part("due_note", line, *trimmed)
    return None


def _opens_with_block(line: Line, inline: dict) -> bool:
    """A line that begins with an assignment block (「【牵头单位：…】」 under its task, as a unit line
    would stand): the numbered line before it is that block's task, not a section heading."""
    blocks = inline.get(line.number)
    return bool(blocks) and not line.folded[: blocks[0].start - line.start].strip()


def _opens_deeper_items(line: Line, following: Line, inline: dict) -> bool:
    """A numbered line followed by items of a deeper scheme that carry their own blocks."""
    return (
        following.kind == "heading"
        and SCHEME_RANK[following.scheme] > SCHEME_RANK[line.scheme]
        and line.number not in inline
        and (following.number in inline or _unread_block(following))
    )


def _unread_block(line: Line) -> bool:
    """The line ends with a bracket that looks like an assignment that could not be read: the line
    stays task text (never a heading that later tasks would be filed under)."""
    return bool(UNREAD_BLOCK.search(line.folded))


def _trimmed(line: Line, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` without surrounding punctuation and spaces; None when nothing is left."""
    offset = line.start
    while start < end and line.folded[start - offset] in SEGMENT_PUNCTUATION:
        start += 1
    while end > start and line.folded[end - 1 - offset] == " ":
        end -= 1
    return (start, end) if end > start else None
