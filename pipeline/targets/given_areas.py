"""The area of a space given or built for someone, said before the space (「提供面积不超过500平方米的办公用房」), sizes
that space: the space after 的 is the name, as 「设置不少于100平方米的家政服务站点」 → 家政服务站点 (TARGET_LABELING.md,
indicator: where the number stands before the noun, the noun after it). Round 21: tanqiao, weichuan 19b and gongxi 20b
(3 labels, two writers) read it so, and none keeps 面积; an area that says which shop qualifies (「营业面积不少于80平方米的
门店」) names no verb of giving and is left alone."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from . import indicator as nouns
from .found import FoundTarget
from .tables import one_of

# A verb of giving or building and the area it gives: (name, pattern on the target's name, example)
GIVEN_AREAS = (
    ("given_area", r"^(?:提供|给予|安排|另?配建|配套建设)(?=面积$)", "提供面积不超过500平方米的办公用房 → 办公用房 / 另配建面积不少于80平方米的社区综合服务用房 → 社区综合服务用房"),
)
GIVEN_AREA = re.compile(one_of(GIVEN_AREAS))
AREA_UNITS = frozenset({"平方米", "亩"})
# What ends the space's name: a value, a clause's end, or the waiver granted on it (「办公用房免租3年」).
SPACE_END = re.compile(r"[\d,;。，；、]|免租|减免|免收|免费")


def given_area_named(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the space its area sizes, after 的 (GIVEN_AREAS); unchanged otherwise."""
    if target.unit not in AREA_UNITS or not (verb := GIVEN_AREA.match(target.indicator)) or not folded.startswith("的", target.end):
        return target
    after = folded[target.end + 1 : target.end + 24]
    skip, length = nouns.noun_after(after[: end.start()] if (end := SPACE_END.search(after)) else after)
    if length - skip < 2:
        return target
    name_at = target.end + 1 + skip
    return replace(target, indicator=folded[name_at : target.end + 1 + length], start=target.start + verb.end(), end=target.end + 1 + length)
