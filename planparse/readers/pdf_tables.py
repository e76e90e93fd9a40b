"""Ruled tables in a PDF, read by their lines with pdfplumber.

pypdf gives a table's text line by line across the page, a cell's wrapped lines interleaved with
its neighbours' (`一、做好财 / 政信息公 / 开。`). pdfplumber finds the cells from the ruling
lines the page draws, which is the job it is made for; it is asked only about pages that draw
such lines. A cell merged over others gives its text to each of them, as in a .docx; the lines a
cell's width wrapped are joined back, those that end short of its right side stay lines.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import Any

from ..text import display_width

_MIN_ROWS = 2


_LATIN_WORD = re.compile(r"[\x21-\x7e\u00c0-\u024f]+")  # what a line breaks only at its ends: 2022, (chǎn), 11:45-12:30
_NO_LINE_HEAD = frozenset("，。、；：？！”’）》」』】〕…,.;:?!)%")  # marks a line may not open with: they take the glyph before along


def glyphs_width(text: str, em: float) -> float:
    return display_width(text) * em / 2  # a Chinese glyph is an em wide, a Latin one about half


def first_unit(text: str, em: float) -> float:
    """How wide the first thing a line holds is, that the line above could not break off: a Latin
    word, or a Chinese glyph with the marks after it that may not open a line (and a Latin word a
    Latin mark holds on to: 队:11:45-12:30)."""
    if word := _LATIN_WORD.match(text):
        return glyphs_width(word.group(), em)
    end = 1
    while end < len(text) and text[end] in _NO_LINE_HEAD:
        end += 1
    if end > 1 and text[end - 1].isascii() and (word := _LATIN_WORD.match(text, end)):
        end = word.end()
    return glyphs_width(text[:end], em)


@dataclass(frozen=True, slots=True)
class RuledTable:
    top: float  # from the top of the page, in page units
    bottom: float
    rows: list[tuple[str, ...]]


def ruled_tables(data: bytes, pages: set[int]) -> dict[int, list[RuledTable]]:
    """The ruled tables of the given pages (0-based), page -> its tables from the top down, those
    of one column too (boxes: whether their rows are cells is the pipeline's call)."""
    import pdfplumber

    found: dict[int, list[RuledTable]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index in sorted(pages):
            page = pdf.pages[index]
            tables = [_read(page, table) for table in page.find_tables()]
            found[index] = sorted((t for t in tables if t is not None), key=lambda t: t.top)
    return found


def _read(page: Any, table: Any) -> RuledTable | None:
    grid = [list(row.cells) for row in table.rows]
    if len(grid) < _MIN_ROWS:
        return None
    rows: list[tuple[str, ...]] = []
    above: dict[int, tuple[tuple[float, float, float, float], str]] = {}  # column -> its last real cell and text
    for row in grid:
        top = next((box[1] for box in row if box is not None), 0.0)
        texts: list[str] = []
        for column, box in enumerate(row):
            if box is not None:
                text = _cell_text(page, box)
                above[column] = (box, text)
            elif column in above and above[column][0][3] > top + 1:
                text = above[column][1]  # a cell merged down from the row above
            else:
                text = texts[-1] if texts else ""  # a cell merged across from the left
            texts.append(text)
        rows.append(tuple(texts))
    return RuledTable(table.bbox[1], table.bbox[3], rows)


def _centred_in(box: tuple[float, float, float, float], obj: dict[str, Any]) -> bool:
    """Whether a glyph's middle lies in the cell: a glyph of the line set close under a table only
    reaches into its last row."""
    x0, top, x1, bottom = box
    return "top" in obj and x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom


def _cell_text(page: Any, box: tuple[float, float, float, float]) -> str:
    """A cell's text: a line that reaches the cell's right side (as far in as its first line stands
    from the left) goes on into the next; others end a line of their own."""
    lines = [line for line in page.filter(partial(_centred_in, box)).extract_text_lines() if line["text"].strip()]
    if not lines:
        return ""
    right = box[2] - (min(line["x0"] for line in lines) - box[0])
    out: str = lines[0]["text"].strip()
    for line, below in pairwise(lines):
        em = max((char["size"] for char in line["chars"]), default=10.0)
        text = below["text"].strip()
        out += ("" if right - line["x1"] < first_unit(text, em) + em / 2 else "\n") + text
    return out
