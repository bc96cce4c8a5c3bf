"""Mutant audit: does the test suite notice when the pipeline's code is wrong?

Deterministic (seeded) mutants of pipeline modules, each one small change to the syntax tree:

    compare   flip a comparison (< ↔ >=, <= ↔ >, == ↔ !=, in ↔ not in, is ↔ is not)
    constant  change an integer constant by one (n → n + 1)
    boolop    swap ``and`` and ``or``
    negate    negate the condition of an ``if``, ``while`` or conditional expression
    drop      drop a statement (a call, an assignment, ``continue`` / ``break``): it becomes ``pass``

Every site of every chosen module is listed in a stable order; ``--sample N`` draws N of them with
``random.Random(SEED)``, spread over the modules in turn. Each mutant is written into a temporary copy
of the project (the module re-written by ``ast.unparse``, the rest copied as is) and the tests run
there (``pytest -x -q -m 'not slow' -p no:cacheprovider``, or ``--tests`` for a faster subset), the
copy's ``pipeline`` imported ahead of the installed one. A mutant the tests pass is a *survivor*:
either a behaviour no test pins, or an equivalent mutant (a change that cannot alter any output).

    .venv/bin/python tools/mutants.py --list                      # every site, numbered
    .venv/bin/python tools/mutants.py --sample 30 --seed 12       # `make mutants`
    .venv/bin/python tools/mutants.py --only structure/lines.py:93:compare   # one mutant, by its key

Not part of `make test` (each survivor costs a whole run of the suite).
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "pipeline"
# The stages the audit covers by default (targets/ is left to its own audit).
DEFAULT_MODULES = (
    "structure/lines.py",
    "structure/header.py",
    "structure/outline.py",
    "assignments/lists.py",
    "assignments/blocks.py",
    "assignments/roles.py",
    "assignments/carry.py",
    "assignments/conventions.py",
    "units/dictionary.py",
    "units/recognise.py",
    "assemble.py",
    "records.py",
    "export.py",
    "stages.py",
)
PYTEST = ["-m", "pytest", "-x", "-q", "-m", "not slow", "-p", "no:cacheprovider"]
IGNORED = shutil.ignore_patterns(".git", ".venv*", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis")

FLIPPED = {
    ast.Lt: ast.GtE, ast.GtE: ast.Lt, ast.Gt: ast.LtE, ast.LtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}


@dataclass(frozen=True)
class Mutant:
    module: str  # relative to pipeline/
    line: int
    col: int
    kind: str
    before: str
    after: str

    @property
    def key(self) -> str:
        return f"{self.module}:{self.line}:{self.col}:{self.kind}"


def _skipped(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Annotations, docstrings and ``if TYPE_CHECKING`` blocks are no behaviour."""
    while node in parents:
        parent = parents[node]
        if isinstance(parent, (ast.AnnAssign, ast.arg)) and node is parent.annotation:
            return True
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)) and node is parent.returns:
            return True
        if isinstance(parent, ast.If) and isinstance(parent.test, ast.Name) and parent.test.id == "TYPE_CHECKING":
            return True
        if _is_main_guard(parent):  # `python -m pipeline.stages` printing the table
            return True
        node = parent
    return False


def _sites(tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """(node, kind) of every place a mutation applies, in source order."""
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: list[tuple[ast.AST, str]] = []
    for node in ast.walk(tree):
        if _skipped(node, parents) or _is_main_guard(node):
            continue
        if isinstance(node, ast.Compare) and type(node.ops[0]) in FLIPPED:
            found.append((node, "compare"))
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            found.append((node, "constant"))
        elif isinstance(node, ast.BoolOp):
            found.append((node, "boolop"))
        elif isinstance(node, (ast.If, ast.While, ast.IfExp)) and not _is_main_guard(node):
            found.append((node, "negate"))
        elif isinstance(node, (ast.Expr, ast.Assign, ast.AugAssign, ast.Continue, ast.Break)) and _droppable(node, parents):
            found.append((node, "drop"))
    return sorted(found, key=lambda site: (site[0].lineno, site[0].col_offset, site[1]))


def _is_main_guard(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "__name__" in ast.unparse(node.test)


def _droppable(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Statements inside a function; not a docstring."""
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return False
    parent = parents.get(node)
    while parent is not None and not isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
        parent = parents.get(parent)
    return parent is not None


def _mutate(node: ast.AST, kind: str) -> ast.AST:
    """The mutated copy of ``node``."""
    new = copy.deepcopy(node)
    if kind == "compare":
        new.ops[0] = FLIPPED[type(new.ops[0])]()
    elif kind == "constant":
        new.value = node.value + 1
    elif kind == "boolop":
        new.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif kind == "negate":
        new.test = ast.UnaryOp(op=ast.Not(), operand=new.test)
    elif kind == "drop":
        new = ast.Pass()
    return ast.copy_location(new, node)


def mutants_of(module: str) -> list[Mutant]:
    source = (PACKAGE / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    found = []
    for node, kind in _sites(tree):
        before = ast.get_source_segment(source, node) or ast.unparse(node)
        after = ast.unparse(_mutate(node, kind))
        found.append(Mutant(module, node.lineno, node.col_offset, kind, _one_line(before), _one_line(after)))
    return found


def _one_line(code: str, width: int = 90) -> str:
    code = " ".join(code.split())
    return code if len(code) <= width else code[: width - 1] + "…"


def mutated_source(mutant: Mutant) -> str:
    tree = ast.parse((PACKAGE / mutant.module).read_text(encoding="utf-8"))
    for node, kind in _sites(tree):
        if (node.lineno, node.col_offset, kind) == (mutant.line, mutant.col, mutant.kind):
            replacement = _mutate(node, kind)
            _replace(tree, node, replacement)
            return ast.unparse(ast.fix_missing_locations(tree))
    raise KeyError(mutant.key)


def _replace(tree: ast.AST, old: ast.AST, new: ast.AST) -> None:
    for parent in ast.walk(tree):
        for name, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, name, new)
                return
            if isinstance(value, list) and any(item is old for item in value):
                value[[id(item) for item in value].index(id(old))] = new
                return
    raise KeyError("node not found")


def sample(mutants: dict[str, list[Mutant]], count: int, seed: int) -> list[Mutant]:
    """``count`` mutants, taking one module after another (each module's own draw seeded)."""
    rng = random.Random(seed)
    pools = {module: rng.sample(found, len(found)) for module, found in mutants.items()}
    chosen: list[Mutant] = []
    while len(chosen) < count and any(pools.values()):
        for module in mutants:
            if pools[module] and len(chosen) < count:
                chosen.append(pools[module].pop())
    return chosen


def run_mutant(mutant: Mutant, tests: list[str], timeout: int) -> tuple[str, str, float]:
    """(outcome, detail, seconds): outcome is killed, survived or timeout."""
    with tempfile.TemporaryDirectory(prefix="fengong-mutant-") as tmp:
        copy_root = Path(tmp) / "project"
        shutil.copytree(ROOT, copy_root, ignore=IGNORED, symlinks=True)
        (copy_root / "pipeline" / mutant.module).write_text(mutated_source(mutant), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(copy_root), "PYTHONDONTWRITEBYTECODE": "1"}
        started = time.monotonic()
        try:
            result = subprocess.run(
                [sys.executable, *PYTEST, *tests], cwd=copy_root, env=env, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return "timeout", f"over {timeout} s", time.monotonic() - started
        seconds = time.monotonic() - started
        if result.returncode == 0:
            return "survived", "", seconds
        failed = [line.split(" ")[1] for line in result.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
        return "killed", failed[0] if failed else result.stdout.strip().splitlines()[-1:][0] if result.stdout.strip() else "error", seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modules", nargs="*", default=list(DEFAULT_MODULES), help="modules under pipeline/ (default: the stages but targets/)")
    parser.add_argument("--sample", type=int, default=30, help="how many mutants to run (default 30)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--list", action="store_true", help="list every site and exit")
    parser.add_argument("--only", nargs="*", default=[], help="run these mutants (their keys, as --list shows them)")
    parser.add_argument("--tests", nargs="*", default=[], help="test files or node ids to run (default: the whole suite but the slow tests)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds before a mutant counts as killed by a hang (default 300)")
    args = parser.parse_args(argv)

    mutants = {module: mutants_of(module) for module in args.modules}
    if args.list:
        for found in mutants.values():
            for m in found:
                print(f"{m.key}  {m.before}  →  {m.after}")
        print(f"{sum(map(len, mutants.values()))} sites in {len(mutants)} modules")
        return 0
    by_key = {m.key: m for found in mutants.values() for m in found}
    chosen = [by_key[key] for key in args.only] if args.only else sample(mutants, args.sample, args.seed)
    survivors = []
    print(f"{len(chosen)} mutants (seed {args.seed}); tests: {' '.join(args.tests) or 'all but slow'}", flush=True)
    for number, mutant in enumerate(chosen, start=1):
        outcome, detail, seconds = run_mutant(mutant, args.tests, args.timeout)
        print(f"{number:3} {outcome:8} {seconds:5.0f}s {mutant.key}  {mutant.before}  →  {mutant.after}  {detail}", flush=True)
        if outcome == "survived":
            survivors.append(mutant)
    print(f"\n{len(chosen) - len(survivors)} killed, {len(survivors)} survived")
    for mutant in survivors:
        print(f"  survivor {mutant.key}  {mutant.before}  →  {mutant.after}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
