"""`fengong review --db DB --unit NAME`: one unit's tasks across the notices of a store, each with
its source passage read from the file the store recorded."""

from __future__ import annotations

import subprocess
import sys

import pytest
from lxml import html as lxml_html

from conftest import FORMS, ROOT

UNIT = "市科技局"
YUNXI = FORMS / "inline_labelled.txt"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, seed):
    """A store of the reference notice and a second city's notice, both naming 市科技局."""
    from pipeline import extract
    from pipeline.store import open_store
    from pipeline.store.ingest import ingest

    folder = tmp_path_factory.mktemp("store")
    (folder / YUNXI.name).write_bytes(YUNXI.read_bytes())  # beside the store; the reference notice is in raw_docs/
    path = folder / "fengong.db"
    db = open_store(path)
    ingest(db, seed)
    ingest(db, extract(folder / YUNXI.name))
    db.commit()
    db.close()
    return path


@pytest.fixture
def unit_tree(store_path, monkeypatch):
    from pipeline.review.unit_page import render_unit_page

    monkeypatch.chdir(ROOT)  # the store records file names: the reference notice is found in raw_docs/
    return lxml_html.fromstring(render_unit_page(store_path, UNIT))


def test_the_unit_page_lists_its_tasks_across_notices(unit_tree, seed):
    assert unit_tree.xpath("//h1")[0].text_content() == UNIT
    assert "规范名称：云溪市科学技术局、营口市科学技术局" in unit_tree.xpath('//div[@class="meta"]')[0].text_content()
    heads = [h.text_content() for h in unit_tree.xpath('//div[@data-kind="notice"]/h2')]
    assert heads == [seed.notice.title, "云溪市人民政府关于印发云溪市2024年科技创新重点任务分工的通知"]
    expected = [t.id for t in seed.tasks if any(a.canonical == "营口市科学技术局" for a in t.assignments)]
    cards = unit_tree.xpath("//article[@class='card']")
    assert [c.get("data-task").split("/")[1] for c in cards[: len(expected)]] == expected
    assert len(cards) == len(expected) + 2 == 50


def test_each_task_shows_its_source_passage_with_the_unit_outlined(unit_tree):
    cards = unit_tree.xpath("//article[@class='card']")
    passages = [c.xpath(".//pre[@class='passage']")[0] for c in cards]
    assert all(p.xpath(".//span[contains(@class, 'hit')]") for p in passages)
    assert {s.text_content() for p in passages for s in p.xpath(".//span[contains(@class, 'hit')]")} == {UNIT}
    assert passages[-2].text_content() == (
        "　　1．实施高新技术企业倍增计划，全年新认定高新技术企业120家以上。（牵头单位：市科技局；配合单位：市财政局、市教育局，各区、县级市）"
    )
    assert passages[0].text_content() == "  10.研究与试验发展(R&D)经费投入强度,达到1.3%以上。每万人口发明专利拥有量达到2.24件。\n  责任单位:市科技局"
    roles = [[r.text_content() for r in c.xpath("./h3/span[contains(@class, 'rl')]")] for c in cards]
    assert roles[-2:] == [["牵头"], ["牵头"]] and roles[0] == ["责任"]


def test_a_task_whose_notice_is_gone_shows_its_text(tmp_path, monkeypatch):
    from pipeline import extract
    from pipeline.review.unit_page import render_unit_page
    from pipeline.store import open_store
    from pipeline.store.ingest import ingest

    monkeypatch.chdir(tmp_path)
    (tmp_path / "n.txt").write_bytes(YUNXI.read_bytes())
    db = open_store(tmp_path / "s.db")
    ingest(db, extract("n.txt"))
    db.commit()
    db.close()
    (tmp_path / "n.txt").unlink()
    tree = lxml_html.fromstring(render_unit_page(tmp_path / "s.db", "云溪市科学技术局"))
    first = tree.xpath("//article[@class='card']")[0]
    assert first.xpath(".//pre")[0].text_content() == "实施高新技术企业倍增计划，全年新认定高新技术企业120家以上。"
    assert "原文件不在手边" in first.text_content()
    assert [c.text_content() for c in first.xpath(".//span[@class='chip cooperate']")] == ["市财政局", "市教育局", "各区、县级市"]


def fengong(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True)


def test_the_command_writes_the_unit_page(store_path, tmp_path):
    result = fengong("review", "--db", str(store_path), "--unit", UNIT, "-o", str(tmp_path / "unit.html"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert len(lxml_html.parse(str(tmp_path / "unit.html")).xpath("//article")) == 50


def test_a_unit_not_in_the_store_is_an_error(store_path):
    result = fengong("review", "--db", str(store_path), "--unit", "市不存在局")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"fengong: error: {store_path}: no unit 「市不存在局」 in the store (give its canonical name or a name as written)\n"
