"""The store: notices, their revisions and everything extracted from them, in one SQLite file.

The read API (for `fengong ledger`, `units --db`, `search` and the review page)::

    from pipeline.store import open_store, unit_tasks, tasks, history
    db = open_store("fengong.db", create=False)   # FengongError when missing or not a store
    unit_tasks(db, "市教育局")                     # one dict per (task, role), latest revisions
    tasks(db, notice="营政发〔2016〕45号")           # one dict per task, with assignments, targets, deadlines
    history(db, revision_id, task_id)             # the task through its notice's revisions

The layout is :mod:`pipeline.store.tables` (documented once, in the README's table of tables).
"""

from .read import history, tasks, unit_names, unit_tasks
from .sqlite import open_store

__all__ = ["open_store", "unit_tasks", "tasks", "history", "unit_names"]
