"""Typed errors, the one error line, and the exit codes: the one place the commands read them from."""

from __future__ import annotations

import sys
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
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.problem}"


class InputError(FengongError):
    """The file cannot be read or decoded, or holds no notice."""


def error_line(problem: object) -> str:
    """The one line a command prints for an error: ``fengong: error: FILE[:LINE]: reason``."""
    return f"fengong: error: {problem}"


def report_error(problem: object, stream: TextIO | None = None) -> int:
    """Print the error line on standard error (or ``stream``); returns :data:`EXIT_ERROR`."""
    print(error_line(problem), file=stream or sys.stderr)
    return EXIT_ERROR
