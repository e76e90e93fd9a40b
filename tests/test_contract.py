"""The output contract: the published schema, round trips, and the catalogue of document shapes.

A case is tests/cases/AREA/NAME.txt with NAME.json beside it: a sentence saying the shape it
stands for, and what reading it must give (most often the title, the kind of document, and each
activity's number, title, units, officials and deadline; any key of `reading` below may be
asserted). Only the keys the .json holds are compared. A
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
    """What a case may assert of a plan, in the form its .json holds (a case holds a part of it)."""
    activities = []
    for a in plan.activities:
        d = a.deadline
        activities.append({
            "id": a.id, "number": a.number, "section": a.section, "category": a.category, "title": a.title,
            **{role: getattr(a, role) for role in ROLES},
            "deadline": {"raw": d.raw, "start": d.start and d.start.isoformat(), "end": d.end and d.end.isoformat(), "kind": d.kind}
            if d else None,
            "fields": a.fields, "content": a.content, "warnings": [w.code for w in a.warnings],
            "span": {"start_line": a.span.start_line, "end_line": a.span.end_line},
        })
    return {
        "title": plan.title, "doc_type": plan.doc_type, "year": plan.year, "doc_number": plan.doc_number, "issuer": plan.issuer,
        "issued_on": plan.issued_on and plan.issued_on.isoformat(),
        "preamble": plan.preamble, "sections": [{"number": s.number, "title": s.title, "kind": s.kind} for s in plan.sections],
        "activities": activities, "closing": plan.closing, "warnings": [w.code for w in plan.warnings],
    }


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
        brief = {"shape": "", "title": got["title"], "doc_type": got["doc_type"], "activities": [
            {key: a[key] for key in ("number", "title", *ROLES, "deadline")} for a in got["activities"]]}
        expected_path.write_text(json.dumps(brief, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert expected.get("shape"), f"{case.name}: say in its .json which shape of document it stands for"
    expected.pop("shape")
    expected.pop("text_only", None)  # where the case is read (tests/catalogue.py), not what it reads as
    assert _asserted(expected, got) == expected


@pytest.mark.parametrize("path", [*sorted((ROOT / "samples").glob("*.txt")), *CASES], ids=lambda p: p.stem)
def test_round_trip_is_identical(path: Path) -> None:
    first = plan_json(parse(path))
    assert plan_json(Plan.model_validate_json(first)) == first
