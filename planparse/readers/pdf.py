"""PDFs with a text layer, read with pypdf.

pypdf was chosen by measurement (benchmarks/pdf.py): on Chinese plans it extracts the same text
as pdfplumber, seven times faster. What the page layout did to the text is undone here: lines
broken mid-sentence are joined back (a line that fills the page's width and does not end a
sentence goes on, unless the next one opens with a numbering marker or a field label: the
pipeline does so, with the width read here); page
numbers (`- 3 -`, `第3页`, `3/10`) and running heads repeated on most pages are dropped. A PDF
with no text layer (a scan) is refused: planparse does no OCR.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ..blocks import PRINTED_PAGE_NUMBER, Block, RawDocument, clean_line
from ..errors import CorruptDocumentError, InputError
from ..models import Source
from ..text import display_width

_PAGE_FRACTION = re.compile(r"^\s*\d+\s*/\s*\d+\s*$")  # 3/10, as a PDF's footer prints it
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a page number at a page's edge, a row number elsewhere
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


@dataclass(slots=True)
class _Line:
    text: str
    left: float = 0.0  # where its first glyph starts, in page units
    right: float = 0.0  # where its last glyph ends
    em: float = 0.0  # its font size
    full: bool = False  # it reaches the page's right margin


@dataclass(slots=True)
class _Run:
    text: str
    x: float
    em: float
    space: str  # the space before it: "" none, "glyph" one the page prints, "guess" one pypdf put where glyphs stand apart


_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_SPACE_IS_A_GAP = 0.8  # ems: a guessed space between Chinese and Latin glyphs standing closer is none


def _page_lines(page: Any) -> list[_Line]:
    """A page's lines as pypdf extracts them, each with where it starts and ends. pypdf guesses a
    space wherever the font switches between Chinese and Latin (`5 年内`, `3 号`): such a space is
    dropped unless the glyphs stand apart."""
    lines: list[list[_Run]] = [[]]
    space = ""

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        nonlocal space
        a, b, _, _, x, _ = _times(tm, cm)
        em = size * (math.hypot(a, b) or 1.0)
        for k, piece in enumerate(text.split("\n")):
            if k:
                lines.append([])
                space = ""
            if piece.strip():
                lines[-1].append(_Run(piece.strip(), x, em, "glyph" if piece[:1].isspace() else space))
                space = "glyph" if piece[-1:].isspace() else ""
            elif piece:
                space = space or "guess"

    page.extract_text(visitor_text=visit)
    return [_joined(runs) for runs in lines]


def _times(m: list[float], n: list[float]) -> tuple[float, float, float, float, float, float]:
    """The product of two PDF matrices [a b c d e f]: where text space lands on the page."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u


def _width(text: str, em: float) -> float:
    return display_width(text) * em / 2  # Chinese glyphs are an em wide, Latin about half


def _joined(runs: list[_Run]) -> _Line:
    if not runs:
        return _Line("")
    parts = [runs[0].text]
    for previous, run in pairwise(runs):
        if run.space == "glyph":
            parts.append(" ")
        elif run.space:
            gap = run.x - previous.x - _width(previous.text, previous.em)
            between_scripts = bool(_CJK.match(previous.text[-1])) != bool(_CJK.match(run.text[0]))
            if not (between_scripts and gap < _SPACE_IS_A_GAP * run.em):
                parts.append(" ")
        parts.append(run.text)
    last = runs[-1]
    return _Line("".join(parts), runs[0].x, last.x + _width(last.text, last.em), last.em)


def _pages(data: bytes, path: str | None) -> list[tuple[float, list[_Line]]]:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorruptDocumentError("encrypted (password-protected) PDF; save a copy without a password", path)
        return [(float(page.mediabox.width), _page_lines(page)) for page in reader.pages]
    except CorruptDocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, IndexError, AttributeError, ZeroDivisionError) as exc:
        raise CorruptDocumentError(f"corrupt PDF ({type(exc).__name__}: {exc})", path) from None


_LATIN_WORD = re.compile(r"[\x21-\x7e\u00c0-\u024f]+")  # what a line breaks only at its ends: 2022, (chǎn), www.gov.cn
_NO_LINE_HEAD = frozenset("，。、；：？！”’）》」』】〕…,.;:?!)%")  # marks a line may not open with: they take the glyph before along


def _first_unit(text: str, em: float) -> float:
    """How wide the first thing a line holds is, that the line above could not break: a Latin
    word, or a Chinese glyph with the mark after it that may not open a line."""
    if word := _LATIN_WORD.match(text):
        return _width(word.group(), em)
    return em * (2 if text[1:2] in _NO_LINE_HEAD else 1)


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
        mirrored = width - left
        margin = common if common >= left + _MARGIN_MIN * (mirrored - left) else mirrored
        for line, below in zip(lines, [*lines[1:], None], strict=True):
            room = margin - line.right  # what was left on the line when the text went on below
            line.full = room < (_first_unit(below.text, below.em) if below else line.em) + _WIDTH_SLACK * line.em


def _without_page_numbers(lines: list[_Line]) -> list[_Line]:
    edge = {0, len(lines) - 1}
    return [
        line for i, line in enumerate(lines)
        if not PRINTED_PAGE_NUMBER.match(line.text) and not _PAGE_FRACTION.match(line.text)
        and not (i in edge and _BARE_NUMBER.match(line.text))
    ]


def _running_heads(pages: list[list[_Line]]) -> set[str]:
    """Lines at the top or bottom of most pages: headers and footers, not text."""
    if len(pages) < 2:
        return set()
    edges = Counter(text for lines in pages for text in {line.text for line in [*lines[:2], *lines[-2:]]})
    return {text for text, count in edges.items() if count >= max(2, len(pages) * 0.6)}


def read_pdf(data: bytes, path: str | None) -> RawDocument:
    read = [(width, [_Line(text, line.left, line.right, line.em) for line in lines if (text := clean_line(line.text).strip())])
            for width, lines in _pages(data, path)]
    _mark_full(read)
    pages = [_without_page_numbers(lines) for _, lines in read]
    heads = _running_heads(pages)
    lines = [line for lines_of_page in pages for line in lines_of_page if line.text not in heads]
    if len(_CJK_OR_WORD.findall("".join(line.text for line in lines))) < 10:
        raise InputError("a PDF without a text layer (a scan?): planparse does no OCR", path)
    full = frozenset(number for number, line in enumerate(lines, start=1) if line.full)
    source = Source(path=path, format="pdf", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    blocks = [Block(line.text, number) for number, line in enumerate(lines, start=1)]
    return RawDocument(blocks, source, full_lines=full)  # the pipeline joins the lines the margin broke
