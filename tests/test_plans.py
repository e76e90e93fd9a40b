"""Whole documents, written for these tests: what a user sees in the Plan."""

from __future__ import annotations

from datetime import date

import pytest

from planparse import parse_text


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


@pytest.mark.parametrize("indent", ["\t\t\t\t", "        "])
def test_a_signature_set_in_with_tabs_or_spaces_is_the_issuer(indent: str) -> None:
    plan = parse_text(
        f"关于印发《XX方案》的通知\n\n各单位：\n现将《XX方案》印发给你们。\n\n{indent}XX县人民政府办公室\n{indent}2021年3月1日\n\n"
        "XX方案\n\n一、工作任务\n1.开展宣传。责任单位：县委宣传部\n"
    )
    assert (plan.issuer, plan.issued_on) == ("XX县人民政府办公室", date(2021, 3, 1))


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


_CEREMONY = (
    "清明祭扫烈士墓活动方案\n\n一、活动时间及地点\n2025年4月3日8:30-10:20  城西烈士陵园\n二、活动议程\n"
    "1.党员代表讲话；\n2.向烈士献花。\n三、活动具体安排\n（一）往返交通\n统一乘坐公交车。\n"
    "（二）组织纪律\n1.各部门负责人负责维护纪律。\n2.所有人员不得擅自离队。\n"
)


def test_a_campaign_with_an_agenda_for_its_opening_keeps_its_events() -> None:
    plan = parse_text(_CEREMONY.replace("2025年4月3日8:30-10:20", "2025年4月3日至10日"))
    assert [a.title for a in plan.activities][:2] == ["往返交通", "组织纪律"]
    # a campaign's week dates none of its events: each happens somewhen within it
    assert {(a.deadline.start, a.deadline.end) for a in plan.activities if a.deadline} == set()


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


def test_a_sign_off_is_the_closing_but_a_date_under_a_heading_is_its_value() -> None:
    signed = parse_text("2024年宣传工作方案\n一、重点任务\n1.开展宣传。（责任单位：县委宣传部）\n县委宣传部\n县文明办\n2024年3月1日\n")
    assert signed.activities[0].content == "开展宣传。（责任单位：县委宣传部）"
    assert signed.closing == "县委宣传部\n县文明办\n2024年3月1日"
    dated = parse_text("2024年读书活动方案\n一、活动内容\n1.读书分享会。（承办单位：县图书馆）\n二、活动时间\n2024年4月23日\n")
    assert dated.closing == "" and "2024年4月23日" in dated.sections[-1].content


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




def test_empty_text_gives_an_empty_plan() -> None:
    plan = parse_text("")
    assert plan.activities == [] and plan.title is None and plan.doc_type == "other"
