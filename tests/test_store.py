"""The store (`fengong ingest`): exact rows, revisions linked by the diff's alignment, migrations,
and the README's table of tables. Real database files in tmp_path."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from conftest import ROOT, SEED, task_starting
from test_diff import EDITS, revise
from pipeline.store import history, open_store, tasks, unit_tasks
from pipeline.store.ingest import ingest
from pipeline.store.sqlite import create_schema, insert
from pipeline.store.describe import markdown
from pipeline.store.tables import STORE_VERSION, TABLES, extraction_rows, tables

REVISION = ["item_removed_renumbered", "task_reworded", "task_added", "task_moved"]
REWORDED = "深化审批制度改革,"


@pytest.fixture(scope="module")
def revised(tmp_path_factory, seed_text):
    """The reference notice with an item removed (items after it renumbered), a task reworded, one
    added and one moved: a revision with the same 文号."""
    from pipeline import extract

    path = tmp_path_factory.mktemp("rev") / "revised.txt"
    path.write_text(revise(seed_text, [e for name in REVISION for e in EDITS[name]]), encoding="utf-8")
    return extract(path)


@pytest.fixture
def store(tmp_path, seed):
    db = open_store(tmp_path / "fengong.db")
    ingest(db, seed)
    yield db
    db.close()


def dump(db) -> list[str]:
    return list(db.iterdump())


def test_every_table_holds_the_extraction(store, seed):
    counts = {t.name: store.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0] for t in TABLES}
    assert counts == {
        "notices": 1, "revisions": 1, "sections": len(seed.sections), "tasks": len(seed.tasks), "task_changes": 0,
        "assignments": sum(len(t.assignments) for t in seed.tasks), "targets": sum(1 for g in seed.targets if g.task),
        "deadlines": sum(1 for d in seed.deadlines if d.task), "implied": 0,
        "units": len(seed.units), "diagnostics": len(seed.diagnostics), "progress": 0,
    }
    assert (len(seed.sections), len(seed.tasks), len(seed.targets)) == (97, 220, 184)  # 184 since session 25: 「闭坑矿治理2500亩」
    assert store.execute("PRAGMA page_size").fetchone()[0] == 16384
    assert store.execute("PRAGMA foreign_key_check").fetchall() == []


def test_exact_rows_of_a_task(store, seed):
    task = task_starting(seed, "劳动年龄人口平均受教育年限")
    row = store.execute("SELECT * FROM tasks WHERE task_id = ?", (task.id,)).fetchone()
    assert tuple(row) == (1, task.id, 1, task.section, "二、落实主要指标分工安排 > (一)约束性指标", "1.",
                          "劳动年龄人口平均受教育年限达到11.2年。", "", 671, 692, 17, None, None, None, None, "市教育局")
    rows = store.execute("SELECT role, role_name, unit, canonical, resolved, rule, start, end, line FROM assignments WHERE task_id = ?",
                         (task.id,)).fetchall()
    assert [tuple(r) for r in rows] == [("responsible", "责任", "市教育局", "营口市教育局", 1, "unit_line", 700, 704, 18)]
    target = store.execute("SELECT indicator, value, value_text, unit, comparator FROM targets WHERE task_id = ?", (task.id,)).fetchone()
    assert tuple(target) == ("劳动年龄人口平均受教育年限", 11.2, "11.2年", "年", "reach")
    revision = store.execute("SELECT notice_id, number, previous_id, doc_number, issuer, date, year FROM revisions").fetchone()
    assert tuple(revision) == (1, 1, None, "营政发〔2016〕45号", "营口市人民政府", "2016-12-31", 2016)


def test_spans_give_back_the_text(store, seed_text):
    for text, start, end in store.execute("SELECT text, start, end FROM tasks"):
        assert " ".join(seed_text[start:end].split()) == " ".join(text.split()) or text in seed_text[start:end].replace("\n", "")


def test_reingesting_an_unchanged_file_changes_nothing(store, seed):
    before = dump(store)
    outcome = ingest(store, seed)
    assert (outcome.status, outcome.revision_id) == ("unchanged", 1)
    assert dump(store) == before


def test_a_revision_links_every_task_to_its_predecessor(store, seed, revised):
    outcome = ingest(store, revised)
    assert (outcome.status, outcome.notice_id, outcome.revision_id, outcome.number) == ("revision", 1, 2, 2)
    assert outcome.changes == Counter({"kept": 208, "renumbered": 9, "reworded": 1, "added": 1, "moved": 1, "removed": 1})
    assert store.execute("SELECT count(*) FROM notices").fetchone()[0] == 1
    old = task_starting(seed, REWORDED)
    new = task_starting(revised, REWORDED)
    assert old.id != new.id
    assert tuple(store.execute("SELECT predecessor_id, change FROM tasks WHERE revision_id = 2 AND task_id = ?", (new.id,)).fetchone()) == (old.id, "reworded")
    assert [(h["number"], h["task_id"], h["change"]) for h in history(store, 1, old.id)] == [(1, old.id, None), (2, new.id, "reworded")]
    assert [(h["number"], h["task_id"]) for h in history(store, 2, new.id)] == [(1, old.id), (2, new.id)]
    removed = task_starting(seed, "城镇棚户区住房改造11615套")
    assert [(h["number"], h["task_id"], h["change"]) for h in history(store, 1, removed.id)] == [(1, removed.id, None), (2, None, "removed")]
    renumbered = task_starting(revised, "耕地保有量171万亩")
    assert (renumbered.label, store.execute("SELECT change FROM tasks WHERE revision_id = 2 AND task_id = ?", (renumbered.id,)).fetchone()[0]) == ("3.", "renumbered")
    assert store.execute("PRAGMA foreign_key_check").fetchall() == []


def test_latest_revision_is_what_views_read(store, revised):
    ingest(store, revised)
    assert {t["revision_id"] for t in tasks(store)} == {2}
    assert len(tasks(store)) == len(revised.tasks)
    assert len(tasks(store, revision_id=1)) == 220


def test_a_different_notice_is_a_new_notice(store, seed_text, tmp_path):
    from pipeline import extract

    path = tmp_path / "other.txt"
    path.write_text(seed_text.replace("营政发〔2016〕45号", "营政发〔2016〕46号").replace("主要目标和任务工作分工", "重点工作分工"), encoding="utf-8")
    outcome = ingest(store, extract(path))
    assert (outcome.status, outcome.notice_id, outcome.number) == ("added", 2, 1)


def test_revision_of_names_the_notice(store, seed_text, tmp_path):
    from pipeline import extract

    path = tmp_path / "renamed.txt"
    path.write_text(seed_text.replace("营政发〔2016〕45号", "营政发〔2017〕3号").replace("主要目标和任务工作分工", "重点工作分工"), encoding="utf-8")
    outcome = ingest(store, extract(path), revision_of="营政发〔2016〕45号")
    assert (outcome.status, outcome.notice_id, outcome.number) == ("revision", 1, 2)
    assert outcome.changes == Counter({"kept": 220})


def test_unit_tasks_for_review(store):
    rows = unit_tasks(store, "市教育局")
    assert len(rows) == 22
    first = rows[0]
    assert (first["unit"], first["role"], first["text"], first["start"], first["end"], first["line"], first["source_path"]) == (
        "营口市教育局", "responsible", "劳动年龄人口平均受教育年限达到11.2年。", 671, 692, 17, "yingkou_2016_45_shisanwu_fengong.txt")
    assert Counter(r["role"] for r in rows) == Counter({"cooperate": 14, "lead": 6, "responsible": 2})
    assert [r["role"] for r in unit_tasks(store, "营口市教育局", role="lead")] == ["lead"] * 6


def test_migration_from_layout_1(tmp_path, seed):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    create_schema(db, version=1)
    with db:  # layout 1 and 2 had this index; layout 3 replaces it by one ending in start
        db.execute("DROP INDEX targets_revision_id_task_id_start")
        db.execute("CREATE INDEX targets_revision_id_task_id ON targets (revision_id, task_id)")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    rows = extraction_rows(seed, 1, version=1)
    rows["revisions"][0] = (1, 1, 1, None) + rows["revisions"][0][4:]
    with db:
        db.execute("INSERT INTO notices VALUES (1, '营政发〔2016〕45号', NULL, NULL)")
        for table in tables(1):
            if table.name in rows:
                insert(db, table.name, rows[table.name], table.names)
    assert "kind" not in [r[1] for r in db.execute("PRAGMA table_info(targets)")]
    db.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == STORE_VERSION == 4
    assert db.execute("PRAGMA page_size").fetchone()[0] == 4096  # a store made before keeps its pages (new ones: 16 KiB)
    assert db.execute("SELECT count(*) FROM implied").fetchone()[0] == 0  # layout 3: a table of its own
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
    assert {"assignments_unit_canonical", "implied_canonical", "targets_revision_id_task_id_start"} <= indexes
    assert "targets_revision_id_task_id" not in indexes  # superseded in layout 3
    assert [r[1] for r in db.execute("PRAGMA table_info(targets)")] == list(next(t for t in TABLES if t.name == "targets").names[:4]) + [
        c for c in next(t for t in TABLES if t.name == "targets").names[5:]] + ["kind"]
    # the store keeps the targets of tasks (a section's own targets have no task row)
    assert db.execute("SELECT count(*), count(kind) FROM targets").fetchone()[:] == (sum(1 for g in seed.targets if g.task), 0)
    assert db.execute("SELECT count(*) FROM deadlines").fetchone()[0] == 0
    assert len(tasks(db)) == 220
    # layout 4: each task's units per role, filled in from its assignments as ingest writes them
    fresh = {row[1]: row[-3:] for row in extraction_rows(seed, 1)["tasks"]}
    assert {r[0]: tuple(r[1:]) for r in db.execute("SELECT task_id, lead_units, cooperate_units, responsible_units FROM tasks")} == fresh
    assert sum(1 for units in fresh.values() if units[1] and "、" in units[1]) > 50


def test_a_newer_or_foreign_file_is_refused(tmp_path):
    from pipeline.errors import FengongError

    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(FengongError, match="not a fengong store"):
        open_store(foreign)
    newer = tmp_path / "newer.db"
    open_store(newer).execute(f"PRAGMA user_version = {STORE_VERSION + 1}")
    with pytest.raises(FengongError, match="newer than this fengong"):
        open_store(newer)
    with pytest.raises(FengongError, match="no such store"):
        open_store(tmp_path / "missing.db", create=False)


def test_readme_documents_every_table_and_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown() in readme


def test_records_schema_2_fields_are_stored_when_present(tmp_path, seed):
    """targets[].kind and deadlines (issue 11) land in their columns once the records carry them."""
    from types import SimpleNamespace

    span = SimpleNamespace(start=1, end=5, line=2)
    deadline = SimpleNamespace(id="d1", task=seed.tasks[0].id, text="2020年底前", kind="date", date="2020-12-31", span=span)
    fake = SimpleNamespace(**{f: getattr(seed, f) for f in ("source", "notice", "sections", "tasks", "units", "diagnostics")},
                           schema_version="2", deadlines=[deadline],
                           targets=[SimpleNamespace(**{**{f: getattr(g, f) for f in g.__dataclass_fields__}, "kind": "goal"}) for g in seed.targets])
    rows = extraction_rows(fake, 7)
    assert rows["deadlines"] == [(7, "d1", seed.tasks[0].id, "2020年底前", "date", "2020-12-31", 1, 5, 2)]
    assert {r[4] for r in rows["targets"]} == {"goal"}


def test_ingest_command_reads_folders_of_notices_and_json(tmp_path, seed_text, capsys, monkeypatch):
    import shutil

    from pipeline.cli import main
    from pipeline.store.ingest import Batch

    told = []  # what each run tells its Batch: the files not stored yet (a bulk ingest defers its unit indexes)
    original = Batch.__init__
    monkeypatch.setattr(Batch, "__init__", lambda self, db, expected=0: (told.append(expected), original(self, db, expected=expected))[1])

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "ref.txt")
    (folder / "revised.txt").write_text(revise(seed_text, EDITS["task_reworded"]), encoding="utf-8")
    (folder / "notes.md").write_text("not a notice")  # not an input suffix: skipped
    db = tmp_path / "fengong.db"
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    assert capsys.readouterr().out == (
        f"{folder / 'ref.txt'}: notice 1, revision 1\n"
        f"{folder / 'revised.txt'}: notice 1, revision 2 (no. 2): tasks 219 kept, 1 reworded\n"
    )
    assert main(["extract", str(SEED), "-o", str(tmp_path / "out"), "-q"]) == 0
    extracted = tmp_path / "out" / "yingkou_2016_45_shisanwu_fengong.json"
    source = json.loads(extracted.read_text(encoding="utf-8"))["source"]["path"]
    assert main(["ingest", str(folder), str(extracted), "--db", str(db)]) == 0
    assert capsys.readouterr().out == (
        f"{folder / 'ref.txt'}: unchanged (revision 1)\n"
        f"{folder / 'revised.txt'}: unchanged (revision 2)\n"
        f"{source}: unchanged (revision 1)\n"  # the source the JSON was extracted from
    )
    assert told == [2, 1]  # the JSON's hash is inside it: not known before reading it


def test_ingest_errors_are_one_line_and_the_others_are_stored(tmp_path, capsys):
    import shutil

    from pipeline.cli import main

    from pipeline.records import SCHEMA_VERSION

    bad = tmp_path / "bad.json"
    bad.write_text(f'{{"schema_version": "{SCHEMA_VERSION}"}}', encoding="utf-8")
    shutil.copy(SEED, tmp_path / "ref.txt")
    db = tmp_path / "fengong.db"
    assert main(["ingest", str(bad), str(tmp_path / "ref.txt"), "--db", str(db), "-q"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"fengong: error: {bad}: not a valid extraction: source")
    assert len(err.splitlines()) == 1
    assert sqlite3.connect(db).execute("SELECT count(*) FROM revisions").fetchone()[0] == 1
    assert main(["ingest", str(tmp_path / "ref.txt"), "--db", str(db), "--revision-of", "营政发〔1999〕1号"]) == 0
    assert "unchanged" in capsys.readouterr().out  # a stored file is unchanged whatever --revision-of says


def test_datasette_metadata_is_generated_from_the_tables():
    import json

    from pipeline.store.describe import datasette_metadata

    committed = json.loads((ROOT / "browse" / "metadata.json").read_text(encoding="utf-8"))
    assert committed == datasette_metadata()
    assert set(committed["databases"]["fengong"]["tables"]) == {t.name for t in TABLES} | {"search_index"}


def test_a_qualifier_note_is_stored_with_its_assignment(tmp_path):
    from pipeline import extract
    from conftest import FORMS

    db = open_store(tmp_path / "fengong.db")
    ingest(db, extract(FORMS / "local_rule_in_note.txt"))
    assert [tuple(r) for r in db.execute("SELECT unit, note FROM assignments WHERE note IS NOT NULL")][0] == ("各街道办事处", "含白溪经济开发区管委会，下同")


def test_a_batch_commits_its_files_together_and_a_failing_file_leaves_nothing(tmp_path, seed):
    from dataclasses import replace

    from pipeline.errors import FengongError
    from pipeline.store.ingest import Batch

    path = tmp_path / "fengong.db"
    db = open_store(path)
    batch = Batch(db, files=2, seconds=3600)
    assert batch.ingest(seed).status == "added" and not batch.due()
    other = replace(seed, source=replace(seed.source, sha256="0" * 64), notice=replace(seed.notice, doc_number="营政发〔1999〕1号", title="另一个通知"))
    with pytest.raises(FengongError, match="--revision-of names no stored notice"):
        batch.ingest(other, revision_of="营政发〔1999〕9号")
    assert sqlite3.connect(path).execute("SELECT count(*) FROM revisions").fetchone()[0] == 0  # nothing committed yet
    assert batch.ingest(seed).status == "unchanged"  # the batch sees its own files
    assert batch.due()
    batch.commit()
    seen = sqlite3.connect(path)
    assert seen.execute("SELECT count(*), count(DISTINCT notice_id) FROM revisions").fetchone() == (1, 1)
    assert seen.execute("SELECT count(*) FROM notices").fetchone()[0] == 1  # the failing file wrote no notice
    assert seen.execute("SELECT count(*) FROM tasks").fetchone()[0] == 220
    assert seen.execute("PRAGMA foreign_key_check").fetchall() == []
    assert batch.ingest(other).status == "added" and db.in_transaction
    batch.commit()
    assert seen.execute("SELECT count(*) FROM notices").fetchone()[0] == 2


def test_a_bulk_ingest_builds_the_unit_indexes_at_the_end_and_stores_the_same_rows(tmp_path, seed, monkeypatch):
    from dataclasses import replace

    from pipeline.store import ingest as ingesting
    from pipeline.store.ingest import DEFERRED, Batch
    from pipeline.store.search import search

    monkeypatch.setattr(ingesting, "BULK", 2)
    copies = [replace(seed, source=replace(seed.source, sha256=f"{i:064x}"),
                      notice=replace(seed.notice, doc_number=f"营政发〔1999〕{i}号", title=f"另一个通知{i}")) for i in range(3)]
    names = {f"{table}_{'_'.join(columns)}" for table, columns in DEFERRED}

    def indexes(db):
        return {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}

    def dumped(db):  # the rows (the full-text index's pages differ with the commits), the indexes aside
        return sorted(line for line in db.iterdump() if not line.startswith("CREATE INDEX") and "search_index_" not in line)

    one_by_one = open_store(tmp_path / "one.db")
    for copy in copies:
        ingest(one_by_one, copy)
    bulk = open_store(tmp_path / "bulk.db")
    batch = Batch(bulk, files=2, expected=3)
    for copy in copies:
        batch.ingest(copy)
        if batch.due():
            batch.commit()
    assert not names & indexes(bulk)  # dropped with the first file, not built per file
    batch.finish()
    assert names <= indexes(bulk) and indexes(bulk) == indexes(one_by_one)
    assert dumped(bulk) == dumped(one_by_one)
    assert unit_tasks(bulk, "市教育局") == unit_tasks(one_by_one, "市教育局")
    assert all(search(bulk, q) == search(one_by_one, q) != [] for q in ("扶贫", "养老", "市教育局"))
    assert bulk.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the same files again (all stored) drop nothing; a bulk batch interrupted before finish() leaves
    # its indexes to the next ingest's finish()
    again = Batch(bulk, expected=3)
    assert [again.ingest(c).status for c in copies] == ["unchanged"] * 3 and names <= indexes(bulk)
    again.finish()
    bulk.execute(f'DROP INDEX "{sorted(names)[0]}"')
    Batch(bulk).finish()
    assert names <= indexes(bulk)
    assert not Batch(bulk, expected=2).defer  # fewer files than the store holds: indexes kept in place
