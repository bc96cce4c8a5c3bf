"""Deadlines: when a task is to be done, as its text or a 完成时限 column states it — a date
(2026年底前), a period from the notice's date (5年内), a recurrence (每年) or an ongoing duty
(长期坚持) — with an ISO date where one can be computed."""

from __future__ import annotations

import calendar
from .. import rx as re
from dataclasses import dataclass
from datetime import date, timedelta

from ..brackets import depths
from ..normalize import fold_simplified
from ..vocabulary import DEADLINE_LABEL
from .recurring import EACH_YEAR_LIST, recurring
from .values import chinese_number

# (name, kind, pattern, example). Dates need a closing 前/之前/以前 or a 时限 label: a bare year in
# prose (「到2028年，…」) dates a goal, not a task.
DEADLINES = (
    (
        "date_before",
        "date",
        r"""(?P<year>20\d\d)年
            (?:(?P<month>1[0-2]|[1-9])月)?
            (?:(?P<day>[1-3]?\d)日|(?P<part>底|末|上半年|下半年|年底|一季度|二季度|三季度|四季度|第一季度|第二季度|第三季度|第四季度|上旬|中旬|下旬))?
            (?:前|之前|以前)""",
        "2026年底前 / 2020年6月底前 / 2027年12月31日前",
    ),
    (
        "year_within",
        "date",
        r"""(?P<year>20\d\d)年(?P<part>内|之内|以内)(?P<month>)(?P<day>)""",
        "2026年内完成 (by the year's end; a year is no count of years)",
    ),
    (
        "date_done",
        "date",
        r"""(?<![到至于\d])(?P<year>20\d\d)年
            (?:(?P<month>1[0-2]|[1-9])月)?
            (?:(?P<day>[1-3]?\d)日|(?P<part>底|末|上半年|下半年|年底|第一季度|第二季度|第三季度|第四季度|一季度|二季度|三季度|四季度))
            (?=完成|建成|实现|投用|投运|创建成为)""",
        "2027年第三季度完成 / 2026年6月底建成 (a completion time; 「到2026年底完成」 dates a goal)",
    ),
    (
        "year_done",
        "date",
        r"""(?<![到至于\d])(?P<year>20\d\d)年(?P<part>)(?P<month>)(?P<day>)(?=(?:共)?(?:完成|建成|创建成为))""",
        "2026年完成12所乡镇敬老院改造提升 / 2026年共完成20个乡镇卫生院改造 / 力争2027年创建成为省级现代农业产业园 (a completion year without 到: by its end; 创建成为 as 建成, round 23: qinxi 22a — 「2026年创建示范单位40个」 stays the goals' year, yingzhou 8b)",
    ),
    (
        "this_year",
        "date",
        r"""(?<![\d年一二两三四五六七八九十当全半近])(?P<part>年底前|年内(?=完成|建成|新增|上线|实现|出台|制定|建立|推出|启动|新建|新培育|培育|查处|更新|发布|组织|开展|实施|(?<=[。\n]年内)(?!分)))(?P<year>)(?P<month>)(?P<day>)""",
        "年底前“免申即享”政策事项不少于100项 / 年内新增上线… / 年内查处… / 「。年内中高职贯通培养招生计划达到…」 (opening a sentence; the notice's year)",
    ),
    (
        "time_limit_column",
        "date",
        DEADLINE_LABEL + r"""\s*:\s*(?P<due>[^\n;。()]+)""",
        "完成时限:2026年12月 (a table's 完成时限 column, see read/tables.py)",
    ),
    (
        "window",
        "period",
        r"""(?P<from>20\d\d年(?:1[0-2]|[1-9])月(?:[1-3]?\d日)?)(?:至|到|—)(?:(?P<year>20\d\d)年)?(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)日)?""",
        "2019年1月1日至2020年12月31日 (its end) / 2026年5月至10月 (months: the last day of the last)",
    ),
    (
        "stage_window",
        "period",
        r"""(?<=阶段\()(?P<from>(?P<year>20\d\d))年(?:(?P<month>1[0-2]|[1-9])月)?(?P<day>)(?P<part>)(?=\))""",
        "（一）动员部署阶段（2026年4月） / （三）巩固提升阶段（2028年） (a stage of one month or one year: its end; session 23, after round 55's score — "
        "rounds 52c twice, 53c, 55b twice and 55c were missed, every such label a period)",
    ),
    (
        "years_window",
        "period",
        r"""(?<![\d(])(?P<from>20\d\d)年?(?:—|–|-|~|～|至|到)(?P<year>20\d\d)年(?P<month>)(?P<day>)(?P<part>)(?=累计|共|每年|新建|完成|建成|改造|实施|新增|建设|培育)""",
        "2026—2028年累计完成农村清洁取暖改造1.5万户 / 2026年至2028年新建、改扩建公办幼儿园40所 (round 23: lanxi 21c) (a window of years before the work: the last year's end; 「（2026—2028年）」 is the plan's)",
    ),
    (
        "period_within",
        "period",
        # a count starts where its run of digits (numerals) starts, or one in when 毕业/满… stands before the
        # run (what the bare lookbehind allowed): no retry from every position of a long run (ratio 72 → ~10)
        r"""(?P<count>(?<![毕业成立注册设立满\d])\d+|(?<=[毕业成立注册设立满]\d)\d+|(?<![毕业成立注册设立满一二两三四五六七八九十])[一二两三四五六七八九十]+|(?<=[毕业成立注册设立满][一二两三四五六七八九十])[一二两三四五六七八九十]+)(?P<unit>年|个月|个工作日|工作日|天|日|周)(?:内|之内|以内)(?!的)""",
        "5年内 / 两年内培育10000名",
    ),
    (
        "recurring",
        "recurring",
        r"""(?:每年|每(?:[两三四五六七八九十]|[2-9]|10)年|每季度|每半年|每月|每周|每日|逐年|每学期|每学年)(?:(?:1[0-2]|[1-9])月(?:[1-3]?\d日(?!前|至|到|—|-|~))?)?(?:底前|[1-3]?\d日前|(?:开学|汛期|汛前|雨季|冬季|供暖季|采暖期|采暖季|供暖期|春节|年底|年末)前)?|(?<=举办|开展|组织)年度""",
        "每年发布人工智能OPC适配应用场景 / 每月5日前报送 / 每学期开学前组织排查 / 举办年度“OPC创新赛” / 每五年复核一次, 每3年评估调整一次 (round 24: any count of years, minze 23a, cenzhou 23c)",
    ),
    (
        "ongoing",
        "ongoing",
        r"""长期坚持|(?:(?<=[(:\s。;])|^)(?:长期推进|长期实施|持续推进|持续实施)(?=[)。;\n]|$)""",
        "长期坚持 / 「…50个以上。持续推进。」, 「…提高到70%；持续推进。」 (a sentence of its own closing the task)",
    ),
    (
        "by_period",
        "recurring",
        # round 22: 5 labels of rounds 9–19 by five writers read 按月 / 按季度 before a verb of reporting, publishing,
        # exchanging or holding so (ancheng 9a, tingyang 14a, tingzhou 18b, lichuan 19b, censhui 19c); paying a benefit
        # 按月 (「按月足额发放」) is the support's schedule, no task rhythm
        r"""按(?:月|季度)(?=通报|公开|发布|报送|交换|开展|调度|更新|统计|向)""",
        "按季度发布产业运行分析报告 / 按月通报达标情况 / 按月向社会公开 (「按月足额发放」: no deadline)",
    ),
    (
        "month_this_year",
        "date",
        r"""(?:(?<![\d年月])|(?<=当年))(?P<year>)(?P<month>1[0-2]|[1-9])月(?:(?P<day>[1-3]?\d)日|(?P<part>底|末))?(?:前|之前)""",
        "确保当年项目6月底前全面开工、11月底前完工 / 4月30日前完成汛前检查 (the notice's year, as 年底前; a day too: round 21's lanxi and songjiang 21c)",
    ),
)
PATTERNS = tuple((name, kind, re.compile(pattern, re.VERBOSE)) for name, kind, pattern, _ in DEADLINES)
# A prefilter: text every match of a pattern holds (name → cues, any one of them), so a text holding
# none of them is not searched with it (a task's text without 月 skips the month patterns). A pattern
# not listed is always tried; tests/test_deadline_cues.py checks each cue against its pattern's parse.
CUES = {
    "date_before": ("年",),
    "year_within": ("年",),
    "date_done": ("年",),
    "year_done": ("年",),
    "this_year": ("年",),
    "time_limit_column": ("时",),  # every DEADLINE_LABELS entry: 完成时限, 时间节点, …
    "window": ("月",),
    "stage_window": ("年",),
    "years_window": ("年",),
    "period_within": ("内",),
    "recurring": ("每", "逐", "年度"),
    "ongoing": ("长期", "持续"),
    "month_this_year": ("月",),
    "by_period": ("按",),
}
CUE_GROUPS = tuple(dict.fromkeys(CUES.values()))  # each set of cues looked for once a text (six patterns share 年)
# What a 完成时限 cell says, read as a deadline of its own (the cell is the deadline whatever it says).
CELL_DATE = re.compile(
    r"""(?:(?P<year>20\d\d)年)?(?:(?P<month>1[0-2]|[1-9])月)?
        (?:(?P<day>[1-3]?\d)日|(?P<part>底|末|上半年|下半年|年底|上旬|中旬|下旬|第?[一二三四]季度))?""",
    re.VERBOSE,
)
CELL_KINDS = (
    ("ongoing", re.compile(r"长期|持续|常态")),
    ("recurring", re.compile(r"每年|每季度|每半年|每月|每周|逐年|年度|每学期|每学年")),
    ("period", re.compile(r"(?P<count>\d+|[一二两三四五六七八九十]+)(?P<unit>年|个月|个工作日|工作日|天|日|周)(?:内|之内|以内)")),
)

# A period that is an eligibility condition, not a deadline: 「毕业5年内的」, 「成立3年内的企业」.
CONDITION_BEFORE = re.compile(r"(?:毕业|离校|成立|注册|设立|认定|入驻|落户|引进|获得|承诺)[^,;。]{0,4}$")  # 「承诺5年内不迁出」: what the beneficiary promises
TARGET_BEFORE = re.compile(r"(?:压缩至|压缩到|压减至|压减到|缩短至|缩短到|控制在|不超过|减少到|享受|可享|给予|提供|免收)$")  # 「可享受3年内…租金减免」: a support's term
# round 24: a window looked back on before the count is a condition, never a deadline (yitong 23c, chengyang, donggang: each labelled so)
LOOK_BACK = re.compile("|".join(p for _, p, _ in (("look_back", r"(?:最)?近$", "对近3年内发生过负同等以上责任死亡事故的驾驶员 / 近三年内未发生重大安全事故"),)))
WAIVER_AFTER = re.compile(r"免收|免缴|免征|免交|免租|减半|减免")  # what follows a waiver's term (returned.GRANTED_PERIODS)
# A sanction's term: 「3年内取消其申报资格」, 「取消其5年内申报资格」 (how long a penalty lasts).
SANCTION_AFTER = re.compile(r"(?:不得|取消|禁止|暂停)")
SANCTION_BEFORE = re.compile(r"(?:取消|禁止|暂停)(?:其|[^,;。\d]{1,6}?)?$")  # (session 19: 「取消相关主体3年内申报资格」, tanqiao 19b, xiling 20a)
# A response time set for each case as it arises, not a deadline of the task (the labels' reading in
# round 6): the period's clause names the case it answers. (name, pattern, example)
RESPONSE_CLAUSES = (
    ("problem_found", re.compile(r"问题"), "对抽查发现的问题于30日内督促整改到位 / 群众反映问题在5个工作日内交办处理"),
    ("request", re.compile(r"诉求|投诉|举报|申请"), "企业诉求原则上在7个工作日内答复"),
    ("file_received", re.compile(r"受理|申报之日|申报截止|材料齐全|公示结束"), "在受理申报之日起60个工作日内完成审核 / 相关部门在材料齐全后20个工作日内完成兑付"),
    ("after_event", re.compile(r"(?<!印发|发布|出台|实施|施行)后(?:于|在)?$"), "责任单位在收到督办通知后10个工作日内书面反馈 / 信息在结案后7个工作日内公开 (「印发后30日内」 counts from the notice)"),
    # round 19: a time set 原则上 / 一般 is a standard each case meets (as a limit set so is, TARGET_LABELING.md), and a
    # 限期 orders a case's fix: no period of the task (rounds 16–18: luzhou, yuanping, meijiang, lanzhou 文物, zhangyuan).
    ("in_principle", re.compile(r"(?:原则上|一般)(?:应|须|要)?(?:在|于)?$"), "考古勘探工作原则上在30个工作日内完成 / 一般在30日内结案"),
    ("time_limited", re.compile(r"限期$"), "对排名靠后的乡镇进行约谈，并限期10日内整改到位"),
    # round 23 (yuancheng 22a, quling 22a): a period counted from each case's own day, and one in which a case's result is
    # answered, are response times (TARGET_LABELING.md, Also not deadlines: a response time set for each case as it arises)
    ("case_day", re.compile(r"(?<!印发|发布|公布|下发|出台|实施|施行)之日起"), "公立医院自产品挂网之日起3个月内召开药事会 / 自收到整改通知之日起15日内反馈 (「自本通知印发之日起20日内」 counts from the notice)"),
    ("case_result", re.compile(r"(?:整改|处理|办理|核查|调查|核实)结果"), "整改结果在3个工作日内反馈评价人 / 核查结果于10个工作日内告知举报人"),
)
# A sentence opening with 「对…的…，」 names a class of cases, and a period in it is how soon each case is dealt with, no
# deadline of the task — unless it counts from the notice (round 23: yuanling 22b 「对新确定的消防安全重点单位，消防救援机构
# 应当在30日内完成首次监督检查」, yuancheng 22a 「对纳入…目录的创新药，市医保局在30日内办理本地挂网手续」). (name, pattern on the
# sentence before the period, example)
CASE_SENTENCES = (("for_each_case", re.compile(r"^对(?!照|标|接|外)[^,;。\n]{1,30}的[^,;。\n]{0,16}[,;]"), "对新确定的重点单位，消防救援机构应当在30日内完成首次监督检查"),)
# What a case's handler does within the period: the period is how fast each case is handled, no deadline of the task
# (rounds 16–18: chengwan 「各牵头单位要在5个工作日内予以答复」, tingzhou 「抵押登记1个工作日内办结」). (name, pattern, example)
HANDLING_AFTER = (("case_handled", re.compile(r"(?:予以|作出)?(?:答复|回复|办结|结案|整改|处置)"), "各牵头单位要在5个工作日内予以答复 / 抵押登记1个工作日内办结"),)
FROM_NOTICE = re.compile(r"(?:印发|发布|出台|实施|施行)之日")
# Session 19: a period after the preposition 在 / 于 stands before its verb (「建设单位应在3个月内办理移交手续」): how soon each
# holder of the duty acts once its case arises, neither a target nor a deadline (TARGET_LABELING.md, response times) — unless
# it counts from the notice (FROM_NOTICE). Dev rounds: 0 of the 223 period labels read so apart from the notice's own date,
# 27 such periods output as deadlines in 22 notices of 17 rounds, each a non-target where labelled. (name, pattern on the
# words before the period, example)
PREPOSED_PERIODS = (("after_preposition", r"(?<!要)(?:在|于)(?:[^,;。\d]{1,6}?前)?$", "建设单位应在3个月内办理移交手续 / 学员须在6个月内提交作品 / 新建储能电站应在并网前30日内完成登记 (not 「各县要在3年内完成改造」: 要 sets a task of the plan to a division, its period counts from the notice)"),)
PREPOSED_PERIOD = re.compile("|".join(p for _, p, _ in PREPOSED_PERIODS))
STANDARD_TIMES = frozenset(("in_principle", "time_limited"))  # RESPONSE_CLAUSES that yield to FROM_NOTICE
QUARTER_END = {"一季度": 3, "第一季度": 3, "二季度": 6, "第二季度": 6, "上半年": 6, "三季度": 9, "第三季度": 9}
DAYS = {"天": 1, "日": 1, "工作日": None, "个工作日": None, "周": 7}
DAY_OF_PART = {"上旬": 10, "中旬": 20}


@dataclass(frozen=True, slots=True)
class FoundDeadline:
    text: str
    kind: str
    date: str | None
    rule: str
    start: int  # offsets into the given text
    end: int


def find_deadlines(text: str, notice_date: str | None = None, folded: str | None = None) -> list[FoundDeadline]:
    """Deadlines stated in ``text``, in order; a period counts from ``notice_date`` (ISO).
    ``folded``: ``text`` folded to Simplified (the run's folded text), folded here when not given."""
    if folded is None:
        folded = fold_simplified(text)  # Traditional text reads as Simplified, one character for one
    found: list[FoundDeadline] = []
    taken: list[tuple[int, int]] = []
    depth = None
    holds = folded.__contains__
    held = {cues for cues in CUE_GROUPS if any(map(holds, cues))}
    for name, kind, pattern in PATTERNS:
        if name in CUES and CUES[name] not in held:
            continue
        for m in pattern.finditer(folded):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            if kind == "period" and not folded.endswith(STAGE_OPEN, 0, m.start()) and _not_a_period_deadline(folded, m):
                continue  # (a stage's window, 「普查认定阶段（2026年5月至12月）」, is no condition whatever the stage is called)
            if kind == "date" and _condition_date(folded, m):
                continue  # 「对2026年12月31日前完成改造的，按…」: who qualifies, not when the task is due
            if depth is None:
                depth = depths(folded, "(“", ")”")
            if name in ("period_within", "recurring") and depth[m.start()]:
                continue  # 「(…1日内办结…)」, 「旅游淡季(每年11月至次年2月)」: an aside, not the task's deadline
            if kind == "recurring" and not recurring(folded, m):
                continue
            if name == "month_this_year" and EACH_YEAR_LIST.search(folded, max(0, m.start() - 16), m.start()):
                found.append(FoundDeadline(text[m.start() : m.end()], "recurring", None, "each_year_listed", m.start(), m.end()))
                taken.append((m.start(), m.end()))
                continue  # 「每年6月底前和11月底前」: the second time recurs too (EACH_YEAR_LISTS)
            if name == "time_limit_column":
                found.append(_cell(text, m, notice_date))
            else:
                if name in ("window", "years_window", "stage_window"):
                    iso = _date_of(m, int(m["from"][:4]))  # a window counts to its end
                else:
                    iso = _date_of(m, int(notice_date[:4]) if notice_date else None) if kind == "date" else _period_end(m, notice_date) if kind == "period" else None
                if kind in ("date", "period") and iso and notice_date and iso < notice_date:
                    continue  # 「对2000年底前建成的老旧小区」: a date past when the notice was issued describes, it sets no deadline
                found.append(FoundDeadline(text[m.start() : m.end()], kind, iso, name, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _not_a_period_deadline(folded: str, m: re.Match[str]) -> bool:
    """A period that is a condition, a target's value, a waiver's or a sanction's term, a response
    time, or the tail of a decimal (「7.5天以内」), not the time by which the task is done."""
    before = folded[max(0, m.start() - 8) : m.start()]
    if CONDITION_BEFORE.search(before) or TARGET_BEFORE.search(before[-4:]) or LOOK_BACK.search(before):
        return True  # 「成立3年内的企业」; 「开办时间压缩至1个工作日以内」
    if WAIVER_AFTER.match(folded, m.end()) or SANCTION_AFTER.match(folded, m.end()) or SANCTION_BEFORE.search(before):
        return True  # 「3年内免收租金」; 「3年内取消其申报资格」, 「取消其5年内申报资格」
    if re.search(r"\d\.$", before):
        return True  # 「平均住院日控制在7.5天以内」: the period is part of a decimal value
    clause = re.split(r"[,;。\n:]", folded[max(0, m.start() - 30) : m.start()])[-1]
    if any(pattern.search(clause) for name, pattern, _ in RESPONSE_CLAUSES if name not in STANDARD_TIMES):
        return True
    if FROM_NOTICE.search(clause):
        return False  # 「原则上于本方案印发之日起30日内」 still counts from the notice
    if PREPOSED_PERIOD.search(clause):
        return True  # 「学员须在6个月内提交研修成果作品」
    sentence = re.split(r"[。\n]", folded[max(0, m.start() - 60) : m.start()])[-1]
    if m.groupdict().get("count") and any(pattern.match(sentence) for _, pattern, _ in CASE_SENTENCES):
        return True  # 「对新确定的重点单位，…应当在30日内完成首次监督检查」
    return any(pattern.search(clause) for name, pattern, _ in RESPONSE_CLAUSES if name in STANDARD_TIMES) or any(pattern.match(folded, m.end()) for _, pattern, _ in HANDLING_AFTER)


def _condition_date(folded: str, m: re.Match[str]) -> bool:
    """A date inside a 「对…的」 condition: 「对2026年12月31日前完成改造的，按每蒸吨…给予补助」."""
    clause = re.split(r"[,;。\n:]", folded[max(0, m.start() - 12) : m.start()])[-1]
    return clause.endswith("对") and re.match(r"[^,;。\n]{0,16}的[,;]", folded[m.end() :]) is not None


WINDOW = next(pattern for name, _, pattern in PATTERNS if name == "window")
# What opens a window in brackets right after a stage's name (实施步骤: 「（一）动员部署阶段（2026年4月）」), as folded.
STAGE_OPEN = "阶段("


def _cell(text: str, m: re.Match[str], notice_date: str | None) -> FoundDeadline:
    """A 完成时限 cell: 「2026年12月」, 「6月底前」 (the notice's year), 「持续推进」, 「每年」."""
    start, end = m.span("due")
    due = m["due"].strip()
    end = start + len(m["due"].rstrip())
    for kind, pattern in CELL_KINDS:
        if pattern.search(due):
            iso = _period_end(pattern.search(due), notice_date) if kind == "period" else None  # 「印发之日起30日内」
            return FoundDeadline(text[start:end], kind, iso, "time_limit_column", start, end)
    if window := WINDOW.match(due):  # 「2026年5月至10月」: the window's end
        return FoundDeadline(text[start:end], "period", _date_of(window, int(window["from"][:4])), "time_limit_column", start, end)
    date_match = CELL_DATE.match(due)
    iso = None
    if date_match.group() and (date_match["year"] or notice_date):
        iso = _date_of(date_match, int(notice_date[:4]) if notice_date else None)
    return FoundDeadline(text[start:end], "date", iso, "time_limit_column", start, end)


def _date_of(m: re.Match[str], default_year: int | None = None) -> str | None:
    year = int(m["year"]) if m["year"] else default_year
    if year is None:
        return None
    month = int(m["month"]) if m["month"] else None
    part = m.groupdict().get("part")
    if m["day"] and month:
        day = int(m["day"])
        return date(year, month, day).isoformat() if day <= calendar.monthrange(year, month)[1] else None
    if month:
        day = DAY_OF_PART.get(part or "", calendar.monthrange(year, month)[1])
        return date(year, month, day).isoformat()
    if part in QUARTER_END:
        end_month = QUARTER_END[part]
        return date(year, end_month, calendar.monthrange(year, end_month)[1]).isoformat()
    if part in ("底", "末", "年底", "下半年", "四季度", "第四季度", "内", "之内", "以内", "", "年底前", "年内"):
        return date(year, 12, 31).isoformat()
    return None  # 「2026年前」: before which day of 2026 is not written


def _period_end(m: re.Match[str], notice_date: str | None) -> str | None:
    """「5年内」 counted from the notice's date: the same day five years on."""
    count = int(m["count"]) if m["count"].isdigit() else chinese_number(m["count"])
    if not notice_date or not count:
        return None
    start = date.fromisoformat(notice_date)
    if m["unit"] == "年":
        year, month = start.year + count, start.month
    elif m["unit"] == "个月":
        months = start.month - 1 + count
        year, month = start.year + months // 12, months % 12 + 1
    elif DAYS.get(m["unit"]):
        return (start + timedelta(days=count * DAYS[m["unit"]])).isoformat()
    else:
        return None  # working days: the calendar of holidays is not known here
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1])).isoformat()
