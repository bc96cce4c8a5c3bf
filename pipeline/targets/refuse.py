"""The numbers that are not targets, refused by named rules: ordinals and ranks (第99次, 世界500强),
periods (5年内, 一年期), ages and eligibility conditions (35岁以下, 2年以上研发经历, 营业收入500万元
以上的企业). Dates and item numbers never become values (clause_values.values)."""

from __future__ import annotations

from .. import rx as re

from .patterns import (
    COMPARATOR_AFTER,
    CONDITION_AFTER,
    CONDITION_CONTEXT,
    OFFICE_TERMS,
    ORDINAL_BEFORE,
    PERIOD_AFTER,
    PUBLICITY_WORD,
    RANK_AFTER,
    RATE_BASE,
    TIME_UNITS,
    VALUE_FIRST_VERBS,
)
from .counted_objects import counted_body
from .returned import CONSECUTIVE_SUPPORT_END
from .tables import one_of
from .tail import Ending, SeenBefore

AFTER = re.compile(one_of(COMPARATOR_AFTER))
ANY_VERB = SeenBefore(one_of(VALUE_FIRST_VERBS))
INCREASE = re.compile(r"新增|增加")  # 「全县新增经营主体3000户以上」 counts an increase, not a condition
CONDITION_LEAD = re.compile(r"^(?:对|凡|经|符合|获得|对于)")
# Comparators that grant a duration: 「最长可享3年」, 「不少于一年的专属空间支持」, 「给予1—3年观察期」, 「优惠期为3年」.
GRANTING = ("at_most", "reach", "at_least", "equal")
# A time lengthened or shortened by the value is a goal's change, no period: (name, pattern, example).
DURATION_CHANGES = (("changed_duration", r"(?:延长|缩短)$", "游客平均停留时间较2025年延长0.5天 (round 17; 「提升三年行动」 stays a title)"),)
DURATION_CHANGE = Ending(one_of(DURATION_CHANGES))
# A verb that provides a stay or a space grants the duration after it: 「提供每年7天的免费住宿」.
PROVIDED = Ending(r"提供(?:每年|每月|每人)?$")


# A count reported as it stands, not promised: 「全市现有养老机构120家」, 「目前已建成站点30个」.
# (name, pattern on the words before the value in its clause, example)
REPORTED_FACTS = (("reported", r"[市县省区镇村内底]共有|现有|已有|仍有|已建成|目前", "全市现有养老机构120家 / 全县共有… (not 人才共有产权住房: a kind of housing; not 「在现有基础上提高5个百分点」, a base a change is measured from, session 25) / 全县仍有约17万亩耕地未建成高标准农田 (round 29)"),)  # (截至 may date a goal: 「截至2028年底，累计…」)
REPORTED = SeenBefore(one_of(REPORTED_FACTS))
# …but a base a change is measured from is no fact: 「报销比例在现有基础上提高5个百分点」 (session 25, round 61b)
ON_BASIS = re.compile(r"在(?:现有|目前)的?基础上")
# A count of the classes something is divided into, not a target: 「按风险等级分为三类」. (name, pattern on
# the words before the value, example)
CATEGORY_COUNTS = (("divided_into", r"(?:分为|分成|划分为|划为|归为)$", "按风险等级分为三类"),)
DIVIDED_INTO = Ending(one_of(CATEGORY_COUNTS))
# A count of the notice's own tasks after a verb is no target (TARGET_LABELING: 「八项主要任务」): (name, pattern
# matched after the value, example)
OWN_TASK_COUNTS = (("own_tasks", r"(?:重点|主要|具体)?(?:工作)?(?:任务|举措)(?=[,;。]|$)", "围绕六个方面，明确十四项重点任务 (round 17)"),)
OWN_TASKS = re.compile(one_of(OWN_TASK_COUNTS))


# A telephone or fax number is no quantity: 「联系电话：0571-12345678」, 「服务热线：12345」. (name, pattern
# matched at the value, example)
CONTACT_NUMBERS = (
    ("area_code", r"\d{3,4}-\d{5,8}", "咨询电话：0573-86012345"),
    ("after_contact_word", r"(?<=电话:|热线:|传真:|电话：|热线：|传真：)\d+", "服务热线：12345"),
    ("spaced_groups", r"\d{3,4} \d{4}(?!\d)", "外资企业投诉热线：8861 2345 (digits grouped by a space are dialled, not counted)"),
)
CONTACT_NUMBER = re.compile(one_of(CONTACT_NUMBERS))


# A clause that only says who is meant — 「对…的企业，」 with no verb of support or commitment of its
# own — holds conditions, never targets: 「对年度进出口额首次突破1亿美元、5000万美元的企业，分别给予…」.
# (name, pattern on the whole clause, example)
WHO_CLAUSES = (
    ("for_whom", r"^\s*(?:对|凡|对于)[^,;。]*的[^,;。的\d]{0,30}$", "对进出口额增长超过15%且增量超过500万美元的企业， / 对新评定为五星级、四星级旅游饭店的，"),
    # (the digit looked ahead for, not matched in line: 「^[^,;。]*\d…」 backtracks over every digit of a long list)
    ("closing_de", r"^(?=[^,;。]*\d)[^,;。]*的\s*$", "在我市住宿1晚以上且游览2个以上收费A级旅游景区的，"),
    # round 19: a further condition after 且, and a measure a recipient reaches, before the recipient closing the clause
    # (fengwan 17d, luwan 18b, yuanping 17a: each labelled no target; 「…首付比例不低于20%的政策」 names no recipient)
    ("and_which", r"^\s*且[^,;。]*的[^,;。的\d]{0,30}$", "且年度服务企业数量不少于100家的综合服务企业，"),
    ("whose_measure", r"^\s*[^,;。的\d]{2,16}(?:率|比重|占比|比例)(?:达到|不低于|超过)[^,;。的]*的[^,;。的\d]{0,8}(?:单位|企业|机构|主体|学校|医院|园区|基地)$", "见习期满留用率达到50%以上的见习单位，再按每人2000元给予一次性奖励"),
)
WHO_CLAUSE = re.compile(one_of(WHO_CLAUSES))
SUPPORT_IN_CLAUSE = re.compile(r"给予|奖励|补贴|补助|资助|发放|提供|支持|安排")


# A threshold with 以上 / 以下 and a short verb or noun, closing its clause with 的, says who is meant:
# 「创办企业带动3人以上就业的，每多带动1人再给予2000元」. (name, pattern after the value, example)
THRESHOLD_CLAUSES = (("threshold_then_word", r"(?:及)?(?:以上|以下)[^,;。的\d、]{1,4}的\s*$", "创办企业带动3人以上就业的，"),)
THRESHOLD_CLAUSE = re.compile(one_of(THRESHOLD_CLAUSES))


# A grade followed by the noun it qualifies is part of a name, not a level reached: 「创建国家4A级及以上
# 旅游景区两家」 (「一体化发展水平达到5A级」 is a level). (name, pattern after the value, example)
GRADE_NAMES = (("grade_then_noun", r"(?:及以上|以上)?[\u4e00-\u9fff]", "新创建国家4A级及以上旅游景区两家"),)
GRADE_OF_NAME = re.compile(one_of(GRADE_NAMES))


# A clause closing with 的 after its last value says who qualifies, whatever short words stand between:
# 「创办企业带动3人以上就业的，每多带动1人再给予2000元」. (name, pattern after the value, example)
CONDITION_CLAUSE_ENDS = (("closing_de", r"[^,;。的\d]{1,4}的\s*", "创办企业带动3人以上就业的，"),)
CONDITION_CLAUSE_END = re.compile(one_of(CONDITION_CLAUSE_ENDS))


# A threshold naming which things a rate or a count is taken of, a noun and then the target's own
# comparator and value after it: 「30户以上自然村通硬化路比例达到100%」 (a grade naming things, 「4A级及
# 以上旅游景区」, is GRADE_NAMES'). (name, pattern after the value, example)
THRESHOLDS_BEFORE_NOUN = (
    ("threshold_de_count", r"(?:及)?(?:以上|以下)?的(?=[^,;。的\d给予奖补资按]{2,10}\d+(?:家|个|所|座|处|项|支|名|人)(?:以上|左右)?(?:[,;。、]|$))", "其中营业收入超5亿元的骨干企业10家 (a 「…的」 threshold naming which things are counted)"),
    ("threshold_then_target", r"(?:及以上|以上|以下)(?=[\u4e00-\u9fff][^,;。]*?(?:达到|不低于|不少于|提高到|保持|超过|控制在)[^,;。]*?\d)", "30户以上自然村通硬化路比例达到100%"),
)
THRESHOLD_BEFORE_NOUN = re.compile(one_of(THRESHOLDS_BEFORE_NOUN))
# A size right after the measure it sizes, then 以上 / 以下 and the noun it sorts (no 的), is a class of things, no level
# reached: 「流域面积50平方公里以下河流」, 「库容1万立方米以上水库」 (round 29: yunchuan 28b ×2; no label of any round has a
# value so placed). (name, pattern closing the words before the value, pattern after it, example)
SIZE_CLASSES = (("size_class", r"(?:面积|规模|库容|容量|人口)$", r"(?:及)?(?:以上|以下)(?!的)[\u4e00-\u9fff]", "完成流域面积50平方公里以下河流管理范围划界复核"),)
# A measure passing a limit inside a 的-modifier, before the thing it qualifies, says which things are meant, no level
# reached: 「更新使用年限超过20年的老旧管网」, 「服务人口超过3万人的乡镇卫生院」. The limit is strict (超过 / 低于 …, not 不低于 /
# 不超过, which set standards 「不低于…的标准」), or 达到 / 在 with 以上 / 以下. Session 19: 13 unlabelled in 12 dev notices of
# 11 rounds, none labelled. (name, pattern closing the words before the value, pattern after it, example)
MODIFIER_THRESHOLDS = (
    ("passed_limit", r"[\u4e00-\u4e0c\u4e0e-\u9fff](?:预计|连续[两二三四五\d]年)?(?:超过|超出|超|高于|低于|大于|小于)$", r"(?:及)?(?:以上|以下)?", "淘汰使用年限超过10年的老旧校车 / 撤并就业率连续两年低于80%的专业"),
    ("reached_level", r"[\u4e00-\u9fff](?:达到|在)$", r"(?:及)?(?:以上|以下)", "年度服务时长达到40小时以上的志愿者"),
)
MODIFIER_LIMITS = tuple((Ending(head), re.compile(after + r"(?:[且或][^,;。的]{0,20})?的(?!标准|要求|比例|政策|规定|原则)[\u4e00-\u9fff]")) for _, head, after, _ in MODIFIER_THRESHOLDS)
FORBIDDING = re.compile(r"不得|不能|不宜|禁止|严禁")
SIZE_CLASS_HEAD = Ending(SIZE_CLASSES[0][1])
SIZE_CLASS_AFTER = re.compile(SIZE_CLASSES[0][2])


# How long each case's list is published (公示) is a period it must keep, an amount as 「公示时间不少于7天」 is
# (TARGET_LABELING.md, standards): no period refused. (name, pattern closing the words before the value, example)
PUBLICITIES = (("publicity", PUBLICITY_WORD + r"(?:期)?$", "审核结果在区政府网站公示5个工作日"),)
PUBLICITY = re.compile(one_of(PUBLICITIES))


# A value closing a 「…时」 clause is the trigger of an action, not a level committed or a support:
# (name, pattern after the value, example)
TRIGGERS = (("when_reached", r"(?:及)?(?:以上|以下)?(?:时|之时)(?![间长段点期效])", "积水深度超过27厘米时立即封闭交通"),)
TRIGGER = re.compile(one_of(TRIGGERS))


# A ratio by which two budgets share a cost is no parameter of a support: 「由省级财政和市级财政按6:4比例分担」.
# (name, pattern after the value, example)
COST_SPLITS = (
    ("cost_split", r"(?:的)?(?:比例)?(?:分担|承担|负担|分摊)", "基层岗位津贴由省财政和市财政按7:3比例分担"),
    # round 23 (qinxi 22a): the shares of a support's instalments split it, as a cost split does — no target of their own
    ("instalment_split", r"(?:的)?(?:比例)(?:分期|分年度|逐年)?(?:拨付|兑付|发放|下达|支付)", "每亩补助1200元，分3年按4∶3∶3的比例拨付"),
    # session 19: a lower budget matching a higher one in a ratio adds to the cost, no support of its own (10 unlabelled
    # in 10 dev notices of 10 rounds, 5 listed under non_targets; a share 「…资金20%的比例落实配套」 is matching_funds'; left:
    # 「按上级资助资金1:1给予配套，最高100万元」, whose cap takes its name from the ratio's clause)
    ("matching_ratio", r"(?:的)?比例(?:安排|落实)?配套", "各县按不低于1∶1的比例安排配套资金"),
)
COST_SPLIT = re.compile(one_of(COST_SPLITS))
# A map's scale, one to hundreds or more, names the survey or the map after it and counts nothing (round 24: tiaoping 23c
# 「完成全县1∶5万地质灾害风险普查成果应用」, tingzhou 「完成1:2000基础地形图更新4000平方公里」 — both labelled no target; a staffing
# ratio, 「按1∶1000的比例配备」, is followed by 的 or a verb). (name, pattern at the value, example)
MAP_SCALES = (("map_scale", r"1[:∶：](?:[1-9]\d{2,}|\d+(?:\.\d+)?万)(?![\d.:∶：])(?:比例尺)?(?=[\u4e00-\u9fff])(?!的|比例|配|安排|标准|左右|以)", "完成1:2000基础地形图更新 / 开展1∶1万比例尺地质灾害详细调查"),)
MAP_SCALE = re.compile(one_of(MAP_SCALES))
# A contract's term the beneficiary signs is what it promises, not what it is granted: 「须与用人单位签订不少于5年
# 的聘用合同」 (TARGET_LABELING: 「签订1年以上劳动合同」). (name, pattern on the words before the value, example)
SIGNED_TERMS = (("signed_term", r"签订(?:不少于|不低于|至少)?$", "引进人才须与用人单位签订不少于5年的聘用合同"),)
SIGNED_TERM = Ending(one_of(SIGNED_TERMS))


# A phase of a work names the work, it counts nothing: 「完成二期主体工程建设」 (round 19: yuchuan 18a; the labels of
# 「一期工程」, 「三期扩建」, 「二期项目」 in seven other notices hold no target either). (name, pattern after the value, example)
PHASES = (("phase_of_work", r"(?:主体|工程|项目|建设|扩建|改造)", "2026年底前完成二期主体工程建设"),)
PHASE = re.compile(one_of(PHASES))


def _months_of_base(clause: str, value: re.Match[str], head: str) -> bool:
    """「按6个月的…失业保险金」: a count of months sizing a sum in a monthly base."""
    return value["unit"] in ("个月", "月") and clause.startswith("的", value.end()) and MONTHS_OF_BASE.search(head) is not None


def _no_quantity(clause: str, value: re.Match[str], head: str) -> str | None:
    """Numbers that measure nothing promised: an age, a rate's base, a threshold saying who is meant,
    a telephone number, a count of classes."""
    if _held_once_a_year(clause, value, head):
        return "held_once_a_year"  # 「每年举办生物医药产业大会1次」: the task's rhythm (recurring.ONCE_AFTER_EVENTS)
    if value["unit"] == "周岁" or (value["unit"] == "岁" and "年龄" in head[-8:]):
        return "age"  # 「项目负责人年龄不超过40周岁」: who may apply (「人均预期寿命达到80岁」 stays a goal)
    if value["ratio"] and COST_SPLIT.match(clause, value.end()):
        return "cost_split"  # 「按6:4比例分担」
    if value["ratio"] and MAP_SCALE.match(clause, value.start()):
        return "map_scale"  # 「1∶5万地质灾害风险普查」
    if value["unit"] in TIME_UNITS and SIGNED_TERM.search(head):
        return "signed_term"  # 「签订不少于5年的聘用合同」
    if RATE_BASE.search(head):
        return "rate_base"  # 「每增长1美元」
    if value["unit"] == "期" and PHASE.match(clause, value.end()):
        return "phase"  # 「完成二期主体工程建设」
    if clause.rfind("的") > value.start() and WHO_CLAUSE.match(clause) and not SUPPORT_IN_CLAUSE.search(clause):
        return "for_whom"  # 「对年服务企业100家以上的外贸综合服务企业，」
    if THRESHOLD_CLAUSE.match(clause, value.end()):
        return "threshold_clause"  # 「带动3人以上就业的，」
    if CONTACT_NUMBER.match(clause, value.start()):
        return "contact_number"  # 「联系电话：0592-6103321」
    if DIVIDED_INTO.search(head) or OWN_TASKS.match(clause, value.end()):
        return "category_count"  # 「分为三类」, 「明确十四项重点任务」
    if value["unit"] in ("A级", "星级") and GRADE_OF_NAME.match(clause, value.end()):
        return "grade_in_name"  # 「国家4A级及以上旅游景区」: a grade naming what is counted
    if value["unit"] not in ("A级", "星级") and (named := _sorting_threshold(clause, value, head)):
        return named
    if TRIGGER.match(clause, value.end()):
        return "trigger"  # 「积水深度超过27厘米时立即封闭交通」
    return None


# An industry's revenue is a total the plan commits to, never a firm's threshold: 「生物医药产业营业收入突破
# 1800亿元」. (name, pattern on the words before the value, example)
INDUSTRY_TOTALS = (
    ("industry_revenue", r"(?:产业|行业|全市|全省|全县|全区)(?:总)?(?:营业收入|营收|销售收入)[^,;。的]{0,4}$", "生物医药产业营业收入突破1800亿元"),
    ("sector_revenue", r"(?<![企事])业(?:总)?(?:营业收入|营收|销售收入)[^,;。的]{0,4}$", "家政服务业营业收入突破600亿元 (a 企业's revenue stays a threshold)"),
    ("sector_firms_revenue", r"(?<![企事])业企业(?:年)?(?:总)?(?:营业收入|营收|销售收入)[^,;。的]{0,4}$", "种业企业年销售收入突破60亿元 (a sector's firms together; one 企业's revenue stays a threshold)"),
)
INDUSTRY_TOTAL = re.compile(one_of(INDUSTRY_TOTALS))
# A share of an income, the income its base (「…收入的N%」), is what a standard or a support is measured against, no
# threshold on the income: 「安全生产费用提取比例不低于上年度营业收入的1.5%」. Session 14: lanxi 15a, lilan 37a ×2, qiaoyang 38b.
# (name, pattern on the words before the value, example)
INCOME_BASES = (("share_of_income", r"(?:营业收入|营收|销售收入)的$", "基金提取比例不低于矿产品销售收入的3% / 改造投入原则上不低于上年度燃气销售收入的5%"),)
INCOME_BASE = re.compile(one_of(INCOME_BASES))


# A time value right after a term's own noun is the term granted, no period a condition counts in:
# 「补贴期限3年」 → 补贴期限 3 年, 「贴息期限2年」; a term of office too (session 23: 「理事会每届任期3年」, 「专家每届聘期3年」 — 4
# labels of 4 notices of rounds 24–50 were missed, every 任期 / 聘期 label of rounds 1–53 an amount). (name, pattern on the
# words before the value, example)
TERM_NAMES = (("term_noun", r"期限$", "按每亩100元给予保费补贴，补贴期限3年"), ("office_term", r"(?:" + OFFICE_TERMS + r")$", "社会监督员每届任期2年 / 专家每届聘期3年 (not a 缺陷责任期)"))
TERM_NAME = re.compile(one_of(TERM_NAMES))


# A per-item rate after 按 sized by 「…的标准」 is the support's standard, no condition, whatever the item (a noun,
# a deed per person): (name, pattern on the words before the value, example)
PER_ITEM_STANDARDS = (("per_item_standard", r"按(?:照)?每[^,;。]{1,8}$", "按每所学校每年3万元的标准给予运行管理补助 / 按每户每个采暖季800元的标准发放取暖补助 / 按每培训1人200元的标准给予培训补贴"),)
PER_ITEM_STANDARD = Ending(one_of(PER_ITEM_STANDARDS))


# A sum sized in months of a monthly base after 按 is the support's standard, no period: 「返还标准按6个月的当地月人均失业
# 保险金确定」 → 当地月人均失业保险金 6 个月. (name, pattern on the words before the value, example)
MONTHS_OF_BASES = (("months_of_base", r"按(?:照)?$", "稳岗返还可按3个月的企业月缴纳失业保险费确定"),)
MONTHS_OF_BASE = Ending(one_of(MONTHS_OF_BASES))


# A bare 千 / 万 with its unit naming a class of works — 「千吨万人」 (a plant of a thousand tonnes a day serving ten
# thousand people), or a threshold run into its noun, 「千人以上农村供水工程」 — is the works' name, no value (round 17:
# yilan 10a, meijiang 16a; four goals read where no label stands). (name, pattern at the value, example)
SCALE_CLASSES = (("scale_class", r"(?<![\d一二两三四五六七八九十百])[千万](?:吨|人|户)(?:[千万](?:吨|人|户)|以上(?=[\u4e00-\u9fff])(?!的))", "新建千吨万人以上供水工程 / 完成千人以上农村供水工程水源保护区划定"),)
SCALE_CLASS = re.compile(one_of(SCALE_CLASSES))


# 明确 names a person set for each one (「每家企业明确1名服务专员」, patterns.VALUE_FIRST_VERBS); before any other count it
# sets out the notice's own parts: 「明确十四项重点任务」. (name, pattern on the words before the value, units kept, example)
SET_OUT_PARTS = (("parts_set_out", r"明确$", "名 人", "明确十四项重点任务 (refused) / 每家入库企业明确1名服务专员 (kept)"),)
SET_OUT = Ending(SET_OUT_PARTS[0][1])
PERSON_UNITS = frozenset(SET_OUT_PARTS[0][2].split())


def _held_once_a_year(clause: str, value: re.Match[str], head: str) -> bool:
    """recurring.ONCE_AFTER_EVENTS: 「每年举办生物医药产业大会1次」, 每年 opening the clause — the task's rhythm, no goal."""
    from .recurring import once_after_event

    start = len(head) - len(head.lstrip())
    return head.startswith("每年", start) and value.group() in ("1次", "一次") and once_after_event(clause, start, start + 2)


def _sorting_threshold(clause: str, value: re.Match[str], head: str) -> str | None:
    """A threshold saying which things are meant (THRESHOLDS_BEFORE_NOUN, SIZE_CLASSES), or None."""
    if THRESHOLD_BEFORE_NOUN.match(clause, value.end()):
        return "threshold"  # 「30户以上自然村通硬化路比例达到100%」: which villages are counted
    if SIZE_CLASS_HEAD.search(head) and SIZE_CLASS_AFTER.match(clause, value.end()):
        return "size_class"  # 「流域面积50平方公里以下河流」: which rivers, no level reached
    if any(limit.search(head) and after.match(clause, value.end()) for limit, after in MODIFIER_LIMITS) and not FORBIDDING.search(head):
        return "modifier_threshold"  # 「使用年限超过20年的老旧燃气管道」: which pipes, no level reached
    return None


def refusal(clause: str, value: re.Match[str], head: str, value_end: int, stated: str | None, per: bool, verb: str | None) -> str | None:
    """The name of the rule that refuses this value as a target, or None."""
    if (ORDINAL_BEFORE.search(head) and not per) or RANK_AFTER.match(clause, value.end()):
        return "ordinal"  # 「第99次」, 「前10名」, 「世界500强」
    if SET_OUT.search(head) and value["unit"] not in PERSON_UNITS:
        return "parts_set_out"
    if SCALE_CLASS.match(clause, value.start()) or (value.start() > 0 and SCALE_CLASS.match(clause, value.start() - 2)):
        return "scale_class"  # 「千吨万人以上」: the second value 万人 is inside the class name too
    if named := _no_quantity(clause, value, head):
        return named
    if REPORTED.found_before(clause, value.start()) and not ON_BASIS.search(head):
        return "reported"  # 「全市现有养老机构120家」: the state of things, no commitment
    provided = verb == "goal" and value["unit"] != "小时" and PROVIDED.search(head) is not None  # 「提供24小时服务」: opening hours
    if value["unit"] in TIME_UNITS and stated not in GRANTING and verb != "amount" and not provided and not TERM_NAME.search(head) and not CONSECUTIVE_SUPPORT_END.search(head) and not PUBLICITY.search(head) and not DURATION_CHANGE.search(head) and not _months_of_base(clause, value, head):
        return "period"  # 「5年内」, 「35岁以下」, 「正常运营1年以上」
    if PERIOD_AFTER.match(clause, value_end) and value["unit"] in TIME_UNITS | {"", None}:
        return "period"
    # 「给予每人2000元的带动就业补贴」, 「设立规模5亿元的创投基金」: what a verb grants or sets up, not a condition
    granted = verb in ("amount", "goal") and clause.startswith("的", value_end) and (value["unit"] not in TIME_UNITS or provided)
    granted = granted or ((per or PER_ITEM_STANDARD.search(head) is not None) and clause.startswith("的标准", value_end)) or _months_of_base(clause, value, head)  # 「按每餐3元的标准给予运营补贴」
    if (condition := CONDITION_AFTER.match(clause, value_end)) and not granted:
        lead = CONDITION_LEAD.search(clause) and not ANY_VERB.found_before(clause, value.start())
        if stated is None or lead:
            return "condition"  # 「营业收入500万元以上的企业」
        if condition.group().endswith(("的", "者")) and not clause[condition.end() :].strip():
            return "condition"  # condition_clause: 「…，当年销售额增长20%以上的，给予奖励」 — who is rewarded
    if not granted and CONDITION_CLAUSE_END.fullmatch(clause, value_end):
        return "condition"  # condition_clause_end: 「…带动3人以上就业的，」
    if stated is None and AFTER.match(clause, value.end()):  # 「2年以上研发经历」, 「工作经历3年以上」
        if (CONDITION_CONTEXT.search(head[-6:]) and not INCREASE.search(head) and not counted_body(head, value["unit"])) or CONDITION_CONTEXT.match(clause, value_end):
            return "condition"
    if stated == "at_least" and CONDITION_CONTEXT.search(head[-6:]) and not INDUSTRY_TOTAL.search(head[-12:]) and not (value["unit"] == "%" and INCOME_BASE.search(head[-8:])):
        return "condition"  # 「工作经验不少于3年」
    return None
