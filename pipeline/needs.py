"""What a pattern needs of a text: words one of which every match holds, read from the pattern's
parse once, so that a text holding none of them is not searched with it.

Python's regex engine tries a search at every position of the text (a pattern anchored at the end,
``…$``, too), and most of the rule tables' searches fail: a check that a short word is in the text
is cheaper than that by tens of times. The words are derived, never declared: a table changed by its
rules' authors changes its words with it, and a pattern for which no such words are found (an
optional part only, a class of many characters, a lookaround, a flag that changes what a literal
matches) is always searched. Used where a table's searches are many and its matches few."""

from __future__ import annotations

from . import rx as re

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
_SMALL_CLASS = 8  # a class of at most this many listed characters is read as so many one-character words


def required_words(pattern: str | re.Pattern[str], flags: int = 0) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` holds (sorted), or None when none are found."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = _sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None  # a literal would stand for its other cases too
    words = _sequence(parsed)
    return tuple(sorted(words)) if words else None


def _sequence(items) -> frozenset[str] | None:
    """The best words of a sequence: of each item's (a run of literals is one word), the fewest, then longest."""
    best: frozenset[str] | None = None
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        if run:
            best = _better(best, frozenset((run,)))
            run = ""
        if op is not None:
            best = _better(best, _item(op, arg))
    return best


def _item(op, arg) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(arg[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(arg)
    if op is _c.BRANCH:
        alternatives = [_sequence(branch) for branch in arg[1]]
        if any(words is None for words in alternatives):
            return None
        return _shortest_covering(frozenset().union(*alternatives))  # type: ignore[arg-type]
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(arg[2])
    if op is _c.IN and len(arg) <= _SMALL_CLASS and all(kind is _c.LITERAL for kind, _ in arg):
        return frozenset(chr(code) for _, code in arg)
    return None  # a lookaround, an anchor, any character, a wide or negated class, an optional part


def last_characters(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Characters one of which every match of ``pattern`` (anchored at the end, ``…$``, or not) ends
    with, or None when they are not known (an optional or zero-width last part, a wide class)."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = _sre_parse.parse(pattern, flags)
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    items = list(parsed)
    while items and items[-1][0] is _c.AT and items[-1][1] in (_c.AT_END, _c.AT_END_STRING):
        items.pop()  # the anchor consumes nothing
    return _last(items)


def _last(items) -> frozenset[str] | None:
    """The last characters of a sequence: of its last part, and of the parts before it where that
    part may consume nothing (an optional part, a lookaround)."""
    if not items:
        return None  # the match may end where the sequence starts: not known here
    op, arg = items[-1]
    rest = items[:-1]
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return _last(rest)
    if op is _c.LITERAL:
        return frozenset(chr(arg))
    if op is _c.IN:
        return frozenset(chr(code) for _, code in arg) if all(kind is _c.LITERAL for kind, _ in arg) else None
    if op is _c.SUBPATTERN:
        return _last(rest + list(arg[-1]))
    if op is _c.BRANCH:
        each = [_last(rest + list(branch)) for branch in arg[1]]
        return None if None in each else frozenset().union(*each)  # type: ignore[arg-type]
    if op in _REPEATS:
        body = _last(list(arg[2]))
        if body is None or arg[0] >= 1:
            return body
        before = _last(rest)  # repeated no time: the parts before it end the match
        return None if before is None else body | before
    return None  # any character, a category, a group reference


def _shortest_covering(words: frozenset[str]) -> frozenset[str]:
    """Words without those holding another of them (a text holding 不低于 holds 低于)."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of words, the one a text is less likely to hold: fewer and longer words (a word of n
    characters counted as 1/n of one), the first where they tie."""
    if a is None or b is None:
        return a if b is None else b
    return min(a, b, key=lambda words: sum(1 / len(w) for w in words))


class Needs:
    """Patterns with a check of what they need: ``absent(text)`` is True only where none of them can
    match (the words of each, together; no words when one of them has none)."""

    __slots__ = ("patterns", "words")

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns
        each = [required_words(pattern) for pattern in patterns]
        self.words = None if not each or None in each else tuple(sorted(_shortest_covering(frozenset().union(*each))))  # type: ignore[arg-type]

    def absent(self, text: str) -> bool:
        """Whether ``text`` holds none of the words every match needs (False when no words are known)."""
        words = self.words
        if words is None:
            return False
        for word in words:
            if word in text:
                return False
        return True

