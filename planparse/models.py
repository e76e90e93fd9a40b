"""The output contract: what other systems read. Renaming a field needs a SCHEMA_VERSION bump."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# 1.1: Activity.and_others, generic_units, keywords; Section.content. 1.2: Plan.doc_number, issuer,
# issued_on. 1.3: Source.format xlsx. 1.4: the warning generic_reading.
SCHEMA_VERSION = "1.4"

DocType = Literal["plan", "notice", "news", "other"]
DeadlineKind = Literal["date", "window", "by", "from", "ongoing", "recurring", "unknown"]
Precision = Literal["day", "xun", "month", "quarter", "half", "year"]
Role = Literal["lead_units", "responsible_units", "cooperating_units", "lead_officials"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """Where a thing stands in the input: lines of a .txt, paragraph numbers of a .docx."""

    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)


class ParseWarning(_Model):
    """Something planparse is unsure of; `code` is stable, so users can filter on it."""

    code: Literal[
        "no_units",
        "no_deadline",
        "deadline_unparsed",
        "deadline_without_year",
        "placeholder_deadline",
        "unknown_label",
        "numbering_gap",
        "duplicate_number",
        "no_activities",
        "generic_reading",
        "decode_replaced",
    ]
    message: str
    span: Span | None = None


class Deadline(_Model):
    """A time expression as written (`raw`) and the ISO window it names."""

    raw: str
    start: date | None = None
    end: date | None = None
    kind: DeadlineKind = "unknown"
    precision: Precision | None = None
    fuzzy: bool = False
    placeholder: bool = False
    year_inferred: bool = False
    source: Literal["field", "text"] = "field"


class Activity(_Model):
    """One numbered task of the plan, with who does it and by when."""

    id: str = Field(description="Stable outline path, e.g. 2.1.3")
    number: str | None = Field(description="The marker as printed, e.g. （一） or 3.")
    section: str | None = Field(description="Title of the top-level heading it sits under")
    category: str | None = Field(description="Title of the group heading it sits under")
    title: str
    content: str = Field(description="The whole item text, marker removed; or its labelled description (活动内容：…)")
    lead_units: list[str] = []
    responsible_units: list[str] = []
    cooperating_units: list[str] = []
    lead_officials: list[str] = Field(default=[], description="People, not units")
    and_others: list[Role] = Field(default=[], description="Roles whose list ends with 等: the document names more than it lists")
    generic_units: list[str] = Field(default=[], description="Names above that are collective phrases (各有关单位), as written")
    deadline: Deadline | None = None
    fields: dict[str, str] = Field(default={}, description="Every labelled value, raw, by label")
    span: Span
    keywords: list[str] = Field(default=[], description="Up to five keywords, when asked for")
    warnings: list[ParseWarning] = []


class Section(_Model):
    """A top-level heading of the plan."""

    number: str | None
    title: str
    kind: Literal["activities", "guidance", "requirements", "schedule", "other"]
    content: str = Field(default="", description="Its text that no activity holds, the heading line first")
    span: Span


class Source(_Model):
    path: str | None = Field(description="As given; null for text passed in memory or stdin")
    format: Literal["txt", "docx", "html", "pdf", "xlsx"]
    encoding: str | None = None
    sha256: str


class Plan(_Model):
    """A plan document as structured data."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    title: str | None
    doc_type: DocType
    year: int | None = Field(description="Reference year given to dates written without one")
    doc_number: str | None = Field(default=None, description="文号 of the issuing document, e.g. X政办发〔2023〕1号")
    issuer: str | None = Field(default=None, description="Who signed the document (落款), as written")
    issued_on: date | None = Field(default=None, description="The date the document was issued (成文日期)")
    preamble: str = Field(default="", description="Text before the first numbered item")
    sections: list[Section] = []
    activities: list[Activity] = []
    closing: str = Field(default="", description="Contacts, attachments, sign-off after the body")
    warnings: list[ParseWarning] = []
