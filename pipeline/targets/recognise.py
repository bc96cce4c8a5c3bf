"""Find quantitative targets (indicator, comparator, value, unit, kind) in text, clause by clause.

One mode for every text: a value is a target when a comparator, a verb of commitment or support, or
an indicator noun ending the clause stands with it; the numbers that are not targets (dates,
ordinals, periods, eligibility conditions) are refused by named rules (patterns.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..brackets import depths, split_outside
from ..normalize import fold
from . import indicator as nouns
from .lists import respectively
from .patterns import (
    AMOUNT_BEFORE,
    AMOUNT_CUES,
    BENCHMARK,
    BENCHMARK_COMPARATOR,
    COMPARATOR_AFTER,
    COMPARATOR_BEFORE,
    CONDITION_AFTER,
    CONDITION_CONTEXT,
    ORDINAL_BEFORE,
    PERIOD_AFTER,
    RANK_AFTER,
    TIME_UNITS,
    VALUE_FIRST_VERBS,
)
from .values import VALUE, value_fields

BEFORE = re.compile("(?:" + "|".join(f"(?P<{name}>{p})" for name, p, _ in COMPARATOR_BEFORE) + r")(?:连续|可以|可)?$")
AFTER = re.compile("(?:" + "|".join(f"(?P<{name}>{p})" for name, p, _ in COMPARATOR_AFTER) + ")")
VERB_BEFORE = re.compile("(?:" + "|".join(f"(?P<{name}>{p})" for name, p, _ in VALUE_FIRST_VERBS) + r")(?:可|可以)?$")
VERB_STARTS = re.compile("^(?:" + "|".join(p for _, p, _ in VALUE_FIRST_VERBS) + ")")
AMOUNT_CUE = re.compile("|".join(p for _, p, _ in AMOUNT_CUES))
ANNUAL = re.compile(r"(?:年均|年平均|每年)$")
PER = re.compile(r"(?:每月|每人每月|每人|每年度|每户|每个|每家|每次|每平方米)$")
YEAR = re.compile(r"(?<!比)(?:到|至|在|于)?(?P<year>20\d\d)年(?!\d{1,2}月)(?:底|末)?(?:前)?")
BASELINE = re.compile(r"(?:由|从)[^,]{0,12}?(?P<base>\d+(?:\.\d+)?)(?:万|亿)?[^,\d]{0,3}?(?:提高|提升|增加|下降|降低|减少)?(?:到|至)$")
BASELINE_YEAR = re.compile(r"比(?P<year>(?:19|20)\d\d)年(?:末|底)?$")
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
CLAUSE_BREAK = "。;,:!?\n"
ASIDE_OPENS, ASIDE_CLOSES = "(“《[", ")”》]"  # values inside these are asides, not targets
LEADING_FILLER = re.compile(r"^(?:按照|按|(?:到|至)?20\d\d年(?:底|末)?(?:前)?|目标|确保|力争|争取|全市|全省|全区|实现|推动|努力|其中|使|同时|此外|并|还|将|[、,\s])+")
# What an indicator's name ends with; lets prose state 「海洋经济增加值306亿元」 without a verb.
INDICATOR_NOUN = re.compile(r"(?:值|额|量|率|数|面积|收入|规模|比重|比例|长度|里程|人数|产量|总数|强度|年限|寿命|指数|改造|用地)$")
TRAILING_FILLER = re.compile(r"(?:的|力争|确保|全部|要|将|稳定|保持|分别|均|可|可以|累计|每年|年均|达)+$")
ASIDE = re.compile(r"\([^()]*\)")
CONDITION_LEAD = re.compile(r"^(?:对|凡|经|符合|获得|对于)")


@dataclass(frozen=True, slots=True)
class FoundTarget:
    indicator: str
    value: float | None
    value_text: str
    unit: str
    comparator: str
    kind: str  # goal | amount
    pending: bool
    annual: bool
    year: int | None
    scaled_value: float | None
    range: tuple[float, float] | None
    baseline: float | None
    baseline_year: int | None
    benchmark: str | None
    start: int  # span of the target (indicator through value), offsets into the given text
    end: int
    rule: str


@dataclass(slots=True)
class _Context:
    text: str  # as given
    clause: str  # folded
    clause_start: int
    year: int | None
    previous_subject: str
    list_mode: str = ""  # the rule of the previous target of a 、 list


def find_targets(text: str) -> list[FoundTarget]:
    """Targets in ``text``; a year stated (「到2020年，」) governs the clauses after it until the
    paragraph ends or another year is named."""
    folded = fold(text)
    found: list[FoundTarget] = []
    year = None
    subject_for_next = ""  # what a clause spoke of, for the next one: 「…达到43726元,年均增长7.5%」
    for clause_start, clause_end in _clauses(folded):
        if clause_start and folded[clause_start - 1] == "\n":
            year = None  # a year governs its paragraph only
        clause = folded[clause_start:clause_end]
        if m := YEAR.search(clause):
            year = int(m["year"])
        context = _Context(text, clause, clause_start, year, subject_for_next)
        targets = _clause_targets(context) + _benchmarks(context)
        found.extend(targets)
        subject_for_next = targets[-1].indicator if targets else _subject(context)
    return found


def _clause_targets(context: _Context) -> list[FoundTarget]:
    clause = context.clause
    targets: list[FoundTarget] = []
    subject_from = 0  # the indicator of a later value starts after the previous value
    for value in _values(clause):
        between = clause[subject_from : value.start()] if value.start() >= subject_from else "、"
        if not (targets and between.strip(" “”") in ("、", "和", "及", "、和")):
            context.list_mode = ""
        found = _target_at(context, value, subject_from)
        targets.extend(found)
        if found:
            subject_from = max(value.end(), found[-1].end - context.clause_start)
            context.previous_subject = found[-1].indicator
            context.list_mode = found[-1].rule
    return targets


def _subject(context: _Context) -> str:
    """A clause with no target may still name what the next clause measures."""
    first = next(iter(_values(context.clause)), None)
    head = context.clause[: first.start() if first else len(context.clause)]
    offset, subject = _strip_fillers(head)
    return subject if subject and len(subject) <= 30 else ""


def _clauses(folded: str) -> list[tuple[int, int]]:
    masked = RATIO_COLON.sub("∶", folded)  # same length: offsets stay valid
    return [(a, b) for a, b in split_outside(masked, CLAUSE_BREAK, ASIDE_OPENS, ASIDE_CLOSES) if b > a]


RATIO_COLON = re.compile(r"(?<=\d):(?=\d)")  # 「10:40:50」 is one value, not three clauses


def _values(clause: str):
    """Value matches outside parentheses and quotes (「(PM2.5)」「(*为待省分解下达目标)」 are asides)."""
    depth = None  # computed at the first value: most clauses have none
    for m in VALUE.finditer(clause):
        if not m.group() or (m["cn"] and (not m["unit"] or m["cn"] == "一")):  # 一批, 一张床: an article
            continue
        depth = depth or depths(clause, ASIDE_OPENS, ASIDE_CLOSES)
        if depth[m.start()] == 0 and not _is_date_or_code(clause, m):
            yield m


def _is_date_or_code(clause: str, m: re.Match[str]) -> bool:
    after = clause[m.end() : m.end() + 1]
    if (m["low"] or m["cn"]) and not m["unit"] and after in ("年", "月", "日", "号"):
        return True
    if m["low"] and m["unit"] == "年" and YEAR_NUMBER.fullmatch(m["low"]):
        return True  # 2020年
    before = clause[m.start() - 1 : m.start()] if m.start() else ""
    if m["cn"]:  # 「三次产业」, 「万众创新」: a word, unless a comparator or a table verb precedes it
        return before in "第每一" or not (BEFORE.search(clause[: m.start()]) or VERB_BEFORE.search(clause[: m.start()]))
    return bool(m["low"]) and (before.isascii() and before.isalpha())


@dataclass(slots=True)
class _Head:
    """What stands between the indicator and the value: 「…给予最高」, 「…最高可获」, 「…年均增长」."""

    before: str  # the text left for the indicator
    comparator: str | None = None
    verb: str | None = None  # a VALUE_FIRST_VERBS group: the measured thing follows the value
    per: bool = False
    annual: bool = False
    baseline: float | None = None
    baseline_year: int | None = None


def _read_head(head: str) -> _Head:
    """Peel comparator, verb, 每月 and 年均 off the end of ``head``, in whatever order they stand."""
    parts = _Head(head)
    for _ in range(4):
        text = parts.before
        if not parts.per and (m := PER.search(text)):
            parts.per, parts.before = True, text[: m.start()]
        elif not parts.annual and (m := ANNUAL.search(text)):
            parts.annual, parts.before = True, text[: m.start()]
        elif parts.verb is None and (m := VERB_BEFORE.search(text)):
            parts.verb, parts.before = m.lastgroup, text[: m.start()]
        elif parts.comparator is None and (m := BEFORE.search(text)):
            parts.comparator, parts.before = m.lastgroup, text[: m.start()]
        else:
            break
    if b := BASELINE.search(head):
        parts.baseline = float(b["base"])
        parts.before = parts.before[: min(len(parts.before), b.start())]
        parts.comparator = "reach" if parts.comparator in (None, "increase", "decrease") else parts.comparator
    if by := BASELINE_YEAR.search(parts.before):
        parts.baseline_year, parts.before = int(by["year"]), parts.before[: by.start()]
    return parts


def _target_at(context: _Context, value: re.Match[str], subject_from: int) -> list[FoundTarget]:
    clause = context.clause
    subject_from = min(subject_from, value.start())  # a value listed inside the previous target
    head = clause[subject_from : value.start()]
    parts = _read_head(head)
    stated = parts.comparator  # the comparator written before the value
    comparator = stated
    value_end = value.end()
    if m := AFTER.match(clause, value_end):
        if comparator in (None, "reach") or (m.lastgroup == "approx" and comparator in ("increase", "decrease")):
            comparator = m.lastgroup  # 「增长6.2%左右」 is about 6.2%
        value_end = m.end()
    if _not_a_target(context, value, head, value_end, stated, parts.per):
        return []
    shape = _shape(context, value, subject_from, parts, value_end, comparator)
    if shape is None:
        return []
    rule, ind_start, ind_end = shape
    if ind_end > ind_start:
        indicator = context.text[context.clause_start + ind_start : context.clause_start + ind_end]
    else:
        indicator = context.previous_subject
        if not indicator:
            return []
    verb_at = subject_from + len(parts.before)
    if rule == "value_first":
        start, end = min(verb_at, value.start()), max(value_end, ind_end)
    elif ind_end > ind_start:
        start, end = ind_start, value_end
    else:
        start, end = verb_at, value_end
    if comparator is None:
        comparator = "total" if "累计" in head else "equal"
    target = FoundTarget(
        indicator=indicator,
        **value_fields(context.text, context.clause_start, value),
        comparator=comparator,
        kind=_kind(indicator, head, parts),
        annual=parts.annual,
        year=context.year,
        range=(float(value["low"]), float(value["high"])) if value["high"] else None,
        baseline=parts.baseline,
        baseline_year=parts.baseline_year,
        benchmark=None,
        start=context.clause_start + start,
        end=context.clause_start + end,
        rule=rule,
    )
    if "分别" in head and "、" in indicator and rule != "value_first":
        return respectively(context.text, context.clause_start, clause, target, value)
    return [target]


def _has_measure(value: re.Match[str]) -> bool:
    return bool(value["unit"] or value["scale"] or value["low_unit"] or value["ratio"])


def _not_a_target(context: _Context, value, head: str, value_end: int, stated: str | None, per: bool) -> bool:
    """Dates are already gone; refuse ordinals, periods, ages and eligibility conditions."""
    clause = context.clause
    if (ORDINAL_BEFORE.search(head) and not per) or RANK_AFTER.match(clause, value.end()):
        return True  # ordinal or rank: 「第99次」, 「前10名」, 「世界500强」
    if value["unit"] in TIME_UNITS and stated not in ("at_most", "reach"):
        return True  # period or condition: 「5年内」, 「35岁以下」, 「正常运营1年以上」
    if PERIOD_AFTER.match(clause, value_end) and value["unit"] in TIME_UNITS | {"", None}:
        return True
    if CONDITION_AFTER.match(clause, value_end) and (stated is None or CONDITION_LEAD.search(clause)):
        return True  # 「营业收入500万元以上的企业」
    if stated is None and AFTER.match(clause, value.end()):  # 「2年以上研发经历」, 「工作经历3年以上」
        return bool(CONDITION_CONTEXT.search(head[-6:]) or CONDITION_CONTEXT.match(clause, value_end))
    return False


def _shape(context: _Context, value, subject_from: int, parts: _Head, value_end: int, comparator) -> tuple[str, int, int] | None:
    """Which rule makes this value a target and where its indicator stands (clause offsets)."""
    clause = context.clause
    offset, name = _strip_fillers(parts.before)
    name_start = subject_from + offset
    stated_or_per = parts.comparator or parts.per
    value_first = (
        not name
        or (context.list_mode == "value_first" and not name)
        or parts.verb is not None
        or (stated_or_per and (not name or nouns.ends_with_verb(name)))
    )
    if value_first:
        noun_at = _after_list(clause, value_end)  # 「申领15万元、10万元一次性购房补贴」
        skip, length = nouns.noun_after(clause[noun_at:])
        if length:
            return "value_first", noun_at + skip, noun_at + length
        if not name and not stated_or_per:
            return None
    if not (_has_measure(value) or value["pending"]) and not INDICATOR_NOUN.search(name):
        return None  # a bare number in prose is too often a count of things, not a target
    if comparator is None and not parts.per and not _bare_value(clause, value_end, name):
        return None
    # 「新增培育OPC企业1000家」: a table verb opens the name; jieba tells how many words are verbs
    cut = nouns.leading_verbs(name) if VERB_STARTS.search(name) and not INDICATOR_NOUN.search(name) else 0
    rule = "comparator" if comparator else ("per_value" if parts.per else "bare_value")
    return rule, name_start + cut, name_start + len(name)


def _after_list(clause: str, value_end: int) -> int:
    """Where the words after a value start, past a list of further values (「15万元、10万元…」)."""
    end = value_end
    while clause[end : end + 1] == "、" and (m := VALUE.match(clause, end + 1)) and m.group():
        end = m.end()
    return end


def _bare_value(clause: str, value_end: int, name: str) -> bool:
    """「耕地保有量171万亩」, 「新增培育OPC企业1000家、」: an indicator and its value end the clause."""
    rest = ASIDE.sub("", clause[value_end:]).strip()  # 「*万亩(*为待省分解下达目标)」
    at_end = not rest or rest[0] == "、"
    named = bool(INDICATOR_NOUN.search(name) or VERB_STARTS.search(name))
    return at_end and named and len(name) <= 24


def _kind(indicator: str, head: str, parts: _Head) -> str:
    if AMOUNT_CUE.search(indicator) or AMOUNT_BEFORE.search(head[-10:]) or parts.verb == "amount":
        return "amount"
    return "goal"


def _benchmarks(context: _Context) -> list[FoundTarget]:
    """「外贸出口额、外商直接投资高于全省平均水平」: one target per name, no value, a benchmark."""
    m = BENCHMARK.search(context.clause)
    if not m:
        return []
    offset, names = _strip_fillers(context.clause[: m.start()])
    targets = []
    position = offset
    for name in names.split("、"):
        if name:
            absolute = context.clause_start + position
            targets.append(
                FoundTarget(
                    indicator=context.text[absolute : absolute + len(name)],
                    value=None,
                    value_text="",
                    unit="",
                    comparator=BENCHMARK_COMPARATOR[m["comparator"]],
                    kind="goal",
                    pending=False,
                    annual=False,
                    year=context.year,
                    scaled_value=None,
                    range=None,
                    baseline=None,
                    baseline_year=None,
                    benchmark=context.text[context.clause_start + m.start("benchmark") : context.clause_start + m.end("benchmark")],
                    start=absolute,
                    end=context.clause_start + m.end(),
                    rule="benchmark",
                )
            )
        position += len(name) + 1
    return targets


def _strip_fillers(piece: str) -> tuple[int, str]:
    """Offset and text of ``piece`` without leading 到2020年/确保… and trailing 力争/分别…"""
    start = 0
    if m := LEADING_FILLER.match(piece):
        start = m.end()
    core = piece[start:]
    if m := TRAILING_FILLER.search(core):
        core = core[: m.start()]
    stripped = core.lstrip()
    return start + (len(core) - len(stripped)), stripped.rstrip()
