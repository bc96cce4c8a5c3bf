"""A streaming .xlsx writer for the 台账: text cells only, written as Office Open XML strings.

openpyxl writes ~1,600 rows a second here (every cell an object with a style); a ledger of one unit
over 2,000 notices is 44,000 rows, half a minute. This writer produces the same kind of workbook —
shared strings (as Excel writes them: each distinct text once, in ``xl/sharedStrings.xml``, escaped
once; a cell holds its number — a ledger repeats 文号, 文件标题, 章节 and unit lists on every row of a
notice, and the XML to build and compress is about half of what inline strings make), one style for
the header (bold, filled, wrapped) and one for the body (wrapped, top),
column widths, the header row frozen and printed on every page, a filter, and a list validation
(the 状态 drop-down) — in a fraction of that; openpyxl reads it back (tested), and reads the ledger
that comes back with 进展 and 状态 filled in.
"""

from __future__ import annotations

import io
from .. import rx as re
import zipfile
from typing import Callable, Iterable, Sequence

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0: dropped


def _escape(text: str) -> str:
    text = _ILLEGAL.sub("", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;")  # a raw CR would be read back as LF


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "{sheets}</Types>"
)
_SHEET_TYPE = '<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
BODY, HEADER = 1, 2


def _workbook(titles: list[str], filters: list[str]) -> str:
    sheets = "".join(f'<sheet name="{_escape(t)}" sheetId="{n}" r:id="rId{n}"/>' for n, t in enumerate(titles, start=1))
    names = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">\'{_escape(t)}\'!{f}</definedName>'
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{n}">\'{_escape(t)}\'!$1:$1</definedName>'
        for n, (t, f) in enumerate(zip(titles, filters))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<sheets>{sheets}</sheets><definedNames>{names}</definedNames></workbook>"
    )


def _workbook_rels(count: int) -> str:
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        f'Target="worksheets/sheet{n}.xml"/>'
        for n in range(1, count + 1)
    )
    styles = (f'<Relationship Id="rId{count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
              'Target="styles.xml"/>'
              f'<Relationship Id="rId{count + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
              'Target="sharedStrings.xml"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}{styles}</Relationships>')


_CELL_SEP = "\ue000"  # a private-use character: joins texts so they are escaped in one call


def _escape_all(texts: list[str]) -> list[str]:
    """Each text escaped: escaping is character by character, so escaping the joined texts escapes
    each one — one call for all of them instead of one per text."""
    joined = _CELL_SEP.join(texts)
    if joined.count(_CELL_SEP) == len(texts) - 1:
        return _escape(joined).split(_CELL_SEP) if texts else []
    return [_escape(t) for t in texts]


class SharedStrings:
    """The workbook's shared strings: each distinct text gets a number on first use (``prepare``d
    once, e.g. a formula neutralised), which the cells hold."""

    def __init__(self, prepare: Callable[[str], str] = str):
        self.number: dict[str, int] = {}
        self.texts: list[str] = []
        self.prepare = prepare
        self.uses = 0

    def cells(self, number: int, values: Sequence[str], style: int, letters: list[str]) -> str:
        """One row's XML: a cell for each non-empty value."""
        index, cells = self.number, []
        end = f'{number}" s="{style}" t="s"><v>'
        for letter, value in zip(letters, values):
            if value:
                n = index.get(value)
                if n is None:
                    n = index[value] = len(self.texts)
                    self.texts.append(self.prepare(value))
                cells.append(f'<c r="{letter}{end}{n}</v></c>')
        self.uses += len(cells)
        return f'<row r="{number}">{"".join(cells)}</row>'

    def xml(self) -> str:
        items = "</t></si><si><t xml:space=\"preserve\">".join(_escape_all(self.texts))
        body = f'<si><t xml:space="preserve">{items}</t></si>' if self.texts else ""
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{self.uses}" '
                f'uniqueCount="{len(self.texts)}">{body}</sst>')


def _sheet(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float], choices: tuple[int, Sequence[str], int],
           strings: SharedStrings) -> tuple[str, str]:
    """The sheet's XML and its filter range; ``choices`` = (column, values, rows covered beyond the data)."""
    letters = [column_letter(i) for i in range(1, len(headers) + 1)]
    row = strings.cells
    body = [row(1, headers, HEADER, letters)]
    count = 1
    for count, values in enumerate(rows, start=2):
        body.append(row(count, values, BODY, letters))
    last = letters[-1]
    cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, start=1))
    column, values, extra = choices
    letter = letters[column - 1]
    listed = ",".join(values)
    validation = (f'<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" '
                  f'errorTitle="{_escape(headers[column - 1])}" error="请从列表中选择" sqref="{letter}2:{letter}{count + extra}">'
                  f'<formula1>"{_escape(listed)}"</formula1></dataValidation></dataValidations>')
    filter_ref = f"A1:{last}{count}"
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="A1:{last}{count}"/>'
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>{"".join(body)}</sheetData>'
        f'<autoFilter ref="{filter_ref}"/>{validation}'
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup orientation="landscape" paperSize="9"/></worksheet>'
    )
    return xml, f"$A$1:${last}${count}"


def workbook(sheets: list[tuple[str, Sequence[str], Iterable[Sequence[str]]]], widths: Sequence[float],
             choices: tuple[int, Sequence[str], int], prepare: Callable[[str], str] = str) -> bytes:
    """An .xlsx of one sheet per ``(title, headers, rows)``, as bytes; every text written is
    ``prepare(text)`` (called once per distinct text)."""
    out = io.BytesIO()
    titles, filters = [], []
    strings = SharedStrings(prepare)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        for n, (title, headers, rows) in enumerate(sheets, start=1):
            xml, ref = _sheet(headers, rows, widths, choices, strings)
            _put(package, f"xl/worksheets/sheet{n}.xml", xml)
            titles.append(title)
            filters.append(ref)
        _put(package, "[Content_Types].xml", _CONTENT_TYPES.format(sheets="".join(_SHEET_TYPE.format(n=n) for n in range(1, len(titles) + 1))))
        _put(package, "_rels/.rels", _ROOT_RELS)
        _put(package, "xl/workbook.xml", _workbook(titles, filters))
        _put(package, "xl/_rels/workbook.xml.rels", _workbook_rels(len(titles)))
        _put(package, "xl/styles.xml", _STYLES)
        _put(package, "xl/sharedStrings.xml", strings.xml())
    return out.getvalue()


def _put(package: zipfile.ZipFile, name: str, xml: str) -> None:
    """One part, with a fixed date: the same ledger gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    package.writestr(info, xml.encode("utf-8"), compresslevel=1)
