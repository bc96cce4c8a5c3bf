"""The package's shape: imports form no cycle and point down the stage chain, modules stay small,
and the stage registry is what the README and the command line say it is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "pipeline"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(path: Path) -> set[str]:
    """The pipeline modules ``path`` imports (at the top or inside functions; not under TYPE_CHECKING)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue  # annotations only: no arrow at run time
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("pipeline"))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                if target.startswith("pipeline"):
                    found.add(target)
                    found.update(f"{target}.{a.name}" for a in child.names)  # `from . import x` names a module
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
# `pipeline` itself is the facade (`from pipeline import extract` imports the stages on first use);
# modules read only its ``__version__``, so it is no node of the chain.
GRAPH = {
    name: {m for m in _imports(path) if m in MODULES and m not in (name, "pipeline")}
    for name, path in MODULES.items()
    if name != "pipeline"
}


def _cycle(graph: dict[str, set[str]] = GRAPH) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := walk(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := walk(node)):
            return found
    return None


def test_imports_form_no_cycle():
    # read/__init__.py dispatches to the readers, which import only their helpers (issue 15).
    assert len(GRAPH) > 40 and GRAPH["pipeline.stages"] >= {"pipeline.assemble", "pipeline.units.recognise"}
    assert _cycle() is None


# The stage chain, in order — read → normalize → structure → assignments → units → targets → records →
# export/store/review/diff — by module: a module may import modules of its own layer or an earlier one,
# and the shared modules; a shared module imports only shared modules. normalize.py is shared: its fold
# is a function of characters the readers also apply to table cells and page lines before the notice's
# text exists; the normalize stage is its one application to the text (stages.py). records.py is the
# output contract (the record types), written toward by targets and the records stage. jieba_dictionary.py
# is jieba's word list as shipped (data, no rule), read by the targets' tagger. rx.py is Python's re with
# the package's patterns compiled ahead (data, no rule), imported as ``re`` by the modules of every layer.
# needs.py reads from a pattern's parse the words its matches need (no rule): a search a text cannot answer is skipped.
CHAIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("read", ("pipeline.read",)),
    ("structure", ("pipeline.structure",)),
    ("assignments", ("pipeline.assignments",)),
    ("units", ("pipeline.units",)),
    ("targets", ("pipeline.targets",)),
    ("records", ("pipeline.assemble",)),
    ("registry", ("pipeline.stages",)),  # runs the stages above in order
    (
        "consumers",  # what reads the records: export, store, review, diff, the runners and the commands
        (
            "pipeline.export", "pipeline.store", "pipeline.review", "pipeline.diff", "pipeline.run", "pipeline.commands",
            "pipeline.cli", "pipeline.__main__", "pipeline.dump", "pipeline.preflight", "pipeline.unit_views",
            "pipeline.extraction_check", "pipeline.workers",
        ),
    ),
)
SHARED = (
    "pipeline.vocabulary", "pipeline.errors", "pipeline.brackets", "pipeline.limits", "pipeline.normalize",
    "pipeline.records", "pipeline.safe_text", "pipeline.output_check", "pipeline.jieba_dictionary", "pipeline.rx", "pipeline.needs",
)


def _in(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _layer(name: str) -> int | None:
    """The module's place in the chain; None for a shared module."""
    if _in(name, SHARED):
        return None
    return next(rank for rank, (_, prefixes) in enumerate(CHAIN) if _in(name, prefixes))


def test_every_module_has_a_place_in_the_chain():
    placed = [name for name in GRAPH if _in(name, SHARED) or any(_in(name, prefixes) for _, prefixes in CHAIN)]
    assert sorted(set(GRAPH) - set(placed)) == []


def test_imports_point_down_the_chain():
    backward = []
    for name, targets in GRAPH.items():
        here = _layer(name)
        for target in targets:
            there = _layer(target)
            if there is None:
                continue  # a shared module
            if here is None or there > here:
                backward.append((name, target))
    assert backward == []


def test_the_chain_rule_finds_a_backward_arrow():
    assert _layer("pipeline.structure.outline") < _layer("pipeline.assignments.blocks")  # outline → blocks would be found
    assert _layer("pipeline.read.tables") < _layer("pipeline.structure.lines") < _layer("pipeline.stages") < _layer("pipeline.export")
    assert _layer("pipeline.normalize") is None and _layer("pipeline.records") is None


def _importers_of(prefix: str, importer_prefix: str) -> list[tuple[str, str]]:
    return sorted(
        (name, m) for name, targets in GRAPH.items() if name.startswith(importer_prefix) for m in targets if m.startswith(prefix)
    )


@pytest.mark.parametrize(
    "importers, forbidden",
    [
        pytest.param("pipeline.read", ("pipeline.structure", "pipeline.assignments", "pipeline.units", "pipeline.targets", "pipeline.stages"), id="readers-read-only"),
        pytest.param("pipeline.structure", ("pipeline.units", "pipeline.targets", "pipeline.stages", "pipeline.assemble"), id="structure-before-units"),
        pytest.param("pipeline.units", ("pipeline.structure", "pipeline.assignments", "pipeline.targets", "pipeline.stages"), id="units-take-names"),
        pytest.param("pipeline.targets", ("pipeline.structure", "pipeline.units", "pipeline.stages"), id="targets-take-text"),
        pytest.param("pipeline.commands", ("pipeline.cli",), id="commands-do-not-import-cli"),
        pytest.param("pipeline.vocabulary", ("pipeline.",), id="vocabulary-imports-none"),
        pytest.param("pipeline.errors", ("pipeline.",), id="errors-import-none"),
        pytest.param("pipeline.records", ("pipeline.stages", "pipeline.structure", "pipeline.units"), id="records-are-the-contract"),
        pytest.param("pipeline.diff", ("pipeline.stages", "pipeline.run"), id="diff-reads-records"),
        pytest.param("pipeline.store", ("pipeline.stages", "pipeline.run"), id="store-reads-records"),
    ],
)
def test_no_backward_arrows(importers, forbidden):
    assert [(a, b) for a, b in _importers_of("pipeline", importers) if b.startswith(forbidden)] == []


def test_no_module_over_400_lines():
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in MODULES.items()}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


# --- the stage registry -----------------------------------------------------------------------


def test_the_registry_is_the_chain_the_run_follows(tmp_path):
    from pipeline.stages import STAGES, run_stages

    assert [s.name for s in STAGES] == ["read", "normalize", "structure", "assignments", "units", "targets", "records"]
    notice = tmp_path / "n.txt"
    notice.write_text("一、保障民生\n1.完善社会保障体系。\n责任单位：市民政局\n", encoding="utf-8")
    run = run_stages(notice, until="assignments")
    assert [a.name for t in run.assignments.tasks for a in t.found] == ["市民政局"]
    assert not hasattr(run, "units") and not hasattr(run, "records")  # later stages have not run
    full = run_stages(notice)
    assert full.normalize == full.read.text.replace("：", ":")  # folded once, one character for one
    assert [task.assignments[0].canonical for task in full.records.tasks] == ["市民政局"]


def test_the_command_line_offers_every_stage():
    from pipeline.commands.extract import STAGE_NAMES
    from pipeline.stages import STAGES

    assert STAGE_NAMES == tuple(s.name for s in STAGES)


def test_the_readme_table_is_the_registry():
    """The README's 「How it works」 table lists the registry's stages in order, each with its
    modules and what it does (as `python -m pipeline.stages` prints it)."""
    from pipeline.stages import STAGES, registry_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How it works", 1)[1].split("\n## ", 1)[0]
    table = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    assert table == registry_table()
    assert [row.split("|")[1].strip() for row in table.splitlines()[2:]] == [s.name for s in STAGES]


def test_a_stage_dump_names_what_it_shows(tmp_path):
    from pipeline.dump import DUMPS, dump_stage
    from pipeline.stages import STAGES, run_stages

    assert list(DUMPS) == [s.name for s in STAGES]
    notice = tmp_path / "n.txt"
    notice.write_text("一、保障民生\n1.完善社会保障体系。\n责任单位：市民政局\n", encoding="utf-8")
    run = run_stages(notice)
    structure = dump_stage(run, "structure")
    assert re.search(r"^\s+1 heading\s+cn_comma\s+一、\s+\| 一、保障民生$", structure, re.M)
    assert re.search(r"^\s+3 unit\s+responsible\s+责任单位\s+\| 责任单位：市民政局$", structure, re.M)
    assert "  responsible 市民政局  (line 3, [24:28], unit_line)" in dump_stage(run, "assignments")
    # no issuer: the name stays unresolved rather than a city-less canonical (issue 10)
    assert "  市民政局 → 市民政局  (government_department, unresolved, unresolved)" in dump_stage(run, "units")


def test_every_schema_property_is_described():
    import json

    from pipeline.export import json_schema

    schema = json.loads(json_schema())
    definitions = [("Extraction", schema), *schema["$defs"].items()]
    assert [(name, prop) for name, d in definitions for prop, v in d["properties"].items() if not v.get("description")] == []
