"""Positioned lines of paged documents (PDF, OFD) → the notice as lines, with where each page starts.

A reader hands over each page's lines in reading order, with their boxes in points, y growing
downwards. What a printed page adds to the text is taken away again:

- running headers and footers: a line at the top or bottom of a page whose text (digits aside)
  recurs at the same height on at least half of the pages (and on two at least), unless it is a
  heading, a unit line or ends a sentence;
- page numbers: 「- 3 -」, 「第3页」, 「第3页 共10页」, 「3/10」 or a bare number at the top or bottom;
- visual wraps: a line that fills the text width runs on into the next, unless that one is
  indented, opens a heading (一、 （一） 1.) or a unit line (牵头单位：…), or the line ends a
  sentence (。：；！？) in a document whose paragraphs are not marked by a first-line indent.
  Lines of a table (``fixed``) are never joined or dropped.
"""

from __future__ import annotations

from .. import rx as re
from collections import Counter
from dataclasses import dataclass

from ..normalize import fold
from ..vocabulary import UNIT_LINE_LABELS

# Page numbers as printed, each with an example.
PAGE_NUMBER = re.compile(
    r"[-—–－·]\s*\d{1,4}\s*[-—–－·]"  # - 3 -, —3—, ·3·
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"  # 第3页 / 第3页 共10页
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 3/10
    r"|\d{1,4}"  # 3
)
SENTENCE_END = tuple("。：；！？:;!?")
# What opens a line of its own, on folded text: the genre's heading numbers (第一章 第二节 第三条 一、
# (一) 1. 1、 (1) ①; the read stage's own short copy of structure.lines' schemes, which it may not
# import) and the unit-line labels (牵头单位 …).
_CN = "一二三四五六七八九十百零〇两"
LINE_OPENER = re.compile(
    rf"第[{_CN}\d]+[章节条]|[{_CN}]+、|\([{_CN}]+\)|\d{{1,3}}(?:\.(?!\d)|、)|\(\d{{1,3}}\)|[\u2460-\u2473]"
    + "|" + "|".join(map(re.escape, UNIT_LINE_LABELS))
)
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running heads or feet
FILL_TOLERANCE = 1.5  # a line fills the width when it ends within this many characters of the right edge
INDENT_TOLERANCE = 0.5  # a line starting this many characters right of the left edge is indented
MIN_INDENTED_SHARE = 0.1  # paragraphs start indented when at least this share of lines is
_DIGITS = re.compile(r"\d+")
_ASCII_WORD_END = re.compile(r"[A-Za-z]$")
_ASCII_WORD_START = re.compile(r"^[A-Za-z]")


@dataclass
class TextLine:
    """One line of a page: its text and box (points; ``top`` < ``bottom``, y grows downwards)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    fixed: bool = False  # a line written by a table reader: kept as it is

    @property
    def size(self) -> float:
        return max(self.bottom - self.top, 1.0)


def assemble(pages: list[list[TextLine]]) -> tuple[str, tuple[int, ...]]:
    """The notice's text ("\\n" after every line) and the offset where each page starts in it."""
    kept = _drop_running_lines([[line for line in page if line.text.strip()] for page in pages])
    block = text_block([line for page in kept for line in page if not line.fixed])
    paragraphs: list[list[tuple[int, str]]] = []  # pieces of each output line: (page, text)
    previous: TextLine | None = None
    for number, page in enumerate(kept, 1):
        for line in page:
            text = line.text.strip()
            if previous is not None and _runs_on(previous, line, block):
                paragraphs[-1].append((number, _joiner(paragraphs[-1][-1][1], text) + text))
            else:
                paragraphs.append([(number, text)])
            previous = line
    return _text_and_pages(paragraphs, len(pages))


def _text_and_pages(paragraphs: list[list[tuple[int, str]]], page_count: int) -> tuple[str, tuple[int, ...]]:
    out: list[str] = []
    starts: list[int | None] = [None] * page_count
    offset = 0
    for pieces in paragraphs:
        for number, piece in pieces:
            if starts[number - 1] is None:
                starts[number - 1] = offset + (len(piece) - len(piece.lstrip(" ")))
            offset += len(piece)
            out.append(piece)
        out.append("\n")
        offset += 1
    # A page with no text of its own starts where the next one does.
    following = offset
    for index in range(page_count - 1, -1, -1):
        following = starts[index] = starts[index] if starts[index] is not None else following
    return "".join(out), tuple(starts)


def _running_key(line: TextLine) -> tuple[str, int]:
    """The text with its digits masked, and the line's height on the page (to 4 points)."""
    return _DIGITS.sub("#", "".join(line.text.split())), round(line.top / 4)


def _drop_running_lines(pages: list[list[TextLine]]) -> list[list[TextLine]]:
    """Pages without their running headers, footers and page numbers."""
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_running_key(line) for line in _edges(page)})
    needed = max(2, (len(pages) + 1) // 2)
    running = {key for key, count in counts.items() if count >= needed}
    kept = []
    for page in pages:
        edges = {id(line) for line in _edges(page)}
        kept.append([line for line in page if id(line) not in edges or not _is_running(line, running)])
    return kept


def _edges(page: list[TextLine]) -> list[TextLine]:
    movable = [line for line in page if not line.fixed]
    return movable[:EDGE_LINES] + movable[EDGE_LINES:][-EDGE_LINES:]


def _is_running(line: TextLine, running: set[tuple[str, int]]) -> bool:
    """A page number, or a recurring line that is no heading, unit line or sentence of the body."""
    text = line.text.strip()
    if PAGE_NUMBER.fullmatch(text):
        return True
    return _running_key(line) in running and not _opens_a_line(text) and not text.endswith(SENTENCE_END)


@dataclass(frozen=True)
class Block:
    """The text block: its left edge, its right edge, and whether paragraphs start indented."""

    left: float
    right: float
    indented: bool


def text_block(lines: list[TextLine]) -> Block:
    """Left: the leftmost start that several lines share (a first-line indent is commoner than the
    margin in short paragraphs); right: the furthest end that two lines reach, so one stray wide
    line does not move it; indented when a good share of lines start right of the left edge."""
    if not lines:
        return Block(0.0, 0.0, False)
    starts = Counter(round(line.x0) for line in lines)
    enough = max(2, len(lines) // 50)
    left = float(min((x for x, count in starts.items() if count >= enough), default=min(starts)))
    ends = sorted((line.x1 for line in lines), reverse=True)
    right = ends[0]
    for first, second in zip(ends, ends[1:]):
        if first - second <= lines[0].size / 2:
            right = first
            break
    indented = sum(1 for line in lines if _indented(line, left)) >= len(lines) * MIN_INDENTED_SHARE
    return Block(left, right, indented)


def _indented(line: TextLine, left: float) -> bool:
    return line.x0 > left + INDENT_TOLERANCE * line.size


def _runs_on(line: TextLine, following: TextLine, block: Block) -> bool:
    """True when ``following`` continues ``line``'s paragraph (a visual wrap)."""
    if line.fixed or following.fixed:
        return False
    if line.x1 < block.right - FILL_TOLERANCE * line.size or _indented(following, block.left):
        return False
    if _opens_a_line(following.text.strip()):
        return False
    # Where paragraphs start indented, a full line followed by an unindented one runs on even
    # after a full stop; elsewhere a full stop at the margin is taken to end the paragraph.
    return block.indented or not line.text.strip().endswith(SENTENCE_END)


def _opens_a_line(text: str) -> bool:
    """A heading number or a unit-line label at the start: the start of a line of its own."""
    return bool(LINE_OPENER.match(fold(text[:12])))  # a page's line, before the notice's text exists


def _joiner(before: str, after: str) -> str:
    """Nothing between Chinese characters or digits (「20」「20年」 is 2020); a space between two Latin words."""
    return " " if _ASCII_WORD_END.search(before) and _ASCII_WORD_START.match(after) else ""
