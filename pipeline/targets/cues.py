"""What a text needs to hold a target — a value's cue or a benchmark's comparator (TARGET_CUE) — and
the clauses without one, read for what they carry to the next clause only when one wants it."""

from __future__ import annotations

from .. import rx as re
from typing import Callable

from .clause_values import VALUE_CUE, clause_values
from .kinds import AMOUNT_CUE
from .patterns import BENCHMARK, BENCHMARK_COMPARATOR

# Every target is a value (a digit, 「*」 or a Chinese numeral: values.VALUE) or a relative target with
# its comparator (patterns.BENCHMARK), so a text holding none of these holds no target (a third of the
# notice's tasks, two clauses of three in the rest). tests/test_target_cues.py checks every target the
# test and eval documents give holds one. A comparator holding another (不低于: 低于) is found by that
# one, so the search tries fewer words at each character.
CUE_COMPARATORS = [w for w in BENCHMARK_COMPARATOR if not any(o != w and o in w for o in BENCHMARK_COMPARATOR)]
TARGET_CUE = re.compile(VALUE_CUE.pattern + "|" + "|".join(CUE_COMPARATORS))
# AMOUNT_CUE is words only (no anchor, no lookaround): where a clause holds none, no subject cut from it does.
_WORDS_ONLY = not re.search(r"\(\?[=!<]|[$^]|\\[bBAZ]", AMOUNT_CUE.pattern)


def may_hold_target(clause: str) -> bool:
    """Whether a (folded) clause holds a value (clause_values.values: 「一批」, 「2025年」 are none) or a
    benchmark (relative.benchmarks): a clause holding neither has no target of its own."""
    return bool(TARGET_CUE.search(clause)) and (bool(clause_values(clause)) or BENCHMARK.search(clause) is not None)


class QuietClauses:
    """The clauses of a paragraph since the last clause read that hold neither a target (may_hold_target)
    nor a year (recognise.YEAR). What such a clause carries is its subject — what the next clause
    may measure — and, when AMOUNT_CUE finds that subject a support, the last support named. Both are
    read (``subject_of(clause, start)``) only when a clause that is read follows: the last clause's subject,
    and the last support among the clauses since the paragraph began (a paragraph forgets the support)
    that may name one (AMOUNT_CUE in the clause's ``text``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last: tuple[str, int] | None = None
        self.in_paragraph: list[tuple[str, int]] = []  # those that may name a support

    def add(self, clause: str, start: int) -> None:
        self.last = (clause, start)
        if not _WORDS_ONLY or AMOUNT_CUE.search(self.text, start, start + len(clause)):
            self.in_paragraph.append(self.last)

    def new_paragraph(self) -> None:
        self.in_paragraph = []

    def read(self, subject_of: Callable[[str, int], str], subject: str, last_support: str) -> tuple[str, str]:
        """The subject and the last support after the quiet clauses (``subject``, ``last_support``: before them)."""
        if self.last is None:
            return subject, last_support
        subject = subject_of(*self.last)
        for clause, start in reversed(self.in_paragraph):  # the last support named: the latest a subject is
            named = subject if start == self.last[1] else subject_of(clause, start)
            if AMOUNT_CUE.search(named):
                last_support = named
                break
        self.last, self.in_paragraph = None, []
        return subject, last_support
