"""A table of contents (目录): its lines name headings but are none, with a dot leader before
their page numbers, or typed with a tab or a gap instead, their page numbers never falling."""

from __future__ import annotations

import re

from .blocks import Block

# 一、总体要求…………1: a line of a table of contents, its dot leader and its page number
_CONTENTS_ENTRY = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|。{4,}|-{4,}|—{4,}|_{4,})\s*\d{1,4}\s*$")


def is_contents_entry(text: str) -> bool:
    """A line of a table of contents (目录), which names a heading but is none."""
    return _CONTENTS_ENTRY.search(text) is not None


# 一、总体要求<tab>1: a table of contents typed without a leader, its page number after a tab or a gap
_PAGE_AFTER_GAP = re.compile(r"(?:\t|[ \u3000]{2,})(\d{1,4})\s*$")


_CONTENTS_RUN = 3  # lines running so, their page numbers never falling: a table of contents


def typed_contents(blocks: list[Block]) -> set[int]:
    """The lines of a table of contents typed with tabs or spaces instead of a dot leader."""
    found: set[int] = set()
    run: list[int] = []
    last_page = 0
    for block in blocks:
        text = block.text
        page = _PAGE_AFTER_GAP.search(text) if text[-1:].isdigit() and not block.cells else None
        if page is not None:
            number = int(page.group(1))
            if run and number < last_page:  # a page number falling: another run starts
                found.update(run if len(run) >= _CONTENTS_RUN else ())
                run = []
            run.append(block.line)
            last_page = number
        elif run:
            found.update(run if len(run) >= _CONTENTS_RUN else ())
            run = []
    found.update(run if len(run) >= _CONTENTS_RUN else ())
    return found
