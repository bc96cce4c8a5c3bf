"""A limit word before the first of a list of counts holds for every member: 「至少配备1台DR、1台彩超和1台全自动生化分析仪」 →
three counts at least, of the same kind as the first (round 21: yuwan 20b ×3, yingjiang 20b, fengyu 17a 「至少设置1个游客服务中心和1个医疗急救点」, fengzhou 6 「至少建成1个标准化
发热门诊和1支卫生应急队伍」 — every label of such a list reads at_least; the members were read equal, and goals where the first
was a standard)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# The limit word opening the list, and what joins its members: (name, pattern, example)
# (session 20: any two-character verb after the limit, not only the verbs of equipping and building — 「至少明确1名村级林长和2名
# 专职护林员」 qiyu 30a, 「至少提供1次政策宣介、1次职业指导、3个岗位信息」 luzhou 16a —, and a list whose members name the thing
# before the value, the limit and verb before the first name — 「至少配备专职心理健康教育教师2名、专职校医或保健人员1名」 junjiang 27b,
# 「至少配备电动自行车集中充电车位30个、智能快递柜1组、垃圾分类集中投放点1处」 tanqiao 19b: 7 labels in 4 notices of 4 rounds, every
# one at_least, read equal; no label of such a list reads a later member otherwise)
SHARED_LIMITS = (
    ("at_least_list", r"(?:至少|不少于)(?:[\u4e00-\u9fff]{2})?(?=[\d一二两三四五六七八九十])", "至少配备1台DR、1台彩超和1台全自动生化分析仪 / 至少明确1名村级林长和2名专职护林员"),
)
SHARED_LIMIT = re.compile(one_of(SHARED_LIMITS))
# …the same limit and verb right before the first member's name, its value after it: (name, pattern closing the text before the list, example)
SHARED_LIMITS_BEFORE_NAME = (("at_least_names_first", r"(?:至少|不少于)[\u4e00-\u9fff]{2}$", "至少配备专职网格员2名、兼职网格员5名"),)
SHARED_LIMIT_BEFORE_NAME = re.compile(one_of(SHARED_LIMITS_BEFORE_NAME))
MEMBER_RULES = frozenset({"value_first", "list_item"})
LIST_JOIN = re.compile(r"^(?:、|和|及)$")


def limit_shared(folded: str, found: list[FoundTarget]) -> list[FoundTarget]:
    """``found`` with each count read equal right after a count under a shared limit (SHARED_LIMITS), joined by 、 / 和 / 及,
    given the first's comparator and kind."""
    out: list[FoundTarget] = []
    listed = False  # whether the target before is a member of such a list, its first included
    for target in found:
        before = out[-1] if out else None
        if before is not None and listed and target.comparator == "equal" and target.rule in MEMBER_RULES and LIST_JOIN.match(folded[before.end : target.start]):
            target = replace(target, comparator=before.comparator, kind=before.kind)
        else:
            listed = target.comparator == "at_least" and (
                (target.rule == "value_first" and SHARED_LIMIT.search(folded, target.start, target.end) is not None)
                or (target.rule == "comparator" and SHARED_LIMIT_BEFORE_NAME.search(folded, max(0, target.start - 4), target.start) is not None)
            )
        out.append(target)
    return out
