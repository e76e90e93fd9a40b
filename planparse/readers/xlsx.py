"""Spreadsheets (.xlsx, as Excel and WPS save them): the task ledger a notice attaches, kept as
rows of a sheet instead of a Word table.

Every visible sheet is a table, its rows table rows, so the task-table stage reads it as it reads
a .docx table. A merged cell gives its value to every cell it covers (a key task merged down the
rows of its measures, a unit merged down the tasks it leads), as Word's merged cells do. The
rows above a sheet's first row of two or more values (the ledger's title, a note) are lines of
text. A sheet after the first is read only when it holds a task table (an unit summary or a
contact list beside the ledger is no part of the plan). Dates are written as a plan writes them (2024年6月30日).
"""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime, time
from typing import Any

from ..blocks import Block, RawDocument
from ..columns import is_header
from ..errors import CorruptDocumentError
from ..models import Source

_EMPTY_ROWS_MAX = 1000
_HEADER_ROWS = 5  # a task table's header stands under at most a title and a few notes


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date() if value.time() == time() else value
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 序号 1, not 1.0
    return str(value).replace("\r\n", "\n").strip()


def _merged_values(sheet: Any) -> dict[tuple[int, int], Any]:
    """(row, column) -> the value of the merged range that covers the cell."""
    covered: dict[tuple[int, int], Any] = {}
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                covered[(row, column)] = value
    return covered


def sheet_rows(sheet: Any) -> list[tuple[str, ...]]:
    """A sheet's rows as cell texts, merged cells filled, empty rows and trailing empty columns left out."""
    merged = _merged_values(sheet)
    rows = []
    empty = 0
    for r, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_text(merged.get((r, c), value)) for c, value in enumerate(values, start=1)]
        if any(cells):
            rows.append(cells)
            empty = 0
        elif (empty := empty + 1) > _EMPTY_ROWS_MAX:
            break  # formatting carried down a million empty rows: the sheet's data has ended
    width = max((max((i + 1 for i, c in enumerate(cells) if c), default=0) for cells in rows), default=0)
    return [tuple(cells[:width]) + ("",) * (width - len(cells)) for cells in rows]


def read_xlsx(data: bytes, path: str | None) -> RawDocument:
    from openpyxl import load_workbook  # only for spreadsheets

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)  # a formula's value as last saved
    except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors for what is no workbook
        raise CorruptDocumentError(f"not a readable .xlsx workbook ({type(exc).__name__})", path) from None
    blocks: list[Block] = []
    tables = 0
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        rows = sheet_rows(sheet)
        if blocks and not any(is_header(cells) for cells in rows[:_HEADER_ROWS]):
            continue  # a further sheet that holds no task table: a summary, a contact list, notes
        in_table = False
        for cells in rows:
            distinct = list(dict.fromkeys(c for c in cells if c))
            line = len(blocks) + 1
            if not in_table and len(distinct) == 1:
                blocks.extend(Block(text, line) for text in distinct[0].split("\n") if text.strip())
                continue
            if not in_table:
                tables += 1
                in_table = True
            blocks.append(Block(" ".join(c.replace("\n", " ") for c in distinct), line, cells, tables))
    source = Source(path=path, format="xlsx", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    return RawDocument(blocks, source)
