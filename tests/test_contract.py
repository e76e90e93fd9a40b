"""The output contract: the published schema, round trips, and the catalogue of document shapes.

A case is tests/cases/AREA/NAME.txt with NAME.json beside it: a sentence saying the shape it
stands for, and what reading it must give (the title, the kind of document, and each activity's
number, title, units, officials and deadline). Only the keys the .json holds are compared. A
new shape is a new pair of files: set PLANPARSE_UPDATE_CASES=1 to write the .json of a new case
from what planparse reads now, then read it, put the shape in words, and commit it.
docs/shapes.md lists them all (python docs/generate.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from planparse import parse
from planparse.models import Plan
from planparse.writers import plan_json, schema_json

ROOT = Path(__file__).parent.parent
CASES = sorted((Path(__file__).parent / "cases").rglob("*.txt"))
ROLES = ("lead_units", "responsible_units", "cooperating_units", "lead_officials")


def test_published_schema_is_in_sync() -> None:
    assert (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8") == schema_json()


def reading(plan: Plan) -> dict[str, Any]:
    """What a case asserts of a plan, in the form its .json holds."""
    activities = []
    for a in plan.activities:
        item: dict[str, Any] = {"number": a.number, "title": a.title, **{role: getattr(a, role) for role in ROLES}}
        if a.category:
            item["category"] = a.category
        d = a.deadline
        item["deadline"] = {"raw": d.raw, "start": d.start and d.start.isoformat(), "end": d.end and d.end.isoformat()} if d else None
        activities.append(item)
    return {"title": plan.title, "doc_type": plan.doc_type, "activities": activities}


def _asserted(expected: Any, got: Any) -> Any:
    """`got` cut down to the keys `expected` holds, at every level."""
    if isinstance(expected, dict) and isinstance(got, dict):
        return {key: _asserted(value, got.get(key)) for key, value in expected.items()}
    if isinstance(expected, list) and isinstance(got, list) and len(expected) == len(got):
        return [_asserted(e, g) for e, g in zip(expected, got, strict=True)]
    return got


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(case: Path) -> None:
    got = reading(parse(case))
    expected_path = case.with_suffix(".json")
    if os.environ.get("PLANPARSE_UPDATE_CASES") and not expected_path.exists():
        expected_path.write_text(json.dumps({"shape": "", **got}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert expected.get("shape"), f"{case.name}: say in its .json which shape of document it stands for"
    expected.pop("shape")
    assert _asserted(expected, got) == expected


@pytest.mark.parametrize("path", [*sorted((ROOT / "samples").glob("*.txt")), *CASES], ids=lambda p: p.stem)
def test_round_trip_is_identical(path: Path) -> None:
    first = plan_json(parse(path))
    assert plan_json(Plan.model_validate_json(first)) == first
