"""Whole documents, written for these tests: what a user sees in the Plan."""

from __future__ import annotations

from datetime import date

import pytest

from planparse import parse_text

REQUIREMENTS_NUMBERED_LIKE_ACTIVITIES = """\
关于开展全民阅读活动的实施方案

为推进书香社会建设，制定如下方案。
一、指导思想
1.坚持以人民为中心。
二、重点任务
1.举办读书节。组织各类读书活动。
责任单位：区文旅局
完成时限：2022年4月
2.建设社区书屋。
牵头单位：区住建局
配合单位：各街道办事处、区财政局
完成时限：2022年6月底前
三、保障措施
1.加强组织领导。各单位要高度重视。
2.强化经费保障。区财政局负责落实经费。
"""


def test_numbered_requirements_are_not_activities() -> None:
    plan = parse_text(REQUIREMENTS_NUMBERED_LIKE_ACTIVITIES)
    assert plan.title == "关于开展全民阅读活动的实施方案"
    assert plan.doc_type == "plan"
    assert [a.title for a in plan.activities] == ["举办读书节", "建设社区书屋"]
    assert [(s.title, s.kind) for s in plan.sections] == [("指导思想", "guidance"), ("重点任务", "activities"), ("保障措施", "requirements")]
    second = plan.activities[1]
    assert second.lead_units == ["区住建局"]
    assert second.cooperating_units == ["各街道办事处", "区财政局"]
    assert second.deadline and second.deadline.end == date(2022, 6, 30) and second.deadline.start is None
    assert second.section == "重点任务" and second.category is None
    assert plan.year == 2022


def test_group_headings_become_categories() -> None:
    plan = parse_text(
        "一、主要活动\n（一）宣讲活动\n1.组织宣讲团。\n责任单位：宣传部\n2.开展网络宣讲。\n责任单位：网信办\n"
        "（二）文艺活动\n3.举办文艺汇演。\n责任单位：文旅局\n"
    )
    assert [(a.number, a.category, a.responsible_units) for a in plan.activities] == [
        ("1.", "宣讲活动", ["宣传部"]),
        ("2.", "宣讲活动", ["网信办"]),
        ("3.", "文艺活动", ["文旅局"]),
    ]
    assert [a.id for a in plan.activities] == ["1.1.1", "1.1.2", "1.2.1"]
    assert not [w for w in plan.warnings if w.code == "numbering_gap"]


def test_a_group_heading_that_says_who_does_its_items_gives_them_those_units() -> None:
    plan = parse_text(
        "2025年青年节系列活动方案\n\n一、活动内容\n（一）全市集中开展的活动\n1、开展征文比赛。\n"
        "（二）各学校自主开展的活动\n2、开展知识竞赛。\n（三）各村（社区）\n3、开展志愿服务。\n"
    )
    assert [a.responsible_units for a in plan.activities] == [[], ["各学校"], ["各村（社区）"]]


def test_a_count_of_items_after_a_heading_is_no_part_of_its_title() -> None:
    plan = parse_text(
        "任务分工方案\n\n一、优化法治环境（共2项）\n1.规范行政执法。（市司法局牵头）\n2.清理积案。（市中级法院负责）\n"
        "二、提升服务（3项任务）\n3.建设口袋公园（3个）。（市园林局负责）\n"
    )
    assert [s.title for s in plan.sections] == ["优化法治环境", "提升服务"]
    assert plan.activities[2].title == "建设口袋公园（3个）"  # how many of a thing is the task itself


@pytest.mark.parametrize("stage", ["（一）动员部署阶段（2025年3月1日—3月15日）", "（一）动员部署阶段：2025年3月1日至3月15日"])
def test_items_with_no_time_of_their_own_take_their_stage_s_window(stage: str) -> None:
    plan = parse_text(
        f"2025年创建工作方案\n\n一、工作步骤\n{stage}\n1.制定方案。（办公室负责）\n2.召开动员会。（机关党委负责，3月10日）\n"
        "（二）加快项目建设：全年开工50个\n3.开展督导。（督查室负责）\n"
    )
    first, second, third = plan.activities
    assert first.deadline and (first.deadline.start, first.deadline.end) == (date(2025, 3, 1), date(2025, 3, 15))
    assert second.deadline and second.deadline.raw == "3月10日"  # its own time comes first
    assert third.deadline is None  # a heading that names a goal with a time in it is no stage


def test_stages_numbered_first_second_group_their_items() -> None:
    plan = parse_text(
        "2025年创建工作方案\n\n一、工作步骤\n第一阶段：动员部署（3月1日—15日）\n1.制定方案。（办公室负责）\n"
        "第二阶段：组织实施（3月16日—10月31日）\n2.开展排查。（各科室负责）\n"
    )
    assert [(a.category, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("动员部署", "3月1日—15日"), ("组织实施", "3月16日—10月31日"),
    ]


def test_the_duties_under_a_division_of_work_are_activities() -> None:
    plan = parse_text(
        "2025年植树节活动方案\n\n一、活动时间\n2025年3月12日上午\n二、活动流程\n（一）9:00 启动仪式。\n（二）9:30 集中植树。\n"
        "三、工作分工\n（一）县林业局：负责苗木准备。\n（二）县融媒体中心：负责宣传报道。\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("负责苗木准备", ["县林业局"]), ("负责宣传报道", ["县融媒体中心"]),
    ]
    assert [s.kind for s in plan.sections] == ["schedule", "schedule", "activities"]


def test_a_working_group_s_members_cooperate_and_its_duty_is_its_task() -> None:
    plan = parse_text(
        "县运动会工作方案\n\n一、组织机构\n（一）宣传报道组\n牵头单位：县委宣传部\n成员单位：县融媒体中心、县文联\n"
        "职责：负责运动会宣传报道。\n（二）安全保卫组\n牵头单位：县公安局\n职责：负责安全保卫。\n"
    )
    first = plan.activities[0]
    assert (first.title, first.lead_units, first.cooperating_units) == ("宣传报道组", ["县委宣传部"], ["县融媒体中心", "县文联"])
    assert first.content == "负责运动会宣传报道" and {w.code for w in first.warnings} == {"no_deadline"}


@pytest.mark.parametrize("where", ["二、职责分工\n", ""])
def test_lines_that_each_open_with_a_unit_and_its_duty_are_tasks(where: str) -> None:
    """县水利局：负责… line after line, unnumbered, under a heading or in a plan with no headings: each
    unit's duty is a task; a line that names no unit goes on the duty above it."""
    plan = parse_text(
        f"2024年防汛工作方案\n\n{where}县水利局：负责水库防汛调度，5月底前完成水毁工程修复。\n"
        "汛期实行24小时值班。\n县气象局、县水文站：负责雨情水情监测预警。\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("负责水库防汛调度，5月底前完成水毁工程修复", ["县水利局"]), ("负责雨情水情监测预警", ["县气象局", "县水文站"]),
    ]
    assert "24小时值班" in plan.activities[0].content


def test_who_the_prose_before_an_item_s_fields_names_does_it_when_the_fields_name_no_unit() -> None:
    """加强巡查。各乡镇落实网格化巡查。责任人：张三 — the person is an official; the towns do the work."""
    plan = parse_text("2024年秸秆禁烧工作方案\n一、工作任务\n（一）加强巡查监管。各乡镇落实网格化巡查。责任人：张三。完成时限：6月30日前。\n")
    assert [(a.responsible_units, a.lead_officials) for a in plan.activities] == [(["各乡镇"], ["张三"])]


def test_paragraphs_each_followed_by_field_lines_of_their_own_are_tasks_of_their_own() -> None:
    """工作要点 unnumbered under a heading: 推行…。 / 牵头单位：… / 完成时限：… twice is two tasks,
    not one with both units; a heading with one such paragraph is that one task."""
    plan = parse_text(
        "2024年优化营商环境工作要点\n一、提升政务服务\n深化“一网通办”改革。\n牵头单位：县政务服务中心\n完成时限：2024年12月底前\n"
        "推行惠企政策“免申即享”。\n牵头单位：县发改局\n完成时限：2024年10月底前\n"
        "二、优化市场环境\n开展招投标领域专项整治。\n牵头单位：县公共资源交易中心\n"
    )
    assert [(a.title, a.lead_units, a.category) for a in plan.activities] == [
        ("深化“一网通办”改革", ["县政务服务中心"], "提升政务服务"),
        ("推行惠企政策“免申即享”", ["县发改局"], "提升政务服务"),
        ("优化市场环境", ["县公共资源交易中心"], None),
    ]


def test_the_heads_of_a_leading_group_lead_no_task() -> None:
    """组织领导 with 组长：… in its prose sets up who leads the plan, not a task of it."""
    plan = parse_text(
        "2024年食品安全宣传周活动方案\n\n一、组织领导\n成立领导小组，组长：张伟（副县长），成员：各有关单位负责同志。\n"
        "二、活动内容\n（一）开展进社区宣传。责任单位：县市场监管局。\n"
    )
    assert [a.title for a in plan.activities] == ["开展进社区宣传"]


def test_a_working_group_with_no_unit_over_it_answers_for_its_duty_led_by_its_head() -> None:
    """（一）宣传组 / 组长：… / 职责：…: the group does the work and its head answers for it; the
    head of the leading group above all of them is no task's official."""
    plan = parse_text(
        "城关小学秋季运动会活动方案\n\n一、组织机构\n组长：王建国（校长）\n副组长：李明\n二、工作分工\n"
        "（一）宣传组\n组长：刘洋\n成员：各班班主任\n职责：负责宣传报道，10月15日前完成展板。\n"
        "（二）医疗救护组。组长：吴敏，成员单位：校医室。职责：负责受伤人员救治。\n"
        "（三）裁判组\n\n成员：体育组全体教师\n职责：负责裁判及成绩统计。\n"
    )
    assert [(a.title, a.responsible_units, a.lead_officials) for a in plan.activities] == [
        ("宣传组", ["宣传组"], ["刘洋"]),
        ("医疗救护组", ["医疗救护组"], ["吴敏"]),
        ("裁判组", ["裁判组"], []),  # its fields are its own, not 二、工作分工's
    ]
    assert [a.content for a in plan.activities][::2] == ["负责宣传报道，10月15日前完成展板", "负责裁判及成绩统计"]
    assert plan.activities[1].cooperating_units == ["校医室"]


def test_the_last_item_s_field_lines_stay_its_own_when_its_siblings_carry_fields_too() -> None:
    plan = parse_text(
        "2025年运动会活动方案\n\n一、组织机构\n组长：王建国（校长）\n二、工作分工\n（一）宣传组\n成员：各班班主任\n"
        "职责：负责宣传报道。\n（二）裁判组\n\n成员：体育组全体教师\n职责：负责裁判，10月16日前完成培训。\n"
    )
    assert [(a.title, a.content) for a in plan.activities] == [("宣传组", "负责宣传报道"), ("裁判组", "负责裁判，10月16日前完成培训")]
    assert plan.activities[1].deadline is not None and plan.activities[1].deadline.raw == "10月16日"


def test_tasks_written_as_fields_each_opened_by_its_name_are_one_task_each() -> None:
    plan = parse_text(
        "2025年重点项目清单\n\n项目名称：城区停车场建设\n责任单位：县住建局\n完成时限：2025年10月\n"
        "项目名称：背街小巷改造\n责任单位：县城管局\n完成时限：2025年12月\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("城区停车场建设", ["县住建局"]), ("背街小巷改造", ["县城管局"])]


def test_a_document_that_records_one_task_in_fields_is_that_task() -> None:
    plan = parse_text(
        "县委督查室督办通知\n\n督办编号：2025-003\n督办事项：加快推进城区停车场建设\n承办单位：县住建局\n"
        "协办单位：县城管局\n办结时限：2025年5月31日\n督办要求：按时报送办理情况。\n"
    )
    (task,) = plan.activities
    assert (task.id, task.title, task.responsible_units, task.cooperating_units) == ("1", "加快推进城区停车场建设", ["县住建局"], ["县城管局"])
    assert task.deadline and task.deadline.end == date(2025, 5, 31) and not task.warnings


def test_units_in_square_brackets_before_the_task_are_responsible() -> None:
    plan = parse_text(
        "2025年工作要点\n\n一、重点工作\n1.【县人社局、县财政局】实施就业优先政策。\n2.[县委组织部]加强干部队伍建设。\n"
        "3.【民生实事】新建公园3个。（县住建局负责）\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("实施就业优先政策", ["县人社局", "县财政局"]), ("加强干部队伍建设", ["县委组织部"]), ("【民生实事】新建公园3个", ["县住建局"]),
    ]


def test_who_does_a_task_written_before_it_is_no_part_of_its_title() -> None:
    plan = parse_text("2025年工作方案\n\n一、工作任务\n1.（县委宣传部牵头）开展宣传活动。\n2.（牵头单位：县人社局）开展就业培训。\n")
    assert [(a.title, a.lead_units) for a in plan.activities] == [("开展宣传活动", ["县委宣传部"]), ("开展就业培训", ["县人社局"])]


def test_an_event_named_before_a_colon_titles_its_item_though_it_ends_like_a_unit() -> None:
    """运动会 ends in 会 and 培训班 in 班, as units' names do: the event is the title, not a unit."""
    plan = parse_text(
        "2024年全民健身月活动方案\n\n一、活动安排\n● 趣味运动会：8月15日，社区活动中心，社区居委会负责。\n"
        "● 书法培训班：8月下旬，社区文化站负责。\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("趣味运动会", ["社区居委会"]), ("书法培训班", ["社区文化站"])]


def test_a_festival_s_time_and_who_hosts_it_written_first_are_no_part_of_the_title() -> None:
    plan = parse_text(
        "2025年传统节日主题活动方案\n\n一、活动内容\n"
        "1、中秋节期间（10月6日下午），拟由市文明委主办，市委宣传部、团市委承办，组织开展特别节目录制活动。\n"
        "2、重阳节，组织学生到敬老院开展志愿服务（校团委负责）。\n"
    )
    first, second = plan.activities
    assert (first.title, first.lead_units, first.responsible_units) == ("组织开展特别节目录制活动", ["市文明委"], ["市委宣传部", "团市委"])
    assert first.deadline is not None and str(first.deadline.start) == "2025-10-06"
    # a holiday alone names the occasion as much as the day: it stays in the title and dates it
    assert second.title == "重阳节，组织学生到敬老院开展志愿服务"
    assert second.deadline is not None and str(second.deadline.end) == "2025-10-29"


def test_inline_fields_in_brackets() -> None:
    plan = parse_text(
        "工作方案\n\n1.召开推进会（牵头领导：王明，责任单位：办公室，完成时限：3月中旬）。\n"
        "2.开展督查（牵头领导：李华，责任单位：督查室、各科室，完成时限：每季度）。\n"
    )
    first, second = plan.activities
    assert first.title == "召开推进会"
    assert first.lead_officials == ["王明"] and first.responsible_units == ["办公室"]
    assert first.fields == {"牵头领导": "王明", "责任单位": "办公室", "完成时限": "3月中旬"}
    assert second.responsible_units == ["督查室", "各科室"]
    assert second.deadline and second.deadline.kind == "recurring"


def test_a_section_that_assigns_in_prose_where_the_one_before_used_brackets() -> None:
    plan = parse_text(
        "某县防汛工作要点\n\n一、压实责任\n1.修订防汛预案。（县水利局负责，4月底前）\n"
        "2.落实包保责任。（县防汛办负责）\n二、加强监测\n3.加密雨情监测。由县气象局牵头，县水利局配合，汛前完成。\n"
        "4.开展隐患排查。县自然资源局负责落实。\n三、工作要求\n5.各单位要高度重视。\n"
    )
    assert [a.title for a in plan.activities] == ["修订防汛预案", "落实包保责任", "加密雨情监测", "开展隐患排查"]
    assert plan.activities[2].lead_units == ["县气象局"] and plan.activities[2].cooperating_units == ["县水利局"]
    assert plan.activities[3].responsible_units == ["县自然资源局"]
    assert [s.kind for s in plan.sections] == ["activities", "activities", "requirements"]


def test_a_section_with_no_one_named_stays_text_beside_sections_that_assign() -> None:
    plan = parse_text(
        "某县防汛工作要点\n\n一、压实责任\n1.修订防汛预案。（县水利局负责）\n2.落实包保责任。（县防汛办负责）\n"
        "二、有关说明\n3.本要点自印发之日起执行。\n4.此前规定与本要点不一致的，以本要点为准。\n"
    )
    assert [a.title for a in plan.activities] == ["修订防汛预案", "落实包保责任"]


@pytest.mark.parametrize(
    "closing",
    ["以上工作由县文旅局牵头，各乡镇配合，10月底前完成。", "以上3项任务牵头单位：县文旅局；配合单位：各乡镇；完成时限：10月底前"],
)
def test_a_line_after_a_group_s_last_item_speaks_for_all_its_items(closing: str) -> None:
    plan = parse_text(
        f"县2025年旅游节实施方案\n\n（一）宣传推广\n1.制作宣传片。\n2.邀请媒体采风。\n3.开通专题网页。\n{closing}\n"
        "（二）安全保障\n1.制定应急预案。（县应急局负责）\n"
    )
    titles = [a.title for a in plan.activities]
    assert titles == ["制作宣传片", "邀请媒体采风", "开通专题网页", "制定应急预案"]
    for activity in plan.activities[:3]:
        assert activity.lead_units == ["县文旅局"] and activity.cooperating_units == ["各乡镇"]
        assert activity.deadline and activity.deadline.end and activity.deadline.end.month == 10
    assert "以上" not in plan.activities[2].content


def test_a_line_opening_with_above_that_names_no_one_stays_with_its_item() -> None:
    plan = parse_text("工作方案\n\n一、工作任务\n1.制作宣传片。（县文旅局负责）\n2.邀请媒体采风。（县融媒体中心负责）\n以上内容请认真落实。\n")
    assert [a.title for a in plan.activities] == ["制作宣传片", "邀请媒体采风"]
    assert plan.activities[1].content.endswith("以上内容请认真落实。")


def test_units_set_apart_at_the_end_of_a_schedule_line_are_responsible() -> None:
    plan = parse_text(
        "2025年科普周活动安排\n\n一、活动安排\n5月18日  科普进校园  县科协、县教育局\n5月20日\t科技成果展\t县科技局\n"
        "5月22日  专家讲座  全体党员\n"
    )
    first, second, third = plan.activities
    assert (first.title, first.responsible_units) == ("科普进校园", ["县科协", "县教育局"])
    assert (second.title, second.responsible_units) == ("科技成果展", ["县科技局"])
    assert third.responsible_units == [] and "全体党员" in third.title  # who takes part is not who does it


def test_a_schedule_typed_with_tabs_reads_as_the_same_schedule() -> None:
    spaced = parse_text("2025年科普周活动安排\n\n一、活动安排\n5月18日  科普进校园  县科协、县教育局\n5月20日  科技成果展  县科技局\n")
    tabbed = parse_text("2025年科普周活动安排\n\n一、活动安排\n5月18日\t科普进校园\t县科协、县教育局\n5月20日\t科技成果展\t县科技局\n")
    assert [(a.title, a.responsible_units) for a in tabbed.activities] == [(a.title, a.responsible_units) for a in spaced.activities]
    assert len(tabbed.activities) == 2


def test_a_plan_without_any_field_yields_the_items_under_its_activity_heading() -> None:
    plan = parse_text(
        "一、总体目标\n2022年全面提升服务水平。\n二、活动安排\n（一）举办开幕式。3月举行。\n（二）开展志愿服务。\n"
        "三、工作要求\n（一）加强领导。\n"
    )
    assert [a.title for a in plan.activities] == ["举办开幕式", "开展志愿服务"]
    assert plan.activities[0].deadline and plan.activities[0].deadline.source == "text"
    assert {w.code for w in plan.activities[1].warnings} == {"no_units", "no_deadline"}


def test_a_plan_without_any_field_yields_the_items_its_group_headings_gather() -> None:
    """一、… / （一）… / 1.…: each group a short heading over its items, the items are the tasks."""
    plan = parse_text(
        "XX区教育局2022年工作要点\n2022年是关键之年。\n一、落实立德树人根本任务\n（一）坚持立德树人\n"
        "1.推进思政课程建设。用好学生读本，开展主题活动。\n2.深化思政课一体化建设。制定实施方案。\n"
        "（二）加强劳动教育\n3.建设劳动教育基地。新建基地5个。\n"
    )
    assert [(a.title, a.category) for a in plan.activities] == [
        ("推进思政课程建设", "坚持立德树人"), ("深化思政课一体化建设", "坚持立德树人"), ("建设劳动教育基地", "加强劳动教育"),
    ]


@pytest.mark.parametrize("heading", ["整治任务", "年度攻坚任务", "创建举措"])
def test_a_short_heading_that_names_its_tasks_in_words_of_its_own_holds_the_activities(heading: str) -> None:
    """整治任务 is 重点任务 by another word: its items are the tasks, not the targets beside them."""
    plan = parse_text(
        f"城区市容整治方案\n一、整治目标\n1.城区市容明显改观。\n2.群众满意度明显提升。\n二、{heading}\n"
        "1.整治占道经营。规范沿街摊点。\n2.整治乱停乱放。施划停车泊位。\n三、工作要求\n1.加强领导。\n"
    )
    assert [a.title for a in plan.activities] == ["整治占道经营", "整治乱停乱放"]
    assert plan.sections[1].kind == "activities"


@pytest.mark.parametrize("closing", ["三、工作要求", "三、几点要求", "三、经费保障"])
def test_a_plan_whose_parts_are_its_activities_keeps_them_beside_its_requirements(closing: str) -> None:
    plan = parse_text(
        f"2025年群众文化活动方案\n\n为丰富群众文化生活，制定本方案。\n一、开展广场舞比赛\n2025年6月举行。\n"
        f"二、开展书画展览\n2025年7月举行。\n{closing}\n（一）各单位要认真组织。\n（二）注意安全。\n"
    )
    assert [a.title for a in plan.activities] == ["开展广场舞比赛", "开展书画展览"]
    assert plan.sections[-1].kind == "requirements"


def test_an_item_written_as_fields_on_its_numbered_line() -> None:
    """（一）责任单位：…。工作内容：… is a task, titled by its content; 一、活动时间：… alone stays a
    field of the document."""
    plan = parse_text(
        "平安建设工作方案\n一、活动时间：2024年全年\n二、重点工作\n"
        "（一）责任单位：综治办。工作内容：开展矛盾纠纷排查化解。完成时间：2024年6月\n"
        "（二）责任单位：派出所、司法所。工作内容：开展反诈宣传。完成时间：2024年9月\n"
    )
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("开展矛盾纠纷排查化解", ["综治办"], date(2024, 6, 30)),
        ("开展反诈宣传", ["派出所", "司法所"], date(2024, 9, 30)),
    ]


def test_group_fields_are_inherited_by_the_items_under_them() -> None:
    plan = parse_text("（一）基础设施建设（牵头单位：发改局）\n1.新建道路。\n责任单位：交通局\n2.改造管网。\n责任单位：住建局\n")
    assert [(a.title, a.lead_units, a.responsible_units, a.category) for a in plan.activities] == [
        ("新建道路", ["发改局"], ["交通局"], "基础设施建设"),
        ("改造管网", ["发改局"], ["住建局"], "基础设施建设"),
    ]


def test_a_summary_that_carries_a_plan_yields_only_the_plan_s_tasks() -> None:
    """工作总结和工作计划: what was done and what went wrong are findings; next year's points are tasks."""
    plan = parse_text(
        "XX局2023年工作总结和2024年工作计划\n一、2023年工作开展情况\n（一）兜牢民生底线。全年发放低保金3200万元。\n"
        "（二）提升养老服务。新建养老服务站5个。\n二、存在的问题\n一是供给不足；二是力量薄弱。\n"
        "三、2024年工作计划\n（一）完善社会救助体系。\n（二）新建养老服务中心，6月底前投入使用。\n"
        "四、针对存在问题的整改措施\n（一）补齐养老服务短板。\n"
    )
    assert [(a.category, a.title) for a in plan.activities] == [
        (None, "完善社会救助体系"), (None, "新建养老服务中心，6月底前投入使用"), (None, "补齐养老服务短板"),
    ]
    assert [s.kind for s in plan.sections] == ["other", "other", "activities", "activities"]


def test_a_rectification_plan_tracks_each_problem() -> None:
    """整改方案: 问题1：… is an item; its measures, leader, units and 整改时限 are its fields."""
    plan = parse_text(
        "XX县巡视反馈意见整改方案\n一、整改任务\n（一）关于落实决策部署不到位的问题\n问题1：推动发展办法不多。\n"
        "整改措施：制定三年行动计划。\n责任领导：王县长\n责任单位：县发改局\n整改时限：2024年6月30日前\n"
        "问题2：衔接工作有差距。\n整改措施：开展动态监测。\n责任单位：县农业农村局\n整改时限：长期坚持\n"
    )
    got = [(a.number, a.category, a.title, a.responsible_units, a.lead_officials, a.deadline and a.deadline.kind) for a in plan.activities]
    assert got == [
        ("问题1", "关于落实决策部署不到位的问题", "推动发展办法不多", ["县发改局"], ["王县长"], "by"),
        ("问题2", "关于落实决策部署不到位的问题", "衔接工作有差距", ["县农业农村局"], [], "ongoing"),
    ]
    assert not any(a.warnings for a in plan.activities)  # 整改措施 is a label known


def test_a_dash_between_a_task_and_its_field_is_no_part_of_the_title() -> None:
    plan = parse_text("2024年社区活动计划\n1月：开展“迎新春 送春联”活动 —— 责任单位：社区党委\n2月：猜灯谜活动——责任单位：社区居委会\n")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("开展“迎新春 送春联”活动", ["社区党委"]), ("猜灯谜活动", ["社区居委会"]),
    ]


def test_points_counted_first_second_are_items() -> None:
    plan = parse_text(
        "2024年平安建设工作要点\n一、深化矛盾纠纷化解\n第一，健全多元化解机制。（责任单位：区委政法委；完成时限：6月底前）\n"
        "第二，开展积案化解行动。（责任单位：区信访局；完成时限：9月底前）\n"
    )
    assert [(a.number, a.category, a.title, a.responsible_units) for a in plan.activities] == [
        ("第一", "深化矛盾纠纷化解", "健全多元化解机制", ["区委政法委"]),
        ("第二", "深化矛盾纠纷化解", "开展积案化解行动", ["区信访局"]),
    ]


def test_label_headings_with_their_value_below_hold_for_every_activity() -> None:
    """一、活动时间 / 2024年9月14日: a heading that is a label, its value on the line under it,
    is a field of the whole document, as 一、活动时间：2024年9月14日 is."""
    plan = parse_text(
        "2024年中秋活动方案\n一、活动时间\n2024年9月14日下午\n二、主办单位\nXX社区党委、社区居委会\n"
        "三、活动内容\n1.猜灯谜。准备灯谜200条。\n2.做月饼。邀请师傅教学。\n责任单位：社区妇联\n"
        "四、活动要求\n各网格员要做好宣传发动。\n"
    )
    got = [(a.title, a.lead_units, a.responsible_units, a.deadline and a.deadline.end) for a in plan.activities]
    assert got == [
        ("猜灯谜", ["XX社区党委", "社区居委会"], [], date(2024, 9, 14)),
        ("做月饼", ["XX社区党委", "社区居委会"], ["社区妇联"], date(2024, 9, 14)),
    ]


def test_a_news_report_yields_no_activities() -> None:
    plan = parse_text(
        "我区启动读书月活动\n\n2021年04月23日 10:12  来源：区融媒体中心\n1.活动现场气氛热烈。\n"
        "记者：张三\n（责编：李四）\n"
    )
    assert plan.doc_type == "news"
    assert plan.activities == [] and plan.sections == []


def test_a_headline_right_over_its_lede_is_a_reports_title() -> None:
    """No blank line under the headline: the lede opening with its date (12月16日，…) still sets
    it apart, and the date starts no line of the headline's."""
    plan = parse_text(
        "县政府党组召开会议研究部署巡察整改工作\n12月16日，县政府党组召开会议，专题研究整改落实工作。\n"
        "会议要求，一是要压实整改责任。二是要细化推进措施，建立整改台账。\n"
    )
    assert (plan.title, plan.doc_type, plan.activities) == ("县政府党组召开会议研究部署巡察整改工作", "news", [])


@pytest.mark.parametrize(
    "text",
    [
        # a lede that gives the purpose before the date
        "我县召开森林防灭火工作会议\n为做好今冬明春森林防灭火工作，11月20日，我县召开工作会议。\n"
        "会议要求，各乡镇要压实责任，县林业局要加强巡山护林。\n",
        # a place, a colon, what it has done
        "XX镇：多措并举推动乡村振兴\n\nXX镇坚持党建引领。\n一是发展特色产业。镇农业服务中心组织群众种茶2000亩。\n",
        # 今年以来，… over 一是…二是…: a town's report of what it has done
        "XX镇扎实推进农村人居环境整治\n\n今年以来，XX镇多措并举推进美丽乡村建设。\n\n"
        "一是强化组织领导。镇政府成立工作专班，由镇长任组长。\n二是突出问题整改。镇农业综合服务中心牵头开展“三清一改”行动。\n",
    ],
)
def test_headlines_of_reports_with_no_press_marks(text: str) -> None:
    plan = parse_text(text)
    assert (plan.doc_type, plan.activities) == ("news", [])


def test_a_report_of_a_plan_issued_is_news_though_it_lists_the_plan_s_tasks() -> None:
    """A dateline before the lede (本报讯（记者 王明）近日，…) still opens a report."""
    plan = parse_text(
        "我市出台方案推进城市更新行动\n本报讯（记者 王明）近日，市政府办公室印发《城市更新行动实施方案》。\n"
        "《方案》明确了三项重点任务：\n一、实施老旧小区改造。由市住建局牵头，2024年底前完成100个。\n"
        "二、推进城市管网更新。由市水务局牵头，2025年6月底前完成排查。\n"
    )
    assert (plan.doc_type, plan.activities) == ("news", [])


def test_a_report_of_a_plan_issued_is_news_though_its_lede_names_no_day() -> None:
    plan = parse_text(
        "县委宣传部印发方案部署文明创建工作\n为推进文明城市创建，县委宣传部印发《2025年文明创建工作方案》，明确了三项任务。\n"
        "一是提升城市文明程度。由县城管局牵头，开展市容整治。\n二是推进志愿服务。县文明办负责，建立积分制度。\n"
    )
    assert (plan.doc_type, plan.activities) == ("news", [])


def test_a_plan_that_cites_a_plan_issued_above_it_stays_a_plan() -> None:
    plan = parse_text(
        "2025年文明创建工作方案\n根据县委印发《文明创建三年行动计划》的要求，制定本方案。\n"
        "一、提升城市文明程度。（县城管局牵头）\n二、推进志愿服务。（县文明办负责）\n"
    )
    assert plan.doc_type == "plan" and len(plan.activities) == 2


def test_a_plan_whose_title_names_a_kind_of_release_stays_a_plan() -> None:
    plan = parse_text("2024年政务信息发布工作方案\n\n近日，为规范信息发布，制定本方案。\n一、发布政策解读。\n责任单位：办公室\n")
    assert plan.doc_type == "plan" and plan.activities[0].responsible_units == ["办公室"]


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # a headline names the plan its story is about: 我县出台…方案 over 近日，… is news, and the
        # plan's points it retells (一是…二是…) are no activities
        ("我县出台优化营商环境三年行动方案\n\n近日，县政府办公室印发《XX县优化营商环境三年行动方案》。\n"
         "《方案》明确了20项重点任务。一是提升政务服务效能；二是降低企业经营成本。\n县发改局牵头负责统筹协调。\n", "news"),
        # a headline led by a place's short name and a colon, over a dated lede: news
        ("临江：召开防汛工作部署会\n6月3日上午，临江县召开防汛工作部署会。\n会议要求，一是压实责任；二是加强巡查。县水利局要做好值守。\n", "news"),
        # a place that 发布 what it plans, over a lede dated as a report's: news, whose points are no activities
        ("XX区发布庆祝建党百年系列活动安排\n\n3月25日，XX区召开新闻发布会，发布系列活动。\n"
         "一、开展主题宣讲。由区委宣传部牵头，4月至6月开展。\n二、举办诵读会。区文旅局负责。\n", "news"),
        # a 管理办法's articles say what holds; the units they name are no tasks to track
        ("XX区政府投资项目管理办法\n第一章 总则\n第一条 为规范政府投资行为，制定本办法。\n"
         "第二条 区发展改革局负责政府投资项目的综合管理工作。\n第三条 本办法自2024年1月1日起施行。\n", "other"),
        # an announcement to the public says what holds, not who is to do what
        ("关于春节期间禁止燃放烟花爆竹的通告\n一、2024年2月1日至2月29日，城区禁止燃放烟花爆竹。\n"
         "二、违反本通告规定的，由公安机关依法处罚。\n", "other"),
        # a decision that commends lists who is commended, not who is to do what
        ("关于表彰2023年度安全生产先进集体和先进个人的决定\n县政府决定予以通报表彰。\n一、先进集体\n县应急局、县住建局\n"
         "二、先进个人\n张三（县应急局）、李四（县住建局）\n", "other"),
    ],
)
def test_documents_about_plans_or_rules_yield_no_activities(text: str, doc_type: str) -> None:
    plan = parse_text(text)
    assert plan.doc_type == doc_type and plan.activities == []


def test_rules_that_assign_tasks_in_fields_are_a_plan() -> None:
    plan = parse_text("2024年目标责任考核实施细则\n一、考核准备\n（一）制定考核指标。\n责任单位：区考核办\n完成时限：2024年3月\n")
    assert plan.doc_type == "plan" and plan.activities[0].responsible_units == ["区考核办"]


def test_a_notice_without_its_plan_is_a_notice() -> None:
    plan = parse_text("关于召开工作会议的通知\n\n各单位：\n定于3月5日召开全区工作会议，请准时参加。\n")
    assert plan.doc_type == "notice"
    assert plan.activities == []


def test_the_plan_inside_an_issuing_notice_is_named_by_its_title() -> None:
    plan = parse_text("关于印发《2022年全区安全生产工作要点》的通知\n\n一、重点任务\n1.开展隐患排查。\n牵头单位：应急局\n")
    assert plan.title == "2022年全区安全生产工作要点"
    assert plan.doc_type == "plan"
    assert plan.activities[0].lead_units == ["应急局"]


COVER = (
    "关于印发《2025年县政府重点工作任务分解》的通知\n\n各乡镇人民政府、县直各单位：\n"
    "《2025年县政府重点工作任务分解》已经县政府同意，现印发给你们，请认真贯彻落实。\n"
    "一、强化责任落实。各牵头单位要切实履行主体责任，其他责任单位要积极配合。\n"
    "二、细化工作方案。各牵头单位要于3月15日前将推进方案报县政府督查室。\n\n县人民政府办公室\n2025年3月1日\n"
)


def test_a_notice_whose_plan_is_attached_elsewhere_says_how_to_carry_it_out() -> None:
    """Its own points, before its date, are no tasks of the plan; a plan after the date is read."""
    cover = parse_text(COVER)
    assert (cover.doc_type, cover.activities) == ("notice", [])
    whole = parse_text(COVER + "\n一、重点任务\n1.新建学校3所。由县教育局负责，8月底前完成。\n")
    assert [(a.title, a.responsible_units) for a in whole.activities] == [("新建学校3所", ["县教育局"])]


def test_the_plan_after_a_notice_s_date_and_its_publication_note() -> None:
    """（此件公开发布） under the date, the plan's title over two lines, the 文号 as a site labels it."""
    plan = parse_text(
        "文件编号: X政办发〔2025〕3号\n\n关于印发2025年重点工作责任分解的通知\n\n各县(市、区)人民政府：\n"
        "现将《重点工作责任分解》印发给你们，请认真贯彻执行。\n各地要高度重视，确保开好局。\n\nX市人民政府办公室\n2025年3月24日\n"
        "（此件公开发布）\n\n2025年政府工作报告\n重点工作责任分解\n\n1.实施富民行动。\n责任单位：市发改委\n"
    )
    assert (plan.doc_number, plan.issuer, plan.issued_on) == ("X政办发〔2025〕3号", "X市人民政府办公室", date(2025, 3, 24))
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("实施富民行动", ["市发改委"])]
    assert "各地要高度重视" not in "".join(a.content for a in plan.activities)


def test_an_issuing_notice_in_traditional_script_is_named_by_its_plan() -> None:
    plan = parse_text("關于印發《2022年全區安全生產工作要點》的通知\n\n一、重點任務\n1.開展隱患排查。\n牽頭單位：應急局\n")
    assert plan.title == "2022年全區安全生產工作要點"


@pytest.mark.parametrize("indent", ["\t\t\t\t", "        "])
def test_a_signature_set_in_with_tabs_or_spaces_is_the_issuer(indent: str) -> None:
    plan = parse_text(
        f"关于印发《XX方案》的通知\n\n各单位：\n现将《XX方案》印发给你们。\n\n{indent}XX县人民政府办公室\n{indent}2021年3月1日\n\n"
        "XX方案\n\n一、工作任务\n1.开展宣传。责任单位：县委宣传部\n"
    )
    assert (plan.issuer, plan.issued_on) == ("XX县人民政府办公室", date(2021, 3, 1))


def test_contacts_after_the_last_item_are_the_closing() -> None:
    plan = parse_text("1.开展活动。\n责任单位：办公室\n联系人：张三\n联系电话：12345678\n")
    assert plan.closing == "联系人：张三\n联系电话：12345678"
    assert "联系人" not in plan.activities[0].content


def test_numbering_gaps_and_repeats_are_reported() -> None:
    plan = parse_text("1.甲。\n责任单位：A\n3.乙。\n责任单位：B\n3.丙。\n责任单位：C\n")
    assert [w.code for w in plan.warnings] == ["numbering_gap", "duplicate_number"]


def test_spans_point_at_the_lines() -> None:
    plan = parse_text("方案\n\n1.甲。\n责任单位：A\n\n2.乙。\n责任单位：B\n完成时限：5月\n")
    assert [(a.span.start_line, a.span.end_line) for a in plan.activities] == [(3, 4), (6, 8)]


def test_empty_text_gives_an_empty_plan() -> None:
    plan = parse_text("")
    assert plan.activities == [] and plan.title is None and plan.doc_type == "other"


def test_traditional_chinese_plan() -> None:
    plan = parse_text("一、重點任務\n1.舉辦論壇。\n牽頭單位：區委宣傳部\n責任單位：區文化館\n完成時限：2021年6月30日前\n")
    activity = plan.activities[0]
    assert activity.lead_units == ["區委宣傳部"] and activity.responsible_units == ["區文化館"]
    assert activity.deadline and activity.deadline.end == date(2021, 6, 30)


def test_a_unit_marked_as_lead_inside_the_responsible_list() -> None:
    plan = parse_text("2022年方案\n\n1.开展执法检查。\n责任单位：区应急局（牵头）、区公安局、区住建局\n")
    activity = plan.activities[0]
    assert activity.lead_units == ["区应急局"]
    assert activity.responsible_units == ["区应急局", "区公安局", "区住建局"]


def test_fields_inline_without_brackets_and_a_heading_before_a_colon() -> None:
    plan = parse_text(
        "2022年工作要点\n\n一、主要任务\n（一）开展隐患排查。牵头单位：区应急局；完成时限：6月底前。\n"
        "（二）加快项目建设：全年开工项目50个。（责任单位：区发改局）\n"
    )
    first, second = plan.activities
    assert first.lead_units == ["区应急局"] and first.deadline and first.deadline.end == date(2022, 6, 30)
    assert second.title == "加快项目建设" and second.responsible_units == ["区发改局"]


def test_an_item_that_opens_with_a_date() -> None:
    plan = parse_text("植树活动方案\n\n一、活动安排\n1.3月12日组织义务植树。\n责任单位：区林业局\n2.4月开展护林宣传。\n责任单位：区林业局\n")
    assert [(a.number, a.title) for a in plan.activities] == [("1.", "3月12日组织义务植树"), ("2.", "4月开展护林宣传")]


def test_fields_after_the_last_sub_point_belong_to_the_item() -> None:
    plan = parse_text(
        "2023年文明创建实施方案\n\n一、重点任务\n（一）整治市容环境。\n1.清理乱张贴。\n2.规范占道经营。\n牵头单位：区城管局\n"
        "完成时限：2023年6月\n（二）提升服务水平。\n牵头单位：区政务服务局\n完成时限：2023年9月\n"
    )
    assert [(a.number, a.title, a.lead_units) for a in plan.activities] == [
        ("（一）", "整治市容环境", ["区城管局"]), ("（二）", "提升服务水平", ["区政务服务局"]),
    ]
    assert plan.activities[0].content == "整治市容环境。\n1.清理乱张贴。\n2.规范占道经营。\n牵头单位：区城管局\n完成时限：2023年6月"


def test_yishi_points_of_an_item_without_fields_stay_its_content() -> None:
    plan = parse_text(
        "2022年宣传工作方案\n一、重点任务\n（一）加强宣传引导\n一是利用报刊宣传；\n二是开展进社区活动。\n"
        "（二）强化督导检查\n一是成立督导组；\n二是定期通报。\n二、工作要求\n加强领导。\n"
    )
    assert [(a.number, a.title) for a in plan.activities] == [("（一）", "加强宣传引导"), ("（二）", "强化督导检查")]
    assert "二是开展进社区活动" in plan.activities[0].content


def test_yishi_points_with_their_own_fields_are_tasks() -> None:
    plan = parse_text(
        "2023年工作要点\n一、优化服务\n一是推行网办。（责任单位：县政务服务中心）\n二是推行容缺受理。（责任单位：县行政审批局）\n"
    )
    assert [(a.number, a.responsible_units) for a in plan.activities] == [("一是", ["县政务服务中心"]), ("二是", ["县行政审批局"])]


def test_points_on_one_line_each_naming_who_does_it_are_tasks() -> None:
    """The same as points one to a line: 一是…（…）；二是…（…）, after a heading or under an item."""
    plan = parse_text(
        "2024年防汛工作通知\n一、提高认识。各地要高度重视。\n"
        "二、落实措施。一是开展汛前检查（县水利局牵头，各乡镇配合，5月底前完成）；二是储备防汛物资（县应急局负责）。\n"
        "三、加强值守\n1.严格值班。（1）执行24小时值班（责任单位：县应急局）；（2）报送汛情信息（责任单位：县水文站）。\n"
        "四、其他\n一是宣传到位（县委宣传部负责）；二是经费到位。\n"
    )
    assert [(a.title, a.lead_units or a.responsible_units, a.category) for a in plan.activities] == [
        ("开展汛前检查", ["县水利局"], "落实措施"), ("储备防汛物资", ["县应急局"], "落实措施"),
        ("执行24小时值班", ["县应急局"], "严格值班"), ("报送汛情信息", ["县水文站"], "严格值班"),
        ("宣传到位", ["县委宣传部"], "其他"),  # the second point names no one: the line stays whole
    ]
    assert plan.activities[0].deadline is not None and plan.activities[0].deadline.end == date(2024, 5, 31)


def test_a_part_that_only_names_the_organisers_is_no_task() -> None:
    """二、组织机构 / 主办单位：… holds for the whole plan, as fields before the first item do."""
    plan = parse_text(
        "2022年读书月活动方案\n一、活动主题\n书香润城\n二、组织机构\n主办单位：市委宣传部\n承办单位：市图书馆\n"
        "三、活动内容\n活动一：诵读大赛\n承办单位：市教育局\n活动二：书香家庭评选\n活动时间：4月\n"
    )
    assert [(a.title, a.lead_units, a.responsible_units) for a in plan.activities] == [
        ("诵读大赛", ["市委宣传部"], ["市教育局"]), ("书香家庭评选", ["市委宣传部"], ["市图书馆"]),
    ]
    assert [(s.title, s.kind) for s in plan.sections] == [("活动主题", "guidance"), ("组织机构", "requirements"), ("活动内容", "activities")]


@pytest.mark.parametrize(
    "organisers",
    [
        "二、主办、承办单位\n主办单位：市委宣传部\n市文明办\n承办单位：市图书馆\n",  # the heading lists the labels
        "二、组织机构\n主办单位：\n市委宣传部\n市文明办\n承办单位：\n市图书馆\n",  # each label over its units, one to a line
    ],
)
def test_a_label_s_units_one_to_a_line_are_all_its_own(organisers: str) -> None:
    plan = parse_text(f"2022年读书月活动方案\n一、活动主题\n书香润城\n{organisers}三、活动内容\n活动一：诵读大赛\n活动二：书香家庭评选\n")
    assert [(a.title, a.lead_units, a.responsible_units) for a in plan.activities] == [
        ("诵读大赛", ["市委宣传部", "市文明办"], ["市图书馆"]), ("书香家庭评选", ["市委宣传部", "市文明办"], ["市图书馆"]),
    ]


def test_a_part_of_activities_and_their_times_holds_the_activities() -> None:
    """二、活动内容及时间安排: what is done and when; its items are the activities, not a timetable."""
    plan = parse_text(
        "社区七一活动方案\n\n今年是共产党成立104周年。\n一、活动主题\n永远跟党走\n二、活动内容及时间安排\n"
        "1、召开专题组织生活会\n六月中旬，社区党委召开专题组织生活会。\n2、走访慰问老党员\n“七一”前后，走访慰问困难党员。\n"
    )
    assert [(a.title, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("召开专题组织生活会", (date(2025, 6, 11), date(2025, 6, 20))),
        ("走访慰问老党员", (date(2025, 6, 24), date(2025, 7, 8))),
    ]


def test_a_part_that_lists_the_plans_particulars_is_no_task() -> None:
    """二、活动信息 / 1、活动时间：… / 2、活动地点：…: the particulars of the whole event."""
    plan = parse_text(
        "社区中秋活动方案\n一、活动背景\n丰富居民生活。\n二、活动信息\n1、活动时间：2024年9月14日上午\n2、活动地点：社区广场\n"
        "3、主办单位：城南社区\n三、活动内容\n（一）猜灯谜\n（二）做月饼\n"
    )
    assert [(a.title, a.lead_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("猜灯谜", ["城南社区"], date(2024, 9, 14)), ("做月饼", ["城南社区"], date(2024, 9, 14)),
    ]


def test_the_plan_of_one_event_is_that_event() -> None:
    """A contest's plan lists who takes part, when and how entries are judged, not tasks: the
    event is its one activity, named by the title, run by the organisers, dated by its time."""
    plan = parse_text(
        "关于举办2023年全区青少年象棋比赛的活动方案\n\n为丰富青少年课余生活，决定举办象棋比赛。\n"
        "一、主办单位\n区教育局、区体育中心\n二、参赛对象\n全区中小学生。\n三、比赛时间\n2023年7月15日至7月16日。\n"
        "四、报名方式\n各学校于7月5日前报名。\n五、评选办法\n1.预赛：分组循环。\n2.决赛：淘汰赛。\n"
        "六、奖项设置\n设一等奖5名。\n"
    )
    assert [(a.title, a.lead_units, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("举办2023年全区青少年象棋比赛", ["区教育局", "区体育中心"], (date(2023, 7, 15), date(2023, 7, 16))),
    ]
    assert [s.kind for s in plan.sections] == ["other", "schedule", "schedule", "schedule", "schedule", "requirements"]


_CEREMONY = (
    "清明祭扫烈士墓活动方案\n\n一、活动时间及地点\n2025年4月3日8:30-10:20  城西烈士陵园\n二、活动议程\n"
    "1.党员代表讲话；\n2.向烈士献花。\n三、活动具体安排\n（一）往返交通\n统一乘坐公交车。\n"
    "（二）组织纪律\n1.各部门负责人负责维护纪律。\n2.所有人员不得擅自离队。\n"
)


def test_a_plan_held_on_one_day_with_an_agenda_is_that_one_event() -> None:
    """Its transport and discipline are arrangements, not tasks; who keeps order is no unit."""
    plan = parse_text(_CEREMONY)
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.start) for a in plan.activities] == [
        ("清明祭扫烈士墓活动", [], date(2025, 4, 3)),
    ]


def test_a_one_day_event_whose_running_order_names_who_runs_each_step_is_still_one_event() -> None:
    plan = parse_text(
        "敬老节联欢活动方案\n\n一、活动时间\n2025年10月29日上午\n二、活动流程\n8:30—9:00  签到（负责人：刘敏）\n"
        "9:00—10:00  文艺表演（负责人：社区舞蹈队）\n10:00—11:00  健康讲座（负责人：社区卫生服务站）\n三、工作要求\n提前到岗。\n"
    )
    assert [(a.title, a.responsible_units, a.lead_officials, a.deadline and a.deadline.start) for a in plan.activities] == [
        ("敬老节联欢活动", [], [], date(2025, 10, 29)),  # who runs a step does not run the event
    ]


def test_a_campaign_with_an_agenda_for_its_opening_keeps_its_events() -> None:
    plan = parse_text(_CEREMONY.replace("2025年4月3日8:30-10:20", "2025年4月3日至10日"))
    assert [a.title for a in plan.activities][:2] == ["往返交通", "组织纪律"]
    # a campaign's week dates none of its events: each happens somewhen within it
    assert {(a.deadline.start, a.deadline.end) for a in plan.activities if a.deadline} == set()


def test_a_numbered_label_that_goes_on_the_plans_list_of_parts_heads_a_part() -> None:
    """二、活动内容： after 一、活动主题 is the plan's second part, the list under it its events, not
    a field of the part above; 三、活动时间：… on its own line is the plan's window, no event's date."""
    plan = parse_text(
        "2024年校园读书节活动方案\n一、活动主题：\n书香校园\n二、活动内容：\n（一）、诵读比赛（11月21日）\n"
        "（二）、书签设计大赛\n三、活动时间：2024年11月中旬至12月中旬。\n四、主办单位：校团委\n五、奖项设立：\n"
        "1、优秀组织奖：参与面广的班级。\n"
    )
    assert [(a.title, a.lead_units, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("诵读比赛", ["校团委"], (date(2024, 11, 21), date(2024, 11, 21))),
        ("书签设计大赛", ["校团委"], None),
    ]
    assert [(s.title, s.kind) for s in plan.sections] == [
        ("活动主题", "guidance"), ("活动内容", "activities"), ("活动时间", "schedule"), ("主办单位", "other"), ("奖项设立", "requirements"),
    ]


@pytest.mark.parametrize(
    "fields",
    [
        "1.活动时间：2024年3月\n2.责任单位：县委宣传部\n",
        "1.时间安排：3月\n2.活动要求：突出特色，形式新颖。\n3.责任主体：县委宣传部\n",  # what the activity asks is no item either
    ],
)
def test_numbered_fields_under_an_item_stay_its_fields(fields: str) -> None:
    plan = parse_text(f"2024年宣传月活动方案\n（一）开展宣传活动\n{fields}（二）开展义诊\n1.责任单位：县卫健局\n")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("开展宣传活动", ["县委宣传部"]), ("开展义诊", ["县卫健局"])]
    assert plan.activities[0].deadline is not None and plan.activities[0].deadline.end == date(2024, 3, 31)


def test_a_plan_that_only_sets_out_its_stages_has_them_as_its_work() -> None:
    plan = parse_text(
        "关于开展“平安校园”创建活动的实施方案\n一、工作目标\n2024年底全镇学校达到创建标准。\n二、实施步骤\n"
        "（一）动员阶段（3月1日-3月15日）。镇教办召开动员会，部署创建工作。\n（二）整改阶段（3月16日-5月31日）。各学校对照标准自查整改。\n"
        "（三）验收阶段（6月）。镇综治办会同镇教办组织验收。\n"
    )
    assert [(a.title, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("动员阶段", (date(2024, 3, 1), date(2024, 3, 15))), ("整改阶段", (date(2024, 3, 16), date(2024, 5, 31))),
        ("验收阶段", (date(2024, 6, 1), date(2024, 6, 30))),
    ]


def test_a_programme_of_the_day_is_titled_after_its_clock_times() -> None:
    plan = parse_text(
        "2024年社区邻里节活动方案\n一、活动时间：2024年9月14日\n二、活动内容\n1. 9:00-9:30：开幕式；\n"
        "2. 10:30-11:30：趣味运动会；\n3. 14:00 颁奖仪式。\n"
    )
    assert [a.title for a in plan.activities] == ["开幕式", "趣味运动会", "颁奖仪式"]


def test_an_assessment_plan_assigns_no_task() -> None:
    """考核方案: what is scored and how are no tasks, and no one is named to do them."""
    plan = parse_text(
        "2023年度部门绩效考核实施方案\n一、考核对象\n区直各部门。\n二、考核内容\n（一）重点工作（60分）。\n"
        "（二）作风建设（40分）。\n三、考核方式\n平时考核与年终考核相结合。\n四、结果运用\n作为评先评优依据。\n"
    )
    assert plan.activities == [] and [w.code for w in plan.warnings] == ["no_activities"]


def test_an_area_of_work_ending_like_a_requirement_is_a_category() -> None:
    """强化要素保障 over items that each name who does them is an area of work, as 经费保障 is not."""
    plan = parse_text(
        "2023年营商环境工作要点\n一、优化市场环境\n1.开展收费整治。牵头单位：县市场监管局\n"
        "二、强化要素保障\n2.建立用地保障机制。责任单位：县自然资源局\n三、经费保障\n县财政局要足额保障工作经费。\n"
    )
    assert [a.category for a in plan.activities] == ["优化市场环境", "强化要素保障"]
    assert [s.kind for s in plan.sections] == ["activities", "activities", "requirements"]


def test_a_division_of_work_by_leader_gives_each_item_its_leader() -> None:
    plan = parse_text(
        "2023年县政府领导分工及重点任务\n一、张三同志（县长）\n1.推进招商引资。（责任单位：县投促局）\n"
        "二、李四（常务副县长）\n2.推进国企改革。（责任单位：县国资中心）\n3.推进财政改革。（责任领导：王五；责任单位：县财政局）\n"
        "三、王府井（步行街）\n4.提升街区业态。（责任单位：县商务局）\n"
    )
    assert [a.lead_officials for a in plan.activities] == [["张三（县长）"], ["李四（常务副县长）"], ["王五"], []]


def test_work_headed_by_the_leader_who_leads_it_gives_each_item_that_leader() -> None:
    """王明县长牵头重点工作 / 副县长李华分管工作: the report's work divided by the leader over it."""
    plan = parse_text(
        "2025年重点工作责任分解\n一、王明县长牵头重点工作\n1.稳定财政收入。\n责任单位：县财政局。\n"
        "二、常务副县长欧阳明分管工作\n2.推进国企改革。\n责任单位：县国资中心。\n"
        "三、县长热线负责的事项\n3.办好群众诉求。\n责任单位：县信访局。\n"
    )
    assert [a.lead_officials for a in plan.activities] == [["王明"], ["欧阳明"], []]  # the names as written
    assert [a.responsible_units for a in plan.activities] == [["县财政局"], ["县国资中心"], ["县信访局"]]


def test_the_fields_under_a_part_s_only_item_are_that_item_s() -> None:
    """一、加强社会治理 / （一）组织技能培训。/ 牵头单位：…: a part over one item groups it; the
    item, not the part, is the task. An item whose several points end with its fields keeps them."""
    plan = parse_text(
        "2025年重点工作方案\n一、加强社会治理\n（一）组织技能培训。\n牵头单位：区卫健委\n完成时限：年底前\n"
        "二、强化安全保障\n（一）加强平安建设。\n牵头单位：区委宣传部\n完成时限：6月底前\n"
        "三、提升公共服务\n（一）开展文明创建。\n1.推进背街小巷整治。\n2.建立志愿服务队。\n牵头单位：区文明办\n完成时限：9月底前\n"
    )
    assert [(a.title, a.category, a.lead_units) for a in plan.activities] == [
        ("组织技能培训", "加强社会治理", ["区卫健委"]), ("加强平安建设", "强化安全保障", ["区委宣传部"]),
        ("开展文明创建", "提升公共服务", ["区文明办"]),
    ]


def test_a_calendar_of_the_year_dates_items_by_the_month_they_stand_under() -> None:
    plan = parse_text(
        "第三党支部2024年度工作计划\n一月份\n1.召开2023年度组织生活会。\n2.走访慰问困难党员。\n二月份：\n"
        "3.开展学雷锋志愿服务。\n第二季度\n4.收缴党费。\n\n第三党支部\n2024年1月5日\n"
    )
    assert [(a.title, a.category, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("召开2023年度组织生活会", "一月份", (date(2024, 1, 1), date(2024, 1, 31))),  # 2023年度 names the meeting
        ("走访慰问困难党员", "一月份", (date(2024, 1, 1), date(2024, 1, 31))),
        ("开展学雷锋志愿服务", "二月份", (date(2024, 2, 1), date(2024, 2, 29))),
        ("收缴党费", "第二季度", (date(2024, 4, 1), date(2024, 6, 30))),
    ]
    assert [(s.number, s.title) for s in plan.sections] == [(None, "一月份"), (None, "二月份"), (None, "第二季度")]
    assert plan.closing == "第三党支部\n2024年1月5日" and plan.issued_on == date(2024, 1, 5)


def test_paragraphs_led_by_their_months_in_a_plan_that_numbers_nothing_are_its_items() -> None:
    """7月，成立领导小组… / 8—9月，…: a schedule in prose, dated by the year its sign-off gives in words."""
    plan = parse_text(
        "水务局创建文明城市工作方案\n按照市委部署，我局工作方案如下：\n7月，成立创建工作领导小组，召开动员会。\n"
        "8—9月，重点搞好机关内部环境整治。\n全体物业人员全员参与。\n10—11月，配合联系社区开展创建。\n\n市水务局\n二○二一年七月\n"
    )
    assert [(a.deadline and (a.deadline.raw, a.deadline.start, a.deadline.end), a.cooperating_units) for a in plan.activities] == [
        (("7月", date(2021, 7, 1), date(2021, 7, 31)), []),
        (("8—9月", date(2021, 8, 1), date(2021, 9, 30)), []),  # the staff who take part are no unit
        (("10—11月", date(2021, 10, 1), date(2021, 11, 30)), []),
    ]
    assert plan.closing.startswith("市水务局")
    numbered = parse_text("工作方案\n一、工作安排\n（一）开展排查。\n7月，组织全面排查。\n（二）集中整治。\n8月，开展集中整治。\n")
    assert [a.title for a in numbered.activities] == ["开展排查", "集中整治"]  # in a numbered plan, a time in front is prose


def test_a_months_heading_that_names_its_theme_heads_the_items_due_then() -> None:
    plan = parse_text(
        "实验小学2024年德育工作月度安排\n三月主题：文明礼仪月\n1、学雷锋志愿服务活动。\n2、文明礼仪主题班会。\n"
        "四月主题：安全教育月\n1、安全知识竞赛。\n"
    )
    assert [(a.title, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("学雷锋志愿服务活动", (date(2024, 3, 1), date(2024, 3, 31))),
        ("文明礼仪主题班会", (date(2024, 3, 1), date(2024, 3, 31))),
        ("安全知识竞赛", (date(2024, 4, 1), date(2024, 4, 30))),
    ]


def test_a_term_calendar_dates_items_by_the_week_and_the_dates_its_heading_gives() -> None:
    plan = parse_text(
        "实验小学2024年秋季学期少先队工作安排\n\n第一周（9月2日—9月8日）\n1.开学典礼。负责：大队部\n2.中队干部选举。负责：各中队\n\n"
        "第二周（9月9日—9月13日）\n3.教师节感恩教育。负责：大队部\n\n第三周至第四周\n4.队列训练。负责：体育组\n\n"
        "下半年\n5.争章评比。负责：大队部\n"
    )
    assert [(a.title, a.category, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("开学典礼", "第一周（9月2日—9月8日）", (date(2024, 9, 2), date(2024, 9, 8))),
        ("中队干部选举", "第一周（9月2日—9月8日）", (date(2024, 9, 2), date(2024, 9, 8))),
        ("教师节感恩教育", "第二周（9月9日—9月13日）", (date(2024, 9, 9), date(2024, 9, 13))),
        ("队列训练", "第三周至第四周", (None, None)),  # a week with no date names no day
        ("争章评比", "下半年", (date(2024, 7, 1), date(2024, 12, 31))),
    ]
    assert [a.responsible_units for a in plan.activities][:2] == [["大队部"], ["各中队"]]


def test_a_sign_off_is_the_closing_but_a_date_under_a_heading_is_its_value() -> None:
    signed = parse_text("2024年宣传工作方案\n一、重点任务\n1.开展宣传。（责任单位：县委宣传部）\n县委宣传部\n县文明办\n2024年3月1日\n")
    assert signed.activities[0].content == "开展宣传。（责任单位：县委宣传部）"
    assert signed.closing == "县委宣传部\n县文明办\n2024年3月1日"
    dated = parse_text("2024年读书活动方案\n一、活动内容\n1.读书分享会。（承办单位：县图书馆）\n二、活动时间\n2024年4月23日\n")
    assert dated.closing == "" and "2024年4月23日" in dated.sections[-1].content


def test_points_opened_with_a_dash_are_items() -> None:
    plan = parse_text(
        "2024年机关党建工作要点\n一、加强政治建设\n——开展专题读书班2期。（责任单位：机关党委）\n"
        "——落实“第一议题”制度。（责任单位：办公室）\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("开展专题读书班2期", ["机关党委"]), ("落实“第一议题”制度", ["办公室"]),
    ]


def test_a_term_calendar_by_week_lists_its_items_with_their_weeks() -> None:
    plan = parse_text(
        "XX中学2024年秋季学期德育工作计划\n一、工作安排\n第1周：开学典礼。（政教处）\n第2-3周：新生军训。（政教处、体育组）\n"
        "第4周：教师节庆祝活动。（团委）\n"
    )
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("开学典礼", ["政教处"], "第1周"), ("新生军训", ["政教处", "体育组"], "第2-3周"),
        ("教师节庆祝活动", ["团委"], "第4周"),  # a week names no date, but the ledger keeps it
    ]
    table = parse_text("XX小学2024年秋季学期行事历\n\n周次\t工作内容\t负责部门\n第一周\t开学典礼\t德育处\n")
    assert [(a.title, a.deadline and a.deadline.raw) for a in table.activities] == [("开学典礼", "第一周")]


def test_sub_items_that_each_say_who_does_them_are_the_tasks() -> None:
    """The decisions of a meeting under the topic they settle: each names its units in prose."""
    plan = parse_text(
        "县政府常务会议纪要\n一、研究了停车难问题\n会议议定：（一）由县城管局牵头，县公安局配合，6月底前新增泊位500个。\n"
        "（二）县自然资源局负责，9月底前完成规划选址。\n二、研究了防汛工作\n完成水库安全检查。（县水利局负责）\n"
    )
    assert [(a.title, a.lead_units or a.responsible_units, a.category) for a in plan.activities] == [
        ("6月底前新增泊位500个", ["县城管局"], "研究了停车难问题"),
        ("9月底前完成规划选址", ["县自然资源局"], "研究了停车难问题"),
        ("研究了防汛工作", ["县水利局"], None),
    ]


def test_minutes_whose_decisions_say_who_are_read_for_those_decisions() -> None:
    """A 会议纪要 assigns work in prose: each topic that says who does it is a task; a topic that
    records a report heard assigns nothing; who attended is the closing, not a unit of the last task."""
    plan = parse_text(
        "区政府专题会议纪要\n\n2023年9月4日，副区长陈刚主持召开专题会议。现纪要如下：\n\n"
        "一、关于背街小巷改造\n会议要求，区住建局要牵头，会同区财政局、区交通局，11月底前完成改造方案。\n\n"
        "二、关于秋冬季森林防火\n会议决定，由区林业站负责，在重点林区增设防火检查站，10月15日前到位。\n\n"
        "三、听取了区统计局关于前三季度经济运行情况的汇报\n会议认为，全区经济运行总体平稳。\n\n"
        "出席：陈刚、周立\n列席：区住建局、区林业站负责同志\n"
    )
    assert plan.doc_type == "plan"
    assert [(a.title, a.lead_units, a.responsible_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("背街小巷改造", ["区住建局"], [], ["区财政局", "区交通局"], date(2023, 11, 30)),  # the topic, without 关于
        ("秋冬季森林防火", [], ["区林业站"], [], date(2023, 10, 15)),
    ]
    assert plan.closing.startswith("出席：")


def test_minutes_that_label_each_decision_s_fields_leave_out_a_topic_that_names_no_one() -> None:
    """Decisions may close with their fields in a bracket (责任领导：…；责任单位：…); a topic beside
    them that passes a document names no one and is no task."""
    plan = parse_text(
        "镇政府办公会议纪要\n\n2024年9月3日，镇长主持召开镇政府办公会议。\n\n一、关于集镇污水管网改造问题\n会议要求，抓紧制定改造计划，10月底前开工。"
        "（责任领导：周平；责任单位：镇建设办；配合单位：镇财政所）\n\n"
        "二、关于《镇机关考勤制度》\n会议原则通过《镇机关考勤制度》。\n\n"
        "三、关于冬季取暖安全\n会议要求，11月15日前完成学校取暖设施检查。（责任单位：镇中心校）\n"
    )
    assert [(a.title, a.responsible_units, a.lead_officials, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("集镇污水管网改造", ["镇建设办"], ["周平"], date(2024, 10, 31)),  # the topic, without 关于…问题
        ("冬季取暖安全", ["镇中心校"], [], date(2024, 11, 15)),
    ]


def test_the_meeting_s_time_and_who_attended_are_no_decision_s() -> None:
    plan = parse_text(
        "县城乡环境整治专题会议纪要\n\n会议时间：2024年3月8日下午\n参会单位：县住建局、县城管局\n\n纪要如下：\n"
        "一、县城管局牵头，县住建局配合，4月底前完成沿街立面整治。\n二、县生态环境局负责，开展餐饮油烟专项检查。\n"
    )
    assert [(a.lead_units, a.responsible_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        (["县城管局"], [], ["县住建局"], date(2024, 4, 30)), ([], ["县生态环境局"], [], None),
    ]


def test_a_meeting_s_preparations_are_due_on_its_day() -> None:
    """会务分工: a task that gives no time of its own is done for the meeting."""
    plan = parse_text(
        "全县安全生产工作会议筹备方案\n一、会议时间\n2024年2月26日上午9:00\n二、会务分工\n"
        "（一）会场布置。责任单位：县政府办公室。\n（二）材料准备。2月22日前完成。责任单位：县应急管理局。\n"
    )
    assert [(a.title, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("会场布置", date(2024, 2, 26)), ("材料准备", date(2024, 2, 22)),
    ]


@pytest.mark.parametrize(
    ("title", "matter"),
    [("关于幸福路污水管网破损问题的督办通知", "幸福路污水管网破损问题"), ("督 办 通 知", "群众反映幸福路污水管网破损外溢问题")],
)
def test_a_notice_that_hands_one_matter_to_a_unit_is_that_task(title: str, matter: str) -> None:
    """督办通知 in prose: the matter, the unit addressed (请你局牵头) as its salutation names it, its helpers and date."""
    plan = parse_text(
        f"{title}\n\n县住建局：\n近期，群众反映幸福路污水管网破损外溢问题。请你局牵头，会同城关镇立即整改，"
        "于2024年7月15日前办结，并将结果报县政府督查室。\n\n县政府督查室\n2024年7月1日\n"
    )
    assert [(a.title, a.lead_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        (matter, ["县住建局"], ["城关镇"], date(2024, 7, 15)),
    ]


def test_a_notice_that_asks_the_unit_it_is_addressed_to_hands_it_the_matter() -> None:
    """请你单位高度重视，…办结: whatever the notice asks of 你单位 is that unit's to settle."""
    plan = parse_text(
        "督办通知\n\n县住建局：\n近期，群众反映金桥小区污水外溢问题。请你单位高度重视，认真调查处理，"
        "于2024年7月15日前办结。\n\n县政府督查室\n2024年7月1日\n"
    )
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("群众反映金桥小区污水外溢问题", ["县住建局"], date(2024, 7, 15)),
    ]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        (  # a notice to one unit: 请你局… hands it its numbered tasks, titled by what is asked
            "关于做好2024年防汛工作的通知\n\n县水利局：\n现就有关事项通知如下：\n"
            "一、请你局牵头，会同县应急管理局，于5月20日前完成全县水库汛前检查。\n"
            "二、请你局于5月底前修订完善防汛应急预案。\n三、加强汛期值班值守。\n\n县人民政府办公室\n2024年5月6日\n",
            [("完成全县水库汛前检查", ["县水利局"], [], ["县应急管理局"], date(2024, 5, 20)),
             ("修订完善防汛应急预案", [], ["县水利局"], [], date(2024, 5, 31))],
        ),
        (  # a 交办通知: each numbered matter says who settles it and by when
            "关于群众反映问题的交办通知\n\n县交通运输局、城关镇：\n现将群众反映的问题交办如下：\n"
            "一、幸福路路面破损问题。请县交通运输局牵头，城关镇配合，于2024年7月20日前修复到位。\n"
            "二、滨河公园照明损坏问题。请城关镇负责，尽快修复。\n\n县政府督查室\n2024年7月1日\n",
            [("幸福路路面破损问题", ["县交通运输局"], [], ["城关镇"], date(2024, 7, 20)),
             ("滨河公园照明损坏问题", [], ["城关镇"], [], None)],
        ),
        (  # a letter whose lead-in asks its addressee for the items under it: each is the addressee's
            "关于做好森林防火工作的函\n\n县林业局：\n为做好今冬明春森林防火工作，请你局抓好以下工作：\n"
            "1.10月31日前完成林区防火隐患排查。\n2.会同县消防救援大队于11月15日前开展扑火演练。\n"
            "3.严格执行24小时值班制度。\n\n县人民政府办公室\n2024年10月8日\n",
            [("10月31日前完成林区防火隐患排查", [], ["县林业局"], [], date(2024, 10, 31)),
             ("开展扑火演练", [], ["县林业局"], ["县消防救援大队"], date(2024, 11, 15)),
             ("严格执行24小时值班制度", [], ["县林业局"], [], None)],
        ),
        (  # the same points written on the line of the request (一是…；二是…), the report asked after them dating none
            "关于做好森林防火工作的函\n\n县林业局：\n为做好森林防火工作，请你局抓好以下工作：一是10月31日前完成林区防火隐患排查；"
            "二是会同县消防救援大队开展扑火演练。请于11月20日前将工作情况书面报县政府办公室。\n\n县人民政府办公室\n2024年10月8日\n",
            [("10月31日前完成林区防火隐患排查", [], ["县林业局"], [], date(2024, 10, 31)),
             ("开展扑火演练", [], ["县林业局"], ["县消防救援大队"], date(2024, 11, 20))],
        ),
        (  # a letter that hands its addressee one matter in prose: titled by what the letter is about
            "关于尽快修复幸福路破损路面的函\n\n县交通运输局：\n近期，群众多次反映幸福路路面破损严重。请你局高度重视，"
            "于2024年7月20日前完成修复，并将修复情况报县政府办公室。\n\n县人民政府办公室\n2024年7月5日\n",
            [("尽快修复幸福路破损路面", [], ["县交通运输局"], [], date(2024, 7, 20))],
        ),
        (  # 请你局会同…: the units it brings in cooperate, and are no part of the title
            "县住建局：\n一、请你局会同县消防救援大队做好高层建筑消防设施检查。\n\n县人民政府办公室\n2024年5月6日\n",
            [("做好高层建筑消防设施检查", [], ["县住建局"], ["县消防救援大队"], None)],
        ),
    ],
)
def test_a_notice_that_hands_its_addressees_numbered_tasks_gives_a_task_each(text: str, tasks: list[tuple[object, ...]]) -> None:
    """A point that asks no one (三、加强汛期值班值守) is guidance."""
    plan = parse_text(text)
    assert [(a.title, a.lead_units, a.responsible_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities] == tasks
    assert not [w for a in plan.activities for w in a.warnings if w.code == "no_units"]  # the addressee is the unit


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (  # a notice to everyone that asks no one by name
            "关于做好2024年防汛工作的通知\n\n各乡镇人民政府，县直各单位：\n一、提高思想认识。\n"
            "二、请各单位于5月底前修订完善防汛应急预案。\n",
            "notice",
        ),
        (  # a 督办通知 that only urges everyone on hands over no matter
            "关于近期重点工作的督办通知\n\n各乡镇、县直各部门：\n县政府督查室对重点工作进展情况进行了督查。请各单位加快推进。\n",
            "notice",
        ),
        (  # minutes that decide nothing stay a record
            "县政府常务会议纪要\n\n一、听取了县财政局关于预算执行情况的汇报\n会议认为，全县财政运行平稳。\n\n"
            "二、审议通过了《县政府工作规则》\n\n出席：王明、李华\n",
            "other",
        ),
        (  # a letter that asks for something by no date; its lede (近期，…) is no press report's
            "关于商请提供统计资料的函\n\n县统计局：\n近期，我办正在编制年度报告，请你局协助提供2023年相关统计数据。\n\n"
            "县人民政府办公室\n2024年3月1日\n",
            "notice",
        ),
        (  # a letter that answers one
            "关于同意设立社区服务中心的复函\n\n城关镇人民政府：\n你镇《关于设立社区服务中心的请示》收悉。经研究，同意设立。\n",
            "other",
        ),
    ],
)
def test_notices_and_minutes_that_hand_no_one_a_task_give_none(text: str, doc_type: str) -> None:
    plan = parse_text(text)
    assert (plan.doc_type, plan.activities) == (doc_type, [])


def test_numbered_decisions_of_minutes_are_titled_by_what_they_ask() -> None:
    plan = parse_text(
        "镇党委会议纪要\n\n会议议定事项如下：\n一、会议要求，镇综治办要在春节前完成矛盾纠纷排查。\n"
        "二、由镇财政所负责，落实村级活动场所维修资金。\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("镇综治办要在春节前完成矛盾纠纷排查", ["镇综治办"]), ("落实村级活动场所维修资金", ["镇财政所"]),
    ]


def test_who_attends_is_a_plans_item_not_its_closing() -> None:
    """Only minutes end with who attended: a plan may list its participants as an item."""
    plan = parse_text(
        "2024年党务干部培训方案\n一、培训内容\n（一）党建业务培训。由县委组织部负责，5月底前完成。\n"
        "（二）参加人员：各基层党组织书记。\n（三）廉政教育。由县纪委监委负责，6月底前完成。\n"
    )
    assert [a.title for a in plan.activities][-1] == "廉政教育"
    assert plan.closing == ""


def test_a_task_assigned_under_the_requirements_is_tracked() -> None:
    """保障措施 items are guidance, unless one names its units; a phase with only a time is not a task."""
    plan = parse_text(
        "2022年XX工作方案\n一、重点任务\n（一）开展排查。牵头单位：区应急局；完成时限：6月底前。\n"
        "二、保障措施\n（一）加强组织领导。成立工作专班。（牵头单位：区委办）\n（二）强化宣传引导。加大宣传力度。\n"
        "三、实施步骤\n（一）动员部署阶段\n时间：2022年3月\n（二）集中整治阶段\n时间：2022年4月至9月\n"
    )
    assert [(a.title, a.lead_units, a.section) for a in plan.activities] == [
        ("开展排查", ["区应急局"], "重点任务"), ("加强组织领导", ["区委办"], "保障措施"),
    ]
    assert [s.kind for s in plan.sections] == ["activities", "requirements", "schedule"]


def test_a_note_of_who_and_when_after_the_title_is_not_part_of_it() -> None:
    plan = parse_text(
        "2022年工作要点\n一、重点工作\n1.推行告知承诺制（县司法局）\n2.建设智慧平台（县大数据局，2022年底前）\n"
        "3.修订管理办法（试行）\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("推行告知承诺制", ["县司法局"]), ("建设智慧平台", ["县大数据局"]), ("修订管理办法（试行）", []),
    ]


def test_how_often_a_task_is_done_is_its_deadline_where_nothing_dates_it() -> None:
    plan = parse_text(
        "2024年工作方案\n一、重点任务\n（一）开展安全检查。每月开展一次全面检查。（县应急局负责）\n"
        "（二）召开调度会。每季度召开一次，12月底前完成年度总结。（县政府办负责）\n"
    )
    assert [(a.deadline and (a.deadline.raw, a.deadline.kind), [w.code for w in a.warnings]) for a in plan.activities] == [
        (("每月", "recurring"), []), (("12月底", "by"), []),
    ]


def test_a_task_label_in_square_brackets_is_not_part_of_the_title() -> None:
    plan = parse_text("2024年任务清单\n1.【工作任务】推行企业开办一日办结。【责任单位】县市场监管局【完成时限】6月底前\n")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("推行企业开办一日办结", ["县市场监管局"])]


def test_a_bracket_that_records_the_event_s_time_place_and_who_is_not_part_of_its_title() -> None:
    plan = parse_text(
        "2024年校园艺术节活动方案\n二、活动安排\n1.开幕式暨文艺汇演（5月6日下午，学校操场，负责：德育处）\n"
        "2.校园歌手大赛（第二届）（5月17日晚，负责：音乐组）\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("开幕式暨文艺汇演", ["德育处"]), ("校园歌手大赛（第二届）", ["音乐组"]),
    ]


TASKS_ASSIGNED_IN_BRACKETS = """\
某县2023年乡村振兴重点任务分工方案

一、产业发展
1.新建高标准农田2万亩。（县农业农村局牵头，县财政局、县自然资源局配合，2023年10月底前完成）
2.培育农产品区域公用品牌。（县农业农村局负责，长期坚持）
二、保障措施
（一）加强统筹调度。定期研究解决重点问题（含各乡镇）。
（二）落实资金投入。（县财政局负责，2023年3月底前）
"""


def test_a_bracket_that_assigns_a_task_makes_it_an_activity() -> None:
    plan = parse_text(TASKS_ASSIGNED_IN_BRACKETS)
    assert [a.title for a in plan.activities] == ["新建高标准农田2万亩", "培育农产品区域公用品牌", "落实资金投入"]
    first, second, funds = plan.activities
    assert first.lead_units == ["县农业农村局"] and first.cooperating_units == ["县财政局", "县自然资源局"]
    assert first.deadline and first.deadline.end == date(2023, 10, 31) and first.deadline.raw == "2023年10月底前完成"
    assert second.responsible_units == ["县农业农村局"]
    assert second.deadline and second.deadline.kind == "ongoing"  # 长期坚持 beside the units is the deadline
    assert funds.responsible_units == ["县财政局"] and funds.deadline and funds.deadline.end == date(2023, 3, 31)
    # the requirements section keeps its kind; its note on scope （含各乡镇） assigns nothing
    assert [(s.title, s.kind) for s in plan.sections] == [("产业发展", "activities"), ("保障措施", "requirements")]


def test_an_assigning_bracket_after_the_title_is_not_part_of_it() -> None:
    plan = parse_text("某区2023年重点工作任务分工\n\n一、重点任务\n"
                      "1.新建口袋公园20个（区园林局牵头，区财政局配合，2023年第三季度完成）\n"
                      "2.开展安全宣传（负责同志带队）\n")
    parks, campaign = plan.activities
    assert parks.title == "新建口袋公园20个" and parks.lead_units == ["区园林局"] and parks.cooperating_units == ["区财政局"]
    assert campaign.title == "开展安全宣传（负责同志带队）"  # names a person's role, no unit
    assert not campaign.responsible_units


def test_unnumbered_paragraphs_that_assign_themselves_are_tasks() -> None:
    plan = parse_text("2025年全市交通工作要点\n\n一、完善路网\n"
                      "新改建农村公路300公里。（市交通局牵头，各县区配合）\n"
                      "推进国道改线工程前期工作。（市交通局负责，2025年6月底前）\n"
                      "二、提升服务\n开通城乡公交线路10条。（市交通局负责）\n")
    assert [(a.category, a.title, a.number) for a in plan.activities] == [
        ("完善路网", "新改建农村公路300公里", None), ("完善路网", "推进国道改线工程前期工作", None),
        ("提升服务", "开通城乡公交线路10条", None),
    ]
    assert plan.activities[1].deadline and plan.activities[1].deadline.end == date(2025, 6, 30)
    assert not plan.warnings


def test_unnumbered_paragraphs_that_name_their_units_or_fields_in_a_closing_bracket_are_tasks() -> None:
    """（区人社局，6月底前）, （牵头单位：…；完成时限：…）: units alone or fields end a paragraph as a
    role verb does; under 强化安全保障 they are tasks, not requirements."""
    plan = parse_text(
        "2025年全区城市管理工作要点\n\n一、强化安全保障\n"
        "加强读书活动。全面提升水平。（区文明办、团区委，2025年9月底前）\n"
        "开展应急演练。全面提升水平。（区卫健委牵头，区委宣传部配合，年底前完成）\n"
        "二、提升公共服务\n落实社区食堂建设。全面提升水平。（牵头单位：区文明办；配合单位：团区委；完成时限：9月底前）\n"
        "建立志愿服务队。全面提升水平。（区人社局，6月底前）\n"
    )
    assert [(a.title, a.lead_units, a.responsible_units, a.cooperating_units) for a in plan.activities] == [
        ("加强读书活动", [], ["区文明办", "团区委"], []), ("开展应急演练", ["区卫健委"], [], ["区委宣传部"]),
        ("落实社区食堂建设", ["区文明办"], [], ["团区委"]), ("建立志愿服务队", [], ["区人社局"], []),
    ]


def test_a_closing_bracket_that_gives_only_a_time_is_the_deadline() -> None:
    """（12月底前） after the task reads as its time field would: not the envelope of every time the text names."""
    plan = parse_text(
        "2024年城乡环境整治任务分工\n\n一、县住建局\n1.负责老旧小区改造，全年完成改造小区12个。（12月底前）\n"
        "2.负责燃气管网改造，完成改造20公里。（2024年10月底前完成）\n二、县城管局\n3.负责违法建设治理。（长期坚持）\n"
    )
    assert [(a.responsible_units, a.deadline and (a.deadline.raw, a.deadline.start, a.deadline.end, a.deadline.kind)) for a in plan.activities] == [
        (["县住建局"], ("12月底前", None, date(2024, 12, 31), "by")),
        (["县住建局"], ("2024年10月底前完成", None, date(2024, 10, 31), "by")),
        (["县城管局"], ("长期坚持", None, None, "ongoing")),
    ]


def test_a_numbered_task_keeps_the_paragraph_that_says_who_does_it() -> None:
    plan = parse_text("2025年全市水务工作要点\n\n一、重点任务\n1.推进污水管网建设。\n新建管网20公里。（区水务局负责）\n"
                      "2.开展河道清淤。\n清淤河道5条。（区水务局牵头，各街道配合）\n")
    assert [(a.number, a.title) for a in plan.activities] == [("1.", "推进污水管网建设"), ("2.", "开展河道清淤")]
    assert plan.activities[1].lead_units == ["区水务局"]


@pytest.mark.parametrize("title", [
    "关于《XX市促进民营经济发展若干措施》的政策解读",
    "关于《XX县城市更新实施方案》的起草说明",
    "XX区文旅局关于举办文化旅游节的请示",
    "在全县安全生产工作会议上的讲话",
    "致全县广大家长的一封信",  # it speaks to people, though its points read like tasks
])
def test_documents_about_a_plan_are_not_plans(title: str) -> None:
    plan = parse_text(f"{title}\n\n一、主要内容\n（一）优化发展环境。提出持续破除市场准入壁垒等措施。\n（二）加大政策支持。\n")
    assert plan.doc_type == "other" and plan.activities == []


def test_the_clause_that_says_who_does_it_is_not_part_of_the_title() -> None:
    plan = parse_text("2023年环保工作要点\n\n一、重点任务\n1.强化大气污染防治，由区生态环境分局牵头，区住建局配合，全年推进。\n"
                      "2.区财政局负责落实经费。\n")
    first, second = plan.activities
    assert first.title == "强化大气污染防治" and first.lead_units == ["区生态环境分局"] and first.cooperating_units == ["区住建局"]
    assert second.title == "区财政局负责落实经费"  # one clause: it is the task


def test_first_clauses_that_only_say_who_and_by_when_are_not_part_of_the_title() -> None:
    """A time alone before the task stays, as the first sentence writes it (3月底前，完成…); with a
    clause that says who does it, both are in the fields, not the title."""
    plan = parse_text(
        "2024年养老服务工作方案\n一、重点任务\n1.3月底前，完成老年人摸底调查。（责任单位：县民政局）\n"
        "2.由县财政局负责，落实专项资金。\n3.6月底前，县卫健委牵头、县医保局配合，推进医养结合。\n"
        "4.由县财政局负责落实资金，确保及时到位。\n5.推进适老化改造200户【县民政局、县残联，2024年12月】\n"
    )
    assert [(a.title, a.lead_units or a.responsible_units) for a in plan.activities] == [
        ("3月底前，完成老年人摸底调查", ["县民政局"]), ("落实专项资金", ["县财政局"]), ("推进医养结合", ["县卫健委"]),
        ("由县财政局负责落实资金，确保及时到位", ["县财政局"]),  # the first clause holds the task too
        ("推进适老化改造200户", ["县民政局", "县残联"]),
    ]
    assert plan.activities[0].deadline is not None and plan.activities[0].deadline.end == date(2024, 3, 31)


def test_a_label_for_units_and_people_together_splits_its_names() -> None:
    plan = parse_text("2023年工作方案\n\n一、重点任务\n1.改造管网。\n责任单位及责任人：区住建局 张三\n"
                      "2.开展排查。\n牵头单位/责任人：区应急局、李四\n3.开展宣传。\n责任单位、责任人：区委宣传部（王五）\n")
    assert [(a.lead_units, a.responsible_units, a.lead_officials) for a in plan.activities] == [
        ([], ["区住建局"], ["张三"]), (["区应急局"], [], ["李四"]), ([], ["区委宣传部"], ["王五"]),
    ]
    assert plan.activities[1].fields == {"牵头单位/责任人": "区应急局、李四"}
    assert not any(w.code == "unknown_label" for a in plan.activities for w in a.warnings)


@pytest.mark.parametrize("label", ["附件1", "附件：", "附件二", "附 件"])
def test_the_attachment_label_above_a_plan_is_not_its_title(label: str) -> None:
    plan = parse_text(f"{label}\n\nXX区2023年文明城市创建工作方案\n（2023年3月1日区委常委会审议通过）\n\n"
                      "一、重点任务\n1.整治背街小巷。\n责任单位：区城管局\n")
    assert plan.title == "XX区2023年文明城市创建工作方案"
    assert [a.title for a in plan.activities] == ["整治背街小巷"]


@pytest.mark.parametrize(("head", "title"), [
    ("XX县优化营商环境三年行动方案\n（2023—2025年）", "XX县优化营商环境三年行动方案（2023—2025年）"),
    ("XX市\n2023年度\n全民健身活动方案", "XX市2023年度全民健身活动方案"),
    ("XX县人民政府办公室\n关于印发XX县2023年森林防火工作方案的通知", "XX县2023年森林防火工作方案"),  # no 《》
    ("XX县2023年森林防火\n工 作 方 案", "XX县2023年森林防火工作方案"),  # set with a space between its characters
    ("工  作  方  案", "工作方案"),
])
def test_titles_written_over_several_lines(head: str, title: str) -> None:
    plan = parse_text(f"{head}\n\n一、重点任务\n1.开展隐患排查。\n责任单位：县林业局\n")
    assert plan.title == title
    assert [a.title for a in plan.activities] == ["开展隐患排查"]


def test_a_plan_that_opens_with_when_it_was_asked_for_is_still_a_plan() -> None:
    plan = parse_text("XX县2023年科普工作实施方案\n\n近日，省科协印发了有关通知，结合我县实际，制定本方案。\n"
                      "一、重点任务\n1.开展科普进校园活动。\n责任单位：县科协\n")
    assert plan.doc_type == "plan" and [a.title for a in plan.activities] == ["开展科普进校园活动"]


def test_a_bracket_that_assigns_a_task_in_traditional_script() -> None:
    plan = parse_text("某縣2023年鄉村振興重點任務分工方案\n\n一、產業發展\n"
                      "1.新建高標準農田2萬畝。（縣農業農村局牽頭，縣財政局配合，2023年10月底前完成）\n"
                      "2.培育農產品區域公用品牌。（縣農業農村局負責，長期堅持）\n")
    first, second = plan.activities
    assert first.lead_units == ["縣農業農村局"] and first.cooperating_units == ["縣財政局"]  # as written
    assert first.deadline and first.deadline.raw == "2023年10月底前完成"
    assert second.deadline and second.deadline.kind == "ongoing"


def test_a_work_plan_in_traditional_script_reads_as_in_simplified() -> None:
    """Titles and the words around names are matched in their folded form: 工作要點 ends a title,
    按職責分工負責 closes a clause without joining the name before it."""
    plan = parse_text("某市2022年優化營商環境工作要點\n一、深化審批改革\n"
                      "1.推行告知承諾制。（市政府辦公室牽頭，各縣市區政府按職責分工負責）\n")
    assert plan.title == "某市2022年優化營商環境工作要點"
    assert [(a.lead_units, a.responsible_units) for a in plan.activities] == [(["市政府辦公室"], ["各縣市區政府"])]


def test_a_date_in_a_plan_that_names_no_year_says_so() -> None:
    plan = parse_text("端午节活动方案\n\n一、活动安排\n（一）包粽子比赛\n活动时间：6月20日上午\n责任单位：社区居委会\n"
                      "（二）诗词朗诵会\n活动时间：待定\n责任单位：社区党委\n")
    assert [[w.code for w in a.warnings] for a in plan.activities] == [["deadline_without_year"], ["deadline_unparsed"]]


def test_a_date_in_a_task_s_prose_in_a_plan_that_names_no_year_is_kept_and_says_so() -> None:
    plan = parse_text("城区保洁工作方案\n\n1.开展背街小巷清理，6月底前完成。责任单位：县城管局。\n")
    deadline = plan.activities[0].deadline
    assert deadline is not None and (deadline.raw, deadline.kind, deadline.end) == ("6月底", "unknown", None)
    assert [w.code for w in plan.activities[0].warnings] == ["deadline_without_year"]


def test_a_table_of_contents_names_headings_but_holds_none() -> None:
    plan = parse_text(
        "全民健身实施计划\n目  录\n一、总体要求…………………1\n二、主要任务…………………2\n（一）完善健身设施.........2\n"
        "一、总体要求\n到2025年，经常参加体育锻炼人数比例达到40%。\n二、主要任务\n（一）完善健身设施。\n牵头单位：市体育局\n"
    )
    assert [(a.title, a.lead_units) for a in plan.activities] == [("完善健身设施", ["市体育局"])]
    assert plan.warnings == [] and "一、总体要求…………………1" in plan.preamble


@pytest.mark.parametrize("gap", ["\t", "    "])
def test_a_table_of_contents_typed_without_a_leader_holds_none(gap: str) -> None:
    """Page numbers after a tab or a gap, three lines running, never falling: a table of contents."""
    plan = parse_text(
        f"全民健身实施计划\n目录\n一、总体要求{gap}1\n二、主要任务{gap}2\n（一）完善健身设施{gap}2\n三、保障措施{gap}3\n"
        "一、总体要求\n到2025年，经常参加体育锻炼人数比例达到40%。\n二、主要任务\n（一）完善健身设施。\n牵头单位：市体育局\n"
        "三、保障措施\n加强组织领导。\n"
    )
    assert [(a.title, a.lead_units) for a in plan.activities] == [("完善健身设施", ["市体育局"])]
    assert plan.warnings == []
