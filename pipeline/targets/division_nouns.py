"""A count for each division of the territory written with the thing counted right after the division and no verb, 「每个设区市
热线座席不少于10个」, is that division's quota, a goal named by the thing counted, as 「每个设区市至少配备…」 is
(patterns.PER_PLACE_QUOTAS; TARGET_LABELING.md: the noun after 每个 tells a quota from a standard). Session 23, counted over
rounds 1–53: the 6 labels so written with no facility between the division and the thing are goals, all read as amounts
named with the division (tiaoping 23a 「每个重点乡镇驻守技术人员」, meichong 25b, longan 48b, zhenyuan 49c twice, zhiyang 14a 「每个产茶
乡镇年度抽检样品」); a facility after the division (「每个乡镇卫生院」, 「每个县（市、区）救助管理站」) is the unit meeting a standard,
an amount, and stays."""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget, renamed, value_clause
from .place_quotas import QUOTA_UNITS
from .tables import one_of

# The divisions, a qualifier before a county, township or village allowed (「每个重点乡镇」, 「每个产茶乡镇」), an alternative in
# brackets after them; then the thing counted, closing before the limit. (name, pattern, example)
DIVISION_THEN_NOUNS = (
    (
        "division_then_noun",
        r"每个(?P<division>(?:[^,;。的、每\d]{0,4}?(?:行政村|自然村|乡镇|街道|社区|县)|设区市|区县|县)(?:\([^)]{1,8}\))?)(?!级)(?P<noun>[^,;。的每\d]{2,14}?)(?:原则上|均)?$",
        "每个设区市热线座席不少于10个 → 热线座席 / 每个重点乡镇驻守技术人员不少于2名 → 驻守技术人员 (a level, 「每个县级专家委员会」, is no division: round 54b, after its blind score)",
    ),
)
DIVISION_THEN_NOUN = re.compile(one_of(DIVISION_THEN_NOUNS))
# A facility, site, body or team named after the division is the unit a standard is set for (「每个乡镇林业工作站在岗工作人员」).
# (name, pattern anywhere in the noun, example)
FACILITY_WORDS = (
    ("facility", r"站|中心|院|室|库|馆|机构|队|所|园|场|公墓|基地|厂|企业|学校|食堂|窗口|平台|点", "每个乡镇快递共配中心作业面积不少于300平方米 → kept, an amount"),
)
FACILITY_WORD = re.compile(one_of(FACILITY_WORDS))


def division_noun_quota(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as a goal named by the thing counted where it is a count for each division with no verb (DIVISION_THEN_NOUNS),
    in a place quota's units (place_quotas.QUOTA_UNITS); unchanged otherwise."""
    if target.kind != "amount" or target.comparator not in ("at_least", "equal") or target.unit not in QUOTA_UNITS:
        return target
    if (found := value_clause(folded, target, 60)) is None:
        return target
    value_at, clause_start = found
    limit = next((word for word in ("不少于", "至少", "不低于") if folded.endswith(word, clause_start, value_at)), None)
    if limit is None or target.rule == "value_first":
        return target  # (a verb between, 「至少保留1家…」, or the thing named after the value: the quota rules read them)
    m = DIVISION_THEN_NOUN.search(folded, clause_start, value_at - len(limit))
    if m is None or m.start() != clause_start or FACILITY_WORD.search(m["noun"]) or not target.indicator.endswith(m["noun"]):
        return target
    return renamed(folded, target, m["noun"], kind="goal")
