"""What follows a value: the measured noun after it (past asides, quoted and relative modifiers, a
support verb) and an aside restating the value on another basis (「每月1250元（税后1000元）」)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from . import indicator as nouns
from .found import FoundTarget
from .counted_objects import run_to_clause_end
from .noun_heads import through_head
from .patterns import RECIPIENT_OPENING, SUPPORT_PHRASE
from .standard_deeds import support_named_by_deed, support_verb_end
from .support import after_list
from .tables import one_of
from .values import VALUE, value_fields

ASIDE = re.compile(r"\([^()]*\)")
# An abbreviation spelt out in words inside the measured noun, the noun going on after it: 「高水平OPC
# （One Person Company）社区」 → 高水平OPC社区 (an abbreviation itself stays: 「研究与试验发展(R&D)经费投入强度」,
# and so does a gloss closing the noun: 「起降场（点）」). (name, pattern, example)
INNER_GLOSSES = (("spelt_out", r"\([A-Za-z]+(?: [A-Za-z]+)+[^()]{0,60}\)", "先行布局10家以上高水平OPC（One Person Company）社区"),)
INNER_GLOSS = re.compile(one_of(INNER_GLOSSES))
# A word of one or two characters in brackets inside the noun names an alternative within it (part-time, assistant),
# the noun going on after it: the name runs through it (session 24: 7 labels of rounds 1–55 so written after a value,
# none cut at the bracket). (name, pattern, example)
INNER_ALTERNATIVES = (("bracketed_alternative", r"\([\u4e00-\u9fff]{1,2}\)(?=[\u4e00-\u9fff])", "每所寄宿制学校至少配备1名专（兼）职营养指导员 → 专（兼）职营养指导员 / 其中至少有1名执业（助理）医师 → 执业（助理）医师"),)
INNER_ALTERNATIVE = re.compile(one_of(INNER_ALTERNATIVES))
# A bracket inside a name that glosses it rather than counting with it — the abbreviation spelt out, or a
# definition (即…, 以下简称…, 简称…, 下称…, 指…) — is left out of the indicator, the name going on after it; a
# bracket naming an alternative or a unit stays (「急救中心（站）」, 「发明专利拥有量（件）」). (name, pattern, example)
GLOSSES_IN_NAME = (
    ("spelt_out", r"[（(][A-Za-z]+(?: [A-Za-z]+)+[^（）()]{0,60}[）)]", "先行布局10家以上高水平OPC（One Person Company）社区 → 高水平OPC社区"),
    ("defining", r"[（(](?:即|以下简称|简称|下称|指)[^（）()]{1,120}[）)]", "全县智能网联车辆（即具备L2级以上辅助驾驶功能的车辆，以下简称网联车）保有量突破5000辆 → 智能网联车辆保有量"),
)
GLOSS_IN_NAME = re.compile("(?:" + one_of(GLOSSES_IN_NAME) + r")(?=[^\s（(])")
# An aside closing a name that narrows it to a kind or a region of the thing named, not an alternative to
# it (「急救中心（站）」, 「县（市、区）」 stay): (name, pattern, example).
NARROWING_ASIDES = (
    ("kind_of", r"[（(][^（）()]{1,6}类[）)]$", "市级农业产业化龙头企业（茶叶类）达到20家 → 市级农业产业化龙头企业 (round 17)"),
    ("restated_head", r"[（(][^（）()]{1,6}(?P<head>[\u4e00-\u9fff]{2})[）)]$", "区域首店（华中首店）达到150家 → 区域首店 (the head 首店 said again, round 17)"),
)
NARROWING_ASIDE = re.compile(one_of(NARROWING_ASIDES))


def without_glosses(name: str) -> str:
    """``name`` without a gloss inside it (GLOSSES_IN_NAME) and a narrowing aside closing it (NARROWING_ASIDES)."""
    name = GLOSS_IN_NAME.sub("", name)
    m = NARROWING_ASIDE.search(name)
    if m is None or len(name) - len(m.group()) < 3:
        return name
    return name[: m.start()] if m["head"] is None or name[: m.start()].endswith(m["head"]) else name  # (kind_of has no head)


QUOTED_MODIFIER = re.compile(r"的?“[^”,;。]{1,12}”的?")
# A quoted word joined straight to the counted noun, no 的 on either side, is part of its name: 「每个行政村至少布设1个“就近办”服务点」
# → “就近办”服务点 (a 的 makes it a modifier: 「7天的“青荷驿站”免费住宿」 → 免费住宿). Session 19: 3 labels in 3 notices of 3 writers
# (rounds 18b, 22a, 32a) so written, none against; 「10万平方米的“飞地”物业」 (24b, after 的) keeps it too, 「7天的“青荷驿站”免费住宿」
# (a real notice) drops it, so a 的 is left as the code had it. (name, pattern after the value, example)
JOINED_QUOTES = (("joined_quoted_name", r"“[^”,;。的]{1,12}”(?=[\u4e00-\u9fff])(?!的)", "至少设置1个“跨省通办”窗口 → “跨省通办”窗口"),)
JOINED_QUOTE = re.compile(one_of(JOINED_QUOTES))
# A ratio a notice sets with 按 (照) — so many of a thing for each so many served — closes with 「…的标准」 / 「…的比例」 and a verb:
# the thing counted between the value and 的 is the name, the verb after is how the ratio is used (「按照每10辆电动自行车配置不少于
# 1个充电端口的标准测算建设需求」 → 充电端口, not 标准测算建设). Session 14: 8 labels in 7 notices of 6 writers (rounds 6, 15a, 32b,
# 35b, 37a ×2, 37b) name the thing counted; none names what follows 的. (name, pattern after the value, example)
RATIO_STANDARDS = (("counted_per_ratio", r"(?P<noun>[^,;。的、\d]{1,16}?)的(?:标准|比例)(?!化)", "按照每300人配备1名保洁员的标准配齐村级保洁员 → 保洁员 / 按照收托150名幼儿至少配备1名专职卫生保健人员的比例配齐 → 专职卫生保健人员"),)
RATIO_STANDARD = re.compile(one_of(RATIO_STANDARDS))
RATIO_FRAME = re.compile(r"按(?:照)?[^,;。]*(?:配备|配置|设置|建设|安排)[^,;。]*$")
# A sum for a purpose: what it funds is named after the support verb (「安排2000万元对社区予以算力支持」).
PURPOSE = re.compile(r"(?:对|为|向|用于)[^,;。]{1,20}?(?:予以|给予|提供)")
# A size the counted things must have, between the value and their noun: 「1支不少于30人的综合性应急救援
# 队伍」 → 综合性应急救援队伍. (name, pattern, example)
SIZED_MODIFIERS = (
    ("limited_size", r"(?:不少于|不低于|至少|超过|不超过)\d+(?:\.\d+)?[^\d,;。的]{0,3}的", "每个乡镇至少建成1支不少于30人的综合性应急救援队伍"),
    ("measured_size", r"[^,;。的\d]{0,4}?(?:面积|规模|长度|宽度|容量|功率|投资|里程)(?:不少于|不低于|达到|超过)?\d+(?:\.\d+)?[^\d,;。的]{0,4}?(?:及以上|以上)?的", "每个县城至少建成1个面积10公顷以上的综合公园 → 综合公园"),
    ("size_noun_after", r"(?:面积|规模|长度|容量)的", "可享受50平方米面积的租金减免 → 租金减免 (the value sizes what follows 的)"),
)
SIZED_MODIFIER = re.compile(one_of(SIZED_MODIFIERS))
RELATIVE_RUN = re.compile(r"(?P<clause>[^,;。的、\d]{2,16}?)的")  # a clause before the noun after 的
# …and a clause with a count of its own (a verb before it, jieba's): the count says what the thing has, the noun after 的
# is counted (TARGET_LABELING: a 「…的」 clause before a counted noun is no part of it). (name, pattern, example)
COUNTED_CLAUSES = (("clause_with_count", r"(?P<clause>[^,;。的、“”\d]{2,8}?\d+[^,;。的、“”\d]{2,12}?)的(?=[^,;。的\d]{3,}(?:[,;。]|$))", "每个县至少建成1个具备42项常规指标检测能力的区域水质检测中心 → 区域水质检测中心"),)
COUNTED_CLAUSE = re.compile(one_of(COUNTED_CLAUSES))
MODIFIER_RUN = re.compile(r"[^,;。的]{0,30}?、[^,;。的]{1,30}?的")  # 、-listed modifiers of the noun after 的
# Grades listed with 、 right after a value qualify the counted noun after them. (name, pattern, example)
GRADE_LISTS = (("listed_grades", r"[一二三四五六七八九十\d]{1,2}(?:、[一二三四五六七八九十\d]{1,2})+(?:类|级|星级|等)", "2026年底前完成第一批15座四、五类危桥改造"),)
GRADE_LIST = re.compile(one_of(GRADE_LISTS))
# An aside restating a value under another basis is a second figure: (name, pattern, example).
RESTATED_FORMS = (
    ("tax_basis", r"税后|税前|含税|不含税", "每月1250元（税后1000元）的安居补贴"),
)
RESTATED = re.compile(r"\((?P<qualifier>" + one_of(RESTATED_FORMS) + r")[^)]*\)")


# The currency named after a sum is part of its unit, never the measured noun. (name, pattern, example)
CURRENCY_GLOSSES = (("currency", r"人民币|美元(?=[,;。]|$)", "每增长1美元奖励0.02元人民币"),)
CURRENCY_GLOSS = re.compile(one_of(CURRENCY_GLOSSES))


# Levels of the same rank in brackets after a place noun, or a smaller kind after a facility, are part of it (the text is folded: half-width
# brackets). (name, pattern, example)
LEVEL_ALTERNATIVES = (
    ("same_rank", r"(?<=[县区市])\((?:市、区|区、市|市、县|县、市|县、区|区、县|县、市、区)\)(?!级)", "力争3个县（市、区）通过国家义务教育优质均衡发展督导评估"),
    ("alternative_name", r"(?<=[\u4e00-\u9fff])\([\u4e00-\u9fff]{1,2}\)(?=[,;。、]|$)", "每个县至少设置1个急救中心（站） → 急救中心（站） (the bracket names the smaller kind that counts too, as 「起降场（点）」 before a value)"),
)
LEVEL_ALTERNATIVE = re.compile(one_of(LEVEL_ALTERNATIVES))


def _counted_clause(clause: str, at: int) -> re.Match[str] | None:
    """COUNTED_CLAUSES at ``at`` where jieba reads the clause's first word as a verb (「具备42项…」)."""
    m = COUNTED_CLAUSE.match(clause, at)
    return m if m and (words := nouns.tag(m["clause"])) and nouns.is_verb(*words[0]) else None


# A count of months before a monthly base sizes a sum in that base: the base, verbs and all, to its money word, is
# the measured thing (refuse.MONTHS_OF_BASES). (name, pattern after the value, example)
MONTHLY_BASES = (("monthly_base", r"的(?P<base>[^,;。的和]{1,20}?(?:保险金|保险费|工资|薪酬|收入))", "按6个月的企业及其职工应缴纳社会保险费 → 企业及其职工应缴纳社会保险费"),)
MONTHLY_BASE = re.compile(one_of(MONTHLY_BASES))


def noun_after_value(clause: str, value_end: int) -> tuple[int, int] | None:
    """(start, end) of the measured noun after a value, (n, n) when there is none, None when a second
    value follows it (「营收超1000万元OPC100家」: the first value says which OPC are counted); the support word a
    money standard's verb is (「…元的标准补助粪污收集池建设」 → 补助, standard_deeds)."""
    if named := support_named_by_deed(clause, value_end):
        return named
    return _noun_after_value(clause, value_end)


def _support_given_at(clause: str, at: int) -> int | None:
    """Where the support stands after a support verb at ``at`` (standard_deeds.support_verb_end), past who is given it
    (「按每人3000元给予企业一次性吸纳补贴」: RECIPIENT_OPENING); None where no such verb stands there."""
    verb_end = support_verb_end(clause, at)
    if verb_end is None:
        return None
    recipient = RECIPIENT_OPENING.match(clause, verb_end)
    return recipient.end() if recipient else verb_end


def _noun_after_value(clause: str, value_end: int) -> tuple[int, int] | None:
    if clause.endswith("月", 0, value_end) and (base := MONTHLY_BASE.match(clause, value_end)):
        return base.start("base"), base.end("base")
    noun_at = after_list(clause, value_end)  # 「申领15万元、10万元一次性购房补贴」
    if aside := ASIDE.match(clause, noun_at):
        noun_at = aside.end()  # 「提供每年7天（6晚）的免费住宿」: a restatement of the value
    if gloss := CURRENCY_GLOSS.match(clause, noun_at):
        noun_at = gloss.end()  # 「奖励0.02元人民币」: the currency, no measured noun
    if (grades := GRADE_LIST.match(clause, noun_at)) and nouns.noun_after(clause[grades.end() :])[1]:
        noun_at = grades.end()  # 「15座四、五类危桥改造」: the grades say which, the noun after them is counted
    joined = JOINED_QUOTE.match(clause, noun_at)
    if (quoted := QUOTED_MODIFIER.match(clause, noun_at)) and nouns.noun_after(clause[quoted.end() :])[1]:
        noun_at = quoted.end()  # 「7天的“青荷驿站”免费住宿」: a quoted name before the noun modifies it
    if (ratio := RATIO_STANDARD.match(clause, noun_at)) and RATIO_FRAME.search(clause, 0, value_end):
        return ratio.start("noun"), ratio.end("noun")  # 「按照每300人配备1名保洁员的标准配齐…」 → 保洁员 (RATIO_STANDARDS)
    if m := SIZED_MODIFIER.match(clause, noun_at):
        noun_at = m.end()  # 「1支不少于30人的综合性应急救援队伍」 → 综合性应急救援队伍
    elif m := MODIFIER_RUN.match(clause, noun_at):
        noun_at = m.end()  # 「1个低成本、开放式、便利化、全要素的众创空间」 → 众创空间
    elif ((m := RELATIVE_RUN.match(clause, noun_at)) or (m := _counted_clause(clause, noun_at))) and nouns.is_clause(m["clause"]):
        noun_at = m.end()  # 「30个性能先进并成功落地的优秀智能体应用」 → 优秀智能体应用
    elif m := PURPOSE.match(clause, noun_at):
        noun_at = m.end()  # 「安排2000万元对社区、园区等平台予以算力支持」 → 算力支持
    elif (given_at := _support_given_at(clause, noun_at)) is not None:
        noun_at = given_at  # 「按每人1000元给予一次性吸纳就业补贴」, 「最高800万元的标准给予补助」, 「…的标准统一购买意外伤害保险」 (standard_deeds)
    skip, length = nouns.noun_after(clause[noun_at:])
    length = _past_gloss(clause, noun_at, length)
    if length:
        length = through_head(clause, noun_at + length) - noun_at  # 「1个供水管护站」: jieba cut 站 off as a verb
        length = nouns.closing_head_end(clause, noun_at + length) - noun_at  # 「1个药品快速检验实验室」 (CLOSING_HEAD_RUNS)
        length = run_to_clause_end(clause, noun_at, length)  # 「1个县级寄递公共配送中心。」 (counted_objects)
    if length and (following := VALUE.match(clause, noun_at + length)) and following.group():
        return None
    if (phrase := SUPPORT_PHRASE.match(clause, noun_at + skip)) and phrase.end() > noun_at + length:
        length = phrase.end() - noun_at  # 「一次性引才补贴」: jieba cut 引才 into a verb
    length = _verb_head(clause, noun_at, skip, length)
    # (a joined quote the reading stepped over, with a noun right after it, opens the name)
    opened = joined.start() if joined and joined.end() == noun_at and skip == 0 and length > 0 else noun_at + skip
    return opened, noun_at + _run_on(clause, noun_at, length)  # JOINED_QUOTES: the name opens at the quote


# After 「value + 的」 the words up to the clause's end are one noun phrase, so a verb closing the clause right after the
# noun is its head, nominalised, not a predicate: 「给予5%的价格扣除」 → 价格扣除, 「安排不少于1小时的体育锻炼」 → 体育锻炼
# (jieba tags 扣除, 锻炼 as verbs). (name, pattern after the noun, example)
VERB_HEADS = (("verb_closing_de_phrase", r"[\u4e00-\u9fff]{2}(?=[,;。]|$)", "对节能产品给予5%的价格扣除。 → 价格扣除"),)
VERB_HEAD = re.compile(one_of(VERB_HEADS))
# A value after 按 sizes the verb after its noun, which stays the predicate: 「按不低于10%的幅度递增」, 「按…的比例安排」.
MEASURE_FRAME = re.compile(r"按(?:照)?[^,;。]*$")


def _verb_head(clause: str, noun_at: int, skip: int, length: int) -> int:
    """The noun's length, run on over one verb closing the clause when a 的 opened the noun (VERB_HEADS)."""
    if not (length > skip and clause.endswith("的", 0, noun_at + skip)) or MEASURE_FRAME.search(clause, 0, noun_at):
        return length
    if (head := VERB_HEAD.match(clause, noun_at + length)) and (words := nouns.tag(head.group())) and len(words) == 1 and nouns.is_verb(*words[0]):
        return head.end() - noun_at
    return length


def _run_on(clause: str, noun_at: int, length: int) -> int:
    """The noun's length, run on over nouns joined to it (JOINED_OBJECTS) and a bracket of what else counts as one."""
    if length and (joined := JOINED_OBJECT.match(clause, noun_at + length)):
        length = joined.end() - noun_at  # 「1名专职或兼职食品安全总监」: jieba ends the noun at 专职 (JOINED_OBJECTS)
    if length and (levels := LEVEL_ALTERNATIVE.match(clause, noun_at + length)):
        length = levels.end() - noun_at  # 「3个县（市、区）」: the bracket names what else counts as one
    return length


# A verb and a quoted name with its head noun after it close one service: 「提供最长30天免费入住“青年人才驿站”服务」 → 免费入住
# “青年人才驿站”服务 (jieba ends the noun at 入住). (name, pattern after the noun, example)
QUOTED_OBJECTS = (("quoted_service", r"[“\"][^”\",;。]{2,12}[”\"](?:服务|项目)(?=[,;。]|$)", "提供最长15天免费入住“人才之家”服务 → 免费入住人才之家服务"),)
QUOTED_OBJECT = re.compile(one_of(QUOTED_OBJECTS))


# Nouns joined by 或 / 和 / 、 after one value, closing the clause, are one thing counted: 「1名专职或兼职食品安全总监」,
# 「300平方米的共享会议、路演和展示空间」, 「1次培训或见习机会」 (round 19: every such label of rounds 16–18 — shiping 18a,
# tingwan 17b, luzhou 16a — names the whole run). A further value after a 、, or a count in words (一批), is a list of values.
# (name, pattern after the noun, example)
JOINED_OBJECTS = (("joined_nouns", r"(?:或|和|、)[^,;。、\d或和一二两三四五六七八九十批]{1,10}(?:(?:或|和|、)[^,;。、\d或和一二两三四五六七八九十批]{1,10})*(?=[,;。]|$)", "每所学校配备不少于1名专职或兼职食品安全总监 (not 「3—5个…试验区和一批…示范区」: a second count)"),)
JOINED_OBJECT = re.compile(one_of(JOINED_OBJECTS))


def _past_gloss(clause: str, noun_at: int, length: int) -> int:
    """The noun's length, run on past a gloss or a bracketed alternative inside it (INNER_GLOSSES, INNER_ALTERNATIVES) when
    the noun goes on after it, and past a quoted
    service closing the clause (QUOTED_OBJECTS)."""
    if length and (gloss := INNER_GLOSS.match(clause, noun_at + length) or INNER_ALTERNATIVE.match(clause, noun_at + length)):
        more_skip, more = nouns.noun_after(clause[gloss.end() :])
        if more and not more_skip:
            return gloss.end() + more - noun_at
    if length and (quoted := QUOTED_OBJECT.match(clause, noun_at + length)):
        return quoted.end() - noun_at
    return length


def restated(text: str, clause_start: int, clause: str, value: re.Match[str], target: FoundTarget) -> list[FoundTarget]:
    """A second figure of the same support in an aside after the value (「每月1250元（税后1000元）」):
    one more target, same indicator, its own value and span."""
    m = RESTATED.match(clause, value.end())
    if not m:
        return []
    inner = VALUE.match(clause, m.end("qualifier"))
    if not (inner and inner.group() and inner.end() == m.end() - 1 and (inner["unit"] or inner["scale"])):
        return []
    return [replace(target, **value_fields(text, clause_start, inner), range=None, start=clause_start + inner.start(), end=clause_start + inner.end(), rule="restated")]


def first_after_asides(clause: str, position: int) -> str:
    """The first character after ``position`` once asides and spaces are taken out ("" at the end):
    what ``ASIDE.sub("", clause[position:]).strip()[:1]`` gives, without copying the rest of the clause
    for every value (quadratic in a clause of many values)."""
    while position < len(clause):
        if clause[position].isspace():
            position += 1
        elif aside := ASIDE.match(clause, position):
            position = aside.end()
        else:
            return clause[position]
    return ""


# A name that is only the rhythm or the preposition before a limited value names nothing: the thing is the noun after
# the value (「每年对不少于3000家用人单位开展监测」 → 用人单位) or the object of the verb after the rhythm (「每年完成改造2000户」 →
# 改造, as 「每年完成村道建设60公里」 → 村道建设). (name, pattern, example)
RHYTHM_ONLY_NAMES = (
    ("rhythm_only", r"(?:每年|全年|每年度|年度|每季度|每月)(?:对|向|为)?", "每年对不少于2000家用人单位开展职业病危害因素监测"),
    ("preposition_only", r"对|向|为", "对不少于500家企业开展安全检查"),
)
RHYTHM_ONLY_NAME = re.compile(one_of(RHYTHM_ONLY_NAMES))
DONE_OBJECT = re.compile(r"(?:完成|开展|实施)(?P<thing>[\u4e00-\u9fff]{2,12})$")


def rhythm_named(name: str, clause: str, value_end: int, deed: str, name_start: int) -> tuple[str, int, int] | None:
    """What a limited value names where ``name`` before it is only RHYTHM_ONLY_NAMES: the noun after the value
    (a value_first target), else the object of the verb after the rhythm; None otherwise."""
    if not RHYTHM_ONLY_NAME.fullmatch(name):
        return None
    if (noun := noun_after_value(clause, value_end)) and noun[1] > noun[0]:
        return "value_first", noun[0], noun[1]
    if done := DONE_OBJECT.search(deed):
        return "comparator", name_start + done.start("thing"), name_start + done.end("thing")
    return None


# A count before a facility counts the facility, not the work done on it: 「完成12所乡镇敬老院改造提升」 → 乡镇敬老院,
# 「完成8个乡镇服务中心建设」 → 乡镇服务中心 (session 18: 11 labels of 10 notices, rounds 5–42, none keeps the work; the
# value after the name keeps it: 「完成病险水库除险加固3座」). 改造, 整治 alone split the labels and stay; 加固 alone has none. (name, pattern, example)
FACILITY_WORKS = (("work_on_counted", r"(?P<task>[^,;。、\d]{2,}?)(?:建设|治理|除险加固|改造提升|提升改造)(?:任务)?$", "完成5座乡镇污水处理厂改造提升"),)
FACILITY_WORK = re.compile(one_of(FACILITY_WORKS))
