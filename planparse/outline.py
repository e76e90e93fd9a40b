"""Numbering markers and the tree they build.

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
from functools import cached_property, lru_cache
from typing import Any

from .blocks import CONTENTS, Block
from .fields import find_fields, leading_label_role
from .text import fold
from .vocabulary.script import EARTHLY_BRANCHES, HEAVENLY_STEMS

_CN = "[一二三四五六七八九十百零〇两]+"
# an item's number: up to 9999, but never one shaped as a year (2024. opens no item 2024)
_ITEM_NUMBER = r"\d{1,3}|(?!19|20)[1-9]\d{3}"
# not □: a form's checkbox (□是 □否); Ø and § are Word's Wingdings bullets saved as text
_BULLETS = "●◆■▲◇◎•★☆▶►✦❖▪▸➢➤※Ø§"  # not ·: a line the width cut may open with it (同心 / ·圆梦)
# after a decimal number that numbers an item: words (or a quote or bracket opening them), never
# a unit, a date's part or 前/后 (1.5万人, 6.30前, 2.5倍, 3 月份)
_DECIMAL_NEXT = (
    r"(?=[ \t\u3000]*[\u4e00-\u9fff“《(（])"
    r"(?![ \t\u3000]*[万亿千百倍个元人家次米吨年月日号时分秒前后起至到余多项条名户所座场期批周届])"
)

#: Styles that print no number: bullets, a schedule's dates, and paragraphs made items of their
#: own (outline_passes.py).
BULLET = "•"
DATED = "6月1日"
PERIOD = "一月份"  # a line that is only a month or a quarter, heading the items due then
WEEK = "第1周"  # a school term's calendar: 第3周：秋季运动会
PARAGRAPH = "paragraph"
HEADINGS = tuple(f"标题{level}" for level in range(1, 10))  # Word's heading styles on paragraphs with no number
UNNUMBERED = (BULLET, DATED, PERIOD, WEEK, PARAGRAPH, *HEADINGS)
_MONTH = "(?:十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])"
_DATE = r"(?:\d{4}年)?(?:\d{1,2}\s*[-—~至到]\s*)?\d{1,2}月(?:\d{1,2}[日号]|上中旬|中下旬|[上中下]旬|[底末初])?(?:前|后)?"
_DATE_END = r"(?:\d{1,2}月)?(?:\d{1,2}[日号]|上中旬|中下旬|[上中下]旬|[底末初])?"

# (style, pattern) on folded text; the first group is the number. A number followed by a digit
# (1.5万人) or a year (2021年) never matches, since each pattern wants its own punctuation next.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (style, re.compile(pattern))
    for style, pattern in (
        ("第N部分", rf"\s*第\s*({_CN}|\d{{1,3}})\s*部分\s*"),
        ("第N章", rf"\s*第\s*({_CN}|\d{{1,3}})\s*章\s*"),
        ("第N节", rf"\s*第\s*({_CN}|\d{{1,3}})\s*节\s*"),
        ("第N条", rf"\s*第\s*({_CN}|\d{{1,3}})\s*条\s*"),
        # the stages of a campaign: 第一阶段：动员部署（3月1日—15日）
        ("第N阶段", rf"\s*第\s*({_CN}|\d{{1,2}})\s*阶段\s*(?:[:、,]\s*)?(?=\S)"),
        # 工作要点 and speeches count their points 第一，…第二，…; 第一、二季度 is a time
        ("第N项", rf"\s*第\s*({_CN}|\d{{1,2}})\s*项\s*(?:[:、,，]|\s)\s*(?=\S)"),  # 第一项：开展排查
        ("第一，", rf"\s*第\s*({_CN})\s*(?:[，,]|、(?![一二三四五六七八九十\d]))\s*(?=\S)"),
        ("一、", rf"\s*({_CN})\s*(?:、|\.(?!\d))\s*"),  # 一、2024年工作安排 is a heading; 一.5 is no marker
        ("一、", r"\s*([壹贰叁参肆伍陆柒捌玖拾]{1,3})\s*、\s*"),  # the numerals of accounts: 壹、贰、(參 folds to 参)
        ("（一）", rf"\s*\(\s*({_CN})\s*\)\s*"),
        ("（一）", rf"\s*({_CN})\s*\)\s*(?=\S)"),  # 一）, its opening bracket left out as 1） leaves it
        # enterprise plans number 1 / 1.1 / 1.1.1; the number is the last part, and what follows
        # must be words, not a unit or a date (1.5万人, 6.30前, 3 月)
        ("1.1.1", rf"\s*\d{{1,2}}\.\d{{1,2}}\.(\d{{1,2}})(?![\d.]){_DECIMAL_NEXT}\s*"),
        ("1.1", rf"\s*\d{{1,2}}\.(\d{{1,2}})(?![\d.]){_DECIMAL_NEXT}\s*"),
        ("1 ", rf"\s*(\d{{1,2}})(?=[ \t\u3000])(?![ \t\u3000]*\d){_DECIMAL_NEXT}\s*"),
        # 1.5万人 is a number, but 1.3月12日 is item 1 opening with a date
        ("1.", rf"\s*({_ITEM_NUMBER})\s*(?:、|\.(?!\d)|\.(?=\d{{1,4}}\s*[年月日号]))\s*"),
        ("（1）", rf"\s*\(\s*({_ITEM_NUMBER})\s*\)\s*"),
        ("1）", rf"\s*({_ITEM_NUMBER})\s*\)\s*"),
        ("①", r"\s*([\u2460-\u2473\u3280-\u3289])\s*"),
        # Roman numerals, as some enterprise and school plans number their parts: Ⅰ、 Ⅱ.
        ("Ⅰ、", r"\s*([\u2160-\u216b\u2170-\u217b])\s*[、.:]\s*"),
        ("Ⅰ、", r"\s*([IVX]{1,5}|[ivx]{1,5})\s*[、.](?=\s*[\u4e00-\u9fff“《(])\s*"),  # Word's upperRoman lists print ASCII
        # letters, as Word's letter lists print them: A、 b. (c)
        ("A、", r"\s*([A-Ha-h])\s*[、.](?=\s*[\u4e00-\u9fff“《(])\s*"),
        ("（A）", r"\s*\(\s*([A-Ha-h])\s*\)\s*(?=[\u4e00-\u9fff“《])"),
        # the heavenly stems: 甲、开展巡查 乙、整改隐患 (never 甲、乙双方, two parties)
        ("甲、", rf"\s*([{HEAVENLY_STEMS}])\s*[、.](?![{HEAVENLY_STEMS}])\s*(?=\S)"),
        ("子、", rf"\s*([{EARTHLY_BRANCHES}])\s*[、.](?![{EARTHLY_BRANCHES}])\s*(?=\S)"),  # and the branches: 子、丑、
        # single characters that print as their twins: ㈠ as （一）, ⑴ as （1）, ⒈ as 1.
        ("（一）", r"\s*([\u3220-\u3229])\s*"),
        ("（1）", r"\s*([\u2474-\u2487])\s*"),
        ("1.", r"\s*([\u2488-\u249b])\s*"),
        # 工作要点 enumerate with 一是…二是…; 活动方案 with 活动一：…; 整改方案 with 问题1：…
        ("一是", rf"\s*({_CN})是\s*(?=[^\s,:;。])"),
        ("活动一", rf"\s*(?:活动|项目|任务|行动|专题|板块|问题)\s*之?\s*({_CN}|\d{{1,2}})\s*(?:[:、]|\.(?!\d)|\s+)\s*"),
        # bullets number nothing, but list items all the same (○ is left out: it writes 〇 in years)
        ("•", rf"\s*([{_BULLETS}])\s*(?=\S)"),
        ("•", r"\s*([-*]|—{1,2})(?=[\u4e00-\u9fff“《（(])"),  # -开展宣传 typed as a list, ——开展宣传 as prose lists; never -5 or --
        # a calendar of the year's work: 一月份 / 1.召开组织生活会 / 二月份 / …; 四月至六月, 第一季度,
        # 下半年 and a week alone (第一周（9月2日—9月8日）) alike
        (PERIOD, rf"\s*(((?:{_MONTH}\s*(?:月份?)?\s*[-—~至到]\s*)?{_MONTH}\s*月份?|第\s*[一二三四1-4]\s*季度|[上下]半年|全年"
                 rf"|第\s*(?:{_CN}|\d{{1,2}})\s*周?(?:\s*[-—~至到]\s*第?\s*(?:{_CN}|\d{{1,2}}))?\s*周)(?:\s*\([^()]{{1,16}}\))?)\s*:?\s*$"),
        # 二月主题：新起点、新打算: a month's heading that names its theme, the items under it due then
        (PERIOD, rf"\s*((?:{_MONTH}\s*(?:月份?)?\s*[-—~至到]\s*)?{_MONTH}\s*月份?)\s*(?:主题|工作重点|重点工作|工作安排|活动安排|重点)\s*:\s*(?=\S)"),
        # a term's calendar, led by its weeks: 第1周：开学典礼, 第2-3周：新生军训
        (WEEK, rf"\s*(第\s*(?:{_CN}|\d{{1,2}})(?:\s*[-—~至到]\s*(?:{_CN}|\d{{1,2}}))?\s*周)\s*(?::|[ \t\u3000]{{2,}}|\t)\s*(?=\S)"),
        # a schedule's lines led by their date and a colon (or a wide gap): 6月25日：举办知识竞赛
        (DATED, rf"\s*({_DATE}(?:\s*[-—~至到]\s*{_DATE_END})?)\s*(?::|[ \t\u3000]{{2,}}|\t)\s*(?=\S)"),
    )
)
# Every style at once: most lines that open with a marker's first character (第一次, 2021年) open
# with no marker, and one match tells so where trying each style would take a dozen.
_ANY_MARKER = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _MARKERS))
# The code point ranges of one-character markers, each numbering from 1: ① ㊀ ㈠ ⑴ ⒈ Ⅰ ⅰ
_SINGLE_MARKER_BASES = (
    (0x2460, 0x2473), (0x3280, 0x3289), (0x3220, 0x3229), (0x2474, 0x2487), (0x2488, 0x249B), (0x2160, 0x216B), (0x2170, 0x217B),
)

# What a marker's first character can be; a line opening with anything else is passed over
# without trying every style.
_MARKER_OPENERS = frozenset(
    "第一二三四五六七八九十百零〇两上下全壹贰叁参肆伍陆柒捌玖拾(0123456789活项任行专板问IVXivxABCDEFGHabcdefgh-*—"
    + _BULLETS + HEAVENLY_STEMS + EARTHLY_BRANCHES
    + "".join(chr(c) for first, last in _SINGLE_MARKER_BASES for c in range(first, last + 1))
)

_MARKER_MAX = 24  # longer than any marker (第一百二十三部分) with its spaces, or than a label and its colon

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    **dict(zip("壹贰叁肆伍陆柒捌玖", range(1, 10), strict=True)), "参": 3,  # the numerals of accounts
}


def chinese_number(text: str) -> int | None:
    """十一 -> 11, 二十 -> 20, 一百零五 -> 105, 二〇二一 -> 2021 (digit by digit)."""
    if not text:
        return None
    if all(ch in _CN_DIGITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in "十拾":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


@dataclass(frozen=True, slots=True)
class Marker:
    style: str  # the style's canonical form, e.g. "（一）"
    number: int
    text: str  # as printed
    end: int  # where the item's text starts in its block


def find_marker(text: str) -> Marker | None:
    """The numbering marker a line opens with, unless what follows is a field label."""
    found = _read_marker(text)
    return found[0] if found and not found[1] else None


# Kinds of marker other stages look for, each a set of the table's styles
COUNTING = frozenset({"一、", "（一）", "（1）", "1."})  # a group's or a point's number at the head of a table's cell
GROUPING = frozenset({"一、", "（一）", "第N部分"})  # a line between a table's rows that names a group of them
RUN_ON = frozenset({"一、", "（一）", "1.", "（1）", "①"})  # where a line that holds several paragraphs may be cut


def marker_of(text: str, styles: frozenset[str]) -> Marker | None:
    """The marker `text` opens with, where it is of one of `styles` (a numbered field's too)."""
    found = _read_marker(text)
    return found[0] if found and found[0].style in styles else None


def opens_numbered(text: str) -> bool:
    """Whether a line opens with a marker, an item's or a numbered field's (三、活动地点：…)."""
    return _read_marker(text) is not None


def numbered_field(text: str) -> Marker | None:
    """The marker of a numbered field line (一、活动时间：…), which is no item of its own."""
    found = _read_marker(text)
    return found[0] if found and found[1] else None


@lru_cache(maxsize=8192)
def _read_marker(text: str) -> tuple[Marker, bool] | None:
    """The marker a line opens with, and whether a field label follows it."""
    folded = fold(text[:_MARKER_MAX])  # a marker is short: fold only the head of the paragraph
    if folded.lstrip()[:1] not in _MARKER_OPENERS or not _ANY_MARKER.match(folded):
        return None
    for style, pattern in _MARKERS:
        match = pattern.match(folded)
        if not match:
            continue
        raw = match.group(1)
        number = 0 if style in UNNUMBERED else (
            _single_marker_number(raw) or (int(raw) if raw.isdigit() else chinese_number(raw) or roman_number(raw) or _letter_number(raw))
            or HEAVENLY_STEMS.find(raw) + 1 or EARTHLY_BRANCHES.find(raw) + 1 or None
        )
        if number is None:
            continue
        rest = text[match.end():]
        if not rest.strip() and style in ("1.", "1）"):
            return None  # a lone "3." is a page number or debris, not an item
        printed = "" if style == BULLET else text[: match.end()].strip().rstrip(":：，,")  # 活动一： prints as 活动一
        if style in (DATED, PERIOD, WEEK):
            printed = text[match.start(1): match.end(1)]  # the date, which is when the item is due
        marker = Marker(style, number, printed, match.end())
        # "1.活动时间：…" is a field of the item above, not an item; "1.任务名称：…" names an item
        role = leading_label_role(rest[:_MARKER_MAX])
        return marker, role is not None and role != "title" and not _task_record(rest)
    return None


def _task_record(text: str) -> bool:
    """A whole task written as fields on its numbered line (（一）责任单位：综治办。工作内容：开展…):
    the line is an item, whose fields are its own."""
    roles = {f.role for f in find_fields(text)}
    return "content" in roles and not roles.isdisjoint(("lead_units", "responsible_units", "cooperating_units"))


def _roman_form(n: int) -> str:
    return "x" * (n // 10) + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[n % 10]


_ROMAN = {_roman_form(n): n for n in range(1, 40)}  # the numerals Word prints for a list's items


def roman_number(text: str) -> int | None:
    """IV -> 4, xii -> 12; None when the letters are no Roman numeral Word would print."""
    return _ROMAN.get(text.lower())


def _letter_number(text: str) -> int | None:
    return ord(text.lower()) - ord("a") + 1 if len(text) == 1 and text.isascii() and text.isalpha() else None


def _single_marker_number(raw: str) -> int | None:
    code = ord(raw[0])
    return next((code - first + 1 for first, last in _SINGLE_MARKER_BASES if len(raw) == 1 and first <= code <= last), None)


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


# 一、总体要求…………1: a line of a table of contents, its dot leader and its page number
_CONTENTS_ENTRY = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|。{4,}|-{4,}|—{4,}|_{4,})\s*\d{1,4}\s*$")


def is_contents_entry(text: str) -> bool:
    """A line of a table of contents (目录), which names a heading but is none."""
    return _CONTENTS_ENTRY.search(text) is not None


# 一、总体要求<tab>1: a table of contents typed without a leader, its page number after a tab or a gap
_PAGE_AFTER_GAP = re.compile(r"(?:\t|[ \u3000]{2,})(\d{1,4})\s*$")
_CONTENTS_RUN = 3  # lines running so, their page numbers never falling: a table of contents


def typed_contents(blocks: list[Block]) -> set[int]:
    """The lines of a table of contents typed with tabs or spaces instead of a dot leader."""
    found: set[int] = set()
    run: list[int] = []
    last_page = 0
    for block in blocks:
        text = block.text
        page = _PAGE_AFTER_GAP.search(text) if text[-1:].isdigit() and not block.cells else None
        if page is not None:
            number = int(page.group(1))
            if run and number < last_page:  # a page number falling: another run starts
                found.update(run if len(run) >= _CONTENTS_RUN else ())
                run = []
            run.append(block.line)
            last_page = number
        elif run:
            found.update(run if len(run) >= _CONTENTS_RUN else ())
            run = []
    found.update(run if len(run) >= _CONTENTS_RUN else ())
    return found


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
        if _read_marker(block.text) is not None:
            return {}  # a numbered plan: a time in front is its items' prose
        if (block.text[:3].strip()[:1].isdigit()) and (found := _TIME_LED.match(fold(block.text))):
            led[id(block)] = Marker(DATED, 0, block.text[found.start(1): found.end(1)], found.end())
    return led if len(led) >= _TIME_LED_MIN else {}


# A calendar's days, each heading the events on it: 8月1日 (or 8月 over 1, as a page's calendar
# cells give a day, its month over its number), then a line per event
_MONTH_LINE = re.compile(rf"\s*({_MONTH})\s*月\s*$")
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
            found = _read_marker(text)
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
