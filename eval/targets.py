"""Accuracy of goals, support amounts and deadlines against hand labels (issue 11).

Labels: eval/labels/targets/<stem>.yaml (conventions in eval/TARGET_LABELING.md). Each labelled
document is extracted in-process and its output contract read: `targets[]` (span, indicator, value,
unit, comparator, kind, benchmark) and top-level `deadlines[]` (span, text, kind, date). A field the
output lacks counts as wrong, never as a crash.

- found: a prediction's span overlaps the label's surface (the context located in the text, the
  surface inside the context). Labels and predictions are paired one to one, best agreement first.
- exact: found, and value (numeric), unit, indicator (NFKC, whitespace and quotes removed),
  comparator and kind agree (and the benchmark or range where the label has one); deadlines: kind
  and date.
- precision: predictions paired with a label / all predictions, over complete documents only (for a
  document labelled within a `scope`, only predictions inside the scope's text).

    python eval/targets.py [--json] [--details DOC]
"""

# No `from __future__ import annotations`: eval/run.py loads this file without registering it in
# sys.modules, where dataclasses cannot resolve string annotations.
import argparse
import importlib
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "labels" / "targets"
if str(HERE) not in sys.path:
    sys.path.append(str(HERE))  # appended: eval/'s modules shadow nothing installed
extractions = importlib.import_module("extractions")
label_yaml = importlib.import_module("label_yaml")
KINDS = ("goal", "amount", "deadline")
TARGET_FIELDS = ("value", "unit", "indicator", "comparator", "kind")
DEADLINE_FIELDS = ("kind", "date")
INFO_FIELDS = ("year",)  # reported in --details, not part of "exact"
STRIP = str.maketrans("", "", " \t\r\n\u3000\"'“”‘’「」『』《》")


class LabelError(Exception):
    """A label file that does not fit its document."""


@dataclass
class Label:
    kind: str  # goal | amount | deadline
    start: int
    end: int
    data: dict


@dataclass
class Document:
    path: Path
    stem: str
    complete: bool
    text: str
    labels: list[Label]
    scope: tuple[int, int] | None = None
    predictions: list[dict] = field(default_factory=list)
    error: str = ""
    written: bool = False  # written for this evaluation (forms no real notice here has): pooled apart


def norm(value) -> str:
    return unicodedata.normalize("NFKC", str(value or "")).translate(STRIP)


def locate(text: str, context: str, surface: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of `surface` inside the `occurrence`-th (1-based) `context` in `text`; a context without
    an occurrence must be unique."""
    starts, at = [], text.find(context)
    while at >= 0:
        starts.append(at)
        at = text.find(context, at + 1)
    if occurrence is None and len(starts) != 1:
        raise LabelError(f"context found {len(starts)} times (want 1): {context!r}")
    if occurrence is not None and not 1 <= occurrence <= len(starts):
        raise LabelError(f"context found {len(starts)} times (want occurrence {occurrence}): {context!r}")
    inner = surface_in(context, surface)
    if not surface or inner < 0:
        raise LabelError(f"surface {surface!r} not inside context {context!r}")
    start = starts[(occurrence or 1) - 1] + inner
    return start, start + len(surface)


def surface_in(context: str, surface: str) -> int:
    """The surface's first occurrence in the context that is a whole number: 「500元」 in
    「1500元、1000元、500元」 is the third value, not the tail of the first."""
    at = context.find(surface)
    while at > 0 and surface[:1].isdigit() and (context[at - 1].isdigit() or context[at - 1] == "."):
        at = context.find(surface, at + 1)
    return at


def load_label_file(path: Path) -> dict:
    data = label_yaml.read(path)
    if not isinstance(data, dict) or "document" not in data:
        raise LabelError(f"{path}: not a label file (no `document`)")
    if not data.get("complete") and not data.get("scope"):
        raise LabelError(f"{path}: an incomplete label file needs a `scope`")
    return data


def place_labels(data: dict, text: str) -> list[Label]:
    labels = []
    for item in data.get("targets") or []:
        if item.get("kind") not in ("goal", "amount"):
            raise LabelError(f"target kind must be goal or amount: {item}")
        labels.append(Label(item["kind"], *locate(text, item["context"], item["surface"], item.get("occurrence")), item))
    for item in data.get("deadlines") or []:
        labels.append(Label("deadline", *locate(text, item["context"], item["surface"], item.get("occurrence")), item))
    return labels


def scope_span(data: dict, text: str) -> tuple[int, int] | None:
    if data.get("complete"):
        return None
    start = text.find(data["scope"])
    if start < 0:
        raise LabelError(f"scope not in the text: {data['scope']!r}")
    end = text.find(data["scope_end"], start) if data.get("scope_end") else -1
    return start, end if end >= 0 else len(text)


@lru_cache(maxsize=None)  # read by the tests, load_document and agreement.py: its JSON parsed once
def extraction(path: str) -> tuple[str, list[dict], str]:
    """(text the spans point into, predictions, error) for one document, extracted in-process (eval/extractions.py)."""
    try:
        data = extractions.contract(path)
    except extractions.ExtractionFailed as exc:
        return Path(path).read_bytes().decode("utf-8", "replace"), [], str(exc)
    text = (data.get("source") or {}).get("text")
    if text is None:
        encoding = (data.get("source") or {}).get("encoding") or "utf-8"
        text = Path(path).read_bytes().decode(encoding)
    preds = [dict(t, _kind=t.get("kind")) for t in data.get("targets") or []]
    preds += [dict(d, _kind="deadline") for d in data.get("deadlines") or []]
    return text, preds, ""


def load_document(label_path: Path, data: dict | None = None) -> Document:
    """One labelled document: its label file (`data` when already read) placed in its extracted notice."""
    data = load_label_file(label_path) if data is None else data
    path = ROOT / data["document"]
    text, preds, error = extraction(str(path))
    labels = place_labels(data, text)
    return Document(path, path.stem, bool(data.get("complete")), text, labels, scope_span(data, text), preds, error,
                    bool(data.get("written")))


def load_documents(label_paths: list[Path]) -> list[Document]:
    """Every labelled document; their notices are extracted together first, on every core (eval/extractions.py)."""
    data = [load_label_file(path) for path in label_paths]
    extractions.prefetch(ROOT / each["document"] for each in data)
    return [load_document(path, each) for path, each in zip(label_paths, data)]


def span_of(pred: dict) -> tuple[int, int] | None:
    span = pred.get("span") or {}
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return start, max(end, start + 1)  # an empty or reversed span still marks its start


def wrong_fields(label: Label, pred: dict) -> list[str]:
    item = label.data
    if label.kind == "deadline":
        return [f for f in DEADLINE_FIELDS if (pred.get(f) or None) != (item.get(f) or None)]
    checks = {
        "value": value_differs(item.get("value"), pred.get("value")),
        "unit": norm(item.get("unit")) != norm(pred.get("unit")),
        "indicator": norm(item.get("indicator")) != norm(pred.get("indicator")),
        "comparator": item.get("comparator") != pred.get("comparator"),
        "kind": pred.get("kind") != label.kind,
        "benchmark": bool(item.get("benchmark")) and norm(item.get("benchmark")) != norm(pred.get("benchmark")),
        "range": bool(item.get("range")) and not same_range(item.get("range"), pred.get("range")),
    }
    return [name for name, wrong in checks.items() if wrong]


def value_differs(want, got) -> bool:
    if want is None or got is None:
        return want is not got
    try:
        return abs(float(want) - float(got)) > 1e-9
    except (TypeError, ValueError):
        return True


def same_range(want: list, got) -> bool:
    """A labelled range [low, high] against the output's {"low", "high"}."""
    if not isinstance(got, dict):
        return False
    try:
        return abs(float(want[0]) - float(got["low"])) < 1e-9 and abs(float(want[1]) - float(got["high"])) < 1e-9
    except (KeyError, TypeError, ValueError):
        return False


def pair(labels: list[Label], preds: list[dict]) -> dict[int, tuple[int, list[str]]]:
    """label index → (prediction index, wrong fields): overlapping pairs, fewest wrong fields first,
    each label and each prediction used once. Deadlines pair only with deadlines."""
    candidates = []
    for li, label in enumerate(labels):
        for pi, pred in enumerate(preds):
            span = span_of(pred)
            if span is None or (pred["_kind"] == "deadline") != (label.kind == "deadline"):
                continue
            if span[0] < label.end and label.start < span[1]:
                wrong = wrong_fields(label, pred)
                candidates.append((len(wrong), li, pi, wrong))
    pairs, used = {}, set()
    for _, li, pi, wrong in sorted(candidates, key=lambda c: c[:3]):
        if li not in pairs and pi not in used:
            pairs[li] = (pi, wrong)
            used.add(pi)
    return pairs


def in_scope(doc: Document, pred: dict) -> bool:
    span = span_of(pred)
    if doc.scope is None or span is None:
        return span is not None or doc.scope is None
    return doc.scope[0] <= span[0] < doc.scope[1]


def pred_bucket(pred: dict, label: Label | None) -> str:
    if pred["_kind"] in KINDS:
        return pred["_kind"]
    return label.kind if label is not None else "target (no kind)"


def score(doc: Document) -> dict:
    """Counts per kind for one document, and the details behind them."""
    pairs = pair(doc.labels, doc.predictions)
    rows = {k: Counter() for k in KINDS}
    fields = {k: Counter() for k in KINDS}
    details = {"missed": [], "wrong": [], "false": [], "error": doc.error}
    for li, label in enumerate(doc.labels):
        rows[label.kind]["labels"] += 1
        if li in pairs:
            count_found(label, doc.predictions[pairs[li][0]], pairs[li][1], rows[label.kind], fields[label.kind], details)
        else:
            details["missed"].append(label)
    paired = {pi: doc.labels[li] for li, (pi, _) in pairs.items()}
    for pi, pred in enumerate(doc.predictions):
        if not in_scope(doc, pred):
            continue
        row = rows.setdefault(pred_bucket(pred, paired.get(pi)), Counter())
        row["predicted"] += 1
        row["correct"] += pi in paired
        if pi not in paired:
            details["false"].append(pred)
    return {"rows": rows, "fields": fields, "details": details, "written": doc.written, "group": group_of(doc)}


def count_found(label: Label, pred: dict, wrong: list[str], row: Counter, fields: Counter, details: dict) -> None:
    row["found"] += 1
    row["exact"] += not wrong
    fields.update(wrong)
    info = []
    if label.kind != "deadline":
        row["exact_but_kind"] += set(wrong) <= {"kind"}
        info = [f for f in INFO_FIELDS if label.data.get(f) != pred.get(f)]
        fields.update(f"{f} (info)" for f in info)
    if wrong or info:
        details["wrong"].append((label, pred, wrong, info))


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "—"


def table(results: dict[str, dict]) -> list[str]:
    out = ["| document | kind | labels | found | exact | predicted | correct | precision |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    for stem, result in results.items():
        if not any(any(row.values()) for row in result["rows"].values()):
            out.append(f"| {stem} | (no labels, nothing predicted) | 0 | 0 | 0 | 0 | 0 | — |")
        for kind, row in result["rows"].items():
            if not any(row.values()):
                continue
            out.append(f"| {stem} | {kind} | {row['labels']} | {row['found']} | {row['exact']} | "
                       f"{row['predicted']} | {row['correct']} | {ratio(row['correct'], row['predicted'])} |")
    return out


def pooled(results: dict[str, dict]) -> tuple[dict[str, Counter], dict[str, Counter]]:
    rows, fields = {}, {}
    for result in results.values():
        for kind, row in result["rows"].items():
            rows.setdefault(kind, Counter()).update(row)
        for kind, counter in result["fields"].items():
            fields.setdefault(kind, Counter()).update(counter)
    return rows, fields


def pooled_table(rows: dict[str, Counter], fields: dict[str, Counter]) -> list[str]:
    out = ["| kind | labels | found | recall | exact | exactness | exact but kind | predicted | correct | precision "
           "| wrong fields among found |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    every = Counter()
    for kind in rows:
        if kind != "deadline":
            every.update(rows[kind])
    for kind, row in [*rows.items(), ("all targets", every)]:
        wrong = ", ".join(f"{f} {n}" for f, n in sorted(fields.get(kind, Counter()).items())) or "—"
        but_kind = ratio(row["exact_but_kind"], row["labels"]) if kind != "deadline" else "—"
        out.append(f"| {kind} | {row['labels']} | {row['found']} | {ratio(row['found'], row['labels'])} | "
                   f"{row['exact']} | {ratio(row['exact'], row['labels'])} | {but_kind} | {row['predicted']} | "
                   f"{row['correct']} | {ratio(row['correct'], row['predicted'])} | {wrong} |")
    return out


# Held-out rounds, pooled apart from the notices the rules were written from (eval/rounds.yaml).
HELD_OUT_ROUNDS: dict[str, str] = label_yaml.read(HERE / "rounds.yaml")
GROUPS = ("real", "written", *HELD_OUT_ROUNDS)


def group_of(doc: Document) -> str:
    folder = Path(doc.path).parent.name
    return folder if folder in HELD_OUT_ROUNDS else "written" if doc.written else "real"


def split(results: dict[str, dict]) -> dict[str, dict[str, dict]]:
    """The results per group: real notices, notices written for this evaluation (read while the
    rules were made), and each held-out round."""
    return {g: {stem: r for stem, r in results.items() if r.get("group", "written" if r.get("written") else "real") == g} for g in GROUPS}


def report(results: dict[str, dict], docs: list[Document]) -> str:
    groups = split(results)
    lines = ["## Targets and deadlines against hand labels (eval/labels/targets)", "",
             "found = a predicted span overlaps the labelled number; exact = found and every field right "
             "(exactness = exact / labels; 'exact but kind' ignores a wrong or missing kind); precision counts "
             "complete documents and labelled scopes only; 'year (info)' is reported, not scored.", ""]
    lines += table(results) + ["", "### Pooled per kind: real notices", ""] + pooled_table(*pooled(groups["real"]))
    if groups["written"]:
        lines += ["", f"### Pooled per kind: notices written for this evaluation, read while the rules were made ({', '.join(groups['written'])})", ""]
        lines += pooled_table(*pooled(groups["written"]))
    for name, title in HELD_OUT_ROUNDS.items():
        if groups[name]:
            lines += ["", f"### Pooled per kind: {title} ({', '.join(groups[name])})", ""]
            lines += pooled_table(*pooled(groups[name]))
    errors = [f"- {d.stem}: extraction failed: {d.error}" for d in docs if d.error]
    scoped = [f"- {d.stem}: labelled within a scope (characters {d.scope[0]}–{d.scope[1]})" for d in docs if d.scope]
    return "\n".join(lines + ([""] + scoped if scoped else []) + ([""] + errors if errors else [])) + "\n"


def quote(text: str, start: int, end: int, pad: int = 12) -> str:
    return f"{text[max(0, start - pad):start]}【{text[start:end]}】{text[end:end + pad]}".replace("\n", "⏎")


def shown(item: dict, names) -> str:
    return ", ".join(f"{n}={item.get(n)!r}" for n in names)


def details_text(doc: Document, result: dict) -> str:
    d = result["details"]
    out = [f"## Details: {doc.stem}", ""] + ([f"extraction failed: {d['error']}", ""] if d["error"] else [])
    out.append(f"### Missed ({len(d['missed'])})")
    for label in d["missed"]:
        names = DEADLINE_FIELDS if label.kind == "deadline" else ("indicator", "value", "unit", "comparator")
        out.append(f"- {label.kind}: {quote(doc.text, label.start, label.end)} — want {shown(label.data, names)}")
    out += ["", f"### Found but wrong ({len(d['wrong'])})"]
    for label, pred, wrong, info in d["wrong"]:
        names = list(wrong) + list(info)
        want = {"kind": label.kind, **label.data}  # a deadline label's own kind (date, recurring…), not 「deadline」
        out.append(f"- {label.kind}: {quote(doc.text, label.start, label.end)} — wrong: {', '.join(wrong) or '—'}"
                   f"{' (info: ' + ', '.join(info) + ')' if info else ''}; want {shown(want, names)}; got {shown(pred, names)}")
    out += ["", f"### False positives ({len(d['false'])})"]
    for pred in d["false"]:
        start, end = span_of(pred)
        names = ("kind", "date", "text") if pred["_kind"] == "deadline" else ("kind", "indicator", "value", "unit", "comparator")
        out.append(f"- {quote(doc.text, start, end)} — {shown(pred, names)}")
    return "\n".join(out) + "\n"


def as_json(results: dict[str, dict]) -> str:
    data = {"documents": {stem: {k: dict(v) for k, v in r["rows"].items() if any(v.values())}
                          for stem, r in results.items()}}
    for name, part in split(results).items():
        rows, fields = pooled(part)
        data[f"pooled_{name}"] = {k: dict(v) for k, v in rows.items()}
        data[f"wrong_fields_{name}"] = {k: dict(v) for k, v in fields.items() if v}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def label_files(folder: Path = LABELS) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def scorer_main(argv: list[str] | None, *, prog: str, description: str, details_help: str, unknown: str,
                load: Callable[[], list[Document]], render: Callable[[dict[str, dict], list[Document], bool], str]) -> int:
    """The command line this scorer and agreement.py share: load and score the documents (a bad label file is one
    line and exit 2), then print `--details DOC`, or `render(results, docs, as_json)`."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--json", action="store_true", help="the counts as JSON instead of tables")
    parser.add_argument("--details", metavar="DOC", help=details_help)
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    try:
        docs = load()
    except (LabelError, OSError, yaml.YAMLError) as exc:
        print(f"{prog.removesuffix('.py')}: error: {exc}", file=sys.stderr)
        return 2
    results = {doc.stem: score(doc) for doc in docs}
    if args.details:
        chosen = [d for d in docs if args.details in (d.stem, str(d.path), d.path.name)]
        if not chosen:
            print(f"{prog.removesuffix('.py')}: error: {unknown} {args.details!r}", file=sys.stderr)
            return 2
        sys.stdout.write("".join(details_text(d, results[d.stem]) for d in chosen))
        return 0
    sys.stdout.write(render(results, docs, args.json))
    return 0


def main(argv: list[str] | None = None) -> int:
    return scorer_main(argv, prog="eval/targets.py", description=__doc__.splitlines()[0],
                       details_help="misses, wrong fields and false positives of DOC (a stem)",
                       unknown="no labelled document", load=lambda: load_documents(label_files()),
                       render=lambda results, docs, as_json_: as_json(results) if as_json_ else report(results, docs))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
