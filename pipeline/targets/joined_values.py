"""A 分别 list whose later values no frame read: 「小学、初中每天晚自习时间分别不超过1小时、2小时」, 「对评定为三星级、
四星级的助餐点，分别在运营补助基础上上浮10%、20%」. The first value is read with its name; each value joined to it by 、 / 和
alone is one more value of the same list — the same name, limit and kind — and where a 、 list before the 分别 (or in the
clause before) has one member per value, each value takes its member before the shared name (list_before.members_before:
「第二年、第三年分别减免租金的70%、50%」 → 第三年减免租金), as TARGET_LABELING.md's 分别 line has it.

Session 20: 755 development labels stand after a 、 or 和 in a 分别 clause with a value before them — each one more value of
its list, 584 amounts and 171 goals, in 66 notices; 18 of them no prediction overlapped (12 notices of 12 rounds: 交流桩建设补贴,
三星级奖励, 第三年减免租金, 半失能照料护理标准, 交通固定资产投资…): this rule finds all 18 (7 exact; the others keep the first
value's name where the members are not a plain list), and adds no prediction that pairs with no label."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .list_before import members_before
from .tables import one_of
from .clause_values import AFTER
from .values import value_fields

# What may stand between two values of one list: the joint alone. (name, pattern, example)
JOINTS = (("list_joint", r"、|和|及|、和", "分别不超过1小时、2小时 / 分别增长7%和8%"),)
JOINT = re.compile(one_of(JOINTS))
# A member that is a year or a date names no value of its own (「2025年、2026年分别完成1450亿元、1500亿元」 → 交通固定资产投资).
DATED_MEMBER = re.compile(r"^(?:\d{4}年|\d{4}—\d{4}年)")


def joined_value(text: str, clause_start: int, clause: str, targets: list, value: re.Match[str], subject_from: int) -> list:
    """[the value as one more member of the 分别 list ``targets[-1]`` opened] where nothing else read it (JOINTS); [] else."""
    if not targets or not JOINT.fullmatch(clause[subject_from : value.start()].strip(" ")):
        return []
    previous = targets[-1]
    respectively = clause.find("分别")
    if respectively < 0 or clause_start + respectively >= previous.end or previous.value is None:
        return []
    fields = value_fields(text, clause_start, value)
    if fields["value"] is None or (fields["unit"] or "") != (previous.unit or ""):
        return []  # another unit is another thing (「分别为50万元、3年」)
    comparator = previous.comparator
    if (limit := AFTER.match(clause, value.end())) and limit.lastgroup and comparator not in ("at_most", "at_least"):
        comparator = limit.lastgroup  # 「分别力争降至32微克/立方米、34微克/立方米以下」: a limit after the value is its own
    return [replace(previous, **fields, comparator=comparator, range=None, start=clause_start + value.start(), end=clause_start + value.end(), rule="joined_value")]


def members_named(clause: str, previous_clause: str, targets: list) -> list:
    """``targets`` with the run of a 分别 list ending in joined values (joined_value) named each by its member where the 、 list
    before 分别 has one per value (a year's member left out)."""
    out = list(targets)
    end = len(out)
    while end > 0:
        if out[end - 1].rule != "joined_value":
            end -= 1
            continue
        start = end - 1
        while start > 0 and out[start - 1].rule == "joined_value":
            start -= 1
        first = start - 1
        if first >= 0:
            run = out[first:end]
            members = members_before(clause, previous_clause, len(run))
            if members and not any(DATED_MEMBER.match(member) for member in members):
                name = run[0].indicator
                out[first:end] = [replace(t, indicator=member + name if not name.startswith(member) else name, rule="respectively") for member, t in zip(members, run)]
        end = max(first, 0)
    return out
