"""Writes docx_simple.docx beside this file: a minimal, real WordprocessingML package.

Re-run with `python tests/data/forms/make_docx.py`; the output is byte-identical each time
(fixed zip timestamps, fixed member order). Standard library only.

Contents exercised: title and doc-number paragraphs, headings 一、/（一）, unit lines as paragraphs,
a unit name split over two runs (as Word does), one paragraph holding 牵头单位 and 配合单位 separated
by a soft line break <w:br/>, a <w:tab/>, and a table (w:tbl) with 序号/任务/牵头单位/配合单位 columns
whose header row is marked w:tblHeader.
"""

import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx_simple.docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)

RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)


def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*parts, center=False, indent=True):
    """parts: strings (one run each), or raw XML starting with '<' (e.g. a break run)."""
    ppr = []
    if center:
        ppr.append('<w:jc w:val="center"/>')
    elif indent:
        ppr.append('<w:ind w:firstLineChars="200" w:firstLine="640"/>')
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    body = "".join(p if p.startswith("<") else run(p) for p in parts)
    return f"<w:p>{ppr_xml}{body}</w:p>"


BR = "<w:r><w:br/></w:r>"
TAB = "<w:r><w:tab/></w:r>"


def cell(text, width, header=False):
    paras = "".join(para(run(t, bold=header), indent=False) for t in text.split("\n"))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>'


def row(cells, widths, header=False):
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return "<w:tr>" + trpr + "".join(cell(c, w, header) for c, w in zip(cells, widths)) + "</w:tr>"


def table():
    widths = [700, 4300, 1800, 2200]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = [
        row(["序号", "任务", "牵头单位", "配合单位"], widths, header=True),
        row(["1", "开展城镇燃气安全专项整治，全面排查老旧燃气管网。", "县住房城乡建设局", "县市场监管局、县应急管理局"], widths),
        row(["2", "推进高层建筑消防安全隐患排查整治。", "县消防救援大队", "各乡镇人民政府\n县住房城乡建设局"], widths),
    ]
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def document():
    body = [
        para("青川县人民政府办公室关于印发青川县2024年", "安全生产重点工作分工的通知", center=True),
        para("青府办发〔2024〕15号", center=True),
        para("各乡镇人民政府，县政府各部门：", indent=False),
        para("现将2024年安全生产重点工作分工印发给你们，请认真抓好落实。"),
        para("一、强化安全生产责任落实"),
        para("（一）开展安全生产治本攻坚三年行动，全年排查整治重大事故隐患。"),
        para("牵头单位：县应急", "管理局", BR, "配合单位：县公安局、县交通运输局等"),
        para("（二）加强道路交通安全管理，道路交通事故死亡人数下降5%。"),
        para("牵头单位：县公安局"),
        para("配合单位：县交通运输局、各乡镇人民政府"),
        para("二、推进重点行业领域专项整治"),
        para("（三）下表所列任务按分工抓好落实："),
        table(),
        para("（四）加强安全生产宣传教育，开展“安全生产月”活动。"),
        para("责任单位：", TAB, "县应急管理局"),
        para("青川县人民政府办公室", indent=False),
        para("2024年3月20日", indent=False),
    ]
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
        'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>'
    )


def main():
    members = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELS),
        ("word/document.xml", document()),
    ]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    print(OUT)


if __name__ == "__main__":
    main()
