"""Issue 17, kill safety: a dead worker fails only its own file; killing the parent ends its workers;
SIGKILL mid-write leaves only whole outputs and a rerun completes the batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline.run.batch as batch
from pipeline.cli import main

pytestmark = pytest.mark.slow  # worker and fengong processes are started

NOTICE = "关于印发分工方案的通知\n一、优化营商环境\n1.推行企业开办。\n牵头单位：市市场监管局\n"
ROOT = Path(__file__).resolve().parent.parent


def _dying_extract(path, *rest):
    if Path(path).stem == "die":
        os._exit(1)  # as a worker killed by the OOM killer or SIGKILL
    return _REAL_EXTRACT(path, *rest)


_REAL_EXTRACT = batch.extract_one


def test_a_dead_worker_fails_only_its_own_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "extract_one", _dying_extract)  # workers are forked: they see it
    names = ["a", "b", "die", "c", "d"]
    for name in names:
        (tmp_path / f"{name}.txt").write_text(NOTICE, encoding="utf-8")
    status = main(["extract", *(str(tmp_path / f"{n}.txt") for n in names), "-o", str(tmp_path / "out"), "--jobs", "2", "--force-jobs"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.strip().splitlines() == [f"fengong: error: {tmp_path / 'die.txt'}: internal error: the worker process died while extracting it"]
    # the broken pool may stop the other worker mid-write: its .fengong-PID-*.tmp is removed by the next run
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.suffix == ".json") == ["a.json", "b.json", "c.json", "d.json"]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(argument: str) -> list[int]:
    """Live processes whose command line has ``argument`` (the parent's workers share its command line)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and argument.encode() in (entry / "cmdline").read_bytes() and _alive(int(entry.name)):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_the_parent_ends_its_workers_and_a_rerun_completes(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(300):  # enough work that the workers are still busy after the first output (40 ran out)
        (inputs / f"n{n:03d}.txt").write_text(NOTICE + f"{n + 2}.推进第{n}项工作。\n牵头单位：市财政局\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "--jobs", "2", "--force-jobs", "-q"]
    parent = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.glob("*.json")) and _children(parent.pid)):
        time.sleep(0.05)
    assert _children(parent.pid), "no worker started"
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _running(str(inputs)):
        time.sleep(0.1)
    assert not _running(str(inputs)), "workers outlived their parent"
    import json

    for output in out.glob("*.json"):  # only whole outputs
        json.loads(output.read_text(encoding="utf-8"))
    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert sorted(p.name for p in out.iterdir()) == [f"n{n:03d}.json" for n in range(300)]  # no temporary left


def test_two_runs_into_one_folder_never_corrupt_a_file(tmp_path):
    import json

    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(12):
        (inputs / f"n{n:02d}.txt").write_text(NOTICE + f"{n + 2}.推进第{n}项工作。\n牵头单位：市财政局\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "--force", "-q"]
    runs = [subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    assert sorted(p.name for p in out.iterdir()) == [f"n{n:02d}.json" for n in range(12)]
    for output in out.iterdir():
        assert json.loads(output.read_text(encoding="utf-8"))["source"]["path"] == output.stem + ".txt"
