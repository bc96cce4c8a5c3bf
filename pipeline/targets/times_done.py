"""A count of times closing its clause after a limit and the deed names the deed done so often: 「二次供水设施每半年至少清洗
消毒1次」 → 清洗消毒 at least 1 次, read as 「每半年清洗消毒不少于1次」 is (its name, comparator and kind)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import rx as re

from .after_value import first_after_asides
from .clause_values import BEFORE

if TYPE_CHECKING:
    from .head import Head

# A limit, then the deed done, in four characters at most: a longer run carries an object or a place gone to, whose name the
# labels read otherwise (「每季度至少走访所联系楼宇1次」 → 走访). (name, pattern, example)
LIMITED_DEEDS = (("limit_then_deed", r"(?P<limit>至少|最少|不少于)(?P<deed>[\u4e00-\u9fff]{1,4})$", "每月至少上门探访1次 / 每3年至少全面检测1次"),)
LIMITED_DEED = re.compile(LIMITED_DEEDS[0][1])


def times_done(clause: str, value: re.Match[str], value_end: int, parts: Head, subject_from: int) -> tuple[str, int, int] | None:
    """("times_done", start, end) of the deed between a limit and a count of times that closes the clause (the limit read
    into ``parts``); None otherwise."""
    if value["unit"] != "次" or parts.comparator is not None or parts.verb is not None:
        return None
    if first_after_asides(clause, value_end) not in ("", "、") or not (m := LIMITED_DEED.search(parts.before)):
        return None
    parts.comparator, parts.before = BEFORE.search(m["limit"]).lastgroup, parts.before[: m.start()]
    deed_at = subject_from + m.start("deed")
    return "times_done", deed_at, deed_at + len(m["deed"])


def standard_order(head: str, rule: str) -> tuple[str, str]:
    """The head and rule a times_done target's kind is read with: the limit moved after the deed (「每半年至少清洗消毒」 →
    「每半年清洗消毒不少于」) and the comparator's rule, so that who does the deed, and how often, decides as for any standard."""
    if rule != "times_done" or not (m := LIMITED_DEED.search(head)):
        return head, rule
    return head[: m.start()] + m["deed"] + "不少于", "comparator"
