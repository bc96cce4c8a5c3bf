"""Split the text into lines and say what each line is: heading, unit line, box, bullet, body."""

from __future__ import annotations

from .. import rx as re
from dataclasses import dataclass

from ..normalize import fold
from ..vocabulary import CN_NUM, DIGIT_SCHEMES, HEADING_SCHEMES, SCHEME_RANK, UNIT_LINE_LABELS  # noqa: F401 (re-exported)

# The unit list runs to the end of the line; its trailing punctuation is cut by _trimmed_end (a lazy
# `.*?` before `[…]*$` here was quadratic on a line of 150,000 「、」).
UNIT_LINE = re.compile(r"(?P<label>" + "|".join(map(re.escape, UNIT_LINE_LABELS)) + r")\s*[:]\s*(?P<units>.*)$")
UNIT_LINE_TRAILING = "。.;,、"
# A line that mentions a unit label but is not a well-formed unit line (e.g. no colon).
UNIT_LINE_LOOKALIKE = re.compile(r"^(?:" + "|".join(map(re.escape, UNIT_LINE_LABELS)) + r")")

BOX = re.compile(r"专栏\s*(?P<number>\d+)\s*(?P<title>.*)$")  # trailing 。 cut by _trimmed_end (linear)
BOX_TRAILING = "。"
BULLET = re.compile(r"——+\s*(?P<title>[^。]*)")


@dataclass(slots=True)
class Line:
    """One line of the text; ``start``/``end`` bound its content (indentation and EOL excluded)."""

    number: int
    start: int
    end: int
    text: str  # original characters of the content
    folded: str  # the same content, folded (same length)
    kind: str = "body"  # blank | heading | unit | box | bullet | body
    scheme: str = ""  # heading scheme name
    label: str = ""  # heading label (一、), box label (专栏1)
    title: str = ""
    title_start: int = 0  # offset of the title in the original text
    role: str = ""  # for unit lines
    units_start: int = 0  # offset of the unit list in the original text
    units_end: int = 0


def split_lines(text: str, folded: str | None = None) -> list[Line]:
    """Lines with offsets into ``text``; indentation (spaces, U+3000, NBSP) and CR/LF excluded.
    ``folded`` is the run's folded text (a text given alone, by a test, is folded here, where it enters)."""
    folded = fold(text) if folded is None else folded
    lines: list[Line] = []
    pos = 0
    breaks = [(m.start(), m.end()) for m in LINE_BREAK.finditer(folded)] + [(len(folded), len(folded))]
    for number, (end, next_start) in enumerate(breaks, start=1):
        start = pos
        while start < end and folded[start] == " ":
            start += 1
        stop = end
        while stop > start and folded[stop - 1] == " ":
            stop -= 1
        lines.append(Line(number, start, stop, text[start:stop], folded[start:stop]))
        pos = next_start
    return lines


# A line ends at LF, CRLF or a lone CR (files saved by old Mac editors and some portals).
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def classify(lines: list[Line]) -> list[Line]:
    """Set ``kind`` (and the kind's fields) on every line; returns the same list."""
    for line in lines:
        _classify_line(line)
    return lines


def _classify_line(line: Line) -> None:
    f = line.folded
    if not f:
        line.kind = "blank"
        return
    if m := UNIT_LINE.match(f):
        line.kind = "unit"
        line.role = UNIT_LINE_LABELS[m["label"]]
        line.label = m["label"]
        line.units_start = line.start + m.start("units")
        line.units_end = line.start + _trimmed_end(f, m.start("units"), m.end("units"), UNIT_LINE_TRAILING)
        return
    if m := BOX.match(f):
        line.kind = "box"
        line.label = f"专栏{m['number']}"
        _set_title(line, m.start("title"), _trimmed_end(f, m.start("title"), m.end("title"), BOX_TRAILING))
        return
    if m := BULLET.match(f):
        line.kind = "bullet"
        line.label = "——"
        _set_title(line, m.start("title"), m.end("title"))
        return
    for scheme, pattern in HEADING_SCHEMES:
        if m := pattern.match(f):
            rest = f[m.end():]
            if not rest.strip() or rest.lstrip().startswith("%") or (scheme in DIGIT_SCHEMES and rest.lstrip().startswith(("年", "月"))):
                continue  # a bare number or a date, not a heading; 「二、年度工作安排」 is a heading
            line.kind = "heading"
            line.scheme = scheme
            line.label = line.text[: m.end()]
            title_start = m.end() + (len(rest) - len(rest.lstrip()))
            stop = f.find("。", title_start)
            title_end = stop if stop != -1 else len(f)
            while title_end > title_start and f[title_end - 1] in "。;: ":
                title_end -= 1
            _set_title(line, title_start, title_end)
            return
    line.kind = "body"


def _trimmed_end(text: str, start: int, end: int, trailing: str) -> int:
    """``end`` moved left past whitespace and ``trailing`` characters, not before ``start``."""
    while end > start and (text[end - 1] in trailing or text[end - 1].isspace()):
        end -= 1
    return end


def _set_title(line: Line, start: int, end: int) -> None:
    line.title = line.text[start:end]
    line.title_start = line.start + start


def assign_levels(lines: list[Line]) -> dict[str, int]:
    """Level of each heading scheme used by the document: 1 for the outermost used, and so on."""
    used = sorted({line.scheme for line in lines if line.kind == "heading"}, key=SCHEME_RANK.__getitem__)
    return {scheme: level for level, scheme in enumerate(used, start=1)}
