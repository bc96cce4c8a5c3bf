"""A place or period under 在 between a standard's holder and its measure (TARGET_LABELING.md, the holder of a standard):
the holder and where or when it meets the standard are left out, the measure named by the verb it opens with and the noun
closing it. Session 19: 「校车在乡道、村道行驶时速不得超过40公里」 → 行驶时速 (tongyuan 34a), 「派驻人员每人每年在基层服务时间
累计不少于6个月」 → 服务时间 (meiyang 34b), 「同一学员在市老年大学同一专业学习年限」 → 学习年限 (zhiling 35b), 「…等信息在项目区公示
时间不少于7天」 → 公示时间 (xiaotang 28a): 4 amount labels of 4 notices of rounds 1–36, none keeping the phrase. 在 joined to one
character is a state word and stays (「在村服务时间」, 「快件在站滞留时间」: lanfeng 35a, mianyuan 44b), and so is 在 before a verb
or preposition (「在用柴油车」); a rate or support keeps its name (standard_holders.KEPT_NAMES: 「费用在政策范围内的报销比例」)."""

from __future__ import annotations

from .jieba_cut import tag

VERBS = ("v", "vn")
# (the words a measure after the phrase may hold: verbs, nouns and their modifiers — 「免费保管时间」, 「行驶速度」)
MEASURE_TAGS = frozenset({"v", "vn", "n", "a", "ad", "d"})


def place_phrase_end(name: str) -> int:
    """Where the measure starts after a place or period under 在 (jieba's p) and its holder: at the first verb after a word
    of the phrase, the measure being that verb or verbs and a noun closing the name (「校车在乡村道路上行驶速度」 → 行驶速度,
    「在基层服务时间」 → 服务时间); 0 where there is none, or the place is one character, a state word (「在村服务时间」)."""
    words = tag(name)
    position, phrase, cut = 0, -1, 0
    for index, (word, word_tag) in enumerate(words):
        if word == "在" and word_tag == "p":
            # (在 and a verb or preposition is a state word: 「在用柴油车」, as 在建, 在岗)
            phrase, cut = (-1 if index + 1 < len(words) and words[index + 1][1] in ("v", "p") else 0), 0
        elif phrase > 0 and not cut and word_tag in VERBS and index and words[index - 1][1] not in (*VERBS, "p"):
            cut = position if phrase >= 2 else 0
        elif phrase >= 0 and not cut:
            phrase += len(word)
        position += len(word)
    if not cut or words[-1][1] != "n" or len(words[-1][0]) < 2 or any(tag_ not in MEASURE_TAGS for _, tag_ in tag(name[cut:])):
        return 0
    return cut
