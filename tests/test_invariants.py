"""Invariants of every test document and every record kind: ``text[span]`` gives back each field,
line numbers are right, ids are unique and references resolve, and every unit line lands in exactly
one task (or is reported). Documents: tests/data/forms, tests/data/corpus and raw_docs/."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.export import to_json
from pipeline.stages import run_stages

SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf", ".ofd")
DOCUMENTS = sorted(
    p
    for folder in (ROOT / "tests" / "data" / "forms", ROOT / "tests" / "data" / "corpus", ROOT / "raw_docs")
    for p in folder.rglob("*")
    if p.is_file() and p.suffix.lower() in SUFFIXES
)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@pytest.fixture(scope="module", params=DOCUMENTS, ids=lambda p: p.name)
def run(request):
    return run_stages(request.param)


def test_there_are_documents_of_every_format():
    assert len(DOCUMENTS) >= 20
    assert {p.suffix for p in DOCUMENTS} >= {".txt", ".html", ".docx"}


def _line_of(text: str, offset: int) -> int:
    return len(LINE_BREAK.findall(text, 0, offset)) + 1


def test_every_span_gives_back_its_field_on_its_line(run):
    extraction, text = run.records, run.read.text
    assert (extraction.source.text or text) == text

    def at(span, expected=None) -> str:
        assert 0 <= span.start < span.end <= len(text)
        assert span.line == _line_of(text, span.start)
        written = text[span.start : span.end]
        if expected is not None:
            assert written == expected
        return written

    notice = extraction.notice
    if notice.doc_number_span:
        assert at(notice.doc_number_span) == notice.doc_number or notice.doc_number in run.read.metadata.values()
    if notice.title_span:
        assert LINE_BREAK.sub("", at(notice.title_span)).replace(" ", "") in notice.title.replace(" ", "") or run.read.metadata
    for section in extraction.sections:
        written = at(section.span)
        assert written.startswith(section.label) and written.endswith(section.title)
    for task in extraction.tasks:
        at(task.span, task.text)
        for part in task.parts:
            assert task.span.start <= part.span.start < part.span.end <= task.span.end
            at(part.span)
        for assignment in task.assignments:
            at(assignment.span, assignment.unit)
        for mention in task.mentions:
            at(mention.span, mention.name)
    for target in extraction.targets:
        written = at(target.span)
        assert target.value_text in written or target.pending


def test_ids_are_unique_and_references_resolve(run):
    extraction = run.records
    sections = {s.id for s in extraction.sections}
    tasks = {t.id for t in extraction.tasks}
    targets = {g.id: g for g in extraction.targets}
    assert len(sections) == len(extraction.sections)
    assert len(tasks) == len(extraction.tasks)
    assert len(targets) == len(extraction.targets)
    assert all(s.parent is None or s.parent in sections for s in extraction.sections)
    for task in extraction.tasks:
        assert task.section is None or task.section in sections
        assert all(targets[g].task == task.id for g in task.targets)
    # a target stated in a task is in its task's list; one stated outside every task (issue 11) has
    # no task and belongs to its section
    assert sorted(g for t in extraction.tasks for g in t.targets) == sorted(g for g, t in targets.items() if t.task)
    assert all(t.section is None or t.section in sections for t in extraction.targets)
    assert all(d.task is None or d.task in tasks for d in extraction.deadlines)
    assert len({d.id for d in extraction.deadlines}) == len(extraction.deadlines)
    units = Counter(a.unit for t in extraction.tasks for a in t.assignments) + Counter(m.name for t in extraction.tasks for m in t.mentions)
    assert {u.name: u.mentions for u in extraction.units} == dict(units)


def test_every_unit_line_is_in_exactly_one_task_or_reported(run):
    extraction = run.records
    unit_lines = [line.number for line in run.structure.lines if line.kind == "unit"]
    owner = Counter(line for task in extraction.tasks for line in {a.span.line for a in task.assignments if a.rule == "unit_line"})
    assert set(owner.values()) <= {1}
    reported = {d.line for d in extraction.diagnostics if d.code in ("unparsed_assignment", "block_without_task")}
    assert [n for n in unit_lines if n not in owner and n not in reported] == []
    assert set(owner) <= set(unit_lines)


def test_extraction_is_the_same_from_any_working_directory(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    again = run_stages(Path(run.read.path).resolve()).records
    assert to_json(again) == to_json(run.records)
    assert run.records.source.path == Path(run.read.path).name
