"""Verbs of doing that take the measured thing as their object, added in round 17 from the goals of the
held-out rounds 12–16 whose name kept the verb (「推广无性系良种茶苗」, 「收录标准文本」): read with
names.ACTION_VERBS, so a verb opening a name leaves it and a bare measure after it stays whole
(「推广面积」), a rate after it too (names.ACTION_RATE)."""

from __future__ import annotations

# 储备 of goods stocked, not of a stock's own name (储备林, 储备粮, 储备资金, 储备点, 储备库…).
STOCKING = r"储备(?!林|粮|金|资|点|库|物资|规模|量|能力|中心|基地|率)"
# (name, pattern, example) — jieba tags most of these v, but a second verb after a first is read as part of
# the name (after_verb: only CHAINED_VERBS leave it), and a verb alone before an object closing at 率 / 改造
# keeps the whole name; naming them makes them verbs wherever they open a name.
OBJECT_VERBS = (
    ("promote", r"推广(?!应用)", "每年推广无性系良种茶苗3亿株以上 → 无性系良种茶苗 / 推广林下种养新技术、新品种不少于10项"),
    ("include", r"收录|保存|收藏", "新增收录标准文本1万项以上 → 标准文本 / 收集保存种质资源2000份以上 → 种质资源"),
    ("recycle", r"回收处理|回收利用", "每年回收处理废旧家电600万台以上 → 废旧家电 (回收 alone names a kind: 「回收网点面积」)"),
    ("produce", r"制作|摄制|编印", "制作应急广播专题节目不少于2期 → 应急广播专题节目"),
    ("conclude", r"达成|签订", "力争达成意向采购额120亿元 → 意向采购额 (签约 names a kind: 「签约外资项目」)"),
    ("take_part_in_drafting", r"(?:主导或参与|主导|参与)(?:制定|修订)", "新增主导或参与制定国际标准3项以上 → 国际标准"),
    ("open_up", r"开辟|开工(?=[^,;。]{3,})", "全年新开辟国际货运航线6条 → 国际货运航线 / 新开工农村供水工程80处 → 农村供水工程 (「新开工项目」 is a statistic, whole)"),
    ("adjust", r"优化调整|调整优化", "优化调整公交线路20条 → 公交线路"),
    ("vaccinate", r"(?:免费)?接种(?!率)", "免费接种流感疫苗10万剂 → 流感疫苗"),
    # round 19, from the goals of rounds 16–18 whose name kept the verb (luzhou 16a, fengwan 17d, zhangyuan 17b,
    # shiping 18a, lanzhou 燃气 18b, tingzhou 18b ×3)
    ("issue", r"发放(?!率|总额|金额|规模|数量)|发布(?!率|数量)", "全年发布场景不少于30个 → 场景 (「发放总额」: a bare measure after the verb keeps it)"),
    ("investigate", r"查处|排查(?!整治率)", "年内查处校园周边食品安全违法案件结案率达到100% → 校园周边…结案率 / 排查老旧小区不少于350个 → 老旧小区"),
    ("compile_new", r"新编", "全年新编村庄规划不少于1200个 → 村庄规划"),
    ("demolish", r"拆除", "拆除废弃危旧房屋、违章搭建不少于500处 → 废弃危旧房屋、违章搭建"),
    ("secure", r"保障(?=[^,;。]{2,}用地$)", "保障省重点项目用地不少于4万亩 → 省重点项目用地"),
    ("carry_out", r"(?:实施|开展)(?=[^,;。]{2,}(?:改造|工程|项目|整治里程)$)", "实施农村公路危桥改造30座 → 农村公路危桥改造 (before a name closing at 改造 the verb would stay)"),
    # round 20, from the goals of round 19 whose name kept a verb of doing before a comparator (qichuan 19a, zhixi 19a,
    # wenlan 19c ×2; wenlan's 实施…整治里程 by 'carry_out')
    ("delimit", r"划设", "划设低空飞行适飞空域不少于3000平方公里 → 低空飞行适飞空域 (划定 left: 「划定整治片区5个」 keeps 整治片区, round 17)"),
    ("fit_new", r"(?<=新)装(?!配)", "新装太阳能路灯不少于1000盏 → 太阳能路灯 (装配式 is a kind of building)"),
    ("expose", r"(?:公开)?曝光", "全年曝光典型执法案例不少于20个 → 典型执法案例"),
    # round 22, from the goals of round 21 whose name kept a verb of doing (linjiang and xiuchuan 21a ×3, songjiang and
    # lanxi 21c ×4): the second of two joined verbs, and verbs of raising, stocking and siting
    ("maintain_extend", r"(?:维护|延伸)(?!保养|管理|运营|等|费|率)", "每年新建和维护生物防火林带1000公里以上 → 生物防火林带 / 新开通或延伸镇村公交线路10条 → 镇村公交线路 (「维护保养」, 「运行与维护等专业」 stay)"),
    ("raise", r"(?:计划)?筹集(?!资金|金额|规模)", "全省计划筹集保障性租赁住房4.5万套 → 保障性租赁住房 (「筹集资金」 stays whole)"),
    ("stock", STOCKING, "县级储备移动式抽水泵不少于40台 → 移动式抽水泵 (「储备林」, 「储备资金」, 「储备点覆盖率」 stay whole)"),
    ("site", r"设置(?=[^,;。]{2,}(?:点|站|处)$)", "在县道重要节点设置不停车检测点4处 → 不停车检测点"),
    # round 23, from the goals of round 22 whose name kept a verb of doing (quling 22a ×2, yuping 22b ×2, yingchuan 22b): verbs
    # of gathering and recording, of obtaining funds, and 稳定 keeping a size
    ("gather_record", r"归集|汇聚|登记(?!率|办理|时间|时限|数量|人数|量|注册|机关|机构|窗口)|整理(?!率)", "新增归集高价值数据集不少于200个 → 高价值数据集 / 登记数据资产不少于1000项 → 数据资产 / 挖掘整理民间特色诊疗技术不少于30项 (「登记办理时间」 stays whole)"),
    ("obtain_funds", r"争取(?=[^,;。]{0,12}(?:资金|资助|项目|补助|债券|贷款|投资)$)", "累计争取中央和省级补助资金12亿元以上 → 中央和省级补助资金 / 争取专项债券额度 stays (no fund word closing it)"),
    ("keep_stable", r"稳定(?!在|性|率|就业|脱贫|增收|运行|达标|发展|增长)", "稳定中药材种植面积3万亩左右 → 中药材种植面积 / 稳定粮食播种面积120万亩以上 (「稳定就业人数」 stays)"),
)
