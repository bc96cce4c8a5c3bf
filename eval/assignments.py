"""Published accuracy of assignments: fengong's output against hand labels of real notices.

Labels: ``eval/labels/assignments/<stem>.yaml``, one per document, every assignment block of the
document labelled (conventions: ``eval/LABELING.md``). Each labelled document is extracted in-process
(``pipeline.extract``; the ``fengong`` CLI only if the package cannot be imported) and scored:

- a block's position is found by exact substring search in the extraction's ``source.text`` (the
  decoded file for plain text), honouring ``occurrence``; a predicted assignment belongs to a block
  when its span lies inside the block's span; one inside no labelled block is a false positive (the
  documents are labelled completely);
- unit P/R/F1: multiset match of unit names per block, compared after NFKC and without whitespace;
  role P/R/F1: multiset match of (role, unit); a block is exact when its (role, unit) multiset equals
  the label's. Pooled numbers are micro-averages (counts summed over the group's documents).

    python eval/assignments.py               # Markdown tables, one per group (local, national)
    python eval/assignments.py --json        # the same numbers as JSON
    python eval/assignments.py --details ningbo_2026_opc_zhichi   # every wrong block, label vs predicted

The scorer reports; it never fails (exit status 0), except for a --details name that is no document.
"""

# No `from __future__ import annotations`: eval/run.py loads this file without registering it in
# sys.modules, where dataclasses would look string annotations up.
import argparse
import importlib
import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path


HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = HERE / "labels" / "assignments"
if str(HERE) not in sys.path:
    sys.path.append(str(HERE))  # appended: eval/'s modules shadow nothing installed
extractions = importlib.import_module("extractions")
label_yaml = importlib.import_module("label_yaml")
GROUPS = {  # eval/docs/<group>/…, in table order: the notices, then the held-out rounds (eval/rounds.yaml)
    "local": "local notices",
    "national": "national notices",
    "forms": "written cases of the forms of issue 10",
    "heldout": "held-out notices (written and labelled without reading the code, after the rules were built)",
    **label_yaml.read(HERE / "rounds.yaml"),
}
COLUMNS = ("blocks", "exact", "unit P", "unit R", "unit F1", "role P", "role R", "role F1")


# --- labels --------------------------------------------------------------------------------------


@dataclass
class LabelledBlock:
    text: str
    occurrence: int
    assignments: list[tuple[str, str]]  # (role, unit as written)
    open_ended: list[str] = field(default_factory=list)
    notes: str = ""


@dataclass
class Label:
    path: Path  # the label file
    document: Path  # the labelled notice, absolute
    blocks: list[LabelledBlock]

    @property
    def stem(self) -> str:
        return self.document.stem

    @property
    def group(self) -> str:
        return self.document.parent.name


def load_label(path: Path) -> Label:
    data = label_yaml.read(path)
    blocks = [
        LabelledBlock(
            text=entry["block"],
            occurrence=int(entry.get("occurrence", 1)),
            assignments=[(item["role"], item["unit"]) for item in entry["assignments"]],
            open_ended=list(entry.get("open_ended", [])),
            notes=entry.get("notes", ""),
        )
        for entry in data["blocks"]
    ]
    return Label(path=path, document=ROOT / data["document"], blocks=blocks)


def load_labels(folder: Path = LABELS) -> list[Label]:
    return [load_label(path) for path in sorted(folder.glob("*.yaml"))]


def find_block(text: str, block: str, occurrence: int) -> int:
    """Start of the ``occurrence``-th (1-based) occurrence of ``block`` in ``text``, or -1."""
    start = -1
    for _ in range(occurrence):
        start = text.find(block, start + 1)
        if start < 0:
            return -1
    return start


# --- predictions ---------------------------------------------------------------------------------


@dataclass
class Predicted:
    role: str
    unit: str
    start: int
    end: int


def extract_plain(document: Path) -> dict:
    """The extraction of ``document`` as plain JSON data: in-process (eval/extractions.py), or through the CLI."""
    try:
        import pipeline  # noqa: F401 - only whether the package is there
    except ImportError:
        return _extract_by_cli(document)
    return extractions.contract(document)


def _extract_by_cli(document: Path) -> dict:
    fengong = Path(sys.executable).with_name("fengong")
    with tempfile.TemporaryDirectory() as outdir:
        command = [str(fengong), "extract", "--quiet", "--force", str(document), "-o", outdir]
        subprocess.run(command, check=True)
        return json.loads((Path(outdir) / f"{document.stem}.json").read_text(encoding="utf-8"))


def source_text(extraction: dict, document: Path) -> str:
    """The text spans point into: ``source.text``, or the decoded file for plain text."""
    text = extraction["source"].get("text")
    if text is not None:
        return text
    return document.read_bytes().decode(extraction["source"]["encoding"])


def predictions(extraction: dict) -> list[Predicted]:
    return [
        Predicted(item["role"], item["unit"], item["span"]["start"], item["span"]["end"])
        for task in extraction["tasks"]
        for item in task["assignments"]
    ]


# --- scoring -------------------------------------------------------------------------------------


def norm(unit: str) -> str:
    return "".join(unicodedata.normalize("NFKC", unit).split())


@dataclass
class Counts:
    """True positives, false positives, false negatives of one measure."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, label: Counter, predicted: Counter) -> None:
        hit = sum((label & predicted).values())
        self.tp += hit
        self.fp += sum(predicted.values()) - hit
        self.fn += sum(label.values()) - hit

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    def scores(self) -> dict[str, float]:
        """P, R, F1; a measure with nothing predicted has P 1.0, with nothing labelled R 1.0."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"P": round(p, 4), "R": round(r, 4), "F1": round(f1, 4)}


@dataclass
class BlockResult:
    text: str
    start: int  # -1: the block text is not in the document
    label: list[tuple[str, str]]
    predicted: list[tuple[str, str]]

    @property
    def exact(self) -> bool:
        return _roles(self.label) == _roles(self.predicted)


@dataclass
class DocumentResult:
    stem: str
    group: str
    blocks: list[BlockResult] = field(default_factory=list)
    outside: list[Predicted] = field(default_factory=list)  # predicted inside no labelled block
    unit: Counts = field(default_factory=Counts)
    role: Counts = field(default_factory=Counts)

    @property
    def exact(self) -> int:
        return sum(block.exact for block in self.blocks)

    def row(self) -> dict:
        return _row(len(self.blocks), self.exact, self.unit, self.role)


def _row(blocks: int, exact: int, unit: Counts, role: Counts) -> dict:
    return {
        "blocks": blocks,
        "exact": exact,
        "unit": {**unit.scores(), "tp": unit.tp, "fp": unit.fp, "fn": unit.fn},
        "role": {**role.scores(), "tp": role.tp, "fp": role.fp, "fn": role.fn},
    }


def _units(pairs: list[tuple[str, str]]) -> Counter:
    return Counter(norm(unit) for _, unit in pairs)


def _roles(pairs: list[tuple[str, str]]) -> Counter:
    return Counter((role, norm(unit)) for role, unit in pairs)


def score(label: Label, text: str, predicted: list[Predicted]) -> DocumentResult:
    """Score one document's predicted assignments against its label."""
    result = DocumentResult(label.stem, label.group)
    claimed: set[int] = set()
    for block in label.blocks:
        start = find_block(text, block.text, block.occurrence)
        inside = [] if start < 0 else [
            i for i, item in enumerate(predicted) if start <= item.start and item.end <= start + len(block.text)
        ]
        claimed.update(inside)
        mine = [(predicted[i].role, predicted[i].unit) for i in inside]
        result.blocks.append(BlockResult(block.text, start, block.assignments, mine))
        result.unit.add(_units(block.assignments), _units(mine))
        result.role.add(_roles(block.assignments), _roles(mine))
    result.outside = [item for i, item in enumerate(predicted) if i not in claimed]
    outside = [(item.role, item.unit) for item in result.outside]
    result.unit.add(Counter(), _units(outside))
    result.role.add(Counter(), _roles(outside))
    return result


def run_document(label: Label) -> tuple[str, list[Predicted]]:
    """The document's text and fengong's assignments. A document fengong refuses scores as all
    missed (reported on standard error), so one failure does not hide the others' numbers."""
    try:
        extraction = extract_plain(label.document)
    except Exception as error:  # noqa: BLE001 - any refusal or crash of the extractor is reported, not raised
        print(f"assignments: {label.stem}: extraction failed: {error}", file=sys.stderr)
        return _file_text(label.document), []
    return source_text(extraction, label.document), predictions(extraction)


def _file_text(document: Path) -> str:
    if document.suffix in (".txt", ".text"):
        return document.read_bytes().decode("utf-8", errors="replace")
    return ""  # HTML/DOCX text needs the reader: every block counts as not found


def evaluate(labels: list[Label]) -> list[DocumentResult]:
    extractions.prefetch(label.document for label in labels)  # all together, on every core
    results = []
    for label in labels:
        text, predicted = run_document(label)
        results.append(score(label, text, predicted))
    return results


def summary(results: list[DocumentResult]) -> dict:
    """Per group: every document's row and the pooled row."""
    out: dict = {}
    for group in _groups(results):
        members = [result for result in results if result.group == group]
        unit, role = Counts(), Counts()
        for result in members:
            unit += result.unit
            role += result.role
        pooled = _row(sum(len(r.blocks) for r in members), sum(r.exact for r in members), unit, role)
        out[group] = {"documents": {r.stem: r.row() for r in members}, "pooled": pooled}
    return out


def _groups(results: list[DocumentResult]) -> list[str]:
    present = {result.group for result in results}
    return [g for g in GROUPS if g in present] + sorted(present - set(GROUPS))


# --- reports -------------------------------------------------------------------------------------


def markdown(table: dict) -> str:
    lines = []
    for group, numbers in table.items():
        lines += [f"Assignments, {GROUPS.get(group, group)} (hand labels: eval/labels/assignments/)", ""]
        lines.append("| document | " + " | ".join(COLUMNS) + " |")
        lines.append("|---|" + "---:|" * len(COLUMNS))
        for stem, row in numbers["documents"].items():
            lines.append(_markdown_row(stem, row))
        lines.append(_markdown_row("**pooled**", numbers["pooled"]))
        lines.append("")
    return "\n".join(lines)


def _markdown_row(name: str, row: dict) -> str:
    cells = [str(row["blocks"]), str(row["exact"])]
    cells += [f"{row[measure][key]:.3f}" for measure in ("unit", "role") for key in ("P", "R", "F1")]
    return f"| {name} | " + " | ".join(cells) + " |"


def details(result: DocumentResult, text: str) -> str:
    """Every wrong block (label vs predicted) and every prediction inside no labelled block."""
    wrong = [(i, block) for i, block in enumerate(result.blocks, 1) if not block.exact]
    lines = [f"{result.stem}: {len(wrong)} of {len(result.blocks)} blocks wrong, "
             f"{len(result.outside)} assignments outside every labelled block"]
    for number, block in wrong:
        where = "NOT FOUND in the text" if block.start < 0 else f"line {_line(text, block.start)}"
        lines += [
            "",
            f"block {number} ({where}): {block.text}",
            f"  label:     {_pairs(block.label)}",
            f"  predicted: {_pairs(block.predicted)}",
            f"  missing:   {_pairs(_unmatched(block.label, block.predicted), empty='-')}",
            f"  extra:     {_pairs(_unmatched(block.predicted, block.label), empty='-')}",
        ]
    if result.outside:
        lines += ["", "outside every labelled block:"]
        for item in result.outside:
            context = text[item.start : item.end].replace("\n", "⏎")
            lines.append(f"  line {_line(text, item.start)}: {item.role} {item.unit}  ← 「{context}」")
    return "\n".join(lines)


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _pairs(pairs: list[tuple[str, str]], empty: str = "(none)") -> str:
    return " · ".join(f"{role} {unit}" for role, unit in pairs) or empty


def _unmatched(pairs: list[tuple[str, str]], others: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (role, unit) pairs of ``pairs``, as written and in order, that ``others`` does not match."""
    left = _roles(others)
    out = []
    for role, unit in pairs:
        key = (role, norm(unit))
        if left[key]:
            left[key] -= 1
        else:
            out.append((role, unit))
    return out


def _details_for(labels: list[Label], name: str) -> int:
    chosen = [label for label in labels if name in (label.stem, label.document.name, str(label.path))
              or Path(name).resolve() == label.document]
    if not chosen:
        known = ", ".join(label.stem for label in labels)
        print(f"assignments: error: no labelled document {name!r} (known: {known})", file=sys.stderr)
        return 2
    for label in chosen:
        text, predicted = run_document(label)
        print(details(score(label, text, predicted), text))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eval/assignments.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--details", metavar="DOC", help="list each wrong block of DOC (stem or file name)")
    args = parser.parse_args([] if argv is None and __name__ != "__main__" else argv)
    labels = load_labels()
    if args.details:
        return _details_for(labels, args.details)
    table = summary(evaluate(labels))
    print(json.dumps(table, ensure_ascii=False, indent=2) if args.json else markdown(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
