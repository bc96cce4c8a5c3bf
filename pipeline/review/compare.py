"""Two revisions side by side: the changes of :func:`pipeline.diff.changes.diff_extractions` marked
in both texts, and the change list.

Every change ``n`` (its place in the list) marks what it is about on each side that has it, with
``data-c="c<n>"`` (so ``PAGE.html#c<n>`` and a click on the list scroll both texts to it),
``data-change`` (the change kind) and ``data-id`` (the id of the record on that side): a task's
text, a heading, an assignment (by unit and role), a target; inside a reworded task, the deleted
characters (``data-kind="del"``, old side) and the inserted ones (``data-kind="ins"``, new side).
"""

from __future__ import annotations

from typing import Any, NamedTuple, Optional

from ..diff.align import align_tasks
from ..diff.changes import Change, diff_extractions
from . import labels as L
from .marks import Mark, highlight
from .page import section_marks

CATEGORY = {
    "section_added": "added", "task_added": "added", "target_added": "added", "assignment_added": "added",
    "section_removed": "removed", "task_removed": "removed", "target_removed": "removed", "assignment_removed": "removed",
    "section_renamed": "reworded", "task_reworded": "reworded",
    "section_renumbered": "renumbered", "task_renumbered": "renumbered",
    "section_moved": "moved", "task_moved": "moved",
}
"""How a change is coloured; any other kind (roles, targets, metadata) is ``changed``."""

CATEGORY_LABELS = {"added": "新增", "removed": "删除", "reworded": "改写", "renumbered": "重新编号", "moved": "移动", "changed": "变更"}


class _Side:
    """One revision's records by id, and the marks put on its text."""

    def __init__(self, extraction, text: str):
        self.extraction, self.text = extraction, text
        self.tasks = {t.id: t for t in extraction.tasks}
        self.records = {r.id: r for r in [*extraction.sections, *extraction.tasks, *extraction.targets]}
        self.marks: list[Mark] = []

    def mark(self, span, key: str, change: Change, record_id: str, kind: str = "change", css: str = "") -> None:
        if span is not None:
            self.marks.append(Mark(span.start, span.end, kind, record_id, css=css or CATEGORY.get(change.kind, "changed"),
                                   title=L.label(L.CHANGES, change.kind), data=(("c", key), ("change", change.kind)),
                                   anchor=False, rank=1 if kind == "change" else 3))

    def record(self, record_id: Optional[str]):
        return self.records.get(record_id) if record_id else None


def _units(task, match) -> list:
    return [a for a in (task.assignments if task else []) if match(a)]


def _assignment_marks(key: str, change: Change, old: _Side, new: _Side) -> None:
    before, after = old.tasks.get(change.old_id or ""), new.tasks.get(change.new_id or "")
    kind, subject = change.kind, change.subject
    if kind == "assignment_removed":
        found = (_units(before, lambda a: a.unit == subject and a.role == change.old), [])
    elif kind == "assignment_added":
        found = ([], _units(after, lambda a: a.unit == subject and a.role == change.new))
    elif kind == "role_changed":
        now = _units(after, lambda a: a.role == change.new and a.unit == subject)
        names = {a.canonical for a in now}
        found = (_units(before, lambda a: a.role == change.old and (a.unit == subject or a.canonical in names)), now)
    elif kind == "unit_renamed":
        found = (_units(before, lambda a: a.unit == change.old), _units(after, lambda a: a.unit == change.new))
    else:  # open_ended_changed: the last unit of each role whose list gained or lost its 等
        roles = set(change.old or []) ^ set(change.new or [])
        found = (_last_of(before, roles), _last_of(after, roles))
    for side, task, assignments in ((old, before, found[0]), (new, after, found[1])):
        for a in assignments:
            side.mark(a.span, key, change, f"{task.id}.a{task.assignments.index(a)}")


def _last_of(task, roles: set) -> list:
    """The last assignment of each of ``roles`` in ``task`` (where a 等 stands or stood)."""
    found = []
    for role in sorted(roles):
        same = _units(task, lambda a: a.role == role)
        found.extend(same[-1:])
    return found


def _reworded_marks(key: str, change: Change, old: _Side, new: _Side) -> None:
    """The deleted characters on the old side, the inserted ones on the new side."""
    before, after = old.tasks.get(change.old_id or ""), new.tasks.get(change.new_id or "")
    if not (before and after and change.diff):
        return
    if old.text[before.span.start : before.span.end] != before.text or new.text[after.span.start : after.span.end] != after.text:
        return
    at = {"-": before.span.start, "+": after.span.start}
    for op, piece in change.diff:
        for sign, side, task in (("-", old, before), ("+", new, after)):
            if op in ("=", sign):
                if op == sign:
                    side.mark(_Span(at[sign], at[sign] + len(piece)), key, change, task.id, kind="del" if sign == "-" else "ins",
                              css="del" if sign == "-" else "ins")
                at[sign] += len(piece)


class _Span(NamedTuple):
    start: int
    end: int


def change_marks(changes: list[Change], old: _Side, new: _Side) -> None:
    """Put the marks of every change on both sides."""
    for n, change in enumerate(changes):
        key = f"c{n}"
        if change.kind in ("assignment_removed", "assignment_added", "role_changed", "unit_renamed", "open_ended_changed"):
            _assignment_marks(key, change, old, new)
            continue
        if change.kind == "deadline_changed":
            for side, task_id in ((old, change.old_id), (new, change.new_id)):
                for d in getattr(side.extraction, "deadlines", None) or []:
                    if task_id and d.task == task_id:
                        side.mark(d.span, key, change, d.id)
            continue
        if change.kind == "metadata_changed":
            field = {"title": "title_span", "doc_number": "doc_number_span"}.get(change.subject or "")
            for side in (old, new):
                span = getattr(side.extraction.notice, field) if field else None
                side.mark(span, key, change, change.subject or "")
            continue
        for side, record_id in ((old, change.old_id), (new, change.new_id)):
            record = side.record(record_id)
            if record is not None:
                side.mark(record.span, key, change, record.id)
        if change.kind == "task_reworded":
            _reworded_marks(key, change, old, new)


def _place(tasks: list, index: int, mapping: dict[str, str], other: dict) -> int:
    """Where in the other text the task ``tasks[index]`` (one side only) would stand: before the
    counterpart of the next aligned task, else after that of the previous one, else at the top."""
    for task in tasks[index + 1 :]:
        if task.id in mapping:
            return other[mapping[task.id]].span.start
    for task in reversed(tasks[:index]):
        if task.id in mapping:
            return other[mapping[task.id]].span.end
    return 0


def gap_marks(changes: list[Change], old: _Side, new: _Side) -> None:
    """An empty mark on the side without it where a task was removed or added, so a click on the
    change scrolls both texts to its place."""
    forward = align_tasks(old.extraction.tasks, new.extraction.tasks)
    backward = {b: a for a, b in forward.items()}
    order = {side: {t.id: i for i, t in enumerate(side.extraction.tasks)} for side in (old, new)}
    for n, change in enumerate(changes):
        if change.kind == "task_removed" and change.old_id in order[old]:
            at = _place(old.extraction.tasks, order[old][change.old_id], forward, new.tasks)
            new.marks.append(Mark(at, at, "gap", change.old_id, css="gap removed", title="此处删除了一项任务",
                                  data=(("c", f"c{n}"), ("change", change.kind)), anchor=False))
        elif change.kind == "task_added" and change.new_id in order[new]:
            at = _place(new.extraction.tasks, order[new][change.new_id], backward, old.tasks)
            old.marks.append(Mark(at, at, "gap", change.new_id, css="gap added", title="此处新增了一项任务",
                                  data=(("c", f"c{n}"), ("change", change.kind)), anchor=False))


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(_show(v) for v in value) if value else "（无）"
    if value in L.ROLES:
        return L.ROLES[value]
    return L.TARGET_KINDS[value] if value in ("goal", "amount") else str(value)


def _value(kind: str, value: Any) -> str:
    """A change's old or new value as shown: a path joined by ›, anything else by :func:`_show`."""
    if value is None:
        return ""
    if kind in ("task_moved", "section_moved") and isinstance(value, list):
        return " › ".join(value)
    return _show(value)


def change_rows(changes: list[Change]) -> list[dict[str, Any]]:
    rows = []
    for n, c in enumerate(changes):
        subject = L.label(L.METADATA, c.subject) if c.kind == "metadata_changed" else c.subject
        show_values = c.kind not in ("task_added", "task_removed", "task_reworded")
        rows.append({
            "key": f"c{n}", "kind": c.kind, "label": L.label(L.CHANGES, c.kind), "category": CATEGORY.get(c.kind, "changed"),
            "path": " › ".join(c.path), "task": c.task or "", "subject": subject or "",
            "old": _value(c.kind, c.old) if show_values else "", "new": _value(c.kind, c.new) if show_values else "",
            "diff": c.diff if c.kind == "task_reworded" else None,
            "text": (c.new or c.old) if c.kind in ("task_added", "task_removed") else "",
        })
    return rows


def render_compare(old: tuple, new: tuple, names: list[str]) -> str:
    """The side-by-side page of two revisions, each given as ``(extraction, text)``."""
    from .render import render

    changes = diff_extractions(old[0], new[0])
    sides = _Side(*old), _Side(*new)
    change_marks(changes, *sides)
    gap_marks(changes, *sides)
    counts: dict[str, int] = {}
    for c in changes:
        counts[CATEGORY.get(c.kind, "changed")] = counts.get(CATEGORY.get(c.kind, "changed"), 0) + 1
    return render(
        "compare.html.j2",
        names=names,
        titles=[side.extraction.notice.title or name for side, name in zip(sides, names)],
        texts=[highlight(side.text, [*section_marks(side.extraction), *side.marks]) for side in sides],
        changes=change_rows(changes),
        counts=[(CATEGORY_LABELS[k], k, counts[k]) for k in CATEGORY_LABELS if k in counts],
    )
