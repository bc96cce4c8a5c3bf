"""Bracket depth of folded text, so lists and clauses split only at separators outside brackets.

Only the brackets (and separators) of a text change its depth, so both readings walk the positions
the regular expression engine finds for them instead of every character of the text."""

from __future__ import annotations

from . import rx as re
from functools import lru_cache


def depths(folded: str, opens: str = "(", closes: str = ")") -> list[int]:
    """For each index, how many brackets opened before it are still open (a stray closer is ignored)."""
    if not any(ch in folded for ch in opens):
        return [0] * len(folded)  # most lists and clauses have no brackets at all
    result: list[int] = []
    depth = done = 0
    for m in _any_of(opens + closes).finditer(folded):
        at = m.start()
        result += [depth] * (at + 1 - done)  # up to the bracket itself, which has the depth before it
        done = at + 1
        if m.group() in opens:
            depth += 1
        elif depth:
            depth -= 1
    result += [depth] * (len(folded) - done)
    return result


@lru_cache(maxsize=64)
def _any_of(characters: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(characters) + "]")


def split_outside(folded: str, separators: str, opens: str = "(", closes: str = ")") -> list[tuple[int, int]]:
    """``(start, end)`` of the pieces between separators that stand outside brackets (empty ones too)."""
    if not separators:
        return [(0, len(folded))]
    if any(ch in folded for ch in opens):
        at = _outside(folded, separators, opens, closes)
    else:
        at = [m.start() for m in _any_of(separators).finditer(folded)]  # found by the regex engine
    pieces = []
    start = 0
    for i in at:
        pieces.append((start, i))
        start = i + 1
    pieces.append((start, len(folded)))
    return pieces


def _outside(folded: str, separators: str, opens: str, closes: str) -> list[int]:
    """Positions of the separators at depth 0, walking only the separators and brackets of the text."""
    at = []
    depth = 0
    for m in _any_of(separators + opens + closes).finditer(folded):
        ch = m.group()
        if ch in separators and not depth:
            at.append(m.start())
        if ch in opens:
            depth += 1
        elif ch in closes and depth:
            depth -= 1
    return at
