"""Sentences and clauses that report facts, not targets: a past time opening them, a paragraph going on from one, what the territory holds now."""

from __future__ import annotations

from .. import rx as re

from ..needs import Needs
from .tables import one_of

# A sentence opening with a time that is over reports facts, not targets: the year before the notice's
# (「2025年，全县农村卫生厕所普及率为89.6%」 in a 2026 notice — past_year counts only then) or a time
# 以来 (「2026年以来，全区新认定高新技术企业62家」). Read at a sentence's start. (name, pattern, example)
PAST_OPENINGS = (
    # round 24 (congchuan 23b): a state 截至 a date of the notice's own year or before is reported, not promised — every
    # 截至20xx年 opening of the labelled notices states facts (36 sentences, all rounds); 「截至2028年底，」 in a 2026 notice dates a goal
    ("as_of", r"(?:截至|截止到?)(?P<asof>(?:19|20)\d\d)年(?:\d{1,2}月)?(?:底|末)?,", "截至2025年底，全省有持证残疾人112.6万人 (a notice of 2025-12) / 截至2025年9月底，全市共有住宅小区2816个"),
    ("past_year", r"(?:截至|截止到?)?(?P<year>(?:19|20)\d\d)年(?:全年|上半年|前三季度|度|底|末)?,", "2025年，全县农村卫生厕所普及率为89.6% / 截至2025年底，全区已完成…改造862户，建成…46座 (a state reached by a past date; 「截至2028年底，」 dates a goal)"),
    ("since", r"(?:[^,;。\n]{1,12}?以来|近年来|近几年来|[一二两三四五六七八九十\d]+年来|过去[一二两三四五六七八九十\d]+年),", "2026年以来，全区新认定高新技术企业62家 / 一年来，…新建成国家级示范性职业教育集团4个"),
    # round 19: a five-year plan's period over by the notice's year (yuanping 17a, lanzhou 燃气 18b)
    ("past_plan_period", r"[\"“]?(?P<plan>十[一二三四五]|[一二三四五])五[\"”]?(?:期间|时期|以来),", "“十四五”期间，全市累计完成城镇燃气老旧管网改造386公里 (a 2026 notice)"),
    # …and a sentence opening with the notice's own territory, 我县/我省, describes it (qingping 16a, lichuan 17c;
    # jiangyu 13a, rongxi 10a: every such sentence of the labelled notices)
    ("own_territory", r"我[省市县区州旗](?!将|要|力争|计划|着力)", "我县地处山区丘陵地带，林地面积152.6万亩，森林覆盖率68.4%"),
)
PAST_OPENING = re.compile(r"\s*(?:" + one_of(PAST_OPENINGS) + ")")
SENTENCE_ENDS = "。!?\n"
PLAN_ORDINALS = tuple("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五".split())  # index + 1: the plan's number


# …and a clause inside a sentence opening with a year before the notice's reports facts too, as does the
# rest of its sentence: 「我区已集聚企业23家，2025年氢能产业产值达到18亿元，建成加氢站2座」 (a 2026 notice: a
# target is never in the past). (name, pattern at the clause's start, example)
PAST_CLAUSES = (("past_year_clause", r"\s*(?P<year>(?:19|20)\d\d)年(?:全年|上半年|前三季度|度|底|末)?(?![底末]?(?:前|之前|内|\d))", "…，2025年全区茶叶产值达到12亿元，建成加工厂3座"),)
PAST_CLAUSE = re.compile(one_of(PAST_CLAUSES))


# …and the clauses after one stating what the territory holds now (现有, 共有, 辖) report its parts, to the sentence's
# end unless a year dates them: 「全省现有不可移动文物2.1万处，其中全国重点文物保护单位86处」, 「全县辖11个乡镇，农村户籍人口
# 约21.6万人」 (round 19: lanzhou 文物 18a, shiping 18a, zhangyuan 17b; jiangyu 13a). (name, pattern, example)
# The statement opens its clause (a scope word or 我县 before it at most) and counts: 「依托现有工业园区」 states nothing.
# round 29: 已有 and 仍有 state what the territory holds (or still lacks) as 现有 does — all 6 such clause openings of the
# labelled notices report facts (gutang, lanfu 28a/b; xuning 26b, min_an 24b, minze 23a, xiaotang 28), none opens a goal.
PRESENT_STATES = (("holds_now", r"(?:全|我|本)?[省市县区镇]?(?:现有|共有|已有|仍有|辖)(?!区)[^,;。]*?\d", "全县共有中小学148所，其中设有食堂的学校121所 / 全县已有41个行政村开展互助养老，参与志愿者达1100余人 / 全省仍有7个县没有律师事务所"),)
PRESENT_STATE = re.compile(r"\s*(?:" + one_of(PRESENT_STATES) + ")")
PRESENT_NEEDS = Needs(PRESENT_STATE)  # (the words a statement holds: 现有, 共有, 辖 — read from the pattern)
CLAUSE_YEAR = re.compile(r"(?:19|20)\d\d年")


def past_clause(folded: str, start: int, notice_year: int | None) -> bool:
    """Whether the clause at ``start`` opens with a year before the notice's (PAST_CLAUSES), or follows a
    clause of its sentence stating what the territory holds now (PRESENT_STATES)."""
    m = PAST_CLAUSE.match(folded, start)
    if m is not None and notice_year is not None and int(m["year"]) < notice_year:
        return True
    before = folded[max(0, start - 80) : start]
    if PRESENT_NEEDS.absent(before):  # (most clauses: no statement can stand before them)
        return False
    sentence = re.split(r"[。!?\n]", before)[-1]
    if not any(PRESENT_STATE.match(clause) for clause in re.split(r"[,;]", sentence)):
        return False
    end = re.search(r"[,;。!?\n]", folded[start:])
    return CLAUSE_YEAR.search(folded[start : start + end.start() if end else len(folded)]) is None


def reports_facts(folded: str, start: int, notice_year: int | None) -> bool:
    """Whether the sentence at ``start`` opens with PAST_OPENINGS: a time over (an earlier year than
    the notice's, or a time 以来)."""
    m = PAST_OPENING.match(folded, start)
    if m is None:
        return False
    if m["plan"]:
        return notice_year is not None and 2025 + 5 * (PLAN_ORDINALS.index(m["plan"]) - 13) < notice_year  # 十四五: 2021–2025
    if m["asof"]:
        return notice_year is not None and int(m["asof"]) <= notice_year
    return m["year"] is None or (notice_year is not None and int(m["year"]) < notice_year)


# A paragraph whose first sentence reports facts (PAST_OPENINGS) goes on reporting them — 「2025年，全县共有城市社区26个。
# 全县已建成社区微型消防站41个，配备专职消防队员96名」 — until a sentence turns to what is planned: one naming a year
# (「到2028年，…」) or opening with a turn word. Session 13: over every labelled notice, the later sentences of such
# paragraphs held 27 values taken as targets and not one label. (name, pattern, example)
PAST_PARAGRAPH_TURNS = (
    ("year_named", r"[^。!?\n]*?(?:19|20)\d\d年", "到2028年，全县社区消防站达到60个"),
    ("turn_word", r"\s*(?:下一步|今后|为此|力争|计划|将|要|拟)", "下一步，全县将新建社区消防站12个"),
)
PAST_PARAGRAPH_TURN = re.compile(one_of(PAST_PARAGRAPH_TURNS))


class ReportedFacts:
    """Whether each sentence of a text, read in order, reports facts: it opens with PAST_OPENINGS, or its paragraph's
    first sentence did and no sentence since has turned to what is planned (PAST_PARAGRAPH_TURNS)."""

    def __init__(self, folded: str, notice_year: int | None) -> None:
        self.folded, self.notice_year, self.past = folded, notice_year, False

    def sentence(self, start: int) -> bool:
        """Whether the sentence at ``start`` (the next one of the text) reports facts."""
        reported = reports_facts(self.folded, start, self.notice_year)
        if not start or self.folded[start - 1] == "\n":  # a paragraph's first sentence
            self.past = reported
        elif self.past:
            self.past = PAST_PARAGRAPH_TURN.match(self.folded, start) is None
        return reported or self.past
