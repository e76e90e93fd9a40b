"""How fast .docx is read, against the floor of any reader (unzip + lxml parse) in the same run.

    python benchmarks/readers.py

Prints milliseconds per document: the floor (unzip word/document.xml and parse it with lxml),
the list parts (unzip and parse numbering.xml and styles.xml, for a numbered document), the bar
(3x the floor plus the list parts), python-docx's Document() open, planparse's reader, and its
time as a share of the bar (below 1.00 is within). Four renderings of one sample plan: literal
numbers and Word's automatic numbering in bare XML, and the plan as Word writes it (python-docx's
Word template: 350 KB of styles.xml, fonts on every run), plain and with numbered list styles.
"""

from __future__ import annotations

import io
import sys
import timeit
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx
from lxml import etree

from planparse.readers.docx import read_docx
from tests.docx_builder import literal_layout, numbered_layout

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "celebration_plan_2021.txt"


def word_layout(text: str) -> bytes:
    """The plan as Word writes it: python-docx's Word template, every run with its fonts."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    for line in text.split("\n"):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(line)
        run.font.size = Pt(16)
        run.font.name = "Times New Roman"
        run._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        paragraph.paragraph_format.first_line_indent = Pt(32)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_numbered_layout(text: str) -> bytes:
    """As Word writes it, with automatic numbering: the template's List Number styles (numbering
    through styles.xml), one per level, fonts on every run."""
    from docx.shared import Pt

    from planparse.markers import find_marker

    document = docx.Document()
    styles: list[str] = []
    for line in text.split("\n"):
        marker = find_marker(line)
        if marker is None:
            paragraph = document.add_paragraph()
            paragraph.add_run(line).font.size = Pt(16)
            continue
        if marker.style not in styles:
            styles.append(marker.style)
        level = styles.index(marker.style)
        paragraph = document.add_paragraph(style="List Number" if level == 0 else f"List Number {min(level + 1, 3)}")
        paragraph.add_run(line[marker.end:]).font.size = Pt(16)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def floor(data: bytes) -> None:
    """What any reader must do: unzip word/document.xml and parse it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        etree.fromstring(archive.read("word/document.xml"))


def list_parts(data: bytes) -> None:
    """The floor, and numbering.xml and styles.xml unzipped and parsed (the main() subtracts the floor)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in ("word/document.xml", "word/numbering.xml", "word/styles.xml"):
            if part in archive.namelist():
                etree.fromstring(archive.read(part))


def per_call_ms(func, data: bytes, number: int = 300) -> float:  # type: ignore[no-untyped-def]
    return min(timeit.repeat(lambda: func(data), number=number, repeat=5)) / number * 1000


def main() -> None:
    """The bar: at most 3x the floor, plus the list parts' parse where the document is numbered."""
    text = SAMPLE.read_text(encoding="utf-8")
    print(f"{'layout':14} {'size':>7} {'floor':>8} {'lists':>8} {'bar':>8} {'python-docx':>12} {'planparse':>10} {'/bar':>6}")
    layouts = (("literal", literal_layout), ("numbered", numbered_layout), ("word", word_layout), ("word-numbered", word_numbered_layout))
    for name, layout in layouts:
        data = layout(text)
        numbered = any(mark in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml") for mark in (b"numPr", b"pStyle"))
        base = per_call_ms(floor, data)
        lists = per_call_ms(list_parts, data, number=100) - base if numbered else 0.0
        bar = 3 * base + lists
        opened = per_call_ms(lambda d: docx.Document(io.BytesIO(d)), data, number=50)
        ours = per_call_ms(lambda d: read_docx(d, None), data)
        print(f"{name:14} {len(data):6}B {base:6.3f}ms {lists:6.3f}ms {bar:6.3f}ms {opened:10.3f}ms {ours:8.3f}ms {ours / bar:5.2f}")


if __name__ == "__main__":
    main()
