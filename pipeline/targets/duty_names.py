"""A person counted before the duty given to them is named without the duty: 「各设区市要明确1名市政府负责同志分管会展工作」
→ 市政府负责同志 (TARGET_LABELING.md, indicator: the thing measured, a noun phrase and never the verb). Session 13: the three
such labels of rounds 1–32 (bichuan 30b, jiyuan 29b, xuning 26b, three writers) name the person alone; fengong ran the name on
into the duty."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .tables import one_of

# (name, pattern on the target's name, example)
DUTY_AFTER_PERSONS = (
    ("duty_after_person", r"^(?P<person>[^,;。\d]{1,10}?(?:同志|领导|干部|员))(?:分管|负责|主抓|抓)", "明确1名政府负责同志分管药品安全工作 → 政府负责同志 / 确定1名县级领导分管 → 县级领导 / 配备1名网格员负责日常巡查 → 网格员"),
)
DUTY_AFTER_PERSON = re.compile(one_of(DUTY_AFTER_PERSONS))


def duty_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the person counted, without the duty after them (DUTY_AFTER_PERSONS); unchanged otherwise."""
    if not (duty := DUTY_AFTER_PERSON.match(target.indicator)):
        return target
    person_at = folded.find(duty["person"], target.start, target.end)
    value_at = folded.find(target.value_text, target.start, target.end)
    if person_at < 0 or not 0 <= value_at < person_at:  # counted before: 「每名作业人员负责维保电梯不超过30台」 counts the lifts
        return target
    spans = (person_at, person_at + len(duty["person"])), (value_at, value_at + len(target.value_text))
    return replace(target, indicator=duty["person"], start=min(a for a, _ in spans), end=max(b for _, b in spans))
