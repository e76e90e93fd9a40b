"""pypdf against pdfplumber on Chinese plans: text quality and speed, in one run.

    pip install pdfplumber && python benchmarks/pdf.py

Renders every sample plan as a PDF (tests/pdf_builder.py: wrapped lines, page numbers, a
running head), extracts its text with each library, and prints the share of the plan's
characters recovered in order (difflib ratio on the text without white space) and the time
per document.
"""

from __future__ import annotations

import difflib
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pdf_builder import pdf_layout  # noqa: E402


def with_pypdf(data: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def with_pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    pdfs = [pdf_layout(text) for text in texts]
    print(f"{'library':11} {'text recovered':>15} {'ms per document':>16}")
    for name, extract in (("pypdf", with_pypdf), ("pdfplumber", with_pdfplumber)):
        try:
            extract(pdfs[0])
        except ImportError:
            print(f"{name:11} not installed")
            continue
        began = time.perf_counter()
        outputs = [extract(data) for data in pdfs for _ in range(3)][::3]
        elapsed = (time.perf_counter() - began) / (3 * len(pdfs))
        ratios = [difflib.SequenceMatcher(None, "".join(t.split()), "".join(o.split())).ratio() for t, o in zip(texts, outputs, strict=True)]
        print(f"{name:11} {sum(ratios) / len(ratios):14.1%} {elapsed * 1000:15.1f}")


if __name__ == "__main__":
    main()
