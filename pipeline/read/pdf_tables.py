"""Ruled tables on a PDF page (pdfplumber's table finder) → the lines :mod:`.tables` writes for them.

Each cell's box is placed on the table's grid of distinct cell edges, which gives its column and
row spans; its text is pdfplumber's lines inside it, a line that reaches the cell's right edge
running on into the next (a wrap inside the cell), any other ending a paragraph (units written one
per line). The page's own lines inside a table are replaced by the table's lines, at its place.
"""

from __future__ import annotations

import bisect

from .layout import TextLine
from .tables import MAX_HEADER_ROW, Cell, build_grid, linearise, unit_label

MIN_ROWS, MIN_COLUMNS = 2, 2
EDGE_TOLERANCE = 2.0  # points: edges closer than this are one grid line
FILL_TOLERANCE = 1.5  # characters: a cell line ending this close to the right edge wraps


def merge_tables(page, lines: list[TextLine], carried: list[Cell] | None = None) -> tuple[list[TextLine], list[Cell] | None]:
    """``lines`` with the text inside each table replaced by the table's own lines, and the header
    row to carry to the next page. A table continued from the page before (no header row of its
    own, as many columns as the carried one) is read under the carried header."""
    for table in page.find_tables():
        rows = _rows(page, table.cells)
        if len(rows) < MIN_ROWS or len(table.cells) < MIN_ROWS * MIN_COLUMNS:
            continue
        grid = build_grid(rows)
        header = _header(grid)
        if header is None and carried is not None and len(carried) == len(grid[0]):
            grid = [carried, *grid]
        else:
            carried = header
        x0, top, x1, bottom = table.bbox
        outside = [line for line in lines if not _inside(line, x0, top, x1, bottom)]
        at = next((i for i, line in enumerate(outside) if line.top >= top), len(outside))
        written = [TextLine(text, x0, x1, top, bottom, fixed=True) for text in linearise(grid)]
        lines = outside[:at] + written + outside[at:]
    return lines, carried


def _header(grid: list[list[Cell]]) -> list[Cell] | None:
    """The table's header row: the first that names a unit column."""
    return next((row for row in grid[:MAX_HEADER_ROW] if any(unit_label(cell.text()) for cell in row)), None)


def _inside(line: TextLine, x0: float, top: float, x1: float, bottom: float) -> bool:
    middle = (line.top + line.bottom) / 2
    return top <= middle <= bottom and line.x1 > x0 and line.x0 < x1


def _edges(values: list[float]) -> list[float]:
    edges: list[float] = []
    for value in sorted(values):
        if not edges or value - edges[-1] > EDGE_TOLERANCE:
            edges.append(value)
    return edges


def _rows(page, boxes: list[tuple[float, float, float, float]]) -> list[list[Cell]]:
    """Cells by the row they start in, left to right, with their spans on the grid."""
    columns = _edges([box[0] for box in boxes])
    tops = _edges([box[1] for box in boxes])
    rows: list[list[tuple[float, Cell]]] = [[] for _ in tops]
    for box in boxes:
        x0, top, x1, bottom = box
        row = bisect.bisect_right(tops, top + EDGE_TOLERANCE) - 1
        colspan = sum(1 for edge in columns if x0 - EDGE_TOLERANCE <= edge < x1 - EDGE_TOLERANCE)
        rowspan = sum(1 for edge in tops if top - EDGE_TOLERANCE <= edge < bottom - EDGE_TOLERANCE)
        rows[row].append((x0, Cell(cell_paragraphs(page, box), colspan=max(colspan, 1), rowspan=max(rowspan, 1))))
    return [[cell for _, cell in sorted(row, key=lambda item: item[0])] for row in rows]


def cell_paragraphs(page, box: tuple[float, float, float, float]) -> list[str]:
    """The cell's text as paragraphs: wrapped lines re-joined."""
    found = page.within_bbox(box).extract_text_lines(strip=True)
    paragraphs: list[str] = []
    if not found:
        return paragraphs
    padding = min(line["x0"] for line in found) - box[0]
    wraps = False
    for line in found:
        text = " ".join(line["text"].split())
        if not text:
            continue
        if wraps and paragraphs:
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        size = max(line["bottom"] - line["top"], 1.0)
        wraps = line["x1"] >= box[2] - padding - FILL_TOLERANCE * size and not text.endswith(("。", "；", "：", ";", ":"))
    return paragraphs
