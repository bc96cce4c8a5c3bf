"""Read the notice's header: source line, title, document number, addressees, date and issuer."""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass

from ..records import Span
from .lines import Line

# The kind of document a number's type code names, and the organ that issues it.
DOC_TYPE_ISSUERS: tuple[tuple[str, str], ...] = (
    ("国办发", "国务院办公厅"),
    ("国办函", "国务院办公厅"),
    ("国发", "国务院"),
    ("国函", "国务院"),
    ("政办发", "人民政府办公室"),
    ("政办函", "人民政府办公室"),
    ("政发", "人民政府"),
    ("政函", "人民政府"),
)
TITLE_ENDINGS = ("通知", "方案", "意见", "要点", "安排", "决定", "办法", "规划", "分工")
# Header lines, matched on the folded text.
SOURCE_LINE = re.compile(r"来源\s*[:]\s*(?P<site>\S+)")
DATE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")
# A metadata field's date written with figures only (portal pages: 「成文日期：2026-04-15」, 2026/4/15, 2026.04.15).
NUMERIC_DATE = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[【(]\s*\d{4}\s*[〕\]】)]\s*\d+\s*号")
NUMBER_YEAR = re.compile(r"[〔\[【(［]\s*(?P<year>(?:19|20)\d\d)\s*[〕\]】)］]")  # 临商发〔2026〕7号 → 2026
ADDRESSEE_LINE = re.compile(r"^(?P<list>[^。]{2,200}?)[:]$")
# A title a page shows on one line: 「成都市经济和信息化局成都市科学技术局关于印发《…》的通知」.
LONG_TITLE = re.compile(r"^[^。:]{2,60}关于[^。:]{2,100}(?:" + "|".join(TITLE_ENDINGS) + r")$")
ADDRESSEE_END = re.compile(r"(?:单位|部门|政府|机构|委员会|管委会)[:]$")  # 「…，有关单位：」
# An organ's name alone on a line, before the date line: a government, its office, or a department
# signing its own notice (「澄岭省科学技术厅」, 「市发展改革委」, 「县农业农村局」).
ORGAN_ENDINGS = "人民政府|办公厅|办公室|委员会|厅|局|委|办|院|署|中心|总队|支队|联合会|总工会"  # how an organ's name ends (总队 / 支队: 消防救援总队, 综合行政执法支队 — round 23, yuanling 22b's joint signature; 联合会 / 总工会: the people's organisations signing with departments, 「…省妇女联合会」 — round 26, meichong 25b)
SIGNATURE = re.compile(rf"^(?P<issuer>\S{{2,30}}(?:{ORGAN_ENDINGS}|国务院))$")
# Two or more organs signing together on one line, spaced apart (「潾江省林业局　　　　潾江省应急管理厅」, then the date):
# a joint notice's signature dates it (round 21: linjiang 21a and cenjiang 21b, two writers; their 「印发之日起1个月内」 had no day).
JOINT_SIGNATURE = re.compile(rf"^\S{{2,30}}(?:{ORGAN_ENDINGS})(?:\s+\S{{2,30}}(?:{ORGAN_ENDINGS}))+$")
MAX_HEADER_LINES = 40
ATTACHMENT_LINE = re.compile(r"^附件\s*\d*\s*:?$")
TYPE_CODE_PREFIX = re.compile(r"[\u4e00-\u9fff]+")  # 营政发 of 营政发〔2016〕45号


@dataclass
class Header:
    title: str | None = None
    title_span: Span | None = None
    doc_number: str | None = None
    doc_number_span: Span | None = None
    date: str | None = None
    source_site: str | None = None
    issuer: str | None = None
    addressee_text: str = ""  # the addressee line as written (split into units by the structure stage)
    addressee_line: int = 0  # its line number (0: none)
    end: int = 0  # index of the line after the last header line (addressees, number or title)


def read_header(lines: list[Line], body_start: int) -> Header:
    """The header is what stands before ``body_start`` (the first heading or unit line); the
    signature may also close the notice."""
    header = Header()
    limit = min(body_start, MAX_HEADER_LINES)
    title_lines = _pick_title([run for run in _title_runs(lines[:limit], header) if run])
    folded_title = "".join(line.folded for line in title_lines)  # the title's lines, folded
    if title_lines:
        header.title = "".join(line.text for line in title_lines)
        header.title_span = Span(start=title_lines[0].start, end=title_lines[-1].end, line=title_lines[0].number)
        header.end = max(header.end, title_lines[-1].number)  # line numbers are 1-based indices
    # (a cover note whose own numbered items open the body before its signature: 「…印发给你们，并就有关事项通知如下：
    # 一、…」, then the organ and the date — round 19: cangyuan 17b's periods had no date to count from)
    signature = _signature(lines) or _signature(lines[:limit], window=limit) or _signature(lines[:MAX_HEADER_LINES], window=MAX_HEADER_LINES)
    if header.date is None:
        header.date = signature[1] if signature else _joint_signature_date(lines[:MAX_HEADER_LINES]) or _closing_date(lines)
    number = lines[header.doc_number_span.line - 1].folded if header.doc_number_span else None  # 營政發 of a Traditional copy is 营政发
    header.issuer = (
        signature[0] if signature else _issuer_from_number(number, folded_title) or _issuer_from_title(header.title, folded_title)
    )
    return header


def _title_runs(lines: list[Line], header: Header) -> list[list[Line]]:
    """Read the header's labelled lines into ``header``; return the runs of short lines (a new,
    empty run ends the last one) among which the title is."""
    runs: list[list[Line]] = [[]]
    for index, line in enumerate(lines):
        kind = _header_line(header, index, line)
        if kind == "addressees":
            break
        if kind == "title":
            runs[-1].append(line)
            if "关于" in line.folded and line.folded.endswith(TITLE_ENDINGS):
                runs.append([])  # 「关于印发…的通知」 is a whole title: what follows is not
        elif kind == "break":
            runs.append([])
    return runs


def _header_line(header: Header, index: int, line: Line) -> str:
    """What the header line is (blank lines, numbers and long lines break a title run)."""
    f = line.folded
    if not f:
        return "break"
    if m := SOURCE_LINE.search(f):
        header.source_site = line.text[m.start("site") : m.end("site")]
        if d := DATE.search(f):
            header.date = _iso(d)
        return "skip"
    if header.doc_number is None and DOC_NUMBER.fullmatch(f):
        header.doc_number = line.text
        header.doc_number_span = Span(start=line.start, end=line.end, line=line.number)
        header.end = max(header.end, index + 1)
        return "break"
    if ADDRESSEE_LINE.match(f) and ("各" in f or "、" in f or ADDRESSEE_END.search(f)):
        header.addressee_text, header.addressee_line = line.text, line.number
        header.end = index + 1
        return "addressees"
    if ATTACHMENT_LINE.match(f):
        return "skip"  # 「附件」 / 「附件2」 above an attached table is not part of its title
    return "title" if (len(f) <= 60 or LONG_TITLE.match(f)) and "。" not in f else "break"


# 「湖北省人民政府办公厅关于印发…的通知」: the organ that writes a title names itself before 关于.
TITLE_ISSUER = re.compile(r"^(?P<issuer>\S{2,40}?(?:人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|厅|局|委))关于")


def _issuer_from_title(title: str | None, folded_title: str) -> str | None:
    m = TITLE_ISSUER.match(folded_title)
    return title[: m.end("issuer")] if title and m else None


# Labels of a container's metadata (gov.cn pages) and the notice field each fills.
METADATA_FIELDS = (("标题", "title"), ("发文字号", "doc_number"), ("发文机关", "issuer"), ("成文日期", "date"))


def apply_metadata(header: Header, metadata: dict[str, str]) -> None:
    """A page's metadata table states title, number, issuer and date outright: it wins over the
    body's header lines (the title span then stays that of the body, when there is one)."""
    for label, name in METADATA_FIELDS:
        value = (metadata.get(label) or "").strip()
        if not value:
            continue
        if name == "date":
            m = DATE.search(value) or NUMERIC_DATE.search(value)
            if m is None:
                continue  # 「2026年4月」 or a stray word: no day, so no date
            value = _iso(m)
        setattr(header, name, value)


def _pick_title(runs: list[list[Line]]) -> list[Line]:
    for run in runs:
        if run[-1].folded.rstrip("。").endswith(TITLE_ENDINGS):
            return run
    return max(runs, key=len) if runs else []


def _iso(m: re.Match[str]) -> str:
    return f"{int(m['year']):04d}-{int(m['month']):02d}-{int(m['day']):02d}"


def _closing_date(lines: list[Line]) -> str | None:
    """A date alone on one of the last lines (the signature date)."""
    for line in reversed([line for line in lines if line.folded][-6:]):
        if (m := DATE.fullmatch(line.folded)) is not None:
            return _iso(m)
    return None


def _signature(lines: list[Line], window: int = 6) -> tuple[str, str] | None:
    """The issuer and date of a signature: an organ's name on one line and a date on the next
    (at the end of the notice, or in the header of a 印发 notice)."""
    tail = [line for line in lines if line.folded][-window:]
    for before, after in zip(tail, tail[1:]):
        if SIGNATURE.match(before.folded) and (m := DATE.fullmatch(after.folded)):
            return before.text, _iso(m)
    return None


def _joint_signature_date(lines: list[Line]) -> str | None:
    """The date under a joint signature (several organs on one line) in the header of a 印发 notice."""
    shown = [line for line in lines if line.folded]
    for before, after in zip(shown, shown[1:]):
        if JOINT_SIGNATURE.match(before.folded) and (m := DATE.fullmatch(after.folded)):
            return _iso(m)
    return None


def _issuer_from_number(doc_number: str | None, title: str) -> str | None:
    """营政发 → the 人民政府 of the place in the title whose name starts with 营 (营口市); both folded."""
    if not doc_number:
        return None
    prefix = TYPE_CODE_PREFIX.match(doc_number)
    if not prefix:
        return None
    code = prefix.group()
    for type_code, organ in DOC_TYPE_ISSUERS:
        if not code.endswith(type_code):
            continue
        place_abbrev = code[: -len(type_code)]
        if not place_abbrev:
            return organ
        place = re.search(re.escape(place_abbrev[0]) + r"[\u4e00-\u9fff]{0,5}?(?:省|自治区|市|州|盟|区|县|旗)", title)
        if place:
            return place.group() + organ
        return None
    return None


def number_year(doc_number: str | None) -> int | None:
    """The year a document number names (临商发〔2026〕7号 → 2026): the year a notice stating no date was issued."""
    return int(m["year"]) if doc_number and (m := NUMBER_YEAR.search(doc_number)) else None
