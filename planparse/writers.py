"""Plans rendered for other systems (JSON, JSONL) and for people (CSV)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

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
    try:
        return plan.model_dump_json(indent=indent)
    except PydanticSerializationError:  # a file name in bytes no encoding reads, kept as surrogate escapes
        separators = (",", ": ") if indent is not None else (",", ":")
        return escape_surrogates(json.dumps(plan.model_dump(mode="json"), ensure_ascii=False, indent=indent, separators=separators))


_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(json_text: str) -> str:
    """JSON text with each lone surrogate written as its escape (\\udcb9): valid UTF-8 that a JSON
    reader turns back into the same string, so a name in GBK bytes on a UTF-8 system survives."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def shown_path(path: str) -> str:
    """A path for people (a ledger's cell, a message): bytes no encoding reads shown as \\xb9."""
    return path if not _SURROGATE.search(path) else path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def plan_from_json(text: str | bytes) -> Plan:
    """A Plan read back from planparse's own JSON (which may escape lone surrogates, as above)."""
    try:
        return Plan.model_validate_json(text)
    except ValidationError:
        return Plan.model_validate(json.loads(text))


def plans_json(plans: list[Plan], array: bool = True) -> str:
    """An array of Plans, or with `array` False (one file asked for) the one Plan as an object:
    the shape follows what was asked, never how many files a folder happened to hold."""
    if not array and len(plans) == 1:
        return plan_json(plans[0])
    return "[\n" + ",\n".join(plan_json(p) for p in plans) + "\n]"


def plan_jsonl(plan: Plan) -> str:
    return plan_json(plan, indent=None) + "\n"


def activity_row(plan: Plan, activity: Activity) -> dict[str, str]:
    deadline = activity.deadline
    return {
        "source": shown_path(plan.source.path) if plan.source.path else "-",
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
