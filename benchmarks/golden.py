"""A golden master: the JSON planparse gives for every document at hand, to diff before and after a change.

    python benchmarks/golden.py snapshot /tmp/before      # before the change
    python benchmarks/golden.py snapshot /tmp/after       # after it
    python benchmarks/golden.py diff /tmp/before /tmp/after

The documents: the samples and the real documents beside the project (../shared), the test
cases, each rendered in every layout of benchmarks/render.py, and a corpus varied from the
samples as benchmarks/bench.py builds it. Only the outputs a change meant to change may differ;
`diff` lists the others by name, with the first lines that moved.
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import build  # noqa: E402
from benchmarks.render import LAYOUTS  # noqa: E402
from planparse import parse  # noqa: E402
from planparse.writers import plan_json  # noqa: E402

SHARED = ROOT.parent / "shared"
SOURCES = {
    "samples": SHARED / "samples",
    "real": SHARED / "eval" / "real" / "docs",
    "cases": ROOT / "tests" / "cases",
    "project-samples": ROOT / "samples",
}


def documents(scratch: Path) -> dict[str, Path]:
    """Every document of the master, by a name stable from run to run."""
    found: dict[str, Path] = {}
    for group, folder in SOURCES.items():
        texts = sorted(folder.rglob("*.txt"), key=lambda p: p.name) if folder.is_dir() else []  # the cases stand in folders by area
        for path in texts:
            found[f"{group}/{path.name}"] = path
        for layout, (render, suffix) in LAYOUTS.items():
            for path in texts:
                rendered = scratch / group / layout / f"{path.stem}{suffix}"
                rendered.parent.mkdir(parents=True, exist_ok=True)
                try:
                    rendered.write_bytes(render(path.read_text(encoding="utf-8")))
                except Exception:  # a layout that cannot render a document leaves it out, the same each run
                    continue
                found[f"{group}/{layout}/{rendered.name}"] = rendered
    build(scratch / "bench", 60, 30)
    for path in sorted((scratch / "bench").rglob("plan*.*")):
        found[f"bench/{path.parent.name}/{path.name}"] = path
    return found


def snapshot(target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        docs = documents(Path(scratch))
        for name, path in docs.items():
            try:
                plan = parse(path)
                text = plan_json(plan.model_copy(update={"source": plan.source.model_copy(update={"path": name, "sha256": ""})}))
            except Exception as error:  # an error is an output too
                text = f"error: {type(error).__name__}: {error}\n".replace(scratch, "<scratch>")  # the same each run
            out = target / (name.replace("/", "__") + ".json")
            out.write_text(text, encoding="utf-8")
    print(f"{len(docs)} documents written to {target}")
    return 0


def _lines(path: Path) -> list[str]:
    """The output's lines, less the schema's version: a new version alone changes no reading."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return [line for line in text.splitlines() if '"schema_version"' not in line]


def diff(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    changed = 0
    for name in names:
        a, b = before / name, after / name
        old, new = _lines(a), _lines(b)
        if old != new:
            changed += 1
            print(f"== {name}")
            print("\n".join(list(difflib.unified_diff(old, new, lineterm="", n=0))[2:14]))
    print(f"{changed} of {len(names)} outputs changed")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "snapshot":
        return snapshot(Path(argv[1]))
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
