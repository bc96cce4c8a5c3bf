"""pipeline/data/units.json, the shipped unit dictionary read without PyYAML: the data of units.yaml as
tools/gen_units_json.py writes it (``make run`` does), used only when made from the very YAML text
beside it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT

from pipeline.units import dictionary

DATA = ROOT / "pipeline" / "data"


def test_the_json_is_the_yaml_it_was_made_from():
    """Stale after an edit of units.yaml: run tools/gen_units_json.py (make run does)."""
    text = (DATA / "units.yaml").read_text(encoding="utf-8")
    data = dictionary.prebuilt_data((DATA / "units.json").read_text(encoding="utf-8"), text)
    assert data is not None and data == yaml.load(text, Loader=yaml.SafeLoader)
    assert dictionary.UnitDictionaryFile.model_validate(data) == dictionary.load_dictionary_file("units.yaml", text)


def test_a_json_of_another_text_is_not_used():
    prebuilt = (DATA / "units.json").read_text(encoding="utf-8")
    text = (DATA / "units.yaml").read_text(encoding="utf-8")
    assert dictionary.prebuilt_data(prebuilt, text + "\n  # edited\n") is None
    assert dictionary.prebuilt_data("not json", text) is None
    assert dictionary.prebuilt_data(json.dumps(["a list"]), text) is None


@pytest.mark.slow
def test_the_shipped_dictionary_loads_without_pyyaml():
    code = "import sys; from pipeline.units.dictionary import load_dictionary; d = load_dictionary(); print(len(d.entries), 'yaml' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    count, imported = done.stdout.split()
    assert int(count) > 400 and imported == "False"
