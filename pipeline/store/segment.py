"""Words for the full-text index: Chinese text segmented by jieba, words separated by spaces, so that
SQLite's FTS5 (tokenizer ``unicode61``, which splits on spaces and punctuation only) indexes words.

A private ``jieba.Tokenizer()`` does it — the process-global one is left alone — over jieba's
whole default dictionary, read the first time it is needed (no cache file written). Text is cut in
search mode (``cut_for_search``: 扶贫办 gives 扶贫, 扶贫办), so a two-character word inside a longer one
is found.

jieba cuts each run of Han characters (between punctuation, digits, spaces) on its own, so the words
of a run never depend on its neighbours: runs are cached, and a notice that repeats another's
wording (a revision, the same boilerplate) is segmented only where it differs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from math import log

_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9.%]+")
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]+")  # the Han characters jieba's cut reads as one block (its re_han_default)


def tokenizer():
    """The private tokenizer over jieba's whole dictionary (pipeline/jieba_dictionary.py, built once per
    process on first use); returns ``(tokenizer, ensure)`` where ``ensure(text)`` is a no-op kept for callers."""
    from ..jieba_dictionary import whole_dictionary

    return whole_dictionary(), _no_op


def _no_op(text: str) -> None:
    return None


@lru_cache(maxsize=200_000)
def _run_words(run: str) -> tuple[str, ...]:
    if not ("\u3400" <= run[0] <= "\ufaff"):
        return (run.lower(),)
    tok, _ = tokenizer()
    if _JIEBA_HAN.fullmatch(run):
        return search_words(tok, run)
    return tuple(w for w in tok.cut_for_search(run, HMM=False) if w.strip())


def search_words(tok, run: str) -> tuple[str, ...]:
    """``tok.cut_for_search(run, HMM=False)`` of a run of Han characters that jieba's cut reads as one
    block: jieba's best route (:func:`best_stops`) walked as its ``cut`` and ``cut_for_search`` walk
    it — each word after its two- and three-character pieces that are words — without their
    generators (a Han run has no Latin letters for jieba to gather). tests/test_store_segment.py
    checks it equal to jieba's on every run of the test documents."""
    stops = best_stops(tok, run)
    freq = tok.FREQ
    words: list[str] = []
    start, end = 0, len(run)
    while start < end:
        stop = stops[start]
        word = run[start:stop]
        size = stop - start
        if size > 2:
            words += [gram for i in range(size - 1) if freq.get(gram := word[i : i + 2])]
            if size > 3:
                words += [gram for i in range(size - 2) if freq.get(gram := word[i : i + 3])]
        words.append(word)
        start = stop
    return tuple(words)


def best_stops(tok, run: str) -> list[int]:
    """Where jieba's best route through ``run`` ends the word starting at each character: its
    ``get_DAG`` and ``calc`` in one pass from the end (the words starting at a character are read off
    the dictionary's prefixes as ``get_DAG`` reads them, each scored as ``calc`` scores it, ties to the
    longer word as ``max`` over (score, end) breaks them), without the DAG's lists and dict, the
    generator per character, or a ``log`` per word: ``log(count) - log(total)`` is computed once per
    count. The scores are the same floats, summed in the same order."""
    lookup, logs = tok.FREQ.get, _log_probabilities(tok.total)
    size = len(run)
    scores = [0.0] * (size + 1)
    stops = [0] * size
    for start in range(size - 1, -1, -1):
        best, stop = None, start + 1
        end = start
        while end < size and (count := lookup(run[start : end + 1])) is not None:
            if count:
                score = logs[count] + scores[end + 1]
                if best is None or score >= best:
                    best, stop = score, end + 1
            end += 1
        if best is None:  # no word starts here: the character alone, counted as 1
            best = logs[1] + scores[start + 1]
        scores[start], stops[start] = best, stop
    return stops


class _LogProbabilities(dict):
    """``log(count) - log(total)`` by count, as jieba's ``calc`` computes it, each count's once."""

    def __init__(self, total: int):
        super().__init__()
        self.log_total = log(total)

    def __missing__(self, count: int) -> float:
        self[count] = value = log(count) - self.log_total
        return value


@lru_cache(maxsize=4)
def _log_probabilities(total: int) -> _LogProbabilities:
    return _LogProbabilities(total)


@lru_cache(maxsize=50_000)
def words(text: str) -> str:
    """``text`` as space-separated words for the index (search-mode segmentation); a text seen
    before (the same task in another revision) is not cut again."""
    return " ".join(chain.from_iterable(map(_run_words, _RUN.findall(text))))


def index_terms(text: str) -> str:
    """The words ``text`` is found by in the full-text index: its :func:`words`, each once (in order
    of first occurrence). The index (``detail = none``; ``column`` in stores made before) records
    only which tasks hold a word, so a word repeated adds nothing to it; what ingest gives it
    (:func:`task_terms`) is these words, some given twice, and tested so.

    A run never holds a space, so the text's words are its space-separated pieces' words: each
    piece's are cached (a unit's name, an indicator, repeated across tasks and notices)."""
    return " ".join(dict.fromkeys(chain.from_iterable(map(_piece_words, text.split(" ")))))


@lru_cache(maxsize=100_000)
def _piece_words(piece: str) -> tuple[str, ...]:
    return tuple(chain.from_iterable(map(_run_words, _RUN.findall(piece))))


def task_terms(text: str, names: tuple[str, ...]) -> str:
    """What the index holds for a task of ``text`` with ``names`` (its units and indicators): the
    words of :func:`index_terms` of them joined by spaces, made unique within each run of the text
    and within the names, but not across them — the strings of the text's runs and of the names
    (the same for many tasks) are each made once and cached, and a task's string is joined from a
    dozen of them instead of from its ~90 words. The index (``detail = none``) records only which
    tasks hold a word, so a word given twice adds nothing to it: a quarter of a task's words
    repeat another run's or a name's (市教育局 in the text and as a unit), more tokens for FTS5 to
    read (~1 ms a notice) against ~4 ms of Python saved. Found by: the same words as ``index_terms``."""
    return " ".join([*map(_run_string, _RUN.findall(text)), _names_string(names)])


@lru_cache(maxsize=200_000)
def _run_string(run: str) -> str:
    return " ".join(dict.fromkeys(_run_words(run)))


@lru_cache(maxsize=20_000)
def _names_string(names: tuple[str, ...]) -> str:
    return " ".join(dict.fromkeys(chain.from_iterable(map(_piece_words, names))))


def query_terms(query: str) -> list[str]:
    """The words of a query, each to be found: jieba's precise cut of each Han run (a word the
    index holds in search mode), letters and numbers as they are."""
    terms: list[str] = []
    for run in _RUN.findall(query):
        if not ("\u3400" <= run[0] <= "\ufaff"):
            terms += re.findall(r"[a-z0-9]+", run.lower())  # one token each, as the index's tokenizer splits them
            continue
        tok, ensure = tokenizer()
        ensure(run)
        terms.extend(w for w in tok.cut(run, HMM=False) if w.strip())
    return terms
