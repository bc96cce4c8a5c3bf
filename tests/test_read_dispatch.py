"""The read stage's one interface: each format's reader chosen by content, the extension breaking
ties; formats we do not read refused with one line that says how to convert them."""

from __future__ import annotations

import pytest

from pipeline.errors import InputError
from pipeline.read import READERS, read_document, reader_for
from pipeline.read.refused import OLE2

PAGE = "<html><body><div class=\"content\"><p>一、总体要求</p><p>牵头单位：市发展改革委</p></div></body></html>"


def test_every_reader_has_the_interface():
    for reader in READERS:
        assert isinstance(reader.FORMAT, str) and reader.SUFFIXES and all(s.startswith(".") for s in reader.SUFFIXES)
        assert callable(reader.sniff) and callable(reader.read)
    assert [reader.FORMAT for reader in READERS] == ["pdf", "ofd", "docx", "refused", "html", "text"]
    from pipeline.commands.extract import INPUT_SUFFIXES

    assert INPUT_SUFFIXES == tuple(suffix for reader in READERS if reader.FORMAT != "refused" for suffix in reader.SUFFIXES)


@pytest.mark.parametrize("name, content", [
    ("page.shtml", PAGE),
    ("page.xhtml", '<?xml version="1.0" encoding="UTF-8"?>\n' + PAGE.replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')),
    ("page.txt", PAGE),  # the content says HTML: the extension does not overrule it
    ("page", PAGE),
])
def test_pages_are_read_as_html_whatever_their_name(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    document = read_document(path)
    assert (document.format, document.text) == ("html", "一、总体要求\n牵头单位：市发展改革委\n")


REFUSED = [
    ("old.doc", OLE2 + b"\x00" * 600, "a .doc (Word 97–2003) file: save it as .docx or PDF"),
    ("old.wps", OLE2 + b"\x00" * 600, "a .wps (WPS Writer) file: save it as .docx or PDF from WPS"),
    ("old.xls", OLE2 + b"\x00" * 600, "an .xls (Excel 97–2003) workbook, not a notice: save the notice as .docx or PDF"),
    ("attachment", OLE2 + b"\x00" * 600, "a Word 97–2003 or WPS document (.doc/.wps): save it as .docx or PDF"),
    ("notice.rtf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "an RTF file: save it as .docx or PDF"),
    ("scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image: fengong reads text, not images (OCR is not supported)"),
    ("scan.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "a JPEG image: fengong reads text, not images (OCR is not supported)"),
    ("scan.tif", b"II*\x00" + b"\x00" * 64, "a TIFF image: fengong reads text, not images (OCR is not supported)"),
    ("files.zip", b"PK\x03\x04" + b"\x00" * 64, "a ZIP archive that is neither a Word (.docx) nor an OFD document"),
]


@pytest.mark.parametrize("name, data, message", REFUSED, ids=[case[0] for case in REFUSED])
def test_formats_we_do_not_read_are_refused_with_how_to_convert_them(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: {message}"


def test_text_that_starts_like_a_bmp_header_is_still_text(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("BMW一、总体要求\n牵头单位：市发展改革委\n", encoding="utf-8")
    assert read_document(path).format == "text"


def test_the_extension_breaks_a_tie(tmp_path):
    from pathlib import Path

    from pipeline.read import docx, ofd

    both = b"PK\x03\x04 word/document.xml OFD.xml"  # a ZIP whose first bytes name both formats' parts
    assert reader_for(both, Path("x.docx")) is docx
    assert reader_for(both, Path("x.ofd")) is ofd
    assert reader_for(both, Path("x")) is ofd  # no extension: the first in READERS
