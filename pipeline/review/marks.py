"""Highlighted text from spans: marks (start, end, attributes) → nested, escaped HTML.

The text is cut at every mark boundary and every piece is escaped on its own, so nothing of the
notice ever reaches the page as markup. Marks nest as their spans do (a unit inside a task, a
target inside a task); where two spans cross, the inner element is closed at the outer one's end
and reopened after it, so the HTML is always well-formed. Only the first piece of a mark carries
its ``id`` (the anchor ``PAGE.html#<id>``); every piece carries ``data-id`` and ``data-kind``.
"""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass
from typing import Iterable, Optional

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """One highlight: characters ``start:end`` of the text.

    ``kind`` goes to ``data-kind``, ``id`` to ``data-id`` (and to the element id when ``anchor``),
    ``css`` to the class list, ``title`` to the tooltip, ``data`` to further ``data-*`` attributes.
    ``rank`` orders marks with the same span: a lower rank is the outer element.
    """

    start: int
    end: int
    kind: str
    id: str
    css: str = ""
    title: str = ""
    data: tuple[tuple[str, str], ...] = ()
    anchor: bool = True
    rank: int = 0


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line (lines end at ``\\n``, as spans count them)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def line_span(starts: list[int], text: str, line: int) -> Optional[tuple[int, int]]:
    """Characters of 1-based ``line`` without its line break; ``None`` when there is no such line."""
    if not 1 <= line <= len(starts):
        return None
    start = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(text)
    if end > start and text[end - 1] == "\r":
        end -= 1
    return start, end


def _open_tag(mark: Mark, first: bool) -> str:
    attrs = [f'class="m {escape(mark.css)}"' if mark.css else 'class="m"']
    if first and mark.anchor:
        attrs.append(f'id="{escape(mark.id)}"')
    attrs.append(f'data-id="{escape(mark.id)}" data-kind="{escape(mark.kind)}"')
    attrs.extend(f'data-{escape(name)}="{escape(value)}"' for name, value in mark.data)
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    return f"<span {' '.join(attrs)}>"


CHUNK_LINES = 40
"""With line numbers, the text is cut into blocks of this many lines (``data-kind="chunk"``) that the
browser may skip rendering while they are off screen (CSS ``content-visibility``)."""


def chunk_marks(starts: list[int], size: int, lines: int = CHUNK_LINES) -> list[Mark]:
    """Outermost marks of ``lines`` lines each, covering the whole text."""
    edges = [*starts[::lines], size]
    return [Mark(a, b, "chunk", f"k{n}", css="chunk", anchor=False, rank=-1) for n, (a, b) in enumerate(zip(edges, edges[1:])) if b > a]


def highlight(text: str, marks: Iterable[Mark], numbered: bool = True, chunk_lines: int = CHUNK_LINES) -> Markup:
    """``text`` as HTML with every mark's span wrapped in a ``<span class="m">``; with ``numbered``,
    an empty anchor ``<span class="ln" id="L<n>">`` at the start of every line, and the text cut into
    chunks (:func:`chunk_marks`). A mark with ``start == end`` is an empty element at that place."""
    size = len(text)
    starts = line_starts(text) if numbered else []
    marks = list(marks)
    kept = [m for m in marks if 0 <= m.start < m.end <= size] + (chunk_marks(starts, size, chunk_lines) if numbered else [])
    kept.sort(key=lambda m: (m.start, m.rank >= 0, -m.end, m.rank))
    points: dict[int, list[Mark]] = {}
    for m in marks:
        if 0 <= m.start == m.end <= size:
            points.setdefault(m.start, []).append(m)
    bounds = sorted({0, size, *starts, *points, *(m.start for m in kept), *(m.end for m in kept)})
    out: list[str] = []
    stack: list[Mark] = []
    next_mark, line = 0, 0
    for i, at in enumerate(bounds):
        going_on = _close(out, stack, at)
        new = []
        while next_mark < len(kept) and kept[next_mark].start == at:
            new.append(kept[next_mark])
            next_mark += 1
        anchor = ""
        if line < len(starts) and starts[line] == at:
            line += 1
            anchor = f'<span class="ln" id="L{line}" data-n="{line}"></span>'
        # Chunks are outermost, then whatever ends later; the line anchor goes just inside the chunk.
        for mark in sorted(going_on + new, key=lambda m: (m.rank >= 0, -m.end, m.rank)):
            if anchor and mark.rank >= 0:
                out.append(anchor)
                anchor = ""
            out.append(_open_tag(mark, mark.start == at))
            stack.append(mark)
        out.append(anchor)
        out.extend(_open_tag(p, True) + "</span>" for p in points.get(at, ()))
        if i + 1 < len(bounds):
            out.append(str(escape(text[at : bounds[i + 1]])))
    _close(out, stack, size + 1)
    return Markup("".join(out))


def _close(out: list[str], stack: list[Mark], at: int) -> list[Mark]:
    """Close every mark that ends at ``at``; marks opened inside one of them that go on are closed
    with it and returned, to be reopened (a crossing span becomes two elements, never broken HTML)."""
    lowest = next((i for i, m in enumerate(stack) if m.end <= at), None)
    if lowest is None:
        return []
    above = stack[lowest:]
    out.append("</span>" * len(above))
    del stack[lowest:]
    return [mark for mark in above if mark.end > at]
