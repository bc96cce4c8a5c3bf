"""Issue 17: the output-to-input ratio is a limit enforced as the JSON is written — past the
budget nothing is left and the input is refused with one line (pipeline/limits.py)."""

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.errors import InputError
from pipeline.export import write_json
from pipeline.limits import MAX_OUTPUT_RATIO, OUTPUT_FLOOR, output_budget

NOTICE = Path(__file__).parent / "data" / "forms" / "unit_lines_fullwidth.txt"


def test_the_budget_is_the_ratio_times_the_input_with_a_floor():
    assert output_budget(10) == MAX_OUTPUT_RATIO * OUTPUT_FLOOR
    assert output_budget(1_000_000) == MAX_OUTPUT_RATIO * 1_000_000


def test_a_write_past_its_budget_leaves_nothing(tmp_path):
    out = tmp_path / "x.json"
    with pytest.raises(InputError, match=f"^unit_lines_fullwidth.txt: the output would pass {MAX_OUTPUT_RATIO} bytes of JSON per byte"):
        write_json(out, extract(NOTICE), max_bytes=200)
    assert list(tmp_path.iterdir()) == []


def test_a_notice_within_its_budget_is_written_whole(tmp_path):
    out = tmp_path / "x.json"
    write_json(out, extract(NOTICE), max_bytes=output_budget(NOTICE.stat().st_size))
    assert out.read_bytes().endswith(b"}\n")


def test_the_runner_refuses_the_input_in_one_line(tmp_path, monkeypatch):
    import pipeline.limits
    from pipeline.run.notice import process

    monkeypatch.setattr(pipeline.limits, "output_budget", lambda size: 300)
    outcome = process(NOTICE, tmp_path / "x.json", ())
    assert outcome.error is not None and "bytes of JSON per byte of input" in outcome.error
    assert "\n" not in outcome.error and list(tmp_path.iterdir()) == []
