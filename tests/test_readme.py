"""The README's Python examples run as doctests (from the repository's root, as the README says)."""

from __future__ import annotations

import doctest
import re

from conftest import ROOT


def test_readme_python_examples(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```pycon\n(.*?)```", readme, re.S)
    assert blocks, "the README has a ```pycon example"
    monkeypatch.chdir(ROOT)
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for n, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README.md example {n + 1}", "README.md", 0))
    assert runner.summarize(verbose=False).failed == 0
