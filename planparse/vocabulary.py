"""Words planparse recognises, one table per kind: adding a label or a heading is one line.

Every table is written in simplified script; text is matched through `text.fold`, which maps
traditional characters and full-width forms onto these before any pattern sees them.
"""

from __future__ import annotations

#: Field label -> the Activity attribute its value fills.
LABEL_ROLES: dict[str, str] = {
    # lead units
    "牵头部门": "lead_units",
    "牵头单位": "lead_units",
    "牵头科室": "lead_units",
    "牵头处室": "lead_units",
    "牵头机构": "lead_units",
    "牵头责任单位": "lead_units",
    "牵头责任部门": "lead_units",
    "主办单位": "lead_units",
    "主办部门": "lead_units",
    "主办科室": "lead_units",
    "主办方": "lead_units",  # 主办方：校学生会 / 承办方：生活部, as a student society's plan names them
    "主办": "lead_units",
    "主责单位": "lead_units",
    "主责部门": "lead_units",
    "牵头": "lead_units",
    # responsible units
    "责任部门": "responsible_units",
    "责任单位": "responsible_units",
    "责任科室": "responsible_units",
    "责任处室": "responsible_units",
    "责任主体": "responsible_units",
    "承办单位": "responsible_units",
    "承办部门": "responsible_units",
    "承办科室": "responsible_units",
    "承办方": "responsible_units",
    "承办": "responsible_units",
    "实施单位": "responsible_units",
    "实施部门": "responsible_units",
    "负责单位": "responsible_units",
    "负责部门": "responsible_units",
    "落实单位": "responsible_units",
    "执行单位": "responsible_units",
    "组织单位": "responsible_units",
    "活动组织": "responsible_units",  # 活动组织：图书馆读书会, in a part naming who runs the plan
    "活动组织者": "responsible_units",  # 活动组织者：…, a blank left in the form where the community names none
    "组织者": "responsible_units",
    "具体负责": "responsible_units",
    "负责": "responsible_units",
    "责任": "responsible_units",  # the short forms of a bracket: （牵头：…；配合：…）, （主责：…；协同：…）
    "主责": "responsible_units",
    "主要责任单位": "responsible_units",
    "具体责任单位": "responsible_units",
    "责任股室": "responsible_units",
    "责任处(科)室": "responsible_units",  # folded: the text's brackets are read half-width
    "承担单位": "responsible_units",
    "承担部门": "responsible_units",
    "实施主体": "responsible_units",
    "负责科室": "responsible_units",
    "经办单位": "responsible_units",
    "具体实施单位": "responsible_units",
    # cooperating units
    "配合单位": "cooperating_units",
    "配合部门": "cooperating_units",
    "配合科室": "cooperating_units",
    "配合处室": "cooperating_units",
    "协办单位": "cooperating_units",
    "协办部门": "cooperating_units",
    "协办科室": "cooperating_units",
    "协办方": "cooperating_units",
    "协助单位": "cooperating_units",
    "协作单位": "cooperating_units",
    "参与单位": "cooperating_units",
    "支持单位": "cooperating_units",
    "参与部门": "cooperating_units",
    "参加单位": "cooperating_units",
    "配合": "cooperating_units",
    "协同": "cooperating_units",
    "协办": "cooperating_units",
    "协助": "cooperating_units",
    "协同单位": "cooperating_units",
    "协同部门": "cooperating_units",
    "配合责任单位": "cooperating_units",
    "协同责任单位": "cooperating_units",  # 牵头责任单位 / 协同责任单位: the lead and those who work with it
    "协同责任部门": "cooperating_units",
    "参与部门单位": "cooperating_units",
    "协助部门": "cooperating_units",
    "协同配合单位": "cooperating_units",
    "配合协助单位": "cooperating_units",
    "成员单位": "cooperating_units",  # a working group's (综合协调组): its members work with its lead
    # people, not units
    "牵头领导": "lead_officials",
    "责任领导": "lead_officials",
    "活动领导": "lead_officials",
    "分管领导": "lead_officials",
    "联系领导": "lead_officials",
    "包保领导": "lead_officials",
    "责任人": "lead_officials",
    "负责人": "lead_officials",
    "具体负责人": "lead_officials",
    "具体责任人": "lead_officials",
    "牵头人": "lead_officials",
    "督导领导": "lead_officials",
    "分管副职": "lead_officials",
    "责任领导同志": "lead_officials",
    "包联领导": "lead_officials",
    "包抓领导": "lead_officials",
    "包挂领导": "lead_officials",
    "县领导": "lead_officials",  # a ledger's column of the county leaders in charge
    "市领导": "lead_officials",
    "区领导": "lead_officials",
    "省领导": "lead_officials",
    "督办领导": "lead_officials",
    "负责领导": "lead_officials",
    "牵头负责领导": "lead_officials",
    "第一责任人": "lead_officials",
    "直接责任人": "lead_officials",
    "主要责任人": "lead_officials",
    "组长": "lead_officials",  # a working group's (宣传组 / 组长：… / 职责：…): who answers for its duty
    # deadline
    "完成时限": "deadline",
    "完成时间": "deadline",
    "完成期限": "deadline",
    "完成日期": "deadline",
    "办结时限": "deadline",
    "时间安排": "deadline",
    "时间节点": "deadline",
    "完成时间节点": "deadline",
    "办结时间": "deadline",
    "时间进度": "deadline",
    "进度安排": "deadline",
    "截止时间": "deadline",
    "活动时间": "deadline",
    "活动时间及地点": "deadline",  # 2025年4月3日8:30  城西烈士陵园: the time is what a ledger keeps
    "活动时间和地点": "deadline",
    "时间及地点": "deadline",
    "时间地点": "deadline",
    "实施时间": "deadline",
    "时限要求": "deadline",
    "时限": "deadline",
    "时间": "deadline",
    "计划完成时间": "deadline",
    "预计完成时间": "deadline",
    "起止时间": "deadline",
    "开展时间": "deadline",
    "举办时间": "deadline",
    "会议时间": "deadline",  # a meeting's 会务分工: what has no time of its own is due on the day
    "比赛时间": "deadline",
    "竞赛时间": "deadline",
    "时间要求": "deadline",
    "推进时限": "deadline",
    "工作时限": "deadline",
    "完成节点": "deadline",
    "办理时限": "deadline",
    "建设期限": "deadline",
    "实施期限": "deadline",
    "建设年限": "deadline",
    "起止年限": "deadline",
    "期限": "deadline",
    "整改时限": "deadline",  # 整改方案: each problem's measures, who and by when
    "整改期限": "deadline",
    "整改时间": "deadline",
    # the item's own text, when a plan numbers it like a field
    "活动内容": "content",
    "工作内容": "content",
    "主要内容": "content",
    "具体内容": "content",
    "任务内容": "content",
    "建设内容": "content",  # a project list's: what is to be built
    "职责": "content",  # a working group's duty is its task
    "主要职责": "content",
    "工作职责": "content",
    # the item's name, where it opens the item: 1.任务名称：推进政务数据共享
    "任务名称": "title",
    "项目名称": "title",
    "活动名称": "title",
    "事项名称": "title",
    "督办事项": "title",  # a 督办单: one task in fields, no number
    "交办事项": "title",
    # known, kept in `fields`, but no unit, person or time
    "活动地点": "info",
    "指导单位": "info",  # a superior that guides the work, doing none of it
    "地点": "info",
    "参加人员": "info",
    "参加对象": "info",
    "参与人员": "info",
    "参与对象": "info",
    "活动对象": "info",
    "活动形式": "info",
    "活动方式": "info",
    "主讲人": "info",
    "工作措施": "info",
    "具体措施": "info",
    "工作举措": "info",
    "主要措施": "info",
    "预期成效": "info",
    "预期效果": "info",
    "完成标准": "info",
    "工作标准": "info",
    "备注": "info",
    "附件": "info",  # 附件：任务分工表 — what the document attaches
    "要求": "info",  # a contest's rules (字数不少于800字): what to do, not who or when
    "具体要求": "info",
    "活动要求": "info",  # 1.时间安排：… / 2.活动要求：… / 3.责任主体：…: an activity's particulars, no item of its own
    "组织形式": "info",
    "活动规模": "info",
    "规模": "info",
    "参赛要求": "info",
    "作品要求": "info",
    "奖项设置": "info",
    "评选办法": "info",
    "整改措施": "info",
    "督办要求": "info",
    "办理要求": "info",
    "督办编号": "info",
    "编号": "info",
    "整改目标": "info",
    "整改要求": "info",
    "问题表现": "info",
    "具体问题": "info",
    "问题描述": "info",
    "联系人": "info",
    "副组长": "info",
    "具体安排": "info",  # an event's own timetable, on the lines under it
    "成员": "info",
    "组员": "info",
    "联系电话": "info",
    "电话": "info",
    "联系方式": "info",
    "邮箱": "info",
    "经费来源": "info",
    "资金来源": "info",
    "建设规模": "info",
    "总投资": "info",
    "投资额": "info",
    "年度投资": "info",
    "工作目标": "info",
    "年度目标": "info",
    "目标任务": "info",
    "绩效目标": "info",
    "考核指标": "info",
    "推进措施": "info",
    "完成情况": "info",  # a ledger kept up: how far the task has come
    "进展情况": "info",
    "建设地点": "info",
    "举办地点": "info",
}
# 牵头市领导, 包联县领导: the level of government written into an official's label
LABEL_ROLES.update({
    f"{label[:-2]}{level}领导": role for label, role in list(LABEL_ROLES.items()) if label.endswith("领导") for level in "省市县区"
})

#: Roles whose values are lists of names.
NAME_ROLES = ("lead_units", "responsible_units", "cooperating_units", "lead_officials")

#: Column headers of a task table (任务分工表) beyond the field labels above.
TABLE_COLUMNS: dict[str, str] = {
    "序号": "number",
    "编号": "number",
    "工作任务": "task",
    "任务内容": "task",
    "具体措施": "task",
    "工作内容": "task",
    "工作措施": "task",
    "具体举措": "task",
    "主要举措": "task",
    "工作举措": "task",
    "举措": "task",
    "重点任务": "task",
    "主要任务": "task",
    "具体任务": "task",
    "目标任务": "task",
    # a schedule's time column; as labels in prose these would date a masthead (日期：…)
    "日期": "deadline",
    "起止日期": "deadline",
    "活动日期": "deadline",
    "月份": "deadline",
    "周次": "deadline",  # a school term's calendar: 第一周, 第三至四周
    "重点工作": "task",
    "主要工作": "task",
    "工作项目": "task",
    "工作名称": "task",
    "重点项目": "task",
    "工作要点": "task",
    "任务及措施": "task",
    "目标及措施": "task",
    "任务名称": "task",
    "事项名称": "task",
    "工作事项": "task",
    "活动名称": "task",
    "活动项目": "task",
    "活动环节": "task",
    "活动内容": "task",
    "项目名称": "task",
    "主要内容": "task",
    "具体工作": "task",
    "任务": "task",
    "事项": "task",
    "内容": "task",
    # where a task comes from (县委经济工作会议, 政府工作报告): not the task
    "任务来源": "info",
    "来源": "info",
    "任务依据": "info",
    "工作依据": "info",
    "依据": "info",
    # when work starts, beside when it is done (开始时间 | 完成时间): together they give its window
    "开始时间": "start",
    "启动时间": "start",
    "起始时间": "start",
    "开工时间": "start",
    "计划开始时间": "start",
    "开始日期": "start",
    # a table of targets shared out (指标名称 | 目标值 | 责任单位): each target is a task
    "指标名称": "task",
    # a 整改方案's ledger: the problem titles the row, its measures are what is to be done
    "问题": "task",
    "存在问题": "task",
    "问题表现": "task",
    "具体问题": "task",
    "问题描述": "task",
    "反馈问题": "task",
    "问题清单": "task",
    "整改事项": "task",
    "整改措施": "task",
    "整改举措": "task",
    "整改任务": "task",
    # under a merged 责任单位 in a header of two rows: 牵头 | 配合
    "牵头": "lead_units",
    "主责": "responsible_units",
    "配合": "cooperating_units",
    "协办": "cooperating_units",
}

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

#: Verbs that give units a role in the bracket that ends a task (（区司法局牵头，…）) or in a title's
#: last clauses; in both scripts, since these are looked for in the text as written.
ASSIGNING_VERBS = ("牵头", "负责", "主责", "配合", "协助", "协办", "参与", "牽頭", "負責", "協助", "協辦", "參與")

#: Last words of a document title (a leading short line).
TITLE_ENDINGS = (
    "方案", "通知", "计划", "意见", "要点", "安排", "办法", "规划", "细则", "纲要",
    "清单", "台账", "分工", "通告", "公告", "决定", "规定", "实施意见", "工作要点",
    "分工表", "分解表", "任务表", "安排表", "进度表", "计划表", "一览表", "责任表", "推进表", "督办单",
    "通知单", "交办单", "任务单", "督办函", "交办函",
    "任务", "分解",  # 2021年县政府重点工作任务, 重点工作任务分解: the list of tasks is the document
)

#: Last words of the title of a document that looks back, reports, or speaks about a plan, not
#: a plan: its numbered points are findings or explanations, not tasks (unless it assigns them
#: with fields). 政策解读 and 起草说明 explain a plan; 请示 and 批复 ask and answer.
REPORT_TITLE_ENDINGS = (
    "总结", "报告", "通报", "纪要", "汇报", "简报", "讲话", "发言", "述职", "致辞",
    "解读", "说明", "请示", "批复", "答复", "复函", "倡议书", "倡议", "公示",
    "一封信", "公开信", "慰问信", "感谢信", "贺信",  # 致全县家长的一封信: it speaks to people, and assigns no one a task
)

#: Words by which a document says, near its head, that it reports on work done, explains a plan or
#: sets an agenda (述职报告, 工作总结, 落实情况的通报, 政策解读, 修订议程): its numbered points are no
#: tasks, whatever their shape.
REPORTING_WORDS = ("总结", "述职", "汇报", "通报", "议程", "解读")
#: Verbs a unit that does a task is the subject of, at the head of its sentence (财务部在…设接待站,
#: 政教处、大队部制订工作计划) or after 由 (由区教育局抓紧打报告): the unit before them does the task.
SUBJECT_VERBS = (
    "在", "分别", "负责", "将", "要", "制订", "制定", "组织", "开展", "落实", "做好", "完成", "举办", "召开",
    "抓紧", "牵头", "设立", "安排", "协调", "督促", "指导", "推进",
)

#: What follows the units a clause opens with, when they do its work (区住建局要…, 各镇街在…,
#: 区应急局会同区委宣传部组织…; 统筹 makes them the lead): a wider set than SUBJECT_VERBS, with the
#: modal verbs, prepositions and adverbs that may stand between a unit and its verb.
SUBJECT_FOLLOWERS = (
    "要", "应", "须", "需", "将", "在", "于", "按", "对", "向", "以", "组织", "开展", "举办", "统筹", "会同", "联合",
    "结合", "围绕", "根据", "通过", "做好", "加强", "制定", "完成", "分别", "共同", "积极", "认真", "切实",
    "全面", "持续", "深入", "广泛", "集中", "利用", "依托", "进行", "召开", "印发", "建立", "推进", "指导", "督促",
    "自主", "自行", "统一",
)

#: jieba's tokens that end a unit's name when walking back from its verb (segmenter.py): actions, times, prepositions.
NAME_STOP_TOKENS = frozenset(
    [
        "组织", "开展", "举办", "召开", "完成", "推进", "落实", "加强", "建立", "做好", "抓好", "活动", "工作", "会议", "任务", "前", "后",
        "由", "在", "于", "对", "向", "将", "把", "及时", "按时", "确保", "负责", "牵头", "配合", "参与", "实施", "月底", "年底", "年内",
        "期间", "以来", "目前", "同时", "并", "和", "与", "并由", "会同", "联合", "指导", "督促", "要求", "通过", "围绕", "结合", "深入",
        "广泛", "积极", "认真", "全面", "扎实", "切实", "进一步",
    ]
)

#: A calendar's days off (中秋节（放假）, 国庆日补假): no work to do.
DAYS_OFF = ("放假", "补假", "補假", "调休", "調休")

#: …现将有关情况通报如下: the sentence a report opens its findings with.
REPORTING_LEAD_INS = ("汇报如下", "通报如下", "报告如下", "总结如下", "解读如下")

#: Last words of the title of rules (管理办法, 实施细则, 规定) and of announcements to the public
#: (禁止燃放烟花爆竹的通告): their points say what holds, not tasks to track (unless they assign
#: them with fields).
RULES_TITLE_ENDINGS = ("办法", "细则", "规定", "条例", "章程", "制度", "规则", "守则", "准则", "通告", "公告")

#: What a document is for, when its title opens with it after 关于 (关于表彰…的决定, 关于任免…的通知):
#: it commends, names, appoints or disciplines, and its lists are of people and units, not tasks.
NOT_PLAN_PURPOSES = ("表彰", "通报表彰", "嘉奖", "命名", "授予", "任免", "给予", "通报批评")

#: Lines that mark a press report rather than a plan.
NEWS_MARKERS = (
    "原标题", "编者按", "责编", "责任编辑", "来源", "记者", "通讯员", "本报讯", "扫描关注",
    "新华社", "本网讯", "编辑", "供图", "撰稿",
)

#: Plans say what they are in their opening.
PLAN_PHRASES = (
    "如下方案", "本方案", "实施方案", "工作方案", "活动方案", "具体工作安排如下", "安排如下",
    "工作要点", "任务分工",
)

#: Each warning code in the words a supervisor reads in the ledger (the JSON keeps the code).
WARNING_WORDS: dict[str, str] = {
    "no_units": "未找到责任单位",
    "no_deadline": "未找到完成时限",
    "deadline_unparsed": "完成时限未能识别",
    "deadline_without_year": "完成时限未注明年份",
    "placeholder_deadline": "完成时限为待填占位",
    "unknown_label": "含未识别的字段",
    "numbering_gap": "编号不连续",
    "duplicate_number": "编号重复",
    "no_activities": "未找到任务",
    "generic_reading": "按通用方式识别，请核对",
    "decode_replaced": "部分文字编码有误",
}

#: The heavenly stems, which number a list as 甲、乙、丙、 (Word's ideographTraditional prints them too).
HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
#: The earthly branches, Word's ideographZodiac list: 子、丑、寅、
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"

#: The columns of a government or school site, which a page heads its text with in place of the
#: document's own title (通知公告 over a plan whose title is in its first paragraph).
SITE_COLUMNS = frozenset({
    "通知公告", "通知通告", "公示公告", "公告公示", "通知公示", "工作动态", "政务动态", "部门动态", "新闻动态", "要闻动态",
    "基层动态", "乡镇动态", "新闻中心", "政务公开", "信息公开", "政府信息公开", "政策文件", "文件通知", "规划计划",
    "计划总结", "图片新闻", "校园新闻", "学校新闻",
})

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

#: Verbs in prose that assign a role (issue: responsibility written in prose).
ROLE_VERBS: dict[str, str] = {
    "牵头": "lead_units",
    "主抓": "lead_units",
    "主办": "lead_units",  # 由市文明委主办，市委宣传部、市教育局承办
    "负责": "responsible_units",
    "主责": "responsible_units",  # （县教育局主责，县财政局支持）
    "落实": "responsible_units",
    "承办": "responsible_units",
    "实施": "responsible_units",
    "配合": "cooperating_units",
    "参与": "cooperating_units",
    "协助": "cooperating_units",
    "协办": "cooperating_units",
    "支持": "cooperating_units",
}

#: Fixed-date holidays: name -> (month, day).
SOLAR_HOLIDAYS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "三八": (3, 8),
    "妇女节": (3, 8),
    "五一": (5, 1),
    "劳动节": (5, 1),
    "五四": (5, 4),
    "青年节": (5, 4),
    "六一": (6, 1),
    "儿童节": (6, 1),
    "七一": (7, 1),
    "建党节": (7, 1),
    "八一": (8, 1),
    "建军节": (8, 1),
    "教师节": (9, 10),
    "十一": (10, 1),
    "十·一": (10, 1),
    "国庆": (10, 1),
    "国庆节": (10, 1),
    # a holiday named with its date before it, which would otherwise read as a number
    "三八妇女节": (3, 8),
    "五四青年节": (5, 4),
    "六一儿童节": (6, 1),
    "七一建党节": (7, 1),
    "八一建军节": (8, 1),
    # the days a plan's campaigns are held on (世界读书日前后, 国家宪法日当天)
    "学雷锋纪念日": (3, 5),
    "雷锋纪念日": (3, 5),
    "植树节": (3, 12),
    "消费者权益日": (3, 15),
    "世界水日": (3, 22),
    "国家安全教育日": (4, 15),
    "地球日": (4, 22),
    "读书日": (4, 23),
    "护士节": (5, 12),
    "防灾减灾日": (5, 12),
    "环境日": (6, 5),
    "爱眼日": (6, 6),
    "禁毒日": (6, 26),
    "抗战胜利纪念日": (9, 3),
    "烈士纪念日": (9, 30),
    "记者节": (11, 8),
    "消防日": (11, 9),
    "消防宣传日": (11, 9),
    "艾滋病日": (12, 1),
    "交通安全日": (12, 2),
    "残疾人日": (12, 3),
    "宪法日": (12, 4),
    "法制宣传日": (12, 4),
    "志愿者日": (12, 5),
    "公祭日": (12, 13),
}

#: Holidays that move with the Chinese calendar: name -> (lunar month, day), or the solar term
#: it falls on (清明). Their dates in any year come from the calendar (deadlines.py), not a table.
MOVABLE_HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "春节": (1, 1),
    "元宵": (1, 15),
    "清明": "清明",
    "端午": (5, 5),
    "七夕": (7, 7),
    "中秋": (8, 15),
    "重阳": (9, 9),
}

#: Anniversaries that date a plan: phrase -> the founding year it counts from.
ANNIVERSARY_BASES: dict[str, int] = {
    "建党": 1921,
    "中国共产党成立": 1921,
    "共产党成立": 1921,
    "党的生日": 1921,
    "新中国成立": 1949,
    "中华人民共和国成立": 1949,
    "人民共和国成立": 1949,
    "改革开放": 1978,
    "建军": 1927,
    "中国人民解放军建军": 1927,
    "五四运动": 1919,
    "抗日战争胜利": 1945,
    "抗战胜利": 1945,
    "红军长征胜利": 1936,
    "辛亥革命": 1911,
    "国庆": 1949,
    "建国": 1949,
}

#: The holiday an anniversary falls on: 建党100周年前夕 is the eve of 七一 in 2021.
ANNIVERSARY_DAYS: dict[str, str] = {
    "建党": "建党节",
    "中国共产党成立": "建党节",
    "共产党成立": "建党节",
    "党的生日": "建党节",
    "新中国成立": "国庆节",
    "中华人民共和国成立": "国庆节",
    "人民共和国成立": "国庆节",
    "国庆": "国庆节",
    "建国": "国庆节",
    "建军": "建军节",
    "中国人民解放军建军": "建军节",
    "五四运动": "青年节",
    "抗日战争胜利": "抗战胜利纪念日",
    "抗战胜利": "抗战胜利纪念日",
}

#: Time words that name no dates: value -> Deadline.kind.
UNDATED_TIMES: dict[str, str] = {
    "长期坚持": "ongoing",
    "持续推进": "ongoing",
    "持续开展": "ongoing",
    "常态化开展": "ongoing",
    "常态化推进": "ongoing",
    "常态化": "ongoing",
    "长期": "ongoing",
    "持续": "ongoing",
    "每月": "recurring",
    "每季度": "recurring",
    "每季": "recurring",
    "每半年": "recurring",
    "每年": "recurring",
    "每周": "recurring",
    "每旬": "recurring",
    "每天": "recurring",
    "每日": "recurring",
    "按月": "recurring",
    "按季度": "recurring",
    "按季": "recurring",
    "按年度": "recurring",
    "按周": "recurring",
    "逐月": "recurring",
    "定期": "recurring",
}

#: The traditional forms of the characters the vocabulary and the patterns are written with, each
#: with its one simplified form (a text in traditional script folds onto them, see text.fold).
TRADITIONAL = (
    "牽牵 頭头 單单 責责 門门 處处 協协 辦办 時时 間间 負负 領领 導导 實实 參参 與与 "
    "組组 織织 關关 於于 區区 縣县 廳厅 員员 會会 務务 點点 節节 屬属 號号 週周 屆届 "
    "後后 舉举 動动 劃划 內内 為为 進进 國国 慶庆 觀观 戰战 標标 準准 計计 記记 黨党 "
    "團团 隊队 議议 紀纪 檢检 財财 稅税 農农 業业 衛卫 環环 護护 應应 傳传 統统 報报 "
    "開开 東东 莊庄 鄉乡 鎮镇 廣广 義义 書书 調调 達达 產产 場场 機机 約约 極极 積积 "
    "習习 個个 歲岁 來来 當当 這这 選选 薦荐 聯联 絡络 規规 範范 設设 體体 "
    "運运 華华 長长 擬拟 啟启 辭辞 總总 獎奖 勵励 級级 評评 測测 驗验 證证 論论 "
    "階阶 續续 層层 "
    "萬万 專专 兩两 嚴严 臨临 爲为 烏乌 爭争 畝亩 億亿 從从 儀仪 們们 衆众 優优 餘余 僑侨 兒儿 軍军 馮冯 決决 況况 幾几 劉刘 "
    "則则 創创 別别 勞劳 勢势 醫医 盧卢 壓压 發发 臺台 葉叶 呂吕 噸吨 啓启 吳吴 諮咨 園园 圍围 圖图 圓圆 塊块 堅坚 備备 復复 "
    "婦妇 孫孙 學学 審审 對对 將将 師师 帶带 幹干 並并 庫库 張张 強强 錄录 徵征 態态 願愿 戶户 託托 執执 掃扫 擔担 掛挂 揮挥 "
    "據据 數数 斷断 無无 舊旧 暫暂 術术 條条 楊杨 構构 夢梦 殘残 氣气 匯汇 湯汤 遊游 爐炉 煙烟 現现 電电 畫画 監监 蓋盖 確确 "
    "禮礼 祕秘 稱称 競竞 籌筹 籤签 簡简 類类 紅红 綱纲 細细 經经 結结 繞绕 給给 績绩 綜综 編编 縮缩 網网 羅罗 羣群 職职 勝胜 "
    "藝艺 蘇苏 蔣蒋 裝装 見见 視视 覽览 認认 訓训 訊讯 講讲 許许 識识 試试 話话 誕诞 詢询 詳详 說说 請请 諾诺 讀读 謝谢 譚谭 "
    "賬账 費费 賀贺 賈贾 資资 賽赛 趙赵 踐践 轉转 輯辑 轄辖 過过 連连 遲迟 適适 鄧邓 郵邮 鄒邹 鄭郑 鍾钟 錢钱 銀银 閆闫 問问 "
    "閱阅 際际 陸陆 陳陈 難难 韋韦 韓韩 項项 須须 顧顾 頒颁 預预 題题 額额 館馆 饋馈 馬马 驟骤 黃黄 龍龙 龔龚 "
    "貳贰 緊紧 綠绿 補补 減减 維维 險险 災灾 質质 療疗 藥药 練练 營营 樓楼 輔辅 飲饮 "
)

SIMPLIFIED_OF = {pair[0]: pair[1] for pair in TRADITIONAL.split()}

#: Last characters or words of Chinese organisation names: a name ending so is a unit.
ORG_SUFFIXES = (
    "委", "局", "办", "厅", "部", "中心", "科", "室", "处", "院", "会", "队", "所", "站", "街道", "乡镇", "镇",
    "乡", "党委", "工委", "支部", "政府", "管委会", "单位", "部门", "组", "团", "社", "馆", "校", "行", "公司",
    "集团", "班", "署", "台", "总支", "联", "庭", "司", "园区", "村", "社区", "企业", "医院", "大学", "学院",
    "镇街", "街镇", "协", "共体", "联体",  # 县医共体, 医联体
)

#: Organisations known by two characters, which a bracket may name alone (（团委）, （工会）) where a
#: word of two with a unit's ending (（试行）) names none.
SHORT_ORGANISATIONS = frozenset({
    "团委", "工会", "妇联", "科协", "侨联", "残联", "文联", "台办", "侨办", "编办", "党办", "政办", "政协", "人大", "法院",
})

#: The levels a unit's name opens with (区委宣传部, 县教育局, 市场监管局, 镇政府): with an
#: organisation's ending, a name that can only be a unit, not a topic (创建文明社区).
UNIT_LEVELS = "区县市省州盟旗镇乡"

#: Administrative levels that a collective addressee lists after one 各 (各区、县级市, 各乡镇、街道,
#: 各县、市、区政府): written bare, with no 各 of their own, they name no unit apart from the first.
BARE_LEVELS = ("县级市", "自治县", "自治州", "县区", "县市区", "市区", "乡镇", "镇街", "街道", "开发区", "园区", "社区",
               "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇", "村")
#: What such a list may close with, said once for every level: 各县、市、区人民政府.
LEVEL_BODIES = ("人民政府", "政府", "党委", "党工委", "管委会", "办事处", "")

#: Collective phrases that name no particular unit (各有关单位, 相关部门): kept, marked generic.
GENERIC_UNIT_PREFIXES = ("各", "有关", "相关", "所有", "其他", "其它", "全体")

#: Events, meetings and rooms whose names end like a unit's (运动会 in 会, 培训班 in 班, 活动室 in 室,
#: 服务平台 in 台): 趣味运动会：8月15日… is an activity, not a unit that does what follows.
NOT_UNIT_ENDINGS = (
    "运动会", "座谈会", "茶话会", "联欢会", "晚会", "展销会", "推介会", "读书会", "演唱会", "音乐会", "动员会",
    "表彰会", "交流会", "分享会", "见面会", "报告会", "研讨会", "培训会", "发布会", "推进会", "观摩会", "现场会",
    "游园会", "庙会", "博览会", "交易会", "招聘会", "洽谈会", "故事会", "朗诵会", "诵读会", "赛诗会", "联谊会",
    "恳谈会", "听证会", "宣讲会", "誓师会", "总结会", "部署会", "调度会", "碰头会", "例会", "年会", "峰会", "大会",
    "展会", "评审会", "演讲会", "品鉴会", "团拜会", "庆祝会", "纪念会", "家长会", "班会", "嘉年华会", "文艺汇演会",
    "培训班", "学习班", "研讨班", "训练班", "辅导班", "兴趣班", "进修班", "读书班",
    "阅览室", "活动室", "会议室", "陈列室", "展室", "教室",
    "平台", "舞台", "看台", "讲台", "展台", "展厅", "报告厅", "多功能厅",
    # words that end like a unit (部, 行) but are people, a whole or a verb: 党员干部, 全部, 履行
    "干部", "全部", "内部", "外部", "局部", "履行", "执行", "进行", "实行", "运行", "推行", "施行", "举行", "践行", "先行", "试行",
)

#: Words in a responsibility clause that name no one (群众参与 is not a person named 群众).
NOT_RESPONSIBLE = (
    "群众", "党员", "干部", "职工", "学生", "居民", "市民", "村民", "社会", "家长", "志愿者", "专家", "全员",
    "大家", "个人", "本人", "我们", "共同", "全面", "积极", "认真", "具体", "主动", "分别", "统一",
)

#: Endings of an official's title (区委常委, 常务副区长, 宣传部部长): in a list of people, a title
#: alone belongs to the name after it (区委常委、常务副区长李四 is one person).
TITLE_ENDINGS_OF_OFFICIALS = ("书记", "常委", "委员", "长", "主任", "主席", "政委", "调研员", "巡视员", "专员")

#: Common surnames: a two- or three-character name in a responsibility clause that starts with
#: one of these, and ends in no organisation suffix, is a person (a lead official), not a unit.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤乌包"
)

#: How people in posts are named (各部门负责人, 有关人员): never a unit, though 各 opens them.
PEOPLE_IN_POSTS = ("负责人", "责任人", "同志", "人员")

#: Two-character surnames: 欧阳明, 司马相如 are people too (a name of three or four characters).
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "夏侯", "令狐", "司徒", "长孙", "宇文", "端木", "独孤")

#: Notes that make the first listed unit the lead (`首位单位为牵头单位，下同`).
FIRST_IS_LEAD = ("首位单位为牵头单位", "第一单位为牵头单位", "第一责任单位为牵头单位", "排在首位的为牵头单位",
                 "排名第一的为牵头单位", "排在第一位的为牵头单位", "列第一位的为牵头单位", "首个单位为牵头单位",
                 "牵头单位在前", "牵头单位列第一", "第一个单位为牵头单位", "列在首位的为牵头单位")

#: Plan boilerplate that says nothing about a task: never a keyword.
KEYWORD_STOPWORDS = frozenset(
    [
        "深入", "扎实", "开展", "活动", "工作", "组织", "推进", "加强", "全面", "进一步", "积极", "做好", "落实", "确保", "各类", "相关",
        "有关", "单位", "部门", "全区", "全市", "全县", "全州", "我区", "我市", "我县", "各级", "广大", "形式", "方式", "主题", "重点", "持续",
        "不断", "切实", "充分", "认真", "坚持", "围绕", "结合", "通过", "实现", "提高", "提升", "推动", "促进", "发挥", "作用", "要求", "情况",
        "方面", "一批", "一系列", "以及", "进行", "实施", "组织开展", "积极开展", "深入开展", "工作任务", "具体", "取得", "实效",
    ]
)
