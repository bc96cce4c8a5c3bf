"""jieba's dictionary as fengong's private ``jieba.Tokenizer`` objects read it: the targets' tagger (the
measured noun of a target) reads its common words and their tags (:func:`dictionary`); the store's
full-text index reads the whole of it (:func:`whole_dictionary`: with the common words only, a rarer
word of a query is cut into pieces found apart, and 368 of 4,531 test queries found other tasks).

jieba reads its dict.txt (349,000 lines) at every start and keeps the counts and every prefix of a
word (gen_pfdict). The common part of it — the words used at least 10 times (105,000), their
counts, tags and prefixes — is shipped prebuilt in ``pipeline/data/jieba_words.txt`` by
``tools/gen_jieba_dictionary.py`` from the installed jieba's dict.txt (a test checks the file is
what the generator makes of it), in a layout loaded by a few calls into C: a tenth of the time of
reading dict.txt. jieba's own ``get_DAG`` and ``calc`` segment with it; nothing global is changed,
nothing is written or downloaded.
"""

from __future__ import annotations

import operator
from array import array
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

from . import rx as re

WORDS = Path(__file__).resolve().parent / "data" / "jieba_words.txt"
# The words of jieba's dictionary used at least this often (105,000 of 349,000) are kept: the common
# vocabulary of the genre, at a third of the memory and load time of the whole.
MIN_FREQUENCY = 10
CODE_BASE = 0x41  # tag codes: chr(CODE_BASE + index into the tag names)
RUN = "\t"  # between the runs of keys (and of their counts and codes) of one first character


class Words:
    """The shipped words as runs by first character (the file's layout: the keys starting with one
    character are one run of the sorted keys), kept as the three lines they were written as until a
    text needs some of them. jieba's DAG of a text asks only for keys that are pieces of it, and every
    prefix of a word is a key: so a text needs each of its characters as a key, and the keys starting
    with each pair of its neighbouring characters — one stretch of a run, which starts with the pair
    itself. Those are split out when first needed, their counts put into a tokenizer's ``FREQ``, and
    kept for :class:`Tags`: a notice makes ~8,000 of the 135,000 keys into strings of their own."""

    def __init__(self, firsts: str, keys: str, counts: str, codes: str):
        self.firsts = firsts  # each run's first character, in the runs' (sorted) order
        self.lines = keys, counts, codes
        # where each run ends in each line (the offset of the tab after it), compact
        self.ends = tuple(array("I", _tabs(line)) for line in self.lines)
        self.split: dict[str, tuple[tuple[str, ...], str]] = {}  # a character or pair → the keys it starts (sorted), their tag codes

    def run(self, char: str) -> tuple[str, str, str]:
        """The keys, counts and codes of the run of ``char`` (empty strings: it starts no word)."""
        at = bisect_left(self.firsts, char)
        if at == len(self.firsts) or self.firsts[at] != char:
            return "", "", ""
        keys, counts, codes = (line[ends[at - 1] + 1 if at else 0 : ends[at]] for line, ends in zip(self.lines, self.ends))
        return keys, counts, codes

    def of(self, prefix: str, freq: dict[str, int]) -> tuple[tuple[str, ...], str]:
        """A character as a key, or the keys starting with a pair of characters, and their tag codes
        (none: no key is so); their counts are put into ``freq`` when they are first split out."""
        found = self.split.get(prefix)
        if found is None:
            keys, counts, codes = self.run(prefix[0])
            start, end = _stretch(keys, prefix)
            first = keys.count(" ", 0, start)  # the index of its first key in the run
            # (a tuple of strings, which Python's collector stops tracking: no container kept per pair)
            words = tuple(keys[start:end].split(" ")) if end > start else ()
            freq.update(zip(words, map(int, counts.split(" ", first + len(words))[first : first + len(words)])))
            found = self.split[prefix] = (words, codes[first : first + len(words)])
        return found


def _stretch(keys: str, prefix: str) -> tuple[int, int]:
    """Where, in a run of keys, ``prefix`` (a character: the run's first key) or the keys starting with
    a pair of characters stand (the pair itself first, a prefix of the others); an empty stretch: none."""
    if len(prefix) == 1:
        return (0, len(prefix)) if keys.startswith(prefix) and keys[1:2] in ("", " ") else (0, 0)
    start = keys.find(" " + prefix + " ") + 1 or (len(keys) - 2 if keys.endswith(" " + prefix) else 0)
    return (start, PAIR_STRETCH.match(keys, start).end()) if start else (0, 0)


# The keys of a stretch all start with its pair (captured from its first key), each after a space.
PAIR_STRETCH = re.compile(r"(..)[^ ]*(?: \1[^ ]*)*")


def _tabs(line: str):
    """The offsets of the tabs between the runs of ``line``, and its length (the last run's end)."""
    at = line.find(RUN)
    while at >= 0:
        yield at
        at = line.find(RUN, at + 1)
    yield len(line)


class Tags:
    """A word's part-of-speech tag from jieba's dictionary (x when the word is not in it), looked up
    by bisection in the keys of its first two characters (read from the tokenizer's :class:`Words`)."""

    def __init__(self, tokenizer, names: list[str]):
        self.tokenizer = tokenizer
        self.names = {chr(CODE_BASE + i): name for i, name in enumerate(names)}

    def get(self, word: str, default: str = "x") -> str:
        words, codes = self.tokenizer.words_of(word[:2]) if word else ((), "")
        at = bisect_left(words, word)
        if at < len(words) and words[at] == word:
            return self.names[codes[at]]
        return default


@lru_cache(maxsize=1)
def dictionary():
    """``(tokenizer, tags)``: a private jieba tokenizer over the shipped words and their tags.

    jieba's ``get_DAG`` and ``calc`` only ask for the counts of keys that are pieces of the text they
    cut, so the tokenizer reads a key's count into its ``FREQ`` when a text holding the key's first two
    characters is first cut (:class:`Words`): a notice needs ~8,000 of the 135,000 keys, and its first
    extraction neither builds the whole dict (~25 ms) nor holds the other words as strings (~18 MB).
    What jieba sees for a text is what the whole dict gives; :meth:`read_all` reads every word (a
    test compares the two)."""
    import jieba

    with open(WORDS, encoding="utf-8") as handle:  # line by line: the whole file is never one string
        handle.readline()  # the header
        total, names = int(handle.readline()), handle.readline().split()
        words = Words(*(handle.readline()[:-1] for _ in range(4)))
    tokenizer = _common_words(jieba.Tokenizer)(words, total)
    return tokenizer, Tags(tokenizer, names)


def _common_words(base: type):
    """jieba's Tokenizer that reads the shipped counts by their first two characters, as a text needs them."""

    class CommonWords(base):  # type: ignore[misc, valid-type]
        def __init__(self, words: Words, total: int) -> None:
            super().__init__()
            self.words, self.read = words, set()  # the shipped words; the characters whose words are in FREQ
            self.total = total
            self.initialized = True  # jieba reads nothing more (no dict.txt, no cache file) and logs nothing

        def words_of(self, prefix: str) -> tuple[tuple[str, ...], str]:
            """The keys a character is or a pair of characters starts, and their tag codes, their counts put into FREQ."""
            found = self.words.of(prefix, self.FREQ)
            self.read.add(prefix)  # after its keys: a thread that finds it read finds them all
            return found

        def read_words_of(self, text: str) -> None:
            """Put the counts of every key ``text`` may hold into FREQ: its characters, the keys starting
            with each pair of neighbouring characters (each once)."""
            for prefix in ({*text} | {text[i : i + 2] for i in range(len(text) - 1)}) - self.read:
                self.words_of(prefix)

        def read_all(self) -> None:
            for char in self.words.firsts:
                keys = self.words.run(char)[0]
                self.read_words_of(char)
                for pair in {key[:2] for key in keys.split(" ") if len(key) > 1}:
                    self.words_of(pair)

        def get_DAG(self, sentence):  # noqa: N802 - jieba's name
            self.read_words_of(sentence)  # calc, called with the DAG, asks of the same characters' words
            return super().get_DAG(sentence)

    return CommonWords


@lru_cache(maxsize=1)
def whole_dictionary():
    """A private jieba tokenizer over jieba's whole dict.txt: the counts, total and prefixes jieba's
    own ``gen_pfdict`` makes (tested equal), built by calls into C rather than jieba's loop over
    349,000 lines (~0.4 s against ~0.7 s for jieba's start from its cache file, which is not written)."""
    import jieba

    tokenizer = jieba.Tokenizer()
    with open(Path(jieba.__file__).resolve().parent / "dict.txt", encoding="utf-8") as handle:
        text = handle.read()
    fields = text.split()
    if len(fields) != 3 * text.count("\n"):  # not 「word count tag」 on every line: jieba reads it itself
        tokenizer.initialize()
        return tokenizer
    words, counts = fields[0::3], list(map(int, fields[1::3]))
    by_length = sorted(words, key=len)
    lengths = list(map(len, by_length))
    freq: dict[str, int] = {}
    for size in range(1, lengths[-1]):  # every prefix of a word is a key of count 0 ...
        freq.update(dict.fromkeys(map(operator.itemgetter(slice(None, size)), by_length[bisect_right(lengths, size):]), 0))
    freq.update(zip(words, counts))  # ... unless it is a word (listed twice: the later count)
    tokenizer.FREQ, tokenizer.total = freq, sum(counts)
    tokenizer.initialized = True
    return tokenizer
