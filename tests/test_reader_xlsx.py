"""Task ledgers kept as spreadsheets (.xlsx), as a notice attaches them."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from planparse import parse, parse_bytes
from planparse.cli import main
from planparse.errors import CorruptDocumentError
from planparse.models import Plan


def workbook(*sheets: tuple[str, list[list[object]], list[str]], hidden: tuple[str, ...] = ()) -> bytes:
    """Sheets of rows; each sheet's merged ranges (A1:F1) as given."""
    book = Workbook()
    book.remove(book.active)
    for title, rows, merged in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in merged:
            sheet.merge_cells(cells)
        if title in hidden:
            sheet.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


LEDGER = (
    "任务分工",
    [
        ["XX区2024年优化营商环境重点任务分工表"],
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
        [1, "提升政务服务效能", "1.推行告知承诺制", "区司法局", "区政务服务中心", datetime(2024, 6, 30)],
        [None, None, "2.压缩审批时限", "区政务服务中心", None, "2024年9月底前"],
        [2, "优化法治环境", "3.开展涉企执法检查", "区司法局", "区公安分局、区市场监管局", "全年"],
    ],
    ["A1:F1", "A3:A4", "B3:B4"],
)


def test_a_ledger_sheet_gives_its_title_and_a_task_per_row() -> None:
    plan = parse_bytes(workbook(LEDGER), "分工表.xlsx")
    assert plan.source.format == "xlsx"
    assert (plan.title, plan.doc_type, plan.year) == ("XX区2024年优化营商环境重点任务分工表", "plan", 2024)
    got = [(a.category, a.title, a.lead_units, a.cooperating_units, a.deadline and a.deadline.end) for a in plan.activities]
    assert got == [
        ("提升政务服务效能", "推行告知承诺制", ["区司法局"], ["区政务服务中心"], date(2024, 6, 30)),  # a date cell
        ("提升政务服务效能", "压缩审批时限", ["区政务服务中心"], [], date(2024, 9, 30)),  # merged 序号 and key task
        ("优化法治环境", "开展涉企执法检查", ["区司法局"], ["区公安分局", "区市场监管局"], date(2024, 12, 31)),
    ]


def test_hidden_sheets_and_sheets_without_a_task_table_are_left_out() -> None:
    contacts = ("联系人", [["单位", "联系人", "电话"], ["区司法局", "张三", "12345678"]], [])
    old = ("旧版", [["序号", "工作任务", "牵头单位"], [1, "作废的任务", "区司法局"]], [])
    plan = parse_bytes(workbook(LEDGER, contacts, old, hidden=("旧版",)), "分工表.xlsx")
    assert len(plan.activities) == 3


def test_the_ledger_planparse_writes_reads_back_as_the_same_tasks(tmp_path: Path) -> None:
    ledger = tmp_path / "台账.xlsx"
    sample = Path(__file__).parent.parent / "samples" / "celebration_plan_2021.txt"
    assert CliRunner().invoke(main, ["extract", str(sample), "-f", "xlsx", "-o", str(ledger)]).exit_code == 0
    original, read_back = parse(sample), parse(ledger)

    def ledger_view(plan: Plan) -> list[object]:
        return [(a.title, a.lead_units, a.responsible_units, a.deadline and (a.deadline.start, a.deadline.end)) for a in plan.activities]

    assert ledger_view(read_back) == ledger_view(original)  # its per-unit sheet adds nothing


def test_a_damaged_workbook_is_a_clear_error() -> None:
    with pytest.raises(CorruptDocumentError, match=r"not a readable \.xlsx workbook"):
        parse_bytes(b"PK\x03\x04" + b"\0" * 200, "分工表.xlsx")
    with pytest.raises(CorruptDocumentError, match=r"not a readable \.xlsx workbook"):
        parse_bytes(b"a text saved under the wrong name", "分工表.xlsx")


def test_a_batch_finds_workbooks_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "分工表.xlsx").write_bytes(workbook(LEDGER))
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "分工表.json").exists()


def test_a_header_of_two_merged_rows_group_rows_and_a_closing_note() -> None:
    sheet = (
        "Sheet1",
        [
            ["XX县2024年重点工作任务分解表"],
            ["序号", "工作任务", "责任单位", None, "完成时限"],
            [None, None, "牵头", "配合", None],
            ["一、经济发展"],
            [1, "推进高标准农田建设", "县农业农村局", "县财政局", datetime(2024, 10, 31)],
            ["注：各责任单位每月5日前报送进展。"],
        ],
        ["A1:E1", "C2:D2", "A2:A3", "B2:B3", "E2:E3", "A4:E4", "A6:E6"],
    )
    plan = parse_bytes(workbook(sheet), "分解表.xlsx")
    assert [(a.category, a.title, a.lead_units, a.cooperating_units) for a in plan.activities] == [
        ("经济发展", "推进高标准农田建设", ["县农业农村局"], ["县财政局"]),
    ]
    assert "每月5日前报送进展" in plan.preamble + plan.closing  # the note groups nothing, and is kept
