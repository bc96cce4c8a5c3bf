"""Fold width, spaces, dashes and Traditional keyword characters one character for one.

Every later stage matches patterns on the folded text but reports spans that are valid in the
original: because each character folds to exactly one character, offsets are shared. The table is
checked for that at import time (NFKC is not used: it turns some characters into two).
"""

from __future__ import annotations

_FULL_WIDTH_ASCII = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}

_SPACES = {ch: " " for ch in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\t"}

# Dashes and tildes that separate the ends of a range (1—2个, 7%～10%). 「－」 is full-width minus,
# which also means a range in these notices.
_RANGE_DASHES = {ch: "—" for ch in "–―－~～‒"}

# Only the characters of the assignment vocabulary, so Traditional copies (牽頭單位：…) parse.
# Unit names stay as written: spans slice the original text.
_TRADITIONAL_KEYWORDS = dict(
    zip(
        "牽頭單負責職參與會同協辦關門區縣級務廳據聯領導組員為號發",
        "牵头单负责职参与会同协办关门区县级务厅据联领导组员为号发",
    )
)

FOLD_TABLE: dict[str, str] = {**_FULL_WIDTH_ASCII, **_SPACES, **_RANGE_DASHES, **_TRADITIONAL_KEYWORDS}
assert all(len(k) == 1 and len(v) == 1 for k, v in FOLD_TABLE.items()), "folding must be 1:1"
_TRANSLATION = str.maketrans(FOLD_TABLE)


def fold(text: str) -> str:
    """Return ``text`` folded character by character; ``len(fold(t)) == len(t)`` always."""
    return text.translate(_TRANSLATION)
