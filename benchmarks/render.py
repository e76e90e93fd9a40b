"""Render every .txt in a folder in another form: .docx (literal numbers, Word's automatic
numbering, a task table), .html (a saved government page, with the plan as paragraphs or its
activities as a <table>), .pdf (lines wrapped at the page width, page numbers, a running head)
or .txt wrapped at 72 columns, as a mail client sends it.

    python benchmarks/render.py numbered ../shared/samples /tmp/numbered
    python ../shared/eval/score.py ../shared/eval/gold /tmp/numbered --ext .docx

The same plan must score the same whichever way it arrives; .ci/run checks every layout.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.docx_builder import literal_layout, numbered_layout, table_layout
from tests.html_builder import html_layout, html_table_layout
from tests.pdf_builder import pdf_layout
from tests.text_builder import wrapped_layout

LAYOUTS = {
    "literal": (literal_layout, ".docx"),
    "numbered": (numbered_layout, ".docx"),
    "table": (table_layout, ".docx"),
    "html": (html_layout, ".html"),
    "html-table": (html_table_layout, ".html"),
    "pdf": (pdf_layout, ".pdf"),
    "wrapped": (wrapped_layout, ".txt"),
}


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in LAYOUTS:
        print(__doc__, file=sys.stderr)
        return 2
    (layout, suffix), source, target = LAYOUTS[argv[0]], Path(argv[1]), Path(argv[2])
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.txt")):
        (target / f"{path.stem}{suffix}").write_bytes(layout(path.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
