"""The year a document is about, when a date names none: the year its title or its first lines
name most, in figures or in words, a school year, an anniversary."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .markers import chinese_number
from .text import fold
from .vocabulary.times import ANNIVERSARY_BASES

_WIDE_DIGITS = "０１２３４５６７８９"


# A document's years are told apart by what stands around them: 2021年 or 2021.3.1 date, 〔2021〕
# numbers a document.
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d(?!\d)")


# 2021年, 2021.3.1, and the first year of a range (2024—2026年)
_DATED_AFTER = re.compile(r"\s*(?:年|[-./]\s*\d{1,2}\s*[-./]|[-—–~～至到－]+\s*(?:19|20)\d\d\s*年)")


_RANGE_END = re.compile(r"(?:19|20)\d\d\s*年?\s*[-—–~～至到－]+\s*$")


_BRACKET_BEFORE = re.compile(r"[〔\[【(]\s*$")


_BRACKET_AFTER = re.compile(r"\s*[〕\]】)]")


# 建党100周年, 新中国成立七十周年, 建党百年: the ending is found first, then read backwards
_ANNIVERSARY_END = re.compile("周年|华诞|百年")


_NUMERALS = "0123456789一二三四五六七八九十百"


_BASES_LONGEST_FIRST = sorted(ANNIVERSARY_BASES, key=len, reverse=True)


_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


_CN_DIGIT_SET = frozenset("〇○零一二三四五六七八九")


def _years_in_words(text: str) -> Iterator[int]:
    """二〇二一年, 二○○八年: four numerals before 年, sought from each 年 back (a scan of the
    whole text for the numerals would cost more than all the rest of the vote)."""
    at = text.find("年", 4)
    while at >= 0:
        written = text[at - 4: at]
        if all(ch in _CN_DIGIT_SET for ch in written) and (at == 4 or text[at - 5] not in _CN_DIGIT_SET):
            yield int(written.translate(_CN_DIGITS))
        at = text.find("年", at + 1)


def _year_votes(text: str) -> Iterator[int]:
    """Each year (19xx, 20xx) a dated expression or a document number names, once for each; a
    range (2024—2026年) names its first."""
    for match in _YEAR_DIGITS.finditer(text):  # led by literal digits: a fast scan
        start, end = match.span()
        if start and text[start - 1].isdecimal():
            continue
        year = int(match.group())
        if _DATED_AFTER.match(text, end) and not _RANGE_END.search(text, max(0, start - 12), start):
            yield year  # a range votes once, for its first year
        if _BRACKET_AFTER.match(text, end) and _BRACKET_BEFORE.search(text, max(0, start - 8), start):
            yield year


def _anniversary_years(folded: str) -> Iterator[int]:
    for end in _ANNIVERSARY_END.finditer(folded):
        at = end.start()
        if end.group() == "百年":
            written = "百"
        else:
            at = _skip_back(folded, at, " ")
            number_end = at
            at = _skip_back(folded, at, _NUMERALS)
            written = folded[at:number_end]
            at = _skip_back(folded, at, " ")
        if not written or (written.isdigit() and len(written) > 3):
            continue
        years = int(written) if written.isdigit() else (100 if written == "百" else chinese_number(written) or 0)
        base = next((b for b in _BASES_LONGEST_FIRST if folded.endswith(b, 0, at)), None)
        if base and years:
            yield ANNIVERSARY_BASES[base] + years


def _skip_back(text: str, at: int, characters: str) -> int:
    while at and text[at - 1] in characters:
        at -= 1
    return at


# 2020-2021学年第二学期, 109学年第1学期 (a Republic-of-China year, 1911 less than the common era's)
_SCHOOL_YEAR = re.compile(
    r"(?<!\d)(?:((?:19|20)\d{2})(?:\s*[-—~至到]\s*(?:19|20)\d{2})?|(\d{2,3}))\s*学年度?\s*(?:第?\s*([一二12上下])\s*学期)?"
)


_ROC_YEAR = 1911


def _school_years(text: str) -> list[int]:
    """The calendar year of each school term named: a school year's first term is in its first
    year, its second term in the next (a term not named: the school year's first)."""
    years: list[int] = []
    for found in _SCHOOL_YEAR.finditer(text):
        first = int(found.group(1)) if found.group(1) else _ROC_YEAR + int(found.group(2))
        years.append(first + (found.group(3) in ("二", "2", "下")))
    return years


def reference_year(lines: list[str], title: str | None = None) -> int | None:
    """The year a plan is for: a vote of its title, document numbers, dated lines and anniversaries.

    The title counts most; an anniversary (建党100周年) counts twice, since a plan names the
    year it celebrates but may cite older years in passing.
    """
    votes: dict[int, int] = {}

    def vote(year: int, weight: int) -> None:
        if 1900 <= year < 2100:
            votes[year] = votes.get(year, 0) + weight

    if title:
        folded_title = fold(title)
        for match in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?!\d)", folded_title):
            # a plan for 2024—2026年 starts in its first year: the end of the range counts less
            vote(int(match.group(1)), 9 if _RANGE_END.search(folded_title, 0, match.start()) else 10)
    text = "\n".join(lines)
    if any(digit in text for digit in _WIDE_DIGITS):
        text = fold(text)  # the patterns want ASCII digits; most documents have only those
    for year in _year_votes(text):
        vote(year, 1)
    for year in _years_in_words(text):  # 二〇二一年三月: a sign-off's year in words
        vote(year, 1)
    for year in _school_years(folded_title if title else ""):
        vote(year, 12)  # 2020-2021学年第二学期: the term a calendar is for settles its year over both years named
    if "学年" in text or "學年" in text:
        for year in _school_years(fold(text)):
            vote(year, 3)
    mentions = [line for line in lines if "周年" in line or "华诞" in line or "百年" in line]
    for year in (y for line in mentions for y in _anniversary_years(fold(line))):
        vote(year, 2)
    return max(votes, key=lambda y: (votes[y], y)) if votes else None
