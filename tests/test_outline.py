"""Numbering markers and the section tree they build."""

from __future__ import annotations

import pytest

from planparse.blocks import text_blocks
from planparse.markers import chinese_number, find_marker
from planparse.outline import build_outline


@pytest.mark.parametrize(
    ("line", "style", "number", "rest"),
    [
        ("一、指导思想", "一、", 1, "指导思想"),
        ("十一、其他", "一、", 11, "其他"),
        ("（三）开展活动", "（一）", 3, "开展活动"),
        ("(十二)开展活动", "（一）", 12, "开展活动"),
        ("1.开展活动", "1.", 1, "开展活动"),
        ("2、开展活动", "1.", 2, "开展活动"),
        ("3．开展活动", "1.", 3, "开展活动"),
        ("１０. 开展活动", "1.", 10, "开展活动"),
        ("（1）开展活动", "（1）", 1, "开展活动"),
        ("(2)开展活动", "（1）", 2, "开展活动"),
        ("3）开展活动", "1）", 3, "开展活动"),
        ("④开展活动", "①", 4, "开展活动"),
        ("第三条 工作职责", "第N条", 3, "工作职责"),
        ("第二部分 主要任务", "第N部分", 2, "主要任务"),
        ("第一阶段：动员部署（3月1日—15日）", "第N阶段", 1, "动员部署（3月1日—15日）"),  # a campaign's stages
        ("1.3月12日组织义务植树", "1.", 1, "3月12日组织义务植树"),
        ("2.2022年底前完成", "1.", 2, "2022年底前完成"),
        ("一是加强领导", "一是", 1, "加强领导"),
        ("三是 完善机制", "一是", 3, "完善机制"),
        ("活动一：“红色记忆”征文比赛", "活动一", 1, "“红色记忆”征文比赛"),
        ("项目2、建设文化广场", "活动一", 2, "建设文化广场"),
        ("活动之二：网络专题宣传活动", "活动一", 2, "网络专题宣传活动"),
        ("㈢开展排查", "（一）", 3, "开展排查"),
        ("三）开展排查", "（一）", 3, "开展排查"),  # its opening bracket left out
        ("第二项：组织集中学习", "第N项", 2, "组织集中学习"),
        ("十二月份", "一月份", 0, ""),  # a calendar's month, heading the items due then
        ("3月：", "一月份", 0, ""),
        ("第二季度", "一月份", 0, ""),
        ("四月至六月", "一月份", 0, ""),
        ("7-8月：", "一月份", 0, ""),
        ("下半年", "一月份", 0, ""),
        ("第一周（9月2日—9月8日）", "一月份", 0, ""),  # a week alone, dated by its bracket
        ("第三周至第四周", "一月份", 0, ""),
        ("第2-3周：新生军训", "第1周", 0, "新生军训"),  # a school term's calendar
        ("第十周  期中考试", "第1周", 0, "期中考试"),
        ("⑵储备物资", "（1）", 2, "储备物资"),
        ("⒋完善预案", "1.", 4, "完善预案"),
        ("㊁加强宣传", "①", 2, "加强宣传"),
        ("1.任务名称：推进数据共享", "1.", 1, "任务名称：推进数据共享"),  # a label that names the item
        ("● 月饼DIY体验", "•", 0, "月饼DIY体验"),  # bullets number nothing
        ("◆加强安全管理", "•", 0, "加强安全管理"),
        ("※加强安全管理", "•", 0, "加强安全管理"),
        ("Ø加强安全管理", "•", 0, "加强安全管理"),  # Word's Wingdings bullet, saved as text
        ("-加强安全管理", "•", 0, "加强安全管理"),
        ("——深入学习贯彻党的二十大精神", "•", 0, "深入学习贯彻党的二十大精神"),  # the dash official prose lists with
        ("1 总体目标", "1 ", 1, "总体目标"),  # enterprise plans: 1 / 1.1 / 1.1.1
        ("2.3 强化供应商管理", "1.1", 3, "强化供应商管理"),
        ("2.3.1 开展供应商评价", "1.1.1", 1, "开展供应商评价"),
        ("2.1“质量月”活动", "1.1", 1, "“质量月”活动"),
        ("6月25日：举办党史知识竞赛", "6月1日", 0, "举办党史知识竞赛"),  # a schedule's line, led by its date
        ("7月上旬  开展培训", "6月1日", 0, "开展培训"),
        ("3-4月：组织科技创新大赛", "6月1日", 0, "组织科技创新大赛"),  # months, the first without 月
        ("Ⅱ、主要任务", "Ⅰ、", 2, "主要任务"),  # Roman numerals, as characters of their own
        ("IV.保障措施", "Ⅰ、", 4, "保障措施"),  # and as Word's upperRoman lists print them
        ("贰、重点任务", "一、", 2, "重点任务"),  # the numerals of accounts
        ("拾壹、附则", "一、", 11, "附则"),
        ("B、开展培训", "A、", 2, "开展培训"),  # letters, as Word's letter lists print them
        ("(c)组织考核", "（A）", 3, "组织考核"),
        ("丙、开展巡查", "甲、", 3, "开展巡查"),  # the heavenly stems
        ("三、2024年工作计划", "一、", 3, "2024年工作计划"),  # a year after 、 is the heading's
        ("问题2：乡村振兴衔接有差距。", "活动一", 2, "乡村振兴衔接有差距。"),  # 整改方案 number the problems
        ("第二，开展信访积案化解。", "第一，", 2, "开展信访积案化解。"),  # 工作要点 count their points so
        ("第三、加强队伍建设", "第一，", 3, "加强队伍建设"),
    ],
)
def test_markers(line: str, style: str, number: int, rest: str) -> None:
    marker = find_marker(line)
    assert marker is not None
    assert (marker.style, marker.number, line[marker.end:]) == (style, number, rest)


@pytest.mark.parametrize(
    "line",
    ["2021年6月开展活动", "1.5万人参加", "2021.6.30前完成", "100周年", "3.", "1.责任单位：办公室", "（一）牵头单位：办公室",
     "活动一次", "活动1.5万人次", "项目一期工程", "一是，", "1.【牵头单位】办公室", "○二一年", "●", "● 责任单位：办公室",
     "1.5 万人参加", "6.30前完成", "3 月份开展", "2.5倍", "12 项任务", "1 2 3", "2 ", "1.1.1.1 细项",
     "6月25日，区委召开会议", "2023年6月20日", "6月 开展", "□是 □否", "Ⅲ类水质", "VIP客户", "X光检查", "IIII、开展",
     "A级景区", "E、F两个片区", "B超检查", "一.5", "问题一直存在", "问题2个", "第一、二季度完成", "第一次会议", "第一批试点",
     "-11月完成", "--", "·立德圆梦", "第一阶段", "2024年1月", "1月份召开会议", "13月", "——", "———开展", "—5月完成", "第1周开学",
     "第一项工作是排查", "一）", "全年工作", "上半年完成",
     "甲、乙双方", "甲方负责"],
)
def test_not_markers(line: str) -> None:
    assert find_marker(line) is None


@pytest.mark.parametrize(
    ("text", "value"), [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("一百零五", 105), ("二〇二一", 2021)]
)
def test_chinese_numbers(text: str, value: int) -> None:
    assert chinese_number(text) == value


def _shape(node) -> list:  # type: ignore[no-untyped-def]
    return [(child.marker.text, _shape(child)) for child in node.children]


def test_first_style_is_outer_and_known_styles_return_to_their_level() -> None:
    root = build_outline(text_blocks("前言\n一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n二、己\n1.庚"))
    assert _shape(root) == [
        ("一、", [("（一）", [("1.", []), ("2.", [])]), ("（二）", [])]),
        ("二、", [("1.", [])]),
    ]
    assert [b.text for b in root.blocks] == ["前言"]


def test_plans_that_start_with_arabic_numbers_nest_the_other_way() -> None:
    root = build_outline(text_blocks("1.甲\n（1）乙\n（2）丙\n2.丁"))
    assert _shape(root) == [("1.", [("（1）", []), ("（2）", [])]), ("2.", [])]


def test_a_list_that_goes_on_in_another_style_stays_one_list() -> None:
    root = build_outline(text_blocks("一、甲\n1.乙\n2.丙\n3）丁\n4）戊\n二、己\n（1）庚\n（2）辛"))
    assert _shape(root) == [
        ("一、", [("1.", []), ("2.", []), ("3）", []), ("4）", [])]),
        ("二、", [("（1）", []), ("（2）", [])]),
    ]


def test_a_first_item_written_after_a_lead_in_opens_the_list() -> None:
    """会议议定：（一）… / （二）…: the first item is cut from the lead-in's line; 一、 then （二）
    are two levels, never one list going on in another style."""
    root = build_outline(text_blocks(
        "一、研究停车问题\n会议议定：（一）新增泊位。\n（二）规划选址。\n二、研究防汛\n主要任务：1.检查水库。\n2.储备物资。"
    ))
    assert _shape(root) == [("一、", [("（一）", []), ("（二）", [])]), ("二、", [("1.", []), ("2.", [])])]
    assert [b.text for b in root.children[0].blocks] == ["一、研究停车问题", "会议议定："]
    assert [c.heading for c in root.children[0].children] == ["新增泊位。", "规划选址。"]
    wrapped = build_outline(text_blocks("一、研究停车问题\n会议议定：（一）由县城管局牵头，新增\n泊位500个。\n（二）规划选址。"))
    assert [c.lines for c in wrapped.children[0].children] == [["由县城管局牵头，新增", "泊位500个。"], ["规划选址。"]]


def test_a_sub_list_counts_from_one_in_its_own_style() -> None:
    root = build_outline(text_blocks("1.甲\n（1）乙\n2.丙\n（2）丁"))  # （2） after 2. is no third item
    assert _shape(root) == [("1.", [("（1）", [])]), ("2.", [("（2）", [])])]


def test_the_entries_of_an_attachment_list_are_no_items() -> None:
    root = build_outline(text_blocks("附件：1.活动安排表\n      2.联络员名单\n一、活动安排\n1.健步走。"))
    assert _shape(root) == [("一、", [("1.", [])])]
    assert [b.text.strip() for b in root.blocks] == ["附件：1.活动安排表", "2.联络员名单"]
    root = build_outline(text_blocks("附件：\n1.活动安排表\n2.联络员名单\n一、活动安排"))
    assert _shape(root) == [("一、", [])]
    root = build_outline(text_blocks("附件：活动安排表\n1.健步走。"))  # one attachment, named: the item is an item
    assert _shape(root) == [("1.", [])]


def test_field_lines_numbered_like_items_stay_with_their_item() -> None:
    root = build_outline(text_blocks("（一）举办读书会\n1.活动时间：3月\n2.责任单位：办公室\n（二）举办讲座"))
    first = root.children[0]
    assert first.children == []
    assert first.lines == ["举办读书会", "1.活动时间：3月", "2.责任单位：办公室"]
