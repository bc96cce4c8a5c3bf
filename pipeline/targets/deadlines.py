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
from .indicator import tag
from .rhythm_standards import LIMIT_BEFORE_COUNT, short_rhythm_standard
from .tables import one_of
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
# After 每年, a verb of doing makes a recurring task (每年发布, 每年遴选); an amount's noun or a
# number does not (每年支持金额, 每年7天, 每年用于…的信贷额度, 每年只享受一次).
# 「每年」 inside a goal or an amount: a quantity with its measure word closes its clause
# (「每年培训养老护理员不少于2万人次」, 「每年安排专项资金不少于5亿元」), unlike 「每年发布一批…」.
ANNUAL_QUANTITY = re.compile(r"[^,;。\n]{0,30}?\d+(?:\.\d+)?(?:万|亿)?(?:个|家|人|名|项|张|套|所|次|人次|条|元|场|场次|届|户|亩|公里|例|%)(?:以上|左右)?[,;。\n、]")  # 「每年安葬数量分别达到3000例、…」
# A limit word before a number in the clause after the rhythm makes it a goal's or a standard's rhythm, whatever the
# measure (「每年推广良种茶苗3亿株以上」, 「每周开放不少于5天」, 「每年检查企业不少于500家次」). (name, pattern, example)
RHYTHM_OF_LIMITS = (
    ("limited_quantity", re.compile(r"[^,;。\n]{0,30}?(?:不少于|不低于|不超过|不高于|至少|达到|超过)\d"), "每名推广人员每年参加业务培训不少于72学时"),
    ("quantity_closing", re.compile(r"[^,;。\n\d]{0,30}?\d+(?:\.\d+)?(?:万|亿)?(?![年月日号时])[^\d\s,;。、\n]{1,3}?(?:以上|左右)?[,;。\n、]"), "每年推广无性系良种茶苗3亿株以上。 (「每年3月至4月、」: a month is no measure)"),
    ("share_used_for", re.compile(r"[^,;。\n\d]{0,30}?的\d+(?:\.\d+)?%(?:以上|左右)?(?:用于|投向|支持)"), "每年安排新增建设用地计划指标的5%以上用于保障乡村产业项目 (a share set aside each year: round 23, qinxi 22a)"),
)
# After 每年, a limit word before the verb and its count of times, or more than once, makes the count a goal and no rhythm
# of the task (TARGET_LABELING.md, 每年 before a verb that carries a quantity, round 21: rounds 6–20 leave 11 such 每年
# unlabelled in 10 files — gongxi, yuwan 20b, lanzhou 18a, qichuan 19a, rongxi 10a, meixi 11a, liyuan 12b…). Within a
# shorter period the labels keep the rhythm (「每季度至少走访一次」: 9 labels). (name, pattern, example)
ANNUAL_COUNTS = (
    ("limit_then_deed", re.compile(LIMIT_BEFORE_COUNT + r"(?:\d+|[一二两三四五六七八九十]+)(?:次|场|轮)"), "每年至少组织开展1次应急演练"),
    ("more_than_once", re.compile(r"[^,;。\n\d]{0,16}?(?:[2-9]|[1-9]\d+|[两三四五六七八九十])次"), "每年集中受理两次 / 每年开展2次水土保持监督检查"),
)
NOT_RECURRING_NEXT = frozenset("支持 用于 给予 最高 补贴 奖励 资助 可 只 只能 不 不少 不超过 超过 最多 每人 按".split())
# 「每年遴选支持30名杰出青年」: a number within a few words after 每年 sizes an annual goal, no task rhythm.
ANNUAL_VALUE_FIRST = re.compile(r"[^,;。\n\d]{0,8}?\d+(?:\.\d+)?(?:万|亿)?(?:个|家|人|名|项|张|套|所|人次|条|元|户|亩|公里|%)")  # (次, 场: events that pace the task)
# (ANNUAL_CONTESTS — 「…品牌。每年评选10家…」 read as a recurring task — was dropped in round 21: TARGET_LABELING.md reads the
# count after 每年 and its verb as the target, with no recurring deadline; congzhou, shiping and yuchuan were relabelled so.)
# Once in each period, a verb of holding before it and no limit word: the count restates the rhythm, a recurring task
# (luchuan 13b's note: 「每半年召开1次全体会议」; cuiling and lanyu 16b, shiping and yuchuan 18a label 每季度召开1次… so).
ONCE_PER_RHYTHM = re.compile(r"(?:召开|举办|组织召开)(?:1|一)次(?=[^,;。\n]{0,8}(?:会|会议|活动)[,;。\n]?)")
# …and written after the event's name, 每年 opening the clause (the government's task): 「每年举办生物医药产业大会1次」 — the
# guide's once a year with no limit word (TARGET_LABELING.md, 每年 before a verb; round 23: yuancheng 22a). refuse.py
# refuses the 1次 by the same table. (name, pattern after 每年, example)
DAY_OF_YEAR = re.compile(r"月[1-3]?\d日$")
# A month's date listed right after 每年 and its first date shares the 每年: both times recur (5 labels of 5 files — yunling 7,
# baiping 8b, kunchuan 10b, qinchuan and min_an 24b — read the second so, none as a date of the notice's year; 「当年项目6月底前
# 全面开工、11月底前完工」 has no 每年 and stays two dates). (name, pattern ending before the second date, example)
EACH_YEAR_LISTS = (("each_year_listed", r"每年(?:1[0-2]|[1-9])月(?:[1-3]?\d日|底|末)?前(?:、|和|及|以及)$", "于每年6月25日前、12月25日前报送进展 → two recurring times"),)
EACH_YEAR_LIST = re.compile(one_of(EACH_YEAR_LISTS))
# A time within the year after 每年 — a season, a festival, a quarter, a named day, week or month in quotes — makes the task
# recurring whatever word follows (every label of rounds 1–24 so: jichuan 每年汛前, tiaoping 每年汛前、汛中、汛后, zhechuan
# 每年汛前落实, min_an 每年元旦、春节前, yitong 每年春节、国庆前, minze 每年“世界水日”“中国水周”期间, yuanling 每年“119”消防宣传月,
# none a non-target). (name, pattern after 每年, example)
TIMES_OF_YEAR = (
    ("season", r"(?:汛前|汛中|汛后|汛期|主汛期|防火期|雨季|旱季|春耕|夏收|秋收|暑期|暑假|寒假|开学|供暖季|采暖期)", "每年汛前组织开展应急演练"),
    ("festival", r"(?:元旦|春节|清明|端午|中秋|国庆|冬至|重阳)", "每年元旦、春节前组织开展专项行动"),
    ("quarter", r"(?:第?[一二三四]季度|上半年|下半年)(?![^,;。]{0,4}\d)", "每年第一季度拨付上年度补贴资金"),
    ("named_day", r"“[^”,;。]{1,12}(?:日|周|月|节)”|(?:“[^”,;。]{1,12}”){1,3}[\u4e00-\u9fff]{0,4}?(?:日|周|月|节|期间)", "每年“全国科普日”集中开展宣传 / 每年“世界水日”“中国水周”期间 / 每年“119”消防宣传月"),
)
TIME_OF_YEAR = re.compile(one_of(TIMES_OF_YEAR))
ONCE_AFTER_EVENTS = (("held_once_after_name", re.compile(r"(?:举办|召开|组织召开|开展|组织开展)(?:(?!不少于|不低于|至少|最少|不超过|不多于)[^,;。\n\d]){2,16}?(?:1|一)次(?=[,;。\n]|$)"), "每年举办生物医药产业大会1次 (「每年举办大会1次以上」, 「每年开展轮训不少于1次」: a limit, a goal)"),)
# Verbs of a task's rhythm that jieba tags otherwise: 「每月调度工作进展」. (name, words, example)
RHYTHM_VERBS = (("oversight", frozenset("调度 通报 督导 调研 会商 研判".split()), "每月调度工作进展"),)
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
SANCTION_BEFORE = re.compile(r"(?:取消|禁止|暂停)其?$")
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
            if kind == "period" and _not_a_period_deadline(folded, m):
                continue
            if kind == "date" and _condition_date(folded, m):
                continue  # 「对2026年12月31日前完成改造的，按…」: who qualifies, not when the task is due
            if depth is None:
                depth = depths(folded, "(“", ")”")
            if name in ("period_within", "recurring") and depth[m.start()]:
                continue  # 「(…1日内办结…)」, 「旅游淡季(每年11月至次年2月)」: an aside, not the task's deadline
            if kind == "recurring" and not _recurring(folded, m):
                continue
            if name == "month_this_year" and EACH_YEAR_LIST.search(folded, max(0, m.start() - 16), m.start()):
                found.append(FoundDeadline(text[m.start() : m.end()], "recurring", None, "each_year_listed", m.start(), m.end()))
                taken.append((m.start(), m.end()))
                continue  # 「每年6月底前和11月底前」: the second time recurs too (EACH_YEAR_LISTS)
            if name == "time_limit_column":
                found.append(_cell(text, m, notice_date))
            else:
                if name in ("window", "years_window"):
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
    sentence = re.split(r"[。\n]", folded[max(0, m.start() - 60) : m.start()])[-1]
    if m.groupdict().get("count") and any(pattern.match(sentence) for _, pattern, _ in CASE_SENTENCES):
        return True  # 「对新确定的重点单位，…应当在30日内完成首次监督检查」
    return any(pattern.search(clause) for name, pattern, _ in RESPONSE_CLAUSES if name in STANDARD_TIMES) or any(pattern.match(folded, m.end()) for _, pattern, _ in HANDLING_AFTER)


def _condition_date(folded: str, m: re.Match[str]) -> bool:
    """A date inside a 「对…的」 condition: 「对2026年12月31日前完成改造的，按每蒸吨…给予补助」."""
    clause = re.split(r"[,;。\n:]", folded[max(0, m.start() - 12) : m.start()])[-1]
    return clause.endswith("对") and re.match(r"[^,;。\n]{0,16}的[,;]", folded[m.end() :]) is not None


def _recurring(folded: str, m: re.Match[str]) -> bool:
    """「每年」 before a verb of doing; 「每月5日前」 and 「年度」 events are recurring as written."""
    if m.group() == "年度" or m.group().endswith("前") or DAY_OF_YEAR.search(m.group()):
        return True  # 「每年8月8日“全民健身日”期间集中开展…」: a day of each year (round 23: yuanxi 21b)
    if m.group() == "每年" and TIME_OF_YEAR.match(folded, m.end()):
        return True  # 「每年汛前、汛中、汛后组织开展隐患排查」 (TIMES_OF_YEAR)
    rest = folded[m.end() : m.end() + 12]
    words = tag(rest)
    if not words or words[0][0] in NOT_RECURRING_NEXT or re.match(r"[\d一二两三四五六七八九十]", rest):
        return False
    if ONCE_PER_RHYTHM.match(folded, m.end()):
        return True  # 「每季度召开1次联席会议」: the 1次 restates the rhythm, the meeting is held each quarter
    if m.group() == "每年" and any(p.match(folded, m.end()) for _, p, _ in ANNUAL_COUNTS):
        return False  # 「每年至少组织开展1次应急演练」, 「每年集中受理两次」: the count is the goal
    if m.group() == "每年" and once_after_event(folded, m.start(), m.end()):
        return True  # 「每年举办生物医药产业大会1次」: the once restates the rhythm
    if m.group() != "每年" and short_rhythm_standard(folded, m.start(), m.end()):
        return False  # 「运营企业每季度至少开展1次安全自查」: what each facility must do, the count is the amount
    if ANNUAL_QUANTITY.match(folded, m.end()) or ANNUAL_VALUE_FIRST.match(folded, m.end()) or any(p.match(folded, m.end()) for _, p, _ in RHYTHM_OF_LIMITS):
        return False  # 「每年新增养老床位500张」: 每年 makes the goal annual, no task rhythm
    if any(words[0][0] in verbs for _, verbs, _ in RHYTHM_VERBS):
        return True
    if m.group() not in ("每年", "每月"):
        return True  # 每季度, 每半年, 每周 pace a task: 「每季度通报」, 「每半年汇总通报一次」
    return words[0][1].startswith(("v", "p", "d")) or words[0][0] in ("对", "向", "定期")


# …or the activity named before 每年 and held once after it: 「租户满意度调查每年开展1次」 (songjiang 21c). (name, pattern on the
# clause before 每年, pattern after it, example)
ACTIVITY_ONCE = (
    (
        "activity_then_once",
        re.compile(r"(?:调查|评估|检查|演练|体检|普查|评价|考核|巡查|督查|培训)$"),
        re.compile(r"(?:开展|举办|组织开展|组织|进行)(?:1|一)次(?=[,;。\n]|$)"),
        "租户满意度调查每年开展1次 / 城市体检每年开展一次 (「企业每年开展1次」 names a doer: a standard)",
    ),
)


def once_after_event(folded: str, start: int, end: int) -> bool:
    """ONCE_AFTER_EVENTS after the 每年 at folded[start:end], the 每年 opening its clause (no one named before it), or
    ACTIVITY_ONCE."""
    opens = start == 0 or folded[start - 1] in ",;。\n:"
    if opens and any(p.match(folded, end) for _, p, _ in ONCE_AFTER_EVENTS):
        return True
    before = re.split(r"[,;。\n:]", folded[max(0, start - 20) : start])[-1]
    return any(named.search(before) and once.match(folded, end) for _, named, once, _ in ACTIVITY_ONCE)


WINDOW = next(pattern for name, _, pattern in PATTERNS if name == "window")


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
