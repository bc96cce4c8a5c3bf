"""A per-unit phrase — 每 or 单, an optional number and a measure word of the unit dictionary (patterns.MEASURE_UNITS:
每期, 每次, 每标台, 每公里, 单次, 每100平方米) — between who holds a standard and its measure is no part of the name, and
neither is the holder before it: the measure after the phrase is what is named (TARGET_LABELING.md, indicator: per-unit
quantifiers are not part of it; the holder of a standard is left out). 「训练营每期集训时间不少于10天」 → 集训时间,
「停保场每标台用地面积不少于150平方米」 → 用地面积, 「茶园每亩茶树种植密度」 → 茶树种植密度.

Session 16: of the amount labels of all rounds whose clause reads holder + per-unit phrase + words + limit, 76 name what
follows the phrase or its end (「创业孵化载体每个工位面积」 → 工位面积, 「研学旅行基地单次接待能力」 → 接待能力) and none the holder
where a name of two characters or more follows; 6 in 4 notices join the holder's last words to a bare measure (「液体粪肥每亩
施用量」 → 液体粪肥施用量, 「承运人责任险每座保额」: left as read, BARE_AFTER); where a limit, a cap, a placing verb or a counted
item closing the name follows the phrase (「转贷金额单户单笔最高」, 「租金减免面积单个企业最多」) the holder is the name, as before.
The pass turns 9 labels of 8 notices right (chengshui, langshui, maozhou, qushan, tangzhou, wengjiang ×2, yingnan, yitong) and
none wrong. Per_frames.FRAME_CLOSING read the phrase and up to six characters after it as a frame closing the name (「安防值守人员每处
不少于2名」), which named 「训练营」 for 「训练营每期集训时间」; this pass reads the name first."""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget, renamed
from .jieba_cut import tag
from .patterns import CN_NUMBER, ITEM_OWN_MEASURE, MEASURE_UNITS, NUMBER
from .kept_measures import BARE_MEASURES, KEPT_NAMES, NAME_CHARACTERS
from .standard_holders import HOLDER_ENDING
from .tables import one_of

# Measure words read after 每 / 单 besides the dictionary's units (name, words, example).
EXTRA_MEASURE_WORDS = (("vehicle_and_quay", "标台 延米", "公交停保场每标台用地面积不少于150平方米 / 码头每延米岸线年通过能力"),)
# A period after 每 is a rhythm, read by the period rules (per_frames.FRAME_PERIOD_THEN_MEASURE, recurring), and 单位 /
# 单价 / 单日 / 单产 are words of their own, no per-unit phrase. (name, words, example)
NO_PER_UNIT_WORDS = (
    ("period", "年 月 天 日 周 小时 分钟 秒 个月 季度 半年 学期 学年 工作日", "每年开展不少于2次 (a rhythm)"),
    ("own_word", "位 价 产 元", "供餐单位日供餐量 (单位 is an organisation)"),
    ("closing_counter", "餐 起 轮 遍", "每餐次食品留样时间 (counters read only closing a value: more_units.COUNTED_UNITS)"),
)
# After 单 alone: a single storey and a single-item champion are attributes, no per-unit phrase (huanping's 看护房单层建筑面积
# → 单层建筑面积; yunpu's 制造业单项冠军企业奖励). (name, pattern after 单, example)
SINGLE_ATTRIBUTES = (("storey_or_champion", r"层|项冠军", "看护房单层建筑面积不超过30平方米 → kept"),)
_NO_UNITS = frozenset(word for _, words, _ in NO_PER_UNIT_WORDS for word in words.split())
_UNITS = sorted({unit for unit in MEASURE_UNITS if re.fullmatch(r"[\u4e00-\u9fff]+", unit) and unit not in _NO_UNITS} | {word for _, words, _ in EXTRA_MEASURE_WORDS for word in words.split()}, key=lambda unit: (-len(unit), unit))
# 每 or 单, a number or none, a measure word; a one-character unit that opens a word of the name is read by jieba below.
PER_UNIT = re.compile(r"(?<![按每单])(?:每|单(?!" + one_of(SINGLE_ATTRIBUTES) + r"))(?:" + NUMBER + "|" + CN_NUMBER + r")?(?:" + "|".join(_UNITS) + r")")
# What follows the phrase that names nothing: a limit, qualifier or cap word (「单件原则上」, 「单个企业最多」).
NOT_A_NAME = re.compile(r"^(?:原则上|一般|最高|最多|最长|最低|限|不|应|须|均|至少|累计|合计|按|为|达到|可|优惠)")
# A verb of placing or equipping after the phrase: what is placed is named by the placing rules (placing_verbs, equipped_named),
# as lilan's 「沿线每100米设置地面警示标志」 → 地面警示标志. (name, pattern, example)
PLACED_AFTER = (("placed", r"设置|设立|配备|配置|落实|储备|安装|建设|建成|开展|提供|安排", "管道沿线每100米设置警示桩不少于1个 → kept for the placing rules"),)
PLACED = re.compile("^(?:" + one_of(PLACED_AFTER) + ")")
# The holder before the phrase: two characters or more (a phrase opening the name is read by support_after_each and
# each_left_out).
HOLDER = re.compile(r"^[\u4e00-\u9fff（）()]{2,}$")


# A bare measure after the phrase joins the holder's last words in the labels (liquan, tongyuan, qiyu): left as read.
BARE_AFTER = frozenset({"保额", "施用量"})


def per_unit_measure(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the measure after a per-unit phrase inside its name (PER_UNIT), without the holder before the
    phrase; unchanged for a goal, a name with no holder before the phrase, or no name after it."""
    name = target.indicator
    if target.kind != "amount":
        return target
    phrases = [m for m in PER_UNIT.finditer(name) if HOLDER.match(name[: m.start()])]
    if not phrases:
        return target
    rest = name[phrases[-1].end() :]
    if not _names_something(rest) or _counted_only(rest) or rest in BARE_AFTER:
        return target
    return renamed(folded, target, rest)


def _names_something(rest: str) -> bool:
    """Whether ``rest``, what follows a per-unit phrase or its counted noun, can name the target alone: two characters or more,
    Chinese only, no limit, qualifier or cap word (NOT_A_NAME), no placing verb (PLACED) and no bare measure."""
    return len(rest) >= 2 and NAME_CHARACTERS.fullmatch(rest) is not None and not NOT_A_NAME.match(rest) and not PLACED.match(rest) and rest not in BARE_MEASURES


def _counted_only(rest: str) -> bool:
    """Whether what follows the phrase is only the item counted, closed by a holder ending (「租金减免面积单个企业最多」: the
    name before the phrase is the name)."""
    return any(ending.end() == len(rest) for ending in HOLDER_ENDING.finditer(rest))


# Session 16, second pass: a per-unit word whose unit is a kind of thing (名 / 位 a person, 头 an animal, 延米 a quay's
# length of shoreline) counts the noun of that kind right after it, and the measure after the noun is what is named: the
# counted noun is no part of the name, as the per-unit word is not (TARGET_LABELING.md). 「每名服务专员联系企业」 → 联系企业,
# 「每头出栏生猪用水量」 → 用水量, 「每延米岸线年通过能力」 → 年通过能力. The noun ends at its kind's first ending (a person's
# 人员 / 员 / 师 / 手 / 者 / 生 / 人; an animal's 牛 / 猪 / 羊 / 禽); a rest of less than two characters, or a period, limit or placing
# verb after the noun, leaves the name as read (「每名师傅每年补贴人数」 is read by the period rules). (name, unit words,
# pattern of the counted noun, example)
OWN_NOUN_UNITS = (
    ("person", "名 位", r"[\u4e00-\u9fff（）()]{1,10}?(?:人员|员|师|手|者|生|人)(?![员])", "每名服务专员联系企业不超过15家 → 联系企业"),
    ("animal", "头", r"[\u4e00-\u9fff]{0,4}?(?:牛|猪|羊|禽)", "养殖场每头出栏生猪用水量不超过0.9立方米 → 用水量"),
    ("shoreline", "延米", r"(?:岸线|泊位|码头)", "码头每延米岸线年通过能力不低于1.5万吨 → 年通过能力"),
)
# (单位 is an organisation, no per-unit word: 「供餐单位从制作完成到学生就餐时间」 stays whole)
_OWN_NOUNS = [(re.compile(r"(?:每|单(?!位))(?:" + "|".join(words.split()) + ")"), re.compile(noun)) for _, words, noun, _ in OWN_NOUN_UNITS]
# What opens the rest after the counted noun and leaves the name as read: a period (the period rules read it), or a duty
# verb (duty_names reads a person given a duty: 「每名作业人员负责维保电梯」 is left as read).
NOT_A_MEASURE = re.compile(r"^(?:每|年度?(?=[每])|月|周|季|负责|分管|主抓)")


def own_noun_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by what follows the noun counted by a per-unit word of a kind (OWN_NOUN_UNITS): the per-unit word
    right before the name or inside it; unchanged for a goal or where the rest is no name."""
    if target.kind != "amount":
        return target
    name = target.indicator
    before = folded[max(0, target.start - 3) : target.start]
    for per_unit, noun in _OWN_NOUNS:
        inside = list(per_unit.finditer(name))
        if inside:
            start = inside[-1].end()
        elif any(m.end() == len(before) for m in per_unit.finditer(before)) and folded.startswith(name, target.start):
            start = 0
        else:
            continue
        counted = noun.match(name, start)
        if counted is None:
            continue
        rest = name[counted.end() :]
        if not _names_something(rest) or NOT_A_MEASURE.match(rest):
            return target
        return renamed(folded, target, rest)
    return target


# Session 17: after a per-unit word that counts things (每张, 每个, 单台, 每届: COUNTING_WORDS) right before an amount's name
# or opening it, the item counted opens the name, and the measure after it is what is named where that measure is a support
# or ends in a word naming a quantity (QUANTITY_ENDS): the item is no part of the name, as the per-unit word is not
# (TARGET_LABELING.md). 「每张床位补助不超过1500元」 → 补助, 「每个品种留样量不少于125克」 → 留样量, 「每间宿舍居住人数」 → 居住人数.
# The item ends at the first word boundary after a noun of two characters or more whose rest names such a measure; a bare
# measure (「每个服务站面积」 keeps its item, as the guide reads it) or an item's own measure (「单个项目投资」) leaves the name
# as read. (name, pattern, example)
COUNTING_WORDS = (("counted_thing", r"(?<![按])[每单](?:批次|[个张家所座间台条届次批项支块口笔杆桩辆套处])", "每张床位补助不超过1500元 → 补助"),)
COUNTING_WORD = re.compile(one_of(COUNTING_WORDS))
QUANTITY_ENDS = (("quantity", r"(?:金额|额度|限额|费用|量|人数|客房数|期限|时间|时长|能力|功率|重量|比例)$", "每张床位保险金额不低于30万元 → 保险金额"),)
QUANTITY_END = re.compile(one_of(QUANTITY_ENDS))
SUPPORT_WORD = re.compile(dict((name, pattern) for name, pattern, _ in KEPT_NAMES)["support"])  # the support words the holder rules keep


def counted_item_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the measure after the item a per-unit word counts (COUNTING_WORDS, QUANTITY_ENDS, a support);
    unchanged for a goal, a name with no such word before it or opening it, or no such measure after the item."""
    name = target.indicator
    if target.kind != "amount" or not NAME_CHARACTERS.fullmatch(name):
        return target
    opening = COUNTING_WORD.match(name)
    if opening is None and not (folded.startswith(name, target.start) and any(m.end() == target.start for m in COUNTING_WORD.finditer(folded, max(0, target.start - 3), target.start))):
        return target
    start = opening.end() if opening else 0
    position = start
    for word, word_tag in tag(name[start:]):
        position += len(word)
        item, rest = name[start:position], name[position:]
        if len(item) < 2 or not word_tag.startswith("n") or SUPPORT_WORD.search(item):
            continue
        if len(rest) < 2 or rest in BARE_MEASURES or ITEM_OWN_MEASURE.match(rest):
            return target
        # (a support word or a holder across the cut or after it is read by the holder rules: 「每个市奖补资金」, 「单个景区经营
        # 主体贷款额度」; a support given after the item keeps its giving to those rules: 「每条线路给予运营补助」)
        if any(m.start() < position < m.end() for m in SUPPORT_WORD.finditer(name)) or HOLDER_ENDING.search(rest) or rest.startswith("给"):
            return target
        quantity = QUANTITY_END.search(rest)
        # (a support of one character opening the rest is the item's own: 「单张餐饮券面值」 keeps its 餐饮券)
        if any(len(m.group()) > 1 for m in SUPPORT_WORD.finditer(rest)) or (quantity and quantity.start() > 0):
            return renamed(folded, target, rest)
    return target


# Session 18: where the value counts things (个, 座, 张, 名…: COUNTING_UNITS) after a per-unit word and its item, the things
# counted are the name and the item is left out, as the per-unit word is (TARGET_LABELING.md): 「每个游艇码头泊位不少于50个」 →
# 泊位, 「每届展会特装展位不少于200个」 → 特装展位. The item is the one the notice has just named (「建设游艇码头8个。每个游艇码头…」):
# the longest run of the name's first words that stands in the text before the per-unit word (ITEM_REACH characters). A bare
# measure, an item's own measure or a holder after the item (「每支队伍人员」, 「每个工作组成员」) leaves the name as read.
COUNTING_UNITS = (("things_counted", "个 家 座 处 张 条 台 辆 套 间 块 口 根 艘 只 盏 部 片 项 件 种 场 场次 人 名 位", "每个码头泊位不少于50个 → 泊位"),)
_COUNTING_UNITS = frozenset(unit for _, units, _ in COUNTING_UNITS for unit in units.split())
ITEM_REACH = 200
THING_TAGS = frozenset({"n", "nz", "vn", "ng", "nr", "ns", "nt"})  # the word closing the things counted: a noun


def counted_things_named(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the things its value counts after the item a per-unit word counts, the item being the longest
    run of the name's first words written in the text before; unchanged where no such item or no such things follow."""
    name = target.indicator
    if target.kind != "amount" or target.unit not in _COUNTING_UNITS or not NAME_CHARACTERS.fullmatch(name):
        return target
    opening = COUNTING_WORD.match(name)
    leading = [m.start() for m in COUNTING_WORD.finditer(folded, max(0, target.start - 3), target.start) if m.end() == target.start]
    if opening is None and not (folded.startswith(name, target.start) and leading):
        return target
    at = target.start + opening.start() if opening else leading[0]
    start = opening.end() if opening else 0
    before = folded[max(0, at - ITEM_REACH) : at]
    words = tag(name[start:])
    position, cut = start, None
    for word, word_tag in words[:-1]:
        position += len(word)
        # (the item is a thing, closed by a noun: 「每批次接待学生」 counts no 接待)
        if position - start >= 2 and word_tag in THING_TAGS and name[start:position] in before:
            cut = position
    if cut is None:
        return target
    rest = name[cut:]
    rest_words = tag(rest)
    # (a verb opening the rest makes it a deed, left to the deed rules: 「每个口袋公园设置座椅」, 「每批次接待学生」)
    if len(rest) < 2 or rest in BARE_MEASURES or ITEM_OWN_MEASURE.match(rest) or HOLDER_ENDING.search(rest) or rest_words[0][1][:1] in ("v", "d", "p") or rest_words[-1][1] not in THING_TAGS:
        return target
    return renamed(folded, target, rest)
