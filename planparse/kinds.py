"""Kinds of document that assign work without being laid out as a plan: minutes, a 督办 notice,
a notice that asks its addressee for tasks, a letter. Where a plan's rules chose no activity,
the first kind whose `detect` holds chooses them (`select`), and each task it gives takes what
the kind implies (`finish`): an asking notice's tasks are its addressee's. Minutes are known by
their title, before their outline is read: they also end with who attended (`closes`), keep of a
plan's choice only the topics that assign work (`keep`), and their meeting's fields are no task's
(`shared_fields`).

A new kind is a new row of KINDS, in the order they are tried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .assembly import asked_for, named_by_topic
from .document import attendance, is_letter, is_minutes
from .models import Activity
from .outline import Node
from .selection import asks_the_addressee, assigning_decisions, hands_a_matter, select_asked, select_decisions, select_matter


@dataclass(frozen=True)
class Reading:
    """What a kind's rules see of a document."""

    title: str | None
    root: Node
    salutation: list[str]  # the units the document is addressed to


def _as_is(activity: Activity, _reading: Reading) -> Activity:
    return activity


def _all(chosen: list[Node]) -> list[Node]:
    return chosen


@dataclass(frozen=True)
class DocumentKind:
    name: str
    detect: Callable[[Reading], bool]
    select: Callable[[Node], list[Node]]
    finish: Callable[[Activity, Reading], Activity] = _as_is
    keep: Callable[[list[Node]], list[Node]] = _all  # of what a plan's rules chose, what the kind keeps
    shared_fields: bool = True  # whether the fields above the first item hold for every task
    closes: Callable[[str], bool] | None = None  # a line that opens its closing, besides contacts and sign-offs


# minutes assign their decisions in prose, each topic named as a ledger names it; who attended closes them
MINUTES = DocumentKind("minutes", lambda r: is_minutes(r.title), select_decisions, lambda a, r: named_by_topic(a),
                       keep=assigning_decisions, shared_fields=False, closes=attendance)


KINDS: tuple[DocumentKind, ...] = (
    MINUTES,
    # a 督办通知 in prose: its numbered matters that each say who settles them, or its one matter and the unit to settle it
    DocumentKind("matter", lambda r: hands_a_matter(r.title), lambda root: select_decisions(root) or select_matter(root)),
    # 县水利局： / 一、请你局牵头…: a notice that hands its addressee tasks, each the addressee's
    DocumentKind("asking notice", lambda r: bool(r.salutation) and asks_the_addressee(r.root), select_asked,
                 lambda a, r: asked_for(a, r.salutation)),
    # 关于…的函 / 县交通运输局： / 请你局…于7月20日前完成…: the letter's one matter
    DocumentKind("letter", lambda r: bool(r.salutation) and is_letter(r.title), select_matter),
)


def titled_kind(title: str | None) -> DocumentKind | None:
    """The kind a document's title alone tells (minutes), known before its outline is read."""
    return MINUTES if is_minutes(title) else None


def kind_of(reading: Reading) -> DocumentKind | None:
    """The first kind the document reads as, or None."""
    return next((kind for kind in KINDS if kind.detect(reading)), None)
