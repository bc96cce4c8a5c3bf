"""The 台账 out and back (real .xlsx read back by openpyxl, real .csv), and search over the store."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from conftest import ROOT, task_starting
from test_diff import EDITS, revise
from pipeline.cli import main
from pipeline.store import open_store, tasks
from pipeline.store.ingest import ingest
from pipeline.store.ledger import HEADERS, import_progress, ledger_row, ledger_rows, read_ledger, write_csv, write_xlsx
from pipeline.store.search import search
from pipeline.store.segment import index_terms, words
from pipeline.store.sqlite import SEARCH_INDEX, SEARCH_INDEX_SQL

NOTICE = "营政发〔2016〕45号"
TITLE = "关于落实《营口市国民经济和社会发展第十三个五年规划纲要》主要目标和任务工作分工的通知"
EDU = ["营口市教育局"]


@pytest.fixture
def db_path(tmp_path, seed):
    path = tmp_path / "fengong.db"
    db = open_store(path)
    ingest(db, seed)
    db.close()
    return path


@pytest.fixture
def store(db_path):
    db = open_store(db_path)
    yield db
    db.close()


def test_first_rows_of_a_unit_ledger(store):
    rows = ledger_rows(store, EDU)
    assert len(rows) == 22
    assert rows[0] == {
        "序号": "1", "文号": NOTICE, "文件标题": TITLE, "章节": "二、落实主要指标分工安排 > (一)约束性指标",
        "任务": "1.劳动年龄人口平均受教育年限达到11.2年。", "牵头单位": "", "配合单位": "", "责任单位": "市教育局", "隐含单位": "",
        "完成时限": "", "目标": "劳动年龄人口平均受教育年限 11.2年", "进展": "", "状态": "", "任务编号": "1/tfd2d42efd9",
    }
    assert rows[1]["牵头单位"] == "市科技局"
    assert rows[1]["配合单位"] == "市人力资源社会保障局、市科协、市教育局、市工信委、各县(市)区政府、园区管委会"
    assert rows[1]["目标"] == "众创空间 1个；创业服务平台 10家；创业导师团队 100人；参加培训人数 5000人；创新创业竞赛、创业沙龙、创业培训等活动 500场"
    assert rows[1]["任务"].startswith("建立和完善创新创业服务平台。") and rows[1]["任务"].endswith("举办各类创新创业竞赛、创业沙龙、创业培训等活动500场。")
    assert len(rows[1]["任务"]) == 237  # the full text, never cut


def test_xlsx_reads_back_with_headers_filter_freeze_and_drop_down(tmp_path, store):
    path = tmp_path / "台账.xlsx"
    path.write_bytes(write_xlsx([("营口市教育局", ledger_rows(store, EDU))]))
    book = load_workbook(path)
    sheet = book["营口市教育局"]
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert (sheet.freeze_panes, sheet.auto_filter.ref, sheet.max_row) == ("A2", "A1:N23", 23)
    (choices,) = sheet.data_validations.dataValidation
    assert (choices.type, choices.formula1, str(choices.sqref)) == ("list", '"未开始,进行中,已完成,已逾期,暂缓"', "M2:M1023")  # the data rows and 1000 more to fill in
    assert sheet["E2"].alignment.wrap_text and sheet["E2"].value == "1.劳动年龄人口平均受教育年限达到11.2年。"
    assert sheet["N2"].value == "1/tfd2d42efd9"
    assert sheet.column_dimensions["E"].width == 60
    assert sheet.print_title_rows == "$1:$1" and sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb == "FFDDEBF7"
    assert write_xlsx([("营口市教育局", ledger_rows(store, EDU))]) == path.read_bytes()  # the same bytes every time


def test_one_sheet_per_unit(tmp_path, db_path):
    out = tmp_path / "by_unit.xlsx"
    assert main(["ledger", "--db", str(db_path), "--by-unit", "--unit", "市教育局", "--unit", "市科技局", "-o", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["营口市教育局", "营口市科学技术局"]
    assert (book["营口市教育局"].max_row, book["营口市科学技术局"].max_row) == (23, 49)


def test_csv_has_a_bom_and_chinese_headers(tmp_path, db_path):
    out = tmp_path / "台账.csv"
    assert main(["ledger", "--db", str(db_path), "--unit", "市教育局", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith("\ufeff序号,文号,文件标题,章节,任务,牵头单位,配合单位,责任单位,隐含单位,完成时限,目标,进展,状态,任务编号\r\n".encode())
    assert len(read_ledger(out)) == 22


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised_and_restored(tmp_path, value):
    row = {h: "" for h in HEADERS} | {"任务": value, "任务编号": "1/t1"}
    csv_path, xlsx_path = tmp_path / "l.csv", tmp_path / "l.xlsx"
    csv_path.write_bytes(write_csv([row]))
    xlsx_path.write_bytes(write_xlsx([("台账", [row])]))
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[1].split(",")[4].startswith(("'", "\"'"))
    cell = load_workbook(xlsx_path)["台账"]["E2"]
    assert (cell.data_type, cell.value) == ("s", "'" + value)
    assert read_ledger(csv_path)[0][2]["任务"] == value
    assert read_ledger(xlsx_path)[0][2]["任务"] == value


def fill(path, edits):
    book = load_workbook(path)
    sheet = book.active
    for ref, value in edits.items():
        sheet[ref] = value
    book.save(path)


def test_import_reads_progress_and_reports_everything_else(tmp_path, db_path):
    out = tmp_path / "台账.xlsx"
    assert main(["ledger", "--db", str(db_path), "--unit", "市教育局", "-o", str(out)]) == 0
    fill(out, {"L2": "已完成初稿", "M2": "进行中", "E3": "改写的任务", "M4": "差不多了", "N5": "1/tnotatask", "M6": "已完成"})
    db = open_store(db_path)
    report = import_progress(db, read_ledger(out), out.name)
    assert report.lines == [
        "台账!3: 任务 edited (ignored): the store keeps 「建立和完善创新创业服务平台。建立和完善集…」",
        "台账!4: 状态 「差不多了」 is not one of 未开始、进行中、已完成、已逾期、暂缓: 状态 not imported",
        "台账!5: task 1/tnotatask is not in the store: row not imported",
    ]
    assert (report.updated, report.unchanged) == (2, 19)  # 22 rows: 2 updated, 1 not imported
    assert [tuple(r) for r in db.execute("SELECT task_id, progress, status, source FROM progress ORDER BY rowid")] == [
        ("tfd2d42efd9", "已完成初稿", "进行中", "台账.xlsx"), (ledger_rows(db, EDU)[4]["任务编号"].split("/")[1], None, "已完成", "台账.xlsx")]
    again = ledger_rows(db, EDU)
    assert (again[0]["进展"], again[0]["状态"]) == ("已完成初稿", "进行中")
    assert import_progress(db, read_ledger(out), out.name).updated == 0  # the same file again: nothing new


def test_progress_follows_a_task_into_later_revisions_and_removed_tasks_are_reported(tmp_path, db_path, seed, seed_text):
    from pipeline import extract

    out = tmp_path / "台账.csv"
    assert main(["ledger", "--db", str(db_path), "--notice", NOTICE, "-o", str(out)]) == 0
    reworded = task_starting(seed, "深化审批制度改革,")
    removed = task_starting(seed, "城镇棚户区住房改造11615套")
    rows = read_ledger(out)
    revision = tmp_path / "revised.txt"
    revision.write_text(revise(seed_text, EDITS["item_removed_renumbered"] + EDITS["task_reworded"]), encoding="utf-8")
    db = open_store(db_path)
    marked = []
    for sheet, number, cells in rows:
        if cells["任务编号"] in (f"1/{reworded.id}", f"1/{removed.id}"):
            cells = cells | {"进展": "已部署", "状态": "进行中"}
        marked.append((sheet, number, cells))
    assert import_progress(db, marked, "a.csv").updated == 2
    new = extract(revision)
    ingest(db, new)
    successor = task_starting(new, "深化审批制度改革,")
    assert db.execute("SELECT progress, status FROM progress WHERE revision_id = 2 AND task_id = ?", (successor.id,)).fetchone()[:] == ("已部署", "进行中")
    # The old ledger imported after the revision: rows follow their task; the removed one is reported, kept.
    again = [(s, n, c | {"进展": "第二次"}) if c["任务编号"] in (f"1/{reworded.id}", f"1/{removed.id}") else (s, n, c) for s, n, c in rows]
    report = import_progress(db, again, "b.csv")
    assert report.lines == [f"row 4: task 1/{removed.id} was removed in revision 2: its 进展/状态 are kept on the revision that has it"]
    assert db.execute("SELECT progress FROM progress WHERE revision_id = 2 AND task_id = ?", (successor.id,)).fetchone()[0] == "第二次"
    assert db.execute("SELECT progress FROM progress WHERE revision_id = 1 AND task_id = ?", (removed.id,)).fetchone()[0] == "第二次"


def test_import_errors_are_one_line(tmp_path, db_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert main(["ledger", "--db", str(db_path), "--import", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"fengong: error: {bad}: not an .xlsx workbook")
    assert main(["ledger", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "no such store" in capsys.readouterr().err
    assert main(["ledger", "--db", str(db_path), "--unit", "市不存在局", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert not (tmp_path / "x.xlsx").exists()


# ---------------------------------------------------------------------------------------------
# Search


def test_two_character_words_are_found(store):
    found = search(store, "扶贫")
    assert len(found) == 5  # 2 tasks say 扶贫, 3 more are the 扶贫开发办公室's
    assert all("扶贫" in r["text"] or "扶贫" in r["units"] for r in found)
    texts = [text for (text,) in store.execute("SELECT text FROM tasks")]
    assert len(search(store, "养老")) == sum("养老" in t for t in texts) == 7
    elderly = search(store, "养老")
    assert {r["path"].split(" > ")[-1] for r in elderly} >= {"3.提高养老、医疗保障水平", "(二)预期性指标"}
    assert elderly[0]["doc_number"] == NOTICE and elderly[0]["task"].startswith("1/t")


def test_jieba_segmentation_is_what_finds_them(store):
    """The same tasks indexed as FTS5 sees unsegmented Chinese (whole runs of characters as tokens):
    扶贫 inside 扶贫开发 or 建立扶贫机制 is missed; with jieba's words it is found."""
    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE VIRTUAL TABLE f USING fts5(words)")
    raw.executemany("INSERT INTO f VALUES (?)", [(text,) for (text,) in store.execute("SELECT text FROM tasks")])
    assert raw.execute("SELECT count(*) FROM f WHERE f MATCH '扶贫'").fetchone()[0] == 0
    assert raw.execute("SELECT count(*) FROM f WHERE f MATCH '养老'").fetchone()[0] == 3  # only 「、养老、」 alone
    assert len(search(store, "扶贫")) == 5 and len(search(store, "养老")) == 7
    assert words("建立扶贫开发工作") == "建立 扶贫 开发 扶贫开发 工作"


def test_search_cli_formats(db_path, capsys):
    assert main(["search", "--db", str(db_path), "养老", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeff文号,章节,单位,匹配文本,任务,任务编号\r\n")
    assert main(["search", "--db", str(db_path), "火星基地"]) == 1
    assert capsys.readouterr().out == "no task matches\n"


def test_search_leaves_the_global_jieba_alone(store):
    import jieba

    before = jieba.dt
    search(store, "扶贫")
    assert jieba.dt is before and words("扶贫") == "扶贫"


def test_a_task_on_two_sheets_keeps_the_progress_written_on_one(tmp_path, db_path):
    out = tmp_path / "by_unit.xlsx"
    assert main(["ledger", "--db", str(db_path), "--by-unit", "--unit", "市科技局", "--unit", "市教育局", "-o", str(out)]) == 0
    book = load_workbook(out)
    science = [c.value for c in book["营口市科学技术局"]["N"]]
    shared = next(ref for ref in science[1:] if ref in [c.value for c in book["营口市教育局"]["N"]])
    assert shared == "1/t667087bc66"  # 建立和完善创新创业服务平台: 市科技局 leads, 市教育局 cooperates
    book["营口市科学技术局"][f"L{science.index(shared) + 1}"] = "已召开推进会"
    book.save(out)
    db = open_store(db_path)
    report = import_progress(db, read_ledger(out), out.name)
    assert (report.updated, report.lines) == (1, [])
    revision, task_id = shared.split("/")
    assert db.execute("SELECT progress FROM progress WHERE revision_id = ? AND task_id = ?", (int(revision), task_id)).fetchone()[0] == "已召开推进会"


def test_implied_units_are_stored_and_shown_in_the_ledger(tmp_path):
    """「以下均需各街道办事处落实，不再列出」 in task 2's block: tasks 3 and 4 carry 各街道办事处 as implied
    (table ``implied``, column 隐含单位), never among their written units; the unit's ledger lists them."""
    from pipeline.stages import extract
    from pipeline.store.read import tasks, unit_names

    db = open_store(tmp_path / "fengong.db")
    ingest(db, extract(ROOT / "tests" / "data" / "forms" / "local_rule_in_note.txt"))
    assert [tuple(r) for r in db.execute("SELECT task_id, seq, role, role_name, unit, canonical, source_task_id FROM implied ORDER BY rowid")] == [
        ("t15d9b8fb68", 1, "responsible", "责任", "各街道办事处", "各街道", "tb93b2ae872"),
        ("t7ad1ec68af", 1, "responsible", "责任", "各街道办事处", "各街道", "tb93b2ae872"),
    ]
    rows = ledger_rows(db)
    assert [(r["任务"][:4], r["牵头单位"], r["责任单位"], r["隐含单位"]) for r in rows] == [
        ("1.建设", "区发改局、区科信局", "", ""),
        ("2.推进", "区科信局", "", ""),
        ("3.制定", "区发改局", "", "各街道办事处（责任）"),
        ("4.开展", "区发改局", "", "各街道办事处（责任）"),
    ]
    assert [ledger_row(t) for t in tasks(db)] == [{k: v for k, v in r.items() if k != "序号"} for r in rows]  # import checks against the same cells
    assert [r["任务"][:4] for r in ledger_rows(db, unit_names(db, "各街道办事处"))] == ["2.推进", "3.制定", "4.开展"]


def test_index_words_are_the_words_each_once():
    text = "建立扶贫开发工作机制，扶贫开发工作到村到户 市扶贫办 扶贫"
    terms = index_terms(text).split()
    assert len(terms) == len(set(terms)) and set(terms) == set(words(text).split())
    assert terms[:5] == ["建立", "扶贫", "开发", "扶贫开发", "工作"]


def test_a_store_with_the_earlier_index_searches_the_same(tmp_path, seed, store, monkeypatch):
    """Stores made before the index went to ``detail = none`` kept ``detail = column`` (and a word
    repeated in a task as often as it was written): search finds the same tasks in either."""
    old = open_store(tmp_path / "old.db")
    old.execute(f"DROP TABLE {SEARCH_INDEX}")
    old.execute(SEARCH_INDEX_SQL.replace("detail = none", "detail = column"))
    old.commit()
    monkeypatch.setattr("pipeline.store.ingest.task_terms", lambda text, names: words(" ".join([text, *names])))  # every word as often as jieba gives it, as before
    ingest(old, seed)
    assert "detail = column" in old.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (SEARCH_INDEX,)).fetchone()[0]
    for query in ("扶贫", "养老", "养老 保险", "市教育局", "11.2", "教育 年限"):
        assert search(old, query) == search(store, query), query


def test_the_unit_columns_stored_with_each_task_are_its_assignments_folded(store, seed):
    """tasks.lead_units, cooperate_units, responsible_units (written at ingest, layout 4) give the
    ledger the cells the assignments give (ledger_row over tasks(), what --import checks against)."""
    rows = ledger_rows(store)
    assert len(rows) == len(seed.tasks) == 220
    assert [ledger_row(t) for t in tasks(store)] == [{k: v for k, v in r.items() if k != "序号"} for r in rows]
    assert sum(1 for r in rows if r["配合单位"].count("、") >= 3) > 20
