"""A paragraph that opens by reporting facts goes on reporting them (patterns.PAST_PARAGRAPH_TURNS, issue 11): its later
sentences give no target until one turns to what is planned. Sentences written for the test, not copied from a notice."""

from pipeline.targets.recognise import find_targets

from target_rows import fields


def targets_of(text: str) -> list[tuple]:
    return [fields(target) + (text[target.start : target.end],) for target in find_targets(text, notice_year=2026)]


def test_later_sentences_of_a_facts_paragraph_are_facts():
    text = "2025年，全县共有城市社区30个。全县已建成微型消防站45个，配备专职队员90名、志愿队员400名。"
    assert targets_of(text) == []


def test_a_paragraph_opened_by_a_time_since_reports_facts_to_its_end():
    text = "近年来，全市物流业发展较快。全市拥有A级物流企业80家，建成区域分拨中心20个。"
    assert targets_of(text) == []


def test_a_year_named_turns_the_paragraph_to_goals():
    text = "2025年，全县共有城市社区30个。到2028年，全县社区消防站达到60个。"
    assert targets_of(text) == [("社区消防站", 60.0, "个", "reach", "goal", "社区消防站达到60个")]


def test_a_turn_word_turns_the_paragraph_to_goals():
    text = "2025年，全县共有城市社区30个。下一步，全县新建社区消防站12个。"
    assert targets_of(text) == [("社区消防站", 12.0, "个", "equal", "goal", "社区消防站12个")]


def test_the_next_paragraph_is_read_again():
    text = "2025年，全县共有城市社区30个。全县已建成微型消防站45个。\n新建社区消防站12个。"
    assert targets_of(text) == [("社区消防站", 12.0, "个", "equal", "goal", "社区消防站12个")]


def test_without_a_facts_opening_the_paragraph_is_read():
    text = "全县共有城市社区30个。每个社区建成微型消防站1个。"
    assert targets_of(text) == [("微型消防站", 1.0, "个", "equal", "goal", "微型消防站1个")]  # (共有 masks its own clause only)
