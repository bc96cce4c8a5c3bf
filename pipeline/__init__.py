"""fengong: task-division notices → grounded records of tasks, assignments and targets."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]


def __getattr__(name: str):
    # Imported on first use so `fengong --help` does not pay for pydantic and spaCy.
    if name == "extract":
        from .stages import extract

        return extract
    raise AttributeError(name)
