"""Issue 17: what a careless or hostile user feeds fengong gives a result or one clear line (exit 2,
nothing written) — never a traceback, a hang or unbounded memory. Limits: pipeline/limits.py."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.limits import MAX_SPAN, span_count

NOTICE = "关于印发分工方案的通知\n一、优化营商环境\n1.推行企业开办。\n牵头单位：市市场监管局\n配合单位：市公安局、市税务局\n"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_bytes(table_xml: str = "", first: tuple[str, bytes] | None = None) -> bytes:
    body = "".join(_para(line) for line in NOTICE.splitlines()) + table_xml
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:
            archive.writestr(*first)
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def extract(capsys, tmp_path: Path, *inputs: Path, extra=()) -> tuple[int, str, str]:
    out = tmp_path / "out"
    status = main(["extract", *map(str, inputs), "-o", str(out), *extra])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line_error(status: int, err: str, *words: str) -> None:
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fengong: error: "), err
    assert "internal error" not in err and "Traceback" not in err
    for word in words:
        assert word in lines[0]


def written(tmp_path: Path) -> list[str]:
    out = tmp_path / "out"
    return sorted(p.name for p in out.iterdir()) if out.exists() else []


# --- spans and table sizes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [("2", 2), (" 3px", 3), ("²", 1), ("9" * 5000, MAX_SPAN), ("0", 0), ("", 1), (None, 1), ("+4", 4), ("-2", 1), ("٣", 1)],
)
def test_span_values_are_ascii_digits_clamped(value, expected):
    assert span_count(value, 1) == expected


def test_html_colspan_of_5000_digits_is_clamped_not_a_crash(capsys, tmp_path):
    page = tmp_path / "colspan.html"
    page.write_text(f"<html><body><p>{NOTICE.replace(chr(10), '<br>')}</p><table><tr><td colspan='{'9' * 5000}'>说明</td></tr></table></body></html>")
    status, _, err = extract(capsys, tmp_path, page)
    assert status == 0, err
    assert written(tmp_path) == ["colspan.json"]


def test_docx_gridspan_of_a_superscript_digit_is_read_as_one_column(capsys, tmp_path):
    table = f'<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="²"/></w:tcPr>{_para("说明")}</w:tc></w:tr></w:tbl>'
    notice = tmp_path / "grid.docx"
    notice.write_bytes(docx_bytes(table))
    status, _, err = extract(capsys, tmp_path, notice)
    assert status == 0, err


def test_a_table_of_500_rows_claiming_spans_of_1000_is_refused_by_its_cell_count(capsys, tmp_path):
    rows = "".join("<tr>" + "<td colspan=1000 rowspan=1000>x</td>" * 3 + "</tr>" for _ in range(500))
    page = tmp_path / "big.html"
    page.write_text(f"<html><body><p>{NOTICE}</p><table>{rows}</table></body></html>")
    status, _, err = extract(capsys, tmp_path, page)
    assert_one_line_error(status, err, "big.html", "limit is 200,000 cells")
    assert written(tmp_path) == []


def test_a_docx_whose_zip_stores_a_large_thumbnail_first_is_read(capsys, tmp_path):
    notice = tmp_path / "thumb.docx"
    notice.write_bytes(docx_bytes(first=("docProps/thumbnail.jpeg", os.urandom(200_000))))
    status, _, err = extract(capsys, tmp_path, notice)
    assert status == 0, err
    assert written(tmp_path) == ["thumb.json"]


# --- what is not a regular file ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["device", "link to a device", "fifo"])
def test_devices_and_fifos_are_refused_before_reading(capsys, tmp_path, kind):
    notice = tmp_path / "notice.txt"
    if kind == "device":
        notice = Path("/dev/zero")
    elif kind == "link to a device":
        notice.symlink_to("/dev/zero")
    else:
        os.mkfifo(notice)  # reading it would block for ever
    status, _, err = extract(capsys, tmp_path, notice)
    assert_one_line_error(status, err, "not a regular file")
    assert written(tmp_path) == []


# --- file names ----------------------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_written_with_escapes(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b"\xb9\xd8\xd3\xda.txt")  # 关于 in GBK, as a zip archive leaves it
    Path(name).write_text(NOTICE, encoding="utf-8")
    status = main(["extract", name, "-o", "out"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    (output,) = Path("out").iterdir()
    assert json.loads(output.read_text(encoding="utf-8"))["source"]["path"] == "\\xb9\\xd8\\xd3\\xda.txt"
    assert "\\xb9\\xd8\\xd3\\xda.txt -> " in captured.out
    captured.out.encode("utf-8")  # printable on a UTF-8 terminal


def test_a_240_character_file_name_works(capsys, tmp_path):
    notice = tmp_path / ("通知" * 40 + ".txt")  # 240 bytes + .txt; its .json is 245 of 255
    notice.write_text(NOTICE, encoding="utf-8")
    status, _, err = extract(capsys, tmp_path, notice)
    assert status == 0, err
    assert written(tmp_path) == ["通知" * 40 + ".json"]


# --- unit files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_malformed_units_file_is_one_line_before_any_work(capsys, tmp_path, jobs):
    units = tmp_path / "units.yaml"
    units.write_text("version: 1\nentries: [\n")
    notices = []
    for name in ("a", "b"):
        notices.append(tmp_path / f"{name}.txt")
        notices[-1].write_text(NOTICE, encoding="utf-8")
    status, _, err = extract(capsys, tmp_path, *notices, extra=("--jobs", jobs, "--units-file", str(units)))
    assert_one_line_error(status, err, "units.yaml", "not valid YAML")
    assert written(tmp_path) == []


def test_a_huge_version_is_blamed_on_the_units_file(capsys, tmp_path):
    units = tmp_path / "units.yaml"
    units.write_text(f"version: {'9' * 5000}\nentries: []\n")
    notice = tmp_path / "a.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    status, _, err = extract(capsys, tmp_path, notice, extra=("--units-file", str(units)))
    assert_one_line_error(status, err, "units.yaml")
    assert "a.txt" not in err


# --- outputs -------------------------------------------------------------------------------------


def test_an_outdir_that_is_a_file_is_reported_once_before_the_work(capsys, tmp_path):
    notices = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for notice in notices:
        notice.write_text(NOTICE, encoding="utf-8")
    (tmp_path / "out").write_text("not a folder")
    status, _, err = extract(capsys, tmp_path, *notices)
    assert_one_line_error(status, err, "out", "not a directory")


def test_an_output_that_is_the_input_is_refused(capsys, tmp_path):
    notice = tmp_path / "out" / "notice.json"
    notice.parent.mkdir()
    notice.write_text(NOTICE, encoding="utf-8")
    status, _, err = extract(capsys, tmp_path, notice)
    assert_one_line_error(status, err, "is an input of this run")
    assert notice.read_text(encoding="utf-8") == NOTICE


def test_a_file_fengong_did_not_write_is_not_overwritten(capsys, tmp_path):
    notice = tmp_path / "a.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text('{"mine": true}\n')
    status, _, err = extract(capsys, tmp_path, notice)
    assert_one_line_error(status, err, "a.json", "not written by fengong")
    assert (tmp_path / "out" / "a.json").read_text() == '{"mine": true}\n'


def test_temporaries_of_a_killed_run_are_removed_by_the_next(capsys, tmp_path):
    notice = tmp_path / "a.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    dead = out / ".fengong-999999999-abc.tmp"  # no such pid
    dead.write_text("{partial")
    live = out / f".fengong-{os.getppid()}-abc.tmp"  # a live writer's file stays
    live.write_text("{partial")
    status, _, err = extract(capsys, tmp_path, notice)
    assert status == 0, err
    assert sorted(p.name for p in out.iterdir()) == sorted(["a.json", live.name])


def test_jobs_above_the_cores_are_capped_unless_forced():
    from pipeline.preflight import capped_jobs

    cores = os.cpu_count() or 1
    assert capped_jobs(cores * 12, force=False) == cores
    assert capped_jobs(cores * 12, force=True) == cores * 12
    assert capped_jobs(0, force=False) == cores


# --- the skip check ----------------------------------------------------------------------------


def test_the_skip_verifies_the_whole_output_and_the_units_files(capsys, tmp_path):
    notice = tmp_path / "a.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    units = tmp_path / "units.yaml"
    units.write_text("version: 1\nentries: []\n")
    output = tmp_path / "out" / "a.json"

    def run(*extra: str) -> str:
        status, out, err = extract(capsys, tmp_path, notice, extra=extra)
        assert status == 0, err
        return "skipped" if "(unchanged, skipped)" in out else "written"

    assert run() == "written"
    assert run() == "skipped"
    assert run("--units-file", str(units)) == "written"  # options shape the output
    assert run("--units-file", str(units)) == "skipped"
    assert run() == "written"  # made with a units file: not current for a run without
    whole = output.read_bytes()
    output.write_bytes(whole.replace(b'"lead"', b'"cooperate"', 1))  # edited after the source block
    assert run() == "written"
    output.write_bytes(whole[: len(whole) // 2])  # truncated
    assert run() == "written"
    assert output.read_bytes() == whole


# --- charsets and text -------------------------------------------------------------------------


def _extracted(capsys, tmp_path: Path, name: str, data: bytes) -> dict:
    notice = tmp_path / name
    notice.write_bytes(data)
    status, _, err = extract(capsys, tmp_path, notice)
    assert status == 0, err
    return json.loads((tmp_path / "out" / (notice.stem + ".json")).read_text(encoding="utf-8"))


def test_a_wrong_charset_declaration_gives_way_to_strict_utf8_and_is_recorded(capsys, tmp_path):
    page = b'<html><head><meta charset="koi8-r"></head><body><p>' + NOTICE.replace("\n", "<br>").encode() + b"</p></body></html>"
    data = _extracted(capsys, tmp_path, "koi.html", page)
    assert data["source"]["encoding"] == "utf-8 (declared koi8-r, which the bytes are not in)"
    assert data["notice"]["title"] == "关于印发分工方案的通知"
    assert [a["unit"] for t in data["tasks"] for a in t["assignments"]] == ["市市场监管局", "市公安局", "市税务局"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(capsys, tmp_path, codec):
    data = _extracted(capsys, tmp_path, "u.txt", NOTICE.encode(codec))
    assert data["source"]["encoding"] == codec
    assert [a["unit"] for t in data["tasks"] for a in t["assignments"]] == ["市市场监管局", "市公安局", "市税务局"]


def test_a_second_bom_keeps_every_span_exact(capsys, tmp_path):
    raw = b"\xef\xbb\xbf\xef\xbb\xbf" + NOTICE.encode()
    data = _extracted(capsys, tmp_path, "bom.txt", raw)
    text = raw.decode(data["source"]["encoding"])
    for task in data["tasks"]:
        assert text[task["span"]["start"] : task["span"]["end"]] == task["text"]
        for assignment in task["assignments"]:
            assert text[assignment["span"]["start"] : assignment["span"]["end"]] == assignment["unit"]


@pytest.mark.parametrize("space", ["\u0085", "\f", "\u2028", "\u3000"])
def test_whitespace_between_separators_is_never_a_unit(capsys, tmp_path, space):
    data = _extracted(capsys, tmp_path, "w.txt", NOTICE.replace("市公安局、", f"市公安局、{space}、").encode())
    assert [a["unit"] for t in data["tasks"] for a in t["assignments"]] == ["市市场监管局", "市公安局", "市税务局"]
