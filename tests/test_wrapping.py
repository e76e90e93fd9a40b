"""Plain text broken into lines at a fixed width reads as the paragraphs it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from planparse import parse_text
from planparse.blocks import Block, text_blocks
from planparse.models import Plan
from planparse.wrapping import full_width, unwrap, unwrap_plain, wrap_width
from tests.catalogue import cases
from tests.text_builder import wrapped

CASES = cases(every_layout=True)


def _tasks(plan: Plan) -> list[tuple[object, ...]]:
    return [
        (a.title, a.lead_units, a.responsible_units, a.cooperating_units, a.lead_officials, a.deadline and (a.deadline.start, a.deadline.end))
        for a in plan.activities
    ]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_a_paragraph_per_line_is_never_taken_as_wrapped(case: Path) -> None:
    assert wrap_width(text_blocks(case.read_text(encoding="utf-8"))) is None


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_a_plan_wrapped_at_a_fixed_width_reads_as_written(case: Path, width: int) -> None:
    text = case.read_text(encoding="utf-8")
    plan, unwrapped = parse_text(text), parse_text(wrapped(text, width))
    assert (unwrapped.title, unwrapped.doc_type, _tasks(unwrapped)) == (plan.title, plan.doc_type, _tasks(plan))


LABELLED = """2021年安全生产专项整治实施方案
一、重点任务
（一）开展道路交通领域专项整治，全面排查隐患。牵头单位：区交警大队；配合单位：区交通运输局；完成时限：全年。
（二）开展建筑施工领域专项整治，全面排查在建工地安全隐患。牵头单位：区住建局；完成时限：2021年10月底前。
（三）开展消防安全专项整治，排查人员密集场所隐患。牵头单位：区消防救援大队；配合单位：各街道办事处；完成时限：2021年9月。
（四）开展危化品领域专项整治，开展全覆盖检查。牵头单位：区应急管理局；完成时限：2021年11月。
"""


@pytest.mark.parametrize("width", [56, 62])  # 56 cuts 牵头单 / 位：… and 20 / 21年9月; 62 cuts 牵头 / 单位：…
def test_labels_and_dates_the_line_end_cut_are_joined_back(width: int) -> None:
    plan = parse_text(wrapped(LABELLED, width))
    assert [(a.lead_units, a.cooperating_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        (["区交警大队"], ["区交通运输局"], "全年"),
        (["区住建局"], [], "2021年10月底前"),
        (["区消防救援大队"], ["各街道办事处"], "2021年9月"),
        (["区应急管理局"], [], "2021年11月"),
    ]


def test_a_blank_line_ends_a_wrapped_paragraph() -> None:
    body = "开展专项整治工作，全面排查各类安全隐患，建立问题清单和整改台账，确保按期整改到位并"
    text = "专项整治方案\n\n" + "\n".join([body] * 4) + "\n\n各单位要高度重视。\n"
    blocks = text_blocks(text)
    assert wrap_width(blocks) is not None
    plan = parse_text(text)
    assert plan.preamble.splitlines() == [body * 4, "各单位要高度重视。"]


def test_a_short_wrapped_text_shows_its_width_beside_a_title_that_ends_without_a_stop() -> None:
    """Three lines cut mid-word at one width, and a long title of another: the text is wrapped,
    so 县 / 消防救援大队 is one unit."""
    text = (
        "关于印发2024年全县消防安全专项整治工作方案的通知文件\n二、整治重点\n"
        "1.开展高层建筑消防安全排查。对全县高层建筑逐栋排查，建立隐\n患清单。责任单位：县住建局。\n"
        "2.开展人员密集场所专项检查。重点检查商场、宾馆等。责任单位：县\n消防救援大队。\n"
        "3.开展电动自行车火灾隐患治理。对全县居民小区逐个排查，建立\n台账。责任单位：县公安局。\n"
    )
    assert wrap_width(text_blocks(text)) is not None
    assert [a.responsible_units for a in parse_text(text).activities] == [["县住建局"], ["县消防救援大队"], ["县公安局"]]


def test_a_wrapped_text_shows_its_width_beside_lines_narrower_that_end_without_a_stop() -> None:
    """A long title and a paragraph's tail end without a stop, each narrower than the width: the
    lines cut at the width are still joined to the next (县住 / 建局)."""
    text = wrapped(
        "2024年县政府工作报告确定的重点任务分解和责任分工方案\n"
        "各镇人民政府，县政府各部门：现将分解方案印发给你们，请认真贯彻落实，各牵头单位要切实履行牵头抓总责任并定期报告\n"
        "1.新开工亿元以上项目30个。牵头单位：县发改局；配合单位：县住建局、县自然资源局；完成时限：12月底前。\n"
        "2.建成农村公路50公里。牵头单位：县交通运输局；配合单位：县财政局、县农业农村局；完成时限：10月底前。\n",
        60,
    )
    assert wrap_width(text_blocks(text)) == 60
    assert [a.cooperating_units for a in parse_text(text).activities] == [["县住建局", "县自然资源局"], ["县财政局", "县农业农村局"]]


def test_numbered_headings_of_one_length_are_not_taken_for_wrapped_lines() -> None:
    """Headings with no stop (（一）开展…活动) end where their paragraph ends, however alike in
    length: the body under each stays its own paragraph."""
    text = (
        "关于开展党史学习教育系列活动的实施方案\n一、活动安排\n"
        "（一）开展“学党史、强信念、跟党走”主题宣讲活动\n组织党员干部深入基层开展宣讲，覆盖全体党员。\n"
        "（二）开展“我为群众办实事”实践活动进社区走访\n各支部结合实际，深入社区开展走访慰问活动。\n"
        "（三）开展“红色经典诵读”主题阅读分享交流活动\n利用读书日等时间节点，开展经典诵读活动。\n"
        "（四）开展“党史知识竞赛”线上线下答题比赛活动\n组织全体党员参加知识竞赛，检验学习成效。\n"
    )
    assert wrap_width(text_blocks(text)) is None
    assert parse_text(text).activities[0].title == "开展“学党史、强信念、跟党走”主题宣讲活动"


def test_a_deadline_that_ends_a_line_ends_its_paragraph_however_wide() -> None:
    """Item lines that end in a deadline field (…完成时限：2024年6月), alike in length as if
    wrapped: the body line under each is not joined onto the deadline."""
    text = (
        "2024年重点工作任务分工方案\n一、重点任务\n"
        "（一）开展隐患排查整治，全面消除风险。完成时限：2024年6月\n对辖区企业开展全覆盖排查，建立台账。\n"
        "（二）开展执法检查行动，严厉打击违法。完成时限：2024年8月\n联合市场监管部门开展执法检查行动。\n"
        "（三）开展宣传教育活动，普及安全知识。完成时限：2024年9月\n利用安全生产月等节点开展宣传活动。\n"
        "（四）开展应急演练活动，提升处置能力。完成时限：2024年10月\n组织重点企业开展综合应急演练活动。\n"
    )
    plan = parse_text(text)
    assert [(a.title, a.deadline and a.deadline.raw) for a in plan.activities][:2] == [
        ("开展隐患排查整治，全面消除风险", "2024年6月"), ("开展执法检查行动，严厉打击违法", "2024年8月"),
    ]
    assert plan.activities[0].content.splitlines()[1] == "对辖区企业开展全覆盖排查，建立台账。"


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a label cut after the separator before it: 完成 / 时间：
        (["1.优化网格设置。责任单位：综治中心  完成", "时间：3月底前"], True),
        (["1.集中开展安全宣传咨询日活动", "时间：6月16日"], False),  # a title, then its field
        # a label cut before a line set out in columns, which is no table's row
        (["2.打击毁林行为。牵头单位：县公安局  责任人：钱亮  联系电", "话：13800000000  完成时限：全年"], True),
        # a unit or time label that ends its line: the value is on the next one
        (["（三）建设城市书房。（牵头单位：区文旅局 责任单位：", "各街道 完成时间：2024年12月）"], True),
        (["具体安排如下：", "1.召开动员会。"], False),
        # a list left open
        (["3.开展大排查。责任主体：司法所  配合单位：派出所、", "各社区  时间节点：2024年全年"], True),
        (["牵头部门：党群工作部、", "责 任 部 门：新闻中心"], False),  # the next line opens a field
        # a table's row the line width cut where a comma follows
        (["1\t推进“一网通办”\t省政务服务中心\t省直各部门", "，各市州政府\t2024年底前"], True),
        (["1\t推进“一网通办”\t省政务服务中心\t省直各部门", "2\t深化改革\t省司法厅\t全年"], False),
        # the 前 of a date
        (["牵头单位：县农业农村局；完成时限：2024年10月底", "前。"], True),
        (["完成时限：2024年10月底", "前期准备工作要充分。"], False),
        (["1.完善应急预案。由区住建局牵头，区市场监管局配合，2025年9", "月30日前完成。"], True),  # the date's unit
        # a bracket the line before left open, closed a few characters in
        (["1.开展主题教育。【牵头单位】县教育局【完成时", "限】2024年6月"], True),
        (["2.建设城市书房。（责任单位：区文", "旅局）"], True),
        (["3.开展宣传（详见附件", "1.召开动员会）"], False),  # an item opens the line
        (["4.开展培训。牵头单位：县进修学校（电话：123456", "78）；完成时限：全年"], True),  # 78） closes the bracket
        # a long line cut inside a unit's name
        (["（二）材料准备：县政府办公室负责起草讲话稿，2月18日前完成；县应急管", "理局负责工作报告起草。"], True),
        (["一、学习宣传。牵头单位为县委宣传部，责任单位为县直各单", "位，完成时间为全年。"], True),
        (["（三）组织各类主题活动，把活动办成群众喜闻乐见的品牌活动中", "心理健康教育同步开展。"], False),  # no unit so made
        (["县应急管", "理局负责工作报告起草。"], False),  # a short line shows no cut
        # cut before the name's last word, or before its ending
        (["二、燃气安全专项整治。由县住建局牵头，县市场监管局、县消防救援", "大队配合，7月底前完成检查。"], True),
        (["三、落实项目资金。会议明确，资金拨付按工程进度执行，由县财政", "局负责，年底前拨付到位。"], True),
        (["四、完善工作机制。由县住建局牵头，会同有关单位建立联席会议制度", "局部地区先行先试。"], False),  # 制度局 is no unit
        (["五、加强宣传引导。组织开展多种形式的宣传活动，由县委宣传部负责", "办公室设在县委宣传部。"], False),  # the name was whole
        (["六、篮球联赛。地点：镇中学体育馆；责任单位：镇团委、镇中学", "城关镇人民政府"], False),  # the sign-off names its own unit
        (["（三）责任单位：应急办。工作内容：组织开展消防安全检查。完成时间：2024年", "第四季度"], True),  # a time after its year
        (["第三党支部2024年", "一月份"], False),  # a short line, then a calendar's month
        (["（二）规范车辆停放。责任单位：区城管局；完成时限：长期", "坚持。"], True),  # a time with no date, cut
        (["（二）规范车辆停放。各社区要长期", "坚持开展巡查。"], False),  # no deadline's value: no evidence
    ],
)
def test_a_short_text_joins_a_line_only_on_local_evidence(lines: list[str], joined: bool) -> None:
    """Too short to show a width, a text joins a line to the one before only where the break
    cut a label, a field's value, a list or a date."""
    text = "工作方案\n" + "\n".join(lines) + "\n"
    blocks = unwrap_plain(text, text_blocks(text))
    assert (len(blocks) == 2) == joined


def test_a_numbered_field_line_opens_a_paragraph_wherever_the_line_above_ends() -> None:
    """三、活动地点：… is the plan's next part, however the line above ends: never its tail."""
    lines = [Block("二、活动时间：2024年9月14日上午09:00至下午17:00", 1), Block("三、活动地点：社区文化广场", 2)]
    assert len(unwrap(lines, lambda line, _: True)) == 2


@pytest.mark.parametrize(
    ("second", "rows"),
    [
        ("银保监局\t2026年底前", 1),  # the line width cut 省银保监局: one cell more than a row holds
        ("\t\t省财政厅\t2025年底前", 2),  # a row of its own, its first cells merged above
        ("4\t完善担保体系\t省财政厅\t2025年底前", 2),
    ],
)
def test_a_tab_row_cut_inside_a_cell_is_joined_back(second: str, rows: int) -> None:
    text = "工作方案\n序号\t具体举措\t责任单位\t完成时限\n3\t扩大普惠金融覆盖面\t人行省分行、省\n" + second + "\n"
    blocks = unwrap_plain(text, text_blocks(text))
    assert len(blocks) == 2 + rows


def test_a_tab_row_a_page_cut_inside_a_cell_is_joined_back_as_a_pdf_is_read() -> None:
    text = "督办清单\n序号\t督办事项\t承办单位\t办结时限\t责任人\n1\t改造棚户区\t区住建局\t2024年9月\n30日\t王强\n"
    blocks = unwrap(text_blocks(text), lambda line, _: False)
    assert blocks[-1].text == "1\t改造棚户区\t区住建局\t2024年9月30日\t王强"


@pytest.mark.parametrize(("rest", "officials", "title"), [("王强", ["王强"], "改造棚户区"), ("并做好安置", [], "改造棚户区并做好安置")])
def test_a_line_under_a_row_that_stopped_at_its_last_tab_fills_that_cell_when_it_reads_as_its_column(
    rest: str, officials: list[str], title: str
) -> None:
    header = "序号\t督办事项\t承办单位\t办结时限\t责任人"
    plan = parse_text(f"督办清单\n\n{header}\n1\t改造棚户区\t区住建局\t2024年9月30日\t\n{rest}\n2\t修路\t区交通局\t10月底\t李军\n")
    assert (plan.activities[0].title, plan.activities[0].lead_officials) == (title, officials)


@pytest.mark.parametrize(
    ("second", "joined"),
    [("各社区  时间节点：2024年全年", True), ("完成时间：2024年全年", False), ("责 任 部 门：新闻中心", False), ("2.建立台账。", False)],
)
def test_a_unit_list_a_field_leaves_open_goes_on_wherever_lines_are_read(second: str, joined: bool) -> None:
    """A PDF's lines, read without the plain-text rule for open lists, still join a field's list."""
    first = Block("1.开展大排查。责任主体：司法所  配合单位：派出所、", 1)
    blocks = unwrap([first, Block(second, 2)], lambda line, _: False)
    assert (len(blocks) == 1) == joined



@pytest.mark.parametrize(
    ("second", "joined"),
    [("街道  完成时限：2025年9月30日前", True), ("街道  区城管局  2025年9月", False)],
)
def test_a_full_line_of_fields_set_apart_with_spaces_goes_on_inside_a_name_the_page_cut(second: str, joined: bool) -> None:
    """Fields set apart with two spaces are no table's row: a full line of them cut inside a unit's
    name goes on on the next line; a row of a table lined up with spaces does not."""
    first = Block("（二）整治出租房消防隐患。牵头单位：区消防救援大队  配合单位：区住建局、各", 1)
    blocks = unwrap([first, Block(second, 2)], full_width(30))
    assert (len(blocks) == 1) == joined


@pytest.mark.parametrize(
    ("second", "joined"),
    [("部；完成时限：6月底前）", True), ("各部门要高度重视（详见附件）", False), ("2.开展培训（全年）", False)],
)
def test_a_bracket_of_fields_cut_on_a_full_line_goes_on_to_its_close(second: str, joined: bool) -> None:
    first = Block("2、新建社区食堂。（牵头单位：区文明办；配合单位：区应急管理局、区委宣传", 1)
    blocks = unwrap([first, Block(second, 2)], lambda line, _: False)
    assert (len(blocks) == 1) == joined


def test_a_note_of_who_does_it_ends_a_line_as_a_full_stop_does() -> None:
    """On a page, a full line that ends with the task's note of who does it ends the paragraph:
    the line after it is no part of that task."""
    lines = ["会议要求，县水利局要在5月15日前完成水库安全检查。（县水利局负责）", "出席：张三、李四",
             "会议要求，县水利局要在5月15日前完成水库安全检查工作（详见附件", "2）的各项内容"]
    blocks = unwrap([Block(text, n) for n, text in enumerate(lines, start=1)], full_width(30))
    assert [b.text for b in blocks] == [lines[0], lines[1], lines[2] + lines[3]]


@pytest.mark.parametrize(("second", "joined"), [("全年", True), ("上半年", True), ("3月份", True), ("全年", False)])
def test_a_time_the_page_cut_after_its_year_goes_on_but_a_calendar_heading_opens(second: str, joined: bool) -> None:
    first = "1.开展村庄清洁行动。【责任单位】镇农业服务中心、各村【完成时限】2025年" if joined else "1.开展村庄清洁行动。"
    blocks = unwrap(text_blocks(f"{first}\n{second}\n2.开展河道清淤。\n"), lambda line, _: True)
    assert (blocks[0].text == first + second) is joined


def test_the_last_words_of_a_cut_sentence_or_cell_go_on_the_line_before() -> None:
    """One line cut at the width, in a text too short to show it: a word and a stop (比。) is no
    paragraph, nor a cell's last words closed by its bar (…路径。 |), nor a sentence a page broke
    (-1-建设…); a salutation's 大家好！ still stands alone."""
    calendar = "三月主题:文明礼仪\n1、雷锋教育活动。\n2、“三八妇女节”感恩教育活动。3、“预防传染病”为主题的卫生教育手抄报评\n比。\n4、班队课\n"
    assert [a.title for a in parse_text(calendar).activities][2] == "“预防传染病”为主题的卫生教育手抄报评比"
    cells = (
        "2024年重点工作任务分解表\n序号 |\n目标与任务 |\n牵头单位 |\n责任单位 |\n"
        "1 |\n保障新校区秋季开学,支持职业学校发展,探索职业教育服务区域发展的\n新路径。 |\n县教育局 |\n各学校 |\n"
        "2 |\n推进学校建设。 |\n县教育局 |\n各学校 |\n"
    )
    assert [a.title for a in parse_text(cells).activities] == ["保障新校区秋季开学,支持职业学校发展,探索职业教育服务区域发展的新路径", "推进学校建设"]
    speech = "校长述职报告尊敬的各位领导、各位同仁、各位老师、各位家长:\n大家好!\n"
    assert [b.text for b in unwrap_plain(speech, text_blocks(speech))] == ["校长述职报告尊敬的各位领导、各位同仁、各位老师、各位家长:", "大家好!"]


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("完成时间：2022年1", "2月底前", True),  # 2022年12月: the break fell inside the month
    ("完成时间：2022年5月1", "5日前", True),
    ("完成时间：2022年1", "3月份", False),  # no 13th month: a calendar's heading
])
def test_a_time_cut_inside_its_number_goes_on(first: str, second: str, joined: bool) -> None:
    blocks = unwrap([Block(first, 1), Block(second, 2)], lambda line, _: True)
    assert (len(blocks) == 1) is joined


def test_a_number_that_counts_on_inside_a_run_on_paragraph_goes_on_where_lines_start_flush() -> None:
    # a plan typed as one paragraph: a wrapped line may open with its next part's number
    run_on = [
        Block("一、活动背景每年的这一天举办活动。二、活动目的通过活动使观念深入人心。三、活动主题卫生校园", 1), Block("四、活动口号创绿色校园", 2),
    ]
    assert len(unwrap(run_on, lambda line, _: True, flush=frozenset({1, 2}))) == 1
    # an item of its own that happens to fill its line is no run-on: the next item stays apart
    items = [Block("1.开展宣传。主要协作单位：各乡镇人民政府、经济开发区管委会、有关直属单位", 1), Block("2.加强防控", 2)]
    assert len(unwrap(items, lambda line, _: True, flush=frozenset({1, 2}))) == 2
    assert len(unwrap(run_on, lambda line, _: True)) == 2  # an indented line, or one of unknown place, opens its item


@pytest.mark.parametrize("cut", ["；（2）\n报送", "；(2)\n报送", "；②\n报送"])
def test_a_point_s_number_left_at_a_line_s_end_goes_on_into_its_words(cut: str) -> None:
    """However the line was cut (a wrap too short to show its width, or the number typed on a line
    of its own), a number opens the words of its point."""
    text = f"防汛工作方案\n一、加强值守\n1.严格值班。（1）执行24小时值班（责任单位：县应急局）{cut}汛情信息（责任单位：县水文站）。\n"
    text = text.replace("（1）", "①") if "②" in cut else text
    plan = parse_text(text)
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("执行24小时值班", ["县应急局"]), ("报送汛情信息", ["县水文站"])]


def test_a_number_that_ends_a_sentence_s_count_stays_where_it_is() -> None:
    plan = parse_text("工作方案\n一、重点任务\n1.新建幼儿园（3）\n责任单位：区教育局\n")
    assert plan.activities[0].title == "新建幼儿园（3）" and plan.activities[0].responsible_units == ["区教育局"]
