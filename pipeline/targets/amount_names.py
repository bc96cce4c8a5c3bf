"""A name read before a value, tidied of words that only frame it: a trailing 按 that opens the
standard (「人才公寓租金按…的70%确定」 → 人才公寓租金), a leading 分别给予 of a list's verb, an item and
its per-unit word before the support (「新生犊牛每头补助500元」 → 补助), and a name that is only a per-unit
word (「单站最高200万元」, 「单台（套）最高100万元」), which caps the support named before."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .tables import one_of
from .values import VALUE, value_fields

# Words closing a name that open what follows it, not the thing measured. (name, pattern, example)
NAME_TAILS = (
    ("standard_follows", r"(?<=[\u4e00-\u9fff]{2})(?:按照|按|参照)$", "人才公寓租金按同地段市场租金的70%确定"),
    # who bears a share, and what a reserve can do, after the thing measured (round 23: qinxi 22a, yuanling 22b)
    ("borne_by", r"(?<=[\u4e00-\u9fff]{2})由[^,;。\d]{1,8}?(?:补贴|补助|承担|负担|支付)$", "特色农产品保险保费由财政补贴60% → 特色农产品保险保费"),
    ("able_to", r"(?<=[\u4e00-\u9fff]{2})(?:能够|能|可)(?:保障|满足|容纳)$", "应急救援物资能够保障不少于5000人 → 应急救援物资"),
    # the copula before a per-unit frame and its limit (round 24: lichuan 24a, twice); 行为 / 作为 / 成为 are words of their own
    ("copula", r"(?<=[\u4e00-\u9fff]{2})(?:(?:确定|核定|调整|提高)为|(?<![行作认成因])为)$", "补贴标准为每户每月不低于300元 → 补贴标准"),
)
NAME_TAIL = re.compile(one_of(NAME_TAILS))
# Words opening a name that are a list's verb, not the support. (name, pattern, example)
NAME_OPENINGS = (
    ("respectively_granted", r"^分别(?:给予|发放|安排|奖励)?(?=[\u4e00-\u9fff]{2})", "分别给予奖励资金200万元、150万元、100万元"),
    # the verb granting a support named before its cap (round 18: yuanping 17a, fengwan 17d)
    ("granted_before_cap", r"^给予(?:[每单](?:人(?!次)|户))?(?=[\u4e00-\u9fff]{0,6}(?:补助|补贴|奖励|资助|奖补)$)", "给予运营补助最高30万元 → 运营补助 / 给予每人培训补贴最高2000元 → 培训补贴 (a person or household is the item itself: patterns.ITEM_CLASSIFIERS)"),
    # a limit's qualifier and a verb of building alongside, opening a standard's name (round 23: yingchuan 22b, qinxi 22a; no label
    # name opens with either)
    ("qualifier_or_alongside", r"^(?:原则上|配套建设)(?=[\u4e00-\u9fff]{2})", "原则上使用期限不超过2年 → 使用期限 / 配套建设冷藏库容不少于200吨 → 冷藏库容"),
    # what a beneficiary may be granted, named after 可 and its verb, capped in the next clause (round 23: quling 22a)
    ("may_be_granted", r"^可(?:以)?(?:实行|实施|享受|申领|申请)(?=[\u4e00-\u9fff]{2,8}$)", "可实行协议工资，每人每年最高50万元 → 协议工资 / 可享受租房补贴，每月最高1500元 → 租房补贴"),
)
NAME_OPENING = re.compile(one_of(NAME_OPENINGS))
# An item and its per-unit word before a bare support word: the support is what one item gets.
# (name, pattern, example)
ITEM_EACH_SUPPORTS = (
    ("item_then_each", r"^[^,;。的、]{1,8}?每[个家头条台辆套只户亩所座处](?=(?:一次性)?(?:补助|补贴|奖励|资助|奖补)$)", "新生犊牛每头补助500元"),
)
ITEM_EACH_SUPPORT = re.compile(one_of(ITEM_EACH_SUPPORTS))
# A name that is only a per-unit word — 单 or 每 and one character of the item, or a classifier in brackets left
# after one — caps the support named before. (name, pattern, example)
ONLY_PER_UNIT_NAMES = (
    ("single_item", r"每[站车船井线台机泵艘店]|单(?![价产位日体号元程人季月年])[\u4e00-\u9fff]", "按设备投资额的30%给予补助，单站最高200万元 / 给予补助，每艘最高不超过60万元 / 单店最高不超过200万元 (round 15) / 按每人200元给予奖励，单团最高10万元 (单 and any one item: round 30, all 14 labels of 「单X最高」 of 12 notices name the support before; 单价 / 单产 / 单日 are measures)"),
    ("bracketed_classifier", r"(?:[单每][台套件个])?[（(][台套件个][）)]", "单台（套）最高100万元"),
)
ONLY_PER_UNIT_NAME = re.compile(one_of(ONLY_PER_UNIT_NAMES))


# A clause that is only a condition of who, closed by 的, before the limit names no thing of its own: the value caps
# the support named before (round 25: jizhou 24b's and luzhou's 「合伙创业的最高…150万元」 → 创业担保贷款; the form with 按 and
# a per-capita word is patterns.CONDITION_EACH_NAMES). (name, pattern on the words before the limit, example)
CONDITIONS_ONLY = (("whose_limit", r"[^,;。的、\d]{2,12}的(?:可|均)?", "个人申请创业担保贷款最高20万元，合伙创业的最高不超过150万元 → 创业担保贷款"),)
CONDITION_ONLY = re.compile(one_of(CONDITIONS_ONLY))


# An age group alone (a span or a floor of ages, the people of that age after it) before a sum of money per head or a limit
# names no support of its own: the sum is the support named before at another rate (session 20: 「…每人每月发放高龄津贴100元，
# 90周岁至99周岁每人每月200元」 censhui 19c ×2, 「康复救助标准每人每年不低于2.4万元；7—14岁残疾儿童每人每年不低于1.6万元」
# congchuan 23b, 「…每餐3元的助餐补贴，80周岁以上的提高到每餐5元」 aizhou 36a: 4 labels in 3 notices of 3 rounds, every one the
# support before). (name, pattern of the whole name, example)
AGE_GROUPS = (
    ("age_group", r"(?:\d+(?:周岁|岁)?(?:—|－|-|~|～|至|到)\d+(?:周岁|岁)|\d+(?:周岁|岁)(?:及以上|以上|以下))(?:的)?(?:[\u4e00-\u9fff]{0,3}(?:老年人|老人|儿童|残疾人|人员|学生|幼儿|婴幼儿))?(?:的)?", "80周岁至89周岁老年人每人每月发放高龄津贴100元，90周岁至99周岁每人每月200元 → 高龄津贴"),
)
AGE_GROUP = re.compile(one_of(AGE_GROUPS))


def age_group_only(name: str, unit: str) -> bool:
    """Whether ``name`` is only an age group (AGE_GROUPS) before a sum of money."""
    return unit.endswith("元") and AGE_GROUP.fullmatch(name.strip()) is not None


def condition_only(before: str, unit: str) -> bool:
    """Whether the words before a limit of money are only a condition of who (CONDITIONS_ONLY), capping the support
    named before (「其中改造为科创空间的不少于5万平方米」 measures a part, not a support)."""
    return unit.endswith("元") and CONDITION_ONLY.fullmatch(before.strip()) is not None


def tidied(name: str, last_support: str) -> str:
    """``name`` without the framing words of the tables above; the support named before where the name is
    only a per-unit word (and one was named)."""
    if ONLY_PER_UNIT_NAME.fullmatch(name):
        return last_support or name
    name = NAME_TAIL.sub("", name)
    if (m := NAME_OPENING.match(name)) and m.end():
        name = name[m.end() :]
    if m := ITEM_EACH_SUPPORT.match(name):
        name = name[m.end() :]
    return name


# A total granted before a value and the support after it: the total is what one beneficiary gets of that
# support, named after the value (the words before are the verb and 总额). (name, pattern, example)
GRANTED_TOTALS = (("granted_total", r"(?:给予|发放|提供|安排)(?:总额|总金额)(?:不超过|不高于|最高|最多)?$", "分阶段给予总额不超过600万元的奖励"),)
GRANTED_TOTAL = re.compile(one_of(GRANTED_TOTALS))
SUPPORT_AFTER = re.compile(r"的(?P<name>[^,;。的、\d]{0,8}?(?:补贴|奖励|奖补|资助|补助|支持|扶持|贴息))")


def granted_total(clause: str, head_start: int, value: re.Match[str], value_end: int) -> tuple[str, int, int] | None:
    """("value_first", start, end) of the support named after a total granted (GRANTED_TOTALS); None
    otherwise."""
    if not GRANTED_TOTAL.search(clause, head_start, value.start()) or not (m := SUPPORT_AFTER.match(clause, value_end)):
        return None
    return "value_first", m.start("name"), m.end("name")


# Periods or tiers labelling each value of a list after 分别为: each value is the named parameter of its
# tier, the label opening the name. (name, pattern, example)
TIER_LABELS = (("ordinal_period", r"第[一二三四五六七八九十\d]{1,2}(?:年|档|阶段|期)", "减免比例分别为第一年100%、第二年50%、第三年30%"),)
TIER_LABEL = "(?:" + one_of(TIER_LABELS) + ")"
FIRST_TIER = re.compile(r"分别为(?P<label>" + TIER_LABEL + r")$")
NEXT_TIER = re.compile(r"、(?P<label>" + TIER_LABEL + r")")


def tiers(text: str, clause_start: int, clause: str, target, value: re.Match[str]) -> list:
    """The target and the values listed after it, each named by its tier label (TIER_LABELS) and the
    target's name; [] where the value has no such label."""
    if not (first := FIRST_TIER.search(clause, 0, value.start())):
        return []
    found = [replace(target, indicator=first["label"] + target.indicator, rule="respectively")]
    end = value.end()
    while (link := NEXT_TIER.match(clause, end)) and (following := VALUE.match(clause, link.end())) and following.group():
        found.append(replace(target, indicator=link["label"] + target.indicator, **value_fields(text, clause_start, following), start=clause_start + link.start("label"), end=clause_start + following.end(), rule="respectively"))
        end = following.end()
    return found if len(found) > 1 else []
