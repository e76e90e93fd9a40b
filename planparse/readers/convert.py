"""Old and other word-processor formats (.doc, .wps, .rtf, .odt), converted to .docx by LibreOffice.

Conversion runs in a temporary folder with a time limit, so a document that hangs LibreOffice
cannot hang a batch; without LibreOffice the error says how to get it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import CorruptDocumentError, UnsupportedFormatError

CONVERTIBLE = (".doc", ".wps", ".rtf", ".odt")
_INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or save it as .docx"


def _timeout() -> float:
    value = os.environ.get("PLANPARSE_CONVERT_TIMEOUT")
    return float(value) if value else 120.0


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, suffix: str, name: str | None) -> bytes:
    """The .docx LibreOffice makes of `data`, a document of the kind `suffix` names."""
    program = soffice()
    if program is None:
        raise UnsupportedFormatError(f"{suffix} needs LibreOffice to be read: {_INSTALL_HINT}", name)
    with tempfile.TemporaryDirectory(prefix="planparse-") as folder:
        source = Path(folder) / f"input{suffix}"
        source.write_bytes(data)
        command = [
            program, "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
            "--convert-to", "docx", "--outdir", folder, str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=_timeout(), check=False)
        except subprocess.TimeoutExpired:
            raise CorruptDocumentError(f"LibreOffice did not convert it within {_timeout():.0f} s", name) from None
        target = source.with_suffix(".docx")
        if not target.exists():
            raise CorruptDocumentError(f"LibreOffice could not convert this {suffix} file (damaged or encrypted?)", name)
        return target.read_bytes()
