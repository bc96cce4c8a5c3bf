"""A watch kept round the clock (「发热诊室实行24小时值守」, 「消防控制室实行24小时双人值班」): an amount of 24 小时 named by
the watch (值守, 值班, 值班值守, with its 双人 / 远程) — a standard the post, team or facility keeps every day.

Session 14: 9 such labels in 9 notices of rounds 15–39 (seven writers' rounds), all missed; read against them, two
unlabelled (lanzhou 18a, yuanning 31a). A watch kept only in a season or an event (「汛期和冰冻雨雪天气实行24小时值班」,
「极端天气期间实行24小时值班值守」) is a task of that time, never labelled; a duty system (「24小时值班制度」, 「24小时值班和领导带班
制度」) or a telephone (「24小时值班电话」) is no watch.
"""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget
from .tables import one_of

# (name, pattern, example)
WATCHES = (
    ("round_the_clock_watch", r"实行(?P<hours>24小时)(?P<watch>(?:双人|远程)?(?:值班值守|值守|值班))(?![制电和])",
     "发热诊室实行24小时值守 → 值守 / 消防控制室实行24小时双人值班 → 双人值班 / 收储中心实行24小时值班值守 → 值班值守"),
)
WATCH = re.compile(one_of(WATCHES))
# A season or an event the watch is kept in, earlier in its sentence: (name, pattern, example)
WATCH_TIMES = (
    ("season_or_event", r"期间|期内|汛期|天气|高峰|预警时|防火期", "极端天气期间实行24小时值班值守 / 汛期遇暴雨预警时，巡查管护员实行24小时值守"),
)
WATCH_TIME = re.compile(one_of(WATCH_TIMES))
SENTENCE_END = re.compile(r"[。!?\n]")


def watches(text: str, folded: str, clause: str, clause_start: int, own: list[FoundTarget]) -> list[FoundTarget]:
    """The round-the-clock watches of one (folded) clause of ``text`` (WATCHES) that no target of ``own`` holds."""
    found = []
    for m in WATCH.finditer(clause):
        start, end = clause_start + m.start("hours"), clause_start + m.end("watch")
        opening = max((s.end() for s in SENTENCE_END.finditer(folded, max(0, start - 80), start)), default=max(0, start - 80))
        if WATCH_TIME.search(folded, opening, start) or any(t.start < end and t.end > start for t in own):
            continue
        found.append(FoundTarget(indicator=text[clause_start + m.start("watch") : end], value=24.0, value_text=text[start : start + 2], unit="小时",
                                 comparator="equal", kind="amount", pending=False, annual=False, year=None, scaled_value=None, range=None,
                                 baseline=None, baseline_year=None, benchmark=None, start=start, end=end, rule="round_the_clock_watch"))
    return found
