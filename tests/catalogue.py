"""The catalogue of document shapes: tests/cases/AREA/NAME.txt, each with NAME.json beside it."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).parent / "cases"


def cases(every_layout: bool = False) -> list[Path]:
    """Every case's text; with `every_layout`, those also read after rendering into .docx, web
    pages, PDF and wrapped text (a case marked "text_only" is a shape of text alone)."""
    found = sorted(ROOT.rglob("*.txt"))
    if not every_layout:
        return found
    return [path for path in found if not json.loads(path.with_suffix(".json").read_text(encoding="utf-8")).get("text_only")]
