"""A share of the members opening its clause, what they must reach after it: 「全市80%以上的乡镇卫生院和社区卫生服务中心
达到国家“优质服务基层行”基本标准」 — a goal of the members named after 的, the share its value (80 %, at least). Two
writers label it so (zhangyuan 17b 「90%以上的行政村达到“干净整洁有序”标准」, yuwan 20b); no rule read the value, the
name standing after it and no verb before it."""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget
from .tables import one_of
from .values import VALUE, value_fields

# At a clause's start (the territory before it allowed), a share with its limit, 的, the members, and the verb of what
# they reach: (name, pattern, example)
SHARES_FIRST = (
    (
        "share_of_members",
        r"(?:^|(?<=[,;。:\n]))(?:全市|全省|全县|全区)?(?P<share>\d+(?:\.\d+)?%)(?P<limit>以上)?的"
        r"(?P<members>[^,;。的\d%]{2,24}?)(?=(?:全部|均|要|应)?(?:达到|实现|建成|通过|达标|具备))",
        "全市80%以上的乡镇卫生院和社区卫生服务中心达到国家标准 / 90%以上的行政村达到“干净整洁有序”标准",
    ),
)
SHARE_FIRST = re.compile(one_of(SHARES_FIRST))


def shares_first(text: str, folded: str) -> list[FoundTarget]:
    """SHARES_FIRST goals of ``text`` (``folded`` its folded copy, offsets shared)."""
    if "%的" not in folded and "%以上的" not in folded:
        return []  # (SHARE_FIRST needs one of them: most texts are spared its search)
    found = []
    for m in SHARE_FIRST.finditer(folded):
        value = VALUE.match(folded, m.start("share"))
        if value is None:
            continue
        found.append(
            FoundTarget(
                indicator=m["members"],
                **value_fields(text, 0, value),
                comparator="at_least" if m["limit"] else "equal",
                kind="goal",
                annual=False,
                year=None,
                range=None,
                baseline=None,
                baseline_year=None,
                benchmark=None,
                start=m.start("share"),
                end=m.end("members"),
                rule="share_first",
            )
        )
    return found
