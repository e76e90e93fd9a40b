"""Lines a page's foot or a stranded number broke, joined back: in text copied from print, the
next page's first line with its page number glued to it, and a line that ends with the number
of a point whose words open the next."""

from __future__ import annotations

import re

from .blocks import PAGE_FOOT_BEFORE_TEXT, Block
from .markers import find_marker
from .wrapping import DASHES, page_goes_on


def across_page_feet(blocks: list[Block]) -> list[Block]:
    """Paragraphs as a page's foot broke them, in a text copied from print into paragraphs (a
    .docx of a PDF's text): `…深化对生态文明` / `-1-建设和…` is one paragraph, the page number
    dropped; after a sentence's end only the number is dropped."""
    out: list[Block] = []
    for block in blocks:
        line = block.text
        if line[:1] in DASHES and (foot := PAGE_FOOT_BEFORE_TEXT.match(line)):
            if out and out[-1].table is None and block.table is None and page_goes_on(out[-1].text, line):
                out[-1] = Block(out[-1].text + line[foot.end():], out[-1].line)
                continue
            block = Block(line[foot.end():], block.line, block.cells, block.table)
        out.append(block)
    return out


# …；（2） / 报送汛情信息… — a line that ends with a point's bracketed or circled number, after a
# stop or at its start: a number introduces its point, so whatever cut the line cut inside it
_STRANDED_MARKER = re.compile(r"(?:^|[。；;，,：:])\s*(?:[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳])\s*$")


_NUMBER_CLOSERS = frozenset("）)①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")


def _stranded(line: str) -> bool:
    """Whether the line ends with a point's number; only its last characters are looked at (a
    number and the stop before it are short), and only where the last one can close a number."""
    tail = line.rstrip()
    return tail[-1:] in _NUMBER_CLOSERS and _STRANDED_MARKER.search(tail[-10:]) is not None


def stranded_markers(blocks: list[Block]) -> list[Block]:
    """Lines joined where one ended with the number of a point whose words open the next: a wrap
    at any width, or a number typed on a line of its own, leaves them so."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (previous is not None and previous.table is None and block.table is None and block.text.strip()
                and _stranded(previous.text) and find_marker(block.text) is None):
            out[-1] = Block(previous.text.rstrip() + block.text.strip(), previous.line)
            continue
        out.append(block)
    return out
