"""A second, independent labelling is scored against the first as the extractor is: its counts are exact."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("eval_agreement", ROOT / "eval" / "agreement.py")
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)
targets = agreement.targets

SECOND_FILES = agreement.second_files()
FIRST = targets.LABELS / "qinchuan_2026_jiti_jingji.yaml"


@pytest.mark.parametrize("path", SECOND_FILES, ids=lambda p: p.stem)
def test_every_second_label_locates_in_its_document_and_has_a_first_labelling(path):
    second = targets.load_label_file(path)
    assert (targets.LABELS / path.name).exists(), "a second labelling needs the first beside it"
    doc = targets.load_document(targets.LABELS / path.name)
    placed = targets.place_labels(second, doc.text)  # raises LabelError where a context does not fit
    assert placed and second.get("document") == targets.load_label_file(targets.LABELS / path.name)["document"]


def test_a_copy_of_the_first_labelling_agrees_exactly(tmp_path):
    shutil.copy(FIRST, tmp_path / FIRST.name)
    doc = agreement.load_pair(tmp_path / FIRST.name)
    rows = targets.score(doc)["rows"]
    for kind in ("goal", "amount", "deadline"):
        row = rows[kind]
        assert row["labels"] == row["found"] == row["exact"] == row["predicted"] == row["correct"] > 0


def test_one_name_read_otherwise_is_one_found_label_not_exact(tmp_path):
    text = FIRST.read_text(encoding="utf-8")
    changed = text.replace('indicator: "村级集体经济总收入"', 'indicator: "集体经济总收入"', 1)
    assert changed != text
    (tmp_path / FIRST.name).write_text(changed, encoding="utf-8")
    result = targets.score(agreement.load_pair(tmp_path / FIRST.name))
    goal = result["rows"]["goal"]
    assert goal["found"] == goal["labels"] and goal["exact"] == goal["labels"] - 1
    assert dict(result["fields"]["goal"]) == {"indicator": 1}


def test_a_missing_label_and_an_extra_one_count_against_found_and_precision(tmp_path):
    lines = FIRST.read_text(encoding="utf-8").splitlines(keepends=True)
    dropped = [line for line in lines if 'indicator: "贷款期限"' not in line]
    assert len(dropped) == len(lines) - 1
    extra = '  - {kind: amount, context: "县级给予一次性奖励3万元", surface: "县级", indicator: "县级", value: 1, unit: "", comparator: equal}\n'
    at = next(i for i, line in enumerate(dropped) if line.startswith("targets:")) + 1
    (tmp_path / FIRST.name).write_text("".join(dropped[:at] + [extra] + dropped[at:]), encoding="utf-8")
    amount = targets.score(agreement.load_pair(tmp_path / FIRST.name))["rows"]["amount"]
    assert amount["labels"] - amount["found"] == 1  # 贷款期限, which the second reader left out
    assert amount["predicted"] - amount["correct"] == 1  # 县级, which only the second reader took


def test_a_second_labelling_without_a_first_is_one_clear_error(tmp_path, capsys, monkeypatch):
    (tmp_path / "nowhere_2026_x.yaml").write_text("document: eval/docs/x.txt\ncomplete: true\n", encoding="utf-8")
    monkeypatch.setattr(agreement, "SECOND", tmp_path)
    assert agreement.main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nowhere_2026_x.yaml" in err[0] and "no first labelling" in err[0]


def test_a_second_labelling_of_another_document_is_one_clear_error(tmp_path, capsys, monkeypatch):
    text = FIRST.read_text(encoding="utf-8").replace("eval/docs/heldout24b/qinchuan_2026_jiti_jingji.txt",
                                                     "eval/docs/heldout24b/min_an_2026_falv_fuwu.txt", 1)
    (tmp_path / FIRST.name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(agreement, "SECOND", tmp_path)
    assert agreement.main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"eval/agreement: error: {tmp_path / FIRST.name}: labels another document than {FIRST.name}"]
