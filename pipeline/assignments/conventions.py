"""Conventions a notice declares for itself, and clauses inside a block that are not units.

A notice may say once how its blocks are to be read — 「列第一位的为牵头单位，下同」 in its first
block, in the preamble, or in a 注 — and that holds for every block after it. A block may also hold
clauses that name no unit: the rule clause itself, 「下同」, a carry-over 「以下均需各区、县（市）政府
落实，不再列出」. Those clauses are found here, by the tables below (name, pattern, example), and
masked before the block's unit list is split.
"""

from __future__ import annotations

from functools import lru_cache

from .. import rx as re
from ..brackets import depths
from ..structure.inline import Clause

LEAD_WORDS = ("牵头", "主责", "主办", "主要负责")
LEAD_WORD = re.compile("|".join(LEAD_WORDS))  # the prefilter of declared_conventions
_LEAD = rf"(?:{'|'.join(LEAD_WORDS)})(?:单位|部门)?"
_IS = r"(?:为|是|系)"

# Conventions that make some listed units the leads: (name, pattern, example). The name is the
# effect: first_unit — the first-listed unit leads, the others cooperate; first_group — the units
# before the first 「，」/「；」 lead; star — the starred units lead.
CONVENTIONS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "first_group",
        re.compile(rf"(?:第一(?:个)?|首个)?(?:逗号|分号)(?:之)?前(?:的)?(?:单位|部门)?{_IS}{_LEAD}|第一组(?:单位|部门)?{_IS}{_LEAD}"),
        "第一个逗号前为牵头单位",
    ),
    (
        "star",
        re.compile(rf"(?:标|带|标注|标有|注有|加)?[“”\"「」]?[*※★☆][“”\"「」]?号?(?:的|者)?(?:单位|部门)?{_IS}{_LEAD}"),
        "标*的为牵头单位",
    ),
    (
        "first_unit",
        re.compile(
            # (责任单位 too: 「列第一位的责任单位为牵头单位」, futang 60a, missed by its blind score: 12 of 27 blocks)
            rf"(?:列|排|排在|排名|位列|列在|位于|居)?(?:第一|首)(?:位|个|家)?(?:的|者)?(?:责任)?(?:单位|部门)?{_IS}{_LEAD}"
            rf"|{_LEAD}(?:列|排|排在|列在|位于|居)(?:第一|首)位?"
        ),
        "列第一位的为牵头单位",
    ),
)

# Clauses inside a block that are not units (name, pattern, example). Each is masked from the start
# of its clause to the end of its clause; the ones named in CARRY_OVER are kept on the block.
NON_UNIT_CLAUSES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "carry_over",
        re.compile(r"(?:以下|下列|其余|后续)[^。]*?(?:不再(?:重复|一一)?(?:列出|列举|标注|注明)|不再重复)"),
        "以下均需各区、县（市）政府落实，不再列出",
    ),
    ("several_leads", re.compile(rf"多个{_LEAD}[^,;。]*"), "多个牵头单位按职责分工负责"),
    ("same_below", re.compile(r"下同"), "下同"),
    ("other_field", re.compile(r"[\u4e00-\u9fff]{0,6}(?:时限|时间|期限|节点|进度|要求)\s*:[^;。]*"), "完成时限：2026年底前"),
    ("time_clause", re.compile(r"(?:(?<=^)|(?<=[,;。]))(?:\d{4}年|\d{1,2}月|年底|年内|长期|持续)[^,;。]*"), "2026年底前完成"),
    ("no_order", re.compile(r"(?:排名|排序)?不分先后(?:顺序)?"), "排名不分先后"),
    # the rest of a bracketed rule (「（以下各项任务所列责任单位中，排在第一位的为牵头单位，其余为配合单位）」):
    # whom it speaks of, and what the others are
    ("others_cooperate", re.compile(rf"(?:其余|其他|其它|余下)(?:的)?(?:单位|部门)?{_IS}(?:配合|协办|参与)(?:单位|部门)?"), "其余为配合单位"),
    ("units_listed", re.compile(r"[^,;。()]*(?:所列|列出|列明)的?(?:责任|牵头|配合)?(?:单位|部门)中"), "以下各项任务所列责任单位中"),
)
CARRY_OVER = ("carry_over",)
CLAUSE_SEPARATORS = ",;。"


def declared_conventions(folded: str) -> list[Clause]:
    """Conventions stated anywhere in ``folded`` (a line of the notice, or a block's inner text)."""
    return list(_declared(folded))


@lru_cache(maxsize=2048)
def _declared(folded: str) -> tuple[Clause, ...]:
    """:func:`search_conventions`, kept for the next question about the same text: a notice asks about
    each line twice (whether it declares a rule, stages; which rules it carries, carry.py) and about each
    block's inner text again (~1,550 questions, ~620 texts a notice). A pure function of the text, its
    Clauses frozen; bounded, so a long batch keeps only the last few notices' texts."""
    return tuple(search_conventions(folded))


def search_conventions(folded: str) -> list[Clause]:
    """:func:`declared_conventions` read afresh."""
    if not LEAD_WORD.search(folded):
        return []  # every convention names the lead (_LEAD): without one of its words a text states none
    found: list[Clause] = []
    for name, pattern, _ in CONVENTIONS:
        for m in pattern.finditer(folded):
            if not any(c.start <= m.start() < c.end for c in found):
                found.append(Clause(name, m.start(), m.end()))
    return sorted(found, key=lambda c: c.start)


def non_unit_clauses(folded: str, opens: str = "(", closes: str = ")") -> list[Clause]:
    """Whole clauses of a block's inner text that name no unit: conventions and the table's
    clauses, each widened to its clause's bounds (separators outside brackets)."""
    depth = depths(folded, opens, closes)
    spans: list[Clause] = []
    for clause in declared_conventions(folded) + _table_clauses(folded):
        if depth[clause.start] > 0:
            continue
        start, end = _clause_bounds(folded, depth, clause.start, clause.end)
        if not any(s.start <= start < s.end for s in spans):
            spans.append(Clause(clause.kind, start, end))
    return sorted(spans, key=lambda c: c.start)


def _table_clauses(folded: str) -> list[Clause]:
    return [Clause(name, m.start(), m.end()) for name, pattern, _ in NON_UNIT_CLAUSES for m in pattern.finditer(folded)]


def _clause_bounds(folded: str, depth: list[int], start: int, end: int) -> tuple[int, int]:
    while start > 0 and not (folded[start - 1] in CLAUSE_SEPARATORS and depth[start - 1] == 0):
        start -= 1
    while end < len(folded) and not (folded[end] in CLAUSE_SEPARATORS and depth[end] == 0):
        end += 1
    return start, end


def mask(folded: str, clauses: list[Clause]) -> str:
    """``folded`` with every clause replaced by 「。」 (same length): no list reads it as a unit."""
    chars = list(folded)
    for clause in clauses:
        chars[clause.start : clause.end] = "。" * (clause.end - clause.start)
    return "".join(chars)
