"""`make eval`: published accuracy against hand labels of real notices.

Each scorer in this folder (assignments.py, targets.py) has `main() -> int`; this runs every one
that exists, in a fixed order, and prints its tables.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORERS = ("assignments", "targets", "agreement")


def main() -> int:
    status = 0
    for name in SCORERS:
        path = HERE / f"{name}.py"
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(f"eval_{name}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses with postponed annotations look their module up here
        spec.loader.exec_module(module)
        status |= module.main()
    return status


if __name__ == "__main__":
    sys.exit(main())
