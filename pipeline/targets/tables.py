"""Pattern tables: rows of (name, pattern, example), and the one regex alternation a table reads as."""

from __future__ import annotations

from typing import Iterable


def one_of(table: Iterable[tuple[str, str, str]]) -> str:
    """The table's patterns as one alternation (``A|B|C``), in the table's order: the first row that
    matches at a position wins, as the table lists them."""
    return "|".join(pattern for _, pattern, _ in table)
