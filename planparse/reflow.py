"""Line structure lost on the way back, before the outline is built.

Text copied out of web pages arrives as a whole plan on one line, or as a task table with one
cell per line. Both are restored: the long line is split before each numbering marker that
follows the end of a sentence, and a run of column headers (序号, 工作任务, 牵头单位, …) one per
line regroups the lines after it into table rows, which the task-table stage then reads.
"""

from __future__ import annotations

import re

from .blocks import Block
from .tables import column_role
from .text import fold
from .vocabulary import NAME_ROLES

_RUN_ON_MIN = 150  # a line shorter than this is a paragraph, however many numbers it holds
_MARKER_AFTER_SENTENCE = re.compile(
    r"(?<=[。；;！!？?）)\s])\s*(?=(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d)|\(\d{1,2}\)|[①-⑳]))"
)
_HEADER_CELL_MAX = 12


def split_run_on(blocks: list[Block]) -> list[Block]:
    """A document of one or a few very long lines, split before its numbering markers."""
    if len(blocks) > 5:
        return blocks
    out: list[Block] = []
    for block in blocks:
        if len(block.text) < _RUN_ON_MIN or block.cells:
            out.append(block)
            continue
        cuts = [m.end() for m in _MARKER_AFTER_SENTENCE.finditer(fold(block.text))]
        if len(cuts) < 2:
            out.append(block)
            continue
        starts = [0, *cuts]
        ends = [*cuts, len(block.text)]
        out.extend(Block(block.text[a:b].strip(), block.line) for a, b in zip(starts, ends, strict=True) if block.text[a:b].strip())
    return out


def _header_run(blocks: list[Block], start: int) -> int:
    """How many lines from `start` are task-table column headers, one per line (0 if fewer than 3)."""
    roles = []
    for index in range(start, len(blocks)):  # by index: a slice (or islice) per line would be quadratic
        block = blocks[index]
        role = column_role(block.text) if len(block.text.strip()) <= _HEADER_CELL_MAX and not block.cells else None
        if role is None:
            break
        roles.append(role)
    known = set(roles)
    if len(roles) >= 3 and "task" in known and known & {*NAME_ROLES, "deadline"}:
        return len(roles)
    return 0


def cells_from_lines(blocks: list[Block], first_table: int = 1) -> list[Block]:
    """A table pasted one cell per line, regrouped into rows with cells.

    Rows are told apart by the number column when there is one (a line holding just the next
    number starts a row; a row with extra lines joins them into its task cell), else by count.
    """
    out: list[Block] = []
    table = first_table
    i = 0
    while i < len(blocks):
        width = _header_run(blocks, i)
        if not width:
            out.append(blocks[i])
            i += 1
            continue
        headers = [b.text.strip() for b in blocks[i: i + width]]
        out.append(Block(" ".join(headers), blocks[i].line, tuple(headers), table))
        i += width
        numbered = column_role(headers[0]) == "number"
        task = next(k for k, h in enumerate(headers) if column_role(h) == "task")
        expected = 1
        while i < len(blocks) and not blocks[i].cells:
            if numbered:
                if blocks[i].text.strip() != str(expected):
                    break
                j = i + 1
                while j < len(blocks) and blocks[j].text.strip() != str(expected + 1) and j - i < width * 3:
                    j += 1
                row = [b.text.strip() for b in blocks[i:j]]
                if len(row) > width:  # a task written over several lines
                    extra = len(row) - width
                    row[task: task + extra + 1] = ["\n".join(row[task: task + extra + 1])]
                expected += 1
            else:
                j = min(i + width, len(blocks))
                row = [b.text.strip() for b in blocks[i:j]]
            row += [""] * (width - len(row))
            out.append(Block(" ".join(c for c in row if c), blocks[i].line, tuple(row), table))
            i = j
        table += 1
    return out
