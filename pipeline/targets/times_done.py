"""A count of times closing its clause after a limit and the deed names the deed done so often: 「二次供水设施每半年至少清洗
消毒1次」 → 清洗消毒 at least 1 次, read as 「每半年清洗消毒不少于1次」 is (its name, comparator and kind)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .. import rx as re

from .after_value import first_after_asides
from .clause_values import BEFORE

if TYPE_CHECKING:
    from .found import FoundTarget
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


# A count of times after 每 + a period and the deed, with no limit word, closed by the thing done (「每年进行1次健康检查」), is
# what each person served gets in that period — an amount named by that thing — where the sentence names the persons served
# before the period (为 / 对 / 向 / 给 + persons, or a person's title in quotes). Session 18: 3 labels in 3 notices of 3 writers
# (pulan 17c, qiwu 25a, qiongping 44b), none of this form with persons served left unlabelled; the same form without persons
# served (「每年开展一次城市体检评估」, 「每季度召开1次会议」) is a government task's rhythm: 455 of its 466 occurrences unlabelled,
# left as they are. A 的 phrase before the thing is no part of its name (「1次较全面的健康检查」 → 健康检查).
# (name, pattern on the sentence before the period, example)
PERSONS_SERVED = (
    ("persons_served", r"(?:[为对向给][^。；;\n]{0,20}?(?:人群|老年人|老人|患者|居民|学生|儿童|孕产妇|残疾人|职工|工匠|人才|对象)|“[^”]{1,10}(?:匠|人才)”)", "为65岁以上老人每年… / 对纳入管理的…患者，… / “某某工匠”每年…"),
)
PERSON_SERVED = re.compile(PERSONS_SERVED[0][1])
PERIOD_DEED = re.compile(r"每(?:年|两年|半年|季度|月|周|学期|学年)(?P<deed>[^,;。，；、\d只仅限]{1,6})$")
THING_DONE = re.compile(r"(?:[^,;。，；\n\d]{1,12}的)?(?P<thing>[^,;。，；、\n\d的]{2,16})(?=[,;。，；\n]|$)")
# …and no limit word before the count (a limit with a deed is read by times_done above)
LIMIT_WORD = re.compile(r"至少|不少于|不低于|最多|不超过")


def served_times(folded: str, clause_start: int, clause: str, value: re.Match[str], value_end: int, head: str) -> tuple[str, int, int] | None:
    """("served_times", start, end) of the thing done so many times in a period for each person served (PERSONS_SERVED); None otherwise."""
    if value["unit"] != "次" or not (period := PERIOD_DEED.search(head)) or LIMIT_WORD.search(head):
        return None
    if not (thing := THING_DONE.match(clause, value_end)):
        return None
    period_at = clause_start + value.start() - len(period.group())
    sentence_start = max(folded.rfind(end, 0, period_at) for end in "。；;\n") + 1
    if not PERSON_SERVED.search(folded, sentence_start, period_at):
        return None
    return "served_times", thing.start("thing"), thing.end("thing")


def served_amount(folded: str, target: FoundTarget) -> FoundTarget:
    """A served_times target is an amount: what each person served gets (PERSONS_SERVED)."""
    return replace(target, kind="amount") if target.rule == "served_times" and target.kind != "amount" else target
