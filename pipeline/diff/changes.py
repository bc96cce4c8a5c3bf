"""Compare two extractions of a notice: align sections, tasks and targets, list what changed.

Pure functions on two :class:`~pipeline.records.Extraction` records; ``fengong diff`` is a thin layer
over :func:`diff_extractions` (alignment in :mod:`.align`, reports in :mod:`.render`).

A task whose section is aligned with its new section is never "moved", whatever its path strings
say (a renamed heading changes the path of every task under it: that is one ``section_renamed``).
A task whose text is the same but for its item number or its 专栏 numbers is ``task_renumbered``,
never ``task_reworded``.
"""

from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict

from ..records import Extraction, Section, Target, Task
from ..records import section_paths as heading_paths
from ..vocabulary import BOX_NUMBER
from .align import _content, _key, align_sections, align_targets, align_tasks, char_diff
from .quiet import quiet


KINDS = (
    "notices_unrelated",
    "metadata_changed",
    "section_added",
    "section_removed",
    "section_renamed",
    "section_renumbered",
    "section_moved",
    "task_added",
    "task_removed",
    "task_moved",
    "task_renumbered",
    "items_renumbered",
    "task_reworded",
    "assignment_removed",
    "assignment_added",
    "role_changed",
    "unit_renamed",
    "unit_replaced",
    "open_ended_changed",
    "target_added",
    "target_removed",
    "target_value_changed",
    "target_unit_changed",
    "target_comparator_changed",
    "target_kind_changed",
    "target_benchmark_changed",
    "target_pending_changed",
    "target_year_changed",
    "target_annual_changed",
    "target_baseline_changed",
    "deadline_changed",
)
"""Every change kind, in the order changes of one record are listed."""

METADATA_FIELDS = ("title", "doc_number", "issuer", "date", "source_site", "addressees")


class Change(BaseModel):
    """One difference between OLD and NEW.

    ``old_id``/``new_id`` are the ids of the record that changed on each side (a section, a task or
    a target; for assignment and open-ended changes, the task). ``path`` is the section path (the
    new side's when the record exists there). ``task`` names the task a change belongs to (its item
    number and the start of its text). ``subject`` is the unit, the target's indicator or the
    metadata field. ``diff`` is the character-level diff of a reworded task:
    ``[["=", same], ["-", deleted], ["+", inserted], …]``. ``old_line``/``new_line`` are the lines
    of the record on each side. ``units`` lists the ``[role, unit]`` of an added or removed task;
    ``count`` is how many tasks a run of renumbered items or a replaced unit covers.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    path: list[str]
    old_id: Optional[str] = None
    new_id: Optional[str] = None
    task: Optional[str] = None
    subject: Optional[str] = None
    old: Any = None
    new: Any = None
    diff: Optional[list[tuple[str, str]]] = None
    old_line: Optional[int] = None
    new_line: Optional[int] = None
    units: Optional[list[tuple[str, str]]] = None
    count: Optional[int] = None


# ---------------------------------------------------------------------------------------------
# The diff


def section_paths(sections: list[Section]) -> dict[str, list[str]]:
    """Section id → the headings from the top down to it, named as in the tasks' paths."""
    return dict(zip([s.id for s in sections], heading_paths(sections)))


def task_name(task: Task, width: int = 24) -> str:
    """The item number and the start of the text: how a task is named in a report."""
    text = " ".join(task.text.split())
    short = text if len(text) <= width else text[:width] + "…"
    return f"{task.label}{short}"


def _labels(task: Task) -> str:
    """The numbers a task carries: its item number and the 专栏 numbers in its text (its boxes'
    and any it refers to) — what :func:`_content` leaves out."""
    return " ".join([task.label] * bool(task.label) + BOX_NUMBER.findall(_key(task.text)))


class _Diff:
    """Collects changes with a position in the new document so that the report reads in order."""

    def __init__(self, old: Extraction, new: Extraction) -> None:
        self.items: list[tuple[tuple, Change]] = []
        self.lines = [_lines(old), _lines(new)]

    def add(self, order: tuple, kind: str, **fields: Any) -> None:
        lines = dict(old_line=self.lines[0].get(fields.get("old_id")), new_line=self.lines[1].get(fields.get("new_id")))
        if kind == "metadata_changed":
            lines = _metadata_lines(fields["subject"], self.lines)
        self.items.append(((*order, KINDS.index(kind), len(self.items)), Change(kind=kind, **fields, **lines)))

    def changes(self) -> list[Change]:
        return [change for _, change in sorted(self.items, key=lambda item: item[0])]


def _lines(extraction: Extraction) -> dict:
    """Record id → its line: sections, tasks, targets; ``title``/``doc_number`` → their lines."""
    lines: dict = {r.id: r.span.line for r in [*extraction.sections, *extraction.tasks, *extraction.targets]}
    for field in ("title", "doc_number"):
        span = getattr(extraction.notice, f"{field}_span")
        lines[("notice", field)] = span.line if span else None
    return lines


def _metadata_lines(field: str, lines: list[dict]) -> dict:
    return dict(old_line=lines[0].get(("notice", field)), new_line=lines[1].get(("notice", field)))


def _units_of(task: Task) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in task.assignments]


def _anchors(old_records, mapping: dict[str, str], new_start: dict[str, int]) -> dict[str, tuple]:
    """Order key of every old record: its new position, or (for a removed one) just after the
    new position of the nearest aligned record before it."""
    anchors: dict[str, tuple] = {}
    anchor = -1
    for record in sorted(old_records, key=lambda r: r.span.start):
        if record.id in mapping:
            anchor = new_start[mapping[record.id]]
            anchors[record.id] = (anchor, 0, 0)
        else:
            anchors[record.id] = (anchor, 1, record.span.start)
    return anchors


def diff_extractions(old: Extraction, new: Extraction) -> list[Change]:
    """Every change from ``old`` to ``new``, in the order of the new document."""
    if unrelated(old, new):
        return [Change(kind="notices_unrelated", path=[], old=_identity(old), new=_identity(new))]
    out = _Diff(old, new)
    for field in METADATA_FIELDS:
        before, after = getattr(old.notice, field), getattr(new.notice, field)
        if before != after:
            out.add((-1, 0, 0), "metadata_changed", path=[], subject=field, old=before, new=after)
    section_map = align_sections(old.sections, new.sections)
    task_map = align_tasks(old.tasks, new.tasks)
    new_start = {r.id: r.span.start for r in [*new.sections, *new.tasks]}
    order = _anchors([*old.sections, *old.tasks], {**section_map, **task_map}, new_start)
    _diff_sections(out, order, section_map, old, new)
    _diff_tasks(out, order, section_map, task_map, old, new)
    return quiet(out.changes(), old, new)


def _diff_sections(out: _Diff, order: dict, section_map: dict[str, str], old: Extraction, new: Extraction) -> None:
    new_sections = {s.id: s for s in new.sections}
    old_paths, new_paths = section_paths(old.sections), section_paths(new.sections)
    for section in old.sections:
        path = old_paths[section.id]
        if section.id not in section_map:
            out.add(order[section.id], "section_removed", path=path, old_id=section.id, old=path[-1])
            continue
        other = new_sections[section_map[section.id]]
        where = dict(path=new_paths[other.id], old_id=section.id, new_id=other.id)
        if _key(section.title) != _key(other.title):
            out.add(order[section.id], "section_renamed", **where, old=section.title, new=other.title)
        if section.label != other.label:
            out.add(order[section.id], "section_renumbered", **where, subject=other.title, old=section.label, new=other.label)
        parent = section_map.get(section.parent) if section.parent else None
        if parent != other.parent:
            out.add(order[section.id], "section_moved", **where, old=path[:-1], new=where["path"][:-1])
    mapped_sections = set(section_map.values())
    for section in new.sections:
        if section.id not in mapped_sections:
            path = new_paths[section.id]
            out.add((section.span.start, 0, 0), "section_added", path=path, new_id=section.id, new=path[-1])


def _diff_tasks(out: _Diff, order: dict, section_map: dict[str, str], task_map: dict[str, str], old: Extraction, new: Extraction) -> None:
    new_tasks = {t.id: t for t in new.tasks}
    old_targets = {t.id: t for t in old.targets}
    new_targets = {t.id: t for t in new.targets}
    old_deadlines, new_deadlines = _deadlines_by_task(old), _deadlines_by_task(new)
    for task in old.tasks:
        if task.id not in task_map:
            out.add(order[task.id], "task_removed", path=task.path, old_id=task.id, task=task_name(task), old=task.text, units=_units_of(task))
            continue
        other = new_tasks[task_map[task.id]]
        at = order[task.id]
        where = dict(path=other.path, old_id=task.id, new_id=other.id, task=task_name(other))
        section = section_map.get(task.section) if task.section else None
        if section != other.section:
            out.add(at, "task_moved", **where, old=task.path, new=other.path)
        _diff_text(out, at, where, task, other)
        _diff_assignments(out, at, where, task, other)
        _diff_deadlines(out, at, where, old_deadlines.get(task.id, []), new_deadlines.get(other.id, []))
        before = [old_targets[t] for t in task.targets if t in old_targets]
        _diff_targets(out, at, other, before, [new_targets[t] for t in other.targets if t in new_targets])
    mapped_tasks = set(task_map.values())
    for task in new.tasks:
        if task.id not in mapped_tasks:
            out.add((task.span.start, 0, 0), "task_added", path=task.path, new_id=task.id, task=task_name(task), new=task.text, units=_units_of(task))


def unrelated(old: Extraction, new: Extraction) -> bool:
    """Two different notices, not two revisions of one: different 文号 and different issuers."""
    a, b = old.notice, new.notice
    return bool(a.doc_number and b.doc_number and a.doc_number != b.doc_number and a.issuer and b.issuer and a.issuer != b.issuer)


def _identity(extraction: Extraction) -> str:
    notice = extraction.notice
    return " ".join(v for v in (notice.doc_number, notice.issuer, notice.title) if v)


def _diff_text(out: _Diff, at: tuple, where: dict, old: Task, new: Task) -> None:
    """Renumbered (item or 专栏 numbers) and reworded (anything else): a task's text, in two parts."""
    if old.text == new.text and old.label == new.label:
        return
    labels = _labels(old), _labels(new)
    if labels[0] != labels[1]:
        out.add(at, "task_renumbered", **where, old=labels[0], new=labels[1])
    if _content(old.text) != _content(new.text):
        out.add(at, "task_reworded", **where, old=old.text, new=new.text, diff=char_diff(old.text, new.text))


_ROLES = ("lead", "cooperate", "responsible")


def _roles(task: Task) -> dict[str, dict[str, str]]:
    """canonical → role → the unit as written (first occurrence)."""
    found: dict[str, dict[str, str]] = {}
    for a in task.assignments:
        found.setdefault(a.canonical, {}).setdefault(a.role, a.unit)
    return found


def _same_written(before: dict, after: dict) -> None:
    """A unit whose canonical name changed (an older dictionary) but is written the same is one unit:
    ``before`` is re-keyed by the new canonical name."""
    written_after = {unit: canonical for canonical, units in after.items() for unit in units.values()}
    for canonical in [c for c in before if c not in after]:
        other = next((written_after[u] for u in before[canonical].values() if written_after.get(u) and written_after[u] not in before), None)
        if other:
            before[other] = before.pop(canonical)


def _diff_assignments(out: _Diff, at: tuple, where: dict, old: Task, new: Task) -> None:
    before, after = _roles(old), _roles(new)
    _same_written(before, after)
    for canonical in sorted(set(before) | set(after), key=lambda c: _first_position(c, old, new)):
        _diff_unit(out, at, where, canonical, before.get(canonical, {}), after.get(canonical, {}))
    if old.open_ended != new.open_ended:
        out.add(at, "open_ended_changed", **where, old=list(old.open_ended), new=list(new.open_ended))


def _diff_unit(out: _Diff, at: tuple, where: dict, canonical: str, was: dict[str, str], now: dict[str, str]) -> None:
    """One unit's roles in one task: a role changed, roles removed or added, a name written differently."""
    gone = [r for r in _ROLES if r in was and r not in now]
    came = [r for r in _ROLES if r in now and r not in was]
    if len(gone) == 1 and len(came) == 1:
        name = next(iter(now.values()), None) or next(iter(was.values()))
        out.add(at, "role_changed", **where, subject=name, old=gone[0], new=came[0])
    else:
        for role in gone:
            out.add(at, "assignment_removed", **where, subject=was[role], old=role)
        for role in came:
            out.add(at, "assignment_added", **where, subject=now[role], new=role)
    _written_differently(out, at, where, canonical, was, now)


def _written_differently(out: _Diff, at: tuple, where: dict, canonical: str, was: dict[str, str], now: dict[str, str]) -> None:
    for role in [r for r in _ROLES if r in was and r in now and was[r] != now[r]]:
        out.add(at, "unit_renamed", **where, subject=canonical, old=was[role], new=now[role])


def _first_position(canonical: str, old: Task, new: Task) -> tuple:
    """Units in the order they are listed (new side first), so the report follows the notice."""
    for side, task in ((0, new), (1, old)):
        for index, a in enumerate(task.assignments):
            if a.canonical == canonical:
                return (side, index)
    return (2, 0)


# A target's fields compared as they are; each difference is one change 「target_<field>_changed」.
COMPARED_TARGET_FIELDS = ("comparator", "kind", "benchmark", "year", "annual")


def _diff_targets(out: _Diff, at: tuple, task: Task, old: list[Target], new: list[Target]) -> None:
    base = dict(path=task.path, task=task_name(task))
    for before, after in align_targets(old, new):
        ids = dict(old_id=before.id if before else None, new_id=after.id if after else None)
        if after is None:
            out.add(at, "target_removed", **base, **ids, subject=before.indicator, old=before.value_text)
            continue
        if before is None:
            out.add(at, "target_added", **base, **ids, subject=after.indicator, new=after.value_text)
            continue
        subject = dict(**base, **ids, subject=after.indicator)
        if before.pending != after.pending:
            # 「*」 became a number (or back): one change, the values as written.
            out.add(at, "target_pending_changed", **subject, old=before.value_text, new=after.value_text)
        else:
            if _value(before) != _value(after):
                out.add(at, "target_value_changed", **subject, old=before.value_text, new=after.value_text)
            if before.unit != after.unit:
                out.add(at, "target_unit_changed", **subject, old=before.unit, new=after.unit)
        for field in COMPARED_TARGET_FIELDS:
            if (was := getattr(before, field)) != (now := getattr(after, field)):
                out.add(at, f"target_{field}_changed", **subject, old=was, new=now)
        if (before.baseline, before.baseline_year) != (after.baseline, after.baseline_year):
            out.add(at, "target_baseline_changed", **subject, old=_baseline(before), new=_baseline(after))


def _deadlines_by_task(extraction: Extraction) -> dict[str, list[str]]:
    """Each task's deadlines as written (「2026年底前」, 「每年」), in text order."""
    found: dict[str, list[str]] = {}
    for deadline in extraction.deadlines:
        if deadline.task:
            found.setdefault(deadline.task, []).append(deadline.text)
    return found


def _diff_deadlines(out: _Diff, at: tuple, where: dict, old: list[str], new: list[str]) -> None:
    """A task's deadline set, moved or dropped (「2026年底前」 → 「2027年6月底前」): one change."""
    if old != new:
        out.add(at, "deadline_changed", **where, old=old, new=new)


def _value(target: Target) -> tuple:
    """What a value change compares: the number or range (a pending value as written)."""
    return (target.value, target.range, target.value_text if target.pending else "")


def _baseline(target: Target) -> Optional[str]:
    if target.baseline is None and target.baseline_year is None:
        return None
    value = "" if target.baseline is None else f"{target.baseline:g}"
    return f"{value} ({target.baseline_year})" if target.baseline_year else value


def link_tasks(old_tasks: list, new_tasks: list, old_sections: list, new_sections: list) -> list[tuple[Optional[str], Optional[str], str]]:
    """The diff's alignment as links ``(old task id, new task id, change)``, in the new document's
    order and then the removed ones: change is ``kept``, ``added``, ``removed``, or what differs among
    ``moved``, ``renumbered`` and ``reworded`` joined by ``,``. Records need only the fields the
    alignment reads (sections: id, parent, kind, level, label, title; tasks: id, section, label, text)."""
    section_map = align_sections(old_sections, new_sections)
    task_map = align_tasks(old_tasks, new_tasks)
    back = {new: old for old, new in task_map.items()}
    old_by_id = {t.id: t for t in old_tasks}
    links: list[tuple[Optional[str], Optional[str], str]] = []
    for task in new_tasks:
        if task.id not in back:
            links.append((None, task.id, "added"))
            continue
        old = old_by_id[back[task.id]]
        what = []
        if (section_map.get(old.section) if old.section else None) != task.section:
            what.append("moved")
        if _labels(old) != _labels(task):
            what.append("renumbered")
        if _content(old.text) != _content(task.text):
            what.append("reworded")
        links.append((old.id, task.id, ",".join(what) or "kept"))
    links.extend((t.id, None, "removed") for t in old_tasks if t.id not in task_map)
    return links
