"""OFD notices (GB/T 33190, China's format for official electronic documents) → the notice as lines.

An OFD file is a ZIP package of XML parts, read through :mod:`.archive` with the same limits as a
DOCX (no entities, no network, bounded sizes, member count and compression ratio):
OFD.xml names the document root (DocBody/DocRoot, e.g. Doc_0/Document.xml), whose Pages list each
page's Content.xml (Page/@BaseLoc). A page's text is in TextObject elements (Boundary "x y w h" in
mm, Size the font size), each holding TextCode runs placed at X/Y in the object, one character
after another DeltaX apart ("g 3 5.2" repeats 5.2 three times). Runs on one baseline make a line,
lines go top to bottom whatever the order of the content (single-column pages, as notices are);
:mod:`.layout` then joins visual wraps and drops running headers and page numbers, as for PDF.
Ruled tables (thin PathObjects as lines) are found with pdfplumber's edge and cell functions and
read like PDF tables (:mod:`.pdf_tables`); a table drawn otherwise comes out as lines of its cells
separated by spaces.
"""

from __future__ import annotations

import posixpath
from .. import rx as re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .archive import open_zip, parse_part, read_part
from .document import Reading

if TYPE_CHECKING:  # lxml is imported when a document is parsed (archive.parse_xml); the layout when one is read
    from lxml import etree

    from .layout import TextLine

FORMAT = "ofd"
SUFFIXES = (".ofd",)
KIND = "OFD"
ROOT_PART = "OFD.xml"
MAX_PAGES = 2000
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
WORD_GAP = 0.5  # characters: a wider gap between runs on one baseline is written as a space
MIN_TABLE_RULES = 4  # a page with fewer PathObjects draws no table


def sniff(data: bytes) -> bool:
    """A ZIP archive with an OFD.xml member."""
    return data[:4] == b"PK\x03\x04" and ROOT_PART.encode() in data


@dataclass
class _Run:
    text: str
    x0: float
    x1: float
    baseline: float
    size: float


def read(path: str | Path, data: bytes) -> Reading:
    from .layout import assemble

    with open_zip(path, data, ".ofd") as package:
        names = {name.lstrip("/"): name for name in package.namelist()}

        def part(name: str) -> etree._Element:
            name = posixpath.normpath(name.lstrip("/"))
            if name not in names:
                raise InputError(path, f"not an OFD document: no {name} in the archive")
            return parse_part(path, read_part(path, package, names[name], KIND), name, "an OFD writer")

        document_name = _document_name(path, part(ROOT_PART))
        page_names = _page_names(path, part(document_name), posixpath.dirname(document_name))
        pages = _page_lines([part(name) for name in page_names])
    if not any(pages):
        raise InputError(path, "an OFD without text (a scan?): OCR is not supported")
    text, starts = assemble(pages)
    return Reading(text, "utf-8", {}, starts)


def _local(el: etree._Element) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""  # 「{namespace}name」 → name


def _find(root: etree._Element, *names: str) -> list[etree._Element]:
    """Descendants with these local names (OFD writers differ in their namespace prefixes)."""
    return [el for el in root.iter() if _local(el) in names]


def _document_name(path: str | Path, root: etree._Element) -> str:
    found = _find(root, "DocRoot")
    if not found or not (found[0].text or "").strip():
        raise InputError(path, "not an OFD document: OFD.xml names no DocRoot")
    return found[0].text.strip()


def _page_names(path: str | Path, document: etree._Element, base: str) -> list[str]:
    pages = [el.get("BaseLoc", "") for el in _find(document, "Page") if el.get("BaseLoc")]
    if len(pages) > MAX_PAGES:
        raise InputError(path, f"OFD has {len(pages)} pages (the limit is {MAX_PAGES})")
    return [location if location.startswith("/") else posixpath.join(base, location) for location in pages]


def _numbers(value: str | None) -> list[float]:
    return [float(n) for n in _NUMBER.findall(value or "")]


def _deltas(value: str | None) -> list[float]:
    """DeltaX/DeltaY: numbers, where 「g N d」 stands for d repeated N times."""
    tokens = (value or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out


def _page_lines(roots: list[etree._Element]) -> list[list[TextLine]]:
    """Each page's lines; ruled tables (thin PathObjects) read as task and unit lines in their place,
    a table's header carried to a table continued on the next page."""
    pages = []
    carried = None
    for root in roots:
        runs = _runs(root)
        lines = _lines(runs)
        rules = [_box(obj.get("Boundary")) for obj in _find(root, "PathObject")]
        if len(rules) >= MIN_TABLE_RULES:
            from .pdf_tables import place_tables, ruled_tables

            tables = ruled_tables([rule for rule in rules if rule])
            lines, carried = place_tables(lines, tables, lambda box: _lines([r for r in runs if _within(r, box)]), carried)
        pages.append(lines)
    return pages


def _box(boundary: str | None) -> tuple[float, float, float, float] | None:
    numbers = _numbers(boundary)
    if len(numbers) < 4:
        return None
    x, y, w, h = numbers[:4]
    return x, y, x + w, y + h


def _within(run: _Run, box: tuple[float, float, float, float]) -> bool:
    middle_x, middle_y = (run.x0 + run.x1) / 2, run.baseline - run.size / 2
    return box[0] <= middle_x <= box[2] and box[1] <= middle_y <= box[3]


def _runs(page: etree._Element) -> list[_Run]:
    """Every TextCode of the page in content order, placed on the page (mm, y downwards)."""
    runs = []
    for obj in _find(page, "TextObject"):
        left, top = (_numbers(obj.get("Boundary")) + [0.0, 0.0])[:2]
        size = float(obj.get("Size") or 3.5)
        x = y = 0.0
        for code in (child for child in obj if _local(child) == "TextCode"):
            text = code.text or ""
            x = float(code.get("X", x))
            y = float(code.get("Y", y))
            advances = _deltas(code.get("DeltaX"))[: max(len(text) - 1, 0)]
            last = size if text and ord(text[-1]) > 0x2000 else size / 2
            if text.strip():
                runs.append(_Run(text, left + x, left + x + sum(advances) + last, top + y, size))
            x += sum(advances) + last
    return runs


def _lines(runs: list[_Run]) -> list[TextLine]:
    """Runs in reading order, whatever their order in the page's content: top to bottom, runs whose
    baselines lie within half a character of each other make one line, left to right."""
    rows: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: r.baseline):
        if rows and run.baseline - rows[-1][0].baseline < rows[-1][0].size / 2:
            rows[-1].append(run)
        else:
            rows.append([run])
    return [_line(_joined(sorted(row, key=lambda r: r.x0))) for row in rows]


def _joined(row: list[_Run]) -> _Run:
    """One run of a row's runs: nothing between touching runs, a space across a wider gap."""
    current = row[0]
    for run in row[1:]:
        gap = " " if run.x0 - current.x1 > WORD_GAP * run.size else ""
        current = _Run(current.text + gap + run.text, current.x0, run.x1, current.baseline, current.size)
    return current


def _line(run: _Run) -> TextLine:
    from .layout import TextLine

    return TextLine(run.text, run.x0, run.x1, run.baseline - run.size, run.baseline)
