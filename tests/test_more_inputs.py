"""Text tables in .txt and the plan inside the notice that issues it."""

from __future__ import annotations

from datetime import date

import pytest

from planparse import parse_text
from planparse.columns import header_roles

PIPE_TABLE = """2021年重点工作任务分工方案

| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |
|---|---|---|---|---|
| 1 | 开展调研，摸清底数， | 区发改局 | 各镇街 | 2021年6月 |
|   | 形成调研报告。 |  |  |  |
| 2 | 编制实施方案， | 区财政局 | 区审计局、区统计局 | 2021年9月底前 |
并报区政府审定。
| 3 | 组织验收。 | 区政府办 | 各有关单位 | 年底前 |
"""


def test_a_pipe_table_with_wrapped_rows() -> None:
    plan = parse_text(PIPE_TABLE)
    assert [(a.number, a.title, a.lead_units, a.responsible_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("1", "开展调研，摸清底数，形成调研报告", ["区发改局"], ["各镇街"], date(2021, 6, 30)),
        ("2", "编制实施方案，并报区政府审定", ["区财政局"], ["区审计局", "区统计局"], date(2021, 9, 30)),
        ("3", "组织验收", ["区政府办"], ["各有关单位"], date(2021, 12, 31)),
    ]


def test_a_tab_row_cut_inside_its_last_cell_goes_on_there() -> None:
    """A row wider than the page (a PDF's text) wraps at its end: the line after it finishes the
    last cell, not the task."""
    plan = parse_text(
        "2021年任务分解表\n序号\t工作任务\t责任单位\t完成时间\n1\t改造小区12个\t县住建局、\n各镇（街道）\n"
        "2\t新建公路80公里\t县交通局\t2021\n年11月\n3\t新增就业3000人\t县人社局\t全年\n"
    )
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("改造小区12个", ["县住建局", "各镇（街道）"], None),
        ("新建公路80公里", ["县交通局"], date(2021, 11, 30)),
        ("新增就业3000人", ["县人社局"], date(2021, 12, 31)),
    ]


def test_a_time_cut_in_its_cell_is_finished_by_the_line_after_the_row() -> None:
    """The rest of a cut deadline (2024年5月 / 底前, 持 / 续推进) is the deadline's, also after the
    table's last row; a line that adds nothing to a whole time goes on with the task (a PDF draws
    the task's wrapped line below its row)."""
    plan = parse_text(
        "整改任务清单\n序号\t问题\t整改措施\t责任单位\t整改时限\n1\t审核不严\t修订制度\t财务科\t2024年5月\n底前\n"
        "2\t理论学习不够\t制定学习计划\t办公室\t6月底前\n深入\n3\t拨付滞后\t建立台账\t项目办\t持\n续推进\n\n二、工作要求\n"
    )
    assert [(a.title, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("审核不严", "2024年5月底前"), ("理论学习不够深入", "6月底前"), ("拨付滞后", "持续推进"),
    ]


def test_a_units_cell_that_labels_its_names_and_a_person_after_a_unit() -> None:
    plan = parse_text(
        "2024年重点工作任务分工表\n序号\t重点工作\t责任单位\t完成时限\n"
        "1\t推进教育强县建设\t牵头：县教育局；配合：县财政局、县人社局\t2024年12月\n"
        "2\t开展招商引资\t县投促局 张三\t全年\n"
    )
    assert [(a.title, a.lead_units, a.responsible_units, a.cooperating_units, a.lead_officials) for a in plan.activities] == [
        ("推进教育强县建设", ["县教育局"], [], ["县财政局", "县人社局"], []),
        ("开展招商引资", [], ["县投促局"], [], ["张三"]),
    ]


def test_a_tab_separated_table_copied_from_a_spreadsheet() -> None:
    plan = parse_text("2022年工作方案\n\n序号\t工作任务\t牵头单位\t完成时限\n1\t召开动员会。\t办公室\t3月\n2\t开展培训。\t人事科\t4月底前\n")
    assert [(a.title, a.lead_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("召开动员会", ["办公室"], date(2022, 3, 31)), ("开展培训", ["人事科"], date(2022, 4, 30)),
    ]


def test_the_tables_a_notice_attaches_are_each_the_section_of_their_rows() -> None:
    plan = parse_text(
        "关于做好2025年重点工作的通知\n\n各街道，区直各部门：\n现将任务分解表印发给你们。\n一、加强督查\n区政府办公室将跟踪督查。\n\n"
        "附件：1.重点工作任务分解表\n      2.民生实事任务分解表\n\n区人民政府办公室\n2025年2月16日\n\n"
        "附件1\n\n重点工作任务分解表\n\n序号\t工作任务\t责任单位\t完成时限\n1\t新建道路5公里\t区住建局\t10月底前\n\n"
        "附件2\n\n民生实事任务分解表\n\n序号\t实事项目\t责任单位\t完成时限\n1\t新建社区食堂\t区民政局\t9月底前\n"
    )
    assert [(a.title, a.section) for a in plan.activities] == [
        ("新建道路5公里", "重点工作任务分解表"), ("新建社区食堂", "民生实事任务分解表"),
    ]


@pytest.mark.parametrize("header", ["序号\t工作任务\t责任单位\t完成时限", "工作任务\t责任单位\t完成时限"])
def test_a_first_row_whose_task_reads_like_a_header_word_is_a_row(header: str) -> None:
    """1 | 任务甲 | 团区委: numbered under 序号, or naming a unit, it is a task, not a second row of the header."""
    rows = ["任务甲\t团区委\t10月底前", "开展培训\t区人社局\t4月底前"]
    if header.startswith("序号"):
        rows = [f"{n}\t{row}" for n, row in enumerate(rows, start=1)]
    plan = parse_text("2025年工作方案\n\n" + "\n".join([header, *rows]) + "\n")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("任务甲", ["团区委"]), ("开展培训", ["区人社局"])]


@pytest.mark.parametrize(
    "header",
    [
        "序号\t工作安排\t承办单位\t协办单位\t办结时限",  # the task column in words of its own
        "工作安排\t承办单位\t协办单位\t办结时限",
        "序号\t督办事项\t承办单位\t协办单位\t办结时限",  # a 督办单's label as a column
    ],
)
def test_a_header_that_says_who_and_when_has_its_task_in_the_first_column_it_does_not_name(header: str) -> None:
    rows = ["新建道路\t区住建局\t城南街道\t9月底前", "新建食堂\t区民政局\t各街道\t10月底前"]
    if header.startswith("序号"):
        rows = [f"{n}\t{row}" for n, row in enumerate(rows, start=1)]
    plan = parse_text("2025年重点工作督办清单\n\n" + "\n".join([header, *rows]) + "\n")
    assert [(a.title, a.responsible_units, a.cooperating_units) for a in plan.activities] == [
        ("新建道路", ["区住建局"], ["城南街道"]), ("新建食堂", ["区民政局"], ["各街道"]),
    ]


def test_the_kind_of_task_and_where_it_comes_from_are_not_the_task() -> None:
    """序号 | 类别 | 工作安排 | …: the kind groups the rows and the task follows it; 任务来源 says
    which meeting or report set the task."""
    plan = parse_text(
        "2025年重点工作清单\n\n序号\t类别\t任务来源\t工作安排\t承办单位\t办结时限\n"
        "1\t民生保障\t政府工作报告\t新建社区食堂5个\t区民政局\t9月底前\n"
    )
    assert [(a.title, a.category, a.responsible_units) for a in plan.activities] == [("新建社区食堂5个", "民生保障", ["区民政局"])]


def test_a_calendar_cell_that_numbers_the_week_s_jobs_gives_each_its_own_activity() -> None:
    """Numbered points are jobs of their own; jobs set apart with ； stay the row's one task, as a
    ledger copies the row."""
    plan = parse_text(
        "2024年秋季学期行事历\n\n周次\t工作内容\t负责部门\n第一周\t开学典礼；新生入学教育\t德育处\n"
        "第二周\t1.教师节表彰大会 2.班主任工作会议\t校办\n第三周\t完善制度，加强管理；开展培训，提升能力\t教务处\n"
    )
    assert [(a.id, a.number, a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("t1.1", None, "开学典礼；新生入学教育", ["德育处"], "第一周"),
        ("t1.2.1", "1.", "教师节表彰大会", ["校办"], "第二周"), ("t1.2.2", "2.", "班主任工作会议", ["校办"], "第二周"),
        ("t1.3", None, "完善制度，加强管理；开展培训，提升能力", ["教务处"], "第三周"),
    ]


def test_a_calendar_with_weeks_and_their_dates_is_dated_by_the_dates() -> None:
    plan = parse_text("2024年秋季学期行事历\n\n周次\t日期\t工作内容\t负责部门\n第一周\t9月2日-9月8日\t开学典礼\t德育处\n")
    deadline = plan.activities[0].deadline
    assert deadline is not None and (deadline.raw, deadline.start, deadline.end) == ("9月2日-9月8日", date(2024, 9, 2), date(2024, 9, 8))


def test_a_task_table_s_cell_is_one_task_however_it_lists_its_measures() -> None:
    plan = parse_text("2024年任务分工\n\n序号\t工作任务\t责任单位\t完成时限\n1\t开展排查；建立台账\t区应急局\t6月底前\n")
    assert [a.title for a in plan.activities] == ["开展排查；建立台账"]  # a title runs to the full stop, not the ；


def test_targets_shared_out_to_units_are_tasks() -> None:
    plan = parse_text("2025年主要指标任务分解\n\n序号\t领域\t指标名称\t目标值\t责任单位\n1\t民生保障\t城镇新增就业\t3000人\t区人社局\n")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("城镇新增就业", ["区人社局"])]


@pytest.mark.parametrize(
    "header", [("序号", "片区", "承办单位", "办结时限"), ("单位", "牵头任务", "责任任务"), ("序号", "姓名", "单位", "职务")]
)
def test_a_column_of_places_units_or_people_is_never_taken_for_the_task(header: tuple[str, ...]) -> None:
    assert "task" not in header_roles(header)


def test_a_header_of_labels_alone_is_no_label_and_its_value() -> None:
    """序号 | 承办单位 | 办结时限 over rows with no task: no task, and no unit called 办结时限."""
    plan = parse_text("2025年重点工作清单\n\n序号\t承办单位\t办结时限\n1\t区住建局\t9月底前\n")
    assert all("办结时限" not in a.responsible_units for a in plan.activities)


def test_a_line_between_two_tables_is_no_part_of_the_first_table_s_last_row() -> None:
    table = "序号\t工作任务\t责任单位\n1\t{task}\t区住建局\n"
    plan = parse_text("2025年工作方案\n\n" + table.format(task="新建道路") + "\n以下为民生实事。\n\n" + table.format(task="新建食堂"))
    assert [a.title for a in plan.activities] == ["新建道路", "新建食堂"]


SPACED_TABLE = """2024年重点任务分工表

序号  工作任务                    牵头单位      配合单位      完成时限
1     建成智慧停车平台            区城管局                    2024年6月
2     新增公共停车泊位500个       区住建局      区交通局      2024年10月
　　以上任务请各单位认真落实。
"""


def test_a_table_lined_up_with_spaces_under_its_header() -> None:
    """A task table typed with spaces, or pasted from a PDF: an empty cell is found by where the
    cells after it stand, and the first line that is no row ends the table."""
    plan = parse_text(SPACED_TABLE)
    assert [(a.title, a.lead_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("建成智慧停车平台", ["区城管局"], [], date(2024, 6, 30)),
        ("新增公共停车泊位500个", ["区住建局"], ["区交通局"], date(2024, 10, 31)),
    ]
    assert "以上任务请各单位认真落实" in plan.closing + plan.preamble + "".join(s.content for s in plan.sections)


# padded to the widest cell of each column, one space between: a cell as wide as its column
# leaves a single space before the next; and a rule of dashes under the header
PADDED_TABLE = """XX区2021年重点任务安排表

  序号 重点任务                       牵头单位   完成时限
  ---- ------------------------------ ---------- ----------
  1    开展专题学习                   区委宣传部 2021年4月
  2    开展“我为群众办实事”实践活动 区委办公室 2021年12月
"""


def test_a_table_padded_to_its_columns_with_one_space_between() -> None:
    plan = parse_text(PADDED_TABLE)
    assert [(a.title, a.lead_units, a.deadline and a.deadline.end) for a in plan.activities] == [
        ("开展专题学习", ["区委宣传部"], date(2021, 4, 30)),
        ("开展“我为群众办实事”实践活动", ["区委办公室"], date(2021, 12, 31)),
    ]


def test_a_table_whose_cells_are_set_apart_with_one_space() -> None:
    """As a table copied out of a page may come: one space between cells, two where a cell is
    empty, and a cell that lists units with a space between them."""
    plan = parse_text(
        "XX区2024年重点任务清单\n\n序号 重点任务 牵头单位 配合单位 完成时限\n"
        "1 提升政务服务效能 区行政审批局 区直各部门 2024年12月底\n"
        "2 加强要素保障 区自然资源局 区发改局 区工信局 2024年第三季度\n3 强化法治保障 区司法局  持续推进\n"
    )
    assert [(a.title, a.lead_units, a.cooperating_units) for a in plan.activities] == [
        ("提升政务服务效能", ["区行政审批局"], ["区直各部门"]),
        ("加强要素保障", ["区自然资源局"], ["区发改局", "区工信局"]),
        ("强化法治保障", ["区司法局"], []),
    ]


def test_columns_split_by_ideographic_spaces() -> None:
    plan = parse_text("工作方案\n序号\u3000工作任务\u3000牵头单位\u3000完成时限\n1\u3000开展培训\u3000人事科\u30004月底前\n")
    assert [(a.title, a.lead_units) for a in plan.activities] == [("开展培训", ["人事科"])]


def test_spaced_fields_in_prose_are_no_table() -> None:
    plan = parse_text("活动方案\n一、活动内容\n1.宣讲活动\n时间：3月5日  地点：广场  负责部门：团委\n")
    assert plan.activities[0].responsible_units == ["团委"]


@pytest.mark.parametrize(
    "table",
    [
        "| 序号 | 工作任务 | 责任单位 |  | 完成时限 |\n|  |  | 牵头 | 配合 |  |\n| 1 | 推进高标准农田建设 | 县农业农村局 | 县财政局 | 2024年10月 |\n",
        # tabs, the second header row's empty cells at the end stripped with the line
        "序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\n1\t推进高标准农田建设\t县农业农村局\t县财政局\t2024年10月\n",
    ],
)
def test_a_header_of_two_rows_names_the_lead_and_the_cooperating_units(table: str) -> None:
    plan = parse_text("2024年重点工作任务分解表\n\n" + table)
    assert [(a.title, a.lead_units, a.responsible_units, a.cooperating_units) for a in plan.activities] == [
        ("推进高标准农田建设", ["县农业农村局"], [], ["县财政局"]),
    ]


def test_a_merged_task_continues_with_its_own_units_and_dates() -> None:
    """A spreadsheet row with an empty 序号 adds to the task above: its unit and date are more
    values, not words to glue onto the ones above."""
    plan = parse_text(
        "2023年重点任务分工表\n\n序号\t工作任务\t牵头单位\t完成时限\n"
        "1\t推行“一件事一次办”\t县政务服务中心\t2023年6月底前\n"
        "\t压缩审批时限\t县行政审批局\t2023年9月底前\n"
    )
    activity = plan.activities[0]
    assert activity.lead_units == ["县政务服务中心", "县行政审批局"]
    assert activity.deadline is not None and activity.deadline.end == date(2023, 9, 30)
    assert activity.fields["工作任务"] == "推行“一件事一次办”\n压缩审批时限"


def test_a_column_that_names_the_tasks_kind_is_their_category() -> None:
    """测评项目 before 测评内容: the kind of each task, carried down where its cell is left blank."""
    plan = parse_text(
        "创建文明城市测评任务分解表\n序号\t测评项目\t测评内容\t责任单位\t完成时限\n"
        "1\t公共环境\t主次干道整洁\t县城管局\t长期坚持\n2\t\t农贸市场规范有序\t县市场监管局\t2024年6月底前\n"
        "3\t志愿服务\t注册志愿者比例达到13%\t县文明办\t2024年9月底前\n"
    )
    assert [(a.title, a.category) for a in plan.activities] == [
        ("主次干道整洁", "公共环境"), ("农贸市场规范有序", "公共环境"), ("注册志愿者比例达到13%", "志愿服务"),
    ]


def test_measures_under_a_merged_key_task_are_activities_of_their_own() -> None:
    """序号 and 重点任务 merged down in the spreadsheet, empty in its text: each measure keeps its
    own unit and date, and the key task is their category, as in a .docx."""
    plan = parse_text(
        "XX省2024年重点任务分工\n\n序号\t重点任务\t具体举措\t牵头单位\t完成时限\n"
        "一、提升政务服务效能\n"
        "1\t推进“一网通办”\t1.实现高频事项网上可办\t省政务服务中心\t2024年底前\n"
        "\t\t2.推动电子证照互认\t省大数据局\t2025年6月\n"
        "二、优化市场环境\n"
        "2\t降低融资成本\t3.扩大普惠金融覆盖面\t省金融局\t持续推进\n"
    )
    got = [(a.number, a.category, a.title, a.lead_units, a.deadline and a.deadline.end) for a in plan.activities]
    assert got == [
        ("1.", "推进“一网通办”", "实现高频事项网上可办", ["省政务服务中心"], date(2024, 12, 31)),
        ("2.", "推进“一网通办”", "推动电子证照互认", ["省大数据局"], date(2025, 6, 30)),
        ("3.", "降低融资成本", "扩大普惠金融覆盖面", ["省金融局"], None),
    ]


def test_a_start_column_beside_the_end_column_gives_each_task_its_window() -> None:
    """开始时间 | 完成时间: the work runs from one to the other; a start alone says from when."""
    plan = parse_text(
        "2024年农村环境整治任务表\n\n序号\t任务名称\t责任单位\t开始时间\t完成时间\n"
        "1\t农村厕所改造\t县农业农村局\t2024年3月\t2024年10月\n2\t河道清淤\t县水利局\t2024年11月\t\n"
    )
    assert [(a.deadline and (a.deadline.kind, a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("window", date(2024, 3, 1), date(2024, 10, 31)), ("from", date(2024, 11, 1), None),
    ]


def test_a_note_that_gives_a_unit_its_part_adds_that_unit() -> None:
    """备注: 县卫健局配合 names a cooperating unit the columns do not; a note of anything else names none."""
    plan = parse_text(
        "2024年爱国卫生任务表\n\n序号\t工作任务\t责任单位\t完成时限\t备注\n"
        "1\t农村改厕\t县农业农村局\t10月底前\t县卫健局配合\n2\t病媒防制\t县疾控中心\t全年\t重点做好夏季灭蚊\n"
    )
    assert [(a.responsible_units, a.cooperating_units) for a in plan.activities] == [
        (["县农业农村局"], ["县卫健局"]), (["县疾控中心"], []),
    ]


def test_a_role_verb_the_line_end_cut_goes_on_in_its_cell() -> None:
    """…\t县卫健局配 / 合: the rest of the verb finishes the note, not the task."""
    plan = parse_text(
        "2024年爱国卫生任务表\n\n序号\t工作任务\t责任单位\t完成时限\t备注\n"
        "1\t农村改厕\t县农业农村局\t10月底前\t县卫健局配\n合\n2\t病媒防制\t县疾控中心\t全年\t\n"
    )
    assert [(a.title, a.cooperating_units) for a in plan.activities] == [("农村改厕", ["县卫健局"]), ("病媒防制", [])]


def test_a_group_line_between_rows_is_no_part_of_the_row_above() -> None:
    plan = parse_text(
        "2024年工作任务分工\n\n序号\t工作任务\t责任单位\t完成时限\n一、党的建设\n"
        "1\t开展理论学习\t组织科\t全年\n二、业务工作\n2\t开展执法检查\t执法科\t6月底前\n"
    )
    assert [(a.category, a.title) for a in plan.activities] == [("党的建设", "开展理论学习"), ("业务工作", "开展执法检查")]


def test_a_spreadsheet_saved_as_csv_is_a_task_table() -> None:
    """Rows of one length with no stop are no wrapped paragraph; a quoted cell keeps its comma."""
    plan = parse_text(
        "2024年民生实事项目责任分工表\n序号,项目名称,牵头单位,配合单位,完成时限\n"
        "1,新建城市社区嵌入式服务设施3处,市民政局,市住建局,2024年12月底前\n"
        "2,改造老旧小区20个,市住建局,\"各区政府,市财政局\",2024年10月底前\n"
        "3,新增公办幼儿园学位1000个,市教育局,,2024年9月\n"
        "以上任务每季度调度一次,请各单位按时报送进展.\n"
    )
    got = [(a.title, a.lead_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities]
    assert got == [
        ("新建城市社区嵌入式服务设施3处", ["市民政局"], ["市住建局"], date(2024, 12, 31)),
        ("改造老旧小区20个", ["市住建局"], ["各区政府", "市财政局"], date(2024, 10, 31)),
        ("新增公办幼儿园学位1000个", ["市教育局"], [], date(2024, 9, 30)),
    ]


def test_prose_written_with_ascii_commas_is_no_csv() -> None:
    plan = parse_text("2024年工作方案\n一、重点任务\n1.开展培训,提升能力,确保实效.\n责任单位:人事科,办公室\n")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("开展培训,提升能力,确保实效.", ["人事科", "办公室"])]


RESTATED = """XX区2024年优化营商环境实施方案
一、主要任务
（一）压缩企业开办时间。全面推行“一网通办”。
（二）推行“一件事一次办”。梳理高频事项清单。
（三）优化纳税服务。推广非接触式办税。
附件：任务分工表
序号\t工作任务\t牵头单位\t完成时限
1\t压缩企业开办时间至1个工作日\t区市场监管局\t2024年6月底前
2\t推行“一件事一次办”\t区政务服务中心\t2024年9月底前
3\t建设营商环境监测点\t区发改局\t2024年12月底前
"""


def test_a_table_that_restates_the_items_assigns_them() -> None:
    """附件：任务分工表, a row per item above: the item takes its row's unit and date, and the row
    is no second activity; a row that restates no item stays an activity."""
    plan = parse_text(RESTATED)
    got = [(a.title, a.lead_units, a.deadline and a.deadline.end, [w.code for w in a.warnings]) for a in plan.activities]
    assert got == [
        ("压缩企业开办时间", ["区市场监管局"], date(2024, 6, 30), []),
        ("推行“一件事一次办”", ["区政务服务中心"], date(2024, 9, 30), []),
        ("优化纳税服务", [], None, ["no_units", "no_deadline"]),
        ("建设营商环境监测点", ["区发改局"], date(2024, 12, 31), []),
    ]
    assert "全面推行“一网通办”" in plan.activities[0].content


def test_a_row_that_could_restate_two_items_restates_none() -> None:
    text = RESTATED.replace("（三）优化纳税服务。推广非接触式办税。", "（三）推行“一件事一次办”。推进跨部门联办。")
    titles = [a.title for a in parse_text(text).activities]
    assert titles.count("推行“一件事一次办”") == 3  # two items and the row: none is guessed


def test_a_pipe_table_that_is_not_a_task_table_stays_text() -> None:
    plan = parse_text("方案\n\n1.召开会议。\n| 姓名 | 电话 |\n| 张三 | 123 |\n责任单位：办公室\n")
    assert plan.activities[0].responsible_units == ["办公室"]
    assert "张三" in plan.activities[0].content


NOTICE = """关于印发《XX区2023年安全生产工作方案》的通知
X政办发〔2023〕1号
各镇人民政府，各街道办事处，区政府各部门：
现将《XX区2023年安全生产工作方案》印发给你们，请认真贯彻执行。
一、请各单位高度重视，认真组织实施。
二、请于每月底前报送进展情况。
XX区人民政府办公室
2023年1月5日
XX区2023年安全生产工作方案
为落实安全生产责任，制定本方案。
一、重点任务
（一）开展隐患排查。
牵头单位：区应急管理局
完成时限：即日起至6月底
（二）开展宣传教育。
责任单位：区委宣传部
完成时限：第三季度
二、工作要求
（一）加强领导。
"""


def test_the_plan_inside_a_notice() -> None:
    plan = parse_text(NOTICE)
    assert plan.title == "XX区2023年安全生产工作方案" and plan.doc_type == "plan"
    assert (plan.doc_number, plan.issuer, plan.issued_on) == ("X政办发〔2023〕1号", "XX区人民政府办公室", date(2023, 1, 5))
    assert [a.title for a in plan.activities] == ["开展隐患排查", "开展宣传教育"]  # not the notice's 一、二、
    first = plan.activities[0].deadline
    assert first and (first.start, first.end) == (date(2023, 1, 5), date(2023, 6, 30))  # 即日起: from the issuing date
    assert "请各单位高度重视" in plan.preamble  # the notice's own text is kept


@pytest.mark.parametrize(
    "heading",
    ["关于转发《XX市2024年节水行动方案》的通知", "关于转发市水利局《XX市2024年节水行动方案》的通知",
     "关于转发《XX市水利局关于印发XX市2024年节水行动方案的通知》的通知"],
)
def test_the_plan_a_notice_forwards(heading: str) -> None:
    plan = parse_text(
        f"{heading}\n\n各乡镇：\n现将方案转发给你们，请认真落实。\n\nXX县水利局\n2024年3月1日\n\n"
        "XX市2024年节水行动方案\n\n一、推进节水改造\n责任单位：市水利局\n"
    )
    assert (plan.title, [a.title for a in plan.activities]) == ("XX市2024年节水行动方案", ["推进节水改造"])


@pytest.mark.parametrize(
    "heading",
    [
        "关于印发2025年县《政府工作报告》重点任务分工方案的通知", "关于印发《2025年县〈政府工作报告〉重点任务分工方案》的通知",
        "关于印发 《2025年县政府工作报告重点任务 分工方案》的通知",  # the title's line breaks left as spaces
    ],
)
def test_a_plan_named_with_title_marks_inside_its_name(heading: str) -> None:
    """The plan's name may cite another document in 《》 (or 〈〉 inside 《》): it is still the plan issued."""
    plan = parse_text(
        f"XX县人民政府办公室{heading}\n各乡镇：\n现将方案印发给你们。\n一、高度重视。\nXX县人民政府办公室\n2025年2月1日\n"
        "2025年县《政府工作报告》重点任务分工方案\n1.新建学校3所。牵头单位：县教育局\n"
    )
    assert plan.title is not None and plan.title.endswith("重点任务分工方案") and " " not in plan.title
    assert [a.title for a in plan.activities] == ["新建学校3所"]


def test_the_document_number_in_a_sites_table_above_the_text() -> None:
    plan = parse_text(
        "索引号：11/2025-001 文　　号：X政办发〔2025〕7号\n发布日期：2025年03月02日\nXX县2025年春耕生产工作方案\n"
        "一、开展农资打假。牵头单位：县市场监管局\n"
    )
    assert plan.doc_number == "X政办发〔2025〕7号"


def test_a_sites_metadata_above_the_title_is_no_title() -> None:
    plan = parse_text(
        "【法宝引证码】CLI.1.123\n【时效性】现行有效\n索引号：11/2025-001\n名　　称：XX县2025年春耕生产工作方案\n"
        "发布日期：2025-03-02 15:35\nXX县2025年春耕生产工作方案\n一、开展农资打假。牵头单位：县市场监管局\n"
    )
    assert plan.title == "XX县2025年春耕生产工作方案" and len(plan.activities) == 1


def test_a_sites_metadata_set_as_a_list_and_a_title_that_names_the_tasks() -> None:
    """• 公开范围：…, • 生成日期：… as a page lists them; 2025年县政府重点工作任务 is the document's title."""
    plan = parse_text(
        "• 索引号:001/2025-00336\n  • 发布机构:县人民政府办公室\n  • 公开范围:全部公开\n  • 生成日期:2025-03-02\n"
        "2025年县政府重点工作任务\n来源:县人民政府办公室\n一、新建学校3所。牵头单位：县教育局\n"
    )
    assert plan.title == "2025年县政府重点工作任务" and plan.doc_type == "plan"
    assert [(a.title, a.lead_units) for a in plan.activities] == [("新建学校3所", ["县教育局"])]


@pytest.mark.parametrize("crumbs", [
    "当前位置：首页 > 通知公告 > 工作动态\n", "首页\n-> 要闻 -> 通知公告\n",
    # what the page offers its readers, and the name of the body whose site it is
    "• 无障碍|\n  • 长辈版\nXX县农业农村局\n您现在所在的位置: 网站首页> 政府信息公开\n索引号: 001/2025-00017\n",
    "无障碍浏览 长者模式\n",  # several offers on one line
    "通知公告\n",  # the site's column in place of a title
    # each label over its value, as a page's list sets them
    "  • 信息索引号:\n    001/2025-27971\n  • 主题分类:\n    政府工作\n  • 文号:\n    X政办发〔2025〕5号\n",
])
def test_where_a_page_sits_on_its_site_is_no_title(crumbs: str) -> None:
    plan = parse_text(f"{crumbs}XX县2025年春耕生产工作方案\n一、开展农资打假。牵头单位：县市场监管局\n")
    assert plan.title == "XX县2025年春耕生产工作方案"


def test_a_pages_title_that_carries_the_document_number() -> None:
    plan = parse_text("2025年县政府重点工作任务（X政发〔2025〕2号）\n一、新建学校3所。牵头单位：县教育局\n")
    assert (plan.title, plan.doc_number) == ("2025年县政府重点工作任务", "X政发〔2025〕2号")


def test_a_plan_citing_another_document_number_has_none_of_its_own() -> None:
    plan = parse_text("根据《关于开展活动的通知》（X办发〔2021〕5号）要求，制定本方案。\n1.开展活动。\n责任单位：办公室\n")
    assert plan.doc_number is None and plan.issued_on is None


def test_a_plan_signed_at_the_end() -> None:
    plan = parse_text("读书活动方案\n\n1.开展读书会。\n责任单位：图书馆\n联系人：张三\nXX区文化和旅游局\n二〇二二年三月一日\n")
    assert (plan.issuer, plan.issued_on) == ("XX区文化和旅游局", date(2022, 3, 1))


def test_a_table_with_full_width_bars() -> None:
    plan = parse_text("2023年任务分工方案\n\n｜序号｜工作任务｜牵头单位｜完成时限｜\n｜1｜开展调研。｜区发改局｜2023年6月｜\n")
    assert [(a.title, a.lead_units, a.deadline and a.deadline.end) for a in plan.activities] == [("开展调研", ["区发改局"], date(2023, 6, 30))]


BOXED_TABLE = """2022年环境整治任务清单

┌──┬────────────┬──────┬──────┐
│序号│工作任务                │责任单位    │完成时限    │
├──┼────────────┼──────┼──────┤
│1   │清理河道垃圾，疏浚沟渠，│县水利局、县│2022年5月底 │
│    │恢复水体自然流动        │农业农村局  │            │
├──┼────────────┼──────┼──────┤
│2   │整治露天焚烧            │县生态环境局│长期坚持    │
└──┴────────────┴──────┴──────┘
"""


def test_a_table_of_milestones_by_quarter_dates_each_task_by_its_milestones() -> None:
    """一季度 | 二季度 | … columns and no deadline column: a task runs from its first milestone's
    quarter to its last one's."""
    plan = parse_text(
        "2023年重点项目推进表\n\n序号\t项目名称\t责任单位\t一季度\t二季度\t三季度\t四季度\n"
        "1\t新建医院\t县卫健局\t封顶\t装修\t调试\t投用\n2\t改造管网\t县住建局\t\t招标\t开工\t\n"
    )
    assert [(a.title, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities] == [
        ("新建医院", (date(2023, 1, 1), date(2023, 12, 31))), ("改造管网", (date(2023, 4, 1), date(2023, 9, 30))),
    ]
    assert plan.activities[0].fields["三季度"] == "调试"  # each milestone is kept as written


def test_a_table_drawn_with_box_characters_is_a_task_table() -> None:
    """Between two rules, a row's lines are its cells wrapped: the unit cut at 县 joins 农业农村局."""
    plan = parse_text(BOXED_TABLE)
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.kind) for a in plan.activities] == [
        ("清理河道垃圾，疏浚沟渠，恢复水体自然流动", ["县水利局", "县农业农村局"], "window"),
        ("整治露天焚烧", ["县生态环境局"], "ongoing"),
    ]
    assert "─" not in plan.model_dump_json()  # the rules are drawing, not text


def test_a_table_drawn_in_ascii_with_rules_only_around_its_header() -> None:
    """Without rules between the rows, a line with a number opens a row and one without goes on."""
    plan = parse_text(
        "2022年检查任务分工\n+----+--------------+----------+\n| 序号 | 工作任务 | 责任单位 |\n"
        "+====+==============+==========+\n| 1 | 检查危化品企业 | 县应急局 |\n| 2 | 排查道路隐患， | 县公安局 |\n"
        "|   | 整治重点路段 |   |\n+----+--------------+----------+\n"
    )
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("检查危化品企业", ["县应急局"]), ("排查道路隐患，整治重点路段", ["县公安局"]),
    ]


def test_a_line_of_dashes_in_prose_is_kept() -> None:
    plan = parse_text("2022年读书活动方案\n一、开展读书会。\n+-5%的误差 与 1+-1 无关\n")
    assert "+-5%" in plan.model_dump_json()


@pytest.mark.parametrize(
    "masthead",
    ["XX区人民政府办公室文件\n", "X政办发〔2022〕5号\n", "中共XX县委文件\n签发人：张三\nX委发〔2022〕1号\n"],
)
def test_the_masthead_of_an_official_document_is_no_title(masthead: str) -> None:
    """公文 open with the issuer's red header, the document number and the signer above the title."""
    plan = parse_text(masthead + "XX区2022年安全生产工作方案\n一、重点任务\n（一）开展排查。牵头单位：区应急局。\n")
    assert plan.title == "XX区2022年安全生产工作方案"
    assert masthead.split("\n")[0] in plan.preamble  # kept, not dropped
    assert [a.lead_units for a in plan.activities] == [["区应急局"]]


def test_a_work_summary_is_not_a_plan_even_without_a_blank_line_after_its_title() -> None:
    plan = parse_text("XX区2021年工作总结\n一、主要工作\n（一）开展排查。区应急局牵头完成隐患排查。\n")
    assert (plan.title, plan.doc_type, plan.activities) == ("XX区2021年工作总结", "other", [])
