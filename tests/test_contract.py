"""The output contract: the published schema, round trips, and plans written as case files.

A case is tests/cases/NAME.txt with NAME.json beside it (the expected Plan, without the
source's volatile fields). A new case is a new pair of files; set PLANPARSE_UPDATE_CASES=1 to
write the .json of a new case, then read it before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from planparse import parse
from planparse.models import Plan
from planparse.writers import plan_json, schema_json

ROOT = Path(__file__).parent.parent
CASES = sorted((Path(__file__).parent / "cases").glob("*.txt"))


def test_published_schema_is_in_sync() -> None:
    assert (ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8") == schema_json()


def _comparable(plan: Plan) -> dict[str, object]:
    data = json.loads(plan_json(plan))
    data.pop("source")
    return data


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_case(case: Path) -> None:
    got = _comparable(parse(case))
    expected_path = case.with_suffix(".json")
    if os.environ.get("PLANPARSE_UPDATE_CASES") and not expected_path.exists():
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [*sorted((ROOT / "samples").glob("*.txt")), *CASES], ids=lambda p: p.stem)
def test_round_trip_is_identical(path: Path) -> None:
    first = plan_json(parse(path))
    assert plan_json(Plan.model_validate_json(first)) == first
