"""Word and WPS .docx: what the document shows, read straight from its XML.

python-docx's `Document()` opens every part of the package; a plan needs three
(document.xml, and numbering.xml with styles.xml when lists are numbered), so the reader
unzips and parses only those, with lxml set never to load a DTD nor expand an entity.
What a person sees is what is read: list labels Word computes, tracked insertions kept and
deletions dropped, text boxes in place, soft line breaks as lines; headers, footers,
footnotes and comments are other parts and stay out.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ..blocks import Block, RawDocument, clean_line
from ..errors import CorruptDocumentError
from ..models import Source
from ..numbering import Numbering, W

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = {f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText", f"{W}pPr", f"{W}rPr", _MC_FALLBACK,
            f"{W}footnoteReference", f"{W}endnoteReference", f"{W}commentReference"}
_CONTAINERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}smartTag", f"{W}ins", f"{W}moveTo"}

#: Refuse archives whose parts would unpack past this (a zip bomb); PLANPARSE_MAX_UNZIPPED_MB overrides.
DEFAULT_MAX_UNZIPPED = 200 * 1024 * 1024

# Every way a damaged or encrypted archive fails to unpack.
_UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError)

_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, remove_comments=True)


def _max_unzipped() -> int:
    value = os.environ.get("PLANPARSE_MAX_UNZIPPED_MB")
    return int(value) * 1024 * 1024 if value and value.isdigit() else DEFAULT_MAX_UNZIPPED


def _part(archive: zipfile.ZipFile, name: str, path: str | None) -> Any | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _max_unzipped():
        raise CorruptDocumentError(f"{name} unpacks to {info.file_size // 2**20} MB, past the limit (a zip bomb?)", path)
    try:
        with archive.open(info) as handle:
            data = handle.read(_max_unzipped() + 1)
    except _UNPACK_ERRORS as exc:
        raise CorruptDocumentError(f"corrupt .docx: {name} cannot be unpacked ({exc})", path) from None
    if len(data) > _max_unzipped():
        raise CorruptDocumentError(f"{name} unpacks past the size limit (a zip bomb?)", path)
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocumentError(f"corrupt .docx: {name} is not well-formed XML ({exc.msg})", path) from None


class _Walker:
    """Walks the body in reading order, numbering paragraphs as it goes."""

    def __init__(self, numbering: Numbering | None) -> None:
        self.numbering = numbering
        self.paragraph = 0
        self.tables = 0

    def body(self, body: Any) -> Iterator[Block]:
        for child in body:
            if child.tag == f"{W}p":
                yield from self.paragraph_blocks(child)
            elif child.tag == f"{W}tbl":
                yield from self.table(child)
            elif child.tag in _CONTAINERS:
                yield from self.body(child)

    def label(self, p: Any) -> str:
        if self.numbering is None:
            return ""
        ppr = p.find(f"{W}pPr")
        if ppr is None:
            return ""
        numpr = ppr.find(f"{W}numPr")
        style = ppr.find(f"{W}pStyle")
        style_id = style.get(f"{W}val") if style is not None else None
        num_id = ilvl = None
        if numpr is not None:
            num = numpr.find(f"{W}numId")
            lvl = numpr.find(f"{W}ilvl")
            num_id = num.get(f"{W}val") if num is not None else None
            ilvl = int(lvl.get(f"{W}val", "0")) if lvl is not None else None
        elif style_id is None:
            return ""
        return self.numbering.label(num_id, ilvl, style_id)

    def paragraph_text(self, p: Any, boxes: list[Any]) -> str:
        parts: list[str] = []

        def walk(element: Any) -> None:
            for child in element:
                tag = child.tag
                if not isinstance(tag, str) or tag in _SKIPPED:
                    continue
                if tag == f"{W}t":
                    parts.append(child.text or "")
                elif tag in (f"{W}br", f"{W}cr"):
                    parts.append("\n")
                elif tag == f"{W}tab":
                    parts.append(" ")
                elif tag == f"{W}noBreakHyphen":
                    parts.append("-")
                elif tag == f"{W}txbxContent":
                    boxes.append(child)  # a text box: its paragraphs are read after this one
                else:
                    walk(child)

        walk(p)
        return "".join(parts)

    def paragraph_blocks(self, p: Any) -> Iterator[Block]:
        self.paragraph += 1
        number = self.paragraph
        boxes: list[Any] = []
        text = self.paragraph_text(p, boxes)
        label = self.label(p)
        if label and text[:1].isdigit():
            label += " "  # "1." + "5万人" must not read as 1.5万人
        for line in (label + text).split("\n"):
            cleaned = clean_line(line)
            if cleaned.strip():
                yield Block(cleaned, number)
        for box in boxes:
            yield from self.body(box)

    def cell_text(self, tc: Any) -> str:
        lines: list[str] = []
        for child in tc:
            if child.tag == f"{W}p":
                lines.extend(block.text for block in self.paragraph_blocks(child))
            elif child.tag == f"{W}tbl":
                lines.extend(block.text for block in self.table(child))
            elif child.tag in _CONTAINERS:
                lines.extend(self.cell_text(child).splitlines())
        return "\n".join(line.strip() for line in lines if line.strip())

    def table(self, tbl: Any) -> Iterator[Block]:
        """One block per row, its cells resolved: a vertically merged cell repeats its text in
        every row it spans; a cell spanning columns stands once."""
        self.tables += 1
        table = self.tables
        above: dict[int, str] = {}  # grid column -> text of the cell that started a vertical merge
        for tr in tbl.iter(f"{W}tr"):
            if tr.getparent() is not tbl:
                continue  # rows of a nested table are read through their cell
            cells: list[str] = []
            column = 0
            first_paragraph = self.paragraph + 1
            for tc in tr.findall(f"{W}tc"):
                props = tc.find(f"{W}tcPr")
                span, merge = 1, None
                if props is not None:
                    grid = props.find(f"{W}gridSpan")
                    span = int(grid.get(f"{W}val", "1")) if grid is not None else 1
                    vmerge = props.find(f"{W}vMerge")
                    if vmerge is not None:
                        merge = vmerge.get(f"{W}val", "continue")
                text = self.cell_text(tc)
                if merge == "continue":
                    text = above.get(column, "")
                elif merge == "restart":
                    above[column] = text
                else:
                    above.pop(column, None)
                cells.extend([text] * span)
                column += span
            if any(cells):
                shown = [c.replace("\n", " ") for i, c in enumerate(cells) if c and (i == 0 or c != cells[i - 1])]
                yield Block(" ".join(shown), min(first_paragraph, self.paragraph), tuple(cells), table)


def read_docx(data: bytes, path: str | None) -> RawDocument:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _UNPACK_ERRORS:
        raise CorruptDocumentError("not a valid .docx: the zip archive is corrupt or truncated", path) from None
    with archive:
        total = sum(info.file_size for info in archive.infolist())
        if total > 20 * _max_unzipped():
            raise CorruptDocumentError(f"archive unpacks to {total // 2**20} MB, past the limit (a zip bomb?)", path)
        document = _part(archive, "word/document.xml", path)
        if document is None:
            raise CorruptDocumentError("not a Word document: the archive has no word/document.xml", path)
        numbering = None
        if "word/numbering.xml" in archive.namelist():
            numbering = Numbering.from_xml(_part(archive, "word/numbering.xml", path), _part(archive, "word/styles.xml", path))
    body = document.find(f"{W}body")
    if body is None:
        raise CorruptDocumentError("not a Word document: word/document.xml has no body", path)
    blocks = list(_Walker(numbering).body(body))
    source = Source(path=path, format="docx", encoding=None, sha256=hashlib.sha256(data).hexdigest())
    return RawDocument(blocks, source)
