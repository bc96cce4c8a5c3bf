"""Know the units: the dictionary (a data file), the spaCy pipeline that recognises unit names,
and resolution of a written name to its canonical body in the issuer's context."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Literal, Optional

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from .errors import FengongError
from .normalize import fold

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


class UnitEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    canonical: str
    kind: Kind
    level: Level
    aliases: list[str] = []
    note: Optional[str] = None

    def written_forms(self) -> list[str]:
        """The canonical without its place placeholder, then every alias."""
        return [self.canonical.replace(PLACE, "")] + [a for a in self.aliases if a != self.canonical.replace(PLACE, "")]


class UnitShape(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    pattern: str
    kind: Kind
    level: Level

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
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
                key = fold(form)
                if key in seen and seen[key] != entry.canonical:
                    raise ValueError(
                        f"entries[{index}] ({entry.canonical}): the name {form!r} already belongs to {seen[key]}"
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
        found = {}
        for level, suffixes in (("province", "省|自治区"), ("city", "市|自治州|盟"), ("county", "区|县|旗")):
            if m := re.search(rf"([\u4e00-\u9fff]{{1,6}}?)(?:{suffixes})", issuer):
                found[level] = m.group(1)
                issuer = issuer[m.end():]
        return cls(**found)

    def place_for(self, level: str) -> str:
        return {"provincial": self.province, "city": self.city, "county": self.county}.get(level, "")


class UnitDictionary:
    """Lookup of written names (folded) to entries, plus the generic name shapes."""

    def __init__(self, files: list[UnitDictionaryFile]):
        self.entries: list[UnitEntry] = []
        self.by_name: dict[str, UnitEntry] = {}
        self.shapes: list[tuple[re.Pattern[str], UnitShape]] = []
        for data in files:  # later files override earlier ones name by name
            for entry in data.entries:
                self.entries.append(entry)
                for form in entry.written_forms():
                    self.by_name[fold(form)] = entry
            self.shapes = [(re.compile(s.pattern), s) for s in data.shapes] + self.shapes

    def names(self) -> list[str]:
        return sorted({form for entry in self.entries for form in entry.written_forms()})

    def names_with_separators(self) -> tuple[str, ...]:
        """Names such as 各区、县级市 that a unit list must never split."""
        return tuple(n for n in self.names() if any(sep in fold(n) for sep in "、,;"))

    def resolve(self, name: str, context: IssuerContext) -> Resolution:
        key = fold(name)
        entry = self.by_name.get(key)
        if entry is not None:
            place = context.place_for(entry.level)
            return Resolution(name, entry.canonical.replace(PLACE, place), entry.kind, True, "dictionary")
        for pattern, shape in self.shapes:
            if pattern.fullmatch(key):
                return Resolution(name, name, shape.kind, True, f"shape:{shape.name}")
        return Resolution(name, name, UNKNOWN_KIND, False, "unresolved")


DEFAULT_DICTIONARY = "units.yaml"


def load_dictionary_file(path: Path | str, text: str) -> UnitDictionaryFile:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise FengongError(path, f"not valid YAML: {err}") from None
    try:
        return UnitDictionaryFile.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise FengongError(path, f"invalid unit dictionary at {where}: {first['msg']}") from None


@lru_cache(maxsize=8)
def load_dictionary(extra_files: tuple[str, ...] = ()) -> UnitDictionary:
    """The shipped dictionary, overridden by ``extra_files`` in order."""
    shipped = resources.files("pipeline") / "data" / DEFAULT_DICTIONARY
    files = [load_dictionary_file(f"pipeline/data/{DEFAULT_DICTIONARY}", shipped.read_text(encoding="utf-8"))]
    for extra in extra_files:
        try:
            text = Path(extra).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise FengongError(extra, f"cannot read unit dictionary: {err}") from None
        files.append(load_dictionary_file(extra, text))
    return UnitDictionary(files)


@lru_cache(maxsize=8)
def unit_pipeline(extra_files: tuple[str, ...] = ()) -> "Language":
    """``spacy.blank("zh")`` with the jieba segmenter and a SpanRuler of every dictionary name.

    The names also become jieba user words, so the segmenter keeps 市发展改革委 in one piece
    instead of 市/发展/改革/委 (jieba is process-global: this changes all jieba use here).
    """
    import jieba
    import spacy

    jieba.setLogLevel(logging.WARNING)
    dictionary = load_dictionary(extra_files)
    names = dictionary.names()
    for name in names:
        if "(" not in name and "、" not in name:
            jieba.add_word(name, freq=100_000)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "overwrite": False})
    patterns = []
    for entry in dictionary.entries:
        for form in entry.written_forms():
            patterns.append({"label": entry.kind, "pattern": form, "id": entry.canonical})
    ruler.add_patterns(patterns)
    return nlp


@dataclass(frozen=True)
class UnitSpan:
    text: str
    start: int  # offset within the text handed to :func:`find_units`
    end: int
    kind: str
    entry_id: str


def find_units(texts: Iterable[str], extra_files: tuple[str, ...] = ()) -> list[list[UnitSpan]]:
    """Dictionary units named in each text (longest match wins where names overlap)."""
    nlp = unit_pipeline(extra_files)
    results = []
    for doc in nlp.pipe(texts, batch_size=256):
        spans = sorted(doc.spans[SPANS_KEY], key=lambda s: (-(s.end_char - s.start_char), s.start_char))
        taken: list[UnitSpan] = []
        for span in spans:
            if all(span.end_char <= t.start or span.start_char >= t.end for t in taken):
                taken.append(UnitSpan(span.text, span.start_char, span.end_char, span.label_, span.id_))
        results.append(sorted(taken, key=lambda s: s.start))
    return results
