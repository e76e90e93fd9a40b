"""The outline's rewrites, run as it is finished: lines that speak for a group, field lines
after a last item, paragraphs that each assign a task, duties listed unit by unit. Each pass
reshapes the outline the way a reader regroups what the page's layout left apart; after them
the outline is not changed again.
"""

from __future__ import annotations

import re

from .blocks import Block
from .fields import find_fields
from .items import ABOVE, field_only, item_fields
from .markers import PARAGRAPH, Marker
from .outline import Node, build_outline
from .prose import ends_with_a_bracket, responsibility, says_who_in_closing_bracket
from .units import is_unit_name, lists_units
from .vocabulary.labels import LABEL_ROLES, NAME_ROLES


def _trailing_fields(node: Node) -> int | None:
    """Where the field-only lines at the end of the node's last sub-point start, when the node
    carries no fields of its own and its other sub-points none either; else None."""
    if not node.children or node.children[-1].children or item_fields(node).has_roles:
        return None
    last = node.children[-1]
    tail = len(last.blocks)
    while tail > 1 and field_only(last.blocks[tail - 1].text):
        tail -= 1
    if tail == len(last.blocks) or any(_holds_fields(k) for k in node.children[:-1]):
        return None  # its other sub-points carry fields of their own (职责：…): these are the last one's
    return tail



def _holds_fields(node: Node) -> bool:
    return any(f.role is not None for n in node.walk() for f in item_fields(n).fields)



def _counted_across(groups: list[Node]) -> bool:
    """一、… 1.… 二、… 2.…: sub-points numbered on from one group into the next are the plan's
    tasks counted through, each with its own fields, not the points of their group's task."""
    return any(g.children[0].marker is not None and g.children[0].marker.number > 1 for g in groups if g.children)



def _holds_roles(node: Node) -> bool:
    return any(item_fields(n).has_roles for n in node.walk())



def lift_trailing_fields(root: Node) -> None:
    """Field lines written after an item's last sub-point belong to the item, not to that point,
    when its other sub-points carry none and its peers (items of its style at its level, in its
    group or another) are alike: every peer that carries fields carries them at its level or
    after its own last sub-point, never in the others.
      （一）整治市容。 1.清理… 2.规范… 牵头单位：…  （二）提升服务。 牵头单位：…"""
    nodes = list(root.walk())
    by_style: dict[tuple[str, int], list[Node]] = {}  # items of one style at one level, in every group
    for n in nodes:
        if n.marker is not None:
            by_style.setdefault((n.marker.style, n.level), []).append(n)
    for node in nodes:
        # a heading over one item is that item's group: the fields under it are the item's own
        tail = None if node is root or node.marker is None or len(node.children) < 2 else _trailing_fields(node)
        if tail is None or node.marker is None:
            continue
        peers = [p for p in by_style[(node.marker.style, node.level)] if p is not node]
        alike = [item_fields(p).has_roles or _trailing_fields(p) is not None for p in peers if _holds_roles(p)]
        if not alike or not all(alike) or _counted_across([node, *peers]):
            continue  # no peer shows the pattern, or one carries its fields in its sub-points
        last = node.children[-1]
        node.blocks.extend(last.blocks[tail:])
        del last.blocks[tail:]
        for moved in (node, last):
            moved.memo.clear()
            moved.__dict__.pop("lines", None)  # the cached lines are stale



def _says_for_all(line: str) -> bool:
    return line.lstrip().startswith("以上") and ABOVE.match(line) is not None and (
        any(responsibility(line, segment=False).names.values()) or any(f.role for f in find_fields(ABOVE.sub("", line)))
    )



def lift_lines_for_all(root: Node) -> None:
    """Lines that close a group by speaking for all its items (以上工作由区城管局负责，持续开展)
    belong to the group, where every item under it inherits them, not to its last item."""
    stack = list(root.children)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if len(node.children) < 2 or node.children[-1].children:
            continue
        last = node.children[-1]
        tail = len(last.blocks)
        while tail > 1 and _says_for_all(last.blocks[tail - 1].text):
            tail -= 1
        if tail == len(last.blocks):
            tail = _closing_note(node)
        if tail == len(last.blocks):
            continue
        node.for_all.extend(block.text.strip() for block in last.blocks[tail:])
        node.blocks.extend(last.blocks[tail:])
        del last.blocks[tail:]
        for moved in (node, last):
            moved.memo.clear()
            moved.__dict__.pop("lines", None)  # the cached lines are stale


# （责任单位：…） on a line of its own
_BRACKETED_LINE = re.compile(r"^\s*[（(【\[〔].*[）)】\]〕]\s*[。；;]?\s*$")



def _closing_note(node: Node) -> int:
    """Where the bracketed field lines that close a group's last point start (（1）… （4）… /
    （责任单位：…）), when no point of the group carries fields of its own: a note for all its points.
    The last point's length where there is none."""
    last = node.children[-1]
    tail = len(last.blocks)
    while tail > 1 and _BRACKETED_LINE.match(last.blocks[tail - 1].text) and field_only(last.blocks[tail - 1].text):
        tail -= 1
    if tail == len(last.blocks) or any(f.role for child in node.children[:-1] for f in item_fields(child).fields):
        return len(last.blocks)
    if any(f.role for block in last.blocks[:tail] for f in find_fields(block.text)):
        return len(last.blocks)
    return tail



def _paragraph_tasks(node: Node) -> list[int]:
    """Which of an item's lines after its heading end with a bracket that assigns them, when the
    item has no sub-items and assigns nothing itself (no field, no bracket on its heading)."""
    if node.children or node.marker is None or len(node.blocks) < 2:
        return []
    ending = [i for i, line in enumerate(node.lines) if i and ends_with_a_bracket(line)]
    if not ending or _field_lines_assign(node) or says_who_in_closing_bracket(node.lines[0]):
        return []
    return [i for i in ending if says_who_in_closing_bracket(node.lines[i])]



def _fielded_paragraphs(node: Node) -> list[int]:
    """Where each paragraph of an item ends, when two or more paragraphs are each followed by field
    lines of their own (推行…。 / 牵头单位：… / 完成时限：… / 开展…。 / 牵头单位：…): the last field
    line of each run."""
    if node.children or node.marker is None or len(node.blocks) < 5:
        return []
    fielded = [i > 0 and _a_field_line(line) for i, line in enumerate(node.lines)]
    ends = [i for i in range(2, len(fielded)) if fielded[i] and (i + 1 == len(fielded) or not fielded[i + 1])]
    opens = [i for i in range(1, len(fielded)) if not fielded[i] and fielded[i + 1: i + 2] == [True]]
    return ends if len(ends) >= 2 and len(opens) == len(ends) and not fielded[1] else []



def _a_field_line(line: str) -> bool:
    return any(f.start == 0 and f.role in (*NAME_ROLES, "deadline") for f in find_fields(line))



def _field_lines_assign(node: Node) -> bool:
    """Whether a line of the item is a field that gives units or people a role (牵头单位：…): the
    item's own, which its paragraphs share; a bracket of fields ending a paragraph is that one's."""
    return any(f.start == 0 and f.role in NAME_ROLES for line in node.lines for f in find_fields(line))



def split_assigned_paragraphs(root: Node) -> None:
    """Paragraphs under a heading, each ending with who does it (工作要点 written without numbers:
    一、强化企业创新 / 实施培育行动。（市科技局牵头） / 推动研发全覆盖。（市工信局负责）), are
    tasks of their own, when one heading of their kind holds two such paragraphs. Each task runs
    from the line after the previous one to its bracket; lines after the last stay the heading's."""
    for parent in list(root.walk()):
        tasked = {node: _paragraph_tasks(node) for node in parent.children}
        if not any(len(ends) >= 2 for ends in tasked.values()):
            tasked = {node: _fielded_paragraphs(node) for node in parent.children}  # each paragraph with its fields
            if not any(tasked.values()):
                continue
        for node, ends in tasked.items():
            if not ends:
                continue
            start = 1
            for number, end in enumerate(ends, start=1):
                marker = Marker(PARAGRAPH, number, "", 0)
                node.children.append(Node(marker, node.level + 1, node.blocks[start: end + 1], parent=node, position=number))
                start = end + 1
            node.blocks[1:] = node.blocks[start:]
            node.memo.clear()
            node.__dict__.pop("lines", None)  # the cached lines are stale


# 县水利局：负责水库防汛调度。 a unit, or a list of them, and the duty it answers for
_DUTY_LINE = re.compile(r"^\s*([^\s：:，,。；;（）()]{2,40})[：:]\s*\S{2}")



def _names_its_duty(line: str) -> bool:
    found = _DUTY_LINE.match(line)
    if found is None or found.group(1) in LABEL_ROLES or not is_unit_name(found.group(1)):
        return False  # 主办单位：… names a unit's part, not a unit
    if not lists_units(found.group(1)):
        return False
    fields = find_fields(line)  # 责任单位：…, 3.组织单位：… is a field, not a unit's duty
    return bool(fields) and fields[0].role is None and fields[0].label == found.group(1)



def split_duties_by_unit(root: Node) -> None:
    """Lines that each open with a unit and its duty (职责分工 / 县水利局：负责… / 县气象局：负责…),
    unnumbered under a heading or in a plan with no headings at all, are items of their own when
    two or more stand together; a line that opens with no unit goes on the duty above it."""
    nodes = [root]
    while nodes:
        node = nodes.pop()
        if node.children:
            nodes.extend(node.children)
            continue
        first = 0 if node is root else 1  # a heading's own line is its title, not a duty
        if len(node.blocks) < first + 2:
            continue
        starts = [i for i in range(first, len(node.blocks)) if not node.blocks[i].cells and _names_its_duty(node.blocks[i].text)]
        if len(starts) < 2:
            continue
        for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(node.blocks)], strict=True), start=1):
            node.children.append(Node(Marker(PARAGRAPH, number, "", 0), node.level + 1, node.blocks[start:end], parent=node, position=number))
        del node.blocks[starts[0]:]
        node.memo.clear()
        node.__dict__.pop("lines", None)  # the cached lines are stale


def finished_outline(blocks: list[Block], headings: dict[int, int]) -> Node:
    """The outline of the body's lines, with its rewrites done: built once, then not changed."""
    root = build_outline(blocks, headings)
    lift_trailing_fields(root)
    lift_lines_for_all(root)
    split_assigned_paragraphs(root)
    split_duties_by_unit(root)
    return root
