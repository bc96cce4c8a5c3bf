"""Ruled tables of paged documents → the lines :mod:`.tables` writes for them.

PDF: pdfplumber's table finder gives each table's cell boxes. OFD: the page's ruling lines (thin
PathObjects) go through pdfplumber's own edge → intersection → cell → table functions. Either way,
each cell's box is placed on the table's grid of distinct cell edges, which gives its column and
row spans; its text is the lines inside it, a line that reaches the cell's right edge running on
into the next (a wrap inside the cell), any other ending a paragraph (units written one per line).
The page's own lines inside a table are replaced by the table's lines, at its place; a table with
no header row of its own, right after one that had it (a table continued on the next page), is
read under the header carried over.
"""

from __future__ import annotations

import bisect
from typing import Callable

from .layout import TextLine
from .tables import MAX_HEADER_ROW, Cell, build_grid, linearise, unit_label

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
MIN_ROWS, MIN_COLUMNS = 2, 2
EDGE_TOLERANCE = 2.0  # points (mm in OFD): edges closer than this are one grid line
FILL_TOLERANCE = 1.5  # characters: a cell line ending this close to the right edge wraps
CLAUSE_END = ("。", "；", "：", ";", ":")


def merge_tables(page, lines: list[TextLine], carried: list[Cell] | None = None) -> tuple[list[TextLine], list[Cell] | None]:
    """A pdfplumber page's tables in place of their text in ``lines``; the header row to carry on."""
    tables = [(table.bbox, table.cells) for table in page.find_tables()]
    return place_tables(lines, tables, lambda box: _plumber_lines(page, box), carried)


def place_tables(lines: list[TextLine], tables: list[tuple[Box, list[Box]]], lines_in: Callable[[Box], list[TextLine]],
                 carried: list[Cell] | None = None) -> tuple[list[TextLine], list[Cell] | None]:
    """``lines`` with the text inside each table (its box, its cell boxes) replaced by the table's
    lines; ``lines_in(box)`` gives the text lines inside a cell."""
    for (x0, top, x1, bottom), cells in tables:
        if len(cells) < MIN_ROWS * MIN_COLUMNS:
            continue
        grid = build_grid(_rows(cells, lines_in))
        header = _header(grid)
        if header is None and carried is not None and len(carried) == len(grid[0]):
            grid = [carried, *grid]
        else:
            carried = header
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


def _rows(boxes: list[Box], lines_in: Callable[[Box], list[TextLine]]) -> list[list[Cell]]:
    """Cells by the row they start in, left to right, with their spans on the grid."""
    columns = _edges([box[0] for box in boxes])
    tops = _edges([box[1] for box in boxes])
    rows: list[list[tuple[float, Cell]]] = [[] for _ in tops]
    for box in boxes:
        x0, top, x1, bottom = box
        row = bisect.bisect_right(tops, top + EDGE_TOLERANCE) - 1
        colspan = sum(1 for edge in columns if x0 - EDGE_TOLERANCE <= edge < x1 - EDGE_TOLERANCE)
        rowspan = sum(1 for edge in tops if top - EDGE_TOLERANCE <= edge < bottom - EDGE_TOLERANCE)
        paragraphs = cell_paragraphs(lines_in(box), box)
        rows[row].append((x0, Cell(paragraphs, colspan=max(colspan, 1), rowspan=max(rowspan, 1))))
    return [[cell for _, cell in sorted(row, key=lambda item: item[0])] for row in rows]


def cell_paragraphs(found: list[TextLine], box: Box) -> list[str]:
    """A cell's lines as paragraphs: wrapped lines re-joined."""
    paragraphs: list[str] = []
    if not found:
        return paragraphs
    padding = min(line.x0 for line in found) - box[0]
    wraps = False
    for line in found:
        text = " ".join(line.text.split())
        if not text:
            continue
        if wraps and paragraphs:
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        wraps = line.x1 >= box[2] - padding - FILL_TOLERANCE * line.size and not text.endswith(CLAUSE_END)
    return paragraphs


def _plumber_lines(page, box: Box) -> list[TextLine]:
    return [TextLine(line["text"], line["x0"], line["x1"], line["top"], line["bottom"])
            for line in page.within_bbox(box).extract_text_lines(strip=True)]


def ruled_tables(rules: list[Box]) -> list[tuple[Box, list[Box]]]:
    """Tables drawn by ``rules`` (thin boxes: horizontal or vertical lines), by pdfplumber's own
    edge → intersection → cell → table functions, each with its box and its cells' boxes."""
    from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges

    edges = [_edge(rule) for rule in rules]
    edges = merge_edges([edge for edge in edges if edge], 1, 1, 1, 1)
    cells = intersections_to_cells(edges_to_intersections(edges, 1, 1))
    tables = []
    for table in cells_to_tables(cells):
        bbox = (min(c[0] for c in table), min(c[1] for c in table), max(c[2] for c in table), max(c[3] for c in table))
        tables.append((bbox, table))
    return sorted(tables, key=lambda item: item[0][1])


def _edge(rule: Box) -> dict | None:
    x0, top, x1, bottom = rule
    if bottom - top <= EDGE_TOLERANCE < x1 - x0:
        y = (top + bottom) / 2
        return {"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0, "orientation": "h", "object_type": "line"}
    if x1 - x0 <= EDGE_TOLERANCE < bottom - top:
        x = (x0 + x1) / 2
        return {"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0, "height": bottom - top, "orientation": "v", "object_type": "line"}
    return None
