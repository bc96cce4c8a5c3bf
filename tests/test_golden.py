"""Compact goldens: one line per task — id, section labels, item label, units by role, targets —
for reviewing what an extraction change did (a renamed unit changes one line, not thousands).

The facts they protect are stated one by one in test_seed.py, test_forms.py and test_corpus.py;
extracted/ holds the full JSON. Regenerate with `pytest tests/test_golden.py --force-regen` and
review the diff.
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from pipeline.stages import extract
from pipeline.vocabulary import ROLE_LABELS, ROLES

DOCUMENTS = sorted(
    p for folder in (ROOT / "raw_docs", ROOT / "tests" / "data" / "corpus") for p in folder.iterdir() if p.suffix in (".txt", ".html", ".docx")
)


def projection(extraction) -> str:
    """The extraction as one short line per task (and a header line for the notice)."""
    notice = extraction.notice
    lines = [f"# {notice.doc_number or '-'} | {notice.issuer or '-'} | {notice.date or '-'} | {len(extraction.tasks)} tasks"]
    sections = {s.id: s for s in extraction.sections}
    targets = {g.id: g for g in extraction.targets}
    for task in extraction.tasks:
        chain, section = [], sections.get(task.section) if task.section else None
        while section is not None:
            chain.append(section.label)
            section = sections.get(section.parent) if section.parent else None
        roles = []
        for role in ROLES:
            units = [a.unit for a in task.assignments if a.role == role]
            if units:
                roles.append(f"{ROLE_LABELS[role]}:{'、'.join(units)}{'等' if role in task.open_ended else ''}")
        goals = [f"{g.indicator} {g.comparator} {'*' if g.pending else g.value_text}" for g in map(targets.get, task.targets)]
        fields = [task.id, ">".join(reversed(chain)) or "-", task.label or "-", " ".join(roles)]
        lines.append(" | ".join(fields + ([" ; ".join(goals)] if goals else [])))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_tasks_projection(path, file_regression):
    file_regression.check(projection(extract(path)), basename=path.stem, extension=".tasks.txt")
