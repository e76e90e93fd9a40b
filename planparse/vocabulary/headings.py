"""Headings and where a document's parts begin and end: parts that hold tasks and parts that do not, the closing."""

from __future__ import annotations

#: Top-level headings whose numbered items are not activities, even when numbered like them.
NON_ACTIVITY_HEADINGS: dict[str, str] = {
    "指导思想": "guidance",
    "总体要求": "guidance",
    "总体目标": "guidance",
    "工作目标": "guidance",
    "主要目标": "guidance",
    "目标要求": "guidance",
    "基本原则": "guidance",
    "工作原则": "guidance",
    "活动主题": "guidance",
    "活动目的": "guidance",
    "目的意义": "guidance",
    "适用范围": "guidance",
    "工作要求": "requirements",
    "活动要求": "requirements",
    "其他要求": "requirements",
    "有关事项": "requirements",
    "组织实施": "requirements",
    "有关要求": "requirements",
    "相关要求": "requirements",
    "具体要求": "requirements",
    "保障措施": "requirements",
    "组织领导": "requirements",
    "组织与领导": "requirements",  # 三、活动组织与领导 / 1、活动领导：… / 2、活动组织：…
    "组织和领导": "requirements",
    "组织保障": "requirements",
    "工作保障": "requirements",
    "组织机构": "requirements",
    "工作机制": "requirements",
    "注意事项": "requirements",
    "其他事项": "requirements",
    "时间安排": "schedule",
    "活动时间": "schedule",
    "活动地点": "schedule",
    "活动信息": "schedule",  # 活动时间：…, 活动地点：…, 主办单位：…: the event's particulars
    "活动概况": "schedule",
    "基本信息": "schedule",
    "会议时间": "schedule",
    "会议地点": "schedule",
    "参会人员": "schedule",
    "参会范围": "schedule",
    "参加人员": "schedule",
    "参加对象": "schedule",
    "活动对象": "schedule",
    "实施步骤": "schedule",
    "工作步骤": "schedule",
    "方法步骤": "schedule",
    "进度安排": "schedule",
    "阶段安排": "schedule",
    "活动流程": "schedule",
    "活动程序": "schedule",
    "活动议程": "schedule",
    "会议议程": "schedule",
    # a contest's or an assessment's parts: who takes part, when, how entries are judged
    "参赛对象": "schedule",
    "参赛范围": "schedule",
    "征集对象": "schedule",
    "考核对象": "schedule",
    "比赛时间": "schedule",
    "比赛地点": "schedule",
    "竞赛时间": "schedule",
    "征集时间": "schedule",
    "报名方式": "schedule",
    "报名时间": "schedule",
    "报名办法": "schedule",
    "评选办法": "schedule",
    "评审办法": "schedule",
    "评比办法": "schedule",
    "评选方式": "schedule",
    "评审方式": "schedule",
    "考核方式": "schedule",
    "考核办法": "schedule",
    "考核程序": "schedule",
    "考核内容": "guidance",
    "考核指标": "guidance",
    "考核标准": "guidance",
    "评选标准": "guidance",
    "评分标准": "guidance",
    "评审标准": "guidance",
    "比赛规则": "guidance",
    "竞赛规则": "guidance",
    "实施范围": "guidance",
    "奖项": "requirements",  # 奖项设置, 奖项设立
    "奖励办法": "requirements",
    "表彰奖励": "requirements",
    "结果运用": "requirements",
    "联系方式": "other",
}

#: How a top-level heading ends when its part says what holds for all the tasks (几点要求, 纪律要求,
#: 经费保障, 附则), unless it also names tasks (工作任务和要求).
REQUIREMENT_HEADING_ENDINGS = ("要求", "保障", "纪律", "附则", "有关说明", "其他事项")

#: How a top-level heading ends when its part looks back or takes stock (2023年工作开展情况,
#: 存在的问题) in a summary that carries a plan: its points are findings, not tasks.
LOOKING_BACK_HEADING_ENDINGS = (
    "开展情况", "完成情况", "进展情况", "落实情况", "基本情况", "总体情况", "工作回顾", "主要成效", "工作成效",
    "取得的成效", "主要成绩", "工作成绩", "取得的成绩", "主要做法", "工作亮点", "存在的问题", "存在问题",
    "主要问题", "问题和不足", "问题与不足", "困难和问题", "不足之处", "形势分析", "面临的形势", "工作背景",
)

#: Top-level headings under which numbered items are activities even when no field says so.
ACTIVITY_HEADINGS = (
    "活动安排", "主要活动", "重点活动", "系列活动", "具体活动", "活动内容", "活动项目",
    "重点任务", "主要任务", "工作任务", "具体任务", "任务分工", "任务清单", "工作分工", "责任分工", "职责分工",
    "具体措施", "工作措施", "主要措施", "重点工作", "主要工作", "工作安排", "具体安排",
    "主要内容", "实施内容", "工作内容", "工作要点", "工作计划", "工作打算", "下一步工作",
    "整改措施", "整改任务", "整改举措", "主要举措", "重点举措",
)

#: How a short top-level heading ends when it names the tasks under it in words of its own
#: (整治任务, 创建任务, 攻坚举措); 目标任务 sets targets.
ACTIVITY_HEADING_ENDINGS = ("任务", "举措")

#: A document ends with these: everything from such a line on is the closing.
CLOSING_OPENERS = (
    "联系人", "联系电话", "联系方式", "邮箱", "电子邮箱", "传真", "附件", "抄送", "印发",
    "上一篇", "下一篇", "（此件", "(此件", "此件公开",
)

#: Minutes (会议纪要) end with who attended (出席：…, 参加人员：…, 记录：…): a plan may list
#: 参加人员 as one of its items, so these labels close minutes alone.
MINUTES_CLOSING_LABELS = (
    "出席", "列席", "参加", "参会", "与会", "请假", "缺席", "记录", "分送", "发送",
)
