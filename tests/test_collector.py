"""The console script's use of Python's cyclic collector (pipeline/cli.py ``run``,
pipeline/run/collector.py): what the process keeps is frozen out of the collector once, after the first
file; the library alone never freezes anything in its caller's process."""

from __future__ import annotations

import gc

from pipeline.run import collector


def test_the_first_file_after_the_console_scripts_call_freezes_once():
    gc.unfreeze()
    try:
        with collector.collector_paused():
            pass
        assert gc.get_freeze_count() == 0  # a library caller: nothing frozen
        collector.freeze_after_first_file()
        assert not gc.isenabled()  # off from the console script's start till its first file
        with collector.collector_paused():
            kept = [object()]
        assert gc.get_freeze_count() > 0 and gc.isenabled()
        gc.unfreeze()
        with collector.collector_paused():
            pass
        assert gc.get_freeze_count() == 0  # only the first file
        assert kept
    finally:
        gc.unfreeze()
        gc.enable()
        collector._freeze_after_first = False


def test_the_collector_is_back_as_it_was():
    gc.disable()
    try:
        with collector.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with collector.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
