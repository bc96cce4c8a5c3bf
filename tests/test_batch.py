"""Batch runs of `fengong extract`: parallel = serial, failure isolation, summary, re-ingest skipping,
quiet and progress output. Correctness only; speed is measured by `make bench`, not asserted here."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from pipeline import __version__
from pipeline.run.batch import Progress, run_batch
from pipeline.cli import main

SMALL = {
    "a_city.txt": "一、发展经济\n(一)推进产业升级。加快发展现代服务业。\n牵头单位：市发展改革委\n配合单位：市工信委、市财政局等\n",
    "b_county.txt": "一、保障民生\n1.完善社会保障体系，参保率达到95%。\n责任单位：市人力资源社会保障局\n",
    "c_inline.txt": "一、改善环境\n(一)森林覆盖率达到45.22%。（牵头单位：市林业局，配合单位：市财政局）\n",
    "d_gbk.txt": "一、科技创新\n(一)加强科技创新。\n牵头单位：市科技局\n配合单位：市教育局\n",
}


def write_inputs(folder: Path, with_seed: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in SMALL.items():
        (folder / name).write_bytes(text.encode("gb18030" if "gbk" in name else "utf-8"))
    if with_seed:
        (folder / SEED.name).write_bytes(SEED.read_bytes())
    return sorted(folder.iterdir())


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def mask_time(text: str) -> str:
    return re.sub(r"; \d+\.\d\d s$", "; T s", text, flags=re.M)


def written_lines(inputs: Path, out: Path, counts: list[tuple[str, str]]) -> list[str]:
    return [f"{inputs / n}.txt -> {out / n}.json ({c})" for n, c in counts]


SMALL_COUNTS = [
    ("a_city", "1 tasks, 3 assignments, 0 targets"),
    ("b_county", "1 tasks, 1 assignments, 1 targets"),
    ("c_inline", "1 tasks, 2 assignments, 1 targets"),
    ("d_gbk", "1 tasks, 2 assignments, 0 targets"),
]
SMALL_JSON = ["a_city.json", "b_county.json", "c_inline.json", "d_gbk.json"]


def test_parallel_output_is_byte_identical_to_serial(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs)
    serial = run_cli("extract", str(inputs), "-o", str(tmp_path / "serial"), "--jobs", "1")
    parallel = run_cli("extract", str(inputs), "-o", str(tmp_path / "parallel"), "--jobs", "2")
    assert (serial.returncode, parallel.returncode) == (0, 0), serial.stderr + parallel.stderr
    assert (serial.stderr, parallel.stderr) == ("", "")
    assert outputs(tmp_path / "serial") == outputs(tmp_path / "parallel")
    assert list(outputs(tmp_path / "serial")) == SMALL_JSON + [SEED.stem + ".json"]
    # the per-file lines come in input order either way
    seed_counts = (SEED.stem, "220 tasks, 809 assignments, 184 targets")  # (184 since session 25: 「闭坑矿治理2500亩」)
    for result, out in ((serial, tmp_path / "serial"), (parallel, tmp_path / "parallel")):
        assert mask_time(result.stdout).splitlines() == written_lines(inputs, out, SMALL_COUNTS + [seed_counts]) + [
            "fengong: 5 files: 5 written, 0 skipped (unchanged), 0 failed; 224 tasks, 817 assignments; T s"
        ]


def test_jobs_zero_means_one_per_cpu(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    assert main(["extract", str(inputs), "-o", str(tmp_path / "out"), "--jobs", "0", "-q"]) == 0
    assert list(outputs(tmp_path / "out")) == SMALL_JSON


def test_a_bad_file_is_reported_and_the_others_written(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    (inputs / "b_empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("extract", str(inputs), "-o", str(out), "--jobs", "2")
    assert result.returncode == 2
    assert result.stderr == f"fengong: error: {inputs / 'b_empty.txt'}: empty file\n"
    assert mask_time(result.stdout).splitlines() == written_lines(inputs, out, SMALL_COUNTS) + [
        "fengong: 5 files: 4 written, 0 skipped (unchanged), 1 failed; 4 tasks, 8 assignments; T s"
    ]
    assert list(outputs(out)) == SMALL_JSON


def test_summary_line_exactly(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    (inputs / "e_prose.txt").write_text("今天天气很好。\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("extract", str(inputs), "-o", str(out))
    assert result.returncode == 2
    assert mask_time(result.stdout).splitlines() == written_lines(inputs, out, SMALL_COUNTS) + [
        "fengong: 5 files: 4 written, 0 skipped (unchanged), 1 failed; 4 tasks, 8 assignments; T s"
    ]
    assert result.stderr == f"fengong: error: {inputs / 'e_prose.txt'}: no recognisable structure: no headings and no assignment lines\n"


def test_unchanged_inputs_are_skipped_and_force_extracts_them(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    out = tmp_path / "out"
    assert main(["extract", str(inputs), "-o", str(out), "-q"]) == 0
    before = outputs(out)
    (inputs / "a_city.txt").write_text(SMALL["a_city.txt"].replace("市财政局", "市科技局"), encoding="utf-8")

    buffer, errors = io.StringIO(), io.StringIO()
    summary = run_batch(sorted(inputs.iterdir()), str(out), out=buffer, err=errors)
    assert (summary.files, summary.written, summary.skipped, summary.failed) == (4, 1, 3, 0)
    assert [p.name for p in summary.skipped_paths] == ["b_county.txt", "c_inline.txt", "d_gbk.txt"]
    assert mask_time(buffer.getvalue()).splitlines() == [
        f"{inputs / n}.txt -> {out / n}.json (unchanged, skipped)" for n in ("b_county", "c_inline", "d_gbk")
    ] + written_lines(inputs, out, [("a_city", "1 tasks, 3 assignments, 0 targets")]) + [
        "fengong: 4 files: 1 written, 3 skipped (unchanged), 0 failed; 1 tasks, 3 assignments; T s"
    ]
    assert errors.getvalue() == ""
    after = outputs(out)
    assert list(after) == SMALL_JSON
    assert {n: after[n] == before[n] for n in SMALL_JSON} == {
        "a_city.json": False, "b_county.json": True, "c_inline.json": True, "d_gbk.json": True
    }

    forced = run_batch(sorted(inputs.iterdir()), str(out), force=True, out=io.StringIO(), err=io.StringIO())
    assert (forced.written, forced.skipped, forced.failed) == (4, 0, 0)
    with_units = run_batch(sorted(inputs.iterdir()), str(out), units_files=(str(_units_file(tmp_path)),), quiet=True)
    assert (with_units.written, with_units.skipped, with_units.failed) == (4, 0, 0)


def test_a_different_extractor_version_is_not_skipped(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    out = tmp_path / "out"
    assert main(["extract", str(inputs / "a_city.txt"), "-o", str(out), "-q"]) == 0
    written = out / "a_city.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    data["source"]["extractor_version"] = "0.0.0-old"
    written.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")  # as fengong writes it
    summary = run_batch([inputs / "a_city.txt"], str(out), quiet=True)
    assert (summary.written, summary.skipped, summary.failed) == (1, 0, 0)
    assert json.loads(written.read_text(encoding="utf-8"))["source"]["extractor_version"] == __version__


def test_quiet_prints_nothing_on_success(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    result = run_cli("extract", str(inputs), "-o", str(tmp_path / "out"), "--jobs", "2", "--quiet")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert list(outputs(tmp_path / "out")) == SMALL_JSON


def test_no_progress_output_when_not_a_terminal(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    result = run_cli("extract", str(inputs), "-o", str(tmp_path / "out"))
    assert (result.returncode, result.stderr) == (0, "")
    assert mask_time(result.stdout).splitlines() == written_lines(inputs, tmp_path / "out", SMALL_COUNTS) + [
        "fengong: 4 files: 4 written, 0 skipped (unchanged), 0 failed; 4 tasks, 8 assignments; T s"
    ]
    assert "\r" not in result.stdout


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_and_not_with_quiet(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    err = FakeTerminal()
    run_batch(sorted(inputs.iterdir()), str(tmp_path / "out"), out=io.StringIO(), err=err)
    # each drawing of the bar is "\r<bar>", wiped by "\r<as many spaces>\r" before the next line and at the end
    segments = err.getvalue().split("\r")
    bars, wipes = segments[1::3], segments[2::3]
    assert segments[0::3] == [""] * 6
    assert wipes == [" " * len(bar) for bar in bars]
    masked = [re.sub(r"\d+\.\d files/s  ETA \d+:\d\d$", "R files/s  ETA E", bar) for bar in bars[:-1]]
    assert masked == [
        "[........................] 0/4 files  0.0 files/s  ETA --:--",
        "[######..................] 1/4 files  R files/s  ETA E",
        "[############............] 2/4 files  R files/s  ETA E",
        "[##################......] 3/4 files  R files/s  ETA E",
    ]
    assert re.fullmatch(r"\[#{24}\] 4/4 files  \d+\.\d files/s  ETA 0:00", bars[-1])
    quiet = FakeTerminal()
    run_batch(sorted(inputs.iterdir()), str(tmp_path / "out2"), quiet=True, err=quiet)
    assert quiet.getvalue() == ""


def test_progress_bar_text():
    stream = FakeTerminal()
    bar = Progress(4, stream, True)
    bar.done = 2
    bar.draw()
    assert re.fullmatch(r"\r\[#{12}\.{12}\] 2/4 files  \d+\.\d files/s  ETA \d+:\d\d", stream.getvalue())


def test_jobs_must_not_be_negative(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "x.txt", "-o", "out", "--jobs", "-1"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == "fengong extract: error: argument -j/--jobs: must be 0 (one per CPU) or more"


def _units_file(tmp_path: Path) -> Path:
    path = tmp_path / "units.yaml"
    path.write_text(
        "version: 1\nentries:\n  - canonical: \"{place}市大数据管理局\"\n    kind: government_department\n"
        "    level: city\n    aliases: [市大数据局]\n",
        encoding="utf-8",
    )
    return path


HTML_NOTICE = "<p>一、保障民生</p><p>1.完善社会保障体系。</p><p>责任单位：市民政局</p>"


@pytest.mark.parametrize("reverse", [False, True], ids=["sorted", "reversed"])
def test_inputs_that_share_a_stem_get_distinct_outputs_whatever_their_order(tmp_path, reverse):
    inputs = tmp_path / "in"
    (inputs / "other").mkdir(parents=True)
    (inputs / "notice.txt").write_text(SMALL["a_city.txt"], encoding="utf-8")
    (inputs / "notice.html").write_text(HTML_NOTICE, encoding="utf-8")
    (inputs / "other" / "notice.txt").write_text(SMALL["b_county.txt"], encoding="utf-8")
    given = [inputs / "notice.html", inputs / "notice.txt", inputs / "other" / "notice.txt"]
    out = tmp_path / "out"
    summary = run_batch(given[::-1] if reverse else given, str(out), quiet=True)
    assert (summary.written, summary.skipped, summary.failed) == (3, 0, 0)
    sources = {p.name: json.loads(p.read_text(encoding="utf-8"))["source"]["sha256"] for p in out.iterdir()}
    digest = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in given}
    assert sources == {
        "notice.json": digest[inputs / "notice.txt"],  # .txt before .html; in/notice.txt before in/other/notice.txt
        "notice.html.json": digest[inputs / "notice.html"],
        "notice.txt.json": digest[inputs / "other" / "notice.txt"],
    }


def test_an_input_left_without_a_name_of_its_own_fails_before_any_work(tmp_path):
    from pipeline.export import output_paths

    a, b, c = (tmp_path / d / "x.txt" for d in "abc")
    out = tmp_path / "out"
    assert output_paths([c, b, a], out) == {a: out / "x.json", b: out / "x.txt.json"}
    for path in (a, b, c):
        path.parent.mkdir()
        path.write_text(SMALL["a_city.txt"], encoding="utf-8")
    err = io.StringIO()
    summary = run_batch([c, a, b], str(out), quiet=True, err=err)
    assert (summary.written, summary.failed) == (2, 1)
    assert err.getvalue() == f"fengong: error: {c}: its output {out / 'x.txt.json'} is also that of {b}; rename one of them\n"


def test_a_folder_run_names_what_it_did_not_read_and_says_so_in_its_exit_status(tmp_path, capsys):
    from pipeline.cli import main

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(SMALL["a_city.txt"], encoding="utf-8")
    (inputs / "b.shtml").write_text(HTML_NOTICE, encoding="utf-8")
    (inputs / "c.xlsx").write_bytes(b"PK\x03\x04")
    (inputs / "d.md").write_text("# notes", encoding="utf-8")
    (inputs / ".hidden").write_text("x", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(inputs), "-o", str(out), "-q"]) == 1
    assert capsys.readouterr().err == (
        f"fengong: not read: {inputs / 'c.xlsx'}: not a notice format fengong reads (.xlsx)\n"
        f"fengong: not read: {inputs / 'd.md'}: not a notice format fengong reads (.md)\n"
    )
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    (inputs / "e.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert main(["extract", str(inputs), "-o", str(out)]) == 2  # a refused format is a failure
    captured = capsys.readouterr()
    assert f"fengong: error: {inputs / 'e.doc'}: a .doc (Word 97–2003) file: save it as .docx or PDF\n" in captured.err
    assert captured.out.splitlines()[-1].startswith("fengong: 3 files: 0 written, 2 skipped (unchanged), 1 failed, 2 not read;")


def test_an_unwritable_output_is_that_file_s_error(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    out = tmp_path / "out"
    (out / "b_county.json").mkdir(parents=True)  # a directory where the file should go
    err = io.StringIO()
    summary = run_batch(sorted(inputs.iterdir()), str(out), quiet=True, err=err)
    assert (summary.written, summary.failed) == (3, 1)
    assert err.getvalue().startswith(f"fengong: error: {inputs / 'b_county.txt'}: cannot write output: ")
    assert sorted(p.name for p in out.iterdir()) == SMALL_JSON  # no temporary file left behind


def test_an_unchanged_html_input_is_skipped_although_its_output_holds_a_long_text(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>{n}.完善第{n}项社会保障制度，做好统筹衔接工作。</p><p>责任单位：市民政局</p>" for n in range(1, 200))
    page.write_text(f"<html><body><p>一、保障民生</p>{body}</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    first = run_batch([page], str(out), quiet=True)
    assert (first.written, first.skipped) == (1, 0)
    assert len((out / "page.json").read_bytes()) > 20_000
    assert len(json.loads((out / "page.json").read_text(encoding="utf-8"))["source"]["text"]) > 4096
    second = run_batch([page], str(out), quiet=True)
    assert (second.written, second.skipped) == (0, 1)


def test_the_garbage_collector_is_paused_per_file_and_back_on_after(tmp_path, monkeypatch):
    import gc

    import pipeline.stages

    seen = []
    real_extract = pipeline.stages.extract

    def spying_extract(path, units_files=(), data=None):
        seen.append(gc.isenabled())
        if Path(path).name == "bad.txt":
            raise RuntimeError("boom")
        return real_extract(path, units_files, data)

    monkeypatch.setattr(pipeline.stages, "extract", spying_extract)
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    (inputs / "bad.txt").write_text("x", encoding="utf-8")
    summary = run_batch(sorted(inputs.iterdir()), str(tmp_path / "out"), quiet=True, err=io.StringIO())
    assert (summary.written, summary.failed) == (4, 1)
    assert seen == [False] * 5
    assert gc.isenabled()


def test_a_file_named_twice_is_extracted_once(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs, with_seed=False)
    path = inputs / "a_city.txt"
    summary = run_batch([path, inputs / ".." / "in" / "a_city.txt"], str(tmp_path / "out"), quiet=True)
    assert (summary.files, summary.written, summary.failed) == (1, 1, 0)
