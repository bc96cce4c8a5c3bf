"""Reports of a diff: text (optionally coloured), JSON, Markdown."""

from __future__ import annotations

import json
import re
from typing import Any, Optional

from ..safe_text import path_text, printable
from .changes import Change



def render_json(changes: list[Change]) -> str:
    """``{"changes": [...]}``: keys sorted, readable Chinese, changes in document order."""
    return json.dumps({"changes": [c.model_dump(mode="json") for c in changes]}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


_CONTEXT = 10


def _elide(text: str, position: str) -> str:
    """Shorten an unchanged run of a diff to the characters next to the edits."""
    keep = 2 * _CONTEXT + 4
    if len(text) <= keep:
        return text
    if position == "first":
        return "…" + text[-_CONTEXT:]
    if position == "last":
        return text[:_CONTEXT] + "…"
    return text[:_CONTEXT] + "…" + text[-_CONTEXT:]


def _one_line(text: str) -> str:
    """One line, with any control character of the notice (ESC sequences …) shown as an escape."""
    return printable(" ".join(str(text).split()), one_line=True)


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "、".join(_one_line(v) for v in value) if value else "(none)"
    return _one_line(value)


def _path_label(change: Change) -> str:
    if change.kind == "metadata_changed":
        return "notice"
    return " > ".join(change.path) if change.path else "(no section)"


def _task_ids(change: Change) -> tuple[Optional[str], Optional[str]]:
    if change.kind.startswith("target_"):
        return tuple(i.split(".g")[0] if i else None for i in (change.old_id, change.new_id))
    return change.old_id, change.new_id


class _Style:
    def __init__(self, colour: bool, markdown: bool):
        self.colour, self.markdown = colour, markdown

    def esc(self, text: str) -> str:
        text = _one_line(text)
        if not self.markdown:
            return text
        return re.sub(r"([\\`*_~\[\]<|])", r"\\\1", text)

    def deleted(self, text: str) -> str:
        if self.markdown:
            return f"~~{self.esc(text)}~~"
        marked = f"[-{_one_line(text)}-]"
        return f"\033[31m{marked}\033[0m" if self.colour else marked

    def inserted(self, text: str) -> str:
        if self.markdown:
            return f"**{self.esc(text)}**"
        marked = f"{{+{_one_line(text)}+}}"
        return f"\033[32m{marked}\033[0m" if self.colour else marked

    def strong(self, text: str) -> str:
        if self.markdown:
            return text
        return f"\033[1m{text}\033[0m" if self.colour else text

    def code(self, text: str) -> str:
        return f"`{text}`" if self.markdown else text

    def arrow(self, old: Any, new: Any) -> str:
        if self.markdown:
            return f"~~{self.esc(_show(old))}~~ → **{self.esc(_show(new))}**"
        return f"{_show(old)} → {_show(new)}"

    def diff(self, segments: list[tuple[str, str]]) -> str:
        out = []
        for index, (op, text) in enumerate(segments):
            if op == "=":
                position = "first" if index == 0 else "last" if index == len(segments) - 1 else "middle"
                out.append(self.esc(_elide(text, position)))
            elif op == "-":
                out.append(self.deleted(text))
            else:
                out.append(self.inserted(text))
        return "".join(out)


def _describe(change: Change, style: _Style) -> str:  # noqa: C901 - complexity 19 > 15: reported exception (issue 12), owner ledger
    """One line for one change (without the task it belongs to)."""
    kind, old, new, subject = change.kind, change.old, change.new, change.subject
    esc, arrow = style.esc, style.arrow
    if kind == "metadata_changed":
        return f"{subject}: {arrow(old, new)}"
    if kind == "section_added":
        return f"heading added: {style.inserted(new)}"
    if kind == "section_removed":
        return f"heading removed: {style.deleted(old)}"
    if kind == "section_renamed":
        return f"heading renamed: {arrow(old, new)}"
    if kind == "section_renumbered":
        return f"heading renumbered: {arrow(old, new)} ({esc(subject)})"
    if kind == "section_moved":
        return f"heading moved: {arrow(' > '.join(old) or '(top)', ' > '.join(new) or '(top)')}"
    if kind == "task_added":
        return f"task added: {style.inserted(new)}"
    if kind == "task_removed":
        return f"task removed: {style.deleted(old)}"
    if kind == "task_moved":
        return f"moved: {arrow(' > '.join(old) or '(no section)', ' > '.join(new) or '(no section)')}"
    if kind == "task_renumbered":
        return f"renumbered: {arrow(old, new)}"
    if kind == "task_reworded":
        return f"reworded: {style.diff(change.diff or [])}"
    if kind == "assignment_added":
        return f"unit {esc(subject)} added as {new}"
    if kind == "assignment_removed":
        return f"unit {esc(subject)} removed (was {old})"
    if kind == "role_changed":
        return f"unit {esc(subject)} role: {arrow(old, new)}"
    if kind == "unit_renamed":
        return f"unit written differently ({esc(subject)}): {arrow(old, new)}"
    if kind == "open_ended_changed":
        return f"open-ended (等) roles: {arrow(old, new)}"
    if kind == "target_added":
        return f"target {esc(subject)} added: {style.inserted(new)}"
    if kind == "target_removed":
        return f"target {esc(subject)} removed: {style.deleted(old)}"
    field = kind[len("target_") : -len("_changed")]
    return f"target {esc(subject)} {field}: {arrow(old, new)}"


def _groups(changes: list[Change]):
    """Consecutive changes by section path, then by task (``None`` for heading/notice changes)."""
    groups: list[tuple[str, list[tuple[Optional[str], list[Change]]]]] = []
    for change in changes:
        label = _path_label(change)
        if not groups or groups[-1][0] != label:
            groups.append((label, []))
        task_key = change.task if change.task is not None and change.kind not in ("task_added", "task_removed") else None
        blocks = groups[-1][1]
        if task_key is None or not blocks or blocks[-1][0] != task_key:
            blocks.append((task_key, []))
        blocks[-1][1].append(change)
    return groups


def _ids(block: list[Change], code) -> str:
    """The task's ids on each side, from whichever changes of the block carry them."""
    pairs = [_task_ids(c) for c in block]
    old_id = next((o for o, _ in pairs if o), None)
    new_id = next((n for _, n in pairs if n), None)
    return code(old_id) if old_id == new_id else f"{code(old_id)} → {code(new_id)}"


def render_text(changes: list[Change], colour: bool = False) -> str:
    """The default report: a line per section path, a line per task, a line per change."""
    style = _Style(colour, markdown=False)
    lines: list[str] = []
    for label, blocks in _groups(changes):
        if lines:
            lines.append("")
        lines.append(style.strong(label))
        for task_key, block in blocks:
            indent = "  "
            if task_key is not None:
                lines.append(f"  task {_one_line(task_key)} [{_ids(block, style.code)}]")
                indent = "    "
            for change in block:
                lines.append(indent + _describe(change, style))
    return "\n".join(lines) + "\n" if lines else ""


def render_markdown(changes: list[Change], old_name: str = "OLD", new_name: str = "NEW") -> str:
    """For review: a heading per section path, a bullet per change (per task, nested)."""
    style = _Style(False, markdown=True)
    count = f"{len(changes)} change" + ("" if len(changes) == 1 else "s")
    lines = [f"# fengong diff: `{path_text(old_name)}` → `{path_text(new_name)}`", "", f"{count}." if changes else "No differences."]
    for label, blocks in _groups(changes):
        lines += ["", f"## {style.esc(label)}", ""]
        for task_key, block in blocks:
            indent = ""
            if task_key is not None:
                lines.append(f"- task {style.esc(task_key)} ({_ids(block, style.code)})")
                indent = "  "
            for change in block:
                lines.append(f"{indent}- {_describe(change, style)}")
    return "\n".join(lines) + "\n"
