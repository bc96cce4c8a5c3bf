"""Bracket depth of folded text, so lists and clauses split only at separators outside brackets."""

from __future__ import annotations

import re
from functools import lru_cache


def depths(folded: str, opens: str = "(", closes: str = ")") -> list[int]:
    """For each index, how many brackets opened before it are still open (a stray closer is ignored)."""
    if not any(ch in folded for ch in opens):
        return [0] * len(folded)  # most lists and clauses have no brackets at all
    result = []
    depth = 0
    for ch in folded:
        result.append(depth)
        if ch in opens:
            depth += 1
        elif ch in closes and depth:
            depth -= 1
    return result


@lru_cache(maxsize=64)
def _any_of(characters: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(characters) + "]")


def split_outside(folded: str, separators: str, opens: str = "(", closes: str = ")") -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces between separators that stand outside brackets (empty ones too)."""
    at = [m.start() for m in _any_of(separators).finditer(folded)] if separators else []  # found by the regex engine
    if at and any(ch in folded for ch in opens):
        depth = depths(folded, opens, closes)
        at = [i for i in at if depth[i] == 0]
    pieces = []
    start = 0
    for i in at:
        pieces.append((start, i))
        start = i + 1
    pieces.append((start, len(folded)))
    return pieces
