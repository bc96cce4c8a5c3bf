"""Structural checks of an extraction read back from JSON (`fengong diff` on a hand-edited file).

The JSON Schema checks each field; these check what ties the records together, which the later
stages rely on: unique ids, a section's parent written before it (so no parent is missing and
there is no cycle), the nesting no deeper than MAX_NESTING_DEPTH, and every task's section and
every target's task present. A failure is one :class:`InputError` line, not a traceback.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .limits import MAX_NESTING_DEPTH


def check_extraction(path: str | Path, extraction) -> None:
    """Raise :class:`InputError` naming ``path`` for the first broken link between records."""
    seen: set[str] = set()
    depth: dict[str, int] = {}
    for kind, records in (("sections", extraction.sections), ("tasks", extraction.tasks), ("targets", extraction.targets)):
        for index, record in enumerate(records):
            if record.id in seen:
                raise InputError(path, f"not a valid extraction: {kind}.{index}: id {record.id!r} is used twice")
            seen.add(record.id)
            if kind == "sections":
                depth[record.id] = _section_depth(path, index, record, depth)
    for index, task in enumerate(extraction.tasks):
        if task.section is not None and task.section not in depth:
            raise InputError(path, f"not a valid extraction: tasks.{index}: section {task.section!r} is not a section")
    tasks = {task.id for task in extraction.tasks}
    for index, target in enumerate(extraction.targets):
        if target.task not in tasks:
            raise InputError(path, f"not a valid extraction: targets.{index}: task {target.task!r} is not a task")


def _section_depth(path: str | Path, index: int, section, depth: dict[str, int]) -> int:
    if section.parent is None:
        return 1
    if section.parent not in depth:  # missing, later (a cycle needs one), or itself
        raise InputError(path, f"not a valid extraction: sections.{index}: parent {section.parent!r} is not an earlier section")
    level = depth[section.parent] + 1
    if level > MAX_NESTING_DEPTH:
        raise InputError(path, f"not a valid extraction: sections.{index}: nested deeper than {MAX_NESTING_DEPTH} levels")
    return level
