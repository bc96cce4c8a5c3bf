"""Chinese labels for what a clerk reads on a review page: roles, record kinds, diagnostics, changes.

Each table maps the contract's English code to the label shown; a code missing from a table (a
kind added to the contract later) is shown as it is written.
"""

from __future__ import annotations

ROLES = {"lead": "牵头", "cooperate": "配合", "responsible": "责任"}

TARGET_KINDS = {"goal": "目标", "amount": "额度", None: "指标"}
"""``targets[].kind``: goals a government commits to, support amounts; ``None`` before the field exists."""

DEADLINE_KINDS = {"date": "日期", "period": "期限", "recurring": "定期", "ongoing": "长期"}

CLAUSE_KINDS = {"carry_over": "沿用说明", "first_unit": "牵头约定", "first_group": "牵头约定"}
"""``tasks[].clauses[].kind``: a carry-over clause (「以下均需…落实，不再列出」) or a declared convention."""

SECTION_KINDS = {"heading": "标题", "box": "专栏"}

DIAGNOSTICS = {
    "unresolved_unit": "未识别的单位",
    "text_without_assignment": "无分工的文字",
    "unparsed_assignment": "疑似分工行（未能解析）",
    "block_without_task": "分工前无任务",
    "no_tasks": "没有任务",
}

DIAGNOSTIC_HELP = {
    "unresolved_unit": "单位名称不在单位词典中，按原文保留",
    "text_without_assignment": "这段文字没有对应的分工单位",
    "unparsed_assignment": "看似分工行，但未能解析出单位",
    "block_without_task": "分工行之前没有任务文字",
    "no_tasks": "全文没有带分工的任务",
}
"""What a diagnostic means, for the clerk; the pipeline's own message is the tooltip."""

CHANGES = {
    "metadata_changed": "文件信息变更",
    "section_added": "新增标题",
    "section_removed": "删除标题",
    "section_renamed": "标题改写",
    "section_renumbered": "标题重新编号",
    "section_moved": "标题移动",
    "task_added": "新增任务",
    "task_removed": "删除任务",
    "task_moved": "任务移动",
    "task_renumbered": "任务重新编号",
    "task_reworded": "任务改写",
    "assignment_removed": "删除单位",
    "assignment_added": "新增单位",
    "role_changed": "角色变更",
    "unit_renamed": "单位改名",
    "open_ended_changed": "“等”变更",
    "target_added": "新增指标",
    "target_removed": "删除指标",
    "target_value_changed": "指标值变更",
    "target_unit_changed": "指标单位变更",
    "target_comparator_changed": "指标比较方式变更",
    "target_pending_changed": "待定指标变更",
    "target_year_changed": "指标年份变更",
    "target_annual_changed": "年均变更",
    "target_baseline_changed": "基数变更",
    "target_kind_changed": "指标类别变更",
    "deadline_changed": "时限变更",
}

METADATA = {
    "title": "标题",
    "doc_number": "文号",
    "issuer": "发文机关",
    "date": "日期",
    "source_site": "来源",
    "addressees": "主送",
}


def label(table: dict, code) -> str:
    """The label of ``code`` in ``table``, or the code itself when the table does not know it."""
    return table.get(code, "" if code is None else str(code))
