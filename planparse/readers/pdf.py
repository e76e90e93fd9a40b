"""PDFs with a text layer, read with pypdf.

pypdf was chosen by measurement (benchmarks/pdf.py): on Chinese plans it extracts the same text
as pdfplumber, seven times faster. Where each glyph stands tells what the layout did: which
lines reach the right margin (the next line's first word would not have fitted) and which start
at the left one, for the pipeline to join the lines the margin broke; where a space pypdf guessed
is none. Ruled tables come as rows of cells (pdf_tables.py). Page numbers (`- 3 -`, `第3页`,
`3/10`) and running heads at one height on most pages are dropped. A PDF with no text layer (a
scan) is refused: planparse does no OCR.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from ..blocks import CELL_CLOSE, PRINTED_PAGE_NUMBER, Block, RawDocument, clean_line, table_row
from ..errors import CorruptDocumentError, InputError
from ..models import Source
from .pdf_tables import RuledTable, first_unit, glyphs_width, ruled_tables
from .txt import holds_markup, text_document

_PAGE_FRACTION = re.compile(r"^\s*\d+\s*/\s*\d+\s*$")  # 3/10, as a PDF's footer prints it
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a page number at a page's edge, a row number elsewhere
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


@dataclass(slots=True)
class _Line:
    text: str
    left: float = 0.0  # where its first glyph starts, in page units
    right: float = 0.0  # where its last glyph ends
    em: float = 0.0  # its font size
    top: float = 0.0  # its baseline, from the top of the page
    full: bool = False  # it reaches the page's right margin
    flush: bool = False  # it starts at the page's left margin


@dataclass(slots=True)
class _Run:
    text: str
    x: float
    top: float
    em: float
    space: str  # the space before it: "" none, "glyph" one the page prints, "guess" one pypdf put where glyphs stand apart


_RULING = (b"l", b"re")  # a line drawn, a rectangle (Word fills thin ones for a table's borders)
_RULED = 6  # strokes enough on a page to look for a ruled table there
_RULED_MAX = 5000  # and past this many the page is a drawing (a map, a chart), no table: not measured
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_SPACE_IS_A_GAP = 1.5  # ems: a guessed space between Chinese and Latin glyphs standing closer is none (a typed one is a glyph)


def _page_lines(page: Any) -> tuple[list[_Line], bool]:
    """A page's lines as pypdf extracts them, each with where it starts and ends. pypdf guesses a
    space wherever the font switches between Chinese and Latin (`5 年内`, `3 号`): such a space is
    dropped unless the glyphs stand apart."""
    lines: list[list[_Run]] = [[]]
    space = ""
    height = float(page.mediabox.height)
    strokes = 0

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        nonlocal space
        a, b, _, _, x, y = _times(tm, cm)
        em = size * (math.hypot(a, b) or 1.0)
        for k, piece in enumerate(text.split("\n")):
            if k:
                lines.append([])
                space = ""
            if piece.strip():
                lines[-1].append(_Run(piece.strip(), x, height - y, em, "glyph" if piece[:1].isspace() else space))
                space = "glyph" if piece[-1:].isspace() else ""
            elif piece:
                space = space or "guess"

    def count(operator: bytes, *_: Any) -> None:
        nonlocal strokes
        strokes += operator in _RULING

    page.extract_text(visitor_text=visit, visitor_operand_before=count)
    return [_joined(runs) for runs in lines], _RULED <= strokes <= _RULED_MAX


def _times(m: list[float], n: list[float]) -> tuple[float, float, float, float, float, float]:
    """The product of two PDF matrices [a b c d e f]: where text space lands on the page."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u


def _joined(runs: list[_Run]) -> _Line:
    if not runs:
        return _Line("")
    parts = [runs[0].text]
    for previous, run in pairwise(runs):
        if run.space == "glyph":
            parts.append(" ")
        elif run.space:
            gap = run.x - previous.x - glyphs_width(previous.text, previous.em)
            between_scripts = bool(_CJK.match(previous.text[-1])) != bool(_CJK.match(run.text[0]))
            if not (between_scripts and gap < _SPACE_IS_A_GAP * run.em):
                parts.append(" ")
        parts.append(run.text)
    last = runs[-1]
    return _Line("".join(parts), runs[0].x, last.x + glyphs_width(last.text, last.em), last.em, runs[0].top)


def _reference(value: Any) -> object:
    """Which stored object a page's entry is (an indirect reference, or a list of them); None
    for an object written in the page itself."""
    if hasattr(value, "idnum"):
        return (value.idnum, value.generation)
    if isinstance(value, list) and value and all(hasattr(item, "idnum") for item in value):
        return tuple((item.idnum, item.generation) for item in value)
    return None


def _fonts(resources: Any) -> object:
    """Which stored fonts a page's resources name (a shared stream shows the same text only in the same fonts)."""
    if hasattr(resources, "idnum"):
        return _reference(resources)
    fonts = resources.get("/Font") if hasattr(resources, "get") else None
    if fonts is None or hasattr(fonts, "idnum"):
        return _reference(fonts) if fonts is not None else ()
    named = tuple(sorted((str(name), _reference(font)) for name, font in fonts.items()))
    return None if any(ref is None for _, ref in named) else named


def _pages(data: bytes, path: str | None) -> list[tuple[float, list[_Line], bool, int]]:
    """Each page's width, lines, whether it is ruled, and the page whose stream it draws (itself,
    or an earlier page that drew the same)."""
    import pypdf
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorruptDocumentError("encrypted (password-protected) PDF; save a copy without a password", path)
        first: dict[tuple[object, object], int] = {}
        pages: list[tuple[float, list[_Line], bool, int]] = []
        for index, page in enumerate(reader.pages):
            key = (_reference(page.get("/Contents")), _fonts(page.get("/Resources")))
            if key in first and None not in key:  # pages that draw one shared stream are read once
                pages.append((float(page.mediabox.width), *pages[first[key]][1:3], first[key]))
                continue
            first[key] = index
            pages.append((float(page.mediabox.width), *_page_lines(page), index))
        return pages
    except CorruptDocumentError:
        raise
    except LimitReachedError:
        raise CorruptDocumentError("a page's content is past what a reader is let parse (a drawing of millions of strokes?)", path) from None
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, IndexError, AttributeError, ZeroDivisionError,
            NotImplementedError, RecursionError) as exc:  # a damaged file, or a filter pypdf does not have
        raise CorruptDocumentError(f"corrupt PDF ({type(exc).__name__}: {exc})", path) from None


_WIDTH_SLACK = 0.5  # ems: glyph widths are guessed (a Chinese glyph an em, a Latin one half), not measured
_MARGIN_HITS = 3  # lines enough at one right edge to call it the text's margin
_MARGIN_MIN = 0.75  # of the text's width, where a margin the lines show may stand


def _common_right(lines: list[_Line]) -> float:
    """The right edge most text lines reach: the largest that several lines come within an em of
    (a table or a link that sticks out alone sets none)."""
    rights = sorted(((line.right, line.em) for line in lines), reverse=True)
    hits = min(_MARGIN_HITS, len(rights))
    for k, (right, em) in enumerate(rights):
        if sum(1 for other, _ in rights[k:] if other >= right - em) >= hits:
            return right
    return rights[0][0] if rights else 0.0


def _mark_full(pages: list[tuple[float, list[_Line]]]) -> None:
    """Mark the lines that reach their page's right margin. The margin is the edge the document's
    lines share where they reach near the page's far side; where none do (a short plan whose every
    line ends early), it mirrors the left margin, as pages are laid out."""
    common = _common_right([line for _, lines in pages for line in lines])
    for width, lines in pages:
        if not lines:
            continue
        left = min(line.left for line in lines)
        for line in lines:
            line.flush = line.left - left < _WIDTH_SLACK * line.em
        mirrored = width - left
        margin = common if common >= left + _MARGIN_MIN * (mirrored - left) else mirrored
        for line, below in zip(lines, [*lines[1:], None], strict=True):
            room = margin - line.right  # what was left on the line when the text went on below
            line.full = room < (first_unit(below.text, below.em) if below else line.em) + _WIDTH_SLACK * line.em


def _without_page_numbers(lines: list[_Line]) -> list[_Line]:
    edge = {0, len(lines) - 1}
    return [
        line for i, line in enumerate(lines)
        if not PRINTED_PAGE_NUMBER.match(line.text) and not _PAGE_FRACTION.match(line.text)
        and not (i in edge and _BARE_NUMBER.match(line.text))
    ]


def _running_heads(pages: list[list[_Line]]) -> set[tuple[str, int]]:
    """Lines at the top or bottom of most pages, at the same height on each: headers and footers,
    not text (a month that happens to open two pages of a calendar is no header)."""
    if len(pages) < 2:
        return set()
    edges = Counter(place for lines in pages for place in {_place(line) for line in [*lines[:2], *lines[-2:]]})
    return {place for place, count in edges.items() if count >= max(2, len(pages) * 0.6)}


def _place(line: _Line) -> tuple[str, int]:
    return line.text, round(line.top / 2)  # its text, and its height on the page to within a couple of points


def _tables_or_none(data: bytes, pages: set[int]) -> dict[int, list[RuledTable]]:
    """The ruled tables, or none where pdfplumber cannot read the file pypdf could: their text is
    then read as lines, as any other."""
    try:
        return ruled_tables(data, pages)
    except Exception:  # pdfminer's own errors, and what a damaged stream makes its parser raise
        return {}


_MIDDLE = 0.35  # ems from a line's baseline up to the middle of its glyphs


def read_pdf(data: bytes, path: str | None) -> RawDocument:
    extracted = _pages(data, path)
    read = [(width, [replace(line, text=text) for line in lines if (text := clean_line(line.text).strip())])
            for width, lines, _, _ in extracted]
    _mark_full(read)
    ruled = {index for index, (_, _, ruling, drawn) in enumerate(extracted) if ruling and drawn == index}
    found = _tables_or_none(data, ruled) if ruled else {}
    tables = {index: found[drawn] for index, (*_, drawn) in enumerate(extracted) if drawn in found}
    pages = [_without_page_numbers(lines) for _, lines in read]
    heads = _running_heads(pages)
    blocks: list[Block] = []
    full: set[int] = set()
    flush: set[int] = set()
    tables_read = 0
    closes: set[int] = set()  # where a bar closes a box's row (RawDocument.box_closes)
    for index, page in enumerate(pages):
        placed = [(table, False) for table in tables.get(index, [])]
        for line in page:
            middle = line.top - _MIDDLE * line.em  # the middle of its glyphs, above the baseline
            inside = next((k for k, (table, _) in enumerate(placed) if table.top <= middle <= table.bottom), None)
            if inside is not None:  # the table's text, read from its cells where the table stands
                table, done = placed[inside]
                if not done and len(table.rows[0]) == 1:  # a box: its rows' lines, each row closed by a bar
                    full.discard(len(blocks))  # the line above a box ends there, however far it reached
                    for row in table.rows:
                        blocks.extend(Block(text, len(blocks) + 1) for text in row[0].split("\n") if text)
                        closes.add(len(blocks))
                        blocks.append(Block(CELL_CLOSE, len(blocks) + 1))
                    placed[inside] = (table, True)
                elif not done:
                    tables_read += 1
                    blocks.extend(_table_blocks(table.rows, blocks, tables_read))
                    placed[inside] = (table, True)
                continue
            if _place(line) in heads:
                continue
            blocks.append(Block(line.text, len(blocks) + 1))
            if line.full:
                full.add(len(blocks))
            if line.flush:
                flush.add(len(blocks))
    if len(_CJK_OR_WORD.findall("".join(block.text for block in blocks))) < 10:
        raise InputError("a PDF without a text layer (a scan?): planparse does no OCR", path)
    source = Source(path=path, format="pdf", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    if not tables and holds_markup(text := "\n".join(block.text for block in blocks)):
        return text_document(text, source)  # a page's source printed: read as the page
    # the pipeline joins the lines the margin broke
    return RawDocument(blocks, source, full_lines=frozenset(full), flush_lines=frozenset(flush), box_closes=frozenset(closes))


def _table_blocks(rows: list[tuple[str, ...]], before: list[Block], table: int) -> list[Block]:
    """A table's rows as blocks after those before. A table that goes on from the one right before
    it (a page broke it: nothing stands between, as many columns) gets the cells merged down over
    the break: its first rows' leading empty cells say what the last row above said."""
    last = before[-1] if before else None
    if last is not None and last.table is not None and len(last.cells) == len(rows[0]):
        lead = next((k for k, cell in enumerate(rows[0]) if cell), 0)
        carried = []
        for row in rows:
            if any(row[:lead]):
                lead = 0
            carried.append(tuple(last.cells[k] if k < lead else cell for k, cell in enumerate(row)))
        rows = carried
    return [table_row(cells, len(before) + k, table) for k, cells in enumerate(rows, start=1)]
