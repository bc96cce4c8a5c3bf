"""The review page's size and speed: `fengong review` of the reference notice and of a 10x notice,
loaded in headless Chromium (Debian's /usr/bin/chromium through Playwright).

Goals (issue 14): the reference notice's page under 1.5 MB and rendered in under 1 s; the 10x
notice's page stays usable (loads, and a unit filter or a task click answers quickly). Reported by
`make bench` (bench/bench.py runs this with --json), never asserted in a test.

    python bench/review_bench.py            # its own table, on the reference notice and a 10x copy
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NOTICE = ROOT / "raw_docs" / "yingkou_2016_45_shisanwu_fengong.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Time of a click's handler, measured inside the page: from before the click to the next frame.
CLICK = """async selector => {
  const el = document.querySelector(selector), t = performance.now();
  el.click();
  await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
}"""


def render(notice: Path, out: Path) -> tuple[float, int]:
    """Seconds to extract-free render (the extraction is made first) and the page's bytes."""
    from pipeline import extract
    from pipeline.review.page import render_page

    extraction = extract(notice)
    text = notice.read_text(encoding="utf-8")
    start = time.perf_counter()
    page = render_page(extraction, text, notice.name)
    seconds = time.perf_counter() - start
    out.write_text(page, encoding="utf-8")
    return seconds, out.stat().st_size


def load_times(browser, page_path: Path, runs: int = 5) -> dict[str, float]:
    """Median over ``runs`` fresh tabs: navigation to the load event (the page rendered and its script
    run), the first paint, and a unit-filter click and a task click on the loaded page."""
    loads, paints, filters, tasks = [], [], [], []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        tab = context.new_page()
        tab.goto(page_path.as_uri())
        timing = tab.evaluate(
            "async () => { await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
            " const n = performance.getEntriesByType('navigation')[0];"
            " const p = performance.getEntriesByName('first-contentful-paint')[0];"
            " return [n.loadEventEnd - n.startTime, p ? p.startTime : NaN]; }"
        )
        loads.append(timing[0] / 1000)
        paints.append(timing[1] / 1000 if timing[1] == timing[1] else 0.0)  # NaN: no paint entry
        filters.append(tab.evaluate(CLICK, ".task-item [data-filter]") / 1000)
        tab.evaluate(CLICK, "#filter-clear")
        tasks.append(tab.evaluate(CLICK, ".task-item:last-child .ttext") / 1000)
        context.close()
    return {name: statistics.median(values) for name, values in
            (("load", loads), ("paint", paints), ("filter", filters), ("task_click", tasks))}


def measure(notice: Path, notice_10x: Path, folder: Path) -> dict:
    from playwright.sync_api import sync_playwright

    result = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path in (("1x", notice), ("10x", notice_10x)):
            render_s, size = render(path, folder / f"review_{name}.html")
            result[name] = {"render_s": render_s, "bytes": size, **load_times(browser, folder / f"review_{name}.html")}
        browser.close()
    return result


def _rendered(r: dict) -> float:
    """Rendered: the load event (parsed, laid out, script run) or the first paint, whichever is later."""
    return max(r["load"], r["paint"])


def rows_and_goals(m: dict) -> tuple[list[tuple[str, str, str]], list[tuple[str, bool]]]:
    rows = []
    for name in ("1x", "10x"):
        r = m[name]
        rows += [
            (f"review page {name}: size, Jinja render", f"{r['bytes'] / 1e6:.2f} MB", f"rendered in {r['render_s'] * 1000:.0f} ms"),
            (f"review page {name}: rendered in Chromium (median of 5)", f"{_rendered(r) * 1000:.0f} ms",
             f"load event {r['load'] * 1000:.0f} ms, first paint {r['paint'] * 1000:.0f} ms"),
            (f"review page {name}: unit filter / task click", f"{r['filter'] * 1000:.0f} ms", f"task click {r['task_click'] * 1000:.0f} ms"),
        ]
    big = m["10x"]
    goals = [
        ("review page of the notice < 1.5 MB", m["1x"]["bytes"] < 1.5e6),
        ("review page of the notice renders in Chromium < 1 s", _rendered(m["1x"]) < 1.0),
        ("review page of the 10x notice usable (rendered < 5 s, clicks < 0.5 s)", _rendered(big) < 5 and max(big["filter"], big["task_click"]) < 0.5),
    ]
    return rows, goals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", nargs=2, metavar=("NOTICE", "NOTICE_10X"), help="measure these and print JSON (for bench.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fengong-review-bench-") as tmp:
        folder = Path(tmp)
        if args.json:
            print(json.dumps(measure(Path(args.json[0]), Path(args.json[1]), folder)))
            return 0
        data = NOTICE.read_bytes()
        big = folder / "notice_x10.txt"
        big.write_bytes((data.rstrip(b"\n") + b"\n\n") * 10)
        rows, goals = rows_and_goals(measure(NOTICE, big, folder))
    for name, value, note in rows:
        print(f"| {name} | {value} | {note} |")
    for name, met in goals:
        print(f"| goal: {name} | {'met' if met else 'not met'} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
