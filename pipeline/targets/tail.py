"""Patterns anchored at the end of a text (``…$``), searched only in the tail they can span.

A bare ``search`` of ``X$`` tries every position of the text, so peeling words off the end of a
long head (recognise._read_head, once per value) is quadratic in a clause of many values. The
widest match of a pattern without unbounded repetition is known from its parse, and ``$`` also
matches before a final newline: searching from ``len(text) - width - 1`` finds the same match.
:class:`Guarded`: a pattern not searched at all in a text lacking every word its matches need (needs.py)."""

from __future__ import annotations

from .. import rx as re
from ..needs import last_characters, required_words

try:  # Python 3.11+
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse  # type: ignore[no-redef]


class Ending:
    """``pattern`` (ending in ``$``, no lookbehind, bounded width) with a ``search`` that only
    scans the tail; match offsets stay those of the whole text."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        width = _sre_parse.parse(pattern).getwidth()[1]
        if not pattern.endswith("$") or "(?<" in pattern or width >= _sre_parse.MAXREPEAT:
            raise ValueError(f"not a bounded end-anchored pattern: {pattern}")
        self.window = width + 1  # + a final newline, before which $ matches too
        self.last = last_characters(self.pattern)  # one of which a match ends with (None: not known)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None or endpos > len(text) else endpos  # (no min/max calls: ~4,500 searches a notice)
        if self.last is not None and not _may_end(text, end, self.last):
            return None  # (most searches: the text's last character closes no match)
        start = end - self.window
        return self.pattern.search(text, start if start > pos else pos, end)


class EndingRun:
    """``(?:piece|piece…)+$``: a run of short pieces closing the text, searched in a tail that
    doubles until the match found starts a whole piece past the tail's start (a run starting
    earlier would cross into the tail at most a piece's width in, and be found starting there)."""

    def __init__(self, pattern: str) -> None:
        if not pattern.endswith(")+$") or "(?<" in pattern:
            raise ValueError(f"not a run of pieces anchored at the end: {pattern}")
        self.pattern = re.compile(pattern)
        self.piece = _sre_parse.parse(pattern[: -len("+$")]).getwidth()[1]
        if self.piece >= _sre_parse.MAXREPEAT:
            raise ValueError(f"unbounded piece: {pattern}")
        self.last = last_characters(self.pattern)

    def search(self, text: str) -> re.Match[str] | None:
        if self.last is not None and not _may_end(text, len(text), self.last):
            return None
        window = 4 * self.piece
        while True:
            start = max(0, len(text) - window)
            found = self.pattern.search(text, start)
            if start == 0 or (found.start() if found else len(text)) >= start + self.piece:
                return found
            window *= 2


def ending_together(*patterns: "Ending") -> frozenset[str] | None:
    """The characters one of which a match of any of ``patterns`` ends with (None: not known for one of
    them): a text ending otherwise is searched by none of them (read_head's chain stops at once)."""
    if any(p.last is None for p in patterns):
        return None
    return frozenset().union(*(p.last for p in patterns))  # type: ignore[arg-type]


def may_end(text: str, last: frozenset[str] | None) -> bool:
    """Whether a match of patterns ending with one of ``last`` (:func:`ending_together`) may end the text."""
    return last is None or _may_end(text, len(text), last)


def _may_end(text: str, end: int, last: frozenset[str]) -> bool:
    """Whether a match of an end-anchored pattern whose matches end with one of ``last`` may end at ``end``
    (``$`` matches there, or before a newline there)."""
    if end <= 0:
        return False
    closing = text[end - 1]
    return closing in last or (closing == "\n" and end > 1 and text[end - 2] in last)


class SeenBefore:
    """``pattern`` (bounded width, no lookaround, no anchor) asked whether it matches wholly inside
    ``text[:end]``, once per value of a clause with ``end`` growing: a bare ``search(text, 0, end)``
    scans the whole head again for every value (quadratic in a clause of many values), so the scan
    resumes where the last question on the same text stopped. The state is one tuple replaced whole:
    a question from another thread can only cost a rescan, never a wrong answer."""

    def __init__(self, pattern: str) -> None:
        if any(mark in pattern for mark in ("(?<", "(?=", "(?!", "^", "$", "\\b", "\\B", "\\A", "\\Z")):
            raise ValueError(f"not a plain bounded pattern: {pattern}")
        self.pattern = re.compile(pattern)
        self.width = _sre_parse.parse(pattern).getwidth()[1]
        if self.width >= _sre_parse.MAXREPEAT:
            raise ValueError(f"unbounded pattern: {pattern}")
        # (text, clear, hit): no match lies wholly in text[:clear]; one ends at hit (None: none seen yet)
        self._state: tuple[str, int, int | None] = ("", 0, None)

    def found_before(self, text: str, end: int) -> bool:
        """Whether a match lies wholly in ``text[:end]`` (``bool(pattern.search(text, 0, end))``)."""
        known, clear, hit = self._state
        if known is not text:
            clear, hit = 0, None
        if hit is not None and hit <= end:
            return True
        if end <= clear:
            return False
        # a match wholly before end but not before clear ends past clear: it starts after clear - width
        m = self.pattern.search(text, max(0, clear - self.width + 1), end)
        if m:
            hit = m.end()
        else:
            clear = end
        self._state = (text, clear, hit)
        return m is not None


class Guarded:
    """A compiled pattern whose searches are skipped on a text holding none of the words every match
    needs: ``search``, ``match``, ``fullmatch``, ``finditer`` and ``sub`` answer as the pattern would
    (None, no match, the text unchanged). The words are checked in the whole text, so a search from
    ``pos`` or to ``endpos`` is skipped only where the whole text lacks them (a lookbehind may read
    before ``pos``). A pattern with no such words is searched always."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = required_words(pattern) or ("",)  # ("" is in every text)

    def _holds(self, text: str) -> bool:
        for word in self.words:
            if word in text:
                return True
        return False

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.search(text, *span) if self._holds(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.match(text, *span) if self._holds(text) else None

    def fullmatch(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, *span) if self._holds(text) else None

    def finditer(self, text: str, *span: int):
        return self.pattern.finditer(text, *span) if self._holds(text) else iter(())

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self._holds(text) else text
