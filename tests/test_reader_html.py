"""Saved web pages: the article, its tables, its charset; never the page around it."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from planparse import parse_bytes, parse_text
from planparse.errors import InputError
from tests.catalogue import cases
from tests.html_builder import html_layout, html_table_layout, page, plan_body

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))


def _essence(plan):  # type: ignore[no-untyped-def]
    return [(a.title, a.category, a.lead_units, a.responsible_units, a.cooperating_units, a.lead_officials,
             a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities]


CASES = cases(every_layout=True)


@pytest.mark.parametrize("sample", SAMPLES + CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("layout", [html_layout, html_table_layout], ids=["paragraphs", "table"])
def test_a_page_gives_the_plan_of_its_text(sample: Path, layout) -> None:  # type: ignore[no-untyped-def]
    text = sample.read_text(encoding="utf-8")
    assert _essence(parse_bytes(layout(text), "page.html")) == _essence(parse_text(text))


def test_navigation_share_boxes_and_footers_are_left_out() -> None:
    plan = parse_bytes(html_layout(SAMPLES[0].read_text(encoding="utf-8")), "page.html")
    everything = plan.preamble + plan.closing + "".join(a.content for a in plan.activities)
    for debris in ("首页", "分享到", "扫描关注", "上一篇", "版权所有", "脚本", "当前位置"):
        assert debris not in everything


def test_the_headline_stands_apart_from_the_text_under_it() -> None:
    """An <h1> is the title, whether or not it ends like one (a news headline does not)."""
    body = plan_body("本报讯（记者 王明）近日，市政府印发实施方案。\n一、实施老旧小区改造。由市住建局牵头，2024年底前完成。")
    plan = parse_bytes(page("我市出台方案推进城市更新行动", body).encode(), "news.html")
    assert (plan.title, plan.doc_type, plan.activities) == ("我市出台方案推进城市更新行动", "news", [])


def test_a_gbk_page() -> None:
    html = page("读书活动方案", plan_body("1.举办读书会。\n责任单位：区图书馆\n完成时限：2021年4月")).replace('charset="utf-8"', 'charset="gb2312"')
    plan = parse_bytes(html.encode("gb18030"), "page.htm")
    assert plan.title == "读书活动方案" and plan.activities[0].responsible_units == ["区图书馆"]


def test_the_publish_date_dates_a_plan_that_names_no_year() -> None:
    html = page("读书活动方案", plan_body("1.举办读书会。\n责任单位：区图书馆\n完成时限：4月底前"), published="2022-03-15")
    deadline = parse_bytes(html.encode(), "page.html").activities[0].deadline
    assert deadline and deadline.end == date(2022, 4, 30)


def test_a_table_with_rowspan() -> None:
    body = (
        "<p>为推进重点工作，制定本方案。</p><table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>"
        "<tr><td>1</td><td>新建道路。</td><td rowspan=\"2\">交通局</td><td>2021年6月</td></tr>"
        "<tr><td>2</td><td>改造桥梁。</td><td>2021年9月</td></tr></table>"
    )
    plan = parse_bytes(page("重点项目实施方案", body).encode(), "page.html")
    assert [(a.title, a.lead_units, str(a.deadline and a.deadline.end)) for a in plan.activities] == [
        ("新建道路", ["交通局"], "2021-06-30"), ("改造桥梁", ["交通局"], "2021-09-30"),
    ]


def test_header_names_that_end_short_of_the_columns_move_over_the_cells_they_name() -> None:
    # the page drew 起止日期 over the week and its date, and left the fourth header cell empty
    body = (
        "<table><tr><th>起止日期</th><th>主要工作</th><th>责任处室</th><th></th></tr>"
        "<tr><td rowspan=\"2\">第一周</td><td>3月1日</td><td>开学典礼</td><td>教育处</td></tr>"
        "<tr><td>3月2日</td><td>教师大会</td><td>办公室</td></tr>"
        "<tr><td>第二周</td><td>3月8日</td><td>主题班会</td><td>团委</td></tr></table>"
    )
    plan = parse_bytes(page("2021年春季学期校历", body).encode(), "page.html")
    assert [(a.title, a.category, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("开学典礼", "第一周", ["教育处"], "3月1日"), ("教师大会", "第一周", ["办公室"], "3月2日"),
        ("主题班会", "第二周", ["团委"], "3月8日"),
    ]


def test_a_page_without_an_article_says_so() -> None:
    html = "<html><head><title>首页</title></head><body><ul class='nav'><li><a>首页</a></li><li><a>政务公开</a></li></ul></body></html>"
    with pytest.raises(InputError, match="no article"):
        parse_bytes(html.encode(), "index.html")


def test_a_page_laid_out_in_a_table_gives_the_article_cell() -> None:
    """Old sites put navigation in one cell of a layout table and the article in another."""
    nav = "".join(f"<a href='#'>{word}</a> " for word in ("首页", "政务公开", "政策文件", "办事服务", "互动交流", "走进XX"))
    article = "".join(f"<p>{line}</p>" for line in (
        "2022年春季植树活动方案", "为推进国土绿化，制定本方案。", "一、活动安排",
        "（一）义务植树。牵头单位：区林业局；完成时限：2022年3月12日。",
        "（二）认建认养。牵头单位：区城管局；完成时限：2022年4月底前。",
    ))
    html = f"<html><body><table><tr><td>{nav}</td></tr><tr><td>{article}</td></tr></table></body></html>"
    plan = parse_bytes(html.encode(), "x.html")
    assert plan.title == "2022年春季植树活动方案"
    assert [a.lead_units for a in plan.activities] == [["区林业局"], ["区城管局"]]


def test_lines_broken_inside_a_task_cell_stay_apart() -> None:
    html = (
        "<html><body><div><p>2022年工作方案</p><p>一、重点任务</p><table>"
        "<tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>开展排查<br>建立台账</td><td>区应急局<br>区住建局</td></tr>"
        "</table></div></body></html>"
    )
    activity = parse_bytes(html.encode(), "x.html").activities[0]
    assert (activity.title, activity.responsible_units) == ("开展排查", ["区应急局", "区住建局"])


def test_headings_with_no_numbers_are_items() -> None:
    """A page that heads each activity with <h3> and prints no number: each heading is an item,
    at its heading's level; the lone <h1> is the title."""
    article = (
        "<h1>2024年全民健身月活动方案</h1><p>为推动全民健身，制定本方案。</p><h2>活动安排</h2>"
        "<h3>健步走活动</h3><p>活动时间：2024年8月8日</p><p>责任单位：区体育局</p>"
        "<h3>全民健身运动会</h3><p>活动时间：2024年9月</p><p>责任单位：区总工会</p>"
        "<h2>工作要求</h2><p>各单位要高度重视。</p>"
    )
    plan = parse_bytes(f"<html><body><div>{article}</div></body></html>".encode(), "x.html")
    assert plan.title == "2024年全民健身月活动方案"
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("健步走活动", ["区体育局"], "2024年8月8日"),
        ("全民健身运动会", ["区总工会"], "2024年9月"),
    ]


@pytest.mark.parametrize(
    "encoded",
    [
        lambda page: page.encode("cp950"),  # Big5, no charset declared
        lambda page: codecs.BOM_UTF8 + page.encode(),
        lambda page: page.encode("utf-16"),  # with its BOM
        lambda page: page.replace("<html>", "<html><meta charset='utf-8'>").encode("gb18030"),  # declared wrongly
    ],
    ids=["big5", "utf-8 bom", "utf-16", "declared utf-8, written gbk"],
)
def test_a_page_is_decoded_as_a_text_file_is(encoded: Callable[[str], bytes]) -> None:
    page = "<html><body><h1>讀書活動方案</h1><p>一、開展讀書分享會。責任單位：區圖書館</p></body></html>"
    assert parse_bytes(encoded(page), "page.html").activities[0].responsible_units == ["區圖書館"]
