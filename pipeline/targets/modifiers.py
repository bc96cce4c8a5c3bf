"""Where the measured noun begins once trim (names.py) has done, read on jieba's tags: a verb of
commitment or support, or an adverb, still opening the name is no part of it — 「发放设计服务券总额」 →
设计服务券总额 (trim keeps a name that ends in a measure word whole, for 「新增建设用地」), 「全年更新器材」 →
器材 (jieba reads 更新 as an adverb here). What follows must be a noun phrase (indicator.noun_phrase) of
its own; a rate or share keeps every word (「培训合格率」, 「经常参加体育锻炼人数比例」)."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .names import ALL_KINDS, INDICATOR_NOUN
from .patterns import value_first_words

# Words opening a name after which the measured thing begins. (name, what, example)
MODIFIER_CUTS = (
    ("commitment_verb", "a verb of VALUE_FIRST_VERBS (jieba's v), but 新增 / 增加 (they name statistics), before a noun phrase of three characters or more", "发放设计服务券总额不少于5000万元 → 设计服务券总额"),
    ("adverb", "a two-character adverb (jieba's d) before a noun that is no measure", "全年更新器材不少于300件 → 器材"),
    ("manner_then_verb", "示范 / 试点 / 推广 and a verb after it (jieba's v), a noun phrase that is no measure after them", "示范应用燃料电池汽车不少于300辆 → 燃料电池汽车"),
    ("going_to", "到 / 在 / 赴 (jieba's v or p, one word) before the place a time is spent in", "专业课教师每年到企业实践时间累计不少于1个月 → 企业实践时间"),
)
# A support verb before the funds it names is one noun with them, no verb opening the name. (name, words, example)
SUPPORT_FUNDS = (("support_fund", "扶持 支持 补助 奖励 资助 补贴|资金 金额 经费", "同一主体每年享受本措施的扶持资金总额不超过300万元 → 扶持资金总额"),)
FUND_VERBS, FUND_NOUNS = (frozenset(part.split()) for part in SUPPORT_FUNDS[0][1].split("|"))
PLACE_VERBS = frozenset("到 在 赴".split())
MANNER_WORDS = frozenset("示范 试点 推广".split())  # 「示范街道」: before a noun they name its kind (indicator.ATTRIBUTE_WORDS)
STATISTIC_VERBS = frozenset("新增 增加".split())  # 「新增建设用地」 names a statistic
RATE_END = re.compile(r"(?:率|比例|占比|比重)$")


# Verbs of building together, no table's but of the same kind: 「共建实训基地50个以上」 → 实训基地. (name, words, example)
JOINT_VERBS = (("build_together", "共建 联建 合建 共育", "到2028年共建实训基地50个以上"),)
# Two verbs side by side, no link between them, before one noun name its kind, not an action on it: 「开放共享公园」,
# 「共建共享点位」 (「新建、改造公园」 is two actions, linked). (name, example)
VERB_PAIRS = (("verbs_side_by_side", "全市开放共享公园达到60个以上 → 开放共享公园"),)
OPENING_VERBS = (value_first_words() - STATISTIC_VERBS) | frozenset(w for _, words, _ in JOINT_VERBS for w in words.split())


def after_modifiers(rest: str) -> int:
    """How many leading characters of ``rest`` (a name trim has cut) are a MODIFIER_CUTS word; 0 when none."""
    if RATE_END.search(rest):
        return 0
    words = nouns.tag(rest)
    if len(words) < 2:
        return 0
    if word_pair := _manner_then_verb(rest, words):
        return word_pair
    (word, flag), following = words[0], words[1:]
    if flag == "v" and len(words) > 2 and ALL_KINDS.fullmatch(following[0][0]) and "的" not in rest and not nouns.is_verb(*words[-1]):
        return len(word) + len(following[0][0])  # 「放流各类水生生物苗种」 (ALL_KINDS_WORDS every_kind after any verb)
    remaining = rest[len(word) :]
    if not nouns.noun_phrase(following):
        return 0
    fund = word in FUND_VERBS and following[0][0] in FUND_NOUNS  # 「扶持资金总额」
    if paired_verbs(words) and word not in FUND_VERBS:
        return 0  # 「开放共享公园」 (「补助考证费用」: the support, then what it pays)
    if flag == "v" and word in OPENING_VERBS and len(remaining) >= 3 and following[0][0] not in nouns.ACTIVITY_OBJECTS and not fund:  # 「带动就业补贴」
        return len(word)
    if word in PLACE_VERBS and flag in ("v", "p") and len(remaining) >= 4 and len(following[0][0]) >= 2:  # 「到企业实践时间」 → 企业实践时间 (「在训运动员」 stays)
        return len(word)
    if flag == "d" and len(word) == 2 and not INDICATOR_NOUN.search(remaining) and word not in nouns.LASTING_WORDS:  # (「长期护理服务人员」)
        return len(word)
    return 0


def paired_verbs(words) -> bool:
    """Two two-character verbs side by side before one noun (VERB_PAIRS): they say together what kind the noun is."""
    return len(words) >= 3 and all(flag == "v" and len(word) == 2 for word, flag in words[:2]) and nouns.noun_phrase(words[2:])


def _manner_then_verb(rest: str, words) -> int:
    """The characters of MANNER_WORDS and the verb after them opening ``rest`` (MODIFIER_CUTS manner_then_verb); 0 when none."""
    if len(words) < 3 or words[0][0] not in MANNER_WORDS or words[1][1] != "v" or not nouns.noun_phrase(words[2:]):
        return 0
    cut = len(words[0][0]) + len(words[1][0])
    return cut if len(rest) - cut >= 3 and not INDICATOR_NOUN.search(rest[cut:]) else 0


def opened(name: str, known_only: bool = False, share: bool = False) -> int:
    """trim's cut of ``name``, moved past a MODIFIER_CUTS word opening what trim left; a ``share`` (a value in %)
    keeps the clause before its noun that says what is counted (「评星定级的幼儿园达到80%」, NAME_LEADS whose_counted)."""
    from .name_leads import NAME_LEAD
    from .names import trim

    if share and (lead := NAME_LEAD.match(name)) and lead.lastgroup == "whose_counted":
        return 0
    cut = trim(name, known_only=known_only)
    if cut < (manner := _manner_then_verb(name, nouns.tag(name))):
        return manner  # 「推广应用新能源公交车」: trim took 推广 only
    return cut + after_modifiers(name[cut:])
