"""Real notices of other issuers (copied from ../shared/corpus into tests/data/corpus): per-role
counts and whole blocks, exactly."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from conftest import pairs, task_starting

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"

CASES = {
    # document: (notice facts, tasks, counts per role)
    "govcn_guofa_2018_39_jiuye.html": (
        {"doc_number": "国发〔2018〕39号", "issuer": "国务院", "date": "2018-11-16"},
        15,
        {"lead": 15, "cooperate": 24},
    ),
    "govcn_guobanfa_2018_129_xiaofei_fupin.html": (
        {"doc_number": "国办发〔2018〕129号", "issuer": "国务院办公厅", "date": "2018-12-30"},
        17,
        {"responsible": 114},
    ),
    "govcn_guobanfa_2018_126_table.html": (
        {"doc_number": "国办发〔2018〕126号", "issuer": "国务院办公厅", "date": "2018-12-23"},
        17,
        {"responsible": 43},
    ),
    "lishan_2023_fengong_EXCERPT_pages.txt": (
        {"doc_number": "鞍立政发〔2023〕2号", "issuer": "立山区人民政府", "date": "2023-03-28"},
        6,
        {"lead": 6, "responsible": 13},
    ),
    "xianyang_2022_fangguanfu_TRAD_EXCERPT_pages.txt": ({}, 1, {"lead": 2, "cooperate": 2}),
}


@pytest.fixture(scope="module")
def extracted():
    from pipeline import extract

    return {name: extract(CORPUS / name) for name in CASES}


@pytest.mark.parametrize("name", CASES, ids=[n.split("_EXCERPT")[0].removesuffix(".html") for n in CASES])
def test_counts_and_notice(extracted, name):
    facts, tasks, counts = CASES[name]
    result = extracted[name]
    assert len(result.tasks) == tasks
    assert Counter(a.role for t in result.tasks for a in t.assignments) == counts
    for field, value in facts.items():
        assert getattr(result.notice, field) == value
    assert [d for d in result.diagnostics if d.code == "unparsed_assignment"] == []


BLOCKS = [
    pytest.param(
        "govcn_guofa_2018_39_jiuye.html",
        "加大稳岗支持力度",
        [("lead", "人力资源社会保障部"), ("cooperate", "财政部")],
        [],
        "inline_first_listed",
        id="jiuye-rule-stated",
    ),
    pytest.param(
        "govcn_guofa_2018_39_jiuye.html",
        "指导企业等各方履行社会责",
        [("lead", "各有关部门和单位"), ("cooperate", "各省级人民政府")],
        [],
        "inline_first_listed",
        id="jiuye-rule-holds-later-per-duty",
    ),
    pytest.param(
        "govcn_guobanfa_2018_129_xiaofei_fupin.html",
        "强化督促落实",
        [("responsible", u) for u in ("发展改革委", "扶贫办", "农业农村部", "商务部", "文化和旅游部", "供销合作总社", "财政部", "各有关省级人民政府")],
        ["responsible"],
        "inline_verb",
        id="fupin-deng-he-provinces",
    ),
    pytest.param(
        "govcn_guobanfa_2018_126_table.html",
        "知识产权民事、刑事、行政",
        [("responsible", "最高人民法院"), ("responsible", "最高人民检察院"), ("responsible", "国家知识产权局")],
        [],
        "unit_line",
        id="table-guiding-departments",
    ),
    pytest.param(
        "lishan_2023_fengong_EXCERPT_pages.txt",
        "努力实现地区生产总值增长",
        [("lead", "区发改局"), ("responsible", "立山经济开发区"), ("responsible", "全区经济运行各专班")],
        [],
        "unit_line",
        id="lishan-comma-separated",
    ),
    pytest.param(
        "xianyang_2022_fangguanfu_TRAD_EXCERPT_pages.txt",
        "全面實施行政許可事項清單",
        [("lead", "市政府辦公室"), ("lead", "市行政審批制度改革工作領導小組辦公室"), ("cooperate", "市級各有關部門"), ("cooperate", "各縣市區政府")],
        [],
        "inline_verb",
        id="xianyang-traditional",
    ),
]


@pytest.mark.parametrize("name, prefix, expected, open_ended, rule", BLOCKS)
def test_block(extracted, name, prefix, expected, open_ended, rule):
    task = task_starting(extracted[name], prefix)
    assert pairs(task) == expected
    assert task.open_ended == open_ended
    assert {a.rule for a in task.assignments} == {rule}
