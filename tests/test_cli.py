"""The command line: help, outputs, bad input, determinism, and nothing derived left stale."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SEED
from docbuild import blank_pdf
from pipeline.cli import main
from pipeline.export import json_chunks, json_schema, to_json
from pipeline.records import to_json_bytes, to_plain

FENGONG = [sys.executable, "-m", "pipeline"]


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([*FENGONG, *args], cwd=cwd, capture_output=True, text=True)


def test_help_explains_every_option(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "extract" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    for option in ("INPUT", "--output", "--units-file", "--quiet"):
        assert option in out


def test_python_dash_m_extracts(tmp_path):
    result = run_cli("extract", str(SEED), "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    written = tmp_path / "yingkou_2016_45_shisanwu_fengong.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["schema_version"] == "2"
    assert set(data) == {"schema_version", "source", "notice", "sections", "tasks", "targets", "deadlines", "units", "diagnostics", "checksum"}
    assert "220 tasks, 809 assignments" in result.stdout


def test_two_runs_give_byte_identical_output(tmp_path, seed):
    main(["extract", str(SEED), "-o", str(tmp_path / "a"), "-q"])
    main(["extract", str(SEED), "-o", str(tmp_path / "b"), "-q"])
    name = "yingkou_2016_45_shisanwu_fengong.json"
    assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_committed_extraction_is_current(seed):
    committed = ROOT / "extracted" / "yingkou_2016_45_shisanwu_fengong.json"
    assert committed.read_bytes() == to_json(seed), "run `make run` and commit extracted/"


def test_json_written_in_pieces_is_the_json_of_the_whole_record(seed):
    pieces = list(json_chunks(seed))
    # the last field, the checksum of the bytes before it, is filled in as the pieces are written
    joined, filled = re.subn(rb'"checksum": "sha256:[0-9a-f]{64}"\n}\n$', b'"checksum": ""\n}\n', b"".join(pieces))
    assert filled == 1 and joined == to_json_bytes(seed) + b"\n"
    assert json.loads(joined) == to_plain(seed)
    assert max(map(len, pieces)) < 20_000  # a task at a time, never the whole list


def test_committed_schema_is_current():
    committed = ROOT / "schemas" / "extraction.schema.json"
    assert committed.read_text(encoding="utf-8") == json_schema(), "run `make schema` and commit schemas/"


def test_ids_do_not_depend_on_the_path(tmp_path, seed):
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(SEED.read_bytes())
    from pipeline import extract

    other = extract(copy)
    assert [t.id for t in other.tasks] == [t.id for t in seed.tasks]
    assert [g.id for g in other.targets] == [g.id for g in seed.targets]


BAD_INPUTS = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.txt", b"  \n\n", "empty file", id="only-whitespace"),
    pytest.param("binary.txt", bytes(range(256)) * 4, "binary data", id="binary"),
    pytest.param("latin.txt", "一、总则\n".encode() + b"\xff\xfe\xfa\xfb" * 50 + b"\n", "undecodable text", id="undecodable"),
    pytest.param("prose.txt", "今天天气很好，我们去公园散步。\n然后回家吃饭。\n".encode(), "no recognisable structure", id="no-structure"),
    pytest.param("fake.docx", b"PK\x03\x04" + b"\x00" * 100, "not a Word", id="zip-not-docx"),
    pytest.param("scan.pdf", blank_pdf(1), "a PDF without a text layer (a scan?): OCR is not supported", id="scanned-pdf"),
    pytest.param("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "a .doc (Word 97–2003) file: save it as .docx or PDF", id="doc"),
]


@pytest.mark.parametrize("name, content, problem", BAD_INPUTS)
def test_bad_input_gives_one_line_and_exit_2(tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = run_cli("extract", str(bad), "-o", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"fengong: error: {bad}") and problem in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_missing_path(tmp_path):
    result = run_cli("extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    assert (result.returncode, result.stderr.strip()) == (2, f"fengong: error: {tmp_path / 'nope.txt'}: no such file")


def test_undecodable_names_the_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("一、总则\n牵头单位：市科技局\n".encode() + b"\x81\x20\xff\xff\xff\n")
    result = run_cli("extract", str(bad), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"{bad}:3: undecodable text" in result.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "a_empty.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    assert main(["extract", str(bad), str(SEED), "-o", str(out), "-q"]) == 2
    assert [p.name for p in out.iterdir()] == ["yingkou_2016_45_shisanwu_fengong.json"]


def test_text_without_tasks_gets_a_warning(tmp_path):
    doc = tmp_path / "outline.txt"
    doc.write_text("一、总体要求\n(一)加强领导。各部门要落实。\n二、保障措施\n", encoding="utf-8")
    from pipeline import extract

    result = extract(doc)
    assert result.tasks == []
    assert [(d.level, d.code) for d in result.diagnostics] == [("warning", "no_tasks")]


def test_a_failed_write_leaves_no_partial_file(tmp_path, monkeypatch, seed):
    import pipeline.export as export

    target = tmp_path / "x.json"

    class Boom(Exception):
        pass

    def explode(*args, **kwargs):
        raise Boom

    monkeypatch.setattr(export.os, "replace", explode)
    with pytest.raises(Boom):
        export.write_atomic(target, to_json(seed))
    assert list(tmp_path.iterdir()) == []


def test_notice_without_headings_keeps_the_task_before_its_unit_lines(tmp_path):
    doc = tmp_path / "short.txt"
    doc.write_text(
        "临江市人民政府关于做好春耕工作的通知\n临政发〔2024〕5号\n各区人民政府：\n"
        "  抓好春耕备耕，确保粮食播种面积稳定在45万亩以上。\n  牵头单位：市农业农村局\n  配合单位：市财政局\n",
        encoding="utf-8",
    )
    from pipeline import extract

    result = extract(doc)
    assert [(t.text, [(a.role, a.unit) for a in t.assignments]) for t in result.tasks] == [
        ("抓好春耕备耕，确保粮食播种面积稳定在45万亩以上。", [("lead", "市农业农村局"), ("cooperate", "市财政局")])
    ]
    assert (result.notice.title, result.notice.doc_number, result.notice.addressees) == (
        "临江市人民政府关于做好春耕工作的通知", "临政发〔2024〕5号", ["各区人民政府"]
    )
    assert result.diagnostics == []


def test_closing_lines_are_not_text_without_assignment(tmp_path):
    from pipeline.stages import extract

    doc = tmp_path / "closing.txt"
    doc.write_text(
        "临江市人民政府关于做好春耕工作的通知\n临政发〔2024〕5号\n各区人民政府：\n"
        "一、抓好春耕\n(一)确保粮食播种面积稳定。\n牵头单位：市农业农村局\n"
        "这一段没有任何单位负责。\n"
        "临江市人民政府\n2024 年 3 月 1 日\n（此件公开发布）\n注：本通知自印发之日起施行。\n",
        encoding="utf-8",
    )
    diagnostics = [(d.code, d.line) for d in extract(doc).diagnostics]
    assert diagnostics == [("text_without_assignment", 7)]
