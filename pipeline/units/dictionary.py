"""Know the units: the dictionary (a data file), the spaCy pipeline that recognises unit names,
and resolution of a written name to its canonical body in the issuer's context."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ..errors import FengongError
from ..normalize import fold, fold_simplified

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is built
    from spacy.language import Language

Kind = Literal[
    "government_department",
    "party_organ",
    "mass_organization",
    "public_institution",
    "lower_government",
    "development_zone",
    "enterprise",
    "leading_group",
    "leading_group_members",
    "collective",
    "judicial",
    "other",
]
Level = Literal["central", "provincial", "city", "county"]
PLACE = "{place}"
UNKNOWN_KIND = "unknown"
SPANS_KEY = "units"
_PREFIX_LEVELS = {"省": "provincial", "市": "city", "区": "county", "县": "county"}  # of qualified_prefixes()

def lookup_key(name: str) -> str:
    """The dictionary key of a written name: folded (width, spaces), Simplified, no whitespace."""
    return "".join(fold_simplified(name).split())


class UnitEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    canonical: str
    kind: Kind
    level: Level
    aliases: list[str] = []
    note: Optional[str] = None

    def written_forms(self) -> list[str]:
        """The canonical without its place placeholder, then every alias."""
        bare = self.canonical.replace(PLACE, "")
        return [bare] + [a for a in self.aliases if a != bare]


class UnitShape(BaseModel):
    """A name shape: ``pattern`` full-matches an assigned name; ``prose``, when given, is searched
    in task text to find names of this shape written in prose (it must not need the name's ends)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    pattern: str
    kind: Kind
    level: Level
    prose: Optional[str] = None

    @field_validator("pattern", "prose")
    @classmethod
    def _compiles(cls, pattern: Optional[str]) -> Optional[str]:
        if pattern is None:
            return pattern
        try:
            re.compile(pattern)
        except re.error as err:
            raise ValueError(f"not a valid regular expression: {err}") from None
        return pattern


class UnitDictionaryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: Literal[1]
    entries: list[UnitEntry] = []
    shapes: list[UnitShape] = []

    @model_validator(mode="after")
    def _aliases_are_unique(self) -> "UnitDictionaryFile":
        seen: dict[str, str] = {}
        for index, entry in enumerate(self.entries):
            for form in entry.written_forms():
                key = lookup_key(form)
                if key in seen and seen[key] != entry.canonical:
                    raise ValueError(
                        f"entries[{index}] ({entry.canonical}): the name 「{form}」 already belongs to {seen[key]}"
                    )
                seen[key] = entry.canonical
        return self


@dataclass(frozen=True)
class Resolution:
    name: str
    canonical: str
    kind: str
    resolved: bool
    rule: str  # dictionary | shape | unresolved


@dataclass(frozen=True)
class IssuerContext:
    """The places a notice's short names (市科技局, 区发改局) refer to."""

    province: str = ""
    city: str = ""
    county: str = ""

    @classmethod
    def from_issuer(cls, issuer: str | None) -> "IssuerContext":
        if not issuer:
            return cls()
        issuer = lookup_key(issuer)  # 臨江市人民政府 → 臨江 is written 临江 in canonical names
        found = {}
        for level, suffixes in (("province", "省|自治区"), ("city", "市|自治州|盟"), ("county", "区|县|旗")):
            if m := re.search(rf"([\u4e00-\u9fff]{{1,6}}?)(?:{suffixes})", issuer):
                found[level] = m.group(1)
                issuer = issuer[m.end():]
        return cls(**found)

    def place_for(self, level: str) -> str:
        return {"provincial": self.province, "city": self.city, "county": self.county}.get(level, "")

    def qualified_prefixes(self) -> list[tuple[str, str]]:
        """(written place prefix, level prefix) pairs: 营口市 → 市, so 营口市科技局 reads as 市科技局."""
        pairs = [(self.province + "省", "省"), (self.city + "市", "市"), (self.county + "区", "区"), (self.county + "县", "县")]
        return [(written, prefix) for written, prefix in pairs if len(written) > 1]


class UnitDictionary:
    """Lookup of written names (folded) to entries, plus the generic name shapes."""

    def __init__(self, files: list[UnitDictionaryFile]):
        self.entries: list[UnitEntry] = []
        self.by_name: dict[str, UnitEntry] = {}
        self.shapes: list[tuple[re.Pattern[str], UnitShape]] = []
        self.prose_shapes: list[tuple[re.Pattern[str], UnitShape]] = []
        for data in files:  # later files override earlier ones name by name
            for entry in data.entries:
                self.entries.append(entry)
                for form in entry.written_forms():
                    self.by_name[lookup_key(form)] = entry
            self.shapes = [(re.compile(s.pattern), s) for s in data.shapes] + self.shapes
            self.prose_shapes = [(re.compile(s.prose), s) for s in data.shapes if s.prose] + self.prose_shapes

    def names(self) -> list[str]:
        return sorted({form for entry in self.entries for form in entry.written_forms()})

    @cached_property
    def _names_with_separators(self) -> tuple[str, ...]:
        return tuple(n for n in self.names() if any(sep in fold(n) for sep in "、,;"))

    def names_with_separators(self) -> tuple[str, ...]:
        """Names such as 各区、县级市 that a unit list must never split."""
        return self._names_with_separators

    def resolve(self, name: str, context: IssuerContext) -> Resolution:
        key = lookup_key(name)
        entry = self.by_name.get(key)
        if entry is None:  # 营口市科技局 in a Yingkou notice is 市科技局
            entry = self._entry_at_level(key, context)
        if entry is not None:
            place = context.place_for(entry.level)
            return Resolution(name, entry.canonical.replace(PLACE, place), entry.kind, True, "dictionary")
        for pattern, shape in self.shapes:
            if pattern.fullmatch(key):
                return Resolution(name, key, shape.kind, True, f"shape:{shape.name}")
        return Resolution(name, name, UNKNOWN_KIND, False, "unresolved")

    def _entry_at_level(self, key: str, context: IssuerContext) -> Optional[UnitEntry]:
        """The entry of a place-qualified key read with its level prefix instead (营口市 → 市), if that
        entry is of the prefix's level."""
        for written, prefix in context.qualified_prefixes():
            if key.startswith(written) and len(key) > len(written):
                entry = self.by_name.get(prefix + key[len(written):])
                if entry is not None and entry.level == _PREFIX_LEVELS[prefix]:
                    return entry
        return None


DEFAULT_DICTIONARY = "units.yaml"


def load_dictionary_file(path: Path | str, text: str) -> UnitDictionaryFile:
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        raise FengongError(path, f"not valid YAML: {err}") from None
    except ValueError as err:  # e.g. an integer of 5,000 digits (Python's conversion limit)
        raise FengongError(path, f"not a usable YAML value: {err}") from None
    try:
        return UnitDictionaryFile.model_validate(data)
    except ValidationError as err:
        raise FengongError(path, f"invalid unit dictionary: {_describe(err.errors()[0], data)}") from None


def _describe(error: dict, data: object) -> str:
    """One validation error as ``entries[3] (市X局): kind: unknown value 'bureau'``."""
    loc = list(error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "literal_error" and loc and loc[-1] == "kind":
        message = f"unknown kind {error['input']!r}"
    elif error["type"] == "extra_forbidden":
        message = "unknown field"
    if len(loc) >= 2 and loc[0] in ("entries", "shapes") and isinstance(loc[1], int):
        where = f"{loc[0]}[{loc[1]}]"
        try:
            item = data[loc[0]][loc[1]]
            label = item.get("canonical") or item.get("name")
        except (KeyError, IndexError, TypeError, AttributeError):
            label = None
        if label:
            where += f" ({label})"
        field = ".".join(str(p) for p in loc[2:])
        return f"{where}: {field}: {message}" if field else f"{where}: {message}"
    field = ".".join(str(p) for p in loc)
    return f"{field}: {message}" if field else message


def load_dictionary(extra_files: tuple[str, ...] = ()) -> UnitDictionary:
    """The shipped dictionary, overridden by ``extra_files`` in order (read once per process)."""
    return _load_dictionary(tuple(extra_files))


@lru_cache(maxsize=8)
def _load_dictionary(extra_files: tuple[str, ...]) -> UnitDictionary:
    files = [_shipped_file()]
    for extra in extra_files:
        try:
            text = Path(extra).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise FengongError(extra, f"cannot read unit dictionary: {err}") from None
        files.append(load_dictionary_file(extra, text))
    return UnitDictionary(files)


@lru_cache(maxsize=1)
def _shipped_file() -> UnitDictionaryFile:
    """The shipped dictionary, parsed once however many ``--units-file`` combinations are loaded."""
    shipped = resources.files("pipeline") / "data" / DEFAULT_DICTIONARY
    return load_dictionary_file(f"pipeline/data/{DEFAULT_DICTIONARY}", shipped.read_text(encoding="utf-8"))


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


class NameFinder:
    """Every dictionary name and prose shape in a text: a trie walk (longest name at each position)
    and the shapes' ``prose`` patterns, on the folded, Simplified copy of the text."""

    def __init__(self, dictionary: "UnitDictionary"):
        self.trie: dict = {}
        for key in dictionary.by_name:
            node = self.trie
            for ch in key:
                node = node.setdefault(ch, {})
            node[""] = True
        # A name can start only where one of the names' first characters stands: skip to those.
        self.starts = re.compile("[" + "".join(sorted(map(re.escape, self.trie))) + "]" if self.trie else "(?!)")
        self.prose_shapes = dictionary.prose_shapes

    def occurrences(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of every dictionary key written in ``text``, nested ones too, in order."""
        for first in self.starts.finditer(text):
            i, node = first.start(), self.trie
            for j in range(i, len(text)):
                node = node.get(text[j])
                if node is None:
                    break
                if "" in node:
                    yield i, j + 1

    def names(self, text: str) -> list[tuple[int, int]]:
        """The longest plausible name starting at each position."""
        longest: dict[int, int] = {}
        for start, end in self.occurrences(text):
            if plausible(text, start, end):
                longest[start] = end  # a position's ends come shortest first
        return list(longest.items())

    def keys_in(self, text: str) -> set[str]:
        """Every dictionary key written anywhere in ``text``, plausible or not, nested or not."""
        return {text[start:end] for start, end in self.occurrences(text)}

    def shapes(self, text: str) -> list[tuple[int, int, "UnitShape"]]:
        found = []
        for pattern, shape in self.prose_shapes:
            for m in pattern.finditer(text):
                if m.end() > m.start() and plausible(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), shape))
        return found


def _split_at(doc, offsets: set[int]) -> None:
    """Split the tokens that straddle any of ``offsets`` so every candidate name is whole tokens."""
    splits = []
    for token in doc:
        inside = sorted(o - token.idx for o in offsets if token.idx < o < token.idx + len(token.text))
        if inside:
            cuts = [0] + inside + [len(token.text)]
            splits.append((token, [token.text[a:b] for a, b in zip(cuts, cuts[1:])]))
    if splits:
        with doc.retokenize() as retokenizer:
            for token, orths in splits:
                retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


def _unit_boundaries_factory(nlp, name: str, extra_files: list[str]):
    finder = name_finder(tuple(extra_files))

    def unit_boundaries(doc):
        """Cut tokens at the ends of every candidate name (jieba glues 由市 / 市人 ...), then record
        the prose shapes; the SpanRuler that follows labels the dictionary names."""
        text = doc.text  # built from the tokens on every access: read it once
        names = finder.names(text)
        shapes = finder.shapes(text)
        _split_at(doc, {o for s, e in names for o in (s, e)} | {o for s, e, _ in shapes for o in (s, e)})
        group = doc.spans.setdefault(SPANS_KEY, [])
        for start, end, shape in shapes:
            span = doc.char_span(start, end, label=shape.kind, span_id=f"shape:{shape.name}")
            if span is not None:
                group.append(span)
        return doc

    return unit_boundaries


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("unit_boundaries"):
        Language.factory("unit_boundaries", default_config={"extra_files": []})(_unit_boundaries_factory)


class UnitRecognizer:
    """The spaCy unit pipeline and what :func:`find_units` needs beside it: the name finder that
    picks the stretches of text worth segmenting, and the ruler's patterns, added per name the first
    time a text contains it (making all ~900 pattern docs up front costs more than a whole notice)."""

    def __init__(self, extra_files: tuple[str, ...]):
        from .segmenter import add_words, configure_jieba
        from .spacy_import import import_spacy

        configure_jieba()  # first: jieba's dictionary in parts (same words), and no pkg_resources import
        spacy = import_spacy()
        _register_components()
        dictionary = load_dictionary(extra_files)
        self.finder = name_finder(extra_files)
        # jieba cuts at brackets and 、, so a key holding one can never be a word
        add_words(sorted(key for key in dictionary.by_name if "(" not in key and "、" not in key), freq=100_000)
        self.nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
        self.nlp.add_pipe("unit_boundaries", config={"extra_files": list(extra_files)})
        self.ruler = self.nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "overwrite": False})
        self.by_name = dictionary.by_name
        self.added: set[str] = set()

    def add_patterns_for(self, texts: Iterable[str]) -> None:
        """Give the ruler the pattern of every dictionary name written in ``texts`` (once each): the
        entry the name resolves to, so a ``--units-file`` override is what the ruler labels it."""
        keys = set().union(*(self.finder.keys_in(text) for text in texts)) - self.added
        if keys:
            entries = self.by_name
            patterns = [{"label": entries[key].kind, "pattern": key, "id": entries[key].canonical} for key in sorted(keys)]
            self.ruler.add_patterns(patterns)
            self.added |= keys


def unit_recognizer(extra_files: tuple[str, ...] = ()) -> UnitRecognizer:
    """The recognizer of the shipped dictionary plus ``extra_files`` (built once per process)."""
    return _unit_recognizer(tuple(extra_files))


@lru_cache(maxsize=8)
def _unit_recognizer(extra_files: tuple[str, ...]) -> UnitRecognizer:
    return UnitRecognizer(extra_files)


@lru_cache(maxsize=8)
def name_finder(extra_files: tuple[str, ...]) -> NameFinder:
    return NameFinder(load_dictionary(extra_files))


def unit_pipeline(extra_files: tuple[str, ...] = ()) -> "Language":
    """``spacy.blank("zh")`` with the jieba segmenter, then ``unit_boundaries`` (cuts tokens at the
    ends of candidate names, records prose shapes) and a SpanRuler of dictionary names (fed by
    :meth:`UnitRecognizer.add_patterns_for` as names turn up).

    The pipeline reads the folded, Simplified copy of a text (see :func:`find_units`). Every name
    also becomes a jieba user word, so the segmenter keeps 市发展改革委 in one piece instead of
    市/发展/改革/委 (jieba is process-global: this changes all jieba use here).
    """
    return unit_recognizer(extra_files).nlp


# Where a stretch of text ends for the unit pipeline: jieba segments the runs between such
# characters independently, and no name or prose shape crosses a sentence or clause break, so a
# stretch gives the same tokens and spans alone as inside the whole text.
STRETCH_BREAKS = frozenset("。;!?,\n；！？，")


def _stretches(text: str, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of ``text`` that hold candidate names, merged where they touch."""
    stretches: list[tuple[int, int]] = []
    for start, end in sorted(candidates):
        if stretches and start < stretches[-1][1]:
            if end > stretches[-1][1]:
                stretches[-1] = (stretches[-1][0], _stretch_end(text, end))
            continue
        left = start
        while left > 0 and text[left - 1] not in STRETCH_BREAKS:
            left -= 1
        if stretches and left < stretches[-1][1]:
            left = stretches.pop()[0]
        stretches.append((left, _stretch_end(text, end)))
    return stretches


def _stretch_end(text: str, end: int) -> int:
    while end < len(text) and text[end] not in STRETCH_BREAKS:
        end += 1
    return end


@dataclass(frozen=True, slots=True)
class UnitSpan:
    text: str  # as written in the text handed to :func:`find_units` (Traditional stays Traditional)
    start: int  # offset within that text
    end: int
    kind: str
    entry_id: str  # the entry's canonical (with {place}) or ``shape:NAME``


def find_units(texts: Iterable[str], extra_files: tuple[str, ...] = (), places: Iterable[str] = ()) -> list[list[UnitSpan]]:
    """Units named in each text (longest match wins where names overlap).

    The pipeline reads each text folded and in Simplified script (one character for one), so spans
    are offsets into the text as given. Only the clauses that hold a candidate name (a dictionary
    name or a prose shape) go through spaCy: segmenting all prose would cost more than the rest of
    an extraction. ``places`` are place prefixes of the notice (营口市 ...): a name written right after
    one (营口市 + 政府) is taken with it.
    """
    texts = list(texts)
    recognizer = unit_recognizer(extra_files)
    finder = recognizer.finder
    places = sorted({lookup_key(p) for p in places if p}, key=len, reverse=True)
    folded_texts = [lookup_key_keep_length(t) for t in texts]
    stretches = []  # (index of the text, offset of the stretch)
    for index, folded in enumerate(folded_texts):
        candidates = finder.names(folded) + [(s, e) for s, e, _ in finder.shapes(folded)]
        stretches += [(index, start, end) for start, end in _stretches(folded, candidates)]
    pieces = [folded_texts[index][start:end] for index, start, end in stretches]
    recognizer.add_patterns_for(pieces)
    spans_of: list[list] = [[] for _ in texts]
    for (index, offset, _), doc in zip(stretches, recognizer.nlp.pipe(pieces, batch_size=256)):
        spans_of[index] += [(offset + s.start_char, offset + s.end_char, s.label_, s.id_) for s in doc.spans[SPANS_KEY]]
    results = []
    for text, folded, found in zip(texts, folded_texts, spans_of):
        found = [s for s in found if plausible(folded, s[0], s[1])]
        found.sort(key=lambda s: (-(s[1] - s[0]), s[0], s[3].startswith("shape:")))
        taken: list[UnitSpan] = []
        for start, end, kind, entry_id in found:
            for place in places:  # 营口市 + 市政府: the prefix's level character is shared
                if place[-1] == folded[start] and folded[max(0, start - len(place) + 1):start + 1] == place:
                    start = start - len(place) + 1
                    break
            if all(end <= t.start or start >= t.end for t in taken):
                taken.append(UnitSpan(text[start:end], start, end, kind, entry_id))
        results.append(sorted(taken, key=lambda s: s.start))
    return results


def lookup_key_keep_length(text: str) -> str:
    """The folded, Simplified copy of a running text: like :func:`lookup_key` but keeps every
    character (spaces included) so offsets stay the text's offsets."""
    return fold_simplified(text)
