"""The measured noun of a target (its indicator), found with jieba's part-of-speech tagger.

Rules see a verb only where a table lists it; jieba tags the words around a value, so the verb in
「新增培育OPC企业1000家」 is dropped from the indicator (OPC企业) and the phrase after a value
(「选拔100名正职后备人才」) is cut where the next verb begins. jieba runs as a private tokenizer
over the common part of its dictionary (pipeline/jieba_dictionary.py, loaded on first use), so it
changes nothing for the rest of the process; the tags are read from jieba's dictionary as
jieba.posseg's cut(HMM=False) reads them, without importing jieba.posseg (its HMM tables are ~50 MB
of the tagger's ~96 MB, and unused without HMM).
"""

from __future__ import annotations

from .. import rx as re
from functools import lru_cache

from .jieba_cut import HAN_RUN, tag
from .bound_words import join_bound_halves as _join_bound_halves
from .word_readings import MISREAD_VERB_TAGS, one_noun, statistic_or_place
from .tables import one_of
from .undergoing import modal_undergoing, undergoing_clause

# Tags that end a measured noun phrase read after a value (jieba's ICTCLAS tag set): prepositions,
# conjunctions, adverbs, particles, pronouns; verbs end it too unless they are verbal nouns (vn).
STOP_TAGS = ("p", "c", "d", "u", "r", "y", "x", "zg")
# Before any noun only these end it (an adverb may open one: 「一次性引才补贴」), and a negation.
OPENING_STOPS = ("c", "u", "r", "y")
NEGATIONS = frozenset("不 未 没 无 非".split())
# Words jieba tags as verbs that name the measured thing, not an action on it.
NOUN_LIKE_VERBS = frozenset("就业 投资 融资 贷款 创业 收入 培训 研发 消费 支持 免租 减免 住宿 入住 出口 进口 支出 参保 补贴 补助 奖励 资助 扶持 贴息 担保 覆盖 服务 孵化 办公 运营 建设 租赁 创新 保障 返还 应用 上限".split())
# One-character words closing a place's name that jieba tags otherwise (点 as a numeral): a verb before one
# names the place (「应急物流集散点」, 「快递驿站」).
PLACE_SUFFIXES = frozenset("点 站 所 室 馆 区".split())


# Words after a person counted that begin the duty the person is named for, no part of the name: 「明确1名市级领导联系」,
# 「明确1名分管负责同志具体抓产业发展工作」 (round 23: yuancheng 22a, qinxi 22a). (name, words, example)
DUTIES_AFTER_PERSON = (("duty_after_person", frozenset("联系 联络 负责 牵头 具体 专门 专职负责 包抓 包联 挂钩 对接 跟踪".split()), "每条重点产业链明确1名市级领导联系 → 市级领导"),)
DUTY_AFTER_PERSON = DUTIES_AFTER_PERSON[0][1]
PERSON_ENDS = ("领导", "同志", "干部", "专员", "人员", "员", "长", "人", "师")


def _duty_after_person(words, index: int) -> bool:
    """DUTIES_AFTER_PERSON at ``words[index]``, right after a word naming a person (PERSON_ENDS)."""
    return index > 0 and words[index][0] in DUTY_AFTER_PERSON and words[index - 1][0].endswith(PERSON_ENDS)


def _closing_place(words, index: int) -> bool:
    """Whether ``words[index]`` is a PLACE_SUFFIXES word closing the phrase (「集散点。」, not 「驻点服务」)."""
    if index >= len(words) or words[index][0] not in PLACE_SUFFIXES:
        return False
    after = words[index + 1] if index + 1 < len(words) else ("。", "x")
    return after[0][0] in PHRASE_ENDS or after[1].startswith(("v", "p", "c", "u", "d", "x")) and after[1] != "vn"


# Characters that end the phrase after a value whatever the tagger says.
PHRASE_ENDS = "、,;。:()等”"
JOINERS = "及和或"
# Verbs that chain after a first verb of commitment, both off the measured noun (「新增培育OPC企业」 →
# OPC企业, 「引进培育高层次人才」, 「改造提升老旧街区」 → 老旧街区); any other second verb belongs to the noun (「组建帮办代办队伍」 →
# 帮办代办队伍, 「新增开放数据集」 → 开放数据集).
CHAINED_VERBS = frozenset("上线 支持 提升 培育 建设 建成 新建 改建 扩建 改造 建立 设立 开设 开通 开行 打造 推出 发布 提供 引进 引育 孵化 认定 招引 集聚 落地 组建 培训 选拔 遴选 评选 开展 举办 实施".split())
# Verbs that, after a noun, begin its predicate — never a modifier of the noun after them:
# 「30家以上企业开展数字化转型」 → 企业, 「1000名青年科技人才提供科研经费」 → 青年科技人才.
PREDICATE_VERBS = frozenset("开展 实施 参与 参加 进行 实现 完成 提供 获得 享受 承担 申报 赴 前往 用于 开设 作为 纳入 担任".split())  # 「50名骨干教师赴外省跟岗学习」, 「60%的比例用于教职工绩效工资」
# (session 20: a body that sets up, serves as, is listed in or takes a post — 开设 / 作为 / 纳入 / 担任 — is what is counted, the
# rest its predicate: 「至少有1家医疗机构开设儿童心理门诊」 → 医疗机构 (hongqiao 23b, meichong 25b; fengzhou 6's 「1家医院设置精神科」
# too, but jieba reads that 设置 as a verbal noun), 「1家妇幼保健机构作为托育指导中心」 xuning 26b, 「20家冷链物流企业纳入…名单」 yuchuan 18a, 「200名以上优秀企业家、技术骨干担任
# 见习导师」 jizhou 24b: 5 labels in 5 notices of 5 rounds, every one the body alone)
# 以上 / 以下 between a grade and a noun belong to the noun: 「200名中级以上职称医师」.
GRADE_WORDS = frozenset("以上 及以上 以下".split())
STOP_WORDS = frozenset("全部 均 都 分别 共 累计 以上 以下 左右".split())  # 「…贫困人口全部实现脱贫」  # 「数据集及语料库」 is one measured thing when a noun follows


def is_verb(word: str, flag: str) -> bool:
    return flag.startswith("v") and flag != "vn" and word not in NOUN_LIKE_VERBS


@lru_cache(maxsize=1)
def KNOWN_VERBS() -> frozenset[str]:  # noqa: N802 - a table, built once from the patterns' tables
    """The verbs of the tables: VALUE_FIRST_VERBS, CHAINED_VERBS and EXTRA_LEADING_VERBS."""
    from .patterns import value_first_words

    return value_first_words() | CHAINED_VERBS | EXTRA_LEADING_VERBS


@lru_cache(maxsize=1)
def GOAL_VERBS() -> frozenset[str]:  # noqa: N802 - a table, built once from the patterns' tables
    """The verbs of commitment of VALUE_FIRST_VERBS (培育, 新增, 建成…), not those of support (奖励, 补贴…)."""
    from .patterns import value_first_words

    return value_first_words("goal")


# Verbs that lead a name before a comparator besides the tables' verbs of commitment and support.
EXTRA_LEADING_VERBS = frozenset("增加 完成 实现 推动 促进 组织 改造 改建 接待 带动 新建 创建 开通 建立 挖掘 聘请 聘用 招聘 招募 吸纳 安置 帮扶 救助 引导 走访 慰问".split()) | frozenset(
    "招收 招录 配备 配置 配齐 铺设 敷设 架设 选派 派驻 下派 设置 开设 布设 购置 安装 收集 采集 汇集 归集".split()
)  # names.ACTION_VERBS' verbs of placing, equipping and gathering are verbs before a comparator too (「汇集文物数据不少于200TB」)


# Activities counted in people: the verb before one stays with it, the count is of people helped to it
# (「扶持创业1.1万人」 → 扶持创业, as 「带动就业3万人」 → 带动就业; jieba tags 创业 a noun).
ACTIVITY_OBJECTS = frozenset("就业 创业 再就业 参保 入学".split())

# 在 and a verb of state naming a kind of thing (在孵企业, 在校学生, 在建项目): no preposition.
IN_STATE_WORDS = tuple("在孵 在校 在职 在岗 在建 在营 在线 在读 在册 在库".split())
# Words jieba tags as verbs that, opening a name, say what kind it is (示范街道, 试点村): no verb.
ATTRIBUTE_WORDS = tuple("示范 试点".split())
LASTING_WORDS = frozenset("长期 短期".split())  # adverbs to jieba, how long a noun lasts (session 25: 56b's 长期护理保险, 63a's 长期滞留人员)
# A negation after the leading verbs opens the name (「新建不停车收费自由流门架」 → 不停车…): no adverb of the verb.
NEGATIONS = frozenset("不 未 无 非".split())
# 在 and a verb of one character form a state word as IN_STATE_WORDS do, where jieba knows no word:
# 「在训运动员」 (训 alone), 「在养畜禽」. (name, pattern on 在's next word, example)
IN_STATE_SHAPES = (("in_one_char_verb", r"[\u4e00-\u9fff]", "在训运动员达到300人"),)
IN_STATE_SHAPE = re.compile(one_of(IN_STATE_SHAPES))


def _one_char_compound(words, index: int) -> bool:
    """A one-character verb and a one-character noun after it make a word jieba does not know, no verb
    and its object: 「输氢管道」, 「储氢设施」, 「制冰能力」; so do a verb and a one-character noun before a joiner
    (VERB_NOUN_COMPOUNDS)."""
    following = words[index + 1] if index + 1 < len(words) else ("", "")
    if len(words[index][0]) == 1 and words[index][1] == "v" and len(following[0]) == 1 and following[1].startswith("n"):
        return True
    # …and a one-character adverb or bound verb before one more character (「以旧换新」, 「宜机化茶园」, 「还田粪肥样品」: jieba
    # cuts them 以/旧/换/新, 宜/机/化, 还/田); a preposition taking its object stays one (「为科创空间」, LEADING_PREPOSITIONS)
    if len(words[index][0]) == 1 and words[index][1] in ("p", "d", "vg") and words[index][0] not in LEADING_PREPOSITIONS and len(following[0]) == 1 and following[1].startswith(("n", "a")) and index + 2 < len(words):
        return True
    joined = words[index + 2] if index + 2 < len(words) else ("", "")
    return words[index][1] == "v" and len(following[0]) == 1 and following[1] == "n" and (joined[1] == "c" or joined[0] == "、")


# A verb and a one-character noun before 和 / 、 make one noun listed with the next, no verb and its object: 「创新药和第三类创新
# 医疗器械」 (jieba: 创新/药/和; round 23: yuancheng 22a). (name, example)
VERB_NOUN_COMPOUNDS = (("verb_noun_before_joiner", "新增获批上市的创新药和第三类创新医疗器械15个 → 创新药和第三类创新医疗器械"),)


def _in_state(words) -> bool:
    """Whether ``words`` open with 在, a one-character verb (IN_STATE_SHAPES) and then a noun."""
    return (
        len(words) > 2
        and words[0][0] == "在"
        and len(words[1][0]) == 1
        and words[1][1].startswith("v")
        and IN_STATE_SHAPE.fullmatch(words[1][0]) is not None
        and words[2][1].startswith("n")
    )


# A verbal noun opening a name right before a chained verb of commitment is a verb of the same act: 「评审认定品牌赛事」
# → 品牌赛事, 「规划建设产业园区」 → 产业园区 (「防汛应急演练」: a noun follows 防汛, it names the drill). (name, example)
VERBAL_CHAINS = (("verbal_noun_then_verb", "每年评审认定品牌赛事不超过5项 → 品牌赛事"),)


def _verbal_chain(words, index: int) -> bool:
    """VERBAL_CHAINS: the first word a verbal noun (vn), the next a verb (v) of CHAINED_VERBS."""
    return index == 0 and len(words) > 2 and words[1][1] == "v" and words[1][0] in CHAINED_VERBS


def _verb_after_preposition(words, index: int) -> bool:
    """A word jieba tags a preposition right before a verb and then a noun is a verb of state naming the noun
    (「通过认证企业」: the firms that passed, no 「by」); a preposition takes a noun."""
    return words[index][1] == "p" and index + 2 < len(words) and words[index + 1][1] == "v" and noun_phrase(words[index + 2 :])


LEADING_PREPOSITIONS = frozenset("对 为 向 在 按 按照 将 由 于".split())  # 「以旧换新补贴标准」: 以 is part of the name


def leading_verbs(phrase: str, after_verb: bool = False, known_only: bool = False) -> int:
    """How many characters of ``phrase`` are the verbs it starts with (「新增培育」 of
    「新增培育OPC企业」, 「新增」 of 「新增经营主体」): the longest run of leading verbs that leaves a noun
    of three characters or more; 0 when none does (「新增就业」, 「低保标准」 stay whole). ``after_verb``: a
    verb was cut before ``phrase``, so only a chained verb (CHAINED_VERBS) leaves it; ``known_only``:
    the first verb must be a verb of the tables (a name before a comparator is a noun phrase)."""
    if phrase.startswith(IN_STATE_WORDS + ATTRIBUTE_WORDS):
        return 0  # 「在孵企业」: 在 and a verb of state describe the noun, no preposition opens it
    words = _join_bound_halves(tag(phrase))  # 「新增公共充电桩」: 充电桩 one noun (BOUND_HALVES)
    if _in_state(words):
        return 0  # 「在训运动员」: 在 and a one-character verb jieba leaves alone, a state as 在校 is
    cut = best = 0
    for index, (word, flag) in enumerate(words):
        if word in NEGATIONS or word in LASTING_WORDS or _one_char_compound(words, index) or _verb_after_preposition(words, index):
            break  # (长期 / 短期: how long, an attribute of what follows, no adverb to cut)
        if flag in MISREAD_VERB_TAGS and word in KNOWN_VERBS():
            flag = "v"  # 「新建绿道」: jieba reads 新建 as a place (MISREAD_VERBS)
        if not (flag.startswith(("v", "p", "d", "c")) and (flag != "vn" or (cut > 0 and word in CHAINED_VERBS) or _verbal_chain(words, index))):  # 新增培育: v then vn (「开展防汛应急演练」: 防汛 names the drill)
            break
        if (cut or after_verb) and flag == "v" and word not in CHAINED_VERBS:
            break  # 「组建帮办代办队伍」: 帮办 names the team
        if known_only and not cut and word not in KNOWN_VERBS() and (flag == "v" or word not in LEADING_PREPOSITIONS) and not _verbal_chain(words, index):
            break  # 「认知障碍照护床位不少于1000张」: before a comparator, 认知 is no verb of commitment
        cut += len(word)
        rest = words[index + 1 :]
        if len(phrase) - cut >= 3 and any(f.startswith(("n", "eng")) or f == "vn" for _, f in rest):
            best = cut
        elif not known_only and one_noun(rest) and word in GOAL_VERBS() and rest[0][0] not in ACTIVITY_OBJECTS:
            best = cut  # 「新增学位3.6万个」: a verb of commitment, then one two-character noun (新增就业 stays: 就业 is no
            # noun; before a comparator the name is a noun phrase: 「孵化企业达到300家」)
    return best


# A verb of commitment and one two-character noun right before the value, its limit after it: the verb governs the count
# and leaves the name as it does without a limit (「新增学位3.6万个」, leading_verbs); only a comparator word between
# makes the name a noun phrase (「孵化企业达到300家」 stays whole). 22 goal labels of 17 files read the adjacent verb so,
# the 7 that keep one have a verbal noun or an adjective first (培训人员, 救助顾问, 配套企业). (name, example)
VERB_BEFORE_COUNTS = (("goal_verb_one_noun", "每年提供岗位2万个以上 → 岗位 (round 25: jizhou 24b)"),)


def verb_before_count(name: str, cut: int, comparator: str | None) -> int:
    """``cut`` of ``name`` moved past a verb of commitment (GOAL_VERBS, jieba's v) opening what is left when one
    two-character noun follows it (not an activity, 「扶持创业」) and no ``comparator`` word stands before the value
    (VERB_BEFORE_COUNTS)."""
    words = tag(name[cut:])
    if comparator is None and len(words) > 1 and is_verb(*words[0]) and words[0][0] in GOAL_VERBS() and one_noun(words[1:]) and words[1][0] not in ACTIVITY_OBJECTS:
        return cut + len(words[0][0])
    return cut


def is_clause(phrase: str) -> bool:
    """Whether ``phrase`` (the words before a 的) is a relative clause — it holds an adjective, a
    conjunction or a verb of its own (「性能先进并成功落地」, 「经培训合格」: undergoing) — rather than a noun (「企业」)."""
    return any(flag.startswith(("a", "c")) or is_verb(word, flag) for word, flag in tag(phrase)) or undergoing_clause(tag(phrase))


# Verbs by which a subject comes to hold the measured thing: 「青年人才承担省级科技计划项目」,
# 「OPC认定科技型中小企业」, 「单个创业项目获得基金投资」 (a per-capita 「千名老人拥有养老床位」 keeps its subject:
# 拥有 is not here).
SUBJECT_VERBS = frozenset("承担 认定 获评 入选 承接 申报 获批 创建 获得".split())


def subject_and_verb(phrase: str) -> int:
    """How many leading characters of ``phrase`` are a subject and its verb, the measured thing (a noun
    of three characters or more) after them: 「青年人才承担省级科技计划项目」 → 11 characters before
    省级科技计划项目, 「OPC认定科技型中小企业」 → 科技型中小企业; 0 when no verb follows a noun."""
    words = tag(phrase)
    position = 0
    seen_noun = False
    cut = 0
    for index, (word, flag) in enumerate(words):
        position += len(word)
        if seen_noun and word in SUBJECT_VERBS:
            rest = words[index + 1 :]
            if len(phrase) - position >= 3 and rest and all(not is_verb(w, f) for w, f in rest) and any(f.startswith(("n", "eng", "j")) for _, f in rest):
                cut = position
        seen_noun = seen_noun or flag.startswith(("n", "eng", "j"))
    return cut


def ends_with_verb(phrase: str) -> bool:
    """Whether ``phrase`` ends in a verb: the value after it then counts the noun that follows."""
    words = tag(phrase)
    return bool(words) and (is_verb(*words[-1]) or modal_undergoing(words))  # 「须经」: undergoing


# The PHRASE_ENDS jieba never joins to a word (not 等): the reading of noun_after stops at the first,
# so the words after it need no tagging.
_CUT_STOP = re.compile("[" + re.escape("".join(c for c in PHRASE_ENDS if not HAN_RUN.match(c))) + "]")


def noun_after(phrase: str) -> tuple[int, int]:
    """Start and end of the measured noun phrase at the start of ``phrase`` (the words after a
    value): it stops at the first verb, preposition or conjunction after a noun
    (「正职后备人才、…」 → 正职后备人才) — a verb that modifies the noun after it stays
    (「应用场景」, 「使用费用」); (0, 0) when there is none."""
    if stop := _CUT_STOP.search(phrase):
        phrase = phrase[: stop.end()]  # a list clause's rest, tagged once per value, was quadratic
    words = _join_bound_halves(tag(phrase))
    length = kept = skip = 0
    seen_noun = False
    predicate_at = None  # where a verb after a noun began, when that verb took a noun after it
    for index, (word, flag) in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ("", "")
        if word in GRADE_WORDS and seen_noun and following[1].startswith("n"):
            length += len(word)  # 「中级以上职称医师」: a grade and the noun it qualifies
            continue
        if word[0] in PHRASE_ENDS or word in STOP_WORDS or (word == "的" and seen_noun) or (seen_noun and _duty_after_person(words, index)):
            break
        if not seen_noun and word in ("的", "“"):
            length += len(word)  # 「100TB的高质量公共数据集」, 「最高1000万元“训力券”」
            skip = length
            continue
        if not seen_noun and (flag.startswith(OPENING_STOPS) or word in NEGATIONS):
            break  # 「提供24小时“不打烊”服务」: no measured noun follows the value
        latin = following[1] == "eng" and following[0].isalpha()  # 「或token」, not a number
        next_is_noun = following[1].startswith("n") or latin or following[1] == "vn" or following[0] in NOUN_LIKE_VERBS or _closing_place(words, index + 1)
        if word in JOINERS and seen_noun:
            if not next_is_noun:
                break
            length += len(word)
            continue
        verb = is_verb(word, flag)
        next_is_noun = next_is_noun or (verb and seen_noun and _verbs_then_noun(words, index + 1))
        modifies = verb and next_is_noun and not (seen_noun and word in PREDICATE_VERBS)
        if seen_noun and ((verb and not modifies) or flag.startswith(STOP_TAGS)):
            if verb and predicate_at is not None:
                kept = predicate_at  # 「中小企业实施数字化改造」: 实施 was the predicate, not a modifier
            break
        if modifies and seen_noun and predicate_at is None:
            predicate_at = kept
        if not verb or modifies:
            seen_noun = True
        length += len(word)
        if not verb:
            kept = length
    return (skip, kept) if seen_noun else (0, 0)


# Verbs in a row that name a kind of the noun after them, inside a noun phrase: 「专业排水抢险队伍」 (排水, 抢险
# qualify 队伍), as one verb does (「应用场景」). (name, most verbs in the row, example)
VERB_MODIFIER_RUNS = (("verb_run_before_noun", 2, "每个设区市组建1支专业排水抢险队伍"),)


def _verbs_then_noun(words, index: int) -> bool:
    """Whether ``words`` from ``index`` are verbs (no predicate verb among them, VERB_MODIFIER_RUNS' most)
    and then a noun: the verb before them modifies that noun too."""
    most = VERB_MODIFIER_RUNS[0][1]
    run = 0
    while index < len(words) and is_verb(*words[index]) and words[index][0] not in PREDICATE_VERBS and run < most:
        index, run = index + 1, run + 1
    return 0 < run and index < len(words) and words[index][1].startswith("n")


NOUN_TAGS = ("n", "vn", "j", "eng", "b")  # what closes a noun phrase (b: 临时, 公办 — after a verb, an object's modifier)
# Words after which a verb is a predicate (a time, a quantity such as 全年, an adverb, a place word):
# 「全年发放种粮贷款」, 「公开招聘…教师」, 「集聚区周边新增临时停车泊位」.
ADVERBIAL_TAGS = frozenset("t m d ad f".split())
NOUN_PHRASE_BREAKS = PHRASE_ENDS.replace("、", "")  # 「中小学、幼儿园教师」 is one object


def verb_object(phrase: str) -> int:
    """How many leading characters of ``phrase`` are who or when (a subject, a time, a manner) and the
    verb whose object closes it — the measured thing, a noun phrase of three characters or more with
    no predicate of its own: 「县农商银行全年发放种粮贷款」 → 种粮贷款, 「夜间经济集聚区周边新增临时停车泊位」 →
    临时停车泊位 (chained verbs go with the first); 0 when none does. The verb is a verb of the tables
    (KNOWN_VERBS) or follows an adverbial (ADVERBIAL_TAGS): after a noun, jieba's other verbs as often
    modify the noun after them (「认知障碍照护床位」), as does a negated one (「未达标城市」). A verb opening the phrase is leading_verbs' (it
    knows the comparator's reading), and one inside a word (「集聚区」) or after a distinguishing word
    (「临时停车」) is never the cut; a bound half closes the noun before it (「布设回收箱」: BOUND_HALVES)."""
    words = _join_bound_halves(tag(phrase))
    position = len(words[0][0]) if words else 0
    for index in range(1, len(words)):
        word, flag = words[index]
        before = words[index - 1][1]
        position += len(word)
        if not (is_verb(word, flag) and len(word) >= 2) or before.startswith("v") or before == "b" or words[index - 1][0] in NEGATIONS | GRADE_WORDS:
            continue  # 「未达标地级…城市」: a negated verb qualifies the noun after it, as one after a grade does (「省级以上可信数据空间」)
        if word not in KNOWN_VERBS() and before not in ADVERBIAL_TAGS:
            continue
        if statistic_or_place(words, index):
            continue  # 「博物馆年接待观众人次」, 「线上回收平台注册用户」 (STATISTIC_WORDS)
        following = words[index + 1 :]
        if following and len(following[0][0]) == 1 and following[0][1].startswith("n"):
            continue  # 「集聚区」
        cut = position
        while following and following[0][0] in CHAINED_VERBS:
            cut += len(following[0][0])
            following = following[1:]
        if len(phrase) - cut >= 3 and noun_phrase(following):
            return cut
    return 0


def noun_phrase(words) -> bool:
    """Whether ``words`` (tagged) are one noun phrase: a noun last, and every verb in it modifying the
    word after it (「前端感知设备」, 「数字化解决方案」)."""
    if not words or not words[-1][1].startswith(NOUN_TAGS) or is_verb(*words[-1]):
        return False
    if any(w == "的" or w[0] in NOUN_PHRASE_BREAKS for w, _ in words):
        return False
    return all(not is_verb(w, f) or words[i + 1][1].startswith(NOUN_TAGS) for i, (w, f) in enumerate(words[:-1]))


# The rest of a clause after the noun jieba read, when it holds no predicate, is the counted thing's own head that jieba cut
# off on a word it tags as a verb, adverb or numeral (「1个药品快速检验实验室」 stopped at 药品, 「1个林长制示范村」 at 林长制,
# 「1座固定式资源化处置厂」 at 固定式资源化, 「1处工程泥浆集中处理点」 at 工程泥浆). Labels of rounds 17-30 read the whole run in
# ~830 of ~860 labels whose clause closes on the counted noun (no 的, number or joiner in it); the rest (「1名分管领导负责此项
# 工作」, 「1家以上中小企业实施数字化改造」) hold a predicate or end on a work (改造, 认定), which stays cut.
# (name, most characters of the run, example)
CLOSING_HEAD_RUNS = (("closing_head_run", 8, "每个县至少建成1个农产品快速检测实验室 → 农产品快速检测实验室"),)
_RUN_TAIL = re.compile(r"[^\W\d的和及与或并等以、“”\"]{1,%d}(?=[,;。:]|$)" % CLOSING_HEAD_RUNS[0][1])
# Words that open a predicate or a role in the run, never part of the head: 「1家医疗机构开设儿童心理门诊」, 「1家机构作为指导中心」.
_RUN_BREAKERS = frozenset("作为 分管 抓 进入 设置 开设 负责".split())


def closing_head_end(clause: str, end: int) -> int:
    """Where the noun ending at ``end`` of ``clause`` ends once CLOSING_HEAD_RUNS reads it on to the clause's end."""
    m = _RUN_TAIL.match(clause, end)
    if m is None:
        return end
    words = tag(m.group())
    last, last_flag = words[-1]
    if not (last_flag.startswith(("n", "s", "i")) or len(last) == 1):
        return end  # 「…规划编制」, 「…示范社区认定」: a work on the noun, not its head
    for (word, flag), (after, after_flag) in zip(words, [*words[1:], ("", "")]):
        if flag.startswith(("p", "c", "u", "r")) or word in PREDICATE_VERBS or word in CHAINED_VERBS or word in DUTY_AFTER_PERSON or word in _RUN_BREAKERS:
            return end
        if flag == "v" and after_flag.startswith(("n", "j")) and len(after) > 1:
            return end  # 「4%的税率征收房产税」: a verb and its object, a predicate (a head after a verb is one character: 示范村)
    return m.end()
