"""Corpora: one pure function per notice, inputs at any count (folders, globs, --from-list), the
Parquet dataset (the store's tables, read back by pyarrow and DuckDB) and the Dask engine (slow: a
local cluster of two worker processes)."""

from __future__ import annotations

import io
import json
import os
import sys
from functools import partial
from pathlib import Path

import pytest

from conftest import SEED
from pipeline.cli import main
from pipeline.commands import options
from pipeline.errors import FengongError
from pipeline.run.batch import run_batch
from pipeline.run.notice import extract_notice, process
from pipeline.store.tables import extraction_rows
from test_batch import SMALL, SMALL_JSON, outputs, write_inputs

SUFFIXES = (".txt", ".html")


# --- one pure function per notice ---------------------------------------------------------------


def test_extract_notice_is_bytes_in_records_out(tmp_path):
    data = SMALL["a_city.txt"].encode("utf-8")
    first = extract_notice("corpus/a_city.txt", data)
    assert first.source.path == "a_city.txt"  # the name given (its file name); no file was read
    assert [(a.role, a.unit) for a in first.tasks[0].assignments] == [
        ("lead", "市发展改革委"), ("cooperate", "市工信委"), ("cooperate", "市财政局")
    ]
    assert extract_notice("corpus/a_city.txt", data) == first  # nothing kept between calls
    assert list(tmp_path.iterdir()) == []


def test_process_reads_extracts_and_writes_through_the_pure_function(tmp_path, monkeypatch):
    import pipeline.run.notice as notice

    calls = []
    real = notice.extract_notice
    monkeypatch.setattr(notice, "extract_notice", lambda name, data, units=(): calls.append(name) or real(name, data, units))
    inputs_dir = tmp_path / "in"
    paths = write_inputs(inputs_dir, with_seed=False)
    run_batch(paths, str(tmp_path / "out"), quiet=True)
    assert calls == [str(p) for p in paths]


def test_a_worker_elsewhere_takes_relative_paths_from_the_client_s_folder(tmp_path, monkeypatch):
    write_inputs(tmp_path / "in", with_seed=False)
    monkeypatch.chdir("/")  # the worker's own folder
    outcome = process(Path("in/a_city.txt"), Path("out/a_city.json"), (), "json", cwd=str(tmp_path))
    assert (outcome.error, outcome.tasks) == (None, 1)
    written = json.loads((tmp_path / "out" / "a_city.json").read_text(encoding="utf-8"))
    assert written["source"]["path"] == "a_city.txt"  # as a serial run says
    assert process(Path("in/none.txt"), Path("out/none.json"), (), "json", cwd=str(tmp_path)).error == "in/none.txt: no such file"


# --- inputs at any count -----------------------------------------------------------------------


def make_tree(root: Path) -> None:
    for name in ("a/1.txt", "a/2.html", "a/notes.md", "b/c/3.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")


def test_folders_globs_and_files_expand_in_the_order_given(tmp_path, monkeypatch):
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert options.expand_inputs(["b/c/3.txt", "a", "**/*.txt"], [], SUFFIXES) == [
        Path("b/c/3.txt"), Path("a/1.txt"), Path("a/2.html"), Path("a/1.txt"), Path("b/c/3.txt")
    ]


def test_from_list_reads_a_file_and_standard_input(tmp_path, monkeypatch):
    make_tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    Path("list.txt").write_text("a/1.txt\n\nb/c/3.txt\r\na\n", encoding="utf-8")
    assert options.expand_inputs([], ["list.txt"], SUFFIXES) == [Path("a/1.txt"), Path("b/c/3.txt"), Path("a/1.txt"), Path("a/2.html")]
    assert options.expand_inputs(["a/2.html"], ["-"], SUFFIXES, stdin=io.StringIO("b/c/3.txt\n")) == [Path("a/2.html"), Path("b/c/3.txt")]


@pytest.mark.parametrize(
    "given, lists, problem",
    [
        ([], [], "INPUT: no input given (name files, folders, globs, or --from-list FILE)"),
        (["none/*.txt"], [], "none/*.txt: no file matches this pattern"),
        ([], ["missing.list"], "missing.list: cannot read the list of inputs: No such file or directory"),
    ],
)
def test_input_errors_are_one_line(tmp_path, monkeypatch, given, lists, problem):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FengongError) as raised:
        options.expand_inputs(given, lists, SUFFIXES)
    assert str(raised.value) == problem


def test_extract_and_ingest_take_a_list_of_inputs(tmp_path, monkeypatch, capsys):
    paths = write_inputs(tmp_path / "in", with_seed=False)
    listed = tmp_path / "list.txt"
    listed.write_text("".join(f"{p}\n" for p in paths[:2]), encoding="utf-8")
    assert main(["extract", "--from-list", str(listed), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert sorted(outputs(tmp_path / "out")) == SMALL_JSON[:2]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{tmp_path / 'out'}/*.json\n"))
    assert main(["ingest", "--from-list", "-", "--db", str(tmp_path / "f.db"), "-q"]) == 0
    assert main(["extract", "-o", str(tmp_path / "none")]) == 2
    assert capsys.readouterr().err == "fengong: error: INPUT: no input given (name files, folders, globs, or --from-list FILE)\n"


# --- the Parquet dataset -----------------------------------------------------------------------

pa_dataset = pytest.importorskip("pyarrow.dataset")


def read_table(folder: Path, name: str):
    """As a reader outside fengong would: the partition column's type given, since a table whose
    notices all lack a date has only the null partition, whose type cannot be inferred."""
    import pyarrow as pa

    partitioning = pa_dataset.partitioning(pa.schema([("notice_year", pa.int64())]), flavor="hive")
    return pa_dataset.dataset(folder / name, format="parquet", partitioning=partitioning).to_table()


def parquet_run(paths, out: Path, batch: int = 2000):
    from pipeline.run.parquet import ParquetSink

    sink = ParquetSink(out, batch=batch)
    summary = run_batch(paths, str(out), quiet=True, fmt="parquet", sink=sink, err=io.StringIO())
    sink.close()
    return summary


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    root = tmp_path_factory.mktemp("parquet")
    paths = write_inputs(root / "in")  # four small notices and the reference notice
    (root / "in" / "bad.txt").write_text("x", encoding="utf-8")
    summary = parquet_run(sorted((root / "in").iterdir()), root / "out", batch=2)
    assert (summary.written, summary.failed) == (5, 1)
    return root / "out", paths


def test_the_dataset_has_the_store_s_tables_and_columns(dataset):
    from pipeline.run.parquet import PARTITION, dataset_tables

    out, _ = dataset
    names = [t.name for t in dataset_tables()]
    assert names == ["notices", "revisions", "sections", "tasks", "assignments", "implied", "targets", "deadlines", "units", "diagnostics"]
    assert sorted(p.name for p in out.iterdir()) == sorted(names)  # no staging folder left
    for table in dataset_tables():
        assert read_table(out, table.name).column_names == [*table.names, PARTITION]


def test_the_rows_are_those_of_the_store_per_notice(dataset):
    out, paths = dataset
    for rid, path in enumerate(paths, start=1):
        expected = extraction_rows(extract_notice(str(path), path.read_bytes()), rid)
        year = expected["revisions"][0][-3]  # the revision's year column
        for name in ("sections", "tasks", "assignments", "implied", "targets", "deadlines", "units", "diagnostics"):
            rows = [tuple(r.values())[:-1] for r in read_table(out, name).to_pylist() if r["revision_id"] == rid]
            assert rows == [tuple(r) for r in expected[name]], name
        (revision,) = [r for r in read_table(out, "revisions").to_pylist() if r["revision_id"] == rid]
        assert (revision["notice_id"], revision["number"], revision["sha256"], revision["notice_year"]) == (
            rid, 1, expected["revisions"][0][5], year
        )


def test_partitions_by_the_notice_s_year(dataset):
    out, _ = dataset
    assert sorted(p.name for p in (out / "tasks").iterdir()) == ["notice_year=2016", "notice_year=__HIVE_DEFAULT_PARTITION__"]
    notices = read_table(out, "notices").sort_by("notice_id").to_pylist()
    assert [(n["notice_id"], n["doc_number"], n["notice_year"]) for n in notices] == [
        (1, None, None), (2, None, None), (3, None, None), (4, None, None), (5, "营政发〔2016〕45号", 2016)
    ]


def test_duckdb_reads_the_tasks_of_one_unit_across_notices(dataset):
    duckdb = pytest.importorskip("duckdb")
    out, paths = dataset
    query = f"""
        SELECT r.path, a.role, count(DISTINCT t.task_id) AS tasks, min(left(t.text, 8)) AS first
        FROM read_parquet('{out}/assignments/*/*.parquet', hive_partitioning = true) a
        JOIN read_parquet('{out}/tasks/*/*.parquet', hive_partitioning = true) t USING (revision_id, task_id)
        JOIN read_parquet('{out}/revisions/*/*.parquet', hive_partitioning = true) r USING (revision_id)
        WHERE a.unit = '市财政局'
        GROUP BY r.path, a.role ORDER BY r.path, a.role"""
    found = duckdb.sql(query).fetchall()
    assert [(Path(p).name, role) for p, role, _, _ in found] == [
        ("a_city.txt", "cooperate"), ("c_inline.txt", "cooperate"),
        (SEED.name, "cooperate"), (SEED.name, "lead"), (SEED.name, "responsible"),
    ]
    assert [first for *_, first in found[:2]] == ["推进产业升级。加", "森林覆盖率达到4"]
    seed = extract_notice(str(paths[-1]), paths[-1].read_bytes())
    for _, role, tasks, _ in found[2:]:
        assert tasks == sum(any(a.unit == "市财政局" and a.role == role for a in t.assignments) for t in seed.tasks)


@pytest.mark.slow
def test_jobs_send_the_rows_back_to_the_one_writer(dataset, tmp_path):
    from pipeline.run.parquet import ParquetSink

    out, paths = dataset
    sink = ParquetSink(tmp_path / "out")
    summary = run_batch(paths[:4], str(tmp_path / "out"), jobs=2, quiet=True, fmt="parquet", sink=sink)
    sink.close()
    assert summary.written == 4
    for name in ("notices", "tasks", "assignments", "targets", "diagnostics"):
        key = "notice_id" if name == "notices" else "revision_id"
        assert read_table(tmp_path / "out", name) == read_table(out, name).filter(pa_dataset.field(key) <= 4), name


def test_a_second_run_replaces_the_tables(dataset, tmp_path):
    _, paths = dataset
    out = tmp_path / "out"
    parquet_run(paths[:2], out)
    parquet_run(paths[:1], out)
    assert read_table(out, "notices").num_rows == 1
    assert read_table(out, "deadlines").num_rows == 0  # an empty table still has its schema file


# --- the Dask engine (slow: a local cluster of two worker processes) ---------------------------


def test_without_dask_the_engine_says_how_to_install_it(monkeypatch):
    from pipeline.run.dask_runner import DaskEngine

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(FengongError) as raised:
        DaskEngine()
    assert str(raised.value) == "--engine dask: needs Dask, an optional extra: pip install 'fengong[dask]'"


def test_without_pyarrow_parquet_says_how_to_install_it(monkeypatch, tmp_path):
    from pipeline.run.parquet import ParquetSink

    monkeypatch.setitem(sys.modules, "pyarrow.dataset", None)
    with pytest.raises(FengongError) as raised:
        ParquetSink(tmp_path)
    assert str(raised.value) == "--format parquet: needs pyarrow, an optional extra: pip install 'fengong[dask]'"


@pytest.mark.slow
def test_dask_writes_what_a_serial_run_writes_and_reports_a_bad_file(tmp_path):
    pytest.importorskip("distributed")
    from test_batch import run_cli

    inputs_dir = tmp_path / "in"
    write_inputs(inputs_dir, with_seed=False)
    (inputs_dir / "bad.txt").write_text("x", encoding="utf-8")
    serial = run_cli("extract", str(inputs_dir), "-o", str(tmp_path / "serial"))
    dask = run_cli("extract", str(inputs_dir), "-o", str(tmp_path / "dask"), "--engine", "dask")
    assert (serial.returncode, dask.returncode) == (2, 2)
    assert dask.stderr == serial.stderr == f"fengong: error: {inputs_dir / 'bad.txt'}: no recognisable structure: no headings and no assignment lines\n"
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "serial")
    assert sorted(outputs(tmp_path / "dask")) == SMALL_JSON
    assert [line.split(" -> ")[0] for line in dask.stdout.splitlines()[:-1]] == [str(inputs_dir / n) for n in sorted(SMALL)]
    # the Parquet rows come back from the workers to the one writer: the same dataset as a serial run's
    serial = run_cli("extract", str(inputs_dir), "-o", str(tmp_path / "serial.parquet"), "--format", "parquet")
    dask = run_cli("extract", str(inputs_dir), "-o", str(tmp_path / "dask.parquet"), "--format", "parquet", "--engine", "dask")
    assert (serial.returncode, dask.returncode) == (2, 2)
    for name in ("notices", "tasks", "assignments", "targets", "diagnostics"):
        assert read_table(tmp_path / "dask.parquet", name) == read_table(tmp_path / "serial.parquet", name)
    assert read_table(tmp_path / "dask.parquet", "assignments").num_rows == 8


def die_once(path, output, units_files, fmt, marker, cwd=None):
    """The worker extracting ``crash.txt`` dies (once: the marker file says it did)."""
    if Path(path).name == "crash.txt" and not os.path.exists(marker):
        Path(marker).touch()
        os._exit(1)
    return process(path, output, units_files, fmt, cwd)


@pytest.mark.slow
def test_dask_retries_the_files_of_a_killed_worker(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import cloudpickle

    from pipeline.run import dask_runner
    from pipeline.run.dask_runner import DaskEngine

    monkeypatch.setattr(dask_runner, "IN_FLIGHT", 2)  # files are submitted as earlier ones come back

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    inputs_dir = tmp_path / "in"
    write_inputs(inputs_dir, with_seed=False)
    (inputs_dir / "crash.txt").write_text(SMALL["a_city.txt"], encoding="utf-8")
    marker = tmp_path / "died"
    engine = DaskEngine(workers=2, task=partial(die_once, marker=str(marker)))
    summary = run_batch(sorted(inputs_dir.iterdir()), str(tmp_path / "out"), quiet=True, engine=engine, err=io.StringIO())
    assert marker.exists()  # a worker did die
    assert (summary.written, summary.failed) == (5, 0)
    written = outputs(tmp_path / "out")
    assert sorted(written) == sorted(SMALL_JSON + ["crash.json"])
    assert json.loads(written["crash.json"])["tasks"] == json.loads(written["a_city.json"])["tasks"]


def log_an_error_and_process(path, output, units_files, fmt, cwd=None):
    """What a worker's last heartbeat against a closed scheduler does: log an ERROR with a traceback."""
    import logging

    logging.getLogger("distributed.worker").error("Failed to communicate with scheduler during heartbeat.")
    return process(path, output, units_files, fmt, cwd)


@pytest.mark.slow
def test_dask_s_own_log_lines_never_reach_the_terminal(tmp_path, capfd):
    """A clerk reads one line per failed file, never Dask's logging (CI once caught a shutdown
    heartbeat's traceback on stderr)."""
    pytest.importorskip("distributed")
    import cloudpickle

    from pipeline.run.dask_runner import DaskEngine

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    inputs_dir = tmp_path / "in"
    write_inputs(inputs_dir, with_seed=False)
    engine = DaskEngine(workers=1, task=log_an_error_and_process)
    summary = run_batch(sorted(inputs_dir.iterdir()), str(tmp_path / "out"), quiet=True, engine=engine, err=io.StringIO())
    assert (summary.written, summary.failed) == (len(SMALL), 0)
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")
