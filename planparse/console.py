"""What the terminal shows: progress while many files run, the summary after, a plan as a table.

rich is imported here only, and only by commands that draw something.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .models import Plan


class Tick(Protocol):
    def __call__(self, advance: int = 1) -> None: ...


@contextmanager
def progress(total: int, label: str = "parsing") -> Iterator[Tick]:
    """A progress bar on stderr (files done, rate, time left) for runs of more than one file,
    when stderr is a terminal; silent otherwise, so pipes and logs stay clean."""
    if total <= 1 or not sys.stderr.isatty():
        yield lambda advance=1: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total, rate="")

        def tick(advance: int = 1) -> None:
            bar.advance(task, advance)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.0f} files/s" if speed else "")

        yield tick


_NOT_A_PLAN = {
    "news": "a news report about work (it reports, it assigns nothing)",
    "notice": "a notice whose plan is not in this file (an attachment?)",
    "other": "not a plan (a summary, a report, minutes that assign nothing, rules or an explainer)",
}


def print_plan(plan: Plan) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    heading = plan.title or plan.source.path or "(untitled)"
    if plan.doc_type != "plan" and not plan.activities:
        console.print(f"{escape(heading)}: {_NOT_A_PLAN.get(plan.doc_type, 'not a plan')}; no activities to list.", highlight=False)
        return
    table = Table(title=escape(f"{heading}  ({plan.doc_type}, {len(plan.activities)} activities)"), title_justify="left", show_lines=True)
    columns = (("No.", "bold"), ("Activity", ""), ("Lead", "cyan"), ("Responsible", "green"), ("Cooperating", "blue"),
               ("Officials", "yellow"), ("Deadline", "magenta"))
    for column, style in columns:
        table.add_column(column, style=style or None, overflow="fold")
    for activity in plan.activities:
        deadline = activity.deadline
        when = ""
        if deadline:
            dated = deadline.start or deadline.end
            window = " … ".join(d.isoformat() if d else "" for d in (deadline.start, deadline.end)) if dated else deadline.kind
            when = f"{deadline.raw}\n{window}"
        cells = (activity.number or activity.id, activity.title, "、".join(activity.lead_units), "、".join(activity.responsible_units),
                 "、".join(activity.cooperating_units), "、".join(activity.lead_officials), when)
        table.add_row(*map(escape, cells))  # plan text holds [brackets] that rich would read as markup
    console.print(table)
    lines = [f"{w.code}: {w.message}" for w in plan.warnings]
    lines += [f"{a.number or a.id} {w.code}: {w.message}" for a in plan.activities for w in a.warnings]
    for line in lines:
        console.print(f"[yellow]warning[/yellow] {escape(line)}", highlight=False)
