"""PDFs made in code: a plan's lines wrapped at the page width, page numbers, a running head."""

from __future__ import annotations

import io

PER_LINE = 38  # Chinese characters that fit a line at this size: longer paragraphs wrap, as on paper


def pdf_layout(text: str, head: str = "XX区人民政府办公室文件") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    number = 1

    def start_page() -> float:
        page.setFont("STSong-Light", 9)
        page.drawString(220, 815, head)
        page.setFont("STSong-Light", 12)
        return 780.0

    from planparse.blocks import clean_line

    y = start_page()
    for paragraph in map(clean_line, text.splitlines()):  # what Word prints: no bookmark debris
        if not paragraph.strip():
            y -= 10
            continue
        while paragraph:
            piece, paragraph = _fitting(paragraph)
            page.drawString(50, y, piece)
            y -= 18
            if y < 60:
                page.drawString(285, 30, f"- {number} -")
                page.showPage()
                number += 1
                y = start_page()
    page.drawString(285, 30, f"- {number} -")
    page.save()
    return buffer.getvalue()


def _fitting(paragraph: str) -> tuple[str, str]:
    """The part of a paragraph that fits one line, as a word processor breaks it: by the glyphs'
    widths (a Chinese one takes an em, a Latin one half), and the rest."""
    from planparse.text import display_width

    end = 0
    while end < len(paragraph) and display_width(paragraph[: end + 1]) <= 2 * PER_LINE:
        end += 1
    return paragraph[:end], paragraph[end:]


def scanned_pdf() -> bytes:
    """A page with pictures only: what a scanner makes."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    for i in range(40):
        page.rect(50 + i * 5, 700 - i * 10, 300, 8, fill=1)
    page.save()
    return buffer.getvalue()


def pdf_with_table(title: str, intro: str, rows: list[list[str]], columns: list[int]) -> bytes:
    """A page with a title, a paragraph and a ruled table; a row may hold a cell's second line
    as a row of its own below it (empty cells elsewhere), as a wrapped cell prints."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("STSong-Light", 14)
    page.drawString(150, 800, title)
    page.setFont("STSong-Light", 11)
    page.drawString(50, 770, intro)
    y = 740
    for row in rows:
        for x, cell in zip(columns, row, strict=False):
            page.drawString(x, y, cell)
        page.line(45, y - 6, 560, y - 6)
        y -= 22
    page.save()
    return buffer.getvalue()
