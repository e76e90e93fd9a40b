"""Readers turn bytes into blocks. The format is told by content first, then by name."""

from __future__ import annotations

import os
from pathlib import Path

from ..blocks import RawDocument
from ..errors import CorruptDocumentError, InputError, UnsupportedFormatError
from .txt import read_txt

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_OTHER_SUFFIXES = {".pdf", ".doc", ".wps", ".rtf", ".odt", ".html", ".htm", ".xls", ".xlsx", ".pptx"}


def read_bytes(data: bytes, name: str | None = None) -> RawDocument:
    """Read a document held in memory; `name` (a path or file name) only labels it."""
    suffix = Path(name).suffix.lower() if name else ""
    if data.startswith(_OLE_MAGIC):
        if suffix == ".docx":
            raise CorruptDocumentError("encrypted (password-protected) Word document, or a .doc renamed .docx", name)
        raise UnsupportedFormatError("an old binary Office document (.doc/.wps); save it as .docx", name)
    if data.startswith(_ZIP_MAGIC) or suffix == ".docx":
        from .docx import read_docx  # lxml only for documents that need it

        return read_docx(data, name)
    if suffix in _OTHER_SUFFIXES:
        raise UnsupportedFormatError(f"{suffix} files are not read yet; save the plan as .docx or .txt", name)
    return read_txt(data, name)


def read_path(path: str | os.PathLike[str]) -> RawDocument:
    """Read a document from disk, with a one-line error for every way a path can fail."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file", name) from None
    except PermissionError:
        raise InputError("permission denied", name) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), name) from None
    return read_bytes(data, name)
