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

WORDS = Path(__file__).resolve().parent / "data" / "jieba_words.txt"
# The words of jieba's dictionary used at least this often (105,000 of 349,000) are kept: the common
# vocabulary of the genre, at a third of the memory and load time of the whole.
MIN_FREQUENCY = 10
CODE_BASE = 0x41  # tag codes: chr(CODE_BASE + index into the tag names)
RUN = "\t"  # between the runs of keys (and of their counts and codes) of one first character


class Words:
    """The shipped words as runs by first character (the file's layout: the keys starting with one
    character are one run of the sorted keys), kept as the three lines they were written as until a
    text needs a run: then its words are split out, their counts put into a tokenizer's ``FREQ``,
    and the words kept for :class:`Tags`. A notice needs the words of a few hundred characters (a
    third of the 135,000 keys), so the rest are never made into strings of their own."""

    def __init__(self, firsts: str, keys: str, counts: str, codes: str):
        self.firsts = firsts  # each run's first character, in the runs' (sorted) order
        self.lines = keys, counts, codes
        # where each run ends in each line (the offset of the tab after it), compact
        self.ends = tuple(array("I", _tabs(line)) for line in self.lines)
        self.split: dict[str, tuple[list[str], str]] = {}  # first character → its words (sorted), their tag codes

    def run(self, char: str) -> tuple[str, str, str]:
        """The keys, counts and codes of the run of ``char`` (empty strings: it starts no word)."""
        at = bisect_left(self.firsts, char)
        if at == len(self.firsts) or self.firsts[at] != char:
            return "", "", ""
        keys, counts, codes = (line[ends[at - 1] + 1 if at else 0 : ends[at]] for line, ends in zip(self.lines, self.ends))
        return keys, counts, codes

    def of(self, char: str, freq: dict[str, int]) -> tuple[list[str], str]:
        """The words starting with ``char`` and their tag codes, their counts put into ``freq`` when
        they are first split out (none: ``char`` starts no word)."""
        found = self.split.get(char)
        if found is None:
            keys, counts, codes = self.run(char)
            words = keys.split(" ") if keys else []
            if keys:
                freq.update(zip(words, map(int, counts.split(" "))))
            found = self.split[char] = (words, codes)
        return found


def _tabs(line: str):
    """The offsets of the tabs between the runs of ``line``, and its length (the last run's end)."""
    at = line.find(RUN)
    while at >= 0:
        yield at
        at = line.find(RUN, at + 1)
    yield len(line)


class Tags:
    """A word's part-of-speech tag from jieba's dictionary (x when the word is not in it), looked up
    by bisection in the words of its first character (read from the tokenizer's :class:`Words`)."""

    def __init__(self, tokenizer, names: list[str]):
        self.tokenizer = tokenizer
        self.names = {chr(CODE_BASE + i): name for i, name in enumerate(names)}

    def get(self, word: str, default: str = "x") -> str:
        words, codes = self.tokenizer.words_of(word[0]) if word else ([], "")
        at = bisect_left(words, word)
        if at < len(words) and words[at] == word:
            return self.names[codes[at]]
        return default


@lru_cache(maxsize=1)
def dictionary():
    """``(tokenizer, tags)``: a private jieba tokenizer over the shipped words and their tags.

    jieba's ``get_DAG`` and ``calc`` only ask for the counts of words that start at a character of the
    text they cut, so the tokenizer reads a word's count into its ``FREQ`` when a text holding the
    word's first character is first cut (:class:`Words`): a notice needs the words of a few hundred
    characters, a third of the 135,000 keys, and its first extraction neither builds the whole dict
    (~25 ms) nor holds the other words as strings (~15 MB). What jieba sees for a text is what the
    whole dict gives; :meth:`read_all` reads every word (a test compares the two)."""
    import jieba

    with open(WORDS, encoding="utf-8") as handle:  # line by line: the whole file is never one string
        handle.readline()  # the header
        total, names = int(handle.readline()), handle.readline().split()
        words = Words(*(handle.readline()[:-1] for _ in range(4)))
    tokenizer = _common_words(jieba.Tokenizer)(words, total)
    return tokenizer, Tags(tokenizer, names)


def _common_words(base: type):
    """jieba's Tokenizer that reads the shipped counts by first character, as a text needs them."""

    class CommonWords(base):  # type: ignore[misc, valid-type]
        def __init__(self, words: Words, total: int) -> None:
            super().__init__()
            self.words, self.read = words, set()  # the shipped words; the characters whose words are in FREQ
            self.total = total
            self.initialized = True  # jieba reads nothing more (no dict.txt, no cache file) and logs nothing

        def words_of(self, char: str) -> tuple[list[str], str]:
            """The words starting with ``char`` and their tag codes, their counts put into FREQ."""
            found = self.words.of(char, self.FREQ)
            self.read.add(char)  # after its words: a thread that finds it read finds them all
            return found

        def read_words_of(self, text: str) -> None:
            """Put the counts of every key starting with a character of ``text`` into FREQ (once a character)."""
            for char in set(text) - self.read:
                self.words_of(char)

        def read_all(self) -> None:
            self.read_words_of(self.words.firsts)

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
