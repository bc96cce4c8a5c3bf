"""A person counted before the duty given to them is named without the duty (duty_names.DUTY_AFTER_PERSONS, issue 11);
a person counted after is who does it. Sentences written for the test."""

import pytest

from target_rows import targets_with_spans

CASES = [
    ("各县要明确1名县政府负责同志分管粮食安全工作。", [("县政府负责同志", 1.0, "名", "equal", "goal", "1名县政府负责同志")]),
    ("每个乡镇明确1名乡镇领导分管耕地保护工作。", [("乡镇领导", 1.0, "名", "equal", "goal", "1名乡镇领导")]),
    ("每个网格配备1名网格员负责日常巡查。", [("网格员", 1.0, "名", "equal", "amount", "1名网格员")]),
    # the person counted after: the count is of the duty's object, the name left as it was read
    ("每名作业人员负责维保电梯不超过30台。", [("作业人员负责维保电梯", 30.0, "台", "at_most", "amount", "作业人员负责维保电梯不超过30台")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:10] for s, _ in CASES])
def test_duty_left_out(sentence, expected):
    assert targets_with_spans(sentence) == expected
