"""A limit word before the first of a list of counts holds for every member: 「至少配备1台DR、1台彩超和1台全自动生化分析仪」 →
three counts at least, of the same kind as the first (round 21: yuwan 20b ×3, yingjiang 20b, fengyu 17a 「至少设置1个游客服务中心和1个医疗急救点」, fengzhou 6 「至少建成1个标准化
发热门诊和1支卫生应急队伍」 — every label of such a list reads at_least; the members were read equal, and goals where the first
was a standard)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget

# The limit word opening the list, and what joins its members: (name, pattern, example)
SHARED_LIMITS = (
    ("at_least_list", r"(?:至少|不少于)(?:配备|配置|设置|建成|建设|聘请|安排)", "至少配备1台DR、1台彩超和1台全自动生化分析仪 / 至少配备2名全科医生、1名公共卫生医师"),
)
SHARED_LIMIT = re.compile("|".join(pattern for _, pattern, _ in SHARED_LIMITS))
LIST_JOIN = re.compile(r"^(?:、|和|及)$")


def limit_shared(folded: str, found: list[FoundTarget]) -> list[FoundTarget]:
    """``found`` with each count read equal right after a count under a shared limit (SHARED_LIMITS), joined by 、 / 和 / 及,
    given the first's comparator and kind."""
    out: list[FoundTarget] = []
    listed = False  # whether the target before is a member of such a list, its first included
    for target in found:
        before = out[-1] if out else None
        if before is not None and listed and target.comparator == "equal" and target.rule == "value_first" and LIST_JOIN.match(folded[before.end : target.start]):
            target = replace(target, comparator=before.comparator, kind=before.kind)
        else:
            listed = target.comparator == "at_least" and target.rule == "value_first" and SHARED_LIMIT.search(folded, target.start, target.end) is not None
        out.append(target)
    return out
