"""The hand labels of goals, amounts and deadlines fit their documents, and the scorer counts exactly."""

from __future__ import annotations

import datetime
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("eval_targets", ROOT / "eval" / "targets.py")
targets = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(targets)

LABEL_FILES = targets.label_files()
COMPARATORS = {"reach", "increase", "decrease", "at_least", "at_most", "approx", "equal", "total"}
DEADLINE_KINDS = {"date", "period", "recurring", "ongoing"}


def test_at_least_six_documents_and_a_scoped_reference():
    assert len(LABEL_FILES) >= 6
    reference = targets.load_label_file(targets.LABELS / "000_72dfb345852fffd3.yaml")
    assert reference["complete"] is False and reference["scope"] == "二、落实主要指标分工安排"
    assert len(reference["targets"]) == 41


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_label_file_fields(path):
    data = targets.load_label_file(path)
    assert (ROOT / data["document"]).is_file() and Path(data["document"]).stem == path.stem
    for item in data["targets"] or []:
        assert item["kind"] in ("goal", "amount"), item
        assert item["comparator"] in COMPARATORS, item
        assert item["value"] is None or isinstance(item["value"], (int, float)), item
        assert isinstance(item["unit"], str) and item["indicator"], item
        assert item["year"] is None or 1949 < item["year"] < 2100, item
        assert item["value"] is not None or item.get("pending") or item.get("benchmark") or item.get("range"), item
    for item in data["deadlines"] or []:
        assert item["kind"] in DEADLINE_KINDS, item
        if item["date"] is not None:
            datetime.date.fromisoformat(item["date"])


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_every_context_occurs_as_stated_and_holds_its_surface(path):
    data = targets.load_label_file(path)
    text = targets.extraction(str(ROOT / data["document"]))[0]
    for key in ("targets", "deadlines", "non_targets"):
        for item in data.get(key) or []:
            count = text.count(item["context"])
            if "occurrence" in item:
                assert 1 <= item["occurrence"] <= count, item
            else:
                assert count == 1, item
            assert item["surface"] in item["context"], item
    placed = targets.load_document(path).labels  # locate() raises on any label that does not fit
    assert len(placed) == len(data["targets"] or []) + len(data["deadlines"] or [])
    if not placed:
        assert data["complete"] is True  # a notice without targets only measures precision


def test_locate_refuses_ambiguous_and_missing():
    text = "到2028年，建成10个。到2028年，建成20个。"
    assert targets.locate(text, "建成20个", "20个") == (22, 25)
    assert targets.locate(text, "到2028年", "2028", occurrence=2) == (14, 18)
    with pytest.raises(targets.LabelError):
        targets.locate(text, "到2028年", "2028")
    with pytest.raises(targets.LabelError):
        targets.locate(text, "建成20个", "30个")


def test_a_surface_is_a_whole_number_never_the_tail_of_another():
    text = "分别给予每人每月1500元、1000元、500元租房补贴，补贴1.500元另计。"
    # 「500元」 is the third value, not the end of 「1500元」; a decimal's tail is no number either
    assert targets.locate(text, "分别给予每人每月1500元、1000元、500元租房补贴", "500元") == (20, 24)
    assert targets.surface_in("补贴1.500元", "500元") == -1
    assert targets.surface_in("1500元", "1500元") == 0


TEXT = "到2028年，建成OPC社区超50个，给予最高10万元补贴。每年发布清单。"


def _doc(predictions):
    labels = [
        targets.Label("goal", 15, 18, {"indicator": "OPC社区", "value": 50, "unit": "个", "comparator": "at_least", "year": 2028}),
        targets.Label("amount", 23, 27, {"indicator": "补贴", "value": 10, "unit": "万元", "comparator": "at_most", "year": None}),
        targets.Label("deadline", 0, 6, {"kind": "date", "date": "2028-12-31"}),
        targets.Label("deadline", 30, 32, {"kind": "recurring", "date": None}),
    ]
    return targets.Document(Path("x.txt"), "x", True, TEXT, labels, None, predictions)


def _target(start, end, **fields):
    return {"span": {"start": start, "end": end, "line": 1}, "_kind": fields.get("kind"), **fields}


def test_scorer_counts_found_exact_and_precision():
    preds = [
        _target(15, 18, kind="goal", indicator="OPC 社区", value=50.0, unit="个", comparator="at_least", year=2028),
        _target(23, 27, kind="goal", indicator="最高", value=10, unit="万元", comparator="equal"),  # found, 3 fields wrong
        _target(15, 18, kind="goal", indicator="OPC社区", value=50, unit="个", comparator="at_least"),  # a duplicate
        _target(12, 15),  # a span with no label and no kind; no fields at all
        {"span": {"start": 0, "end": 6, "line": 1}, "_kind": "deadline", "kind": "date", "date": "2028-12-31"},
        {"span": {"start": 30, "end": 32, "line": 1}, "_kind": "deadline", "kind": "ongoing"},
    ]
    result = targets.score(_doc(preds))
    rows = result["rows"]
    assert rows["goal"] == Counter(labels=1, found=1, exact=1, exact_but_kind=1, predicted=3, correct=2)
    assert rows["amount"] == Counter(labels=1, found=1, exact=0)
    assert rows["deadline"] == Counter(labels=2, found=2, exact=1, predicted=2, correct=2)
    assert rows["target (no kind)"] == Counter(predicted=1)
    assert result["fields"]["amount"] == Counter(indicator=1, comparator=1, kind=1)
    assert result["fields"]["deadline"] == Counter(kind=1)
    assert [p["span"]["start"] for p in result["details"]["false"]] == [15, 12]
    assert result["details"]["missed"] == []


def test_scorer_without_predictions_and_with_a_scope():
    doc = _doc([_target(0, 3, kind="goal", value=1), _target(15, 18, kind="goal")])
    doc.complete, doc.scope = False, (10, 30)
    result = targets.score(doc)
    assert result["rows"]["goal"] == Counter(labels=1, found=1, predicted=1, correct=1)  # the first is out of scope
    assert result["fields"]["goal"] == Counter(indicator=1, unit=1, comparator=1, value=1, **{"year (info)": 1})
    empty = targets.score(_doc([]))
    assert [len(empty["details"]["missed"]), empty["rows"]["goal"]["found"]] == [4, 0]


def test_report_and_details_print_every_document():
    doc = _doc([_target(15, 18, kind="goal", indicator="OPC社区", value=50, unit="个", comparator="at_least", year=2028)])
    results = {"x": targets.score(doc)}
    report = targets.report(results, [doc])
    assert "| x | goal | 1 | 1 | 1 | 1 | 1 | 1.00 |" in report
    assert "| all targets | 2 | 1 | 0.50 | 1 | 0.50 | 0.50 | 1 | 1 | 1.00 | — |" in report
    details = targets.details_text(doc, results["x"])
    assert "- amount: C社区超50个，给予最高【10万元】补贴。每年发布清单。 — want indicator='补贴'" in details


def test_a_range_is_compared_low_and_high():
    label = targets.Label("amount", 0, 4, {"indicator": "观察期", "value": None, "unit": "年", "comparator": "equal", "range": [1, 3]})
    pred = {"kind": "amount", "indicator": "观察期", "value": None, "unit": "年", "comparator": "equal"}
    assert targets.wrong_fields(label, dict(pred, range={"low": 1.0, "high": 3.0})) == []
    assert targets.wrong_fields(label, dict(pred, range={"low": 1.0, "high": 2.0})) == ["range"]
    assert targets.wrong_fields(label, pred) == ["range"]


def test_documents_written_for_the_evaluation_are_pooled_apart():
    real, written = _doc([]), _doc([_target(15, 18, kind="goal")])
    written.stem, written.written = "w", True
    results = {"x": targets.score(real), "w": targets.score(written)}
    assert {group: list(part) for group, part in targets.split(results).items()} == {
        "real": ["x"], "written": ["w"], **{round_: [] for round_ in targets.HELD_OUT_ROUNDS}}
    report = targets.report(results, [real, written])
    assert "| w | goal | 1 | 1 | 0 | 1 | 1 | 1.00 |" in report
    empty = targets.Document(Path("e.txt"), "e", True, "无", [], None, [])
    assert "| e | (no labels, nothing predicted) | 0 | 0 | 0 | 0 | 0 | — |" in targets.report({"e": targets.score(empty)}, [empty])
    real_part, written_part = report.split("### Pooled per kind: notices written for this evaluation, read while the rules were made (w)")
    assert "| goal | 1 | 0 | 0.00 | 0 | 0.00 | 0.00 | 0 | 0 | — | — |" in real_part
    assert "| goal | 1 | 1 | 1.00 | 0 | 0.00 | 0.00 | 1 | 1 | 1.00 | comparator 1, indicator 1, unit 1, value 1, year (info) 1 |" in written_part


def test_each_held_out_round_is_pooled_apart():
    """A notice under eval/docs/heldout3/ is pooled as round 3, whatever else it is."""
    held = _doc([_target(15, 18, kind="goal")])
    held.stem, held.written, held.path = "h", True, Path("eval/docs/heldout3/h.txt")
    assert targets.group_of(held) == "heldout3"
    assert list(targets.split({"h": targets.score(held)})["heldout3"]) == ["h"]
