"""Plans rendered for other systems (JSON, JSONL) and for people (CSV)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from .models import Activity, Plan

#: The CSV ledger's columns, in order: part of the interface, like the JSON field names.
CSV_COLUMNS = (
    "source", "id", "number", "section", "category", "title",
    "lead_units", "responsible_units", "cooperating_units", "lead_officials",
    "deadline_raw", "deadline_start", "deadline_end", "deadline_kind",
    "warnings", "content",
)
LIST_JOINER = "、"


def plan_json(plan: Plan, indent: int | None = 2) -> str:
    return plan.model_dump_json(indent=indent)


def plans_json(plans: list[Plan], array: bool = True) -> str:
    """An array of Plans, or with `array` False (one file asked for) the one Plan as an object:
    the shape follows what was asked, never how many files a folder happened to hold."""
    if not array and len(plans) == 1:
        return plan_json(plans[0])
    return "[\n" + ",\n".join(plan_json(p) for p in plans) + "\n]"


def plan_jsonl(plan: Plan) -> str:
    return plan.model_dump_json() + "\n"


def activity_row(plan: Plan, activity: Activity) -> dict[str, str]:
    deadline = activity.deadline
    return {
        "source": plan.source.path or "-",
        "id": activity.id,
        "number": activity.number or "",
        "section": activity.section or "",
        "category": activity.category or "",
        "title": activity.title,
        "lead_units": LIST_JOINER.join(activity.lead_units),
        "responsible_units": LIST_JOINER.join(activity.responsible_units),
        "cooperating_units": LIST_JOINER.join(activity.cooperating_units),
        "lead_officials": LIST_JOINER.join(activity.lead_officials),
        "deadline_raw": deadline.raw if deadline else "",
        "deadline_start": deadline.start.isoformat() if deadline and deadline.start else "",
        "deadline_end": deadline.end.isoformat() if deadline and deadline.end else "",
        "deadline_kind": deadline.kind if deadline else "",
        "warnings": " ".join(w.code for w in activity.warnings),
        "content": activity.content,
    }


def csv_text(plans: Iterable[Plan], header: bool = True) -> str:
    """One row per activity of every plan; lists joined with 、."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")  # plain rows: DictWriter checks every row's keys
    if header:
        writer.writerow(CSV_COLUMNS)
    writer.writerows(activity_row(plan, activity).values() for plan in plans for activity in plan.activities)
    return buffer.getvalue()


def schema_json() -> str:
    return json.dumps(Plan.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
