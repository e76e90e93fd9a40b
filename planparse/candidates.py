"""The generic reading: the work a document lists, when no rule of a known shape chose it.

A plan that no rule recognises still lists its work as numbered items. A reader building a
ledger takes the items that hold no further items, outside the parts that set out guidance or
requirements, and keeps the headings above them as their categories. This reading is the floor
under every refinement: only strong evidence that the document reports on work done, or sets
an agenda, keeps a listed item from being a task.
"""

from __future__ import annotations

import re

from .items import field_only, heading_kind
from .outline import Node
from .text import fold
from .vocabulary.kinds import REPORTING_LEAD_INS, REPORTING_WORDS
from .vocabulary.times import DAYS_OFF

_HEAD_LINES = 12  # where a document names what it is: its title, a masthead, a site's metadata
_HEAD_LINE_MAX = 40
_OPENING = 600  # where a report says it reports (现将…通报如下)
_DAY_OFF_MAX = 40  # a day off is named in a short line, not in a task that mentions one
_CHINESE = re.compile(r"[\u4e00-\u9fff]")  # a list in another language is no Chinese plan's work
_LEAD_INS = re.compile("|".join(REPORTING_LEAD_INS))


def reports_on_work(lines: list[str], root: Node) -> bool:
    """Strong evidence that a document looks back or sets an agenda, not forward: a line at its head
    that names it so (述职报告, 工作总结, …情况的通报, 修订议程), the sentence that opens a report's
    findings (现将…通报如下), or a first part headed as a report's is (一、总体情况), where no part
    is headed as work to do."""
    head = [fold(line.strip()[:_HEAD_LINE_MAX]) for line in lines[:_HEAD_LINES] if line.strip()]
    if any(word in line for line in head for word in REPORTING_WORDS):
        return True
    if _LEAD_INS.search(fold("".join(lines[:_HEAD_LINES])[:_OPENING])):
        return True
    parts = [heading_kind(top) for top in root.children if top.marker is not None]
    return bool(parts) and parts[0] == "other" and "activities" not in parts


def generic_items(root: Node) -> list[Node]:
    """Every numbered item that holds no item of its own (its numbered fields, 1.活动时间：…, are no
    items), outside the parts headed as guidance or requirements: the tasks as a reader finds them."""
    items: list[Node] = []
    for top in root.children:
        if heading_kind(top) in (None, "activities"):
            items.extend(
                node for node in top.walk()
                if node.marker is not None and _holds_no_item(node) and _CHINESE.search(node.heading) and not _day_off(node.heading)
            )
    return items


def _day_off(heading: str) -> bool:
    """中秋节（放假）, 10/2弹性放假: a calendar's holiday, which no one does."""
    return any(word in heading for word in DAYS_OFF) and len(heading) <= _DAY_OFF_MAX


def _holds_no_item(node: Node) -> bool:
    return not any(child.marker is not None and not field_only(child.blocks[0].text) for child in node.children)
