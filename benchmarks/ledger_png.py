"""The ledger as it prints: write the samples' XLSX ledger, print it to PDF with LibreOffice and
render its pages as PNG, to check by eye that a page reads as a ledger made by hand.

    python benchmarks/ledger_png.py [INPUT...] [--out DIR]

Needs LibreOffice (soffice) and poppler's pdftoppm. Prints the PNG files it wrote.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planparse import parse  # noqa: E402
from planparse.batch import discover  # noqa: E402
from planparse.ledger import write_xlsx  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", default=[str(ROOT.parent / "shared" / "samples")])
    parser.add_argument("--out", default=tempfile.mkdtemp(prefix="planparse-ledger-"))
    options = parser.parse_args()
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        sys.exit("needs LibreOffice (soffice) and pdftoppm (poppler-utils)")
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    ledger = out / "台账.xlsx"
    write_xlsx([parse(path) for path in discover(options.inputs).files], str(ledger))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), str(ledger)], check=True, capture_output=True, timeout=180)
    subprocess.run([pdftoppm, "-png", "-r", "60", str(ledger.with_suffix(".pdf")), str(out / "page")], check=True)
    for page in sorted(out.glob("page*.png")):
        print(page)


if __name__ == "__main__":
    main()
