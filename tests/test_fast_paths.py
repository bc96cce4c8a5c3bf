"""Shortcuts taken for speed read exactly as the plain readings they replace: the separators found by
the regex engine (brackets.split_outside), a line without a lead word skipped by the conventions'
search (assignments.conventions.declared_conventions), a line without a bracket by blocks.brackets."""

from __future__ import annotations

import random

import pytest
from conftest import ROOT

from pipeline.assignments import conventions
from pipeline.assignments.blocks import BLOCK_CLOSE, BLOCK_OPEN, brackets
from pipeline.brackets import depths, split_outside
from pipeline.normalize import fold


def _split_character_by_character(folded, separators, opens, closes):
    pieces, start = [], 0
    for i, (ch, depth) in enumerate(zip(folded, depths(folded, opens, closes))):
        if depth == 0 and ch in separators:
            pieces.append((start, i))
            start = i + 1
    return pieces + [(start, len(folded))]


@pytest.mark.parametrize("separators, opens, closes", [("、,;", "(", ")"), (",;。", "(“", ")”"), ("]^-", "[", "]"), ("", "(", ")")])
def test_split_outside_reads_as_character_by_character(separators, opens, closes):
    rng = random.Random(12)
    alphabet = "甲乙、,;。()“”[]^- "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert split_outside(text, separators, opens, closes) == _split_character_by_character(text, separators, opens, closes), text


def _notice_lines() -> list[str]:
    paths = [p for folder in ("raw_docs", "eval/docs", "tests/data") for p in sorted((ROOT / folder).rglob("*.txt"))]
    return [fold(line) for p in paths for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]


def test_every_convention_needs_a_lead_word():
    """The conventions' search skips a text holding none of LEAD_WORDS: no pattern matches its example
    once the lead words are taken out."""
    for name, pattern, example in conventions.CONVENTIONS:
        stripped = example
        for word in conventions.LEAD_WORDS:
            stripped = stripped.replace(word, "某某")
        assert pattern.search(example) and stripped != example and not pattern.search(stripped), name


def test_declared_conventions_read_as_without_the_shortcut(monkeypatch):
    lines = _notice_lines() + [c[2] for c in conventions.CONVENTIONS]
    found = [conventions.declared_conventions(line) for line in lines]
    monkeypatch.setattr(conventions, "LEAD_WORDS", ("",))  # "" is in every text: the shortcut never taken
    assert [conventions.declared_conventions(line) for line in lines] == found
    assert sum(map(bool, found)) >= 3


def _brackets_character_by_character(folded):
    pairs, depth, start = [], 0, 0
    for i, ch in enumerate(folded):
        if ch in BLOCK_OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in BLOCK_CLOSE and depth:
            depth -= 1
            if depth == 0:
                pairs.append((start, i))
    return pairs + ([(start, None)] if depth else [])


def test_brackets_read_as_character_by_character():
    rng = random.Random(13)
    alphabet = "甲、" + BLOCK_OPEN + BLOCK_CLOSE
    texts = _notice_lines() + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 16))) for _ in range(2000)]
    assert [brackets(text) for text in texts] == [_brackets_character_by_character(text) for text in texts]
    assert brackets(fold("推进（甲）和【乙（丙）】")) == [(2, 4), (6, 11)]  # folded text: （） → ()
    assert brackets(fold("推进（甲")) == [(2, None)]
    assert brackets("无括号的一行") == []


def test_index_terms_read_by_pieces_as_by_runs(seed):
    """The store's index words, cut piece by space-separated piece (each piece's words cached), are the
    words of the whole text's runs, each once."""
    from itertools import chain

    from pipeline.store import segment
    from pipeline.store.ingest import index_words

    def by_runs(text: str) -> str:
        return " ".join(dict.fromkeys(chain.from_iterable(map(segment._run_words, segment._RUN.findall(text)))))

    targets = {g.id: g for g in seed.targets}
    texts = [" ".join([t.text, *sorted({n for a in t.assignments for n in (a.unit, a.canonical)})]) for t in seed.tasks]
    texts += ["GDP 增长 7.5% 以上", " 扶贫  开发 ", "", "a b\tc  扶贫开发\n工作", "市扶贫办 扶贫办公室"]
    assert [segment.index_terms(text) for text in texts] == [by_runs(text) for text in texts]
    assert all(index_words(t, targets) for t in seed.tasks)
    repeated = 0
    for t in seed.tasks:  # the task's words read without joining its text and names: the same words
        names = sorted({n for a in t.assignments for n in (a.unit, a.canonical)}) + [targets[g].indicator for g in t.targets if g in targets]
        found, terms = index_words(t, targets).split(), segment.index_terms(" ".join([t.text, *names])).split()
        assert set(found) == set(terms)
        repeated += len(found) - len(terms)
    assert 0 < repeated < len(seed.tasks) * 40  # a word of two runs, or of the text and a name, is given twice
