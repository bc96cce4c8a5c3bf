"""Compare two extractions of a notice: align sections, tasks and targets, list what changed.

Pure functions on two :class:`~pipeline.records.Extraction` records; ``fengong diff`` is a thin layer
over :func:`diff_extractions` and the renderers below.

Alignment, for each kind of record:

- **sections**: by id (a hash of the heading title, so renumbered headings keep it); then by
  position — same kind and level, an aligned parent and the same label (a renamed heading); then by
  title similarity (same kind and level, ratio ≥ :data:`SECTION_THRESHOLD`).
- **tasks**: by id (a hash of the text without its item number); then by the text compared as ids
  hash it — folded, without whitespace or 专栏 numbers (a repeated text's id counts its
  occurrences, and an older extraction may hash differently); then by content similarity —
  :class:`difflib.SequenceMatcher` ratio on the folded text, best pair first, ratio ≥
  :data:`TASK_THRESHOLD`. 0.8 lies above the most similar pair of *different* tasks in the
  reference notice (0.774: 城镇/农村常住居民人均可支配收入…) and below every reworded task in the
  test revisions; two tasks less alike than that are reported as removed and added.
- **targets**: within an aligned pair of tasks, by the indicator part of the id (``.g<hash>``), then
  by indicator similarity (≥ :data:`TARGET_THRESHOLD`).
- **assignments**: within an aligned pair of tasks, per unit (canonical name, then name as written).

A task whose section is aligned with its new section is never "moved", whatever its path strings
say (a renamed heading changes the path of every task under it: that is one ``section_renamed``).
A task whose text is the same but for its item number or its 专栏 numbers is ``task_renumbered``,
never ``task_reworded``.
"""

from __future__ import annotations

import difflib
import json
import re
from typing import Any, Iterable, Optional

from pydantic import BaseModel, ConfigDict

from ..normalize import fold
from ..records import Extraction, Section, Target, Task
from ..assemble import section_paths as heading_paths
from ..vocabulary import BOX_NUMBER

TASK_THRESHOLD = 0.8
SECTION_THRESHOLD = 0.6
TARGET_THRESHOLD = 0.5

KINDS = (
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
    "task_reworded",
    "assignment_removed",
    "assignment_added",
    "role_changed",
    "unit_renamed",
    "open_ended_changed",
    "target_added",
    "target_removed",
    "target_value_changed",
    "target_unit_changed",
    "target_comparator_changed",
    "target_pending_changed",
    "target_year_changed",
    "target_annual_changed",
    "target_baseline_changed",
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
    ``[["=", same], ["-", deleted], ["+", inserted], …]``.
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


# ---------------------------------------------------------------------------------------------
# Normalising and comparing text


def _key(text: str) -> str:
    """Folded, without whitespace: what ids are hashed from."""
    return "".join(fold(text).split())


def _content(text: str) -> str:
    """The key without 专栏 numbers, as task ids hash it: equal contents mean the same task, at most
    renumbered (:func:`_labels` lists what this leaves out)."""
    return BOX_NUMBER.sub("专栏", _key(text))


def similarity(a: str, b: str) -> float:
    """Ratio of two texts compared folded and without whitespace (0.0–1.0)."""
    return difflib.SequenceMatcher(None, _key(a), _key(b), autojunk=False).ratio()


def _ratio(matcher: difflib.SequenceMatcher, floor: float) -> float:
    """The matcher's ratio, or 0.0 as soon as its cheap upper bounds fall below ``floor``."""
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def char_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Character-level diff as ``[(op, text)]`` with op ``=``, ``-`` or ``+``.

    Equal runs of one or two characters between two edits are folded into the edits, so a changed
    phrase reads as one deletion and one insertion rather than a comb of single characters.
    """
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    pieces: list[list] = []  # [op, old_text, new_text]
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pieces.append(["=" if tag == "equal" else "~", old[i1:i2], new[j1:j2]])
    merged: list[list] = []
    for index, piece in enumerate(pieces):
        short_gap = (
            piece[0] == "="
            and len(piece[1]) <= 2
            and 0 < index < len(pieces) - 1
            and pieces[index - 1][0] == "~"
            and pieces[index + 1][0] == "~"
        )
        if short_gap or (piece[0] == "~" and merged and merged[-1][0] == "~"):
            if not merged or merged[-1][0] != "~":
                merged.append(["~", "", ""])
            merged[-1][1] += piece[1]
            merged[-1][2] += piece[2]
        else:
            merged.append(list(piece))
    _whole_numbers(merged)
    result: list[tuple[str, str]] = []
    for op, a, b in merged:
        sides = [("=", a)] if op == "=" else [("-", a), ("+", b)]
        result.extend((sign, text) for sign, text in sides if text)
    return result


_NUMERIC = "0123456789."


def _whole_numbers(pieces: list[list]) -> None:
    """Widen each edit that touches a number to the whole number: 4[-5.22-]{+6+} → [-45.22-]{+46+}."""
    for index, piece in enumerate(pieces):
        if piece[0] != "~":
            continue
        before = pieces[index - 1] if index > 0 and pieces[index - 1][0] == "=" else None
        after = pieces[index + 1] if index + 1 < len(pieces) and pieces[index + 1][0] == "=" else None
        if before and any(side[:1] in _NUMERIC for side in piece[1:] if side):
            n = len(before[1]) - len(before[1].rstrip(_NUMERIC))
            if n:
                moved = before[1][-n:]
                before[1] = before[2] = before[1][:-n]
                piece[1], piece[2] = moved + piece[1], moved + piece[2]
        if after and any(side[-1:] in _NUMERIC for side in piece[1:] if side):
            n = len(after[1]) - len(after[1].lstrip(_NUMERIC))
            if n:
                moved = after[1][:n]
                after[1] = after[2] = after[1][n:]
                piece[1], piece[2] = piece[1] + moved, piece[2] + moved


# ---------------------------------------------------------------------------------------------
# Alignment


def _greedy(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Best pairs first (ties: earlier old, then earlier new); each side used once."""
    chosen, used_old, used_new = [], set(), set()
    for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if i in used_old or j in used_new:
            continue
        chosen.append((i, j))
        used_old.add(i)
        used_new.add(j)
    return chosen


def _same_ids(old: list, new: list) -> dict[str, str]:
    """The first step of aligning sections and tasks: a record whose id is on both sides."""
    new_ids = {r.id for r in new}
    return {r.id: r.id for r in old if r.id in new_ids}


def _by_similarity(rest_old: list[tuple[int, Any]], rest_new: list[tuple[int, Any]], text, threshold: float, compatible=None) -> list[tuple[int, int]]:
    """Best pairs of the not yet aligned ``(index, record)`` by :func:`_ratio` of ``text(record)``,
    at least ``threshold``; ``compatible(a, b)`` limits the pairs compared.

    Keys are computed once per record, and difflib analyses each new key once (``set_seq2``, which
    it caches) for all the old keys compared with it.
    """
    old_keys = [(i, a, _key(text(a))) for i, a in rest_old]
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    scores = []
    for j, b in rest_new:
        matcher.set_seq2(_key(text(b)))
        for i, a, key_a in old_keys:
            if compatible is None or compatible(a, b):
                matcher.set_seq1(key_a)
                score = _ratio(matcher, threshold)
                if score >= threshold:
                    scores.append((score, i, j))
    return _greedy(scores)


def align_sections(old: list[Section], new: list[Section]) -> dict[str, str]:
    """Old section id → new section id for the sections that correspond."""
    mapping = _same_ids(old, new)
    taken = set(mapping.values())
    # A renamed heading keeps its place: same kind, level, label, and an aligned parent.
    for section in old:
        if section.id in mapping:
            continue
        parent = mapping.get(section.parent) if section.parent else None
        if section.parent and parent is None:
            continue
        candidate = next(
            (
                c
                for c in new
                if c.id not in taken
                and (c.kind, c.level, c.label, c.parent) == (section.kind, section.level, section.label, parent)
            ),
            None,
        )
        if candidate is not None:
            mapping[section.id] = candidate.id
            taken.add(candidate.id)
    rest_old = [(i, s) for i, s in enumerate(old) if s.id not in mapping]
    rest_new = [(j, s) for j, s in enumerate(new) if s.id not in taken]
    for i, j in _by_similarity(rest_old, rest_new, lambda s: s.title, SECTION_THRESHOLD, _same_rank):
        mapping[old[i].id] = new[j].id
    return mapping


def _same_rank(a: Section, b: Section) -> bool:
    return (a.kind, a.level) == (b.kind, b.level)


def align_tasks(old: list[Task], new: list[Task]) -> dict[str, str]:
    """Old task id → new task id: by id, then by content without 专栏 numbers, then by similarity."""
    mapping = _same_ids(old, new)
    taken = set(mapping.values())
    by_content: dict[str, list[Task]] = {}
    for task in new:
        if task.id not in taken:
            by_content.setdefault(_content(task.text), []).append(task)
    for task in old:
        if task.id in mapping:
            continue
        candidate = next((t for t in by_content.get(_content(task.text), []) if t.id not in taken), None)
        if candidate is not None:
            mapping[task.id] = candidate.id
            taken.add(candidate.id)
    rest_old = [(i, t) for i, t in enumerate(old) if t.id not in mapping]
    rest_new = [(j, t) for j, t in enumerate(new) if t.id not in taken]
    for i, j in _by_similarity(rest_old, rest_new, lambda t: t.text, TASK_THRESHOLD):
        mapping[old[i].id] = new[j].id
    return mapping


def _target_key(target: Target) -> str:
    return target.id[len(target.task) :]


def align_targets(old: list[Target], new: list[Target]) -> list[tuple[Optional[Target], Optional[Target]]]:
    """Pairs (old, new) of one aligned task's targets; ``None`` on the side where one is missing."""
    new_keys = {_target_key(t): j for j, t in enumerate(new)}
    pairs = {i: new_keys[_target_key(t)] for i, t in enumerate(old) if _target_key(t) in new_keys}
    taken = set(pairs.values())
    rest_old = [(i, t) for i, t in enumerate(old) if i not in pairs]
    rest_new = [(j, t) for j, t in enumerate(new) if j not in taken]
    pairs.update(_by_similarity(rest_old, rest_new, lambda t: t.indicator, TARGET_THRESHOLD))
    result: list[tuple[Optional[Target], Optional[Target]]] = [(t, new[pairs[i]] if i in pairs else None) for i, t in enumerate(old)]
    matched_new = set(pairs.values())
    result.extend((None, t) for j, t in enumerate(new) if j not in matched_new)
    return result


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

    def __init__(self) -> None:
        self.items: list[tuple[tuple, Change]] = []

    def add(self, order: tuple, kind: str, **fields: Any) -> None:
        self.items.append(((*order, KINDS.index(kind), len(self.items)), Change(kind=kind, **fields)))

    def changes(self) -> list[Change]:
        return [change for _, change in sorted(self.items, key=lambda item: item[0])]


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
    out = _Diff()
    for field in METADATA_FIELDS:
        before, after = getattr(old.notice, field), getattr(new.notice, field)
        if before != after:
            out.add((-1, 0, 0), "metadata_changed", path=[], subject=field, old=before, new=after)

    section_map = align_sections(old.sections, new.sections)
    task_map = align_tasks(old.tasks, new.tasks)
    new_start = {r.id: r.span.start for r in [*new.sections, *new.tasks]}
    order = _anchors([*old.sections, *old.tasks], {**section_map, **task_map}, new_start)
    new_sections = {s.id: s for s in new.sections}
    old_paths, new_paths = section_paths(old.sections), section_paths(new.sections)

    # Sections
    mapped_sections = set(section_map.values())
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
    for section in new.sections:
        if section.id not in mapped_sections:
            path = new_paths[section.id]
            out.add((section.span.start, 0, 0), "section_added", path=path, new_id=section.id, new=path[-1])

    # Tasks
    new_tasks = {t.id: t for t in new.tasks}
    old_targets = {t.id: t for t in old.targets}
    new_targets = {t.id: t for t in new.targets}
    mapped_tasks = set(task_map.values())
    for task in old.tasks:
        if task.id not in task_map:
            out.add(order[task.id], "task_removed", path=task.path, old_id=task.id, task=task_name(task), old=task.text)
            continue
        other = new_tasks[task_map[task.id]]
        at = order[task.id]
        where = dict(path=other.path, old_id=task.id, new_id=other.id, task=task_name(other))
        section = section_map.get(task.section) if task.section else None
        if section != other.section:
            out.add(at, "task_moved", **where, old=task.path, new=other.path)
        _diff_text(out, at, where, task, other)
        _diff_assignments(out, at, where, task, other)
        _diff_targets(
            out,
            at,
            other,
            [old_targets[t] for t in task.targets if t in old_targets],
            [new_targets[t] for t in other.targets if t in new_targets],
        )
    for task in new.tasks:
        if task.id not in mapped_tasks:
            out.add((task.span.start, 0, 0), "task_added", path=task.path, new_id=task.id, task=task_name(task), new=task.text)
    return out.changes()


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


def _diff_assignments(out: _Diff, at: tuple, where: dict, old: Task, new: Task) -> None:
    def roles(task: Task) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for a in task.assignments:
            found.setdefault(a.canonical, {}).setdefault(a.role, a.unit)
        return found

    before, after = roles(old), roles(new)
    # A unit whose canonical name changed (an older dictionary) but is written the same is one unit.
    written_after = {unit: canonical for canonical, units in after.items() for unit in units.values()}
    for canonical in list(before):
        if canonical in after:
            continue
        for unit in before[canonical].values():
            other = written_after.get(unit)
            if other and other not in before:
                before[other] = before.pop(canonical)
                break
    for canonical in sorted(set(before) | set(after), key=lambda c: _first_position(c, old, new)):
        was, now = before.get(canonical, {}), after.get(canonical, {})
        name = next(iter(now.values()), None) or next(iter(was.values()))
        gone = [r for r in _ROLES if r in was and r not in now]
        came = [r for r in _ROLES if r in now and r not in was]
        if len(gone) == 1 and len(came) == 1:
            out.add(at, "role_changed", **where, subject=name, old=gone[0], new=came[0])
        else:
            for role in gone:
                out.add(at, "assignment_removed", **where, subject=was[role], old=role)
            for role in came:
                out.add(at, "assignment_added", **where, subject=now[role], new=role)
        for role in _ROLES:
            if role in was and role in now and was[role] != now[role]:
                out.add(at, "unit_renamed", **where, subject=canonical, old=was[role], new=now[role])
    if old.open_ended != new.open_ended:
        out.add(at, "open_ended_changed", **where, old=list(old.open_ended), new=list(new.open_ended))


def _first_position(canonical: str, old: Task, new: Task) -> tuple:
    """Units in the order they are listed (new side first), so the report follows the notice."""
    for side, task in ((0, new), (1, old)):
        for index, a in enumerate(task.assignments):
            if a.canonical == canonical:
                return (side, index)
    return (2, 0)


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
        if before.comparator != after.comparator:
            out.add(at, "target_comparator_changed", **subject, old=before.comparator, new=after.comparator)
        if before.year != after.year:
            out.add(at, "target_year_changed", **subject, old=before.year, new=after.year)
        if before.annual != after.annual:
            out.add(at, "target_annual_changed", **subject, old=before.annual, new=after.annual)
        if (before.baseline, before.baseline_year) != (after.baseline, after.baseline_year):
            out.add(at, "target_baseline_changed", **subject, old=_baseline(before), new=_baseline(after))


def _value(target: Target) -> tuple:
    """What a value change compares: the number or range (a pending value as written)."""
    return (target.value, target.range, target.value_text if target.pending else "")


def _baseline(target: Target) -> Optional[str]:
    if target.baseline is None and target.baseline_year is None:
        return None
    value = "" if target.baseline is None else f"{target.baseline:g}"
    return f"{value} ({target.baseline_year})" if target.baseline_year else value


# ---------------------------------------------------------------------------------------------
# Reports: text (optionally coloured), JSON, Markdown


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
    return " ".join(str(text).split())


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "、".join(str(v) for v in value) if value else "(none)"
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


def _describe(change: Change, style: _Style) -> str:
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
    lines = [f"# fengong diff: `{old_name}` → `{new_name}`", "", f"{count}." if changes else "No differences."]
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
