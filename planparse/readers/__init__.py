"""Readers turn bytes into blocks. The format is told by content first, then by name."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import stat
from pathlib import Path

from ..blocks import RawDocument, legible
from ..errors import CorruptDocumentError, InputError, UnsupportedFormatError
from .archive import unzipped
from .convert import CONVERTIBLE, SPREADSHEETS, converted
from .txt import read_txt

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_MIN = 1536  # an old Office file's header, one sector of its allocation table and one of its directory
_ZIP_MAGIC = b"PK\x03\x04"
_RTF_MAGIC = b"{\\rtf"
# An encrypted .docx is an OLE container whose directory names this stream (UTF-16 LE).
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
_UNREAD_SUFFIXES = {".ppt", ".pptx", ".dps"}  # slides
# pictures, sound, video and archives: named so, or written so, they hold no text to read
_NOT_DOCUMENTS = {
    ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".ico", ".svg",
    ".mp3", ".wav", ".mp4", ".avi", ".mov", ".zip", ".rar", ".7z", ".gz", ".tar", ".exe", ".dll",
}
_PICTURE_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image", b"MM\x00*": "a TIFF image", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7z archive",
    b"\x1f\x8b": "a gzip archive",
}
_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
_WORKBOOK_PART = b"xl/workbook.xml"  # named in every .xlsx's zip directory
_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def _sniff(data: bytes, suffix: str) -> str:
    """What the bytes are, whatever the name says: docx, txt, or a suffix to convert from."""
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            return "encrypted"
        if len(data) < _OLE_MIN:
            return "truncated"
        return suffix if suffix in (".doc", ".wps", *SPREADSHEETS) else ".doc"
    if data.startswith(_ZIP_MAGIC):
        if data[30:30 + len(_ODT_MIMETYPE)] == _ODT_MIMETYPE:
            return ".odt"
        if suffix in _SPREADSHEET_SUFFIXES or (suffix != ".docx" and _WORKBOOK_PART in data):
            return "xlsx"
        return "docx"
    if data.lstrip().startswith(_RTF_MAGIC):
        return ".rtf"
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".docx":
        return "docx"  # a .docx that is no zip: the reader says it is corrupt
    if suffix in _SPREADSHEET_SUFFIXES:
        return "xlsx"
    if suffix in (".html", ".htm", ".shtml", ".xhtml") or _HTML.match(data[:2048]):
        return "html"
    return "txt"


def read_bytes(data: bytes, name: str | None = None) -> RawDocument:
    """Read a document held in memory; `name` (a path or file name) only labels it."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in _UNREAD_SUFFIXES:  # before sniffing: a .pptx is a zip too
        raise UnsupportedFormatError(f"{suffix} files are not read; save the plan as .docx or .txt", name)
    picture = next((what for magic, what in _PICTURE_MAGIC.items() if data.startswith(magic)), None)
    if data.startswith(b"BM") and data[6:10] == b"\0\0\0\0":
        picture = "a BMP image"  # its reserved bytes are zero: no text opens so
    if picture or suffix in _NOT_DOCUMENTS:
        what = picture or f"a {suffix} file"
        raise UnsupportedFormatError(f"{what}, not a document: planparse reads text (.txt, .docx, .pdf with text, .html, .xlsx)", name)
    kind = _sniff(data, suffix)
    if kind in (*CONVERTIBLE, *SPREADSHEETS):
        return _converted_document(data, kind, name)
    if kind == "encrypted":
        raise CorruptDocumentError("encrypted (password-protected) document; save a copy without a password", name)
    if kind == "truncated":
        raise CorruptDocumentError("an old-format Office file cut short: it is smaller than its own header", name)
    return _read_as(kind, data, name)


def _read_as(kind: str, data: bytes, name: str | None) -> RawDocument:
    if kind == "docx":
        from .docx import read_docx  # lxml only for documents that need it

        return read_docx(data, name)
    if kind == "xlsx":
        from .xlsx import read_xlsx  # openpyxl only for spreadsheets

        return read_xlsx(data, name)
    if kind == "html":
        from .html import read_html

        return read_html(data, name)
    if kind == "pdf":
        from .pdf import read_pdf  # pypdf only for PDFs

        return read_pdf(data, name)
    return read_txt(data, name)


def _converted_document(data: bytes, suffix: str, name: str | None) -> RawDocument:
    """A format LibreOffice converts, read from what it makes; the source is the input's bytes,
    and a conversion that yields no legible text (a damaged file read as noise) is refused."""
    to = "xlsx" if suffix in SPREADSHEETS else "docx"
    if data.startswith(_ZIP_MAGIC):  # an .odt: its sizes checked before LibreOffice unpacks it beyond the budget
        with unzipped(data, name, suffix, every_xml=True):
            pass
    document = _read_as(to, converted(data, suffix, name, to=to), name)
    if not legible(" ".join(block.text for block in document.blocks)):
        raise CorruptDocumentError(f"LibreOffice converted this {suffix} file into no legible text (damaged?)", name)
    source = document.source.model_copy(update={"sha256": hashlib.sha256(data).hexdigest()})
    return dataclasses.replace(document, source=source)


def _read_file(name: str) -> bytes:
    """The file's bytes by plain system calls (a batch reads thousands of files; a Python file
    object adds fstat, isatty and seeks to each)."""
    descriptor = os.open(name, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def read_path(path: str | os.PathLike[str]) -> RawDocument:
    """Read a document from disk, with a one-line error for every way a path can fail."""
    name = os.fspath(path)
    try:
        mode = os.stat(name).st_mode
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):  # /dev/zero, a disk: endless or enormous, and no document
            raise InputError("a device, not a file", name)
        data = _read_file(name)
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), name) from None
    return read_bytes(data, name)
