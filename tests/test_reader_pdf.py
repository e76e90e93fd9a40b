"""PDFs with a text layer: the plan as written, not as the page broke it."""

from __future__ import annotations

from pathlib import Path

import pytest

from planparse import parse_bytes, parse_text
from planparse.errors import CorruptDocumentError, InputError
from tests.catalogue import cases
from tests.pdf_builder import pdf_layout, pdf_with_table, scanned_pdf

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))


CASES = cases(every_layout=True)


@pytest.mark.parametrize("sample", SAMPLES + CASES, ids=lambda p: p.stem)
def test_a_pdf_gives_the_plan_of_its_text(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")

    def essence(plan):  # type: ignore[no-untyped-def]
        return [(a.title, a.category, a.lead_units, a.responsible_units, a.cooperating_units, a.lead_officials,
                 a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities]

    plan = parse_bytes(pdf_layout(text), "plan.pdf")
    assert essence(plan) == essence(parse_text(text)) and plan.source.format == "pdf"


def test_page_numbers_and_running_heads_are_dropped() -> None:
    plan = parse_bytes(pdf_layout(SAMPLES[0].read_text(encoding="utf-8"), head="机密文件 请勿外传"), "plan.pdf")
    everything = "\n".join([plan.preamble, plan.closing, *(a.content for a in plan.activities)])
    assert "机密文件" not in everything and "- 1 -" not in everything and "- 2 -" not in everything


def test_a_line_broken_by_the_page_is_joined() -> None:
    long_title = "1.举办“迎接建党百年、坚定理想信念、彰显百年先锋、勇立时代潮头”主题党日暨青年干部座谈会。组织党员参加。"
    plan = parse_bytes(pdf_layout(f"活动方案\n\n{long_title}\n责任单位：机关党委\n"), "plan.pdf")
    assert plan.activities[0].title == "举办“迎接建党百年、坚定理想信念、彰显百年先锋、勇立时代潮头”主题党日暨青年干部座谈会"
    assert plan.activities[0].responsible_units == ["机关党委"]


def test_a_scanned_pdf_is_refused_clearly() -> None:
    with pytest.raises(InputError, match="no OCR"):
        parse_bytes(scanned_pdf(), "scan.pdf")


def test_a_corrupt_pdf() -> None:
    with pytest.raises(CorruptDocumentError, match="corrupt PDF"):
        parse_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", "bad.pdf")


def test_a_ruled_table_with_a_wrapped_cell() -> None:
    rows = [
        ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
        ["1", "开展调研，摸清底数，", "区发改局", "各镇街", "2021年6月"],
        ["", "形成调研报告。", "", "", ""],
        ["2", "编制实施方案。", "区财政局", "区审计局、区统计局", "2021年9月底前"],
    ]
    data = pdf_with_table("2021年重点任务分工方案", "为推进重点工作，制定本方案。", rows, [50, 90, 250, 340, 440])
    plan = parse_bytes(data, "tasks.pdf")
    assert [(a.number, a.title, a.lead_units, a.responsible_units, str(a.deadline and a.deadline.end)) for a in plan.activities] == [
        ("1", "开展调研，摸清底数，形成调研报告", ["区发改局"], ["各镇街"], "2021-06-30"),
        ("2", "编制实施方案", ["区财政局"], ["区审计局", "区统计局"], "2021-09-30"),
    ]


def test_a_label_the_page_broke_is_joined_back() -> None:
    from planparse.blocks import Block
    from planparse.wrapping import full_width, unwrap

    lines = ["（三）道路交通领域。牵头单位：区交警大队，配合单位：区交通运输局；完成", "时限：全年。", "时间：3月"]
    joined = unwrap([Block(text, n) for n, text in enumerate(lines, start=1)], full_width(60))
    assert [b.text for b in joined] == ["（三）道路交通领域。牵头单位：区交警大队，配合单位：区交通运输局；完成时限：全年。", "时间：3月"]


@pytest.mark.parametrize(("text", "ems"), [
    ("县应急管理局", 1.0), ("，县应急局", 1.0), ("局，负责", 2.0),  # a mark that may not open a line takes its glyph along
    ("2022年", 2.0), ("(chan)生产", 3.0), ("队:11:45-12:30巡查", 7.0),  # a Latin word breaks only at its ends
])
def test_what_a_line_s_start_needed_of_the_line_above(text: str, ems: float) -> None:
    from planparse.readers.pdf_tables import first_unit

    assert first_unit(text, 10.0) == ems * 10


def test_a_table_pdfplumber_cannot_read_is_read_as_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import planparse.readers.pdf as pdf

    def fails(data: bytes, pages: set[int]) -> None:
        raise ValueError("a stream pdfminer cannot parse")

    rows = [["序号", "工作任务", "牵头单位", "完成时限"], ["1", "编制实施方案。", "区财政局", "2021年9月底前"]]
    monkeypatch.setattr(pdf, "ruled_tables", fails)
    plan = parse_bytes(pdf_with_table("实施方案", "现将任务分解如下。", rows, [40, 90, 300, 420]), "plan.pdf")
    assert "编制实施方案" in "\n".join([plan.preamble, *(a.title for a in plan.activities)])
