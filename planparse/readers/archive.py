"""Zip packages (.docx, .xlsx): opened with a limit on what they may unpack to, so that a
few kilobytes cannot ask for gigabytes (a zip bomb). The sizes the archive's directory declares
are checked before anything is unpacked; Python's zipfile never returns more than they say."""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import CorruptDocumentError

#: Refuse a part that would unpack past this; PLANPARSE_MAX_UNZIPPED_MB overrides.
DEFAULT_MAX_UNZIPPED = 200 * 1024 * 1024

# Every way a damaged or encrypted archive fails to unpack.
UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError)


def max_unzipped() -> int:
    value = os.environ.get("PLANPARSE_MAX_UNZIPPED_MB")
    return int(value) * 1024 * 1024 if value and value.isdigit() else DEFAULT_MAX_UNZIPPED


@contextmanager
def unzipped(data: bytes, path: str | None, kind: str, every_xml: bool = False) -> Iterator[zipfile.ZipFile]:
    """The open archive, once its declared sizes pass: the whole at most 20 times the part limit,
    and (`every_xml`, for a library that reads the parts itself) each XML part within it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except UNPACK_ERRORS:
        raise CorruptDocumentError(f"not a readable {kind}: the zip archive is corrupt or truncated", path) from None
    with archive:
        limit = max_unzipped()
        members = archive.infolist()
        total = sum(info.file_size for info in members)
        if total > 20 * limit:
            raise CorruptDocumentError(f"archive unpacks to {total // 2**20} MB, past the limit (a zip bomb?)", path)
        for info in members if every_xml else ():
            if info.filename.endswith((".xml", ".rels")) and info.file_size > limit:
                raise CorruptDocumentError(f"{info.filename} unpacks to {info.file_size // 2**20} MB, past the limit (a zip bomb?)", path)
        yield archive


def part_bytes(archive: zipfile.ZipFile, name: str, path: str | None) -> bytes | None:
    """One part's bytes (None when the archive has no such part), within the limit."""
    try:
        info = archive.getinfo(name.lstrip("/"))
    except KeyError:
        return None
    limit = max_unzipped()
    if info.file_size > limit:
        raise CorruptDocumentError(f"{name} unpacks to {info.file_size // 2**20} MB, past the limit (a zip bomb?)", path)
    try:
        with archive.open(info) as handle:
            return handle.read(limit + 1)
    except UNPACK_ERRORS as exc:
        raise CorruptDocumentError(f"corrupt archive: {name} cannot be unpacked ({exc})", path) from None
