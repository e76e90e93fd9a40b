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
