"""The holder of a standard is left out of its name, as a per-unit word is (TARGET_LABELING.md, the holder of a standard:
「林区防火应急道路路面宽度原则上不小于4.5米」 → 路面宽度, 「治未病中心业务用房面积不少于300平方米」 → 业务用房面积, as 「每个中心
建筑面积」 → 建筑面积). The facility, site, team, organisation or person that must meet the floor or cap is who meets it; the
measure, with its own modifiers, is the name. Decided in round 23: of the 63 amount labels of rounds 1–21 that write a holder
before a standard's measure without a per-unit word, 41 leave it out and 22 kept it (relabelled with the decision).

Only an amount under a limit is read; the name is split at the last holder ending before a measure head, and only where what
remains is a measure of two characters or more that is no bare measure (「实验室面积」, 「队伍人员」 keep their holder: 面积 or
人员 alone names nothing), no rate or share (率, 比例, 占比, 比重 keep what they count) and no support (补贴, 奖励…). Goals keep
their names."""

from __future__ import annotations

from .. import rx as re

from .holder_model import model_cut
from .found import FoundTarget, renamed
from .holder_phrases import place_phrase_end
from .holder_parts import built_rate_split, holder_before, outer_cut, room_after_holder
from .jieba_cut import tag
from .kept_measures import BARE_MEASURES, KEPT_NAME, LIST_LINK, NAME_CHARACTERS, PER_HEAD, SPACED
from .name_openers import opener_left_out
from .patterns import ITEM_OWN_MEASURE, OFFICE_TERMS
from .tables import one_of

# The nouns closing a standard's holder — a facility, site, team, organisation or person — each with a label that left it out.
# (name, pattern on the holder's last characters, example)
HOLDER_ENDINGS = (
    # (a path before its 路面 is 步道, 绿道: 「步道路面宽度」 → 路面宽度, not 面宽度)
    ("road", r"道(?=路面)|道路(?!面)|公路|路段|走廊|线路", "林区防火应急道路路面宽度原则上不小于4.5米 → 路面宽度 / 步道路面宽度 → 路面宽度 / 农村公路路基宽度 → 路基宽度 / 灾毁路段抢通时间 → 抢通时间 / 线路走廊树障清理宽度 → 树障清理宽度"),
    ("network", r"管网(?:事故(?=抢修))?", "园区管网巡检记录保存期限不少于3年 → 巡检记录保存期限 / 城区管网事故抢修恢复时间 → 抢修恢复时间 (the accident a repair answers goes with the network)"),
    ("centre_or_site", r"中心|综合体|基地|园区|小区|场所|驿站|工坊|厂房|病房|化粪池|(?<![重试特焦亮要优难热盲节驻])点|(?<!车)站", "治未病中心业务用房面积 → 业务用房面积 / 综合体建筑面积 → 建筑面积 / 示范基地核心区面积 → 核心区面积 / 暂存点冷藏容积 → 冷藏容积 / 转运站服务半径 → 服务半径 / 标准厂房层高 → 层高 / 研究型病房床位 → 床位"),
    # round 25: a works site and a public toilet (huaxi 「新建公厕建筑面积」 → 建筑面积, tongqu 「工业企业新建厂区雨水调蓄设施容积」 →
    # 雨水调蓄设施容积; 厕屋 is a part, zhangyuan's 厕屋面积 keeps it)
    # round 27: a plant, a market, a camp, an area, a product (lanbu 污水处理厂, wencheng 交易市场 and 营地, tanxi 公共区域, huaxi
    # 化粪池产品, hongxi 冷藏类产品 — 6 of the 6 amount labels of all rounds leave them out; 工程 stays out of the list: xiuchuan's
    # 工程缺陷责任期 and tiaoping's 治理工程设计使用年限 keep it, lanxiu's 工程质量保修期 alone leaves it)
    # (厂界 is the plant's boundary, where what is measured is taken: songyang 「厂界颗粒物浓度」 keeps it)
    # (session 17: a canteen — xingzhou 33a 食堂加工操作间面积, qiyang 42b's 食堂建筑面积 twice, 服务半径 and 保险金额 leave it out, 5 of
    # the 6 amount labels with a measure after it; xingzhou's 食堂从业人员工资待遇 keeps it, against the guide's 非在编教师工资待遇)
    ("plant_or_toilet", r"食堂|厂区|景区|厕所|公厕|厂(?!界)|市场|营地|区域|(?<!单位)产品", "新建公厕建筑面积 → 建筑面积 / 物流企业新建厂区雨水调蓄设施容积 → 雨水调蓄设施容积 / 单位产品能耗 → kept (the product a measure is divided by, as 单位面积, holds nothing)"),
    # round 25: a person who must meet the standard — 4 of the 4 amount labels of rounds 1–24 leave the person out (yitong's
    # 驾驶员连续驾驶时间, ruochuan's 村级管水员劳务报酬, yuanling's 政府专职消防员工资收入, min_an's …法律服务工作者岗前培训时间); 员工 is
    # staff, no holder
    # (session 15: 驾驶人 as 驾驶员 — tongyuan 34a's 农村客运车辆驾驶人连续驾驶时间 → 连续驾驶时间, as lingyue's and yitong's
    # 驾驶员; wenlan's 「“两客一危”车辆驾驶人…」 too, but its quotes keep the name from the split)
    ("person", r"员(?!工|额)|工作者|校长|驾驶人", "出租车驾驶员连续驾驶时间 → 连续驾驶时间 / 新入职社区工作者岗前培训时间 → 岗前培训时间 / 客运车辆驾驶人连续驾驶时间 → 连续驾驶时间"),
    # round 28: a county or senior high school and a class (junjiang 县中办学规模, 普通高中班额, 班级班额)
    ("school_or_hospital", r"学校|幼儿园|医院|(?:县|高|初)中(?!心)|班级", "义务教育学校班额原则上不超过45人 → 班额 / 公办幼儿园非在编教师工资待遇 → 非在编教师工资待遇"),
    # session 17: an organisation named 单位 (供餐单位, 餐饮单位, 承诺单位, 高风险单位): shiping 18a twice, xingzhou 33a, zhenyang
    # 38a, qigang 43b and yuting 43b — 6 amount labels of 5 notices leave it out, none keeps it; 单位 before a measure it
    # divides is per unit, no holder (「单位面积能耗」, 「道路照明单位面积用电量」)
    ("unit_body", r"(?<=[\u4e00-\u9fff])单位(?!面积|建筑面积|供热|能耗|库容|产品|产值|增加值|生产总值|GDP|体积|重量|时间)", "供餐单位日供餐量原则上不超过3000份 → 日供餐量 / 承诺单位退货期限 → 退货期限 / 单位面积能耗 → kept"),
    ("team_or_body", r"队伍|(?<![团排列插])队|机构|企业|主体|(?<![小分])组(?![织建成合团件])", "乡镇专职消防队专职消防员不少于8名 → 专职消防员 (a queue, 排队, is no team: 售粮农户排队等候时间 keeps its name)"),
    # round 28: a vehicle, a warehouse, a locker and a car park (tongcen 车辆车龄, 智能快件箱格口数; yuanwu 海外仓仓储面积;
    # jiyan and lingyue 停车场停车位)
    ("vehicle_or_store", r"车辆(?=[\u4e00-\u9fff]{2,4}$)|仓(?![储库管])|(?<![信邮])箱|柜|停车场(?!地)", "运营车辆车龄原则上不超过8年 → 车龄 (before its own measure only: 「车辆动态监控数据保存期限」 is the platform's, the vehicles' data) / 前置仓仓储面积 → 仓储面积 / 快件箱格口数 → 格口数"),
    # session 18: a vehicle or a boat named by its last character (校车, 救护车, 汽车, 渔船) before its own measure: 救护车使用年限
    # (yunzhou 39b), 小型汽车安全技术检验平均时间 (wencheng 26b), 大中型渔船救生筏总容量 (linghai 33b), 校车使用年限 and 校车座位数
    # (tingyu 44a) leave it out. Guards: a place meant for vehicles keeps them (停车位, 锚地, 出入口, 泊位: qigang 43b 大型货车停车位宽度,
    # xilan 17c 渔船避风锚地面积, weiyuan 32b 车辆出入口宽度 and 消防车通道, lanfu 28a 房车营位, wencheng 26b 自驾车营位), the staff
    # who work on them and the count of them tested (wencheng 26b 二手车鉴定评估人员, yingjiang 20b 柴油车监督抽测数量), and so do the data and records kept on them (tongcen 27b 车辆动态监控数据
    # 保存期限, laijiang 31b 船舶动态数据更新间隔, qiyuan 43b 车辆下架信息更新时间 against tongyuan 34a alone); 停车, 候车, 车厢 and 车辆
    # (vehicle_or_store) are no such word. Only before a measure of the vehicle's own that closes the name (年限, 座位数, 容量,
    # 时间…): 「机动车排放检验不少于2万辆次」 counts the vehicles tested, a goal
    ("vehicle", r"(?<![停候泊])(?:车|渔船)(?![辆位库棚厢间道站场])(?![^,;。]*(?:数据|信息|记录|视频|录像|车位|泊位|营位|锚地|出入口|通道|停车|人员|数量))(?=[\u4e00-\u9fff]*(?:年限|寿命|座位数|容量|容积|时间|周期|间隔|面积|高度|长度|宽度)$)", "救护车使用年限不超过8年 → 使用年限 / 大中型渔船救生筏总容量 → 救生筏总容量 / 大型货车停车位宽度 → kept"),
    # (a part of equipment is the equipment: lanbu 「设备主要部件使用寿命」 → 使用寿命)
    # session 17: a street light, its pole or lamp, a shop sign or screen (yiquan 35b 路灯故障修复时间, songling 42a 路灯故障修复时间
    # and 灯杆更换周期, kunzhou 42a 招牌竖向高度 and 招牌设计方案审查时间 — 5 amount labels of 3 notices leave it out; 路灯间距 and
    # 灯杆间距 keep what is spaced, 间距 being no head)
    ("light_or_sign", r"路灯|灯杆|灯具|招牌|显示屏", "路灯故障修复时间一般不超过24小时 → 故障修复时间 / 招牌竖向高度 → 竖向高度"),
    # session 18: a built structure, an enclosure or a device, named by the morpheme that says so (a shed, a cover, a zone
    # of a building, a cabin, a hall, a pier, a bridge, a terminal, a radar, a device…): across all rounds' amount labels under
    # a limit 8 turned right, none wrong — rounds 1–36: jiyuan 29b 场馆, laijiang 31b 码头, linghai 33b 终端, meicen 35a 桥梁,
    # puxi 36a 终端; rounds 37–43: qushan 41b 展示馆, taoling 42b 雷达, qigang 43b 光伏车棚 (and with the physical heads yuting
    # 43b 金属网罩). 房 and 池 stay out: 业务用房, 管护用房 and 消防水池有效容积 keep theirs (用房 is the measure's own); 装置 and 渠 too,
    # as holder_subject reads them (yitong 23c's goal 「装置在线率不低于95%」, xiexi 30b's 「灌溉渠道清淤整治200公里」, against qishan
    # 43a's 避雷装置接地电阻 alone); what 的 follows is a clause's (「单个计量分区的用户数」 keeps it);
    # 管道 too: ruochuan's 入户管道埋深 keeps it where lilan's 中压燃气管道埋深 leaves it out; and vehicles (车, 船): 停车, 候车亭,
    # 货车停车位宽度 and 渔船避风锚地面积 keep theirs
    # (session 26: no ending inside a word of the name — 过闸 a lock passed, 泵车 a pump truck, 出入库 / 入库 goods moved, 库棚 a
    # shed, 作业面 / 作业组, 仓管, 停车场地, 设区市: 12 table cuts of rounds 42–68 wrong so, none right; tests/test_targets_s26.py)
    ("structure_or_device", r"(?:棚|罩|分区|舱|楼(?![层面])|亭|塔|井|堤(?![顶身脚坡])|(?<!过)闸|泵(?!车)|馆|码头|桥梁|终端|雷达|变压器)(?!的)", "光伏车棚装机容量不低于200千瓦 → 装机容量 / 金属网罩网孔孔径不大于10毫米 → 网孔孔径 / 码头结构安全检测周期 → 结构安全检测周期"),
    ("equipment", r"平台|系统|设施|设备(?:主要)?部件|设备|电梯|电源", "火灾自动报警系统故障修复时间 → 故障修复时间 / 调度平台数据保存期限 → 数据保存期限 / 末端治理设施去除效率 → 去除效率 / 备用电源续航时间 → 续航时间"),
    # round 26: a room, a store, a hospital or institute, as a centre is (室: meichong, yuwan, quling, meixi, yuanling — 5 of the 5
    # labels with a measure that names something leave it out; 室内 is inside, no room; 实验室面积 keeps it, 面积 alone names
    # nothing. 库: lichuan 25 储备库建筑面积, zhangchuan 种子库库容, lanxi's 水库 twice — 4 of 4; 冷库容积 keeps 冷库, 容积 being bare.
    # 院: yuwan 卫生院, hongqiao 院区, chenglan 科技小院 — 4 of 4; 院士 and 院校 are no institute's end)
    ("room_store_institute", r"(?<![内])室(?!内)|(?<![入出])库(?!棚)|院区|院(?![士校所长内])", "心理辅导室使用面积 → 使用面积 / 物资储备库建筑面积 → 建筑面积 / 乡镇卫生院业务用房建筑面积 → 业务用房建筑面积"),
    # (no report ending: a report is what is kept, not who keeps it — round 26's 2 labels leaving it out were outweighed by
    # 8 of 8 report-retention labels of rounds 30–66 keeping it, 检测报告保存期限; what is published is left out before
    # 公示时间 by time_names opened_or_published, and a report before 出具 is what is issued)
    # a project before a size it must meet (round 26: keyang 改建项目套型建筑面积, fenghe 项目区连片面积, luzhou 项目免租面积 — 3 of 3);
    # before its own term it is no holder: 「项目实施期限一般不超过3年」 — kunchuan 10a, daining, weichuan keep it (3 of 4)
    ("project_size", r"项目区?(?![^,;。]*(?:时间|时长|时限|期限|周期|责任期)$)", "改建项目套型建筑面积原则上不超过70平方米 → 套型建筑面积"),
    # (a project is no holder: its own term names it, 「项目实施期限一般不超过3年」 — kunchuan 10a keeps it)
    # (session 18: a site named by the works done on it is no works: 「配送中心作业场地面积」 → 作业场地面积, mianyuan 44b)
    ("works", r"作业(?!场地|场所|用房|面|组)", "除治作业伐桩高度不超过5厘米 → 伐桩高度 / 林木采伐作业伐根高度 → 伐根高度"),
)
# A holder ending followed by a verb of works is what is worked on, not who meets the standard: (name, pattern on the words
# after the ending, example)
WORKED_ON = (("works_verb", r"改造|建设|整治|提升|更新|改建|扩建|新建|治理", "老旧小区改造资金使用年限 → kept (what is worked on is no holder; a publicity's time is read by time_names.opened_or_published first)"),)
HOLDER_ENDING = re.compile("(?:" + one_of(HOLDER_ENDINGS) + ")(?!" + one_of(WORKED_ON) + ")")
WORKED_ON_AFTER = re.compile(one_of(WORKED_ON))
# The heads of a measure a holder must meet, each with a label named by it. Round 27 closed the class on round 26's names: a
# warranty, service life, cycle or interval, a concentration, energy use or rise (lanbu, lanxiu, yuchuan, hongxi,
# huaxi: 12 labels gained, none lost across all rounds' amounts under a limit). A temperature is no head: round 13's 学校教室温度
# and zeyuan 12a's 居民室内温度 keep what is before it, lanxiu 26a's 室内温度 alone leaves it out.
# A spacing (间距) is no such head: what stands before it is what is spaced, not who holds it (every 间距 label of rounds
# 1–22 keeps it: 路灯间距, 检查井间距, 市政消火栓间距; round 26's 「主管网检查井间距」 → 检查井间距 against zhangyuan's
# 村内道路路灯间距 leaves it one to one; session 15 reads the way it is spaced along as its holder: SPACED_ALONG_WAYS).
# Round 30: a distance, a count (数量) and a locker's slots (仓位) — jiyuan 步行距离, liquan 卫生防护距离, yujiang 抽样检验数量,
# 锂离子电池存放数量 and 电池仓位 gained, none lost across all rounds' labels; 数量 alone names nothing (首店数量 keeps its store).
# (name, pattern closing the name, example)
MEASURE_HEADS = (
    ("size", r"面积|宽度|高度|长度|深度|层高|容积|容量|库容|半径|班额|床位|管径|规模|停车位|车位|格口数|距离|数量|仓位", "业务用房面积, 路面宽度, 伐桩高度, 有效容积, 服务半径, 班额, 床位, 管径"),
    ("time", r"时间|时长|时限|期限|责任期|保修期|质保期|年限|寿命|周期|间隔|车龄|任期|频次", "检查频次 (round 29: yitong's 巡查频次 and yuanze's 检查频次 leave their holder out, zhixi's 乡镇中转站转运频次 keeps it), 故障修复时间, 续航时间, 数据保存期限, 工程缺陷责任期, 质量保修期, 设计使用年限, 使用寿命, 建设周期, 采集间隔"),
    ("quality", r"浓度|电耗|耗电量|能耗|涨幅", "进水化学需氧量浓度, 吨水电耗, 单位供热面积耗电量, 租金年涨幅"),
    ("performance", r"效率|能力", "去除效率"),
    # (session 15: a wage named by its period — chengshui 「专职保安员月工资」, yiquan 「保洁员月工资」 → 月工资, 2 of 2; 工资 alone
    # is bare, zhangyuan's 保洁员工资 keeps its person)
    ("pay", r"待遇|报酬|收入|工资", "非在编教师工资待遇, 劳务报酬, 月工资 (a person's pay the holder must keep)"),
    ("staff", r"人员|人数|(?<!人)员|医生|医师|教师|护士|专家", "专职消防员, 值守人员"),
    # session 18: a physical quantity of a thing (a bore, a resistance, an illuminance or luminance, a flow, a clear width…):
    # 5 labels turned right, none wrong — lichuan 19b 下泄生态流量; kunzhou 42a 夜间亮度, songling 42a 路面平均照度, tangzhou 41b
    # 平均照度, wuchuan 43a 消防通道净宽. (埋深 and 重现期 stay out: ruochuan 17a's 入户管道埋深 and tongqu 24a's 雨水管渠设计重现期 keep
    # the pipe, lilan 37a and fuchuan 40a leave it out.)
    ("physical", r"孔径|直径|电阻|照度|亮度|流量|净宽|功率|厚度|水深", "网孔孔径, 接地电阻, 夜间亮度, 路面平均照度, 下泄生态流量, 消防通道净宽"),
    # session 18: places or outlets counted in a holder (seats, berths, pitches, work stations, exits, charging ports): 7 labels
    # turned right, none wrong — lanfu 28a 房车营位, maoyang 31a 座位, yuanning 31a 就餐座位数, tanyang 31b 实训工位, tanjiang 36a
    # 座位数; fengyang 37a 充电端口, yanjiang 43a 安全出口
    ("counted_place", r"座位数?|泊位|营位|工位|展位|摊位|端口|安全出口|疏散出口", "每个防火分区安全出口不少于2个 → 安全出口 / 营地房车营位不少于20个 → 房车营位"),
)
MEASURE_HEAD = re.compile("(?:" + one_of(MEASURE_HEADS) + ")$")
# Session 19: a measure per head of its own (人均 + a measure that names something: 使用面积, 居住面积, 游憩面积) is the
# holder's, and the noun before it is left out as before any measure (「学生宿舍人均使用面积不低于4平方米」 → 人均使用面积,
# 「出租住房人均居住面积」 → 人均居住面积): 4 amount labels of 3 notices of rounds 1–36 (junjiang 27b, keyang 25b twice,
# yizhou 31a), none keeping it. A bare measure after 人均 keeps its holder (「食堂就餐场所人均面积」, shiping 18a), and so
# does a place word of jieba's reading (s: 室内, 「婴幼儿室内人均使用面积」 keeps who is counted). 年 / 月 / 日 may open it.
PER_HEAD_PERIOD = re.compile(r"[年月日]?[人户床亩]均")
# (the persons a measure is per head of are who it is averaged over, no holder: 「乡村医生年人均培训时长」 keeps them)
PERSON_END = re.compile(r"[生员人师者儿民工士户]$")
# Round 31: a warranty or a design life names what it measures alone, so whatever stands before it is its holder, whichever
# noun it is (光伏组件, 逆变器, 支架, 集热器, 工程: the holder classes lagged behind each round's new equipment). Across all
# rounds' amount labels 8 of 11 in 8 notices leave it out (gutang, lanxiu, xiaotang, xiexi 工程; huanyang 光伏组件, 逆变器,
# 户用光伏支架; yuanting 集热器); fenghe's 工程质量保证期, tiaoping's 治理工程设计使用年限 and yuanze's 整机质量保证期 keep it — an
# attribute word (jieba's b: 整机, the whole machine) says which warranty it is and stays. (name, pattern closing the name, example)
TERM_MEASURES = (
    # (session 18: 期限 as 期 — wengjiang 41b 动力电池质保期限 twice, wenxu 34b 维修改造工程质量保修期限: 3 of 3)
    ("warranty", r"(?:(?:质量)?(?:保修期|保证期)|质保期)限?", "光伏组件质量保证期不少于12年 → 质量保证期 / 维修养护工程质量保修期 → 质量保修期"),
    ("design_life", r"设计使用(?:年限|寿命)", "户用光伏支架设计使用年限不低于25年 → 设计使用年限"),
    # (session 23: a term of office names whose it is alone — 「执行院长任期原则上不少于2年」 → 任期: the 7 labels of rounds 1–53
    # with a holder before 任期 / 聘期 leave it out — tanchuan 32a and tangxiu 52b were read with it before; junjiang 27b's
    # 「县中校长任期一般为5年」, set with 为, still is)
    ("office_term", OFFICE_TERMS, "县中校长任期一般为5年 → 任期 / 社区规划师聘期一般不超过3年 → 聘期 (not a 缺陷责任期)"),
)
TERM_MEASURE = re.compile("(?:" + one_of(TERM_MEASURES) + ")$")
# Session 15: a spacing (间距) keeps what is spaced, and the road, line or area it is spaced along is its holder (the guide's
# 「林区防火应急道路路面宽度」 → 路面宽度): of the amount labels of all rounds with such a way before a spaced thing, 10 in 9
# notices leave it out (fangchuan 线路, fuchuan 道路, hengxi 背街小巷, laijiang 航道沿线, lanbu 主管网, linghai 码头沿线, weiyuan
# 城区, yaochuan 公路, yuepu 绿道 twice, yizhou 园路沿线) and zhangyuan's 村内道路路灯间距 alone keeps it. What is spaced is two
# characters or more: 「救生设施点间距」, 「休憩点间距」 keep their names. (name, pattern on the way, example)
SPACED_ALONG_WAYS = (
    ("way", r"(?:道路|公路|线路|管网|沿线|绿道|小巷|街巷|城区)(?=[\u4e00-\u9fff]{2,}间距$)", "背街小巷路灯间距原则上不大于30米 → 路灯间距 / 绿道驿站间距 → 驿站间距 / 码头沿线救生圈存放点间距 → 救生圈存放点间距"),
)
SPACED_ALONG = re.compile(one_of(SPACED_ALONG_WAYS))


# Round 29: a holder is closed by a word of jieba's reading that ends in a place, organisation or part, whatever the word
# before it (冰场, 首店, 机耕路, 平原区, 可采区, 协会, 部件): the noun lists above lagged behind every round's new holders.
# Across all rounds' amounts under a limit: 10 labels gained, 1 lost (rongyang's 门店经营面积, which keeps its store against
# the guide). Guards: the measure opens with a word of two characters or a noun (「店招高度」, 「护路员报酬」 are no 店 and 路
# holders), what is worked on is no holder (WORKED_ON), and 现场 (on the spot) and 社会 (the public) are no places (「现场监管人员」, 「社会监督员」 keep their names).
# (name, pattern closing the word, example)
PLACE_WORDS = (
    ("place", r"[场店路湖河馆]|(?<!设)区", "室内冰场冰面面积 → 冰面面积 / 首店营业面积 → 营业面积 / 机耕路路面宽度 → 路面宽度 / 平原区田块面积 → 田块面积 / 可采区开采期限 → 开采期限"),
    ("body", r"会", "村级老年协会会员 → 会员"),
    ("part", r"部件", "关键部件检查频次 → 检查频次"),
)
PLACE_WORD_END = re.compile("(?:" + one_of(PLACE_WORDS) + ")$")
NO_PLACE_WORDS = frozenset({"现场", "社会"})
# Round 30: 内 standing as a word of its own after a holder closes it (「门店内电池存放数量」 → 电池存放数量, 「租赁期内租金年涨幅」 →
# 租金年涨幅: yujiang, xuning — 2 of 2); 内 joined to its noun in one word is a place of the measure (「校内体育活动时间」 keeps it:
# junjiang, lichuan, meichong — 3 of 3). 两侧 is left alone: qingcen's 河道两侧绿化带宽度 keeps it, yiyuan's 雪道两侧安全防护网高度
# leaves it out.
WITHIN_WORDS = frozenset({"内", "期内"})


# Session 18: 在 and a holder of one character is a state word, no holder (「快件在站滞留时间」 keeps 在站, as 「在村服务时间」, 在校生
# and 在园幼儿 are read: lanfeng 35a, mianyuan 44b; 在 before a longer place is a place left out — 「在服务站点滞留时间」 →
# 滞留时间, tongcen 27b), and 内 right after a holder goes with it (「快件在箱内免费保管时间」 → 免费保管时间, mianyuan 44b, as
# WITHIN_WORDS do). (name, pattern, example)
HOLDER_STATES = (
    ("in_state", r"在[\u4e00-\u9fff]", "快件在站滞留时间原则上不超过48小时 → 在站滞留时间"),
    ("holder_within", r"内(?![容部涵外])", "快件在箱内免费保管时间不少于18小时 → 免费保管时间"),
)
IN_STATE = re.compile(HOLDER_STATES[0][1])
WITHIN_AFTER = re.compile(HOLDER_STATES[1][1])


def _within(name: str, start: int, end: int) -> int:
    """``end`` of the holder ending ``name[start:end]`` moved past a 内 right after it, or back before 在 where 在 and it are
    a state word that opens the measure (HOLDER_STATES)."""
    if WITHIN_AFTER.match(name, end) and len(name) - end > 3:
        return end + 1
    return start - 1 if start > 1 and end - start == 1 and IN_STATE.fullmatch(name, start - 1, end) else end


def _word_broken(name: str, end: int) -> bool:
    """Whether a cut at ``end`` breaks the word the measure opens with: 「步道路面宽度」 is 步道 and 路面宽度, not 步道路 and 面宽度
    (the measure's first word one character, which with the holder's last is the first word of what they open)."""
    return len(tag(name[end:])[0][0]) == 1 and tag(name[end - 1 :])[0][0] == name[end - 1 : end + 1]


def _inside_word(name: str, end: int, bounds: set[int]) -> bool:
    """Whether a cut at ``end`` falls inside a word of jieba's reading of ``name`` and leaves the measure opening with one
    character that is no noun (「综合体育活动时间」 is 综合 and 体育, no 综合体 before 育活动时间; 「普通高中班额」 keeps its cut, 班 being a
    noun)."""
    if end in bounds or end >= len(name):
        return False
    first, first_tag = tag(name[end:])[0]
    if len(first) == 1 and _word_at(name, end) == "n":
        return True  # 「站房建筑面积」: jieba's 站房 is a common noun, no 站 holding a stray 房 (a misread name, 高中班 nr, may be cut)
    return len(first) == 1 and not first_tag.startswith("n")


def _word_at(name: str, end: int) -> str:
    """The tag of the word of jieba's reading of ``name`` that runs across ``end``."""
    position = 0
    for word, word_tag in tag(name):
        if position < end < position + len(word):
            return word_tag
        position += len(word)
    return ""


def _holder_ends(name: str) -> list[int]:
    """The ends of the holders in ``name``: each HOLDER_ENDINGS match that cuts no word, and each word of jieba's reading
    closed by a place word (PLACE_WORDS) before a measure's word."""
    words = tag(name)
    bounds = {0}
    for word, _ in words:
        bounds.add(max(bounds) + len(word))
    ends = {_within(name, ending.start(), ending.end()) for ending in HOLDER_ENDING.finditer(name) if not _inside_word(name, ending.end(), bounds)}
    position = 0
    for (word, _), (after, after_tag) in zip(words, words[1:]):
        position += len(word)
        if word in NO_PLACE_WORDS or not (PLACE_WORD_END.search(word) or word in WITHIN_WORDS) or (len(after) < 2 and not after_tag.startswith("n")):
            continue
        if not _word_broken(name, position) and not WORKED_ON_AFTER.match(name, position):
            ends.add(position)
    return sorted(ends)


def _per_head_holder(name: str) -> int:
    """Where a measure per head of its own starts after the noun holding it (PER_HEAD_PERIOD); 0 where it is bare, opens the
    name, follows no noun or is named by a support or rate (KEPT_NAMES)."""
    per = ([None] + list(PER_HEAD_PERIOD.finditer(name)))[-1]  # (the last: the measure's own)
    if per is None or per.start() < 2 or KEPT_NAME.search(name[: per.start()] + name[per.end() :]):
        return 0
    measure = name[per.end() - 2 :]
    before = tag(name[: per.start()])[-1]
    per_mu = per.group().endswith("亩均")  # (what is per mu is a measure whatever it names: 亩均税收, 亩均投资 — session 23)
    if name[per.end() :] in BARE_MEASURES or not (per_mu or MEASURE_HEAD.search(measure)) or not before[1].startswith("n") or PERSON_END.search(before[0]):
        return 0
    return per.start()


def holder_split(name: str) -> int:
    """Where the measure starts after the last holder of ``name`` (HOLDER_ENDINGS, PLACE_WORDS); 0 where no holder
    opens a standard's measure (MEASURE_HEADS, not bare, not a support, rate or share)."""
    kept = KEPT_NAME.search(name)
    if not kept and (place := place_phrase_end(name)):
        return place  # (a place under 在 may list its parts: 「校车在乡道、村道行驶时速」)
    if not NAME_CHARACTERS.fullmatch(name):
        return 0
    if kept:
        return _per_head_holder(name) if PER_HEAD.fullmatch(kept.group()) else 0
    if (term := TERM_MEASURE.search(name)) and term.start() and tag(name[: term.start()])[-1][1] != "b":
        return term.start()
    if SPACED.search(name):
        return 0
    if ways := list(SPACED_ALONG.finditer(name)):
        return ways[-1].end()
    if not MEASURE_HEAD.search(name):
        return 0
    cuts = []
    for end in _holder_ends(name):
        # the last holder before a measure that names something: 「厂区雨水调蓄设施容积」 is the site's, 容积 alone names nothing
        measure = name[end:]
        # (a pool named by its members holds none of them: 「专家库专家」 keeps the pool)
        # (a place after 到达 is where one arrives, no holder: 「到达辖区现场时间」 — 5 of the 5 labels of all rounds keep it)
        if len(measure) >= 2 and measure not in BARE_MEASURES and not LIST_LINK.match(measure) and measure not in name[:end] and "到达" not in name[:end] and holder_before(name, end):
            cuts.append(end)
    # (a room of a holder stays: 「滑雪场医务室使用面积」 → 医务室使用面积, holder_parts)
    cut = outer_cut(name, cuts)
    if not cut or not MEASURE_HEAD.search(name[cut:]):
        return 0
    return cut


# A per-unit word inside an amount's name, after who it is counted for, leaves the name with its item, as one opening it does
# (TARGET_LABELING.md: per-unit quantifiers are not part of it): 「研学基地单次接待能力」 → 接待能力, 「民宿单间客房使用面积」 →
# 客房使用面积, 「托育机构单户贷款额度」 → 贷款额度; after the word, an item closed by a holder ending goes too (「单个景区经营主体
# 贷款额度」 → 贷款额度). (name, pattern, example)
EACH_INSIDE_WORDS = (("each_inside", r"(?<=[\u4e00-\u9fff]{2})[单每](?:个|家|次|户|间|列|辆|台|套|所|座|条|项(?!冠军))(?=[\u4e00-\u9fff]{2})", "研学旅行基地单次接待能力不少于200人 → 接待能力 (单项冠军 is a grade)"),)
EACH_INSIDE = re.compile(one_of(EACH_INSIDE_WORDS))
EACH_BEFORE = re.compile(r"(?:单|每)(?:个|家|户|所|座|条|项)$")
RATE_NAME = re.compile(r"(?:率|比例|占比|比重)$")


def each_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` without a per-unit word inside its name and what stands before it (EACH_INSIDE_WORDS), and without the
    item after such a word where a holder ending closes it; unchanged for a goal or a rate."""
    name = target.indicator
    if target.kind != "amount" or RATE_NAME.search(name) or not NAME_CHARACTERS.fullmatch(name):
        return target
    cut = 0
    for each in EACH_INSIDE.finditer(name):
        cut = each.end()
    if not cut and not EACH_BEFORE.search(folded, max(0, target.start - 2), target.start):
        return target
    if any(ending.end() == len(name) for ending in HOLDER_ENDING.finditer(name, cut)):
        return target  # 「租金减免面积单个企业」: the item closes the name, no measure after it
    for ending in HOLDER_ENDING.finditer(name, cut):
        rest = name[ending.end() :]
        # (an item's own measure keeps the item, as after a per-unit word opening the name: 「单个项目投资」 → 项目投资)
        if len(rest) >= 2 and rest not in BARE_MEASURES and not ITEM_OWN_MEASURE.match(rest) and not LIST_LINK.match(rest) and rest not in name[: ending.end()]:
            cut = ending.end()  # 「单个景区经营主体贷款额度」: the item after the per-unit word
    return renamed(folded, target, name[cut:]) if cut else target


PLACE_BEFORE = re.compile(r"(?:到|赴|去|进|在)$")


def _kept_by_context(folded: str, target: FoundTarget) -> bool:
    """Whether the words around the name keep its holder: a place one goes to before it (lujiang 17d, rongxi: 「教师到企业实践
    时间累计不少于1个月」 → 企业实践时间), or a share of a whole of the same measure after it — the part's holder says what part
    of the whole it is (luwan 10b 「园区公共服务面积原则上不低于园区总面积的15%」, qingcen 「经营性服务设施占地面积不超过公园陆地面积
    的3%」 keep theirs; 「非在编教师工资待遇…不低于当地在编教师平均工资水平的80%」 is measured against no whole of its own)."""
    if PLACE_BEFORE.search(folded, max(0, target.start - 1), target.start):
        return True
    head = MEASURE_HEAD.search(target.indicator)
    return target.unit == "%" and head is not None and head.group() in folded[target.start + len(target.indicator) : target.end]


def _name_after_value(folded: str, target: FoundTarget) -> bool:
    """Whether the name stands after its value, what the value sizes, whole, as value_first's (xingzhou 33a: 「按照每100名就餐
    学生不少于1名的标准配备食堂从业人员」 keeps 食堂从业人员)."""
    value_at = folded.find(target.value_text, target.start, target.end)
    return 0 <= value_at < folded.find(target.indicator, target.start, target.end)


def holder_left_out(folded: str, target: FoundTarget) -> FoundTarget:
    """``target`` named by its measure where a holder opens an amount's name under a limit (HOLDER_ENDINGS, MEASURE_HEADS);
    unchanged otherwise (a goal, a support, a rate or share, a bare measure, a place gone to, a share of a whole)."""
    # (the owner or doer opening the name is read again: a pass after opener_left_out may have made the target an amount,
    # as yearly_standard does for 「燃气经营企业对居民用户入户安检每年不少于1次」 → 入户安检)
    target = each_left_out(folded, opener_left_out(folded, target))
    # (a name written after its value is what the value sizes, whole: 「至少配备1名带队教师」, 「不少于20人的中小企业服务团队」)
    if target.kind != "amount" or target.rule == "value_first" or _name_after_value(folded, target) or target.comparator not in ("at_least", "at_most"):
        return target
    if not (cut := holder_split(target.indicator) or built_rate_split(target.indicator, _holder_ends) or model_cut(folded, target)):
        return target
    if _kept_by_context(folded, target) or room_after_holder(folded, target.start, target.indicator, cut, holder_split):
        return target
    return renamed(folded, target, target.indicator[cut:])
