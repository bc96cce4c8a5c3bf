"""The output contract (schema_version "1"): every record fengong writes, defined once."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Role = Literal["lead", "cooperate", "responsible"]
Comparator = Literal["reach", "increase", "decrease", "at_least", "at_most", "approx", "equal", "total"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """Characters ``start:end`` of the decoded original text; ``line`` is 1-based."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)


class Source(Record):
    path: str
    sha256: str
    format: Literal["text", "html", "docx"]
    encoding: str
    extractor_version: str = ""
    text: Optional[str] = Field(
        default=None, description="the extracted text spans point into; set for html and docx, where it is not the file itself"
    )


class Notice(Record):
    title: Optional[str] = None
    doc_number: Optional[str] = None
    issuer: Optional[str] = None
    date: Optional[str] = Field(default=None, description="ISO date YYYY-MM-DD")
    source_site: Optional[str] = Field(default=None, description="the 来源 of the source line")
    addressees: list[str] = []
    title_span: Optional[Span] = None
    doc_number_span: Optional[Span] = None


class Section(Record):
    id: str
    parent: Optional[str] = None
    level: int = Field(ge=1)
    kind: Literal["heading", "box"] = "heading"
    label: str
    title: str
    span: Span


class Assignment(Record):
    role: Role
    unit: str = Field(description="the name as written, list punctuation and a trailing 等 removed")
    canonical: str
    resolved: bool = True
    rule: str = Field(description="the rule that produced this assignment")
    span: Span


class TaskPart(Record):
    """A piece of a task's text: a paragraph, a —— bullet, a 专栏 box title, or a numbered item."""

    kind: Literal["paragraph", "bullet", "box", "item"]
    label: str = ""
    title: str = ""
    span: Span


class UnitMention(Record):
    """A unit named inside task prose: a mention, not an assignment."""

    name: str
    canonical: str
    span: Span


class Task(Record):
    id: str
    section: Optional[str] = None
    path: list[str]
    label: str = Field(default="", description="the item number when the task is a numbered item")
    text: str
    span: Span
    parts: list[TaskPart] = []
    assignments: list[Assignment]
    open_ended: list[Role] = []
    targets: list[str] = []
    mentions: list[UnitMention] = []


class TargetRange(Record):
    low: float
    high: float


class Target(Record):
    id: str
    task: str
    indicator: str
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
    rule: str
    span: Span


class Unit(Record):
    name: str
    canonical: str
    kind: str
    resolved: bool = True
    mentions: int = Field(ge=0, description="how often the name occurs as an assignment or in prose")


class Diagnostic(Record):
    level: Literal["warning", "error"]
    code: str
    message: str
    line: Optional[int] = None


class Extraction(Record):
    """One notice, extracted."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    notice: Notice
    sections: list[Section]
    tasks: list[Task]
    targets: list[Target]
    units: list[Unit]
    diagnostics: list[Diagnostic]
