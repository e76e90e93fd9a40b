"""What a table's columns hold: the role a header names (a label's role, the task, the number),
whether a row is a task table's header, whether a cell reads as its column's, and where a header's
names stand over the columns a page drew otherwise. tables.py reads task tables with these, and
text_tables.py the tables text writes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .blocks import Block
from .deadlines import names_a_time
from .markers import COUNTING, marker_of
from .text import fold, squeeze
from .units import is_person, is_unit_name, split_names
from .vocabulary.labels import LABEL_ROLES, NAME_ROLES, TABLE_COLUMNS

_HEADER_WORDS = sorted({**LABEL_ROLES, **TABLE_COLUMNS}.items(), key=lambda item: -len(item[0]))
HEADER_CELL_MAX = 16  # a header cell names a column in a few words; a longer cell is a row's


_NUMBERED = re.compile(r"[一二三四五六七八九十\d]$")


@lru_cache(maxsize=4096)
def column_role(header: str) -> str | None:
    """The role a column header names: a field role, `task`, `number`, or None."""
    folded = re.sub(r"\s+|\([^()]*\)", "", fold(header))  # 责任单位（牵头单位在前）: the note is not the name
    if not folded or len(folded) > HEADER_CELL_MAX or folded.endswith(("数", "数量")) or _NUMBERED.search(folded):
        return None  # 任务数, 单位数量: a count, not the tasks or units counted; 任务一: an item's number
    for word, role in _HEADER_WORDS:
        # the word must be most of the cell: 牵头单位（部门） names a column, 任务分工表 a table
        if word in folded and 2 * len(word) >= len(folded):
            return "task" if role in ("content", "title") else role  # 督办事项: the task a column names
    return None


_NAMED_COLUMN = re.compile(r"[\u4e00-\u9fff]{2,8}")
# a column of who or where, or of what kind: 单位, 区县, 类别 — never the task
_KIND = ("类别", "类型", "分类", "领域", "方面")
_NOT_THE_TASK = ("单位", "部门", "名称", "人", "领导", "区", "县", "市", "镇", "乡", "街道", "村", "社区", "地区", *_KIND, "备注")


@lru_cache(maxsize=1024)
def header_roles(cells: tuple[str, ...]) -> tuple[str | None, ...]:
    """What each column of a header row holds. A header that names who does the work and when,
    but names its task column in words of its own (序号 | 工作安排 | 承办单位 | 办结时限), has the
    task in its first column after the number, the kind and the source of the task."""
    roles = tuple(column_role(c) for c in cells)
    if "task" in roles or len({r for r in roles if r in NAME_ROLES or r == "deadline"}) < 2:
        return roles
    first = 1 if roles[:1] == ("number",) else 0
    while first + 1 < len(cells) and (roles[first] == "info" or (roles[first] is None and squeeze(cells[first]).endswith(_KIND))):
        first += 1  # 序号 | 类别 | 任务来源 | 工作安排 | …: the kind and the source of a task come before it
    name = squeeze(cells[first]) if first < len(cells) else ""
    if roles[first:first + 1] == (None,) and _NAMED_COLUMN.fullmatch(name) and not name.endswith(_NOT_THE_TASK):
        return (*roles[:first], "task", *roles[first + 1:])
    return roles


def is_header(cells: tuple[str, ...]) -> bool:
    """Whether a row names the columns of a task table: the task, and units or a deadline."""
    known = {r for r in header_roles(cells) if r}
    return len(known) >= 2 and bool(known & {*NAME_ROLES, "deadline"}) and "task" in known


def fits_column(cell: str, role: str | None) -> bool:
    """Whether a cell reads as what its column holds (an empty cell fits any)."""
    if role == "number":
        return cell.strip().isdigit()
    if role in NAME_ROLES[:3]:
        return all(is_unit_name(name) for name in split_names(cell)) if cell else True
    if role == "lead_officials":  # 负责人: a person, or the units in charge (宝龙社区、雅乐轩酒店)
        return any(is_unit_name(name) or is_person(name) for name in split_names(cell)) if cell else True
    if role == "deadline":
        return names_a_time(cell)
    return True


#: The name given to a column of groups that no header names (开学前, 第一周 merged down the rows).
KIND_COLUMN = "类别"
_TELLING = ("number", *NAME_ROLES, "deadline")  # the roles a cell can be checked against
_SAMPLE = 30  # rows enough to tell which columns a header's names belong over


def over_its_columns(headers: list[str], roles: list[str | None], body: list[Block]) -> tuple[list[str], list[str | None]]:
    """A header's names over the columns they name, where a page drew them otherwise: a name merged
    over two columns (序号 and the task under 工作任务) is the number's only over the column of
    numbers; names that end short of the columns the rows fill (起止日期 | 主要工作 | 责任处室 | ,
    the first name merged over the group and the date) move right until the rows' cells read as
    their columns, and the columns left before them hold the rows' groups."""
    rows = [row.cells for row in body[:_SAMPLE] if len(row.cells) == len(headers)]
    headers, roles = list(headers), list(roles)
    if rows:
        _twins_apart(headers, roles, rows)
        _measures_under_a_merged_task(headers, roles, rows)
    empty = len(headers) - len(trimmed(headers))
    if not empty or not rows or sum(bool(r[-1]) for r in rows) * 2 < len(rows):
        return headers, roles

    def fit(shift: int) -> int:
        shifted = [None] * shift + roles[: len(roles) - shift]
        return sum(bool(r[k]) and role in _TELLING and fits_column(r[k], role) for r in rows for k, role in enumerate(shifted))

    shift = max(range(empty + 1), key=lambda s: (fit(s), -s))
    if shift == 0:
        return headers, roles
    return [KIND_COLUMN] * shift + headers[: len(headers) - shift], [None] * shift + roles[: len(roles) - shift]


def _fit_share(rows: list[tuple[str, ...]], column: int, role: str | None) -> float:
    filled = [r[column] for r in rows if r[column]]
    return sum(fits_column(cell, role) for cell in filled) / len(filled) if filled else 0.0


def _twins_apart(headers: list[str], roles: list[str | None], rows: list[tuple[str, ...]]) -> None:
    """Columns under one merged name: the one of numbers is the number column (工作任务 over 序号
    and the task); where the name's role fits one twin's cells and not another's (起止日期 over
    开学前 and 2月24日), the other holds the rows' groups."""
    task = roles.index("task") if "task" in roles else len(roles)
    for k, header in enumerate(headers):
        twins = [j for j in (k - 1, k + 1) if 0 <= j < len(headers) and header and headers[j] == header]
        if not twins or roles[k] == "number":
            continue
        if _fit_share(rows, k, "number") == 1.0:
            roles[k] = "number"
        elif roles[k] in _TELLING and _fit_share(rows, k, roles[k]) < 0.5 <= max(_fit_share(rows, j, roles[k]) for j in twins):
            headers[k], roles[k] = (KIND_COLUMN if k < task else header), None


def _measures_under_a_merged_task(headers: list[str], roles: list[str | None], rows: list[tuple[str, ...]]) -> None:
    """工作任务 merged down over the numbered points of a 具体要求 column: the points are the tasks,
    grouped by the merged one (a column of notes or places is never the task)."""
    if roles.count("task") != 1:
        return
    task = roles.index("task")
    after = task + 1
    if after >= len(roles) or roles[after] not in (None, "info") or squeeze(headers[after]).endswith(_NOT_THE_TASK):
        return
    merged = any(a[task] and a[task] == b[task] for a, b in pairwise(rows))
    points = [r[after] for r in rows if r[after]]
    if merged and len(points) * 2 > len(rows) and all(marker_of(p, COUNTING) for p in points) and len(set(points)) == len(points):
        roles[after] = "task"


def trimmed(cells: Sequence[str]) -> list[str]:
    """The cells up to the last one that holds text."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return list(cells[:end])
