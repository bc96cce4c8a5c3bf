"""How fast an office handles each file once it has it — 「在受理申报之日起60个工作日内完成审核并拨付资金」,
「补贴资金原则上于申请受理后20个工作日内拨付到位」 — is a goal the notice commits to (at most that time),
named by what is done: 审核并拨付资金, 补贴资金拨付. It is no deadline of the task (deadlines.RESPONSE_CLAUSES)."""

from __future__ import annotations

from .. import rx as re

from .found import FoundTarget
from .tables import one_of
from .values import VALUE, value_fields

# The file's arrival, then the time and what is done within it. (name, pattern, example)
SERVICE_TIMES = (
    (
        "after_file",
        r"(?:受理申报|受理申请|申请受理|受理|申报截止|材料齐全|公示结束|验收合格)(?:之日起|后|起)?(?P<time>\d+(?:个工作日|工作日|日|天))内(?P<deed>[^,;。\n]{2,16}?)(?:到位)?(?=[,;。\n]|$)",
        "在受理申报之日起60个工作日内完成审核并拨付资金 / 奖补资金原则上在申报截止后60日内拨付到位 / 补助资金在验收合格后60个工作日内拨付到位 (round 13: 受理申请, 验收合格)",
    ),
)
SERVICE_TIME = re.compile(one_of(SERVICE_TIMES))
DONE = "完成"
# Without 完成 the deed is a bare verb; what is paid or handled is the clause's subject: 「补贴资金…拨付」.
PAID_SUBJECT = re.compile(r"(?P<subject>[^,;。\n的\d“”]{0,4}资金)")
CLAUSE_START = re.compile(r"[,;。\n]")


def service_times(text: str, folded: str) -> list[FoundTarget]:
    """SERVICE_TIMES targets of ``text`` (``folded`` its folded copy, offsets shared)."""
    if "内" not in folded:
        return []
    found = []
    for m in SERVICE_TIME.finditer(folded):
        deed, start = m["deed"], m.start("deed")
        if deed.startswith(DONE):
            indicator, start = deed[len(DONE) :], start + len(DONE)
        else:
            opening = max((c.end() for c in CLAUSE_START.finditer(folded, 0, m.start())), default=0)
            subject = PAID_SUBJECT.search(folded, opening, m.start())
            if subject is None:
                continue  # no 完成 and no fund paid: 「…的企业自公示结束之日起30个工作日内兑付到位」 says nothing measured
            indicator, start = subject["subject"] + deed, subject.start()
        if len(indicator) < 2:
            continue
        value = VALUE.match(folded, m.start("time"))
        if value is None:
            continue
        fields = value_fields(text, 0, value)
        fields["unit"] = fields["unit"] or m["time"].lstrip("0123456789")  # 「60日」: 日 is no unit of VALUE (dates)
        found.append(
            FoundTarget(
                indicator=indicator,
                **fields,
                comparator="at_most",
                kind="goal",
                annual=False,
                year=None,
                range=None,
                baseline=None,
                baseline_year=None,
                benchmark=None,
                start=min(start, m.start("time")),
                end=m.end("deed"),
                rule="service_time",
            )
        )
    return found
