"""A verb of the tables opening a name ends a word of jieba's reading, or it is no verb there (names._verb_start)."""

from __future__ import annotations

from . import indicator as nouns

# Session 15: a verb of the tables that is the first half of a word of jieba's reading opens no name, whatever the word:
# 「储备库面积」 → 储备库面积 (lilan: 库面积 before), 「储备粮轮换架空期」 (fenghe), 「储备粮账实相符率」 (wenxu) — 3 labels of 3
# notices, none lost; the object's own first word of two characters keeps the cut (「建成区级平台」, 「造林下经济基地」 are
# jieba's 建成区 and 造林 misread, zeyuan and qiyu). Example: 「物资储备库面积原则上不少于300平方米」 → 储备库面积.


def verb_ends_word(rest: str, end: int) -> bool:
    """Whether ``end`` closes a word of jieba's reading of ``rest``, or the object after it opens with a word of two
    characters of its own (「建成区级…平台」: 建成区 is jieba's, but 区级 is the object's first word)."""
    position = 0
    for word, _ in nouns.tag(rest):
        position += len(word)
        if position >= end:
            return position == end or len(nouns.tag(rest[end:])[0][0]) > 1
    return True
