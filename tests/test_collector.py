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


def test_the_library_extraction_pauses_the_collector_and_leaves_it_as_it_was_and_no_cycle_behind():
    from conftest import ROOT

    from pipeline import extract

    notice = ROOT / "raw_docs" / "yingkou_2016_45_shisanwu_fengong.txt"
    assert gc.isenabled()
    extract(notice)  # (the first in a process imports and builds what the process keeps, cycles among it)
    gc.collect()
    extract(notice)
    assert gc.isenabled()
    assert gc.collect() == 0  # an extraction leaves no cycle for the paused collector to miss
    gc.disable()
    try:
        extract(notice)
        assert not gc.isenabled()  # a caller's own pause is kept
    finally:
        gc.enable()
