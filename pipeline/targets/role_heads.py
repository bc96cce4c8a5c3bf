"""A head that names a role only with the word before it: 人员 and 车辆 alone name no one and nothing, so a cut that
leaves them bare moves back over that word — 「培训人员1200人次以上」 → 培训人员, 「每个检查站配备检查人员不少于2名」 →
检查人员, 「同时在岗的下派人员不少于2名」 → 下派人员, 「配备配送车辆不少于2辆」 → 配送车辆 (session 19: every dev label with a verb
before a bare 人员 / 车辆 keeps it — huaxi 23c, lanzhou 18a, yuwan 20b, puxi 36a, lanzhou 18b: 5 labels, 0 read bare; none of
rounds 1–36 is a bare 人员 or 车辆). A verb that equips or assigns (配备人员) governs the count and stays cut."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# Heads that need their modifier: (name, pattern, example)
ROLE_HEADS = (
    ("staff", r"人员", "每年培训人员500人次以上 → 培训人员"),
    ("fleet", r"车辆", "每个站点配备配送车辆不少于2辆 → 配送车辆"),
)
ROLE_HEAD = re.compile("(?:" + one_of(ROLE_HEADS) + ")$")
# Two characters before the head that modify it (no 的, digit or mark), and the verbs of equipping that govern it instead.
MODIFIER = re.compile(r"[\u4e00-\u9fff]{2}")
GOVERNING = re.compile(r"配备|配置|配齐|安排|选派|聘用|招聘|组织|新增|累计|共有|达到")


def role_kept(name: str, cut: int) -> int:
    """``cut`` moved back over the two characters before a bare role head (ROLE_HEADS) that modify it."""
    if cut < 2 or not ROLE_HEAD.fullmatch(name, cut):
        return cut
    word = name[cut - 2 : cut]
    if not MODIFIER.fullmatch(word) or "的" in word or GOVERNING.fullmatch(word):
        return cut
    return cut - 2
