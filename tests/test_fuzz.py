"""Property-based fuzzing (issue 17): notice-like text built from the genre's own pieces — headings,
unit lines, inline blocks, brackets balanced or not, 等, numbers with % 万 亿 * and ranges — plus
random Unicode, line-ending and width variants, and mutated HTML/DOCX bytes.

Invariants: only the project's documented error (a FengongError) is ever raised; every span gives
back its text; ids are unique; a rerun gives identical output; LF/CRLF/CR and half-/full-width
copies give identical records.

Examples per property: FUZZ_EXAMPLES in CI (derandomized, so the suite is stable and fast);
`make fuzz` sets FENGONG_FUZZ_EXAMPLES (default there 1000) and random seeds.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.errors import FengongError  # noqa: E402
from pipeline.export import to_json  # noqa: E402

FUZZ_EXAMPLES = 50
EXAMPLES = int(os.environ.get("FENGONG_FUZZ_EXAMPLES", FUZZ_EXAMPLES))
LONG_RUN = "FENGONG_FUZZ_EXAMPLES" in os.environ
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=not LONG_RUN,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

UNITS = ["市发展改革委", "市财政局", "市公安局", "各县（市）区政府", "市教育局", "国家税务总局营口市税务局", "市委宣传部", "X"]
LABELS = ["牵头单位：", "配合单位：", "责任单位：", "牵头部门:", "责任单位（部门）："]
HEADINGS = ["一、", "二、", "（一）", "(二)", "1.", "2．", "（1）", "专栏1 ", "第一章 "]
BRACKETS = ["（", "）", "(", ")", "【", "】", "〔", "〕", "“", "”"]
NUMBERS = st.one_of(
    st.integers(0, 10**6).map(str),
    st.tuples(st.integers(0, 999), st.sampled_from(["%", "万", "亿", "万元", "亿元", "个", "*", "％"])).map(lambda p: f"{p[0]}{p[1]}"),
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.sampled_from(["%", "万人", "家"])).map(lambda p: f"{p[0]}-{p[1]}{p[2]}"),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda p: f"{p[0]}.{p[1]}%"),
)
WORDS = st.sampled_from(["推进", "建设", "完善", "到2025年", "达到", "森林覆盖率", "等", "、", "，", "。", "；", "会同", "以上", "不低于", "年底前"])
unit_list = st.lists(st.sampled_from(UNITS), min_size=1, max_size=4).map("、".join)
unit_line = st.tuples(st.sampled_from(LABELS), unit_list, st.sampled_from(["", "等", "等部门"])).map("".join)
inline = st.tuples(unit_list, st.sampled_from(["（", "("]), st.sampled_from(["牵头", "负责", "配合"]), st.sampled_from(["）", ")", ""])).map(
    lambda p: f"（{p[0]}{p[2]}{p[3] or '）'}"
)
phrase = st.lists(st.one_of(WORDS, NUMBERS, st.sampled_from(BRACKETS), st.sampled_from(UNITS), st.text(max_size=3)), max_size=12).map("".join)
task_line = st.tuples(st.sampled_from(HEADINGS), phrase, st.one_of(st.just(""), inline), st.sampled_from(["。", "；", ""])).map("".join)
notice_line = st.one_of(task_line, unit_line, phrase, st.sampled_from(HEADINGS).map(lambda h: h + "总体要求"))
notice_text = st.lists(notice_line, min_size=1, max_size=25).map(lambda lines: "关于印发工作分工方案的通知\n" + "\n".join(lines) + "\n")
random_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=300)


def _extract_bytes(data: bytes, suffix: str = ".txt"):
    """Extract ``data`` as a file; the extraction, or None for the documented refusal."""
    from pipeline import extract

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "notice" + suffix)
        path.write_bytes(data)
        try:
            return extract(path), _decoded(path)
        except FengongError:
            return None, None


def _decoded(path: Path) -> str:
    from pipeline.read import read_document

    return read_document(path).text


def _check_grounded(extraction, text: str) -> None:
    source = extraction.source.text or text
    ids = [r.id for r in [*extraction.sections, *extraction.tasks, *extraction.targets]]
    assert len(ids) == len(set(ids)), "ids not unique"
    for section in extraction.sections:
        assert source[section.span.start : section.span.end].endswith(section.title)
    for task in extraction.tasks:
        assert 0 <= task.span.start <= task.span.end <= len(source)
        assert source[task.span.start : task.span.end] == task.text
        for assignment in task.assignments:
            assert source[assignment.span.start : assignment.span.end] == assignment.unit
        for mention in task.mentions:
            assert source[mention.span.start : mention.span.end] == mention.name
    for target in extraction.targets:
        assert 0 <= target.span.start < target.span.end <= len(source)


def _records(extraction) -> bytes:
    """The output without what names the file or its bytes (path, sha256, encoding)."""
    plain = extraction.model_copy(update={"source": extraction.source.model_copy(update={"sha256": "", "path": ""})}) if hasattr(extraction, "model_copy") else extraction
    return to_json(plain)


@FUZZ
@given(notice_text)
def test_notice_like_text_is_extracted_grounded_or_refused(text):
    extraction, decoded = _extract_bytes(text.encode("utf-8"))
    if extraction is not None:
        _check_grounded(extraction, decoded)


@FUZZ
@given(st.one_of(random_text, st.binary(max_size=400)))
def test_random_text_and_bytes_give_a_result_or_the_documented_error(value):
    data = value.encode("utf-8") if isinstance(value, str) else value
    extraction, decoded = _extract_bytes(data)
    if extraction is not None:
        _check_grounded(extraction, decoded)


@FUZZ
@given(notice_text)
def test_a_rerun_gives_identical_output(text):
    first, _ = _extract_bytes(text.encode("utf-8"))
    second, _ = _extract_bytes(text.encode("utf-8"))
    assert (first is None) == (second is None)
    if first is not None:
        assert to_json(first) == to_json(second)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _summary(extraction):
    """What must not depend on line endings: the records' content (a task's text keeps the line ends
    it spans, as written), not their offsets."""
    if extraction is None:
        return None
    return (
        [(s.id, s.label, s.title) for s in extraction.sections],
        [(t.id, _lf(t.text), [(a.role, a.unit) for a in t.assignments]) for t in extraction.tasks],
        [(g.id, g.indicator) for g in extraction.targets],
    )


def _same_records_with(text: str, ending: str) -> None:
    lf, _ = _extract_bytes(text.encode("utf-8"))
    other, _ = _extract_bytes(text.replace("\n", ending).encode("utf-8"))
    assert _summary(lf) == _summary(other)


@FUZZ
@given(notice_text, st.sampled_from(["\r\n", "\r"]))
def test_crlf_and_cr_line_endings_give_identical_records(text, ending):
    _same_records_with(text, ending)


FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%():;,"}


@FUZZ
@given(notice_text)
def test_a_full_width_copy_gives_the_same_ids(text):
    half, _ = _extract_bytes(text.encode("utf-8"))
    full, _ = _extract_bytes(text.translate(str.maketrans(FULL_WIDTH)).encode("utf-8"))
    if half is None or full is None:
        assert half is None and full is None
        return
    assert [t.id for t in half.tasks] == [t.id for t in full.tasks]
    assert [s.id for s in half.sections] == [s.id for s in full.sections]
    assert [g.id for g in half.targets] == [g.id for g in full.targets]


def _html(text: str) -> bytes:
    rows = "".join(f"<tr><td>{line}</td><td colspan=2>市财政局</td></tr>" for line in text.splitlines()[:5])
    body = "".join(f"<p>{line}</p>" for line in text.splitlines())
    return f"<html><head><meta charset='utf-8'></head><body>{body}<table><tr><th>任务</th><th>牵头单位</th></tr>{rows}</table></body></html>".encode()


def _docx(text: str) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.splitlines())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def _mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    for position, drop, insert in edits:
        at = position % (len(data) + 1)
        data = data[:at] + insert + data[at + drop :]
    return data


mutations = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 8), st.sampled_from([b"", b"<", b">", b"\x00", b"\xff", b"colspan='99999999999'", b"<td>", b"</table>", b"&#0;", b"PK"]) | st.binary(max_size=6)), max_size=6)


@FUZZ
@given(notice_text, mutations)
def test_mutated_html_gives_a_result_or_the_documented_error(text, edits):
    extraction, decoded = _extract_bytes(_mutate(_html(text.replace("<", "")), edits), ".html")
    if extraction is not None:
        _check_grounded(extraction, decoded)


@FUZZ
@given(notice_text, mutations)
def test_mutated_docx_gives_a_result_or_the_documented_error(text, edits):
    extraction, decoded = _extract_bytes(_mutate(_docx(text.replace("<", "").replace("&", "")), edits), ".docx")
    if extraction is not None:
        _check_grounded(extraction, decoded)
