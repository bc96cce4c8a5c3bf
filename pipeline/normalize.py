"""Fold width, spaces, dashes and Traditional characters one character for one.

Every later stage matches patterns on the folded text but reports spans that are valid in the
original: because each character folds to exactly one character, offsets are shared. The table is
checked for that at import time (NFKC is not used: it turns some characters into two).
"""

from __future__ import annotations

from . import rx as re
from importlib import resources

_FULL_WIDTH_ASCII = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}

_SPACES = {ch: " " for ch in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\t"}

# Dashes and tildes that separate the ends of a range (1—2个, 7%～10%). 「－」 is full-width minus,
# which also means a range in these notices.
_RANGE_DASHES = {ch: "—" for ch in "–―－~～‒"}

# Traditional → Simplified, one character for one (pipeline/data/traditional.tsv, generated from
# OpenCC's TSCharacters by tools/gen_traditional.py; characters that are also ordinary Simplified
# characters with another use — 乾, 著, 藉 … — are left out). fold() applies it, so every stage reads
# a Traditional copy as the Simplified one; written names and spans keep the original characters.
def _load_traditional() -> dict[str, str]:
    text = (resources.files("pipeline") / "data" / "traditional.tsv").read_text(encoding="utf-8")
    body = _COMMENT_LINE.sub("", text)
    fields = body.split()  # (split at once: 3,200 lines split one by one cost ~1.3 ms of every start)
    if len(fields) != 2 * body.count("\t"):  # (and each field one character: asserted below)
        raise ValueError("traditional.tsv: a line is not 「character TAB character」")
    return dict(zip(fields[0::2], fields[1::2]))


_COMMENT_LINE = re.compile(r"(?m)^#.*$")


def _one_for_one(table: dict[str, str]) -> bool:
    """Every key and value one character (checked in C: joined, they are as long as the table)."""
    return len("".join(table)) == len(table) == len("".join(table.values()))


TRADITIONAL_TO_SIMPLIFIED: dict[str, str] = _load_traditional()
# One character for one, none mapped to itself.
assert _one_for_one(TRADITIONAL_TO_SIMPLIFIED) and not any(map(str.__eq__, TRADITIONAL_TO_SIMPLIFIED, TRADITIONAL_TO_SIMPLIFIED.values()))
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL_TO_SIMPLIFIED)

# str.translate looks each character up in its table; in a dict, a character the table does not
# hold costs a KeyError, raised and caught: most of a notice's characters. A list indexed by every
# BMP code point (the character itself where nothing changes) halves the cost; a text holding a
# character past the BMP (where 66 Traditional ones stand) is translated with the dict.
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


def _bmp_tables(*tables: dict[int, str]) -> list[list[int | str]]:
    """Each table as a list of every BMP code point; the code points' ints are made once, shared by
    the lists."""
    lists: list[list[int | str]] = [list(range(0x10000))]
    lists += [lists[0].copy() for _ in tables[1:]]
    for bmp, table in zip(lists, tables):
        for code, replacement in table.items():
            if code < len(bmp):
                bmp[code] = replacement
    return lists


def _translate(text: str, table: dict[int, str], bmp: list[int | str]) -> str:
    return text.translate(table if _BEYOND_BMP.search(text) else bmp)


def to_simplified(text: str) -> str:
    """``text`` with Traditional characters replaced one for one (``len`` is kept)."""
    return _translate(text, _TO_SIMPLIFIED, _TO_SIMPLIFIED_BMP)


FOLD_TABLE: dict[str, str] = {**TRADITIONAL_TO_SIMPLIFIED, **_FULL_WIDTH_ASCII, **_SPACES, **_RANGE_DASHES}
assert _one_for_one(FOLD_TABLE), "folding must be 1:1"
_TRANSLATION = str.maketrans(FOLD_TABLE)
_TO_SIMPLIFIED_BMP, _TRANSLATION_BMP = _bmp_tables(_TO_SIMPLIFIED, _TRANSLATION)


def fold(text: str) -> str:
    """Return ``text`` folded character by character; ``len(fold(t)) == len(t)`` always."""
    return _translate(text, _TRANSLATION, _TRANSLATION_BMP)


# fold then to_simplified in one pass: both map one character to one, so a character goes to
# to_simplified(fold(ch)), which is fold(ch) itself unless fold(ch) is a Traditional character (fold
# leaves one: 薴 folds to a character to_simplified changes again). A text without such a character
# is folded with fold's table alone; no third list of every code point is kept.
# (FOLD_TABLE holds every Traditional character as a key: fold(ch) is FOLD_TABLE[ch], or ch itself.)
_LEFT_BY_FOLD = {ch: folded for ch, folded in FOLD_TABLE.items() if folded in TRADITIONAL_TO_SIMPLIFIED}
_FOLDS_AGAIN = re.compile(f"[{re.escape(''.join(sorted(_LEFT_BY_FOLD)))}]" if _LEFT_BY_FOLD else "(?!)")


def fold_simplified(text: str) -> str:
    """``to_simplified(fold(text))``, in one pass but for a text holding a character fold leaves
    Traditional; ``len`` is kept."""
    if _FOLDS_AGAIN.search(text):
        return to_simplified(fold(text))
    return fold(text)


# The Traditional characters fold() leaves in a text: those it folds another character to (薴 → 苧).
# A text fold() made holds no other, so to_simplified changes it only when it holds one of these.
_FOLDED_TRADITIONAL = re.compile(f"[{re.escape(''.join(sorted(set(_LEFT_BY_FOLD.values()))))}]" if _LEFT_BY_FOLD else "(?!)")


def to_simplified_folded(folded: str) -> str:
    """``to_simplified(folded)`` for a text :func:`fold` made (the run's folded text): the text itself,
    unless it holds a Traditional character fold leaves."""
    return to_simplified(folded) if _FOLDED_TRADITIONAL.search(folded) else folded
