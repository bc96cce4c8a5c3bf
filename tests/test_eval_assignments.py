"""The assignment evaluation (eval/assignments.py, eval/labels/assignments/): the hand labels are
well formed and grounded in their documents' text, and the scorer's matching counts exactly."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LABELS = sorted((ROOT / "eval" / "labels" / "assignments").glob("*.yaml"))
ROLES = {"lead", "cooperate", "responsible"}


def _load_scorer():
    spec = importlib.util.spec_from_file_location("eval_assignments", ROOT / "eval" / "assignments.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()


@pytest.fixture(scope="module")
def texts() -> dict[Path, str]:
    """Each labelled document's source text (the text spans point into), extracted once."""
    documents = {path: ROOT / scorer.label_yaml.read(path)["document"] for path in LABELS}
    scorer.extractions.prefetch(documents.values())  # all together, on every core
    return {path: scorer.source_text(scorer.extract_plain(document), document) for path, document in documents.items()}


def test_at_least_six_local_and_the_national_documents_are_labelled():
    groups = Counter(scorer.load_label(path).group for path in LABELS)
    assert groups["local"] >= 6 and groups["national"] >= 3 and groups["forms"] >= 2


@pytest.mark.parametrize("path", LABELS, ids=lambda p: p.stem)
def test_label_file_is_well_formed(path):
    data = scorer.label_yaml.read(path)
    assert set(data) == {"document", "complete", "convention", "blocks"}
    assert data["complete"] is True and data["convention"]
    assert (ROOT / data["document"]).is_file() and Path(data["document"]).stem == path.stem
    assert data["blocks"]
    for block in data["blocks"]:
        assert set(block) <= {"block", "occurrence", "assignments", "open_ended", "notes"}, block
        assert block["assignments"], block["block"]
        assert {item["role"] for item in block["assignments"]} <= ROLES, block["block"]
        assert set(block.get("open_ended", [])) <= ROLES, block["block"]
        assert all(set(item) == {"role", "unit"} and item["unit"] for item in block["assignments"])


@pytest.mark.parametrize("path", LABELS, ids=lambda p: p.stem)
def test_every_block_is_in_the_text_as_often_as_stated_and_every_unit_in_its_block(path, texts):
    """A block without `occurrence` occurs exactly once; one with `occurrence: k` at least k times;
    the blocks found do not overlap (so a short block that is the prefix of a longer one is counted
    right); every unit string is written inside its block."""
    text = texts[path]
    label = scorer.load_label(path)
    spans = []
    raw_blocks = scorer.label_yaml.read(path)["blocks"]
    for block, raw in zip(label.blocks, raw_blocks, strict=True):
        count = text.count(block.text)
        if "occurrence" in raw:
            assert count >= block.occurrence >= 1, (block.text, count)
        else:
            assert count == 1, (block.text, count)
        start = scorer.find_block(text, block.text, block.occurrence)
        spans.append((start, start + len(block.text)))
        for _, unit in block.assignments:
            assert unit in block.text, (unit, block.text)
    spans.sort()
    assert len(set(spans)) == len(spans), "a block is labelled twice"
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "labelled blocks overlap"


# --- the scorer's matching on a hand-made prediction ---------------------------------------------

TEXT = (
    "一、任务\n"
    "（一）甲事。（牵头单位：市甲局，配合单位：市乙局、市丙局）\n"  # block 1
    "（二）乙事。（责任单位：市乙局）\n"  # block 2
    "（三）丙事。（责任单位：市丁局）\n"  # block 3, nothing predicted
    "（四）另有市戊局参与。\n"
)


def _label() -> scorer.Label:
    block = scorer.LabelledBlock
    return scorer.Label(
        path=Path("x.yaml"),
        document=Path("/eval/docs/local/x.txt"),
        blocks=[
            block("（牵头单位：市甲局，配合单位：市乙局、市丙局）", 1,
                  [("lead", "市甲局"), ("cooperate", "市乙局"), ("cooperate", "市丙局")]),
            block("（责任单位：市乙局）", 1, [("responsible", "市乙局")]),
            block("（责任单位：市丁局）", 1, [("responsible", "市丁局")]),
        ],
    )


def _at(name: str, role: str, after: str = "") -> scorer.Predicted:
    start = TEXT.index(name, TEXT.index(after) if after else 0)
    return scorer.Predicted(role, name, start, start + len(name))


def test_scorer_counts_units_roles_and_exact_blocks():
    predicted = [
        _at("市甲局", "lead"),
        _at("市乙局", "responsible"),  # block 1: right unit, wrong role
        _at("市丙局", "cooperate"),
        _at("市乙局", "responsible", after="（二）"),  # block 2: exact
        _at("市戊局", "responsible"),  # inside no labelled block: a false positive of both measures
    ]
    result = scorer.score(_label(), TEXT, predicted)
    assert [block.exact for block in result.blocks] == [False, True, False]
    assert [block.start for block in result.blocks] == [TEXT.index("（牵头"), TEXT.index("（责任单位：市乙"), TEXT.index("（责任单位：市丁")]
    assert [(item.role, item.unit) for item in result.outside] == [("responsible", "市戊局")]
    # units: labelled 5; predicted 5, of which 4 in the right block → P 4/5, R 4/5
    assert (result.unit.tp, result.unit.fp, result.unit.fn) == (4, 1, 1)
    assert result.unit.scores() == {"P": 0.8, "R": 0.8, "F1": 0.8}
    # roles: 市甲局 lead, 市丙局 cooperate, 市乙局 responsible (block 2) right → P 3/5, R 3/5
    assert (result.role.tp, result.role.fp, result.role.fn) == (3, 2, 2)
    assert result.role.scores() == {"P": 0.6, "R": 0.6, "F1": 0.6}
    row = result.row()
    assert (row["blocks"], row["exact"]) == (3, 1)


def test_scorer_compares_names_after_nfkc_without_whitespace_and_as_multisets():
    text = "（责任单位：各县(市、区)政府、市甲局、市甲局）"
    label = scorer.Label(Path("x.yaml"), Path("/d/local/x.txt"),
                         [scorer.LabelledBlock(text, 1, [("responsible", "各县（市、区）政府"), ("responsible", "市甲局"),
                                                         ("responsible", "市甲局")])])
    predicted = [scorer.Predicted("responsible", "各县( 市、区 )政府", 6, 15), scorer.Predicted("responsible", "市甲局", 16, 19)]
    result = scorer.score(label, text, predicted)
    assert (result.unit.tp, result.unit.fp, result.unit.fn) == (2, 0, 1)
    assert result.unit.scores() == {"P": 1.0, "R": 0.6667, "F1": 0.8}
    assert not result.blocks[0].exact


def test_block_occurrence_and_a_missing_block():
    text = "（责任单位：市甲局）……（责任单位：市甲局）"
    second = scorer.find_block(text, "（责任单位：市甲局）", 2)
    assert second == text.rindex("（责任单位：市甲局）")
    assert scorer.find_block(text, "（责任单位：市甲局）", 3) == -1
    label = scorer.Label(Path("x.yaml"), Path("/d/national/x.txt"),
                         [scorer.LabelledBlock("（责任单位：市乙局）", 1, [("responsible", "市乙局")])])
    result = scorer.score(label, text, [scorer.Predicted("responsible", "市甲局", 6, 9)])
    assert result.blocks[0].start == -1
    assert (result.unit.tp, result.unit.fp, result.unit.fn) == (0, 1, 1)
    assert result.unit.scores() == {"P": 0.0, "R": 0.0, "F1": 0.0}


def test_summary_pools_counts_per_group_and_json_reports_them(capsys):
    result = scorer.score(_label(), TEXT, [_at("市甲局", "lead")])
    other = scorer.DocumentResult("y", "national")
    table = scorer.summary([result, other])
    assert list(table) == ["local", "national"]
    pooled = table["local"]["pooled"]
    assert (pooled["blocks"], pooled["exact"]) == (3, 0)
    assert pooled["unit"] == {"P": 1.0, "R": 0.2, "F1": 0.3333, "tp": 1, "fp": 0, "fn": 4}
    assert "| **pooled** | 3 | 0 | 1.000 | 0.200 | 0.333 |" in scorer.markdown(table)
    json.dumps(table)  # JSON-ready


def test_details_lists_the_wrong_block_label_against_predicted():
    result = scorer.score(_label(), TEXT, [_at("市甲局", "responsible"), _at("市戊局", "responsible")])
    report = scorer.details(result, TEXT)
    assert report.splitlines()[0] == "x: 3 of 3 blocks wrong, 1 assignments outside every labelled block"
    assert "block 1 (line 2): （牵头单位：市甲局，配合单位：市乙局、市丙局）" in report
    assert "  predicted: responsible 市甲局\n" in report
    assert "  missing:   lead 市甲局 · cooperate 市乙局 · cooperate 市丙局\n  extra:     responsible 市甲局\n" in report
    assert "  predicted: (none)\n  missing:   responsible 市乙局\n  extra:     -\n" in report
    assert "  line 5: responsible 市戊局  ← 「市戊局」" in report


def test_scorer_runs_on_the_labelled_documents_and_prints_json(capsys):
    assert scorer.main(["--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert {"local", "national"} <= set(table)
    blocks = sum(len(scorer.load_label(path).blocks) for path in LABELS)
    assert sum(group["pooled"]["blocks"] for group in table.values()) == blocks


def test_a_document_the_extractor_refuses_scores_as_all_missed(tmp_path, capsys, monkeypatch):
    def refuse(document):
        raise ValueError("no recognisable structure")

    monkeypatch.setattr(scorer, "extract_plain", refuse)
    document = tmp_path / "local" / "empty.txt"
    document.parent.mkdir()
    document.write_text("（责任单位：市甲局）\n", encoding="utf-8")
    label = scorer.Label(tmp_path / "empty.yaml", document,
                         [scorer.LabelledBlock("（责任单位：市甲局）", 1, [("responsible", "市甲局")])])
    text, predicted = scorer.run_document(label)
    assert (text, predicted) == ("（责任单位：市甲局）\n", [])
    assert capsys.readouterr().err == "assignments: empty: extraction failed: no recognisable structure\n"
    result = scorer.score(label, text, predicted)
    assert (result.blocks[0].start, result.unit.fn, result.exact) == (0, 1, 0)
