"""Units (issue 4): the dictionary, resolution in the issuer's context, Traditional script, prose
mentions with spans, and the `fengong units` per-unit views."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, SEED

from pipeline.cli import main
from pipeline.errors import FengongError
from pipeline.records import to_plain
from pipeline.stages import extract
from pipeline.units.dictionary import IssuerContext, load_dictionary, load_dictionary_file
from pipeline.units.recognise import find_units

YINGKOU = IssuerContext.from_issuer("营口市人民政府")
NONE = IssuerContext()
QINGHE = IssuerContext.from_notice(None, "青河市推进数字政府建设行动方案")  # no issuer: the title's place
HUBEI = IssuerContext.from_notice("湖北省人民政府办公厅", None)

SMALL_NOTICE = """临江市人民政府关于印发重点任务分工的通知
各区人民政府，市政府各部门：
一、推进数字政府建设
1.建设城市数据平台，由市财政给予一次性资助。
牵头单位：市科技局
配合单位：市人力资源社会保障局、市星际开发局
2.完善考核办法，市发展改革委汇总后上报市政府。
责任单位：市人力资源和社会保障局
临江市人民政府
2024年5月6日
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("notice") / "small.txt"
    path.write_text(SMALL_NOTICE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small_extraction(small):
    return extract(small)


# --- the dictionary: aliases, kinds, issuer context, Traditional script -----------------------


@pytest.mark.parametrize(
    "name, context, canonical, kind, rule",
    [
        pytest.param("市人力资源社会保障局", YINGKOU, "营口市人力资源和社会保障局", "government_department", "dictionary", id="alias-short"),
        pytest.param("市人力资源和社会保障局", YINGKOU, "营口市人力资源和社会保障局", "government_department", "dictionary", id="alias-long"),
        pytest.param("市科技局", YINGKOU, "营口市科学技术局", "government_department", "dictionary", id="issuer-context"),
        pytest.param("市科技局", QINGHE, "青河市科学技术局", "government_department", "dictionary", id="issuer-from-title"),
        pytest.param("营口市科技局", YINGKOU, "营口市科学技术局", "government_department", "dictionary", id="place-qualified"),
        pytest.param("发展改革委", NONE, "国家发展和改革委员会", "government_department", "dictionary", id="central-short-name"),
        pytest.param("各县(市)区政府", YINGKOU, "各县(市)区政府", "collective", "dictionary", id="collective"),
        pytest.param("各县（市）区政府", YINGKOU, "各县(市)区政府", "collective", "dictionary", id="collective-full-width-parentheses"),
        pytest.param("鲅鱼圈区政府", YINGKOU, "鲅鱼圈区政府", "lower_government", "shape:lower_government", id="shape-lower-government"),
        pytest.param("市人才工作领导小组", YINGKOU, "营口市人才工作领导小组", "leading_group", "dictionary", id="leading-group"),
        pytest.param("市政府辦公室", IssuerContext.from_issuer("臨江市人民政府"), "临江市人民政府办公室", "government_department", "dictionary", id="traditional-office"),
        pytest.param("市行政審批制度改革工作領導小組辦公室", QINGHE, "青河市行政审批制度改革工作领导小组办公室", "public_institution", "dictionary", id="traditional-group-office"),
        pytest.param("市財政局", QINGHE, "青河市财政局", "government_department", "dictionary", id="traditional-finance"),
            pytest.param("科技厅", HUBEI, "湖北省科学技术厅", "government_department", "dictionary", id="provincial-bare-name"),
            pytest.param("省科技厅", HUBEI, "湖北省科学技术厅", "government_department", "dictionary", id="provincial-short-name"),
    ],
)
def test_resolve(name, context, canonical, kind, rule):
    resolution = load_dictionary().resolve(name, context)
    assert (resolution.name, resolution.canonical, resolution.kind, resolution.resolved, resolution.rule) == (name, canonical, kind, True, rule)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("市星际开发局", id="not-in-dictionary"),
        # 营口市 + 场监管总局 read as 市场监管总局 names a central body: 营口市 stands only for the city level
        pytest.param("营口市场监管总局", id="place-prefix-of-another-level"),
    ],
)
def test_unknown_name_is_kept_as_written(name):
    resolution = load_dictionary().resolve(name, YINGKOU)
    assert (resolution.canonical, resolution.kind, resolution.resolved, resolution.rule) == (name, "unknown", False, "unresolved")


GOOD_ENTRY = "  - canonical: \"{place}市甲局\"\n    kind: government_department\n    level: city\n    aliases: [市甲]\n"


@pytest.mark.parametrize(
    "body, message",
    [
        pytest.param(
            GOOD_ENTRY + "  - canonical: \"{place}市乙局\"\n    kind: government_department\n    level: city\n    aliases: [市甲]\n",
            "bad.yaml: invalid unit dictionary: entries[1] ({place}市乙局): the name 「市甲」 already belongs to {place}市甲局",
            id="duplicate-alias",
        ),
        pytest.param(
            GOOD_ENTRY + "  - canonical: 市丙局\n    kind: bureau\n    level: city\n",
            "bad.yaml: invalid unit dictionary: entries[1] (市丙局): kind: unknown kind 'bureau'",
            id="unknown-kind",
        ),
        pytest.param(
            GOOD_ENTRY + "  - canonical: 市丁局\n    kind: government_department\n    level: city\n    alias: [丁局]\n",
            "bad.yaml: invalid unit dictionary: entries[1] (市丁局): alias: unknown field",
            id="extra-field",
        ),
    ],
)
def test_dictionary_validation_errors(body, message):
    with pytest.raises(FengongError) as error:
        load_dictionary_file("bad.yaml", "version: 1\nentries:\n" + body)
    assert str(error.value) == message


# --- extraction: canonical on every assignment, kinds and mentions on units, diagnostics ------


def test_every_assignment_is_resolved_or_flagged(small_extraction):
    assert [(a.unit, a.canonical, a.resolved) for t in small_extraction.tasks for a in t.assignments] == [
        ("市科技局", "临江市科学技术局", True),
        ("市人力资源社会保障局", "临江市人力资源和社会保障局", True),
        ("市星际开发局", "市星际开发局", False),
        ("市人力资源和社会保障局", "临江市人力资源和社会保障局", True),
    ]


def test_unknown_name_diagnostic(small_extraction):
    assert [to_plain(d) for d in small_extraction.diagnostics if d.code == "unresolved_unit"] == [
        {"level": "warning", "code": "unresolved_unit", "message": "unit 「市星际开发局」 is not in the unit dictionary; kept as written", "line": 6}
    ]


def test_units_carry_kind_and_mentions(small_extraction):
    assert [(u.name, u.canonical, u.kind, u.resolved, u.mentions) for u in small_extraction.units] == [
        ("市人力资源和社会保障局", "临江市人力资源和社会保障局", "government_department", True, 1),
        ("市人力资源社会保障局", "临江市人力资源和社会保障局", "government_department", True, 1),
        ("市政府", "临江市人民政府", "other", True, 1),
        ("市发展改革委", "临江市发展和改革委员会", "government_department", True, 1),
        ("市科技局", "临江市科学技术局", "government_department", True, 1),
        ("市财政", "临江市财政局", "government_department", True, 1),
        ("市星际开发局", "市星际开发局", "unknown", False, 1),
    ]


def test_prose_mentions_in_an_extraction(small, small_extraction):
    source = small.read_text(encoding="utf-8")
    mentions = [(m.name, m.canonical, m.span.line) for t in small_extraction.tasks for m in t.mentions]
    assert mentions == [("市财政", "临江市财政局", 4), ("市发展改革委", "临江市发展和改革委员会", 7), ("市政府", "临江市人民政府", 7)]
    assert all(source[m.span.start : m.span.end] == m.name for t in small_extraction.tasks for m in t.mentions)


def test_units_file_overrides_and_adds(tmp_path, small):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "version: 1\nentries:\n"
        "  - canonical: \"{place}市星际开发管理局\"\n    kind: government_department\n    level: city\n    aliases: [市星际开发局]\n"
        "  - canonical: \"{place}市科技创新局\"\n    kind: government_department\n    level: city\n    aliases: [市科技局]\n",
        encoding="utf-8",
    )
    extraction = extract(small, (str(extra),))
    assert [(a.unit, a.canonical, a.resolved) for a in extraction.tasks[0].assignments] == [
        ("市科技局", "临江市科技创新局", True),
        ("市人力资源社会保障局", "临江市人力资源和社会保障局", True),
        ("市星际开发局", "临江市星际开发管理局", True),
    ]
    assert not [d for d in extraction.diagnostics if d.code == "unresolved_unit"]
    assert load_dictionary((str(extra),)).entries[0] is load_dictionary().entries[0]  # the shipped file is parsed once
    [spans] = find_units(["请市科技局牵头，市科学技术局配合"], (str(extra),))  # the ruler labels a name with its override
    assert [(s.text, s.start, s.end, s.entry_id) for s in spans] == [("市科技局", 1, 5, "{place}市科技创新局"), ("市科学技术局", 8, 14, "{place}市科学技术局")]


# --- recognition in prose: exact spans --------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("由市财政给予一次性资助", [("市财政", 1, 4, "government_department", "{place}市财政局")], id="glued-by-jieba"),
        pytest.param("市人才工作领导小组负责组织实施", [("市人才工作领导小组", 0, 9, "leading_group", "{place}市人才工作领导小组")], id="leading-group-in-dictionary"),
        pytest.param("市数字经济工作领导小组办公室负责协调", [("市数字经济工作领导小组办公室", 0, 14, "public_institution", "shape:leading_group_office")], id="leading-group-office-shape"),
        pytest.param(
            "市发展改革委汇总后上报市政府",
            [("市发展改革委", 0, 6, "government_department", "{place}市发展和改革委员会"), ("市政府", 11, 14, "other", "{place}市人民政府")],
            id="two-in-one-sentence",
        ),
        pytest.param("加强与营口市政府的合作", [("营口市政府", 3, 8, "other", "{place}市人民政府")], id="place-prefix"),
        pytest.param("市政府辦公室牽頭督辦", [("市政府辦公室", 0, 6, "government_department", "{place}市人民政府办公室")], id="traditional-keeps-written-form"),
        pytest.param("各县（市）区政府、市有关部门要抓好落实", [("各县（市）区政府", 0, 8, "collective", "各县(市)区政府"), ("市有关部门", 9, 14, "collective", "市级各有关部门")], id="collectives"),
        pytest.param("培育市场主体，方便市民出行，建设智慧城市", [], id="negatives-shi"),
        pytest.param("财政部门和城市政府共同推进", [], id="negatives-bumen-chengshi"),
        pytest.param("健全中央行政事业单位管理办法", [], id="negatives-yanghang"),
        pytest.param("市委市政府成立了以市长为组长的领导小组", [("市委", 0, 2, "party_organ", "中共{place}市委员会"), ("市政府", 2, 5, "other", "{place}市人民政府")], id="group-shape-does-not-cross-clause"),
    ],
)
def test_find_units_in_prose(text, expected):
    [spans] = find_units([text], places=["营口市"])
    assert [(s.text, s.start, s.end, s.kind, s.entry_id) for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)



def test_prose_names_of_the_reference_notice(seed):
    texts = [task.text for task in seed.tasks] + [
        "市委市政府要求，营口市政府和市发展改革委、市财政局等按职责分工负责",
        "各县（市）区政府、市有关部门要抓好落实；由市财政给予一次性资助",
    ]
    found = find_units(texts, places=["营口市"])
    n = len(seed.tasks)
    assert [(i, s.text, s.start, s.end) for i, spans in enumerate(found) for s in spans] == [
        (29, "中科院", 2, 5), (30, "中科院", 130, 133), (134, "营口市志愿者联合会", 31, 40), (149, "国务院", 4, 7),
        (n, "市委", 0, 2), (n, "市政府", 2, 5), (n, "营口市政府", 8, 13), (n, "市发展改革委", 14, 20), (n, "市财政局", 21, 25),
        (n + 1, "各县（市）区政府", 0, 8), (n + 1, "市有关部门", 9, 14), (n + 1, "市财政", 21, 24),
    ]


def test_spacy_phrase_matcher_finds_the_dictionary_names(small, monkeypatch):
    """spaCy's work: its PhraseMatcher is the one pass that finds dictionary names in prose; with
    a matcher that knows no names, the mentions of the notice are gone (only shapes would remain)."""
    from spacy.matcher import PhraseMatcher

    from pipeline.units.recognise import unit_matcher

    mentions = lambda: [(m.name, m.span.start, m.span.end) for t in extract(small).tasks for m in t.mentions]  # noqa: E731
    assert mentions() == [("市财政", 59, 62), ("市发展改革委", 113, 119), ("市政府", 124, 127)]
    monkeypatch.setattr(unit_matcher(()), "matcher", PhraseMatcher(unit_matcher(()).vocab))
    assert mentions() == []


CALLERS_JIEBA = """
import json, sys
import jieba, jieba.posseg
before = [tuple(p) for p in jieba.posseg.lcut("领导小组办公室负责协调，由市财政给予资助")]
from pipeline import extract
extract(sys.argv[1])
after = [tuple(p) for p in jieba.posseg.lcut("领导小组办公室负责协调，由市财政给予资助")]
print(json.dumps([before == after, jieba.lcut("市发展改革委汇总后上报")], ensure_ascii=False))
"""


@pytest.mark.slow
def test_extraction_leaves_the_callers_jieba_and_cache_alone(tmp_path):
    """No process-global change to the caller's jieba, and no cache file written anywhere."""
    cache = tmp_path / "cache"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "HOME": str(tmp_path), "FENGONG_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", CALLERS_JIEBA, str(SEED)], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    same, cut = json.loads(result.stdout)
    assert same
    assert cut == jieba_lcut_fresh("市发展改革委汇总后上报")
    assert not cache.exists() or not any(cache.rglob("*"))


def jieba_lcut_fresh(text: str) -> list[str]:
    """What a fresh jieba cuts (its own dictionary, no user words)."""
    import jieba

    return jieba.Tokenizer().lcut(text)


# --- `fengong units`: exact rows --------------------------------------------------------------


@pytest.fixture(scope="module")
def extracted_file(tmp_path_factory, small):
    out = tmp_path_factory.mktemp("extracted")
    assert main(["extract", str(small), "-o", str(out), "-q"]) == 0
    return out / "small.json"


COUNT_ROWS = {
    "table": "单位                        类别                   牵头  配合  责任  合计\n"
    "临江市人力资源和社会保障局  government_department     0     1     1     2\n"
    "临江市科学技术局            government_department     1     0     0     1\n"
    "市星际开发局                unknown                   0     1     0     1\n",
    "csv": "\ufeff单位,类别,牵头,配合,责任,合计\r\n"
    "临江市人力资源和社会保障局,government_department,0,1,1,2\r\n"
    "临江市科学技术局,government_department,1,0,0,1\r\n"
    "市星际开发局,unknown,0,1,0,1\r\n",
    "md": "| 单位 | 类别 | 牵头 | 配合 | 责任 | 合计 |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
    "| 临江市人力资源和社会保障局 | government_department | 0 | 1 | 1 | 2 |\n"
    "| 临江市科学技术局 | government_department | 1 | 0 | 0 | 1 |\n"
    "| 市星际开发局 | unknown | 0 | 1 | 0 | 1 |\n",
}


@pytest.mark.parametrize("fmt", ["table", "csv", "md"], ids=["table", "csv-with-bom", "markdown"])
def test_units_view_counts(extracted_file, tmp_path, fmt):
    out = tmp_path / f"counts.{fmt}"
    assert main(["units", str(extracted_file), "--format", fmt, "-o", str(out)]) == 0
    assert out.read_bytes().decode("utf-8") == COUNT_ROWS[fmt]


def test_units_view_counts_json(extracted_file, capsysbinary):
    assert main(["units", str(extracted_file), "--format", "json"]) == 0
    assert json.loads(capsysbinary.readouterr().out.decode("utf-8")) == [
        {"unit": "临江市人力资源和社会保障局", "kind": "government_department", "lead": 0, "cooperate": 1, "responsible": 1, "total": 2},
        {"unit": "临江市科学技术局", "kind": "government_department", "lead": 1, "cooperate": 0, "responsible": 0, "total": 1},
        {"unit": "市星际开发局", "kind": "unknown", "lead": 0, "cooperate": 1, "responsible": 0, "total": 1},
    ]


def test_units_view_reads_a_folder(extracted_file, capsysbinary):
    assert main(["units", str(extracted_file.parent), "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == COUNT_ROWS["csv"]


def one_unit_rows(extracted_file, small_extraction):
    first, second = (t.id for t in small_extraction.tasks)
    unit = "临江市人力资源和社会保障局"
    common = {"unit": unit, "doc_number": "", "path": "一、推进数字政府建设", "deadline": "", "file": str(extracted_file)}
    return [
        {**common, "role": "cooperate", "role_name": "配合", "text": "建设城市数据平台，由市财政给予一次性资助。", "lead_units": "市科技局",
         "cooperate_units": "市人力资源社会保障局、市星际开发局", "responsible_units": "", "task": first},
        {**common, "role": "responsible", "role_name": "责任", "text": "完善考核办法，市发展改革委汇总后上报市政府。", "lead_units": "",
         "cooperate_units": "", "responsible_units": "市人力资源和社会保障局", "task": second},
    ]


@pytest.mark.parametrize("name", ["市人力资源社会保障局", "市人力資源和社會保障局", "临江市人力资源和社会保障局"], ids=["alias", "traditional", "canonical"])
def test_units_view_one_unit(extracted_file, small_extraction, capsysbinary, name):
    assert main(["units", str(extracted_file), "--unit", name, "--format", "json"]) == 0
    assert json.loads(capsysbinary.readouterr().out.decode("utf-8")) == one_unit_rows(extracted_file, small_extraction)


def test_units_view_one_unit_csv_names_the_unit_in_chinese(extracted_file, small_extraction, capsysbinary):
    assert main(["units", str(extracted_file), "--unit", "市人力资源社会保障局", "--format", "csv", "--role", "责任"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == (
        "\ufeff单位,角色,文号,章节,任务,牵头单位,配合单位,责任单位,完成时限,文件,任务编号\r\n"
        f"临江市人力资源和社会保障局,责任,,一、推进数字政府建设,完善考核办法，市发展改革委汇总后上报市政府。,,,市人力资源和社会保障局,,{extracted_file},"
        f"{small_extraction.tasks[1].id}\r\n"
    )


def test_units_from_the_store_filtered(tmp_path, seed, capsysbinary):
    from pipeline.store import open_store
    from pipeline.store.ingest import ingest

    db = tmp_path / "fengong.db"
    ingest(open_store(db), seed)
    assert main(["units", "--db", str(db), "--format", "json", "--role", "牵头", "--year", "2016", "--issuer", "营口市人民政府"]) == 0
    counts = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert counts[0] == {"unit": "营口市发展和改革委员会", "kind": "government_department", "lead": 25, "cooperate": 0, "responsible": 0, "total": 25}
    assert main(["units", "--db", str(db), "--year", "2017"]) == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == "单位  类别  牵头  配合  责任  合计\n"
    assert main(["units", "--db", str(db), "--unit", "市教育局", "--role", "lead", "--format", "json"]) == 0
    rows = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert [(r["unit"], r["role_name"], r["doc_number"], r["task"].split("/")[0]) for r in rows] == [("营口市教育局", "牵头", "营政发〔2016〕45号", "1")] * 6
    assert main(["units", "--db", str(db), "--unit", "市教育局", "--notice", "营政发〔2016〕45号"]) == 0
    table = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert table[0].split() == ["单位", "角色", "文号", "章节", "任务", "任务编号"]
    assert len(table) == 23 and "劳动年龄人口平均受教育年限达到11.2年。" in table[1]
    assert all(len(line.split("  ")) > 1 for line in table)


@pytest.mark.parametrize(
    "files, options, message",
    [
        pytest.param(
            None,  # the extracted file
            ["--unit", "市星际开发管理总局"],
            "fengong: error: unknown unit 「市星际开发管理总局」: not in the unit dictionary and not assigned in the given files\n",
            id="unknown-unit",
        ),
        pytest.param(["missing.json"], [], "fengong: error: missing.json: no such file\n", id="missing-file"),
    ],
)
def test_units_view_errors(extracted_file, capsys, files, options, message):
    assert main(["units", *(files or [str(extracted_file)]), *options]) == 2
    assert capsys.readouterr().err == message


def test_units_view_bad_json(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "2"}', encoding="utf-8")
    assert main(["units", str(bad)]) == 2
    assert capsys.readouterr().err == f"fengong: error: {bad}: not a fengong extraction: source: Field required\n"


@pytest.mark.parametrize("name, kind", [("市科技局", "government_department"), ("省科技厅", "government_department"), ("市財政局", "government_department")])
def test_no_issuer_keeps_a_place_name_unresolved(name, kind):
    """Issue 10 (7): without an issuer, 市科技局 is not turned into a city-less 「市科学技术局」."""
    resolution = load_dictionary().resolve(name, NONE)
    assert (resolution.canonical, resolution.kind, resolution.resolved, resolution.rule) == (name, kind, False, "unresolved")
