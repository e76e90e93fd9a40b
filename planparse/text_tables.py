"""Tables as text writes them, gathered into rows of cells before the outline is built.

Text copied out of web pages and spreadsheets brings a task table with one cell per line, each
cell perhaps closed by a bar, or rows written with `|`, tabs or commas, or lined up with spaces
under a header that names the columns. A run of column headers (序号, 工作任务, 牵头单位, …) one
per line regroups the lines after it into rows; a row that continues on the next line is joined
back; a row short of the cells merged down from above is filled. The task-table stage then
reads the rows.
"""

from __future__ import annotations

import csv
import re
from itertools import pairwise

from .blocks import Block, is_cell_close
from .columns import HEADER_CELL_MAX, column_role, fits_column, header_roles, is_header, trimmed
from .markers import GROUPING, marker_of
from .ragged_rows import ragged_rows
from .spaced_columns import SpacedHeader, spaced_header, spaced_row
from .text import fold
from .units import is_person, split_names
from .vocabulary.labels import ASSIGNING_VERBS, NAME_ROLES
from .vocabulary.times import UNDATED_TIMES

# a line between table rows that names a group of the rows after it (一、提升政务服务效能), not a sentence
_SENTENCE_END = re.compile("[。；;]")
_GROUP_MAX = 40


def _header_run(blocks: list[Block], start: int) -> int:
    """How many lines from `start` are task-table column headers, one per line (0 if fewer than 3)."""
    roles = []
    for index in range(start, len(blocks)):  # by index: a slice (or islice) per line would be quadratic
        block = blocks[index]
        role = column_role(block.text) if len(block.text.strip()) <= HEADER_CELL_MAX and not block.cells else None
        if role is None:
            break
        roles.append(role)
    known = set(roles)
    if len(roles) >= 3 and "task" in known and known & {*NAME_ROLES, "deadline"}:
        return len(roles)
    return 0


def _fit(lines: list[str], headers: list[str], task: int) -> list[str]:
    """A row's lines as its cells. A task written over several lines leaves more lines than
    columns; the extra ones go with the task, either right after its first line (text pasted
    cell by cell) or after the row's last cell (a PDF draws a wrapped line below the row): the
    placement whose cells read as their columns wins."""
    width = len(headers)
    lines = _joined_where_cut(lines)
    extra = len(lines) - width
    if extra <= 0:
        return lines
    roles = header_roles(tuple(headers))
    at_end = lines[:width]
    at_end[task] = "".join([at_end[task], *lines[width:]])
    # the extra lines go with a task column (the last of two, a description, wraps most), some
    # cells at the end perhaps left empty (备注)
    def fit(row: list[str]) -> int:
        return sum(fits_column(c, r) for c, r in zip(row, roles, strict=False))

    candidates = [
        (fit(row), -empty, k, row)
        for k, role in enumerate(roles) if role == "task" and k < len(lines)
        for empty in range(min(_EMPTY_AT_END_MAX, width - k - 1) + 1)
        for row in [[*lines[:k], "".join(lines[k: k + extra + empty + 1]), *lines[k + extra + empty + 1:], *[""] * empty]]
    ]
    best = max(candidates, key=lambda c: c[:3], default=None)  # the cells that read best, fewest left empty
    return best[3] if best is not None and best[0] >= fit(at_end) else at_end


_EMPTY_AT_END_MAX = 2


def _joined_where_cut(lines: list[str]) -> list[str]:
    """A cell's list the line end cut after a separator (宝龙社区、 / 雅乐轩酒店) joined back."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith("、"):
            out[-1] += line
        else:
            out.append(line)
    return out


_TERMINATED = re.compile(r"^(.*?)\s*[|｜]\s*$", re.S)


_TERMINATED_MIN = 6  # two rows of three cells at the least


def box_rows(blocks: list[Block], closes: frozenset[int]) -> list[Block]:
    """A table of one column (a box) is a frame round text, its rows only lines; but a page's table
    flattened one cell per line and then written into an office file comes as boxes of its
    one-line cells, each row one cell, between the lines of its longer cells. The bars a reader
    set after each box row (`closes`) are kept where that is so: where the text around closes its
    cells with a bar on a line of its own, or where the boxes' first rows name a task table's
    columns before its first row number (序号 / 活动名称 / 时间 / 负责部门 / 1 / …)."""
    if not closes:
        return blocks
    if any(is_cell_close(block.text) for k, block in enumerate(blocks) if k not in closes):
        return blocks
    cells = [blocks[k - 1].text.strip() for k in sorted(closes) if k and k - 1 not in closes]
    first_row = next((k for k, cell in enumerate(cells) if cell.isdigit()), 0)
    if first_row >= 2 and is_header(tuple(cells[:first_row])):
        return blocks
    return [block for k, block in enumerate(blocks) if k not in closes]


def terminated_cells(blocks: list[Block], first_table: int = 1) -> list[Block]:
    """A table a page gives one cell after another, each closed by a | at its end or on a line of
    its own (序号 | / 活动内容 | / 1 | / …), regrouped into rows: the header is the cells before the
    first row number, and a cell of several lines (units one to a line, 4月21日 / 9:00) stays one."""
    ends = [i for i, b in enumerate(blocks) if not b.cells and b.text.rstrip().endswith(("|", "｜"))]
    if len(ends) < _TERMINATED_MIN:
        return blocks
    out: list[Block] = []
    table = first_table
    start = 0
    while ends:
        first = ends[0]
        run = [first]  # one table: terminators with no more than a cell's lines between them
        for end in ends[1:]:
            if end - run[-1] > _CELL_LINES_MAX:
                break
            run.append(end)
        ends = ends[len(run):]
        opening = first - 1 if is_cell_close(blocks[first].text) else first  # the first header is one line
        cells = [_cell([blocks[opening]] if opening < first else [], blocks[first])]
        cells += [_cell(blocks[a + 1: b], blocks[b]) for a, b in pairwise(run)]
        width = next((k for k, cell in enumerate(cells) if cell.isdigit()), 0)
        if width < 2 or opening < start:
            continue
        out.extend(blocks[start:opening])
        lines = [blocks[opening].line, *(blocks[a + 1].line for a in run[:-1])]
        for k in range(0, len(cells), width):
            row = cells[k: k + width] + [""] * (width - len(cells[k: k + width]))
            out.append(Block(" ".join(c for c in row if c), lines[k], tuple(row), table))
        start = run[-1] + 1
        table += 1
    return out + blocks[start:]


_CELL_LINES_MAX = 8


def _cell(lines: list[Block], end: Block) -> str:
    closing = _TERMINATED.match(end.text)
    last = closing.group(1).strip() if closing else ""
    return "\n".join([*(b.text.strip() for b in lines), *([last] if last else [])])


def cells_from_lines(blocks: list[Block], first_table: int = 1) -> list[Block]:
    """A table pasted one cell per line, regrouped into rows with cells.

    Rows are told apart by the number column when there is one (a line holding just the next
    number starts a row; a row with extra lines joins them into its task cell), else by count.
    """
    # a run of headers is at least three short lines: where none is, no line need be read as one
    short = [len(b.text.strip()) <= HEADER_CELL_MAX and not b.cells for b in blocks]
    if not any(all(short[i: i + 3]) for i in range(len(short) - 2)):
        return blocks
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
                while (j < len(blocks) and blocks[j].text.strip() != str(expected + 1) and j - i < width * 3
                       and not _PART_HEADING.match(blocks[j].text)):  # 五、活动意义 after the last row
                    j += 1
                row = _fit([b.text.strip() for b in blocks[i:j]], headers, task)
                expected += 1
            else:
                j = min(i + width, len(blocks))
                row = [b.text.strip() for b in blocks[i:j]]
            row += [""] * (width - len(row))
            out.append(Block(" ".join(c for c in row if c), blocks[i].line, tuple(row), table))
            i = j
        table += 1
    return out


_PART_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")


_PIPE_ROW = re.compile(r"^\s*\|?(?:[^|]*\|){2,}[^|]*\|?\s*$")


_RULE_CELL = re.compile(r"[-=─—:+]{2,}")


_RULE_ROW = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")  # |---|---| under a header


def _row_cells(text: str) -> tuple[str, ...] | None:
    if "\t" in text and text.count("\t") >= 2:
        return tuple(cell.strip() for cell in text.strip("\n").split("\t"))
    folded = fold(text)  # ｜ is | too; folding keeps positions, so cells are cut from the original
    if _PIPE_ROW.match(folded):
        bars = [i for i, ch in enumerate(folded) if ch == "|"]
        edges = [-1, *bars, len(text)]
        cells = [text[a + 1: b].strip() for a, b in pairwise(edges)]
        if folded.strip().startswith("|"):
            cells = cells[1:]
        if folded.strip().endswith("|"):
            cells = cells[:-1]
        return tuple(cells)
    return None


# a line of three or more short cells between commas, as a CSV header is (序号,工作任务,牵头单位);
# led by a newline, so that a search of a whole text is a quick scan for newlines
_CSV_HEADER = re.compile(r"\n[^,\n，。；;]{1,12}+(?:,[^,\n，。；;]{1,12}+){2,}[ \t\r]*(?=\n|$)")


def may_hold_csv(text: str) -> bool:
    """Whether a plain text may hold a spreadsheet saved as CSV: a line that looks like its header."""
    return "," in text and _CSV_HEADER.search("\n" + text) is not None


def comma_rows(blocks: list[Block]) -> list[Block]:
    """A spreadsheet saved as CSV (序号,工作任务,牵头单位,…): from a line of comma-separated
    column headers to the first line that is no such row (a sentence after the table holds a
    comma or two, a row most of the header's cells), each line a tab row (quoted cells read as
    the csv module reads them), so that the tab rows' reading applies, and no row is taken for
    a wrapped line."""
    out: list[Block] = []
    width = 0  # of the table being read; 0 outside one
    for block in blocks:
        if "," in block.text and not block.cells and (width or _CSV_HEADER.match("\n" + block.text)):
            cells = [cell.strip() for cell in next(csv.reader([block.text]))]
            if (width and len(cells) >= max(3, (width + 1) // 2)) or is_header(tuple(cells)):
                width = max(width, len(cells))
                out.append(Block("\t".join(cells + [""] * (width - len(cells))), block.line))
                continue
        width = 0
        out.append(block)
    return out


def delimited_rows(blocks: list[Block], first_table: int = 1) -> list[Block]:
    """Rows written with `|` or tabs (commas, in plain text, became tabs as it was read), or
    lined up with spaces under a header, as table rows, their merged cells filled (ragged_rows). A row whose first cell is empty, or a
    plain line between two rows, continues the row above: its text joins the cells it stands under."""
    texts = [b.text for b in blocks]
    spaced = [spaced_header(b) if " " in b.text or "\u3000" in b.text else None for b in blocks]
    if not any("|" in t or "｜" in t or "\t" in t for t in texts) and not any(spaced):
        return blocks  # the common case: no line is written as a row
    out: list[Block] = []
    counted = first_table - 1  # tables numbered so far
    table = counted  # the number of the table being read
    previous_row = False
    columns: SpacedHeader | None = None  # of the table lined up with spaces being read
    head_opened = False  # whether the table's first row opens with a bar
    for i, block in enumerate(blocks):
        cells = None if block.cells else _row_cells(block.text)
        if cells is not None and not previous_row and sum(1 for c in cells if c) < 2:
            cells = None  # \t\t\t区人民政府办公室: a line set in with tabs, not a row (within a table, a cell's rest)
        if cells is None and not block.cells:
            if spaced[i] or not previous_row:
                columns = spaced[i]
            cells = spaced_row(block.text, columns) if columns else None
        if cells is not None and (_RULE_ROW.match(fold(block.text)) or all(_RULE_CELL.fullmatch(c) for c in cells if c)):
            continue  # |---|---|, or ---- ------ under a header lined up with spaces
        if cells is None and previous_row and is_cell_close(block.text):
            continue  # a row's closing bar, on a line of its own
        if cells is None:
            if previous_row and out[-1].cells and _joins_the_row_above(out, block, blocks[i + 1] if i + 1 < len(blocks) else None, table):
                continue
            out.append(block)
            previous_row = False
            continue
        opened = not block.cells and block.text.lstrip()[:1] in ("|", "｜")
        # | 8:30 | 开幕式 | … under 日期 | 时间 | 活动内容 | …: the bar closes the one cell merged down from above
        # (a wrapped line's rest that opens with a bar holds fewer)
        under_merged = previous_row and opened and not head_opened and len(cells) == len(out[-1].cells) - 1
        if under_merged:
            cells = ("", *cells)
        if previous_row and len(cells) < len(out[-1].cells):
            cells = (*cells, *[""] * (len(out[-1].cells) - len(cells)))  # empty cells at the end, stripped with the line
        if not previous_row:
            head_opened = opened
            above = _table_above(out, len(cells))
            if above is None:
                counted += 1
                table = counted
            else:  # rows with no header of their own, right under a table (bars between): its rest
                del out[above + 1:]
                table = out[above].table or table
        elif (not cells[0] and not under_merged and out[-1].cells and len(cells) == len(out[-1].cells) and any(cells)
              and not all(column_role(c) for c in cells if c)):  # a second header row stays a row
            _continue_row(out, block, cells, table)  # 序号 empty: the row above continues
            continue
        out.append(Block(" ".join(c for c in cells if c), block.line, cells, table))
        previous_row = True
    return ragged_rows(out)  # a row of one cell more than its header: a merged group's


def _joins_the_row_above(out: list[Block], block: Block, following: Block | None, table: int) -> bool:
    """Whether a plain line right after a row goes into the table: a numbered line that names the
    group of the rows after it (一、提升政务服务效能), the rest of a time the row's last cell was cut
    inside (…\t持 / 续推进, after the table's last row too), or a wrapped line between two rows (the
    task text of the row above goes on, or its last cell where its line was cut inside it: …\t2021
    / 年11月); a line before another table's header is no row's rest."""
    text = block.text.strip()
    row = out[-1]
    if len(block.text) <= _GROUP_MAX and marker_of(block.text, GROUPING) and not _SENTENCE_END.search(block.text):
        out.append(Block(text, block.line, (text, *[""] * (len(row.cells) - 1)), table))  # one cell merged across
        return True
    rest = text[:-1].rstrip() if is_cell_close(text[-1:]) else text  # …\t2024 / 年6月 |: the row's bar closes it
    if (cut := _time_cut_in_last_cell(out, rest)) is not None:
        joined = tuple(c + rest if k == cut else c for k, c in enumerate(row.cells))
    elif following is not None and (next_cells := _row_cells(following.text)) is not None and not is_header(next_cells):
        last = len(row.cells) - 1
        target = last if _cut_inside(row.cells[-1], text, _column_roles(out, row)[last]) else _task_column(out, row)
        joined = tuple(c + text if k == target else c for k, c in enumerate(row.cells))
    else:
        return False
    out[-1] = Block(" ".join(c for c in joined if c), row.line, joined, row.table)
    return True


def _continue_row(out: list[Block], block: Block, cells: tuple[str, ...], table: int) -> None:
    """A row whose first cell is empty: the next measure of the key task above it, or the rest of
    the row above, each cell joined to the one it stands under."""
    row = out[-1]
    roles = _column_roles(out, row)
    measure = _next_measure(row.cells, cells, roles)
    if measure is not None:
        out.append(Block(" ".join(c for c in measure if c), block.line, measure, table))
        return
    joined = tuple(_continue_cell(a, b, roles[k]) for k, (a, b) in enumerate(zip(row.cells, cells, strict=True)))
    out[-1] = Block(" ".join(c for c in joined if c), row.line, joined, row.table)


def _table_above(out: list[Block], width: int) -> int | None:
    """Where the table ends that rows of `width` cells, read right after it, go on: its last row,
    when only bars stand between and it is a task table at least as wide."""
    k = len(out) - 1
    while k >= 0 and is_cell_close(out[k].text) and not out[k].cells:
        k -= 1
    if k < 0 or not out[k].cells or out[k].table is None or len(out[k].cells) < width:
        return None
    first = next(b for b in out if b.table == out[k].table)
    return k if is_header(first.cells) else None


def _column_roles(out: list[Block], row: Block) -> list[str | None]:
    """What each column of the row's table holds, by its header row (None where unknown)."""
    header = next((b for b in out if b.table == row.table), row)
    if len(header.cells) != len(row.cells):
        return [None] * len(row.cells)
    return list(header_roles(header.cells))


def _next_measure(above: tuple[str, ...], cells: tuple[str, ...], roles: list[str | None]) -> tuple[str, ...] | None:
    """A row that leaves its number and its key task empty but writes a measure of its own
    (序号 | 重点任务 | 具体措施 | …, the first two merged down in the spreadsheet it came from) is
    the next measure of the task above: its empty cells take the values the merged cells hold,
    as they do in a .docx, and the key task groups the measures."""
    tasks = [k for k, role in enumerate(roles) if role == "task"]
    if len(tasks) < 2 or cells[tasks[0]] or not above[tasks[0]] or not any(cells[k] for k in tasks[1:]):
        return None
    return tuple(cell or (above[k] if k not in tasks[1:] else "") for k, cell in enumerate(cells))


_CUT_NUMBER = re.compile(r"[0-9０-９]$")


_NUMBER_GOES_ON = re.compile(r"[0-9０-９年月日号底前]")


_TWO_CHARACTER_VERBS = tuple(verb for verb in ASSIGNING_VERBS if len(verb) == 2)


def _cut_inside(last: str, text: str, role: str | None) -> bool:
    """Whether a line that wraps a row finishes its last cell, not its task: the cell stops at a
    number the line's start goes on from (2021 / 年11月), after a 、, or inside a bracket; or the
    row's line stopped at the tab before its last cell, and the line reads as what that column
    holds (…\t2024年9月30日\t / 王强 under 责任人)."""
    if not text:
        return False
    if not last:
        return role in (*NAME_ROLES, "deadline") and fits_column(text, role) and (role != "lead_officials" or all(
            is_person(name) for name in split_names(text)
        ))
    if _CUT_NUMBER.search(last):
        return _NUMBER_GOES_ON.match(text) is not None
    if role == "deadline" and _completes_a_time(last, text):
        return True
    if any(verb.startswith(last[-1]) and text.startswith(verb[1:]) for verb in _TWO_CHARACTER_VERBS):
        return True  # 县卫健局配 / 合: the page cut the verb that gives the unit its part
    return last.endswith(("、", "，", ",")) or last.count("（") + last.count("(") > last.count("）") + last.count(")")


def _time_cut_in_last_cell(out: list[Block], text: str) -> int | None:
    """The cell whose time a line after a row finishes: the row's last filled cell, where it stands
    in a deadline column (a row short of its header's last cells, 备注 left empty, counts from the left)."""
    row = out[-1]
    last = len(trimmed(row.cells)) - 1
    roles = header_roles(next((b for b in out if b.table == row.table), row).cells)
    if 0 <= last < len(roles) and roles[last] == "deadline" and _completes_a_time(row.cells[last], text):
        return last
    return None


def _completes_a_time(last: str, text: str) -> bool:
    """2024年5月 / 底前, 持 / 续推进: a time cut in its cell, whose rest says what the cell alone
    does not; a line after a whole one (6月底前 / 加强督导检查) adds nothing to it."""
    from .deadlines import SOME_YEAR, parse_deadline

    joined = parse_deadline(last + text, SOME_YEAR)
    if joined is None or joined.kind == "unknown":
        return False
    alone = parse_deadline(last, SOME_YEAR)
    if alone is not None and fold(last + text).strip() in UNDATED_TIMES:
        return True  # 持续 / 推进: one phrase, though the first word says as much
    return alone is None or (alone.kind, alone.start, alone.end) != (joined.kind, joined.start, joined.end)


def _continue_cell(above: str, below: str, role: str | None) -> str:
    """A cell continued on a row whose number cell is empty. Units and deadlines there are more
    values (a merged task with a second measure, unit and date); text after a comma is the same
    sentence wrapped; other text is a line of its own."""
    if not above or not below:
        return above + below
    if role in (*NAME_ROLES, "deadline") or not above.endswith(("，", ",", "、", "；", ";")):
        return f"{above}\n{below}"
    return above + below


def _task_column(out: list[Block], row: Block) -> int:
    """The task column of the row's table, by its header; else the row's longest cell."""
    roles = _column_roles(out, row)
    if "task" in roles:
        return roles.index("task")
    return max(range(len(row.cells)), key=lambda k: len(row.cells[k]))
