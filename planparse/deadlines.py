"""Chinese time expressions as ISO windows: `2021年3月-6月` -> 2021-03-01..2021-06-30.

One grammar serves a deadline field (`完成时限：6月底前`) and the prose of an item with no
such field (`拟于9月…`, `2019年6月中旬,在…`). The text is first normalised (widths, Chinese
numerals, ISO and dotted dates, dashes) with a map back to the original, so `raw` is always
what the document says. Points (a day, a month and its part, a quarter, a half, a year, a
holiday) are found, joined into ranges where a connector stands between two of them, and
given years: their own, a neighbour's in the same expression, else the document's.

date_text.py normalises the text, dates.py finds its points and the window of days each covers,
expressions.py joins them; this module gives the readers the rest of planparse asks (a field's
value, an item's prose, a recurring time). years.py finds the document's year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .date_text import COMPACT_DAY, DAY_OF_TERM, SHORT_YEAR, TERM_MONTH, THIS_MONTH, normalise
from .dates import (
    BREAKS,
    HOLIDAY_FIRSTS,
    HOLIDAY_OPENING,
    HOLIDAYS_ALONE,
    SEASONS,
    month_end,
)
from .expressions import LOOKBEHIND, Expression, envelope_of, expressions_in, raw_of, restated
from .markers import chinese_number
from .models import Deadline
from .text import fold
from .vocabulary.times import UNDATED_TIMES

_IMMEDIATE = re.compile(r"即日起|即日开始|自即日|立行立改|立即")  # 立行立改: 整改方案's "put right at once"


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
    expressions = expressions_in(mapped, year, in_prose=False, written_in=issued.year if issued else None)
    if not expressions and HOLIDAYS_ALONE.fullmatch(mapped.text):
        expressions = expressions_in(normalise(f"{raw}期间"), year, in_prose=False)
    if expressions and "每" in mapped.text:
        # 每年12月, 每季度第一个月: a time that comes round again, not one window; but in
        # 每月25日前报送，12月底前完成 a clause with no 每 sets the deadline
        expressions = [e for e in expressions if not _recurs(mapped.text, e.first.pos)]
    if "(" in mapped.text and len(expressions) > 1:
        expressions = restated(mapped.text, expressions)
    deadline = envelope_of(expressions, raw, "field")
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
        return envelope_of(expressions_in(normalise(f"{opening.group(1)}期间"), year, in_prose=False), opening.group(1), "text")
    if not may_name_a_time(text):
        return _ongoing_at_the_end(text)  # no point of the grammar can stand in a text without one of these
    mapped = normalise(text)
    expressions = [
        replace(e, start=None, end=None, placeholder=True, year_inferred=False)
        if _PLACEHOLDER_YEAR_BEFORE.search(mapped.text, max(0, e.first.pos - LOOKBEHIND), e.first.pos) else e
        for e in expressions_in(mapped, year, in_prose=True, written_in=written)
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
        chosen = [replace(e, start=None, end=None) for e in expressions_in(mapped, SOME_YEAR, in_prose=True) if e.start or e.end]
    if not chosen:
        return _ongoing_at_the_end(text)
    raw = "；".join(dict.fromkeys(raw_of(mapped, text, first, last) for first, last in _listed_together(mapped.text, chosen)))
    return envelope_of(chosen, raw, "text")


def _a_season(expression: Expression) -> bool:
    """秋冬季, 春季: a season as a window, the vaguest time prose gives; beside dates it names the
    kind of work (夏季安全生产, 冬春火灾防控) and the dates say when."""
    point = expression.first
    return expression.kind == "window" and point is expression.last and point.part not in BREAKS and point.part in SEASONS


# 前将工作开展情况书面报县政府办公室, 前报送, 前上报: the clause after a time sends a report on the work
_REPORTED = re.compile(r"[^，,。；;!！?？\n]{0,40}?(?:报送|上报|报至|报给|(?:书面|及时|分别)报|报[县市区省州镇乡](?!级))")


def _reported(text: str, expression: Expression) -> bool:
    """Whether the time is when a report on the work is due: a task that also says when it is done
    is due then (a task that only reports is due when it reports)."""
    return "报" in text and _REPORTED.match(text, expression.last.end) is not None


_LISTED = re.compile(r"[\s”\"'’“‘]*[、和及与]?[\s”\"'’“‘]*")  # 元旦、春节; 国庆中秋 and “中秋”“国庆” with nothing between


def _listed_together(text: str, expressions: list[Expression]) -> list[tuple[Expression, Expression]]:
    """Runs of expressions that one list joins (元旦、春节期间; 二、三季度), first and last of each:
    the list is written once in `raw`."""
    runs: list[tuple[Expression, Expression]] = []
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
