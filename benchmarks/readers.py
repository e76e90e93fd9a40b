"""How fast .docx is read, against the floor of any reader (unzip + lxml parse) in the same run.

    python benchmarks/readers.py

Prints milliseconds per document for: the floor (unzip word/document.xml and parse it with
lxml, plus numbering.xml where paragraphs are numbered), python-docx's Document() open, and
planparse's reader, with planparse's ratio to the floor. Three renderings of one sample plan:
literal numbers, Word's automatic numbering, and the plan as Word writes it (python-docx's Word
template: 350 KB of styles.xml, fonts on every run).
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


def floor_for_this_document(data: bytes) -> None:
    """What any reader must parse: document.xml, and numbering.xml where paragraphs are numbered."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
        etree.fromstring(document)
        if b"numPr" in document and "word/numbering.xml" in archive.namelist():
            etree.fromstring(archive.read("word/numbering.xml"))


def per_call_ms(func, data: bytes, number: int = 300) -> float:  # type: ignore[no-untyped-def]
    return min(timeit.repeat(lambda: func(data), number=number, repeat=5)) / number * 1000


def main() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    print(f"{'layout':10} {'size':>7} {'floor':>9} {'python-docx':>12} {'planparse':>10} {'ratio':>6}")
    for name, layout in (("literal", literal_layout), ("numbered", numbered_layout), ("word", word_layout)):
        data = layout(text)
        base = per_call_ms(floor_for_this_document, data)
        opened = per_call_ms(lambda d: docx.Document(io.BytesIO(d)), data, number=50)
        ours = per_call_ms(lambda d: read_docx(d, None), data)
        print(f"{name:10} {len(data):6}B {base:7.3f}ms {opened:10.3f}ms {ours:8.3f}ms {ours / base:5.1f}x")


if __name__ == "__main__":
    main()
