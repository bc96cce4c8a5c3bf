"""Find quantitative targets (indicator, comparator, value, unit) in task text, clause by clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ..brackets import depths, split_outside
from ..normalize import fold

NUMBER = r"\d+(?:\.\d+)?"
# Measure words a target value may carry, longest first so 平方公里 wins over 公里.
MEASURE_UNITS = sorted(
    """% ‰ 个百分点 年 岁 套 亩 立方米 平方米 平方公里 公里 千米 米 公顷 吨 标箱 家 个 项 件 元 美元 人次 人 名
    户 所 座 处 条 台 辆 张 床 千瓦时 千瓦 度 天 小时 次 倍 册 场 部 篇""".split(),
    key=len,
    reverse=True,
)
UNIT_ALTERNATION = "|".join(map(re.escape, MEASURE_UNITS))
SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}

# Comparator words, as a table of named patterns; each stands right before the value.
COMPARATOR_BEFORE = (
    ("at_least", r"不低于|不少于|超过|高于|突破"),
    ("at_most", r"不高于|不超过|低于|控制在|少于"),
    ("reach", r"提高到|提升到|增加到|增长到|下降到|降低到|降到|降至|增至|提高至|提升至|调整到|调整为|稳定在|保持在|达到|达|实现|为"),
    ("increase", r"增长|提高|增加|上升|提升"),
    ("decrease", r"下降|降低|减少|压减|削减"),
    ("total", r"累计|共计|总计"),
)
COMPARATOR_AFTER = (("at_least", r"以上"), ("at_most", r"以内|以下"), ("approx", r"左右"))

VALUE = re.compile(
    rf"(?P<ratio>\d+(?::\d+)+)"
    rf"|(?:(?P<pending>\*)|(?P<low>{NUMBER})(?:(?P<low_unit>%)?—(?P<high>{NUMBER}))?)"
    rf"(?P<scale>万|亿)?(?P<unit>{UNIT_ALTERNATION})?"
)
BEFORE = re.compile("(?:" + "|".join(f"(?P<{name}>{p})" for name, p in COMPARATOR_BEFORE) + r")$")
AFTER = re.compile("(?:" + "|".join(f"(?P<{name}>{p})" for name, p in COMPARATOR_AFTER) + ")")
ANNUAL = re.compile(r"(?:年均|年平均|每年)$")
YEAR = re.compile(r"(?<!比)(?:到|至|在|于)?(?P<year>20\d\d)年(?:底|末)?(?:前)?")
BASELINE = re.compile(rf"(?:由|从)[^,]{{0,12}}?(?P<base>{NUMBER})(?:万|亿)?(?:{UNIT_ALTERNATION})?(?:提高|提升|增加|下降|降低|减少)?(?:到|至)$")
BASELINE_YEAR = re.compile(r"比(?P<year>(?:19|20)\d\d)年(?:末|底)?$")
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
RESPECTIVELY = "分别"
CLAUSE_BREAK = "。;,:!?"
ASIDE_OPENS, ASIDE_CLOSES = "(“《", ")”》"  # values inside these are asides, not targets
LEADING_FILLER = re.compile(r"^(?:到20\d\d年|确保|力争|争取|全市|实现|推动|努力|其中|使|[、,])+")
# What an indicator's name ends with; lets prose state 「海洋经济增加值306亿元」 without a verb.
INDICATOR_NOUN = re.compile(r"(?:值|额|量|率|数|面积|收入|规模|比重|长度|里程|人数|产量|总数)$")
TRAILING_FILLER = re.compile(r"(?:力争|确保|全部|要|将|稳定|保持|分别)+$")


@dataclass(frozen=True, slots=True)
class FoundTarget:
    indicator: str
    value: float | None
    value_text: str
    unit: str
    comparator: str
    pending: bool
    annual: bool
    year: int | None
    scaled_value: float | None
    range: tuple[float, float] | None
    baseline: float | None
    baseline_year: int | None
    start: int  # span of the target (indicator through value), offsets into the given text
    end: int
    rule: str


def find_targets(text: str, strict: bool = True) -> list[FoundTarget]:
    """Targets in ``text``. ``strict`` (prose) needs a comparator word before the value; an
    indicator item (「耕地保有量171万亩」) may also give a bare value after or before its indicator."""
    folded = fold(text)
    found: list[FoundTarget] = []
    year = None
    subject_for_next = ""  # what a clause spoke of, for the next one: 「…达到43726元,年均增长7.5%」
    for clause_start, clause_end in _clauses(folded):
        previous_subject, subject_for_next = subject_for_next, ""
        clause = folded[clause_start:clause_end]
        if m := YEAR.search(clause):
            year = int(m["year"])
        subject_from = 0  # the indicator of a later value starts after the previous value
        first_value_at = None
        for value in _values(clause):
            if first_value_at is None:
                first_value_at = value.start()
            targets = _targets_at(text, clause_start, clause, value, subject_from, year, strict, previous_subject)
            found.extend(targets)
            if targets:
                subject_from = max(value.end(), targets[-1].end - clause_start)
                previous_subject = subject_for_next = targets[-1].indicator
        if not found or found[-1].start < clause_start:
            # No target here: the clause may still name what the next clause measures.
            head = clause[: first_value_at if first_value_at is not None else len(clause)]
            offset, subject = _strip_fillers(head)
            if subject and len(subject) <= 30:
                subject_for_next = text[clause_start + offset : clause_start + offset + len(subject)]
    return found


# How far after a value its indicator may run when the value comes first (「3.86万国标贫困人口全部实现脱贫」).
VALUE_FIRST_REACH = 40

RATIO_COLON = re.compile(r"(?<=\d):(?=\d)")  # 「10:40:50」 is one value, not three clauses


def _clauses(folded: str) -> list[tuple[int, int]]:
    masked = RATIO_COLON.sub("∶", folded)  # same length: offsets stay valid
    return [(a, b) for a, b in split_outside(masked, CLAUSE_BREAK, ASIDE_OPENS, ASIDE_CLOSES) if b > a]


def _values(clause: str):
    """Value matches outside parentheses and quotes (「(PM2.5)」「(*为待省分解下达目标)」 are asides)."""
    depth = None  # computed at the first value: most clauses have none
    for m in VALUE.finditer(clause):
        depth = depth or depths(clause, ASIDE_OPENS, ASIDE_CLOSES)
        if depth[m.start()] == 0 and not _is_date_or_code(clause, m):
            yield m


def _is_date_or_code(clause: str, m: re.Match[str]) -> bool:
    after = clause[m.end() : m.end() + 1]
    if m["low"] and not m["unit"] and after in ("年", "月", "日", "号"):
        return True
    if m["low"] and m["unit"] == "年" and YEAR_NUMBER.fullmatch(m["low"]):
        return True  # 2020年
    before = clause[m.start() - 1 : m.start()] if m.start() else ""
    return bool(m["low"]) and (before.isascii() and before.isalpha())


def _targets_at(text, clause_start, clause, value, subject_from, year, strict, previous_subject) -> list[FoundTarget]:  # noqa: C901 - complexity 17 > 15: reported exception (issue 12), owner targets
    head = clause[subject_from : value.start()]
    comparator, verb_at = None, len(head)
    if m := BEFORE.search(head):
        comparator, verb_at = m.lastgroup, m.start()
    baseline = None
    if b := BASELINE.search(head):
        baseline, verb_at = float(b["base"]), b.start()
        comparator = comparator or "reach"
        if comparator in ("increase", "decrease"):
            comparator = "reach"  # 由32.6提高到35: 35 is the level reached
    baseline_year = None
    if by := BASELINE_YEAR.search(head[:verb_at]):
        baseline_year, verb_at = int(by["year"]), by.start()
    annual = False
    if a := ANNUAL.search(head[:verb_at]):
        annual, verb_at = True, a.start()
    value_end = value.end()
    if m := AFTER.match(clause, value.end()):
        comparator = m.lastgroup if comparator in (None, "reach") else comparator
        value_end = m.end()
    has_measure = bool(value["unit"] or value["scale"] or value["low_unit"] or value["ratio"])
    indicator_at, indicator = _strip_fillers(head[:verb_at])
    rule = "comparator"
    if comparator is None:
        ends_clause = not clause[value_end:].strip()
        if strict and not (has_measure and ends_clause and INDICATOR_NOUN.search(indicator) and len(indicator) <= 20):
            return []
        if not indicator:  # 「确保3.86万国标贫困人口全部实现脱贫」: the value comes first
            if len(clause) - value_end > VALUE_FIRST_REACH:
                return []  # not an indicator but the rest of a long clause (e.g. a run of values: quadratic output)
            follow_at, follow = _strip_fillers(clause[value_end:])
            if not (has_measure and follow):
                return []
            indicator_at, indicator = value_end - subject_from + follow_at, follow
            rule = "value_first"
        else:
            rule = "bare_value"
        comparator = "total" if "累计" in head else "equal"
    elif strict and not has_measure and not value["pending"]:
        return []  # a bare number in prose is too often a count of things, not a target
    if not indicator:
        if not previous_subject:
            return []
        indicator, indicator_at = previous_subject, None
    else:
        absolute = clause_start + subject_from + indicator_at
        indicator = text[absolute : absolute + len(indicator)]
    if rule == "value_first":
        start = clause_start + value.start()
        end = clause_start + subject_from + indicator_at + len(indicator)
    elif indicator_at is None:  # the indicator was named in the clause before
        start, end = clause_start + subject_from + verb_at, clause_start + value_end
    else:
        start, end = clause_start + subject_from + indicator_at, clause_start + value_end
    target = FoundTarget(
        indicator=indicator,
        **_value_fields(text, clause_start, value),
        comparator=comparator,
        annual=annual,
        year=year,
        range=(float(value["low"]), float(value["high"])) if value["high"] else None,
        baseline=baseline,
        baseline_year=baseline_year,
        start=start,
        end=end,
        rule=rule,
    )
    if RESPECTIVELY in clause[subject_from : value.start()] and "、" in indicator:
        return _respectively(text, clause_start, clause, target, value)
    return [target]


def _value_fields(text: str, clause_start: int, value: re.Match[str]) -> dict:
    """The fields of a target that come from its value match alone."""
    number = float(value["low"]) if value["low"] and not value["high"] else None
    scale = value["scale"] or ""
    return dict(
        value=number,
        value_text=text[clause_start + value.start() : clause_start + value.end()],
        unit=scale + (value["unit"] or value["low_unit"] or ""),
        pending=value["pending"] is not None,
        scaled_value=float(Decimal(value["low"]) * SCALES[scale]) if scale and number is not None else None,
    )


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


def _respectively(text, clause_start, clause, target: FoundTarget, first_value) -> list[FoundTarget]:
    """「A、B、C分别下降*」 shares one value; 「A、B分别达到95%、85%」 pairs values with names."""
    names_start = target.start
    names = []
    pos = names_start
    for name in target.indicator.split("、"):
        names.append((pos, name))
        pos += len(name) + 1
    values = [first_value]
    after = first_value.end()
    while clause[after : after + 1] == "、" and (m := VALUE.match(clause, after + 1)) and m.group():
        values.append(m)
        after = m.end()
    paired = len(values) == len(names)
    targets = []
    for index, (name_start, name) in enumerate(names):
        value = values[index] if paired else first_value
        targets.append(
            replace(
                target,
                indicator=name,
                **_value_fields(text, clause_start, value),
                start=name_start,
                end=clause_start + (value.end() if paired else target.end - clause_start),
                rule="respectively",
            )
        )
    return targets
