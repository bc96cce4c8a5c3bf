"""Know the units: the dictionary (a data file) and resolution of a written name to its canonical
body in the issuer's context. Finding names in text is :mod:`pipeline.units.recognise`."""

from __future__ import annotations

import hashlib
import json

from .. import rx as re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ..errors import FengongError
from ..normalize import fold, fold_simplified

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
_PREFIX_LEVELS = {"省": "provincial", "市": "city", "区": "county", "县": "county"}  # of qualified_prefixes()

def lookup_key(name: str) -> str:
    """The dictionary key of a written name: folded (width, spaces), Simplified, no whitespace.

    Folded here, at the dictionary's one door: its own names are not pieces of a notice, and a name
    looked up may come from any notice, a units file or the command line."""
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


# A name followed by the second name of the same office in brackets (加挂牌子).
SECOND_NAME = re.compile(r"^(?P<first>[^（(〔\[]{2,30})[（(〔\[][^）)〕\]]{2,30}[）)〕\]]$")
# The place a title starts with: 「湖北省支持…」「罗湖区支持…」「深圳市工业和信息化局关于…」.
TITLE_PLACE = re.compile(r"^(?:关于(?:印发|转发)?《?)?(?P<place>[\u4e00-\u9fff]{2,6}?(?:省|自治区|市|区|县))")


@dataclass(frozen=True)
class IssuerContext:
    """The places a notice's short names (市科技局, 区发改局) refer to."""

    province: str = ""
    city: str = ""
    county: str = ""

    @classmethod
    def from_notice(cls, issuer: str | None, title: str | None) -> "IssuerContext":
        """From the issuer; without one, from the place the title starts with (「湖北省支持…」)."""
        if issuer:
            return cls.from_issuer(issuer)
        m = TITLE_PLACE.match(lookup_key(title or ""))
        return cls.from_issuer(m["place"]) if m else cls()

    @property
    def level(self) -> str:
        """The issuer's own level: the deepest place it names."""
        return "county" if self.county else "city" if self.city else "provincial" if self.province else ""

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
        # A dictionary name is not a piece of the notice's text: it is folded here, where it enters.
        folded = (fold(n) for n in self.names())
        return tuple(n for n in folded if any(sep in n for sep in "、,;"))

    def names_with_separators(self) -> tuple[str, ...]:
        """Names such as 各区、县级市 that a unit list must never split, folded as the lists are read."""
        return self._names_with_separators

    def resolve(self, name: str, context: IssuerContext) -> Resolution:
        key = lookup_key(name)
        entry = self.by_name.get(key)
        if entry is None:  # 营口市科技局 in a Yingkou notice is 市科技局
            entry = self._entry_at_level(key, context)
        if entry is None:  # 科技厅 in a provincial notice is 省科技厅
            entry = self._entry_of_issuer_level(key, context)
        if entry is not None:
            place = context.place_for(entry.level)
            if PLACE in entry.canonical and not place:  # no issuer to place it: never a place-less name
                return Resolution(name, name, entry.kind, False, "unresolved")
            return Resolution(name, entry.canonical.replace(PLACE, place), entry.kind, True, "dictionary")
        for pattern, shape in self.shapes:
            if pattern.fullmatch(key):
                return Resolution(name, key, shape.kind, True, f"shape:{shape.name}")
        if m := SECOND_NAME.match(name):  # 市委组织部（市委人才办）: one office, two names; the first resolves
            first = self.resolve(m["first"], context)
            if first.resolved:
                return Resolution(name, first.canonical, first.kind, True, first.rule)
        return Resolution(name, name, UNKNOWN_KIND, False, "unresolved")

    def _entry_of_issuer_level(self, key: str, context: IssuerContext) -> Optional[UnitEntry]:
        """A name written without its level prefix, read at the issuer's own level: 科技厅 or
        卫生健康委 in a provincial notice are the province's (省科技厅, 省卫生健康委)."""
        prefixes = {"provincial": ("省",), "city": ("市",), "county": ("区", "县")}.get(context.level, ())
        for prefix in prefixes:
            if key.startswith(prefix):
                return None
            entry = self.by_name.get(prefix + key)
            if entry is not None and entry.level == context.level:
                return entry
        return None

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
# units.yaml's data as JSON with the sha256 of the text it was read from (tools/gen_units_json.py, run by
# `make run`): read in ~0.5 ms without importing PyYAML, where parsing the YAML took ~14 ms and the import
# ~7 ms of every cold start; used only when it was made from the very text of units.yaml beside it.
PREBUILT = "units.json"


def load_dictionary_file(path: Path | str, text: str, data: Any = None) -> UnitDictionaryFile:
    """The dictionary file ``text`` (YAML) read from ``path``; ``data``: its parsed YAML, when known."""
    if data is None:
        data = _yaml(path, text)
    try:
        return UnitDictionaryFile.model_validate(data)
    except ValidationError as err:
        raise FengongError(path, f"invalid unit dictionary: {_describe(err.errors()[0], data)}") from None


def _yaml(path: Path | str, text: str) -> Any:
    import yaml  # (only for a units file: the shipped dictionary is read from its JSON)

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as err:
        raise FengongError(path, f"not valid YAML: {err}") from None
    except ValueError as err:  # e.g. an integer of 5,000 digits (Python's conversion limit)
        raise FengongError(path, f"not a usable YAML value: {err}") from None


def prebuilt_data(prebuilt: str, text: str) -> Any:
    """The data of the JSON ``prebuilt`` when it was made from ``text`` (its sha256), else None."""
    try:
        made = json.loads(prebuilt)
    except ValueError:
        return None
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return made.get("data") if isinstance(made, dict) and made.get("sha256") == sha else None


def _describe(error: Any, data: Any) -> str:
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
    folder = resources.files("pipeline") / "data"
    text = (folder / DEFAULT_DICTIONARY).read_text(encoding="utf-8")
    try:
        data = prebuilt_data((folder / PREBUILT).read_text(encoding="utf-8"), text)
    except OSError:
        data = None
    return load_dictionary_file(f"pipeline/data/{DEFAULT_DICTIONARY}", text, data)
