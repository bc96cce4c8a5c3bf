"""A count built by a date, with no name of its own, closing its clause after the clause that names what is built:
「依托高校建设科学教师培训基地，2027年6月底前建成3个」 → 科学教师培训基地 3 个, 「三年新建改造农村供水管网420公里以上，2026年
完成150公里」 → 农村供水管网 150 公里. The clause is a year (or a deadline), a verb of building and the count alone; the name is
the thing the clause before builds (its last target's name in the same unit, else the noun after its last verb of building).

Session 20: 5 development labels of 4 notices of 3 rounds (heldout21b ×2, 32b, 33a, 21a) are such counts, all goals, none
found before; no development clause of the shape is left unlabelled. This finds the 4 whose clause before builds (21a's names
护栏 after 完善: left), all exact; the validation rounds hold none."""

from __future__ import annotations

from .. import rx as re
from .found import FoundTarget
from .tables import one_of
from .values import value_fields

# The clause: a date, a verb of building and the count. (name, pattern on the whole clause, example)
BUILT_COUNTS = (
    ("dated_count", r"(?:到|在)?\d{4}年(?:\d{1,2}月)?(?:底)?(?:前)?(?P<total>累计)?(?:建成|完成|组建|建设|新建|培育|打造|创建)(?P<count>.+?)(?P<limit>以上|左右)?", "2027年6月底前建成3个 / 2026年组建5个以上"),
)
BUILT_COUNT = re.compile(one_of(BUILT_COUNTS))
# What the clause before builds: the noun after its last verb of building, to the clause's end. (name, pattern, example)
BUILT_THINGS = (("built_thing", r"(?:建设|新建|组建|建成|打造|培育|创建)(?P<thing>[^,;。、\d的]{2,16})$", "依托驻檀高校建设科学教师培训基地 → 科学教师培训基地"),)
BUILT_THING = re.compile(one_of(BUILT_THINGS))
COUNTED = frozenset("个 处 家 所 座 条 支 项 套 公里 千米 亩 万亩".split())
COMPARATORS = {"以上": "at_least", "左右": "approx"}


def built_count(text: str, folded: str, clause_start: int, clause: str, previous_clause: str, last: FoundTarget | None, year: int | None, value: re.Match[str]) -> list[FoundTarget]:
    """[the goal of a dated count built] (BUILT_COUNTS) where ``value`` is the clause's count; [] else."""
    m = BUILT_COUNT.fullmatch(clause.rstrip())
    if m is None or m.start("count") != value.start() or m.end("count") != value.end():
        return []
    fields = value_fields(text, clause_start, value)
    if fields["value"] is None or fields["unit"] not in COUNTED:
        return []
    before = folded.rfind(previous_clause.rstrip(), 0, clause_start) if previous_clause.strip() else -1
    if before < 0:
        return []
    if last is not None and last.unit == fields["unit"] and before <= last.start < clause_start:
        name = last.indicator  # 「新建改造农村供水管网420公里以上，2026年完成150公里」
    elif thing := BUILT_THING.search(previous_clause.rstrip()):
        name = text[before + thing.start("thing") : before + thing.end("thing")]
    else:
        return []
    comparator = "total" if m["total"] else COMPARATORS.get(m["limit"] or "", "equal")
    return [FoundTarget(indicator=name, **fields, comparator=comparator, kind="goal", annual=False, year=year, range=None, baseline=None,
                        baseline_year=None, benchmark=None, start=clause_start + value.start(), end=clause_start + value.end(), rule="built_count")]

