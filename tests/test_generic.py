"""The generic reading: a document that lists work in no shape a rule knows still yields its items."""

from __future__ import annotations

import pytest

from planparse import parse_text

MINUTES_WITHOUT_A_TITLE = """\
2023年3月6日(星期一),王明主持召开科室会议。李华、张强出席会议。
会议主要内容:王明对春季开学工作进行布置
1. 校车运行准备工作,确保校车正常运行。
2. 食堂准备工作,准备召开供应商布置会。
3. 教学楼水电大检查,3月7日前完成。
确保开学工作顺利进行。
"""

COMMUNITY_PLAN_IN_NO_KNOWN_SHAPE = """\
社区文体中心年度安排
一、 整理社区图书室藏书,方便居民借阅。(5月前完成)
二、 7-8月开展暑期活动
1、少儿歌唱赛
2、亲子运动会
三、工作要求
1、各楼栋长要高度重视。
"""

ITEMS_WHOSE_SUB_POINTS_ARE_FIELDS = """\
迎新工作安排
(一)新生报到
1.时间:9月3日
2.地点:体育馆
(二)接站服务
1.时间:9月2日至3日
2.地点:火车站
"""


def test_minutes_that_no_rule_knows_yield_their_numbered_points() -> None:
    plan = parse_text(MINUTES_WITHOUT_A_TITLE)
    assert plan.doc_type == "plan"
    assert [a.title for a in plan.activities] == [
        "校车运行准备工作,确保校车正常运行", "食堂准备工作,准备召开供应商布置会", "教学楼水电大检查,3月7日前完成",
    ]
    assert [w.code for w in plan.warnings] == ["generic_reading"]


def test_the_items_under_a_group_are_the_tasks_and_requirements_are_not() -> None:
    plan = parse_text(COMMUNITY_PLAN_IN_NO_KNOWN_SHAPE)
    assert [a.title for a in plan.activities] == ["整理社区图书室藏书,方便居民借阅", "少儿歌唱赛", "亲子运动会"]
    assert plan.activities[1].category == "7-8月开展暑期活动"


def test_an_item_whose_sub_points_are_only_fields_is_one_task() -> None:
    plan = parse_text(ITEMS_WHOSE_SUB_POINTS_ARE_FIELDS)
    assert [a.title for a in plan.activities] == ["新生报到", "接站服务"]


@pytest.mark.parametrize(
    "text",
    [
        "校长述职报告\n尊敬的各位领导:\n一、加强班子建设\n1、坚持民主集中制。\n2、推进廉政建设。\n",
        "2023年工作总结\n1.加快项目建设。建成学校3所。\n2.提升教学质量。\n",
        "近期,督查室对会议确定事项开展了督查,现通报如下。\n一、总体情况\n确定事项22件,已办结6件。\n二、存在问题\n1.部分项目进度滞后。\n",
        "教育委员会会议\n修订议程\nI. 确认通过会议纪要\n(下午4时30分至4时35分)\nII. 下次会议的讨论事项\n",
    ],
    ids=["review", "summary", "progress-bulletin", "agenda"],
)
def test_a_document_that_reports_or_sets_an_agenda_lists_no_tasks(text: str) -> None:
    plan = parse_text(text)
    assert plan.doc_type != "plan" and plan.activities == []


def test_a_list_in_another_language_is_no_plan() -> None:
    plan = parse_text("Meeting notes\n1. Coffee\n2. Budget review\n")
    assert plan.doc_type == "other" and plan.activities == []


HTML_TABLE_IN_TEXT = """\
# 小区物业服务计划

<style>
table { border: 1px solid #ccc; }
</style>
<table>
  <thead><tr><th>计划编号</th><th>计划标题</th><th>责任部门</th><th>预计完成时间</th></tr></thead>
  <tbody>
  <!-- 正文 -->
<tr><td>1</td><td>更换大堂玻璃门</td><td>工程部</td><td>2019年01月30日</td></tr>
<tr><td>2</td><td>清理楼道大件垃圾</td><td>清洁部</td><td>2019年02月15日</td></tr>
  </tbody>
</table>
"""


def test_an_html_table_pasted_into_text_is_a_task_table() -> None:
    plan = parse_text(HTML_TABLE_IN_TEXT)
    assert [(a.title, a.responsible_units, str(a.deadline and a.deadline.end)) for a in plan.activities] == [
        ("更换大堂玻璃门", ["工程部"], "2019-01-30"), ("清理楼道大件垃圾", ["清洁部"], "2019-02-15"),
    ]
    assert "border" not in plan.preamble


@pytest.mark.parametrize(
    "table",
    [
        "序号 |\n活动内容 |\n活动时间 |\n负责单位 |\n承办单位 |\n1 |\n读书月开幕式 |\n4月21日\n9:00 |\n图书馆\n院团委 |\n图书馆 |\n"
        "2 |\n专家讲座 |\n4月22日 |\n图书馆 |\n |\n",
        "序号\n|\n活动内容\n|\n活动时间\n|\n负责单位\n|\n承办单位\n|\n1\n|\n读书月开幕式\n|\n4月21日\n9:00\n|\n图书馆\n院团委\n|\n图书馆\n|\n"
        "2\n|\n专家讲座\n|\n4月22日\n|\n图书馆\n|\n|\n",
    ],
    ids=["bar-after-each-cell", "bar-on-a-line-of-its-own"],
)
def test_a_table_given_one_cell_after_another_each_closed_by_a_bar(table: str) -> None:
    plan = parse_text("读书月活动安排\n具体活动安排如下:\n" + table)
    assert [(a.number, a.title, a.responsible_units) for a in plan.activities] == [
        ("1", "读书月开幕式", ["图书馆", "院团委"]), ("2", "专家讲座", ["图书馆"]),  # 负责 and 承办 both 图书馆: listed once
    ]
    assert [a.deadline and (a.deadline.raw.split()[0], a.deadline.start) for a in plan.activities] == [("4月21日", None), ("4月22日", None)]


CALENDAR_BY_DAYS = """\
2020学年第一学期行事历
8月
1
第一学期开始
学生宿舍住宿申请
8月
10
新生网络选课
9月14日
全校开始上课
"""


def test_a_calendar_by_days_dates_each_event_by_the_day_above_it() -> None:
    plan = parse_text(CALENDAR_BY_DAYS)
    assert [(a.title, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("第一学期开始", "8月1日"), ("学生宿舍住宿申请", "8月1日"), ("新生网络选课", "8月10日"), ("全校开始上课", "9月14日"),
    ]


def test_a_date_line_that_heads_no_event_is_no_calendar() -> None:
    plan = parse_text("关于开展读书活动的通知\n2021年4月1日\n2021年4月1日\n一、活动时间\n4月23日\n")
    assert all(a.title != "一、活动时间" for a in plan.activities)
    assert "2021年4月1日" not in [a.title for a in plan.activities]


def test_an_events_own_time_in_its_closing_bracket_wins_over_its_days() -> None:
    plan = parse_text("2020学年第一学期行事历\n8月\n10\n新生住宿申请(08/10-20)\n新生选课\n8月\n24\n加签作业(08/24~09/25)\n")
    assert [(a.deadline and (str(a.deadline.start), str(a.deadline.end))) for a in plan.activities] == [
        ("2020-08-10", "2020-08-20"), ("2020-08-10", "2020-08-10"), ("2020-08-24", "2020-09-25"),
    ]


TERM_CALENDAR_WITH_MERGED_CELLS = """\
实验中学2023-2024学年第二学期校历
起止日期 | 主要工作 | 责任处室 | |
开学前 | 2月24日 | 下午2:30行政会 | 办公室 |
2月25日 | 上午:教职工大会;下午:专题培训 | 教科室 | |
第一周 | 3月4日-3月10日 | 开学典礼;升旗仪式 | 政教处、团委 |
开学督导迎检 | 督导室 | ||
"""


def test_a_term_calendar_whose_merged_cells_leave_rows_ragged() -> None:
    """A row of one cell more opens with its group; a row of fewer is short of the cells merged
    down from above; the second term is dated in the school year's later year."""
    plan = parse_text(TERM_CALENDAR_WITH_MERGED_CELLS)
    assert plan.year == 2024
    assert [(a.title, a.category, a.responsible_units, a.deadline and (str(a.deadline.start), str(a.deadline.end))) for a in plan.activities] == [
        ("下午2:30行政会", "开学前", ["办公室"], ("2024-02-24", "2024-02-24")),
        ("上午:教职工大会;下午:专题培训", "开学前", ["教科室"], ("2024-02-25", "2024-02-25")),
        ("开学典礼;升旗仪式", "第一周", ["政教处", "团委"], ("2024-03-04", "2024-03-10")),
        ("开学督导迎检", "第一周", ["督导室"], ("2024-03-04", "2024-03-10")),
    ]


SCHEDULE_UNDER_ONE_MERGED_DAY = """\
运动会日程安排
一、日程
日期 | 时间 | 活动内容 | 地点 | 负责单位 |
| 8:30-9:30 | 开幕式 | 体育场 | 校团委 |
| 10:00-11:30 | 田径预赛 | 田径场 | 体育部 |
| 14:00-16:00 | 球类比赛 | 体育馆 | 学生会 |
二、要求
各单位按时到场。
"""


def test_rows_opening_with_a_bar_under_a_header_that_does_not_lack_only_their_merged_first_cell() -> None:
    plan = parse_text(SCHEDULE_UNDER_ONE_MERGED_DAY)
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("开幕式", ["校团委"], "8:30-9:30"), ("田径预赛", ["体育部"], "10:00-11:30"), ("球类比赛", ["学生会"], "14:00-16:00"),
    ]


CAMPAIGN_WITH_ITS_EVENTS_ON_ONE_LINE = """\
安全生产月活动方案
活动主题:遵守安全生产法
活动时间:2022年6月1日至6月30日
活动安排:1.千人签名活动 2.开展事故警示教育 3.应急演练?4.安全咨询 5.组织安全知识考试
活动要求:高度重视。
"""


def test_points_listed_on_the_line_of_their_lead_in_are_the_campaign_s_events() -> None:
    """…and the campaign's month dates none of them: each happens somewhen within it."""
    plan = parse_text(CAMPAIGN_WITH_ITS_EVENTS_ON_ONE_LINE)
    assert [(a.title, a.deadline) for a in plan.activities] == [
        ("千人签名活动", None), ("开展事故警示教育", None), ("应急演练", None), ("安全咨询", None), ("组织安全知识考试", None),
    ]


def test_a_sequence_inside_a_sentence_is_no_list() -> None:
    plan = parse_text("改造方案\n1.完成1、2、3号楼改造。\n2.完成4号楼改造。\n")
    assert [a.title for a in plan.activities] == ["完成1、2、3号楼改造", "完成4号楼改造"]


def test_an_activity_numbered_in_words_inside_its_item_is_titled_by_its_name() -> None:
    plan = parse_text(
        "学雷锋活动方案\n三、活动内容\n(一)活动一:学雷锋关爱活动\n活动时间:2015年3月9日\n(二)活动二:植树造林活动\n活动时间:2015年3月12日\n"
    )
    assert [a.title for a in plan.activities] == ["学雷锋关爱活动", "植树造林活动"]


def test_a_month_heads_the_items_under_it_though_their_style_numbered_a_part_above() -> None:
    plan = parse_text(
        "2009学年后勤工作计划\n一、工作目标\n1、食堂无食物中毒。\n二、行事历\n九月份\n1、统计征订牛奶人数。\n2、检查食堂卫生。\n十月份\n1、整顿校园卫生。\n"
    )
    assert [(a.title, a.deadline and a.deadline.raw) for a in plan.activities if a.section == "行事历"] == [
        ("统计征订牛奶人数", "九月份"), ("检查食堂卫生", "九月份"), ("整顿校园卫生", "十月份"),
    ]


LEDGER_WITH_A_TASK_MERGED_OVER_ITS_ROWS = """\
2021年政务公开工作重点任务台账
序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |
1 | 做好疫情信息发布 | 围绕流调溯源发布权威信息 | 应急处、疾控处 | 长期推进 |
|
2 | 做好疫苗接种信息公开 | 疾控处 | 2021年8月前 |
|
3 | 规范信息发布 | 规划信息处(爱卫办) | 长期推进 |
|
"""


def test_a_ledger_whose_task_cell_is_merged_over_the_rows_below_it() -> None:
    """A short row's unit and time fill their columns from the right, its text is its task, and the
    merged task is the kind of every row it covers; a bar on a line of its own closes a row."""
    plan = parse_text(LEDGER_WITH_A_TASK_MERGED_OVER_ITS_ROWS)
    assert [(a.number, a.title, a.category, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("1", "做好疫情信息发布", "做好疫情信息发布", ["应急处", "疾控处"], "长期推进"),
        ("2", "做好疫苗接种信息公开", "做好疫情信息发布", ["疾控处"], "2021年8月前"),
        ("3", "规范信息发布", "做好疫情信息发布", ["规划信息处(爱卫办)"], "长期推进"),
    ]


def test_a_time_cut_in_a_row_short_of_its_last_cells_is_joined_back() -> None:
    """The row lacks its 备注 cell; its time, cut at the line's end, goes on with the row's bar."""
    plan = parse_text(
        "防汛工作任务台账\n序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n1 | 开展汛前检查 | 县水利局 | 2024年4月底前 |\n"
        "2 | 组织应急演练 | 各乡镇人民政府 | 2024\n年6月 |\n3 | 储备防汛物资 | 县应急局 | 2024年5月底前 |\n"
    )
    assert [(a.title, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("开展汛前检查", "2024年4月底前"), ("组织应急演练", "2024年6月"), ("储备防汛物资", "2024年5月底前"),
    ]


def test_a_report_signed_by_its_reporter_is_news_though_its_headline_names_tasks() -> None:
    plan = parse_text(
        "冲刺二季度 确保双过半 某区细分30项任务\n\n4月6日,一份分工方案下发到全区各部门手中,每一项任务均明确牵头单位和责任单位。"
        "各责任单位要积极主动把责任扛上肩。(某某日报 记者王明、通讯员李华)\n"
    )
    assert plan.doc_type == "news" and plan.activities == []


def test_a_notice_with_no_title_that_issues_an_attached_plan_is_a_notice() -> None:
    plan = parse_text(
        "各镇人民政府,区政府各部门:\n现将《政府工作报告任务分解表》印发给你们。\n请各牵头单位严格按照任务分工抓好落实。\n"
        "附件:政府工作报告任务分解表\n某区人民政府办公室\n2021年1月25日\n(此件公开发布)\n"
    )
    assert plan.doc_type == "notice" and plan.activities == []


@pytest.mark.parametrize(
    "text",
    [
        "8月13日下午,局长主持召开局长办公会。\n会议原则同意《扶持骨干企业发展实施方案》。会议要求,尽快印发实施。\n",
        "8月13日下午,局长主持召开局长办公会。现纪要如下:\n会议指出,制定实施方案很有必要。会议要求,尽快印发实施。\n",
    ],
    ids=["plan-cited", "minutes-assigning-nothing"],
)
def test_minutes_that_assign_nothing_are_no_plan(text: str) -> None:
    plan = parse_text(text)
    assert plan.doc_type != "plan" and plan.activities == []


def test_a_unit_that_opens_an_item_s_sentence_does_it() -> None:
    """总指挥站：学校在…: the head names the post, the unit after it, as the sentence's subject, runs it."""
    plan = parse_text(
        "迎新工作安排\n(一)接待站的设置\n(1)院系接待站:各院系分别设接待站,负责接待本院系新生。\n"
        "(2)收费接待站:财务部在结算中心设接待站,收取应交费用。\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("院系接待站", ["各院系"]), ("收费接待站", ["财务部"])]


@pytest.mark.parametrize(
    "text",
    [
        "2021年县政府重点工作任务\n各乡镇人民政府、县直各单位:\n《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们,请认真抓好贯彻落实。\n"
        "一、强化责任落实。各责任单位要主动对接。\n二、细化工作方案。各主要责任单位要于3月15日前报县政府督查室备案。\n",
        "各镇人民政府,县政府各有关部门:\n为做好创建国家卫生城市工作,现对工作任务再次细化分解。\n"
        "附:1、创建国家卫生城市目标任务分解.docx\n2、县各单位创城主要工作任务.docx\n某县人民政府办公室\n2016年9月8日\n",
        "2024年3月28日,县政府印发了《2024年政府工作报告目标任务分工方案》,现将主要内容解读如下:\n一、出台背景\n明确了总体要求。\n"
        "二、主要内容\n任务分解采用表格形式,共149项。\n",
    ],
    ids=["issued-plan-not-in-the-file", "attachments-after-附", "policy-explainer"],
)
def test_a_cover_notice_or_an_explainer_lists_no_tasks(text: str) -> None:
    plan = parse_text(text)
    assert plan.doc_type != "plan" and plan.activities == []


def test_who_leads_and_runs_the_whole_plan_leads_and_runs_each_stage() -> None:
    plan = parse_text(
        "关于开展春季读书活动的通知\n三、活动组织与领导\n1、活动领导:主管院领导\n2、活动组织:图书馆读书会\n四、活动安排\n"
        "1、阅读阶段:4月至5月20日\n2、征文阶段:5月21日至6月20日\n"
    )
    assert [(a.title, a.responsible_units, a.lead_officials) for a in plan.activities] == [
        ("阅读阶段", ["图书馆读书会"], ["主管院领导"]), ("征文阶段", ["图书馆读书会"], ["主管院领导"]),
    ]


def test_a_bracketed_field_line_closing_a_group_is_every_point_s() -> None:
    plan = parse_text(
        "应急体系建设责任分解\n(一)提升应急管理能力\n1.完善应急预案体系\n(1)加强应急预案管理。\n(2)加强应急预案演练。\n"
        "(责任单位:市直各有关单位、各县(市、区)人民政府)\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("加强应急预案管理", ["市直各有关单位", "各县(市、区)人民政府"]), ("加强应急预案演练", ["市直各有关单位", "各县(市、区)人民政府"]),
    ]


@pytest.mark.parametrize("after_marker", ["", " ", "\t"])  # a list's label printed with its tab keeps a gap after it
def test_a_heading_written_on_the_line_of_its_first_point(after_marker: str) -> None:
    plan = parse_text(
        f"安全生产月活动方案\n三、活动内容\n(一){after_marker}宣传报道 1、6月1日上午,召开新闻发布会。\n2、6月2日至30日,开设专栏连续报道。\n"
        "(二)宣传咨询日活动\n"
    )
    assert [a.category for a in plan.activities][:2] == ["宣传报道", "宣传报道"]
    assert plan.activities[0].title == "6月1日上午,召开新闻发布会"


def test_an_item_whose_title_opens_with_digits_is_the_next_item() -> None:
    plan = parse_text("人才工程实施意见\n10.实施青年人才计划。\n(牵头单位:市人社局)\n11.121人才梯队项目。\n(牵头单位:市委组织部)\n")
    assert [(a.number, a.title) for a in plan.activities] == [("10.", "实施青年人才计划"), ("11.", "121人才梯队项目")]


def test_a_decimal_that_follows_no_item_is_no_marker() -> None:
    plan = parse_text("关于开展活动的方案\n1.开展宣传。\n(牵头单位:区委宣传部)\n3.5万人参加培训。\n")
    assert [a.title for a in plan.activities] == ["开展宣传"]


def test_a_plan_collapsed_onto_one_line_under_a_page_s_metadata() -> None:
    body = (
        "各镇人民政府,县政府各部门: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。 "
        "某县人民政府办公室 2022年4月18日 政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 "
        "1.全县生产总值增长7.5%左右。 责任单位:县发改局、县财政局 2.落实党政机关过紧日子的要求,严控三公经费。 责任单位:县财政局 "
        "二、曹明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法。 责任单位:县司法局"
    )
    plan = parse_text("索引号: | 11330424/2022-69894 | 成文日期: | 2022-04-18 |\n发布机构: | 县政府办公室 | 有效性: |\n||\n|\n" + body + "\n")
    assert [(a.title, a.lead_officials) for a in plan.activities] == [
        ("全县生产总值增长7.5%左右", ["王丹"]), ("落实党政机关过紧日子的要求,严控三公经费", ["王丹"]), ("坚持县政府常务会议集体学法", ["曹明"]),
    ]


def test_points_run_together_after_a_full_stop_are_each_an_item() -> None:
    plan = parse_text("德育工作月度计划\n三月主题:文明礼仪月\n1、学雷锋活动。\n2、感恩教育活动。3、主题班队会。\n4、知识竞赛。\n")
    assert [a.title for a in plan.activities] == ["学雷锋活动", "感恩教育活动", "主题班队会", "知识竞赛"]


def test_a_number_after_a_full_stop_that_does_not_go_on_the_list_stays() -> None:
    plan = parse_text("工作方案\n1、新建学校。共建成3所。\n2、新增学位。2.5万个学位投入使用。\n")
    assert [a.title for a in plan.activities] == ["新建学校", "新增学位"]


def test_a_calendar_day_dates_its_events_whatever_words_they_hold_and_its_holidays_are_no_tasks() -> None:
    plan = parse_text("2020学年第一学期行事历\n9月\n11\n2020秋季班新生入学指导\n10月\n1\n中秋节(放假)\n10月\n15\n暑期班学位考试申请截止\n")
    assert [(a.title, str(a.deadline and a.deadline.start)) for a in plan.activities] == [
        ("2020秋季班新生入学指导", "2020-09-11"), ("暑期班学位考试申请截止", "2020-10-15"),
    ]


@pytest.mark.parametrize(
    ("item", "units"),
    [
        ("6、政教处、大队部制订工作计划。", ["政教处", "大队部"]),
        ("6、政教处、大队部制订工作计划,各班制定工作计划。", ["政教处", "大队部", "各班"]),  # each clause's subject its part
        ("6、政教处制订工作计划,组织各班学习。", ["政教处"]),  # 组织各班: whom it organises, no subject
        ("6、总指挥站:学校在现场设总指挥站,由党办、教务部、总务部等部门现场集体办公。", ["党办", "教务部", "总务部"]),
        ("6、会同县消防救援大队开展扑火演练。", []),  # whom one works with does not do it
        ("6、9月7日,安排工程部人员在教学楼设立临时报修点。", ["工程部"]),  # whose staff it sends
        ("6、安排专人值守。", []),
    ],
)
def test_units_that_do_an_item_are_its_subject_or_named_by_由(item: str, units: list[str]) -> None:
    plan = parse_text("德育工作计划\n" + item + "\n7、开展主题班会。\n")
    assert plan.activities[0].responsible_units == units


STUDENT_SOCIETY_PLAN = """\
读书节活动方案
一、组织单位
主办方:校学生会
承办方:学生会学习部
二、活动内容
1、读书宣传(时间4月1日-4月7日)
①利用校园广播发布活动通知;
②由各班班长在班上进行动员;
2、读书分享(时间4月8日-4月20日)
①举办读书分享会。
"""


def test_a_plan_of_a_society_names_its_organisers_under_one_heading_and_its_stages_times_in_brackets() -> None:
    """The labels under 组织单位 say who leads and who runs the plan; a stage's bracketed time,
    led by its label, is the time of the points under it; class monitors are people, not units."""
    plan = parse_text(STUDENT_SOCIETY_PLAN)
    assert [(a.title, a.lead_units, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("利用校园广播发布活动通知", ["校学生会"], ["学生会学习部"], "4月1日-4月7日"),
        ("由各班班长在班上进行动员", ["校学生会"], ["学生会学习部"], "4月1日-4月7日"),
        ("举办读书分享会", ["校学生会"], ["学生会学习部"], "4月8日-4月20日"),
    ]


def test_an_event_whose_time_stands_on_the_line_before_its_name_is_named_by_the_next_line() -> None:
    plan = parse_text(
        "社区学雷锋活动方案\n一、活动内容\n活动一:\n三月五日及三月六日上午8:00\n组织志愿者清理楼道杂物。\n活动二:\n三月十日上午9:00在广场开展义诊。\n"
    )
    first = plan.activities[0]
    assert first.title == "组织志愿者清理楼道杂物"
    assert first.deadline is not None and first.deadline.raw.startswith("三月五日")


RECTIFICATION_LIST_COPIED_FROM_PAGES = """\
部分干部环保意识不强问题整改措施清单
责任单位:县委办公室、县政府办公室,各乡镇党委和政府责任人:县委办公室、县政府办公室主要负责人,各乡镇党委和政府主要负责人整改时限:立行立改
1.组织专题学习,进一步提高对生态环境保护重要性的
-2-认识,把环保工作摆上重要议程。
2.把绿色发展纳入中心组学习内容。
"""


def test_a_rectification_list_copied_from_pages_keeps_its_fields_and_the_sentence_a_page_broke() -> None:
    """A page number glued to the next page's first line: the sentence the page broke is one again.
    A label glued to a post (主要负责人整改时限:) is still a label; units before a post share it."""
    plan = parse_text(RECTIFICATION_LIST_COPIED_FROM_PAGES)
    first, second = plan.activities
    assert first.title == "组织专题学习,进一步提高对生态环境保护重要性的认识,把环保工作摆上重要议程"
    assert first.responsible_units == second.responsible_units == ["县委办公室", "县政府办公室", "各乡镇党委和政府"]
    assert first.lead_officials == ["县委办公室、县政府办公室主要负责人", "各乡镇党委和政府主要负责人"]


def test_the_unit_by_names_is_responsible_beside_those_a_role_verb_names() -> None:
    """此项工作由A部署，B落实，C负责协调: A does the work too, though 部署 is no role verb."""
    plan = parse_text("宣传方案\n一、宣传报道\n1、6月2日至30日,开设专栏连续报道。此项工作由市委宣传部部署,各新闻单位落实,市安监局综合处负责协调。\n")
    assert plan.activities[0].responsible_units == ["市委宣传部", "各新闻单位", "市安监局综合处"]


def test_a_page_headed_by_its_site_column_is_read_as_the_plan_below() -> None:
    """通知公告 heads many pages in place of the document's title: the column, not a notice."""
    plan = parse_text("通知公告\n为做好防汛工作，制定如下方案：\n1.开展隐患排查，5月底前完成。\n2.修订应急预案，6月底前完成。\n")
    assert plan.title is None and plan.doc_type == "plan"
    assert [a.title for a in plan.activities] == ["开展隐患排查，5月底前完成", "修订应急预案，6月底前完成"]


def test_a_month_heading_dates_its_items_unless_a_holiday_inside_it_says_more() -> None:
    """七月 / 布置暑假安全: the holiday spills out of the month, so it names a topic, and the month
    dates the item; 九月 / 国庆节前…: the holiday lies inside the month and says when within it."""
    plan = parse_text("德育工作计划\n七月主题:建党一百周年\n1、布置暑假安全,下发《致家长的一封信》。\n九月主题:开学\n1、国庆节前开展安全检查。\n")
    assert [a.deadline and a.deadline.raw for a in plan.activities] == ["七月", "国庆节前"]


def test_a_blank_organiser_in_a_form_is_a_field_so_the_fields_after_the_points_are_the_item_s() -> None:
    """活动组织者： left blank is still a label: the fields written after an item's points (时间,
    地点, 活动组织者) are the item's, as its siblings carry them, and the points are its content."""
    plan = parse_text(
        "社区学雷锋活动方案\n三、活动安排\n1、召开动员会\n时 间:3月2日上午9:00\n地 点:社区会议室\n"
        "2、开展美化环境活动\n活动内容:\n(1)清理绿化带内白色垃圾;\n(2)劝导不文明行为。\n时 间:3月3日上午9:30\n活动组织者:\n"
        "3、开展慰问活动\n时 间:3月5日上午9:00\n活动组织者:\n"
    )
    assert [(a.title, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("召开动员会", "3月2日上午9:00"), ("开展美化环境活动", "3月3日上午9:30"), ("开展慰问活动", "3月5日上午9:00"),
    ]


def test_a_cover_notice_without_a_title_gives_the_plan_it_issues_as_the_title() -> None:
    plan = parse_text(
        "各乡镇人民政府,县级有关部门:\n经县政府同意,现将《XX县物流体系建设实施方案》印发给你们,请认真贯彻实施。\n"
        "XX县发展和改革局\n2022年10月18日\nXX县物流体系建设实施方案\n一、重点任务\n1.建设县级物流中心。(县商务局牵头)\n"
    )
    assert plan.title == "XX县物流体系建设实施方案" and plan.activities[0].lead_units == ["县商务局"]
