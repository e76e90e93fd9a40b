"""Dates as Chinese text writes them, the parts of the deadline grammar below expressions:
the points it names (a day, a month and its part, a quarter, a half, a year, a
holiday) and the window of days each covers.

The text comes normalised by date_text.py."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .date_text import GAP, matches_near, near_scan
from .text import words_pattern
from .vocabulary.times import MOVABLE_HOLIDAYS, SOLAR_HOLIDAYS


@dataclass(frozen=True, slots=True)
class Point:
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


_YEAR = rf"(?:(?P<y>\d{{4}}){GAP}年|(?P<ry>次年|翌年|明年|来年|今年|当年|本年|同年))?{GAP}"


_XUN = r"(?P<xun>上中旬|中上旬|中下旬|下中旬|上旬|中旬|下旬|初(?!步)|底|末|中(?=[^\u4e00-\u9fff]|$|前|后))"


# A month point is found by its number and 月, then its year is looked for right before it:
# an optional group at the front of a pattern is tried at every character of the text.
_MONTH_POINT = re.compile(
    rf"(?<![\d.])(?P<m>1[0-2]|0?[1-9]|[Xx×]{{1,2}}){GAP}月份?{GAP}(?:(?P<d>3[01]|[12]\d|0?[1-9]|[Xx×]{{1,2}}){GAP}日|{_XUN})?"
)


YEAR_BEFORE = re.compile(r"(?:(?P<y>\d{4})\s*年|(?P<ry>次年|翌年|明年|来年|今年|当年|本年|同年))\s*$")


_QUARTER_POINT = re.compile(
    rf"{_YEAR}第?{GAP}(?P<q>[1-4])(?:{GAP}季度(?P<qend>末|底)?"
    rf"|(?=(?:{GAP}[、,，和及]{GAP}第?{GAP}[1-4]){{1,3}}{GAP}季度))"  # 第2、3季度: 2 is a quarter too
)


# seasons, the school holidays and the start of a school term: 2022年春季, 暑期, 寒假期间,
# 秋季学期开学前 (but 春季学期 alone is a term, not a season)
_SEASON_POINT = re.compile(
    rf"{_YEAR}(?:(?P<term>[春秋])季(?:学期)?开学|(?P<season>春夏|夏秋|秋冬|冬春|[春夏秋冬])季(?!学期)|(?P<vacation>暑期|暑假|寒假|汛期|汛(?=[前后])))"
)


_HALF_POINT = re.compile(rf"{_YEAR}(?P<h>[上下])半年")


_YEAR_PART_POINT = re.compile(
    rf"(?:(?P<y>\d{{4}}){GAP}年(?:年(?=[底末初中]))?(?P<p1>底|末|初(?!步)|中(?![\u4e00-\u9fff])|内|度)"  # 2024年年底
    # 年内 but not 两年内, 半年内: those count years from the issue (see _WITHIN); 明年底 and 明年年底 alike
    r"|(?<![\d一二两三四五六七八九十半多几分各跨])(?P<ry>今年|本年|当年|次年|明年|翌年|来年|同年)?"
    r"(?P<p2>(?(ry)年?|年)(?:底|末|初(?!步)|中(?![\u4e00-\u9fff])|内|度)|全年))"
)


_DAY_POINT = re.compile(rf"(?<![\d月])(?P<d>3[01]|[12]\d|0?[1-9]){GAP}日(?!内|以内|来)")


_HOLIDAY_NAMES = words_pattern({*SOLAR_HOLIDAYS, *MOVABLE_HOLIDAYS}).replace("·", "[·.・•]?")


_HOLIDAY_POINT = re.compile(
    rf"(?<![一二三四五六七八九十\d])[“\"'‘]?(?:世界|国际|全国|全民|国家|中国)?(?P<hol>{_HOLIDAY_NAMES})节?[”\"'’]?{GAP}(?:[双两]节{GAP})?"
    r"(?P<mode>前后|前夕|之前|以前|前|期间|小长假|长假|假期|左右|之际|以后|之后|后|当天|当日)"
)


# a deadline field that names holidays alone (时间：国庆节; 元旦、春节): the holidays themselves
_HOLIDAY_ONE = rf"[“\"'‘]?(?:{_HOLIDAY_NAMES})节?[”\"'’]?"


HOLIDAYS_ALONE = re.compile(rf"(?:\d{{4}}{GAP}年{GAP})?{_HOLIDAY_ONE}(?:{GAP}[、和及与]?{GAP}{_HOLIDAY_ONE})*")


HOLIDAY_FIRSTS = frozenset(name[0] for name in (*SOLAR_HOLIDAYS, *MOVABLE_HOLIDAYS)) | frozenset("“\"'‘0123456789 \t\u3000")


_HOLIDAY_MODES = ("前后", "前夕", "之前", "以前", "前", "期间", "当天", "当日", "左右", "之际")


_HOLIDAY_TIME = re.compile(rf"{_HOLIDAY_ONE}{GAP}(?:{'|'.join(_HOLIDAY_MODES)})")


def names_a_holiday(text: str) -> bool:
    """中秋节期间, “五一”前后: a time around a holiday and nothing else (清明节 alone may name the
    occasion as much as the day)."""
    text = text.strip()
    return text.endswith(_HOLIDAY_MODES) and _HOLIDAY_TIME.fullmatch(text) is not None


# 清明节，组织学生祭扫: a holiday that is the whole first clause of an item says when it is held
HOLIDAY_OPENING = re.compile(rf"\s*({HOLIDAYS_ALONE.pattern}){GAP}[，,：:]")


# 2021年 alone, not the year of what follows it: 2021年7-8月, 2021年7、8月, 2021年国庆节前
_BARE_YEAR = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d{{2}}){GAP}年"
    rf"(?!{GAP}\d{{1,2}}{GAP}(?:月|-|至|到|、)|{GAP}第|{GAP}[上下]半年|[底末初中内度]|{GAP}[“\"'‘]?(?:{_HOLIDAY_NAMES}))"
)


_MONTH_SCAN = near_scan(_MONTH_POINT, "月", 6, 12)


_QUARTER_SCAN = near_scan(_QUARTER_POINT, "季", 60, 3)


_SEASON_SCAN = near_scan(_SEASON_POINT, "季暑寒汛", 13, 5)


# 元旦、春节期间, 国庆中秋期间: the holidays listed before the one the 期间 follows share it
_DATED_BEFORE = re.compile(r"\d{1,2}月\d{1,2}日[”\"'’]?$")


_HOLIDAY_LISTED = re.compile(rf"[“\"'‘]?(?P<hol>{_HOLIDAY_NAMES})节?[”\"'’]?{GAP}[、和及与]?{GAP}$")


_HALF_SCAN = near_scan(_HALF_POINT, "半", 13, 2)


_YEAR_PART_SCAN = near_scan(_YEAR_PART_POINT, "年", 8, 4)


_HOLIDAY_SCAN = near_scan(_HOLIDAY_POINT, "前后期左之当假", 12, 2)  # the characters of its 前/后/期间/左右/之际/当天/假期


_BARE_YEAR_SCAN = near_scan(_BARE_YEAR, "年", 8, 12)


_DAY_SCAN = near_scan(_DAY_POINT, "日", 6, 3)


# 明年, 今年: from the day the text was written; 次年, 当年: from the year the text just named
_DEICTIC_YEARS = frozenset({"明年", "来年", "今年", "本年"})


_RELATIVE_YEARS = {"次年": 1, "翌年": 1, "明年": 1, "来年": 1, "今年": 0, "当年": 0, "本年": 0, "同年": 0}


_XUN_DAYS = {
    "上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20),
    "下旬": (21, 31), "底": (21, 31), "末": (21, 31), "上中旬": (1, 20), "中上旬": (1, 20), "中下旬": (11, 31), "下中旬": (11, 31),
}


@dataclass(frozen=True, slots=True)
class Year:
    """The year a point writes: a number, or a word relative to the year around it (次年 +1)."""

    year: int | None = None
    rel_year: int = 0
    relative: bool = False
    deictic: bool = False


def year_of(match: re.Match[str] | None) -> Year:
    groups = match.groupdict() if match else {}
    if groups.get("y"):
        return Year(year=int(groups["y"]))
    if groups.get("ry"):
        return Year(rel_year=_RELATIVE_YEARS[groups["ry"]], relative=True, deictic=groups["ry"] in _DEICTIC_YEARS)
    return Year()


def _is_placeholder(token: str | None) -> bool:
    return token is not None and token != "" and not token.isdigit()


def _term_or_season(match: re.Match[str]) -> str:
    return f"{match.group('term')}季开学" if match.group("term") else match.group("season")


# 秋季开学前, 春季开学后, 秋季开学时, 秋季开学第一周: words that make the start of a term a time
_AROUND_AN_EVENT = re.compile(r"\s*(?:前|后|後|时|時|之际|之際|当天|当日|第|初|伊始|期间|以来)")


_OF_THE_YEAR = re.compile(r"[\u4e00-\u9fff](?<![内前底末中起])")  # 2023年度 before a noun, not 年度内


_OF_THE_WHOLE_YEAR = re.compile("的|各项|工作|任务|目标|计划|重点|要点|考核|总结")


def find_points(text: str, *, in_prose: bool) -> list[Point]:
    """The points the text names, each read by the rule for its kind; where two overlap, the one
    that starts first (and of those the longer) stands."""
    found: list[Point] = []
    for read in _POINT_READERS:
        read(text, in_prose, found)
    found.sort(key=lambda p: (p.pos, -(p.end - p.pos)))
    points: list[Point] = []
    for point in found:
        if points and point.pos < points[-1].end:
            continue
        points.append(point)
    return points


def _months(text: str, in_prose: bool, found: list[Point]) -> None:
    """A month, its part or its day (3月, 6月底, 7月上旬, 5月20日)."""
    for match in matches_near(_MONTH_SCAN, text):
        month, day, xun = match.group("m"), match.group("d"), match.group("xun")
        placeholder = _is_placeholder(month) or _is_placeholder(day)
        year = YEAR_BEFORE.search(text, max(0, match.start() - 8), match.start())
        written = year_of(year)
        found.append(Point(
            year.start() if year else match.start(), match.end(),
            year=written.year, rel_year=written.rel_year, relative=written.relative, deictic=written.deictic,
            month=None if _is_placeholder(month) else int(month),
            day=int(day) if day and day.isdigit() else None,
            part=xun, placeholder=placeholder,
            precision="day" if day else "xun" if xun else "month",
        ))


def _quarters(text: str, in_prose: bool, found: list[Point]) -> None:
    """A quarter (一季度, 第三季度末)."""
    for match in matches_near(_QUARTER_SCAN, text):
        written = year_of(match)
        quarter = match.group("q")
        found.append(Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                           relative=written.relative, deictic=written.deictic, part=f"q{quarter}{match.group('qend') or ''}",
                           precision="month" if match.group("qend") else "quarter"))


def _seasons(text: str, in_prose: bool, found: list[Point]) -> None:
    """A season, a break or a term (春季, 暑假, 汛期, 秋季开学)."""
    for match in matches_near(_SEASON_SCAN, text):
        if in_prose and match.group("vacation") == "汛":
            continue  # 开展汛前检查: in prose, 汛前 names a kind of work as often as a time
        if in_prose and match.group("term") and match.start() and not _AROUND_AN_EVENT.match(text, match.end()):
            continue  # 保障秋季开学: in prose, an event the work serves, as a holiday alone names a topic
        written = year_of(match)
        found.append(Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                           relative=written.relative, deictic=written.deictic, part=match.group("vacation") or _term_or_season(match),
                           precision="quarter" if match.group("season") else "day" if match.group("term") else "month"))


def _halves(text: str, in_prose: bool, found: list[Point]) -> None:
    """A half of the year (上半年)."""
    for match in matches_near(_HALF_SCAN, text):
        written = year_of(match)
        found.append(Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                           relative=written.relative, deictic=written.deictic, part=f"{match.group('h')}半年", precision="half"))


def _year_parts(text: str, in_prose: bool, found: list[Point]) -> None:
    """A year or its part (2021年底, 年中, 全年, 2023年度)."""
    for match in matches_near(_YEAR_PART_SCAN, text):
        part = (match.group("p1") or match.group("p2")).lstrip("年") or "度"
        precision = "month" if part in ("底", "末", "初", "中") else "year"
        written = year_of(match)
        unwritten = written.year is None and not written.relative
        if part == "度" and (in_prose or unwritten) and ((in_prose and unwritten) or _OF_THE_YEAR.match(text, match.end())):
            continue  # 年度考核, 下一年度: in prose, 年度 alone names no year; 2023年度组织生活会, 上年度决算 name a thing
        if in_prose and part == "全年" and _OF_THE_WHOLE_YEAR.match(text, match.end()):
            continue  # 部署全年工作: the year's work, not work all year round
        found.append(Point(match.start(), match.end(), year=written.year, rel_year=written.rel_year,
                           relative=written.relative, deictic=written.deictic, part=f"年{part}", precision=precision))


def _holidays(text: str, in_prose: bool, found: list[Point]) -> None:
    """A holiday and how the time stands to it (国庆节前, 春节期间), with those listed before it."""
    for match in matches_near(_HOLIDAY_SCAN, text):
        mode = match.group("mode")
        listed = [(match.start(), match.end(), match.group("hol"))]
        while listed_before := _HOLIDAY_LISTED.search(text, max(0, listed[0][0] - 12), listed[0][0]):
            listed.insert(0, (listed_before.start(), listed_before.start("hol") + len(listed_before.group("hol")), listed_before.group("hol")))
        if dated := _DATED_BEFORE.search(text, max(0, listed[0][0] - 8), listed[0][0]):
            listed[0] = (dated.start(), *listed[0][1:])  # “12·4”国家宪法日前后: the date names the day
        for start, end, name in listed:
            year = YEAR_BEFORE.search(text, max(0, start - 8), start)
            written = year_of(year)
            found.append(Point(year.start() if year else start, end, year=written.year, rel_year=written.rel_year,
                               relative=written.relative, deictic=written.deictic, holiday=re.sub(r"[·.・•]", "", name),
                               holiday_mode=mode, precision="day"))


def _bare_years(text: str, in_prose: bool, found: list[Point]) -> None:
    """A year written alone (2021), in a field only."""
    if in_prose:
        return
    for match in matches_near(_BARE_YEAR_SCAN, text):
        found.append(Point(match.start(), match.end(), year=int(match.group("y")), part="年度", precision="year"))


def _days(text: str, in_prose: bool, found: list[Point]) -> None:
    """A day without its month (20日)."""
    for match in matches_near(_DAY_SCAN, text):
        found.append(Point(match.start(), match.end(), day=int(match.group("d")), precision="day"))


_POINT_READERS = (_months, _quarters, _seasons, _halves, _year_parts, _holidays, _bare_years, _days)


def month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1900 <= year <= 2200 and 1 <= month <= 12 and day >= 1):
        return None
    return date(year, month, min(day, month_end(year, month)))


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
SEASONS = {
    "春": ((3, 1), (5, 31)), "夏": ((6, 1), (8, 31)), "秋": ((9, 1), (11, 30)), "冬": ((12, 1), (2, 31)),
    "春夏": ((3, 1), (8, 31)), "夏秋": ((6, 1), (11, 30)), "秋冬": ((9, 1), (2, 31)), "冬春": ((12, 1), (5, 31)),  # 秋冬季攻坚
    "暑期": ((7, 1), (8, 31)), "暑假": ((7, 1), (8, 31)), "寒假": ((1, 15), (2, 31)),
    # the main flood season as most of the country keeps it; the south's starts earlier: fuzzy
    "汛期": ((6, 1), (9, 30)), "汛": ((6, 1), (9, 30)),
}


BREAKS = ("暑期", "暑假", "寒假", "汛期", "汛")  # 暑假前, 汛前: before the break begins


# the day a school term starts, which varies by place and year: fuzzy
_TERM_STARTS = {"春季开学": (3, 1), "秋季开学": (9, 1)}


_HOLIDAY_LENGTH = {"春节": 7, "国庆": 7, "国庆节": 7, "十一": 7, "五一": 5, "劳动节": 5}


def window_of(point: Point, year: int) -> tuple[date | None, date | None, bool]:
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
    if part in SEASONS:
        (first_month, first_day), (last_month, last_day) = SEASONS[part]
        last_year = year + 1 if last_month < first_month else year
        season_end = date(last_year, last_month, min(last_day, month_end(last_year, last_month)))
        return date(year, first_month, first_day), season_end, part in BREAKS
    if part.startswith("q"):
        quarter = int(part[1])
        first = 3 * quarter if part.endswith(("末", "底")) else 3 * quarter - 2  # 第三季度末: its last month
        return date(year, first, 1), date(year, 3 * quarter, month_end(year, 3 * quarter)), False
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
