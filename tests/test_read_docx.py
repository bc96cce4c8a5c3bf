"""DOCX → lines: paragraphs, runs, tabs, soft breaks, tables with gridSpan/vMerge; refusals."""

from __future__ import annotations

import io
import zipfile

import pytest

import pipeline.read.docx as read_docx
from conftest import FORMS
from pipeline.errors import InputError
from pipeline.read import read_document
from pipeline.read.docx import docx_to_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(body_xml: str, *, document: str | None = None, extra: dict[str, str] | None = None) -> bytes:
    """A minimal package: word/document.xml with ``body_xml`` inside w:body (or ``document`` verbatim)."""
    if document is None:
        document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>{body_xml}</w:body></w:document>'
    members = {"[Content_Types].xml": "<Types/>", "word/document.xml": document, **(extra or {})}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if content is not None:
                archive.writestr(name, content.encode("utf-8"))
    return buffer.getvalue()


def p(*runs: str) -> str:
    """A paragraph; each string is a run of text, or raw run XML when it starts with '<'."""
    return "<w:p>" + "".join(r if r.startswith("<") else f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs) + "</w:p>"


BR = "<w:r><w:br/></w:r>"
TAB = "<w:r><w:tab/></w:r>"


def tc(*paragraphs: str, span: int = 1, merge: str | None = None) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        "<w:vMerge/>" if merge == "continue" else f'<w:vMerge w:val="{merge}"/>' if merge else ""
    )
    content = "".join(p(x) for x in paragraphs) or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def tbl(*rows: str) -> str:
    return "<w:tbl><w:tblPr/>" + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>"


def lines(body_xml: str) -> list[str]:
    text, encoding, metadata = docx_to_text("notice.docx", docx_bytes(body_xml))
    assert (encoding, metadata) == ("utf-8", {})
    return text.splitlines()


SNIPPETS = [
    ("paragraphs_in_order", p("一、总体要求") + p("（一）加强领导。"), ["一、总体要求", "（一）加强领导。"]),
    ("runs_of_one_paragraph_join", p("牵头单位：县应急", "管理局"), ["牵头单位：县应急管理局"]),
    ("tab_is_one_space", p("责任单位：", TAB, "县应急管理局"), ["责任单位： 县应急管理局"]),
    (
        "soft_break_starts_a_new_line",
        p("牵头单位：县公安局", BR, "配合单位：县交通运输局", "<w:r><w:cr/></w:r>", "（此件公开发布）"),
        ["牵头单位：县公安局", "配合单位：县交通运输局", "（此件公开发布）"],
    ),
    ("empty_paragraphs_at_most_one_empty_line", "<w:p/>" + p("标题") + "<w:p/><w:p/>" + p("正文") + "<w:p/>", ["标题", "", "正文"]),
    ("spaces_collapsed", p("  新增绿道   30  公里 "), ["新增绿道 30 公里"]),
    (
        "deleted_text_and_field_codes_left_out",
        '<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1"><w:r><w:delText>删除</w:delText></w:r></w:del>'
        '<w:ins w:id="2"><w:r><w:t>插入</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>',
        ["保留插入"],
    ),
    (
        "hyperlink_and_content_control_text_kept",
        f'<w:p><w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink></w:p><w:sdt><w:sdtContent>{p("控件段落")}</w:sdtContent></w:sdt>',
        ["链接文字", "控件段落"],
    ),
    (
        "table_with_unit_columns",
        p("（三）下表所列任务：")
        + tbl(
            tc("序号") + tc("任务") + tc("牵头单位") + tc("配合单位"),
            tc("一、专项整治", span=4),
            tc("1") + tc("任务一。") + tc("县住房城乡建设局", merge="restart") + tc("县市场监管局", "县应急管理局"),
            tc("2") + tc("任务二。") + tc(merge="continue") + tc(),
        )
        + p("（四）表后段落。"),
        [
            "（三）下表所列任务：",
            "一、专项整治",
            "1.任务一。",
            "牵头单位：县住房城乡建设局",
            "配合单位：县市场监管局、县应急管理局",
            "2.任务二。",
            "牵头单位：县住房城乡建设局",
            "（四）表后段落。",
        ],
    ),
    (
        "grid_before_leaves_an_empty_column",
        tbl(
            tc("序号") + tc("任务") + tc("责任单位"),
            '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("任务三。") + tc("县水利局"),
        ),
        ["任务三。", "责任单位：县水利局"],
    ),
    ("table_without_unit_columns", tbl(tc("指标") + tc("目标"), tc("森林覆盖率") + tc("45%")), ["指标；目标", "森林覆盖率；45%"]),
    ("cells_without_properties", tbl(f"<w:tc>{p('指标')}</w:tc><w:tc>{p('目标')}</w:tc>"), ["指标；目标"]),
]


@pytest.mark.parametrize("body, expected", [case[1:] for case in SNIPPETS], ids=[case[0] for case in SNIPPETS])
def test_snippet_lines(body, expected):
    assert lines(body) == expected


def test_docx_simple_form():
    document = read_document(FORMS / "docx_simple.docx")
    assert (document.format, document.encoding, document.metadata) == ("docx", "utf-8", {})
    assert document.text.splitlines() == [
        "青川县人民政府办公室关于印发青川县2024年安全生产重点工作分工的通知",
        "青府办发〔2024〕15号",
        "各乡镇人民政府，县政府各部门：",
        "现将2024年安全生产重点工作分工印发给你们，请认真抓好落实。",
        "一、强化安全生产责任落实",
        "（一）开展安全生产治本攻坚三年行动，全年排查整治重大事故隐患。",
        "牵头单位：县应急管理局",
        "配合单位：县公安局、县交通运输局等",
        "（二）加强道路交通安全管理，道路交通事故死亡人数下降5%。",
        "牵头单位：县公安局",
        "配合单位：县交通运输局、各乡镇人民政府",
        "二、推进重点行业领域专项整治",
        "（三）下表所列任务按分工抓好落实：",
        "1.开展城镇燃气安全专项整治，全面排查老旧燃气管网。",
        "牵头单位：县住房城乡建设局",
        "配合单位：县市场监管局、县应急管理局",
        "2.推进高层建筑消防安全隐患排查整治。",
        "牵头单位：县消防救援大队",
        "配合单位：各乡镇人民政府、县住房城乡建设局",
        "（四）加强安全生产宣传教育，开展“安全生产月”活动。",
        "责任单位： 县应急管理局",
        "青川县人民政府办公室",
        "2024年3月20日",
    ]


# ---------------------------------------------------------------- refusals

XXE_DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n'
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>甲&secret;乙</w:t></w:r></w:p></w:body></w:document>'
)

REFUSALS = [
    ("not_a_zip", b"PK\x03\x04 this is no zip archive", "not a valid .docx: the file is not a readable ZIP archive"),
    ("no_document_xml", docx_bytes("", extra={"word/document.xml": None, "word/styles.xml": "<w:styles/>"}),
     "not a Word document: no word/document.xml in the archive"),
    ("malformed_xml", docx_bytes("", document=f'<w:document xmlns:w="{W_NS}">\n<w:body><w:p></w:body>'),
     "malformed XML in word/document.xml (line 2)"),
    ("doctype_with_external_entity", docx_bytes("", document=XXE_DOCUMENT),
     "word/document.xml declares a DOCTYPE, which Word never writes; refused"),
    ("no_body", docx_bytes("", document=f'<w:document xmlns:w="{W_NS}"/>'), "not a Word document: word/document.xml has no w:body"),
    ("no_text", docx_bytes("<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>"), "Word document has no text"),
]


@pytest.mark.parametrize("data, message", [case[1:] for case in REFUSALS], ids=[case[0] for case in REFUSALS])
def test_refused(data, message):
    with pytest.raises(InputError) as error:
        docx_to_text("bad.docx", data)
    assert str(error.value) == f"bad.docx: {message}"


def test_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    xml = XXE_DOCUMENT.replace("file:///etc/hostname", secret.as_uri())
    with pytest.raises(InputError) as error:
        docx_to_text("bad.docx", docx_bytes("", document=xml))
    assert str(error.value) == "bad.docx: word/document.xml declares a DOCTYPE, which Word never writes; refused"
    # The refusal comes after parsing; the parser itself leaves the entity unresolved.
    root = read_docx.parse_part("bad.docx", xml.encode("utf-8"))
    assert "".join(root.itertext()) == "甲&secret;乙"


def test_oversized_document_xml_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(read_docx, "MAX_DOCUMENT_XML_BYTES", 2 * 1024 * 1024)
    path = tmp_path / "huge.docx"
    path.write_bytes(docx_bytes(p("甲" * 1_000_000)))  # 3 MB of XML, a few KB compressed
    with pytest.raises(InputError) as error:
        read_document(path)
    assert str(error.value) == f"{path}: word/document.xml too large when uncompressed (the limit is 2 MiB)"


def test_a_member_whose_size_header_lies_is_refused(monkeypatch):
    data = docx_bytes(p("乙" * 1000))
    monkeypatch.setattr(read_docx, "MAX_DOCUMENT_XML_BYTES", 1024)
    real_getinfo = zipfile.ZipFile.getinfo

    def understated(self, name):
        info = real_getinfo(self, name)
        info.file_size = 10  # the header claims a tiny member
        return info

    monkeypatch.setattr(zipfile.ZipFile, "getinfo", understated)
    with pytest.raises(InputError) as error:
        docx_to_text("bad.docx", data)
    assert str(error.value) == "bad.docx: cannot read word/document.xml from the archive: Bad CRC-32 for file 'word/document.xml'"


# ---------------------------------------------------------------- automatic numbering

def lvl(ilvl: int, fmt: str, text: str, start: int = 1, suffix: str | None = None) -> str:
    suff = f'<w:suff w:val="{suffix}"/>' if suffix else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{suff}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = (
    f'<w:numbering xmlns:w="{W_NS}">'
    '<w:abstractNum w:abstractNumId="0">' + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
    + lvl(2, "decimal", "%3.") + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">' + lvl(0, "decimal", "%1") + "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2">' + lvl(0, "decimalEnclosedCircle", "%1") + lvl(1, "bullet", "\uf06c")
    + lvl(2, "decimal", "%1.%3", suffix="space") + "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'  # the same list, counting on
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="11"/></w:lvlOverride></w:num>'
    "</w:numbering>"
)
STYLES = (f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr>'
          '<w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>')


def numbered(text: str, num: int, ilvl: int = 0) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            + (f'<w:r><w:t>{text}</w:t></w:r>' if text else "") + "</w:p>")


def styled(text: str, style: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'


def numbered_lines(body_xml: str) -> list[str]:
    data = docx_bytes(body_xml, extra={"word/numbering.xml": NUMBERING, "word/styles.xml": STYLES})
    return docx_to_text("notice.docx", data)[0].splitlines()


def test_automatic_numbers_are_written_as_word_shows_them():
    body = (
        numbered("总体要求", 1) + numbered("加强领导。", 1, 1) + numbered("压实责任。", 1, 1)
        + numbered("建立台账。", 1, 2) + numbered("按月调度。", 1, 2)
        + styled("重点任务", "H1")  # numbered by its paragraph style: the same list, level 0
        + numbered("优化营商环境。", 2, 1)  # numId 2 shares abstract 0: counts on, and level 1 restarted
        + p("（此件公开发布）")
        + numbered("第十一项。", 6)  # an override starts a list of its own
        + numbered("甲。", 5) + numbered("要点。", 5, 1) + numbered("细则。", 5, 2)
    )
    assert numbered_lines(body) == [
        "一、总体要求", "（一）加强领导。", "（二）压实责任。", "1.建立台账。", "2.按月调度。",
        "二、重点任务", "（一）优化营商环境。", "（此件公开发布）", "十一、第十一项。",
        "①甲。", "要点。", "①.1 细则。",  # a bullet level has no number; each level in its own format
    ]


def test_numbered_serial_cells_keep_their_numbers_in_a_task_table():
    header = tc("序号") + tc("重点任务") + tc("牵头单位")
    row = lambda task, unit: f"<w:tc>{numbered('', 3)}</w:tc>" + tc(task) + tc(unit)  # noqa: E731
    body = tbl(header, row("推行企业开办一网通办。", "市市场监管局"), row("压缩不动产登记时间。", "市自然资源局"))
    body += tbl(header, f"<w:tc>{numbered('', 4)}</w:tc>" + tc("另一张表的任务。") + tc("市税务局"))
    assert numbered_lines(body) == [
        "1.推行企业开办一网通办。", "牵头单位：市市场监管局",
        "2.压缩不动产登记时间。", "牵头单位：市自然资源局",
        "1.另一张表的任务。", "牵头单位：市税务局",
    ]


@pytest.mark.parametrize("fmt, values, written", [
    ("chineseCounting", [1, 10, 11, 20, 21, 100, 105, 110], ["一", "十", "十一", "二十", "二十一", "一百", "一百零五", "一百一十"]),
    ("decimalFullWidth", [7, 12], ["７", "１２"]),
    ("ideographTraditional", [1, 3], ["甲", "丙"]),
    ("upperRoman", [4, 9, 14], ["IV", "IX", "XIV"]),
    ("lowerLetter", [1, 27], ["a", "aa"]),
    ("decimalEnclosedCircle", [3, 20, 21], ["③", "⑳", "21"]),
])
def test_number_formats(fmt, values, written):
    from pipeline.read.numbering import FORMATS

    assert [FORMATS[fmt](n) for n in values] == written


# ---------------------------------------------------------------- the reference notice, numbered by Word

# The reference notice's heading numbers as Word list levels: (pattern, level, numFmt, lvlText).
SEED_LEVELS = (
    (r"([一二三四五六七八九十]+)、", 0, "chineseCounting", "%1、"),
    (r"\(([一二三四五六七八九十]+)\)", 1, "chineseCounting", "(%2)"),
    (r"(\d+)\.", 2, "decimal", "%3."),
)


def numbered_seed_docx() -> tuple[bytes, int]:
    """The reference notice as Word would hold it with automatic numbering: every heading number
    that Word's counting gives is a w:numPr, not text; a number it would not give stays text."""
    import re
    from xml.sax.saxutils import escape

    from conftest import SEED
    from pipeline.read.numbering import chinese_count

    numbering = (f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
                 + "".join(lvl(level, fmt, text) for _, level, fmt, text in SEED_LEVELS)
                 + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    counters: dict[int, int] = {}
    body = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        paragraph = p(escape(text)) if text else "<w:p/>"
        for pattern, level, fmt, _ in SEED_LEVELS:
            m = re.match(pattern, text)
            if not m:
                continue
            expected = counters.get(level, 0) + 1
            if m[1] == (chinese_count(expected) if fmt == "chineseCounting" else str(expected)):
                counters = {k: v for k, v in counters.items() if k < level} | {level: expected}
                paragraph = numbered(escape(text[m.end():]), 1, level)
            break
        body.append(paragraph)
    xml = "".join(body)
    return docx_bytes(xml, extra={"word/numbering.xml": numbering}), xml.count("<w:numPr>")


def test_the_reference_notice_with_word_numbering_gives_what_the_text_gives(tmp_path, seed):
    from pipeline.stages import extract
    from test_read_pdf import comparable

    data, numbered_paragraphs = numbered_seed_docx()
    assert numbered_paragraphs == 124  # every heading number of the notice is Word's
    path = tmp_path / "yingkou.docx"
    path.write_bytes(data)
    extraction = extract(path)
    assert extraction.source.format == "docx"
    assert comparable(extraction) == comparable(seed)
