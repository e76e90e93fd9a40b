"""Files as an office suite writes them: LibreOffice makes each one here from a flat ODT, as a
user's Word, WPS or LibreOffice would save it (automatic lists, real tables), and planparse
reads the .docx and the .pdf it writes. Skipped where LibreOffice is not installed."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from planparse import Plan, parse, parse_text
from planparse.readers import convert

pytestmark = pytest.mark.skipif(convert.soffice() is None, reason="LibreOffice (soffice) is not installed")

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

# The list formats LibreOffice offers for Chinese text (its style:num-format names), each saved
# to .docx as one of Word's number formats: 一 as taiwaneseCountingThousand, 壹 as
# chineseLegalSimplified, 貳 as ideographLegalTraditional, 甲 as ideographTraditional, 子 as
# ideographZodiac, ① as decimalEnclosedCircle.
LIST_FORMATS = {
    "counting": "一, 二, 三, ...",
    "legal": "壹, 贰, 叁, ...",
    "legal_traditional": "壹, 貳, 參, ...",
    "stems": "甲, 乙, 丙, ...",
    "branches": "子, 丑, 寅, ...",
    "circled": "①, ②, ③, ...",
    "full_width": "１, ２, ３, ...",
    "decimal": "1",
}


def flat_odt(body: str, styles: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    )


def paragraph(text: str) -> str:
    return "<text:p>" + escape(text).replace("\t", "<text:tab/>") + "</text:p>"


def listed_plan(top_format: str) -> str:
    """A plan whose parts are a list in `top_format` (组织领导, 主要任务, 工作要求) and whose
    tasks are a list under 主要任务 numbered （一）, （二）, as a plan's tasks are."""
    styles = (
        '<text:list-style style:name="L1">'
        f'<text:list-level-style-number text:level="1" style:num-format="{top_format}" style:num-suffix="、"/>'
        '<text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>'
        "</text:list-style>"
    )

    def item(text: str, inner: str = "") -> str:
        return f"<text:list-item>{paragraph(text)}{inner}</text:list-item>"

    tasks = f'<text:list>{item("开展巡查。牵头单位：县委办")}{item("开展督查。牵头单位：县政府办")}</text:list>'
    body = paragraph("安全检查工作方案") + (
        f'<text:list text:style-name="L1">{item("组织领导")}{item("主要任务", tasks)}{item("工作要求")}</text:list>'
    )
    return flat_odt(body, styles)


def cell(text: str, across: int = 1, down: int = 1) -> str:
    spans = (f' table:number-columns-spanned="{across}"' if across > 1 else "") + (
        f' table:number-rows-spanned="{down}"' if down > 1 else "")
    return f'<table:table-cell table:style-name="C" office:value-type="string"{spans}>{paragraph(text)}</table:table-cell>'


COVERED = "<table:covered-table-cell/>"  # a cell another one is merged over


def table(columns: int, rows: list[str]) -> str:
    body = "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
    return f'<table:table table:name="T1"><table:table-column table:number-columns-repeated="{columns}"/>{body}</table:table>'


RULED = (  # the cell style every table here has: ruled, as documents print their tables
    '<style:style style:name="C" style:family="table-cell">'
    '<style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>'
)


TABLES = {
    # 工作任务 merged over the number column and the task column
    "merged_header": table(4, [
        cell("工作任务", across=2) + COVERED + cell("责任单位") + cell("完成时限"),
        cell("1") + cell("开展安全巡查") + cell("县应急局") + cell("2024年6月底前"),
        cell("2") + cell("开展专项督查") + cell("县政府办") + cell("2024年9月底前"),
    ]),
    # a school calendar: 起止日期 merged over the week and its dates, the week merged down its rows
    "calendar": table(4, [
        cell("起止日期", across=2) + COVERED + cell("主要工作") + cell("责任处室"),
        cell("开学前", down=2) + cell("2月24日") + cell("行政务虚会") + cell("办公室"),
        COVERED + cell("2月25日") + cell("教职工大会") + cell("教科室"),
        cell("第一周", down=2) + cell("3月1日-3月7日", down=2) + cell("开学典礼") + cell("教育处、团委"),
        COVERED + COVERED + cell("开学督导迎检") + cell("督导室"),
    ]),
    # 工作任务 merged down over the numbered points of 具体要求
    "group_column": table(5, [
        cell("序号") + cell("工作任务") + cell("具体要求") + cell("责任单位") + cell("完成时限"),
        cell("1", down=2) + cell("加强安全生产", down=2) + cell("1.开展隐患排查") + cell("县应急局") + cell("2024年6月底前"),
        COVERED + COVERED + cell("2.开展专项整治") + cell("县住建局") + cell("2024年9月底前"),
        cell("2") + cell("强化督导考核") + cell("3.开展考核评估") + cell("县督查室") + cell("2024年12月底前"),
    ]),
    # 日期 merged from the header down over every row, as a page whose rows had lost their day
    "header_merged_down": table(4, [
        cell("日期", down=4) + cell("时间") + cell("活动内容") + cell("负责单位"),
        COVERED + cell("8:30-9:30") + cell("开幕式") + cell("校团委"),
        COVERED + cell("10:00-11:30") + cell("田径预赛") + cell("体育部"),
        COVERED + cell("14:00-16:00") + cell("球类比赛") + cell("学生会"),
    ]),
}
TABLE_READINGS = {
    "merged_header": [("1", "开展安全巡查", None, ["县应急局"], "2024年6月底前"),
                      ("2", "开展专项督查", None, ["县政府办"], "2024年9月底前")],
    "calendar": [(None, "行政务虚会", "开学前", ["办公室"], "2月24日"), (None, "教职工大会", "开学前", ["教科室"], "2月25日"),
                 (None, "开学典礼", "第一周", ["教育处", "团委"], "3月1日-3月7日"),
                 (None, "开学督导迎检", "第一周", ["督导室"], "3月1日-3月7日")],
    "group_column": [("1.", "开展隐患排查", "加强安全生产", ["县应急局"], "2024年6月底前"),
                     ("2.", "开展专项整治", "加强安全生产", ["县住建局"], "2024年9月底前"),
                     ("3.", "开展考核评估", "强化督导考核", ["县督查室"], "2024年12月底前")],
    "header_merged_down": [(None, "开幕式", None, ["校团委"], "8:30-9:30"), (None, "田径预赛", None, ["体育部"], "10:00-11:30"),
                           (None, "球类比赛", None, ["学生会"], "14:00-16:00")],
}


def box(cells: list[str]) -> str:
    """A table of one column, a cell to a row."""
    return table(1, [cell(text) for text in cells])


BAR = paragraph("|")
# A page's table flattened one cell per line, a bar closing each cell, then written into an office
# file: runs of one-line cells became tables of one column (the bars went into their rules), a
# cell of several lines stayed lines with its bar.
FLATTENED = (paragraph("为做好防汛工作，现将活动安排如下：")
             + box(["序号", "活动内容", "活动时间", "负责单位", "1", "防汛知识讲座"])
             + paragraph("5月10日") + paragraph("9:00") + BAR + paragraph("县水利局") + paragraph("县应急局") + BAR
             + box(["2", "应急演练", "5月20日", "县消防大队", "3", "隐患排查", "6月1日-6月30日", "各乡镇"])
             + paragraph("请各单位认真落实。"))
FLATTENED_READING = [("1", "防汛知识讲座", ["县水利局", "县应急局"], "5月10日\n9:00"),
                     ("2", "应急演练", ["县消防大队"], "5月20日"), ("3", "隐患排查", ["各乡镇"], "6月1日-6月30日")]
# The same where every run of one-line cells is long enough to be a table: no bar is left outside
# one, and the boxes' first rows name the table's columns before its first number.
FLATTENED_IN_BOXES = (paragraph("为增强安全意识，现将活动安排如下：")
                      + box(["序号", "活动名称", "时间", "负责部门", "1", "安全知识讲座"])
                      + paragraph("3月5日") + box(["14:00", "保卫处", "2", "消防疏散演练", "3月12日"])
                      + paragraph("保卫处") + box(["学生处", "3", "隐患排查", "3月下旬", "后勤处"])
                      + paragraph("请各部门认真组织。"))
FLATTENED_IN_BOXES_READING = [("1", "安全知识讲座", ["保卫处"], "3月5日\n14:00"), ("2", "消防疏散演练", ["保卫处", "学生处"], "3月12日"),
                              ("3", "隐患排查", ["后勤处"], "3月下旬")]
# A table of rows written with bars whose first row lacks its last cell, as an office file gets it:
# the header and that row a real table (the missing cell put first, under 序号 merged down), the
# other rows, each closed by a bar, a table of one column.
RAGGED = (paragraph("防汛工作任务台账")
          + table(5, [cell("序号", down=2) + cell("工作任务") + cell("责任单位") + cell("完成时限") + cell("备注"),
                      COVERED + cell("1") + cell("开展防汛检查") + cell("县水利局") + cell("6月底前")])
          + BAR + box(["2 | 组织应急演练 | 县应急局 | 7月底前 |", "3 | 排查地质灾害隐患 | 县自然资源局 | 长期坚持 |"]))
RAGGED_READING = [("1", "开展防汛检查", ["县水利局"], "6月底前"), ("2", "组织应急演练", ["县应急局"], "7月底前"),
                  ("3", "排查地质灾害隐患", ["县自然资源局"], "长期坚持")]
# A table of one column round a plan's lines, a line to a row, with no bar anywhere: only lines.
FRAMED = (paragraph("安全生产工作方案")
          + box(["一、开展安全巡查", "牵头单位：县应急局", "完成时限：2024年6月底前", "二、开展专项督查", "牵头单位：县政府办"]))
FRAMED_READING = [("一、", "开展安全巡查", ["县应急局"], "2024年6月底前"), ("二、", "开展专项督查", ["县政府办"], None)]
CELLS = {"flattened": (FLATTENED, FLATTENED_READING), "flattened_in_boxes": (FLATTENED_IN_BOXES, FLATTENED_IN_BOXES_READING),
         "ragged": (RAGGED, RAGGED_READING), "framed": (FRAMED, FRAMED_READING)}


LONG_ITEM = (
    "加强应急预案管理，5年内规范应急预案编制、审批、发布、备案、修订和评估工作，增强应急预案的针对性、实用性和可操作性，"
    "推进政府及其部门应急预案精编化。牵头单位：市人力资源和社会保障局、市应急管理局"
)


def indented_plan() -> str:
    """Items two levels in, each long enough to wrap: their lines stop short of the page's
    widest ones, by the indent."""
    styles = (
        '<text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>'
        '<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/>'
        '<text:list-level-style-number text:level="3" style:num-format="1" style:num-prefix="（" style:num-suffix="）"/>'
        "</text:list-style>"
    )

    def item(text: str, inner: str = "") -> str:
        return f"<text:list-item>{paragraph(text)}{inner}</text:list-item>"

    points = f'<text:list>{item(LONG_ITEM)}{item("开展应急演练，2022年12月底前完成。牵头单位：市应急管理局")}</text:list>'
    group = "<text:list>" + item("完善应急预案体系", points) + "</text:list>"
    body = paragraph("应急体系建设规划责任分解") + paragraph("为提高应对突发事件的能力，维护公众生命财产安全，现将规划任务分解如下。" * 2) + (
        f'<text:list text:style-name="L1">{item("主要任务", group)}</text:list>'
    )
    return flat_odt(body, styles)


# Plans whose PDF gives pypdf's text something to get wrong; each must read as its own text does.
AS_TEXT = {
    # a paragraph that lists its own steps, the page breaking its line right before the second
    "steps_in_a_paragraph": ["防汛工作方案", "各镇人民政府，县直各单位：",
                             "本次行动分两步推进：一、全面排查，各镇对辖区内河道、水库、山塘逐一排查并建立台账，限期完成；"
                             "二、集中整改，各单位对照问题清单逐项整改到位。",
                             "一、工作任务", "（一）开展隐患排查。牵头单位：县水利局；完成时限：2024年6月底前",
                             "（二）开展整改验收。牵头单位：县应急局；完成时限：2024年9月底前"],
    # a tab between an item's time and its text, which pypdf gives as a space
    "tab_after_a_time": ["军训期间一日安排", "一、日程", "（1）6:30\t起床整理内务", "（2）7:00\t到食堂内领取早餐",
                         "（3）8:00\t列队训练，负责单位：学生处"],
    # a title long enough to reach far across the page, over the salutation
    "long_title": ["关于做好二〇二四年度全县防汛抗旱和地质灾害防治工作的实施方案", "各镇人民政府，县直各单位：",
                   "现将方案印发给你们，请认真贯彻落实。", "一、开展隐患排查。牵头单位：县水利局", "二、开展整改验收。牵头单位：县应急局"],
}


def convert_all(folder: Path, target: str) -> None:
    """One LibreOffice run converts every flat ODT of the folder (a start costs ~1 s)."""
    program = convert.soffice()
    assert program is not None
    sources = sorted(str(p) for p in folder.glob("*.fodt"))
    subprocess.run([program, "--headless", "--convert-to", target, "--outdir", str(folder), *sources],
                   check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office")
    for name, fmt in LIST_FORMATS.items():
        (folder / f"list_{name}.fodt").write_text(listed_plan(fmt), encoding="utf-8")
    for name, drawn in TABLES.items():
        (folder / f"table_{name}.fodt").write_text(flat_odt(paragraph("安全生产工作方案") + drawn, RULED), encoding="utf-8")
    for name, (body, _) in CELLS.items():
        (folder / f"cells_{name}.fodt").write_text(flat_odt(body, RULED), encoding="utf-8")
    convert_all(folder, "docx:MS Word 2007 XML")
    for listed in folder.glob("list_*.fodt"):
        listed.unlink()
    (folder / "indented.fodt").write_text(indented_plan(), encoding="utf-8")
    for name, lines in AS_TEXT.items():
        (folder / f"text_{name}.fodt").write_text(flat_odt("".join(paragraph(line) for line in lines)), encoding="utf-8")
    convert_all(folder, "pdf")  # the tables and the indented plan
    return folder


@pytest.mark.parametrize("name", list(LIST_FORMATS))
def test_a_plan_in_any_list_format_an_office_suite_writes(office: Path, name: str) -> None:
    # (a .doc is read as the .docx LibreOffice makes of it: tests/test_convert.py)
    plan = parse(office / f"list_{name}.docx")
    assert [(a.number, a.title, a.section, a.lead_units) for a in plan.activities] == [
        ("（一）", "开展巡查", "主要任务", ["县委办"]),
        ("（二）", "开展督查", "主要任务", ["县政府办"]),
    ]


@pytest.mark.parametrize("name", list(TABLES))
def test_a_table_as_an_office_suite_merges_its_cells(office: Path, name: str) -> None:
    plan = parse(office / f"table_{name}.docx")
    assert [(a.number, a.title, a.category, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == (
        TABLE_READINGS[name]
    )


def test_a_pdf_an_office_suite_prints_joins_the_lines_its_margins_broke(office: Path) -> None:
    plan = parse(office / "indented.pdf")
    first, second = plan.activities
    assert first.title == LONG_ITEM.split("。")[0]  # the item's lines, indented, stop short of the widest: joined all the same
    assert first.lead_units == ["市人力资源和社会保障局", "市应急管理局"]  # a name the line broke is whole
    assert "5年内" in first.content  # no space where the font switches between Chinese and Latin
    due = second.deadline and second.deadline.end and second.deadline.end.isoformat()
    assert (second.title, due) == ("开展应急演练，2022年12月底前完成", "2022-12-31")


@pytest.mark.parametrize("name", list(TABLES))
def test_a_ruled_table_in_a_pdf_reads_as_the_table(office: Path, name: str) -> None:
    plan = parse(office / f"table_{name}.pdf")
    assert [(a.number, a.title, a.category, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == (
        TABLE_READINGS[name]
    )


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("name", list(CELLS))
def test_a_table_of_one_column_holds_cells_where_bars_close_the_cells_around_it(office: Path, name: str, suffix: str) -> None:
    plan = parse(office / f"cells_{name}{suffix}")
    assert [(a.number, a.title, a.lead_units or a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == (
        CELLS[name][1]
    )


@pytest.mark.parametrize("name", list(AS_TEXT))
def test_a_pdf_an_office_suite_prints_reads_as_its_text(office: Path, name: str) -> None:
    def reading(plan: Plan) -> list[tuple[str | None, ...]]:
        return [(a.number, a.title, ",".join(a.lead_units + a.responsible_units), a.deadline and a.deadline.raw) for a in plan.activities]

    text = parse_text("\n".join(AS_TEXT[name]))
    printed = parse(office / f"text_{name}.pdf")
    assert (printed.title, reading(printed)) == (text.title, reading(text))
    assert text.activities
