"""OFD (GB/T 33190) → lines: TextObjects/TextCodes placed by X/Y/DeltaX, the same layout rules as
PDF, the same contract; the package read with the DOCX limits. OFD files are built here
(tests/docbuild.py)."""

from __future__ import annotations

import io
import zipfile

import pytest

import pipeline.read.archive as archive
from conftest import SEED
from docbuild import Put, lay_out, ofd_bytes, table
from pipeline.errors import InputError
from pipeline.read import read_document
from test_read_pdf import FULL, comparable

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def ofd_text(tmp_path, data: bytes, name: str = "notice.ofd"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_document(path)


def test_text_objects_become_lines_wraps_joined_page_numbers_dropped(tmp_path):
    first = [Put(96, 90, "一、总体要求"), Put(96, 110, "（一）" + FULL[3:]), Put(280, 810, "- 1 -", 10.5)]
    second = [Put(72, 90, "化营商环境。"), Put(96, 110, "牵头单位：市发展改革委"), Put(280, 810, "- 2 -", 10.5)]
    document = ofd_text(tmp_path, ofd_bytes([first, second]))
    assert document.format == "ofd"
    assert document.text.splitlines() == ["一、总体要求", "（一）" + FULL[3:] + "化营商环境。", "牵头单位：市发展改革委"]
    assert document.pages == (0, document.text.index("化营商环境"))


def test_a_ruled_table_is_read_as_task_and_unit_lines_and_continues_on_the_next_page(tmp_path):
    widths = [40, 230, 90, 90]
    first = [Put(72, 90, "重点任务分工表"), *table(72, 110, widths, [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "推行企业开办“一网通办”。", "市市场监管局", "市公安局\n市税务局"],
        ["2", "优化不动产登记流程，压缩办理时间至5个工作日。", "市自然资源局", "市税务局"],
    ])]
    second = [*table(72, 90, widths, [["3", "任务丙。", "市财政局", "市审计局"], ["4", "任务丁。", "市民政局", ""]]),
              Put(72, 200, "本表自印发之日起执行。")]
    assert ofd_text(tmp_path, ofd_bytes([first, second])).text.splitlines() == [
        "重点任务分工表",
        "1.推行企业开办“一网通办”。", "牵头单位：市市场监管局", "配合单位：市公安局、市税务局",
        "2.优化不动产登记流程，压缩办理时间至5个工作日。", "牵头单位：市自然资源局", "配合单位：市税务局",
        "3.任务丙。", "牵头单位：市财政局", "配合单位：市审计局",
        "4.任务丁。", "牵头单位：市民政局",
        "本表自印发之日起执行。",
    ]


def page(content: str) -> str:
    return f'<ofd:Page {NS}><ofd:Content><ofd:Layer ID="1">{content}</ofd:Layer></ofd:Content></ofd:Page>'


def test_one_character_per_text_code_repeated_delta_x_and_any_content_order(tmp_path):
    # Many writers place each character in a TextObject of its own; 「g 3 4.2」 is 4.2 three times.
    # The content lists the second line first and the first line's characters backwards.
    singles = "".join(reversed([
        f'<ofd:TextObject ID="{10 + i}" Boundary="{25 + 4.2 * i:.1f} 30 5 5" Font="1" Size="4.2"><ofd:TextCode X="0" Y="4.2">{ch}</ofd:TextCode></ofd:TextObject>'
        for i, ch in enumerate("一、总体要求")
    ]))
    run = '<ofd:TextObject ID="30" Boundary="25 40 60 5" Font="1" Size="4.2"><ofd:TextCode X="0" Y="4.2" DeltaX="g 3 4.2">责任单位</ofd:TextCode>' \
          '<ofd:TextCode X="16.8" Y="4.2" DeltaX="4.2 4.2 4.2 4.2">：市教育局</ofd:TextCode></ofd:TextObject>'
    data = ofd_bytes([[]], extra={"Doc_0/Pages/Page_0/Content.xml": page(run + singles)})
    assert ofd_text(tmp_path, data).text.splitlines() == ["一、总体要求", "责任单位：市教育局"]


@pytest.fixture(scope="module")
def seed_ofd(tmp_path_factory):
    from pipeline.stages import extract

    path = tmp_path_factory.mktemp("ofd") / "yingkou.ofd"
    path.write_bytes(ofd_bytes(lay_out(SEED.read_text(encoding="utf-8").splitlines(), header="营口市人民政府文件")))
    return extract(path)


def test_the_reference_notice_as_ofd_gives_what_the_text_gives(seed, seed_ofd):
    assert seed_ofd.source.format == "ofd"
    assert len(seed_ofd.source.pages) == 39
    assert comparable(seed_ofd) == comparable(seed)
    for task in seed_ofd.tasks:
        assert seed_ofd.source.text[task.span.start : task.span.end] == task.text


XXE_PAGE = ('<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'
            + page('<ofd:TextObject ID="9" Boundary="0 0 50 5" Size="4"><ofd:TextCode X="0" Y="4">&secret;</ofd:TextCode></ofd:TextObject>'))


def _zip(members: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in members.items():
            package.writestr(name, content)
    return out.getvalue()


REFUSALS = [
    ("doctype", ofd_bytes([[]], extra={"Doc_0/Pages/Page_0/Content.xml": XXE_PAGE}),
     "Doc_0/Pages/Page_0/Content.xml declares a DOCTYPE, which an OFD writer never writes; refused"),
    ("no_doc_root", ofd_bytes([[]], extra={"OFD.xml": f"<ofd:OFD {NS}><ofd:DocBody/></ofd:OFD>"}),
     "not an OFD document: OFD.xml names no DocRoot"),
    ("missing_page", ofd_bytes([[Put(72, 90, "一、总体要求")]], extra={"Doc_0/Document.xml": f'<ofd:Document {NS}><ofd:Pages>'
     '<ofd:Page ID="1" BaseLoc="Pages/Page_7/Content.xml"/></ofd:Pages></ofd:Document>'}),
     "not an OFD document: no Doc_0/Pages/Page_7/Content.xml in the archive"),
    ("no_text", ofd_bytes([[], []]), "an OFD without text (a scan?): OCR is not supported"),
    ("zip_bomb", ofd_bytes([[]], extra={"Doc_0/Pages/Page_0/Content.xml": page(" " * 3_000_000)}),
     "Doc_0/Pages/Page_0/Content.xml inflates more than 200× (a zip bomb?); refused"),
]


@pytest.mark.parametrize("data, message", [case[1:] for case in REFUSALS], ids=[case[0] for case in REFUSALS])
def test_refused(tmp_path, data, message):
    path = tmp_path / "bad.ofd"
    path.write_bytes(data)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: {message}"


def test_too_many_members_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBERS", 5)
    data = ofd_bytes([[Put(72, 90, "一、总体要求")]] * 4)  # OFD.xml, Document.xml, PublicRes.xml and 4 pages
    path = tmp_path / "many.ofd"
    path.write_bytes(data)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: .ofd archive has more than 5 members; refused"
