"""Text from a notice or a file name made safe to print: nothing in it can drive a terminal.

A notice may carry ESC sequences (``\\x1b]0;title\\x07`` retitles a terminal, ``\\x1b[2J`` clears
it), other C0/C1 controls, bidirectional overrides that reorder what a reader sees, and a file name
may not be valid UTF-8 (a GBK name from a zip archive reaches Python as lone surrogates). Every
terminal and text output (error lines, ``diff`` text/md, the ``units`` and ``search`` tables) passes
such text through :func:`printable`; JSON keeps the text as it is (its escaping is exact).

CSV/xlsx cells are neutralised by :func:`pipeline.unit_views.neutralise` (OWASP), not here.
"""

from __future__ import annotations

import os
import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates, bidirectional controls.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_UNSAFE_IN_LINE = re.compile("[\t\n" + _UNSAFE.pattern[1:])


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, one_line: bool = False) -> str:
    """``text`` with every control character written as a visible escape (``\\x1b``, ``\\u202e``);
    tabs and newlines are kept unless ``one_line``."""
    pattern = _UNSAFE_IN_LINE if one_line else _UNSAFE
    return pattern.sub(_escape, text) if pattern.search(text) else text


def path_text(path: object) -> str:
    """A path as text that encodes to UTF-8 and prints safely: bytes that were not UTF-8 become
    ``\\xNN`` (stable, so the same name always gives the same text)."""
    return printable(os.fspath(path) if not isinstance(path, str) else path, one_line=True)
