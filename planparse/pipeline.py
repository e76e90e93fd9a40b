"""The public API: a document in, a Plan out. reader -> blocks -> outline -> activities -> Plan."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace

from .assembly import (
    addressed_to,
    build_activity,
    first_is_lead,
    merge_restated,
    settle_units,
)
from .blocks import Block, RawDocument
from .candidates import generic_items, reports_on_work
from .document import (
    Issuance,
    addressees,
    classify,
    find_title,
    issuance,
    issued_in_text,
    issued_plan_name,
    issues_no_plan,
    plan_evidence,
    split_closing,
    split_issuing_notice,
    split_masthead,
    title_and_number,
)
from .items import assigns_tasks
from .kinds import DocumentKind, Reading, kind_of, titled_kind
from .line_splits import split_asked_points, split_assigned_points, split_heading_from_its_first_point, split_listed_points, split_run_on
from .models import Activity, ParseWarning, Plan, Source
from .outline import Node
from .outline_passes import finished_outline
from .page_breaks import across_page_feet, stranded_markers
from .readers import read_bytes, read_path
from .readers.txt import text_document
from .sections import numbering_warnings, section_before, sections
from .selection import select_activities
from .tables import TaskTable, split_tables, table_activities, task_sheets
from .text_tables import box_rows, cells_from_lines, comma_rows, delimited_rows, may_hold_csv, terminated_cells
from .wrapping import full_lines, unwrap, unwrap_plain
from .years import reference_year


def parse(path: str | os.PathLike[str], keywords: bool = False) -> Plan:
    """Parse a plan document from disk (.txt, .docx; .doc/.wps/.rtf/.odt with LibreOffice).

    `keywords` adds up to five keywords to every activity (loads jieba's dictionary once).
    """
    return parse_document(read_path(path), keywords)


def parse_bytes(data: bytes, name: str | None = None, keywords: bool = False) -> Plan:
    """Parse a document held in memory; `name` tells the format when the content does not."""
    return parse_document(read_bytes(data, name), keywords)


def parse_text(text: str, keywords: bool = False) -> Plan:
    """Parse plan text that is already decoded. Any string gives a Plan."""
    source = Source(path=None, format="txt", encoding=None, sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    return parse_document(text_document(text, source), keywords)


# The lines put right before the outline is built, in this order: lines the copy joined split
# apart, then rows of cells gathered from the ways text writes tables (each new table numbered
# after those before it).
_LINE_PASSES: tuple[Callable[[list[Block]], list[Block]], ...] = (
    split_run_on, split_heading_from_its_first_point, split_listed_points, split_assigned_points, split_asked_points,
)
_TABLE_PASSES: tuple[Callable[[list[Block], int], list[Block]], ...] = (delimited_rows, terminated_cells, cells_from_lines)


def lines_of(document: RawDocument) -> list[Block]:
    blocks = box_rows(document.blocks, document.box_closes)
    if document.sheets:
        blocks = task_sheets(blocks, document.sheets)
    if (text := document.plain_text) is not None:
        if may_hold_csv(text):  # a spreadsheet saved as CSV: its rows, before they could be taken for wrapped lines
            blocks = comma_rows(blocks)
        blocks = unwrap_plain(text, blocks)  # plain text's lines, joined back where a fixed width cut them
    if document.full_lines is not None:  # a PDF's lines, joined back where the page's margin cut them, numbered as paragraphs
        unwrapped = unwrap(blocks, full_lines(document.full_lines), flush=document.flush_lines)
        blocks = [Block(b.text, number, b.cells, b.table) for number, b in enumerate(unwrapped, start=1)]
    blocks = stranded_markers(across_page_feet(blocks))
    for split in _LINE_PASSES:
        blocks = split(blocks)
    for gather in _TABLE_PASSES:
        blocks = gather(blocks, max((b.table for b in blocks if b.table is not None), default=0) + 1)
    return blocks


@dataclass(frozen=True)
class _Frame:
    """What stands around the plan's body: masthead, title, the notice that issues it, closing."""

    title: str | None
    masthead: list[Block]
    notice: list[Block]
    body: list[Block]
    closing: list[Block]
    issued: Issuance
    cover_only: bool  # a notice that issues a plan the file does not hold
    kind: DocumentKind | None  # the kind its title tells (minutes)


def _frame(blocks: list[Block]) -> _Frame:
    masthead, rest = split_masthead(blocks)
    title, title_blocks = find_title(rest)
    title, numbered = title_and_number(title)
    notice: list[Block] = []
    heading = rest[0].text.strip() if title_blocks else ""
    named_in_title = issued_plan_name(heading)
    plan_name = named_in_title or issued_in_text(rest[title_blocks:])
    cover_only = False
    if plan_name:  # a notice that issues a plan: the plan starts at its own title
        start = split_issuing_notice(rest[title_blocks:], plan_name)
        if start:
            notice = rest[title_blocks: title_blocks + start + 1]
            title_blocks += start + 1
            title = title or plan_name  # 现将《…方案》印发 under a page's own heading: the plan's title line follows the notice
        else:
            # the text says it issues a plan (现印发给你们) whose title no line holds: the plan is attached
            cover_only = issues_no_plan(rest[title_blocks:]) or not named_in_title
    issued = issuance(masthead + notice if notice else blocks)
    if numbered and not issued.doc_number:
        issued = replace(issued, doc_number=numbered)
    kind = titled_kind(title)
    body, closing = split_closing(rest[title_blocks:], kind.closes if kind else None)
    return _Frame(title, masthead, notice, body, closing, issued, cover_only, kind)


@dataclass(frozen=True)
class _Choice:
    """The items chosen as activities, and what chose them."""

    chosen: list[Node]
    doc_type: str
    kind: DocumentKind | None  # a kind that assigns work its own way chose them
    generic: bool  # no rule of a known shape chose: the items the document lists
    reading: Reading


def _choose(frame: _Frame, root: Node, lines: list[str], preamble: list[str], table_rows: bool) -> _Choice:
    title = frame.title
    salutation = addressees([block.text for block in root.blocks])
    # a plan whose tasks stand in a table: its numbered text around the table is no fallback list of tasks
    chosen = select_activities(root, plan_like=plan_evidence(title, preamble) and not table_rows)
    has_fields = table_rows or any(assigns_tasks(node) for node in root.walk() if node is not root)
    if frame.kind is not None:
        chosen = frame.kind.keep(chosen)  # minutes: a topic that names no one is a report heard
    reading = Reading(title, root, salutation)
    kind = kind_of(reading) if not chosen and not table_rows else None  # no plan's rule chose: a kind that assigns otherwise
    if kind is not None:
        chosen = kind.select(root)
        has_fields = has_fields or bool(chosen)
    if frame.cover_only:
        chosen = [node for node in chosen if assigns_tasks(node)]  # 一、强化责任落实…: how to carry it out, not its tasks
    generic = (
        not chosen and not table_rows and not frame.cover_only
        and classify(title, lines, preamble, False, has_fields) in ("plan", "other") and not reports_on_work(lines, root)
    )
    if generic:
        chosen = generic_items(root)  # no rule of a known shape chose: the items it lists, as a reader finds them
    doc_type = classify(title, lines, preamble, bool(chosen) or table_rows, has_fields)
    if frame.cover_only and not chosen and not table_rows:
        doc_type = "notice"
    return _Choice(chosen, doc_type, kind, generic, reading)


def _assemble(choice: _Choice, frame: _Frame, root: Node, task_tables: list[TaskTable], blocks: list[Block], year: int | None,
              keywords: bool) -> list[Activity]:
    """Each chosen item and each table row as an activity, in reading order, its units settled."""
    issued_on, salutation = frame.issued.issued_on, choice.reading.salutation
    kind = choice.kind or frame.kind
    shared = kind is None or kind.shared_fields
    activities = [build_activity(node, year, issued_on, frame.title, shared) for node in choice.chosen]
    for table in task_tables:
        first_line = table.rows[0][0].line if table.rows else 0
        activities, rows = merge_restated(activities, table_activities(table, year, section_before(root, first_line), issued_on))
        activities.extend(rows)
    activities.sort(key=lambda activity: activity.span.start_line)
    activities = first_is_lead([settle_units(a) for a in activities], [(block.line, block.text) for block in blocks])
    if kind is not None:
        activities = [kind.finish(a, choice.reading) for a in activities]
    if salutation:
        activities = [addressed_to(a, salutation) for a in activities]  # 请你单位牵头: the unit the notice is addressed to
    if keywords:
        from .segmenter import keywords_of

        activities = [a.model_copy(update={"keywords": keywords_of(f"{a.title}\n{a.content}")}) for a in activities]
    return activities


def parse_document(document: RawDocument, keywords: bool = False) -> Plan:
    """reader's blocks -> lines -> the frame round the body -> outline and task tables -> the
    activities chosen -> each assembled -> Plan."""
    blocks = lines_of(document)
    frame = _frame(blocks)
    text, task_tables = split_tables(frame.body)
    root = finished_outline(text, document.headings)
    lines = [block.text for block in blocks]
    preamble = [block.text for block in frame.masthead + frame.notice + root.blocks]
    year = reference_year(lines, frame.title) or (document.published.year if document.published else None)
    choice = _choose(frame, root, lines, preamble, any(table.rows for table in task_tables))
    doc_type, chosen = choice.doc_type, choice.chosen
    if doc_type in ("news", "other"):
        chosen, task_tables = [], []
        choice = replace(choice, chosen=chosen)
    activities = _assemble(choice, frame, root, task_tables, blocks, year, keywords)
    warnings = list(document.warnings)
    if doc_type == "plan":
        warnings.extend(numbering_warnings(root))
        if not activities:
            warnings.append(ParseWarning(code="no_activities", message="a plan, but no activity was found"))
        elif choice.generic:
            warnings.append(ParseWarning(code="generic_reading", message="no known shape of plan: the activities are the items it lists"))
    issued = frame.issued
    return Plan(
        source=document.source,
        title=frame.title,
        doc_type=doc_type,
        year=year,
        doc_number=issued.doc_number,
        issuer=issued.issuer,
        issued_on=issued.issued_on,
        preamble="\n".join(preamble if doc_type in ("plan", "notice") else [block.text for block in text]),
        sections=sections(root, chosen) if doc_type in ("plan", "notice") else [],
        activities=activities,
        closing="\n".join(block.text for block in frame.closing),
        warnings=warnings,
    )
