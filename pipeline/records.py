"""The output contract (schema_version "2"): every record fengong writes, defined once.

Records are pydantic dataclasses with slots rather than ``BaseModel``s: the same validation and JSON
Schema at an eighth of the memory per record (no instance dict, no fields-set), which is what keeps a
notice of 20,000 tasks within a few hundred MB. Validation, JSON and schema go through the
functions at the end of this module.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal, Optional, dataclass_transform

from pydantic import ConfigDict, Field, TypeAdapter
from pydantic.dataclasses import dataclass

SCHEMA_VERSION = "2"

Role = Literal["lead", "cooperate", "responsible"]
TargetKind = Literal["goal", "amount"]
DeadlineKind = Literal["date", "period", "recurring", "ongoing"]
Comparator = Literal["reach", "increase", "decrease", "at_least", "at_most", "approx", "equal", "total"]


# Every record: validated on construction, unknown fields refused, fields by keyword in any order.
_record = dataclass(slots=True, kw_only=True, config=ConfigDict(extra="forbid"))


@dataclass_transform(kw_only_default=True, field_specifiers=(Field,))
def record(cls):
    """A pydantic dataclass as above (declared as a dataclass transform for type checkers)."""
    return _record(cls)


@record
class Span:
    """Characters ``start:end`` of the decoded original text; ``line`` is 1-based."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)


@record
class Source:
    path: str
    sha256: str
    format: Literal["text", "html", "docx"]
    encoding: str
    extractor_version: str = ""
    text: Optional[str] = Field(
        default=None, description="the extracted text spans point into; set for html and docx, where it is not the file itself"
    )


@record
class PlanPeriod:
    """The years a plan covers, as its title writes them: 「（2026—2028年）」."""

    text: str = Field(description="as written, e.g. 2026—2028年")
    start: int = Field(description="the first year")
    end: int = Field(description="the last year")
    span: Span


@record
class Notice:
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = Field(default=None, description="ISO date YYYY-MM-DD")
    source_site: Optional[str] = Field(default=None, description="the 来源 of the source line")
    addressees: list[str] = Field(default=[])
    title_span: Optional[Span] = None
    doc_number_span: Optional[Span] = None
    period: Optional[PlanPeriod] = Field(default=None, description="the plan's period as the title states it (2026—2028年)")


@record
class Section:
    id: str
    parent: Optional[str] = None
    level: int = Field(ge=1)
    kind: Literal["heading", "box"] = "heading"
    label: str
    title: str
    span: Span


@record
class Assignment:
    role: Role
    unit: str = Field(description="the name as written, list punctuation and a trailing 等 removed")
    canonical: str
    resolved: bool = True
    rule: str = Field(description="the rule that produced this assignment")
    span: Span


@record
class TaskPart:
    """A piece of a task's text: a paragraph, a —— bullet, a 专栏 box title, or a numbered item."""

    kind: Literal["paragraph", "bullet", "box", "item"]
    label: str = ""
    title: str = ""
    span: Span


@record
class UnitMention:
    """A unit named inside task prose: a mention, not an assignment."""

    name: str
    canonical: str
    span: Span


@record
class Task:
    id: str
    section: Optional[str] = None
    path: list[str]
    label: str = Field(default="", description="the item number when the task is a numbered item")
    text: str
    span: Span
    parts: list[TaskPart] = Field(default=[])
    assignments: list[Assignment]
    open_ended: list[Role] = Field(default=[])
    targets: list[str] = Field(default=[])
    mentions: list[UnitMention] = Field(default=[])


@record
class TargetRange:
    low: float
    high: float


@record
class Target:
    """A number the notice commits to: a goal (达到, 新增, 建成…) or a support amount (最高X万元补贴)."""

    id: str
    task: Optional[str] = Field(description="the task whose text states it; null when no task does (a 发展目标 paragraph)")
    section: Optional[str] = Field(default=None, description="the innermost section whose text states it")
    kind: TargetKind = Field(description="goal: a commitment (达到, 提高到, 培育…家); amount: a parameter of support or obligation (补贴最高X万元, 不超过X%)")
    indicator: str = Field(description="the thing measured, as written")
    value: Optional[float] = None
    value_text: str = Field(default="", description="the value as written: 45.22, *, 1—2, 10:40:50")
    unit: str = ""
    comparator: Comparator
    pending: bool = False
    annual: bool = False
    year: Optional[int] = None
    scaled_value: Optional[float] = Field(default=None, description="value × 万/亿 when the unit carries one")
    range: Optional[TargetRange] = None
    baseline: Optional[float] = None
    baseline_year: Optional[int] = None
    benchmark: Optional[str] = Field(default=None, description="what a relative target is compared with (全省平均水平); its value is null")
    rule: str
    span: Span


@record
class Deadline:
    """When a task (or, outside tasks, a section) is to be done, as the text or a 完成时限 column states it."""

    id: str
    task: Optional[str] = Field(description="the task it belongs to; null when it stands outside every task")
    section: Optional[str] = Field(default=None, description="the innermost section whose text states it")
    text: str = Field(description="as written: 2026年底前, 5年内, 每年, 长期坚持")
    kind: DeadlineKind = Field(description="date (2026年底前), period (5年内, from the notice's date), recurring (每年), ongoing (长期坚持)")
    date: Optional[str] = Field(default=None, description="ISO date YYYY-MM-DD where one can be computed (a period counts from the notice's date)")
    rule: str = Field(description="the named pattern that found it")
    span: Span


@record
class Unit:
    name: str
    canonical: str
    kind: str
    resolved: bool = True
    mentions: int = Field(ge=0, description="how often the name occurs as an assignment or in prose")


@record
class Diagnostic:
    level: Literal["warning", "error"]
    code: str
    message: str
    line: Optional[int] = None


@record
class Extraction:
    """One notice, extracted."""

    schema_version: Literal["2"] = SCHEMA_VERSION
    source: Source
    notice: Notice
    sections: list[Section]
    tasks: list[Task]
    targets: list[Target]
    deadlines: list[Deadline] = Field(default=[])
    units: list[Unit]
    diagnostics: list[Diagnostic]


@lru_cache(maxsize=None)
def _adapter(kind: type) -> TypeAdapter:
    return TypeAdapter(kind)


def validate(kind: type, data: Any) -> Any:
    """A record of ``kind`` from plain data (dicts, lists), validated; raises ``pydantic.ValidationError``."""
    return _adapter(kind).validate_python(data)


def validate_json(kind: type, text: str | bytes) -> Any:
    """A record of ``kind`` from its JSON text, validated; raises ``pydantic.ValidationError``."""
    return _adapter(kind).validate_json(text)


def to_plain(record: Any) -> Any:
    """A record as JSON-ready dicts and lists, in field order."""
    return _adapter(type(record)).dump_python(record, mode="json")


def to_json_bytes(record: Any) -> bytes:
    """A record as UTF-8 JSON, indented by 2, in field order."""
    return _adapter(type(record)).dump_json(record, indent=2)


def json_schema(kind: type) -> dict:
    return _adapter(kind).json_schema()
