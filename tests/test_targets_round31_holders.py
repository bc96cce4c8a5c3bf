"""Rules of the thirty-first round for an amount's name after a standard's holder, a doer or a per-unit word (issue 11, from
held-out rounds 26–30's names), each on sentences written for the test, not copied from a labelled notice: every target of the
sentence with its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
HOLDERS31 = [
    # standard_holders.TERM_MEASURES: a warranty names what it measures alone, whichever equipment holds it
    ("储能电池质量保证期不少于8年，并网柜质量保证期不少于5年。", [
        ("质量保证期", 8.0, "年", "at_least", "amount", "质量保证期不少于8年"),
        ("质量保证期", 5.0, "年", "at_least", "amount", "质量保证期不少于5年"),
    ]),
    # name_openers doer_then_object: the doer before 对 goes; what is published goes too since session 13
    # (time_names opened_or_published: the guide's line on what is opened or published)
    ("红十字会对捐赠款物公示时间不少于15天。", [
        ("公示时间", 15.0, "天", "at_least", "amount", "公示时间不少于15天"),
    ]),
    # holder_left_out reads the doer and whom again once a later pass has made the target an amount
    ("供水企业对居民用户入户巡检每年不少于1次。", [
        ("入户巡检", 1.0, "次", "at_least", "amount", "入户巡检每年不少于1次"),
    ]),
    # patterns.PER_QUANTIFIER_WORDS: 单案, a case
    ("单案补助最高不超过20万元。", [
        ("补助", 20.0, "万元", "at_most", "amount", "补助最高不超过20万元"),
    ]),
]

# Where the rules must NOT fire: an attribute word before the warranty (整机, jieba's b), a goal with 对 (the government's own
# time, and a satisfaction rate), 对外 opening a measure.
NOT_HOLDERS31 = [
    ("整机质量保证期不少于3年。", [
        ("整机质量保证期", 3.0, "年", "at_least", "amount", "整机质量保证期不少于3年"),
    ]),
    ("税务机关对出口退税办理时间不超过3个工作日。", [
        ("税务机关对出口退税办理时间", 3.0, "个工作日", "at_most", "goal", "税务机关对出口退税办理时间不超过3个工作日"),
    ]),
    ("老年人对养老服务满意度达到90%。", [
        ("老年人对养老服务满意度", 90.0, "%", "reach", "goal", "老年人对养老服务满意度达到90%"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), HOLDERS31 + NOT_HOLDERS31, ids=[s[:16] for s, _ in HOLDERS31 + NOT_HOLDERS31])
def test_round31_holders(sentence, expected):
    assert targets_with_spans(sentence) == expected
