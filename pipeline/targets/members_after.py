"""Members listed before 分别, then a verb, the counted noun and one value for each member: 「县、乡两级分别建成食品快检室
1个、14个」 → 县级食品快检室 1 个, 乡级食品快检室 14 个 (TARGET_LABELING: each value with its own indicator; a word joining
levels stands for its members, each with the rest of the name)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import FoundTarget
from .lists import AFTER_COMPARATOR, AFTER_LIST
from .tables import one_of
from .values import VALUE, value_fields

# (name, pattern of the clause up to the first value, example)
MEMBERS_THEN_NOUN = (
    (
        "members_verb_noun",
        r"\s*(?P<members>(?:(?![两三四]级|分别)[\u4e00-\u9fff]){1,4}(?:(?:、|和)(?:(?![两三四]级|分别)[\u4e00-\u9fff]){1,4})+)(?P<levels>[两三四]级)?分别"
        r"(?P<verb>新建|建成|建设|组建|培育|打造|改造|完成|新增|创建|设立|配备|开通)(?P<noun>[^,;。、\d]{2,20}?)(?=\d)",
        "县、乡两级分别建成食品快检室1个、14个 → 县级食品快检室, 乡级食品快检室",
    ),
)
MEMBERS_THEN = re.compile(one_of(MEMBERS_THEN_NOUN))
LINKS = re.compile("、|和")


def members_after(text: str, clause: str, clause_start: int, targets: list[FoundTarget], year: int | None = None) -> list[FoundTarget]:
    """``targets`` of a clause, those on a MEMBERS_THEN_NOUN list's values replaced by one target per member; where
    no other rule read the clause (「中心城区、县城分别新建绿道120公里、80公里」), the members' targets alone, of ``year``."""
    if "分别" not in clause or any(t.rule == "respectively" for t in targets) or not (m := MEMBERS_THEN.match(clause)):
        return targets  # (a list read already: 「县道、乡道分别完成改造60公里、120公里」)
    members = LINKS.split(m["members"])
    values, at = [], m.end()
    while (value := VALUE.match(clause, at)) and value.group() and (value["unit"] or value["scale"]):
        values.append(value)
        if clause[value.end() : value.end() + 1] != "、":
            break
        at = value.end() + 1
    if len(values) != len(members):
        return targets
    end = values[-1].end()
    limit = AFTER_LIST.match(clause, end)
    comparator = AFTER_COMPARATOR[limit.group()] if limit else ("increase" if m["verb"] == "新增" else "equal")
    template = targets[0] if targets else _blank(year)
    kept = [t for t in targets if not clause_start + m.start("noun") <= t.start < clause_start + end]
    listed = []
    for member, value in zip(members, values):
        name = member + ("级" if m["levels"] and not member.endswith("级") else "") + text[clause_start + m.start("noun") : clause_start + m.end("noun")]
        fields = value_fields(text, clause_start, value)
        listed.append(replace(template, indicator=name, comparator=comparator, kind="goal", **fields, start=clause_start + m.start("members"), end=clause_start + value.end(), rule="respectively"))
    return sorted(kept + listed, key=lambda t: t.start)


def _blank(year: int | None) -> FoundTarget:
    """A goal's fields that no value gives, for a clause no other rule read."""
    return FoundTarget(
        indicator="", value=None, value_text="", unit="", comparator="equal", kind="goal", pending=False, annual=False, year=year,
        scaled_value=None, range=None, baseline=None, baseline_year=None, benchmark=None, start=0, end=0, rule="respectively",
    )
