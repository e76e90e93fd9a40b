"""Files as an office suite writes them: LibreOffice makes each one here from a flat ODT, as a
user's Word, WPS or LibreOffice would save it (automatic lists, real tables), and planparse
reads the .docx, the .doc and the .pdf it writes. Skipped where LibreOffice is not installed."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from planparse import parse
from planparse.readers import convert

pytestmark = pytest.mark.skipif(convert.soffice() is None, reason="LibreOffice (soffice) is not installed")

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

# The list formats LibreOffice offers for Chinese text (its style:num-format names), each saved
# to .docx as one of Word's number formats: 一 as taiwaneseCountingThousand, 壹 as
# chineseLegalSimplified, 貳 as ideographLegalTraditional, 甲 as ideographTraditional, 子 as
# ideographZodiac, ① as decimalEnclosedCircle.
LIST_FORMATS = {
    "counting": "一, 二, 三, ...",
    "legal": "壹, 贰, 叁, ...",
    "legal_traditional": "壹, 貳, 參, ...",
    "stems": "甲, 乙, 丙, ...",
    "branches": "子, 丑, 寅, ...",
    "circled": "①, ②, ③, ...",
    "full_width": "１, ２, ３, ...",
    "decimal": "1",
}


def flat_odt(body: str, styles: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document>"
    )


def paragraph(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def listed_plan(top_format: str) -> str:
    """A plan whose parts are a list in `top_format` (组织领导, 主要任务, 工作要求) and whose
    tasks are a list under 主要任务 numbered （一）, （二）, as a plan's tasks are."""
    styles = (
        '<text:list-style style:name="L1">'
        f'<text:list-level-style-number text:level="1" style:num-format="{top_format}" style:num-suffix="、"/>'
        '<text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>'
        "</text:list-style>"
    )

    def item(text: str, inner: str = "") -> str:
        return f"<text:list-item>{paragraph(text)}{inner}</text:list-item>"

    tasks = f'<text:list>{item("开展巡查。牵头单位：县委办")}{item("开展督查。牵头单位：县政府办")}</text:list>'
    body = paragraph("安全检查工作方案") + (
        f'<text:list text:style-name="L1">{item("组织领导")}{item("主要任务", tasks)}{item("工作要求")}</text:list>'
    )
    return flat_odt(body, styles)


def convert_all(folder: Path, target: str) -> None:
    """One LibreOffice run converts every flat ODT of the folder (a start costs ~1 s)."""
    program = convert.soffice()
    assert program is not None
    sources = sorted(str(p) for p in folder.glob("*.fodt"))
    subprocess.run([program, "--headless", "--convert-to", target, "--outdir", str(folder), *sources],
                   check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("office")
    for name, fmt in LIST_FORMATS.items():
        (folder / f"list_{name}.fodt").write_text(listed_plan(fmt), encoding="utf-8")
    convert_all(folder, 'docx:MS Word 2007 XML')
    for stale in folder.glob("list_*.fodt"):
        if stale.stem != "list_counting":
            stale.unlink()
    convert_all(folder, 'doc:MS Word 97')
    return folder


@pytest.mark.parametrize(
    "file",
    # each format as .docx; a .doc goes through LibreOffice again on reading (a second or so
    # each), so the one LibreOffice writes as taiwaneseCountingThousand stands for them all
    [f"list_{name}.docx" for name in LIST_FORMATS] + ["list_counting.doc"],
)
def test_a_plan_in_any_list_format_an_office_suite_writes(office: Path, file: str) -> None:
    plan = parse(office / file)
    assert [(a.number, a.title, a.section, a.lead_units) for a in plan.activities] == [
        ("（一）", "开展巡查", "主要任务", ["县委办"]),
        ("（二）", "开展督查", "主要任务", ["县政府办"]),
    ]
