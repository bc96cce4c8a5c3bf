"""jieba.posseg's reading of a phrase without its HMM (cut(..., HMM=False)): each word and its part-of-speech tag."""

from __future__ import annotations

from .. import rx as re
from functools import lru_cache

from ..jieba_dictionary import Tags, dictionary
from ..normalize import to_simplified
from .word_readings import TAG_OF_WORD

# jieba.posseg's reading without its HMM (cut(..., HMM=False)), here so that its hidden-Markov tables
# (~50 MB, unused without HMM) are never imported: Han runs cut on the dictionary's DAG, each word
# tagged from the dictionary (x when absent), single Latin letters and digits gathered into one eng
# word; other characters one by one (m for digits, eng inside a Latin run, x otherwise).
HAN_RUN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
SPACE_RUN = re.compile(r"(\r\n|\s)")
LATIN_OR_DIGITS = re.compile("[a-zA-Z0-9]+")
DIGITS = re.compile(r"[\.0-9]+")
ONE_LATIN = re.compile("^[a-zA-Z0-9]$")


def _cut_han(tokenizer, tags: Tags, run: str):
    route: dict = {}
    tokenizer.calc(run, tokenizer.get_DAG(run), route)
    position, latin = 0, ""
    while position < len(run):
        end = route[position][1] + 1
        word = run[position:end]
        if ONE_LATIN.match(word):
            latin += word
        else:
            if latin:
                yield latin, "eng"
                latin = ""
            yield word, TAG_OF_WORD.get(word) or tags.get(word, "x")
        position = end
    if latin:
        yield latin, "eng"


def _cut(text: str):
    tokenizer, tags = dictionary()
    for block in HAN_RUN.split(text):
        if HAN_RUN.match(block):
            yield from _cut_han(tokenizer, tags, block)
            continue
        for piece in SPACE_RUN.split(block):
            if SPACE_RUN.match(piece):
                yield piece, "x"
                continue
            for char in piece:
                yield char, "m" if DIGITS.match(char) else ("eng" if LATIN_OR_DIGITS.match(piece) else "x")


@lru_cache(maxsize=8192)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of ``text`` read as Simplified (one character for one, so the words' lengths
    are the text's); cached, a notice repeats its phrases."""
    return tuple(_cut(to_simplified(text)))
