"""A measure that names nothing alone keeps the word right before it: 「检查频次每月不少于1次」 → 检查频次, 「冷库容量不少于
500吨」 → 冷库容量 (TARGET_LABELING.md, the holder of a standard: 面积 or 人员 alone names nothing). The other passes may leave such a
bare word (a holder, a per-unit word or an actor cut before it); what is done or what holds it then opens the name again."""

from __future__ import annotations

from dataclasses import replace

from .found import FoundTarget
from .jieba_cut import tag
from .kept_measures import BARE_MEASURES
from .tables import one_of
from .. import rx as re

# Measures that count or space what is done and so name nothing alone — each with labels that keep the verb before it
# (session 25: of the 14 labels of rounds 1–60 with such a word read bare and a verb or a noun right before it, 12 keep that
# word; none keeps the bare word). (name, pattern on the whole name, example)
DEED_MEASURES = (
    ("how_often", r"频次|次数", "维保单位对自动消防设施的检查频次每月不少于1次 → 检查频次 / 每个项目检查次数不少于6次 → 检查次数"),
    ("spacing", r"间距", "界桩布设间距不超过500米 → 布设间距"),
    ("worth", r"原值", "仪器设备原值不低于2000万元 → 设备原值"),
    # (session 25, after round 64's blind score: how many kinds and how much of a thing stocked, and a machine's efficiency —
    # 品种 read bare 5 times in 61b and 64a, every label naming what is stocked)
    ("kinds_or_dose", r"品种|种类|用量|效率", "村卫生室基本药物配备品种不少于120种 → 基本药物配备品种 / 单次处方用量最长不超过12周 → 处方用量"),
)
# A measure of what is stocked keeps the thing and the verb of stocking before it (「基本药物配备品种」, 「灭火器配备数量」).
STOCKED_MEASURES = frozenset("品种 种类 数量 用量".split())
STOCKING_VERBS = frozenset("配备 储备 配置 供应 存储 储存".split())
BARE_NAME = re.compile("(?:" + one_of(DEED_MEASURES) + ")")
# The word before: a verb (what is done, 检查, 布设, 配送, 享受) or a noun (what holds it, 冷库, 设备); never a pronoun, a
# number, a measure word or a particle (每家, 支, 的 stay out: 「每支规模不少于20人」 keeps 规模).
WORD_BEFORE_TAGS = re.compile(r"^(?:v|vn|n|nz)$")
LOOK_BACK = 14
# Verbs of staffing or equipping govern the measure as their object; they name no kind of it (「每个卡口配备人员不少于3名」 → 人员).
STAFFING_VERBS = frozenset("配备 配置 安排 聘请 聘用 明确 落实 确定 拥有 具有 具备".split())


def words_before_bare(folded: str, targets: list[FoundTarget]) -> list[FoundTarget]:
    """``targets`` with a name that is one bare measure (BARE_MEASURES, DEED_MEASURES) opened again by the verb or noun right
    before it in the text (WORD_BEFORE_TAGS)."""
    out = []
    for t in targets:
        named_after = folded.startswith("的", t.end)  # 「设置高度不低于1.2米的隔离围栏」: the measure is the noun's after it
        if (t.indicator in BARE_MEASURES or BARE_NAME.fullmatch(t.indicator)) and folded.startswith(t.indicator, t.start) and t.start > 0 and not named_after:
            if word := _word_before(tag(folded[max(0, t.start - LOOK_BACK) : t.start]), t.indicator):
                t = replace(t, indicator=word + t.indicator, start=t.start - len(word))
        out.append(t)
    return out


def _word_before(words: tuple[tuple[str, str], ...], measure: str) -> str:
    """What opens the bare ``measure`` again from the ``words`` before it: the thing stocked and the verb of stocking
    (STOCKED_MEASURES), else the one verb or noun closing them (WORD_BEFORE_TAGS, no verb of staffing); "" where neither does."""
    if not words:
        return ""
    if measure in STOCKED_MEASURES and words[-1][0] in STOCKING_VERBS and (thing := _stocked_thing(words, measure)):
        return thing + words[-1][0]  # 「基本药物配备品种」: the thing stocked and the verb
    word, flag = words[-1]
    return word if WORD_BEFORE_TAGS.match(flag) and len(word) >= 2 and word not in STAFFING_VERBS else ""


# The words naming a thing stocked: nouns and their attributes (常用, 基本, 短缺), up to a facility or organisation (卫生室, jieba's nt),
# which holds the standard and stays out.
STOCKED_THING_TAGS = ("n", "a", "b", "j")
THING_MAX = 10
SINGLE_NOUN_MEASURES = frozenset({"数量"})


def _stocked_thing(words: tuple[tuple[str, str], ...], measure: str) -> str:
    """The thing named right before the verb of stocking closing ``words`` (STOCKED_THING_TAGS), "" where a noun does not close it.
    A count (数量) keeps the one noun counted, as its labels do (「作业现场灭火器配备数量」 → 灭火器配备数量: 3 labels of 3
    notices); the kinds of a thing stocked keep its whole name (「县域常用短缺药品储备品种」, 「医保目录内药品配备品种」: 5 of 5)."""
    if measure in SINGLE_NOUN_MEASURES:
        return words[-2][0] if len(words) >= 2 and words[-2][1].startswith("n") and words[-2][1] != "nt" else ""
    thing = ""
    for word, flag in reversed(words[:-1]):
        if flag == "nt" or not flag.startswith(STOCKED_THING_TAGS) or len(thing) + len(word) > THING_MAX:
            break
        thing = word + thing
    return thing if thing and words[-2][1].startswith("n") else ""
