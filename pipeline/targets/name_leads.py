"""The words opening an indicator name that say which members are meant, not what is measured (NAME_LEADS), and how short a noun they may leave."""

from __future__ import annotations

from .. import rx as re

from .tables import one_of

# Words that open a name and say which members are meant, not what is measured; each is cut while a
# name of three characters or more is left (applied again after a cut). (name, pattern, example)
NAME_LEADS = (
    ("stray_de", r"的(?=[\u4e00-\u9fff])", "各设区市安排的配套资金不低于…的50% (after a subject and its verb, the 的 is no part of the name)"),
    ("examples_etc", r"[^,;。等]{1,24}?(?<![同平对相均高中初上下优])等(?![级同于待])", "“星火巷”“月光里”等夜间消费集聚区"),
    ("condition_clause", r"[^,;。的]*?\d[^,;。的]*?(?:及以上|以上|以下|以内)的", "年营业收入2000万元以上的商贸企业"),
    ("over_threshold_de", r"[^,;。的]*?(?:超过|超|突破|不低于|不少于|高于)[\d十百千万亿][^,;。的]*?的(?![^,;。的]*(?:率|比例|占比|比重)$)", "产值超10亿元的龙头企业3家 (a 「…的」 threshold before a counted noun; before a share it stays)"),
    ("capacity", r"(?:年|日|月)(?:产|产能|处理|加工|生产|供应|制氢|加氢)(?:能力)?\d+(?:\.\d+)?(?:万|亿)?(?:吨|立方米|标准立方米|千瓦时|千克|公斤|件|台|套|辆)(?![级以及])", "建设年产2000吨绿氢示范项目1个 (a capacity qualifies the project counted)"),
    ("items_counted", r"[^,;。的]*?\d+项(?=[\u4e00-\u9fff]{2,})", "将遗体接运、暂存、火化、骨灰寄存4项基本服务扩大到6项 (the items now, then their name)"),
    ("quoted_holders", r"[^,;。“”的、]{1,8}(?:、[^,;。“”的、]{1,8})+(?=“[^”]{2,12}”[\u4e00-\u9fff]{0,4}$)", "组织图书馆、文化馆“读书日”活动不少于20场 → “读书日”活动 (the places listed hold a named event; one name before the quote qualifies it: 「专精特新“小巨人”企业」)"),
    ("in_fields", r"[^,;。]{0,24}?领域(?=示范|推广|试点|应用|开展|建设|实施|新增|建成|布设|部署|安装|配备|配置|投放)", "在公交、环卫等领域示范应用氢燃料电池汽车不少于200辆 (the fields where a thing is used)"),
    ("per_time", r"(?:[^,;。的每\d]{0,8}?每(?:天|日|周|月)|[^,;。的每\d]{1,8}?每年)(?=[\u4e00-\u9fff])", "中小学生每天校内外体育活动时间不少于2小时 / 每周开放时间不少于56小时 / 每名导师每年带教门诊不少于50个半天 (who and how often: the measure follows; a leading 每年 alone is the rhythm, TALLY_START)"),
    ("threshold_noun", r"[^,;。的]*?\d+(?:\.\d+)?(?:万|亿)?[^\d,;。的、级岁A-Za-z]{0,3}?(?:及以上|以上|以下)(?=[\u4e00-\u9fff])", "30户以上自然村通硬化路比例达到100% (not an age: 「3岁以下婴幼儿托位数」)"),
    ("container_in", r"[^,;。中]{2,12}?(?:库|项目|专项|计划|名单|工程)中由?", "省级人才库中女性专家占比"),
    ("owner_each", r"[^,;。的每]{2,12}?每(?:处|座|所|家)(?=配备|配置|设置|建有|设有)", "重点文物保护单位每处配备专职文物安全员不少于2名 → 专职文物安全员 (the owner and its per-unit word, after the owner: each one's staff; round 14)"),
    ("place_within", r"[^,;。的内]{0,8}?(?:园|园区|项目|集聚区|景区|场馆|小区|校园|厂区|基地|站|街区|商圈|生活圈|(?<!政策|保障|支付)范围)内(?=[\u4e00-\u9fff]{4,})", "公园内经营性服务设施占地面积不超过公园陆地面积的3% → 经营性服务设施占地面积 (the place the thing stands in, as a container's 中; round 14) / 街区内老字号门店数量应不少于20家 → 老字号门店数量 (round 17: 街区, 生活圈, 范围; rongyang, lanxi 15a, chengwan 16b) / 项目内配套商业服务设施建筑面积占比不超过15% → 配套商业服务设施建筑面积占比 (round 26: 项目, 集聚区, any 园 — keyang, hengzhou, gongxi; 9 of 9 labels with a place before 内 leave it, a share too)"),
    ("age_limit", r"\d{2}周?岁(?:及)?以下(?:的)?", "35周岁以下青年人才承担项目的比例"),
    ("for_recipient", r"(?:对|为)[^,;。的对]{1,8}?(?=(?:补助|补贴|奖励|资助|贴息)(?:比例|标准|金额|额度|上限))", "对山区县补助比例提高到40% → 补助比例 (who receives it, then the support's own measure)"),
    ("towards_whom", r"(?:对|针对|面向)[^,;。的]{1,12}的", "对同一经营主体的行政检查次数同比减少30%"),
    ("after_event", r"(?:改造|建成|实施|投用|运营|整改|完成|治理)后", "改造后护理型床位占比不低于55%"),
    ("may_apply", r"可(?:申请|申领|享受|获得)", "可申请延长结题时间不超过1年 / 每年可申领创新券最高20万元"),
    # (round 25: no among_them lead — 「…中」 before a share names the group it is taken in and stays, as the rate line keeps
    # what a rate counts: 8 labels of 8 notices keep it — cenzhou 业主委员会成员中党员比例, congzhou 城市配送车辆中新能源车辆占比,
    # minze, weichuan, xiuchuan, cenjiang, yingjiang, tingzhou — against daichuan's 评审专家中 → 女性专家比例; a store's 库中 is
    # container_in's)
    ("for_beneficiary", r"为[^,;。的为]{1,10}?(?:企业|单位|机构|农户|居民|群众|学校|园区|社区)(?=[\u4e00-\u9fff]{4,})", "每年为外资企业定向输送技能人才不少于2000人 → 定向输送技能人才 (whom it is done for, then what is counted)"),
    ("towards_checked", r"对(?![^,;。的]*开展)(?=[^,;。的]{2,16}(?:检查|抽查|抽检|巡查|督查|监管|执法|检测|考核|评估)[^,;。的]{0,4}$)", "对种子生产经营企业检查覆盖率达到100% → 种子生产经营企业检查覆盖率 (对 names what a check is done on; 「对新兴市场出口占比」 keeps it: exports to)"),
    ("whose_count", r"[^,;。的、]{2,24}的(?=[^,;。的]{1,6}(?:数量|个数|总数)$)", "设区市中PM2.5浓度达到国家二级标准的城市数量达到6个 (a clause before a count says which are counted: 城市数量)"),
    ("whose_counted", r"[^,;。的、]{2,16}的(?=[^,;。的]{2,5}$)(?![^,;。的]*(?:率|比例|占比|比重|值|额|量|数|面积|收入|规模|时间|时长|时限|期限|标准|资金|经费)$)", "秋季学期开设托班的公办幼儿园不少于50所 (a clause before a short counted noun: 公办幼儿园)"),
    ("whose_long", r"[^,;。的、]{2,16}的(?=[^,;。的]{6,}$)(?![^,;。的]*(?:率|比例|占比|比重)$)", "外籍人才及其随行家属的居留许可办理时限压缩至5个工作日 (before a share the clause says what is counted: 「提供托育服务的公办幼儿园占比」)"),
)
# NAME_LEADS that stay before a share or rate: a threshold says which things the rate counts, as a 「…的」 clause before a share
# does (TARGET_LABELING.md) — 「10万千瓦以上储能电站接入率」, 「年出栏生猪5000头以上的规模养殖场智能化改造比例」 stay whole.
# (name of the lead, example)
THRESHOLDS_KEPT = {
    "threshold_noun": "20户以上自然村覆盖率达到90%以上 → 20户以上自然村覆盖率",
    "condition_clause": "年出栏生猪5000头以上的规模养殖场智能化改造比例达到70% → the whole name",
}
RATE_NAME = re.compile(r"(?:率|比例|占比|比重)$")
NAME_LEAD = re.compile("^(?:" + "|".join(f"(?P<{n}>{p})" for n, p, _ in NAME_LEADS) + ")")


# NAME_LEADS of a 「…的」 clause saying which things are counted may leave a noun of two characters (企业, 乡镇):
# 「年进出口额超亿元的企业30家」 → 企业, 「城乡供水“同网同质同价”的乡镇达到12个」 → 乡镇 (round 19: ruochuan 17a, luwan 18b;
# TARGET_LABELING.md: such a clause before a counted noun leaves the name). A threshold without 的 is left at three
# characters: the labels differ (「新开工亿元以上项目」 → 项目 in 17b, 「投资亿元以上项目」 whole in 8a). (name of the lead, example)
SHORT_NOUN_LEADS = {
    "condition_clause": "年营业收入2000万元以上的企业50家 → 企业",
    "over_threshold_de": "年进出口额超亿元的企业30家左右 → 企业",
    "whose_counted": "实现城乡供水“同网同质同价”的乡镇达到12个 → 乡镇",
}
# …unless the clause joins nouns (及, 和, 与 standing as jieba's words): 「电商企业及服务电商的企业200户」 is one name of two
# members; the 与 of a verb (参与, 给与) joins nothing — 「高校院所参与开放许可的专利3000件」 → 专利 (round 25: liangjiang 24a).
JOINERS = frozenset("及 和 与 以及 及其".split())
# A 「…的」 clause before a one-character counted noun leaves it too, as 55 goal labels of 44 files read the clause before a
# counted noun: 「年经营性收入50万元以上的村达到60个」 → 村 (round 25: qinchuan 24b ×2); a measure's one character stays
# with what it measures. (name, pattern of the one character, example)
ONE_CHAR_COUNTED = (("one_char_counted", r"[\u4e00-\u9fff](?<![率量数额值价])", "收入50万元以上的村达到60个 → 村"),)
ONE_CHAR_NOUN = re.compile(one_of(ONE_CHAR_COUNTED))


def short_noun_lead(lead: re.Match[str], words) -> bool:
    """Whether the name lead ``lead`` (NAME_LEAD; ``words``: jieba's words of it) may leave a counted noun of two
    characters."""
    return lead.lastgroup in SHORT_NOUN_LEADS and not any(word in JOINERS for word, _ in words)


def counted_noun_floor(lead: re.Match[str], name: str, words) -> int:
    """The fewest characters the name lead ``lead`` (``words``: jieba's words of it) may leave of ``name``: one
    (ONE_CHAR_COUNTED) after a 「…的」 clause saying which things are counted, two after another such lead
    (short_noun_lead), else three."""
    if not short_noun_lead(lead, words):
        return 3
    return 1 if lead.group().endswith("的") and ONE_CHAR_NOUN.fullmatch(name[lead.end() :]) else 2
