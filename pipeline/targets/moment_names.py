"""The moment a standard holds after opens its name and is no part of it: 「整治后路面破损率不高于2%」 → 路面破损率, 「项目区
建成后耕地质量等级提高0.5个等级」 → 耕地质量等级, 「此后租金按市场价格的50%收取」 → 租金 (TARGET_LABELING.md, indicator: the
thing measured). name_leads.NAME_LEADS' after_event cuts 改造后 / 治理后 and a few other works by name; this reads the moment by
its form — a word 后 (jieba's f) after at most a subject and its verb, or a conjunction 此后 — whatever the work or event.

Session 13: the labels of rounds 1–34 with such a moment right before the measured name leave it out in ≈ 25 labels of
≈ 20 notices (改造后 ×8, 治理后, 整治完成后, 接警后…; and those fengong read with a stray 后 or the whole moment: xiling 20a
「整治后路面破损率」, zhangyu 21b 「此后租金」, tiaoping 23a 「修复后植被覆盖率」, xiaotang 28a 「项目区建成后耕地质量等级」, lanxi
21c 「整治后每座山塘…」, liaoting 21a 「期满后续租租金」) against 3 that keep it (songyang 29a 「脱水后泥浆含水率」, and two goals
where 改造后 qualifies the holder: 「改造后小区物业管理覆盖率」, 「老旧小区改造后居民满意度」). A moment further inside the name
stays: 「参训人员培训后就业率」 (more than five characters before it).
"""

from __future__ import annotations

from typing import Callable

from .found import FoundTarget, clause_opening, renamed
from .jieba_cut import tag

# What ends the moment, a jieba word and its tag: (name, test, example)
MOMENT_WORDS: tuple[tuple[str, Callable[[str, str], bool], str], ...] = (
    # 后 read as a word of place or time (jieba f), after the work or event — not where it closes a word with the character
    # before it (_word_with_before: 「新增产后服务中心」 keeps 产后服务中心)
    ("after_word", lambda word, part: word == "后" and part == "f", "修复后植被覆盖率不低于60% → 植被覆盖率"),
    ("then_word", lambda word, part: word in ("此后", "之后", "以后"), "前3年免收租金，此后租金按市场价格的50%收取 → 租金"),
)
MOST_BEFORE = 5  # characters of a subject and its verb: 「项目区建成后」; more is a holder the moment qualifies (「参训人员培训后就业率」)
NOT_OPENING = ("d", "p", "c", "u", "uj", "ul", "uz", "ug", "f")  # what cannot open the measured name after the moment: 「…验收后须经」
LOOK_BACK = 8


def _word_with_before(text: str, at: int) -> bool:
    """Whether the 后 at ``at`` closes a word with the character before it (产后, 课后, 落后): jieba read it apart only because
    that character joined a word before it (「新增产后服务中心」: 新 / 增产 / 后)."""
    return at > 0 and len(tag(text[at - 1 : at + 1])) == 1


def moment_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named without the moment opening its name (MOMENT_WORDS); unchanged otherwise."""
    name = target.indicator
    if "后" not in name or (at := folded.find(name, target.start, target.end)) < 0:
        return target
    opening = clause_opening(folded, at, LOOK_BACK)
    before = folded[opening:at]  # the words before the name, so that a 后 left alone at its start reads as jieba reads it in the text
    words = tag(before + name)
    offset = 0
    for index, (word, part) in enumerate(words):
        end = offset + len(word)
        if end > len(before):
            if any(test(word, part) for _, test, _ in MOMENT_WORDS) and not (word == "后" and _word_with_before(before + name, offset)):
                if offset - len(before) > MOST_BEFORE:
                    return target
                rest = (before + name)[end:]
                rest = rest[1:] if rest.startswith("的") else rest
                following = tag(rest)
                if len(rest) < 2 or not following or following[0][1] in NOT_OPENING or index == len(words) - 1:
                    return target
                return renamed(folded, target, rest)
        offset = end
    return target
