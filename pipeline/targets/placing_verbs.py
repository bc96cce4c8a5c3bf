"""Who or where a thing is placed, then the verb of placing, then the thing: the thing placed alone is the name
(TARGET_LABELING.md, indicator: the thing measured, never the verb). The holder before the verb is a unit of the
territory after a per-unit word (「每个行政村设置应急广播终端」), a place, with or without 在 (「在林区主要路口设置防火警示牌」),
one served after 为 (「为沿河排水口加装防倒灌设施」), or a body (「县交通运输局落实扑火人员和物资运输车辆」, 「县级物资储备库储备
扑火机具」).

Session 15, counted over the goal and amount labels of rounds 1–40: of the 80 labels whose name runs a holder, one of these
verbs and an object of three characters or more that is no rate or measure, 79 in 52 notices of 39 rounds name the object
alone (57 read so before this rule; it turns 13 names right — fangchuan 37b ×2, huanping 31b ×2, puxi 36a ×2, lichuan 17c, lingyue
27a, tanyang 31b, fuchuan 40a, yunzhou 39b, qiyu 30a (its kind still wrong) — and none wrong); the one other, luochuan 30a's 「应急物资储备进社区…活动」,
names an activity and was read wrong before too. A name closing on a rate, a share or a measure keeps the verb
(「二级以上综合医院设立老年医学科的比例」, 「省级应急物资储备规模」), and so does a two-character object (「既有住宅加装电梯」).
"""

from __future__ import annotations

from .object_verbs import STOCKING
from .tables import one_of

# (name, pattern, example)
PLACING_VERBS = (
    ("set_up", r"设置|设立", "每个行政村设置应急广播终端不少于3个 → 应急广播终端 / 市级大赛设置比赛项目不少于8个 → 比赛项目"),
    ("assign", r"落实", "每个社区落实应急队员不少于10名 → 应急队员 (jieba reads 落实 as an adjective)"),
    ("stock", STOCKING, "县级森林防灭火物资储备库储备扑火机具不少于800台 → 扑火机具 (the first 储备 names the store)"),
    ("delimit", r"划定", "在重点商圈划定首发活动户外场地不少于30处 → 首发活动户外场地"),
    ("fit", r"加装|安装|布设", "为沿河排水口加装防倒灌设施42套 → 防倒灌设施"),
)
# What a name closing on these measures keeps: the verb says what is measured (「…设立老年医学科的比例」, 「储备规模」).
KEPT_MEASURES = r"率|度|比例|占比|比重|面积|规模|量|数|能力|时间|时长|期限|天数|标准|资金|经费|金额|高度|容量"
HOLDER_PLACING = (
    r"(?:为|在)?[^,;。的、\d]{2,16}?(?:" + one_of(PLACING_VERBS) + r")(?=[^,;。的]{3,}$)(?![^,;。]*(?:" + KEPT_MEASURES + r")$)"
)
