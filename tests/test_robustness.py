"""Bad input, nothing lost: every input gives a correct Plan or one clear error, and every line
of a document stays somewhere in its Plan."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse import parse, parse_bytes, parse_text
from planparse.blocks import clean_line
from planparse.cli import main
from planparse.errors import DecodeError, InputError
from planparse.fields import find_fields
from planparse.markers import find_marker
from planparse.models import Plan
from tests.catalogue import cases

ROOT = Path(__file__).parent.parent
DOCUMENTS = sorted((ROOT / "samples").glob("*.txt")) + cases(every_layout=True)
TEXTS = [p.read_text(encoding="utf-8") for p in DOCUMENTS]


def _parts(plan: Plan) -> str:
    """Everything the Plan keeps of the document's text."""
    pieces = [plan.title or "", plan.preamble, plan.closing]
    pieces += [s.content for s in plan.sections]
    pieces += [a.content for a in plan.activities] + [a.title for a in plan.activities]
    # a marker a wrap cut (1 / 、开展…) is kept as its item's number, before the item's text
    pieces += [f"{a.number}{a.content}" for a in plan.activities if a.number]
    pieces += [value for a in plan.activities for value in a.fields.values()]
    return "\n".join(pieces)


def assert_nothing_lost(text: str, plan: Plan) -> None:
    kept = "".join(_parts(plan).split())
    for raw in text.splitlines():
        line = clean_line(raw)  # as the reader cleans it: converter debris is not text
        marker = find_marker(line)
        body = "".join((line[marker.end:] if marker else line).split())
        labelled = find_fields(body)
        if labelled and labelled[0].start == 0:  # a labelled line is kept as its values
            assert all("".join(f.value.split()) in kept for f in labelled), f"lost: {raw!r}"
        else:
            assert body in kept, f"lost: {raw!r}"


@pytest.mark.parametrize("text", TEXTS, ids=[p.stem for p in DOCUMENTS])
def test_every_line_of_every_sample_is_kept(text: str) -> None:
    assert_nothing_lost(text, parse_text(text))


def _mutate(text: str, seed: int) -> str:
    """Deleted lines, swapped markers, doubled labels, random full/half-width changes."""
    rng = random.Random(seed)
    lines = text.splitlines()
    for _ in range(rng.randint(0, 4)):
        if lines:
            del lines[rng.randrange(len(lines))]
    swaps = [("一、", "（一）"), ("（一）", "1."), ("1.", "（1）"), ("（", "("), ("）", ")"), ("：", ":"), ("，", ","),
             ("牵头部门：", "牵头部门：牵头部门："), ("责任单位：", "责任单位：责任单位：")]
    for i, line in enumerate(lines):
        if rng.random() < 0.3:
            old, new = rng.choice(swaps)
            lines[i] = line.replace(old, new, 1)
    return "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(TEXTS) - 1), st.integers(0, 10**6))
def test_mutated_samples_give_a_valid_plan_and_lose_nothing(index: int, seed: int) -> None:
    text = _mutate(TEXTS[index], seed)
    plan = parse_text(text)
    Plan.model_validate_json(plan.model_dump_json())
    assert_nothing_lost(text, plan)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一二三、（）()1.2①：:牵头单位责任完成时限年月日至前\n 。，活动方案工作要求")), max_size=200))
def test_arbitrary_plan_like_text_loses_nothing(text: str) -> None:
    assert_nothing_lost(text, parse_text(text))


@pytest.mark.parametrize(("data", "error", "message"), [
    (b"", InputError, "empty file"),
    (b" \n\t\r\n\xe3\x80\x80\n", InputError, "empty file"),
    (bytes(range(256)) * 10, DecodeError, "binary"),
])
def test_files_without_text_are_clear_errors(tmp_path: Path, data: bytes, error: type, message: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(error, match=message):
        parse(path)


def test_text_without_chinese_is_not_a_plan() -> None:
    plan = parse_bytes(b"Meeting notes\n1. Coffee\n2. Budget review\n", "notes.txt")
    assert plan.doc_type == "other" and plan.activities == []


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(TEXTS[0].encode("utf-16-le"))
    assert len(parse(path).activities) == 9


def test_a_name_with_spaces_and_chinese(tmp_path: Path) -> None:
    path = tmp_path / "2021年 庆祝 活动方案（定稿）.txt"
    path.write_text(TEXTS[0], encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path), "-f", "csv"])
    assert result.exit_code == 0 and "2021年 庆祝 活动方案（定稿）.txt" in result.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, so permissions cannot be tested")
def test_an_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("方案", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        parse(path)


def test_a_plan_pasted_on_one_line() -> None:
    one_line = TEXTS[DOCUMENTS.index(ROOT / "samples" / "united_front_plan_2019.txt")].replace("\n", " ")
    plan = parse_text(one_line)
    assert len(plan.activities) == 11
    assert plan.activities[2].cooperating_units == ["各民主党派市委〈总支〉办公室", "党外知识分子联络服务中心", "非公经济科"]


def test_a_plan_glued_onto_one_line_with_nothing_between_its_paragraphs() -> None:
    """Line ends lost with no space or stop left in their place: the markers that count on,
    style by style, part the items, and a label glued to the value before it is still a label."""
    glued = (
        "XX镇2024年人居环境整治工作方案一、重点任务（一）村庄清洁1.清理房前屋后杂物堆放。责任单位：镇农业服务中心"
        "责任人：赵刚完成时限：2024年4月底前2.整治村内沟渠。牵头单位：镇水利站配合单位：各村民委员会完成时限：2024年6月"
        "（二）道路提升3.修复村道坑洼路面。责任单位：镇交通管理站完成时限：2024年9月底前二、工作要求各村要高度重视，落实到位。"
    )
    plan = parse_text(glued)
    assert plan.title == "XX镇2024年人居环境整治工作方案"
    assert [(a.title, a.lead_units or a.responsible_units, a.cooperating_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("清理房前屋后杂物堆放", ["镇农业服务中心"], [], "2024年4月底前"),
        ("整治村内沟渠", ["镇水利站"], ["各村民委员会"], "2024年6月"),
        ("修复村道坑洼路面", ["镇交通管理站"], [], "2024年9月底前"),
    ]
    assert plan.activities[0].lead_officials == ["赵刚"]


def test_a_plan_on_one_line_whose_parts_end_with_a_stop_or_with_nothing() -> None:
    """Some parts end with a full stop, others (a theme, a list of people) with nothing: the
    markers that count on part them all, so the points under the last part are its activities."""
    glued = (
        "2023年校园读书节活动方案一、活动背景 读书使人进步,为营造书香校园,特举办本次读书节。二、活动目的通过开展形式多样的活动,"
        "让同学们养成阅读习惯。三、活动主题书香校园、阅读人生四、活动对象全校学生五、活动时间4月1日-4月30日六、活动内容 "
        "1、读书宣传(4月1日-4月7日) ①利用校园广播发布活动通知;②由各班班长在班上进行动员; ③制作海报张贴在教学楼。"
    )
    plan = parse_text(glued)
    assert [(a.category, a.title) for a in plan.activities] == [
        ("读书宣传", "利用校园广播发布活动通知"), ("读书宣传", "由各班班长在班上进行动员"), ("读书宣传", "制作海报张贴在教学楼"),
    ]


def test_a_run_on_line_that_opens_at_a_later_part_counts_on_from_it() -> None:
    """A wrap or a page started the line at 三、: its glued 四、五、六、 still part it."""
    text = (
        "2023年校园读书节活动方案\n一、活动背景 读书使人进步,为营造书香校园,特举办本次读书节,让同学们在阅读中成长,在分享中收获快乐。\n"
        "三、活动主题书香校园、阅读人生、共享好书、共同成长四、活动对象全校学生及教职工、家长志愿者"
        "五、活动时间4月1日-4月30日六、活动内容 1、读书宣传(4月1日-4月7日) "
        "①利用校园广播、学校网站和班级群发布活动通知与安排;②由各班班长在班上进行动员并组织同学报名参加; ③制作海报张贴在教学楼和食堂门口。"
    )
    assert [a.title for a in parse_text(text).activities] == [
        "利用校园广播、学校网站和班级群发布活动通知与安排", "由各班班长在班上进行动员并组织同学报名参加", "制作海报张贴在教学楼和食堂门口",
    ]


def test_a_long_paragraph_that_counts_in_its_prose_stays_whole() -> None:
    """Numbers in prose (第一、第二, 1.5万) are no markers: one long paragraph is not cut."""
    text = (
        "2024年工作总结。全年完成投资1.5万元，统一、规范、高效推进各项工作，第一、二季度完成目标任务的60%，"
        "下半年完成其余任务，全年共举办培训2次、活动3次，服务群众1.2万人次，为明年工作打下了坚实基础，各项工作取得明显成效，"
        "群众满意度达到95%以上，获得上级表彰1次，形成了一批可复制可推广的经验做法，受到广泛好评。"
    )
    assert len(parse_text(text).preamble.splitlines()) == 1


def test_a_plan_whose_paragraphs_were_joined_with_their_indents() -> None:
    """Copied from a page that kept each paragraph's indent but not its line end: the indents
    part the paragraphs, the title among them."""
    lines = ["2023年全民阅读活动方案", "为推动全民阅读，制定本方案。", "一、活动安排", "（一）举办读书分享会。由区图书馆负责，4月底前完成。",
             "（二）开展经典诵读比赛。由区教育局负责，5月底前完成。", "二、工作要求", "各单位要精心组织，确保活动取得实效。"]
    plan = parse_text("\u3000\u3000".join(lines))
    assert plan.title == "2023年全民阅读活动方案"
    assert [(a.title, a.responsible_units) for a in plan.activities] == [("举办读书分享会", ["区图书馆"]), ("开展经典诵读比赛", ["区教育局"])]


def test_a_table_pasted_one_cell_per_line() -> None:
    text = (
        "任务分工表\n\n序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
        "1\n开展调研。\n区发改局\n各镇街\n2021年6月\n"
        "2\n编制方案。\n分两步推进。\n区财政局\n区审计局、区统计局\n2021年9月底前\n"
    )
    plan = parse_text(text)
    assert [(a.number, a.title, a.lead_units, a.responsible_units, str(a.deadline and a.deadline.end)) for a in plan.activities] == [
        ("1", "开展调研", ["区发改局"], ["各镇街"], "2021-06-30"),
        ("2", "编制方案", ["区财政局"], ["区审计局", "区统计局"], "2021-09-30"),
    ]


def test_a_programme_pasted_one_cell_per_line_with_cells_left_empty() -> None:
    """A name column and a description column, the description over several lines, a unit list
    the line end cut after its 、, and a 备注 left empty; the part after the table is no row's."""
    text = (
        "社区重阳节活动方案\n一、活动流程\n序号\n活动项目\n活动内容\n负责人\n备注\n"
        "1\n开场致辞\n主持人致开场词\n城南社区\n"
        "2\n敬老宴\n为老人祝寿\n送上慰问品\n合影留念\n城南社区、\n区老龄办\n"
        "3\n活动结束\n主持人宣布活动结束\n城南社区\n二、活动要求\n各网格员要做好服务。\n"
    )
    plan = parse_text(text)
    assert [(a.title, a.content.split("\n")[-1], a.responsible_units) for a in plan.activities] == [
        ("开场致辞", "主持人致开场词", ["城南社区"]),
        ("敬老宴", "为老人祝寿送上慰问品合影留念", ["城南社区", "区老龄办"]),
        ("活动结束", "主持人宣布活动结束", ["城南社区"]),
    ]


def test_half_width_punctuation_pasted_from_a_page() -> None:
    plan = parse_text("二、活动安排\n(一)召开动员会.3月上旬召开.(牵头单位:区委办,责任单位:各镇(街道),完成时限:2021年3月10日前)\n")
    activity = plan.activities[0]
    assert activity.lead_units == ["区委办"] and activity.responsible_units == ["各镇(街道)"]
    assert activity.deadline and str(activity.deadline.end) == "2021-03-10"
