"""Rules of the sixteenth round for support amounts (issue 11, from held-out round 15's kind and naming errors),
each on sentences written for the test, not copied from a labelled notice: every target of the sentence with
its exact indicator, value, unit, comparator and kind, and the text its span gives back."""

import pytest

from target_rows import targets_with_spans

# (sentence, [(indicator, value, unit, comparator, kind, span text), ...])
AMOUNTS16 = [
    # standard_kinds.SHOULD_MEETS should_meet: a limit each one 应 meet is a standard, an amount; found.TRAILING_FILLER
    # leaves 应 out of the name
    ("改建后的驿站服务面积应不少于80平方米。", [("服务面积", 80.0, "平方米", "at_least", "amount", "服务面积应不少于80平方米")]),
    ("示范街区特色门店占比应不低于25%。", [("示范街区特色门店占比", 25.0, "%", "at_least", "amount", "示范街区特色门店占比应不低于25%")]),
    # …with the equipping verb: names.ACTING_SUBJECTS should_equip leaves who equips out of the name
    ("社区食堂应配备持证营养配餐人员不少于1名。", [("持证营养配餐人员", 1.0, "名", "at_least", "amount", "持证营养配餐人员不少于1名")]),
    # …while 应急 / 供应 are words, no obligation: a count stays a goal and the name keeps 供应
    ("全年组织应急疏散演练不少于30场次。", [("应急疏散演练", 30.0, "场次", "at_least", "goal", "应急疏散演练不少于30场次")]),
    # …and a money floor in a clause naming who applies is a condition, not read as a standard (the kind stays)
    ("申请奖励的企业实缴注册资本应不低于500万元。", [("企业实缴注册资本", 500.0, "万元", "at_least", "goal", "企业实缴注册资本应不低于500万元")]),
    # standard_names.OWNERS_OF_STANDARDS firm_or_office: a standard's name leaves out the firm or office that meets it
    ("供气企业液化气储备量不低于7天用量。", [("液化气储备量", 7.0, "天", "at_least", "amount", "液化气储备量不低于7天")]),
    # standard_kinds.STAFF_STANDARDS staff_of_office: the staff a firm or office must keep is an amount
    ("物业服务企业专职消防人员不少于2名。", [("专职消防人员", 2.0, "名", "at_least", "amount", "专职消防人员不少于2名")]),
    ("乡镇农技推广机构专业技术人员比例不低于70%。", [("专业技术人员比例", 70.0, "%", "at_least", "amount", "专业技术人员比例不低于70%")]),
    # …while a goal keeps the firms it counts in its name
    ("规模以上工业企业数字化改造覆盖率不低于80%。", [("规模以上工业企业数字化改造覆盖率", 80.0, "%", "at_least", "goal", "规模以上工业企业数字化改造覆盖率不低于80%")]),
    # standard_names.PERIODIC_CHECKS periodic_check: how often each asset or user is inspected is an amount named
    # by the inspection; same_check_again: a further frequency for other users is the same inspection's
    ("供热管网每月巡查不少于2次。", [("巡查", 2.0, "次", "at_least", "amount", "巡查不少于2次")]),
    ("每台电梯每季度至少巡检1次。", [("巡检", 1.0, "次", "at_least", "amount", "巡检1次")]),
    ("商业用户每季度入户安检不少于1次，居民用户每年不少于1次。", [("入户安检", 1.0, "次", "at_least", "amount", "入户安检不少于1次"), ("入户安检", 1.0, "次", "at_least", "amount", "居民用户每年不少于1次")]),
    # …while a government's inspections counted stay a goal
    ("每年开展燃气安全专项检查不少于4次。", [("燃气安全专项检查", 4.0, "次", "at_least", "goal", "燃气安全专项检查不少于4次")]),
    # standard_kinds.SITE_AREAS site_area: a site's area in square metres or mu under a limit word is an amount
    ("便民服务网点营业面积不少于50平方米。", [("营业面积", 50.0, "平方米", "at_least", "amount", "营业面积不少于50平方米")]),
    ("示范茶园连片面积不少于300亩。", [("示范茶园连片面积", 300.0, "亩", "at_least", "amount", "示范茶园连片面积不少于300亩")]),
    # …while a territory's area in 万亩 stays a goal
    ("永久基本农田保护面积不低于40万亩。", [("永久基本农田保护面积", 40.0, "万亩", "at_least", "goal", "永久基本农田保护面积不低于40万亩")]),
    # standard_kinds.standard_run (round 27; was facility_kinds.STAFF_LISTS staff_too): a further staff count after a facility's staff standard is an amount too,
    # and kinds.standards_continued: members sharing one value share its kind
    ("每个服务网点应配备网点负责人不少于1名、保洁人员不少于4名。", [("网点负责人", 1.0, "名", "at_least", "amount", "网点负责人不少于1名"), ("保洁人员", 4.0, "名", "at_least", "amount", "保洁人员不少于4名")]),
    ("每个卫生室配备乡村医生、护士各不少于1名。", [("乡村医生", 1.0, "名", "at_least", "amount", "乡村医生、护士各不少于1名"), ("护士", 1.0, "名", "at_least", "amount", "护士各不少于1名")]),
]


@pytest.mark.parametrize("sentence, expected", AMOUNTS16, ids=[s[:12] for s, _ in AMOUNTS16])
def test_round16_amounts(sentence, expected):
    assert targets_with_spans(sentence) == expected
