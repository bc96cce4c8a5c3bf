"""One notice's review page: the text with every record highlighted at its span, beside the task
list, the units and the diagnostics.

Highlights (``data-kind``; ``data-id`` is the record id):

- ``heading`` / ``box``: a section's heading line (id: the section id);
- ``task``: a task's text (id: the task id, so ``PAGE.html#<task id>`` jumps to it);
- ``unit``: an assignment, ``data-role`` lead / cooperate / responsible (id: ``<task id>.a<n>``);
- ``mention``: a unit named in the prose (id: ``<task id>.m<n>``);
- ``clause``: a clause of the task's block that names no unit, ``data-clause-kind`` carry_over or a
  declared convention (id: ``<task id>.c<n>``), when the extraction records them;
- ``target``: ``data-target-kind`` goal / amount when the extraction says (id: the target id);
- ``deadline``: ``data-deadline-kind`` (id: the deadline id), when the extraction has deadlines;
- ``diagnostic``: the line a diagnostic names (id: ``d<n>``, its place in ``diagnostics``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import labels as L
from .marks import Mark, highlight, line_span, line_starts
from .render import render

# Nesting of marks with the same span: lower is outer.
RANK = {"diagnostic": 0, "heading": 1, "box": 1, "task": 2, "clause": 3, "deadline": 3, "target": 4, "unit": 5, "mention": 6}


def deadlines_of(extraction) -> list:
    """The extraction's deadlines; none for an extraction made before they were recorded."""
    return list(getattr(extraction, "deadlines", None) or [])


def target_kind(target) -> str | None:
    return getattr(target, "kind", None)


def section_marks(extraction) -> list[Mark]:
    return [
        Mark(s.span.start, s.span.end, s.kind, s.id, css=f"sec {s.kind}", title=f"{L.label(L.SECTION_KINDS, s.kind)}：{s.label}{s.title}", rank=RANK[s.kind])
        for s in extraction.sections
    ]


def task_marks(task, index: int) -> list[Mark]:
    """The task's text, its assignments and the units its prose mentions."""
    span = task.span
    marks = [
        Mark(span.start, span.end, "task", task.id, css="task alt" if index % 2 else "task", title=" › ".join(task.path), rank=RANK["task"])
    ]
    for n, a in enumerate(task.assignments):
        role = L.label(L.ROLES, a.role)
        marks.append(
            Mark(
                a.span.start,
                a.span.end,
                "unit",
                f"{task.id}.a{n}",
                css=f"unit {a.role}" + ("" if a.resolved else " unresolved"),
                title=f"{role}：{a.canonical}" + ("" if a.resolved else "（未识别）"),
                data=(("role", a.role), ("unit", a.canonical), ("task", task.id)),
                anchor=False,
                rank=RANK["unit"],
            )
        )
    for n, c in enumerate(getattr(task, "clauses", None) or []):
        marks.append(
            Mark(c.span.start, c.span.end, "clause", f"{task.id}.c{n}", css="clause", title=f"{L.label(L.CLAUSE_KINDS, c.kind)}：{c.text}",
                 data=(("clause-kind", c.kind), ("task", task.id)), anchor=False, rank=RANK["clause"])
        )
    for n, m in enumerate(task.mentions):
        marks.append(
            Mark(m.span.start, m.span.end, "mention", f"{task.id}.m{n}", css="mention", title=f"提及：{m.canonical}",
                 data=(("unit", m.canonical), ("task", task.id)), anchor=False, rank=RANK["mention"])
        )
    return marks


def target_marks(extraction) -> list[Mark]:
    marks = []
    for t in extraction.targets:
        kind = target_kind(t)
        marks.append(
            Mark(t.span.start, t.span.end, "target", t.id, css=f"target {kind or 'goal'}",
                 title=f"{L.label(L.TARGET_KINDS, kind)}：{t.indicator} {t.value_text}".rstrip(),
                 data=(("target-kind", kind or ""), ("task", t.task)), rank=RANK["target"])
        )
    for d in deadlines_of(extraction):
        marks.append(
            Mark(d.span.start, d.span.end, "deadline", d.id, css="deadline", title=f"时限（{L.label(L.DEADLINE_KINDS, d.kind)}）：{d.text}",
                 data=(("deadline-kind", d.kind), ("task", d.task or "")), rank=RANK["deadline"])
        )
    return marks


def diagnostic_marks(extraction, text: str) -> list[Mark]:
    starts = line_starts(text)
    marks = []
    for n, d in enumerate(extraction.diagnostics):
        where = line_span(starts, text, d.line) if d.line else None
        if where and where[1] > where[0]:
            marks.append(Mark(*where, "diagnostic", f"d{n}", css="diag", title=f"{L.label(L.DIAGNOSTICS, d.code)}：{d.message}", rank=RANK["diagnostic"]))
    return marks


def record_marks(extraction, text: str) -> list[Mark]:
    """Every highlight of the notice's records."""
    marks = section_marks(extraction) + target_marks(extraction) + diagnostic_marks(extraction, text)
    for index, task in enumerate(extraction.tasks):
        marks.extend(task_marks(task, index))
    return marks


def task_groups(extraction) -> list[dict[str, Any]]:
    """The task list, a group per section path: each task with its units by role, targets, deadlines."""
    targets = defaultdict(list)
    for t in extraction.targets:
        targets[t.task].append(t)
    deadlines = defaultdict(list)
    for d in deadlines_of(extraction):
        deadlines[d.task].append(d)
    groups: list[dict[str, Any]] = []
    for task in extraction.tasks:
        path = " › ".join(task.path)
        if not groups or groups[-1]["path"] != path:
            groups.append({"path": path, "tasks": []})
        groups[-1]["tasks"].append(_task_row(task, targets[task.id], deadlines[task.id]))
    return groups


def _task_row(task, targets: list, deadlines: list) -> dict[str, Any]:
    roles = []
    for role, name in L.ROLES.items():
        units = [a for a in task.assignments if a.role == role]
        if units:
            roles.append({"role": role, "label": name, "units": units, "open": role in task.open_ended})
    implied = [{"role": a.role, "label": L.label(L.ROLES, a.role), "unit": a.unit, "canonical": a.canonical, "source": a.source}
               for a in getattr(task, "implied", None) or []]
    return {
        "id": task.id,
        "label": task.label,
        "implied": implied,
        "text": " ".join(task.text.split()),
        "line": task.span.line,
        "roles": roles,
        "targets": [{"id": t.id, "kind": target_kind(t) or "goal", "kind_label": L.label(L.TARGET_KINDS, target_kind(t)),
                     "text": f"{t.indicator} {t.value_text}".strip()} for t in targets],
        "deadlines": [{"id": d.id, "text": d.text, "kind": L.label(L.DEADLINE_KINDS, d.kind)} for d in deadlines],
    }


def unit_rows(extraction) -> list[dict[str, Any]]:
    """Every assigned unit (canonical name) with its tasks per role, most tasks first."""
    tasks: dict[str, set] = defaultdict(set)
    roles: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    resolved: dict[str, bool] = {}
    for task in extraction.tasks:
        for a in task.assignments:
            tasks[a.canonical].add(task.id)
            roles[a.canonical][a.role] += 1
            resolved[a.canonical] = resolved.get(a.canonical, True) and a.resolved
    rows = [
        {"name": name, "count": len(ids), "resolved": resolved[name],
         "roles": [(role, L.ROLES[role], roles[name][role]) for role in L.ROLES if roles[name][role]]}
        for name, ids in tasks.items()
    ]
    return sorted(rows, key=lambda r: (-r["count"], r["name"]))


def diagnostic_rows(extraction, text: str) -> list[dict[str, Any]]:
    starts = line_starts(text)
    rows = []
    for n, d in enumerate(extraction.diagnostics):
        where = line_span(starts, text, d.line) if d.line else None
        excerpt = " ".join(text[where[0] : where[1]].split()) if where else ""
        rows.append({"id": f"d{n}" if where and where[1] > where[0] else f"L{d.line}" if where else "",
                     "label": L.label(L.DIAGNOSTICS, d.code), "code": d.code, "message": d.message,
                     "help": L.DIAGNOSTIC_HELP.get(d.code, d.message),
                     "line": d.line, "excerpt": excerpt[:80] + ("…" if len(excerpt) > 80 else ""), "level": d.level})
    return rows


def render_page(extraction, text: str, name: str) -> str:
    """The review page of one notice; ``text`` is what its spans point into, ``name`` names the input."""
    notice = extraction.notice
    counts = {
        "tasks": len(extraction.tasks),
        "assignments": sum(len(t.assignments) for t in extraction.tasks),
        "targets": len(extraction.targets),
        "deadlines": len(deadlines_of(extraction)),
    }
    return render(
        "page.html.j2",
        name=name,
        notice=notice,
        title=notice.title or name,
        counts=counts,
        has_deadlines=hasattr(extraction, "deadlines"),
        text_html=highlight(text, record_marks(extraction, text)),
        groups=task_groups(extraction),
        units=unit_rows(extraction),
        diagnostics=diagnostic_rows(extraction, text),
    )
