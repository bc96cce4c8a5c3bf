"""How often each facility, school, supplier or operator must do something — within a week, a day, a month, a
quarter, a term — is a standard it meets, an amount named by the duty (TARGET_LABELING.md, "standards a facility
or a person must meet": 「每周开放时间不少于56小时」). Round 19: rounds 16–18 labelled 13 such counts amounts, read as
goals, by 6 writers (fengyu, ruochuan 17a, zhangyuan 17b, lanzhou, shiping, yuchuan 18a) — and no count of times within
a sub-year period under a limit a goal; a count within a year stays a goal (「每年组织…演练不少于2次」: the
government's own work, 15 goal labels) unless it is an operator's upkeep (检测, 清洗, 消毒, 保洁)."""

from __future__ import annotations

from .. import rx as re
from dataclasses import replace

from .found import CLAUSE_BREAK, FoundTarget
from .standard_holders import HOLDER_ENDING
from .standard_kinds import ITEM_NUMBERS
from .jieba_cut import tag
from .tables import one_of

# The period a duty recurs in, and the duty it governs: (name, pattern, example)
DUTY_PERIODS = (
    # (旬 and 班次, round 21: lichuan 19b 「乡级河湖长每旬巡河巡湖不少于1次」, wenlan 19c 「每班次清扫不少于1次」)
    ("within_term", r"每(?:周|天|日|旬|月|季度|半年|学期|学年|班次)", "每周夜间开放不少于2次 / 水质检测每季度不少于1次 / 每学期至少接受1次学校实地考察 / 每学年不少于4课时 / 每旬巡河不少于1次 / 每班次清扫不少于1次"),
    ("upkeep_each_year", r"每年(?=[^,;。]{0,4}?(?:检测|清洗|消毒|保洁))", "出厂水、末梢水每年检测不少于4次 / 单村供水工程每年至少检测1次"),
    # (round 23: yuanling 22b 「营业期间每2小时至少巡查1次」)
    ("every_few_hours", r"每(?:\d+|[两三四五六八])(?:个)?小时", "营业期间每2小时至少巡查1次 → 巡查 / 夜间每4小时巡检不少于1次 → 巡检"),
)
DUTY_PERIOD = re.compile(one_of(DUTY_PERIODS))
DUTY_UNITS = frozenset({"次", "课时"})
# Words between the period and the value that are no part of the duty's name: the limit, a verb of holding.
DUTY_FILLERS = re.compile(r"^(?:至少|不少于|不低于)?(?:开展|组织|进行|接受)?|(?:至少|不少于|不低于)$")
# A one-word verb cut off the noun after the value (「每周至少开展3次冷链配送」 read 冷链): the clause's rest is the name.
CLAUSE_REST = re.compile(r"[^,;。，；、\n]{1,3}(?=[,;。，；\n]|$)")


def _duty_name(folded: str, target: FoundTarget, period: re.Match, value_at: int) -> str | None:
    """The duty's name where the indicator holds the period or the words after it name the duty; None to keep it."""
    indicator = target.indicator
    between = folded[period.end() : value_at]
    between = DUTY_FILLERS.sub("", DUTY_FILLERS.sub("", between, count=1))
    if indicator.endswith(period.group()) and indicator != period.group() and len(between) < 2:
        return indicator[: -len(period.group())]  # 「水质检测每季度」 → 水质检测; the duty after the period wins: 「设施每季度至少清洗1次」 → 清洗
    if target.rule == "value_first":
        rest = CLAUSE_REST.match(folded, target.end)
        if rest and folded.endswith(indicator, 0, target.end):
            return indicator + rest.group()  # 「冷链」 + 「配送」
        return None
    if len(between) >= 2 and (indicator.startswith(period.group()) or period.start() >= target.start + len(indicator) - 1 or indicator not in between):
        return between  # 「每周夜间」 → 夜间开放, 「单村供水工程」 (每年至少检测) → 检测
    return event_after(folded, target.end)  # 「人员密集场所每半年至少开展1次灭火和应急疏散演练」 → 灭火和应急疏散演练


# The event a count of times counts, written after the value and closing its clause: a drill, a check, a training, an
# assessment… (round 23: yuanling 22b 「每半年至少开展1次灭火和应急疏散演练」, 「每年至少组织开展2次本系统消防安全检查」, yuping 22b
# 「每年至少提供2次中医健康干预」 — where jieba reads no noun, or cuts it short). (name, pattern on the clause's rest, example)
EVENTS_AFTER = (
    ("event_closing_clause", r"[^,;。，；、\n\d]{0,10}?(?:演练|检查|巡查|自查|排查|抽查|督查|培训|评估|干预|随访|体检|检测|巡检|宣传|研究|审计|测评)(?=[,;。，；\n]|$)", "每半年至少开展1次灭火和应急疏散演练 / 每年至少组织开展2次本系统消防安全检查 / 每年至少提供2次中医健康干预"),
)
EVENT_AFTER = re.compile(one_of(EVENTS_AFTER))


def event_after(folded: str, value_end: int) -> str | None:
    """The event closing the clause right after a count of times (EVENTS_AFTER); None where none does."""
    return m.group() if (m := EVENT_AFTER.match(folded, value_end)) and len(m.group()) >= 2 else None


def counted_event(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by the event after its count of times where a period (每年, 每半年…) stands between the name and
    the value and the event closes the clause (EVENTS_AFTER), or where the name is the event cut short; unchanged otherwise."""
    if target.unit not in DUTY_UNITS:
        return target
    name_at = target.end - len(target.indicator)
    if folded[name_at : target.end] == target.indicator and (whole := event_after(folded, name_at)) and len(whole) > len(target.indicator) and whole.startswith(target.indicator):
        return replace(target, indicator=whole, end=name_at + len(whole))  # 「中医健康」 + 「干预」
    if (event := event_after(folded, target.end)) is None or event == target.indicator:
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    name_end = target.start + len(target.indicator)
    if folded[target.start : name_end] != target.indicator:
        return target
    if tail := PERIOD_TAIL.search(target.indicator):
        name_end -= len(tail.group())  # the period read into the name: 「二级信息系统每两年」 (round 24)
    if not (period := PERIOD_BEFORE.match(folded, name_end, value_at)):
        return target
    return replace(target, indicator=event, start=period.start("limit"), end=target.end + len(event))


# A period closing a name, read into it by the name's reader: 「二级信息系统每两年」 (至少开展1次等级测评).
PERIOD_TAIL = re.compile(r"每(?:年|两年|半年|季度|月)$")
PERIOD_BEFORE = re.compile(r"每(?:年|两年|半年|季度|月|周|天|日|学期|学年|(?:\d+|[两三四五六八])(?:个)?小时)[^,;。\d]{0,8}?(?P<limit>至少|不少于)")


def periodic_duty(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as a standard, an amount named by its duty, where it counts times (or class hours) a duty is done
    within a period under a limit (DUTY_PERIODS); unchanged otherwise."""
    if target.unit not in DUTY_UNITS or target.comparator != "at_least":
        return target  # (an amount already is renamed too: 「粉尘涉爆企业每班次清扫不少于1次」 → 清扫, not the firm; round 21)
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0:
        return target
    window_start = max(0, target.start - 10)
    period = None
    for period in DUTY_PERIOD.finditer(folded, window_start, value_at):
        pass
    if period is None or CLAUSE_BREAK.search(folded, period.end(), value_at):
        return target
    name = _duty_name(folded, target, period, value_at)
    if not name:
        return replace(target, kind="amount")
    end = max(target.end, folded.find(name, target.start) + len(name)) if target.rule == "value_first" else target.end
    start = folded.rfind(name, window_start, value_at)
    return replace(target, kind="amount", indicator=name, start=start if start >= 0 else target.start, end=end)


# How often each facility is checked, or each person or firm served gets a duty done, within a year under a floor, is a standard
# of that unit, an amount (TARGET_LABELING.md, 每年 before a verb with a quantity, written in round 21: all 33 such labels of
# rounds 1–20 are amounts; the government's or a division's own yearly work stays a goal). Round 20 read as goals: yingjiang 20b
# 「储罐密封设施检测每年不少于1次」, yuwan 20b 「对重点人群每年至少提供1次免费健康评估」, gongxi 20b 「对重点数据处理者每年至少开展1次
# 数据安全风险评估」. (name, pattern before the value, example)
YEARLY_STANDARDS = (
    ("served_each_year", r"对[^,;。]{1,10}?(?:人群|用户|居民|患者|者)[^,;。\d]{0,6}?每年", "对重点人群每年至少提供1次免费健康评估 / 对重点数据处理者每年至少开展1次数据安全风险评估"),
    # whoever or whatever is acted on, named after 对 right before 每年 / 每两年 (a comma between, too): what each one gets done — all 13
    # labels of rounds 1–23 with 对 X 每年 before a count of times are amounts; 「每年对重点企业开展…检查」 (每年 first) stays a goal, as
    # does a division acted on (「对各乡镇每年…」) and a bureau named as the one acting (「市场监管部门对重点企业每年…」, round 23's
    # counter-example; no label of rounds 1–23 has one). Round 24: jingbin 23b 「对三级以上信息系统每年至少开展1次等级测评」, 「对参与…的企业，
    # 每年至少开展1次安全审计」, yitong 23c 「对大中型客货车驾驶人每年开展安全警示教育不少于1次」.
    ("acted_on_each_year", r"(?<!部门)(?<!局)(?<!政府)(?<!委)(?<!办)(?<!厅)对(?![^,;。，；\n每对]*?(?:乡镇|街道|县|区|市|各地)[，,]?每)[^,;。，；\n每对]{2,14}?[，,]?每(?:年|两年)", "对三级以上信息系统每年至少开展1次等级测评 / 对参与授权运营的企业，每年至少开展1次安全审计 / 对重点排污单位每年至少开展2次执法检查"),
    # an information system's own yearly or two-yearly check, the 对 left out (「二级信息系统每两年至少开展1次等级测评」)
    ("system_each_years", r"信息系统每(?:年|两年)", "二级信息系统每两年至少开展1次等级测评 / 第三级信息系统每年至少进行1次等级测评"),
    # (工程, 水厂, 管网, round 23: lanxi 22b 「单村供水工程水质检测每年不少于2次」)
    ("facility_checked_each_year", r"(?:设施|设备|工程|水厂|管网)[^,;。\d]{0,4}?(?:检测|检查|安检|巡检|维护|保养)每年", "储罐密封设施检测每年不少于1次 / 单村供水工程水质检测每年不少于2次"),
    # what each team named after 每支 / 每个 must hold each year — the guide's 每年 line, a team being no division of the territory
    # (round 23: lanxi 22b 「每支队伍每年开展培训演练不少于2次」; 「每个乡镇每年开展应急演练不少于2次」 stays a division's goal)
    ("team_each_year", r"每(?:支|个)[^,;。\d每]{0,8}?(?:队伍|救援队|服务队|小分队|突击队|团队)每年", "每支队伍每年开展培训演练不少于2次 / 每个志愿服务队每年开展活动不少于6次"),
    # (round 23: yuping 22b 「对…慢性病患者每年至少提供2次中医健康干预」, the 对 too far before)
    ("patients_each_year", r"(?:患者|老年人|孕产妇|儿童|学生)每年", "对高血压、糖尿病等慢性病患者每年至少提供2次中医健康干预"),
    # an enterprise, a unit or a site doing its own duty each year, not acted on (对…) — what each must do (round 23: yuancheng
    # 22a 「药品生产企业每年至少开展2次全面自查」, yuanling 22b 「大型商业综合体消防安全评估每年不少于1次」)
    # a cycle of several years (每3年, 每两年) is no yearly programme of the government's but how often each pipe, system or firm must
    # be checked or tested (session 21: all 4 dev labels of a count of times under a floor within 每N年 are amounts, in 3 notices of
    # 3 writers — jingbin 23b, 21c 「对年用水量1万立方米以上的工业企业，每3年至少开展1次水平衡测试」, lilan 37a ×2, the last 3 read as goals)
    ("every_few_years", r"每(?:[2-9]|两|三|四|五)年", "中压管道每3年至少全面检测1次 / 每3年至少开展1次水平衡测试"),
    ("firm_or_site_each_year", r"(?:^|(?<=[,;。，；\n]))[^,;。，；\n\d对]{0,10}?(?:企业|单位|场所|综合体|医疗机构|门店|运营者|经营者)(?:[^,;。，；\n\d对]{2,8}?)?每(?:年|两年)", "药品生产企业每年至少开展2次全面自查 / 大型商业综合体消防安全评估每年不少于1次 / 运营者每年至少开展1次网络安全检测 (运营者, 经营者: round 24, jingbin 23b)"),
)
YEARLY_STANDARD = re.compile(one_of(YEARLY_STANDARDS))
YEARLY_UNITS = frozenset({"次"})


def yearly_standard(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where it counts times within a year a facility is checked or a unit served gets a duty done,
    under a floor (YEARLY_STANDARDS); unchanged otherwise."""
    if target.kind != "goal" or target.unit not in YEARLY_UNITS or target.comparator != "at_least":
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    window_start = max(0, min(target.start, value_at) - 24)
    for found in YEARLY_STANDARD.finditer(folded, window_start, max(value_at, 0)):
        if not CLAUSE_BREAK.search(folded, found.end(), value_at):
            return replace(target, kind="amount")
    return target


# A clause that opens with the holder of a standard — a facility, school, organisation, team or person (the holders' HOLDER_ENDINGS,
# a site, an officer 长), or 每个 / 每座 + any unit but a division of the territory — followed at once by the period its duty recurs in
# (每年, 每学期, 每天, 每个雪季…) and a verb, states what each such holder must do in that period: an amount, whatever the unit and
# with or without a limit (TARGET_LABELING.md, 每年 before a verb: "each facility, enterprise, team or person … → amount"). A level
# written with 级 (省级河湖长, 市、县两级妇幼保健机构) is a class of holders, each one bound; a level without it (县融媒体中心,
# 省特种设备检验研究院, 城市二级以上医院) is one body of the government, its commitment a goal. Round 30: of the ~168 labels of
# rounds 1–29 whose clause opens so, ~161 are amounts (149 read so before); the rule turns 9 kind errors right (yanxun 29b ×2,
# yiyuan 29a's 每个滑雪场每个雪季, lichuan 19b and yunchuan 28b's 省级河湖长, yunchuan 28b's 每座水库, hongqiao 23b, jiachuan 23a, meijiang 16a;
# yuwan 20b's 门诊 turns amount, its name still wrong)
# and none wrong. Left goals: a holder acted on (鼓励区属国有企业…), a count of the holders themselves (新设外商投资企业每年不少于120家:
# no verb after the period), a total in 亿 (银行机构每年…信贷额度), a division named after 每个 (每个乡镇（街道）每年开展…), and a
# hospital sending doctors down, 选派 / 下派 (lugang's label and round 5's rule: the government's deployment; so 派 is no verb here,
# which leaves junjiang 27b's 「托管学校每年派驻…骨干」 a goal).
# (name, what it reads, example)
HOLDER_PERIODS = (
    ("holder_then_period", "a holder opening the clause, then 每 + a period, then a verb", "寄宿制学校每天早晨组织不少于20分钟的晨练 / 省级河湖长每年巡河巡湖不少于2次 / 每座水库每年至少组织1次应急演练"),
)
HOLDER_PERIOD = re.compile(r"每(?:个)?(?:年|两年|半年|季度|月|周|天|日|旬|学期|学年|雪季|班次)")
EACH_UNIT_OPENING = re.compile(r"^每(?:个|座|所|家|条|支|处)(?P<unit>[^,;。，；\d每对为]{1,10})$")
OTHER_HOLDER = re.compile(r"(?:长|场|站点?|馆|所|中心|机构|学校|中学|小学|幼儿园)$")
GOVERNMENT_OPENING = re.compile(r"(?:^(?:省|市|县|区|城市)(?!级|、县两级)[\u4e00-\u9fff])|财政|政府|部门|(?:局|委|厅|办)$|^(?:省|市|县|区|乡镇)?级?$")
OPENING_FILLERS = re.compile(ITEM_NUMBERS + r"(?:并|同时)?(?:由)?")
VERB_AFTER = re.compile(r"^[^,;。，；\d]{0,4}?(?:开展|组织|举办|安排|统筹|巡|检|清|供|提供|配送|更新|进行|接受|召开|培训|演练|发布|上报|报送|维护|保养|消毒|巡查|排查|公开)")
TERRITORY_UNITS = re.compile(r"(?:行政村|自然村|村|乡镇|镇|街道|社区|县|区|设区市|市州|市|省|州)(?:[(（][^)）]{1,8}[)）])?$")


def _holder_opening(opening: str) -> bool:
    """Whether ``opening`` (a clause's words before its period) is a standard's holder, not the government or a place of its territory."""
    if not opening or GOVERNMENT_OPENING.search(opening) or (each := EACH_UNIT_OPENING.match(opening)) and TERRITORY_UNITS.search(each.group("unit")):
        return False
    if each:
        return True
    if any(c in opening for c in "每对为"):
        return False
    holder = next((h for h in HOLDER_ENDING.finditer(opening) if h.end() == len(opening)), None) or OTHER_HOLDER.search(opening)
    return holder is not None and not _opens_acting(opening, holder.start())


def _opens_acting(opening: str, holder_start: int) -> bool:
    """Whether ``opening`` starts with a verb acting on the holder at ``holder_start`` (「鼓励区属国有企业」, 「新设外商投资企业」: the firms
    are encouraged or counted); a verb joined to the holder, or to it by a one-character word, names the holder's kind (托管学校,
    寄宿制学校)."""
    tagged = tag(opening)
    if len(tagged) < 2 or tagged[0][1] not in ("v", "vn", "p"):
        return False
    at, between = len(tagged[0][0]), []
    for word, _ in tagged[1:]:
        if at + len(word) > holder_start:
            break
        between.append(word)
        at += len(word)
    return any(len(word) > 1 for word in between)


def holder_period(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` as an amount where its clause opens with a holder followed at once by the period of its duty and a verb
    (HOLDER_PERIODS); unchanged otherwise."""
    if target.kind != "goal" or (target.unit or "").startswith("亿"):
        return target
    value_at = folded.rfind(target.value_text, target.start, target.end)
    if value_at < 0:
        return target
    breaks = list(CLAUSE_BREAK.finditer(folded, max(0, value_at - 60), value_at))
    clause_start = breaks[-1].end() if breaks else max(0, value_at - 60)
    period = HOLDER_PERIOD.search(folded, clause_start, value_at)
    if period is None or not VERB_AFTER.match(folded[period.end() : value_at].lstrip("早晨晚上午下午")):
        return target
    opening = OPENING_FILLERS.sub("", folded[clause_start : period.start()])
    return replace(target, kind="amount") if _holder_opening(opening) else target
