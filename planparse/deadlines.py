"""Chinese time expressions as ISO windows: `2021年3月-6月` -> 2021-03-01..2021-06-30.

One grammar serves a deadline field (`完成时限：6月底前`) and the prose of an item with no
such field (`拟于9月…`, `2019年6月中旬,在…`). The text is first normalised (widths, Chinese
numerals, ISO and dotted dates, dashes) with a map back to the original, so `raw` is always
what the document says. Points (a day, a month and its part, a quarter, a half, a year, a
holiday) are found, joined into ranges where a connector stands between two of them, and
given years: their own, a neighbour's in the same expression, else the document's.

dates.py holds the normalisation, the points and the window of days each covers; this module
joins points into expressions and gives the readers the rest of planparse asks (a field's
value, an item's prose, a recurring time). years.py finds the document's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .date_text import COMPACT_DAY, DAY_OF_TERM, SHORT_YEAR, TERM_MONTH, THIS_MONTH, Mapped, normalise
from .dates import (
    BREAKS,
    HOLIDAY_FIRSTS,
    HOLIDAY_OPENING,
    HOLIDAYS_ALONE,
    SEASONS,
    YEAR_BEFORE,
    Point,
    Year,
    find_points,
    month_end,
    window_of,
    year_of,
)
from .markers import chinese_number
from .models import Deadline
from .text import fold
from .vocabulary.times import UNDATED_TIMES

# ---------------------------------------------------------------- expressions: points joined

@dataclass
class _Expression:
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


_LOOKBEHIND = 8  # longer than any word before a point that changes it (截止至, 不晚于)


_IMMEDIATE = re.compile(r"即日起|即日开始|自即日|立行立改|立即")  # 立行立改: 整改方案's "put right at once"


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


def _expressions(mapped: Mapped, year: int | None, *, in_prose: bool, written_in: int | None = None) -> list[_Expression]:
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
                    written_at = YEAR_BEFORE.search(text, max(points[i - 1].end if i else 0, pos - _LOOKBEHIND), pos)
                written = year_of(written_at) if written_at else Year(point.year)
                with_bare.append(Point(written_at.start() if written_at else pos, bare_end, year=written.year, rel_year=written.rel_year,
                                        relative=written.relative, deictic=written.deictic, month=number, bare=True))
            elif point.day is not None and 1 <= number <= 31:
                with_bare.append(Point(pos, bare_end, year=point.year, month=point.month, day=number, bare=True, precision="day"))
        with_bare.append(point)
    return with_bare


def _joined(text: str, settled: list[tuple[Point, int | None, bool]]) -> list[_Expression]:
    """Points with their years as expressions: two a connector stands between are one range, and
    the words around each say whether it is a bound, a start or a time about which."""
    expressions: list[_Expression] = []
    i = 0
    while i < len(settled):
        point, point_year, inferred = settled[i]
        expression = _Expression(point, point)
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




def _raw(mapped: Mapped, original: str, first: _Expression, last: _Expression | None = None) -> str:
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
    mapped = normalise(raw)
    if len(raw) >= 8 and raw[:2] in ("19", "20"):
        mapped = mapped.sub(COMPACT_DAY, lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日")
    # in a field only: in prose, 24年 may count years and 开学 may be no deadline's
    if mapped.text[2:3] == "年" and mapped.text[:2].isdigit():  # 24年底前: the value opens with it
        mapped = mapped.sub(SHORT_YEAR, lambda m: f"20{m.group(1)}")
    if "开学" in mapped.text:
        mapped = mapped.sub(DAY_OF_TERM, lambda m: "").sub(TERM_MONTH, lambda m: "春季" if m.group(1) in "23" else "秋季")
    if issued and "本月" in mapped.text:  # 本月25日前: the month the document was issued in
        mapped = mapped.sub(THIS_MONTH, lambda m: f"{issued.year}年{issued.month}月")
    if _PLACEHOLDER_YEAR.search(mapped.text):
        return Deadline(raw=raw, placeholder=True)  # 202X年底前: the year is still to be filled in
    expressions = _expressions(mapped, year, in_prose=False, written_in=issued.year if issued else None)
    if not expressions and HOLIDAYS_ALONE.fullmatch(mapped.text):
        expressions = _expressions(normalise(f"{raw}期间"), year, in_prose=False)
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
    return date(year, month + 1, min(day.day, month_end(year, month + 1)))


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


SOME_YEAR = 2000  # to tell a time of the year from a phrase that names none, when the plan names no year


def names_a_time(text: str) -> bool:
    """Whether a short text (a cell, a note, a piece of a line) names a time the grammar reads, in
    whatever year: a date, a window, a time that goes on or comes round again."""
    deadline = parse_deadline(text, SOME_YEAR) if text else None
    return deadline is not None and deadline.kind != "unknown"


def deadline_in_text(text: str, year: int | None = None, written: int | None = None) -> Deadline | None:
    """The window named by the time expressions of an item's prose, when it has no deadline field;
    `written`, the year the text was written in, dates its 明年 and 今年.

    The envelope runs from the earliest start to the latest end. Durations and ages (67年来,
    5年内, 70周年, 1分钟) are not dates and never match; a year alone (2020年) is too vague in
    prose to count; a holiday counts only with 前/后/前后/期间 (国庆节 alone names a topic).
    """
    if text[:1] in HOLIDAY_FIRSTS and (opening := HOLIDAY_OPENING.match(text)):
        return _envelope(_expressions(normalise(f"{opening.group(1)}期间"), year, in_prose=False), opening.group(1), "text")
    if not may_name_a_time(text):
        return _ongoing_at_the_end(text)  # no point of the grammar can stand in a text without one of these
    mapped = normalise(text)
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
        chosen = [replace(e, start=None, end=None) for e in _expressions(mapped, SOME_YEAR, in_prose=True) if e.start or e.end]
    if not chosen:
        return _ongoing_at_the_end(text)
    raw = "；".join(dict.fromkeys(_raw(mapped, text, first, last) for first, last in _listed_together(mapped.text, chosen)))
    return _envelope(chosen, raw, "text")


def _a_season(expression: _Expression) -> bool:
    """秋冬季, 春季: a season as a window, the vaguest time prose gives; beside dates it names the
    kind of work (夏季安全生产, 冬春火灾防控) and the dates say when."""
    point = expression.first
    return expression.kind == "window" and point is expression.last and point.part not in BREAKS and point.part in SEASONS


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
