"""kinds.STANDARD_TESTS: each entry's example, a sentence of its own, reads as amounts only (the table that replaced
kind_of's chain of or-tests; its order and tests are the chain's)."""

import pytest

from pipeline.targets.kinds import STANDARD_TESTS
from target_rows import targets_with_spans


@pytest.mark.parametrize(("name", "test", "example"), STANDARD_TESTS, ids=[entry[0] for entry in STANDARD_TESTS])
def test_each_standard_test_s_example_is_an_amount(name, test, example):
    targets = targets_with_spans(example + "。")
    assert targets and {kind for _, _, _, _, kind, _ in targets} == {"amount"}


def test_a_goal_fires_no_standard_test():
    """「全市新增托位2000个」 is a commitment: no standard test takes it, and it stays a goal."""
    assert targets_with_spans("到2027年，全市新增托位2000个。") == [("托位", 2000.0, "个", "increase", "goal", "托位2000个")]
