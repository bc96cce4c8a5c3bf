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
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

WORDS = Path(__file__).resolve().parent / "data" / "jieba_words.txt"
# The words of jieba's dictionary used at least this often (105,000 of 349,000) are kept: the common
# vocabulary of the genre, at a third of the memory and load time of the whole.
MIN_FREQUENCY = 10
CODE_BASE = 0x41  # tag codes: chr(CODE_BASE + index into the tag names)


class Tags:
    """A word's part-of-speech tag from jieba's dictionary (x when the word is not in it), looked up
    by bisection in the sorted keys, so that no second dict of 105,000 words is built at start."""

    def __init__(self, keys: list[str], codes: str, names: list[str]):
        self.keys, self.codes = keys, codes
        self.names = {chr(CODE_BASE + i): name for i, name in enumerate(names)}

    def get(self, word: str, default: str = "x") -> str:
        at = bisect_left(self.keys, word)
        if at < len(self.keys) and self.keys[at] == word:
            return self.names[self.codes[at]]
        return default


@lru_cache(maxsize=1)
def dictionary():
    """``(tokenizer, tags)``: a private jieba tokenizer over the shipped words and their tags.

    jieba's ``get_DAG`` and ``calc`` only ask for the counts of words that start at a character of the
    text they cut, so the tokenizer reads a word's count into its ``FREQ`` when a text holding the
    word's first character is first cut (the words starting with one character are one run of the
    sorted keys): a notice needs the words of a few hundred characters, a third of the 135,000 keys,
    and its first extraction no longer builds the whole dict (~25 ms). What jieba sees for a text is
    what the whole dict gives; :meth:`read_all` reads every word (a test compares the two)."""
    import jieba

    with open(WORDS, encoding="utf-8") as handle:
        _, total, names, keys, counts, codes, _ = handle.read().split("\n")
    words = keys.split(" ")
    tokenizer = _common_words(jieba.Tokenizer)(words, counts.split(" "), int(total))
    return tokenizer, Tags(words, codes, names.split(" "))


def _common_words(base: type):
    """jieba's Tokenizer that reads the shipped counts by first character, as a text needs them."""

    class CommonWords(base):  # type: ignore[misc, valid-type]
        def __init__(self, words: list[str], counts: list[str], total: int) -> None:
            super().__init__()
            self.words, self.counts, self.read = words, counts, set()  # sorted keys, their counts as written
            self.total = total
            self.initialized = True  # jieba reads nothing more (no dict.txt, no cache file) and logs nothing

        def read_words_of(self, text: str) -> None:
            """Put the counts of every key starting with a character of ``text`` into FREQ (once a character)."""
            for char in set(text) - self.read:
                start = bisect_left(self.words, char)
                end = bisect_left(self.words, chr(ord(char) + 1), start) if ord(char) < 0x10FFFF else len(self.words)
                self.FREQ.update(zip(self.words[start:end], map(int, self.counts[start:end])))
                self.read.add(char)  # after its words: a thread that finds it read finds them all

        def read_all(self) -> None:
            self.read_words_of("".join({word[0] for word in self.words}))

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
