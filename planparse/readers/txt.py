"""Plain-text plans: UTF-8 (with or without BOM), UTF-16, GB18030/GBK, or a mix of lines; and Big5,
which GBK would read without an error as nonsense."""

from __future__ import annotations

import codecs
import hashlib
import html
import re

from ..blocks import RawDocument, markdown_headings, text_blocks
from ..errors import DecodeError, InputError
from ..models import ParseWarning, Source
from ..reflow import comma_rows, may_hold_csv
from ..wrapping import unwrap_plain

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 200)


_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u201f\u00b7\s!-~]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: accepted when nearly every character is Chinese, ASCII or
    common punctuation, which random bytes with NULs in them never are."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and len(_PLAUSIBLE.findall(text)) >= 0.95 * len(text) and _looks_like_text(text):
            return text
    return None


def decode(data: bytes) -> tuple[str, str, list[ParseWarning]]:
    """Text, the encoding it was read in, and a warning when some lines needed another one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16", []
        raise DecodeError("binary data, not text (it holds NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_like_text(text):
            raise DecodeError("binary data, not text (it holds control characters)")
        return text, "utf-8", []
    return _decode_legacy(data)


# Kana, bopomofo, Greek, Cyrillic and private-use characters: a Chinese plan holds next to none,
# but Big5 bytes read as GBK turn into them by the dozen (ㄢ, カ, э)
_MISREAD = re.compile(r"[\u3040-\u30ff\u3100-\u312f\u0370-\u03ff\u0400-\u04ff\ue000-\uf8ff]")
_MISREAD_SHARE = 0.1


def _misread(text: str) -> bool:
    wide = sum(1 for ch in text if ord(ch) > 127)
    return wide > 0 and len(_MISREAD.findall(text)) > _MISREAD_SHARE * wide


def _big5(data: bytes) -> str | None:
    """The text of a file in Big5 (as Windows writes it, cp950), or None if it is not."""
    try:
        text = data.decode("cp950")
    except UnicodeDecodeError:
        return None
    return text if _looks_like_text(text) and not _misread(text) else None


def _decode_legacy(data: bytes) -> tuple[str, str, list[ParseWarning]]:
    """GB18030 covers GBK and GB2312; a file pasted together from both gets decoded line by line.
    Big5 bytes decode as GBK too, into kana and Cyrillic where Chinese was written: such a text is
    read as Big5 when it decodes as such."""
    lines = data.split(b"\n")
    utf8_lines = 0
    for line in lines:
        if not line.isascii():
            try:
                line.decode("utf-8")
                utf8_lines += 1
            except UnicodeDecodeError:
                pass
    if utf8_lines == 0:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            big5 = _big5(data)
            if big5 is None:
                raise DecodeError("not UTF-8, UTF-16, GB18030/GBK or Big5 text") from None
            return big5, "big5", []
        if not _looks_like_text(text):
            raise DecodeError("binary data, not text (it holds control characters)")
        if _misread(text) and (big5 := _big5(data)) is not None:
            return big5, "big5", []
        return text, "gb18030", []
    decoded, replaced = [], 0
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(line.decode("gb18030", errors="replace"))
            replaced += 1
    warning = ParseWarning(
        code="decode_replaced",
        message=f"{replaced} line(s) are not UTF-8 and were read as GB18030",
    )
    return "\n".join(decoded), "utf-8+gb18030", [warning]


def read_txt(data: bytes, path: str | None) -> RawDocument:
    text, encoding, warnings = decode(data)
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


def markup_as_text(text: str) -> str:
    """Text with the HTML it holds read as a reader sees it: tables as rows of cells, breaks as
    line ends, other tags gone."""
    if "<" not in text or not _MARKUP.search(text):
        return text
    text = _TABLE.sub(_table_rows, _NO_TEXT.sub("", text))
    return html.unescape(_TAG.sub("", _BREAK.sub("\n", text)))


def text_document(text: str, source: Source, warnings: list[ParseWarning] | None = None) -> RawDocument:
    """Decoded plain text as a document: its lines, joined back where it was wrapped, and the
    levels of its Markdown headings."""
    text = markup_as_text(text)
    blocks = text_blocks(text)
    if may_hold_csv(text):  # a spreadsheet saved as CSV: its rows, before they could be taken for wrapped lines
        blocks = comma_rows(blocks)
    return RawDocument(unwrap_plain(text, blocks), source, warnings or [], headings=markdown_headings(text))
