"""Each chosen item made an Activity: its title, its roles and its deadline from ordered sources,
its warnings; then the finishing touches a kind of document asks for (a letter's addressee, a
matter's topic). The plan's sections are in sections.py."""

from __future__ import annotations

import re
from datetime import date

from .deadlines import SOME_YEAR, deadline_in_text, may_name_a_time, parse_deadline, recurring_in_text
from .fields import find_fields
from .items import (
    HEADING_MAX,
    PERSON_IN_BRACKETS,
    ItemFields,
    assigned_in_brackets,
    deadline_for_all,
    heading_kind,
    item_fields,
    known_units,
    roles_for_all,
)
from .markers import DATED, PERIOD, UNNUMBERED, WEEK
from .models import Activity, Deadline, ParseWarning, Span
from .outline import Node
from .prose import (
    closing_time_note,
    deadline_beside_units,
    joined_at_the_head,
    responsibility,
)
from .selection import hands_a_matter, programme, records_a_task, within
from .text import fold, squeeze
from .titles import heading_time, heading_title, task_title, topic_title, units_after_a_gap, units_as_subject, units_in_front
from .units import (
    is_addressee,
    is_generic,
    is_person,
    is_unit_name,
    reads_as_unit,
    split_names,
)
from .vocabulary.labels import FIRST_IS_LEAD, NAME_ROLES
from .vocabulary.units import ORG_SUFFIXES, TITLE_ENDINGS_OF_OFFICIALS


def addressed_to(activity: Activity, addressees: list[str]) -> Activity:
    """An activity whose units are the notice's addressee, written as 你单位: named as the salutation names them."""
    roles = {role: getattr(activity, role) for role in NAME_ROLES[:3]}
    if not addressees or not any(is_addressee(n) for names in roles.values() for n in names):
        return activity
    named = {role: list(dict.fromkeys(m for n in names for m in (addressees if is_addressee(n) else [n]))) for role, names in roles.items()}
    return activity.model_copy(update=named)


_MATTER_IN_TITLE = re.compile(r"^关于(.{4,}?)(?:的|有关)?(?:督办|交办)")


_MATTER_IN_TEXT = re.compile(r"[^，,。；;：:\n]{4,40}问题")


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


_PLAN_WRAPPING = re.compile(r"^关于|(?:的(?:活动|实施|工作)?|(?<=活动))方案$|的函$")


def _event_name(plan_title: str) -> str:
    """The event a plan of one event holds, or the matter a letter hands over: its title without
    关于 and 的…方案 or 的函 (关于举办书法比赛的活动方案 -> 举办书法比赛; 中秋游园活动方案 -> 中秋游园活动;
    关于尽快修复幸福路路面的函 -> 尽快修复幸福路路面)."""
    return _PLAN_WRAPPING.sub("", plan_title).strip() or plan_title


def _root_title(root: Node, plan_title: str) -> str:
    """The title of the one task a whole document holds: the matter a 督办通知 hands over, or the event a plan holds."""
    return _matter(root, plan_title) if hands_a_matter(plan_title) else _event_name(plan_title)


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
        roles = {role: [PERSON_IN_BRACKETS.sub(r"\1", n) if _person_beside(n) else n for n in names] for role, names in roles.items()}
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
    both = PERSON_IN_BRACKETS.match(name) if name.endswith(("）", ")")) else None
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
    read = parse_deadline(raw, SOME_YEAR)
    return read is not None and (read.start is not None or read.end is not None)


_COLLECTIVE_MAX = 8


def _collective_alone(name: str) -> bool:
    """各乡镇, 各村（社区）, 县直各有关单位: a collective and nothing more, not 各学校自主开展的活动."""
    folded = fold(name)
    return folded.endswith((*ORG_SUFFIXES, "）", ")")) or ("的" not in folded and len(folded) <= _COLLECTIVE_MAX)


def _unit_heading(node: Node) -> list[str]:
    """The units a heading is made of (区委宣传部; 各街道办事处; 区教育局、区卫健委), or none: a
    topic that only ends like a unit (创建文明社区) opens with no level and is no unit."""
    title = heading_title(node)
    if not title or len(title) > HEADING_MAX or any(ch in node.heading for ch in "。；;，,：:"):
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


def _working_group(node: Node, fields: ItemFields) -> bool:
    """（一）宣传组 / 组长：刘洋 / 职责：负责宣传报道: a group set up for the plan, whose duty is
    its task and which answers for it."""
    title = heading_title(node)
    return (
        title.endswith(_GROUP_ENDINGS) and len(title) <= HEADING_MAX and is_unit_name(title)
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
    node: Node, year: int | None, issued: date | None = None, plan_title: str | None = None, shared_fields: bool = True
) -> Activity:
    """The activity an item of the outline holds. Without `shared_fields` (minutes), the fields above
    the first item (会议时间：…, 参会单位：…) are the meeting's, not every task's."""
    fields = item_fields(node)
    root = _root_of(node)
    document = item_fields(root) if shared_fields else ItemFields()  # fields before the first item hold for all
    text = _content(node)
    # what a group heading above gives every item under it
    inherited = [item_fields(a) for a in reversed(node.ancestors())]
    roles, and_others, in_prose = _roles(node, fields, inherited, root, document)
    deadline_field, deadline = _deadline(node, fields, inherited, document, text, in_prose, year, issued)
    raw_fields: dict[str, str] = {}
    for f in fields.fields:
        raw_fields[f.label] = f"{raw_fields[f.label]}\n{f.value}" if f.label in raw_fields else f.value
    section, category = _placement(node)
    activity = Activity(
        id=node.path() or "1",  # the whole document, when it records one task
        number=node.marker.text or None if node.marker and node.marker.style not in UNNUMBERED else None,
        section=section,
        category=category,
        title=_root_title(node, plan_title) if node.parent is None and plan_title and not records_a_task(node) else heading_title(node),
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


def _roles(node: Node, fields: ItemFields, inherited: list[ItemFields], root: Node, document: ItemFields,
           ) -> tuple[dict[str, list[str]], list[str], bool]:
    """Who does the item, from its sources in order: its own fields, its group's or its points',
    its prose, what is said for all the items under a heading, a heading that names a unit or an
    official, a working group's name, units in front of its title, the document's fields. Also
    which roles end with 等 (and others), and whether the prose was read."""
    # roles only sub-items name
    steps = programme(node) if node.parent is None else set()  # who runs a step of the event does not run the event
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
        for role, names in roles_for_all(node, root).items():
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
    for role in NAME_ROLES:
        if not roles[role]:
            roles[role], others = document.names_and_others(role)
            if others and role not in and_others:
                and_others.append(role)
    return roles, and_others, in_prose


def _deadline(node: Node, fields: ItemFields, inherited: list[ItemFields], document: ItemFields, text: str, in_prose: bool,
              year: int | None, issued: date | None) -> tuple[str | None, Deadline | None]:
    """By when, from its sources in order: a deadline field (its own, then its group's), a
    schedule's date, the day of a calendar, a time beside the units in its prose or anywhere in
    it, what is said for all under a heading, its stage's window, the day of a one-day event, how
    often it recurs. Also the field's value, where a field gave it."""
    # an item's own time in a closing bracket wins over the one its heading gives all (8月10日 / 加签作业(08/10-16))
    own = fields.deadline_value() or (closing_time_note(node.heading) if inherited else None)
    deadline_field = own or next((value for f in inherited if (value := f.deadline_value())), None)
    if not deadline_field and node.marker is not None and node.marker.style in (DATED, WEEK):
        deadline_field = node.marker.text  # 6月25日：举办知识竞赛 — the schedule's date
    if not deadline_field and (day := _calendar_day(node)):
        deadline_field = day  # 9月11日 / 2020秋季班入学指导: the day the event is on, whatever words it holds
    if deadline_field:
        deadline = parse_deadline(deadline_field, year, issued)
    else:
        beside = assigned_in_brackets(node) or (in_prose and ("）" in text or ")" in text or "——" in text))  # （县发改局，6月底前）
        deadline = deadline_beside_units(text, year, issued) if beside else None
        deadline = deadline or deadline_in_text(text, year, issued.year if issued else None)
    deadline = deadline or deadline_for_all(node, year, issued)
    if (deadline is None or deadline.fuzzy) and (stage := next((t for a in reversed(node.ancestors()) if (t := heading_time(a))), None)):
        window = parse_deadline(stage, year, issued)  # （一）动员部署阶段（2025年3月）: the stage's window
        # 七月 / 布置暑假安全: a holiday or a season that spills out of its heading's month names a topic
        deadline = window if deadline is None or (window is not None and not within(deadline, window)) else deadline
    if deadline is None and (document_deadline := document.deadline_value()):
        # an event held on one day: its parts are done that day; a campaign's weeks or months
        # (活动时间：6月1日至30日) date none of its activities, which happen somewhen within them
        held = parse_deadline(document_deadline, year, issued)
        if held is not None and held.start is not None and held.start == held.end:
            deadline_field, deadline = document_deadline, held
    return deadline_field, deadline or recurring_in_text(text)  # 每月开展一次检查: how often, where nothing says when


def _placement(node: Node) -> tuple[str | None, str | None]:
    """The item's section (its top heading) and category (the heading right above it, unless that
    is a part of the plan that only sorts its items)."""
    ancestors = node.ancestors()
    section = heading_title(ancestors[0]) if ancestors else None
    nearest = ancestors[-1] if ancestors else None
    category = None
    if nearest is not None and not (nearest.parent is not None and nearest.parent.parent is None and heading_kind(nearest)):
        category = heading_title(nearest)
    return section, category


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
