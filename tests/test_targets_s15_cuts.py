"""A verb of the tables that is only the first half of a word of jieba's reading opens no name (names.WORD_KEPT_VERBS,
issue 11): 储备库 and 储备粮 stay whole, where 库面积 and 粮账实相符率 named nothing. A verb whose object opens with a word
of two characters of its own is cut as before (「建成区级…」). Sentences written for the test: every target with its exact
fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

KEPT_WHOLE = [
    ("每个乡镇建成1个应急物资储备库，储备库面积不少于200平方米。", [
        ("应急物资储备库", 1.0, "个", "equal", "goal", "建成1个应急物资储备库"),
        ("储备库面积", 200.0, "平方米", "at_least", "amount", "储备库面积不少于200平方米"),
    ]),
    ("到2027年，全县储备粮账实相符率达到100%。", [
        ("储备粮账实相符率", 100.0, "%", "reach", "goal", "储备粮账实相符率达到100%"),
    ]),
]
# Where the rule must not change the reading: the verb's object opens with a word of its own, or the verb is a word.
NOT_CHANGED = [
    ("各城区要建成区级应急指挥平台1个。", [
        ("区级应急指挥平台", 1.0, "个", "equal", "goal", "区级应急指挥平台1个"),
    ]),
    ("到2026年建设储备库5个。", [
        ("储备库", 5.0, "个", "equal", "goal", "储备库5个"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), KEPT_WHOLE + NOT_CHANGED, ids=[s[:10] for s, _ in KEPT_WHOLE + NOT_CHANGED])
def test_verb_inside_word(sentence, expected):
    assert targets_with_spans(sentence) == expected
