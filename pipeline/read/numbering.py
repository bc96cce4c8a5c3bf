"""Word's automatic numbering (word/numbering.xml) rendered as Word shows it: 一、 / （一） / 1. / ①.

A paragraph is numbered by its own w:pPr/w:numPr (w:numId, w:ilvl) or by its paragraph style's.
A w:num points at a w:abstractNum whose w:lvl entries give, per level: w:start, w:numFmt
(decimal, chineseCounting, …), w:lvlText ("%1、", "（%1）", "%1.%2") and w:lvlRestart. Lists that
share an abstract definition count on together, unless the w:num overrides a level's start
(w:lvlOverride/w:startOverride), which makes it a list of its own. Using a level restarts the deeper
ones (unless their w:lvlRestart says otherwise, which is rare and not followed here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml is imported when a document is parsed (archive.parse_xml)
    from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CN_DIGITS = "零一二三四五六七八九"
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
# Formats whose label is no number: the paragraph keeps its text only.
UNNUMBERED = frozenset({"bullet", "none"})
MAX_LEVELS = 9


def chinese_count(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + CN_DIGITS[rest] if rest < 10 else ("一" if rest < 20 else "") + chinese_count(rest))
        return CN_DIGITS[n // 100] + "百" + tail
    return str(n)


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def letters(n: int) -> str:
    """1 → A, 26 → Z, 27 → AA (Word repeats the letter)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


# numFmt → how a counter is written; an unknown format is written as decimal.
FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "decimalHalfWidth": str,
    "chineseCounting": chinese_count,
    "chineseCountingThousand": chinese_count,
    "chineseLegalSimplified": chinese_count,
    "ideographDigital": lambda n: "".join("〇一二三四五六七八九"[int(d)] for d in str(n)),
    "japaneseCounting": chinese_count,
    "taiwaneseCounting": chinese_count,
    "ideographTraditional": lambda n: HEAVENLY_STEMS[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n),
    "upperLetter": letters,
    "lowerLetter": lambda n: letters(n).lower(),
    "upperRoman": roman,
    "lowerRoman": lambda n: roman(n).lower(),
}


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""  # lvlText, e.g. "%1、"
    suffix: str = "tab"  # w:suff: tab | space | nothing


@dataclass
class _List:
    levels: dict[int, Level]
    counters: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)


class Numbering:
    """Labels of numbered paragraphs, counted in document order (call :meth:`label` once per paragraph)."""

    def __init__(self, numbering: etree._Element | None = None, styles: etree._Element | None = None):
        abstract = {el.get(W + "abstractNumId"): _levels(el) for el in _iter(numbering, "abstractNum")}
        self._lists: dict[str, _List] = {}
        self._num_list: dict[str, _List] = {}
        for num in _iter(numbering, "num"):
            self._add_num(num, abstract)
        self._style_numbers = _style_numbers(styles)

    def _add_num(self, num: etree._Element, abstract: dict[str | None, dict[int, Level]]) -> None:
        abstract_id = _val(num.find(W + "abstractNumId"))
        levels = abstract.get(abstract_id)
        if levels is None:
            return
        overrides = {}
        for override in num.iter(W + "lvlOverride"):
            start = _val(override.find(W + "startOverride"))
            if start is not None and start.lstrip("-").isdigit():
                overrides[int(override.get(W + "ilvl", "0"))] = int(start)
        if overrides:  # a list of its own, restarting where the override says
            own = {i: Level(overrides.get(i, lvl.start), lvl.fmt, lvl.text, lvl.suffix) for i, lvl in levels.items()}
            self._num_list[num.get(W + "numId")] = _List(own)
        else:  # lists of one abstract definition count on together
            self._num_list[num.get(W + "numId")] = self._lists.setdefault(abstract_id, _List(levels))

    def label(self, paragraph: etree._Element) -> tuple[str, str]:
        """The label Word shows before ``paragraph`` ("" when none) and the separator after it."""
        num_id, ilvl = self._number_of(paragraph)
        numbered = self._num_list.get(num_id) if num_id is not None else None
        if numbered is None or ilvl not in numbered.levels:
            return "", ""
        level = numbered.levels[ilvl]
        if level.fmt in UNNUMBERED:
            return "", ""
        counters = numbered.counters
        counters[ilvl] = level.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            counters[deeper] = None
        text = level.text
        for i in range(ilvl, -1, -1):  # %10 never occurs: nine levels at most
            if f"%{i + 1}" in text:
                text = text.replace(f"%{i + 1}", self._written(numbered, i))
        return text, {"space": " ", "nothing": ""}.get(level.suffix, " ")

    def _written(self, numbered: _List, ilvl: int) -> str:
        level = numbered.levels.get(ilvl, Level())
        value = numbered.counters[ilvl] if numbered.counters[ilvl] is not None else level.start
        return FORMATS.get(level.fmt, str)(value)

    def _number_of(self, paragraph: etree._Element) -> tuple[str | None, int]:
        properties = paragraph.find(W + "pPr")
        if properties is None:
            return None, 0
        num_pr = properties.find(W + "numPr")
        style = _val(properties.find(W + "pStyle"))
        style_num, style_level = self._style_numbers.get(style, (None, 0))
        if num_pr is None:
            return style_num, style_level
        num_id = _val(num_pr.find(W + "numId")) or style_num
        ilvl = _val(num_pr.find(W + "ilvl"))
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else style_level


def _iter(root: etree._Element | None, name: str):
    return root.iter(W + name) if root is not None else ()


def _val(el: etree._Element | None) -> str | None:
    return el.get(W + "val") if el is not None else None


def _levels(abstract: etree._Element) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.iter(W + "lvl"):
        ilvl = lvl.get(W + "ilvl", "0")
        start = _val(lvl.find(W + "start"))
        if not ilvl.isdigit() or int(ilvl) >= MAX_LEVELS:
            continue
        levels[int(ilvl)] = Level(
            start=int(start) if start and start.lstrip("-").isdigit() else 1,
            fmt=_val(lvl.find(W + "numFmt")) or "decimal",
            text=_val(lvl.find(W + "lvlText")) or "",
            suffix=_val(lvl.find(W + "suff")) or "tab",
        )
    return levels


def _style_numbers(styles: etree._Element | None) -> dict[str | None, tuple[str | None, int]]:
    """Paragraph styles that number their paragraphs (heading styles often do): style id → (numId, ilvl)."""
    found: dict[str | None, tuple[str | None, int]] = {}
    for style in _iter(styles, "style"):
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            ilvl = _val(num_pr.find(W + "ilvl"))
            found[style.get(W + "styleId")] = (_val(num_pr.find(W + "numId")), int(ilvl) if ilvl and ilvl.isdigit() else 0)
    return found
