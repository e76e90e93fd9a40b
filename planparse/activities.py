"""Which outline items are activities, and what each says: who, by when.

An activity is decided by evidence, not by its level: an item that carries unit or deadline
fields is one, and so are its siblings; an item whose descendants carry the fields only
groups them (its title becomes their `category`). Items under headings such as 工作要求 or
保障措施 are not activities, however they are numbered, unless one names its units in fields:
a task assigned there is still a task to track. A plan with no fields at all still yields the
items under an activity heading (活动安排, 重点任务, …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .blocks import Block
from .deadlines import deadline_in_text, may_name_a_time, parse_deadline, recurring_in_text
from .document import is_attachment_label
from .fields import Field, find_fields
from .models import Activity, Deadline, ParseWarning, Section, Span
from .outline import DATED, PERIOD, UNNUMBERED, WEEK, Node, numbered_field
from .prose import (
    asked_of_the_addressee,
    assigning_brackets,
    closing_time_note,
    deadline_beside_units,
    ends_with_a_bracket,
    joined_at_the_head,
    responsibility,
    says_who_in_closing_bracket,
)
from .text import fold, squeeze
from .titles import heading_time, heading_title, task_title, topic_title, units_after_a_gap, units_as_subject, units_in_front
from .units import (
    is_addressee,
    is_generic,
    is_office,
    is_person,
    is_unit_name,
    join_titles,
    names_and_others,
    reads_as_unit,
    share_the_post,
    split_names,
)
from .vocabulary.headings import (
    ACTIVITY_HEADING_ENDINGS,
    ACTIVITY_HEADINGS,
    LOOKING_BACK_HEADING_ENDINGS,
    NON_ACTIVITY_HEADINGS,
    REQUIREMENT_HEADING_ENDINGS,
)
from .vocabulary.labels import FIRST_IS_LEAD, LABEL_ROLES, NAME_ROLES
from .vocabulary.units import ORG_SUFFIXES, TITLE_ENDINGS_OF_OFFICIALS

_HEADING_MAX = 30


@dataclass
class _ItemFields:
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


_PERSON_IN_BRACKETS = re.compile(r"^(.+?)[（(]([^（）()]{2,4})[）)]$")


def item_fields(node: Node) -> _ItemFields:
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
    node.memo["fields"] = _ItemFields(found)
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
        if (role := _label_heading(top)) and not (value := _value_lines(top)):
            found.extend(find_fields(top.lines[0]))  # 三、活动时间：11月下旬
        elif role and _fields_alone(value):  # 一、组织单位 / 主办单位：… / 承办单位：…: the labels under it say which
            found.extend(item_fields(top).fields)
        elif role:
            found.append(Field(top.heading.strip(), role, "；".join(line.strip().rstrip("。；;") for line in value), 0))
        elif _names_the_organisers(top):  # a leading group's head (组长：…) leads the group, not each task
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


def _label_heading(top: Node) -> str | None:
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


def _names_the_organisers(top: Node) -> bool:
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
    if len(title) > _HEADING_MAX:
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


_POINTS = ("一是", "第一，")  # the points of one task: 一是…二是…, 第一，…第二，…


def _is_group_heading(node: Node) -> bool:
    """A short title line that only gathers the items under it; 一是…二是… (第一，…第二，…)
    under an item are the points of one task, never tasks of their own."""
    return (
        bool(node.children) and len(node.blocks) - len(node.for_all) == 1 and len(heading_title(node)) <= _HEADING_MAX
        and not any(ch in node.heading for ch in "。；;")
        and not all(child.marker is not None and child.marker.style in _POINTS for child in node.children)
    )


def _fallback_items(section: Node) -> list[Node]:
    """Activities of a section that names its items but gives no field: its items, or, where an
    item only groups others, the items it groups (一、… / （一）… / 1.…: the 1. under each group)."""
    items: list[Node] = []
    for child in section.children:
        items.extend(_fallback_items(child) if _is_group_heading(child) else [child])
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


def fields_in(lines: list[str]) -> _ItemFields:
    """The fields written in some lines, read as an item's are."""
    return _ItemFields([f for line in lines for f in find_fields(line)])


def _fields_for_all(node: Node) -> _ItemFields:
    return fields_in(_lines_for_all(node))


def _roles_for_all(node: Node, root: Node) -> dict[str, list[str]]:
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


def _deadline_for_all(node: Node, year: int | None, issued: date | None) -> Deadline | None:
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


def _assigns_work(node: Node) -> bool:
    """Evidence that a part headed 组织领导 or 工作要求 is a task all the same: units or a date its
    fields give, or a bracket; the heads of a leading group (组长：…) lead no task."""
    return assigned_in_brackets(node) or any(f.role in (*NAME_ROLES[:3], "deadline") for f in item_fields(node).fields)


def _says_who(node: Node) -> bool:
    """Whether the item's prose gives a unit or a person a role."""
    if "says_who" not in node.memo:
        node.memo["says_who"] = any(responsibility("\n".join(node.lines), segment=False).names.values())
    return node.memo["says_who"]  # type: ignore[no-any-return]


def _cousins(chosen: set[Node], assigning: set[Node], excluded: set[Node]) -> set[Node]:
    """Items of a chosen item's style in a sibling heading of its parent's style, where that
    heading assigns nothing by fields or brackets but its items say who does them in prose:
    一、… 1.…（市应急局负责） 二、… 3.…由市住建局牵头，市应急局配合 — the plan's style changed, not
    its kind of item."""
    found: set[Node] = set()
    parents: dict[tuple[Node, str, str], set[Node]] = {}  # (aunt, the parents' style, the items' style) -> parents
    for n in chosen:
        parent = n.parent
        if parent is not None and n.marker is not None and parent.marker is not None and parent.parent is not None:
            parents.setdefault((parent.parent, parent.marker.style, n.marker.style), set()).add(parent)
    for (aunt, heading_style, style), known in parents.items():  # each aunt's headings walked once, not once per parent
        for heading in aunt.children:
            if (known == {heading} or heading in excluded or heading.marker is None
                    or heading.marker.style != heading_style or heading in assigning):
                continue
            items = [c for c in heading.children if c.marker is not None and c.marker.style == style]
            if any(_says_who(item) for item in items):
                found.update(items)
    return found


def _within(inner: Deadline, outer: Deadline) -> bool:
    return (
        None not in (inner.start, inner.end, outer.start, outer.end)
        and outer.start <= inner.start and inner.end <= outer.end  # type: ignore[operator]
    )


def select_activities(root: Node, plan_like: bool) -> list[Node]:
    fields_of = {node: item_fields(node) for node in root.walk() if node is not root}
    excluded: set[Node] = set()
    for top in root.children:
        kind = heading_kind(top)
        if kind not in (None, "activities") and not _assigns_work(top):
            excluded.update(top.walk())
    organisers = {n for top in root.children if _names_the_organisers(top) or _label_heading(top) for n in top.walk()}
    excluded |= organisers
    # under 保障措施 or 工作要求, an item that names its units is still a task to track
    fielded = {
        n for n in fields_of
        if assigns_tasks(n) and n not in organisers
        and (n not in excluded or fields_of[n].names_units or assigned_in_brackets(n))
    }
    fielded |= {item for n in fields_of if n.for_all and n not in excluded for item in n.children}
    groups = {a for n in fielded for a in n.ancestors()}
    chosen = {n for n in fielded if n not in groups}
    # the siblings of a chosen item, of its style, are chosen too: each family visited once
    families = {(id(n.parent), n.marker.style) for n in chosen if n.marker is not None}
    for parent in {n.parent for n in chosen if n.parent is not None}:
        for sibling in parent.children:
            if (sibling.marker and (id(parent), sibling.marker.style) in families
                    and sibling not in groups and sibling not in excluded):
                chosen.add(sibling)
    chosen = _split_by_who(chosen)
    chosen.update(_cousins(chosen, fielded | groups, excluded))
    # sections that hold activities by their heading but carry no field at all
    for top in root.children:
        if top in excluded or heading_kind(top) != "activities" or any(n in fielded for n in top.walk()):
            continue
        chosen.update(_fallback_items(top))
    if plan_like and (steps := _programme(root)) and _held_on_a_day(root) and not any(
        item_fields(n).names_units or _says_who(n) for n in chosen - steps
    ):
        return [root]  # 五、活动议程 / 1.领导讲话 …: one ceremony, the rest its running order and arrangements
    if not chosen and plan_like:
        chosen.update(_dated_stages(root))  # a plan that only sets out its stages: they are its work
    if not chosen and plan_like and not any(heading_kind(top) == "activities" for top in root.children):
        # the plan's own parts are its tasks (一、开展广场舞比赛 二、开展书画展览 三、工作要求)
        chosen.update(n for n in _fallback_items(root) if n not in excluded)
    # an item inside an activity is part of its content, not an activity of its own
    chosen = {n for n in chosen if not any(a in chosen for a in n.ancestors())}
    if not chosen and (_records_a_task(root) or (plan_like and item_fields(root).names_units)):
        return [root]  # a 督办单, or the plan of one event (主办单位：…, 比赛时间：…) with no list of tasks
    return [n for n in fields_of if n in chosen]  # document order


def select_decisions(root: Node) -> list[Node]:
    """The decisions of minutes (会议纪要) that assign work, which minutes write in prose (会议要求，
    县城管局要牵头…; 由县农业农村局负责…), or the matters a 交办通知 numbers (一、…问题。请县住建局
    负责…): each topic, decision or matter that says who does it. A topic that records a report
    heard or a document passed assigns nothing and is left out."""
    decisions = _split_by_who({d for n in _fallback_items(root) for d in _deciding(n)})
    return [n for n in root.walk() if n in decisions]


def addressed_to(activity: Activity, addressees: list[str]) -> Activity:
    """An activity whose units are the notice's addressee, written as 你单位: named as the salutation names them."""
    roles = {role: getattr(activity, role) for role in NAME_ROLES[:3]}
    if not addressees or not any(is_addressee(n) for names in roles.values() for n in names):
        return activity
    named = {role: list(dict.fromkeys(m for n in names for m in (addressees if is_addressee(n) else [n]))) for role, names in roles.items()}
    return activity.model_copy(update=named)


# 关于幸福路污水管网破损问题的督办通知, 督办函: a notice that hands one matter to a unit to settle
_HANDS_A_MATTER = re.compile(r"(?:督办|交办)(?:通知|函|单|件|事项)?(?:[(（][^()（）]*[)）])?$")
_MATTER_IN_TITLE = re.compile(r"^关于(.{4,}?)(?:的|有关)?(?:督办|交办)")
_MATTER_IN_TEXT = re.compile(r"[^，,。；;：:\n]{4,40}问题")


def hands_a_matter(title: str | None) -> bool:
    return bool(title) and _HANDS_A_MATTER.search(fold(title or "")) is not None


def asks_the_addressee(root: Node) -> bool:
    """Whether a notice's items ask the unit it is addressed to for something (一、请你局牵头…),
    or the lead-in they follow does (请你局重点做好以下工作： / 一、…)."""
    return asks_for_its_items(root) or any(asked_of_the_addressee(line) for node in root.children for line in node.lines)


def asks_for_its_items(root: Node) -> bool:
    """A notice whose lead-in asks its addressee for the items listed under it (请你局重点做好以下工作：)."""
    lead_in = root.lines[-1].rstrip() if root.children and root.lines else ""
    return lead_in.endswith(("：", ":")) and asked_of_the_addressee(lead_in)


def select_asked(root: Node) -> list[Node]:
    """The tasks a notice hands its addressee: the items its lead-in asks for, or the items
    that each ask (一、请你局牵头…) and say who does them."""
    return _fallback_items(root) if asks_for_its_items(root) else select_decisions(root)


def asked_for(activity: Activity, addressees: list[str]) -> Activity:
    """A task a notice asks its addressee for: the addressee does it where it names no one to lead
    or do it, with the units it brings in at its head (二、会同县应急管理局修订预案, 请你局会同…做好…),
    who are no part of its title."""
    update: dict[str, object] = {}
    if not activity.lead_units and not activity.responsible_units:
        update["responsible_units"] = list(addressees)
    joined, rest = joined_at_the_head(activity.title)
    if joined:
        update["cooperating_units"] = list(dict.fromkeys([*activity.cooperating_units, *joined]))
        update["title"] = task_title(activity.title[rest:]) or activity.title
    return _updated(activity, update) if update else activity


def select_matter(root: Node) -> list[Node]:
    """A 督办通知 that writes its one matter in prose (请你单位牵头…，于7月15日前办结): the whole
    document is the task, when it says who settles it and by when (a notice that only urges
    everyone on hands over no matter)."""
    return [root] if _says_who(root) and deadline_in_text("\n".join(root.lines)) is not None else []


def _matter(root: Node, plan_title: str) -> str:
    """What a 督办通知 hands over: the matter its title names, else the problem its text names."""
    if named := _MATTER_IN_TITLE.match(fold(plan_title)):
        return plan_title[named.start(1): named.end(1)]
    found = _MATTER_IN_TEXT.search("\n".join(root.lines))
    return found.group().strip() if found else plan_title


def named_by_topic(activity: Activity) -> Activity:
    """A decision of minutes, its topic named as a ledger names it (关于统筹城乡发展有关问题 -> 统筹城乡发展)."""
    names = {key: topic_title(value) for key in ("title", "category", "section") if (value := getattr(activity, key))}
    return activity.model_copy(update=names)


def assigning_decisions(chosen: list[Node]) -> list[Node]:
    """Of the topics of minutes whose decisions name their fields (责任单位：…), those that assign
    work: a topic beside them that names no one records a report heard or a document passed."""
    return [n for n in chosen if assigns_tasks(n) or _says_who(n)]


def _deciding(node: Node) -> list[Node]:
    """The node if it says who does it, else those of its items that do (一、关于汛期安全 / 会议要求： /
    1.县应急管理局要牵头…)."""
    return [node] if _says_who(node) else [d for child in node.children for d in _deciding(child)]


_STEP_HEADINGS = ("步骤", "阶段", "进度", "时间安排", "时间节点")


_PROGRAMME = re.compile("议程|流程|程序")


def _programme(root: Node) -> set[Node]:
    """The parts of a plan that set out the running order of an event (活动议程, 活动流程)."""
    return {n for top in root.children if _PROGRAMME.search(top.heading) for n in top.walk()}


def _held_on_a_day(root: Node) -> bool:
    """A plan held on one day with a running order is one event, a meeting or a ceremony run in
    order; a campaign over weeks may have an agenda for its opening alone."""
    held = item_fields(root).deadline_value()
    deadline = parse_deadline(held, 2000) if held else None
    return deadline is not None and deadline.kind == "date"


def _dated_stages(root: Node) -> list[Node]:
    """The stages under a heading of steps (二、实施步骤 / （一）宣传阶段（11月1日-20日）), when two
    or more give their window."""
    stages = [
        stage for top in root.children if any(word in fold(heading_title(top)) for word in _STEP_HEADINGS)
        for stage in top.children if heading_time(stage)
    ]
    return stages if len(stages) >= 2 else []


def _split_by_who(chosen: set[Node]) -> set[Node]:
    """A chosen item whose sub-items each say who does them, in prose (会议议定：（一）由县城管局
    牵头… （二）县自然资源局负责…), groups tasks: the sub-items are the activities. Points of one
    task (一是…二是…) stay its content."""
    for node in [n for n in chosen if len(n.children) >= 2]:
        items = node.children
        if all(c.marker is not None and c.marker.style not in _POINTS and _says_who(c) for c in items):
            chosen = (chosen - {node}) | set(items)
    return chosen


_PLAN_WRAPPING = re.compile(r"^关于|(?:的(?:活动|实施|工作)?|(?<=活动))方案$|的函$")


def _event_name(plan_title: str) -> str:
    """The event a plan of one event holds, or the matter a letter hands over: its title without
    关于 and 的…方案 or 的函 (关于举办书法比赛的活动方案 -> 举办书法比赛; 中秋游园活动方案 -> 中秋游园活动;
    关于尽快修复幸福路路面的函 -> 尽快修复幸福路路面)."""
    return _PLAN_WRAPPING.sub("", plan_title).strip() or plan_title


def _root_title(root: Node, plan_title: str) -> str:
    """The title of the one task a whole document holds: the matter a 督办通知 hands over, or the event a plan holds."""
    return _matter(root, plan_title) if hands_a_matter(plan_title) else _event_name(plan_title)


def _records_a_task(root: Node) -> bool:
    """A document that is one task written as fields, with no number (a 督办单: 督办事项：…
    承办单位：… 办结时限：…): its name and who does it."""
    fields = item_fields(root)
    return fields.names_units and any(f.role == "title" for f in fields.fields)


_LEAD_MARK = re.compile(r"\s*(?:[（(]\s*(?:牵头|牵头单位|主责|主要负责)\s*[）)]|牵头)\s*$")
_HELP_MARK = re.compile(r"\s*(?:[（(]\s*(?:配合|协助|协办|配合单位)\s*[）)]|配合|协助|协办)\s*$")
_MARK_ENDINGS = (")", "）", "牵头", "配合", "协助", "协办")


def settle_units(activity: Activity) -> Activity:
    """What every path (outline items, table rows) owes its unit lists: a unit marked as leading
    (区应急局（牵头）, 县城管局牵头) leads and stays where it is listed; one marked as helping
    (县交通局配合) cooperates; collective phrases are listed in generic_units; a unit two columns
    give one role (负责单位 and 承办单位 both 图书馆) is listed once."""
    roles = {role: list(dict.fromkeys(getattr(activity, role))) for role in NAME_ROLES[:3]}
    listed_twice = any(len(names) < len(getattr(activity, role)) for role, names in roles.items())
    people = [p for names in roles.values() for n in names if (p := _person_beside(n))]
    if people:  # 县城管局（张三）: the unit, and its person, who is an official
        roles = {role: [_PERSON_IN_BRACKETS.sub(r"\1", n) if _person_beside(n) else n for n in names] for role, names in roles.items()}
    for names in roles.values():  # 县投促局 张三: a person listed after a unit is its official
        listed = [n for n in names if is_person(n) and not is_unit_name(n)]
        if listed and len(listed) < len(names) and is_unit_name(names[0]):
            people += listed
            names[:] = [n for n in names if n not in listed]
    ending = [n for names in roles.values() for n in names if n.endswith(_MARK_ENDINGS)]
    leads = [_LEAD_MARK.sub("", n) for n in ending if _LEAD_MARK.search(n)]
    helping = [n for n in ending if _HELP_MARK.search(n)]
    marked = bool(leads or helping)
    if marked:
        moved = list(dict.fromkeys(_HELP_MARK.sub("", n) for n in helping))  # in the order written
        roles = {
            role: [n for n in (_HELP_MARK.sub("", _LEAD_MARK.sub("", n)) for n in names) if role == "cooperating_units" or n not in moved]
            for role, names in roles.items()
        }
        roles["lead_units"] += [n for n in leads if n not in roles["lead_units"]]
        roles["cooperating_units"] += [n for n in moved if n not in roles["cooperating_units"]]
    generic = list(dict.fromkeys(n for names in roles.values() for n in names if is_generic(n)))
    if not marked and not people and not listed_twice and generic == activity.generic_units:
        return activity  # nothing to settle: most activities
    officials = activity.lead_officials + [p for p in dict.fromkeys(people) if p not in activity.lead_officials]
    return activity.model_copy(update={**roles, "generic_units": generic, "lead_officials": officials})


def _person_beside(name: str) -> str | None:
    """张三 in 县城管局（张三）: a person written in brackets after a unit."""
    both = _PERSON_IN_BRACKETS.match(name) if name.endswith(("）", ")")) else None
    return both.group(2) if both and is_person(both.group(2)) and is_unit_name(both.group(1)) else None


def _prose_lines(node: Node) -> list[str]:
    """The item's text without its fields: a labelled line is read up to its first label
    (加强巡查。各乡镇落实网格化巡查。责任人：张三 reads as its first two sentences)."""
    lines = []
    for line in (line for n in node.walk() for line in n.lines):
        fields = find_fields(line)
        lines.append(line if not fields or fields[0].role is None else line[: fields[0].start])
    return [line for line in lines if line]


def _content(node: Node) -> str:
    """The item's text in document order, its marker cut, its sub-points with theirs."""
    lines = list(zip((b.line for b in node.blocks), node.lines, strict=True))
    for child in node.children:
        lines.extend((block.line, block.text.strip()) for block in child.all_blocks())
    return "\n".join(text for _, text in sorted(lines, key=lambda item: item[0]))


def _span(node: Node) -> Span:
    lines = [block.line for block in node.all_blocks()]
    return Span(start_line=min(lines), end_line=max(lines))


def activity_warnings(activity: Activity, deadline_field: str | None) -> list[ParseWarning]:
    """What a supervisor should check by hand: no unit, no deadline, a deadline not understood."""
    warnings = []
    if not (activity.lead_units or activity.responsible_units or activity.cooperating_units):
        warnings.append(ParseWarning(code="no_units", message="no unit is named for this activity", span=activity.span))
    deadline = activity.deadline
    if deadline is None:
        warnings.append(ParseWarning(code="no_deadline", message="no deadline found", span=activity.span))
    elif deadline.placeholder:
        warnings.append(ParseWarning(code="placeholder_deadline", message=f"deadline is a placeholder: {deadline.raw}", span=activity.span))
    elif deadline.kind == "unknown" and (deadline_field or deadline.source == "text"):
        if _dated_in_some_year(deadline.raw):  # 6月20日 in a plan that names no year anywhere
            warnings.append(ParseWarning(code="deadline_without_year", span=activity.span,
                                         message=f"deadline names no year, and the document none either: {deadline.raw}"))
        else:
            warnings.append(ParseWarning(code="deadline_unparsed", message=f"deadline not understood: {deadline.raw}", span=activity.span))
    return warnings


_RESTATED_MIN = 6  # a title shorter than this is too common a phrase to match by its start
_SETTLED_WARNINGS = ("no_units", "no_deadline", "placeholder_deadline", "deadline_without_year", "deadline_unparsed")


def _task_key(title: str) -> str:
    return fold(squeeze(title)).rstrip("。；;.")


def merge_restated(items: list[Activity], rows: list[Activity]) -> tuple[list[Activity], list[Activity]]:
    """A task table that restates the plan's items (附件：任务分工表, a row per item above, titled
    alike) assigns them: each such item takes the units and deadline its row names where it
    names none, and the row is not a second activity. Rows whose title no item (or more than
    one) bears stay activities of their own."""
    keys = [_task_key(item.title) for item in items]
    merged, kept, taken = list(items), [], set()
    for row in rows:
        key = _task_key(row.title)
        found = [i for i, k in enumerate(keys) if k == key] or [
            i for i, k in enumerate(keys) if min(len(k), len(key)) >= _RESTATED_MIN and (k.startswith(key) or key.startswith(k))
        ]  # 压缩企业开办时间 restated as 压缩企业开办时间至1个工作日
        if len(found) != 1 or found[0] in taken:
            kept.append(row)
            continue
        taken.add(found[0])
        item = merged[found[0]]
        update: dict[str, object] = {role: getattr(item, role) or getattr(row, role) for role in (*NAME_ROLES, "generic_units")}
        if item.deadline is None or (item.deadline.source == "text" and row.deadline is not None):
            update["deadline"] = row.deadline
        update["fields"] = {**row.fields, **item.fields}
        merged[found[0]] = _updated(item, update)
    return merged, kept


def _updated(activity: Activity, update: dict[str, object]) -> Activity:
    """The activity with what it lacked filled in, its warnings of what it lacks told anew."""
    updated = activity.model_copy(update=update)
    deadline = updated.deadline
    settled = activity_warnings(updated, deadline.raw if deadline and deadline.source == "field" else None)
    updated.warnings = [w for w in activity.warnings if w.code not in _SETTLED_WARNINGS] + settled
    return updated


def _dated_in_some_year(raw: str) -> bool:
    if not may_name_a_time(raw):
        return False
    read = parse_deadline(raw, 2000)
    return read is not None and (read.start is not None or read.end is not None)


def known_units(root: Node) -> frozenset[str]:
    """Every unit the plan names in a field: the dictionary prose and the segmenter read with.
    Found once per document, and only when an activity's prose has to be read."""
    if "known" not in root.memo:
        root.memo["known"] = frozenset(
            name for node in root.walk() if node is not root for role in NAME_ROLES[:3] for name in item_fields(node).names(role)
        )
    return root.memo["known"]  # type: ignore[no-any-return]


_COLLECTIVE_MAX = 8


def _collective_alone(name: str) -> bool:
    """各乡镇, 各村（社区）, 县直各有关单位: a collective and nothing more, not 各学校自主开展的活动."""
    folded = fold(name)
    return folded.endswith((*ORG_SUFFIXES, "）", ")")) or ("的" not in folded and len(folded) <= _COLLECTIVE_MAX)


def _unit_heading(node: Node) -> list[str]:
    """The units a heading is made of (区委宣传部; 各街道办事处; 区教育局、区卫健委), or none: a
    topic that only ends like a unit (创建文明社区) opens with no level and is no unit."""
    title = heading_title(node)
    if not title or len(title) > _HEADING_MAX or any(ch in node.heading for ch in "。；;，,：:"):
        return []
    names = split_names(title)
    if names and all(reads_as_unit(name) and (not is_generic(name) or _collective_alone(name)) for name in names):
        return names
    # ㈡各学校自主开展的活动: the units that do the work the heading names
    return responsibility(title, segment=False).names.get("responsible_units", [])


_PERSON_HEADING = re.compile(r"^(\w{2,3}?)(?:同志)?[（(](\w{1,16})[）)]$|^(\w{2,3})同志$")
# 王明县长牵头重点工作, 副县长李华分管工作: a leader's title opens with its level or 副/常务
_LEADER_TITLE = r"(?:常务)?副?[省市州盟县区旗镇乡]\w{0,4}?(?:长|书记|主任|主席|常委|委员)"
_LEADS_THE_WORK = r"(?:同志)?(?:牵头|负责|分管|领衔|联系)的?\w{0,6}$"
_LEADER_HEADING = re.compile(rf"^(\w{{2,4}}?)({_LEADER_TITLE}){_LEADS_THE_WORK}|^({_LEADER_TITLE})(\w{{2,4}}?){_LEADS_THE_WORK}")


def _official_heading(node: Node) -> str | None:
    """The official a heading names, when it is no more than a person (张三同志（县长）, 李四
    （常务副县长）): a division of work by leader, whose items are that leader's."""
    if "official" not in node.memo:
        node.memo["official"] = _official_named(heading_title(node))
    return node.memo["official"]  # type: ignore[no-any-return]


def _official_named(written: str) -> str | None:
    folded = fold(written)
    match = _PERSON_HEADING.match(folded)
    if match is None:
        return _leader_of_the_work(written, folded)
    name, title = (1, 2) if match.group(1) else (3, None)
    if not is_person(match.group(name)) or (title and not match.group(title).endswith(TITLE_ENDINGS_OF_OFFICIALS)):
        return None
    person = written[match.start(name): match.end(name)]
    return f"{person}（{written[match.start(title): match.end(title)]}）" if title else person


def _leader_of_the_work(written: str, folded: str) -> str | None:
    """王明县长牵头重点工作, 副县长李华分管工作: the work a plan divides by leader."""
    match = _LEADER_HEADING.match(folded)
    if match is None:
        return None
    name = 1 if match.group(1) else 4
    if not is_person(match.group(name)):
        return None
    return written[match.start(name): match.end(name)]  # the name as written; the post is no part of it


_GROUP_ENDINGS = ("组", "专班")
_GROUP_LABELS = ("组长", "职责", "成员")


def _working_group(node: Node, fields: _ItemFields) -> bool:
    """（一）宣传组 / 组长：刘洋 / 职责：负责宣传报道: a group set up for the plan, whose duty is
    its task and which answers for it."""
    title = heading_title(node)
    return (
        title.endswith(_GROUP_ENDINGS) and len(title) <= _HEADING_MAX and is_unit_name(title)
        and any(fold(squeeze(f.label)).endswith(_GROUP_LABELS) for f in fields.fields)
    )


def _root_of(node: Node) -> Node:
    while node.parent is not None:
        node = node.parent
    return node


_DAY = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]")


def _calendar_day(node: Node) -> str | None:
    """The day a calendar's day heading gives the event under it (8月1日 / 学期开始)."""
    parent = node.parent
    if parent is None or parent.marker is None or parent.marker.style != PERIOD or not _DAY.fullmatch(parent.marker.text):
        return None
    return parent.marker.text


def build_activity(
    node: Node, year: int | None, issued: date | None = None, plan_title: str | None = None, minutes: bool = False
) -> Activity:
    """The activity an item of the outline holds. In minutes the fields above the decisions
    (会议时间：…, 参会单位：…) are the meeting's, not every decision's."""
    fields = item_fields(node)
    root = _root_of(node)
    # roles a group heading above gives to every item under it, and roles only sub-items name
    inherited = [item_fields(a) for a in reversed(node.ancestors())]
    steps = _programme(node) if node.parent is None else set()  # who runs a step of the event does not run the event
    below = [item_fields(n) for n in node.walk() if n is not node and n not in steps]
    roles: dict[str, list[str]] = {}
    and_others: list[str] = []
    for role in NAME_ROLES:
        names, others = fields.names_and_others(role)
        for other in (*inherited, *below):
            if names:
                break
            names, others = other.names_and_others(role)
        roles[role] = names
        if others:
            and_others.append(role)
    in_prose = not any(roles[role] for role in NAME_ROLES[:3])
    if in_prose:
        responsibility("\n".join(_prose_lines(node)), known_units(root)).fill(roles, and_others)  # no unit field: read the prose
    if not any(roles[role] for role in NAME_ROLES[:3]):
        for role, names in _roles_for_all(node, root).items():
            roles[role] = roles[role] or names
    if not any(roles[role] for role in NAME_ROLES[:3]):
        # 任务分工 arranged by unit: （一）区委宣传部 / 1.负责宣传工作 — the heading names who does it
        roles["responsible_units"] = next((names for a in reversed(node.ancestors()) if (names := _unit_heading(a))), [])
    if not roles["lead_officials"]:
        roles["lead_officials"] = next(([o] for a in reversed(node.ancestors()) if (o := _official_heading(a))), [])
    if not roles["lead_units"] and not roles["responsible_units"] and _working_group(node, fields):
        roles["responsible_units"] = [heading_title(node)]  # （一）宣传组 / 组长：… / 职责：…
    if not any(roles[role] for role in NAME_ROLES[:3]):
        # 【县委宣传部】加强理论武装; 4月1日  启动仪式  区图书馆
        roles["responsible_units"] = units_in_front(node.heading) or units_after_a_gap(node.heading) or units_as_subject(node.heading)
    # fields before the first item (主办单位：…, 活动时间：…) hold for every activity that names none
    document = item_fields(root) if not minutes else _ItemFields()
    for role in NAME_ROLES:
        if not roles[role]:
            roles[role], others = document.names_and_others(role)
            if others and role not in and_others:
                and_others.append(role)
    # an item's own time in a closing bracket wins over the one its heading gives all (8月10日 / 加签作业(08/10-16))
    own = fields.deadline_value() or (closing_time_note(node.heading) if inherited else None)
    deadline_field = own or next((value for f in inherited if (value := f.deadline_value())), None)
    if not deadline_field and node.marker is not None and node.marker.style in (DATED, WEEK):
        deadline_field = node.marker.text  # 6月25日：举办知识竞赛 — the schedule's date
    if not deadline_field and (day := _calendar_day(node)):
        deadline_field = day  # 9月11日 / 2020秋季班入学指导: the day the event is on, whatever words it holds
    text = _content(node)
    if deadline_field:
        deadline = parse_deadline(deadline_field, year, issued)
    else:
        beside = assigned_in_brackets(node) or (in_prose and ("）" in text or ")" in text or "——" in text))  # （县发改局，6月底前）
        deadline = deadline_beside_units(text, year, issued) if beside else None
        deadline = deadline or deadline_in_text(text, year, issued.year if issued else None)
    deadline = deadline or _deadline_for_all(node, year, issued)
    if (deadline is None or deadline.fuzzy) and (stage := next((t for a in reversed(node.ancestors()) if (t := heading_time(a))), None)):
        window = parse_deadline(stage, year, issued)  # （一）动员部署阶段（2025年3月）: the stage's window
        # 七月 / 布置暑假安全: a holiday or a season that spills out of its heading's month names a topic
        deadline = window if deadline is None or (window is not None and not _within(deadline, window)) else deadline
    if deadline is None and (document_deadline := document.deadline_value()):
        # an event held on one day: its parts are done that day; a campaign's weeks or months
        # (活动时间：6月1日至30日) date none of its activities, which happen somewhen within them
        held = parse_deadline(document_deadline, year, issued)
        if held is not None and held.start is not None and held.start == held.end:
            deadline_field, deadline = document_deadline, held
    deadline = deadline or recurring_in_text(text)  # 每月开展一次检查: how often, where nothing says when
    raw_fields: dict[str, str] = {}
    for f in fields.fields:
        raw_fields[f.label] = f"{raw_fields[f.label]}\n{f.value}" if f.label in raw_fields else f.value
    ancestors = node.ancestors()
    section = heading_title(ancestors[0]) if ancestors else None
    nearest = ancestors[-1] if ancestors else None
    category = None
    if nearest is not None and not (nearest.parent is not None and nearest.parent.parent is None and heading_kind(nearest)):
        category = heading_title(nearest)
    activity = Activity(
        id=node.path() or "1",  # the whole document, when it records one task
        number=node.marker.text or None if node.marker and node.marker.style not in UNNUMBERED else None,
        section=section,
        category=category,
        title=_root_title(node, plan_title) if node.parent is None and plan_title and not _records_a_task(node) else heading_title(node),
        content=fields.content_value() or text,
        deadline=deadline,
        fields=raw_fields,
        span=_span(node),
        and_others=and_others,
        **roles,
    )
    activity.warnings.extend(activity_warnings(activity, deadline_field))  # the activity is ours until returned
    for f in fields.fields:
        if f.role is None:
            activity.warnings.append(ParseWarning(code="unknown_label", message=f"label not known: {f.label}", span=activity.span))
    return activity


def sections(root: Node, activities: list[Node]) -> list[Section]:
    """Top-level headings: every top-level item that is not itself an activity, with the text of
    it that no activity holds, so that nothing the document says is dropped."""
    chosen = set(activities)
    out = []
    for top in root.children:
        if top in chosen:
            continue
        holds = any(n in chosen for n in top.walk())
        named = heading_kind(top)  # 保障措施 stays requirements, even holding a task it assigns
        kind = named if named not in (None, "activities") else ("activities" if holds or named else "other")
        blocks = top.all_blocks()
        out.append(Section(
            number=top.marker.text or None if top.marker and top.marker.style not in UNNUMBERED else None,
            title=heading_title(top),
            kind=kind,
            content="\n".join(_unclaimed_lines(top, chosen)),
            span=Span(start_line=blocks[0].line, end_line=blocks[-1].line),
        ))
    return out


def _unclaimed_lines(node: Node, chosen: set[Node]) -> list[str]:
    if node in chosen:
        return []
    own = list(node.lines) if node.parent is not None and node.parent.parent is None else [b.text.strip() for b in node.blocks]
    return own + [line for child in node.children for line in _unclaimed_lines(child, chosen)]


def numbering_warnings(root: Node) -> list[ParseWarning]:
    """Gaps and repeats among sibling numbers; a sequence may run on across groups (court plans
    number 1.–11. through several （一）（二） groups)."""
    warnings = []
    last_of_style: dict[str, int] = {}
    for block in root.blocks:  # 一、活动时间：… 二、活动地点：… before 三、活动内容: numbered, but fields
        field_marker = numbered_field(block.text)
        if field_marker:
            last_of_style[field_marker.style] = field_marker.number
    for node in root.walk():
        previous: dict[str, int] = {}
        seen: dict[str, set[int]] = {}
        for before, child in zip([None, *node.children], node.children, strict=False):
            if child.marker is None or child.marker.style in UNNUMBERED:
                continue
            style, number = child.marker.style, child.marker.number
            if style not in previous and before is not None and before.marker and before.marker.number == number - 1:
                previous[style] = number - 1  # 2． then 3): the list goes on in another style
            span = Span(start_line=child.blocks[0].line, end_line=child.blocks[0].line)
            if number in seen.setdefault(style, set()):
                warnings.append(ParseWarning(code="duplicate_number", message=f"{child.marker.text} appears twice", span=span))
            elif style in previous:
                if number != previous[style] + 1:
                    warnings.append(ParseWarning(code="numbering_gap", message=f"{child.marker.text} follows number {previous[style]}", span=span))
            elif number not in (1, last_of_style.get(style, 0) + 1):
                warnings.append(ParseWarning(code="numbering_gap", message=f"{child.marker.text} opens a list", span=span))
            seen[style].add(number)
            previous[style] = number
            last_of_style[style] = number
    return warnings


def section_before(root: Node, line: int) -> str | None:
    """The title of the top-level heading a table stands under, unless that heading holds no work;
    or the title of the attachment the table is (附件2 / 2025年民生实事任务分解表 / the table)."""
    previous = [top for top in root.children if top.blocks and top.blocks[0].line <= line]
    if attached := _attachment_title(previous[-1].all_blocks() if previous else root.blocks, line):
        return attached
    if not previous or heading_kind(previous[-1]) not in (None, "activities"):
        return None
    return heading_title(previous[-1])


_ATTACHMENT_TITLE_MAX = 60


def _attachment_title(blocks: list[Block], line: int) -> str | None:
    """The line after the last 附件N label above `line`: the name of the attachment there."""
    before = [block for block in blocks if block.line < line and not block.cells]
    for i in range(len(before) - 1, -1, -1):
        if "附" in before[i].text and is_attachment_label(before[i].text):
            title = next((squeeze(b.text) for b in before[i + 1:] if b.text.strip()), "")
            return title if 0 < len(title) <= _ATTACHMENT_TITLE_MAX else None
    return None


def first_is_lead(activities: list[Activity], lines: list[tuple[int, str]]) -> list[Activity]:
    """Apply `首位单位为牵头单位` (the first listed unit leads): to the activity whose text says
    it, and with 下同, or when said outside any activity, to every activity after it too. The
    units all stay responsible; only an activity that names no lead gets one."""
    notes = [
        (line, "下同" in text) for line, text in lines
        if ("牵头单位" in text or "牽頭單位" in text) and any(p in fold(text) for p in FIRST_IS_LEAD)
    ]
    if not notes:
        return activities
    out = []
    for activity in activities:
        applies = any(
            (activity.span.start_line <= line <= activity.span.end_line)
            or (line < activity.span.start_line and (onward or not _inside_any(line, activities)))
            for line, onward in notes
        )
        if applies and not activity.lead_units and activity.responsible_units:
            activity = activity.model_copy(update={"lead_units": activity.responsible_units[:1]})
        out.append(activity)
    return out


def _inside_any(line: int, activities: list[Activity]) -> bool:
    return any(a.span.start_line <= line <= a.span.end_line for a in activities)
