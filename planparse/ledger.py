"""The task ledger (任务分工台账) as a supervisor would make it in Excel or WPS, and print it.

Sheet 任务台账: one row per activity, header frozen and bold, text wrapped, deadlines as real
dates (so they sort and filter). Sheet 按单位: one row per unit, the activities it leads, is
responsible for and cooperates on (each once, with its plan), and its earliest deadline — the
view a 督办 office chases. Both print as a hand-made ledger does: landscape A4, fit to the
page's width, the header on every page, each row as tall as its wrapped text (LibreOffice and
WPS do not grow a row by themselves, and cells would print over each other).
"""

from __future__ import annotations

from datetime import date
from typing import IO, Any

from .models import Activity, Plan
from .text import display_width
from .vocabulary.output import WARNING_WORDS
from .writers import shown_path

# (header, width in characters, value)
_COLUMNS: tuple[tuple[str, int, Any], ...] = (
    ("来源文件", 22, lambda p, a: shown_path(p.source.path) if p.source.path else "-"),
    ("所属方案", 24, lambda p, a: p.title or ""),
    ("编号", 8, lambda p, a: a.id),
    ("序号", 6, lambda p, a: a.number or ""),
    ("所属部分", 14, lambda p, a: a.section or ""),
    ("类别", 16, lambda p, a: a.category or ""),
    ("工作任务", 40, lambda p, a: a.title),
    ("牵头单位", 18, lambda p, a: "、".join(a.lead_units)),
    ("责任单位", 18, lambda p, a: "、".join(a.responsible_units)),
    ("配合单位", 18, lambda p, a: "、".join(a.cooperating_units)),
    ("牵头领导", 12, lambda p, a: "、".join(a.lead_officials)),
    ("完成时限", 16, lambda p, a: a.deadline.raw if a.deadline else ""),
    ("开始日期", 12, lambda p, a: a.deadline.start if a.deadline else None),
    ("截止日期", 12, lambda p, a: a.deadline.end if a.deadline else None),
    ("提示", 14, lambda p, a: "；".join(dict.fromkeys(WARNING_WORDS.get(w.code, w.code) for w in a.warnings))),
    ("具体内容", 60, lambda p, a: a.content),
)
_DATE_FORMAT = "yyyy-mm-dd"
CELL_MAX = 32767  # characters Excel keeps in a cell (openpyxl writes more, and Excel cuts them)
_LINE_POINTS = 14.5  # the height of a wrapped line of 11-point text
_ROW_MAX_POINTS = 409  # Excel's tallest row


def _fitted(value: Any) -> Any:
    """A cell's value within Excel's limit, with a note where it was cut (never cut silently)."""
    if not isinstance(value, str) or len(value) <= CELL_MAX:
        return value
    note = f"……（另有{len(value) - CELL_MAX + 40}字未能放入此格，全文见 JSON 输出）"
    return value[: CELL_MAX - len(note)] + note


def _lines(value: Any, width: int) -> int:
    """How many lines a value wraps to in a column `width` characters wide (a Chinese character
    is two of them, as Excel measures)."""
    if value is None or value == "":
        return 1
    text = value.isoformat() if isinstance(value, date) else str(value)
    return sum(max(1, -(-display_width(line) // max(width - 1, 1))) for line in text.split("\n"))


def _sheet(book: Any, title: str, headers: list[tuple[str, int]], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append([h for h, _ in headers])
    widths = [width for _, width in headers]
    for number, row in enumerate(rows, start=2):
        sheet.append([_fitted(value) for value in row])
        lines = max(_lines(value, width) for value, width in zip(row, widths, strict=True))
        sheet.row_dimensions[number].height = min(lines * _LINE_POINTS + 4, _ROW_MAX_POINTS)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, date):
                cell.number_format = _DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"  # the header on every printed page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True  # a ledger printed has its ruling


def _units(plans: list[Plan]) -> list[list[Any]]:
    """One row per unit; each task once per role, named with its plan where there are several."""
    roles: dict[str, dict[str, dict[tuple[int, str], Activity]]] = {}
    several = len(plans) > 1
    names_of = {k: plan.title or (shown_path(plan.source.path) if plan.source.path else f"第{k + 1}份") for k, plan in enumerate(plans)}
    for k, plan in enumerate(plans):
        for activity in plan.activities:
            for role, names in (("lead", activity.lead_units), ("responsible", activity.responsible_units),
                                ("cooperating", activity.cooperating_units)):
                for name in names:
                    roles.setdefault(name, {"lead": {}, "responsible": {}, "cooperating": {}})[role][(k, activity.id)] = activity

    def listed(tasks: dict[tuple[int, str], Activity]) -> str:
        return "\n".join(f"{'《' + names_of[k] + '》' if several else ''}{key} {a.title}" for (k, key), a in tasks.items())

    rows: list[list[Any]] = []
    for name, by_role in roles.items():
        every = {key: a for tasks in by_role.values() for key, a in tasks.items()}
        ends = [a.deadline.end for a in every.values() if a.deadline and a.deadline.end]
        rows.append([
            name,
            *(listed(by_role[role]) for role in ("lead", "responsible", "cooperating")),
            len(every),
            min(ends) if ends else None,
        ])
    rows.sort(key=lambda row: (-row[4], row[0]))
    return rows


def write_xlsx(plans: list[Plan], target: str | IO[bytes]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    rows = [[value(plan, activity) for _, _, value in _COLUMNS] for plan in plans for activity in plan.activities]
    _sheet(book, "任务台账", [(h, w) for h, w, _ in _COLUMNS], rows)
    unit_headers = [("单位", 24), ("牵头任务", 40), ("责任任务", 40), ("配合任务", 40), ("任务数", 8), ("最早截止", 12)]
    _sheet(book, "按单位", unit_headers, _units(plans))
    book.save(target)
