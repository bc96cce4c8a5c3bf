"""A quieter diff: what a reader sees as one change is reported as one.

- **A run of renumbered items** — consecutive item numbers under one heading, all shifted by the same
  amount (an item removed or inserted before them) — is one ``items_renumbered`` (``old`` "4–12",
  ``new`` "3–11", ``subject`` "-1", ``count`` 9) instead of one ``task_renumbered`` per item.
- **A unit replaced across the notice** (an institutional reform: 市工信委 → 市工信局) is one
  ``unit_replaced`` (``old``/``new`` the names as written, ``count`` the tasks) instead of a removed and
  an added assignment (or a ``unit_renamed``) per task, and a task whose only rewording is that
  name is not reported as reworded. A pair qualifies when it occurs in at least two tasks, the old
  name is assigned nowhere in NEW, the new name nowhere in OLD, and every assignment of one became
  the other.

Other changes of the same tasks (a rewording besides the renumbering, …) are kept.
"""

from __future__ import annotations

from .. import rx as re
from typing import Any

ITEM = re.compile(r"(\d+)([.、．])")
MIN_TASKS = 2


def quiet(changes: list, old: Any, new: Any) -> list:
    return _replaced_units(_renumbered_runs(changes), old, new)


def _number(label: Any) -> int | None:
    match = ITEM.fullmatch(label) if isinstance(label, str) else None
    return int(match.group(1)) if match else None


def _renumbered_runs(changes: list) -> list:
    runs: list[list[int]] = []  # indexes into changes
    last: dict[tuple, tuple[int, int, int]] = {}  # path → (run index, old number, delta)
    for index, change in enumerate(changes):
        before, after = _number(change.old), _number(change.new)
        if change.kind != "task_renumbered" or before is None or after is None:
            continue
        key = tuple(change.path)
        previous = last.get(key)
        if previous and previous[1] + 1 == before and previous[2] == after - before:
            run = previous[0]
            runs[run].append(index)
        else:
            run = len(runs)
            runs.append([index])
        last[key] = (run, before, after - before)
    replace: dict[int, Any] = {}
    for run in runs:
        if len(run) < 2:
            continue
        first, final = changes[run[0]], changes[run[-1]]
        delta = _number(first.new) - _number(first.old)
        replace[run[0]] = first.model_copy(update=dict(
            kind="items_renumbered", task=None, old_id=None, new_id=None, subject=f"{delta:+d}", count=len(run),
            old=f"{_number(first.old)}–{_number(final.old)}", new=f"{_number(first.new)}–{_number(final.new)}",
        ))
        replace.update({i: None for i in run[1:]})
    return [replace.get(i, c) for i, c in enumerate(changes) if replace.get(i, c) is not None]


def _written(extraction: Any) -> set[str]:
    return {a.unit for t in extraction.tasks for a in t.assignments}


def _pairs(changes: list) -> dict[tuple[str, str], list[int]]:
    """(old name, new name) → the indexes of the changes that, task by task and role by role, say
    one became the other (a removed and an added assignment, or a unit written differently)."""
    by_task: dict[tuple, dict[str, dict[str, list[int]]]] = {}
    pairs: dict[tuple[str, str], list[int]] = {}
    for index, change in enumerate(changes):
        if change.kind == "unit_renamed":
            pairs.setdefault((change.old, change.new), []).append(index)
        elif change.kind in ("assignment_removed", "assignment_added"):
            side = "removed" if change.kind == "assignment_removed" else "added"
            role = change.old if side == "removed" else change.new
            by_task.setdefault((change.old_id, change.new_id, role), {}).setdefault(side, {}).setdefault(change.subject, []).append(index)
    for sides in by_task.values():
        removed, added = sides.get("removed", {}), sides.get("added", {})
        if len(removed) == 1 and len(added) == 1:
            (x, xs), (y, ys) = next(iter(removed.items())), next(iter(added.items()))
            pairs.setdefault((x, y), []).extend(xs + ys)
    return pairs


def _assignment_counts(changes: list) -> dict[tuple[str, str], int]:
    """("-" or "+", unit as written) → how many assignments of it were removed or added."""
    counts: dict[tuple[str, str], int] = {}
    for change in changes:
        if change.kind in ("assignment_removed", "assignment_added"):
            key = ("-" if change.kind == "assignment_removed" else "+", change.subject)
            counts[key] = counts.get(key, 0) + 1
    return counts


def _qualifies(x: str, y: str, indexes: list[int], changes: list, counts: dict, before: set[str], after: set[str]) -> bool:
    tasks = {(changes[i].old_id, changes[i].new_id) for i in indexes}
    whole = all(counts.get((sign, name), 0) == sum(changes[i].subject == name for i in indexes) for sign, name in (("-", x), ("+", y)))
    return len(tasks) >= MIN_TASKS and x not in after and y not in before and whole


def _replaced_units(changes: list, old: Any, new: Any) -> list:
    before, after = _written(old), _written(new)
    counts = _assignment_counts(changes)
    replace: dict[int, Any] = {}
    names: list[tuple[str, str]] = []
    for (x, y), indexes in _pairs(changes).items():
        if not _qualifies(x, y, indexes, changes, counts, before, after):
            continue
        first = min(indexes)
        tasks = {(changes[i].old_id, changes[i].new_id) for i in indexes}
        replace[first] = changes[first].model_copy(update=dict(
            kind="unit_replaced", task=None, old_id=None, new_id=None, subject=None, old=x, new=y, count=len(tasks),
            path=[], old_line=None, new_line=None,
        ))
        replace.update({i: None for i in indexes if i != first})
        names.append((x, y))
    return _notice_first(changes, replace, names)


def _notice_first(changes: list, replace: dict[int, Any], names: list[tuple[str, str]]) -> list:
    """``changes`` with ``replace`` applied and rewordings that only replace ``names`` dropped."""
    for index, change in enumerate(changes):
        if change.kind == "task_reworded" and names and _only_renamed(change.old, change.new, names):
            replace[index] = None
    kept = [replace.get(i, c) for i, c in enumerate(changes) if replace.get(i, c) is not None]
    # A unit replaced everywhere is about the notice: listed first, after its metadata.
    notice = [c for c in kept if c.kind in ("metadata_changed", "unit_replaced")]
    return notice + [c for c in kept if c.kind not in ("metadata_changed", "unit_replaced")]


def _only_renamed(old_text: str, new_text: str, names: list[tuple[str, str]]) -> bool:
    for x, y in names:
        old_text = old_text.replace(x, y)
    return old_text == new_text
