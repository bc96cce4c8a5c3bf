"""What opens an amount's name without naming what is measured: the one who owes it with the period it is owed in
(「项目负责人每月带班生产时间」 → 带班生产时间), and a verb of equipping or carrying out (「配备无人机」 → 无人机).
Goals keep theirs (「每年新增…」 is read by the goal rules)."""

from __future__ import annotations

from .. import rx as re
from .clause_openers import clause_left_out
from .found import FoundTarget, renamed
from .refuse import MAP_SCALE
from .tables import one_of

# (name, pattern on the amount's name, example). Round 20: 4 amount labels of 4 writers (wenlan 19c, hengling 19a,
# pulan 17c, lanzhou 18b; censhui 19c's 「评估人员每月完成评估」 too, read as a goal) name the measure after 每年 / 每月 without the owner and the period (and without
# 开展 / 参加 / 完成); of the 3,100 amount labels of rounds 1–19 one keeps a period in its name, 「每周固定班次」, a frame after
# its value's own noun that no rule reads.
NAME_OPENERS = (
    # Round 25: a verb of taking part or receiving (接受, 参加, 参与, 享受, 领取; 免费 before it) and whoever takes part before it:
    # what is received is the name. Of the amount labels of rounds 1–24 with such a verb before the name, all 20 leave it out
    # (接受 9 of 9 in 8 notices, 参加 9 of 9, 享受 2 of 2); a count of those who take part (「参加培训人数」) or a rate keeps it.
    ("taking_part", r"^[^,;。]{0,20}?(?:免费)?(?:接受|参加|参与|享受|领取|获得)的?(?![^,;。]*(?:人数|人次|率|比例|占比|比重)$)(?=[^,;。\d的]{2,}$)", "每名学生每年免费接受口腔检查不少于1次 → 口腔检查 / 社区医生每人每年接受业务培训不少于30学时 → 业务培训 / 会员可以领取交通补贴每月不超过200元 → 交通补贴 / 同一商户每年获得的奖励总额不超过10万元 → 奖励总额 (round 26: 获得 and a 的 after the verb — cenzhou, haobei, yuanliang, pulan: 4 of 4 amount labels leave them out; the goals that keep 参加 / 享受 count people or are rates)"),
    ("owner_each_period", r"^[^,;。\d]{0,16}?每(?:年|月|周|天|日|季度|学期|学年)(?:开展|参加|完成)?(?=[^,;。\d每]{2,}$)", "施工总承包单位项目负责人每月带班生产时间 → 带班生产时间 / 技能大师工作室每年开展技能传承带徒 → 技能传承带徒 / 每年评价补贴 → 评价补贴"),
    # Round 25: a place gone to — a hospital, an institution, a village or community, the grass roots — and whoever goes there
    # before it: the service or stay there is the name (censhui 「卫生院每月到签约养老机构巡诊」 → 巡诊, hongqiao 「每3年到上级医院进修
    # 时间」 → 进修时间, min_an 「每月到村（社区）现场服务」 → 现场服务: 3 of 3). 企业 is no such place: 「教师每年到企业实践时间」 →
    # 企业实践时间 in all 4 labels of lujiang, rongxi and zhangyu (an enterprise placement is the practice's name).
    ("gone_to_place", r"^[^,;。]{0,20}?(?<![达升高加])到[^,;。\d到]{0,8}?(?:医院|机构|村(?:\(社区\))?|社区|基层|乡镇)(?=[^,;。\d]{2,}$)", "乡镇卫生院骨干医师每3年到上级医院进修时间累计不少于3个月 → 进修时间 / 律师每月到村（社区）现场服务不少于2次 → 现场服务"),
    # Round 20: qichuan 19a, lanzhou 18a, yuanxi 17d, and censhui 19c's 「中心设置养老床位」; no amount label holds 配备 / 配置 /
    # 落实, and 设置 only opening a 「…的」 clause (「设置养老、托育功能的楼层」, kept: an owner must stand before 设置).
    ("equipping_verb", r"^(?:[^,;。\d]{0,8}?(?:配备|配置)|落实|[^,;。\d的]{2,8}?设置)(?![率])(?=[^,;。\d的]{2,}$)", "每支队伍配备无人机不少于5架 → 无人机 / 配备专兼职文物安全巡查员不少于1名 → 专兼职文物安全巡查员 / 落实住房公积金贷款首付比例不低于20% → 住房公积金贷款首付比例 / 每个中心设置养老床位不少于30张 → 养老床位"),
    # the doer or payer and the one it serves or pays after 对 (round 20: wenlan 19c 「燃气经营企业对居民用户入户安检」 → 入户安检, lanzhou
    # 18a 「省级文物保护专项资金对单个保护项目补助」 → 补助; the amount labels with 对 are 一对一, 面对面, 对外, none of this shape)
    ("doer_to_whom", r"^[^,;。\d对]{2,16}?对(?:单个|每个|每家)?[^,;。\d对]{1,8}?(?:(?:用户|企业|项目|单位|机构|学校|家庭|农户)|[^,;。\d对的]{0,8}的)(?=[^,;。\d的]{2,}$)", "燃气经营企业对居民用户入户安检每年不少于1次 → 入户安检 / 专项资金对单个保护项目补助最高不超过300万元 → 补助 / 担保机构对小微商户的担保费率不超过1% → 担保费率 (round 26: a 「对…的」 closes whom, any noun — haobei, zhangchuan, yunpu, cuiling, dixi: 5 of 5 amount labels leave it)"),
    # Round 31: a doer before 对 with no recipient after it — what follows 对 is what the measure is of, and stays (bichuan
    # 「医保基金对集采药品货款结算时间」 → 集采药品货款结算时间; the goals' 「每年对…的比例」 are read by the goal rules). 每对 is a pair.
    # (session 24: 对 opening a word is no 对 of an object — 对象, 对应, 对口, 对标: 「服务对象满意度」 was read 象满意度, round 56b)
    ("doer_then_object", r"^[^,;。\d对]{2,16}?(?<!每)对(?![外接比象应口标照])(?=[^,;。\d对的]{4,}$)", "医保基金对集采药品货款结算时间不超过30天 → 集采药品货款结算时间"),
    # Session 14: a per-unit frame with its number before the verb (「每100名…人员配备」, 「沿线每100米设置」, 「每座…矿山提供」):
    # 7 amount labels in 6 notices of rounds 36–39 leave it out (tanjiang 36a, pengyang 36b twice, lilan 37a, qiaoyang 38b, yunzhou 39b); none keeps it.
    # Session 16: a scope word opening a cap on every support a beneficiary may take — which supports, not what is capped
    # (「享受本措施各项奖补资金累计不超过」): hongxi 15b, yuanxi 17d, tanmei 28b, qushan 41b — 4 of 4 amount labels of 4 notices
    # leave it out, none of all rounds' amounts keeps it; goals keep theirs (「各级各类体育赛事活动」, puyuan 9b).
    ("scope_of_supports", r"^(?:本(?:方案|政策|措施|办法|细则)(?:各项|各类|各种)?|各项|各类|各种)(?=[^,;。\d的]{2,}$)", "同一企业每年享受本方案奖补资金累计不超过100万元 → 奖补资金 / 各类奖补资金合计最高不超过500万元 → 奖补资金"),
    # Session 17: next year's support raised or cut for a result (「评估优秀的，下一年度补助资金上浮10%」, 「扣减下一年度管护补助的
    # 20%」) is the support named: huaxi 23c, chuyang 34a, xiexi 30b, huning 40a — 4 of 4 amount labels of 4 notices leave the year
    # word (and 扣减) out; no amount label of any round opens with 下一年度 or 次年 (年度 alone stays: 「单个企业年度贴息」).
    ("next_year", r"^(?:扣?减)?(?:下一?年度|次年)(?=[^,;。\d的]{2,}$)", "考核优秀的乡镇下一年度奖补资金上浮20% → 奖补资金 / 扣减次年运维补助的30% → 运维补助"),
    ("per_frame_then_verb", r"^[^,;。\d每]{0,4}每[^,;。每]{1,12}?应?(?:配备|配置|设置|提供)(?![^,;。]*(?:数量|人数|率|比例|占比)$)(?=[^,;。\d的]{2,}$)", "每50名在场游客配备救生员不少于1名 → 救生员 / 沿线每200米设置警示桩不少于1处 → 警示桩 / 每个园区提供免费法律咨询至少2次 → 免费法律咨询"),
)
NAME_OPENER = re.compile(one_of(NAME_OPENERS))


def opener_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the owner and period or the verb opening its name (NAME_OPENERS) where it is an amount, then
    without a clause opening it (clause_openers)."""
    if target.kind != "amount" or not (opener := NAME_OPENER.match(target.indicator)):
        return clause_left_out(folded, target)
    return clause_left_out(folded, renamed(folded, target, target.indicator[opener.end() :]))


def scale_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without the map scale opening its name, any kind (refuse.MAP_SCALES): 「1:2000基础地形图更新」 → 基础地形图更新."""
    if not (scale := MAP_SCALE.match(target.indicator)) or len(target.indicator) - scale.end() < 2:
        return target
    return renamed(folded, target, target.indicator[scale.end() :])
