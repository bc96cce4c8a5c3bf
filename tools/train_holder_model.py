"""Rebuild pipeline/data/holder_model.json, the holder reader of pipeline/targets/holder_model.py (session 20).

    .venv/bin/python tools/train_holder_model.py --collect   # the cut dataset from the labels (tools/holder_cuts.tsv, ~4 min)
    .venv/bin/python tools/train_holder_model.py             # fit, cross-validate and write the weights (a few seconds)
    .venv/bin/python tools/train_holder_model.py --cv        # the cross-validation table only
    .venv/bin/python tools/train_holder_model.py --collect-rates  # the rate dataset (tools/holder_rate_cuts.tsv, ~2 min)
    .venv/bin/python tools/train_holder_model.py --cv --rates     # the rate model's cross-validation table only
    (--collect --collect-rates rebuild both datasets from one pass over the notices, ~2 min)

The dataset: every amount label of the rounds in the tree (since session 26 all of them: a round enters the tree only once
it has been scored blind; session 20 read rounds 1–36 alone) whose prediction is paired with it (no field wrong but the
name), whose prediction went through standard_holders.holder_left_out as an amount under a limit, and whose name is the end of the name the code had before the holder cut: the raw name, the label's cut
(0 = keep whole), the clause's features, the cut the tables made, and the round (the cross-validation fold).
The model: L2-regularised logistic regression over the candidate cuts (holder_model.cut_features), fitted by Newton's
method from zero weights (deterministic); the regularisation and threshold are picked by leave-rounds-out cross-validation
on the instances where the tables are silent, scored for the standard model on the blind rounds (37 onwards) only: their
writers follow today's guide and cut a holder more often than the first rounds' (BLIND).

Two models, each with its own data, weights and threshold: the standard model (pipeline/data/holder_model.json) learns
from every such label of every round and decides names in holder_model.model_domain; the rate model (session 21,
pipeline/data/holder_rate_model.json) learns from the rate and share names among them (holder_model.RATE_NAME) of the
development rounds 1–48 (written, real; never round 49 or later) and decides names in holder_model.rate_domain."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATASET = ROOT / "tools" / "holder_cuts.tsv"
OUT = ROOT / "pipeline" / "data" / "holder_model.json"
RATE_DATASET = ROOT / "tools" / "holder_rate_cuts.tsv"
RATE_OUT = ROOT / "pipeline" / "data" / "holder_rate_model.json"
# (the rate model's: rounds 49 onwards are the validation rounds and every round written since)
RATE_VALIDATION = re.compile(r"eval/docs/heldout(49|[5-9]\d|\d{3,})[a-z]?/")
# (the standard model, since session 26: no round is left out — a round is in the tree only once it has been scored blind)
NO_ROUND = re.compile(r"(?!)")
# The rounds written blind under today's guide (37 onwards): the standard model's threshold is chosen on them alone, the
# notices still to come being theirs (they cut a holder more often than rounds 1–36: 14.5% of the names the tables leave
# to the model on rounds 61–67, 9.5% on rounds 1–36)
BLIND = re.compile(r"^heldout(3[7-9]|[4-9]\d|\d{3,})[a-z]?/")
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(13))
FOLDS = 6
# (a feature seen on fewer candidates is left out: it names one notice's word)
MIN_COUNT = 3


def label_files(held_out: tuple[re.Pattern, ...] = (NO_ROUND,)) -> list[Path]:
    """The target label files: their `document:` line only is read to leave out the rounds every pattern of
    ``held_out`` matches (a notice any model learns from is read)."""
    out = []
    for path in sorted((ROOT / "eval" / "labels" / "targets").glob("*.yaml")):
        line = next((line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("document:")), "")
        if not all(pattern.search(line + "/") for pattern in held_out):
            out.append(path)
    return out


def forget_extractions(extractions, scorer) -> None:
    """Empty the scorers' two caches of extracted notices (eval/extractions.py's and eval/targets.py's)."""
    extractions.forget()
    scorer.extraction.cache_clear()


def collect(held_out: tuple[re.Pattern, ...] = (NO_ROUND,)) -> list[tuple]:
    """The dataset rows (see the module docstring) of every name, read with the pipeline run on the labelled notices one by one
    (label_files); model_rows picks each model's."""
    sys.path.insert(0, str(ROOT / "eval"))
    import extractions
    import targets as scorer

    from pipeline.targets import holder_model, kinds, standard_holders

    from pipeline.targets.holder_model import context_features

    records: dict[str, list[dict]] = {}
    current = [""]
    original = standard_holders.holder_left_out

    def recording(folded, target):
        out = original(folded, target)
        pre = standard_holders.each_left_out(folded, standard_holders.opener_left_out(folded, target))
        if pre.kind == "amount" and pre.rule != "value_first" and pre.comparator in ("at_least", "at_most") and not standard_holders._name_after_value(folded, pre):
            records.setdefault(current[0], []).append({"raw": pre.indicator, "out": out.indicator, "value": pre.value_text, "cmp": pre.comparator, "context": context_features(folded, pre.start, pre.end, pre.comparator)})
        return out

    saved = (kinds.STANDARD_PASSES, extractions._extract, extractions._workers, holder_model.ENABLED)
    forget_extractions(extractions, scorer)  # (what is held was extracted without the recorder)
    kinds.STANDARD_PASSES = tuple(recording if p is original else p for p in kinds.STANDARD_PASSES)  # type: ignore[assignment]
    holder_model.ENABLED = False  # (the cuts the tables make alone: the model's own are no data)
    try:
        extract = extractions._extract

        def tracked(path):
            current[0] = path
            return extract(path)

        extractions._extract = tracked
        extractions._workers = lambda count: 0
        rows = []
        for label_path in label_files(held_out):
            doc = scorer.load_document(label_path)
            fold = doc.path.parent.name + ("/written" if doc.written else "")
            pool = list(records.get(str(doc.path), []))
            for li, (pi, wrong) in sorted(scorer.pair(doc.labels, doc.predictions).items()):
                label, pred = doc.labels[li], doc.predictions[pi]
                if label.kind != "amount" or set(wrong) - {"indicator"}:
                    continue
                want = scorer.norm(label.data.get("indicator"))
                match = next((r for r in pool if r["out"] == pred.get("indicator") and r["value"] == pred.get("value_text") and r["cmp"] == pred.get("comparator")), None)
                if match is None or not (match["raw"].endswith(want) and want):
                    continue
                pool.remove(match)
                table = len(match["raw"]) - len(match["out"]) if match["raw"].endswith(match["out"]) else -1
                rows.append((fold, doc.stem, match["raw"], len(match["raw"]) - len(want), table, " ".join(match["context"])))
        return rows
    finally:
        kinds.STANDARD_PASSES, extractions._extract, extractions._workers, holder_model.ENABLED = saved
        forget_extractions(extractions, scorer)  # (what was extracted with the model off is no one's reading)


def model_rows(rows: list[tuple], held_out: re.Pattern, rates: bool) -> list[tuple]:
    """One model's dataset among collect's ``rows``: the notices outside its ``held_out`` rounds (a row's fold names its
    notice's folder), with ``rates`` the rate and share names only (holder_model.RATE_NAME)."""
    from pipeline.targets.holder_model import RATE_NAME

    return [row for row in rows if not held_out.search(f"eval/docs/{row[0].split('/')[0]}/") and (not rates or RATE_NAME.search(row[2]))]


def read_rows(dataset: Path = DATASET) -> list[tuple]:
    rows = []
    for line in dataset.read_text(encoding="utf-8").splitlines()[1:]:
        fold, stem, raw, cut, table, context = line.split("\t")
        rows.append((fold, stem, raw, int(cut), int(table), context))
    return rows


def in_domain(name: str, table: int) -> bool:
    """Where the model decides: the tables cut nothing, and no guard of theirs keeps the name (model_domain)."""
    from pipeline.targets.holder_model import model_domain

    return table == 0 and model_domain(name)


def in_rate_domain(name: str, table: int) -> bool:
    """Where the rate model decides: the tables cut nothing, and the name is a rate it may read (rate_domain)."""
    from pipeline.targets.holder_model import rate_domain

    return table == 0 and rate_domain(name)


def instances(rows):
    """(fold, raw name, label cut, [(cut, features)]) for each row whose label cut is 0 or a candidate."""
    from pipeline.targets.holder_model import boundaries, cut_allowed, cut_features

    out = []
    for fold, _, raw, cut, table, context in rows:
        candidates = [(c, cut_features(raw, c, left, right, tuple(context.split(" ")))) for c, left, right in boundaries(raw) if cut_allowed(raw, c)]
        if cut and cut not in [c for c, _ in candidates]:
            continue
        out.append((fold, raw, cut, table, candidates))
    return out


def fit(items, l2: float) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression over every candidate of ``items`` (Newton's method from zero)."""
    seen = Counter(f for *_, candidates in items for _, features in candidates for f in features)
    vocabulary = sorted(f for f, count in seen.items() if count >= MIN_COUNT or f == "bias")
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, targets = [], []
    for _, _, cut, _, candidates in items:
        for c, features in candidates:
            rows.append([index[f] for f in features if f in index])
            targets.append(1.0 if c == cut else 0.0)
    x = np.zeros((len(rows), len(vocabulary)))
    for r, columns in enumerate(rows):
        for column in columns:
            x[r, column] += 1.0
    y = np.array(targets)
    w = np.zeros(len(vocabulary))
    penalty = np.full(len(vocabulary), l2)
    penalty[index["bias"]] = 1e-6
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return {f: round(float(v), 6) for f, v in zip(vocabulary, w) if abs(v) >= 5e-7}


def decide(weights: dict[str, float], candidates, threshold: float) -> int:
    """The cut the weights choose among ``candidates`` (holder_model.score, as at run time); 0 under ``threshold``."""
    from pipeline.targets.holder_model import score

    model = {"weights": weights}
    best, best_p = 0, 0.0
    for c, features in candidates:
        p = score(features, model)
        if p > best_p:
            best, best_p = c, p
    return best if best_p > threshold else 0


def fold_of(fold: str, folds: list[str]) -> int:
    return folds.index(fold) % FOLDS


def cross_validate(items, domain_of=in_domain, scored_on: re.Pattern | None = None):
    """{(l2, threshold): (right, total)} over the dev instances in the model's domain, leaving rounds out."""
    folds = sorted({item[0] for item in items})
    domain = [item for item in items if domain_of(item[1], item[3])]
    out: dict[tuple[float, float], list[int]] = {}
    for l2 in L2_GRID:
        for k in range(FOLDS):
            train = [item for item in items if fold_of(item[0], folds) != k]
            weights = fit(train, l2)
            for item in domain:
                if fold_of(item[0], folds) != k or (scored_on and not scored_on.match(item[0])):
                    continue
                for threshold in THRESHOLDS:
                    cell = out.setdefault((l2, threshold), [0, 0, 0, 0])
                    got = decide(weights, item[4], threshold)
                    cell[0] += got == item[2]
                    cell[1] += 1
                    cell[2] += bool(got) and got == item[2]
                    cell[3] += bool(got) and got != item[2]
    return out


NOTE = ("pipeline/targets/holder_model.py reads it where the holder tables are silent; rebuilt by tools/train_holder_model.py "
        "from every labelled round in the tree (session 26), the threshold chosen by cross-validation scored on the blind "
        "rounds (37 onwards). Session 20 first trained it on rounds 1-36.")
RATE_NOTE = ("pipeline/targets/holder_model.py reads it for a rate or share (rate_domain) where the holder tables are silent; "
             "rebuilt by tools/train_holder_model.py from tools/holder_rate_cuts.tsv: the rate and share names of the amount "
             "labels of development rounds 1-48 (written, real; never round 49 or later). Session 21.")


def model_text(items, l2: float, threshold: float, cell, note: str = NOTE, domain_of=in_domain) -> str:
    """The data file: the counts, the cross-validation cell chosen (right, total, cuts right, cuts wrong) and the weights
    fitted on every dev instance with ``l2``."""
    right, total, cut_right, cut_wrong = cell
    domain = [item for item in items if domain_of(item[1], item[3])]
    model = {
        "note": note,
        "counts": {"instances": len(items), "keep": sum(1 for i in items if not i[2]), "cut": sum(1 for i in items if i[2]), "domain": len(domain), "domain_keep": sum(1 for i in domain if not i[2])},
        "cross_validation": {"l2": l2, "threshold": threshold, "right": right, "total": total, "cuts_right": cut_right, "cuts_wrong": cut_wrong, "keep_all_right": sum(1 for i in domain if not i[2])},
        "threshold": threshold,
        "weights": fit(items, l2),
    }
    return json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


class Model(NamedTuple):
    """One model: its dataset, the data file written, its note, the domain it decides, the rounds left out when collecting,
    whether it reads rates only, and the folds its cross-validation scores (None: all)."""

    dataset: Path
    out: Path
    note: str
    domain_of: Callable[[str, int], bool]
    left_out: re.Pattern
    rates: bool
    scored_on: re.Pattern | None


MODELS = {
    "standard": Model(DATASET, OUT, NOTE, in_domain, NO_ROUND, False, BLIND),
    "rate": Model(RATE_DATASET, RATE_OUT, RATE_NOTE, in_rate_domain, RATE_VALIDATION, True, None),
}
HEADER = "fold\tstem\traw\tcut\ttable\tcontext\n"


# Cells within this share of the total of the best are as good: the table is flat at its top (session 26: 2,940 right of
# 3,306 with 131 wrong cuts, 2,938 with 73), and a wrong cut loses words a reader needs (「业务用房建筑面积」 → 建筑面积).
FLAT = 0.001


def best_cell(table):
    """The cross-validation cell chosen: among the cells within FLAT of the most right, the fewest wrong cuts, then the most
    right, the smaller l2 and the higher threshold."""
    most = max(cell[0] for cell in table.values())
    total = max(cell[1] for cell in table.values())
    near = {key: cell for key, cell in table.items() if cell[0] >= most - int(FLAT * total)}
    return min(near.items(), key=lambda kv: (kv[1][3], -kv[1][0], kv[0][0], -kv[0][1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collect", action="store_true", help="rebuild tools/holder_cuts.tsv from the labels first")
    parser.add_argument("--cv", action="store_true", help="print the cross-validation table only")
    parser.add_argument("--collect-rates", action="store_true", help="rebuild tools/holder_rate_cuts.tsv (rounds 1-48) first")
    parser.add_argument("--rates", action="store_true", help="with --cv: the rate model's table")
    args = parser.parse_args(argv)
    wanted = [MODELS[name] for name, flag in (("standard", args.collect), ("rate", args.collect_rates)) if flag]
    rows = collect(tuple(model.left_out for model in wanted)) if wanted else []  # (one pass over the notices serves both)
    for model in wanted:
        model.dataset.write_text(HEADER + "".join("\t".join(map(str, row)) + "\n" for row in model_rows(rows, model.left_out, model.rates)), encoding="utf-8")
    if args.cv:
        model = MODELS["rate" if args.rates else "standard"]
        for (l2, threshold), (right, total, cut_right, cut_wrong) in sorted(cross_validate(instances(read_rows(model.dataset)), model.domain_of, model.scored_on).items()):
            print(f"l2={l2} threshold={threshold}: {right}/{total} right, cuts {cut_right} right {cut_wrong} wrong")
        return 0
    for model in MODELS.values():  # both models are refitted and written
        items = instances(read_rows(model.dataset))
        (l2, threshold), cell = best_cell(cross_validate(items, model.domain_of, model.scored_on))
        text = model_text(items, l2, threshold, cell, model.note, model.domain_of)
        model.out.write_text(text, encoding="utf-8")
        print(text.split('"weights"')[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
