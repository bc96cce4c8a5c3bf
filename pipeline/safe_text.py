"""Text from a notice or a file name made safe to print: nothing in it can drive a terminal.

A notice may carry ESC sequences (``\\x1b]0;title\\x07`` retitles a terminal, ``\\x1b[2J`` clears
it), other C0/C1 controls, bidirectional overrides that reorder what a reader sees, and a file name
may not be valid UTF-8 (a GBK name from a zip archive reaches Python as lone surrogates). Every
terminal and text output (error lines, ``diff`` text/md, the ``units`` and ``search`` tables) passes
such text through :func:`printable`; JSON keeps the text as it is (its escaping is exact).

The implementation is in :mod:`pipeline.errors`, beside the error line it also guards.
CSV/xlsx cells are neutralised by :func:`pipeline.unit_views.neutralise` (OWASP), not here.
"""

from __future__ import annotations

# The escaping lives beside the one error line (pipeline/errors.py imports nothing of the package).
from .errors import path_text, printable

__all__ = ["path_text", "printable"]
