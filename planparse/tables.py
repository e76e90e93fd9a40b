"""Task tables (任务分工表): a header row of known columns makes every row below an activity.

Columns are named through the same label vocabulary as text fields (牵头单位, 完成时限, …)
plus the task and number columns only tables have (columns.py). A row whose cells all say the same (a
merged full-width cell) names the group of the rows under it; a header split over two rows
is joined. A table without such a header is ordinary text and is read in place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from .assembly import activity_warnings
from .blocks import Block
from .columns import HEADER_CELL_MAX, column_role, header_roles, is_header, over_its_columns
from .deadlines import SOME_YEAR, deadline_in_text, parse_deadline, recurring_in_text
from .fields import find_fields
from .items import fields_in
from .markers import COUNTING, marker_of
from .models import Activity, Deadline, Span
from .prose import deadline_beside_units, responsibility
from .text import fold, squeeze
from .titles import task_title
from .units import is_office, is_unit_name, join_titles, names_and_others
from .vocabulary.labels import ASSIGNING_VERBS, LABEL_ROLES, NAME_ROLES


@dataclass
class TaskTable:
    headers: list[str]
    roles: list[str | None]
    rows: list[tuple[Block, str | None]] = field(default_factory=list)  # (row, category)
    table: int = 0


def _header_rows(rows: list[Block]) -> tuple[int, list[str], list[str | None]] | None:
    """Where the data starts, the column names and their roles, or None when the table has no
    task header. A header of two rows is joined: a name under a merged one refines it (责任单位
    over 牵头 | 配合 names the lead and the cooperating units)."""
    if _a_form(rows):
        return None
    for i, row in enumerate(rows[:3]):
        if not is_header(row.cells):
            continue
        headers = list(row.cells)
        roles = list(header_roles(row.cells))
        following = list(rows[i + 1].cells) if i + 1 < len(rows) else []
        following += [""] * (len(headers) - len(following))
        below = [c for c in following if c and c not in headers]
        # 1 | 任务甲 | 区住建局: a row's number, or a unit, names no column
        a_task = any(role == "number" and following[k].strip().isdigit() for k, role in enumerate(roles)) or any(
            is_unit_name(c) and len(c) >= 3 and column_role(c) is None for c in below
        )
        if len(following) != len(headers) or a_task or not all(len(c) <= HEADER_CELL_MAX for c in following) or not any(
            column_role(c) for c in below
        ) or (len(below) > 1 and len(set(below)) == 1):  # 一、整治任务 merged across: a group's row
            return i + 1, *over_its_columns(headers, roles, rows[i + 1:])
        for k, (top, bottom) in enumerate(zip(headers, following, strict=True)):
            if bottom and bottom != top:
                headers[k] = f"{top}（{bottom}）" if top else bottom
                roles[k] = column_role(bottom) or roles[k]
        return i + 2, *over_its_columns(headers, roles, rows[i + 2:])
    return None


def _a_form(rows: list[Block]) -> bool:
    """项目名称 | 城区停车场建设 | 责任单位 | 县住建局: every row a label, its value, a label, its
    value — a form filled in, not a header over rows."""
    return all(
        len(row.cells) % 2 == 0 and all(_a_label(label) for label in row.cells[::2] if label)
        and not all(column_role(value) for value in row.cells[1::2] if value)
        for row in rows
    )


def _group_name(cells: tuple[str, ...]) -> str | None:
    """The text of a row that only names a group: one merged cell, or the first cell alone."""
    filled = [c for c in cells if c]
    if len(filled) >= 2 and len(set(filled)) == 1 and len(cells) > 1:
        return filled[0]
    if len(filled) == 1 and len(cells) > 2 and cells[0] == filled[0] and not cells[0].strip().isdigit():
        return filled[0]
    return None


def _labelled(cells: list[str]) -> list[str]:
    """A form's row, a label cell then its value (活动时间 | 6月20日), as one field line
    (活动时间：6月20日), so that the value is read as the label's; other cells as they are."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        label = squeeze(cells[i]).rstrip(":：")
        if i + 1 < len(cells) and _a_label(label) and "\n" not in label and not _a_label(cells[i + 1]):
            out.append(f"{label}：{cells[i + 1]}")
            i += 2
        else:
            out.append(cells[i])
            i += 1
    return out


def _a_label(cell: str) -> bool:
    return fold(squeeze(cell)).rstrip(":") in LABEL_ROLES  # 承办单位 | 办结时限: a header's names, no label and its value


_DATE_CELL_MAX = 20  # 2025年5月20日上午9:00—11:30, and no sentence


def _dated_row(cells: list[str]) -> bool:
    """A row of a table without a header that opens with its time and holds only short lines: a
    schedule's entry, which reads as one line (its time, what, who), not as cells set apart."""
    first = cells[0] if cells else ""
    if len(cells) < 2 or len(first) > _DATE_CELL_MAX or any("\n" in c for c in cells):
        return False
    deadline = parse_deadline(first, SOME_YEAR)
    return deadline is not None and deadline.start is not None and deadline.raw == first.strip()


_NEW_PART = re.compile(r"^\s*附\s*件\s*[\d一二三四五六七八九十]{1,3}\s*$")  # 附件2: what follows is another attachment


def _numbered_alike(rows: list[Block], table: TaskTable) -> bool:
    """Whether rows can be a table's rest: where it numbers its rows, they are numbered too (or
    blank, under a merged number); 单位 | 姓名 | 电话 under 序号 | 工作任务 | … is another table."""
    column = next((k for k, role in enumerate(table.roles) if role == "number"), None)
    if column is None:
        return True
    cells = [row.cells[column].strip() for row in rows if column < len(row.cells)]
    return all(not c or c.isdigit() or marker_of(c + " ", COUNTING) for c in cells)


def _without_header_names(row: Block, headings: list[tuple[str, ...]]) -> Block:
    """A row without the header's names that a cell merged down from the header repeats into it
    (日期 over the whole column): a name is no value."""
    cells = tuple("" if any(k < len(names) and cell == names[k] for names in headings) else cell for k, cell in enumerate(row.cells))
    return row if cells == row.cells else Block(row.text, row.line, cells, row.table)


_CONTINUED_MAX = 10  # two lines as short as 续表 or （续） may stand between a table and its rest; no longer one


_HEADER_ROWS = 5  # a task table's header stands under at most a title and a few notes


def task_sheets(blocks: list[Block], starts: tuple[int, ...]) -> list[Block]:
    """A workbook's first sheet, and each further sheet whose first rows hold a task table's header:
    a summary, a contact list or notes on a sheet of their own are no part of the plan. The tables
    kept are numbered again in order."""
    bounds = [0, *starts, len(blocks)]
    kept: list[Block] = []
    for k, (start, end) in enumerate(pairwise(bounds)):
        sheet = blocks[start:end]
        first_rows = sorted({block.line for block in sheet})[:_HEADER_ROWS]
        if k == 0 or any(block.cells and block.line in first_rows and is_header(block.cells) for block in sheet):
            kept.extend(sheet)
    numbers = {table: n for n, table in enumerate(dict.fromkeys(b.table for b in kept if b.table is not None), start=1)}
    return [Block(b.text, b.line, b.cells, numbers[b.table]) if b.table is not None else b for b in kept]


def split_tables(blocks: list[Block]) -> tuple[list[Block], list[TaskTable]]:
    """Text blocks (ordinary tables flattened in place) and the task tables. A table without a
    header, as wide as the task table right above it, is that table's rest, split by a page."""
    text: list[Block] = []
    tables: list[TaskTable] = []
    between = 0  # text blocks since the last task table
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.table is None:
            text.append(block)
            between += 3 if len(block.text.strip()) > _CONTINUED_MAX or _NEW_PART.match(block.text) else 1
            i += 1
            continue
        rows = [block]
        while i + len(rows) < len(blocks) and blocks[i + len(rows)].table == block.table:
            rows.append(blocks[i + len(rows)])
        i += len(rows)
        header = _header_rows(rows)
        rest = (header is None and bool(tables) and between < 3 and all(len(r.cells) == len(tables[-1].headers) for r in rows)
                and _numbered_alike(rows, tables[-1]))
        if rest:  # the rest of the table above, split by a page break (续表): its header holds
            start, task_table = 0, tables[-1]
            category = task_table.rows[-1][1] if task_table.rows else None
        elif header is not None:
            start, task_table, category = header[0], TaskTable(header[1], header[2], table=block.table), None
            tables.append(task_table)
        else:
            between += 3
            # 日期 | 带班领导 | 值班人员: columns named, but none of them a task — a roster, whose dated rows are no schedule
            named = len({column_role(c) for c in rows[0].cells} - {None}) >= 2
            for row in rows:
                seen: list[str] = []
                for cell in row.cells:
                    if cell and cell not in seen:
                        seen.append(cell)
                if not named and _dated_row(seen):
                    text.append(Block("  ".join(seen), row.line))  # 5月20日 | 科技成果展 | 县科技局: one schedule line
                    continue
                for cell in _labelled(seen):
                    text.extend(Block(line, row.line) for line in cell.split("\n") if line.strip())
            continue
        between = 0
        groups = [_group_name(row.cells) for row in rows]
        last_task = max((k for k in range(start, len(rows)) if groups[k] is None), default=len(rows))
        headings = [r.cells for r in rows[:start]]
        for k, row in enumerate(rows[start:], start=start):
            group = groups[k]
            if row.cells in headings:
                continue  # the header typed again where a page broke the table
            if group is None:
                task_table.rows.append((_without_header_names(row, headings), category))
            elif k < last_task:
                category = squeeze(group[marker.end:] if (marker := marker_of(group, COUNTING)) else group)
            else:  # a note under the last task (注：…) groups nothing: it is text
                text.extend(Block(line, row.line) for line in group.split("\n") if line.strip())
    return text, tables


def _grouping_column(table: TaskTable) -> int | None:
    """The task column that groups the ones after it: 重点任务 merged down the rows of its
    具体措施. A first task column that says the same on two rows running is such a column."""
    columns = [i for i, role in enumerate(table.roles) if role == "task"]
    if len(columns) < 2:
        return None
    first = columns[0]
    values = [row.cells[first] if first < len(row.cells) else "" for row, _ in table.rows]
    return first if any(a and a == b for a, b in pairwise(values)) else None


def _roles_in_the_task(task: str, roles: dict[str, list[str]], and_others: list[str]) -> None:
    """Who a row's task cell names, where no column does: its fields (（责任单位：县商务局）), else
    its prose (由县卫健委负责), as an item of the outline would be read."""
    fields = fields_in(task.split("\n"))
    for role in NAME_ROLES:
        names, others = fields.names_and_others(role)
        roles[role] = roles[role] or names
        if others and role not in and_others:
            and_others.append(role)
    if not any(roles[role] for role in NAME_ROLES[:3]):
        responsibility(task).fill(roles, and_others)


_NOTE_HEADERS = ("备注",)  # 备注 | 县卫健局配合: a note that gives a unit its part


def _roles_in_a_note(note: str, roles: dict[str, list[str]]) -> None:
    """Units a row's note gives a role (备注: 县卫健局配合), beside those its columns name."""
    if not any(verb in note for verb in ASSIGNING_VERBS):
        return
    for role, names in responsibility(note, segment=False).names.items():
        roles[role] += [n for n in names if not any(n in named for named in roles.values())]


def _labelled_cells(by_role: dict[str, list[str]]) -> dict[str, list[str]]:
    """A units cell that labels its names (牵头：县教育局；配合：县财政局) gives each the role its
    label says, not the column's."""
    out: dict[str, list[str]] = {role: list(cells) for role, cells in by_role.items() if role not in NAME_ROLES}
    for role in NAME_ROLES:
        for cell in by_role.get(role, []):
            labelled = [(f.role or role, f.value) for f in find_fields(cell) if f.role in NAME_ROLES and f.value]
            for named, value in labelled or [(role, cell)]:
                out.setdefault(named, []).append(value)
    return out


def _period_columns(table: TaskTable, year: int | None) -> dict[int, str]:
    """Columns named by a time (一季度 | 二季度, 2024年 | 2025年) in a table with no deadline
    column: each row's milestone in that period. Column -> its header."""
    if "deadline" in table.roles:
        return {}
    periods = {}
    for column, (header, role) in enumerate(zip(table.headers, table.roles, strict=False)):
        deadline = parse_deadline(squeeze(header), year) if header and role is None and len(header) <= HEADER_CELL_MAX else None
        if deadline is not None and deadline.kind == "window":
            periods[column] = squeeze(header)
    return periods if len(periods) >= 2 else {}


def _milestones_deadline(periods: dict[int, str], cells: tuple[str, ...], year: int | None) -> Deadline | None:
    """The window from the first to the last period a row has a milestone in."""
    filled = [header for column, header in periods.items() if column < len(cells) and cells[column].strip()]
    if not filled:
        return None
    deadline = parse_deadline(filled[0] if len(filled) == 1 else f"{filled[0]}至{filled[-1]}", year)
    return deadline if deadline is not None and deadline.kind == "window" else None


# 测评项目 | 测评内容, 工作类别 | 工作任务: a column before the task that names its kind
_CATEGORY_HEADERS = ("类别", "领域", "板块", "方面", "类型", "分类", "测评项目", "考核项目")


def _category_column(table: TaskTable) -> int | None:
    """A column before the first task column whose header names the tasks' kind, not a role."""
    first = next((i for i, role in enumerate(table.roles) if role == "task"), 0)
    return next((i for i in range(first) if table.roles[i] is None and fold(squeeze(table.headers[i])).endswith(_CATEGORY_HEADERS)), None)


def table_activities(table: TaskTable, year: int | None, section: str | None, issued: date | None = None) -> list[Activity]:
    activities = []
    grouping = _grouping_column(table)
    kind_column = _category_column(table) if grouping is None else None
    kind = None  # the kind a row names, or the one above it names (a cell merged down, or left blank)
    periods = _period_columns(table, year)
    # 周次 | 工作内容 | 负责部门: a calendar, its time first; a cell may list the period's jobs
    schedule = "deadline" in table.roles and "task" in table.roles and table.roles.index("deadline") < table.roles.index("task")
    for index, (row, category) in enumerate(table.rows, start=1):
        if kind_column is not None:
            kind = squeeze(row.cells[kind_column]) if kind_column < len(row.cells) and row.cells[kind_column] else kind
            category = kind or category
        by_role: dict[str, list[str]] = {}
        fields: dict[str, str] = {}
        for column, (header, role, cell) in enumerate(zip(table.headers, table.roles, row.cells, strict=False)):
            if not cell:
                continue
            if header and header not in fields:
                fields[squeeze(header)] = cell
            if column == grouping:
                # the key task; its measures are the activities
                category = squeeze(cell[marker.end:] if (marker := marker_of(cell, COUNTING)) else cell)
            elif role:
                by_role.setdefault(role, []).append(cell)
            if role == "info" and squeeze(header).endswith(_NOTE_HEADERS):
                by_role.setdefault("note", []).append(cell)
        task = "\n".join(dict.fromkeys(by_role.get("task", [])))
        marker = marker_of(task, COUNTING)
        body = task[marker.end:] if marker else task
        numbers = by_role.get("number") or ([task[: marker.end].strip()] if marker else [])
        number = numbers[0] if numbers else None
        if grouping is not None and marker:
            number = task[: marker.end].strip()  # the measure's own number, not the key task's merged one
        by_role = _labelled_cells(by_role)
        roles, and_others = _row_roles(by_role, body)
        deadline_value, deadline = _row_deadline(by_role, periods, row.cells, body, year, issued)
        items = _calendar_items(task) if schedule else []
        for k, (item_number, item) in enumerate(items or [(number, body)], start=1):
            activity = Activity(
                id=f"t{table.table}.{index}.{k}" if items else f"t{table.table}.{index}",
                number=item_number,
                section=section,
                category=category,
                title=task_title(item.split("\n")[0]),
                content=item,
                deadline=deadline,
                fields=fields,
                span=Span(start_line=row.line, end_line=row.line),
                and_others=and_others,
                **roles,
            )
            activity.warnings.extend(activity_warnings(activity, deadline_value))
            activities.append(activity)
    return activities


def _row_roles(by_role: dict[str, list[str]], body: str) -> tuple[dict[str, list[str]], list[str]]:
    """Who does a row's task: its role columns' names (a unit in a 负责人 column is responsible), a
    note that names roles, else the units its task text names; and the roles that end with 等."""
    split = {role: [names_and_others(cell) for cell in by_role.get(role, [])] for role in NAME_ROLES}
    roles = {role: [n for names, _ in found for n in names] for role, found in split.items()}
    people = roles["lead_officials"]  # a 负责人 column that names a unit: the unit is responsible
    roles["responsible_units"] += [n for n in people if is_office(n) and n not in roles["responsible_units"]]
    roles["lead_officials"] = join_titles([n for n in people if not is_office(n)])
    and_others = [role for role, found in split.items() if any(more for _, more in found)]
    for note in by_role.get("note", []):
        _roles_in_a_note(note, roles)
    if not any(roles[role] for role in NAME_ROLES[:3]):
        _roles_in_the_task(body, roles, and_others)  # 工作内容 | 完成时间, the units written in the task
    return roles, and_others


def _row_deadline(by_role: dict[str, list[str]], periods: dict[int, str], cells: tuple[str, ...], body: str, year: int | None,
                  issued: date | None) -> tuple[str | None, Deadline | None]:
    """By when a row's task is due: its time column (from its start column on), else the period
    columns it fills, else a time its task text gives; and the time column's value."""
    deadline_value, deadline = _dated_cell(by_role.get("deadline", []), year, issued)
    if by_role.get("start"):
        deadline_value, deadline = _from_start(by_role["start"][0], deadline_value, deadline, year, issued)
    deadline = deadline if deadline_value else (
        _milestones_deadline(periods, cells, year) or deadline_beside_units(body, year, issued) or deadline_in_text(body, year)
        or recurring_in_text(body))
    return deadline_value, deadline


def _from_start(start: str, end: str | None, deadline: Deadline | None, year: int | None, issued: date | None) -> tuple[str | None, Deadline | None]:
    """A row's window when a column says when the work starts (开始时间 | 完成时间: 2024年3月 |
    2024年10月); the end alone when the start reads as no time."""
    raw = f"{start}至{end}" if end else f"{start}起"
    window = parse_deadline(raw, year, issued)
    if window is None or window.start is None or (end and window.end is None):
        return end, deadline
    return raw, window


def _dated_cell(cells: list[str], year: int | None, issued: date | None) -> tuple[str | None, Deadline | None]:
    """The time cell that dates the row, and its deadline: of two (周次 | 日期), the one with dates."""
    found = [(cell, parse_deadline(cell, year, issued)) for cell in cells]
    return next(((c, d) for c, d in found if d is not None and (d.start or d.end)), found[0] if found else (None, None))


# 1.教师节表彰大会 2.班主任工作会议, ①…②…: the points a calendar's cell lists
_POINT_IN_CELL = re.compile(r"(?:^|(?<=[\s。；;，,]))(?:(\d{1,2})[.、．](?!\d)|([①-⑳]))\s*")


def _calendar_items(body: str) -> list[tuple[str | None, str]]:
    """The jobs a calendar lists in one cell (a week's or a month's), each a task of its own: points
    numbered in sequence. Items set apart with ； are one row's task, as a ledger keeps the row."""
    points = list(_POINT_IN_CELL.finditer(body))
    if len(points) >= 2 and points[0].start() == 0 and [p.group(1) or p.group(2) for p in points] == _first_numbers(points):
        ends = [p.start() for p in points[1:]] + [len(body)]
        return [(p.group(0).strip(), squeeze(body[p.end(): end]).rstrip("；;，,。")) for p, end in zip(points, ends, strict=True)]
    return []


def _first_numbers(points: list[re.Match[str]]) -> list[str]:
    """1, 2, 3… or ①, ②, ③…, as many as the points: the numbers a list in sequence holds."""
    if points[0].group(2):
        return [chr(ord("①") + i) for i in range(len(points))]
    return [str(i) for i in range(1, len(points) + 1)]
