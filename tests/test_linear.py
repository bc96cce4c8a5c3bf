"""Linear on adversarial text (issue 17, bench/adversarial.py): each once-quadratic hot spot is
guarded here by counting the work done, never by timing."""

from __future__ import annotations

import re

import pytest

from pipeline.targets import lists


class _Recorder:
    """Wraps a compiled pattern and records every call with the position it starts from."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, []

    def search(self, text, pos=0, *args):
        self.calls.append(("search", pos))
        return self.pattern.search(text, pos, *args)

    def match(self, text, pos=0, *args):
        self.calls.append(("match", pos))
        return self.pattern.match(text, pos, *args)


@pytest.mark.parametrize(
    "clause",
    ["博士、硕士还可分别申领15万元、10万元", "A,分别B分别", "分别", "甲;乙也分别", "会同" * 50, "（" * 50 + "。", ""],
)
def test_names_before_is_the_search_it_replaces(clause):
    found, expected = lists.names_before(clause), lists.NAMES_BEFORE.search(clause)
    assert (found and (found.span(), found["names"])) == (expected and (expected.span(), expected["names"]))


def test_names_before_matches_once_from_the_run_start(monkeypatch):
    """「市财政局牵头，会同会同…」 (no 分别): no regex retried from every position (was ratio 111)."""
    recorder = _Recorder(lists.NAMES_BEFORE)
    monkeypatch.setattr(lists, "NAMES_BEFORE", recorder)
    assert lists.names_before("推进工作(市财政局牵头," + "会同" * 5000 + ")") is None
    assert recorder.calls == []
    found = lists.names_before("工作;" + "（" * 5000 + "博士、硕士分别")
    assert found["names"] == "（" * 5000 + "博士、硕士"
    assert recorder.calls == [("match", 3)]


def test_end_anchored_head_patterns_scan_only_their_tail():
    """「森林覆盖率达到0%、1%、2%…」: the head before each value grows with the list; peeling
    comparator/verb/每月 off its end must not rescan it (values under one indicator, was ratio 50)."""
    from pipeline.targets import clause_values, head as recognise
    from pipeline.targets.found import TRAILING_FILLER, strip_fillers
    from pipeline.targets.tail import Ending

    for name in ("PER", "ANNUAL", "VERB_BEFORE", "BEFORE", "RECIPIENT", "BASELINE_YEAR", "LIMITED_VERB"):
        pattern = getattr(recognise, name, None) or getattr(clause_values, name)
        assert isinstance(pattern, Ending) and pattern.window <= 16, name
    head = "森林覆盖率达到" + "、".join(f"{i % 90}%" for i in range(5000)) + "、每月不超过"
    assert clause_values.BEFORE.search(head).group() == clause_values.BEFORE.pattern.search(head).group() == "不超过"
    assert recognise.BASELINE.search("由" + "1" * 50 + "提高到") and not "、1%".endswith(recognise.BASELINE_ENDS)
    long_run = "指标" + "的" * 7 + "、1%" * 5000 + "力争确保可以"
    assert TRAILING_FILLER.search(long_run).start() == TRAILING_FILLER.pattern.search(long_run).start()
    assert strip_fillers(long_run)[1] == long_run[: -len("力争确保可以")]


def test_list_end_walks_each_link_once(monkeypatch):
    """Every value of a 「1%、2%、…」 list asks where the list ends: each link is matched once, not once
    per value before it."""
    from pipeline.targets import support

    text = "达到" + "、".join(f"{i % 90}%" for i in range(2000)) + "的补贴"
    recorder = _Recorder(support.LIST_LINK)
    monkeypatch.setattr(support, "LIST_LINK", recorder)
    monkeypatch.setattr(support, "_LIST_ENDS", {})
    value_ends = [m.end() for m in re.finditer(r"\d+%", text)]
    ends = {support.after_list(text, end) for end in value_ends}
    assert ends == {text.index("的补贴")}
    assert len(recorder.calls) <= len(value_ends) + 1


def test_period_count_starts_only_at_its_run():
    """「达到111…1%」: the 年内 period's count is tried from where a run of digits starts (or one in, after
    满/毕业…), never from every digit of a long run (digits, was ratio 72)."""
    from pipeline.targets.deadlines import PATTERNS, find_deadlines

    period = next(pattern for name, _, pattern in PATTERNS if name == "period_within")
    run = "达到" + "1" * 40 + "年内"
    assert period.match(run, 2)["count"] == "1" * 40
    assert all(period.match(run, position) is None for position in range(3, 42))
    assert [(m.group(), m["count"]) for m in period.finditer("工作满12年内，十二个月内完成")] == [("2年内", "2"), ("十二个月内", "十二")]
    assert [d.text for d in find_deadlines("推进工作，3年内完成")] == ["3年内"]


def test_per_value_checks_do_not_rescan_the_clause():
    """Each value of 「0%、1%、2%…」 checks the words before it (给予…补贴, 第/前) and what follows it
    (「、」 or the end, past asides): neither may copy or search the whole head or rest."""
    from pipeline.targets import after_value
    from pipeline.targets.patterns import ORDINAL_BEFORE, SUPPORT_NAMED
    from pipeline.targets.tail import Ending

    assert isinstance(SUPPORT_NAMED, Ending) and isinstance(ORDINAL_BEFORE, Ending)
    clause = "给予一次性奖励" + "1%、" * 3000 + "2% (注) 、3%"
    assert SUPPORT_NAMED.search(clause, 0, 7)["name"] == "一次性奖励"
    assert SUPPORT_NAMED.search(clause, 0, 9) is None
    at = clause.index("2%") + 2
    assert after_value.first_after_asides(clause, at) == "、" == after_value.ASIDE.sub("", clause[at:]).strip()[:1]
    assert after_value.first_after_asides(clause, len(clause)) == ""


def test_bare_value_reads_no_long_name(monkeypatch):
    """A name longer than an indicator can be (a head grown over a long list) is refused before the
    noun searches run over it."""
    from pipeline.targets import bare

    recorder = _Recorder(bare.INDICATOR_NOUN)
    monkeypatch.setattr(bare, "INDICATOR_NOUN", recorder)
    name = "森林覆盖率达到" + "1%、" * 3000
    assert bare.bare_value("1%", 2, name) is False
    assert recorder.calls == []
    assert bare.bare_value("耕地保有量171万亩", len("耕地保有量171万亩"), "耕地保有量") is True


@pytest.mark.parametrize("ends", [[3, 5, 9, 40, 41, 200], [200, 3, 41, 9], [0, 1, 2, 7, 8]])
def test_seen_before_answers_as_the_search_it_replaces(ends):
    """SeenBefore.found_before(text, end) is bool(search(text, 0, end)) whatever order ends come in."""
    from pipeline.targets.tail import SeenBefore

    seen = SeenBefore(r"现有|已建成|目前")
    for text in ("全市" + "1%、" * 20 + "现有机构120家", "已建" + "成" * 3 + "已建成" + "x" * 200, "目前" + "1、" * 100):
        for end in ends:
            assert seen.found_before(text, end) == bool(seen.pattern.search(text, 0, end)), (text[:8], end)
    with pytest.raises(ValueError):
        SeenBefore(r"(?<=按)比例")


def test_words_before_a_value_are_scanned_once_per_clause(monkeypatch):
    """「森林覆盖率达到0%、1%、…」 where no later value is a target: the head grows with the list, and the
    checks of the words before each value (现有 reported, a verb before a condition) resume their scan
    instead of rereading the head; 「…补贴政策」 is looked for in the name's tail only (was ratio 85)."""
    from pipeline.targets import recognise, refuse
    from pipeline.targets.tail import SeenBefore

    assert isinstance(refuse.REPORTED, SeenBefore) and isinstance(refuse.ANY_VERB, SeenBefore)
    clause = "森林覆盖率达到" + "、".join(f"{i % 90}%" for i in range(3000))
    recorder = _Recorder(refuse.REPORTED.pattern)
    monkeypatch.setattr(refuse.REPORTED, "pattern", recorder)
    ends = [m.start() for m in re.finditer(r"\d+%", clause)]
    assert not any(refuse.REPORTED.found_before(clause, end) for end in ends)
    starts = [pos for _, pos in recorder.calls]  # each scan starts where the last one stopped (less the pattern's width)
    assert len(starts) == len(ends) and all(pos >= end - refuse.REPORTED.width for pos, end in zip(starts[1:], ends))
    assert [t.indicator for t in recognise.find_targets("1." + clause + "。")] == ["森林覆盖率"]


def test_noun_after_a_value_tags_only_to_the_first_stop(monkeypatch):
    """「覆盖率达到0%以上、1%以上、…」: the noun after each value is read up to the first 、, so the clause's
    rest is not tagged once per value (was quadratic: 1,200 values took ~4 s)."""
    from pipeline.targets import indicator

    tagged: list[str] = []
    real_tag = indicator.tag
    monkeypatch.setattr(indicator, "tag", lambda text: tagged.append(text) or real_tag(text))
    assert indicator.noun_after("以上、1%以上、2%以上的县") == (0, 0)
    assert tagged == ["以上、"]
    assert indicator.noun_after("正职后备人才、200名副职后备人才") == (0, 6)  # 正职后备人才
