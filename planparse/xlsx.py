"""The task ledger (任务分工台账) as a supervisor would make it in Excel or WPS.

Sheet 任务台账: one row per activity, header frozen and bold, text wrapped, deadlines as real
dates (so they sort and filter). Sheet 按单位: one row per unit, the activities it leads, is
responsible for and cooperates on, and its earliest deadline — the view a 督办 office chases.
"""

from __future__ import annotations

from datetime import date
from typing import IO, Any

from .models import Activity, Plan
from .vocabulary import WARNING_WORDS

# (header, width in characters, value)
_COLUMNS: tuple[tuple[str, int, Any], ...] = (
    ("来源文件", 22, lambda p, a: p.source.path or "-"),
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


def _sheet(book: Any, title: str, headers: list[tuple[str, int]], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    sheet.append([h for h, _ in headers])
    for row in rows:
        sheet.append(row)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = bold
    for index, (_, width) in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, date):
                cell.number_format = _DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _units(plans: list[Plan]) -> list[list[Any]]:
    roles: dict[str, dict[str, list[Activity]]] = {}
    for plan in plans:
        for activity in plan.activities:
            for role, names in (("lead", activity.lead_units), ("responsible", activity.responsible_units),
                                ("cooperating", activity.cooperating_units)):
                for name in names:
                    roles.setdefault(name, {"lead": [], "responsible": [], "cooperating": []})[role].append(activity)
    rows: list[list[Any]] = []
    for name, by_role in roles.items():
        every = [a for activities in by_role.values() for a in activities]
        ends = [a.deadline.end for a in every if a.deadline and a.deadline.end]
        rows.append([
            name,
            *("\n".join(f"{a.id} {a.title}" for a in by_role[role]) for role in ("lead", "responsible", "cooperating")),
            len({id(a) for a in every}),
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
