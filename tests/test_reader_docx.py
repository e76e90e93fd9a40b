"""The .docx reader: what Word and WPS show, built from fixtures made in code."""

from __future__ import annotations

import contextlib
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planparse import parse_bytes, parse_text
from planparse.errors import CorruptDocumentError, InputError, PlanparseError
from planparse.numbering import format_number
from planparse.readers import read_bytes
from tests.catalogue import cases
from tests.docx_builder import (
    NS,
    Cell,
    LevelSpec,
    docx_bytes,
    literal_layout,
    numbered_layout,
    numbering_xml,
    paragraph,
    run,
    table,
    table_layout,
)

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
CN_LEVELS = [LevelSpec("chineseCounting", "%1、"), LevelSpec("chineseCounting", "（%2）"), LevelSpec("decimal", "%3.")]


def lines(data: bytes) -> list[str]:
    return [block.text for block in read_bytes(data, "x.docx").blocks]


def test_automatic_numbering_three_levels() -> None:
    body = "".join([
        paragraph("主要活动", num=(1, 0)),
        paragraph("宣讲活动", num=(1, 1)),
        paragraph("组织宣讲团。", num=(1, 2)),
        paragraph("开展网络宣讲。", num=(1, 2)),
        paragraph("文艺活动", num=(1, 1)),
        paragraph("举办汇演。", num=(1, 2)),
        paragraph("工作要求", num=(1, 0)),
    ])
    data = docx_bytes(body, numbering_xml({1: CN_LEVELS}, {1: (1, {})}))
    assert lines(data) == ["一、主要活动", "（一）宣讲活动", "1.组织宣讲团。", "2.开展网络宣讲。", "（二）文艺活动", "1.举办汇演。", "二、工作要求"]


def test_word_bullets_make_items_as_typed_bullets_do() -> None:
    levels = [LevelSpec("chineseCounting", "%1、"), LevelSpec("bullet", "\uf06c")]  # Word's Symbol-font glyph
    body = "".join([
        paragraph("活动安排", num=(1, 0)),
        paragraph("月饼DIY体验", num=(1, 1)),
        paragraph("责任单位：社区居委会"),
        paragraph("中秋游园会", num=(1, 1)),
        paragraph("责任单位：物业服务中心"),
    ])
    plan = parse_bytes(docx_bytes(paragraph("中秋活动方案") + body, numbering_xml({1: levels}, {1: (1, {})})), "x.docx")
    assert [(a.number, a.title, a.responsible_units) for a in plan.activities] == [
        (None, "月饼DIY体验", ["社区居委会"]), (None, "中秋游园会", ["物业服务中心"]),
    ]


def test_a_list_restarts_with_start_override_and_continues_without() -> None:
    levels = [LevelSpec("decimal", "%1.")]
    body = "".join(paragraph(t, num=(n, 0)) for t, n in [("甲", 1), ("乙", 1), ("丙", 2), ("丁", 3), ("戊", 3)])
    data = docx_bytes(body, numbering_xml({1: levels}, {1: (1, {}), 2: (1, {}), 3: (1, {0: 1})}))
    assert lines(data) == ["1.甲", "2.乙", "3.丙", "1.丁", "2.戊"]


def test_level_start_and_multi_level_templates() -> None:
    levels = [LevelSpec("decimal", "%1", start=3), LevelSpec("decimal", "%1.%2")]
    body = paragraph("甲", num=(1, 0)) + paragraph("乙", num=(1, 1)) + paragraph("丙", num=(1, 1))
    assert lines(docx_bytes(body, numbering_xml({1: levels}, {1: (1, {})}))) == ["3甲", "3.1乙", "3.2丙"]


def test_numbering_inherited_from_a_style_and_its_base() -> None:
    styles = (
        f'<w:styles {NS}>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading1"/></w:style>'
        "</w:styles>"
    )
    body = paragraph("指导思想", style="Heading1") + paragraph("活动安排", style="MyHeading") + paragraph("正文", style="Normal")
    data = docx_bytes(body, numbering_xml({1: [LevelSpec("chineseCounting", "%1、")]}, {1: (1, {})}), styles)
    assert lines(data) == ["一、指导思想", "二、活动安排", "正文"]


def test_num_style_link_points_at_the_styles_list() -> None:
    numbering = (
        f'<w:numbering {NS}>'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>'
        '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="CircleList"/></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
        "</w:numbering>"
    )
    styles = (
        f'<w:styles {NS}><w:style w:type="numbering" w:styleId="CircleList"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
        "</w:pPr></w:style></w:styles>"
    )
    body = paragraph("甲", num=(2, 0)) + paragraph("乙", num=(2, 0))
    assert lines(docx_bytes(body, numbering, styles)) == ["①甲", "②乙"]


@pytest.mark.parametrize(
    ("fmt", "n", "shown"),
    [
        ("decimal", 12, "12"), ("chineseCounting", 11, "十一"), ("chineseCountingThousand", 23, "二十三"),
        ("ideographTraditional", 3, "丙"), ("japaneseCounting", 10, "十"), ("decimalEnclosedCircle", 5, "⑤"),
        ("decimalFullWidth", 12, "１２"), ("upperLetter", 2, "B"), ("lowerLetter", 28, "bb"),
        ("upperRoman", 14, "XIV"), ("lowerRoman", 4, "iv"), ("chineseCounting", 105, "一百零五"), ("bullet", 1, ""),
        ("decimalEnclosedParen", 2, "⑵"), ("decimalEnclosedFullstop", 3, "⒊"), ("ideographEnclosedCircle", 1, "㊀"),
        ("decimalEnclosedParen", 21, "(21)"),
        # what LibreOffice writes for the 一 and （一） levels unless their language is zh-CN
        ("taiwaneseCountingThousand", 3, "三"), ("taiwaneseCounting", 12, "十二"), ("taiwaneseDigital", 10, "一〇"),
        ("ideographDigital", 105, "一〇五"), ("japaneseDigitalTenThousand", 7, "七"),
        ("chineseCountingThousand", 10, "十"), ("chineseCountingThousand", 110, "一百一十"),
        ("chineseCountingThousand", 1001, "一千零一"), ("chineseLegalSimplified", 3, "叁"),
        ("chineseLegalSimplified", 10, "壹拾"), ("chineseLegalSimplified", 12, "壹拾贰"),
        ("ideographLegalTraditional", 2, "貳"), ("ideographLegalTraditional", 16, "壹拾陸"), ("japaneseLegal", 2, "弐"),
        ("ideographZodiac", 2, "丑"), ("ideographZodiac", 13, "子"), ("ideographZodiacTraditional", 1, "甲子"),
        ("ideographZodiacTraditional", 11, "甲戌"), ("ideographTraditional", 11, "甲"),
        ("decimalEnclosedCircleChinese", 20, "⑳"), ("decimalEnclosedCircle", 21, "21"), ("ideographEnclosedCircle", 10, "㊉"),
        ("decimalFullWidth2", 3, "３"), ("decimalHalfWidth", 3, "3"), ("decimalZero", 7, "07"), ("none", 2, ""),
        ("hebrew1", 2, "2"),  # a format that prints no Chinese number: its decimal
    ],
)
def test_number_formats(fmt: str, n: int, shown: str) -> None:
    assert format_number(n, fmt) == shown


def test_tracked_changes_read_as_the_final_document() -> None:
    raw = (
        '<w:r><w:t>牵头单位：</w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>办公室</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>督查室</w:t></w:r></w:ins>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>'
    )
    assert lines(docx_bytes(paragraph(raw=raw))) == ["牵头单位：督查室"]


def test_soft_breaks_hyperlinks_fields_and_text_boxes() -> None:
    raw = (
        '<w:r><w:t>1.召开会议。</w:t><w:br/><w:t>牵头单位：办公室</w:t></w:r>'
        '<w:hyperlink><w:r><w:t>（详见网站）</w:t></w:r></w:hyperlink>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice><w:drawing><w:txbxContent>{paragraph("框内文字")}</w:txbxContent></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><w:txbxContent>{paragraph("框内文字")}</w:txbxContent></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>"
    )
    assert lines(docx_bytes(paragraph(raw=raw))) == ["1.召开会议。", "牵头单位：办公室（详见网站）3", "框内文字"]


def test_task_table_with_merged_cells_groups_and_a_two_row_header() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "工作任务", Cell("责任分工", span=2), "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
        [Cell("一、基础设施", span=5)],
        ["1", "新建道路。年内通车。", Cell("交通局", vmerge="restart"), "财政局", "2021年6月底前"],
        ["2", "改造管网。", Cell("", vmerge="continue"), "住建局、\n水务局", "2021年9月"],
        [Cell("二、公共服务", span=5)],
        ["3", "新建学校。", "教育局", "", "2022年8月"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("2021年重点项目实施方案") + table(rows)), "x.docx")
    assert plan.title == "2021年重点项目实施方案"
    got = [(a.number, a.category, a.title, a.lead_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities]
    assert [(n, c, t, lead, coop, str(end)) for n, c, t, lead, coop, end in got] == [
        ("1", "基础设施", "新建道路", ["交通局"], ["财政局"], "2021-06-30"),
        ("2", "基础设施", "改造管网", ["交通局"], ["住建局", "水务局"], "2021-09-30"),
        ("3", "公共服务", "新建学校", ["教育局"], [], "2022-08-31"),
    ]
    assert plan.activities[0].fields["责任分工（牵头单位）"] == "交通局"


def test_a_key_task_merged_down_its_measures_groups_them() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "重点任务", "具体措施", "牵头单位", "完成时限"],
        [Cell("1", vmerge="restart"), Cell("优化营商环境", vmerge="restart"), "1.推行告知承诺制", "区司法局", "2023年6月底前"],
        [Cell("", vmerge="continue"), Cell("", vmerge="continue"), "2.压缩审批时限", "区政务服务中心", "2023年9月底前"],
        ["2", "推进项目建设", "加快重点项目开工", "区发改局", "全年"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("XX区2023年重点工作任务分工表") + table(rows)), "x.docx")
    assert plan.title == "XX区2023年重点工作任务分工表"
    assert [(a.category, a.title, a.lead_units) for a in plan.activities] == [
        ("优化营商环境", "推行告知承诺制", ["区司法局"]),
        ("优化营商环境", "压缩审批时限", ["区政务服务中心"]),
        ("推进项目建设", "加快重点项目开工", ["区发改局"]),
    ]


@pytest.mark.parametrize(("between", "rest_read"), [("", True), ("续表", True), ("以上任务请各单位认真抓好落实，按时报送进展。", False)])
def test_a_table_split_by_a_page_goes_on_under_its_header(between: str, rest_read: bool) -> None:
    """Word splits a long table in two at a page break, and the rest has no header of its own."""
    top = [["序号", "工作任务", "牵头单位", "完成时限"], ["1", "开展燃气安全排查", "区应急局", "2024年6月底前"]]
    rest = [["2", "开展道路交通整治", "区公安分局", "2024年9月底前"]]
    plan = parse_bytes(docx_bytes(paragraph("XX区2024年专项整治任务分工表") + table(top) + paragraph(between) + table(rest)), "x.docx")
    expected = [("t1.1", "开展燃气安全排查", ["区应急局"])] + ([("t1.2", "开展道路交通整治", ["区公安分局"])] if rest_read else [])
    assert [(a.id, a.title, a.lead_units) for a in plan.activities] == expected


@pytest.mark.parametrize("between", ["", "附件2"])
def test_a_contact_list_under_a_task_table_is_no_rest_of_it(between: str) -> None:
    top = [["序号", "工作任务", "牵头单位", "完成时限"], ["1", "开展燃气安全排查", "区应急局", "2024年6月底前"]]
    contacts = [["单位", "姓名", "职务", "电话"], ["区应急局", "张伟", "科长", "13800000001"]]
    body = paragraph("XX区2024年专项整治任务分工表") + table(top) + paragraph(between) + table(contacts)
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert [a.title for a in plan.activities] == ["开展燃气安全排查"]
    assert "13800000001" in plan.preamble + plan.closing  # the list is kept as text


def test_numbered_text_beside_a_task_table_is_no_task() -> None:
    """The tasks stand in the table; 一、评选对象 above it is a part of the plan, not a task."""
    rows = [["序号", "工作任务", "责任单位", "完成时限"], ["1", "推荐申报", "各社区", "4月20日前"], ["2", "命名表彰", "街道党工委", "5月15日前"]]
    body = paragraph("XX街道2024年文明家庭评选活动方案") + paragraph("一、评选对象") + paragraph("辖区内常住家庭。") + table(rows)
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert [a.title for a in plan.activities] == ["推荐申报", "命名表彰"]


def _tabbed(*cells: str) -> str:
    return paragraph(raw="<w:r><w:tab/></w:r>".join(run(c) if c else "" for c in cells))


def test_a_table_typed_with_tabs_in_paragraphs_is_a_task_table_and_tabs_before_the_signature_are_no_row() -> None:
    body = (
        paragraph("关于印发《XX镇环境整治方案》的通知") + paragraph("各村：现将方案印发给你们。")
        + _tabbed("", "", "", "XX镇人民政府") + _tabbed("", "", "", "2025年3月1日")
        + paragraph("XX镇环境整治方案")
        + _tabbed("序号", "工作任务", "责任单位", "完成时限") + _tabbed("1", "清理河道垃圾", "镇农业服务中心", "4月底前")
        + _tabbed("2", "整治乱堆乱放", "各村", "5月底前")
    )
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("清理河道垃圾", ["镇农业服务中心"]), ("整治乱堆乱放", ["各村"])]
    assert plan.issuer == "XX镇人民政府" and plan.issued_on == date(2025, 3, 1)


def test_a_red_header_set_in_a_table_of_one_cell_is_the_masthead() -> None:
    body = (
        table([["XX县人民政府办公室文件"]]) + paragraph("X政办发〔2025〕3号") + paragraph("XX县2025年防汛工作方案")
        + paragraph("一、工作任务") + paragraph("1.修订预案。（县水利局负责，4月底前）")
    )
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert (plan.title, plan.doc_number) == ("XX县2025年防汛工作方案", "X政办发〔2025〕3号")


def test_a_title_set_in_a_table_of_one_cell_is_the_title() -> None:
    body = table([["XX县2025年防汛工作方案"]]) + paragraph("一、工作任务") + paragraph("1.修订预案。（县水利局负责）")
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert (plan.title, [a.title for a in plan.activities]) == ("XX县2025年防汛工作方案", ["修订预案"])


def test_a_table_of_one_column_reads_as_its_lines() -> None:
    # a box drawn round text, each row a line: a table typed with bars in it is a table all the same
    framed = table([["序号 | 工作任务 | 责任单位 | 完成时限"], ["1 | 修订预案 | 县水利局 | 4月底前"], ["2 | 排查隐患 | 县应急局 | 5月底前"]])
    plan = parse_bytes(docx_bytes(paragraph("XX县2025年防汛工作方案") + framed), "x.docx")
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("修订预案", ["县水利局"], "4月底前"), ("排查隐患", ["县应急局"], "5月底前"),
    ]


def test_a_page_source_pasted_into_word_reads_as_the_page() -> None:
    source = [
        "<style>table { border: 1px; }</style>", "<table>", "<tr><th>计划标题</th><th>责任部门</th><th>预计完成时间</th></tr>",
        "<tr>", "<td>更换消防标识</td>", "<td>秩序维护部</td>", "<td>2019年01月30日</td>", "</tr>", "</table>",
    ]
    plan = parse_bytes(docx_bytes("".join(paragraph(line) for line in ["小区物业服务计划", *source])), "x.docx")
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("更换消防标识", ["秩序维护部"], "2019年01月30日"),
    ]


def test_a_page_number_glued_to_a_paragraph_of_pasted_print_is_dropped() -> None:
    # text copied from a printed PDF into Word: the page's foot opens the next page's first paragraph
    lines = [
        "XX县环境整改方案", "一、整改措施", "1.深入学习生态环境保护决策部署，进一步深化对生态文明", "-2-建设重要性的认识。",
        "责任单位：县委办", "2.开展专项整治。", "-3-责任单位：县生态环境局",
    ]
    plan = parse_bytes(docx_bytes("".join(paragraph(line) for line in lines)), "x.docx")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("深入学习生态环境保护决策部署，进一步深化对生态文明建设重要性的认识", ["县委办"]),
        ("开展专项整治", ["县生态环境局"]),
    ]


def test_the_header_typed_again_inside_a_table_is_no_task() -> None:
    header: list[str | Cell] = ["序号", "工作任务", "责任单位", "完成时限"]
    rows = [header, ["1", "清理垃圾", "县城管局", "4月底前"], header, ["2", "整治河道", "县水利局", "6月底前"]]
    plan = parse_bytes(docx_bytes(paragraph("2025年环境整治任务分工表") + table(rows)), "x.docx")
    assert [a.title for a in plan.activities] == ["清理垃圾", "整治河道"]


def test_a_row_of_column_names_over_no_task_names_no_unit() -> None:
    """序号 | 承办单位 | 办结时限 with no task column: no task, and 办结时限 is no unit."""
    rows: list[list[str | Cell]] = [["序号", "承办单位", "办结时限"], ["1", "区住建局", "9月底前"]]
    plan = parse_bytes(docx_bytes(paragraph("2025年重点工作清单") + table(rows)), "x.docx")
    assert all("办结时限" not in a.responsible_units for a in plan.activities)


def test_a_roster_whose_header_names_no_task_lists_no_activities() -> None:
    """日期 | 带班领导 | 值班人员 | 联系电话: its dated rows are people on duty, not a schedule of tasks."""
    rows: list[list[str | Cell]] = [["日期", "带班领导", "值班人员", "联系电话"], ["10月1日", "张三", "李四、王五", "13800000000"]]
    plan = parse_bytes(docx_bytes(paragraph("2024年国庆节假期值班安排表") + table(rows)), "x.docx")
    assert plan.activities == []


def test_a_schedule_table_without_a_header_reads_a_row_as_one_entry() -> None:
    rows: list[list[str | Cell]] = [["9月10日", "教师节表彰大会", "校工会"], ["9月下旬", "新生军训汇演", "学生处、团委"]]
    body = paragraph("2025年秋季开学系列活动方案") + paragraph("一、活动安排") + table(rows) + paragraph("二、工作要求") + paragraph("认真组织。")
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("教师节表彰大会", ["校工会"]), ("新生军训汇演", ["学生处", "团委"])]
    assert plan.activities[1].deadline and plan.activities[1].deadline.start == date(2025, 9, 21)


def test_a_row_numbered_as_task_one_is_data_not_a_second_header_row() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "工作任务", "责任处室", "完成时间"],
        ["任务一", "新建卫生服务中心", "基层卫生处", "2025年11月"],
        ["任务二", "开展筛查", "妇幼处", "2025年12月"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("2025年为民办实事工作方案") + table(rows)), "x.docx")
    assert [(a.number, a.title) for a in plan.activities] == [("任务一", "新建卫生服务中心"), ("任务二", "开展筛查")]


def test_a_table_whose_task_cell_says_who_does_it_is_read_like_an_item() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "工作内容", "完成时限"],
        ["1", "乡镇商贸中心建设（责任单位：县商务局），目前完成选址2个。", "6月底前"],
        ["2", "新增急救站点3个，由县卫健委负责。", "10月底前"],
        ["3", "完成基层医疗机构标准化建设（2025年6月底前）。", ""],
    ]
    plan = parse_bytes(docx_bytes(paragraph("2025年重点工作推进表") + table(rows)), "x.docx")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("乡镇商贸中心建设", ["县商务局"]), ("新增急救站点3个", ["县卫健委"]), ("完成基层医疗机构标准化建设", []),
    ]
    assert plan.activities[2].deadline and plan.activities[2].deadline.end == date(2025, 6, 30)


def test_a_group_row_right_under_the_header_is_no_second_header_row() -> None:
    group = Cell("整治任务", span=4)  # its name alone, short as a header
    rows: list[list[str | Cell]] = [["序号", "工作任务", "责任单位", "完成时限"], [group], ["1", "清理垃圾", "县城管局", "4月底前"]]
    plan = parse_bytes(docx_bytes(paragraph("2025年环境整治任务分工表") + table(rows)), "x.docx")
    assert [(a.category, a.title, a.deadline and a.deadline.raw) for a in plan.activities] == [("整治任务", "清理垃圾", "4月底前")]


def test_a_rectification_ledger_is_titled_by_its_problems() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "问题表现", "整改措施", "责任领导", "责任单位", "整改时限"],
        ["1", "理论学习不够深入", "制定学习计划，每月集中学习", "张三", "办公室", "立行立改"],
        ["2", "为民服务意识不强", "开展“我为群众办实事”活动", "李四", "各科室", "2025年6月底前"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("关于巡察反馈问题的整改方案") + table(rows)), "x.docx")
    assert [(a.title, a.lead_officials, a.responsible_units) for a in plan.activities] == [
        ("理论学习不够深入", ["张三"], ["办公室"]), ("为民服务意识不强", ["李四"], ["各科室"]),
    ]
    assert "每月集中学习" in plan.activities[0].content


def test_a_task_name_and_its_description_in_two_columns_title_the_row_by_the_name() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "工作任务", "工作内容", "责任单位", "完成时限"],
        ["1", "开展隐患排查", "对辖区内企业开展全覆盖排查。", "区应急局", "2023年6月底前"],
        ["2", "强化执法检查", "开展执法检查不少于100家次。", "区应急局", "2023年12月底前"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("2023年安全生产工作方案") + table(rows)), "x.docx")
    assert [(a.category, a.title) for a in plan.activities] == [(None, "开展隐患排查"), (None, "强化执法检查")]
    assert "全覆盖排查" in plan.activities[0].content


def test_a_label_that_ends_its_paragraph_takes_the_value_in_the_next() -> None:
    """责任单位： / 县城管局、城关镇 — a form set out a paragraph per line, label over value."""
    lines = ["城区环境整治方案", "一、整治任务", "1.主干道立面整治", "责任单位：", "县城管局、城关镇", "完成时限：", "2024年8月31日前"]
    plan = parse_bytes(docx_bytes("".join(paragraph(line) for line in lines)), "x.docx")
    assert [(a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [(["县城管局", "城关镇"], "2024年8月31日前")]


@pytest.mark.parametrize("heading", ["县委督查室督办单", "县委督查室督办通知单"])
def test_a_supervision_form_is_the_one_task_it_records(heading: str) -> None:
    rows: list[list[str | Cell]] = [
        ["督办事项", "加快推进城区停车场建设", "承办单位", "县住建局"], ["协办单位", "县城管局", "办结时限", "2025年5月31日"],
    ]
    plan = parse_bytes(docx_bytes(paragraph(heading) + paragraph("编号：2025-003") + table(rows)), "x.docx")
    assert plan.title == heading
    assert [(a.title, a.responsible_units, a.cooperating_units, a.warnings) for a in plan.activities] == [
        ("加快推进城区停车场建设", ["县住建局"], ["县城管局"], []),
    ]


def test_a_form_of_projects_each_opened_by_its_name_gives_one_task_a_project() -> None:
    """项目名称 | … | 责任单位 | … in every row is a form filled in twice, not a header over rows."""
    rows: list[list[str | Cell]] = [
        ["项目名称", "城区停车场建设", "责任单位", "县住建局"], ["建设内容", "新建停车位500个", "完成时限", "2025年10月"],
        ["项目名称", "背街小巷改造", "责任单位", "县城管局"], ["建设内容", "改造小巷20条", "完成时限", "2025年12月"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("2025年重点项目推进表") + table(rows)), "x.docx")
    assert plan.title == "2025年重点项目推进表"
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("城区停车场建设", ["县住建局"], "2025年10月"), ("背街小巷改造", ["县城管局"], "2025年12月"),
    ]


def test_a_form_table_of_labels_and_values_gives_fields() -> None:
    body = (paragraph("端午节活动方案") + paragraph("一、活动安排") + paragraph("（一）包粽子比赛")
            + table([["活动时间", "6月20日上午"], ["活动地点", "社区广场"], ["责任单位", "社区居委会"]])
            + paragraph("（二）诗词朗诵会") + table([["活动时间", "6月21日", "责任单位", "社区党委、社区团支部"]]))
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("包粽子比赛", ["社区居委会"], "6月20日上午"), ("诗词朗诵会", ["社区党委", "社区团支部"], "6月21日"),
    ]
    assert plan.activities[0].fields["活动地点"] == "社区广场"


def test_a_table_that_is_not_a_task_table_is_read_as_text_in_place() -> None:
    rows: list[list[str | Cell]] = [["姓名", "电话"], ["张三", "123"]]
    body = paragraph("1.开展活动。") + table(rows) + paragraph("责任单位：办公室")
    plan = parse_bytes(docx_bytes(body), "x.docx")
    assert plan.activities[0].content == "开展活动。\n姓名\n电话\n张三\n123\n责任单位：办公室"
    assert plan.activities[0].responsible_units == ["办公室"]


def test_a_document_written_by_python_docx() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("读书活动方案")
    document.add_paragraph("")
    document.add_paragraph("举办读书会。", style="List Number")
    document.add_paragraph("责任单位：图书馆")
    document.add_paragraph("开展征文。", style="List Number")
    document.add_paragraph("责任单位：团委")
    task = document.add_table(rows=2, cols=3)
    for cell, text in zip(task.rows[0].cells, ["序号", "工作任务", "责任单位"], strict=True):
        cell.text = text
    for cell, text in zip(task.rows[1].cells, ["3", "评选书香之星", "工会"], strict=True):
        cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    plan = parse_bytes(buffer.getvalue(), "x.docx")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [
        ("举办读书会", ["图书馆"]), ("开展征文", ["团委"]), ("评选书香之星", ["工会"]),
    ]
    assert plan.source.format == "docx"


CASES = cases(every_layout=True)


@pytest.mark.parametrize("sample", SAMPLES + CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("layout", [literal_layout, numbered_layout, table_layout], ids=["literal", "numbered", "table"])
def test_the_same_plan_whatever_the_layout(sample: Path, layout) -> None:  # type: ignore[no-untyped-def]
    text = sample.read_text(encoding="utf-8")

    def essence(plan):  # type: ignore[no-untyped-def]
        return [
            (a.title, a.category, a.lead_units, a.responsible_units, a.cooperating_units, a.lead_officials,
             a.deadline and (a.deadline.start, a.deadline.end))
            for a in plan.activities
        ]

    assert essence(parse_bytes(layout(text), "x.docx")) == essence(parse_text(text))


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"PK\x03\x04 this is not a zip", CorruptDocumentError, "corrupt or truncated"),
        (docx_bytes(paragraph("x"))[:200], CorruptDocumentError, "corrupt"),
        (_zip({"word/other.xml": b"<x/>"}), CorruptDocumentError, "no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document"}), CorruptDocumentError, "not well-formed"),
    ],
    ids=["not-a-zip", "truncated", "no-document", "bad-xml"],
)
def test_broken_documents_raise_one_clear_error(data: bytes, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        read_bytes(data, "broken.docx")


def test_a_document_without_text_says_so() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_bytes(docx_bytes(paragraph("") + paragraph("  ")), "scan.docx")


def test_a_zip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANPARSE_MAX_UNZIPPED_MB", "1")
    big = docx_bytes(paragraph("甲" * (2 * 1024 * 1024)))
    with pytest.raises(CorruptDocumentError, match="limit"):
        read_bytes(big, "bomb.docx")


def test_entities_are_never_expanded() -> None:
    evil = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document {NS}><w:body><w:p><w:r><w:t>&b;正文</w:t></w:r></w:p></w:body></w:document>'
    ).encode()
    blocks = read_bytes(_zip({"word/document.xml": evil}), "x.docx").blocks
    assert all("AAAA" not in block.text for block in blocks)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_corrupted_bytes_give_a_plan_or_a_planparse_error(data: st.DataObject) -> None:
    original = bytearray(numbered_layout(SAMPLES[0].read_text(encoding="utf-8")))
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(original)))
    with contextlib.suppress(PlanparseError):
        parse_bytes(bytes(original[:cut] if data.draw(st.booleans()) else original), "x.docx")


def test_a_header_note_that_the_first_unit_leads() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "重点任务", "责任单位（牵头单位在前）", "完成时限"],
        ["1", "建设智慧城市平台。", "区大数据局、区财政局", "2023年12月"],
        ["2", "推进老旧小区改造。", "区住建局、各街道", "2023年10月底前"],
    ]
    plan = parse_bytes(docx_bytes(paragraph("2023年重点任务分工方案") + table(rows)), "x.docx")
    assert [(a.lead_units, a.responsible_units) for a in plan.activities] == [
        (["区大数据局"], ["区大数据局", "区财政局"]), (["区住建局"], ["区住建局", "各街道"]),
    ]


def test_table_rows_get_the_same_unit_clean_up_as_text() -> None:
    rows: list[list[str | Cell]] = [
        ["序号", "工作任务", "责任单位", "配合单位"],
        ["1", "开展执法检查。", "区应急局（牵头）、区公安局", "各镇街等"],
    ]
    activity = parse_bytes(docx_bytes(paragraph("2023年执法检查方案") + table(rows)), "x.docx").activities[0]
    assert activity.lead_units == ["区应急局"] and activity.responsible_units == ["区应急局", "区公安局"]
    assert activity.cooperating_units == ["各镇街"] and activity.and_others == ["cooperating_units"]
    assert activity.generic_units == ["各镇街"]


def _styles(*styles: tuple[str, str, int | None]) -> str:
    """styles.xml with paragraph styles (id, name, outline level or None)."""
    defined = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>'
        + (f'<w:pPr><w:outlineLvl w:val="{level}"/></w:pPr>' if level is not None else "")
        + "</w:style>"
        for sid, name, level in styles
    )
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>{defined}</w:styles>'


@pytest.mark.parametrize(
    "styles",
    [
        _styles(("Heading1", "heading 1", 0), ("Heading2", "heading 2", 1)),  # Word's own
        _styles(("Heading1", "标题 1", None), ("Heading2", "标题 2", None)),  # named only
    ],
)
def test_headings_styled_without_numbers_are_items(styles: str) -> None:
    """Activities written as Word headings with no number printed: each heading is an item,
    its level the heading's."""
    body = paragraph("2024年全民健身月活动方案") + paragraph("为推动全民健身，制定本方案。") + paragraph("活动安排", style="Heading1")
    for title, when, unit in [("健步走活动", "8月8日", "区体育局"), ("全民健身运动会", "9月", "区总工会")]:
        body += paragraph(title, style="Heading2") + paragraph(f"活动时间：2024年{when}") + paragraph(f"责任单位：{unit}")
    body += paragraph("工作要求", style="Heading1") + paragraph("各单位要高度重视。")
    plan = parse_bytes(docx_bytes(body, styles=styles), "x.docx")
    assert [(a.number, a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        (None, "健步走活动", ["区体育局"], "2024年8月8日"),
        (None, "全民健身运动会", ["区总工会"], "2024年9月"),
    ]
    assert [(s.number, s.title, s.kind) for s in plan.sections] == [(None, "活动安排", "activities"), (None, "工作要求", "requirements")]


def test_a_lone_heading_is_no_item() -> None:
    body = paragraph("2024年工作方案", style="Heading1") + paragraph("一、重点任务") + paragraph("1.开展培训。") + paragraph("责任单位：人事科")
    plan = parse_bytes(docx_bytes(body, styles=_styles(("Heading1", "heading 1", 0))), "x.docx")
    assert plan.title == "2024年工作方案"
    assert [(a.number, a.title, a.responsible_units) for a in plan.activities] == [("1.", "开展培训", ["人事科"])]


def test_a_table_of_contents_in_word_names_headings_but_holds_none() -> None:
    styles = _styles(("TOC1", "toc 1", None), ("TOC2", "toc 2", None))
    body = (
        paragraph("2024年工作方案") + paragraph("目录")
        + paragraph("一、重点任务 1", style="TOC1") + paragraph("（一）开展培训 1", style="TOC2")
        + paragraph("一、重点任务") + paragraph("（一）开展培训。") + paragraph("责任单位：人事科")
    )
    plan = parse_bytes(docx_bytes(body, styles=styles), "x.docx")
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("开展培训", ["人事科"])]
    assert [w.code for w in plan.warnings] == []


@pytest.mark.parametrize(("first", "second", "printed"), [("Ⅰ", "Ⅱ", ("I、", "II、")), ("A", "B", ("A、", "B、"))])
def test_parts_numbered_by_a_roman_or_a_letter_list(first: str, second: str, printed: tuple[str, str]) -> None:
    """Word prints an upperRoman list as I、 II、 in ASCII, an upperLetter one as A、 B、: each is
    an item like 一、."""
    text = f"企业安全生产工作计划\n{first}、总体目标\n全年零事故。\n{second}、主要工作\n1.开展培训。\n责任部门：安环部\n"
    plan = parse_bytes(numbered_layout(text), "x.docx")
    assert [(s.number, s.title) for s in plan.sections] == [(printed[0], "总体目标"), (printed[1], "主要工作")]
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("开展培训", ["安环部"])]
