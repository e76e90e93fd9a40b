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
import re
from collections import Counter

from ..blocks import PRINTED_PAGE_NUMBER, Block, RawDocument, clean_line
from ..errors import CorruptDocumentError, InputError
from ..models import Source
from ..text import display_width

_PAGE_FRACTION = re.compile(r"^\s*\d+\s*/\s*\d+\s*$")  # 3/10, as a PDF's footer prints it
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")  # a page number at a page's edge, a row number elsewhere
_FULL_LINE = 0.8  # a line this share of the page's longest line or longer runs on to the next
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def _pages(data: bytes, path: str | None) -> list[str]:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorruptDocumentError("encrypted (password-protected) PDF; save a copy without a password", path)
        return [page.extract_text() or "" for page in reader.pages]
    except CorruptDocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, IndexError, AttributeError) as exc:
        raise CorruptDocumentError(f"corrupt PDF ({type(exc).__name__}: {exc})", path) from None


def _without_page_numbers(lines: list[str]) -> list[str]:
    edge = {0, len(lines) - 1}
    return [
        line for i, line in enumerate(lines)
        if not PRINTED_PAGE_NUMBER.match(line) and not _PAGE_FRACTION.match(line) and not (i in edge and _BARE_NUMBER.match(line))
    ]


def _running_heads(pages: list[list[str]]) -> set[str]:
    """Lines at the top or bottom of most pages: headers and footers, not text."""
    if len(pages) < 2:
        return set()
    edges = Counter(line for lines in pages for line in set(lines[:2] + lines[-2:]))
    return {line for line, count in edges.items() if count >= max(2, len(pages) * 0.6)}


def read_pdf(data: bytes, path: str | None) -> RawDocument:
    texts = _pages(data, path)
    pages = [[clean_line(line).strip() for line in text.splitlines()] for text in texts]
    pages = [_without_page_numbers([line for line in lines if line]) for lines in pages]
    heads = _running_heads(pages)
    lines = [line for lines_of_page in pages for line in lines_of_page if line not in heads]
    if len(_CJK_OR_WORD.findall("".join(lines))) < 10:
        raise InputError("a PDF without a text layer (a scan?): planparse does no OCR", path)
    page_lines = [Block(text, number) for number, text in enumerate(lines, start=1)]
    width = max((display_width(line) for line in lines), default=0)
    source = Source(path=path, format="pdf", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    return RawDocument(page_lines, source, wrap_width=int(width * _FULL_LINE))  # the pipeline joins what the width broke
