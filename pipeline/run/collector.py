"""Python's cyclic garbage collector around an extraction (here, apart from :mod:`.notice`, so that the
console script can set it up without importing the dataclass machinery `fengong --help` avoids)."""

from __future__ import annotations

import gc
from contextlib import contextmanager

_freeze_after_first = False  # set by the console script (cli.run) only: see freeze_after_first_file


def freeze_after_first_file() -> None:
    """For a process that runs one command and ends (the console script): once the first file is
    extracted, what the process made and keeps — spaCy's and jieba's modules, the unit matcher, the
    tagger's dictionary, all made by the first file — is moved out of the collector's generations
    (``gc.freeze``), so that no later pass walks it (the first pass after that file walked all of it:
    ~0.05 s of a cold extraction). Cyclic garbage of that one file, if any, is then kept till the end.

    The collector is also off from this call until that first file is extracted: its passes over the
    modules being imported meanwhile (ours, pydantic's records, the unit dictionary: ~15 ms of a cold
    extraction) would only walk objects that are frozen afterwards anyway. It is on again once the
    first file is done; a command that extracts no file runs with it off, and then the process ends."""
    global _freeze_after_first
    _freeze_after_first = True
    gc.disable()


@contextmanager
def collector_paused():
    """Python's cyclic garbage collector off while one file is extracted.

    An extraction builds millions of small objects and frees them by reference counting; the
    collector's passes over that growing heap were the one cost that grew faster than the text
    (~11 % of the time on the notice repeated 100×). Any cycles left are collected once it is back on."""
    global _freeze_after_first
    was_enabled = gc.isenabled() or _freeze_after_first  # the console script paused it till the first file
    gc.disable()
    try:
        yield
    finally:
        if _freeze_after_first:
            _freeze_after_first = False
            gc.freeze()
        if was_enabled:
            gc.enable()
