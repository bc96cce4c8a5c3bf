"""Build test PDFs (reportlab, a CID font: no font file needed) and OFD files (zip + XML by hand).

A page is a list of :class:`Put` (text drawn at x, y in points from the top-left corner) and of
:class:`Rule` (a line drawn from one point to another, for table borders). :func:`lay_out` sets a
notice's lines on A4 pages as a word processor would: wrapped at the text width, an indent for
lines that start with spaces, optional running header and page numbers.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
LEFT, RIGHT, TOP, BOTTOM = 72.0, 523.0, 90.0, 770.0  # the text block
FONT = "STSong-Light"
MM = 25.4 / 72  # millimetres per point (OFD measures in mm)


@dataclass(frozen=True)
class Put:
    x: float
    y: float  # baseline, from the top of the page
    text: str
    size: float = 12.0


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float


def _font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return pdfmetrics


# Chinese TrueType fonts of Debian packages, for PDFs that embed their font as published PDFs do.
TRUETYPE_FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def embed_truetype() -> str | None:
    """Draw and measure with the first Chinese TrueType font found (embedded, subset, in the PDF);
    returns its file, or None (the CID font stays, not embedded)."""
    global FONT
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for path in TRUETYPE_FONTS:
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont("Embedded", path, subfontIndex=0))
            FONT = "Embedded"
            return path
    return None


def width(text: str, size: float = 12.0) -> float:
    return _font().stringWidth(text, FONT, size)


def lay_out(lines: list[str], size: float = 12.0, leading: float = 20.0, header: str | None = None,
            page_numbers: str | None = "- {n} -") -> list[list[Put]]:
    """The notice's lines set on pages: each wrapped at the text width; leading spaces indent by one
    character each; an empty line is skipped space."""
    pages: list[list[Put]] = [[]]
    y = TOP
    for line in lines:
        indent = (len(line) - len(line.lstrip(" "))) * size / 2
        for piece_number, piece in enumerate(_wrap(line.strip(), RIGHT - LEFT - indent, RIGHT - LEFT, size)):
            if y > BOTTOM:
                pages.append([])
                y = TOP
            x = LEFT + (indent if piece_number == 0 else 0)
            if piece:
                pages[-1].append(Put(x, y, piece, size))
            y += leading
        if not line.strip():
            y += leading
    for n, page in enumerate(pages, 1):
        if header:
            page.insert(0, Put(LEFT, 50, header, 10.5))
        if page_numbers:
            label = page_numbers.format(n=n)
            page.append(Put((PAGE_WIDTH - width(label, 10.5)) / 2, 810, label, 10.5))
    return pages


def _wrap(text: str, first_width: float, other_width: float, size: float) -> list[str]:
    pieces, current, limit = [], "", first_width
    for ch in text:
        if current and width(current + ch, size) > limit:
            pieces.append(current)
            current, limit = "", other_width
        current += ch
    return pieces + [current]


def pdf_bytes(pages: list[list[Put | Rule]]) -> bytes:
    from reportlab.pdfgen import canvas

    _font()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    for page in pages:
        for item in page:
            if isinstance(item, Rule):
                pdf.line(item.x0, PAGE_HEIGHT - item.y0, item.x1, PAGE_HEIGHT - item.y1)
            else:
                pdf.setFont(FONT, item.size)
                pdf.drawString(item.x, PAGE_HEIGHT - item.y, item.text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def blank_pdf(pages: int = 1) -> bytes:
    """Pages with a drawing and no text: what a scan looks like to a text extractor."""
    return pdf_bytes([[Rule(100, 100, 300, 300)] for _ in range(pages)])


def table(x: float, y: float, widths: list[float], rows: list[list[str]], size: float = 10.5, height: float = 18.0) -> list[Put | Rule]:
    """A ruled table. A cell's text is wrapped at its width; 「\n」 in it starts a new paragraph."""
    items: list[Put | Rule] = []
    cells = [[[piece for paragraph in cell.split("\n") for piece in _wrap(paragraph, w - 6, w - 6, size) if piece]
              for cell, w in zip(row, widths)] for row in rows]
    right = x + sum(widths)
    top = y
    items.append(Rule(x, top, right, top))
    for row in cells:
        bottom = top + height * max(1, *(len(cell) for cell in row)) + 6
        left = x
        for pieces, cell_width in zip(row, widths):
            for k, piece in enumerate(pieces):
                items.append(Put(left + 3, top + 3 + height * k + size, piece, size))
            left += cell_width
        items.append(Rule(x, bottom, right, bottom))
        top = bottom
    left = x
    for cell_width in [0.0, *widths]:
        left += cell_width
        items.append(Rule(left, y, left, top))
    return items


# ---------------------------------------------------------------- OFD

OFD_NS = "http://www.ofdspec.org/2016"


def ofd_bytes(pages: list[list[Put | Rule]], extra: dict[str, bytes | str] | None = None) -> bytes:
    """An OFD package (GB/T 33190): OFD.xml → Doc_0/Document.xml → Pages/Page_N/Content.xml, each
    Put a TextObject with one TextCode (X, Y and a DeltaX per character, in mm)."""
    files: dict[str, bytes | str] = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
        "<ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": _ofd_document(len(pages)),
        "Doc_0/PublicRes.xml": f'<ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
    }
    for n, page in enumerate(pages):
        files[f"Doc_0/Pages/Page_{n}/Content.xml"] = _ofd_page(page, 100 + n * 1000)
    files.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in files.items():
            package.writestr(name, content)
    return out.getvalue()


def _ofd_document(count: int) -> str:
    pages = "".join(f'<ofd:Page ID="{10 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(count))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>99999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_WIDTH * MM:.3f} {PAGE_HEIGHT * MM:.3f}</ofd:PhysicalBox>'
        "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{pages}</ofd:Pages></ofd:Document>"
    )


def _ofd_page(page: list[Put | Rule], first_id: int) -> str:
    objects = []
    for k, item in enumerate(page):
        if isinstance(item, Rule):
            box = f"{min(item.x0, item.x1) * MM:.3f} {min(item.y0, item.y1) * MM:.3f} {max(abs(item.x1 - item.x0), 0.1) * MM:.3f} {max(abs(item.y1 - item.y0), 0.1) * MM:.3f}"
            objects.append(f'<ofd:PathObject ID="{first_id + k}" Boundary="{box}"><ofd:AbbreviatedData>M 0 0 L 1 1</ofd:AbbreviatedData></ofd:PathObject>')
            continue
        size = item.size * MM
        advances = [width(ch, item.size) * MM for ch in item.text]
        box_w = sum(advances) + size
        top = (item.y - item.size) * MM
        delta = " ".join(f"{a:.3f}" for a in advances[:-1])
        objects.append(
            f'<ofd:TextObject ID="{first_id + k}" Boundary="{item.x * MM:.3f} {top:.3f} {box_w:.3f} {size * 1.4:.3f}" Font="1" Size="{size:.3f}">'
            f'<ofd:TextCode X="0" Y="{size:.3f}"' + (f' DeltaX="{delta}"' if delta else "") + f">{_escape(item.text)}</ofd:TextCode></ofd:TextObject>"
        )
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="{first_id - 1}">'
            + "".join(objects) + "</ofd:Layer></ofd:Content></ofd:Page>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
