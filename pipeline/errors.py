"""Typed errors: each names the file (and line) so the CLI can print one clear line."""

from __future__ import annotations


class FengongError(Exception):
    """A problem with one input that stops its extraction."""

    def __init__(self, path: object, problem: str, line: int | None = None):
        self.path = str(path)
        self.problem = problem
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        from .safe_text import path_text, printable  # an error line never carries a control character

        where = f"{path_text(self.path)}:{self.line}" if self.line else path_text(self.path)
        problem = " ".join(line.strip() for line in self.problem.splitlines() if line.strip())
        return f"{where}: {printable(problem, one_line=True)}"


class InputError(FengongError):
    """The file cannot be read or decoded, or holds no notice."""
