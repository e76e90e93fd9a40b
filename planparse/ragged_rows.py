"""A text table whose merged cells left its rows ragged, filled back: a row of one cell more than
its header opens with its group; a row of fewer is short of the cells merged down from above, or
of its task merged down over the rows of its measures; a row set one column right moves back.
"""

from __future__ import annotations

from .blocks import Block
from .columns import KIND_COLUMN, column_role, fits_column, header_roles, is_header, trimmed
from .vocabulary.labels import NAME_ROLES


def ragged_rows(blocks: list[Block]) -> list[Block]:
    """A text table some of whose rows hold one cell more than its header, as a page's merged cells
    leave them: such a row opens with the group it belongs to (开学前, 第一周), which becomes a kind
    column; a row with fewer is short of the cells merged down from the row above, so its cells
    fill the columns from the right (the unit and the time are the last ones) and the rest carry
    down. A row whose last cell does not fit the last column is only short at its end."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].table is not None and blocks[j].table == blocks[i].table and blocks[j].cells:
            j += 1
        if j - i >= 3:
            out.extend(_filled(blocks[i:j]))
            i = j
        else:
            out.append(blocks[i])
            i += 1
    return out


def _unshifted(cells: list[str], header: list[str]) -> list[str]:
    """A row set one column right of its header (序号 empty, or its header's name merged down, and
    the row's number under the next column), its cells moved back under their names."""
    if len(cells) > 2 and cells[0] in ("", header[0]) and cells[1].isdigit() and column_role(header[0]) == "number":
        return cells[1:]
    return cells


def _filled(rows: list[Block]) -> list[Block]:
    header = trimmed(rows[0].cells)
    read = [trimmed(r.cells) for r in rows[1:]]
    body = [_unshifted(cells, header) for cells in read]
    width = len(header)
    if not is_header(tuple(header)) or any(len(c) > width + 1 for c in body):
        return rows
    if not any(len(c) == width + 1 for c in body):  # other rows of fewer cells, other readings settle
        return _under_merged_tasks(rows, header, body) or [rows[0], *(
            Block(block.text, block.line, tuple(cells + [""] * (width - len(cells))), block.table) if cells is not as_read else block
            for block, cells, as_read in zip(rows[1:], body, read, strict=True))]
    extra = 1
    last = header_roles(tuple(header))[-1]
    full = width + extra
    previous = [""] * full
    filled: list[Block] = [Block(rows[0].text, rows[0].line, (*[KIND_COLUMN] * extra, *header), rows[0].table)]
    for block, cells in zip(rows[1:], body, strict=True):
        if len(cells) < full and cells and fits_column(cells[-1], last):
            row = previous[: full - len(cells)] + cells  # merged cells carried down, the rest from the right
        else:
            row = [*([""] * (full - width) if len(cells) <= width else []), *cells] + [""] * max(0, width - len(cells))
        filled.append(Block(block.text, block.line, tuple(row[:full]), block.table))
        previous = row
    return filled


def _under_merged_tasks(rows: list[Block], header: list[str], body: list[list[str]]) -> list[Block] | None:
    """A numbered table whose task cell is merged down over the rows of its measures (序号 | 工作任务 |
    细化分工 | 责任处室 | 完成时限 | 备注, a row under it written 2 | 扎实做好… | 疾控处 | 长期推进):
    a short row's units and time fill their columns from the right (备注 may stay empty), its text is
    its task, and the merged task names the kind of every row it covers, its own row's too."""
    roles = header_roles(tuple(header))
    if roles[0] != "number" or "task" not in roles:
        return None
    task = roles.index("task")
    width = len(header)
    filled: list[Block] = [Block(rows[0].text, rows[0].line, (KIND_COLUMN, *header), rows[0].table)]
    kind = ""
    short = False
    for block, cells in zip(rows[1:], body, strict=True):
        aligned = _aligned(cells, roles, task) if cells and cells[0].isdigit() and len(cells) < width - 1 else None
        if len(cells) >= width - 1 and len(cells) > task:
            kind = cells[task]
            aligned = cells + [""] * (width - len(cells))
        elif aligned is None or not kind:
            return None
        else:
            short = True
        filled.append(Block(block.text, block.line, (kind, *aligned), block.table))
    return filled if short else None


def _aligned(cells: list[str], roles: tuple[str | None, ...], task: int) -> list[str] | None:
    """A short numbered row's cells in their columns: its units and time from the right where they
    read as such, its number first, the rest from the task column on."""
    row = [""] * len(roles)
    row[0] = cells[0]
    at = len(cells) - 1
    for column in range(len(roles) - 1, task, -1):
        if at > 1 and roles[column] in (*NAME_ROLES[:3], "deadline") and cells[at] and fits_column(cells[at], roles[column]):
            row[column], at = cells[at], at - 1
    middle = cells[1: at + 1]
    if not middle or task + len(middle) > len(roles) or any(row[task: task + len(middle)]):
        return None
    row[task: task + len(middle)] = middle
    return row
