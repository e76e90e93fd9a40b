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
import re
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from ..blocks import Block, RawDocument
from ..errors import CorruptDocumentError
from ..models import Source
from .archive import part_bytes, unzipped

_EMPTY_ROWS_MAX = 1000


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


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=[\"']([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})[\"']")


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def merged_ranges(sheet_xml: bytes) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (first row, first column, last row, last column), read from
    its XML (the read-only workbook does not give them)."""
    return [(int(r1), _column(c1), int(r2), _column(c2)) for c1, r1, c2, r2 in _MERGE.findall(sheet_xml)]


def sheet_rows(sheet: Any, merges: Sequence[tuple[int, int, int, int]] = ()) -> list[tuple[str, ...]]:
    """A sheet's rows as cell texts, merged cells filled, empty rows and trailing empty columns
    left out. Only the cells that hold something are visited, and a merged range fills only the
    used part of the sheet: a one-cell file that names XFD1048576 costs one row, not a grid."""
    sheet.reset_dimensions()  # rows as stored, not padded to the <dimension> the file claims
    rows: dict[int, list[str]] = {}
    empty = 0
    for r, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_text(value) for value in values]
        if any(cells):
            rows[r] = cells
            empty = 0
        elif (empty := empty + 1) > _EMPTY_ROWS_MAX:
            break  # formatting carried down a million empty rows: the sheet's data has ended
    width = max((max((i + 1 for i, c in enumerate(cells) if c), default=0) for cells in rows.values()), default=0)
    for cells in rows.values():
        cells[width:] = []
        cells.extend([""] * (width - len(cells)))
    last_row = max(rows, default=0)
    for first_row, first_column, end_row, end_column in merges:
        value = rows.get(first_row, [""] * width)[first_column - 1] if first_column <= width else ""
        for r in range(first_row, min(end_row, last_row) + 1):
            cells = rows.setdefault(r, [""] * width)
            for c in range(first_column, min(end_column, width) + 1):
                cells[c - 1] = value
    return [tuple(rows[r]) for r in sorted(rows) if any(rows[r])]


def read_xlsx(data: bytes, path: str | None) -> RawDocument:
    from openpyxl import load_workbook  # only for spreadsheets

    with unzipped(data, path, ".xlsx workbook", every_xml=True) as archive:
        try:
            # read-only: rows stream from the XML and merged ranges are not expanded cell by cell
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)  # a formula's value as last saved
        except Exception as exc:  # openpyxl raises zipfile, KeyError and its own errors for what is no workbook
            raise CorruptDocumentError(f"not a readable .xlsx workbook ({type(exc).__name__})", path) from None
        try:
            sheets = [(sheet, merged_ranges(part_bytes(archive, sheet._worksheet_path, path) or b""))
                      for sheet in book.worksheets if sheet.sheet_state == "visible"]
            return _document(data, path, [sheet_rows(sheet, merges) for sheet, merges in sheets])
        except (CorruptDocumentError, MemoryError):
            raise
        except Exception as exc:  # a sheet openpyxl cannot stream (a damaged row, a bad value)
            raise CorruptDocumentError(f"not a readable .xlsx workbook ({type(exc).__name__})", path) from None
        finally:
            book.close()


def _document(data: bytes, path: str | None, sheets: list[list[tuple[str, ...]]]) -> RawDocument:
    """Every sheet's rows as blocks, a row of one distinct cell as its lines; which further sheets
    belong to the plan the pipeline decides (tables.task_sheets), from where each begins."""
    blocks: list[Block] = []
    starts: list[int] = []
    tables = 0
    for rows in sheets:
        if blocks and rows:
            starts.append(len(blocks))
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
    return RawDocument(blocks, source, sheets=tuple(starts))
