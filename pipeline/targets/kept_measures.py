"""Names a standard keeps whole, whatever stands before them (TARGET_LABELING.md, the holder of a standard): a measure
that names nothing alone keeps its holder, a support its name, a rate or share what it counts, a spacing or distance
both things; standard_holders and the holder model (holder_model) cut no holder off these."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# A measure alone names nothing: its holder stays (「实验室面积不少于3000平方米」, 「每个服务站面积不少于50平方米」, 「队伍人员不少于20名」).
# (a person's 报酬 or 待遇 alone too: qingling's 保洁员报酬, xiuchuan's 专职护路员报酬, where ruochuan's 劳务报酬 names the pay)
BARE_MEASURES = frozenset({"面积", "容积", "容量", "人数", "人员", "成员", "时间", "期限", "高度", "宽度", "长度", "收入", "报酬", "待遇", "浓度", "寿命", "周期", "间隔", "年限", "规模", "能力", "距离", "数量", "工资"})
# A holder ending joined to the next name is one of listed holders or staff (「驾驶员和担架员」), no holder of what follows.
LIST_LINK = re.compile(r"[和及与、或]")
# A support keeps its name, and a rate or share what it counts. (name, pattern anywhere in the name, example)
KEPT_NAMES = (
    ("support", r"补贴|奖励|奖补|资助|补助|补偿|扶持|贴息|贷款|担保|资金|经费|额度|券|津贴|奖金", "给予每个中心奖补资金50万元 → 奖补资金 / 创业担保贷款期限"),
    ("rate_or_share", r"(?<!效)率|比例|占比|比重|的", "二级以上综合医院设立老年医学科的比例 (the guide's rate line)"),
    # a measure per head or per household is each of the holder's (shiping 18a: 「食堂就餐场所人均面积不低于1平方米」 keeps it)
    ("per_head", r"[人户床亩]均", "食堂就餐场所人均面积不低于1平方米 / 新引进工业项目亩均税收原则上不低于30万元 (亩均: session 23)"),
)
KEPT_NAME = re.compile(one_of(KEPT_NAMES))
PER_HEAD = re.compile(dict((name, pattern) for name, pattern, _ in KEPT_NAMES)["per_head"])
NAME_CHARACTERS = re.compile(r"[\u4e00-\u9fff]+")
# A distance from one thing to another keeps both, as a spacing does (「隔离设施距取水口距离」, 「与隐患点直线距离」, 「摊区与居民住宅
# 距离」: meijiang, tiaoping, fengyu — 3 of the 4 labels with 与 or 距 before 距离 keep what stands before); a distance with no
# second thing is the holder's own (「规模养殖场卫生防护距离」 → 卫生防护距离, 「站点步行距离」 → 步行距离: liquan, jiyuan — 2 of 2).
SPACED = re.compile(r"[与距](?!离)[^,;。]*(?:距离|间距)$")
