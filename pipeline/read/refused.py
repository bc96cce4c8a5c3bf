"""Formats fengong does not read, recognised by their first bytes and refused with one line that
names the format and how to convert it. The extension breaks ties (an OLE2 file may be a .doc, a
.wps or an .xls).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .document import Reading

FORMAT = "refused"
SUFFIXES = (".doc", ".wps", ".rtf", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp",
            ".xls", ".ppt", ".et", ".dps", ".zip")

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Microsoft's and WPS's old compound file
# Old compound files by extension: what they are and how to convert them. Example: 「x.wps」.
COMPOUND_FILES = {
    ".doc": "a .doc (Word 97–2003) file: save it as .docx or PDF",
    ".wps": "a .wps (WPS Writer) file: save it as .docx or PDF from WPS",
    ".xls": "an .xls (Excel 97–2003) workbook, not a notice: save the notice as .docx or PDF",
    ".et": "an .et (WPS Spreadsheets) workbook, not a notice: save the notice as .docx or PDF",
    ".ppt": "a .ppt (PowerPoint 97–2003) file, not a notice: save it as PDF",
    ".dps": "a .dps (WPS Presentation) file, not a notice: save it as PDF",
}
COMPOUND_DEFAULT = "a Word 97–2003 or WPS document (.doc/.wps): save it as .docx or PDF"
# Magic bytes of other refused formats, with the line that refuses them. Example: 「{\rtf1…」.
SIGNATURES = (
    (b"{\\rtf", "an RTF file: save it as .docx or PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image: fengong reads text, not images (OCR is not supported)"),
    (b"\xff\xd8\xff", "a JPEG image: fengong reads text, not images (OCR is not supported)"),
    (b"GIF8", "a GIF image: fengong reads text, not images (OCR is not supported)"),
    (b"II*\x00", "a TIFF image: fengong reads text, not images (OCR is not supported)"),
    (b"MM\x00*", "a TIFF image: fengong reads text, not images (OCR is not supported)"),
    (b"PK\x03\x04", "a ZIP archive that is neither a Word (.docx) nor an OFD document"),
)


def sniff(data: bytes) -> bool:
    return data.startswith(OLE2) or any(data.startswith(magic) for magic, _ in SIGNATURES) or _is_webp(data) or _is_bmp(data)


def read(path: str | Path, data: bytes) -> Reading:
    raise InputError(path, reason(data, Path(path)))


def reason(data: bytes, path: Path) -> str:
    """The one line that says what the file is and how to make it readable."""
    if data.startswith(b"PK\x03\x04") and path.suffix.lower() == ".docx":
        return "not a Word document: a ZIP archive without word/document.xml"
    if data.startswith(OLE2):
        return COMPOUND_FILES.get(path.suffix.lower(), COMPOUND_DEFAULT)
    if _is_bmp(data):
        return "a BMP image: fengong reads text, not images (OCR is not supported)"
    if _is_webp(data):
        return "a WebP image: fengong reads text, not images (OCR is not supported)"
    return next(line for magic, line in SIGNATURES if data.startswith(magic))


def _is_webp(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def _is_bmp(data: bytes) -> bool:
    return data[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00"  # reserved bytes: never in text
