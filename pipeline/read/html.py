"""HTML pages → the notice body as clean lines, plus the gov.cn metadata table.

lxml only, with a parser that never touches the network and drops comments and processing
instructions. A portal page is mostly chrome: scripts, navigation, breadcrumbs, footers. The body
is the first well-known content container (gov.cn's UCAP-CONTENT, many CMSs' zoom / TRS_Editor /
pages_content …) that holds a fair share of the page's Chinese text, otherwise the innermost block
that holds most of it. Block elements and <br> end lines; tables go through :mod:`pipeline.tables`.
"""

from __future__ import annotations

import codecs
from .. import rx as re
from pathlib import Path
from typing import TYPE_CHECKING


from ..errors import InputError
from ..limits import span_count
from .document import Reading
from .tables import Cell, build_grid, linearise, tidy_lines
from .text import BOMS, decode_text

if TYPE_CHECKING:  # lxml is imported when a page is parsed: a text notice never needs it
    from lxml import etree

FORMAT = "html"
SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")

# Elements that never hold the notice.
DROPPED_TAGS = frozenset({"script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "head",
                          "title", "select", "button", "textarea", "object", "embed", "svg", "template"})
# id/class tokens of page chrome (compared lower-case, whole tokens).
CHROME_NAMES = frozenset({"nav", "navbar", "menu", "header", "footer", "breadcrumb", "crumbs", "position",
                          "share", "sidebar"})
# Content containers of government CMSs, most specific first; matched against id and class tokens.
CONTENT_CONTAINERS = ("zoom", "UCAP-CONTENT", "pages_content", "TRS_Editor", "article", "content")
_CONTAINER_RANK = {name.lower(): rank for rank, name in enumerate(CONTENT_CONTAINERS)}
# A named container must hold at least this share of the page's Chinese text, so that a small
# widget that happens to be called "content" is not taken for the body.
MIN_CONTAINER_SHARE = 0.3
# Without a named container: the innermost block holding at least this share of the Chinese text.
DOMINANT_BLOCK_SHARE = 0.7
BLOCK_CONTAINER_TAGS = frozenset({"body", "div", "section", "article", "main", "td", "th", "center"})

# Tags that end a line before and after them; everything else is inline.
BLOCK_TAGS = frozenset({"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                        "dl", "dt", "dd", "section", "article", "main", "aside", "blockquote", "center",
                        "pre", "address", "caption", "hr", "table", "thead", "tbody", "tfoot", "body"})

# The gov.cn metadata table: label cells, normalised (spaces and the trailing colon removed).
METADATA_LABELS = ("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期")
# A table with at least this many label cells is the metadata table, not the notice.
MIN_METADATA_LABELS = 2

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Decode GBK and GB2312 as their superset gb18030 (gb2312 turns 「—」 into 「―」).
_CHARSET_ALIASES = {"gbk": "gb18030", "gb2312": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030"}
# Single-byte declarations are often a CMS default, not the truth: bytes that are valid UTF-8 win.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WHITESPACE = re.compile(r"\s+")
# Whitespace that held a source line break between two Chinese characters: an artefact of how the
# HTML was wrapped (Word's exporter breaks long lines anywhere), not a space in the text.
_CHINESE_OR_FULL_WIDTH = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]"
_WRAPPED_CJK = re.compile(rf"(?<={_CHINESE_OR_FULL_WIDTH})[ \t]*[\r\n]\s*(?={_CHINESE_OR_FULL_WIDTH})")
_LABEL_PUNCTUATION = ":："


def sniff(data: bytes) -> bool:
    """Markup: a doctype, <html> or an XML declaration first, or tags of a page near the start."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
        return True
    start = data[:65536].lower()
    return head.startswith(b"<") and any(tag in start for tag in (b"<div", b"<p", b"<table", b"<body"))


def read(path: str | Path, data: bytes) -> Reading:
    text, encoding, metadata = html_to_text(path, data)
    return Reading(text, encoding, metadata)


def html_to_text(path: str | Path, data: bytes) -> tuple[str, str, dict[str, str]]:
    """The notice's lines, the encoding used, and the gov.cn metadata (empty when there is none)."""
    from lxml import etree

    markup, encoding = decode_html(path, data)
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, encoding="utf-8")
    root = etree.fromstring(markup.encode("utf-8"), parser)
    if root is None:  # nothing but whitespace
        raise InputError(path, "HTML page has no body text")
    metadata, metadata_tables = read_metadata(root)  # before the chrome goes: it may sit in a header
    for table in metadata_tables:
        _remove(table)
    title = "" if metadata.get("标题") else page_title(root)
    _drop_chrome(root)
    lines = tidy_lines(_LineWriter().lines_of(find_body(root)))
    if not lines:
        raise InputError(path, "HTML page has no body text")
    if title and not any(title in line for line in lines[:TITLE_SEARCH_LINES]):
        lines.insert(0, title)  # the title stood in the page's <header> or above the body
    return "\n".join(lines) + "\n", encoding, metadata


# The notice's title where a page shows it apart from the body: the first <h1> (in <header>,
# <article> or anywhere), else the <title> up to the site's name. A title has a few Chinese words.
TITLE_TAGS = ("h1",)
TITLE_MIN_CJK = 6
TITLE_SEARCH_LINES = 12  # a title already among the body's first lines is not added again
SITE_SUFFIX = re.compile(r"\s*(?:[|｜_]|\s-\s|——)\s*[^|｜_]*$")


def page_title(root: etree._Element) -> str:
    for el in root.iter(*TITLE_TAGS):
        text = _collapse(_text_content(el))
        if _cjk(text) >= TITLE_MIN_CJK and not any(_tag(a) in ("nav", "footer") or _HIDDEN.search(a.get("style") or "") for a in el.iterancestors()):
            return text
    head_title = root.find(".//title")
    if head_title is not None:
        text = SITE_SUFFIX.sub("", _collapse(_text_content(head_title)))
        if _cjk(text) >= TITLE_MIN_CJK:
            return text
    return ""


def decode_html(path: str | Path, data: bytes) -> tuple[str, str]:
    """BOM, then the declared charset (<meta charset> / http-equiv), then strict UTF-8, then gb18030."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return decode_text(path, data)
    if m := _META_CHARSET.search(data[:4096]):
        declared = m.group(1).decode("ascii").lower()
        codec = _CHARSET_ALIASES.get(declared, declared)
        try:
            name = codecs.lookup(codec).name
        except LookupError:
            name = declared
        if name not in ("utf-8", "utf_8") and _is_utf8(data) and not data.isascii():
            # strict UTF-8 first: bytes that are valid UTF-8 are not in another charset by chance
            # (koi8-r declared on UTF-8 gave mojibake and 0 tasks); the wrong declaration is recorded
            return data.decode("utf-8"), f"utf-8 (declared {declared}, which the bytes are not in)"
        try:
            return data.decode(name), name  # the declaration, only if it decodes cleanly
        except (LookupError, UnicodeDecodeError):
            text, encoding = decode_text(path, data)  # a wrong declaration is common: what the bytes say
            return text, f"{encoding} (declared {declared}, which the bytes are not in)"
    return decode_text(path, data)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def read_metadata(root: etree._Element) -> tuple[dict[str, str], list[etree._Element]]:
    """Label/value cell pairs of the gov.cn metadata table, and the tables that hold them; then,
    for labels no table gave, a portal's metadata line (「发文字号：…　成文日期：2026-04-15」)."""
    metadata: dict[str, str] = {}
    tables: list[etree._Element] = []
    for table in root.iter("table"):
        found = _label_values(table)
        if len(found) >= MIN_METADATA_LABELS:
            tables.append(table)
            for label, value in found.items():
                if value and label not in metadata:
                    metadata[label] = value
    for label, value in _metadata_line(root).items():
        metadata.setdefault(label, value)
    return metadata, tables


# A portal's metadata line: labels each followed by a colon and a value, the value running to a wide
# space (a full-width space or two spaces) or to the next label.
_LINE_LABEL = "|".join(METADATA_LABELS)
_LINE_FIELD = re.compile(rf"(?P<label>{_LINE_LABEL})\s*[:：]\s*(?P<value>.+?)(?=\u3000|\s{{2,}}|(?:{_LINE_LABEL})\s*[:：]|$)")
METADATA_LINE_MAX = 400  # characters: a longer block is text, not a metadata line


def _metadata_line(root: etree._Element) -> dict[str, str]:
    """The first block outside tables with at least :data:`MIN_METADATA_LABELS` label：value pairs."""
    for el in root.iter("div", "p", "span", "li"):
        if any(_tag(a) == "table" for a in el.iterancestors()):
            continue
        text = _text_content(el).strip()
        if not text or len(text) > METADATA_LINE_MAX:
            continue
        found = {m["label"]: m["value"].strip() for m in _LINE_FIELD.finditer(text)}
        if len(found) >= MIN_METADATA_LABELS:
            return {label: value for label, value in found.items() if value}
    return {}


def _label_values(table: etree._Element) -> dict[str, str]:
    """Each metadata label of ``table`` (first occurrence) with the text of the cell after it."""
    found: dict[str, str] = {}
    for row in _own_rows(table):  # not the rows of tables nested in it: a layout table is no label table
        cells = list(_own_cells(row))
        for label_cell, value_cell in zip(cells, cells[1:]):
            label = _metadata_label(label_cell)
            if label and label not in found:
                found[label] = _collapse(_text_content(value_cell))
    return found


def _metadata_label(cell: etree._Element) -> str | None:
    if cell.find(".//table") is not None:
        return None
    label = _WHITESPACE.sub("", _text_content(cell)).rstrip(_LABEL_PUNCTUATION)
    return label if label in METADATA_LABELS else None


def find_body(root: etree._Element) -> etree._Element:
    """The element holding the notice: a named content container, else the dominant block."""
    body = root.find("body")
    if body is None:
        body = root
    counts = _cjk_counts(body)
    total = counts[body]
    if total == 0:
        return body
    named: list[tuple[int, int, etree._Element]] = []  # (container rank, -CJK count, element)
    for el in counts:
        ranks = [_CONTAINER_RANK[name] for name in _names(el) if name in _CONTAINER_RANK]
        if ranks and counts[el] >= MIN_CONTAINER_SHARE * total:
            named.append((min(ranks), -counts[el], el))
    if named:
        return min(named, key=lambda item: item[:2])[2]
    dominant = [
        (count, el)
        for el, count in counts.items()
        if el.tag in BLOCK_CONTAINER_TAGS and count >= DOMINANT_BLOCK_SHARE * total
    ]
    return min(dominant, key=lambda pair: pair[0])[1] if dominant else body


def _names(el: etree._Element) -> list[str]:
    """The id, the class tokens and the tag (for <article>), lower-case."""
    return [(el.get("id") or "").lower(), *(el.get("class") or "").lower().split(), el.tag]


def _cjk_counts(top: etree._Element) -> dict[etree._Element, int]:
    """Chinese characters inside each element, in one bottom-up pass (document order kept)."""
    elements = [el for el in top.iter() if isinstance(el.tag, str)]
    counts: dict[etree._Element, int] = {}
    for el in reversed(elements):
        counts[el] = _cjk(el.text) + sum(counts.get(child, 0) + _cjk(child.tail) for child in el)
    return {el: counts[el] for el in elements}


def _cjk(text: str | None) -> int:
    return len(_CJK.findall(text)) if text else 0


def _drop_chrome(root: etree._Element) -> None:
    # Comments and PIs the parser kept (no tag name), dropped tags and chrome.
    doomed = [el for el in root.iter() if not _tag(el) or _tag(el) in DROPPED_TAGS or _is_chrome(el)]
    for el in doomed:
        _remove(el)


def _is_chrome(el: etree._Element) -> bool:
    if _HIDDEN.search(el.get("style") or ""):
        return True
    return not CHROME_NAMES.isdisjoint(_names(el))


def _remove(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text (the text after it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    parent.remove(el)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _tag(el: etree._Element) -> str:
    """The tag name, lower-case; "" for a comment or processing instruction."""
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _text_content(el: etree._Element) -> str:
    return "".join(el.itertext())


def _collapse(text: str) -> str:
    return _WHITESPACE.sub(" ", _WRAPPED_CJK.sub("", text)).strip()


class _LineWriter:
    """Walks an element and writes lines: block elements and <br> end the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.pending: list[str] = []

    def lines_of(self, el: etree._Element) -> list[str]:
        self._walk(el, top=True)
        self._end_line()
        return self.lines

    def _end_line(self, keep_empty: bool = False) -> None:
        line = _collapse("".join(self.pending))
        self.pending.clear()
        if line or keep_empty:
            self.lines.append(line)

    def _walk(self, el: etree._Element, top: bool = False) -> None:
        tag = _tag(el)
        if tag == "br":
            self._end_line(keep_empty=True)
        elif tag == "table" and el.find(".//table") is None:  # a layout table is walked as blocks
            self._end_line()
            self.lines.extend(linearise(build_grid(table_rows(el))))
        else:
            block = tag in BLOCK_TAGS
            if block:
                self._end_line()
            if el.text:
                self.pending.append(el.text)
            for child in el:
                self._walk(child)
            if block:
                self._end_line()
        if el.tail and not top:
            self.pending.append(el.tail)


def table_rows(table: etree._Element) -> list[list[Cell]]:
    """The rows of one table (not of tables nested in it), as cells with their paragraphs and spans."""
    return [
        [
            Cell(
                [line for line in _LineWriter().lines_of(cell) if line],
                colspan=_span(cell.get("colspan")),
                rowspan=_span(cell.get("rowspan")),
            )
            for cell in _own_cells(row)
        ]
        for row in _own_rows(table)
    ]


def _own_rows(table: etree._Element):
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            yield child
        elif tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child if _tag(row) == "tr")


def _own_cells(row: etree._Element):
    return (cell for cell in row if _tag(cell) in ("td", "th"))


def _span(value: str | None) -> int:
    """A colspan/rowspan attribute: its leading digits (clamped, see :mod:`pipeline.limits`), else 1."""
    return span_count(value, 1)
