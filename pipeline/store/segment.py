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

from .. import rx as re
from functools import lru_cache
from itertools import chain

from ..jieba_dictionary import whole_dictionary  # stdlib only at import; jieba is imported when it is first built

_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9.%]+")
_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]+")  # the Han characters jieba's cut reads as one block (its re_han_default)


def tokenizer():
    """The private tokenizer over jieba's whole dictionary (pipeline/jieba_dictionary.py, built once per
    process on first use); returns ``(tokenizer, ensure)`` where ``ensure(text)`` is a no-op kept for callers."""
    return whole_dictionary(), _no_op


def _no_op(text: str) -> None:
    return None


@lru_cache(maxsize=200_000)
def _run_words(run: str) -> tuple[str, ...]:
    if not ("\u3400" <= run[0] <= "\ufaff"):
        return (run.lower(),)
    tok = whole_dictionary()  # built once per process (lru_cache); called directly, a cold run's words cost ~1 µs less
    if _JIEBA_HAN.fullmatch(run):
        return search_words(tok, run)
    return tuple(w for w in tok.cut_for_search(run, HMM=False) if w.strip())


def search_words(tok, run: str) -> tuple[str, ...]:
    """``tok.cut_for_search(run, HMM=False)`` of a run of Han characters that jieba's cut reads as one
    block: jieba's own DAG and best route (``get_DAG``, ``calc``), walked as its ``cut`` and
    ``cut_for_search`` walk them — each word after its two- and three-character pieces that are words
    — without their generators (~15 % of a notice's cut; a Han run has no Latin letters for jieba to
    gather). tests/test_store_segment.py checks it equal to jieba's on every run of the test documents."""
    route: dict[int, tuple[float, int]] = {}
    tok.calc(run, tok.get_DAG(run), route)
    freq = tok.FREQ
    words: list[str] = []
    start, end = 0, len(run)
    while start < end:
        stop = route[start][1] + 1
        word = run[start:stop]
        size = len(word)
        if size > 2:
            words += [gram for i in range(size - 1) if freq.get(gram := word[i : i + 2])]
            if size > 3:
                words += [gram for i in range(size - 2) if freq.get(gram := word[i : i + 3])]
        words.append(word)
        start = stop
    return tuple(words)


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
