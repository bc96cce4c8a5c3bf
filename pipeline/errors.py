"""Typed errors, the one error line, and the exit codes: the one place the commands read them from."""

from __future__ import annotations

import os
import re  # (not rx: `fengong --help` imports this module, and two patterns cost less than reading rx's table)
import sys

TYPE_CHECKING = False  # (typing is not imported at run time: `fengong --help` imports this module)
if TYPE_CHECKING:
    from typing import TextIO

# Exit statuses of every command (those of diff(1) for `fengong diff`).
EXIT_OK = 0
EXIT_DIFFERENCES = 1  # `fengong diff`: the two sides differ
EXIT_ERROR = 2  # bad input, an unreadable file, a usage error
EXIT_INTERRUPTED = 130  # Ctrl-C


class FengongError(Exception):
    """A problem with one input that stops its extraction."""

    def __init__(self, path: object, problem: str, line: int | None = None):
        self.path = str(path)
        self.problem = problem
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{path_text(self.path)}:{self.line}" if self.line else path_text(self.path)
        problem = " ".join(line.strip() for line in self.problem.splitlines() if line.strip())
        return f"{where}: {printable(problem, one_line=True)}"


class InputError(FengongError):
    """The file cannot be read or decoded, or holds no notice."""


def error_line(problem: object) -> str:
    """The one line a command prints for an error: ``fengong: error: FILE[:LINE]: reason``; a
    control character in it (from a file name or a notice) is shown as an escape."""
    return f"fengong: error: {printable(str(problem), one_line=True)}"


# Text made safe to print (re-exported, with the reasons, by pipeline/safe_text.py): C0 controls but
# tab and newline, DEL, C1 controls, lone surrogates (bytes of a file name that is not UTF-8) and
# bidirectional controls are written as visible escapes.
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
    return printable(path if isinstance(path, str) else os.fsdecode(path), one_line=True)  # type: ignore[arg-type]


def report_error(problem: object, stream: TextIO | None = None) -> int:
    """Print the error line on standard error (or ``stream``); returns :data:`EXIT_ERROR`."""
    print(error_line(problem), file=stream or sys.stderr)
    return EXIT_ERROR
