"""A cap of money written after one item — a per-unit word, the item and a period — caps the support named before
it: 「按设备租赁额的2%给予风险补助，单家融资租赁公司每年不超过300万元」 → 风险补助, 「按投资额的30%给予补助，每组换电柜
最高3万元」 → 补助 (TARGET_LABELING: per-unit quantifiers are not part of a name; the item is who gets the support)."""

from __future__ import annotations

from .. import rx as re

from .found import strip_fillers
from .kinds import AMOUNT_CUE
from .patterns import MEASURE_IN_ITEM, PER_UNIT_NAME, PERIOD_FRAME
from .tables import one_of

# A per-unit word and an item longer than patterns.PER_UNIT_NAMES reads, or after a classifier it does not list, then a
# period, before a cap of money (session 16: of the 「单/每/同一 + item + limit」 caps after a support named in the
# sentence, the labels of rounds 1–41 name the support before; the items missed were 融资租赁公司, 海外仓企业, 换电柜,
# 活动 after 单场, 楼宇 after 单栋, 村（社区）助餐点). (name, pattern on the words before the limit, example)
ITEM_CAPS = (
    ("long_item", r"(?:单个|单家|单项|单所|单座|单条|每个|每家|每项|每所|每座|每条)(?P<long>[^,;。的\d、每可]{5,10}?)", "给予补贴，每家海外仓企业每年最高30万元"),
    ("item_classifier", r"(?:单|每)(?:组|场|栋|幢|套|台|辆|处|支)(?P<short>[^,;。的\d、（）()每可]{1,6}?)", "给予补助，每组换电柜最高3万元 / 单场活动最高不超过50万元 / 单栋楼宇最高200万元"),
)
# What an item never holds: a support, a deed of taking one, a year's frame (「每家企业年度补偿最高」 names 年度补偿).
NOT_ITEM = re.compile(r"补偿|券|年度|申领|申请|享受|领取|获得")
ITEM_CAP = re.compile("(?:" + one_of(ITEM_CAPS) + ")(?:" + PERIOD_FRAME + ")?")


def caps_support(before: str, unit: str) -> bool:
    """Whether the words before a limit are only a per-unit item (and a period) capping the support named before:
    patterns.PER_UNIT_NAMES, or for money ITEM_CAPS; an item holding a measure keeps its name (「单个项目投资」)."""
    words = strip_fillers(before)[1]
    if (m := PER_UNIT_NAME.fullmatch(words)) and not MEASURE_IN_ITEM.search(m["item"]):
        return True
    if not unit.endswith("元") or not (m := ITEM_CAP.fullmatch(words)):
        return False
    item = m["long"] or m["short"] or ""
    return not MEASURE_IN_ITEM.search(item) and not NOT_ITEM.search(item)


# A support's parameter — its rate, share, term or cap — names that support for the values after it, not itself:
# 「按租金的30%给予租金补贴，补贴期限最长2年，每户每年不超过5万元」 → 租金补贴, 「奖励比例提高到3%，单个项目最高2000万元」 →
# 奖励. (name, pattern on a target's name, example)
SUPPORT_PARAMETERS = (("parameter_of_support", r"(?P<support>[^,;。的\d]{0,8}?(?:补助|补贴|奖励|资助|奖补|贴息))(?:标准|比例|期限|上限)", "补助标准提高到每平方米30元，单个展会最高500万元 → 补助"),)
SUPPORT_PARAMETER = re.compile(one_of(SUPPORT_PARAMETERS))


def support_of(name: str, last_support: str) -> str:
    """The support ``name`` stands for in later values: the support a parameter belongs to (SUPPORT_PARAMETERS), the
    one named before where it ends so (补贴期限 after 租金补贴 → 租金补贴); else ``name``."""
    if not (m := SUPPORT_PARAMETER.fullmatch(name)):
        return name
    return last_support if last_support.endswith(m["support"]) else m["support"]


def carried(names: list[str], subject: str, last_support: str) -> tuple[str, str]:
    """The subject and the last support a clause leaves for the next (``names``: its targets' names, last first): a
    parameter of a support leaves that support for both (「补贴期限最长2年，每户每年不超过5万元」 → 租金补贴)."""
    last_support = next((support_of(n, last_support) for n in names + [subject] if AMOUNT_CUE.search(n)), last_support)
    return (last_support if last_support and SUPPORT_PARAMETER.fullmatch(subject) else subject), last_support
