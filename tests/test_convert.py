"""Old and other formats (.doc, .wps, .rtf, .odt; .xls, .et) go through LibreOffice; without it, a clear error."""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from planparse import parse_bytes
from planparse.errors import CorruptDocumentError, UnsupportedFormatError
from planparse.readers import convert, read_bytes
from tests.docx_builder import literal_layout

PLAN = "读书活动方案\n\n1.举办读书会。\n责任单位：图书馆\n完成时限：2021年4月\n2.开展征文。\n责任单位：团委\n"
EXPECTED = [("举办读书会", ["图书馆"]), ("开展征文", ["团委"])]
needs_soffice = pytest.mark.skipif(convert.soffice() is None, reason="LibreOffice (soffice) is not installed")


def rtf(text: str) -> bytes:
    def escape(ch: str) -> str:
        code = ord(ch)
        return ch if code < 128 else f"\\u{code if code < 32768 else code - 65536}?"

    body = "".join("\\par\n" if ch == "\n" else escape(ch) for ch in text)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0 " + body + "}").encode("ascii")


def odt(text: str) -> bytes:
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in text.split("\n"))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:text>{paragraphs}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def doc_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("doc")
    source = folder / "plan.docx"
    source.write_bytes(literal_layout(PLAN))
    program = convert.soffice()
    assert program is not None
    subprocess.run([program, "--headless", "--convert-to", "doc", "--outdir", str(folder), str(source)],
                   capture_output=True, timeout=120, check=True)
    return (folder / "plan.doc").read_bytes()


def _activities(data: bytes, name: str) -> list[tuple[str, list[str]]]:
    return [(a.title, a.responsible_units) for a in parse_bytes(data, name).activities]


@needs_soffice
def test_doc(doc_bytes: bytes) -> None:
    assert _activities(doc_bytes, "plan.doc") == EXPECTED


@needs_soffice
def test_doc_renamed_docx_is_converted(doc_bytes: bytes) -> None:
    assert _activities(doc_bytes, "plan.docx") == EXPECTED


@needs_soffice
@pytest.mark.parametrize(("make", "name"), [(rtf, "plan.rtf"), (odt, "plan.odt"), (rtf, "plan.wps.txt")])
def test_rtf_and_odt(make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert _activities(make(PLAN), name) == EXPECTED


@needs_soffice
def test_an_old_binary_spreadsheet_is_read_as_its_xlsx(tmp_path: Path) -> None:
    from tests.test_reader_xlsx import LEDGER, workbook

    (tmp_path / "ledger.xlsx").write_bytes(workbook(LEDGER))
    program = convert.soffice()
    assert program is not None
    subprocess.run([program, "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(tmp_path / "ledger.xlsx")],
                   capture_output=True, timeout=120, check=False)
    if not (tmp_path / "ledger.xls").exists():
        pytest.skip("this LibreOffice has no spreadsheet component (libreoffice-calc)")
    for name in ("分工表.xls", "分工表.et"):  # WPS's own name for the same binary format
        plan = parse_bytes((tmp_path / "ledger.xls").read_bytes(), name)
        assert [a.title for a in plan.activities] == ["推行告知承诺制", "压缩审批时限", "开展涉企执法检查"]


def test_without_libreoffice_the_error_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "soffice", lambda: None)
    with pytest.raises(UnsupportedFormatError, match="install LibreOffice"):
        read_bytes(rtf(PLAN), "plan.rtf")
    with pytest.raises(UnsupportedFormatError, match=r"libreoffice-calc-nogui\) or save it as \.xlsx"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048, "分工表.xls")


def test_an_encrypted_docx_says_so() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500
    with pytest.raises(CorruptDocumentError, match="encrypted"):
        read_bytes(ole, "secret.docx")


@pytest.mark.parametrize("name", ["plan.doc", "plan.docx", "分工表.xls"])
def test_an_old_office_file_cut_short_is_a_clear_error_before_any_conversion(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert, "soffice", lambda: None)  # said before LibreOffice is asked for
    with pytest.raises(CorruptDocumentError, match="cut short"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, name)


@needs_soffice
def test_garbage_in_an_ole_container_is_a_clear_error() -> None:
    with pytest.raises(CorruptDocumentError, match="could not convert"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048, "broken.doc")


def test_slides_are_not_read(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match=r"\.pptx files are not read; save the plan as \.docx or \.txt"):
        read_bytes(b"PK\x03\x04 slides", "tasks.pptx")
