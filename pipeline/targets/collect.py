"""The targets stage over a whole notice: targets and deadlines read in every task's text and in
every body text no task holds (a 发展目标 paragraph, a 「1.目标」 item, a notice with no assignments
at all), where they belong to the innermost section; the plan's period from the title; and, for the
records stage, the records they become."""

from __future__ import annotations

import bisect
import hashlib
from .. import rx as re
from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import Callable

from ..normalize import fold, fold_simplified, to_simplified
from ..records import Deadline, PlanPeriod, Target, validate
from .deadlines import FoundDeadline, find_deadlines
from .eligibility import condition_lines, outside
from .found import FoundTarget
from .list_lines import intro_year
from .cues import TARGET_CUE  # the prefilter: a text without one holds no target
from .recognise import find_targets
from .shares_first import shares_first
from .background_sections import background_sections
from .standard_sections import standard_sections
from .year_tables import year_table_targets

PLAN_PERIOD = re.compile(r"\((?P<years>(?P<start>(?:19|20)\d\d)\s*[—~～-]\s*(?P<end>(?:19|20)\d\d)年)\)")
Found = tuple[list[FoundTarget], list[FoundDeadline]]
FOUND_FIELDS = tuple(f.name for f in fields(FoundTarget))


@dataclass
class UntaskedText:
    start: int  # offsets into the document's text
    end: int
    section: int | None  # index of the innermost section (in the outline's order)
    found: Found  # offsets relative to ``start``


@dataclass
class TargetsFound:
    """The targets stage's result: per assigned task (offsets relative to the task's start), the
    body text outside tasks, and the plan's period (start, end, first year, last year)."""

    tasks: list[Found]
    untasked: list[UntaskedText]
    period: tuple[int, int, int, int] | None


def read_notice(
    text: str,
    task_extents: list[tuple[int, int]],
    covered: list[tuple[int, int]],
    body_lines: list[tuple[int, int]],
    section_starts: list[int],
    notice_date: str | None,
    body_start: int,
    due_notes: list[tuple[int, int] | None] | None = None,
    folded: str | None = None,
    simplified: str | None = None,
    number_year: int | None = None,
    section_titles: list[tuple[str, int | None]] | None = None,
) -> TargetsFound:
    """Targets and deadlines of a notice. ``covered``: the task parts and assignment blocks;
    ``body_lines``: (start, end) of each body line that may hold text (a heading from its title);
    ``due_notes``: per task, the time note after its block (「（完成时限：…）」), whose deadline is the task's;
    ``folded``: the run's folded text (the same length as ``text``) and ``simplified`` that in Simplified
    script, each made here when not given; ``number_year``: the year of the notice's document number,
    the year it was issued when it states no date (facts of an earlier year are no targets); ``section_titles``: each
    section's title and parent index, in ``section_starts``' order (the targets under a standards heading are amounts)."""
    if folded is None:
        folded = fold(text)
    if simplified is None:
        simplified = to_simplified(folded)  # no second fold: its slices are the pieces folded
    notes = due_notes or [None] * len(task_extents)
    notice_year = int(notice_date[:4]) if notice_date and notice_date[:4].isdigit() else number_year
    if notice_year is None and (period := plan_period(text, body_start, folded)):
        # no date nor number read (「成文日期：2026-04-15」 in a meta line): a plan is issued at the latest in its first
        # year, so a time over before the year ahead of it is over (「截至2025年底，…」 before a 2026—2028 plan reports facts)
        notice_year = period[2] - 1
    # Rows of a table of yearly goals, by line start: a task table's rows are tasks (read here, not by
    # the sentence rules) under a header line that is not (read with the body text below).
    table_rows = year_table_targets(text, simplified, body_lines, notice_year)
    standard = standard_sections(section_titles or [])
    background = background_sections(section_titles or [])  # (read nothing under 「一、基本情况」: facts, no targets)
    tasks = [
        (
            _as_standards(_row_targets(table_rows, body_lines, a, b) or _targets(text[a:b], simplified[a:b], notice_year, intro_year(simplified, a)), standard, innermost(section_starts, a)),
            _deadlines(text[a:b], notice_date, simplified[a:b]) + _noted_deadlines(text, simplified, note, a, notice_date),
        )
        if innermost(section_starts, a) not in background
        else ([], [])
        for (a, b), note in zip(task_extents, notes)
    ]
    untasked = []
    pieces = uncovered_pieces(body_lines, covered)
    for start, end in pieces:
        piece, piece_folded = text[start:end], simplified[start:end]
        row = [replace(t, start=t.start - start, end=t.end - start) for t in table_rows.get(start, ())]
        section = innermost(section_starts, start)
        if section in background:
            continue
        targets = _as_standards(row or _targets(piece, piece_folded, notice_year, intro_year(simplified, start)), standard, section)
        found = (targets, _deadlines(piece, notice_date, piece_folded))
        if found[0] or found[1]:
            untasked.append(UntaskedText(start, end, section, found))
    return TargetsFound(tasks, untasked, plan_period(text, body_start, folded))


def _as_standards(found: list[FoundTarget], standard: set[int], section: int | None) -> list[FoundTarget]:
    """``found`` read as amounts where its text stands under a standards heading (standard_sections)."""
    return [replace(t, kind="amount") for t in found] if section in standard else found


def _row_targets(table_rows: dict[int, list[FoundTarget]], lines: list[tuple[int, int]], start: int, end: int) -> list[FoundTarget]:
    """The goals of the table row whose line holds the task at ``start``–``end`` (offsets made relative
    to ``start``), when that line is a row of a table of yearly goals; else none."""
    line = bisect.bisect_right(lines, (start, float("inf"))) - 1
    if line < 0 or not (row := table_rows.get(lines[line][0])):
        return []
    return [replace(t, start=t.start - start, end=t.end - start) for t in row if start <= t.start and t.end <= end]


def _targets(text: str, folded: str, notice_year: int | None, start_year: int | None = None) -> list[FoundTarget]:
    if not TARGET_CUE.search(folded):
        return []
    found = find_targets(text, folded, notice_year, start_year)
    if shares := shares_first(text, folded):
        found = sorted(found + shares, key=lambda t: t.start)
    return _own_sentence_years(outside(found, condition_lines(folded)), folded) if found else found  # (nothing found: no line to look for)


SENTENCE_MARKS = "。!?\n"  # (folded: ！？ are ! ?)
SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}]")


def _own_sentence_years(found: list[FoundTarget], folded: str) -> list[FoundTarget]:
    """A support amount's year is one its own sentence names: a goal's 「到2028年，」 of an earlier sentence of the
    paragraph does not reach a support (3,098 of the 3,131 amount labels have no year; every one of rounds 16–18's 59
    amounts read with a year from an earlier sentence was labelled without)."""
    kept = []
    for t in found:
        if t.kind == "amount" and t.year is not None:
            start = max(folded.rfind(mark, 0, t.start) for mark in SENTENCE_MARKS) + 1  # (-1 + 1: the text's start)
            end = m.start() if (m := SENTENCE_END.search(folded, t.end)) else len(folded)
            if f"{t.year}年" not in folded[start:end]:
                t = replace(t, year=None)
        kept.append(t)
    return kept


def _deadlines(text: str, notice_date: str | None, folded: str) -> list[FoundDeadline]:
    """find_deadlines without those in a line of conditions (eligibility: 「申报条件。…近3年内…」)."""
    found = find_deadlines(text, notice_date, folded)
    return outside(found, condition_lines(folded)) if found else found


def _noted_deadlines(
    text: str, simplified: str, note: tuple[int, int] | None, task_start: int, notice_date: str | None
) -> list[FoundDeadline]:
    """The deadlines of a task's time note, with offsets from the task's start (as the task's own are)."""
    if note is None:
        return []
    shift = note[0] - task_start
    a, b = note
    return [replace(d, start=d.start + shift, end=d.end + shift) for d in find_deadlines(text[a:b], notice_date, simplified[a:b])]


def uncovered_pieces(lines: list[tuple[int, int]], covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line's text outside ``covered``."""
    covered = sorted(covered)
    starts = [a for a, _ in covered]
    pieces = []
    for position, line_end in lines:
        i = max(0, bisect.bisect_right(starts, position) - 1)
        while position < line_end:
            while i < len(covered) and covered[i][1] <= position:
                i += 1
            next_start = covered[i][0] if i < len(covered) else line_end
            if next_start > position:
                pieces.append((position, min(next_start, line_end)))
                position = min(next_start, line_end)
            else:
                position = covered[i][1]
    return pieces


def innermost(section_starts: list[int], offset: int) -> int | None:
    """Index of the last section opened at or before ``offset`` (sections open in text order)."""
    i = bisect.bisect_right(section_starts, offset) - 1
    return i if i >= 0 else None


def plan_period(text: str, body_start: int, folded: str | None = None) -> tuple[int, int, int, int] | None:
    """「…行动计划（2026—2028年）」: the first such bracket in the header or the body's first lines
    (matched in ``folded``, ``text`` folded, folded here when not given)."""
    m = PLAN_PERIOD.search(fold(text[: body_start + 400]) if folded is None else folded[: body_start + 400])
    if not m or int(m["end"]) < int(m["start"]):
        return None
    return m.start("years"), m.end("years"), int(m["start"]), int(m["end"])


class RecordMaker:
    """Target and deadline records of one notice, in text order; ids ``<owner>.g<hash of the
    indicator>`` and ``<owner>.d<hash of the text>``, the owner a task, else a section. Each is validated
    from plain data in one call (``span_of`` gives a span as data: a Span and a TargetRange built and
    validated on their own cost a call each)."""

    def __init__(self, text: str, span_of: Callable[[int, int], dict[str, int]]):
        self.text = text
        self.span_of = span_of
        self.targets: list[Target] = []
        self.deadlines: list[Deadline] = []
        self._seen: Counter[str] = Counter()

    def _id(self, owner: str, mark: str, content: str) -> str:
        key = f"{owner}.{mark}{hashlib.sha1(''.join(content.split()).encode('utf-8')).hexdigest()[:10]}"
        self._seen[key] += 1
        return key if self._seen[key] == 1 else f"{key}-{self._seen[key]}"

    def add(self, found: Found, offset: int, task: str | None, section: str | None) -> list[str]:
        """Records of ``found`` (offsets relative to ``offset``); the ids of the targets."""
        owner = task or section or "notice"
        ids = []
        for target in found[0]:
            values = {name: getattr(target, name) for name in FOUND_FIELDS}
            low_high, start, end = values.pop("range"), values.pop("start"), values.pop("end")
            record = validate(Target, {
                "id": self._id(owner, "g", fold_simplified(target.indicator)),  # a Traditional or full-width copy keeps its ids
                "task": task,
                "section": section,
                "range": {"low": low_high[0], "high": low_high[1]} if low_high else None,
                "span": self.span_of(offset + start, offset + end),
                **values,
            })
            self.targets.append(record)
            ids.append(record.id)
        for deadline in found[1]:
            self.deadlines.append(
                validate(Deadline, {
                    "id": self._id(owner, "d", deadline.text),
                    "task": task,
                    "section": section,
                    "text": deadline.text,
                    "kind": deadline.kind,
                    "date": deadline.date,
                    "rule": deadline.rule,
                    "span": self.span_of(offset + deadline.start, offset + deadline.end),
                })
            )
        return ids

    def period(self, found: tuple[int, int, int, int] | None) -> PlanPeriod | None:
        if found is None:
            return None
        start, end, first, last = found
        return validate(PlanPeriod, {"text": self.text[start:end], "start": first, "end": last, "span": self.span_of(start, end)})

    def in_text_order(self) -> tuple[list[Target], list[Deadline]]:
        return sorted(self.targets, key=lambda t: (t.span.start, t.span.end)), sorted(self.deadlines, key=lambda d: (d.span.start, d.span.end))
