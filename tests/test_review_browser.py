"""Review pages in a real browser: headless Chromium (Debian's /usr/bin/chromium) driven by Playwright.

Over the reference notice, a revision of it with planted problems (diagnostics) and a revision with
planted changes (the diff view): every task of the JSON has its highlight, a click on a unit filters,
a diagnostic jumps to its line, the diff view marks the planted changes, markup in a notice stays
text, no console errors, no request leaves the page, and a screenshot is taken.

The browser is required: without /usr/bin/chromium (``make test`` installs it) or Playwright these
tests error — they never skip. Playwright's own browser download is never used.
"""

from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT, SEED
from test_diff import EDITS, revise
from test_review import EVIL
from test_review_unit import UNIT, store_path  # noqa: F401 - the store fixture

pytestmark = pytest.mark.slow  # a browser process

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
VIEWPORT = {"width": 1600, "height": 1000}

# Problems planted in the reference notice, one diagnostic each (code, line in the revision).
PROBLEMS = [
    ("  (二)预期性指标\n", "  加强统计监测和分析,按季度通报指标进展。\n  (二)预期性指标\n"),
    ("  7.服务业增加值比重达到48%。\n  责任单位:市商务局\n", "  7.服务业增加值比重达到48%。\n  责任单位:市数据资源统筹中心\n"),
    ("  8.外贸出口额、外商直接投资高于全省平均水平。\n  责任单位:市商务局\n",
     "  8.外贸出口额、外商直接投资高于全省平均水平。\n  责任单位:市商务局\n  配合单位:\n"),
]
DIAGNOSED = [
    ("text_without_assignment", 43, "  加强统计监测和分析,按季度通报指标进展。"),
    ("unresolved_unit", 60, "  责任单位:市数据资源统筹中心"),
    ("unparsed_assignment", 63, "  配合单位:"),
]
CHANGED = ["combined", "role_changed", "task_reworded", "items_swapped"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory, seed, seed_text):
    """name → path of a rendered page: the reference notice, the planted problems, the diff, the markup."""
    from pipeline import extract
    from pipeline.review.compare import render_compare
    from pipeline.review.page import render_page

    folder = tmp_path_factory.mktemp("review")
    texts = {"problems": revise(seed_text, PROBLEMS), "changed": revise(seed_text, [e for n in CHANGED for e in EDITS[n]]), "evil": EVIL}
    sides = {"seed": (seed, seed_text)}
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        sides[name] = (extract(folder / f"{name}.txt"), text)
    paths = {}
    for name in ("seed", "problems", "evil"):
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(render_page(*sides[name], f"{name}.txt"), encoding="utf-8")
    paths["diff"] = folder / "diff.html"
    paths["diff"].write_text(render_compare(sides["seed"], sides["changed"], [SEED.name, "changed.txt"]), encoding="utf-8")
    return paths, sides


class Tab:
    """A page opened in its own context, recording console errors, page errors, dialogs and requests."""

    def __init__(self, browser, path, anchor: str = ""):
        self.context = browser.new_context(viewport=VIEWPORT)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.as_uri()
        self.page.goto(self.url + anchor)
        self.page.wait_for_selector("html[data-ready]", state="attached")

    def clean(self) -> None:
        """No console error, no script error, no dialog, nothing fetched but the page itself."""
        assert self.errors == [] and self.dialogs == []
        assert {url.split("#")[0] for url in self.requests} <= {self.url}

    def visible(self, selector: str) -> bool:
        """The first element of ``selector`` is inside its scrolling pane's visible area."""
        return self.page.eval_on_selector(
            selector,
            """el => { const pane = el.closest('.pane').getBoundingClientRect(), r = el.getBoundingClientRect();
                       return r.height > 0 && r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1; }""",
        )


@pytest.fixture
def tabs(browser):
    opened = []

    def open_tab(path, anchor: str = "") -> Tab:
        opened.append(Tab(browser, path, anchor))
        return opened[-1]

    yield open_tab
    for tab in opened:
        tab.context.close()


def _joined(tab: Tab, selector: str) -> dict[str, str]:
    """data-id → the text of all its pieces, for the highlights of ``selector``."""
    return tab.page.eval_on_selector_all(
        selector, "els => { const o = {}; for (const e of els) { o[e.dataset.id] = (o[e.dataset.id] || '') + e.textContent; } return o; }"
    )


def test_every_task_of_the_json_has_its_highlight(tabs, pages, seed, seed_text):
    data = json.loads((ROOT / "extracted" / (SEED.stem + ".json")).read_text(encoding="utf-8"))
    tab = tabs(pages[0]["seed"])
    spans = {t["id"]: seed_text[t["span"]["start"] : t["span"]["end"]] for t in data["tasks"]}
    assert len(spans) == 220 and _joined(tab, '#text [data-kind="task"]') == spans
    assert tab.page.eval_on_selector_all("#text [data-kind=task][id]", "els => els.map(e => e.id)") == [t["id"] for t in data["tasks"]]
    units = _joined(tab, '#text [data-kind="unit"]')
    assert len(units) == sum(len(t.assignments) for t in seed.tasks) == 809
    assert _joined(tab, '#text [data-kind="target"]') == {g.id: seed_text[g.span.start : g.span.end] for g in seed.targets}
    tab.clean()


def test_an_anchor_opens_the_page_at_its_task(tabs, pages, seed):
    task = seed.tasks[150]
    tab = tabs(pages[0]["seed"], "#" + task.id)
    assert tab.visible(f'#text [data-id="{task.id}"]')
    assert tab.page.eval_on_selector(f'#text [data-id="{task.id}"]', "e => e.classList.contains('focus')")
    assert tab.page.eval_on_selector(f'li[data-task="{task.id}"]', "e => e.classList.contains('active')")
    tab.clean()


def test_clicking_a_task_scrolls_to_it_and_highlights_it(tabs, pages, seed):
    tab = tabs(pages[0]["seed"])
    task = seed.tasks[120]
    assert not tab.visible(f'#text [data-id="{task.id}"]')
    tab.page.click(f'li[data-task="{task.id}"] .ttext')
    assert tab.visible(f'#text [data-id="{task.id}"]')
    focused = tab.page.eval_on_selector_all("#text .focus", "els => els.map(e => e.dataset.id)")
    assert set(focused) == {task.id}
    assert tab.page.evaluate("location.hash") == "#" + task.id
    tab.clean()


def _tasks_of(extraction, canonical: str) -> list[str]:
    return [t.id for t in extraction.tasks if any(a.canonical == canonical for a in t.assignments)]


def _shown(tab: Tab) -> list[str]:
    return tab.page.eval_on_selector_all(".task-item", "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.task)")


@pytest.mark.parametrize("where", ["task list", "text", "unit list"])
def test_clicking_a_unit_filters_to_its_tasks(tabs, pages, seed, where):
    tab = tabs(pages[0]["seed"])
    unit = "营口市科学技术局"
    expected = _tasks_of(seed, unit)
    assert len(expected) == 48
    if where == "unit list":
        tab.page.click('[data-tab="units"]')
        tab.page.click(f'.unit-row[data-filter="{unit}"]')
    else:
        scope = ".task-item" if where == "task list" else "#text"
        tab.page.locator(f'{scope} [data-unit="{unit}"], {scope} [data-filter="{unit}"]').nth(3).click()
    assert _shown(tab) == expected
    assert tab.page.inner_text("#filter-name") == unit and tab.page.inner_text("#filter-count") == "48 项任务"
    dimmed = tab.page.eval_on_selector_all("body.filtering #text [data-kind=task]:not(.on)", "els => els.map(e => e.dataset.id)")
    assert set(dimmed) == {t.id for t in seed.tasks} - set(expected)
    hits = tab.page.eval_on_selector_all("#text .hit", "els => [...new Set(els.map(e => e.dataset.unit))]")
    assert hits == [unit]
    tab.page.click("#filter-clear")
    assert _shown(tab) == [t.id for t in seed.tasks]
    tab.clean()


def test_a_diagnostic_jumps_to_its_line(tabs, pages):
    extraction, text = pages[1]["problems"]
    assert [(d.code, d.line) for d in extraction.diagnostics] == [(code, line) for code, line, _ in DIAGNOSED]
    tab = tabs(pages[0]["problems"])
    tab.page.click('[data-tab="diagnostics"]')
    items = tab.page.locator(".diag-item")
    assert items.count() == 3
    for n, (code, line, content) in reversed(list(enumerate(DIAGNOSED))):
        mark = f'#text [data-id="d{n}"]'
        assert tab.page.inner_text(f".diag-item >> nth={n} >> .dn") == f"第 {line} 行"
        items.nth(n).click()
        assert tab.visible(mark)
        assert tab.page.eval_on_selector(mark, "e => [e.classList.contains('focus'), e.textContent, e.previousElementSibling?.id]") == [
            True, content, f"L{line}"
        ]
    tab.clean()


def _marks(tab: Tab, side: str, change: str) -> list[tuple[str, str]]:
    return tab.page.eval_on_selector_all(
        f'[data-side="{side}"] [data-change="{change}"]', "els => els.map(e => [e.dataset.kind, e.textContent])"
    )


def test_the_diff_view_marks_the_planted_changes(tabs, pages):
    tab = tabs(pages[0]["diff"])
    online, forestry = "推进“互联网+政务服务”,实现网上办理。", "深化集体林权制度改革,全面完成368万亩林地确权和林权发证"
    assert _marks(tab, "new", "task_added") == [["change", online]]
    assert _marks(tab, "old", "task_added") == [["gap", ""]]  # where it was added
    assert [(k, t[: len(forestry)]) for k, t in _marks(tab, "old", "task_removed")] == [("change", forestry)]
    assert _marks(tab, "new", "task_removed") == [["gap", ""]]
    assert _marks(tab, "old", "role_changed") == _marks(tab, "new", "role_changed") == [["change", "市住房城乡建设委"]]
    assert _marks(tab, "old", "assignment_removed") == [["change", "市编委办"]]
    assert _marks(tab, "new", "assignment_added") == [["change", "市政府办公室"]]
    assert ["del", "接件"] in _marks(tab, "old", "task_reworded") and ["del", "45.22"] in _marks(tab, "old", "task_reworded")
    assert {("ins", "全面"), ("ins", "受理"), ("ins", "46")} <= {tuple(m) for m in _marks(tab, "new", "task_reworded")}
    assert [t for _, t in _marks(tab, "old", "target_value_changed")] == ["森林覆盖率达到45.22%"]
    assert [t for _, t in _marks(tab, "new", "target_value_changed")] == ["森林覆盖率达到46%"]
    assert [t for _, t in _marks(tab, "old", "section_renamed")] == ["(一)实施创新驱动"]
    assert [t for _, t in _marks(tab, "new", "section_renamed")] == ["(一)实施创新驱动发展战略"]
    assert len(_marks(tab, "old", "task_renumbered")) == len(_marks(tab, "new", "task_renumbered")) == 2
    kinds = tab.page.eval_on_selector_all(".change", "els => els.map(e => e.dataset.kind)")
    assert kinds.count("task_reworded") == 3 and len(kinds) == 15
    # A click on a change scrolls both texts to it.
    n = kinds.index("task_removed")
    tab.page.click(f".change >> nth={n}")
    assert tab.page.evaluate("location.hash") == f"#c{n}"
    assert tab.visible(f'[data-side="old"] [data-c="c{n}"]') and tab.visible(f'[data-side="new"] [data-c="c{n}"]')
    tab.clean()


def test_markup_in_a_notice_renders_as_text_and_never_runs(tabs, pages):
    tab = tabs(pages[0]["evil"])
    assert tab.page.text_content("#text") == EVIL
    assert tab.page.evaluate("window.__pwned") is None
    assert tab.page.eval_on_selector_all("img, #text b, .task-item b", "els => els.length") == 0
    assert tab.page.evaluate("document.scripts.length") == 1
    tab.page.hover('.chip[data-filter^="<b"]')
    tab.page.click('.chip[data-filter^="<b"]')
    assert tab.page.inner_text("#filter-name") == "<b onmouseover=alert(3)>市统计局</b>"
    tab.clean()


def test_screenshot_of_the_reference_notice(tabs, pages, seed, tmp_path_factory):
    task = seed.tasks[6]
    tab = tabs(pages[0]["seed"], "#" + task.id)
    folder = os.environ.get("FENGONG_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots")
    path = os.path.join(folder, "review-reference.png")
    png = tab.page.screenshot(path=path)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    tab.clean()


def test_the_unit_page_shows_passages_and_jumps_to_a_notice(tabs, store_path, tmp_path, monkeypatch):  # noqa: F811
    from pipeline.review.unit_page import render_unit_page

    monkeypatch.chdir(ROOT)
    path = tmp_path / "unit.html"
    path.write_text(render_unit_page(store_path, UNIT), encoding="utf-8")
    tab = tabs(path)
    assert tab.page.locator("article.card").count() == 50
    assert tab.page.eval_on_selector_all(".passage .hit", "els => [...new Set(els.map(e => e.textContent))]") == [UNIT]
    assert not tab.visible("#n2")
    tab.page.click(".side .task-item >> nth=1")
    assert tab.visible("#n2")
    tab.clean()
