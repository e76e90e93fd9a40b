"""Plain-text plans, decoded as encoding.py reads Chinese text, with the markup, the CSV and the
hard wraps that copies leave in them put right."""

from __future__ import annotations

import hashlib
import html
import re

from ..blocks import RawDocument, markdown_headings, text_blocks
from ..errors import DecodeError, InputError
from ..models import ParseWarning, Source
from .encoding import decode


def read_txt(data: bytes, path: str | None) -> RawDocument:
    try:
        text, encoding, warnings = decode(data)
    except DecodeError as exc:
        raise DecodeError(exc.reason, path) from None
    if not text.strip():
        raise InputError("empty file: there is no text to read", path)
    source = Source(path=path, format="txt", encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
    return text_document(text, source, warnings)


# Markup pasted into text (a Markdown file's HTML table, a page's source copied as it is): the
# table's rows become rows of cells set apart with |, as a text table is written; styles,
# scripts and comments are no text.
_MARKUP = re.compile(r"<(?:table|tr|td|th|p|br|div)\b", re.I)
_NO_TEXT = re.compile(r"<(style|script)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)
_ROW = re.compile(r"<tr\b.*?(?:</tr\s*>|(?=<tr\b)|$)", re.I | re.S)
_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)(?:</t[hd]\s*>|(?=<t[hd]\b)|$)", re.I | re.S)
_BREAK = re.compile(r"<(?:br|/p|/div|/h[1-6]|/li)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def _cell_text(cell: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", cell)).split())


def _table_rows(table: re.Match[str]) -> str:
    rows = (" | ".join(_cell_text(c) for c in _CELL.findall(row.group())) for row in _ROW.finditer(table.group()))
    return "\n" + "\n".join(row for row in rows if row.strip(" |")) + "\n"


def holds_markup(text: str) -> bool:
    return "<" in text and _MARKUP.search(text) is not None


def markup_as_text(text: str) -> str:
    """Text with the HTML it holds read as a reader sees it: tables as rows of cells, breaks as
    line ends, other tags gone."""
    if not holds_markup(text):
        return text
    text = _TABLE.sub(_table_rows, _NO_TEXT.sub("", text))
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", text)))


def text_document(text: str, source: Source, warnings: list[ParseWarning] | None = None) -> RawDocument:
    """Decoded plain text as a document: its lines, and the levels of its Markdown headings (the
    pipeline joins back the lines a wrap cut)."""
    text = markup_as_text(text)
    return RawDocument(text_blocks(text), source, warnings or [], headings=markdown_headings(text), plain_text=text)
