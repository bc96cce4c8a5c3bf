"""Targets and deadlines as records: read in every task's text, and in every body text no task holds
(a 发展目标 paragraph, a 「1.目标」 item, a notice with no assignments at all), where they belong to
the innermost section; and the plan's period from the title."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import fields

from ..normalize import fold
from ..records import Deadline, PlanPeriod, Target, TargetRange
from .deadlines import find_deadlines
from .recognise import find_targets

PLAN_PERIOD = re.compile(r"\((?P<years>(?P<start>(?:19|20)\d\d)\s*[—~～-]\s*(?P<end>(?:19|20)\d\d)年)\)")


class _Ids:
    """``<owner>.g<hash>`` from the indicator (or deadline text), repeats told apart in order."""

    def __init__(self):
        self.seen: Counter[str] = Counter()

    def make(self, owner: str, mark: str, content: str) -> str:
        digest = hashlib.sha1("".join(content.split()).encode("utf-8")).hexdigest()[:10]
        key = f"{owner}.{mark}{digest}"
        self.seen[key] += 1
        n = self.seen[key]
        return key if n == 1 else f"{key}-{n}"


class Collector:
    """Collects the targets and deadlines of one notice, owner by owner, in text order."""

    def __init__(self, span_of, notice_date: str | None):
        self.span_of = span_of  # (start, end) -> Span
        self.notice_date = notice_date
        self.targets: list[Target] = []
        self.deadlines: list[Deadline] = []
        self._ids = _Ids()

    def read(self, text: str, offset: int, task: str | None, section: str | None) -> tuple[list[str], list[str]]:
        """Targets and deadlines of ``text`` (which starts at ``offset`` of the notice); their ids."""
        owner = task or section or "notice"
        target_ids = []
        for found in find_targets(text):
            plain = {f.name: getattr(found, f.name) for f in fields(found)}
            low_high, start, end = plain.pop("range"), plain.pop("start"), plain.pop("end")
            target = Target(
                id=self._ids.make(owner, "g", found.indicator),
                task=task,
                section=section,
                range=TargetRange(low=low_high[0], high=low_high[1]) if low_high else None,
                span=self.span_of(offset + start, offset + end),
                **plain,
            )
            self.targets.append(target)
            target_ids.append(target.id)
        deadline_ids = []
        for found in find_deadlines(text, self.notice_date):
            deadline = Deadline(
                id=self._ids.make(owner, "d", found.text),
                task=task,
                section=section,
                text=found.text,
                kind=found.kind,
                date=found.date,
                rule=found.rule,
                span=self.span_of(offset + found.start, offset + found.end),
            )
            self.deadlines.append(deadline)
            deadline_ids.append(deadline.id)
        return target_ids, deadline_ids

    def sort(self) -> None:
        self.targets.sort(key=lambda t: (t.span.start, t.span.end))
        self.deadlines.sort(key=lambda d: (d.span.start, d.span.end))


def uncovered_pieces(lines, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the body text outside ``covered`` (task parts, assignment blocks), line by
    line: a heading's label is left out (「1.」, 「第三条」 are numbering, not values)."""
    covered = sorted(covered)
    starts = [a for a, _ in covered]
    pieces = []
    for line in lines:
        if line.kind in ("blank", "unit"):
            continue
        position = line.title_start if line.kind == "heading" else line.start
        i = max(0, bisect.bisect_right(starts, position) - 1)
        while position < line.end:
            while i < len(covered) and covered[i][1] <= position:
                i += 1
            next_start = covered[i][0] if i < len(covered) else line.end
            if next_start > position:
                pieces.append((position, min(next_start, line.end)))
                position = min(next_start, line.end)
            else:
                position = covered[i][1]
    return pieces


def innermost(section_starts: list[int], offset: int) -> int | None:
    """Index of the last section opened at or before ``offset`` (sections open in text order)."""
    i = bisect.bisect_right(section_starts, offset) - 1
    return i if i >= 0 else None


def plan_period(text: str, limit: int, span_of) -> PlanPeriod | None:
    """「…行动计划（2026—2028年）」: the years the plan covers, the first such bracket before ``limit``
    (the body's first line), or in the body's first lines when the plan's title stands there."""
    folded = fold(text[: limit + 400])
    m = PLAN_PERIOD.search(folded)
    if not m or int(m["end"]) < int(m["start"]):
        return None
    start, end = m.start("years"), m.end("years")
    return PlanPeriod(text=text[start:end], start=int(m["start"]), end=int(m["end"]), span=span_of(start, end))
