"""Issue 17: a FIFO given to any command is refused in one line (exit 2) before it is opened —
opening one blocks until a writer comes, so every command used to hang on it."""

import os

import pytest

from pipeline.cli import main

SEED = "raw_docs/yingkou_2016_45_shisanwu_fengong.txt"


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "notice.txt"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "{fifo}", "-o", "{out}"],
        ["units", "{fifo}"],
        ["diff", "{fifo}", SEED],
        ["review", "{fifo}", "-o", "{out}/page.html"],
        ["ingest", "{fifo}", "--db", "{out}/f.db"],
    ],
    ids=["extract", "units", "diff", "review", "ingest"],
)
def test_a_fifo_is_refused_in_one_line(args, fifo, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = tmp_path / "out"
    out.mkdir()
    assert main([a.format(fifo=fifo, out=out) for a in args]) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"fengong: error: {fifo}: not a regular file (a device, FIFO or socket)" in err
