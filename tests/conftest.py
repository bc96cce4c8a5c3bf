"""Shared fixtures: the reference notice, extracted once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw_docs" / "yingkou_2016_45_shisanwu_fengong.txt"
FORMS = Path(__file__).resolve().parent / "data" / "forms"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_run():
    from pipeline.stages import run_stages

    return run_stages(SEED)


@pytest.fixture(scope="session")
def seed(seed_run):
    return seed_run.records


def task_starting(extraction, prefix: str):
    """The one task whose text starts with ``prefix``."""
    matches = [t for t in extraction.tasks if t.text.startswith(prefix)]
    assert len(matches) == 1, f"{len(matches)} tasks start with {prefix!r}"
    return matches[0]


def pairs(task) -> list[tuple[str, str]]:
    return [(a.role, a.unit) for a in task.assignments]


# Names whose use in a test means it starts a process (the fengong command, a Python child).
PROCESS_STARTERS = {"run_cli", "fengong", "subprocess", "Popen", "run_python"}


def pytest_collection_modifyitems(items):
    """Mark every test that starts a process `slow` (`pytest -m "not slow"` leaves them out)."""
    for item in items:
        code = getattr(getattr(item, "function", None), "__code__", None)
        if code is not None and PROCESS_STARTERS & set(code.co_names):
            item.add_marker(pytest.mark.slow)
