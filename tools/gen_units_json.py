"""Generate pipeline/data/units.json: the shipped unit dictionary (pipeline/data/units.yaml) as JSON,
with the sha256 of the YAML text it was read from, so that a start reads it without PyYAML
(pipeline/units/dictionary.py uses it only when that sha256 is the YAML's beside it; else it parses
the YAML as before, so a stale file costs time, never a different dictionary).

    .venv/bin/python tools/gen_units_json.py           # rewrite the file
    .venv/bin/python tools/gen_units_json.py --check   # exit 1 when the committed file differs

``make run`` runs it. Deterministic: the same YAML gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/generated.py, also when this file is loaded by path
from generated import write_or_check  # noqa: E402

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "pipeline" / "data" / "units.yaml"
TARGET = ROOT / "pipeline" / "data" / "units.json"


def render(text: str) -> str:
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return json.dumps({"sha256": sha, "source": "units.yaml (tools/gen_units_json.py)", "data": data}, ensure_ascii=False, indent=0) + "\n"


def main() -> int:
    text = render(SOURCE.read_text(encoding="utf-8"))
    return write_or_check(TARGET, text, sys.argv[1:], "units.yaml (tools/gen_units_json.py)", "from units.yaml")


if __name__ == "__main__":
    sys.exit(main())
