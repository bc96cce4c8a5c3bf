"""The output contract (schema_version "2"): every record fengong writes, defined once.

Records are pydantic dataclasses with slots rather than ``BaseModel``s: the same validation and JSON
Schema at an eighth of the memory per record (no instance dict, no fields-set), which is what keeps a
notice of 20,000 tasks within a few hundred MB. Validation, JSON and schema go through the
functions at the end of this module.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Annotated, Any, Literal, Optional, dataclass_transform

from pydantic import ConfigDict, Field, TypeAdapter
from pydantic.dataclasses import dataclass

SCHEMA_VERSION = "2"

Role = Literal["lead", "cooperate", "responsible"]
TargetKind = Literal["goal", "amount"]
DeadlineKind = Literal["date", "period", "recurring", "ongoing"]
Comparator = Literal["reach", "increase", "decrease", "at_least", "at_most", "approx", "equal", "total"]


# Every record: validated on construction, unknown fields refused, fields by keyword in any order.
# A type's validator is built with its first record (defer_build): ~70 ms less of a cold start.
_record = dataclass(slots=True, kw_only=True, config=ConfigDict(extra="forbid", defer_build=True))


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
    format: Literal["text", "html", "docx", "pdf", "ofd"]
    encoding: str
    extractor_version: str = ""
    options: str = Field(
        default="",
        description="sha256 of the options that shape the output (the --units-file contents, in order); empty when none",
    )
    text: Optional[str] = Field(
        default=None,
        description="the extracted text spans point into; set for html, docx, pdf and ofd, where it is not the file itself",
    )
    pages: Optional[list[int]] = Field(
        default=None,
        description="for pdf and ofd: the offset in text of the first character of each page (page n starts at "
        "pages[n-1]), so the page of any span is the number of entries <= its start; null for unpaged formats",
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


def section_paths(sections: list[Section]) -> list[list[str]]:
    """For each section, the headings from the outermost down to it (「三、…」, 「(一)…」, 「专栏1 …」):
    the tasks' ``path``, and how diff and the store name a section."""
    index_of = {s.id: i for i, s in enumerate(sections)}
    paths: list[list[str]] = []
    for section in sections:  # a parent always comes before its children
        parent = paths[index_of[section.parent]] if section.parent else []
        name = f"{section.label}{section.title}" if section.kind == "heading" else f"{section.label} {section.title}"
        paths.append(parent + [name])
    return paths


@record
class Assignment:
    role: Role
    unit: str = Field(description="the name as written, list punctuation and a trailing 等 removed")
    canonical: str
    resolved: bool = True
    rule: str = Field(description="the rule that produced this assignment")
    span: Span
    note: Optional[str] = Field(
        default=None, description="a qualifier written after the unit, as written: 「含开发区、风景区管委会，下同」 of 「各区人民政府〈含…〉」"
    )


@record
class BlockClause:
    """A clause of a task's assignment block that names no unit."""

    kind: str = Field(
        description="carry_over (「以下均需各区、县（市）政府落实，不再列出」) or a declared convention: first_unit, first_group"
    )
    text: str = Field(description="the clause as written")
    span: Span


@record
class ImpliedAssignment:
    """A unit a carry-over clause of an earlier block makes answer for this task too; never written
    in this task's own block, so never one of its ``assignments``."""

    role: Role
    unit: str = Field(description="the name as written in the carry-over clause")
    canonical: str
    resolved: bool = True
    source: str = Field(description="the id of the task whose block holds the carry-over clause")
    span: Span = Field(description="the name in the carry-over clause")


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
    clauses: list[BlockClause] = Field(default=[], description="clauses of the task's block that name no unit")
    implied: list[ImpliedAssignment] = Field(
        default=[], description="units implied by an earlier block's carry-over clause (「以下均需…落实，不再列出」), apart from the written assignments"
    )
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
    # Not compared: an extraction read back equals the one extracted (whose checksum is only filled in
    # as its JSON is written, pipeline/export.py).
    checksum: Annotated[
        str,
        Field(
            description="\"sha256:…\" of every byte of the file before this value, written last by fengong; a later "
            "run re-extracts when it does not match (a truncated or edited output is never taken as current)"
        ),
    ] = dataclasses.field(default="", compare=False)


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
    """The JSON Schema of ``kind``; a property whose Field gives no description gets the one in
    :data:`DESCRIPTIONS`, so every property of the contract is described."""
    schema = _adapter(kind).json_schema()
    for name, definition in [(kind.__name__, schema), *schema.get("$defs", {}).items()]:
        for prop, value in definition.get("properties", {}).items():
            if "description" not in value and (name, prop) in DESCRIPTIONS:
                value["description"] = DESCRIPTIONS[name, prop]
    return schema


# Descriptions of the properties whose Field states none (kept here, one table, while several
# pieces of work add fields above; a Field's own description wins).
DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("Extraction", "deadlines"): "when tasks are due, as written (2026年底前, 5年内, 每年, 长期坚持), in text order",
    ("Deadline", "id"): "<task id>.d<hash of its text> (a section's id outside tasks); repeats get -2, -3",
    ("Deadline", "span"): "the deadline as written",
    ("PlanPeriod", "span"): "the years in the title's bracket",
    ("Span", "start"): "offset of the first character in the decoded original text (source.text for html/docx)",
    ("Span", "end"): "offset after the last character (exclusive): text[start:end] is what was parsed",
    ("Span", "line"): "1-based line of the first character",
    ("Source", "path"): "the input's file name (the same from any working directory)",
    ("Source", "sha256"): "SHA-256 of the input's bytes",
    ("Source", "format"): "the format read: text, html or docx (sniffed from the content)",
    ("Source", "encoding"): "the encoding the text was decoded from (utf-8, utf-8-sig, utf-16, gb18030)",
    ("Source", "extractor_version"): "the fengong version that wrote this extraction",
    ("Notice", "title"): "the notice's title (title lines joined), or null when none was found",
    ("Notice", "doc_number"): "the document number as written, e.g. 营政发〔2016〕45号",
    ("Notice", "issuer"): "the issuing body, from the signature, the document number or a page's metadata",
    ("Notice", "date"): "the date of issue, YYYY-MM-DD",
    ("Notice", "addressees"): "the units the notice is addressed to (主送), as written",
    ("Notice", "title_span"): "where the title stands in the text",
    ("Notice", "doc_number_span"): "where the document number stands in the text",
    ("Section", "id"): "s + 10 hex digits of the SHA-1 of its kind and folded title (-2, -3 for repeats)",
    ("Section", "parent"): "the id of the enclosing section, or null at the top",
    ("Section", "level"): "1 for the outermost heading scheme the notice uses, 2 for the next, …",
    ("Section", "kind"): "heading (一、 (一) 1. …) or box (专栏)",
    ("Section", "label"): "the numbering as written: 一、 (一) 专栏1",
    ("Section", "title"): "the heading's text after its label",
    ("Section", "span"): "from the label to the end of the title",
    ("TaskPart", "kind"): "paragraph, item (a numbered line), bullet (——) or box (专栏)",
    ("TaskPart", "label"): "an item's or box's numbering as written; empty for a paragraph",
    ("TaskPart", "title"): "a bullet's or box's title",
    ("TaskPart", "span"): "the part's text",
    ("Assignment", "role"): "lead (牵头), cooperate (配合) or responsible (责任)",
    ("Assignment", "canonical"): "the unit's canonical name in the issuer's context (the name as written when unresolved)",
    ("Assignment", "resolved"): "whether the unit dictionary (or a name shape) knows the unit",
    ("Assignment", "span"): "the unit's name as written",
    ("ImpliedAssignment", "role"): "the role the carry-over clause gives: lead (牵头), cooperate (配合) or responsible (责任)",
    ("ImpliedAssignment", "canonical"): "the unit's canonical name in the issuer's context (the name as written when unresolved)",
    ("ImpliedAssignment", "resolved"): "whether the unit dictionary (or a name shape) knows the unit",
    ("BlockClause", "span"): "the clause as written in the block",
    ("UnitMention", "name"): "a unit named in the task's prose, as written",
    ("UnitMention", "canonical"): "its canonical name in the issuer's context",
    ("UnitMention", "span"): "the name in the text",
    ("Task", "id"): "t + 10 hex digits of the SHA-1 of its folded text without whitespace or 专栏 numbers (-2, -3 for repeats)",
    ("Task", "section"): "the id of the innermost section holding the task, or null",
    ("Task", "path"): "the headings from the outermost down to the task's section",
    ("Task", "text"): "the task's text as written (a numbered item's without its label)",
    ("Task", "span"): "the task's text (after a numbered item's label)",
    ("Task", "parts"): "the paragraphs, items, bullets and boxes the task's text is made of",
    ("Task", "assignments"): "the units its assignment block names, in written order, with roles",
    ("Task", "open_ended"): "roles whose list ends in 等 (more units than listed)",
    ("Task", "targets"): "ids of the targets stated in the task's text",
    ("Task", "mentions"): "units named in the task's prose that are not its assignments",
    ("TargetRange", "low"): "the range's lower bound",
    ("TargetRange", "high"): "the range's upper bound",
    ("Target", "id"): "the task's id + .g + a hash of the indicator (-2, -3 for repeats)",
    ("Target", "task"): "the id of the task whose text states it",
    ("Target", "indicator"): "the thing measured, as written",
    ("Target", "value"): "the value as a number (null when pending or not numeric)",
    ("Target", "unit"): "the value's unit as written (%, 万人, 亿元 …)",
    ("Target", "comparator"): "how the value is meant: reach, increase, decrease, at_least, at_most, approx, equal, total",
    ("Target", "pending"): "the value is 「*」: to be set later",
    ("Target", "annual"): "an average per year (年均)",
    ("Target", "year"): "the year the value is for, when written",
    ("Target", "range"): "low and high of a range (1—2), else null",
    ("Target", "baseline"): "the starting value when written (由X提高到Y)",
    ("Target", "baseline_year"): "the year of the baseline, when written",
    ("Target", "rule"): "the rule that found it",
    ("Target", "span"): "from the indicator to the value (or the reverse)",
    ("Unit", "name"): "a unit name as written somewhere in the notice",
    ("Unit", "canonical"): "its canonical name in the issuer's context",
    ("Unit", "kind"): "the kind of body (government_department, party_organ, collective, …; unknown when unresolved)",
    ("Unit", "resolved"): "whether the unit dictionary (or a name shape) knows it",
    ("Diagnostic", "level"): "warning or error",
    ("Diagnostic", "code"): "a stable code: unresolved_unit, unparsed_assignment, text_without_assignment, …",
    ("Diagnostic", "message"): "what was found, for a person",
    ("Diagnostic", "line"): "the 1-based line it concerns, or null",
    ("Extraction", "schema_version"): "the version of this contract",
    ("Extraction", "source"): "the input: its name, hash, format and encoding (and text, for html/docx)",
    ("Extraction", "notice"): "the notice's header: title, number, issuer, date, addressees",
    ("Extraction", "sections"): "headings and 专栏 boxes, parents before children",
    ("Extraction", "tasks"): "every task that carries an assignment, in text order",
    ("Extraction", "targets"): "every quantitative target, in text order",
    ("Extraction", "units"): "every unit assigned or mentioned, with counts, by canonical name",
    ("Extraction", "diagnostics"): "warnings about text that did not parse, sorted by line",
}
