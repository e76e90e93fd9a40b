"""The tree of items that numbering markers build (markers.py reads the markers).

GB/T 9704 nests official documents as 一、 then （一） then 1. then （1）, but plans skip and
reorder levels, so the tree is built from what the document does, not from that list: the
first style seen is the outer level, a new style opens a level below the current one, and a
style seen before returns to the level it first had.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .blocks import CONTENTS, Block
from .contents import is_contents_entry, typed_contents
from .fields import leading_label_role
from .markers import BULLET, DATED, HEADINGS, MONTH, PERIOD, Marker, find_marker, read_marker
from .text import fold


@dataclass(eq=False)
class Node:
    """An item of the outline: its own lines (marker line first) and the items nested in it."""

    marker: Marker | None
    level: int
    blocks: list[Block] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    position: int = 0  # among its parent's children, from 1
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # what later stages derive from it
    for_all: list[str] = field(default_factory=list)  # its lines after its last item that speak for all its items

    @cached_property
    def lines(self) -> list[str]:
        """Own lines, the marker cut from the first."""
        if not self.blocks:
            return []
        first = self.blocks[0].text[self.marker.end:] if self.marker else self.blocks[0].text
        return [first.strip(), *(b.text.strip() for b in self.blocks[1:])]

    @property
    def heading(self) -> str:
        return self.lines[0] if self.lines else ""

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def all_blocks(self) -> list[Block]:
        return [block for node in self.walk() for block in node.blocks]

    def path(self) -> str:
        """1-based positions from the top, e.g. 2.1.3: stable whatever the printed numbers say."""
        parts: list[str] = []
        node: Node = self
        while node.parent is not None:
            parts.append(str(node.position))
            node = node.parent
        return ".".join(reversed(parts))

    def ancestors(self) -> list[Node]:
        """From the top-level item down to the parent; the root is left out."""
        chain: list[Node] = []
        node = self.parent
        while node is not None and node.parent is not None:
            chain.append(node)
            node = node.parent
        return list(reversed(chain))


_NUMERAL_KINDS = ("1", "一", "①", "Ⅰ", "A")


_DECIMAL = ("1.1", "1.1.1", "1 ")


def _numeral_kind(style: str) -> str | None:
    return None if style in _DECIMAL else next((kind for kind in _NUMERAL_KINDS if kind in style), None)


# the levels GB/T 9704 sets one under the other: never one list, whatever their numbers
_DISTINCT_LEVELS = (frozenset({"一、", "（一）"}), frozenset({"1.", "（1）"}))


def _goes_on_in_another_style(previous: Node, marker: Marker) -> bool:
    """1．… 2．… 3) … 4) …: a style first seen with the number after the item above, in the same
    numerals, goes on with that item's list (a sub-list counts from 1). Not so for 一、 then （二）:
    those are two levels, the sub-list's first item buried in a line (会议议定：（一）…)."""
    return (
        previous.marker is not None and marker.number >= 2 and marker.number == previous.marker.number + 1
        and not previous.children and _numeral_kind(marker.style) is not None
        and _numeral_kind(marker.style) == _numeral_kind(previous.marker.style)
        and frozenset({marker.style, previous.marker.style}) not in _DISTINCT_LEVELS
    )


_FIRST_ITEM_LINES = 3  # how many lines back the first item may start


#: Where a list's first item starts on the line of its lead-in (会议议定：（一）…, 二、落实措施。一是…).
FIRST_AFTER_A_LEAD_IN = re.compile(r"(?<=[：:。])[ \t\u3000]*(?=[（(][一1１][）)]|[1１][.、．](?![0-9０-９])|一[是、]|①)")


def _buried_first_item(parent: Node, second: Marker) -> Node | None:
    """The first item of a list whose second opens a line, written at the end of the line
    before, after a lead-in (会议议定：（一）由县城管局牵头… / （二）…): cut from that line into a
    node of its own, or None."""
    for at in range(len(parent.blocks) - 1, max(0, len(parent.blocks) - _FIRST_ITEM_LINES - 1), -1):
        block = parent.blocks[at]  # the item may run on over a line or two the width broke
        if block.cells or fold(block.text).lstrip().startswith("附件"):
            return None  # 附件：1.… / 2.…: a list the closing keeps
        for lead_in in FIRST_AFTER_A_LEAD_IN.finditer(block.text):
            first = find_marker(block.text[lead_in.end():])
            if first is not None and first.style == second.style and first.number == 1:
                item = [Block(block.text[lead_in.end():], block.line), *parent.blocks[at + 1:]]
                parent.blocks[at:] = [Block(block.text[: lead_in.start()].strip(), block.line)]
                return Node(first, parent.level + _STEP, item, parent=parent, position=len(parent.children) + 1)
    return None


_ATTACHMENTS = re.compile(r"^\s*附\s*件?\s*[:：]")  # 附件：, or 附：


_ATTACHMENT_ENTRY_MAX = 40


_LISTED_NOTHING = Marker("", 0, "", 0)  # 附件： with the first entry on the next line


def _attachment_entry(text: str, last: Marker | None) -> Marker | None:
    """The entry a line makes of a notice's list of attachments, after the entry `last`: 附件：
    or 附件：1.活动安排表 opens the list, and 2.联络员名单 goes on with it, a short title numbered
    next in the same style. None where the line is no entry: numbered lines are items again."""
    if opening := _ATTACHMENTS.match(text):
        rest = text[opening.end():]
        return find_marker(rest) or (_LISTED_NOTHING if not rest.strip() else None)  # 附件：任务分工表 lists one
    if last is None or len(text.strip()) > _ATTACHMENT_ENTRY_MAX or any(p in text for p in "。；;"):
        return None
    marker = find_marker(text)
    if marker is None or marker.number != last.number + 1 or last.style not in ("", marker.style):
        return None
    return marker


# 11.121人才梯队项目 after item 10: item 11, whose title opens with a number
_BEFORE_DIGITS = re.compile(r"\s*(\d{1,3})\.(?=\d)")


def _next_before_digits(stack: list[Node], text: str) -> Marker | None:
    """The next item of an open 1. list whose text opens with digits (11.121人才…), which read
    alone would be a decimal number."""
    found = _BEFORE_DIGITS.match(text)
    if found is None:
        return None
    number = int(found.group(1))
    listed = any(n.marker is not None and n.marker.style == "1." and n.marker.number + 1 == number for n in stack)
    return Marker("1.", number, text[: found.end()].strip(), found.end()) if listed else None


def _next_in_a_list(stack: list[Node], marker: Marker) -> bool:
    """Whether a numbered field line (二、活动内容：) goes on a list open above it: then it is the
    list's next heading, not a field of the item before it."""
    return any(node.marker is not None and node.marker.style == marker.style and node.marker.number + 1 == marker.number for node in stack)


_RECORD = Marker(BULLET, 0, "", 0)


def _records(blocks: list[Block]) -> set[int]:
    """The blocks (by id: a table's row gives blocks of one line) that open a record, where a plan
    lists two or more tasks as fields with no number, each opened by a naming label (项目名称：… /
    责任单位：… / 项目名称：…)."""
    opening = [
        b for b in blocks
        if ("名称" in (head := b.text[:8]) or "事项" in head) and not b.cells and leading_label_role(b.text[:12]) == "title"
    ]
    return {id(b) for b in opening} if len(opening) >= 2 else set()


# 8—9月，重点搞好…: a paragraph led by the months it is done in, in a plan that numbers nothing
_TIME_LED = re.compile(r"\s*((?:\d{4}年)?(?:\d{1,2}\s*(?:月份?)?\s*[-—~至到]\s*)?\d{1,2}月份?(?:上中旬|中下旬|[上中下]旬|[底末初])?)\s*[,，]")


_TIME_LED_MIN = 2


def _time_led(blocks: list[Block]) -> dict[int, Marker]:
    """The paragraphs (by id) that each open with when they are done (7月，成立领导小组… / 8—9月，
    …), as a schedule's items, where the plan numbers nothing and two or more are so led."""
    led: dict[int, Marker] = {}
    for block in blocks:
        if block.cells:
            continue
        if read_marker(block.text) is not None:
            return {}  # a numbered plan: a time in front is its items' prose
        if (block.text[:3].strip()[:1].isdigit()) and (found := _TIME_LED.match(fold(block.text))):
            led[id(block)] = Marker(DATED, 0, block.text[found.start(1): found.end(1)], found.end())
    return led if len(led) >= _TIME_LED_MIN else {}


# A calendar's days, each heading the events on it: 8月1日 (or 8月 over 1, as a page's calendar
# cells give a day, its month over its number), then a line per event
_MONTH_LINE = re.compile(rf"\s*({MONTH})\s*月\s*$")


_DAY_LINE = re.compile(r"\s*([12]?\d|3[01])\s*$")


_DAY_HEADING = re.compile(r"\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号])\s*(?:[(（](?:星期|周)[一二三四五六日天][)）])?\s*$")


_DAYS_MIN = 2


_DAY_HEADING_MAX = 24


_STEP = 2  # levels go in twos, so that a time's heading can stand between two levels


def calendar_days(blocks: list[Block]) -> list[Block]:
    """The blocks with a day written as its month over its number (8月 / 1) joined into one date (8月1日)."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        month = _MONTH_LINE.match(fold(previous.text)) if previous is not None and previous.text.rstrip().endswith("月") else None
        day = _DAY_LINE.match(block.text) if month is not None and not block.cells else None
        if previous is not None and month is not None and day is not None:
            joined[-1] = Block(f"{month.group(1)}月{day.group(1)}日", previous.line)
        else:
            joined.append(block)
    return joined


def _day_headed(blocks: list[Block]) -> dict[int, Marker]:
    """The blocks (by id) of a calendar by days: each line that is only a day heads the lines under
    it, which are its events, one each, where two or more days so head their events."""
    led: dict[int, Marker] = {}
    days: set[int] = set()  # the days that head an event: a date that heads none is a date line (a sign-off's)
    day = None
    for block in blocks:
        text = block.text
        found = _DAY_HEADING.match(fold(text)) if not block.cells and len(text) <= _DAY_HEADING_MAX and "月" in text else None
        if found is not None:
            day = id(block)
            led[day] = Marker(PERIOD, 0, block.text[found.start(1): found.end(1)], len(block.text))
        elif day is not None and not block.cells and find_marker(block.text) is None:
            led[id(block)] = Marker(BULLET, 0, "", 0)
            days.add(day)
    return led if len(days) >= _DAYS_MIN else {}


def build_outline(blocks: list[Block], headings: dict[int, int] | None = None) -> Node:
    """The tree of numbered items (and of paragraphs Word styles as headings, by paragraph in
    `headings`, where two or more share a level); lines before the first marker stay on the root,
    and so do the lines of a table of contents."""
    root = Node(None, 0)
    levels: dict[str, int] = {}
    stack = [root]
    # a heading level that styles one paragraph only marks a title or a lone subtitle, not items
    headings = {line: level for line, level in (headings or {}).items() if level <= len(HEADINGS)}
    headed = None
    if headings:
        headed = Counter(headings[b.line] for b in blocks if headings.get(b.line, 0) > 0 and not b.cells and find_marker(b.text) is None)
    typed = typed_contents(blocks)
    records = _records(blocks)
    blocks = calendar_days(blocks)
    time_led = _time_led(blocks) or _day_headed(blocks)
    attached: Marker | None = None  # the last entry of a notice's list of attachments (附件：1.… / 2.…)
    for block in blocks:
        text = block.text
        contents = (text[-1:].isdigit() and (is_contents_entry(text) or block.line in typed)) or (
            headed is not None and headings.get(block.line) == CONTENTS
        )
        if attached is not None or "附" in text[:4]:
            attached = _attachment_entry(text, attached)
        marker = None
        if not block.cells and not contents and attached is None:
            found = read_marker(text)
            if found and (not found[1] or _next_in_a_list(stack, found[0])):
                marker = found[0]
            elif found is None and text[:4].lstrip()[:1].isdigit():
                marker = _next_before_digits(stack, text)
        if marker is None and id(block) in records:
            marker = _RECORD  # 项目名称：… / 责任单位：… / 项目名称：…: each name opens a record
        if marker is None:
            marker = time_led.get(id(block))
        if marker is None and headed and (level := headings.get(block.line, 0)) > 0 and headed[level] >= 2:
            marker = Marker(HEADINGS[level - 1], 0, "", 0)  # a heading Word styled, numbered by no one
            headings.pop(block.line)  # the heading is the paragraph's first line
        if marker is None:
            stack[-1].blocks.append(block)
            continue
        if marker.style not in levels and _goes_on_in_another_style(stack[-1], marker):
            levels[marker.style] = stack[-1].level
        elif marker.style not in levels and marker.number == 2 and (first := _buried_first_item(stack[-1], marker)):
            levels[marker.style] = stack[-1].level + _STEP
            stack[-1].children.append(first)
            stack.append(first)
        # a line that is only a time (九月份, 8月1日) heads the items under it, whatever level their
        # style took elsewhere: it stands half a step above the next level
        level = levels.setdefault(marker.style, stack[-1].level + (_STEP // 2 if marker.style == PERIOD else _STEP))
        while stack[-1].level >= level:
            stack.pop()
        node = Node(marker, level, [block], parent=stack[-1], position=len(stack[-1].children) + 1)
        stack[-1].children.append(node)
        stack.append(node)
    return root
