"""Recognise unit names in running text: one pass of spaCy's PhraseMatcher over every dictionary
name, the shapes' ``prose`` patterns, and one rule to pick among overlapping candidates.

Texts are matched on their folded, Simplified copy (one character for one, so offsets are the
text's). The matcher reads one Doc of one token per character, made of the texts' runs of name
characters that may hold a name, joined by line breaks: a token's index is its character offset
in the joined runs, mapped back to the text's, and a name never matches across a space, a line
break or a character no name holds.
"""

from __future__ import annotations

import gc
from .. import rx as re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Iterable, Iterator

from ..needs import Needs
from ..normalize import fold_simplified
from .dictionary import UnitDictionary, UnitShape, load_dictionary, lookup_key

if TYPE_CHECKING:  # spaCy is imported when the first matcher is built
    from spacy.tokens import Doc

# Where a name found inside running text is really part of a longer word. LEFT: the name's first
# character → characters that, written just before it, make it part of another word (城市 / 超市
# before 市政府, 社区 before 区委办, 中央 before 央行). RIGHT: the name's last character →
# characters that, just after it, do the same (财政部门, 最高法院, 管理办法, 局面).
_LEFT_BLOCKERS = {
    "市": "城超都股菜夜集门上互早黑坊街闹", "区": "城社园景小山市郊地辖矿林牧老新灾特校街片", "县": "郡州",
    "省": "节反自各", "央": "中", "国": "中全各外爱强祖大本王万邻帝", "团": "集社兵剧乐",
    "各": "", "农": "务", "民": "公市人居农牧渔难灾选股", "林": "园造护", "住": "居",
}
_RIGHT_BLOCKERS = {
    "部": "门署队分长位件委", "委": "员托屈婉", "局": "面势限部长", "办": "法理事好学起成结",
    "院": "校士线子落长", "会": "议计谈同商员场展", "室": "内外", "所": "有以在谓需得属",
    "队": "伍员列", "行": "业动为政使驶", "法": "院律规治人", "检": "测查验察", "府": "邸",
}


def plausible(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a name found in folded text) stands on its own."""
    if start > 0 and text[start - 1] in _LEFT_BLOCKERS.get(text[start], ""):
        return False
    if end < len(text) and text[end] in _RIGHT_BLOCKERS.get(text[end - 1], ""):
        return False
    return True


SEPARATOR = "\n"  # between the runs of one Doc: no name holds it


def _any_of(characters: set[str]) -> str:
    return "[" + re.escape("".join(sorted(characters))) + "]"


@dataclass(frozen=True, slots=True)
class UnitSpan:
    text: str  # as written in the text handed to :func:`find_units` (Traditional stays Traditional)
    start: int  # offset within that text
    end: int
    kind: str
    entry_id: str  # the entry's canonical (with {place}) or ``shape:NAME``


class UnitMatcher:
    """spaCy's PhraseMatcher of every dictionary name (``by_name``'s keys: canonical forms and
    aliases, folded), and the dictionary's prose shapes."""

    def __init__(self, dictionary: UnitDictionary):
        from spacy.matcher import PhraseMatcher
        from spacy.vocab import Vocab

        # A bare vocabulary: matching reads only the characters (ORTH), and a language's lexical
        # attributes, computed for every new character, would cost ten times the build.
        self.vocab = Vocab()
        self.matcher = PhraseMatcher(self.vocab)
        for key in sorted(dictionary.by_name):  # one Doc at a time: all ~900 at once held ~5 MB till added
            self.matcher.add("UNIT", [self.doc(key)])
        # Runs of the characters names are made of that hold a name's last two characters (one of the
        # second-to-last ones, then one of the last ones): a name lies inside such a run, so only they
        # are matched — a tenth of a notice's characters, in one Doc (a Doc costs a quarter of a
        # microsecond a character and some microseconds more each).
        self.by_name = dictionary.by_name
        self.prose_shapes = dictionary.prose_shapes
        self.shape_needs = [Needs(pattern) for pattern, _ in self.prose_shapes]  # (「领导小组」: most texts hold none)
        self.any_shape = Needs(*(pattern for pattern, _ in self.prose_shapes))  # (one check for all: 协会, 联合会, 领导小组)
        keys = list(dictionary.by_name)  # folded, without whitespace (lookup_key): none holds SEPARATOR
        self.runs = re.compile(_any_of(set("".join(keys))) + "+") if keys else None
        paired = keys and all(len(key) >= 2 for key in keys)  # (a one-character name: every run is read)
        self.tails = re.compile(_any_of({key[-2] for key in keys}) + _any_of({key[-1] for key in keys})) if paired else None

    def doc(self, text: str) -> Doc:
        from spacy.tokens import Doc

        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))

    def names(self, text: str) -> list[tuple[int, int]]:
        """The longest plausible dictionary name starting at each position of a folded text."""
        return self.names_of([text])[0]

    def names_of(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        """:meth:`names` of each text: the runs that may hold a name, of every text, matched in one
        Doc, joined by a line break (no name holds one, so a match stays inside its run)."""
        runs = [(i, m.start(), m.group()) for i, text in enumerate(texts) for m in self._runs(text)]
        starts = list(accumulate((len(run) + 1 for _, _, run in runs[:-1]), initial=0))  # in the joined runs
        longest: list[dict[int, int]] = [{} for _ in texts]
        for _, start, end in self.matcher(self.doc(SEPARATOR.join(run for _, _, run in runs))) if runs else ():
            i, at, _ = runs[bisect_right(starts, start) - 1]
            shift = at - starts[bisect_right(starts, start) - 1]
            start, end = start + shift, end + shift
            if plausible(texts[i], start, end) and end > longest[i].get(start, -1):
                longest[i][start] = end
        return [sorted(found.items()) for found in longest]

    def _runs(self, text: str) -> Iterator[re.Match[str]]:
        if self.runs is None:
            return
        if self.tails is None:
            yield from self.runs.finditer(text)
            return
        # Where a last-two pair stands, found in one pass: both characters are name characters, so a
        # pair lies inside one run (a pair overlapping one found is in that run too).
        pairs = [m.start() for m in self.tails.finditer(text)]
        if not pairs:
            return
        for m in self.runs.finditer(text):
            at = bisect_left(pairs, m.start())
            if at < len(pairs) and pairs[at] < m.end():
                yield m

    def shapes(self, text: str) -> list[tuple[int, int, UnitShape]]:
        found: list[tuple[int, int, UnitShape]] = []
        if self.any_shape.absent(text):
            return found
        for (pattern, shape), needs in zip(self.prose_shapes, self.shape_needs):
            if needs.absent(text):
                continue
            for m in pattern.finditer(text):
                if m.end() > m.start() and plausible(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), shape))
        return found

    def candidates(self, folded: str, names: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str, str]]:
        """``(start, end, kind, entry id)`` of every name and prose shape in a folded text (``names``:
        its :meth:`names`, when found already)."""
        found: list[tuple[int, int, str, str]] = []
        for start, end in self.names(folded) if names is None else names:
            entry = self.by_name[folded[start:end]]
            found.append((start, end, entry.kind, entry.canonical))
        found += [(start, end, shape.kind, f"shape:{shape.name}") for start, end, shape in self.shapes(folded)]
        return found


def unit_matcher(extra_files: tuple[str, ...] = ()) -> UnitMatcher:
    """The matcher of the shipped dictionary plus ``extra_files`` (built once per process)."""
    return _unit_matcher(tuple(extra_files))


@lru_cache(maxsize=8)
def _unit_matcher(extra_files: tuple[str, ...]) -> UnitMatcher:
    dictionary = load_dictionary(extra_files)
    collecting = gc.isenabled()
    gc.disable()  # ~900 pattern Docs are many small objects and no cycles: 16 ms, not 70
    try:
        return UnitMatcher(dictionary)
    finally:
        if collecting:
            gc.enable()


def find_units(
    texts: Iterable[str], extra_files: tuple[str, ...] = (), places: Iterable[str] = (), folded: Iterable[str] | None = None
) -> list[list[UnitSpan]]:
    """Units named in each text: the longest candidate wins where candidates overlap (a dictionary
    name before a shape of the same extent). ``places`` are place prefixes of the notice (营口市 ...):
    a name written right after one (营口市 + 政府) is taken with it. ``folded`` are the texts'
    ``fold_simplified`` copies: the run passes pieces of its folded text in Simplified script (texts
    given alone, by a test, are folded here, where they enter)."""
    matcher = unit_matcher(extra_files)
    prefixes = sorted({lookup_key(p) for p in places if p}, key=len, reverse=True)
    texts = list(texts)
    folded_texts = list(folded) if folded is not None else [fold_simplified(text) for text in texts]
    results = []
    for text, simplified, names in zip(texts, folded_texts, matcher.names_of(folded_texts)):
        found = sorted(matcher.candidates(simplified, names), key=lambda s: (-(s[1] - s[0]), s[0], s[3].startswith("shape:")))
        taken: list[UnitSpan] = []
        for start, end, kind, entry_id in found:
            start = _with_place(simplified, start, prefixes)
            if all(end <= t.start or start >= t.end for t in taken):
                taken.append(UnitSpan(text[start:end], start, end, kind, entry_id))
        results.append(sorted(taken, key=lambda s: s.start))
    return results


def _with_place(folded: str, start: int, prefixes: list[str]) -> int:
    """Where a name starts when the notice's place prefix stands before it (营口市 + 市政府: the
    prefix's level character is the name's first)."""
    for place in prefixes:
        if place[-1] == folded[start] and folded[max(0, start - len(place) + 1) : start + 1] == place:
            return start - len(place) + 1
    return start
