"""Instructions per document, counted by valgrind: a measure of parsing cost that does not move
with the machine's load, unlike seconds (on a shared machine those drift by 2x within an hour).

    python benchmarks/instructions.py [--docs 30]

Runs planparse under `valgrind --tool=callgrind` over N and then 2N .txt and .docx documents
varied from the samples (as benchmarks/bench.py builds them) and divides the difference by N, so start-up and
imports cancel out. Three paths, each against the floor in the same run:

  floor    read the document: decode a .txt and split its lines, or unzip and walk a .docx
  parse    the floor, then parse and render the Plan as JSON
  batch    `run_batch` with one job: parse, write the .json and activities.csv
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import build  # noqa: E402

PATHS = {
    "floor": "from planparse.readers import read_path\nfor p in files: read_path(p)",
    "parse": "from planparse import parse\nfrom planparse.writers import plan_json\nfor p in files: plan_json(parse(p))",
    "batch": (
        "import tempfile\nfrom planparse.batch import prepare_batch, run_batch\n"
        "folder = Path(tempfile.mkdtemp())\n"
        "for p in files: (folder / p.name).write_bytes(p.read_bytes())\n"
        "run_batch(prepare_batch(folder, Path(tempfile.mkdtemp())), 1)"
    ),
}


def instructions(program: str, folder: Path, count: int) -> int:
    script = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pathlib import Path\n" \
             f"files = sorted(Path({str(folder)!r}).iterdir())[:{count}]\n{program}\n"
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", script],
        capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # string hashes change set order, and the count with it
    )
    collected = next(line for line in done.stderr.splitlines() if "Collected" in line)
    return int(collected.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=30)
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="planparse-corpus-") as tmp:
        build(Path(tmp), 2 * options.docs, 2 * options.docs)
        print(f"plans varied from the samples, {options.docs} and {2 * options.docs} documents")
        print(f"{'input':6} {'path':6} {'instructions per document':>26} {'/ floor':>8}")
        for kind in ("txt", "docx"):
            folder = Path(tmp) / kind
            floor = 0.0
            for name, program in PATHS.items():
                first, second = instructions(program, folder, options.docs), instructions(program, folder, 2 * options.docs)
                count = (second - first) / options.docs
                floor = floor or count
                print(f"{kind:6} {name:6} {count / 1e6:24.2f} M {count / floor:8.1f}")


if __name__ == "__main__":
    main()
