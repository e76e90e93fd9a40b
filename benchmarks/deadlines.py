"""planparse's deadline normaliser against JioNLP's parse_time, on the same hand-written table.

    pip install -e '.[bench]'      # JioNLP is a benchmark extra, never a runtime dependency
    python benchmarks/deadlines.py [-v]

Both get each expression of tests/deadline_table.py (FIELD_CASES) with 2021 as the reference
year and are scored on the ISO start and end they give. Scoring is lenient to both: where the
table leaves the start open (6月底前), any start is accepted as long as the end is right (JioNLP
fills in its time base); where the table names no date (长期坚持, X月下旬), a parser is right when
it invents none; a window around a day (七一前后) is right when it holds the day and spans at most
31 days, as in the gold annotations. Time per expression excludes imports and JioNLP's dictionary load.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planparse.deadlines import parse_deadline
from tests.deadline_table import FIELD_CASES

Window = tuple[str | None, str | None]
BASE = datetime(2021, 1, 1)


def planparse_window(expression: str) -> Window:
    deadline = parse_deadline(expression, year=2021)
    if deadline is None:
        return None, None
    return (deadline.start.isoformat() if deadline.start else None, deadline.end.isoformat() if deadline.end else None)


def jionlp_parser() -> Callable[[str], Window]:
    import logging

    import jionlp

    logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for every string it refuses

    base = time.mktime(BASE.timetuple())

    def window(expression: str) -> Window:
        try:
            result = jionlp.parse_time(expression, time_base=base)
        except Exception:  # JioNLP raises ValueError, and others, for what it cannot read
            return None, None
        times = result.get("time") if isinstance(result, dict) else None
        if not isinstance(times, list) or len(times) != 2 or not all(isinstance(t, str) for t in times):
            return None, None  # durations and periodic results name no window
        start, end = (t[:10] if t and not t.startswith("inf") and not t.startswith("-inf") else None for t in times)
        return start, end

    return window


def right(expression: str, expected: Window, got: Window) -> bool:
    (start, end), (got_start, got_end) = expected, got
    if "前后" in expression and start and end and got_start and got_end:
        # like the gold annotations: any window of at most 31 days around the day will do
        centre = date.fromordinal((date.fromisoformat(start).toordinal() + date.fromisoformat(end).toordinal()) // 2)
        first, last = date.fromisoformat(got_start), date.fromisoformat(got_end)
        return first <= centre <= last and (last - first).days <= 31
    if start is None and end is None:
        return got_start is None and got_end is None
    if start is None:
        return got_end == end
    return (got_start, got_end) == (start, end)


def run(name: str, window: Callable[[str], Window], verbose: bool) -> tuple[float, float]:
    results = [window(expression) for expression, _, _ in FIELD_CASES]  # warm-up and answers
    began = time.perf_counter()
    for _ in range(3):
        for expression, _, _ in FIELD_CASES:
            window(expression)
    per_expression = (time.perf_counter() - began) / (3 * len(FIELD_CASES))
    correct = 0
    for (expression, start, end), got in zip(FIELD_CASES, results, strict=True):
        ok = right(expression, (start, end), got)
        correct += ok
        if verbose and not ok:
            print(f"  {name} wrong: {expression!r} want {start}..{end} got {got[0]}..{got[1]}")
    return correct / len(FIELD_CASES), per_expression


def main() -> None:
    verbose = "-v" in sys.argv
    print(f"{len(FIELD_CASES)} expressions, reference year {BASE.year} (tests/deadline_table.py)")
    print(f"{'parser':10} {'exactly right':>14} {'time per expression':>21}")
    rows = [("planparse", planparse_window)]
    try:
        rows.append(("JioNLP", jionlp_parser()))
    except ImportError:
        print("JioNLP is not installed: pip install -e '.[bench]'")
    for name, window in rows:
        share, seconds = run(name, window, verbose)
        print(f"{name:10} {share:13.1%} {seconds * 1e6:17.1f} µs")


if __name__ == "__main__":
    main()
