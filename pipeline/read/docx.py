"""Word (.docx) files → the notice as clean lines, with zipfile + lxml only.

word/document.xml is read in document order: a paragraph (w:p) is a line, a soft break (w:br,
w:cr) starts a new one, a tab (w:tab) is one space; tables (w:tbl) go through
:mod:`pipeline.tables` with their gridSpan/vMerge merges. The XML is parsed without resolving
entities or touching the network, and a document.xml that declares a DOCTYPE is refused outright:
Word never writes one, so it can only be a crafted file.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..limits import span_count
from .tables import Cell, build_grid, linearise, tidy_lines

DOCUMENT_PART = "word/document.xml"
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


def docx_to_text(path: str | Path, data: bytes) -> tuple[str, str, dict[str, str]]:
    """The notice's lines, "utf-8" (the XML's encoding) and no metadata."""
    root = _document_root(path, data)
    body = root.find(W + "body")
    if body is None:
        raise InputError(path, f"not a Word document: {DOCUMENT_PART} has no w:body")
    lines = tidy_lines(_block_lines(body))
    if not lines:
        raise InputError(path, "Word document has no text")
    return "\n".join(lines) + "\n", "utf-8", {}


def _document_root(path: str | Path, data: bytes) -> etree._Element:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise InputError(path, "not a valid .docx: the file is not a readable ZIP archive") from None
    with archive:
        try:
            info = archive.getinfo(DOCUMENT_PART)
        except KeyError:
            raise InputError(path, f"not a Word document: no {DOCUMENT_PART} in the archive") from None
        limit = MAX_DOCUMENT_XML_BYTES
        too_large = f"{DOCUMENT_PART} too large when uncompressed (the limit is {limit // 2**20} MiB)"
        if info.file_size > limit:
            raise InputError(path, too_large)
        try:
            with archive.open(info) as member:
                xml = member.read(limit + 1)  # the size in the header can lie: read no further
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error) as err:
            # ValueError: a local header offset that points before the archive (a damaged ZIP)
            raise InputError(path, f"cannot read {DOCUMENT_PART} from the archive: {err}") from None
        if len(xml) > limit:
            raise InputError(path, too_large)
    root = parse_part(path, xml)
    if root.getroottree().docinfo.doctype:
        raise InputError(path, f"{DOCUMENT_PART} declares a DOCTYPE, which Word never writes; refused")
    return root


def parse_part(path: str | Path, xml: bytes) -> etree._Element:
    """Parse the XML of a package part: no entity is resolved, no DTD loaded, no network touched."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as err:
        line = err.position[0] if err.position else None
        raise InputError(path, f"malformed XML in {DOCUMENT_PART}" + (f" (line {line})" if line else "")) from None


def _block_lines(container: etree._Element) -> list[str]:
    """Lines of paragraphs and tables directly in ``container`` (a body or a table cell), in order."""
    lines: list[str] = []
    for child in container:
        if child.tag == W + "p":
            lines.extend(paragraph_lines(child))
        elif child.tag == W + "tbl":
            lines.extend(linearise(build_grid(table_rows(child))))
        elif child.tag in BLOCK_WRAPPERS:
            lines.extend(_block_lines(child))
    return lines


def paragraph_lines(paragraph: etree._Element) -> list[str]:
    """A paragraph's text: one line, or several when soft breaks split it; an empty paragraph is ""."""
    pieces: list[list[str]] = [[]]

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
    return [_WHITESPACE.sub(" ", "".join(piece)).strip() for piece in pieces]


def table_rows(table: etree._Element) -> list[list[Cell]]:
    """Rows of cells with their gridSpan and vMerge; w:gridBefore leaves empty columns at the start."""
    rows = []
    for row in _children(table, W + "tr"):
        cells = [Cell() for _ in range(_int_val(row.find(f"{W}trPr/{W}gridBefore"), 0))]
        for cell in _children(row, W + "tc"):
            span = _int_val(cell.find(f"{W}tcPr/{W}gridSpan"), 1)
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            continues = merge is not None and merge.get(W + "val", "continue") == "continue"
            paragraphs = [line for line in _block_lines(cell) if line]
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

