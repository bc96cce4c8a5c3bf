"""Members a standard is set for beyond member_standards.MEMBER_KINDS: the other members of a contrast (其他…) and a class
of cases (…问题, …纠纷), each alone before its limit, perhaps after a per-unit phrase (每月, 每件最高), continue the measure
named before them in the sentence, in the same unit or one of the same dimension (分钟 then 小时)."""

from __future__ import annotations

from .. import rx as re

from .kinds import COUNT_UNITS
from .tables import one_of

# (name, pattern of the whole member, example) — session 16: yuanze 28a, xiexi 30b, meicen 35a (其他…); yiquan 35b, min_an 24b
# (…问题, …纠纷); xunlan 34b (…馆). Every such label of rounds 1–41 names the measure before, none the member.
HOLDER_MEMBERS = (
    ("other_members", r"其他[\u4e00-\u9fff]{1,8}", "到达现场时间不超过30分钟，其他区域不超过1小时 → 到达现场时间"),
    ("case_class", r"[\u4e00-\u9fff]{1,6}(?:问题|纠纷|案件)", "一般问题整改时限不超过7天，复杂问题不超过15天 → 整改时限"),
    ("hall", r"[\u4e00-\u9fff]{1,8}馆", "综合性非遗馆建筑面积不少于5000平方米，县级非遗展示馆不少于500平方米 → 建筑面积"),
)
HOLDER_MEMBER = re.compile(one_of(HOLDER_MEMBERS))
# A per-unit phrase between the member and its limit: 「其他集中供水工程每月不少于1次」, 「疑难复杂纠纷每件最高不超过1500元」.
PER_BEFORE_LIMIT = re.compile(r"(?:每[\u4e00-\u9fff]{1,3}?){0,2}(?:最高|原则上|一般)?(?=不少于|不低于|不超过|不高于|不大于|不小于|至少|最多)")
# Units of one dimension: a member's value may be written in another unit than the first value's. (name, units, example)
UNIT_DIMENSIONS = (
    ("time", "分钟 小时 天 日 个工作日 工作日 周 个月", "到达现场时间不超过30分钟，其他区域不超过1小时"),
    ("length", "毫米 厘米 米 公里 千米", "间距不超过500米，其他路段不超过1公里"),
    ("area", "平方米 亩 公顷", "面积不少于2000平方米，其他区域不少于3亩"),
    ("money", "元 万元 亿元", "补贴最高8000元，其他项目最高1万元"),
)
DIMENSION_OF = {unit: name for name, units, _ in UNIT_DIMENSIONS for unit in units.split()}


def same_dimension(unit: str, last_unit: str) -> bool:
    """Whether ``unit`` is ``last_unit`` or measures the same thing (UNIT_DIMENSIONS: 分钟 and 小时)."""
    return unit == last_unit or (unit in DIMENSION_OF and DIMENSION_OF[unit] == DIMENSION_OF.get(last_unit))


def holder_member_continues(member: str, unit: str, last_unit: str, folded: str, after: int) -> bool:
    """Whether ``member`` (the whole clause before the value, at ``after`` its end in ``folded``) is a holder member
    (HOLDER_MEMBERS) of a measure, not a thing counted, whose limit follows after a per-unit phrase at most."""
    return unit not in COUNT_UNITS and same_dimension(unit, last_unit) and HOLDER_MEMBER.fullmatch(member) is not None and PER_BEFORE_LIMIT.match(folded, after) is not None
