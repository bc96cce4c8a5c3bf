"""What the peak RSS of a cold extraction is made of (issue 12 item 5: the before/after section's RSS row).

    python bench/memory.py [--top N]

Fresh processes: one extracts the reference notice as `fengong extract` does and reports its peak RSS
(``ru_maxrss``); one imports spaCy's matcher only; one imports what spaCy needs besides its command
line (numpy, thinc, pydantic…), then the packages that command line brings in (``spacy/__init__``
imports ``spacy.cli``: typer, weasel, requests, httpx…; the tree before issue 12 stubbed that module
out, which item 1 rules out) and reports what they add; one extracts the notice with
``tracemalloc`` on and reports what Python still holds at the end, by package (the code of imported
modules shows as importlib's) and by line of the package's own modules. ``tracemalloc`` does not see
the shared libraries (numpy's, BLIS', pydantic-core's) nor memory allocated outside Python's
allocator, so those rows add up to less than the RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import NOTICE, PY, ROOT  # noqa: E402

RSS = r"""
import resource, sys
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
start = rss()
if sys.argv[1] == "extract":
    from pipeline.cli import main
    try:
        main(["extract", sys.argv[2], "-o", sys.argv[3], "--force"])
    except SystemExit:
        pass
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
else:  # the names before "--" imported first, the RSS those after it add
    names = sys.argv[1:]
    for name in names[: names.index("--")]:
        __import__(name)
    start = rss()
    for name in names[names.index("--") + 1 :]:
        __import__(name)
    print(rss() - start)
"""
# What spacy.cli imports that nothing else of an extraction does (checked against sys.modules of one),
# measured after what spaCy needs besides (so that what both share is not counted to the command line).
SPACY_CLI_PACKAGES = ("typer", "weasel", "requests", "httpx", "jinja2", "rich", "click", "cProfile", "pstats", "ssl")
SPACY_OTHERWISE = ("numpy", "thinc.api", "pydantic", "srsly", "catalogue", "confection", "wasabi", "packaging")

CHILD = r"""
import json, resource, sys, tempfile, tracemalloc
tracemalloc.start()
from pipeline.cli import main
with tempfile.TemporaryDirectory() as out:
    try:
        main(["extract", sys.argv[1], "-o", out, "--force"])
    except SystemExit:
        pass
snapshot = tracemalloc.take_snapshot()
by_package, own = {}, []
for stat in snapshot.statistics("filename"):
    name = stat.traceback[0].filename
    if "/pipeline/" in name:
        key = "pipeline/" + name.split("/pipeline/", 1)[1]
    elif "-packages/" in name:
        key = name.split("-packages/", 1)[1].split("/")[0]
    elif name.startswith("<frozen importlib"):
        key = "module code (importlib)"
    else:
        key = "stdlib: " + name.rsplit("/", 1)[-1]
    by_package[key] = by_package.get(key, 0) + stat.size
for stat in snapshot.filter_traces([tracemalloc.Filter(True, "*/pipeline/*")]).statistics("lineno"):
    frame = stat.traceback[0]
    own.append(("pipeline/" + frame.filename.split("/pipeline/", 1)[1] + f":{frame.lineno}", stat.size, stat.count))
print(json.dumps({"traced": tracemalloc.get_traced_memory()[0], "by_package": by_package, "own": own}))
"""


def section(top: int = 12) -> None:
    """Measure and print the section (a part of `make bench`, after the before/after one)."""

    def child(*argv: str) -> str:
        return subprocess.run([PY, *argv], cwd=ROOT, check=True, capture_output=True, text=True).stdout.splitlines()[-1]

    with tempfile.TemporaryDirectory() as out:
        peak = float(child("-c", RSS, "extract", str(NOTICE), out))
    spacy = float(child("-c", RSS, "--", "spacy.matcher"))
    cli = float(child("-c", RSS, *SPACY_OTHERWISE, "--", *SPACY_CLI_PACKAGES))
    found = json.loads(child("-c", CHILD, str(NOTICE)))
    mb = 1e6
    print(f"\nmemory: peak RSS of the cold extraction: {peak:.0f} MB; importing spacy.matcher alone adds {spacy:.0f} MB, of which "
          f"the packages of spaCy's command line ~{cli:.0f} MB (imported after spaCy's other needs); Python holds {found['traced'] / mb:.1f} MB "
          "at the end of the extraction (tracemalloc)")
    print("\n| held at the end, by package (tracemalloc) | MB |\n|---|---:|")
    for name, size in sorted(found["by_package"].items(), key=lambda kv: -kv[1])[:top]:
        print(f"| {name} | {size / mb:.2f} |")
    print("\n| held at the end, by line of the package | MB | objects |\n|---|---:|---:|")
    for name, size, count in found["own"][:top]:
        print(f"| {name} | {size / mb:.2f} | {count} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12, help="rows of each table (default 12)")
    section(parser.parse_args().top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
