"""Rows lined up with spaces under a header that names the columns, as a table copied out of a
page or typed in a plain-text editor comes: each cell in the column it starts in (a cell left
empty is found by where the next one stands), or, under a header set apart with one space, one
cell between each two spaces, a cell that lists units with spaces between them kept whole."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from .blocks import Block
from .columns import column_role, is_header
from .text import display_width
from .units import is_unit_name

# Columns lined up with spaces: two or more, or one ideographic space, stand between cells.
_GAP = re.compile(r"[ \u3000]{2,}|\u3000")


_ALIGN_SLACK = 2  # how far a cell may start to the left of its column's header


def _spaced_cells(text: str) -> list[tuple[int, str]]:
    """The cells of a line lined up with spaces, each with the screen column it starts at."""
    body = text.rstrip()
    cells: list[tuple[int, str]] = []
    start = len(body) - len(body.lstrip(" \u3000"))
    for gap in [*_GAP.finditer(body, start), None]:
        end = gap.start() if gap else len(body)
        if end > start:
            cells.append((display_width(body[:start]), body[start:end]))
        start = gap.end() if gap else start
    return cells


class SpacedHeader(NamedTuple):
    """A task table's header written with spaces: where its columns start, and whether it is
    padded to their widths (序号 重点任务   牵头单位), so that its rows are cut where the columns
    start, or only set apart with one space (序号 重点任务 牵头单位), so that its rows are too."""

    columns: list[int]
    padded: bool


def spaced_header(block: Block) -> SpacedHeader | None:
    """The header, when the line is a task table's header lined up with spaces (one space will do
    between names that each name a column)."""
    inner = block.text.strip(" \u3000")
    if block.cells or (" " not in inner and "\u3000" not in inner) or len(inner) > _SPACED_HEADER_MAX:
        return None
    padded = "  " in inner or "\u3000" in inner
    words = _single_spaced_cells(block.text)
    if len(words) >= 3 and all(column_role(w) for _, w in words) and is_header(tuple(w for _, w in words)):
        return SpacedHeader([column for column, _ in words], padded)  # every word a column's name
    cells = _spaced_cells(block.text)
    return SpacedHeader([column for column, _ in cells], True) if len(cells) >= 3 and is_header(tuple(c for _, c in cells)) else None


_SPACED_HEADER_MAX = 80


_ONE_SPACE = re.compile("[ \u3000]")


_SPACES = re.compile(r"[ \u3000]+")


def _single_spaced_cells(text: str) -> list[tuple[int, str]]:
    """The words of a line between spaces, each with the screen column it starts at."""
    return [(display_width(text[: m.start()]), m.group()) for m in re.finditer(r"[^ \u3000]+", text)]


def _cut_at_columns(text: str, columns: list[int]) -> tuple[str, ...] | None:
    """A row padded to its header's columns, a cell as wide as its column leaving one space
    before the next (开展…实践活动 区委办公室): cut where each column starts, after a space."""
    starts = {display_width(text[:i]): i for i in range(len(text) + 1)}  # screen column -> index
    cuts = [0]
    for column in columns[1:]:
        at = next((starts[c] for c in (column, column - 1, column + 1) if c in starts and starts[c] > cuts[-1]
                   and text[starts[c] - 1] in " \u3000"), None)
        if at is None:
            return None
        cuts.append(at)
    cells = tuple(text[a:b].strip(" \u3000") for a, b in pairwise([*cuts, len(text)]))
    return cells if cells[0] or any(cells[1:]) else None


def _one_space_apart(pieces: list[str], width: int) -> tuple[str, ...] | None:
    """The cells of a row set apart with one space, a cell that lists units with spaces
    (区发改局 区工信局) joined back: the last two units that stand side by side are one cell's,
    until the row has its header's width."""
    while len(pieces) > width:
        pair = next((i for i in range(len(pieces) - 2, 0, -1) if is_unit_name(pieces[i]) and is_unit_name(pieces[i + 1])), None)
        if pair is None:
            return None
        pieces[pair: pair + 2] = [f"{pieces[pair]}、{pieces[pair + 1]}"]
    return tuple(pieces) if len(pieces) == width else None


def spaced_row(text: str, header: SpacedHeader) -> tuple[str, ...] | None:
    """A line's cells under the header's columns: each in the column it starts in, so a cell
    left empty is found by where the next one stands; under a header set apart with one space,
    one cell between each two spaces. None when the line is no such row."""
    columns = header.columns
    if not header.padded:
        return _one_space_apart(_ONE_SPACE.split(text.strip(" \u3000")), len(columns))
    cells = _spaced_cells(text)
    if len(cells) == len(columns):
        return tuple(cell for _, cell in cells)
    if len(cells) < len(columns) and (cut := _cut_at_columns(text, columns)) is not None and sum(1 for c in cut if c) > len(cells):
        return cut
    if len(cells) < 2:
        return None
    row = [""] * len(columns)
    for start, cell in cells:
        k = max((k for k, column in enumerate(columns) if column <= start + _ALIGN_SLACK), default=0)
        if row[k]:
            return None  # two cells in one column: not lined up under this header
        row[k] = cell
    return tuple(row)
