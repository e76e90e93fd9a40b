"""Old and other formats, converted by LibreOffice: word processors' (.doc, .wps, .rtf, .odt) to
.docx, spreadsheets' (.xls, and WPS's .et) to .xlsx.

Conversion runs in a temporary folder with a time limit, so a document that hangs LibreOffice
cannot hang a batch; without LibreOffice the error says how to get it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..budget import unlimited_child
from ..errors import CorruptDocumentError, UnsupportedFormatError

CONVERTIBLE = (".doc", ".wps", ".rtf", ".odt")
SPREADSHEETS = (".xls", ".et")


def _install_hint(to: str) -> str:
    package = "libreoffice-writer-nogui" if to == "docx" else "libreoffice-calc-nogui"
    return f"install LibreOffice (Debian/Ubuntu: apt-get install {package}) or save it as .{to}"


def _timeout() -> float:
    value = os.environ.get("PLANPARSE_CONVERT_TIMEOUT")
    return float(value) if value else 120.0


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def converted(data: bytes, suffix: str, name: str | None, to: str = "docx") -> bytes:
    """The .docx (or `to`) LibreOffice makes of `data`, a document of the kind `suffix` names."""
    program = soffice()
    if program is None:
        raise UnsupportedFormatError(f"{suffix} needs LibreOffice to be read: {_install_hint(to)}", name)
    with tempfile.TemporaryDirectory(prefix="planparse-") as folder:
        source = Path(folder) / f"input{suffix}"
        source.write_bytes(data)
        command = [
            program, "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
            "--convert-to", to, "--outdir", folder, str(source),
        ]
        try:
            # LibreOffice reserves gigabytes of address space it never uses: not within the file's memory budget
            subprocess.run(command, capture_output=True, timeout=_timeout(), check=False,
                           preexec_fn=unlimited_child if os.name == "posix" else None)
        except subprocess.TimeoutExpired:
            raise CorruptDocumentError(f"LibreOffice did not convert it within {_timeout():.0f} s", name) from None
        target = source.with_suffix(f".{to}")
        if not target.exists():
            raise CorruptDocumentError(f"LibreOffice could not convert this {suffix} file (damaged or encrypted?)", name)
        return target.read_bytes()
