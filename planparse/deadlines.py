"""Chinese time expressions as ISO windows: `2021年3月-6月` -> 2021-03-01..2021-06-30.

One grammar serves a deadline field (`完成时限：6月底前`) and the prose of an item with no
such field (`拟于9月…`, `2019年6月中旬,在…`). The text is first normalised (widths, Chinese
numerals, ISO and dotted dates, dashes) with a map back to the original, so `raw` is always
what the document says. Points (a day, a month and its part, a quarter, a half, a year, a
holiday) are found, joined into ranges where a connector stands between two of them, and
given years: their own, a neighbour's in the same expression, else the document's.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .models import Deadline
from .outline import chinese_number
from .text import fold, words_pattern
from .vocabulary.times import ANNIVERSARY_BASES, ANNIVERSARY_DAYS, MOVABLE_HOLIDAYS, SOLAR_HOLIDAYS, UNDATED_TIMES

# ---------------------------------------------------------------- scanning near the characters a match holds

# The parts of a date stand close together; bounding the spaces between them bounds how far a
# match reaches from the character it must hold, so that only the text near those is scanned
# (a pattern led by a look-behind is tried at every character it scans, which in long prose
# costs more than all the rest of the grammar).
_SP = r"\s{0,3}"


class _Scan(NamedTuple):
    """A pattern, the characters one of which every match holds, and how far before and after
    that character a match (with what it looks at ahead) can reach."""

    pattern: re.Pattern[str]
    anchors: re.Pattern[str]  # the characters, as a class
    before: int
    after: int
    needs: str  # the characters; a text that holds none of them is passed over at once


def _scan(pattern: str | re.Pattern[str], needs: str, before: int, after: int) -> _Scan:
    return _Scan(re.compile(pattern), re.compile(f"[{re.escape(needs)}]"), before, after, needs)


def _matches(scan: _Scan, text: str) -> Iterator[re.Match[str]]:
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


# ---------------------------------------------------------------- normalisation with an index map


@dataclass(frozen=True, slots=True)
class _Mapped:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original of text[i]; one extra at the end

    def sub(self, scan: _Scan, repl: Callable[[re.Match[str]], str]) -> _Mapped:
        """Replace every match of the scan's pattern."""
        matches = list(_matches(scan, self.text))
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
        return _Mapped("".join(parts), tuple(origin))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end] if end < len(self.text) else self.origin[-1]


_CN_DIGIT = "〇零一二三四五六七八九"
_CN_YEAR = _scan(rf"([{_CN_DIGIT}]{{4}})(?={_SP}年)", "年", 8, 1)
# A Chinese month or day number; the character before it must not make it part of a word
# (统一月度 is no January), so only a few words may stand right before it.
# A range's first month may leave its 月 out: 一至三月.
_CN_NEXT = rf"(?={_SP}[月日号]|[至到\-—–~～－][一二三四五六七八九十\d]{{1,3}}月)"
_CN_MONTH_DAY = _scan(rf"(?<![\u4e00-\u9fff])([一二三四五六七八九十]{{1,3}}){_CN_NEXT}", "月日号", 7, 1)
_CN_MONTH_DAY_AFTER = _scan(rf"(?<=[年月至到从自于在和及或、每第])([一二三四五六七八九十]{{1,3}}){_CN_NEXT}", "月日号", 7, 1)
# 二季度, 第三季度; in a list, 第二、三季度
_CN_QUARTER_AFTER = rf"(?=(?:{_SP}[、,，和及]{_SP}第?{_SP}[一二三四]){{0,3}}{_SP}季度)"
_CN_QUARTER = _scan(rf"(?<![\u4e00-\u9fff])([一二三四]){_CN_QUARTER_AFTER}|(?<=[第年至到])([一二三四]){_CN_QUARTER_AFTER}", "季", 44, 2)
_ISO_DAY = _scan(rf"(?<!\d)(\d{{4}}){_SP}[-./]{_SP}(\d{{1,2}}){_SP}[-./]{_SP}(\d{{1,2}})(?![\d.])", "-./", 8, 7)
_DOTTED_MONTH = _scan(rf"(?<!\d)(\d{{4}}){_SP}(?:[./]{_SP}(\d{{1,2}})(?![\d./])|-(0[1-9]|1[0-2])(?![\d年月日号.\-]))", "./-", 8, 7)
# 20250630: a date with no marks at all, read in a deadline field only (in prose, a number)
_COMPACT_DAY = _scan(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)", "0123456789", 7, 8)
# 6.30前, 7.1起, 3.1-3.15: a month and day with a dot, where a deadline's word follows (1.5万 is a number)
_DOTTED_DAY = _scan(
    rf"(?<![\d.])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?![\d.])"
    rf"(?:(?={_SP}(?:前|之前|以前|起|开始|至|到|-|—|–|~|～))|(?<=[-—–~～至到]\d\.\d)|(?<=[-—–~～至到]\d\.\d\d)|(?<=[-—–~～至到]\d\d\.\d)|(?<=[-—–~～至到]\d\d\.\d\d))",
    ".", 2, 12,
)
# “5·12”, 3·15, 12·4: a day named by its date, as commemorations are (but 1·5万元 is a number)
_NAMED_DAY = _scan(r"[“\"'‘]?(?<![\d.])(1[0-2]|0?[1-9])[·・•](3[01]|[12]\d|0?[1-9])(?!\d|\s*[万亿千百元%％倍个人次米吨亩])[”\"'’]?", "·・•", 3, 3)
# Q3, 2024Q2, 2024年Q2: the quarters of company plans
_Q_QUARTER = _scan(rf"(?:(?<!\d)(\d{{4}}){_SP}年?{_SP})?(?<![A-Za-z])[Qq]([1-4])(?![\dA-Za-z])", "Qq", 10, 2)
_DAY_HAO = _scan(rf"(?<=\d)({_SP})号", "号", 4, 1)
# 24年底, 25年6月: a deadline field that opens with a year of two digits
_SHORT_YEAR = _scan(r"^([0-4]\d)(?=年(?:\d{1,2}月|底|末|初(?!步)))", "年", 3, 4)
# 9月开学前: the start of the autumn term, as 秋季开学前 says it (3月开学: the spring term)
_TERM_MONTH = _scan(r"(?<!\d)0?([2389])月份?(?=开学)", "开", 5, 1)
_DAY_OF_TERM = _scan(r"(?<=日)开学(?=前)", "开", 1, 2)  # 9月1日开学前: before that day
# 3月5-6日, 3月5、6日, 3月28-4月2日: two days, the first one's 日 left out (after the dashes are one "-")
_DAY_RANGE = _scan(
    rf"(?<!\d)(1[0-2]|0?[1-9]){_SP}月{_SP}(3[01]|[12]\d|0?[1-9]){_SP}(?:-|至|到|、|和|及){_SP}(?:(1[0-2]|0?[1-9]){_SP}月{_SP})?(3[01]|[12]\d|0?[1-9]){_SP}日",
    "日", 20, 1,
)
# “十四五”期间, 十四五末: the years of a five-year plan (the third ran 1966-1970, each since five on)
_FIVE_YEAR_PLAN = _scan(
    r"[“\"]?(十[一二三四五六七八九]|[三四五六七八九])五[”\"]?(?:规划)?(期间|时期|期内|期末|末|前)", "五", 4, 6
)
# the lunar days that are festivals, written as dates: 农历正月十五 is 元宵, 九月初九 重阳 (八月十五日 is August's)
_LUNAR_FESTIVALS = {"正月初一": "春节", "正月十五": "元宵", "五月初五": "端午", "七月初七": "七夕", "八月十五": "中秋", "九月初九": "重阳"}
_LUNAR_DAY = _scan(rf"(?:农历)?({'|'.join(_LUNAR_FESTIVALS)})(?![日号])", "月", 4, 4)
_THIS_MONTH = _scan("本月(?:份)?", "本", 0, 2)
_WINTER_TO_SPRING = _scan("今冬明春", "今", 0, 3)  # this winter and next spring: the 冬春 of the plan's year
# 建党100周年前夕, 新中国成立70周年之际, 建党百年华诞前后: the day the anniversary falls on, as its holiday
_ANNIVERSARY = _scan(
    rf"({words_pattern(ANNIVERSARY_DAYS)}){_SP}(?:(\d{{1,3}}|[一二三四五六七八九十百零〇]{{1,5}}){_SP}周年|(百){_SP}年)(?:华诞|纪念日)?"
    rf"(?={_SP}(?:前后|前夕|之前|以前|前|期间|之际|当天|当日|左右))",
    "周百", 24, 8,
)
_DASHES = _scan(rf"{_SP}(?:—+|–|-+|~|～|－|−){_SP}", "—–-~～－−", 4, 4)  # a run of dashes holds many


def _normalise(text: str) -> _Mapped:
    folded = "\n".join(map(fold, text.split("\n")))  # line by line: the lines were folded (and cached) before
    mapped = _Mapped(folded, tuple(range(len(text) + 1)))
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
_SLASHED_DAYS = _scan(
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


# ---------------------------------------------------------------- points


@dataclass(frozen=True, slots=True)
class _Point:
    pos: int
    end: int
    year: int | None = None  # as written
    rel_year: int = 0  # 次年 +1
    relative: bool = False  # 今年/当年/次年: a year named by reference, not by number
    deictic: bool = False  # 明年/今年: counted from when the text was written, not from the year before it
    month: int | None = None
    day: int | None = None
    part: str | None = None  # 上旬 / 底 / q2 / 上半年 / 全年 ...
    holiday: str | None = None
    holiday_mode: str | None = None
    placeholder: bool = False
    bare: bool = False  # a lone number before a dash: 2-11月
    precision: str = "month"


_YEAR = rf"(?:(?P<y>\d{{4}}){_SP}年|(?P<ry>次年|翌年|明年|来年|今年|当年|本年|同年))?{_SP}"
_XUN = r"(?P<xun>上中旬|中上旬|中下旬|下中旬|上旬|中旬|下旬|初(?!步)|底|末|中(?=[^\u4e00-\u9fff]|$|前|后))"
# A month point is found by its number and 月, then its year is looked for right before it:
# an optional group at the front of a pattern is tried at every character of the text.
_MONTH_POINT = re.compile(
    rf"(?<![\d.])(?P<m>1[0-2]|0?[1-9]|[Xx×]{{1,2}}){_SP}月份?{_SP}(?:(?P<d>3[01]|[12]\d|0?[1-9]|[Xx×]{{1,2}}){_SP}日|{_XUN})?"
)
_YEAR_BEFORE = re.compile(r"(?:(?P<y>\d{4})\s*年|(?P<ry>次年|翌年|明年|来年|今年|当年|本年|同年))\s*$")
_QUARTER_POINT = re.compile(
    rf"{_YEAR}第?{_SP}(?P<q>[1-4])(?:{_SP}季度(?P<qend>末|底)?"
    rf"|(?=(?:{_SP}[、,，和及]{_SP}第?{_SP}[1-4]){{1,3}}{_SP}季度))"  # 第2、3季度: 2 is a quarter too
)
# seasons, the school holidays and the start of a school term: 2022年春季, 暑期, 寒假期间,
# 秋季学期开学前 (but 春季学期 alone is a term, not a season)
_SEASON_POINT = re.compile(
    rf"{_YEAR}(?:(?P<term>[春秋])季(?:学期)?开学|(?P<season>春夏|夏秋|秋冬|冬春|[春夏秋冬])季(?!学期)|(?P<vacation>暑期|暑假|寒假|汛期|汛(?=[前后])))"
)
_HALF_POINT = re.compile(rf"{_YEAR}(?P<h>[上下])半年")
_YEAR_PART_POINT = re.compile(
    rf"(?:(?P<y>\d{{4}}){_SP}年(?:年(?=[底末初中]))?(?P<p1>底|末|初(?!步)|中(?![\u4e00-\u9fff])|内|度)"  # 2024年年底
    # 年内 but not 两年内, 半年内: those count years from the issue (see _WITHIN); 明年底 and 明年年底 alike
    r"|(?<![\d一二两三四五六七八九十半多几分各跨])(?P<ry>今年|本年|当年|次年|明年|翌年|来年|同年)?"
    r"(?P<p2>(?(ry)年?|年)(?:底|末|初(?!步)|中(?![\u4e00-\u9fff])|内|度)|全年))"
)
_DAY_POINT = re.compile(rf"(?<![\d月])(?P<d>3[01]|[12]\d|0?[1-9]){_SP}日(?!内|以内|来)")
_HOLIDAY_NAMES = words_pattern({*SOLAR_HOLIDAYS, *MOVABLE_HOLIDAYS}).replace("·", "[·.・•]?")
_HOLIDAY_POINT = re.compile(
    rf"(?<![一二三四五六七八九十\d])[“\"'‘]?(?:世界|国际|全国|全民|国家|中国)?(?P<hol>{_HOLIDAY_NAMES})节?[”\"'’]?{_SP}(?:[双两]节{_SP})?"
    r"(?P<mode>前后|前夕|之前|以前|前|期间|小长假|长假|假期|左右|之际|以后|之后|后|当天|当日)"
)
# a deadline field that names holidays alone (时间：国庆节; 元旦、春节): the holidays themselves
_HOLIDAY_ONE = rf"[“\"'‘]?(?:{_HOLIDAY_NAMES})节?[”\"'’]?"
_HOLIDAYS_ALONE = re.compile(rf"(?:\d{{4}}{_SP}年{_SP})?{_HOLIDAY_ONE}(?:{_SP}[、和及与]?{_SP}{_HOLIDAY_ONE})*")
_HOLIDAY_FIRSTS = frozenset(name[0] for name in (*SOLAR_HOLIDAYS, *MOVABLE_HOLIDAYS)) | frozenset("“\"'‘0123456789 \t\u3000")
_HOLIDAY_MODES = ("前后", "前夕", "之前", "以前", "前", "期间", "当天", "当日", "左右", "之际")
_HOLIDAY_TIME = re.compile(rf"{_HOLIDAY_ONE}{_SP}(?:{'|'.join(_HOLIDAY_MODES)})")


def names_a_holiday(text: str) -> bool:
    """中秋节期间, “五一”前后: a time around a holiday and nothing else (清明节 alone may name the
    occasion as much as the day)."""
    text = text.strip()
    return text.endswith(_HOLIDAY_MODES) and _HOLIDAY_TIME.fullmatch(text) is not None


# 清明节，组织学生祭扫: a holiday that is the whole first clause of an item says when it is held
_HOLIDAY_OPENING = re.compile(rf"\s*({_HOLIDAYS_ALONE.pattern}){_SP}[，,：:]")
# 2021年 alone, not the year of what follows it: 2021年7-8月, 2021年7、8月, 2021年国庆节前
_BARE_YEAR = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d{{2}}){_SP}年"
    rf"(?!{_SP}\d{{1,2}}{_SP}(?:月|-|至|到|、)|{_SP}第|{_SP}[上下]半年|[底末初中内度]|{_SP}[“\"'‘]?(?:{_HOLIDAY_NAMES}))"
)


_MONTH_SCAN = _scan(_MONTH_POINT, "月", 6, 12)
_QUARTER_SCAN = _scan(_QUARTER_POINT, "季", 60, 3)
_SEASON_SCAN = _scan(_SEASON_POINT, "季暑寒汛", 13, 5)
# 元旦、春节期间, 国庆中秋期间: the holidays listed before the one the 期间 follows share it
_DATED_BEFORE = re.compile(r"\d{1,2}月\d{1,2}日[”\"'’]?$")
_HOLIDAY_LISTED = re.compile(rf"[“\"'‘]?(?P<hol>{_HOLIDAY_NAMES})节?[”\"'’]?{_SP}[、和及与]?{_SP}$")
_HALF_SCAN = _scan(_HALF_POINT, "半", 13, 2)
_YEAR_PART_SCAN = _scan(_YEAR_PART_POINT, "年", 8, 4)
_HOLIDAY_SCAN = _scan(_HOLIDAY_POINT, "前后期左之当假", 12, 2)  # the characters of its 前/后/期间/左右/之际/当天/假期
_BARE_YEAR_SCAN = _scan(_BARE_YEAR, "年", 8, 12)
_DAY_SCAN = _scan(_DAY_POINT, "日", 6, 3)
# 明年, 今年: from the day the text was written; 次年, 当年: from the year the text just named
_DEICTIC_YEARS = frozenset({"明年", "来年", "今年", "本年"})
_RELATIVE_YEARS = {"次年": 1, "翌年": 1, "明年": 1, "来年": 1, "今年": 0, "当年": 0, "本年": 0, "同年": 0}
_XUN_DAYS = {
    "上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20),
    "下旬": (21, 31), "底": (21, 31), "末": (21, 31), "上中旬": (1, 20), "中上旬": (1, 20), "中下旬": (11, 31), "下中旬": (11, 31),
}


@dataclass(frozen=True, slots=True)
class _Year:
    """The year a point writes: a number, or a word relative to the year around it (次年 +1)."""

    year: int | None = None
    rel_year: int = 0
    relative: bool = False
    deictic: bool = False


def _year_of(match: re.Match[str] | None) -> _Year:
    groups = match.groupdict() if match else {}
    if groups.get("y"):
        return _Year(year=int(groups["y"]))
    if groups.get("ry"):
        return _Year(rel_year=_RELATIVE_YEARS[groups["ry"]], relative=True, deictic=groups["ry"] in _DEICTIC_YEARS)
    return _Year()


def _is_placeholder(token: str | None) -> bool:
    return token is not None and token != "" and not token.isdigit()


def _term_or_season(match: re.Match[str]) -> str:
    return f"{match.group('term')}季开学" if match.group("term") else match.group("season")


# 秋季开学前, 春季开学后, 秋季开学时, 秋季开学第一周: words that make the start of a term a time
_AROUND_AN_EVENT = re.compile(r"\s*(?:前|后|後|时|時|之际|之際|当天|当日|第|初|伊始|期间|以来)")
_OF_THE_YEAR = re.compile(r"[\u4e00-\u9fff](?<![内前底末中起])")  # 2023年度 before a noun, not 年度内
_OF_THE_WHOLE_YEAR = re.compile("的|各项|工作|任务|目标|计划|重点|要点|考核|总结")


def _find_points(text: str, *, in_prose: bool) -> list[_Point]:
    found: list[_Point] = []
    for match in _matches(_MONTH_SCAN, text):
        month, day, xun = match.group("m"), match.group("d"), match.group("xun")
        placeholder = _is_placeholder(month) or _is_placeholder(day)
        year = _YEAR_BEFORE.search(text, max(0, match.start() - 8), match.start())
        written = _year_of(year)
        found.append(_Point(
            year.start() if year else match.start(), match.end(),
            year=written.year, rel_year=written.rel_year, relative=written.relative, deictic=written.deictic,
            month=None if _is_placeholder(month) else int(month),
            day=int(day) if day and day.isdigit() else None,
            part=xun, placeholder=placeholder,
            precision="day" if day else "xun" if xun else "month",
        ))
    for match in _matches(_QUARTER_SCAN, text):
        written = _year_of(match)
        quarter = match.group("q")
        found.append(_Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                            relative=written.relative, deictic=written.deictic, part=f"q{quarter}{match.group('qend') or ''}",
                            precision="month" if match.group("qend") else "quarter"))
    for match in _matches(_SEASON_SCAN, text):
        if in_prose and match.group("vacation") == "汛":
            continue  # 开展汛前检查: in prose, 汛前 names a kind of work as often as a time
        if in_prose and match.group("term") and match.start() and not _AROUND_AN_EVENT.match(text, match.end()):
            continue  # 保障秋季开学: in prose, an event the work serves, as a holiday alone names a topic
        written = _year_of(match)
        found.append(_Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                            relative=written.relative, deictic=written.deictic, part=match.group("vacation") or _term_or_season(match),
                            precision="quarter" if match.group("season") else "day" if match.group("term") else "month"))
    for match in _matches(_HALF_SCAN, text):
        written = _year_of(match)
        found.append(_Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                            relative=written.relative, deictic=written.deictic, part=f"{match.group('h')}半年", precision="half"))
    for match in _matches(_YEAR_PART_SCAN, text):
        part = (match.group("p1") or match.group("p2")).lstrip("年") or "度"
        precision = "month" if part in ("底", "末", "初", "中") else "year"
        written = _year_of(match)
        unwritten = written.year is None and not written.relative
        if part == "度" and (in_prose or unwritten) and ((in_prose and unwritten) or _OF_THE_YEAR.match(text, match.end())):
            continue  # 年度考核, 下一年度: in prose, 年度 alone names no year; 2023年度组织生活会, 上年度决算 name a thing
        if in_prose and part == "全年" and _OF_THE_WHOLE_YEAR.match(text, match.end()):
            continue  # 部署全年工作: the year's work, not work all year round
        found.append(_Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                            relative=written.relative, deictic=written.deictic, part=f"年{part}", precision=precision))
    for match in _matches(_HOLIDAY_SCAN, text):
        mode = match.group("mode")
        listed = [(match.start(), match.end(), match.group("hol"))]
        while listed_before := _HOLIDAY_LISTED.search(text, max(0, listed[0][0] - 12), listed[0][0]):
            listed.insert(0, (listed_before.start(), listed_before.start("hol") + len(listed_before.group("hol")), listed_before.group("hol")))
        if dated := _DATED_BEFORE.search(text, max(0, listed[0][0] - 8), listed[0][0]):
            listed[0] = (dated.start(), *listed[0][1:])  # “12·4”国家宪法日前后: the date names the day
        for start, end, name in listed:
            year = _YEAR_BEFORE.search(text, max(0, start - 8), start)
            written = _year_of(year)
            found.append(_Point(year.start() if year else start, end, year=written.year, rel_year=written.rel_year,
                                relative=written.relative, deictic=written.deictic, holiday=re.sub(r"[·.・•]", "", name),
                                holiday_mode=mode, precision="day"))
    if not in_prose:
        for match in _matches(_BARE_YEAR_SCAN, text):
            found.append(_Point(match.start(), match.end(), year=int(match.group("y")), part="年度", precision="year"))
    for match in _matches(_DAY_SCAN, text):
        found.append(_Point(match.start(), match.end(), day=int(match.group("d")), precision="day"))
    found.sort(key=lambda p: (p.pos, -(p.end - p.pos)))
    points: list[_Point] = []
    for point in found:
        if points and point.pos < points[-1].end:
            continue
        points.append(point)
    return points


# ---------------------------------------------------------------- windows


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1900 <= year <= 2200 and 1 <= month <= 12 and day >= 1):
        return None
    return date(year, month, min(day, _month_end(year, month)))


def _holiday_day(name: str, year: int) -> date | None:
    if name in SOLAR_HOLIDAYS or name.replace("·", "") in SOLAR_HOLIDAYS:
        month, day = SOLAR_HOLIDAYS.get(name) or SOLAR_HOLIDAYS[name.replace("·", "")]
        return date(year, month, day)
    lunar = MOVABLE_HOLIDAYS.get(name) or MOVABLE_HOLIDAYS.get(name.removesuffix("节"))
    return _calendar_day(lunar, year) if lunar is not None else None


@lru_cache(maxsize=256)
def _calendar_day(day: tuple[int, int] | str, year: int) -> date | None:
    """The solar date of a lunar (month, day) or of a solar term in `year`, from the Chinese
    calendar (lunar_python, imported only when a plan names such a holiday)."""
    if not 1900 <= year <= 2200:
        return None
    from lunar_python import Lunar, Solar

    # a solar term: the lunar year around this June holds this year's spring terms
    solar = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()[day] if isinstance(day, str) else Lunar.fromYmd(year, *day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


# (first month, day), (last month, day; 31 for its last): 冬季 runs into the next year; the school
# holidays vary by place, so they are fuzzy
_SEASONS = {
    "春": ((3, 1), (5, 31)), "夏": ((6, 1), (8, 31)), "秋": ((9, 1), (11, 30)), "冬": ((12, 1), (2, 31)),
    "春夏": ((3, 1), (8, 31)), "夏秋": ((6, 1), (11, 30)), "秋冬": ((9, 1), (2, 31)), "冬春": ((12, 1), (5, 31)),  # 秋冬季攻坚
    "暑期": ((7, 1), (8, 31)), "暑假": ((7, 1), (8, 31)), "寒假": ((1, 15), (2, 31)),
    # the main flood season as most of the country keeps it; the south's starts earlier: fuzzy
    "汛期": ((6, 1), (9, 30)), "汛": ((6, 1), (9, 30)),
}
_BREAKS = ("暑期", "暑假", "寒假", "汛期", "汛")  # 暑假前, 汛前: before the break begins
# the day a school term starts, which varies by place and year: fuzzy
_TERM_STARTS = {"春季开学": (3, 1), "秋季开学": (9, 1)}
_HOLIDAY_LENGTH = {"春节": 7, "国庆": 7, "国庆节": 7, "十一": 7, "五一": 5, "劳动节": 5}


def _window(point: _Point, year: int) -> tuple[date | None, date | None, bool]:
    """(start, end, fuzzy) of a point whose year is settled."""
    if point.holiday:
        day = _holiday_day(point.holiday, year)
        if day is None:
            return None, None, False
        mode = point.holiday_mode or ""
        if mode in ("前后", "左右", "之际"):
            return day - timedelta(days=7), day + timedelta(days=7), True
        if mode == "前夕":
            return day - timedelta(days=7), day - timedelta(days=1), True
        if mode in ("前", "之前", "以前"):
            return None, day, False
        if mode in ("后", "以后", "之后"):
            return day + timedelta(days=_HOLIDAY_LENGTH.get(point.holiday, 1)), None, False  # 国庆节后: once the week's break is over
        if mode in ("当天", "当日"):
            return day, day, False
        return day, day + timedelta(days=_HOLIDAY_LENGTH.get(point.holiday, 1) - 1), False
    part = point.part or ""
    if part in _TERM_STARTS:
        day = date(year, *_TERM_STARTS[part])
        return day, day, True
    if part in _SEASONS:
        (first_month, first_day), (last_month, last_day) = _SEASONS[part]
        last_year = year + 1 if last_month < first_month else year
        season_end = date(last_year, last_month, min(last_day, _month_end(last_year, last_month)))
        return date(year, first_month, first_day), season_end, part in _BREAKS
    if part.startswith("q"):
        quarter = int(part[1])
        first = 3 * quarter if part.endswith(("末", "底")) else 3 * quarter - 2  # 第三季度末: its last month
        return date(year, first, 1), date(year, 3 * quarter, _month_end(year, 3 * quarter)), False
    if part.endswith("半年"):
        return (date(year, 1, 1), date(year, 6, 30), False) if part[0] == "上" else (date(year, 7, 1), date(year, 12, 31), False)
    if part.startswith("年"):
        if part in ("年底", "年末"):
            return date(year, 12, 1), date(year, 12, 31), False
        if part == "年初":
            return date(year, 1, 1), date(year, 1, 31), False
        if part == "年中":
            return date(year, 6, 1), date(year, 7, 31), False
        return date(year, 1, 1), date(year, 12, 31), False
    if point.month is None:
        return None, None, False
    if point.day is not None:
        day = _safe_date(year, point.month, point.day)
        return day, day, False
    if part in _XUN_DAYS:
        first, last = _XUN_DAYS[part]
        return _safe_date(year, point.month, first), _safe_date(year, point.month, last), False
    return _safe_date(year, point.month, 1), _safe_date(year, point.month, 31), False


# ---------------------------------------------------------------- expressions: points joined


@dataclass
class _Expression:
    first: _Point
    last: _Point
    start: date | None = None
    end: date | None = None
    fuzzy: bool = False
    placeholder: bool = False
    year_inferred: bool = False
    kind: str = "window"


_CONNECTOR = re.compile(r"^\s*(?:-|至|到|~)\s*$")
_BARE_BEFORE = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:-|至|到)\s*$")
_BARE_IN_LIST = re.compile(r"(?<![\d.])(\d{1,2})\s*、\s*$")  # 7、8月: in a field, two months; in prose, maybe an item number
_BARE_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:-|至|到)\s*$")
# 12月31日24时前, 3月15日上午9:00前, 6月30日下班前: the hour does not change which day it is
_HOUR = (
    r"(?:\s*[(（](?:星期|周)[一二三四五六日天][)）])?"  # 6月30日（星期日）前: the weekday does not change the day either
    r"(?:\s*(?:上午|下午|晚上|中午|下班|上班)?\s*(?:\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?|\d{1,2}:\d{2})?)?"
)
_BY_AFTER = re.compile(rf"{_HOUR}\s*(?:之前|以前|为止|止|前(?!后|夕))")
_FROM_AFTER = re.compile(rf"{_HOUR}\s*(?:起|开始|以后|之后|后(?!期))")
_FUZZY_AFTER = re.compile(r"\s*(?:前后|左右)")
# 截至6月底, 最迟6月底; and 至年底 with no start before it (从即日起至年底, 延长至12月): until then
_BY_BEFORE = re.compile(r"(?:截至|截止|截止到|截止至|不晚于|最迟|(?<![\d月日年旬底末初])(?:至|到))\s*$")
_FROM_BEFORE = re.compile(r"(?:自|从)\s*$")
_BARE_REACH = 16  # longer than a bare number and its connector (2021 至 )
_LOOKBEHIND = 8  # longer than any word before a point that changes it (截止至, 不晚于)
_IMMEDIATE = re.compile(r"即日起|即日开始|自即日|立行立改|立即")  # 立行立改: 整改方案's "put right at once"


_SINCE_AFTER = re.compile(r"\s*(?:以来|至今)")
_HISTORY_YEARS = 3  # a year this far before the plan's is history, not a multi-year plan's start


# 2022年3月印发的《意见》, 去年召开的大会: a thing done, named by when it was done
_DONE_AFTER = re.compile(r"[^，,。；;：:\n]{0,8}?(?:印发|出台|发布|颁布|召开|举办|举行|通过|制定|开展|实施|启动)的")


def _past(point: _Point, text: str, year: int | None) -> bool:
    if _SINCE_AFTER.match(text, point.end):
        return True
    if point.year is None or year is None:
        return False
    return point.year < year - _HISTORY_YEARS or (point.year < year and bool(_DONE_AFTER.match(text, point.end)))


def _settle_years(points: list[_Point], year: int | None, written: int | None = None) -> list[tuple[_Point, int | None, bool]]:
    """Each point's year: its own, else the nearest earlier point's, else the next one's, else `year`;
    明年 and 今年 count from the year the text was `written` (else `year`), whatever came before."""
    settled: list[tuple[_Point, int | None, bool]] = []
    explicit = [p.year for p in points if p.year is not None]
    previous: int | None = None
    for point in points:
        value: int | None
        if point.year is not None:
            value, inferred = point.year, False
        elif point.deictic:
            base = written if written is not None else year
            value, inferred = (base + point.rel_year if base is not None else None), written is None
        elif point.relative:
            base = previous if previous is not None else year
            value, inferred = (base + point.rel_year if base is not None else None), previous is None
        elif previous is not None:
            value, inferred = previous, False
        elif explicit:
            value, inferred = explicit[0], False
        else:
            value, inferred = year, True
        settled.append((point, value, inferred))
        if value is not None:
            previous = value
    return settled


def _inherit_month(points: list[_Point]) -> list[_Point]:
    """A lone day (3月1日至10日) takes the month of the point before it."""
    out: list[_Point] = []
    for point in points:
        if point.month is None and point.day is not None and out and out[-1].month is not None:
            point = replace(point, month=out[-1].month, year=point.year or out[-1].year)
        out.append(point)
    return out


def _expressions(mapped: _Mapped, year: int | None, *, in_prose: bool, written_in: int | None = None) -> list[_Expression]:
    text = mapped.text
    points = _find_points(text, in_prose=in_prose)
    # a lone number before a dash takes the unit of the point after it: 2-11月, 1-10日
    with_bare: list[_Point] = []
    for i, point in enumerate(points):
        # only the end of the gap can hold a bare number; a bounded slice keeps this linear
        gap_start = max(points[i - 1].end if i else 0, point.pos - _BARE_REACH)
        before = text[gap_start: point.pos]
        bare_year = _BARE_YEAR_BEFORE.search(before)
        if bare_year and point.year is not None and point.part == "年度":  # 2021—2023年
            pos = gap_start + bare_year.start(1)
            with_bare.append(_Point(pos, pos + 4, year=int(bare_year.group(1)), part="年度", bare=True, precision="year"))
        bare = None if bare_year else _BARE_BEFORE.search(before) or (None if in_prose else _BARE_IN_LIST.search(before))
        if bare and (point.month is not None or point.day is not None) and not point.holiday:
            number = int(bare.group(1))
            pos = gap_start + bare.start(1)
            bare_end = pos + len(bare.group(1))
            if point.month is not None and point.day is None and 1 <= number <= 12:
                # 2021年7-8月: the year is written before the bare month, not before the point
                written_at = None
                if point.year is None and not point.relative:
                    written_at = _YEAR_BEFORE.search(text, max(points[i - 1].end if i else 0, pos - _LOOKBEHIND), pos)
                written = _year_of(written_at) if written_at else _Year(point.year)
                with_bare.append(_Point(written_at.start() if written_at else pos, bare_end, year=written.year, rel_year=written.rel_year,
                                        relative=written.relative, deictic=written.deictic, month=number, bare=True))
            elif point.day is not None and 1 <= number <= 31:
                with_bare.append(_Point(pos, bare_end, year=point.year, month=point.month, day=number, bare=True, precision="day"))
        with_bare.append(point)
    points = _inherit_month(with_bare)
    # in prose, a day without a month is a duration or a count, not a date; and what is past
    # (1978年12月召开的…, 2019年6月以来) is history, not when the task is due
    if in_prose:
        points = [p for p in points if not (p.month is None and p.day is not None and not p.part) and not _past(p, text, year)]
    settled = _settle_years(points, year, written_in)

    expressions: list[_Expression] = []
    i = 0
    while i < len(settled):
        point, point_year, inferred = settled[i]
        expression = _Expression(point, point)
        start, end, fuzzy = _window(point, point_year) if point_year is not None else (None, None, False)
        expression.placeholder = point.placeholder
        if i + 1 < len(settled) and _CONNECTOR.match(text[point.end: settled[i + 1][0].pos]):
            other, other_year, other_inferred = settled[i + 1]
            if other.year is None and not other.relative and other_year is not None and point_year is not None:
                other_year = point_year  # 2021年11月至3月: the end shares the start's year ...
            _, other_end, other_fuzzy = (
                _window(other, other_year) if other_year is not None else (None, None, False)
            )
            if start and other_end and other_end < start and other.year is None and not other.relative:
                other_end = _window(other, (other_year or 0) + 1)[1]  # ... unless it would end before it starts
            expression.last = other
            end = other_end
            fuzzy = fuzzy or other_fuzzy
            inferred = inferred or other_inferred
            expression.placeholder = expression.placeholder or other.placeholder
            i += 1
        # patterns are matched in place: slicing the rest of a long text per expression is quadratic
        after = expression.last.end
        window = (max(0, point.pos - _LOOKBEHIND), point.pos)
        if point.holiday and point.holiday_mode in ("前", "之前", "以前"):
            expression.kind = "by"
        elif point.holiday and point.holiday_mode in ("后", "以后", "之后"):
            expression.kind = "from"
        elif _FUZZY_AFTER.match(text, after):
            fuzzy = True
            if expression.first is expression.last and point.precision == "day" and start:
                start, end = start - timedelta(days=7), start + timedelta(days=7)
        elif (_BY_AFTER.match(text, after) and expression.first is expression.last) or _BY_BEFORE.search(text, *window):
            # 3月1日至6月30日止 runs from the one to the other: only a point alone is a bound
            if point.part in _BREAKS and expression.first is expression.last and start:
                end = start - timedelta(days=1)  # 暑假前, 汛前: before the break begins
            start, expression.kind = None, "by"
        elif _FROM_AFTER.match(text, after) or (_FROM_BEFORE.search(text, *window) and expression.first is expression.last):
            if point.part in _BREAKS and _FROM_AFTER.match(text, after) and end:
                start = end + timedelta(days=1)  # 暑假后, 汛后: once the break is over
            end, expression.kind = None, "from"
        if expression.kind == "window" and expression.first is expression.last and point.precision == "day" and not fuzzy and start == end:
            expression.kind = "date"  # not 春节期间, a week
        if start and end and start > end:
            start, end = end, start
        expression.start, expression.end, expression.fuzzy = start, end, fuzzy
        expression.year_inferred = inferred
        if expression.placeholder:
            expression.start = expression.end = None
        expressions.append(expression)
        i += 1
    return expressions


def _raw(mapped: _Mapped, original: str, first: _Expression, last: _Expression | None = None) -> str:
    start, end = mapped.original_span(first.first.pos, (last or first).last.end)
    return original[start:end].strip()


def _precision(expression: _Expression) -> str | None:
    if expression.start is None and expression.end is None:
        return None
    return expression.first.precision


def _envelope(expressions: list[_Expression], raw: str, source: str) -> Deadline:
    dated = [e for e in expressions if e.start or e.end]
    if not dated:
        return Deadline(raw=raw, kind="unknown", placeholder=any(e.placeholder for e in expressions), source=source)
    if len(dated) == 1:
        only = dated[0]
        return Deadline(
            raw=raw, start=only.start, end=only.end, kind=only.kind,
            precision=_precision(only), fuzzy=only.fuzzy,
            year_inferred=only.year_inferred, source=source,
        )
    starts = [e.start for e in dated if e.start]
    ends = [e.end for e in dated if e.end]
    start, end = (min(starts) if starts else None), (max(ends) if ends else None)
    if start and end and start > end:  # 6月起…3月前: open ends that contradict; span every date named
        start, end = min(starts + ends), max(starts + ends)
    kind = "window" if start and end else "by" if end else "from"
    return Deadline(
        raw=raw, start=start, end=end, kind=kind, precision=_precision(dated[0]),
        fuzzy=any(e.fuzzy for e in dated), year_inferred=any(e.year_inferred for e in dated),
        source=source,
    )


_BRACKETED = re.compile(r"\([^()]*\)")


def _restated(text: str, expressions: list[_Expression]) -> list[_Expression]:
    """寒假期间(1月20日-2月20日), 2024年5-10月(汛期): a time named once by what it is and once
    by its dates, one of the two in a bracket — the dates hold, not the span of both."""
    exact = [e for e in expressions if not e.fuzzy and (e.start or e.end)]
    fuzzy = [e for e in expressions if e.fuzzy]
    if not exact or not fuzzy or len(exact) + len(fuzzy) < len(expressions):
        return expressions
    brackets = [b.span() for b in _BRACKETED.finditer(text)]

    def sides(group: list[_Expression]) -> set[bool]:
        return {any(start <= e.first.pos < end for start, end in brackets) for e in group}

    exact_sides, fuzzy_sides = sides(exact), sides(fuzzy)
    return exact if len(exact_sides) == len(fuzzy_sides) == 1 and exact_sides != fuzzy_sides else expressions


_NO_VALUE = frozenset({"无", "暂无", "/", "／", "-", "－", "—", "——", "--", "…", "……", "×"})
_PLACEHOLDER_YEAR = re.compile(r"(?<![\dA-Za-z])(?:(?:19|20)\d?[Xx×]{1,2}|[Xx×]{4})\s*年")
_PLACEHOLDER_YEAR_BEFORE = re.compile(r"(?<![\dA-Za-z])(?:(?:19|20)\d?[Xx×]{1,2}|[Xx×]{4})\s*(?:年\s*)?$")  # 202X / 年底
_CLAUSE_END = re.compile(r"[,;，；。]")


def _recurs(text: str, pos: int) -> bool:
    """Whether a 每 (每月, 每季度) comes before `pos` in its clause."""
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, pos)), default=0)
    return _RECURRING.search(text, start, pos) is not None
_RECURRING = re.compile(r"每(?:[一二三四五六七八九十两\d]+个?)?(?:月|季度|季|半年|学期|学年|年|周|旬|天|日)")


_UNDATED = sorted(UNDATED_TIMES.items(), key=lambda item: -len(item[0]))  # the longest phrase first


def _undated_kind(folded: str) -> str | None:
    """What a time that names no date says, by what it says first: 长期坚持，每季度报送一次 goes
    on for ever, reporting once a quarter; 每月报送，长期坚持 recurs."""
    found = [(m.start(), "recurring")] if (m := _RECURRING.search(folded)) else []
    found += [(at, kind) for phrase, kind in _UNDATED if (at := folded.find(phrase)) >= 0][:1]
    return min(found)[1] if found else None


def parse_deadline(value: str, year: int | None = None, issued: date | None = None) -> Deadline | None:
    """A deadline field's value as a Deadline; kind `unknown` when it names no date planparse knows.

    `year` is the document's reference year, for expressions written without one; `issued`, the
    date the document was issued, dates `即日起` and `本月`.
    """
    raw = value.strip()
    if not raw or raw in _NO_VALUE:
        return None  # 完成时限：——, a cell left blank with a dash: no deadline, not one misread
    mapped = _normalise(raw)
    if len(raw) >= 8 and raw[:2] in ("19", "20"):
        mapped = mapped.sub(_COMPACT_DAY, lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日")
    # in a field only: in prose, 24年 may count years and 开学 may be no deadline's
    if mapped.text[2:3] == "年" and mapped.text[:2].isdigit():  # 24年底前: the value opens with it
        mapped = mapped.sub(_SHORT_YEAR, lambda m: f"20{m.group(1)}")
    if "开学" in mapped.text:
        mapped = mapped.sub(_DAY_OF_TERM, lambda m: "").sub(_TERM_MONTH, lambda m: "春季" if m.group(1) in "23" else "秋季")
    if issued and "本月" in mapped.text:  # 本月25日前: the month the document was issued in
        mapped = mapped.sub(_THIS_MONTH, lambda m: f"{issued.year}年{issued.month}月")
    if _PLACEHOLDER_YEAR.search(mapped.text):
        return Deadline(raw=raw, placeholder=True)  # 202X年底前: the year is still to be filled in
    expressions = _expressions(mapped, year, in_prose=False, written_in=issued.year if issued else None)
    if not expressions and _HOLIDAYS_ALONE.fullmatch(mapped.text):
        expressions = _expressions(_normalise(f"{raw}期间"), year, in_prose=False)
    if expressions and "每" in mapped.text:
        # 每年12月, 每季度第一个月: a time that comes round again, not one window; but in
        # 每月25日前报送，12月底前完成 a clause with no 每 sets the deadline
        expressions = [e for e in expressions if not _recurs(mapped.text, e.first.pos)]
    if "(" in mapped.text and len(expressions) > 1:
        expressions = _restated(mapped.text, expressions)
    deadline = _envelope(expressions, raw, "field")
    if _IMMEDIATE.search(mapped.text):
        deadline = _from_now(deadline, issued)
    if deadline.start is None and deadline.end is None and not deadline.placeholder:
        if issued and (within := _WITHIN.search(mapped.text)):
            return deadline.model_copy(update={"end": _after(issued, within), "kind": "by", "precision": "day"})
        kind = _undated_kind(mapped.text)
        if kind:
            return deadline.model_copy(update={"kind": kind})
    return deadline


# 3个月内, 两年内, 印发之日起10个工作日内: counted from the issue date
_WITHIN = re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)个?(?P<unit>工作日|年|月|周|星期|天|日)(?:以)?内")
_MONTHS_IN = {"年": 12, "月": 1}


def _after(issued: date, within: re.Match[str]) -> date:
    count = within.group("n")
    unit = within.group("unit")
    if count == "半":
        return _months_after(issued, 6 if unit == "年" else 0) + timedelta(days=15 if unit == "月" else 0)
    n = int(count) if count.isdigit() else chinese_number(count.replace("两", "二")) or 0
    if unit in _MONTHS_IN:
        return _months_after(issued, n * _MONTHS_IN[unit])
    if unit == "工作日":
        day = issued
        while n > 0:
            day += timedelta(days=1)
            n -= day.weekday() < 5
        return day
    return issued + timedelta(days=n * 7 if unit in ("周", "星期") else n)


def _months_after(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month + 1, min(day.day, _month_end(year, month + 1)))


def _from_now(deadline: Deadline, issued: date | None) -> Deadline:
    """即日起 [至 X]: starts when the document is issued, if that is known (and not after X,
    which a date the document's sign-off got wrong would make it)."""
    if issued is not None and deadline.end is not None and issued > deadline.end:
        issued = None
    kind = "window" if deadline.end else "from"
    if issued is None:
        kind = "by" if deadline.end else "from"
    return deadline.model_copy(update={"start": issued, "kind": kind})


# Every point holds one of these: a month, a quarter, a half, a part of a year, or a holiday's
# 前/后/期间/左右/之际/当天 (in both scripts).
_MAY_NAME_A_TIME = re.compile(
    "月|季|半年|年[底末初中内度]|全年|前|後|后|期间|期間|左右|之际|之際|当[天日]|當[天日]|暑|寒假|五[”\"]?(?:规划)?(?:时期|期内|期末|末)"
)
_DIGITS_DATE = re.compile(r"(?:19|20)\d\d\s*[-./]\s*\d")  # 2023-06-30, 2023.6.30: no word at all


def may_name_a_time(text: str) -> bool:
    """Whether `text` holds a word every point of the grammar holds, or a date in digits: a
    quick test before the grammar."""
    if _MAY_NAME_A_TIME.search(text) or "·" in text:  # “5·12”: a day named by its date
        return True
    return ("-" in text or "." in text or "/" in text) and _DIGITS_DATE.search(text) is not None


_SOME_YEAR = 2000  # to tell a time of the year from a phrase that names none, when the plan names no year


def deadline_in_text(text: str, year: int | None = None, written: int | None = None) -> Deadline | None:
    """The window named by the time expressions of an item's prose, when it has no deadline field;
    `written`, the year the text was written in, dates its 明年 and 今年.

    The envelope runs from the earliest start to the latest end. Durations and ages (67年来,
    5年内, 70周年, 1分钟) are not dates and never match; a year alone (2020年) is too vague in
    prose to count; a holiday counts only with 前/后/前后/期间 (国庆节 alone names a topic).
    """
    if text[:1] in _HOLIDAY_FIRSTS and (opening := _HOLIDAY_OPENING.match(text)):
        return _envelope(_expressions(_normalise(f"{opening.group(1)}期间"), year, in_prose=False), opening.group(1), "text")
    if not may_name_a_time(text):
        return _ongoing_at_the_end(text)  # no point of the grammar can stand in a text without one of these
    mapped = _normalise(text)
    expressions = [
        replace(e, start=None, end=None, placeholder=True, year_inferred=False)
        if _PLACEHOLDER_YEAR_BEFORE.search(mapped.text, max(0, e.first.pos - _LOOKBEHIND), e.first.pos) else e
        for e in _expressions(mapped, year, in_prose=True, written_in=written)
    ]
    if not expressions:
        return None
    dated = [e for e in expressions if e.start or e.end]
    if len(dated) > 1 and not all(_a_season(e) for e in dated):
        dated = [e for e in dated if not _a_season(e)]  # 秋冬季森林防火…10月15日前到位: the season names the work
    if len(dated) > 1 and not all(_reported(mapped.text, e) for e in dated):
        dated = [e for e in dated if not _reported(mapped.text, e)]  # 6月底前完成，7月5日前报送总结: the report is due then, not the work
    chosen = dated or [e for e in expressions if e.placeholder]
    if not chosen and year is None:
        # 6月底前完成 in a plan that names no year: the time, kept unknown as a field's would be
        chosen = [replace(e, start=None, end=None) for e in _expressions(mapped, _SOME_YEAR, in_prose=True) if e.start or e.end]
    if not chosen:
        return _ongoing_at_the_end(text)
    raw = "；".join(dict.fromkeys(_raw(mapped, text, first, last) for first, last in _listed_together(mapped.text, chosen)))
    return _envelope(chosen, raw, "text")


def _a_season(expression: _Expression) -> bool:
    """秋冬季, 春季: a season as a window, the vaguest time prose gives; beside dates it names the
    kind of work (夏季安全生产, 冬春火灾防控) and the dates say when."""
    point = expression.first
    return expression.kind == "window" and point is expression.last and point.part not in _BREAKS and point.part in _SEASONS


# 前将工作开展情况书面报县政府办公室, 前报送, 前上报: the clause after a time sends a report on the work
_REPORTED = re.compile(r"[^，,。；;!！?？\n]{0,40}?(?:报送|上报|报至|报给|(?:书面|及时|分别)报|报[县市区省州镇乡](?!级))")


def _reported(text: str, expression: _Expression) -> bool:
    """Whether the time is when a report on the work is due: a task that also says when it is done
    is due then (a task that only reports is due when it reports)."""
    return "报" in text and _REPORTED.match(text, expression.last.end) is not None


_LISTED = re.compile(r"[\s”\"'’“‘]*[、和及与]?[\s”\"'’“‘]*")  # 元旦、春节; 国庆中秋 and “中秋”“国庆” with nothing between


def _listed_together(text: str, expressions: list[_Expression]) -> list[tuple[_Expression, _Expression]]:
    """Runs of expressions that one list joins (元旦、春节期间; 二、三季度), first and last of each:
    the list is written once in `raw`."""
    runs: list[tuple[_Expression, _Expression]] = []
    for expression in expressions:
        if runs and _LISTED.fullmatch(text, runs[-1][1].last.end, expression.first.pos):
            runs[-1] = (runs[-1][0], expression)
        else:
            runs.append((expression, expression))
    return runs


_ONGOING = frozenset(phrase for phrase, kind in UNDATED_TIMES.items() if kind == "ongoing" and len(phrase) >= 4)
_CLAUSE_ENDS = "，,。；;！!\n"


def _ongoing_at_the_end(text: str) -> Deadline | None:
    """An item that ends by saying it never ends (…，长期坚持。; …，持续推进。): ongoing. Only a
    whole last clause counts, since 持续推进 opens many a sentence as a plain verb."""
    body = text.rstrip("。；;！! \t\r\n\u3000")
    clauses: list[str] = []
    if body.endswith(("）", ")")):  # …，长期坚持。（各乡镇负责）, or …（长期坚持）: a note after the text
        opening = max(body.rfind("（"), body.rfind("("))
        clauses.append(_last_clause(body[opening + 1: -1]))
        body = body[: max(opening, 0)].rstrip("。；;！! \t\r\n\u3000")
    clauses.append(_last_clause(body))
    last = next((clause for clause in clauses if fold(clause) in _ONGOING), None)
    return Deadline(raw=last, kind="ongoing", source="text") if last else None


# 每月开展一次, 每季度召开: work that comes round again, said in prose
_RECURS_IN_PROSE = re.compile(
    r"(?<![\u4e00-\u9fff])(每(?:半年|年|季度?|月|周|旬|学期))(?:至少)?"
    r"(?:开展|召开|组织|举办|报送|上报|检查|调度|通报|督查|督导|进行|更新|分析|研判|[一1两2]次)"
)


def recurring_in_text(text: str) -> Deadline | None:
    """An item that says in prose how often it is done (每月开展一次检查): recurring, with no dates.
    Asked only where nothing dates the item, since such an item may also say when it ends."""
    if "每" not in text:
        return None
    found = _RECURS_IN_PROSE.search(fold(text))
    return Deadline(raw=text[found.start(1): found.end(1)], kind="recurring", source="text") if found else None


def _last_clause(text: str) -> str:
    return text[max(text.rfind(ch) for ch in _CLAUSE_ENDS) + 1:].strip()


# ---------------------------------------------------------------- the document's year

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
