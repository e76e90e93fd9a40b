"""Labels and the roles their values fill, the columns of a task table, the verbs of prose that assign a role."""

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

#: Verbs that give units a role in the bracket that ends a task (（区司法局牵头，…）) or in a title's
#: last clauses; in both scripts, since these are looked for in the text as written.
ASSIGNING_VERBS = ("牵头", "负责", "主责", "配合", "协助", "协办", "参与", "牽頭", "負責", "協助", "協辦", "參與")

#: The columns of a government or school site, which a page heads its text with in place of the
#: document's own title (通知公告 over a plan whose title is in its first paragraph).
SITE_COLUMNS = frozenset({
    "通知公告", "通知通告", "公示公告", "公告公示", "通知公示", "工作动态", "政务动态", "部门动态", "新闻动态", "要闻动态",
    "基层动态", "乡镇动态", "新闻中心", "政务公开", "信息公开", "政府信息公开", "政策文件", "文件通知", "规划计划",
    "计划总结", "图片新闻", "校园新闻", "学校新闻",
})

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

#: Notes that make the first listed unit the lead (`首位单位为牵头单位，下同`).
FIRST_IS_LEAD = ("首位单位为牵头单位", "第一单位为牵头单位", "第一责任单位为牵头单位", "排在首位的为牵头单位",
                 "排名第一的为牵头单位", "排在第一位的为牵头单位", "列第一位的为牵头单位", "首个单位为牵头单位",
                 "牵头单位在前", "牵头单位列第一", "第一个单位为牵头单位", "列在首位的为牵头单位")
