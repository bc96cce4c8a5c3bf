"""Writes: atomic, durable, and with the mode the umask gives (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat

import pytest

from pipeline.export import write_atomic


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_written_files_respect_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "out" / "a.json", "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out" / "a.json").stat().st_mode) == mode
    assert os.umask(old) == old  # the umask is as it was
    os.umask(old)


def test_a_failed_write_leaves_nothing(tmp_path):
    def pieces():
        yield b"{"
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        write_atomic(tmp_path / "a.json", pieces())
    assert list(tmp_path.iterdir()) == []
