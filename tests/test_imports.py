"""What fengong imports: `--help` stays light, and extraction needs spaCy but not jieba."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow  # each test starts a Python process


def run_python(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_help_imports_neither_spacy_nor_pydantic_nor_dataclasses_nor_typing():
    assert run_python(
        "import sys, contextlib, io\nfrom pipeline.cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n"
        "print('spacy' in sys.modules, 'pydantic' in sys.modules, 'dataclasses' in sys.modules, 'typing' in sys.modules)"
    ) == ["False", "False", "False", "False"]  # dataclasses (and inspect): 11 ms of a 50 ms --help; typing ~2.5 ms


def test_the_extract_command_uses_spacy_and_not_jieba(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text("一、保障民生\n1.完善社会保障体系。\n责任单位：市民政局\n", encoding="utf-8")
    assert run_python(
        "import sys; from pipeline.cli import main; "
        f"code = main(['extract', {str(notice)!r}, '-o', {str(tmp_path / 'out')!r}, '-q']); "
        "print(code, 'spacy' in sys.modules, 'jieba' in sys.modules, 'lxml' in sys.modules)"
    ) == ["0", "True", "False", "False"]  # lxml only for markup: HTML, DOCX, OFD


def test_diff_of_two_extractions_runs_no_stage(tmp_path):
    """Two JSON files are compared as records: neither the stages nor a reader's library is imported."""
    notice = tmp_path / "n.txt"
    notice.write_text("一、保障民生\n1.完善社会保障体系。\n责任单位：市民政局\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_python(f"from pipeline.cli import main; print(main(['extract', {str(notice)!r}, '-o', {str(out)!r}, '-q']))") == ["0"]
    assert run_python(
        "import sys, io, contextlib; from pipeline.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): code = main(['diff', {str(out / 'n.json')!r}, {str(out / 'n.json')!r}])\n"
        "print(code, *(name in sys.modules for name in ('pipeline.stages', 'pipeline.assemble', 'lxml')))"
    ) == ["0", "False", "False", "False"]
