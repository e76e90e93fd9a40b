"""Deadlines: every form of Chinese time expression a plan uses, as the ISO window a ledger sorts by.

The table is shared with benchmarks/deadlines.py, which scores planparse against JioNLP on it.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.deadlines import deadline_in_text, parse_deadline, recurring_in_text
from planparse.years import reference_year
from tests.deadline_table import FIELD_CASES, TEXT_CASES


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


@pytest.mark.parametrize(("expression", "start", "end"), FIELD_CASES, ids=[c[0] for c in FIELD_CASES])
def test_field_expression_window(expression: str, start: str | None, end: str | None) -> None:
    deadline = parse_deadline(expression, year=2021)
    assert deadline is not None
    assert (_iso(deadline.start), _iso(deadline.end)) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), TEXT_CASES, ids=[c[0][:20] for c in TEXT_CASES])
def test_prose_window(text: str, start: str | None, end: str | None) -> None:
    deadline = deadline_in_text(text, year=2021)
    got = (_iso(deadline.start), _iso(deadline.end)) if deadline else (None, None)
    assert got == (start, end)


@pytest.mark.parametrize("listed", ["国庆中秋期间", "中秋国庆双节期间", "“中秋”“国庆”双节前", "元旦、春节期间"])
def test_holidays_listed_in_prose_are_one_time_as_written(listed: str) -> None:
    deadline = deadline_in_text(f"在{listed}开展安全检查", year=2023)
    assert deadline is not None and deadline.raw == listed


def test_table_is_large_enough() -> None:
    assert len(FIELD_CASES) + len(TEXT_CASES) >= 150


@pytest.mark.parametrize(
    ("expression", "kind"),
    [
        ("2021年6月30日", "date"),
        ("2021年3月-6月", "window"),
        ("6月底前", "by"),
        ("春节期间", "window"),  # a week, not one day
        ("中秋节", "date"),
        ("3月起", "from"),
        ("即日起", "from"),
        ("立行立改", "from"),  # 整改方案: put right at once
        ("长期坚持", "ongoing"),
        ("持续推进", "ongoing"),
        ("常态化开展", "ongoing"),
        ("每月", "recurring"),
        ("每两个月", "recurring"),
        ("每季度", "recurring"),
        ("每学期开学前", "recurring"),
        ("每年12月", "recurring"),  # every December, not the December of the plan's year
        ("每年3月、9月", "recurring"),
        ("2021年3月起每月", "from"),  # dated first: from then on
        ("长期坚持，每季度报送一次", "ongoing"),  # what a time says first is its kind
        ("每月报送，长期坚持", "recurring"),
        ("按季度推进", "recurring"),
        ("定期开展", "recurring"),
        ("每月10日前，每季度5日前", "recurring"),
        ("X月下旬", "unknown"),
        ("待定", "unknown"),
    ],
)
def test_kind(expression: str, kind: str) -> None:
    deadline = parse_deadline(expression, year=2021)
    assert deadline is not None and deadline.kind == kind


@pytest.mark.parametrize(
    ("expression", "end"),
    [
        ("3个月内", "2021-07-10"),
        ("两年内", "2023-04-10"),  # not this year: 年内 counts from the issue here
        ("半年内完成", "2021-10-10"),
        ("印发之日起15日内", "2021-04-25"),
        ("10个工作日内", "2021-04-23"),  # weekends are not counted
        ("一周内", "2021-04-17"),
    ],
)
def test_a_span_within_counts_from_the_issue_date(expression: str, end: str) -> None:
    deadline = parse_deadline(expression, year=2021, issued=date(2021, 4, 10))
    assert deadline is not None and deadline.kind == "by" and _iso(deadline.end) == end


@pytest.mark.parametrize(("expression", "end"), [("本月25日前", "2021-04-25"), ("本月底前", "2021-04-30")])
def test_this_month_is_the_month_of_the_issue_date(expression: str, end: str) -> None:
    deadline = parse_deadline(expression, year=2021, issued=date(2021, 4, 10))
    assert deadline is not None and deadline.kind == "by" and _iso(deadline.end) == end
    assert deadline.raw == expression
    undated = parse_deadline(expression, year=2021)
    assert undated is not None and undated.end is None


def test_a_span_within_is_not_dated_without_the_issue_date() -> None:
    deadline = parse_deadline("两年内", year=2021)
    assert deadline is not None and deadline.kind == "unknown" and deadline.end is None


@pytest.mark.parametrize("value", ["——", "/", "无", "-"])
def test_a_field_left_blank_with_a_mark_names_no_deadline(value: str) -> None:
    assert parse_deadline(value, year=2021) is None


def test_placeholders_invent_no_dates() -> None:
    for expression in ("X月下旬", "XX月底", "×月", "X月X日", "202X年底前", "20XX年6月"):  # a year still to fill in too
        deadline = parse_deadline(expression, year=2021)
        assert deadline is not None
        assert deadline.placeholder and deadline.start is None and deadline.end is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [("每月开展一次全面检查。", "每月"), ("每季度召开调度会议", "每季度"), ("每周至少一次巡查", "每周"),
     ("发放补贴，标准为每月200元", None), ("按每年计算", None)],
)
def test_how_often_prose_says_work_is_done(text: str, raw: str | None) -> None:
    deadline = recurring_in_text(text)
    assert (deadline and (deadline.raw, deadline.kind)) == ((raw, "recurring") if raw else None)


def test_a_year_still_to_fill_in_dates_nothing_in_prose() -> None:
    deadline = deadline_in_text("计划于202X年底前建成投用。", year=2021)
    assert deadline is not None and deadline.placeholder and deadline.end is None


def test_holiday_window_is_fuzzy() -> None:
    deadline = parse_deadline("“十·一”前后", year=2019)
    assert deadline is not None and deadline.fuzzy
    assert deadline.start and deadline.end and deadline.start <= date(2019, 10, 1) <= deadline.end


@pytest.mark.parametrize(
    ("expression", "kind", "start", "end"),
    [
        ("“5·12”前后", "window", date(2024, 5, 5), date(2024, 5, 19)),
        ("2025年“3·15”当天", "date", date(2025, 3, 15), date(2025, 3, 15)),
        ("6·26前", "by", None, date(2024, 6, 26)),
    ],
)
def test_a_day_named_by_its_date(expression: str, kind: str, start: date | None, end: date) -> None:
    """Commemorations are written month·day (“5·12”防灾减灾日, “3·15”); the dot is no decimal point."""
    deadline = parse_deadline(expression, year=2024)
    assert deadline is not None and (deadline.kind, deadline.start, deadline.end) == (kind, start, end)


def test_from_the_issue_date_never_starts_after_the_end() -> None:
    deadline = parse_deadline("即日起至2021年12月31日", year=2024, issued=date(2024, 1, 5))
    assert deadline is not None and (deadline.kind, deadline.start, deadline.end) == ("by", None, date(2021, 12, 31))


def test_year_inference_is_reported() -> None:
    written = parse_deadline("2021年6月", year=2020)
    inferred = parse_deadline("6月", year=2020)
    assert written and not written.year_inferred
    assert inferred and inferred.year_inferred and inferred.start == date(2020, 6, 1)


def test_neighbouring_year_wins_over_document_year() -> None:
    deadline = parse_deadline("2019年7月—10月，9月下旬", year=2021)
    assert deadline and (deadline.start, deadline.end) == (date(2019, 7, 1), date(2019, 10, 31))


def test_raw_keeps_what_the_document_wrote() -> None:
    deadline = deadline_in_text("拟于二〇二一年九月下旬组织集中走访。", year=None)
    assert deadline and deadline.raw == "二〇二一年九月下旬"


def test_traditional_script() -> None:
    deadline = parse_deadline("2021年6月30日之前", year=None)
    assert deadline and deadline.end == date(2021, 6, 30)
    assert parse_deadline("6月底前", year=2021) == parse_deadline("6月底前", year=2021)


@pytest.mark.parametrize(
    ("lines", "title", "year"),
    [
        (["2021年3月1日"], None, 2021),
        (["（X办发〔2021〕XX号）"], None, 2021),
        (["庆祝新中国成立70周年系列活动"], None, 2019),
        (["庆祝中国共产党成立100周年"], None, 2021),
        (["纪念改革开放40周年"], None, 2018),
        (["庆祝建党百年"], None, 2021),
        (["在建军九十周年、建党 100 周年之际"], None, 2021),  # two in a line; the tie goes to the later year
        (["人民共和国成立七十周年华诞"], None, 2019),
        (["喜迎国庆70周年"], None, 2019),
        (["市水务局", "二○二一年七月"], None, 2021),  # a sign-off's year in words, its zero a circle
        (["一九九九年十月一日"], None, 1999),
        (["建党一百周年"], None, 2021),
        (["纪念改革开放 40 周年"], None, 2018),
        (["X政办发〔2020〕5号"], None, 2020),
        (["X政办发[2020]5号", "2020.3.1", "2021年"], None, 2020),
        (["编号12021年"], None, None),
        (["2020年工作回顾", "2021年3月", "2021年6月"], None, 2021),
        (["庆祝新中国成立70周年", "2018年以来"], None, 2019),
        ([], "2022年全区工作要点", 2022),
        (["6月底前完成摸底"], "优化营商环境三年行动方案（2024—2026年）", 2024),  # a range starts the plan
        (["2024年至2026年，每年新建学校2所"], None, 2024),
        (["2024-2026年", "2026年全面完成"], None, 2026),
        (["没有年份"], None, None),
        (["第一周", "3月1日-3月7日"], "2020-2021学年第二学期校历", 2021),  # a school year's second term is in its later year
        (["九月份"], "2020-2021学年第一学期工作计划", 2020),
        (["109學年 第1學期", "8月"], None, 2020),  # a Republic-of-China year adds 1911
        (["110学年度第2学期行事历"], None, 2022),
    ],
)
def test_reference_year(lines: list[str], title: str | None, year: int | None) -> None:
    assert reference_year(lines, title) == year


@given(st.text(max_size=60), st.one_of(st.none(), st.integers(1990, 2050)))
def test_any_string_gives_a_sane_deadline(text: str, year: int | None) -> None:
    for deadline in (parse_deadline(text, year), deadline_in_text(text, year)):
        if deadline is not None and deadline.start and deadline.end:
            assert deadline.start <= deadline.end


FRAGMENTS = ["2021年", "3月", "-", "至", "6月", "底", "前", "上旬", "日", "10", "十", "一", "次年", "X", "季度", "第", "起"]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=8))
def test_grammar_fragments_never_break(parts: list[str]) -> None:
    text = "".join(parts)
    for deadline in (parse_deadline(text, 2021), deadline_in_text(text, 2021)):
        if deadline is not None and deadline.start and deadline.end:
            assert deadline.start <= deadline.end


@pytest.mark.parametrize("year", [1995, 2015, 2024, 2031, 2050, 2088])
def test_lunar_holidays_are_dated_in_any_year(year: int) -> None:
    lunardate = pytest.importorskip("lunardate")  # a second calendar, to check the first
    lunar = {"春节": (1, 1), "元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中秋": (8, 15), "重阳": (9, 9)}
    for name, (month, day) in lunar.items():
        deadline = parse_deadline(f"{year}年{name}节前", year)
        assert deadline is not None and deadline.end == lunardate.LunarDate(year, month, day).to_solar_date(), (name, year)


def test_qingming_falls_on_its_solar_term() -> None:
    assert [parse_deadline(f"{year}年清明节前", year).end for year in (2024, 2026, 2031)] == [  # type: ignore[union-attr]
        date(2024, 4, 4), date(2026, 4, 5), date(2031, 4, 5)]


PROSE_FILLER = ["，组织全区党员干部开展学习教育活动", "。", "国庆节", "前", "后", "期间", "“", "”", "2019年", "年底", "上半年",
                "第三季度", "20日", "月", "日", " ", "    ", "各单位要高度重视认真组织实施确保取得实效", "今年", "半", "季", "X",
                "1", "3", "上", "年", "“十·一”", "季度末", "二〇", "十二", "号", ".", "/", "——", "2021"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(FRAGMENTS + PROSE_FILLER), max_size=30))
def test_scanning_around_anchors_finds_what_a_full_scan_finds(parts: list[str]) -> None:
    """Long prose is scanned only near the characters a date needs: never a different answer."""

    _same_as_a_full_scan("".join(parts))


def _same_as_a_full_scan(text: str) -> None:
    import planparse.date_text as scanning
    import planparse.dates as grammar

    def read(text: str) -> object:
        mapped = scanning.normalise(text)
        return mapped, grammar.find_points(mapped.text, in_prose=True), grammar.find_points(mapped.text, in_prose=False)

    near = read(text)
    windowed = scanning.matches_near
    try:
        scanning.matches_near = grammar.matches_near = lambda scan, text: scan.pattern.finditer(text)  # type: ignore[assignment]
        whole = read(text)
    finally:
        scanning.matches_near = grammar.matches_near = windowed
    assert near == whole


LONGEST_POINTS = [
    "2021   年   第   3   季度末",
    "今年   上半年",
    "2021   年度",
    "今年年底",
    "“十·一”   前后",
    "“国庆节”   期间",
    "中秋节   之际",
    "12   月份   31   日",
    "X月XX日",
    "2021   年   上半年",
    "“十·一节”   以前",
    "2021   年   12   、",
    "2021   年，",
    "31   日前",
    "二〇二一   年",
    "统一   十二   月",
    "于二十一   日",
    "于十二   号",
    "第   四   季度",
    "2021   .   12   .   31",
    "2021   .   12   .   31.",
    "2021   -   1   -   1",
    "2021   /   12",
    "31   号",
    "3月   ——————   6月",
    "10   月份   中下旬",
    "31   日以内",
    "2021   年   7   -   8   月",
    "2021   年   “国庆节”   前",
    "2021   年   第",
    "2021   年   “国庆",
    "2021   年   第   2   、   第   3   、   第   4   、   第   1   季度",
    "2021   年   第   二   、   第   三   、   第   四   、   第   一   季度",
    "2021   年   冬季学",
    "今年   暑假",
    "12.31   之前",
    "1.1   —   12.31",
]


@pytest.mark.parametrize("point", LONGEST_POINTS)
def test_the_longest_points_are_found_when_scanning_near_anchors(point: str) -> None:
    filler = "各单位要高度重视，认真组织实施，确保取得实效" * 3
    _same_as_a_full_scan(filler + point + filler)


@pytest.mark.parametrize(("text", "kind"), [
    ("推进垃圾分类工作，长期坚持。", "ongoing"),
    ("区文旅局负责，持续推进。", "ongoing"),
    ("持续推进垃圾分类工作。", None),  # opens the sentence as a verb
    ("持续开展秸秆禁烧巡查，长期坚持。（各乡镇负责）", "ongoing"),  # who does it, noted after
    ("开展秸秆禁烧巡查（长期坚持）", "ongoing"),
    ("开展秸秆禁烧巡查（各乡镇负责）", None),
    ("推进垃圾分类，6月底前完成，长期坚持。", "by"),  # a date wins
])
def test_an_item_that_ends_by_saying_it_never_ends_is_ongoing(text: str, kind: str | None) -> None:
    deadline = deadline_in_text(text, 2021)
    assert (deadline.kind if deadline else None) == kind


def test_next_year_counts_from_when_the_text_was_written_each_time_it_is_said() -> None:
    """A notice dated December 2022 issues the plan for 2023: its 明年 is 2023, however often said."""
    found = deadline_in_text("确保仓储区明年7月份建成、引导区明年11月份建成、明年年底全面完工", 2023, written=2022)
    assert found is not None and (found.start, found.end) == (date(2023, 7, 1), date(2023, 12, 31))
    alone = deadline_in_text("明年7月份建成；明年年底完工", 2023)
    assert alone is not None and (alone.start, alone.end) == (date(2024, 7, 1), date(2024, 12, 31))  # no date written: the plan's year
