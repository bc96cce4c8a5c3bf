"""Reports of a diff: text (optionally coloured), JSON, Markdown."""

from __future__ import annotations

import json
from .. import rx as re
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
    if change.kind in ("metadata_changed", "unit_replaced", "notices_unrelated"):
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


def _joined(path: list, empty: str) -> str:
    return " > ".join(path) or empty


# kind → the line for one change of that kind: f(change, style, esc, arrow)
_LINES = {
    "metadata_changed": lambda c, s, esc, arrow: f"{c.subject}: {arrow(c.old, c.new)}",
    "section_added": lambda c, s, esc, arrow: f"heading added: {s.inserted(c.new)}",
    "section_removed": lambda c, s, esc, arrow: f"heading removed: {s.deleted(c.old)}",
    "section_renamed": lambda c, s, esc, arrow: f"heading renamed: {arrow(c.old, c.new)}",
    "section_renumbered": lambda c, s, esc, arrow: f"heading renumbered: {arrow(c.old, c.new)} ({esc(c.subject)})",
    "section_moved": lambda c, s, esc, arrow: f"heading moved: {arrow(_joined(c.old, '(top)'), _joined(c.new, '(top)'))}",
    "notices_unrelated": lambda c, s, esc, arrow: f"two unrelated notices (different 文号 and issuer): {esc(c.old)} | {esc(c.new)}",
    "task_added": lambda c, s, esc, arrow: f"task added: {s.inserted(c.new)}{_units(c, s)}",
    "task_removed": lambda c, s, esc, arrow: f"task removed: {s.deleted(c.old)}{_units(c, s)}",
    "items_renumbered": lambda c, s, esc, arrow: f"items {c.old} renumbered {c.subject} (now {c.new}; {c.count} tasks)",
    "unit_replaced": lambda c, s, esc, arrow: f"unit replaced in {c.count} tasks: {arrow(c.old, c.new)}",
    "task_moved": lambda c, s, esc, arrow: f"moved: {arrow(_joined(c.old, '(no section)'), _joined(c.new, '(no section)'))}",
    "task_renumbered": lambda c, s, esc, arrow: f"renumbered: {arrow(c.old, c.new)}",
    "task_reworded": lambda c, s, esc, arrow: f"reworded: {s.diff(c.diff or [])}",
    "assignment_added": lambda c, s, esc, arrow: f"unit {esc(c.subject)} added as {c.new}",
    "assignment_removed": lambda c, s, esc, arrow: f"unit {esc(c.subject)} removed (was {c.old})",
    "role_changed": lambda c, s, esc, arrow: f"unit {esc(c.subject)} role: {arrow(c.old, c.new)}",
    "unit_renamed": lambda c, s, esc, arrow: f"unit written differently ({esc(c.subject)}): {arrow(c.old, c.new)}",
    "open_ended_changed": lambda c, s, esc, arrow: f"open-ended (等) roles: {arrow(c.old, c.new)}",
    "deadline_changed": lambda c, s, esc, arrow: f"deadline: {arrow(c.old, c.new)}",
    "target_added": lambda c, s, esc, arrow: f"target {esc(c.subject)} added: {s.inserted(c.new)}",
    "target_removed": lambda c, s, esc, arrow: f"target {esc(c.subject)} removed: {s.deleted(c.old)}",
}


def _describe(change: Change, style: _Style) -> str:
    """One line for one change (without the task it belongs to)."""
    line = _LINES.get(change.kind)
    if line is not None:
        return line(change, style, style.esc, style.arrow)
    field = change.kind[len("target_") : -len("_changed")]
    return f"target {style.esc(change.subject)} {field}: {style.arrow(change.old, change.new)}"


ROLE_NAMES = {"lead": "牵头", "cooperate": "配合", "responsible": "责任"}


def _units(change: Change, style: _Style) -> str:
    """「 (牵头 A; 配合 B、C)」: the units of an added or removed task."""
    if not change.units:
        return ""
    by_role: dict[str, list[str]] = {}
    for role, unit in change.units:
        if unit not in by_role.setdefault(role, []):
            by_role[role].append(unit)
    return " (" + "; ".join(f"{ROLE_NAMES[r]} {style.esc('、'.join(u))}" for r, u in by_role.items()) + ")"


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


def summary_line(changes: list[Change]) -> str:
    """「12 changes: 1 task_removed, 1 items_renumbered」, kinds in :data:`KINDS` order."""
    from collections import Counter

    from .changes import KINDS

    counts = Counter(c.kind for c in changes)
    kinds = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
    return f"{len(changes)} change{'' if len(changes) == 1 else 's'}: {kinds}"


_STATUS = {"added": "only in NEW", "removed": "only in OLD", "unchanged": "no changes"}


def render_folders(notices: list[tuple[str, str, list[Change]]], fmt: str, old_name: str, new_name: str, colour: bool = False) -> str:
    """Two folders compared stem by stem: a summary line per notice, then each notice's changes."""
    if fmt == "json":
        return json.dumps({"notices": [
            {"stem": stem, "status": status, "summary": _counts(changes), "changes": [c.model_dump(mode="json") for c in changes]}
            for stem, status, changes in notices
        ]}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    lines = [f"{old_name} → {new_name}: {len(notices)} notices, {sum(s == 'changed' for _, s, _ in notices)} changed, "
             f"{sum(s == 'added' for _, s, _ in notices)} only in NEW, {sum(s == 'removed' for _, s, _ in notices)} only in OLD"]
    bullet = "- " if fmt == "md" else "  "
    for stem, status, changes in notices:
        lines.append(f"{bullet}{stem}: {_STATUS.get(status) or summary_line(changes)}")
    for stem, status, changes in notices:
        if changes:
            body = render_markdown(changes, f"{old_name}/{stem}", f"{new_name}/{stem}") if fmt == "md" else render_text(changes, colour)
            lines += ["", f"== {stem} ==" if fmt != "md" else "", body.rstrip("\n")]
    return "\n".join(lines) + "\n"


def _counts(changes: list[Change]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts
