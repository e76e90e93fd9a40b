"""What an outline item says: its fields (its own, and those said for all the items under a
heading), and what kind of heading it is. Selection and assembly read items through these."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .deadlines import deadline_in_text, parse_deadline
from .fields import Field, find_fields
from .markers import DATED, numbered_field
from .models import Deadline
from .outline import Node
from .prose import (
    assigning_brackets,
    ends_with_a_bracket,
    responsibility,
    says_who_in_closing_bracket,
)
from .text import fold, squeeze
from .titles import heading_title
from .units import (
    is_office,
    is_person,
    is_unit_name,
    join_titles,
    names_and_others,
    share_the_post,
)
from .vocabulary.headings import (
    ACTIVITY_HEADING_ENDINGS,
    ACTIVITY_HEADINGS,
    LOOKING_BACK_HEADING_ENDINGS,
    NON_ACTIVITY_HEADINGS,
    REQUIREMENT_HEADING_ENDINGS,
)
from .vocabulary.labels import LABEL_ROLES, NAME_ROLES

HEADING_MAX = 30


@dataclass
class ItemFields:
    fields: list[Field] = field(default_factory=list)
    _names: dict[str, tuple[list[str], bool]] = field(default_factory=dict)  # per role, computed once

    @property
    def has_roles(self) -> bool:
        return any(f.role in (*NAME_ROLES, "deadline") for f in self.fields)

    @property
    def names_units(self) -> bool:
        return any(f.role in NAME_ROLES[:3] for f in self.fields)

    def names(self, role: str) -> list[str]:
        return self.names_and_others(role)[0]

    def names_and_others(self, role: str) -> tuple[list[str], bool]:
        if role not in self._names:
            self._names[role] = self._split(role)
        names, others = self._names[role]
        return list(names), others

    def _split(self, role: str) -> tuple[list[str], bool]:
        names: list[str] = []
        others = False
        for f in self.fields:
            person_field = f.role == "lead_officials"
            if f.role == role or (f.with_people and role == "lead_officials") or (person_field and role == "responsible_units"):
                found, more = names_and_others(f.value)
                if f.with_people:  # 责任单位及责任人：区住建局 张三 — the people are officials (区委宣传部（王五）: settle_units)
                    found = [n for n in found if is_person(n) == (role == "lead_officials")]
                elif person_field:  # 负责人：政教处 张主任 — a unit named where a person is asked for is responsible
                    found = [n for n in share_the_post(found) if is_office(n) == (role == "responsible_units")]
                    more = more and role == "lead_officials"
                found = join_titles(found) if role == "lead_officials" else found
                names.extend(n for n in found if n not in names)
                others = others or more
        return names, others

    def content_value(self) -> str | None:
        """活动内容：… — an item that labels its own description."""
        values = [f.value for f in self.fields if f.role == "content" and f.value]
        return "\n".join(values) or None

    def deadline_value(self) -> str | None:
        return next((f.value for f in self.fields if f.role == "deadline" and f.value), None)


PERSON_IN_BRACKETS = re.compile(r"^(.+?)[（(]([^（）()]{2,4})[）)]$")


def item_fields(node: Node) -> ItemFields:
    """Fields in an item's own lines; a label that opens the marker line is a title, not a field."""
    if "fields" in node.memo:
        return node.memo["fields"]  # type: ignore[no-any-return]
    found: list[Field] = []
    lines = node.lines
    for i, line in enumerate(lines):
        if i and node.for_all and line in node.for_all:
            continue  # said for all the items under it: they inherit it (see build_activity)
        fields = [f for f in find_fields(line) if i or f.role is not None or f.start > 0]
        if fields and not fields[-1].value and i + 1 < len(lines) and line.rstrip().endswith(("：", ":")):
            fields[-1] = _valued_below(fields[-1], lines[i + 1:])
        elif fields and fields[-1].role in NAME_ROLES[:3] and (more := _units_listed_below(lines, i + 1)):
            fields[-1] = replace(fields[-1], value="、".join([fields[-1].value, *more]))  # 主办单位：县委宣传部 / 县文明办
        found.extend(fields)
    if node.parent is None:
        found.extend(_heading_fields(node))
    node.memo["fields"] = ItemFields(found)
    return node.memo["fields"]  # type: ignore[no-any-return]


_VALUE_BELOW_MAX = 40  # 县城管局、城关镇 or 2024年8月31日前, not a paragraph of prose


def _valued_below(label: Field, lines_below: list[str]) -> Field:
    """完成时限： / 2024年8月31日前 — a label of units or a time that ends its line, with its value
    alone on the next one (as paragraphs of a .docx set a form out); a label of units may have
    them one to a line (主办单位： / 县委宣传部 / 县文明办)."""
    below = lines_below[0].strip()
    if label.role not in (*NAME_ROLES, "deadline") or not below or len(below) > _VALUE_BELOW_MAX or find_fields(below):
        return label
    listed = _units_listed_below(lines_below, 0) if label.role in NAME_ROLES[:3] else []
    return replace(label, value="、".join(listed) if len(listed) > 1 else below.rstrip("。；;"))


_UNITS_BELOW_MAX = 12


_NOT_IN_A_NAME = re.compile("[。；;：:，,【]")


def _units_listed_below(lines: list[str], start: int) -> list[str]:
    """The lines from `start` on that each name one unit and nothing else."""
    listed: list[str] = []
    for line in lines[start: start + _UNITS_BELOW_MAX]:
        name = line.strip()
        if not name or len(name) > _VALUE_BELOW_MAX or _NOT_IN_A_NAME.search(name) or not is_unit_name(name) or find_fields(name):
            break  # a sentence or a field, not a unit's name
        listed.append(name)
    return listed


def _fields_alone(lines: list[str]) -> bool:
    """Lines that hold fields and nothing else, a label's units one to a line under it included."""
    i = 0
    while i < len(lines):
        if not field_only(lines[i]):
            return False
        i += 1 + len(_units_listed_below(lines, i + 1))
    return True


_LABEL_HEADING_LINES = 3  # a value under a label heading is a line or two, not a section's prose


def _heading_fields(root: Node) -> list[Field]:
    """Top-level headings that are labels with their value on the lines under them (一、活动时间 /
    2024年9月14日下午; 三、主办单位 / 社区党委): fields of the whole document, as 一、活动时间：… is."""
    found: list[Field] = []
    for top in root.children:
        if (role := label_heading(top)) and not (value := _value_lines(top)):
            found.extend(find_fields(top.lines[0]))  # 三、活动时间：11月下旬
        elif role and _fields_alone(value):  # 一、组织单位 / 主办单位：… / 承办单位：…: the labels under it say which
            found.extend(item_fields(top).fields)
        elif role:
            found.append(Field(top.heading.strip(), role, "；".join(line.strip().rstrip("。；;") for line in value), 0))
        elif names_the_organisers(top):  # a leading group's head (组长：…) leads the group, not each task
            found.extend(f for part in top.walk() for f in item_fields(part).fields if not fold(squeeze(f.label)).endswith("组长"))
    return found


def _value_lines(top: Node) -> list[str]:
    """The lines under a heading that may be its value: its own, or one line led by its date
    (一、活动时间及地点 / 2025年4月3日至10日  区图书馆), which reads as a schedule's entry."""
    if len(top.children) == 1 and len(top.lines) == 1:
        child = top.children[0]
        if not child.children and child.marker is not None and child.marker.style == DATED and len(child.blocks) == 1:
            return [child.blocks[0].text]
        return []
    return [] if top.children else top.lines[1:]


def label_heading(top: Node) -> str | None:
    """The role of a top-level heading that is a label over its value (三、主办单位 / 社区党委), or
    a label and its value alone on a line numbered among the plan's parts (三、活动时间：11月下旬)."""
    if (top.children and not _value_lines(top)) or len(top.lines) > _LABEL_HEADING_LINES:
        return None
    if len(top.lines) == 1 and not top.children:
        fields = find_fields(top.lines[0])
        role = fields[0].role if len(fields) == 1 and fields[0].start == 0 and fields[0].value else None
    else:
        role = LABEL_ROLES.get(fold(squeeze(top.heading)).rstrip(":"))
    return role if role in NAME_ROLES or role == "deadline" else None


def names_the_organisers(top: Node) -> bool:
    """A part such as 二、组织机构 that holds only fields (主办单位：… / 承办单位：…): who runs the
    whole plan, as if those fields stood before the first item; no task of its own."""
    if "organisers" not in top.memo:
        top.memo["organisers"] = (
            not top.children and len(top.lines) > 1 and (heading_kind(top) not in (None, "activities") or _names_roles(top.heading))
            and _fields_alone(top.lines[1:])
        ) or _particulars(top)
    return top.memo["organisers"]  # type: ignore[no-any-return]


_PARTICULARS = frozenset({"deadline", "info", *NAME_ROLES})


def _particulars(top: Node) -> bool:
    """二、活动信息 / 1、活动主题：… / 2、活动时间：… / 3、活动地点：…: a part whose items are each a
    label and its value, the particulars of the whole plan, not tasks."""
    if len(top.lines) != 1 or len(top.children) < 2:
        return False
    roles = []
    for item in top.children:
        fields = find_fields(item.heading) if not item.children and len(item.lines) == 1 else []
        if len(fields) != 1 or fields[0].start != 0 or not fields[0].value or fields[0].role in ("content", "title"):
            return False  # （一）责任单位：…。工作内容：… is a task written as fields
        roles.append(fields[0].role)
    return any(role in _PARTICULARS for role in roles)


_LISTED_LABELS = re.compile("[、和及与]")


_LISTED_LABELS_MAX = 20


def _names_roles(heading: str) -> bool:
    """三、主办、承办单位, 主办单位和协办单位: a heading that lists the labels of units, the first
    ones without the ending the last one gives them all."""
    if len(heading) > _LISTED_LABELS_MAX or not _LISTED_LABELS.search(heading):
        return False  # one label over its value is a label heading (三、主办单位 / 社区党委)
    labels = [squeeze(label) for label in _LISTED_LABELS.split(fold(heading).rstrip("：:"))]
    ending = labels[-1][2:] if len(labels[-1]) > 2 else ""
    return all(LABEL_ROLES.get(label if len(label) > 2 else label + ending) in NAME_ROLES for label in labels)


def heading_kind(node: Node) -> str | None:
    """The kind a heading's words name, or None when they name none."""
    if "kind" not in node.memo:
        node.memo["kind"] = _heading_kind(node)
    return node.memo["kind"]  # type: ignore[no-any-return]


_NAMED_TASKS_MAX = 6  # 整治任务, 年度重点任务: a heading that names its tasks; a longer one names an area of work


def _heading_kind(node: Node) -> str | None:
    title = fold(heading_title(node))
    if len(title) > HEADING_MAX:
        return None
    for word, kind in NON_ACTIVITY_HEADINGS.items():
        if word in title:
            # 活动内容及时间安排, 活动时间及内容: what is done, and when: the activities
            return "activities" if kind == "schedule" and ("内容" in title or any(w in title for w in ACTIVITY_HEADINGS)) else kind
    if title.endswith(LOOKING_BACK_HEADING_ENDINGS):
        return "other"
    if any(word in title for word in ACTIVITY_HEADINGS):
        return "activities"
    if len(title) <= _NAMED_TASKS_MAX and title.endswith(ACTIVITY_HEADING_ENDINGS) and "目标" not in title:
        return "activities"
    if title.endswith(REQUIREMENT_HEADING_ENDINGS) and not (node.children and all(map(_says_who_at_the_end, node.children))):
        return "requirements"  # 几点要求, 纪律要求, 经费保障: what holds for all, not tasks
    return None  # 强化要素保障 over items that each name who does them: an area of work


POINTS = ("一是", "第一，")  # the points of one task: 一是…二是…, 第一，…第二，…


def _is_group_heading(node: Node) -> bool:
    """A short title line that only gathers the items under it; 一是…二是… (第一，…第二，…)
    under an item are the points of one task, never tasks of their own."""
    return (
        bool(node.children) and len(node.blocks) - len(node.for_all) == 1 and len(heading_title(node)) <= HEADING_MAX
        and not any(ch in node.heading for ch in "。；;")
        and not all(child.marker is not None and child.marker.style in POINTS for child in node.children)
    )


def fallback_items(section: Node) -> list[Node]:
    """Activities of a section that names its items but gives no field: its items, or, where an
    item only groups others, the items it groups (一、… / （一）… / 1.…: the 1. under each group)."""
    items: list[Node] = []
    for child in section.children:
        items.extend(fallback_items(child) if _is_group_heading(child) else [child])
    return items


def field_only(line: str) -> bool:
    """A line that holds fields and nothing else, or a numbered field line (1、活动时间：…)."""
    fields = find_fields(line)
    return bool(fields) and fields[0].role is not None and (fields[0].start == 0 or numbered_field(line) is not None)


# 以上工作由区委宣传部牵头…, 以上3项任务责任单位：…: a line after a group's last item speaks for all of them
ABOVE = re.compile(r"^\s*以上(?:[一二三四五六七八九十\d]+项|各项)?(?:工作|任务|事项|措施|内容|活动)?")


def _lines_for_all(node: Node) -> list[str]:
    """What a group's lines say for all its items, 以上… cut: 由区城管局负责，持续开展."""
    return [ABOVE.sub("", line) for line in node.for_all]


def fields_in(lines: list[str]) -> ItemFields:
    """The fields written in some lines, read as an item's are."""
    return ItemFields([f for line in lines for f in find_fields(line)])


def _fields_for_all(node: Node) -> ItemFields:
    return fields_in(_lines_for_all(node))


def roles_for_all(node: Node, root: Node) -> dict[str, list[str]]:
    """Who the nearest group above the item that speaks for all its items names, by role."""
    for group in reversed(node.ancestors()):
        if group.for_all:
            fields = _fields_for_all(group)
            found = {role: fields.names(role) for role in NAME_ROLES[:3]}
            if not any(found.values()):
                found = responsibility("\n".join(_lines_for_all(group)), known_units(root)).names
            if any(found.values()):
                return found
    return {}


def deadline_for_all(node: Node, year: int | None, issued: date | None) -> Deadline | None:
    """The time the nearest group above the item that speaks for all its items gives."""
    for group in reversed(node.ancestors()):
        if group.for_all:
            value = _fields_for_all(group).deadline_value()
            deadline = parse_deadline(value, year, issued) if value else deadline_in_text("\n".join(_lines_for_all(group)), year)
            if deadline is not None:
                return deadline
    return None


def assigned_in_brackets(node: Node) -> bool:
    """Whether one of the item's own lines ends with a bracket that gives units a role."""
    if "assigned" not in node.memo:
        node.memo["assigned"] = bool(assigning_brackets("\n".join(node.lines)))
    return node.memo["assigned"]  # type: ignore[no-any-return]


def _says_who_at_the_end(node: Node) -> bool:
    """A task's evidence, weaker than a role: one of its lines ends with a bracket that names
    who does it, perhaps units alone (（区人社局，6月底前））."""
    return assigns_tasks(node) or any(
        says_who_in_closing_bracket(line) for line in node.lines if ends_with_a_bracket(line)
    )


def assigns_tasks(node: Node) -> bool:
    """Evidence that an item is a task: role fields, or a bracket that assigns it."""
    return item_fields(node).has_roles or assigned_in_brackets(node)


def assigns_work(node: Node) -> bool:
    """Evidence that a part headed 组织领导 or 工作要求 is a task all the same: units or a date its
    fields give, or a bracket; the heads of a leading group (组长：…) lead no task."""
    return assigned_in_brackets(node) or any(f.role in (*NAME_ROLES[:3], "deadline") for f in item_fields(node).fields)


def says_who(node: Node) -> bool:
    """Whether the item's prose gives a unit or a person a role."""
    if "says_who" not in node.memo:
        node.memo["says_who"] = any(responsibility("\n".join(node.lines), segment=False).names.values())
    return node.memo["says_who"]  # type: ignore[no-any-return]


def known_units(root: Node) -> frozenset[str]:
    """Every unit the plan names in a field: the dictionary prose and the segmenter read with.
    Found once per document, and only when an activity's prose has to be read."""
    if "known" not in root.memo:
        root.memo["known"] = frozenset(
            name for node in root.walk() if node is not root for role in NAME_ROLES[:3] for name in item_fields(node).names(role)
        )
    return root.memo["known"]  # type: ignore[no-any-return]
