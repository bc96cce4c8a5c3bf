"""The head of a counted facility that jieba cuts off the measured noun after a value: 「1个供水管护站」 is tagged
供水/管护/站(v), 「1个紧密型县域医共体」 …医/共(d)/体, 「1个病死畜禽暂存点」 …畜禽/暂(d)/存(v)/点(m), so the noun stopped
short of its head (round 17: ruochuan 17a, zhangyuan 17b, cangyuan 17b). A short run closing the clause on a
facility's head word is read on into the noun."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# A facility's head closing the clause right after the noun read so far: (name, pattern, example). At most
# three characters before the head, none a joiner or 的 (「…服务中心和站点」 stays cut).
FACILITY_HEADS = (
    ("facility_head", r"[^\W\d的和及与或等以、]{0,3}?(?:站|点|共体|中心|馆|所|室|库)(?=[,;。、]|$)", "每个乡镇设立1个供水管护站 → 供水管护站 / 每个乡镇建设1个病死畜禽暂存点 → 病死畜禽暂存点"),
)
FACILITY_HEAD = re.compile(one_of(FACILITY_HEADS))


def through_head(clause: str, end: int) -> int:
    """Where the measured noun ending at ``end`` of ``clause`` ends once a facility's head cut off it is read on."""
    m = FACILITY_HEAD.match(clause, end)
    return m.end() if m else end
