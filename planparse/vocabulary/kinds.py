"""What tells the kinds of document apart: titles' endings, a report's words, news, rules, a plan's phrases."""

from __future__ import annotations

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
