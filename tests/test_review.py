"""`fengong review` without a browser: marks nest and escape, the page is one self-contained file
whose text is exactly the notice, every record has its highlight, the command's errors.

The same pages are driven in headless Chromium by tests/test_review_browser.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from lxml import html as lxml_html

from conftest import ROOT, SEED
from pipeline.review.marks import Mark, highlight, line_span, line_starts
from pipeline.review.page import record_marks, render_page

# ---------------------------------------------------------------------------------------------
# Marks


def test_marks_nest_as_their_spans():
    page = highlight("ab<c>d", [Mark(0, 6, "task", "t1"), Mark(2, 5, "unit", "u1", anchor=False)], numbered=False)
    assert page == (
        '<span class="m" id="t1" data-id="t1" data-kind="task">ab'
        '<span class="m" data-id="u1" data-kind="unit">&lt;c&gt;</span>d</span>'
    )


def test_crossing_marks_are_split_and_only_the_first_piece_is_an_anchor():
    page = highlight("abcdef", [Mark(0, 4, "task", "t1"), Mark(2, 6, "target", "g1")], numbered=False)
    assert page == (
        '<span class="m" id="t1" data-id="t1" data-kind="task">ab'
        '<span class="m" id="g1" data-id="g1" data-kind="target">cd</span></span>'
        '<span class="m" data-id="g1" data-kind="target">ef</span>'
    )


def test_same_span_marks_nest_by_rank():
    page = highlight("ab", [Mark(0, 2, "unit", "u", rank=5, anchor=False), Mark(0, 2, "task", "t", rank=2, anchor=False)], numbered=False)
    assert page == '<span class="m" data-id="t" data-kind="task"><span class="m" data-id="u" data-kind="unit">ab</span></span>'


def test_attributes_are_escaped_and_marks_outside_the_text_dropped():
    marks = [Mark(0, 1, "unit", 'a"b', title="<x>", data=(("unit", '"&'),), anchor=False), Mark(5, 5, "x", "e"), Mark(1, 9, "x", "o")]
    assert highlight("ab", marks, numbered=False) == (
        '<span class="m" data-id="a&#34;b" data-kind="unit" data-unit="&#34;&amp;" title="&lt;x&gt;">a</span>b'
    )


def test_an_empty_mark_is_an_empty_element_at_its_place():
    page = highlight("abc", [Mark(1, 1, "gap", "t9", anchor=False), Mark(0, 2, "task", "t1", anchor=False)], numbered=False)
    assert page == (
        '<span class="m" data-id="t1" data-kind="task">a<span class="m" data-id="t9" data-kind="gap"></span>b</span>c'
    )


def test_line_anchors_number_every_line_inside_chunks():
    page = highlight("a\n\nb", [], numbered=True)
    assert page == (
        '<span class="m chunk" data-id="k0" data-kind="chunk">'
        '<span class="ln" id="L1" data-n="1"></span>a\n<span class="ln" id="L2" data-n="2"></span>\n'
        '<span class="ln" id="L3" data-n="3"></span>b</span>'
    )
    starts = line_starts("a\r\nbc")
    assert starts == [0, 3] and line_span(starts, "a\r\nbc", 1) == (0, 1) and line_span(starts, "a\r\nbc", 2) == (3, 5)
    assert line_span(starts, "a\r\nbc", 3) is None


def test_chunks_are_outermost_and_split_what_crosses_them():
    page = highlight("ab\ncd", [Mark(1, 4, "task", "t")], chunk_lines=1)
    assert page == (
        '<span class="m chunk" data-id="k0" data-kind="chunk"><span class="ln" id="L1" data-n="1"></span>a'
        '<span class="m" id="t" data-id="t" data-kind="task">b\n</span></span>'
        '<span class="m chunk" data-id="k1" data-kind="chunk"><span class="ln" id="L2" data-n="2"></span>'
        '<span class="m" data-id="t" data-kind="task">c</span>d</span>'
    )


# ---------------------------------------------------------------------------------------------
# The page of the reference notice


@pytest.fixture(scope="module")
def seed_page(seed, seed_text) -> str:
    return render_page(seed, seed_text, SEED.name)


@pytest.fixture(scope="module")
def seed_tree(seed_page):
    return lxml_html.fromstring(seed_page)


def test_the_text_pane_is_exactly_the_notice(seed_tree, seed_text):
    (pre,) = seed_tree.xpath('//pre[@id="text"]')
    # The HTML parser drops one newline right after <pre>; the notice does not start with one.
    assert pre.text_content() == seed_text


def _pieces(tree, kind: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for el in tree.xpath(f'//pre[@id="text"]//span[@data-kind="{kind}"]'):
        found[el.get("data-id")] = found.get(el.get("data-id"), "") + el.text_content()
    return found


def test_every_record_is_highlighted_at_its_span(seed, seed_tree, seed_text):
    tasks, units, targets, sections = (_pieces(seed_tree, k) for k in ("task", "unit", "target", "heading"))
    assert tasks == {t.id: seed_text[t.span.start : t.span.end] for t in seed.tasks}
    assert units == {
        f"{t.id}.a{n}": seed_text[a.span.start : a.span.end] for t in seed.tasks for n, a in enumerate(t.assignments)
    }
    assert targets == {g.id: seed_text[g.span.start : g.span.end] for g in seed.targets}
    assert sections == {s.id: seed_text[s.span.start : s.span.end] for s in seed.sections if s.kind == "heading"}


def test_units_carry_role_and_canonical_name(seed, seed_tree):
    task = next(t for t in seed.tasks if t.text.startswith("单位地区生产总值能源消耗降低"))
    spans = seed_tree.xpath(f'//span[@data-kind="unit"][@data-task="{task.id}"]')
    assert [(s.get("data-role"), s.get("data-unit"), s.text_content()) for s in spans] == [
        ("lead", "营口市发展和改革委员会", "市发展改革委"),
        ("cooperate", "营口市工业和信息化委员会", "市工信委"),
        ("cooperate", "营口市住房和城乡建设委员会", "市住房城乡建设委"),
        ("cooperate", "营口市交通运输局", "市交通局"),
        ("cooperate", "营口市商务局", "市商务局"),
        ("cooperate", "营口市农村经济委员会", "市农委"),
    ]
    (item,) = seed_tree.xpath(f'//li[@data-task="{task.id}"]')
    assert [b.get("data-filter") for b in item.xpath(".//button[@data-filter]")] == [s.get("data-unit") for s in spans]
    assert "等" in item.text_content()  # the cooperating list ends open


def test_task_list_lists_every_task_in_order(seed, seed_tree):
    assert [li.get("data-task") for li in seed_tree.xpath('//li[@class="task-item"]')] == [t.id for t in seed.tasks]
    assert seed_tree.xpath('//h3[@class="grp"]')[0].text_content() == "二、落实主要指标分工安排 › (一)约束性指标"


def test_page_is_self_contained(seed_page, seed_tree):
    assert not seed_tree.xpath("//link | //img | //iframe | //object | //embed | //script[@src] | //*[@src] | //*[@href]")
    assert len(seed_tree.xpath("//script")) == 1 and len(seed_tree.xpath("//style")) == 1
    (csp,) = seed_tree.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')
    assert csp.startswith("default-src 'none';") and "script-src 'sha256-" in csp
    assert "http://" not in seed_page and "https://" not in seed_page


def test_labels_are_chinese(seed_tree):
    assert [b.text_content().split()[0] for b in seed_tree.xpath("//button[@data-tab]")] == ["任务", "单位", "诊断"]
    assert seed_tree.xpath("//html/@lang") == ["zh-CN"]


def test_page_is_byte_identical_across_runs(seed, seed_text, seed_page):
    assert render_page(seed, seed_text, SEED.name) == seed_page


# ---------------------------------------------------------------------------------------------
# Escaping

EVIL = (
    "关于<script>alert(1)</script>的通知\n"
    "一、总体要求\n"
    "（一）推进<img src=x onerror=\"alert(2)\">建设工作。\n"
    "牵头单位：市发展改革委\n"
    "配合单位：市财政局、<b onmouseover=alert(3)>市统计局</b>\n"
    "（二）完善\"</pre><script>window.__pwned=1</script>机制。\n"
    "责任单位：市商务局\n"
)


def test_markup_in_the_notice_is_text(tmp_path):
    from pipeline import extract

    path = tmp_path / "evil.txt"
    path.write_text(EVIL, encoding="utf-8")
    extraction = extract(path)
    page = render_page(extraction, EVIL, "evil<i>.txt")
    tree = lxml_html.fromstring(page)
    assert len(tree.xpath("//script")) == 1 and not tree.xpath("//img | //i | //pre//b | //li//b")
    assert tree.xpath('//pre[@id="text"]')[0].text_content() == EVIL
    assert not any(name.startswith("on") for el in tree.iter() if isinstance(el.tag, str) for name in el.attrib)
    assert 'data-filter="&lt;b onmouseover=alert(3)&gt;市统计局&lt;/b&gt;"' in page


# ---------------------------------------------------------------------------------------------
# The command


def fengong(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def review(capsys, monkeypatch):
    """`fengong review ARGS` in this process, in folder ``cwd``: (exit status, stdout, stderr)."""
    from pipeline.cli import main

    def run(*args, cwd=ROOT):
        monkeypatch.chdir(cwd)
        status = main(["review", *map(str, args)])
        out, err = capsys.readouterr()
        return status, out, err

    return run


def test_review_of_an_extraction_equals_the_review_of_its_notice(tmp_path, seed, seed_text):
    extracted = ROOT / "extracted" / (SEED.stem + ".json")
    result = fengong("review", str(extracted), "-o", str(tmp_path / "page.html"))
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == render_page(seed, seed_text, extracted.name)


def test_review_of_an_extraction_whose_notice_is_elsewhere_fails_in_one_line(tmp_path):
    data = json.loads((ROOT / "extracted" / (SEED.stem + ".json")).read_text(encoding="utf-8"))
    data["source"]["path"] = "gone/notice.txt"
    (tmp_path / "x.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = fengong("review", str(tmp_path / "x.json"), "-o", str(tmp_path / "page.html"), cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        f"fengong: error: {tmp_path / 'x.json'}: the notice gone/notice.txt is needed for its text (spans of a text "
        "notice point into the file) and was not found with the same content beside the extraction, in the working directory "
        "or in a folder beside them\n"
    )
    assert not (tmp_path / "page.html").exists()


def test_an_extraction_finds_its_notice_in_a_folder_beside_its_own(tmp_path, seed, seed_text, review):
    (tmp_path / "extracted").mkdir()
    (tmp_path / "raw_docs").mkdir()
    shutil.copy(ROOT / "extracted" / (SEED.stem + ".json"), tmp_path / "extracted" / "x.json")
    shutil.copy(SEED, tmp_path / "raw_docs" / SEED.name)
    (tmp_path / "elsewhere").mkdir()
    assert review(tmp_path / "extracted" / "x.json", cwd=tmp_path / "elsewhere") == (0, render_page(seed, seed_text, "x.json"), "")


def test_review_of_a_copied_extraction_finds_the_notice_beside_it(tmp_path, seed, seed_text, review):
    shutil.copy(ROOT / "extracted" / (SEED.stem + ".json"), tmp_path / "x.json")
    shutil.copy(SEED, tmp_path / SEED.name)
    status, out, err = review("x.json", cwd=tmp_path)
    assert (status, err) == (0, "")
    assert out == render_page(seed, seed_text, "x.json")


@pytest.mark.parametrize(
    "args, message",
    [
        pytest.param([], "review: give INPUT, or OLD and NEW, or --db DB --unit NAME", id="no-input"),
        pytest.param(["a", "b", "c"], "review: give INPUT, or OLD and NEW, or --db DB --unit NAME", id="three-inputs"),
        pytest.param(["--db", "x.db"], "x.db: --db and --unit go together, without INPUT", id="db-without-unit"),
        pytest.param(["--unit", "市科技局"], "review: --db and --unit go together, without INPUT", id="unit-without-db"),
        pytest.param(["missing.txt"], "missing.txt: no such file", id="missing-notice"),
    ],
)
def test_review_usage_errors(tmp_path, args, message, review):
    assert review(*args, cwd=tmp_path) == (2, "", f"fengong: error: {message}\n")


def test_an_unwritable_page_is_one_line(tmp_path, review):
    (tmp_path / "page.html").mkdir()
    assert review(SEED, "-o", tmp_path / "page.html") == (2, "", f"fengong: error: {tmp_path / 'page.html'}: cannot write the page: Is a directory\n")


def test_diagnostic_marks_cover_their_lines(tmp_path):
    from pipeline import extract

    text = "一、总体要求\n加强监测。\n（一）推进建设工作。\n牵头单位：市数据资源统筹中心\n"
    path = tmp_path / "d.txt"
    path.write_text(text, encoding="utf-8")
    extraction = extract(path)
    marks = [m for m in record_marks(extraction, text) if m.kind == "diagnostic"]
    assert [(d.code, d.line) for d in extraction.diagnostics] == [("text_without_assignment", 2), ("unresolved_unit", 4)]
    assert [(m.id, text[m.start : m.end]) for m in marks] == [("d0", "加强监测。"), ("d1", "牵头单位：市数据资源统筹中心")]


@pytest.mark.parametrize("name", ["portal_page.html", "table_tasks.html", "docx_simple.docx", "utf16.txt", "gb18030.txt", "traditional.txt"])
def test_every_format_shows_the_text_its_spans_point_into(name, tmp_path, review):
    from conftest import FORMS
    from pipeline import extract
    from pipeline.read import read_document

    path = FORMS / name
    extraction = extract(path)
    text = extraction.source.text if extraction.source.text is not None else read_document(path).text
    assert review(path, "-o", tmp_path / "page.html") == (0, "", "")
    tree = lxml_html.parse(str(tmp_path / "page.html"))
    assert tree.xpath('//pre[@id="text"]')[0].text_content() == text.replace("\r\n", "\n").replace("\r", "\n")
    assert _pieces(tree, "task") == {t.id: text[t.span.start : t.span.end].replace("\r\n", "\n") for t in extraction.tasks}


def test_target_kinds_and_deadlines_are_shown_when_the_extraction_has_them(seed, seed_text):
    """Issue 11's fields (targets[].kind, deadlines) as attributes of a stand-in extraction."""
    from types import SimpleNamespace

    from pipeline.records import Span

    task = next(t for t in seed.tasks if t.text.startswith("到2020年,确保3.86万"))
    start = seed_text.index("到2020年", task.span.start)
    deadline = SimpleNamespace(id=f"{task.id}.d1", task=task.id, text="到2020年", kind="date", date=None, span=Span(start=start, end=start + 6, line=task.span.line))
    targets = [SimpleNamespace(**{f: getattr(g, f) for f in ("id", "task", "indicator", "value_text", "span")}, kind="amount" if n == 0 else "goal")
               for n, g in enumerate(seed.targets)]
    fields = {f: getattr(seed, f) for f in ("notice", "sections", "tasks", "units", "diagnostics")}
    heading = seed.sections[0]  # a deadline outside every task (task null) is highlighted too
    outside = SimpleNamespace(id="d-outside", task=None, text=seed_text[heading.span.start : heading.span.start + 2], kind="ongoing", date=None,
                              span=Span(start=heading.span.start, end=heading.span.start + 2, line=heading.span.line))
    extraction = SimpleNamespace(**fields, targets=targets, deadlines=[deadline, outside])
    tree = lxml_html.fromstring(render_page(extraction, seed_text, SEED.name))
    other, mark = tree.xpath('//pre//span[@data-kind="deadline"]')  # in text order: the heading first
    assert (other.get("data-id"), other.get("data-task"), other.get("data-deadline-kind")) == ("d-outside", "", "ongoing")
    assert (mark.get("data-id"), mark.get("data-deadline-kind"), mark.text_content()) == (deadline.id, "date", "到2020年")
    assert mark.get("title") == "时限（日期）：到2020年"
    kinds = [(s.get("data-id"), s.get("data-target-kind")) for s in tree.xpath('//pre//span[@data-kind="target"][@id]')]
    assert kinds == [(g.id, g.kind) for g in sorted(targets, key=lambda g: g.span.start)]
    (item,) = tree.xpath(f'//li[@data-task="{task.id}"]')
    assert [c.text_content() for c in item.xpath('.//span[@class="chip deadline"]')] == ["到2020年"]
    assert "2 项时限" in " ".join(tree.xpath('//div[@class="stats"]')[0].text_content().split())


def test_clauses_and_implied_units_are_shown(review, tmp_path):
    """A carry-over clause is highlighted in the text; the units it implies for later tasks are listed
    apart (隐含) and filter like any unit."""
    from conftest import FORMS

    assert review(FORMS / "local_rule_in_note.txt", "-o", tmp_path / "page.html") == (0, "", "")
    tree = lxml_html.parse(str(tmp_path / "page.html"))
    assert [(e.get("data-clause-kind"), e.text_content()) for e in tree.xpath('//pre//span[@data-kind="clause"]')] == [
        ("carry_over", "以下均需各街道办事处落实，不再列出")
    ]
    implied = [(li.xpath("./div[@class='ttext']")[0].text_content(), [b.text_content() for b in li.xpath(".//button[contains(@class, 'implied')]")])
               for li in tree.xpath('//li[@class="task-item"]')]
    assert implied == [
        ("1.建设城市算力节点。2026年底前算力规模达到500P。", []),
        ("2.推进千兆光网进小区。2026年底前实现千兆光网小区全覆盖。", []),
        ("3.制定年度工作要点。每年3月底前印发年度工作要点。", ["各街道办事处"]),
        ("4.开展月度调度。每月调度重点项目进展情况。", ["各街道办事处"]),
    ]


def test_the_change_list_shows_values_in_chinese(tmp_path, seed, seed_text):
    from pipeline import extract
    from pipeline.diff.changes import diff_extractions
    from pipeline.review.compare import change_rows
    from test_diff import EDITS, revise

    path = tmp_path / "moved.txt"
    path.write_text(revise(seed_text, EDITS["task_moved"] + EDITS["deng_removed"] + EDITS["role_changed"]), encoding="utf-8")
    rows = change_rows(diff_extractions(seed, extract(path)))
    shown = [(r["label"], r["subject"], r["old"], r["new"]) for r in rows]
    assert shown == [
        ("角色变更", "市住房城乡建设委", "责任", "牵头"),
        ("“等”变更", "", "配合", "（无）"),
        ("任务移动", "", "三、落实重点任务分工安排 › (十七)强化要素保障 › 3.拓宽融资渠道", "三、落实重点任务分工安排 › (二)全面深化改革 › 3.深化财政投资价格改革"),
    ]
