"""The markers that number a plan's items, in one table of styles (一、 （一） 1. （1） ① 甲、 活动一 一是,
a schedule's dates, a calendar's months and weeks, bullets), and the readers every stage asks:
which marker a line opens with, of which kinds, and the number it prints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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


MONTH = "(?:十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])"


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
        (PERIOD, rf"\s*(((?:{MONTH}\s*(?:月份?)?\s*[-—~至到]\s*)?{MONTH}\s*月份?|第\s*[一二三四1-4]\s*季度|[上下]半年|全年"
                 rf"|第\s*(?:{_CN}|\d{{1,2}})\s*周?(?:\s*[-—~至到]\s*第?\s*(?:{_CN}|\d{{1,2}}))?\s*周)(?:\s*\([^()]{{1,16}}\))?)\s*:?\s*$"),
        # 二月主题：新起点、新打算: a month's heading that names its theme, the items under it due then
        (PERIOD, rf"\s*((?:{MONTH}\s*(?:月份?)?\s*[-—~至到]\s*)?{MONTH}\s*月份?)\s*(?:主题|工作重点|重点工作|工作安排|活动安排|重点)\s*:\s*(?=\S)"),
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
    found = read_marker(text)
    return found[0] if found and not found[1] else None


# Kinds of marker other stages look for, each a set of the table's styles
COUNTING = frozenset({"一、", "（一）", "（1）", "1."})  # a group's or a point's number at the head of a table's cell


GROUPING = frozenset({"一、", "（一）", "第N部分"})  # a line between a table's rows that names a group of them


RUN_ON = frozenset({"一、", "（一）", "1.", "（1）", "①"})  # where a line that holds several paragraphs may be cut


def marker_of(text: str, styles: frozenset[str]) -> Marker | None:
    """The marker `text` opens with, where it is of one of `styles` (a numbered field's too)."""
    found = read_marker(text)
    return found[0] if found and found[0].style in styles else None


def opens_numbered(text: str) -> bool:
    """Whether a line opens with a marker, an item's or a numbered field's (三、活动地点：…)."""
    return read_marker(text) is not None


def numbered_field(text: str) -> Marker | None:
    """The marker of a numbered field line (一、活动时间：…), which is no item of its own."""
    found = read_marker(text)
    return found[0] if found and found[1] else None


@lru_cache(maxsize=8192)
def read_marker(text: str) -> tuple[Marker, bool] | None:
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
