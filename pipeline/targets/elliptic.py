"""A member named alone with its own value after a target of the same sentence measures what that
target measured: 「城市道路机械化清扫率达到80%以上，县城达到70%以上」 → 县城道路机械化清扫率,
「…公立医院电子病历系统应用水平分级评价平均达到4级以上，其中三级医院达到5级以上」 → 三级医院电子病历系统
应用水平分级评价."""

from __future__ import annotations

from .. import rx as re

from .member_standards import first_member_cut, member_continues, member_measure_of  # noqa: F401 (members of a standard: the same reading for amounts)
from .names import LIGHT_VERB
from .tables import one_of

# Names that are only a member — a kind of place, of school or of institution — with nothing measured.
# (name, pattern, example)
MEMBER_NAMES = (
    ("urban_part", r"城市建成区|建成区|新建城区|新城区|老城区|旧城区", "城市建成区可渗透地面面积比例达到45%，新建城区达到50%以上 (before place: 城市建成区 is one member)"),
    ("place", r"城市|县城|城区|中心城区|农村|城镇|乡村", "城市道路机械化清扫率达到80%以上，县城达到70%以上"),
    ("school", r"小学|初中|高中|中职|幼儿园|普通高中", "义务教育校际差异系数小学控制在0.45以内、初中控制在0.40以内"),
    ("institution", r"[^,;。、\d]{0,6}(?:医院|卫生院|学校|企业)", "…分级评价平均达到4级以上，其中三级医院达到5级以上"),
)
MEMBER_NAME = re.compile("(?:" + one_of(MEMBER_NAMES) + ")")
# What the previous target measured for its member: a rate, a share or a graded level (a count of things,
# 「帮扶企业不少于80家」, is no measure another member takes).
MEASURE_END = re.compile(r"(?:率|比例|占比|比重|评价|系数|水平|指数|浓度)$")
MEASURED_AFTER_MEMBER = re.compile("(?:" + one_of(MEMBER_NAMES) + ")(?=[^,;。]{3,}$)")


# A share named by 占 alone is the share of what the clause before measured: 「海洋生产总值突破1700亿元，占地区生产总值比重
# 提高到27%」 → 海洋生产总值占地区生产总值比重. (name, pattern of the indicator, example)
OWNERLESS_SHARES = (("share_of_previous", r"占[^,;。]{2,16}(?:比重|比例)", "全市数字经济核心产业增加值达到500亿元，占地区生产总值比重达到12%"),)
OWNERLESS_SHARE = re.compile(one_of(OWNERLESS_SHARES))


def share_owner(indicator: str, previous: str) -> str | None:
    """``previous`` + ``indicator`` where ``indicator`` is OWNERLESS_SHARES and ``previous`` names a thing."""
    if previous and not previous.startswith("占") and OWNERLESS_SHARE.fullmatch(indicator):
        return previous + indicator
    return None


def member_measure(indicator: str, previous: str) -> str | None:
    """The member ``indicator`` names with what ``previous`` (the last target's indicator) measures after
    its own member; None when ``indicator`` is no bare member or ``previous`` names no member."""
    if not MEASURE_END.search(previous) or not MEMBER_NAME.fullmatch(indicator) or previous.startswith(indicator):
        return None
    own = MEASURED_AFTER_MEMBER.match(previous)
    return indicator + previous[own.end() :] if own else None


# A clause that is only a time, a verb and a value measures what was named before it (its indicator taken
# whole, an empty span). (rule, pattern on the clause before the value, example)
ELLIPTIC_CLAUSES = (
    # a part of the figure before it: the previous target's thing (its kind too)
    ("part_of", r"\s*其中(?:(?:19|20)\d\d年|当年|首年)[\u4e00-\u9fff]{1,3}|\s*其中(?:新建|改建|新改建|改扩建|改造|完成|建成|新增|培育)", "新建改建无障碍卫生间120座，其中2026年新建40座 / 建设改造农村公路200公里，其中新建100公里 (a verb of the works alone, no year)"),
    # a yearly volume of the activity the clause before names
    ("yearly_volume", r"\s*每年(?:完成|新增|新建|建成|改造|培训|开展)", "开展困难重度残疾人家庭无障碍改造，每年完成500户"),
)
ELLIPTIC = [(rule, re.compile(pattern)) for rule, pattern, _ in ELLIPTIC_CLAUSES]
ELLIPTIC_RULES = frozenset(rule for rule, _, _ in ELLIPTIC_CLAUSES)


def part_of_previous(clause: str, value_start: int, value_end: int, previous: str) -> tuple[str, int, int] | None:
    """The shape of a clause that is only one of ELLIPTIC_CLAUSES and a value, after a target or a clause
    naming a thing (``previous``); None otherwise."""
    if not previous or clause[value_end:].strip():
        return None
    return next(((rule, value_start, value_start) for rule, pattern in ELLIPTIC if pattern.fullmatch(clause, 0, value_start)), None)


# The thing a clause before builds, when a limited value after it names no thing (patterns.PLACE_ONLY_NAMES):
# the verbs of building leave it. (name, pattern, example)
BUILT_BEFORE_VERBS = (("built_before", r"(?:加快|推进|加强|大力)?(?:推进)?(?:建设|新建|建成|打造|设立|布局)(?=[^,;。]{3,}$)", "建设青年驿站，每个街道至少建成1个 → 青年驿站"),)
BUILT_BEFORE = re.compile(one_of(BUILT_BEFORE_VERBS))
# …and, for a count built across the territory (「全省建成1000个」: patterns.PLACE_ONLY_NAMES scope_only), the thing after
# the last verb of building inside the clause before, or before its closing 建设. (name, pattern, example)
BUILT_INSIDE_THINGS = (
    ("built_after", r"[^,;。]*(?:建设|新建|建成|打造|设立|布局)(?P<thing>[^,;。建]{3,12})", "依托社区综合服务设施建设青少年心理服务站点 → 青少年心理服务站点"),
    ("built_named", r"(?:加快|推进|加强|大力|推动)+(?P<thing>[^,;。]{3,12}?)(?:建设|布局)", "推进社区养老服务站建设 → 社区养老服务站"),
)
BUILT_INSIDE = [re.compile(pattern) for _, pattern, _ in BUILT_INSIDE_THINGS]


def elliptic_name(previous: str, rule: str) -> str:
    """What an ELLIPTIC_CLAUSES value measures: ``previous`` without a verb that only holds the activity
    (LIGHT_VERBS: 「开展困难重度残疾人家庭无障碍改造」 → 困难重度残疾人家庭无障碍改造); a limited value's, without its verbs."""
    if rule in ELLIPTIC_RULES and (m := LIGHT_VERB.match(previous)) and len(previous) - m.end() >= 2:
        return previous[m.end() :]
    if rule in ("comparator", "verb_last") and (m := BUILT_BEFORE.match(previous)):
        return previous[m.end() :]  # 「建设青年驿站，每个街道至少建成1个」 → 青年驿站 (patterns.PLACE_ONLY_NAMES; round 17)
    if rule == "verb_last" and (built := next((m for p in BUILT_INSIDE if (m := p.fullmatch(previous))), None)):
        return built["thing"]  # 「依托…设施建设青少年心理服务站点，到2027年全省建成1000个」 → 青少年心理服务站点 (round 26)
    return previous
