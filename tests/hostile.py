"""Small files that ask a reader for a lot: each is a few kilobytes, and each once hung planparse,
ran it out of memory or ended in "internal error". Built in code, so no binary is stored.

Each builder returns (file name, bytes). `SHAPES` are plain texts that grow with a size, for
the scaling checks (a pass that is quadratic in one of them shows as an exponent near 2).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from tests.docx_builder import Cell, docx_bytes, paragraph, table

_XLSX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx_bytes(sheet_data: str, merges: str = "", dimension: str = "A1", sheet_padding: int = 0) -> bytes:
    """A workbook of one sheet whose <sheetData> is given as XML (inline strings, no shared table)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _XLSX_TYPES)
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{_PKG_RELS}"><Relationship Id="rId1" '
                                        f'Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook {_MAIN} {_R}><sheets><sheet name="任务" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{_PKG_RELS}"><Relationship Id="rId1" '
                                                       f'Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        sheet = f'<worksheet {_MAIN}><dimension ref="{dimension}"/><sheetData>{sheet_data}</sheetData>{merges}'.encode()
        archive.writestr("xl/worksheets/sheet1.xml", sheet + (b"<!--" + b" " * sheet_padding + b"-->" if sheet_padding else b"") + b"</worksheet>")
    return buffer.getvalue()


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


_LEDGER = (
    '<row r="1">' + _cell("A1", "序号") + _cell("B1", "工作任务") + _cell("C1", "责任单位") + "</row>"
    '<row r="2">' + _cell("A2", "1") + _cell("B2", "开展安全检查") + _cell("C2", "区应急局") + "</row>"
)


def xlsx_far_cell() -> tuple[str, bytes]:
    """One value in the sheet's last cell: a reader that fills the grid fills 17 billion cells."""
    return "far_cell.xlsx", xlsx_bytes(_LEDGER + '<row r="1048576">' + _cell("XFD1048576", "尾") + "</row>", dimension="A1:XFD1048576")


def xlsx_huge_merge() -> tuple[str, bytes]:
    """A merged range over the whole sheet below the ledger."""
    return "huge_merge.xlsx", xlsx_bytes(_LEDGER, merges='<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>')


def xlsx_bomb(megabytes: int = 32) -> tuple[str, bytes]:
    """A sheet that unpacks to megabytes of blanks from a few kilobytes (past the limit the tests
    set with PLANPARSE_MAX_UNZIPPED_MB; the default limit is 200 MB)."""
    return "bomb.xlsx", xlsx_bytes(_LEDGER, sheet_padding=megabytes * 2**20)


def odt_bomb(megabytes: int = 32) -> tuple[str, bytes]:
    """An OpenDocument text whose content unpacks to megabytes (checked before LibreOffice sees it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", b"<office:document-content>" + b" " * (megabytes * 2**20) + b"</office:document-content>")
    return "bomb.odt", buffer.getvalue()


def _list_docx(level_xml: str, ilvl: str = "0", extra: str = "") -> bytes:
    numbering = (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 f'<w:abstractNum w:abstractNumId="1">{level_xml}</w:abstractNum>'
                 f'<w:num w:numId="1"><w:abstractNumId w:val="1"/>{extra}</w:num></w:numbering>')
    body = paragraph("工作方案") + "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>{_run(text)}</w:p>'
        for text in ("开展安全检查。责任单位：区应急局", "开展消防演练。责任单位：区消防救援大队"))
    return docx_bytes(body, numbering)


def _run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def _lvl(ilvl: str = "0", start: str = "1", fmt: str = "decimal") -> str:
    return f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'


def docx_deep_level() -> tuple[str, bytes]:
    """A paragraph at list level 10⁹ (Word has levels 0 to 8)."""
    return "deep_level.docx", _list_docx(_lvl("1000000000"), ilvl="1000000000")


def docx_huge_start() -> tuple[str, bytes]:
    """A letter-numbered list that starts at 10¹¹: its label would be billions of letters."""
    return "huge_start.docx", _list_docx(_lvl(start="100000000000", fmt="upperLetter"))


def docx_bad_numbering(value: str) -> Callable[[], tuple[str, bytes]]:
    """numbering.xml with a value Word never writes where a number belongs."""
    def build() -> tuple[str, bytes]:
        return f"numbering_{len(value)}.docx", _list_docx(_lvl(ilvl=value, start=value), ilvl=value,
                                                         extra=f'<w:lvlOverride w:ilvl="{value}"><w:startOverride w:val="{value}"/></w:lvlOverride>')
    return build


def docx_wide_cell(span: str = "300000000") -> tuple[str, bytes]:
    """A table cell that says it spans 3×10⁸ grid columns (or a span that is no number)."""
    rows = table([["序号", "工作任务", "责任单位"], ["1", Cell("开展安全检查", span=2), "区应急局"]])
    return f"wide_cell_{span[:3]}.docx", docx_bytes(paragraph("工作方案") + rows.replace('w:val="2"', f'w:val="{span}"'))


def docx_stray_cell() -> tuple[str, bytes]:
    """A table cell (w:tc) straight in the body, with no table round it."""
    return "stray_cell.docx", docx_bytes(paragraph("工作方案") + "<w:tc><w:p>" + _run("开展安全检查") + "</w:p></w:tc>")


def docx_deep_styles(depth: int = 5000) -> tuple[str, bytes]:
    """styles.xml whose paragraph style is based on a chain of 5,000 styles."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/><w:basedOn w:val="s{i + 1}"/></w:style>'
                     for i in range(depth))
    body = paragraph("工作方案") + paragraph("开展安全检查。责任单位：区应急局", style="s0")
    return "deep_styles.docx", docx_bytes(body, styles=f"<w:styles {ns}>{styles}</w:styles>")


def docx_many_paragraphs(count: int = 25000) -> tuple[str, bytes]:
    """Thousands of short identical paragraphs: a few kilobytes zipped."""
    return "many_paragraphs.docx", docx_bytes(paragraph("工作方案") + paragraph("开展安全检查。") * count)


def html_wide_cell() -> tuple[str, bytes]:
    page = ('<html><head><meta charset="utf-8"><title>工作方案</title></head><body><table>'
            '<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>'
            '<tr><td>1</td><td colspan="300000000">开展安全检查</td><td rowspan="300000000">区应急局</td></tr></table></body></html>')
    return "wide_cell.html", page.encode()


def html_unknown_charset() -> tuple[str, bytes]:
    page = ('<html><head><meta charset="x-no-such-code"><title>方案</title></head>'
            "<body><p>一、开展安全检查，排查各类隐患。责任单位：区应急局</p></body></html>")
    return "charset.html", page.encode()


def xhtml_page() -> tuple[str, bytes]:
    """A page that opens with the XML declaration, as XHTML pages do."""
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>工作方案</title>'
            '</head><body><p>一、开展安全检查。责任单位：区应急局。完成时限：6月底前。</p></body></html>')
    return "page.xhtml", page.encode()


def pdf_shared_stream(pages: int = 20, size: int = 2**18) -> tuple[str, bytes]:
    """Every page draws the same large compressed content stream: a few kilobytes on disk, and a
    reader that parses each page's stream afresh parses megabytes per page."""
    import zlib

    content = b"BT /F1 12 Tf 72 720 Td (plan) Tj ET\n" + b"0 0 m 1 1 l S\n" * (size // 14)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    kids = b" ".join(b"%d 0 R" % (5 + k) for k in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        font,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed := zlib.compress(content, 9)) + packed + b"\nendstream",
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"] * pages,
    ]
    return "shared_stream.pdf", _pdf(objects)


def pdf_broken_stream() -> tuple[str, bytes]:
    """A page whose content stream names a filter no reader knows."""
    content = b"BT 72 720 Td (plan) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /NoSuchDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return "broken_stream.pdf", _pdf(objects)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_restricted() -> tuple[str, bytes]:
    """AES-encrypted with an empty open password, as 'permissions restricted' PDFs are."""
    from pypdf import PdfWriter

    from tests.pdf_builder import pdf_layout

    source = io.BytesIO(pdf_layout("工作方案\n\n一、开展安全检查。\n责任单位：区应急局\n完成时限：2024年6月底前"))
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return "restricted.pdf", buffer.getvalue()


def pdf_damaged() -> tuple[str, bytes]:
    """A plan's PDF with bytes flipped in its fonts and streams, as a broken download leaves it."""
    import random

    from tests.pdf_builder import pdf_layout

    data = bytearray(pdf_layout("工作方案\n\n一、开展安全检查。\n责任单位：区应急局\n完成时限：2024年6月底前"))
    rng = random.Random(9)
    for _ in range(6):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return "damaged.pdf", bytes(data)


def html_with_controls() -> tuple[str, bytes]:
    """A page whose text holds NULs and control characters (the XML tree takes none)."""
    return "controls.html", ('<html><head><meta charset="utf-8"><title>方案</title></head><body>'
                             "<p>一、开展安全检查，\x00排查各类\x07隐患。责任单位：区应急局</p></body></html>").encode()


def ole_noise() -> tuple[str, bytes]:
    """An old Office container's signature and then random bytes: a .doc broken beyond reading."""
    import random

    noise = random.Random(7).randbytes(8192)
    return "broken.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + noise


def text_with_nul() -> tuple[str, bytes]:
    return "nul.txt", "工作方案\n一、开展安全检查。\x00责任单位：区应急局\n完成时限：6月底前\n".encode()


#: Every hostile file, each a one-line error or a Plan (and ole_noise, where LibreOffice is installed).
FILES: list[Callable[[], tuple[str, bytes]]] = [
    xlsx_far_cell, xlsx_huge_merge, xlsx_bomb, odt_bomb, docx_deep_level, docx_huge_start, docx_wide_cell,
    lambda: docx_wide_cell("x"), docx_stray_cell, docx_deep_styles, docx_bad_numbering("x"), docx_bad_numbering("abc"),
    docx_bad_numbering("-15"), docx_bad_numbering("9" * 5000), html_wide_cell, html_unknown_charset, xhtml_page,
    pdf_broken_stream, pdf_restricted, text_with_nul, pdf_shared_stream, pdf_damaged, html_with_controls,
]

#: Texts that grow with n; each must parse in time linear in its size.
SHAPES: dict[str, Callable[[int], str]] = {
    "a line of spaces": lambda n: "工作方案\n" + " " * (1000 * n) + "\n",
    "a gap of spaces in an item": lambda n: "工作方案\n一、开展检查" + " " * (1000 * n) + "责任单位：区应急局\n",
    "a run of tabs": lambda n: "工作方案\n一、开展检查" + "\t" * (250 * n) + "责任单位：区应急局\n",
    "glued labels": lambda n: "工作方案\n" + "牵头单位：区图书馆" * (110 * n) + "\n",
    "identical paragraphs": lambda n: "工作方案\n" + "开展安全检查。\n" * (250 * n),
    "many headings": lambda n: "工作方案\n" + "".join(
        f"（{i % 9 + 1}）第{i}组\n{i + 1}.开展第{i}项检查。责任单位：区应急局\n" for i in range(10 * n)),
}
