"""A paragraph's closing sentence (assignments/blocks.py) is searched from its second-to-last mark: the
same match as a search of the whole line, on random lines of the marks and words that matter."""

from __future__ import annotations

import random

from pipeline.assignments.blocks import CLOSING_LABEL_SENTENCE, CLOSING_VERB_SENTENCE, _second_to_last


def test_the_search_from_the_second_to_last_mark_finds_what_a_whole_search_finds():
    rnd = random.Random(12)
    alphabet = "。;,单位部门为:牵头负责 \t市局a"
    lines = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(20_000)]
    lines += ["加强监管。市市场监管局、市商务局按职责分工负责。", "责任单位：市财政局。", "；。", "。"]
    for line in lines:
        for pattern, marks in ((CLOSING_LABEL_SENTENCE, "。"), (CLOSING_VERB_SENTENCE, "。;")):
            whole, tail = pattern.search(line), pattern.search(line, _second_to_last(line, marks))
            assert (whole and (whole.span(), whole["body"])) == (tail and (tail.span(), tail["body"])), line
