"""A value closing its clause after a name and no comparator (「耕地保有量171万亩」, 「累计改造老旧小区120个」,
「主要景区新增停车泊位3000个」): when the words before it make it a target, and where its name starts."""

from __future__ import annotations

from .. import rx as re

from . import indicator as nouns
from .after_value import first_after_asides
from .budget_names import budget_cut
from .facility_kinds import TERRITORY_EACH
from .name_deeds import DONE_END
from .names import ACTION_START, INDICATOR_NOUN, TABLE_VERB_START, trim
from .patterns import CN_DIGITS, CONDITION_CONTEXT, PER_PLACE_QUOTA, VALUE_FIRST_VERBS
from .tables import one_of

# A span of years opening a name says how long, as 累计 does (「三年新建绿道200公里」): (name, pattern, example)
YEARS_LEADS = (("years_lead", r"(?:\d{1,2}|[一二两三四五])年(?:内|累计)?", "三年新建绿道200公里 → 绿道"),)
YEARS_LEAD = one_of(YEARS_LEADS)
VERB_STARTS = re.compile("^(?:全市|全省|全区|全县|累计|年均|全年|每(?:年|季度|半年|[两三四五]年)|" + YEARS_LEAD + ")?新?(?:改扩建|改建|改造|开通|开行|发放|投放|给予|奖励|补贴|资助|补助|减免|贴息|扶持|" + one_of(VALUE_FIRST_VERBS) + ")")
# The verbs of commitment a subject or a place stands before (SUBJECT_THEN_VERBS, PLACE_SCOPES).
COMMITMENT_VERBS = r"新增|培育|培养|打造|建成(?!区(?!级))|建设|新建|引进|安排|创建|组建|认定|开通|完成|设立|配备"
# A place the works are done in, opening the clause with 在 before the verb of commitment, is the commitment's scope, as 全市
# is: 「在县域重点产业集聚区布设质量安全风险监测点200个」 → 质量安全风险监测点. Session 14: 8 goal labels in 7 notices of 6 writers
# (rounds 24, 28, 30, 33, 37 ×2…) were missed, the place making the name too long or holding 的 / 、. (name, pattern, example)
PLACE_SCOPES = (("place_of_works", r"^在[^,;。在]{2,20}?(?=(?:" + COMMITMENT_VERBS + r"|设置|布设|布局|改造|配备|安装|建立))", "在灾害多发易发的西部山区新建省级综合应急物资储备库3个 → 省级综合应急物资储备库"),)
PLACE_SCOPE = re.compile(one_of(PLACE_SCOPES))
SCOPE_LEAD = re.compile(r"^(?:全市|全省|全区|全县|全年|累计|年均|每(?:年|季度|半年|[两三四五]年)|力争|确保|计划|" + YEARS_LEAD + ")+")  # 「每年培育科技型企业100家」, 「全市计划改造…」


# A subject, then a verb of commitment and its object closing the clause with the value: 「县级财政安排乡村振兴
# 贷款风险补偿资金2000万元」, 「依托高新区建设区级低空飞行服务站1个」. (name, pattern, example)
SUBJECT_THEN_VERBS = (
    # the subject may name its year before the verb: 「市财政2026年安排专项资金500万元」 (two writers of round 19)
    ("subject_verb_object", r"(?:(?<=[\u4e00-\u9fff]{2})|(?<=[\u4e00-\u9fff]{2}20\d\d年))(?:" + COMMITMENT_VERBS + r")(?=[^,;。、]{3,}$)", "主要景区新增停车泊位3000个 / 高新区设立国际人才服务站4个 / 市财政2026年安排专项资金500万元"),
)
SUBJECT_THEN_VERB = re.compile(one_of(SUBJECT_THEN_VERBS))


# A statistic per head of population closing its clause is an indicator's name as INDICATOR_NOUN's are:
# 「每千人拥有社会体育指导员3.2名」. (name, pattern, example)
PER_CAPITA_NAMES = (("per_capita", r"^每(?:千|万|十万|百)(?:常住)?(?:人口|人|户|老年人)(?:拥有)?[\u4e00-\u9fff]{2,}", "每千人拥有社会体育指导员3.2名"),)
PER_CAPITA_NAME = re.compile(one_of(PER_CAPITA_NAMES))


# Statistics of the yearly plans named by a verb phrase of their own, whole: a bare value after them is their target.
# (name, pattern closing the name, example)
STATISTIC_NAMES = (
    ("new_urban_jobs", r"城镇新增就业(?:人数)?$", "城镇新增就业3.2万人"),
    ("foreign_capital", r"实际(?:使用|利用)外资(?:金额)?$", "实际使用外资2.1亿美元"),
)
STATISTIC_NAME = re.compile(one_of(STATISTIC_NAMES))


# Each site, facility, length or group of people, then a verb of equipping and what it is equipped with, the count closing the
# clause: what each one must have (「每个服务区设置母婴室1个」, 「绿道每500米配备保洁员1名」, 「每个门诊至少配备医师2名」). Session 21:
# of the 21 dev labels so written, 18 are amounts and 3 goals (quotas of a 乡镇, 街道 or 区, patterns.PER_PLACE_QUOTAS); 7 in 6
# notices of 5 writers (21c, 39a, 40a ×2, 43b, 46a ×2) were missed, jieba reading 设置 / 明确 / 落实 as no verb. (name, pattern, example)
EACH_EQUIPPED = (
    ("each_equipped_count", r"每(?:\d+|[一两二三四五六七八九十百千万]+)?[^,;。每\d、]{1,10}?(?:至少|均)?(?:配备|配置|设置|明确|落实|安装)(?=[^,;。、\d每]{2,16}$)", "每个服务区设置母婴室1个 / 绿道每500米配备保洁员1名 / 每个候车厅至少设置电子屏1块"),
)
EACH_EQUIPPED_COUNT = re.compile(one_of(EACH_EQUIPPED))


def each_equipped(head: str) -> bool:
    """Whether ``head`` ends in what each site, facility, length or group must be equipped with (EACH_EQUIPPED), no division of
    the territory (a quota, PER_PLACE_QUOTAS: 「每个乡镇设置便民服务点1个」 stays a goal)."""
    equipped = EACH_EQUIPPED_COUNT.search(head)
    return equipped is not None and PER_PLACE_QUOTA.match(equipped.group()) is None and TERRITORY_EACH.match(equipped.group()) is None


def verb_inside(name: str) -> re.Match[str] | None:
    """SUBJECT_THEN_VERBS in a short name holding no condition word and no 的 (「…的企业」 says who)."""
    if len(name) > 20 or "的" in name or CONDITION_CONTEXT.search(name) or INDICATOR_NOUN.search(name):
        return None  # (「新增建设用地土壤环境安全保障率」 is a whole indicator's name)
    return SUBJECT_THEN_VERB.search(name)


def bare_value(clause: str, value_end: int, name: str) -> bool:
    """「耕地保有量171万亩」, 「新增培育OPC企业1000家、」: an indicator and its value end the clause."""
    at_end = first_after_asides(clause, value_end) in ("", "、")  # 「*万亩(*为待省分解下达目标)」
    if place := PLACE_SCOPE.match(name):
        name = name[place.end() :]  # 「在…集聚区布设…监测点200个」: the place is the scope (PLACE_SCOPES)
    if not at_end or len(name) > 24:  # before the searches: a head grown over a long list is never read
        return False
    if EACH_EQUIPPED_COUNT.search(name) or INDICATOR_NOUN.search(name) or PER_CAPITA_NAME.match(name) or STATISTIC_NAME.search(name) or DONE_END.search(name) or VERB_STARTS.search(name) or _action_and_object(SCOPE_LEAD.sub("", name)) or verb_inside(name) or budget_cut(name):
        return True
    # 「累计改造老旧小区120个」, 「全年接待游客3000万人次」: a verb (jieba's tag) and its object close the
    # clause — a verb of no table, never one of conditions (缴纳, 经营…)
    rest = SCOPE_LEAD.sub("", name)
    if (quota := PER_PLACE_QUOTA.match(rest)) and not rest.startswith(QUOTA_LIMITS, quota.end()):
        rest = rest[quota.end() :]  # 「每个乡镇配备专职网格员3名」: each place's quota (QUOTA_SUBJECTS)
    return len(rest) <= 16 and (nouns.leading_verbs(rest) > 0 or subject_then_verb(rest) is not None) and not CONDITION_CONTEXT.search(rest)


# Who or where acts, named by a short noun before the verb and its object that close the clause: 「试点区域修复退化湿地1.2万亩」,
# 「县城修复退化湿地」 (session 25: round 59a, and the verb-led form 「修复退化湿地1.2万亩」 was read). (name, example)
SUBJECTS_BEFORE_VERB = (("noun_subject", "试点区域修复退化湿地1.2万亩 → 退化湿地"),)
SUBJECT_MAX = 6
# …but a heading's aspect or a scale's grades are no object counted: 「科技成果转化激励方面4项」
NO_OBJECT_END = re.compile(r"(?:方面|等级|类别|类型)$")
NOUN_TAGS = ("n", "ns", "nz", "nt", "ng", "s")


def subject_then_verb(name: str) -> int | None:
    """How many characters of a short noun subject (at most SUBJECT_MAX, nouns only) open ``name`` before a verb of the tables
    (ACTION_START, TABLE_VERB_START) and its object; None where ``name`` opens otherwise."""
    skip = 0
    for word, flag in nouns.tag(name):
        if flag not in NOUN_TAGS or skip + len(word) > SUBJECT_MAX:
            break
        skip += len(word)
    rest = name[skip:]
    if not skip or len(rest) < 4:
        return None
    verb = ACTION_START.match(rest) or TABLE_VERB_START.match(rest)
    return skip if verb and len(rest) - verb.end() >= 2 and not NO_OBJECT_END.search(rest) else None


# The place of a quota opening a bare value's name is its scope, as 全市 is (patterns.PER_PLACE_QUOTAS); after a limit
# word the value is read as limited elsewhere. (name, example)
QUOTA_SUBJECTS = (("quota_place", "每个乡镇配备专职网格员3名 → 专职网格员"),)
QUOTA_LIMITS = ("至少", "最少", "不少于")


NUMBERED_OBJECT = re.compile(rf"[\d{CN_DIGITS}]|[^、]*、(?![^,;。]*等)")  # an object that is a value, or a list of clauses (not examples before 等)


def _action_and_object(name: str) -> bool:
    """A verb of doing (ACTION_VERBS) and its object of two characters or more: 「启动城中村改造项目12个」,
    「新购置垃圾分类收集车辆35辆」 (「整治一个、销号一个」: a verb alone counts no thing)."""
    m = ACTION_START.match(name)
    return m is not None and len(name) - m.end() >= 2 and not NUMBERED_OBJECT.match(name, m.end())


def subject_cut(name: str, cut: int) -> int:
    """Where a bare value's name starts: after a subject and its verb (SUBJECT_THEN_VERBS) when they
    reach past ``cut`` (trim's), 「主要景区新增停车泊位3000个」 → 停车泊位."""
    if (place := PLACE_SCOPE.match(name)) and place.end() > cut and (verb := TABLE_VERB_START.match(name[place.end() :])) and len(name) - place.end() - verb.end() >= 2:
        return place.end() + verb.end()  # 「在西部山区新建省级综合应急物资储备库」 (PLACE_SCOPES)
    if (equipped := EACH_EQUIPPED_COUNT.search(name)) and equipped.end() > cut:
        return equipped.end()  # 「每个服务区设置母婴室」 → 母婴室 (EACH_EQUIPPED)
    if (inside := verb_inside(name)) and inside.end() > cut:
        return inside.end() + trim(name[inside.end() :], True)
    if (lead := SCOPE_LEAD.match(name)) and lead.end() > cut and (action := ACTION_START.match(name[lead.end() :])) and len(name) - lead.end() - action.end() >= 2:
        return lead.end() + action.end()  # 「三年新开工高速公路」: a span of years, then the verb of doing
    if cut == 0 and (subject := subject_then_verb(name)) is not None:
        return subject + trim(name[subject:])  # 「试点区域修复退化湿地」 → 退化湿地 (SUBJECTS_BEFORE_VERB)
    return cut


# A number with no unit right after a limit word, closing its phrase, is a dimensionless measure's limit — a coefficient,
# a ratio, an index, PUE or a concentration marked 无量纲: 「林分郁闭度原则上不低于0.6」. Session 18, counted over every
# notice of rounds 1–44: 28 of 28 such numbers are labelled targets; 10 in 8 notices of 8 writers (rounds 4, 17, 20, 21,
# 26, 42, 43) were missed, their names ending in none of INDICATOR_NOUN. (name, pattern after the value, example)
UNITLESS_LIMITS = (("closing_after_limit", r"(?:\(无量纲\))?(?=[,;。、)]|$)", "亮度总均匀度不低于0.4 / 数据中心PUE原则上不高于1.25 / 臭气浓度不高于20（无量纲）"),)
UNITLESS_LIMIT = re.compile(one_of(UNITLESS_LIMITS))


def unitless_limit(clause: str, value_end: int, comparator: str | None) -> bool:
    """Whether a value without a unit is a limit: a comparator before it and nothing after it but UNITLESS_LIMITS."""
    return comparator is not None and UNITLESS_LIMIT.match(clause, value_end) is not None
