import pytest

from pipeline.brackets import depths, split_outside


@pytest.mark.parametrize(
    "text, separators, opens, closes, pieces",
    [
        pytest.param("A、B(C、D)、E", "、", "(", ")", ["A", "B(C、D)", "E"], id="separator-inside-parenthesis"),
        pytest.param("达到“1,2”,增长5%", ",", "(“", ")”", ["达到“1,2”", "增长5%"], id="quotes-as-brackets"),
        pytest.param("A)、B", "、", "(", ")", ["A)", "B"], id="stray-closer-ignored"),
        pytest.param("、A、", "、", "(", ")", ["", "A", ""], id="empty-pieces-kept"),
    ],
)
def test_split_outside_brackets(text, separators, opens, closes, pieces):
    assert [text[a:b] for a, b in split_outside(text, separators, opens, closes)] == pieces


def test_depths_count_open_brackets_before_each_character():
    assert depths("a(b(c)d)e") == [0, 0, 1, 1, 2, 2, 1, 1, 0]
