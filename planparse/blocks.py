"""What a reader hands on: paragraphs of text, each saying where it came from."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date

from .models import ParseWarning, Source

# Debris that converters leave in plain text: Word bookmarks, pandoc anchors, zero-width marks.
_DEBRIS = re.compile(r"\[bookmark:[^\]]*\]|\{#[^}]*\}|[\u200b\u200c\u200d\u2060\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u3000\u00a0\u2002\u2003]+$")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph (or table row) of the input."""

    text: str
    line: int  # 1-based: the line of a .txt, the paragraph number of a .docx
    cells: tuple[str, ...] = ()  # a table row's cell texts, in order
    table: int | None = None  # which table of the document the row belongs to


def table_row(cells: tuple[str, ...], line: int, table: int) -> Block:
    """A row of a table a reader found, its text the cells as the page shows them: a cell merged
    across several is read once."""
    shown = [cell.replace("\n", " ") for k, cell in enumerate(cells) if cell and (k == 0 or cell != cells[k - 1])]
    return Block(" ".join(shown), line, cells, table)


CELL_CLOSE = "|"  # a cell's end, as a table flattened one cell per line writes it: a bar on a line of its own


def is_cell_close(text: str) -> bool:
    return text.strip() in ("|", "｜")


CONTENTS = -1  # the outline level of a line of a table of contents: no heading, though it names one


@dataclass
class RawDocument:
    """A document as read, before any structure is found."""

    blocks: list[Block]
    source: Source
    warnings: list[ParseWarning] = field(default_factory=list)
    published: date | None = None  # a page's publish date: the year of a plan that names none
    # paragraph -> its outline level from the styles: 1–6 (or 9) for a heading, CONTENTS for a line of a table of contents
    headings: dict[int, int] = field(default_factory=dict)
    # plain text as decoded, one block per line: the pipeline joins back its wrapped lines and reads its CSV rows
    plain_text: str | None = None
    # the lines that reach the page's right margin (a PDF's): such a line that ends no sentence goes on into the next
    full_lines: frozenset[int] | None = None
    flush_lines: frozenset[int] = frozenset()  # and those that start at the text's left edge
    sheets: tuple[int, ...] = ()  # a workbook's: where in blocks each sheet after the first begins
    # the bars a reader set after each row of a table of one column (a box) of several rows, by
    # position in blocks: whether each row is a cell is the pipeline's call (text_tables.box_rows)
    box_closes: frozenset[int] = frozenset()


# Markdown, as converters and chat assistants write it: headings, bold, list marks, quotes and
# escaped punctuation. A list mark becomes a bullet, which lists an item but numbers none.
_MARKDOWN_OPENERS = tuple("#>-*+")  # bold is looked for only at the head of a line (**责任单位**：)
_MARKDOWN_HEAD = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?)")
_MARKDOWN_LIST = re.compile(r"^([ \t]*)[-*+][ \t]+(?=\S)")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\.\-*#+()\[\]_>|!`])")


def _without_markdown(line: str) -> str:
    line = _MARKDOWN_LIST.sub(r"\1• ", _MARKDOWN_HEAD.sub("", line).replace("**", ""))
    return _MARKDOWN_ESCAPE.sub(r"\1", line) if "\\" in line else line


_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def clean_line(line: str) -> str:
    if "[" in line or "{" in line or not line.isprintable():
        line = _DEBRIS.sub("", line)
    if "&" in line and _ENTITY.search(line):
        line = html.unescape(line)  # &nbsp; and &amp; left in text copied from a page's source
    return _TRAILING_SPACE.sub("", line) if line[-1:].isspace() else line


_MARKDOWN_HEADING = re.compile(r"[ \t]*(#{1,6})[ \t]+\S")


def markdown_headings(text: str) -> dict[int, int]:
    """Line -> level of the Markdown headings in `text` (## 活动安排 is a heading of level 2)."""
    if "#" not in text:
        return {}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    headings = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if line.lstrip(" \t")[:1] == "#" and (heading := _MARKDOWN_HEADING.match(line)):
            headings[number] = len(heading.group(1))
    return headings


# A table drawn with box characters (┌──┬──┐ / │序号│任务│), or in ASCII (+----+ / |序号|任务|):
# its rules carry no text, and its bars are the | of a row.
_BOX_BARS = str.maketrans("│┃║", "|||")
_BOX_RULE = re.compile(r"[ \t\u3000]*(?:[\u2500-\u257f][\u2500-\u257f \t\u3000]*|\+[-=+ ]*[-=][-=+ ]*\+)[ \t\u3000]*")


def _box_drawn(text: str) -> bool:
    return "│" in text or "┃" in text or "║" in text or ("+" in text and ("+-" in text or "+=" in text))  # one character is sought fastest


def _bar_cells(line: str) -> list[str] | None:
    stripped = line.strip(" \t\u3000")
    if not (stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3):
        return None
    return stripped[1:-1].split("|")


def _boxed_lines(lines: list[str]) -> list[tuple[int, str]]:
    """(index, line) of a text holding a drawn table: rules dropped; where rules also stand
    between the rows, the lines between two rules are one row whose cells wrapped, joined
    cell by cell (│1│推行企业开办，压缩开│ / │ │办时间至1个工作日│)."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        line = lines[i].translate(_BOX_BARS)
        if not _BOX_RULE.fullmatch(line):
            out.append((i, line))
            i += 1
            continue
        groups: list[list[tuple[int, str, list[str]]]] = []  # the runs of rows between the rules of one table
        while i < len(lines):
            line = lines[i].translate(_BOX_BARS)
            if _BOX_RULE.fullmatch(line):
                groups.append([])
            elif cells := _bar_cells(line):
                groups[-1].append((i, line, cells))
            else:
                break
            i += 1
        groups = [g for g in groups if g]
        for k, group in enumerate(groups):
            rows = [cells for _, _, cells in group]
            wrapped = (len(groups) >= 3 and k > 0) or all(not row[0].strip() for row in rows[1:])
            if len(rows) > 1 and wrapped and all(len(row) == len(rows[0]) for row in rows):
                cells = ["".join(row[c].strip() for row in rows) for c in range(len(rows[0]))]
                out.append((group[0][0], "|" + "|".join(cells) + "|"))
            else:
                out.extend((n, line) for n, line, _ in group)
    return out


# — 3 —, 第3页 共5页: the page numbers a document printed, left in text copied out of it
_PAGE_NUMBER_MAX = 16  # 第 12 页 共 30 页, with room for the spaces around it
PRINTED_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?)\s*$")


def text_blocks(text: str, first_line: int = 1) -> list[Block]:
    """One block per non-empty line, numbered as the lines of `text`; printed page numbers are
    no line of the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = "\\" in text  # pandoc's 1\. : looked for once per text
    bold = "**" in text  # 开展**重点**工作: bold in mid-line, likewise
    lines = text.split("\n")
    blocks: list[Block] = []
    for index, line in _boxed_lines(lines) if _box_drawn(text) else enumerate(lines):
        number = first_line + index
        marked = escaped or line.startswith(_MARKDOWN_OPENERS) or (bold and "**" in line)
        cleaned = clean_line(_without_markdown(line) if marked else line)
        if not cleaned.strip() or (len(cleaned) <= _PAGE_NUMBER_MAX and PRINTED_PAGE_NUMBER.match(cleaned)):
            continue
        if cleaned[:1] in "-—–" and (foot := PAGE_FOOT_BEFORE_TEXT.match(cleaned)) and (
            not blocks or blocks[-1].text.rstrip().endswith(_PARAGRAPH_ENDS)
        ):
            cleaned = cleaned[foot.end():]  # the page ended a paragraph; one it broke is joined back (wrapping)
        blocks.append(Block(cleaned, number))
    return blocks


# -1-建设和…: a page's number glued to the first line of the next page
PAGE_FOOT_BEFORE_TEXT = re.compile(r"[-—–]\s*\d{1,3}\s*[-—–]\s*(?=[\u4e00-\u9fff])")
_PARAGRAPH_ENDS = tuple("。！？!?；;：:")


_HAN_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_LEGIBLE_SHARE = 0.8  # a Chinese plan's letters are nearly all Chinese characters or Latin letters


def legible(text: str) -> bool:
    """Whether text reads as a document rather than bytes decoded as noise: most of its letters
    are Chinese characters or Latin letters (code units at random are under half such)."""
    letters = sum(1 for ch in text if ch.isalpha())
    return letters < 20 or len(_HAN_OR_LATIN.findall(text)) >= _LEGIBLE_SHARE * letters


def whole_number(value: str | None, default: int, high: int, low: int = 0) -> int:
    """An integer attribute of markup (Word's XML, a page's table) as its format allows it:
    clamped to [low, high]; the default when absent or not a number (a 5,000-digit value is not
    converted at all)."""
    if value is None:
        return default
    text = value.strip()
    digits = text[1:] if text[:1] in "+-" else text
    if not digits.isdigit() or not digits.isascii():
        return default
    if len(digits) > 12:
        return high if text[:1] != "-" else low
    return min(max(int(text), low), high)
