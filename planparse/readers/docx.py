"""Word and WPS .docx: what the document shows, read straight from its XML.

python-docx's `Document()` opens every part of the package; a plan needs three
(document.xml, and numbering.xml with styles.xml when lists are numbered), so the reader
unzips and parses only those, with lxml set never to load a DTD nor expand an entity.
What a person sees is what is read: list labels Word computes, tracked insertions kept and
deletions dropped, text boxes in place, soft line breaks as lines, tabs as tabs (a table
typed with tabs reads as the text one does), and headings that Word's
heading styles mark though no number is printed; headers, footers, footnotes and comments are
other parts and stay out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..blocks import CELL_CLOSE, Block, RawDocument, clean_line, table_row, whole_number
from ..errors import CorruptDocumentError, InputError
from ..models import Source
from ..numbering import LEVEL_MAX, Numbering, StyleSheet, W
from .archive import part_bytes, unzipped
from .txt import holds_markup, text_document

COLUMNS_MAX = 63  # Word's widest table: a cell spans no more columns than the grid, or this
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, remove_comments=True)


def _xml(data: bytes, name: str, path: str | None) -> Any:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocumentError(f"corrupt .docx: {name} is not well-formed XML ({exc.msg})", path) from None


@dataclass(slots=True)
class _Paragraph:
    number: int
    label: str = ""
    style: str | None = None
    num_id: str | None = None
    level: int | None = None
    heading: int = 0  # the outline level of its heading style, when it has no list label
    parts: list[str] = field(default_factory=list)
    boxes: list[Block] = field(default_factory=list)  # paragraphs of text boxes anchored in it

    def blocks(self) -> list[Block]:
        text = "".join(self.parts)
        label = self.label + " " if self.label and text[:1].isdigit() else self.label  # "1." + "5万人" is not 1.5万人
        lines = (clean_line(line) for line in (label + text).split("\n"))
        return [Block(line, self.number) for line in lines if line.strip()] + self.boxes


@dataclass(slots=True)
class _Cell:
    span: int
    merge: str | None
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class _Table:
    number: int
    box: bool = False  # one column: a frame drawn round text (or text pasted cell by cell), read as lines
    width: int = COLUMNS_MAX  # grid columns: no cell spans more
    above: dict[int, str] = field(default_factory=dict)  # grid column -> text that starts a vertical merge
    cells: list[str] = field(default_factory=list)
    row_start: int = 0
    rows: int = 0  # the rows of a box, read in the body


_P, _T, _BR, _CR, _TAB, _HYPHEN = (f"{W}{t}" for t in ("p", "t", "br", "cr", "tab", "noBreakHyphen"))
_TBL, _TR, _TC = f"{W}tbl", f"{W}tr", f"{W}tc"
# Regions whose text is not shown: deletions, moved-away text, the fallback copy of
# alternate content (a text box stands twice in the XML), and paragraph properties (whose
# w:tabs hold w:tab stops). Run, cell and section properties hold no text tag: no events.
_HIDDEN = {f"{W}del", f"{W}moveFrom", _MC_FALLBACK, f"{W}pPr"}
_PPR, _PSTYLE, _NUMID, _ILVL = f"{W}pPr", f"{W}pStyle", f"{W}numId", f"{W}ilvl"
_TEXT_PIECES = {_T: "", _BR: "\n", _CR: "\n", _TAB: "\t", _HYPHEN: "-"}  # what each shows (w:t: its text)
_EVENT_TAGS = (_P, _T, _BR, _CR, _TAB, _HYPHEN, _TBL, _TR, _TC, _PSTYLE, _NUMID, _ILVL, *_HIDDEN)


class _Walker:
    """One pass over the body in reading order: lxml's iterwalk does the walking in C, Python
    sees only the tags that carry text or structure."""

    def __init__(self, numbering: Numbering | None, styles: StyleSheet | None = None) -> None:
        self.numbering = numbering
        self.styles = styles
        self.paragraph = 0
        self.tables = 0
        self.headings: dict[int, int] = {}  # paragraph -> level, for headings with no list label
        self.closes: frozenset[int] = frozenset()  # where a bar closes a box's row (RawDocument.box_closes)

    def body(self, body: Any) -> list[Block]:
        """The body's blocks. One loop of about 80 lines, on purpose: it runs once per tag of the
        document, and a method call per event would cost more than the rest of the reading."""
        out: list[Block] = []
        sinks: list[list[Block]] = [out]  # where finished blocks go: the body, or the open cell
        paragraphs: list[_Paragraph] = []
        cells: list[_Cell] = []
        tables: list[_Table] = []
        closes: set[int] = set()  # where a bar closes a box's row (RawDocument.box_closes; text_tables.box_rows decides)
        hidden = 0
        numbering, styles = self.numbering, self.styles
        parts: list[str] = []  # the open paragraph's text pieces (bound here: the hottest path)
        for event, element in etree.iterwalk(body, events=("start", "end"), tag=_EVENT_TAGS):
            tag = element.tag
            if tag in _TEXT_PIECES:
                if event == "start" and not hidden:
                    if tag == _T:
                        parts.append(element.text or "")
                        if len(element):  # an unexpanded entity reference: the text after it is its tail
                            parts.extend(child.tail or "" for child in element)
                    else:
                        parts.append(_TEXT_PIECES[tag])
                continue
            if tag in _HIDDEN:
                hidden += 1 if event == "start" else -1
                if tag == _PPR and event == "end" and paragraphs:
                    # the label is due when the paragraph's properties close, in reading order
                    paragraph = paragraphs[-1]
                    if numbering is not None and (paragraph.num_id is not None or paragraph.style is not None):
                        paragraph.label = numbering.label(paragraph.num_id, paragraph.level, paragraph.style)
                    if styles is not None and paragraph.style is not None and not paragraph.label:
                        paragraph.heading = styles.outline_level(paragraph.style)
            elif tag in (_PSTYLE, _NUMID, _ILVL):
                if event == "start" and hidden == 1 and paragraphs and (numbering is not None or styles is not None):
                    value = element.get(f"{W}val")
                    if tag == _PSTYLE:
                        paragraphs[-1].style = value
                    elif tag == _NUMID:
                        paragraphs[-1].num_id = value
                    elif value is not None:
                        paragraphs[-1].level = whole_number(value, 0, LEVEL_MAX)
            elif hidden or (tag in (_TC, _TR) and not tables):  # a cell or row with no table round it: its text only
                continue
            elif event == "start":
                if tag == _P:
                    self.paragraph += 1
                    paragraphs.append(_Paragraph(self.paragraph))
                    parts = paragraphs[-1].parts
                elif tag == _TC:
                    if not tables[-1].box:
                        cells.append(self._cell(element, tables[-1].width))
                        sinks.append(cells[-1].blocks)
                elif tag == _TR:
                    tables[-1].cells = []
                    tables[-1].row_start = self.paragraph + 1
                elif tag == _TBL:
                    grid = element.find(f"{W}tblGrid")
                    box = grid is not None and len(grid) == 1
                    self.tables += 0 if box else 1
                    tables.append(_Table(self.tables, box, len(grid) if grid is not None and len(grid) else COLUMNS_MAX))
            elif tag == _P:
                if paragraphs[-1].heading:
                    self.headings[paragraphs[-1].number] = paragraphs[-1].heading
                finished = paragraphs.pop().blocks()
                (paragraphs[-1].boxes if paragraphs else sinks[-1]).extend(finished)
                parts = paragraphs[-1].parts if paragraphs else []
            elif tag == _TC:
                if not tables[-1].box:
                    sinks.pop()
                    self._close_cell(tables[-1], cells.pop())
            elif tag == _TR:
                if not tables[-1].box:
                    if (row := self._row(tables[-1])) is not None:
                        sinks[-1].append(row)
                elif len(sinks) == 1:  # a box's row in the body: perhaps one cell of a flattened table
                    closes.add(len(out))
                    out.append(Block(CELL_CLOSE, self.paragraph))
                    tables[-1].rows += 1
            elif tag == _TBL:
                closed = tables.pop()
                if closed.rows == 1:
                    closes.discard(len(out) - 1)  # a box of one row frames its text: nothing to close
                    out.pop()
        self.closes = frozenset(closes)
        return out

    @staticmethod
    def _cell(tc: Any, width: int) -> _Cell:
        props = tc.find(f"{W}tcPr")
        span, merge = 1, None
        if props is not None:
            grid = props.find(f"{W}gridSpan")
            span = whole_number(grid.get(f"{W}val"), 1, width, low=1) if grid is not None else 1
            vmerge = props.find(f"{W}vMerge")
            if vmerge is not None:
                merge = vmerge.get(f"{W}val", "continue")
        return _Cell(max(span, 1), merge)

    @staticmethod
    def _close_cell(table: _Table, cell: _Cell) -> None:
        """A vertically merged cell repeats the text of the cell that starts the merge."""
        text = "\n".join(block.text.strip() for block in cell.blocks if block.text.strip())
        column = len(table.cells)
        if cell.merge == "continue":
            text = table.above.get(column, "")
        elif cell.merge == "restart":
            table.above[column] = text
        else:
            table.above.pop(column, None)
        table.cells.extend([text] * min(cell.span, max(1, table.width - column)))  # no span past the grid's last column

    def _row(self, table: _Table) -> Block | None:
        cells = table.cells
        if not any(cells):
            return None
        return table_row(tuple(cells), min(table.row_start, self.paragraph), table.number)


def read_docx(data: bytes, path: str | None) -> RawDocument:
    with unzipped(data, path, ".docx") as archive:
        raw = part_bytes(archive, "word/document.xml", path)
        if raw is None:
            raise CorruptDocumentError("not a Word document: the archive has no word/document.xml", path)
        document = _xml(raw, "word/document.xml", path)
        numbering = styles = None
        if b"numPr" in raw or b"pStyle" in raw:  # only numbered or styled documents pay for the style parts
            styles = StyleSheet(lambda: part_bytes(archive, "word/styles.xml", path), lambda data: _xml(data, "word/styles.xml", path))
            numbering_xml = part_bytes(archive, "word/numbering.xml", path)
            if numbering_xml is not None:
                numbering = Numbering.from_xml(_xml(numbering_xml, "word/numbering.xml", path), styles)
        walker = _Walker(numbering, styles)
        body = document.find(f"{W}body")
        if body is None:
            raise CorruptDocumentError("not a Word document: word/document.xml has no body", path)
        blocks = walker.body(body)  # inside the archive: styles.xml may be unpacked on demand
    if not any(block.text.strip() for block in blocks):
        raise InputError("the document has no text (a scanned page? planparse does not read images)", path)
    source = Source(path=path, format="docx", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    if not walker.tables and holds_markup(text := "\n".join(block.text for block in blocks)):
        return text_document(text, source)  # a page's source pasted into Word: read as the page
    return RawDocument(blocks, source, headings=walker.headings, box_closes=walker.closes)
