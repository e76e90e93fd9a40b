"""planparse: Chinese plan documents (活动方案, 实施方案, 工作要点, …) as structured data.

    >>> from planparse import parse_text
    >>> plan = parse_text("1.召开动员大会。\\n牵头单位：办公室\\n完成时限：2021年3月底前")
    >>> plan.activities[0].lead_units
    ['办公室']

Names are imported on first use, so `planparse --help` does not pay for pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .errors import PlanparseError
    from .models import Activity, Deadline, Plan
    from .pipeline import parse, parse_bytes, parse_text

__all__ = ["Activity", "Deadline", "Plan", "PlanparseError", "__version__", "parse", "parse_bytes", "parse_text"]

_HOMES = {
    "parse": "pipeline", "parse_bytes": "pipeline", "parse_text": "pipeline",
    "Plan": "models", "Activity": "models", "Deadline": "models",
    "PlanparseError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'planparse' has no attribute {name!r}")
