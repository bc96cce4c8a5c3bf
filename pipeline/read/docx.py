"""Word (.docx) files → the notice as clean lines, with zipfile + lxml only.

word/document.xml is read in document order: a paragraph (w:p) is a line, a soft break (w:br,
w:cr) starts a new one, a tab (w:tab) is one space; tables (w:tbl) go through
:mod:`pipeline.tables` with their gridSpan/vMerge merges. The XML is parsed without resolving
entities or touching the network, and a document.xml that declares a DOCTYPE is refused outright:
Word never writes one, so it can only be a crafted file.
"""

from __future__ import annotations

from .. import rx as re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..limits import span_count
from .archive import open_zip, parse_part as parse_package_part, parse_xml, read_part
from .document import Reading
from .numbering import Numbering
from .tables import Cell, build_grid, linearise, tidy_lines

if TYPE_CHECKING:  # lxml is imported when a document is parsed (archive.parse_xml)
    from lxml import etree

FORMAT = "docx"
SUFFIXES = (".docx",)
DOCUMENT_PART = "word/document.xml"
NUMBERING_PART = "word/numbering.xml"
STYLES_PART = "word/styles.xml"
# Far above any real notice (a 300-page report is a few MB) and bounded so a zip bomb is refused.
MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Subtrees whose text is not the paragraph's own: properties, deleted text, field codes,
# text boxes (their own paragraphs), and the duplicate fallback of alternate content.
SKIPPED_IN_PARAGRAPH = frozenset({W + "pPr", W + "rPr", W + "del", W + "delText", W + "instrText",
                                  W + "txbxContent", MC + "Fallback"})
LINE_BREAKS = frozenset({W + "br", W + "cr"})
# Wrappers whose children are block content in document order (content controls, tracked moves).
BLOCK_WRAPPERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo", W + "smartTag"})

_WHITESPACE = re.compile(r"\s+")


def sniff(data: bytes) -> bool:
    """A ZIP archive whose members live under word/."""
    return data[:4] == b"PK\x03\x04" and b"word/" in data


def read(path: str | Path, data: bytes) -> Reading:
    text, encoding, metadata = docx_to_text(path, data)
    return Reading(text, encoding, metadata)


def docx_to_text(path: str | Path, data: bytes) -> tuple[str, str, dict[str, str]]:
    """The notice's lines, "utf-8" (the XML's encoding) and no metadata."""
    root, numbering = _document_root(path, data)
    body = root.find(W + "body")
    if body is None:
        raise InputError(path, f"not a Word document: {DOCUMENT_PART} has no w:body")
    lines = tidy_lines(_block_lines(body, numbering))
    if not lines:
        raise InputError(path, "Word document has no text")
    return "\n".join(lines) + "\n", "utf-8", {}


def _document_root(path: str | Path, data: bytes) -> tuple[etree._Element, Numbering]:
    """document.xml's root, and the numbering of its lists (from numbering.xml and styles.xml)."""
    with open_zip(path, data, ".docx") as package:
        xml = read_part(path, package, DOCUMENT_PART, "Word", MAX_DOCUMENT_XML_BYTES)
        names = set(package.namelist())
        parts = {
            name: parse_package_part(path, read_part(path, package, name, "Word", MAX_DOCUMENT_XML_BYTES), name, "Word")
            for name in (NUMBERING_PART, STYLES_PART)
            if name in names
        }
    return parse_package_part(path, xml, DOCUMENT_PART, "Word"), Numbering(parts.get(NUMBERING_PART), parts.get(STYLES_PART))


def parse_part(path: str | Path, xml: bytes, name: str = DOCUMENT_PART) -> etree._Element:
    """Parse the XML of a package part: no entity is resolved, no DTD loaded, no network touched."""
    return parse_xml(path, xml, name)


def _block_lines(container: etree._Element, numbering: Numbering) -> list[str]:
    """Lines of paragraphs and tables directly in ``container`` (a body or a table cell), in order."""
    lines: list[str] = []
    for child in container:
        if child.tag == W + "p":
            lines.extend(paragraph_lines(child, numbering))
        elif child.tag == W + "tbl":
            lines.extend(linearise(build_grid(table_rows(child, numbering))))
        elif child.tag in BLOCK_WRAPPERS:
            lines.extend(_block_lines(child, numbering))
    return lines


def paragraph_lines(paragraph: etree._Element, numbering: Numbering | None = None) -> list[str]:
    """A paragraph's text: one line, or several when soft breaks split it; an empty paragraph is "".
    An automatically numbered paragraph starts with its label as Word shows it (「一、」, 「1.」)."""
    label, separator = numbering.label(paragraph) if numbering is not None else ("", "")
    pieces: list[list[str]] = [[label]]

    def walk(el: etree._Element) -> None:
        for child in el:
            tag = child.tag
            if tag in SKIPPED_IN_PARAGRAPH or not isinstance(tag, str):
                continue
            if tag == W + "t":
                pieces[-1].append(child.text or "")
            elif tag == W + "tab":
                pieces[-1].append(" ")
            elif tag in LINE_BREAKS:
                pieces.append([])
            else:
                walk(child)

    walk(paragraph)
    if label and len(pieces[0]) > 1 and label[-1].isascii() and label[-1].isalnum():
        pieces[0].insert(1, separator)  # 「1 text」; after 「一、」 or 「（一）」 Word's tab is no character of the text
    return [_WHITESPACE.sub(" ", "".join(piece)).strip() for piece in pieces]


def table_rows(table: etree._Element, numbering: Numbering | None = None) -> list[list[Cell]]:
    """Rows of cells with their gridSpan and vMerge; w:gridBefore leaves empty columns at the start."""
    rows = []
    for row in _children(table, W + "tr"):
        cells = [Cell() for _ in range(_int_val(row.find(f"{W}trPr/{W}gridBefore"), 0))]
        for cell in _children(row, W + "tc"):
            span = _int_val(cell.find(f"{W}tcPr/{W}gridSpan"), 1)
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            continues = merge is not None and merge.get(W + "val", "continue") == "continue"
            paragraphs = [line for line in _block_lines(cell, numbering or Numbering()) if line]
            cells.append(Cell(paragraphs, colspan=span, continues_above=continues))
        rows.append(cells)
    return rows


def _children(el: etree._Element, tag: str):
    """Children with ``tag``, looking through content-control wrappers (w:sdt) around them."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in BLOCK_WRAPPERS:
            yield from _children(child, tag)


def _int_val(el: etree._Element | None, default: int) -> int:
    value = el.get(W + "val") if el is not None else None
    return span_count(value, default)  # ASCII digits only, clamped (「²」 or 5,000 digits are no crash)

