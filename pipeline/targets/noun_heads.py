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
# The same for the head of an event counted in times and of a post counted in people, which jieba tags as verbs on the
# way (防火, 扑救, 再生, 保洁): 「不少于2次森林防火和疫情防控专项督导」 stopped at 森林, 「1次跨区域森林火灾扑救实战演练」 at 火灾,
# 「2名分拣保洁员」 at 保洁, 「1个标准化再生资源回收站」 at 标准化 (round 21: linjiang 21a 3 labels, junxi 21b 2 — two writers).
# An event's name may join two fields by 和 (its head closes the clause), but not a verb of attending or holding it
# (「300名以上返乡青年参加创业培训」 counts the youths); a post's head is a single 员. (name, pattern, example)
LATER_HEADS = (
    ("event_head", r"(?:(?!参加|参与|接受|开展|组织)[^\W\d的、]){0,12}?(?:演练|督导|督查|检查|教育|培训|巡查|评估)(?=[,;。、]|$)", "每年开展不少于2次森林防火和疫情防控专项督导 → 森林防火和疫情防控专项督导"),
    ("post_head", r"[^\W\d的和及与或等以、]{0,2}?员(?=[,;。、]|$)", "每个行政村配备不少于2名分拣保洁员 → 分拣保洁员"),
    ("long_facility_head", r"[^\W\d的和及与或等以、]{4,8}?(?:回收站|服务站|服务点|回收点|服务中心)(?=[,;。、]|$)", "每个乡镇建成1个标准化再生资源回收站 → 标准化再生资源回收站"),
)
LATER_HEAD = re.compile(one_of(LATER_HEADS))


def through_head(clause: str, end: int) -> int:
    """Where the measured noun ending at ``end`` of ``clause`` ends once a facility's head cut off it is read on."""
    m = FACILITY_HEAD.match(clause, end) or LATER_HEAD.match(clause, end)
    return m.end() if m else end
