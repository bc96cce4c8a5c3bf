"""PDF notices with a text layer → the notice as lines (pypdfium2 for text, pdfplumber for tables).

pypdfium2 gives each page's text in content order with its line breaks, and the box of every
character; :mod:`.layout` re-joins visual wraps and drops running headers, footers and page
numbers. A page that draws lines (ruled tables) is also opened with pdfplumber, whose table finder
gives the cells; a table is read like an HTML or DOCX table (:mod:`.tables`) and its lines take the
place of the text inside it. A PDF without a text layer (a scan) is refused: OCR is not supported.
PyMuPDF is not used (its licence does not fit).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .document import Reading

if TYPE_CHECKING:  # the layout is imported when a PDF is read: a text notice, which only sniffs, never needs it
    from .layout import TextLine

FORMAT = "pdf"
SUFFIXES = (".pdf",)
MAX_PAGES = 2000
# A page drawing at least this many path objects (ruling lines, cell borders) may hold a table.
MIN_TABLE_PATHS = 4
NO_TEXT_LAYER = "a PDF without a text layer (a scan?): OCR is not supported; a PDF with selectable text is needed"


def sniff(data: bytes) -> bool:
    """「%PDF-」 near the start (some writers put a few bytes before it)."""
    return b"%PDF-" in data[:1024]


def read(path: str | Path, data: bytes) -> Reading:
    import pypdfium2 as pdfium

    from .layout import assemble

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        problem = "encrypted PDF (a password is needed)" if "password" in str(err).lower() else f"unreadable PDF ({err})"
        raise InputError(path, problem) from None
    try:
        pages = _pages(path, data, document)
    except pdfium.PdfiumError as err:
        raise InputError(path, f"unreadable PDF ({err})") from None
    finally:
        document.close()
    if not any(line.text.strip() for page in pages for line in page):
        raise InputError(path, NO_TEXT_LAYER)
    text, starts = assemble(pages)
    return Reading(text, "utf-8", {}, starts)


def _pages(path: str | Path, data: bytes, document) -> list[list[TextLine]]:
    if len(document) > MAX_PAGES:
        raise InputError(path, f"PDF has {len(document)} pages (the limit is {MAX_PAGES})")
    tables = _TableReader(data)
    pages = []
    try:
        for index in range(len(document)):
            page = document[index]
            height = page.get_height()
            lines = page_lines(page.get_textpage(), height)
            if _draws_lines(page):
                lines = tables.merge(index, lines)
            pages.append(lines)
            page.close()
    finally:
        tables.close()
    return pages


def page_lines(textpage, height: float) -> list[TextLine]:
    """The page's lines as pdfium breaks them, each with the box of its first and last character."""
    from .layout import TextLine

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: indexes no longer match, ask character by character
        text = "".join(textpage.get_text_range(i, 1) or " " for i in range(count))
    lines = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        stripped = piece.rstrip("\r ")
        first = start + (len(stripped) - len(stripped.lstrip()))
        last = start + len(stripped) - 1
        if stripped.strip():
            left, bottom, _, top = textpage.get_charbox(first, loose=True)
            _, _, right, _ = textpage.get_charbox(last, loose=True)
            lines.append(TextLine(stripped.strip(), left, right, height - top, height - bottom))
        start = end + 1
    return lines


def _draws_lines(page) -> bool:
    """At least MIN_TABLE_PATHS path objects at the top level of the page (pdfium's raw API: the
    object wrappers cost more than the whole text of a page)."""
    import pypdfium2.raw as pdfium_c

    raw = page.raw
    paths = 0
    for index in range(pdfium_c.FPDFPage_CountObjects(raw)):
        if pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw, index)) == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= MIN_TABLE_PATHS:
                return True
    return False


class _TableReader:
    """pdfplumber, opened on the first page that may hold a table; it carries a table's header row
    over to the next page."""

    def __init__(self, data: bytes):
        self._data = data
        self._pdf = None
        self._header = None  # the last table's header row, for a table continued on the next page

    def merge(self, index: int, lines: list[TextLine]) -> list[TextLine]:
        from .pdf_tables import merge_tables

        try:
            if self._pdf is None:
                import io

                import pdfplumber

                self._pdf = pdfplumber.open(io.BytesIO(self._data))
            lines, self._header = merge_tables(self._pdf.pages[index], lines, self._header)
        except Exception:  # noqa: BLE001 - pdfminer's many parse errors: the page keeps pdfium's lines
            self._header = None
        return lines

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
