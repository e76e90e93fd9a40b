"""Labelled fields and the unit lists inside them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planparse import parse_text
from planparse.fields import find_fields
from planparse.text import words_pattern
from planparse.units import split_names


def _pairs(line: str) -> list[tuple[str, str | None, str]]:
    return [(f.label, f.role, f.value) for f in find_fields(line)]


def test_field_on_its_own_line() -> None:
    assert _pairs("牵头部门：党群工作部、社会事业局") == [("牵头部门", "lead_units", "党群工作部、社会事业局")]


def test_inline_bracket_with_several_fields_and_half_width_colons() -> None:
    line = "开展调研。(牵头领导:张三、李四,责任科室:研究室,配合科室:各民主党派市委〈总支〉办公室、非公经济科)"
    assert _pairs(line) == [
        ("牵头领导", "lead_officials", "张三、李四"),
        ("责任科室", "responsible_units", "研究室"),
        ("配合科室", "cooperating_units", "各民主党派市委〈总支〉办公室、非公经济科"),
    ]


@pytest.mark.parametrize("brackets", ["（）", "()", "〔〕", "［］", "〈〉", "【】"])
def test_a_field_bracket_of_any_shape_starts_where_its_opener_does(brackets: str) -> None:
    line = f"开展技能培训{brackets[0]}责任单位：县人社局{brackets[1]}"
    assert [(f.value, f.start) for f in find_fields(line)] == [("县人社局", len("开展技能培训"))]


def test_several_fields_on_one_line_separated_by_semicolons() -> None:
    assert _pairs("牵头单位：区委办；责任单位：区政府办；完成时限：6月底前") == [
        ("牵头单位", "lead_units", "区委办"),
        ("责任单位", "responsible_units", "区政府办"),
        ("完成时限", "deadline", "6月底前"),
    ]


def test_traditional_labels_keep_their_script() -> None:
    assert _pairs("牽頭單位：區委辦公室") == [("牽頭單位", "lead_units", "區委辦公室")]
    assert _pairs("完成時限：2021年6月") == [("完成時限", "deadline", "2021年6月")]


def test_a_label_inside_a_word_is_not_a_label() -> None:
    assert _pairs("发布时间:2021年3月") == [("发布时间", None, "2021年3月")]


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        # a label glued to a whole value before it: a unit, a person or a time
        ("配合单位：各社区居委会责任人：李华", [("配合单位", "cooperating_units", "各社区居委会"), ("责任人", "lead_officials", "李华")]),
        ("责任人：赵刚完成时限：2024年4月底前", [("责任人", "lead_officials", "赵刚"), ("完成时限", "deadline", "2024年4月底前")]),
        ("完成时限：2024年6月责任单位：镇水利站", [("完成时限", "deadline", "2024年6月"), ("责任单位", "responsible_units", "镇水利站")]),
        ("负责人：王芳联系电话：0551-1234567", [("负责人", "lead_officials", "王芳"), ("联系电话", "info", "0551-1234567")]),
        # a person named with a post, and a known label glued to an unknown one's value
        ("牵头领导：王强副局长责任部门：建工科", [("牵头领导", "lead_officials", "王强副局长"), ("责任部门", "responsible_units", "建工科")]),
        ("配合领导：李明副局长配合部门：城建科", [("配合领导", None, "李明副局长"), ("配合部门", "cooperating_units", "城建科")]),
    ],
)
def test_a_label_glued_to_the_value_before_it(line: str, pairs: list[tuple[str, str | None, str]]) -> None:
    assert _pairs(line) == pairs


def test_a_label_no_list_holds_ends_the_value_of_a_unit_field_before_it() -> None:
    """县教育局 单位负责人：张三 — the unit stops at the separator; the unknown label is kept, and one
    ending like a person's (…负责人) names an official. A content field's value may hold a colon."""
    assert _pairs("牵头单位：县教育局 单位负责人：张三 联络员：李四") == [
        ("牵头单位", "lead_units", "县教育局"), ("单位负责人", "lead_officials", "张三"), ("联络员", None, "李四"),
    ]
    assert _pairs("工作内容：开展培训，内容包括：安全知识") == [("工作内容", "content", "开展培训，内容包括：安全知识")]


def test_the_head_of_a_longer_label_is_no_value_a_label_is_glued_to() -> None:
    assert "负责人" not in [label for label, _, _ in _pairs("牵头单位：县教育局；单位负责人：张三")]


def test_unknown_labels_are_kept() -> None:
    assert _pairs("活动场所：市民中心") == [("活动场所", None, "市民中心")]
    assert _pairs("活动地点：市民中心") == [("活动地点", "info", "市民中心")]  # known, but no role


def test_a_note_between_label_and_colon() -> None:
    assert _pairs("牵头单位（部门）：区财政局") == [("牵头单位", "lead_units", "区财政局")]
    assert _pairs("（责任单位(部门)：区审计局；完成时限（时间节点）：6月底前）") == [
        ("责任单位", "responsible_units", "区审计局"), ("完成时限", "deadline", "6月底前"),
    ]
    assert _pairs("负责人：张三") == [("负责人", "lead_officials", "张三")]


def test_a_value_ends_before_the_bracket_of_the_next_group() -> None:
    assert _pairs("任务名称：推进数据共享（责任单位：市大数据局）") == [
        ("任务名称", "title", "推进数据共享"), ("责任单位", "responsible_units", "市大数据局"),
    ]


def test_labels_in_square_brackets_need_no_colon() -> None:
    assert _pairs("【牵头单位】区住建局") == [("牵头单位", "lead_units", "区住建局")]
    assert _pairs("［责任单位］区财政局 【完成时限】2022年6月") == [
        ("责任单位", "responsible_units", "区财政局"), ("完成时限", "deadline", "2022年6月"),
    ]
    assert _pairs("【重要】做好防汛") == []  # a bracketed word that is no label


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("各有关单位", True), ("县直各有关部门", True), ("市直各单位", True), ("市级各有关部门", True), ("辖区有关企事业单位", True),
        ("市政府各部门", True), ("区委各部委", True),
        ("全县各级党组织", True), ("省有关部门", True), ("县直机关工委", False), ("区财政局", False), ("全县工商联", False),
    ],
)
def test_collective_phrases(name: str, generic: bool) -> None:
    from planparse.units import is_generic

    assert is_generic(name) is generic


def test_a_bar_between_fields_ends_the_value_before_it() -> None:
    assert _pairs("责任单位：区城管局、各街道|完成时限：2025年12月") == [
        ("责任单位", "responsible_units", "区城管局、各街道"), ("完成时限", "deadline", "2025年12月"),
    ]


def test_brackets_inside_a_value_do_not_end_it() -> None:
    assert _pairs("（责任单位：各党委（工委）、机关各支部）") == [("责任单位", "responsible_units", "各党委（工委）、机关各支部")]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("党群工作部、社会事业局", ["党群工作部", "社会事业局"]),
        ("党群工作部、", ["党群工作部"]),
        ("区文旅局；2021年底前", ["区文旅局"]),  # a time after the names is no name
        ("区发改局 区财政局  区住建局", ["区发改局", "区财政局", "区住建局"]),  # set apart with spaces
        ("张三 李四", ["张三", "李四"]),
        ("王  明", ["王明"]),  # one name padded to the width of three
        ("王建国；全年", ["王建国"]),
        ("区委办；长期坚持", ["区委办"]),
        ("3月底前市财政局", ["3月底前市财政局"]),  # reads as a unit: the prose reader cuts the time
        ("各党委（工委）、机关各支部", ["各党委（工委）", "机关各支部"]),
        ("各民主党派市委〈总支〉办公室、非公经济科", ["各民主党派市委〈总支〉办公室", "非公经济科"]),
        ("党外干部和民主党派科", ["党外干部和民主党派科"]),
        ("县住建局和县城管局", ["县住建局", "县城管局"]),  # 和 between two units
        ("区科技和信息化局", ["区科技和信息化局"]),
        ("政治部，党支部", ["政治部", "党支部"]),
        ("区委办;区政府办", ["区委办", "区政府办"]),
        ("《人民日报》编辑部、“两新”组织党委", ["《人民日报》编辑部", "“两新”组织党委"]),
        ("各乡(镇、街道)党委", ["各乡(镇、街道)党委"]),
        ("王 明、李\u3000\u3000华", ["王明", "李华"]),
        ("陆 明俞 悦", ["陆明", "俞悦"]),  # two padded names run together
        ("县 委", ["县委"]),
        ("无", []),
        ("", []),
        ("__", []),  # a blank a template leaves to fill in
        ("张三、＿＿＿", ["张三"]),
        ("XXX", []),
        ("区XX局", ["区XX局"]),  # a unit a template names in part is still a unit
        ("县农业农村局、县住建局按职责分工负责", ["县农业农村局", "县住建局"]),  # the duty is no part of a name
        ("各乡镇按照职责负责", ["各乡镇"]),
        ("县财政局、县审计局（按职责分工负责）", ["县财政局", "县审计局"]),  # the duty in brackets too
        ("教育科（负责）", ["教育科"]),
        ("各镇（街道）", ["各镇（街道）"]),  # a bracket inside a name stays
        ("县水利局 张伟；各乡镇 主要负责同志", ["县水利局", "张伟", "各乡镇"]),  # a unit's head is no name
        ("县交通局、各乡镇配合", ["县交通局配合", "各乡镇配合"]),  # each name carries its clause's role
        ("区发改局牵头,区财政局、区水务局等部门,区国投公司配合", ["区发改局牵头", "区财政局配合", "区水务局配合", "区国投公司配合"]),
        ("区财政局、区水务局,区国投公司配合", ["区财政局", "区水务局", "区国投公司配合"]),  # no lead before: not said
        ("各县、市、区政府配合", ["各县、市、区政府配合"]),  # one collective
        ("市教育局、各区、县级市", ["市教育局", "各区、县级市"]),  # bare levels share the 各 before them
        ("各乡镇、街道", ["各乡镇、街道"]),
        ("各区、县级市人民政府", ["各区、县级市人民政府"]),
        ("各乡镇、各街道", ["各乡镇", "各街道"]),  # each with its own 各: two
        ("各乡镇、县教育局", ["各乡镇", "县教育局"]),  # a unit of its own is no bare level
        ("县教育局/县大数据中心", ["县教育局", "县大数据中心"]),  # a ledger cell's slash between units
        ("区住建局/张三", ["区住建局", "张三"]),  # 责任单位/责任人: a unit and its person
        ("和/或", ["和/或"]),
    ],
)
def test_unit_lists(value: str, names: list[str]) -> None:
    assert split_names(value) == names


@pytest.mark.parametrize(
    ("line", "label", "role"),
    [
        ("责 任 单 位：区教育局", "责任单位", "responsible_units"),  # spaced out to align in Word
        ("牵　头　单　位：区委办", "牵头单位", "lead_units"),
        ("主要责任单位：区发改局", "主要责任单位", "responsible_units"),
        ("协同单位：区财政局", "协同单位", "cooperating_units"),
        ("督导领导：张三", "督导领导", "lead_officials"),
        ("完成时间节点：2023年6月", "完成时间节点", "deadline"),
        ("预计完成时间：2023年6月", "预计完成时间", "deadline"),  # a longer label, not 完成时间 inside a word
        ("起止时间：2023年3月至6月", "起止时间", "deadline"),
        ("承担单位：区住建局", "承担单位", "responsible_units"),
        ("包联领导：张三", "包联领导", "lead_officials"),
        ("协助部门：区财政局", "协助部门", "cooperating_units"),
        ("备注：资金由区财政保障", "备注", "info"),
        ("项目牵头单位：区住建局", "项目牵头单位", "lead_units"),  # a word before a known label
        ("实际完成时间：2023年6月", "实际完成时间", "deadline"),
        ("发布时间：2021年3月", "发布时间", None),  # 时间 is too short to lend its role
        ("建设期限：2023-2024年", "建设期限", "deadline"),  # a project table's years
        ("活动时间\t6月20日上午", "活动时间", "deadline"),  # a form pasted as text: a tab for the colon
        ("支持单位：区科协", "支持单位", "cooperating_units"),
        ("指导单位：市文明办", "指导单位", "info"),  # guides the work, does none of it
        ("责任单位 区教育局", "责任单位", "responsible_units"),  # a space for the colon
        ("完成时限\u30006月底前", "完成时限", "deadline"),
        ("牵头市领导：张三", "牵头市领导", "lead_officials"),  # the level of government in the label
        ("包联县领导：李四", "包联县领导", "lead_officials"),
        ("整改时限：2024年6月底前", "整改时限", "deadline"),
        ("责任：区教育局", "责任", "responsible_units"),  # the short forms of a bracket
        ("主责：区直机关工委", "主责", "responsible_units"),
        ("协同：区总工会", "协同", "cooperating_units"),
        ("主办科室：办公室", "主办科室", "lead_units"),  # a unit's plan names its offices
        ("承办科室：财务科", "承办科室", "responsible_units"),
        ("协办科室：人事科", "协办科室", "cooperating_units"),
        ("具体责任人：王芳", "具体责任人", "lead_officials"),
        ("建设内容：新建污水管网5公里", "建设内容", "content"),  # a project list's
        ("总投资：1200万元", "总投资", "info"),
        ("年度目标：完成投资800万元", "年度目标", "info"),
        ("完成情况：已完成", "完成情况", "info"),  # a ledger kept up
        ("包抓领导：张三", "包抓领导", "lead_officials"),
        ("县领导：李四", "县领导", "lead_officials"),  # a project ledger's column of the leaders in charge
        ("协同责任单位：市经信局", "协同责任单位", "cooperating_units"),  # beside 牵头责任单位
        ("牵头负责领导：王力", "牵头负责领导", "lead_officials"),
        # labels no list holds, read by their head and their ending
        ("配合责任部门：区财政局", "配合责任部门", "cooperating_units"),
        ("协同推进单位：区商务局", "协同推进单位", "cooperating_units"),
        ("挂点联系领导：王五", "挂点联系领导", "lead_officials"),
        ("组织领导：成立工作专班", "组织领导", None),  # how the plan is led, no person
    ],
)
def test_more_label_shapes(line: str, label: str, role: str | None) -> None:
    assert [(f.label, f.role) for f in find_fields(line)] == [(label, role)]


@pytest.mark.parametrize(
    ("value", "people"),
    [
        ("区委常委、常务副区长李四", ["区委常委、常务副区长李四"]),  # titles before a name: one person
        ("张三、李四", ["张三", "李四"]),
        ("区委书记、区长", ["区委书记", "区长"]),  # titles with no name: each an official
        ("区委常委、组织部部长", ["区委常委、组织部部长"]),  # a seat and the post held with it: one official
        ("区委常委、宣传部部长，副区长", ["区委常委、宣传部部长", "副区长"]),
        ("王副区长、李明", ["王副区长", "李明"]),  # a surname and a title: one person already
        ("刘书记、张主任", ["刘书记", "张主任"]),
        ("张三（区委常委、宣传部部长）", ["张三（区委常委、宣传部部长）"]),
    ],
)
def test_an_official_keeps_the_titles_written_before_the_name(value: str, people: list[str]) -> None:
    plan = parse_text(f"1.推进乡村振兴。\n牵头领导：{value}\n责任单位：区农业农村局")
    assert plan.activities[0].lead_officials == people


@given(st.lists(st.text("牵头单位时间节点完成", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text("牵头单位时间节点完成：:、 ", max_size=40))
def test_a_factored_word_pattern_finds_what_the_longest_first_list_finds(words: list[str], text: str) -> None:
    flat = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")\\s*:")
    factored = re.compile("(?:" + words_pattern(words) + ")\\s*:")
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in factored.finditer(text)]


@pytest.mark.parametrize(
    ("value", "lead", "responsible", "cooperating"),
    [
        ("县城管局牵头，县交通局、各乡镇配合", ["县城管局"], ["县城管局"], ["县交通局", "各乡镇"]),
        ("县水利局（牵头），县生态环境局", ["县水利局"], ["县水利局", "县生态环境局"], []),
        ("县市场监管局，县商务局协助", [], ["县市场监管局"], ["县商务局"]),
    ],
)
def test_a_unit_field_that_says_who_leads_and_who_helps(
    value: str, lead: list[str], responsible: list[str], cooperating: list[str]
) -> None:
    """责任单位：X牵头，Y、Z配合 — the leading unit leads and stays responsible, as one marked
    （牵头） does; the helping ones cooperate."""
    activity = parse_text(f"整治方案\n一、重点任务\n（一）开展道路环境整治。\n责任单位：{value}\n").activities[0]
    assert (activity.lead_units, activity.responsible_units, activity.cooperating_units) == (lead, responsible, cooperating)


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("牵头单位为县委宣传部，责任单位为县直各单位，完成时间为全年。",
         [("lead_units", "县委宣传部"), ("responsible_units", "县直各单位"), ("deadline", "全年")]),
        ("牵头领导为张三。", [("lead_officials", "张三")]),
        ("完成期限为6月底，责任主体为各乡镇。", [("deadline", "6月底"), ("responsible_units", "各乡镇")]),  # every such label
        ("以责任单位为主体，层层压实责任。", []),  # inside a clause: no label
        ("各责任单位为确保任务完成", []),
    ],
)
def test_a_label_that_says_its_value_with_wei(line: str, fields: list[tuple[str, str]]) -> None:
    assert [(f.role, f.value) for f in find_fields(line)] == fields


@pytest.mark.parametrize("row", ["牵头单位 配合单位 完成时限", "承办单位\t办结时限"])
def test_labels_in_a_row_are_a_header_not_a_field(row: str) -> None:
    assert find_fields(row) == ()


def test_a_unit_named_where_a_person_is_asked_for_is_responsible() -> None:
    """School and company plans write a department under 负责人: it is the unit responsible;
    the person beside it stays an official, and so does a post such as 区委常委."""
    plan = parse_text(
        "2024年读书节活动方案\n一、活动安排\n（一）启动仪式\n时间：10月8日\n负责人：政教处 张主任\n"
        "（二）征文评比\n时间：11月15日前\n要求：字数不少于800字\n负责人：教务处、语文教研组\n"
        "（三）总结表彰\n负责人：区委常委、常务副区长李四\n"
    )
    got = [(a.responsible_units, a.lead_officials, [w.code for w in a.warnings]) for a in plan.activities]
    assert got == [
        (["政教处"], ["张主任"], []),
        (["教务处", "语文教研组"], [], []),
        ([], ["区委常委、常务副区长李四"], ["no_units", "no_deadline"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2025年整治方案\n一、工作任务\n1.清理垃圾。责任单位：县城管局（张三）、县委宣传部（县文明办）\n",
        "2025年整治任务表\n\n序号\t工作任务\t责任单位\n1\t清理垃圾\t县城管局（张三）、县委宣传部（县文明办）\n",
    ],
)
def test_a_person_in_brackets_after_a_unit_is_its_official(text: str) -> None:
    (activity,) = parse_text(text).activities
    assert (activity.responsible_units, activity.lead_officials) == (["县城管局", "县委宣传部（县文明办）"], ["张三"])


def test_a_phone_number_beside_a_name_is_no_part_of_it() -> None:
    plan = parse_text(
        "2025年整治方案\n1.清理垃圾。\n责任单位：县城管局（电话：0551-1234567）\n责任人：王小明（13812345678）、李华 0551-7654321\n"
    )
    assert [(a.responsible_units, a.lead_officials) for a in plan.activities] == [(["县城管局"], ["王小明", "李华"])]


def test_a_person_column_that_names_a_unit_gives_the_unit() -> None:
    plan = parse_text("2024年工作任务表\n\n序号\t工作任务\t负责人\t完成时限\n1\t开展培训\t人事科\t4月底前\n2\t开展检查\t王五\t6月底前\n")
    assert [(a.responsible_units, a.lead_officials) for a in plan.activities] == [(["人事科"], []), ([], ["王五"])]


@pytest.mark.parametrize("unit", ["县医共体", "县科协"])
def test_less_common_organisations_read_as_units_in_prose(unit: str) -> None:
    (activity,) = parse_text(f"2025年工作方案\n\n一、工作任务\n1.推进分级诊疗。（{unit}负责）\n").activities
    assert activity.responsible_units == [unit]

