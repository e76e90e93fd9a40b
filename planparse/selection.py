"""Which outline items are activities (the selection; items.py says what an item holds).

An activity is decided by evidence, not by its level: an item that carries unit or deadline
fields is one, and so are its siblings; an item whose descendants carry the fields only
groups them (its title becomes their `category`). Items under headings such as 工作要求 or
保障措施 are not activities, however they are numbered, unless one names its units in fields:
a task assigned there is still a task to track. A plan with no fields at all still yields the
items under an activity heading (活动安排, 重点任务, …).
"""

from __future__ import annotations

import re

from .deadlines import SOME_YEAR, deadline_in_text, parse_deadline
from .items import (
    POINTS,
    assigned_in_brackets,
    assigns_tasks,
    assigns_work,
    fallback_items,
    heading_kind,
    item_fields,
    label_heading,
    names_the_organisers,
    says_who,
)
from .models import Deadline
from .outline import Node
from .prose import (
    asked_of_the_addressee,
)
from .text import fold
from .titles import heading_time, heading_title


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
            if any(says_who(item) for item in items):
                found.update(items)
    return found


def within(inner: Deadline, outer: Deadline) -> bool:
    return (
        None not in (inner.start, inner.end, outer.start, outer.end)
        and outer.start <= inner.start and inner.end <= outer.end  # type: ignore[operator]
    )


def select_activities(root: Node, plan_like: bool) -> list[Node]:
    fields_of = {node: item_fields(node) for node in root.walk() if node is not root}
    excluded: set[Node] = set()
    for top in root.children:
        kind = heading_kind(top)
        if kind not in (None, "activities") and not assigns_work(top):
            excluded.update(top.walk())
    organisers = {n for top in root.children if names_the_organisers(top) or label_heading(top) for n in top.walk()}
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
        chosen.update(fallback_items(top))
    if plan_like and (steps := programme(root)) and _held_on_a_day(root) and not any(
        item_fields(n).names_units or says_who(n) for n in chosen - steps
    ):
        return [root]  # 五、活动议程 / 1.领导讲话 …: one ceremony, the rest its running order and arrangements
    if not chosen and plan_like:
        chosen.update(_dated_stages(root))  # a plan that only sets out its stages: they are its work
    if not chosen and plan_like and not any(heading_kind(top) == "activities" for top in root.children):
        # the plan's own parts are its tasks (一、开展广场舞比赛 二、开展书画展览 三、工作要求)
        chosen.update(n for n in fallback_items(root) if n not in excluded)
    # an item inside an activity is part of its content, not an activity of its own
    chosen = {n for n in chosen if not any(a in chosen for a in n.ancestors())}
    if not chosen and (records_a_task(root) or (plan_like and item_fields(root).names_units)):
        return [root]  # a 督办单, or the plan of one event (主办单位：…, 比赛时间：…) with no list of tasks
    return [n for n in fields_of if n in chosen]  # document order


def select_decisions(root: Node) -> list[Node]:
    """The decisions of minutes (会议纪要) that assign work, which minutes write in prose (会议要求，
    县城管局要牵头…; 由县农业农村局负责…), or the matters a 交办通知 numbers (一、…问题。请县住建局
    负责…): each topic, decision or matter that says who does it. A topic that records a report
    heard or a document passed assigns nothing and is left out."""
    decisions = _split_by_who({d for n in fallback_items(root) for d in _deciding(n)})
    return [n for n in root.walk() if n in decisions]


# 关于幸福路污水管网破损问题的督办通知, 督办函: a notice that hands one matter to a unit to settle
_HANDS_A_MATTER = re.compile(r"(?:督办|交办)(?:通知|函|单|件|事项)?(?:[(（][^()（）]*[)）])?$")


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
    return fallback_items(root) if asks_for_its_items(root) else select_decisions(root)


def select_matter(root: Node) -> list[Node]:
    """A 督办通知 that writes its one matter in prose (请你单位牵头…，于7月15日前办结): the whole
    document is the task, when it says who settles it and by when (a notice that only urges
    everyone on hands over no matter)."""
    return [root] if says_who(root) and deadline_in_text("\n".join(root.lines)) is not None else []


def assigning_decisions(chosen: list[Node]) -> list[Node]:
    """Of the topics of minutes whose decisions name their fields (责任单位：…), those that assign
    work: a topic beside them that names no one records a report heard or a document passed."""
    return [n for n in chosen if assigns_tasks(n) or says_who(n)]


def _deciding(node: Node) -> list[Node]:
    """The node if it says who does it, else those of its items that do (一、关于汛期安全 / 会议要求： /
    1.县应急管理局要牵头…)."""
    return [node] if says_who(node) else [d for child in node.children for d in _deciding(child)]


_STEP_HEADINGS = ("步骤", "阶段", "进度", "时间安排", "时间节点")


_PROGRAMME = re.compile("议程|流程|程序")


def programme(root: Node) -> set[Node]:
    """The parts of a plan that set out the running order of an event (活动议程, 活动流程)."""
    return {n for top in root.children if _PROGRAMME.search(top.heading) for n in top.walk()}


def _held_on_a_day(root: Node) -> bool:
    """A plan held on one day with a running order is one event, a meeting or a ceremony run in
    order; a campaign over weeks may have an agenda for its opening alone."""
    held = item_fields(root).deadline_value()
    deadline = parse_deadline(held, SOME_YEAR) if held else None
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
        if all(c.marker is not None and c.marker.style not in POINTS and says_who(c) for c in items):
            chosen = (chosen - {node}) | set(items)
    return chosen


def records_a_task(root: Node) -> bool:
    """A document that is one task written as fields, with no number (a 督办单: 督办事项：…
    承办单位：… 办结时限：…): its name and who does it."""
    fields = item_fields(root)
    return fields.names_units and any(f.role == "title" for f in fields.fields)
