"""When 每 and its period (每年, 每季度, 每月…) make a task recurring, a rhythm of its own, rather than an annual quantity."""

from __future__ import annotations

from .. import rx as re

from .indicator import tag
from .rhythm_standards import LIMIT_BEFORE_COUNT, short_rhythm_standard
from .tables import one_of

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
    # (session 14: a named period of the year before 前 / 期 — 6 labels in 6 notices of rounds 29–38 were missed: 每年枯水期前,
    # 每年台风季前, 每年冬春火灾高发期前, 每年秋季开学前, 每年雪季开板前, 每年森林防火期; and the year's opening, 每年年初)
    ("named_period", r"[一-鿿]{1,6}?(?:期|季|季节)(?:前|间|内)|[一-鿿]{1,4}?防火期|[一-鿿]季[一-鿿]{0,4}?前|年初", "每年枯水期前制定补水调度方案 / 每年台风季节前开展隐患排查 / 每年雪季开板前完成索道检测 / 每年年初制定工作要点"),
    # (session 23: the peak of summer or winter power demand, 每年迎峰度夏前 — mingyuan 53c, missed)
    ("power_peak", r"迎峰度[夏冬](?:前|期间)?", "每年迎峰度夏前至少组织1次负荷管理实战演练"),
    ("quarter", r"(?:第?[一二三四]季度|上半年|下半年)(?![^,;。]{0,4}\d)", "每年第一季度拨付上年度补贴资金"),
    ("named_day", r"“[^”,;。]{1,12}(?:日|周|月|节)”|(?:“[^”,;。]{1,12}”){1,3}[\u4e00-\u9fff]{0,4}?(?:日|周|月|节|期间)", "每年“全国科普日”集中开展宣传 / 每年“世界水日”“中国水周”期间 / 每年“119”消防宣传月"),
)
TIME_OF_YEAR = re.compile(one_of(TIMES_OF_YEAR))
# …and written after the event's name, 每年 opening the clause (the government's task): 「每年举办生物医药产业大会1次」 — the
# guide's once a year with no limit word (TARGET_LABELING.md, 每年 before a verb; round 23: yuancheng 22a). refuse.py
# refuses the 1次 by the same table. (name, pattern after 每年, example)
ONCE_AFTER_EVENTS = (("held_once_after_name", re.compile(r"(?:举办|召开|组织召开|开展|组织开展)(?:(?!不少于|不低于|至少|最少|不超过|不多于)[^,;。\n\d]){2,16}?(?:1|一)次(?=[,;。\n]|$)"), "每年举办生物医药产业大会1次 (「每年举办大会1次以上」, 「每年开展轮训不少于1次」: a limit, a goal)"),)
# Once in the period right after the deed, with no limit word and no 只 / 仅 / 限 (a beneficiary's cap), restates the rhythm
# whatever jieba reads the deed as (评价, 汇总, 申报 tagged nouns): a meeting held once a period (luchuan 13b's note: 「每半年召开1次
# 全体会议」; cuiling and lanyu 16b, shiping and yuchuan 18a label 每季度召开1次… so; ONCE_PER_RHYTHM before session 14), and
# session 14's 5 labels of rounds 19, 29, 38 and 39, all missed before; 「每人每年只享受一次」 stays an amount. (name, pattern after 每年 / 每月…, example)
ONCE_AFTER_DEEDS = (("once_after_deed", re.compile(r"(?![只仅限])(?:(?!至少|不少于|不低于|最多|不超过)[^,;。\n\d]){1,6}?(?:一次|1次)"), "建立信用评价制度，每年评价一次 / 县路长制办公室每月汇总一次问题清单"),)
ONCE_AFTER_DEED = ONCE_AFTER_DEEDS[0][1]
# Verbs of a task's rhythm that jieba tags otherwise: 「每月调度工作进展」. (name, words, example)
RHYTHM_VERBS = (("oversight", frozenset("调度 通报 督导 调研 会商 研判".split()), "每月调度工作进展"),)


def recurring(folded: str, m: re.Match[str]) -> bool:
    """「每年」 before a verb of doing; 「每月5日前」 and 「年度」 events are recurring as written."""
    if m.group() == "年度" or m.group().endswith("前") or DAY_OF_YEAR.search(m.group()):
        return True  # 「每年8月8日“全民健身日”期间集中开展…」: a day of each year (round 23: yuanxi 21b)
    if m.group() == "每年" and TIME_OF_YEAR.match(folded, m.end()):
        return True  # 「每年汛前、汛中、汛后组织开展隐患排查」 (TIMES_OF_YEAR)
    rest = folded[m.end() : m.end() + 12]
    words = tag(rest)
    if not words or words[0][0] in NOT_RECURRING_NEXT or re.match(r"[\d一二两三四五六七八九十]", rest):
        return False
    if m.group() == "每年" and any(p.match(folded, m.end()) for _, p, _ in ANNUAL_COUNTS):
        return False  # 「每年至少组织开展1次应急演练」, 「每年集中受理两次」: the count is the goal
    if ONCE_AFTER_DEED.match(folded, m.end()):
        return True  # 「清单每年动态调整一次」, 「每月汇总一次问题清单」: once a period restates the rhythm (ONCE_AFTER_DEEDS)
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
