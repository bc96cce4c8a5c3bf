"""The index's words of a Han run (pipeline/store/segment.py ``search_words``) are jieba's
``cut_for_search(run, HMM=False)``: its DAG and route walked here without jieba's generators."""

from __future__ import annotations

from conftest import ROOT
from pipeline.jieba_dictionary import whole_dictionary
from pipeline.read import read_document
from pipeline.store.segment import _JIEBA_HAN, _RUN, search_words

SUFFIXES = {".txt", ".html", ".htm", ".docx"}


def jieba_words(tok, run: str) -> tuple[str, ...]:
    return tuple(w for w in tok.cut_for_search(run, HMM=False) if w.strip())


def test_search_words_are_jiebas_on_every_run_of_the_documents():
    tok = whole_dictionary()
    documents = [p for folder in ("raw_docs", "eval/docs", "tests/data") for p in sorted((ROOT / folder).rglob("*")) if p.suffix.lower() in SUFFIXES]
    runs = {run for path in documents for run in _RUN.findall(read_document(path).text) if _JIEBA_HAN.fullmatch(run)}
    assert len(runs) > 10_000
    different = [run for run in sorted(runs) if search_words(tok, run) != jieba_words(tok, run)]
    assert different == []


def test_search_words_give_the_pieces_of_a_long_word_first():
    tok = whole_dictionary()
    assert search_words(tok, "中华人民共和国") == jieba_words(tok, "中华人民共和国")
    assert search_words(tok, "扶贫开发") == ("扶贫", "开发", "扶贫开发")
    assert search_words(tok, "的") == ("的",)
