"""Points joined into expressions: a bare number a dash joins to the point after it, years
settled from a neighbour or the document, two points a connector stands between made one range,
and the words around each (前, 起, 左右, 截至) making it a bound, a start or a time about which;
then the envelope of several as one Deadline."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .date_text import Mapped
from .dates import (
    BREAKS,
    YEAR_BEFORE,
    Point,
    Year,
    find_points,
    window_of,
    year_of,
)
from .models import Deadline


@dataclass
class Expression:
    first: Point
    last: Point
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


LOOKBEHIND = 8  # longer than any word before a point that changes it (截止至, 不晚于)


_SINCE_AFTER = re.compile(r"\s*(?:以来|至今)")


_HISTORY_YEARS = 3  # a year this far before the plan's is history, not a multi-year plan's start


# 2022年3月印发的《意见》, 去年召开的大会: a thing done, named by when it was done
_DONE_AFTER = re.compile(r"[^，,。；;：:\n]{0,8}?(?:印发|出台|发布|颁布|召开|举办|举行|通过|制定|开展|实施|启动)的")


def _past(point: Point, text: str, year: int | None) -> bool:
    if _SINCE_AFTER.match(text, point.end):
        return True
    if point.year is None or year is None:
        return False
    return point.year < year - _HISTORY_YEARS or (point.year < year and bool(_DONE_AFTER.match(text, point.end)))


def _settle_years(points: list[Point], year: int | None, written: int | None = None) -> list[tuple[Point, int | None, bool]]:
    """Each point's year: its own, else the nearest earlier point's, else the next one's, else `year`;
    明年 and 今年 count from the year the text was `written` (else `year`), whatever came before."""
    settled: list[tuple[Point, int | None, bool]] = []
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


def _inherit_month(points: list[Point]) -> list[Point]:
    """A lone day (3月1日至10日) takes the month of the point before it."""
    out: list[Point] = []
    for point in points:
        if point.month is None and point.day is not None and out and out[-1].month is not None:
            point = replace(point, month=out[-1].month, year=point.year or out[-1].year)
        out.append(point)
    return out


def expressions_in(mapped: Mapped, year: int | None, *, in_prose: bool, written_in: int | None = None) -> list[Expression]:
    text = mapped.text
    points = _inherit_month(_with_bare_numbers(text, find_points(text, in_prose=in_prose), in_prose))
    # in prose, a day without a month is a duration or a count, not a date; and what is past
    # (1978年12月召开的…, 2019年6月以来) is history, not when the task is due
    if in_prose:
        points = [p for p in points if not (p.month is None and p.day is not None and not p.part) and not _past(p, text, year)]
    settled = _settle_years(points, year, written_in)
    return _joined(text, settled)


def _with_bare_numbers(text: str, points: list[Point], in_prose: bool) -> list[Point]:
    """The points, and before each the bare number a dash joins to it (2-11月, 1-10日, 2021—2023年)."""
    # a lone number before a dash takes the unit of the point after it: 2-11月, 1-10日
    with_bare: list[Point] = []
    for i, point in enumerate(points):
        # only the end of the gap can hold a bare number; a bounded slice keeps this linear
        gap_start = max(points[i - 1].end if i else 0, point.pos - _BARE_REACH)
        before = text[gap_start: point.pos]
        bare_year = _BARE_YEAR_BEFORE.search(before)
        if bare_year and point.year is not None and point.part == "年度":  # 2021—2023年
            pos = gap_start + bare_year.start(1)
            with_bare.append(Point(pos, pos + 4, year=int(bare_year.group(1)), part="年度", bare=True, precision="year"))
        bare = None if bare_year else _BARE_BEFORE.search(before) or (None if in_prose else _BARE_IN_LIST.search(before))
        if bare and (point.month is not None or point.day is not None) and not point.holiday:
            number = int(bare.group(1))
            pos = gap_start + bare.start(1)
            bare_end = pos + len(bare.group(1))
            if point.month is not None and point.day is None and 1 <= number <= 12:
                # 2021年7-8月: the year is written before the bare month, not before the point
                written_at = None
                if point.year is None and not point.relative:
                    written_at = YEAR_BEFORE.search(text, max(points[i - 1].end if i else 0, pos - LOOKBEHIND), pos)
                written = year_of(written_at) if written_at else Year(point.year)
                with_bare.append(Point(written_at.start() if written_at else pos, bare_end, year=written.year, rel_year=written.rel_year,
                                        relative=written.relative, deictic=written.deictic, month=number, bare=True))
            elif point.day is not None and 1 <= number <= 31:
                with_bare.append(Point(pos, bare_end, year=point.year, month=point.month, day=number, bare=True, precision="day"))
        with_bare.append(point)
    return with_bare


def _joined(text: str, settled: list[tuple[Point, int | None, bool]]) -> list[Expression]:
    """Points with their years as expressions: two a connector stands between are one range, and
    the words around each say whether it is a bound, a start or a time about which."""
    expressions: list[Expression] = []
    i = 0
    while i < len(settled):
        point, point_year, inferred = settled[i]
        expression = Expression(point, point)
        start, end, fuzzy = window_of(point, point_year) if point_year is not None else (None, None, False)
        expression.placeholder = point.placeholder
        if i + 1 < len(settled) and _CONNECTOR.match(text[point.end: settled[i + 1][0].pos]):
            other, other_year, other_inferred = settled[i + 1]
            if other.year is None and not other.relative and other_year is not None and point_year is not None:
                other_year = point_year  # 2021年11月至3月: the end shares the start's year ...
            _, other_end, other_fuzzy = (
                window_of(other, other_year) if other_year is not None else (None, None, False)
            )
            if start and other_end and other_end < start and other.year is None and not other.relative:
                other_end = window_of(other, (other_year or 0) + 1)[1]  # ... unless it would end before it starts
            expression.last = other
            end = other_end
            fuzzy = fuzzy or other_fuzzy
            inferred = inferred or other_inferred
            expression.placeholder = expression.placeholder or other.placeholder
            i += 1
        # patterns are matched in place: slicing the rest of a long text per expression is quadratic
        after = expression.last.end
        window = (max(0, point.pos - LOOKBEHIND), point.pos)
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
            if point.part in BREAKS and expression.first is expression.last and start:
                end = start - timedelta(days=1)  # 暑假前, 汛前: before the break begins
            start, expression.kind = None, "by"
        elif _FROM_AFTER.match(text, after) or (_FROM_BEFORE.search(text, *window) and expression.first is expression.last):
            if point.part in BREAKS and _FROM_AFTER.match(text, after) and end:
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


def raw_of(mapped: Mapped, original: str, first: Expression, last: Expression | None = None) -> str:
    start, end = mapped.original_span(first.first.pos, (last or first).last.end)
    return original[start:end].strip()


def _precision(expression: Expression) -> str | None:
    if expression.start is None and expression.end is None:
        return None
    return expression.first.precision


def envelope_of(expressions: list[Expression], raw: str, source: str) -> Deadline:
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


def restated(text: str, expressions: list[Expression]) -> list[Expression]:
    """寒假期间(1月20日-2月20日), 2024年5-10月(汛期): a time named once by what it is and once
    by its dates, one of the two in a bracket — the dates hold, not the span of both."""
    exact = [e for e in expressions if not e.fuzzy and (e.start or e.end)]
    fuzzy = [e for e in expressions if e.fuzzy]
    if not exact or not fuzzy or len(exact) + len(fuzzy) < len(expressions):
        return expressions
    brackets = [b.span() for b in _BRACKETED.finditer(text)]

    def sides(group: list[Expression]) -> set[bool]:
        return {any(start <= e.first.pos < end for start, end in brackets) for e in group}

    exact_sides, fuzzy_sides = sides(exact), sides(fuzzy)
    return exact if len(exact_sides) == len(fuzzy_sides) == 1 and exact_sides != fuzzy_sides else expressions
