"""The .txt reader: every encoding a plan arrives in, and debris that converters leave behind."""

from __future__ import annotations

import codecs

import pytest

from planparse import parse_text
from planparse.errors import DecodeError
from planparse.readers.encoding import decode
from planparse.readers.txt import read_txt

PLAN = "一、活动安排\n1.召开动员大会。\n牵头单位：办公室\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PLAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PLAN.encode("utf-8"), "utf-8-sig"),
        (PLAN.encode("utf-16"), "utf-16"),
        (PLAN.encode("gb18030"), "gb18030"),
        (PLAN.encode("gbk"), "gb18030"),
        (PLAN.encode("utf-16-le"), "utf-16"),
    ],
)
def test_every_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    text, used, warnings = decode(data)
    assert text.replace("\r\n", "\n") == PLAN
    assert used == encoding
    assert warnings == []


def test_a_plan_in_big5_is_read_as_big5_not_as_gbk_nonsense() -> None:
    """Big5 bytes decode as GBK without an error, into kana and Cyrillic: the text is Big5."""
    written = "一、重點任務\n1.舉辦論壇。\n牽頭單位：區委宣傳部\n完成時限：2021年6月30日前\n"
    text, used, _ = decode(written.encode("cp950"))
    assert (text, used) == (written, "big5")
    assert parse_text(text).activities[0].lead_units == ["區委宣傳部"]


def test_a_gbk_line_inside_utf8_is_read_with_a_warning() -> None:
    data = "1.召开动员大会。\n".encode() + "牵头单位：办公室\n".encode("gbk")
    text, used, warnings = decode(data)
    assert "牵头单位：办公室" in text
    assert used == "utf-8+gb18030"
    assert [w.code for w in warnings] == ["decode_replaced"]


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01\x02\x03" * 100, b"PK\x00\x00garbage\x00"])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode(data)


def test_line_ends_spaces_and_bookmarks_are_cleaned() -> None:
    data = "标题方案\r\n[bookmark: _GoBack]1.开展活动。\u3000\u00a0\r\n\r\n牵头单位：办公室  \r\n".encode()
    document = read_txt(data, "x.txt")
    assert [(b.text, b.line) for b in document.blocks] == [("标题方案", 1), ("1.开展活动。", 2), ("牵头单位：办公室", 4)]
    assert document.source.sha256 and document.source.format == "txt"


MARKDOWN = """# 2024年全民健身月活动方案

## 一、活动内容

### （一）健步走活动

**活动时间**：2024年8月8日

**责任单位**：区体育局

### （二）全民健身运动会

- 活动时间：2024年9月
- 责任单位：区总工会、区体育局

> 注：活动如遇恶劣天气顺延。
"""


def test_markdown_marks_are_read_through() -> None:
    """A plan written out as Markdown (by a converter or a chat assistant): headings, bold labels
    and list marks do not hide the numbering and the fields; a list mark is a bullet."""
    from planparse import parse_text

    plan = parse_text(MARKDOWN)
    assert plan.title == "2024年全民健身月活动方案"
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("健步走活动", ["区体育局"], "2024年8月8日"),
        ("全民健身运动会", ["区总工会", "区体育局"], "2024年9月"),
    ]


def test_bold_in_mid_line_is_read_through() -> None:
    from planparse.blocks import text_blocks

    assert [b.text for b in text_blocks("方案\n1.开展**重点**工作。**责任单位**：人事科\n")] == ["方案", "1.开展重点工作。责任单位：人事科"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("——加强组织领导。", "——加强组织领导。"),  # the dash that opens a point in official prose
        ("2024-06-30前完成", "2024-06-30前完成"),
        ("#1生产线改造", "#1生产线改造"),
        ("1\\.开展培训", "1.开展培训"),  # pandoc's escape
    ],
)
def test_text_that_only_looks_like_markdown_is_kept(line: str, kept: str) -> None:
    from planparse.blocks import text_blocks

    assert [b.text for b in text_blocks(f"# 方案\n{line}\n")] == ["方案", kept]


def test_markdown_headings_without_numbers_are_items() -> None:
    from planparse import parse_text

    text = (
        "# 2024年全民健身月活动方案\n\n为推动全民健身，制定本方案。\n\n## 活动安排\n\n"
        "### 健步走活动\n\n- 活动时间：2024年8月8日\n- 责任单位：区体育局\n\n"
        "### 全民健身运动会\n\n**活动时间**：2024年9月\n\n**责任单位**：区总工会\n\n## 工作要求\n\n各单位要高度重视。\n"
    )
    plan = parse_text(text)
    assert [(a.title, a.responsible_units, a.deadline and a.deadline.raw) for a in plan.activities] == [
        ("健步走活动", ["区体育局"], "2024年8月8日"),
        ("全民健身运动会", ["区总工会"], "2024年9月"),
    ]
    assert [(s.title, s.kind) for s in plan.sections] == [("活动安排", "activities"), ("工作要求", "requirements")]


def test_html_entities_left_in_text_read_as_their_characters() -> None:
    plan = parse_text("2025年工作方案\n\n1.开展培训。责任单位：县人社局&nbsp;&nbsp;完成时限：5月底前\n2.R&D投入。责任单位：县科技局&amp;县财政局\n")
    assert [a.responsible_units for a in plan.activities] == [["县人社局"], ["县科技局&县财政局"]]



def test_page_numbers_left_in_copied_text_are_no_part_of_any_task() -> None:
    plan = parse_text(
        "2025年工作方案\n一、工作任务\n1.开展志愿服务。\n责任单位：区文明办\n\n— 2 —\n\n2.开展评选。\n\f- 3 -\n"
        "责任单位：区委宣传部\n第3页 共5页\n3.整治占道。\n责任单位：区城管局\n"
    )
    assert [a.content for a in plan.activities] == [
        "开展志愿服务。\n责任单位：区文明办", "开展评选。\n责任单位：区委宣传部", "整治占道。\n责任单位：区城管局",
    ]
    assert plan.activities[1].span.end_line == 10  # lines are still counted as the file has them
