"""jieba's dictionary as the targets' tagger reads it (the measured noun of a target): one private
``jieba.Tokenizer`` and the words' tags. (The store's full-text index keeps jieba's whole dictionary:
with these common words only, a rarer word of a query is cut into pieces found apart, and 368 of 4,531
test queries found other tasks.)

jieba reads its dict.txt (349,000 lines) at every start and keeps the counts and every prefix of a
word (gen_pfdict). The common part of it — the words used at least 10 times (105,000), their
counts, tags and prefixes — is shipped prebuilt in ``pipeline/data/jieba_words.txt`` by
``tools/gen_jieba_dictionary.py`` from the installed jieba's dict.txt (a test checks the file is
what the generator makes of it), in a layout loaded by a few calls into C: a tenth of the time of
reading dict.txt. jieba's own ``get_DAG`` and ``calc`` segment with it; nothing global is changed,
nothing is written or downloaded.
"""

from __future__ import annotations

import json
from bisect import bisect_left
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
    """``(tokenizer, tags)``: a private jieba tokenizer over the shipped words and their tags."""
    import jieba

    with open(WORDS, encoding="utf-8") as handle:
        _, total, names, keys, counts, codes, _ = handle.read().split("\n")
    words = keys.split(" ")
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = dict(zip(words, json.loads("[" + counts.replace(" ", ",") + "]")))
    tokenizer.total = int(total)
    tokenizer.initialized = True  # jieba reads nothing more (no dict.txt, no cache file) and logs nothing
    return tokenizer, Tags(words, codes, names.split(" "))
