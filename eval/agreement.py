"""How far two careful readers agree: a second, independent labelling of a notice scored against its first.

The first labels are eval/labels/targets/<stem>.yaml (the ones the extractor is scored on); the second
are eval/labels/second/<stem>.yaml, written by another labeller from the same guide
(eval/TARGET_LABELING.md) and the notice's text alone, without the first labels or fengong's output.
The second labelling is scored exactly as targets.py scores the extractor (same pairing, same fields),
so its "exact" is the ceiling a reader sets on the extractor's: where two readers part, no rule
can agree with both.

    python eval/agreement.py [--json] [--details DOC]
"""

import importlib.util
import json
import sys
from pathlib import Path


HERE = Path(__file__).resolve().parent
SECOND = HERE / "labels" / "second"


def _load_scorer():
    """targets.py, the scorer whose pairing and fields the agreement reuses."""
    name = "eval_targets"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "targets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


targets = _load_scorer()


def as_prediction(label) -> dict:
    """A second reader's label in the shape of the extractor's output, so targets.py can score it."""
    item = label.data
    pred = {"span": {"start": label.start, "end": label.end}, "_kind": label.kind}
    if label.kind == "deadline":
        return {**pred, "kind": item.get("kind"), "date": item.get("date")}
    pred.update({name: item.get(name) for name in ("indicator", "value", "unit", "comparator", "benchmark", "year")})
    pred["kind"] = label.kind
    if item.get("range"):
        pred["range"] = {"low": item["range"][0], "high": item["range"][1]}
    return pred


def load_pair(second_path: Path):
    """The notice with its first labels as labels and its second labels as predictions."""
    second = targets.load_label_file(second_path)
    first_path = targets.LABELS / second_path.name
    if not first_path.exists():
        raise targets.LabelError(f"{second_path}: no first labelling {first_path.name} in eval/labels/targets/")
    doc = targets.load_document(first_path)
    if targets.ROOT / str(second.get("document")) != doc.path:  # (the first file read once, by load_document)
        raise targets.LabelError(f"{second_path}: labels another document than {first_path.name}")
    doc.predictions = [as_prediction(label) for label in targets.place_labels(second, doc.text)]
    doc.error = ""
    return doc


def second_files(folder: Path | None = None) -> list[Path]:
    return sorted((folder or SECOND).glob("*.yaml"))


def report(results: dict[str, dict]) -> str:
    out = ["## Agreement of two hand labellings (eval/agreement.py)", "",
           "The second labeller's labels scored against the first's as the extractor is: found = the first's "
           "labels the second also labelled; exact = every field alike; precision = the second's labels the "
           "first also has.", ""]
    out += targets.table(results) + [""]
    rows, fields = targets.pooled(results)
    out += ["Pooled:", ""] + targets.pooled_table(rows, fields) + [""]
    return "\n".join(out)


def as_json(results: dict[str, dict]) -> str:
    rows, _ = targets.pooled(results)
    data = {"documents": {stem: {k: dict(v) for k, v in r["rows"].items() if any(v.values())} for stem, r in results.items()},
            "pooled": {k: dict(v) for k, v in rows.items()}}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    return targets.scorer_main(argv, prog="eval/agreement.py", description=__doc__.splitlines()[0],
                               details_help="where the two labellings of DOC (a stem) part",
                               unknown="no doubly labelled document", load=lambda: [load_pair(path) for path in second_files()],
                               render=lambda results, _docs, as_json_: as_json(results) if as_json_ else report(results))


if __name__ == "__main__":
    sys.exit(main())
