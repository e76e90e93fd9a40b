"""Chinese dates as text, made ready for the grammar: scanned only near the characters a match
must hold (a pattern led by a look-behind is tried at every character it scans, which in long
prose costs more than all the rest), and normalised (widths, Chinese numerals, ISO and dotted
dates, dashes) with a map back to the original, so that what a document says stays quotable."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from .markers import chinese_number
from .text import fold, words_pattern
from .vocabulary.times import ANNIVERSARY_BASES, ANNIVERSARY_DAYS

# The parts of a date stand close together; bounding the spaces between them bounds how far a
# match reaches from the character it must hold, so that only the text near those is scanned
# (a pattern led by a look-behind is tried at every character it scans, which in long prose
# costs more than all the rest of the grammar).
GAP = r"\s{0,3}"


class _Scan(NamedTuple):
    """A pattern, the characters one of which every match holds, and how far before and after
    that character a match (with what it looks at ahead) can reach."""

    pattern: re.Pattern[str]
    anchors: re.Pattern[str]  # the characters, as a class
    before: int
    after: int
    needs: str  # the characters; a text that holds none of them is passed over at once


def near_scan(pattern: str | re.Pattern[str], needs: str, before: int, after: int) -> _Scan:
    return _Scan(re.compile(pattern), re.compile(f"[{re.escape(needs)}]"), before, after, needs)


def matches_near(scan: _Scan, text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches in `text`, scanning only the stretches around the characters one of
    which every match holds: the same matches as a scan of the whole text, at a fraction of the
    cost in long prose (a pattern led by a look-behind is tried at every character it scans)."""
    if (scan.needs not in text) if len(scan.needs) == 1 else scan.anchors.search(text) is None:
        return  # one character is sought faster than a class, a class faster than each of its characters in turn
    lo = hi = 0
    for anchor in scan.anchors.finditer(text):
        start, end = max(0, anchor.start() - scan.before), anchor.start() + scan.after + 1
        if start > hi:  # a gap no match can span: scan what was gathered
            if hi > lo:
                yield from scan.pattern.finditer(text, lo, hi)
            lo = start
        hi = end
    if hi > lo:
        yield from scan.pattern.finditer(text, lo, hi)


@dataclass(frozen=True, slots=True)
class Mapped:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original of text[i]; one extra at the end

    def sub(self, scan: _Scan, repl: Callable[[re.Match[str]], str]) -> Mapped:
        """Replace every match of the scan's pattern."""
        matches = list(matches_near(scan, self.text))
        if not matches:
            return self
        parts: list[str] = []
        origin: list[int] = []
        last = 0
        for match in matches:
            parts.append(self.text[last: match.start()])
            origin.extend(self.origin[last: match.start()])
            new = repl(match)
            parts.append(new)
            origin.extend([self.origin[match.start()]] * len(new))
            last = match.end()
        parts.append(self.text[last:])
        origin.extend(self.origin[last:])
        origin.append(self.origin[-1])
        return Mapped("".join(parts), tuple(origin))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end] if end < len(self.text) else self.origin[-1]


_CN_DIGIT = "〇零一二三四五六七八九"


_CN_YEAR = near_scan(rf"([{_CN_DIGIT}]{{4}})(?={GAP}年)", "年", 8, 1)


# A Chinese month or day number; the character before it must not make it part of a word
# (统一月度 is no January), so only a few words may stand right before it.
# A range's first month may leave its 月 out: 一至三月.
_CN_NEXT = rf"(?={GAP}[月日号]|[至到\-—–~～－][一二三四五六七八九十\d]{{1,3}}月)"


_CN_MONTH_DAY = near_scan(rf"(?<![\u4e00-\u9fff])([一二三四五六七八九十]{{1,3}}){_CN_NEXT}", "月日号", 7, 1)


_CN_MONTH_DAY_AFTER = near_scan(rf"(?<=[年月至到从自于在和及或、每第])([一二三四五六七八九十]{{1,3}}){_CN_NEXT}", "月日号", 7, 1)


# 二季度, 第三季度; in a list, 第二、三季度
_CN_QUARTER_AFTER = rf"(?=(?:{GAP}[、,，和及]{GAP}第?{GAP}[一二三四]){{0,3}}{GAP}季度)"


_CN_QUARTER = near_scan(rf"(?<![\u4e00-\u9fff])([一二三四]){_CN_QUARTER_AFTER}|(?<=[第年至到])([一二三四]){_CN_QUARTER_AFTER}", "季", 44, 2)


_ISO_DAY = near_scan(rf"(?<!\d)(\d{{4}}){GAP}[-./]{GAP}(\d{{1,2}}){GAP}[-./]{GAP}(\d{{1,2}})(?![\d.])", "-./", 8, 7)


_DOTTED_MONTH = near_scan(rf"(?<!\d)(\d{{4}}){GAP}(?:[./]{GAP}(\d{{1,2}})(?![\d./])|-(0[1-9]|1[0-2])(?![\d年月日号.\-]))", "./-", 8, 7)


# 20250630: a date with no marks at all, read in a deadline field only (in prose, a number)
COMPACT_DAY = near_scan(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)", "0123456789", 7, 8)


# 6.30前, 7.1起, 3.1-3.15: a month and day with a dot, where a deadline's word follows (1.5万 is a number)
_DOTTED_DAY = near_scan(
    rf"(?<![\d.])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d.])"
    rf"(?:(?={GAP}(?:前|之前|以前|起|开始|至|到|-|—|–|~|～))|(?<=[-—–~～至到]\d\.\d)|(?<=[-—–~～至到]\d\.\d\d)|(?<=[-—–~～至到]\d\d\.\d)|(?<=[-—–~～至到]\d\d\.\d\d))",
    ".", 2, 12,
)


# “5·12”, 3·15, 12·4: a day named by its date, as commemorations are (but 1·5万元 is a number)
_NAMED_DAY = near_scan(r"[“\"'‘]?(?<![\d.])(1[0-2]|0?[1-9])[·・•](3[01]|[12]\d|0?[1-9])(?!\d|\s*[万亿千百元%％倍个人次米吨亩])[”\"'’]?", "·・•", 3, 3)


# Q3, 2024Q2, 2024年Q2: the quarters of company plans
_Q_QUARTER = near_scan(rf"(?:(?<!\d)(\d{{4}}){GAP}年?{GAP})?(?<![A-Za-z])[Qq]([1-4])(?![\dA-Za-z])", "Qq", 10, 2)


_DAY_HAO = near_scan(rf"(?<=\d)({GAP})号", "号", 4, 1)


# 24年底, 25年6月: a deadline field that opens with a year of two digits
SHORT_YEAR = near_scan(r"^([0-4]\d)(?=年(?:\d{1,2}月|底|末|初(?!步)))", "年", 3, 4)


# 9月开学前: the start of the autumn term, as 秋季开学前 says it (3月开学: the spring term)
TERM_MONTH = near_scan(r"(?<!\d)0?([2389])月份?(?=开学)", "开", 5, 1)


DAY_OF_TERM = near_scan(r"(?<=日)开学(?=前)", "开", 1, 2)  # 9月1日开学前: before that day


# 3月5-6日, 3月5、6日, 3月28-4月2日: two days, the first one's 日 left out (after the dashes are one "-")
_DAY_RANGE = near_scan(
    rf"(?<!\d)(1[0-2]|0?[1-9]){GAP}月{GAP}(3[01]|[12]\d|0?[1-9]){GAP}(?:-|至|到|、|和|及){GAP}(?:(1[0-2]|0?[1-9]){GAP}月{GAP})?(3[01]|[12]\d|0?[1-9]){GAP}日",
    "日", 20, 1,
)


# “十四五”期间, 十四五末: the years of a five-year plan (the third ran 1966-1970, each since five on)
_FIVE_YEAR_PLAN = near_scan(
    r"[“\"]?(十[一二三四五六七八九]|[三四五六七八九])五[”\"]?(?:规划)?(期间|时期|期内|期末|末|前)", "五", 4, 6
)


# the lunar days that are festivals, written as dates: 农历正月十五 is 元宵, 九月初九 重阳 (八月十五日 is August's)
_LUNAR_FESTIVALS = {"正月初一": "春节", "正月十五": "元宵", "五月初五": "端午", "七月初七": "七夕", "八月十五": "中秋", "九月初九": "重阳"}


_LUNAR_DAY = near_scan(rf"(?:农历)?({'|'.join(_LUNAR_FESTIVALS)})(?![日号])", "月", 4, 4)


THIS_MONTH = near_scan("本月(?:份)?", "本", 0, 2)


_WINTER_TO_SPRING = near_scan("今冬明春", "今", 0, 3)  # this winter and next spring: the 冬春 of the plan's year


# 建党100周年前夕, 新中国成立70周年之际, 建党百年华诞前后: the day the anniversary falls on, as its holiday
_ANNIVERSARY = near_scan(
    rf"({words_pattern(ANNIVERSARY_DAYS)}){GAP}(?:(\d{{1,3}}|[一二三四五六七八九十百零〇]{{1,5}}){GAP}周年|(百){GAP}年)(?:华诞|纪念日)?"
    rf"(?={GAP}(?:前后|前夕|之前|以前|前|期间|之际|当天|当日|左右))",
    "周百", 24, 8,
)


_DASHES = near_scan(rf"{GAP}(?:—+|–|-+|~|～|－|−){GAP}", "—–-~～－−", 4, 4)  # a run of dashes holds many


def normalise(text: str) -> Mapped:
    folded = "\n".join(map(fold, text.split("\n")))  # line by line: the lines were folded (and cached) before
    mapped = Mapped(folded, tuple(range(len(text) + 1)))
    if "正月" in mapped.text or "月初" in mapped.text or "八月十五" in mapped.text:  # most texts name no lunar day
        mapped = mapped.sub(_LUNAR_DAY, lambda m: _LUNAR_FESTIVALS[m.group(1)])
    if "年" in mapped.text:  # every anniversary counts its 周年 or 百年
        mapped = mapped.sub(_ANNIVERSARY, _anniversary)
    mapped = mapped.sub(_CN_YEAR, lambda m: str(chinese_number(m.group(1))))
    for scan in (_CN_MONTH_DAY, _CN_MONTH_DAY_AFTER):
        mapped = mapped.sub(scan, lambda m: str(chinese_number(m.group(1))))
    mapped = mapped.sub(_CN_QUARTER, lambda m: str(chinese_number(m.group(1) or m.group(2))))
    mapped = mapped.sub(_ISO_DAY, lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日")
    mapped = mapped.sub(_DOTTED_MONTH, lambda m: f"{m.group(1)}年{int(m.group(2) or m.group(3))}月")
    mapped = mapped.sub(_DOTTED_DAY, lambda m: f"{int(m.group(1))}月{int(m.group(2))}日")
    mapped = mapped.sub(_NAMED_DAY, lambda m: f"{int(m.group(1))}月{int(m.group(2))}日")
    mapped = mapped.sub(_Q_QUARTER, lambda m: f"{m.group(1)}年{m.group(2)}季度" if m.group(1) else f"{m.group(2)}季度")
    if "/" in mapped.text:
        mapped = mapped.sub(_SLASHED_DAYS, _slashed_days)
    mapped = mapped.sub(_DAY_HAO, lambda m: "日")
    mapped = mapped.sub(_DASHES, lambda m: "-")
    mapped = mapped.sub(_WINTER_TO_SPRING, lambda m: "冬春季")
    mapped = mapped.sub(_DAY_RANGE, lambda m: f"{m.group(1)}月{m.group(2)}日-{m.group(3) or m.group(1)}月{m.group(4)}日")
    return mapped.sub(_FIVE_YEAR_PLAN, _five_year_plan)


# (08/10-16), (08/24~09/25), (09/07 12:30~09/10 12:30): a calendar's days, month over day, in a
# bracket or a value that holds nothing else (1/3学期 is a share of a term, no day)
_CLOCK = r"(?:\s*\d{1,2}:\d{2})?"


_SLASHED_DAYS = near_scan(
    rf"(?:(?<=\()|^)\s*(\d{{1,2}})/(\d{{1,2}}){_CLOCK}\s*(?:[~\-—至到]\s*(?:(\d{{1,2}})/)?(\d{{1,2}}){_CLOCK})?\s*日?(?=\)|$)", "/", 8, 24
)


def _slashed_days(match: re.Match[str]) -> str:
    month, day, to_month, to_day = match.groups()
    first = f"{int(month)}月{int(day)}日"
    return f"{first}-{int(to_month or month)}月{int(to_day)}日" if to_day else first


def _anniversary(match: re.Match[str]) -> str:
    count = match.group(2) or "一百"
    years = int(count) if count.isdigit() else chinese_number(count if count[0] != "百" else f"一{count}") or 0
    return f"{ANNIVERSARY_BASES[match.group(1)] + years}年{ANNIVERSARY_DAYS[match.group(1)]}" if years else match.group(0)


def _five_year_plan(match: re.Match[str]) -> str:
    start = 1966 + 5 * ((chinese_number(match.group(1)) or 0) - 3)
    return f"{start}-{start + 4}年" if match.group(2) in ("期间", "时期", "期内") else f"{start + 4}年底前"
