"""eval/extractions.py: the notices `make eval` scores are extracted once, on every core, and the contract the
scorers read is the one a plain in-process extraction gives."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from pipeline import extract
from pipeline.export import to_json

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "eval") not in sys.path:
    sys.path.append(str(ROOT / "eval"))
extractions = importlib.import_module("extractions")

NOTICE = "一、加快产业发展\n（一）培育龙头企业。到2027年，新增规模以上企业10家以上。（牵头单位：市工信局；配合单位：市财政局）\n"


def test_notices_extracted_together_give_each_the_contract_of_one_extracted_alone(tmp_path):
    paths = []
    for n in range(4):
        path = tmp_path / f"notice_{n}.txt"
        path.write_text(NOTICE.replace("10家", f"{10 + n}家"), encoding="utf-8")
        paths.append(path)
    extractions.prefetch(paths)
    for n, path in enumerate(paths):
        data = extractions.contract(path)
        assert data == json.loads(to_json(extract(path)))
        assert [t["value"] for t in data["targets"]] == [10 + n]
        assert [(a["role"], a["unit"]) for task in data["tasks"] for a in task["assignments"]] == [
            ("lead", "市工信局"), ("cooperate", "市财政局")]


def test_a_notice_the_extractor_refuses_is_one_error_line_naming_the_error(tmp_path):
    empty, fine = tmp_path / "empty.txt", tmp_path / "fine.txt"
    empty.write_bytes(b"")
    fine.write_text(NOTICE, encoding="utf-8")
    extractions.prefetch([empty, fine])
    try:
        extractions.contract(empty)
    except extractions.ExtractionFailed as exc:
        assert str(exc) == f"InputError: {empty}: empty file"
    else:
        raise AssertionError("an empty notice was extracted")
    assert extractions.contract(fine)["targets"]
