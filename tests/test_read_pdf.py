"""PDF → lines: a CID font's Chinese text, wraps re-joined, running heads and page numbers dropped,
ruled tables as task/unit lines, pages of every record; a scan refused; the reference notice as PDF
gives what its text file gives. The PDFs are built here with reportlab (tests/docbuild.py)."""

from __future__ import annotations

import pytest

from conftest import SEED
from docbuild import LEFT, RIGHT, Put, blank_pdf, lay_out, pdf_bytes, table, width
from pipeline.errors import InputError
from pipeline.read import read_document
from pipeline.read.pdf import NO_TEXT_LAYER

# A line that fills the text block at 12 pt: 37 characters of 12 pt fit in 451 pt.
FULL = "推进政务服务标准化规范化便利化建设全面推行一网通办和一次办好改革持续深入优"
assert width(FULL) <= RIGHT - LEFT < width(FULL + "化")


def pdf_text(tmp_path, pages, name="notice.pdf"):
    path = tmp_path / name
    path.write_bytes(pdf_bytes(pages))
    return read_document(path)


def test_cid_font_text_is_read_as_written(tmp_path):
    document = pdf_text(tmp_path, [[Put(72, 90, "关于印发重点任务分工方案的通知"), Put(96, 120, "一、优化营商环境（2024年）"),
                                    Put(96, 140, "牵头单位：市发展改革委、市市场监管局")]])
    assert document.format == "pdf"
    assert document.text.splitlines() == ["关于印发重点任务分工方案的通知", "一、优化营商环境（2024年）", "牵头单位：市发展改革委、市市场监管局"]
    assert document.pages == (0,)


def test_wraps_are_joined_and_headings_unit_lines_and_indents_are_not(tmp_path):
    page = [
        Put(96, 90, "一、总体要求"),
        Put(96, 110, "（一）" + FULL[3:]),  # fills the width: runs on
        Put(72, 130, "化营商环境。"),
        Put(96, 150, FULL[:-1] + "。"),  # fills the width, ends a sentence; the next line is indented
        Put(96, 170, "责任单位：市政务服务局"),
        Put(72, 190, FULL),  # fills the width, but the next line opens a unit line
        Put(72, 210, "配合单位：市财政局"),
    ]
    assert pdf_text(tmp_path, [page]).text.splitlines() == [
        "一、总体要求",
        "（一）" + FULL[3:] + "化营商环境。",
        FULL[:-1] + "。",
        "责任单位：市政务服务局",
        FULL,
        "配合单位：市财政局",
    ]


def test_a_task_across_two_pages_with_running_heads_and_page_numbers(tmp_path):
    head = "营口市人民政府文件"
    first = [Put(72, 50, head, 10.5), Put(96, 90, "1.劳动年龄人口平均受教育年限达到11.2年。"), Put(96, 110, "2." + FULL[2:]),
             Put(280, 810, "- 1 -", 10.5)]
    second = [Put(72, 50, head, 10.5), Put(72, 90, "续提升。"), Put(96, 110, "责任单位：市教育局"), Put(270, 810, "第2页 共2页", 10.5)]
    document = pdf_text(tmp_path, [first, second])
    assert document.text.splitlines() == ["1.劳动年龄人口平均受教育年限达到11.2年。", "2." + FULL[2:] + "续提升。", "责任单位：市教育局"]
    assert document.pages == (0, document.text.index("续提升"))


@pytest.mark.parametrize("text, is_number", [
    ("- 3 -", True), ("—12—", True), ("·3·", True), ("第3页", True), ("第 3 页 共 10 页", True), ("3/10", True), ("27", True),
    ("3.", False), ("第3条", False), ("2020年", False), ("- 3", False),
])
def test_page_number_forms(text, is_number):
    from pipeline.read.layout import PAGE_NUMBER

    assert bool(PAGE_NUMBER.fullmatch(text)) is is_number


def test_a_ruled_table_is_read_as_task_and_unit_lines(tmp_path):
    page = [Put(72, 90, "重点任务分工表"), *table(72, 110, [40, 230, 90, 90], [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "推行企业开办“一网通办”。", "市市场监管局", "市公安局\n市税务局"],
        ["2", "优化不动产登记流程，压缩办理时间至5个工作日。", "市自然资源局", "市税务局"],
    ]), Put(72, 300, "本表自印发之日起执行。")]
    assert pdf_text(tmp_path, [page]).text.splitlines() == [
        "重点任务分工表",
        "1.推行企业开办“一网通办”。",
        "牵头单位：市市场监管局",
        "配合单位：市公安局、市税务局",
        "2.优化不动产登记流程，压缩办理时间至5个工作日。",
        "牵头单位：市自然资源局",
        "配合单位：市税务局",
        "本表自印发之日起执行。",
    ]


def test_a_table_continued_on_the_next_page_keeps_its_header(tmp_path):
    widths = [40, 300, 110]
    first = [Put(72, 90, "重点任务分工表"), *table(72, 110, widths, [["序号", "重点任务", "责任单位"], ["1", "任务甲。", "市教育局"]])]
    second = table(72, 90, widths, [["2", "任务乙。", "市民政局"], ["3", "任务丙。", "市财政局"]])
    assert pdf_text(tmp_path, [first, second]).text.splitlines() == [
        "重点任务分工表", "1.任务甲。", "责任单位：市教育局", "2.任务乙。", "责任单位：市民政局", "3.任务丙。", "责任单位：市财政局",
    ]


def test_a_scan_without_a_text_layer_is_refused(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(blank_pdf(2))
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: {NO_TEXT_LAYER}"


def test_a_pdf_that_needs_a_password_is_refused(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    locked = canvas.Canvas(str(path), encrypt="secret")
    locked.drawString(72, 700, "notice")
    locked.save()
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: encrypted PDF (a password is needed)"


def test_a_broken_pdf_is_one_line(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value).startswith(f"{path}: unreadable PDF")


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory):
    from pipeline.stages import extract

    path = tmp_path_factory.mktemp("pdf") / "yingkou.pdf"
    path.write_bytes(pdf_bytes(lay_out(SEED.read_text(encoding="utf-8").splitlines(), header="营口市人民政府文件")))
    return extract(path)


def without_spans(value):
    if isinstance(value, dict):
        return {key: without_spans(item) for key, item in value.items() if not key.endswith("span")}
    if isinstance(value, list):
        return [without_spans(item) for item in value]
    if isinstance(value, str) and "\n" in value:  # a text of several lines: a PDF keeps no indentation
        return "\n".join(line.strip() for line in value.splitlines())
    return value


def comparable(extraction):
    """What a notice says, whatever its format: its sections, tasks (with assignments), targets and
    units, everything but spans (offsets into a different text) and the indentation of the lines
    of a text of several lines (a PDF has no leading spaces)."""
    from pipeline.records import to_plain

    plain = to_plain(extraction)
    return without_spans({key: plain[key] for key in ("notice", "sections", "tasks", "targets", "units")})


def test_the_reference_notice_as_pdf_gives_what_the_text_gives(seed, seed_pdf):
    assert seed_pdf.source.format == "pdf"
    assert len(seed_pdf.source.pages) == 39
    assert comparable(seed_pdf) == comparable(seed)
    assert len(seed_pdf.tasks) == len(seed.tasks) and len(seed_pdf.targets) == len(seed.targets)


def test_every_span_of_the_pdf_points_into_its_text_and_has_a_page(seed_pdf):
    from bisect import bisect_right

    text, pages = seed_pdf.source.text, seed_pdf.source.pages
    for task in seed_pdf.tasks:
        assert text[task.span.start : task.span.end] == task.text
        for assignment in task.assignments:
            assert text[assignment.span.start : assignment.span.end] == assignment.unit
    first = seed_pdf.tasks[0]
    last = seed_pdf.tasks[-1]
    assert bisect_right(pages, first.span.start) == 1
    assert bisect_right(pages, last.span.start) == 39
