"""Each assignment form and input format, on small documents written for the tests.

Every document in tests/data/forms has a sidecar <name>.expected.yaml stating, in document order,
every assignment block (the task's first words, the line, the exact (role, unit) pairs and the
open-ended roles; optionally the rule of each assignment, its note, the block's clauses that name no
unit, the implied units and the section path), the totals per role and the diagnostics it must raise.
"""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from conftest import FORMS

SIDECARS = sorted(FORMS.glob("*.expected.yaml"))


def load(sidecar):
    return yaml.safe_load(sidecar.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extracted():
    from pipeline import extract

    cache = {}

    def get(document):
        if document not in cache:
            cache[document] = extract(FORMS / document)
        return cache[document]

    return get


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[s.name.removesuffix(".expected.yaml") for s in SIDECARS])
def test_blocks(sidecar, extracted):
    expected = load(sidecar)
    result = extracted(expected["document"])
    got = [
        {
            "task_startswith": task.text[: len(block["task_startswith"])],
            "assignments": [[a.role, a.unit] for a in task.assignments],
            "open_ended": list(task.open_ended),
        }
        for task, block in zip(result.tasks, expected["blocks"])
    ]
    want = [{k: block[k] for k in ("task_startswith", "assignments", "open_ended")} for block in expected["blocks"]]
    assert got == want
    assert len(result.tasks) == len(expected["blocks"])
    for task, block in zip(result.tasks, expected["blocks"]):  # optional keys of a sidecar (issue 10)
        optional = {
            "rules": lambda: [a.rule for a in task.assignments],
            "notes": lambda: [a.note for a in task.assignments],
            "clauses": lambda: [[c.kind, c.text] for c in task.clauses],
            "implied": lambda: [i.unit for i in task.implied],
            "path": lambda: task.path,
        }
        assert {k: optional[k]() for k in optional if k in block} == {k: block[k] for k in optional if k in block}


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[s.name.removesuffix(".expected.yaml") for s in SIDECARS])
def test_lines_counts_and_diagnostics(sidecar, extracted):
    expected = load(sidecar)
    result = extracted(expected["document"])
    if result.source.format == "text":
        assert [min((a.span.line for a in t.assignments), default=t.span.line) for t in result.tasks] == [b["line"] for b in expected["blocks"]]
    counts = Counter(a.role for t in result.tasks for a in t.assignments)
    assert {role: counts.get(role, 0) for role in ("lead", "cooperate", "responsible")} == expected["counts"]
    got = [(d.line, d.code) for d in result.diagnostics if d.code == "unparsed_assignment"]
    assert got == [(d["line"], d["code"]) for d in expected.get("diagnostics") or []]


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[s.name.removesuffix(".expected.yaml") for s in SIDECARS])
def test_notice_and_encoding(sidecar, extracted):
    expected = load(sidecar)
    result = extracted(expected["document"])
    if "encoding" in expected:
        assert result.source.encoding == expected["encoding"]
    for field, value in (expected.get("notice") or {}).items():
        assert getattr(result.notice, field) == value, field


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[s.name.removesuffix(".expected.yaml") for s in SIDECARS])
def test_spans_give_back_their_text(sidecar, extracted):
    from pipeline.read import read_document

    document = load(sidecar)["document"]
    result = extracted(document)
    text = result.source.text or read_document(FORMS / document).text  # a text input's source omits it
    for task in result.tasks:
        assert text[task.span.start : task.span.end] == task.text
        for a in task.assignments:
            assert text[a.span.start : a.span.end] == a.unit
