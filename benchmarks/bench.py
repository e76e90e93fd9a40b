"""Throughput of `planparse batch` and the cold start of the command, against floors in the same run.

    python benchmarks/bench.py [--txt 700] [--docx 400]

Builds a corpus from the sample plans, varied by `vary` so that no two documents share their
lines (the years, unit names and wording of every paragraph change), runs `planparse batch`
over it with 1 and 2 jobs, and prints documents per second against the floor of any reader
(reading the bytes of a .txt; unzip and lxml parse of a .docx's document.xml), and the cold
start of `planparse --help` and of one `planparse extract`. Each run is the best of three. The
rate once started divides the documents by the run's time less that of a run over one
document: what each further document costs, without the start-up a large folder pays once.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from tests.docx_builder import literal_layout, numbered_layout, table_layout  # noqa: E402

UNITS = ["区委办公室", "区政府办公室", "区委宣传部", "区发展改革局", "区财政局", "区教育局", "区民政局", "区文旅局",
         "区住建局", "区卫健委", "各街道党工委", "各镇人民政府", "团区委", "区妇联", "区总工会", "区融媒体中心"]
FILLERS = ["，扎实推进各项工作", "，确保取得实效", "，形成工作合力", "，营造浓厚氛围", "，做到有序开展", "，突出特色亮点"]


def vary(text: str, seed: int) -> str:
    """Another plan of the same shape: other years, other units, every sentence reworded a little."""
    rng = random.Random(seed)
    shift = rng.randint(-3, 3)
    text = re.sub(r"20(\d\d)(?=年|〕)", lambda m: str(2000 + int(m.group(1)) + shift), text)
    text = re.sub(r"(?<=[：:])([^\n：:]{2,40})$",
                  lambda m: "、".join(rng.sample(UNITS, rng.randint(1, 3))) if "时" not in m.group(0) else m.group(1),
                  text, flags=re.M)
    return re.sub("。", lambda _: rng.choice(FILLERS) + f"（{rng.randint(1, 999)}）。", text)


def build(folder: Path, txt: int, docx: int) -> None:
    samples = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "samples").glob("news*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    layouts = [literal_layout, numbered_layout, table_layout]
    (folder / "txt").mkdir(parents=True)
    (folder / "docx").mkdir()
    for i in range(txt):
        (folder / "txt" / f"plan{i:05d}.txt").write_text(vary(texts[i % len(texts)], i), encoding="utf-8")
    for i in range(docx):
        layout = layouts[i % len(layouts)]
        (folder / "docx" / f"plan{i:05d}.docx").write_bytes(layout(vary(texts[i % len(texts)], 10**6 + i)))


def floor_per_second(folder: Path, suffix: str) -> float:
    files = sorted(folder.glob(f"*{suffix}"))
    began = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        if suffix == ".docx":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                etree.fromstring(archive.read("word/document.xml"))
    return len(files) / (time.perf_counter() - began)


def batch_seconds(folder: Path, jobs: int) -> float:
    """Wall time of one `planparse batch` over the folder, best of three."""
    best = float("inf")
    for _ in range(3):
        out = Path(tempfile.mkdtemp(prefix="planparse-bench-"))
        try:
            began = time.perf_counter()
            subprocess.run([sys.executable, "-m", "planparse", "batch", str(folder), "-o", str(out), "--jobs", str(jobs)],
                           check=True, capture_output=True)
            best = min(best, time.perf_counter() - began)
        finally:
            shutil.rmtree(out)
    return best


def throughput(folder: Path, one: Path, jobs: int) -> tuple[float, float]:
    """Documents per second over the whole run, and per document once started: the run less a
    run over one document (start-up, imports, worker processes) divides the rest."""
    count = len(list(folder.iterdir()))
    whole, fixed = batch_seconds(folder, jobs), batch_seconds(one, jobs)
    return count / whole, (count - 1) / max(whole - fixed, 1e-9)


def cold_start(*args: str) -> float:
    """Best of five fresh processes."""
    best = float("inf")
    for _ in range(5):
        began = time.perf_counter()
        subprocess.run(["planparse", *args], check=True, capture_output=True)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--txt", type=int, default=700)
    parser.add_argument("--docx", type=int, default=400)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="planparse-corpus-") as tmp:
        corpus = Path(tmp)
        build(corpus, options.txt, options.docx)
        print(f"corpus: {options.txt} .txt and {options.docx} .docx plans varied from the samples")
        print("docs/s: the whole run (start-up included) | once started (the run less a one-document run)")
        print(f"{'input':6} {'floor':>7} {'1 job':>15} {'2 jobs':>15} {'2 jobs / 1 job':>16} {'1 job / floor':>14}")
        for kind, suffix in (("txt", ".txt"), ("docx", ".docx")):
            folder = corpus / kind
            single = corpus / f"one-{kind}"
            single.mkdir()
            shutil.copy(next(iter(sorted(folder.iterdir()))), single)
            floor = floor_per_second(folder, suffix)
            (one, one_steady), (two, two_steady) = throughput(folder, single, 1), throughput(folder, single, 2)
            print(f"{kind:6} {floor:7.0f} {one:6.0f} | {one_steady:6.0f} {two:6.0f} | {two_steady:6.0f} "
                  f"{two / one:6.2f}x | {two_steady / one_steady:5.2f}x {one_steady / floor:13.4f}")
    print(f"cold start: planparse --help {cold_start('--help'):.3f} s, "
          f"planparse extract (one sample) {cold_start('extract', str(ROOT / 'samples' / 'celebration_plan_2021.txt')):.3f} s")


if __name__ == "__main__":
    main()
