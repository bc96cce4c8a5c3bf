"""Words jieba's dictionary lacks, cut into a bound morpheme (zg) or a measure word (q) and their neighbour: joined
back into one noun before the measured noun is read (indicator.noun_after, indicator.leading_verbs)."""

from __future__ import annotations

# A word the dictionary lacks, cut by jieba into a bound one-character morpheme (tag zg) and one more
# character, before a noun: the two are one noun. (name, the morpheme's tag, example)
BOUND_HALVES = (
    ("bound_morpheme_pair", "zg", "建成3个以上省级新型储能产业集群 → 储能 (储/zg 能/v); an adjective may stand before the noun: 每年评选发布10个省级新型储能优秀案例"),
    ("bound_suffix", "zg", "每个社区至少配备2名网格员 → 网格员 (员/zg closes the noun before it: 护林员, 养老护理员)"),
    ("measure_word_noun", "q", "建成800个公共充电桩 → 公共充电桩 (充电/v 桩/q: a one-character measure word after a verb is the noun jieba lacks: 托位)"),
)
NOUN_BEFORE_SUFFIX = ("n", "vn", "an", "nz", "nr")


def join_bound_halves(words: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``words`` with each BOUND_HALVES pair before a noun joined into one noun."""
    bound_tag = BOUND_HALVES[0][1]
    if not any(flag in (bound_tag, "q") for _, flag in words):
        return words
    joined: list[tuple[str, str]] = []
    index = 0
    while index < len(words):
        word, flag = words[index]
        after = words[index + 2][1] if index + 2 < len(words) else ""
        if after == "a" and index + 3 < len(words) and words[index + 3][1].startswith("n"):
            after = "n"  # an adjective between the pair and its noun: 「储能优秀案例」
        if flag == bound_tag and len(word) == 1 and index + 1 < len(words) and len(words[index + 1][0]) == 1 and after.startswith("n"):
            joined.append((word + words[index + 1][0], "n"))
            index += 2
            continue
        if flag == bound_tag and len(word) == 1 and joined and joined[-1][1].startswith(NOUN_BEFORE_SUFFIX):
            joined[-1] = (joined[-1][0] + word, "n")  # bound_suffix: 「网格员」
            index += 1
            continue
        if flag == "q" and len(word) == 1 and joined and joined[-1][1] in ("v", "vn") and len(joined[-1][0]) <= 2:
            joined[-1] = (joined[-1][0] + word, "n")  # measure_word_noun: 「充电桩」, 「托位」
            index += 1
            continue
        joined.append((word, flag))
        index += 1
    return tuple(joined)
