"""Where jieba's words mislead the reading of a name, and how the name is read instead: a verb of the tables
tagged a place (新建), a two-character noun jieba splits into single characters (绿道), a one-character rhythm
or a split localizer before a verb that make it part of the name (年接待, 线上回收)."""

from __future__ import annotations

# Tags jieba gives a verb of the tables where it reads a name: 新建 as a place (a county of Jiangxi). A verb of
# the tables so tagged opening a name is still its verb. (name, tags, example)
MISREAD_VERBS = (("verb_read_as_place", ("ns", "nr"), "新建口袋公园50个，新建绿道60公里 → 绿道"),)
MISREAD_VERB_TAGS = frozenset(MISREAD_VERBS[0][1])
# Words jieba's dictionary tags otherwise than a target's name reads them, read so wherever they stand: 既有 (c, as in
# 既有…又有) opens a noun and says which of its kind are meant — the homes standing now — as a distinguishing word (b)
# does; every one of the 8 labels of 7 notices with 既有 before a noun keeps it (cenjiang, chengwan, hongzhou, lanxiu,
# luting, songjiang, yuanze; round 29). (name, word, tag, example)
WORD_TAGS = (("existing", "既有", "b", "新增既有住宅加装电梯3000台 → 既有住宅加装电梯"),)
TAG_OF_WORD = {word: flag for _, word, flag, _ in WORD_TAGS}
# Two characters jieba leaves apart after a verb of commitment, the second a noun or a measure word, are one
# noun it lacks: 「新建绿道60公里」 → 绿道 (绿 a, 道 q), 「新建步道」. (name, example)
SPLIT_NOUNS = (("two_single_characters", "新建绿道60公里 → 绿道"),)


def one_noun(rest) -> bool:
    """The words after a verb are one two-character noun: jieba's n, or two single characters ending in a noun
    or a measure word (SPLIT_NOUNS)."""
    if len(rest) == 1:
        return len(rest[0][0]) == 2 and rest[0][1] == "n"
    return len(rest) == 2 and all(len(w) == 1 for w, _ in rest) and rest[1][1] in ("n", "q") and rest[0][1] in ("n", "a")


# Words before a verb that make it part of the name, not a verb whose object is measured: a one-character
# rhythm (年 / 日 / 月) names a statistic per period, 「博物馆年接待观众人次」, 「污水厂日处理能力」; a localizer
# after a one-character noun is one word with it (jieba splits 线上, 网上), 「线上回收平台注册用户」. (name, example)
STATISTIC_WORDS = (
    ("per_period", "博物馆年接待观众人次年均增长8%左右"),
    ("split_place", "线上回收平台注册用户达到300万户"),
)
RHYTHM_CHARACTERS = frozenset("年 日 月".split())


def statistic_or_place(words, index: int) -> bool:
    """STATISTIC_WORDS before the verb at ``index``."""
    word, flag = words[index - 1]
    if word in RHYTHM_CHARACTERS:
        return index < 2 or not (words[index - 2][1] == "m" or words[index - 2][0].isdigit())  # 「2026年安排…」: a year, no rhythm
    return flag == "f" and index >= 2 and len(word) == 1 and len(words[index - 2][0]) == 1 and words[index - 2][1].startswith("n")
