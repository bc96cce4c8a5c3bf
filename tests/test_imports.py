"""What fengong imports, and what it leaves out: spaCy's CLI is not loaded, yet stays usable."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def run_python(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_spacy_is_imported_without_its_cli_which_still_loads_on_demand():
    assert run_python(
        "import sys; from pipeline.units.spacy_import import import_spacy; spacy = import_spacy(); "
        "print('spacy.cli' in sys.modules, 'typer' in sys.modules, callable(spacy.blank)); "
        "import spacy.cli; print(callable(spacy.cli.download), 'typer' in sys.modules)"
    ) == ["False", "False", "True", "True", "True"]


def test_the_extract_command_does_not_load_the_cli_of_spacy(tmp_path):
    notice = tmp_path / "n.txt"
    notice.write_text("一、保障民生\n1.完善社会保障体系。\n责任单位：市民政局\n", encoding="utf-8")
    assert run_python(
        "import sys; from pipeline.cli import main; "
        f"code = main(['extract', {str(notice)!r}, '-o', {str(tmp_path / 'out')!r}, '-q']); "
        "print(code, 'spacy' in sys.modules, 'spacy.cli' in sys.modules)"
    ) == ["0", "True", "False"]
