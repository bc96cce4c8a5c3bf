"""The targets' prefilter (pipeline/targets/cues.py TARGET_CUE): a text without a digit, 「*」, a
Chinese numeral or a benchmark's comparator is not read for targets. That holds only while every
target holds one: checked on every line and every task of the test, eval and raw documents (a new
rule finding targets without a value fails here, with the line it read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from pipeline.normalize import fold_simplified
from pipeline.read import read_document
from pipeline.targets.collect import TARGET_CUE
from pipeline.targets.recognise import find_targets

SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf", ".ofd"}
DOCUMENTS = sorted(
    p
    for folder in ("raw_docs", "eval/docs", "tests/data")
    for p in (ROOT / folder).rglob("*")
    if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("SOURCES")
)


def test_documents_are_found():
    assert len(DOCUMENTS) > 40


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_line_with_a_target_holds_a_cue(path: Path):
    for line in read_document(path).text.splitlines():
        folded = fold_simplified(line)
        if not TARGET_CUE.search(folded):
            assert find_targets(line, folded) == [], line


def test_texts_without_a_cue_are_skipped_and_with_one_are_read():
    assert not TARGET_CUE.search("加强组织领导,落实工作责任。")
    assert TARGET_CUE.search("外贸出口额高于全省平均水平")
    assert find_targets("外贸出口额高于全省平均水平")  # a relative target: no value, a comparator
    assert TARGET_CUE.search("新增城镇就业5万人") and TARGET_CUE.search("建成两个示范区") and TARGET_CUE.search("*")
