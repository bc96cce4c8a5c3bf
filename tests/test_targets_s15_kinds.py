"""Session 15's kind rules (issue 11): a store's climate kept (kept_standards.CLIMATES), a limit 控制在 set 原则上
(HELD_IN_PRINCIPLE), the times a service is provided to each one served (SERVICE_TIMES), what each holder undergoes (UNDERGONE) and a team's members after a team
named by 队 or counted after its name (team_sizes.TEAM_MEMBERS) are amounts, and 至少 before the one served bounds the
times provided (head.LIMITS_FOR_RECIPIENT). Sentences written for the test: every target
with its exact fields and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

AMOUNTS = [
    ("药材库房温度控制在10—25℃，相对湿度控制在40%至65%。", [
        ("药材库房温度", None, "℃", "reach", "amount", "药材库房温度控制在10—25℃"),
        ("相对湿度", None, "%", "reach", "amount", "相对湿度控制在40%至65%"),
    ]),
    ("成品库库内温度原则上控制在12℃以下。", [
        # (session 20: a store is the holder of its own temperature, as 库 in HOLDER_ENDINGS; the holder model cuts it)
        ("库内温度", 12.0, "℃", "at_most", "amount", "库内温度原则上控制在12℃以下"),
    ]),
    ("附属用房用地规模原则上控制在项目用地规模的8%以内。", [
        ("附属用房用地规模", 8.0, "%", "at_most", "amount", "附属用房用地规模原则上控制在项目用地规模的8%以内"),
    ]),
    ("卫生院每年为签约的独居老人提供不少于2次上门随访。", [
        ("上门随访", 2.0, "次", "at_least", "amount", "提供不少于2次上门随访"),
    ]),
    ("养老机构每年至少为护理员免费提供1次健康体检。", [
        ("健康体检", 1.0, "次", "at_least", "amount", "提供1次健康体检"),
    ]),
    ("资质证书有效期内，每年至少接受1次跟踪检查。", [
        ("跟踪检查", 1.0, "次", "at_least", "amount", "至少接受1次跟踪检查"),
    ]),
    ("每个社区组建老年志愿巡逻队，队员不少于8人。", [
        ("队员", 8.0, "人", "at_least", "amount", "队员不少于8人"),
    ]),
    ("组建县级道路抢通队伍1支，队员不少于25人。", [
        ("县级道路抢通队伍", 1.0, "支", "equal", "goal", "县级道路抢通队伍1支"),
        ("队员", 25.0, "人", "at_least", "amount", "队员不少于25人"),
    ]),
]
# Where the rules must not change the reading: a temperature changed, 控制在 alone, a count 控制在 原则上, an expert pool, a rate
# kept (保持), and a count of shows provided.
KEPT = [
    ("中心城区夏季热岛强度比2025年下降0.6℃。", [
        ("中心城区夏季热岛强度", 0.6, "℃", "decrease", "goal", "中心城区夏季热岛强度比2025年下降0.6℃"),
    ]),
    ("全市用水总量控制在2.1亿立方米以内。", [
        ("用水总量", 2.1, "亿立方米", "at_most", "goal", "用水总量控制在2.1亿立方米以内"),
    ]),
    ("半程马拉松参赛规模原则上控制在8000人以内。", [
        ("半程马拉松参赛规模", 8000.0, "人", "at_most", "goal", "半程马拉松参赛规模原则上控制在8000人以内"),
    ]),
    ("组建县级水利专家库，专家人数不少于20名。", [
        ("专家人数", 20.0, "名", "at_least", "goal", "专家人数不少于20名"),
    ]),
    ("仓储设施完好率保持100%。", [
        ("仓储设施完好率", 100.0, "%", "equal", "goal", "仓储设施完好率保持100%"),
    ]),
    ("每年为群众提供送戏下乡服务300场。", [
        ("送戏下乡服务", 300.0, "场", "equal", "goal", "送戏下乡服务300场"),
    ]),
]


@pytest.mark.parametrize(("sentence", "expected"), AMOUNTS + KEPT, ids=[s[:10] for s, _ in AMOUNTS + KEPT])
def test_s15_kinds(sentence, expected):
    assert targets_with_spans(sentence) == expected
