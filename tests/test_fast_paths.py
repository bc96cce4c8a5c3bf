"""Shortcuts taken for speed read exactly as the plain readings they replace: the separators and
brackets found by the regex engine (brackets.split_outside, brackets.depths), a line without a lead word skipped by the conventions'
search (assignments.conventions.declared_conventions), a line without a bracket by blocks.brackets."""

from __future__ import annotations

import random

import pytest
from conftest import ROOT

from pipeline.assignments import conventions
from pipeline.assignments.blocks import BLOCK_CLOSE, BLOCK_OPEN, brackets
from pipeline.brackets import depths, split_outside
from pipeline.normalize import fold


def _depths_character_by_character(folded, opens, closes):
    result, depth = [], 0
    for ch in folded:
        result.append(depth)
        if ch in opens:
            depth += 1
        elif ch in closes and depth:
            depth -= 1
    return result


def _split_character_by_character(folded, separators, opens, closes):
    pieces, start = [], 0
    for i, (ch, depth) in enumerate(zip(folded, _depths_character_by_character(folded, opens, closes))):
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


@pytest.mark.parametrize("opens, closes", [("(", ")"), ("(“", ")”"), ("[", "]"), ("(（", ")）")])
def test_depths_read_as_character_by_character(opens, closes):
    """depths() walks only the brackets the regex engine finds; a walk over every character agrees."""
    rng = random.Random(13)
    alphabet = "甲乙、,;()“”[]（） "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    for text in texts + _notice_lines()[:5000]:
        assert depths(text, opens, closes) == _depths_character_by_character(text, opens, closes), text


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
    import re

    lines = _notice_lines() + [c[2] for c in conventions.CONVENTIONS]
    found = [conventions.search_conventions(line) for line in lines]
    assert [conventions.declared_conventions(line) for line in lines] == found  # the memo answers as the search
    monkeypatch.setattr(conventions, "LEAD_WORD", re.compile(""))  # found in every text: the shortcut never taken
    assert [conventions.search_conventions(line) for line in lines] == found
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


def test_every_verb_clause_needs_a_verb_word():
    """A closing sentence without one of VERB_WORDS is not parsed: no verb pattern matches its
    example once the verb words are taken out."""
    from pipeline.assignments.blocks import VERB_CLAUSES, VERB_WORDS

    for name, pattern, example in VERB_CLAUSES:
        stripped = example.strip("（）").lstrip("由")
        for word in VERB_WORDS:
            stripped = stripped.replace(word, "某某")
        assert pattern.match(example.strip("（）")) and not pattern.match(stripped), name


def _notice_paths() -> list:
    return [p for folder in ("raw_docs", "eval/docs", "tests/data") for p in sorted((ROOT / folder).rglob("*")) if p.suffix in (".txt", ".html")]


def test_inline_blocks_read_as_without_the_verb_word_shortcut(monkeypatch):
    """Every notice's inline blocks and their diagnostics are the same when every closing sentence
    and clause is parsed for verbs, and a closing sentence's bare list is made and then refused (the
    shortcuts never taken)."""
    import re

    from pipeline.assignments import blocks
    from pipeline.errors import FengongError
    from pipeline.stages import run_stages

    def structures():
        found = []
        for path in _notice_paths():
            try:
                found.append(run_stages(path, until="structure").structure)
            except FengongError:
                continue
        return [(s.inline, s.diagnostics) for s in found]

    quick = structures()
    monkeypatch.setattr(blocks, "VERB_WORD", re.compile(""))  # found in every text
    monkeypatch.setattr(blocks, "LABEL_NOUN", re.compile(""))
    parse_block = blocks.parse_block
    monkeypatch.setattr(blocks, "parse_block", lambda *args, bare=True: parse_block(*args))  # bare lists made, then refused
    assert structures() == quick
    assert sum(len(inline) for inline, _ in quick) > 100


@pytest.mark.parametrize("one_character_alias", [False, True], ids=["shipped", "with-a-one-character-name"])
def test_unit_names_read_as_over_the_whole_text(tmp_path, one_character_alias):
    """The unit matcher reads only the runs of name characters that hold a name's last two, all of
    a call's texts in one Doc: it finds the names that matching each whole text finds (a units file
    with a one-character name: every run of name characters is read)."""
    from pipeline.units.recognise import plausible, unit_matcher

    extra = ()
    if one_character_alias:
        units = tmp_path / "units.yaml"
        units.write_text("version: 1\nentries:\n  - canonical: 市城管局\n    kind: government_department\n"
                         "    level: city\n    aliases: [局]\n", encoding="utf-8")
        extra = (str(units),)
    matcher = unit_matcher(extra)
    assert (matcher.tails is None) == one_character_alias

    def whole(text):
        longest: dict[int, int] = {}
        for _, start, end in matcher.matcher(matcher.doc(text)):
            if plausible(text, start, end) and end > longest.get(start, -1):
                longest[start] = end
        return sorted(longest.items())

    rng = random.Random(14)
    names = sorted(matcher.by_name)
    made = ["".join(rng.choice([rng.choice(names), "和", "、", "\n", " ", "城", "市", "局"]) for _ in range(rng.randrange(0, 12))) for _ in range(500)]
    texts = _notice_lines() + made + ["", "市"]
    expected = [whole(text) for text in texts]
    assert matcher.names_of(texts) == expected
    assert [matcher.names(text) for text in texts[-600:]] == expected[-600:]
    assert sum(map(len, expected)) > 1000


def test_values_read_as_without_the_value_cue(monkeypatch):
    """A clause without a digit, 「*」 or a Chinese numeral is not searched for values: every clause
    of the notices, and random ones, gives the same values with the search always made."""
    import re

    from pipeline.targets import clause_values

    rng = random.Random(15)
    alphabet = "甲万元个1.5%*一二两十百千亿(其中)“”、年月%/:"
    clauses = _notice_lines() + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14))) for _ in range(3000)]

    def found():
        return [[(m.span(), m.groupdict()) for m in clause_values.values(clause)] for clause in clauses]

    quick = found()
    monkeypatch.setattr(clause_values, "VALUE_CUE", re.compile(""))  # found in every text
    assert found() == quick
    assert sum(map(len, quick)) > 1000


class _Everything(str):
    def __contains__(self, _):
        return True


def test_unit_lists_read_as_without_their_shortcuts(monkeypatch):
    """An item not ending in a closing bracket is not searched for a trailing bracket, lead mark or
    qualifier, and a one-word item is not split at spaces: every notice line and random lists split
    as without the shortcuts."""
    import re

    from pipeline.assignments import lists

    rng = random.Random(16)
    pieces = ["市发改委", "市财政局", "各区人民政府", "等", "、", ",", "；", " ", "\n", "(牵头)", "〈含开发区,下同〉", "〔列第一位的为牵头单位〕", "(含", ")", "】", "*"]
    texts = _notice_lines() + ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10))) for _ in range(3000)]

    def split():
        return [lists.split_unit_list(text, 0) for text in texts]

    quick = split()
    monkeypatch.setattr(lists, "BRACKET_ENDS", _Everything())
    monkeypatch.setattr(lists, "INNER_SPACE", re.compile(""))
    assert split() == quick
    assert sum(1 for items in quick for item in items if item.note or item.starred) > 100


def test_folding_reads_as_the_dict_tables():
    """fold and to_simplified translate a text of BMP characters through a list of every code point,
    and fold_simplified (to_simplified_folded of a folded text) is fold's list (the folded text) unless
    fold leaves a Traditional character: the same text as through their dict tables, with and without
    characters past the BMP."""
    from pipeline import normalize

    rng = random.Random(17)
    every = "".join({**normalize.FOLD_TABLE, **normalize.TRADITIONAL_TO_SIMPLIFIED})
    alphabet = every + "市发展改革委，：１２\u3000\uffff\U00020000"
    texts = [every, "", *(_notice_lines()[:2000])]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)]
    texts += ["".join(chr(rng.randrange(0x20, 0x10000)) for _ in range(50)) for _ in range(200)]
    for text in texts:
        assert normalize.fold(text) == text.translate(normalize._TRANSLATION)
        assert normalize.to_simplified(text) == text.translate(normalize._TO_SIMPLIFIED)
        assert normalize.fold_simplified(text) == text.translate(normalize._TRANSLATION).translate(normalize._TO_SIMPLIFIED)
        folded = normalize.fold(text)
        assert normalize.to_simplified_folded(folded) == folded.translate(normalize._TO_SIMPLIFIED)


def test_cues_find_what_the_plain_alternations_find():
    """VALUE_CUE is one class (CN_NUMBER's characters with digits and 「*」) and TARGET_CUE leaves out
    the comparators that hold another: each finds a cue in the same texts as the alternation of the
    tables it stands for (every notice line, random texts)."""
    import re

    from pipeline.targets.clause_values import VALUE_CUE
    from pipeline.targets.collect import TARGET_CUE
    from pipeline.targets.patterns import BENCHMARK_COMPARATOR, CN_NUMBER

    plain_value = re.compile(r"[\d*]|" + CN_NUMBER)
    plain_target = re.compile(r"[\d*]|" + CN_NUMBER + "|" + "|".join(BENCHMARK_COMPARATOR))
    rng = random.Random(16)
    alphabet = "甲不低高于快优超过领先达到一万亿*5.、"
    texts = _notice_lines() + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8))) for _ in range(5000)]
    assert [bool(VALUE_CUE.search(t)) for t in texts] == [bool(plain_value.search(t)) for t in texts]
    assert [bool(TARGET_CUE.search(t)) for t in texts] == [bool(plain_target.search(t)) for t in texts]
    assert any(not VALUE_CUE.search(t) and TARGET_CUE.search(t) for t in texts)  # a comparator alone


@pytest.mark.parametrize("words_only", [True, False])
def test_quiet_clauses_read_as_every_clause_read(monkeypatch, words_only):
    """find_targets reads a clause with no value, benchmark or year only for what it carries to the next
    clause (cues.QuietClauses: its subject, a support it names), and only when a clause read follows:
    every notice of the test, eval and raw documents, whole (paragraphs, years and supports carried
    across clauses) and made of random clauses, gives the same targets with every clause read."""

    from pipeline.targets import cues, recognise

    rng = random.Random(18)
    paths = [p for folder in ("raw_docs", "eval/docs", "tests/data") for p in sorted((ROOT / folder).rglob("*.txt"))]
    texts = [fold(p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    clauses = ["设立人才发展专项资金", "给予一次性奖励", "首期规模5亿元", "每月1500元", "最长可享3年", "享受相应层级的生活补贴",
               "到2025年", "高于全省平均水平", "加强组织领导", "\n", "分别给予10万元、5万元", "其中", "补贴"]
    texts += ["，".join(rng.choice(clauses) for _ in range(rng.randrange(1, 9))) + "。" for _ in range(1500)]

    def found():
        return [recognise.find_targets(text, text, 2026) for text in texts]

    monkeypatch.setattr(cues, "_WORDS_ONLY", words_only)
    quick = found()
    monkeypatch.setattr(recognise, "may_hold_target", lambda clause: True)  # every clause read
    assert found() == quick
    assert sum(map(len, quick)) > 1000


def test_read_head_chain_reads_as_without_the_end_check(monkeypatch):
    """read_head's chain stops at once on a head no pattern of the chain can end (head._CHAIN_ENDS):
    every head before a digit of every notice line reads the same without that check."""
    import re

    from pipeline.targets import head

    heads = [line[max(0, m.start() - 24) : m.start()] for line in _notice_lines() for m in re.finditer(r"\d+", line)]
    heads += [example.split(" ")[0] for _, _, example in head.BATCH_WORDS + head.PLACES_AFTER_VERB]
    found = [head.read_head(h) for h in heads]
    monkeypatch.setattr(head, "_CHAIN_ENDS", None)  # every head read by the whole chain
    assert [head.read_head(h) for h in heads] == found
    assert len(heads) > 5000 and sum(p.comparator is not None or p.verb is not None for p in found) > 500
