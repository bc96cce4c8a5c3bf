"""The units a carry-over clause names for every later task: 「以下均需各区〔县、市〕政府、开发园区
管委会落实，不再列出」 → 各区〔县、市〕政府, 开发园区管委会 (recorded apart, as implied)."""

from __future__ import annotations

import re

from ..normalize import fold
from .lists import UnitItem, split_unit_list

# Where the units of a carry-over clause stand: after 需/由/涉及, before a verb or the clause's end
# (name, pattern, example).
CARRY_UNITS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("needs", re.compile(r"(?:需|需要|由|涉及)(?P<units>[^,;。]+?)(?:共同)?(?:落实|负责|参与|配合|承担|实施)?(?=[,;。]|$)"), "以下均需各区、县（市）政府落实"),
)


def implied_units(text: str, start: int, end: int, protected: tuple[str, ...]) -> list[UnitItem]:
    """Units named by the carry-over clause ``text[start:end]``."""
    folded = fold(text[start:end])
    for _, pattern, _ in CARRY_UNITS:
        if m := pattern.search(folded):
            at = start + m.start("units")
            return split_unit_list(text[at : start + m.end("units")], at, protected)
    return []
