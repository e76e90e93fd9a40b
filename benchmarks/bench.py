"""Throughput of `planparse batch` and the cold start of the command, against floors in the same run.

    python benchmarks/bench.py [--txt 1500] [--docx 600]

Builds a corpus from the sample plans, varied by `vary` so that no two documents share their
lines (the years, unit names and wording of every paragraph change), runs `planparse batch`
over it with 1 and 2 jobs, and prints documents per second against two floors: that of any
reader (reading the bytes of a .txt; unzip and lxml parse of a .docx's document.xml), and that
of any batch that writes one output per input (the reader's floor, then a small file written
to a temporary name and renamed, as `planparse batch` does). The second shows what the disk
costs: creating a file on this machine's disk has taken from 0.05 ms to 0.9 ms of kernel time,
hour by hour, and does not go faster with two processes. Then the cold start of `planparse
--help` and of one `planparse extract`. Everything is written under the temporary folder, so
`TMPDIR=/dev/shm` measures the batch without the disk.

Rates: over the whole run; once started (the run less a run over one document: what each
further document costs, without the start-up a large folder pays once); and per CPU second of
the batch's processes (the per-core rate, the least disturbed by other load on the machine).
Each is the best of three interleaved rounds.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
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


def floor_per_second(folder: Path, suffix: str, write: bool = False) -> float:
    """Documents per CPU second of reading each input (and with `write`, of writing a small
    output for each through a temporary file and a rename, as a batch does)."""
    files = sorted(folder.glob(f"*{suffix}"))
    out = Path(tempfile.mkdtemp(prefix="planparse-floor-"))
    try:
        began = time.process_time()
        for path in files:
            data = path.read_bytes()
            if suffix == ".docx":
                with zipfile.ZipFile(io.BytesIO(data)) as archive:
                    etree.fromstring(archive.read("word/document.xml"))
            if write:
                temporary = out / f".{path.name}.tmp"
                temporary.write_bytes(b"{}\n")
                temporary.replace(out / f"{path.name}.json")
        return len(files) / max(time.process_time() - began, 1e-9)
    finally:
        shutil.rmtree(out)


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds of CPU in the batch's processes, workers included


def batch_run(folder: Path, jobs: int) -> Run:
    out = Path(tempfile.mkdtemp(prefix="planparse-bench-"))
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "planparse", "batch", str(folder), "-o", str(out), "--jobs", str(jobs)],
                       check=True, capture_output=True)
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return Run(wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    finally:
        shutil.rmtree(out)


def throughput(folder: Path, one: Path, suffix: str, repeats: int = 3) -> dict[str, float]:
    """The best of `repeats` interleaved rounds (this machine's speed drifts from minute to
    minute, so the runs compared are made side by side). A run over one document gives the fixed
    cost (start-up, imports, worker processes) that the rates once started leave out; the
    floors are measured in each round too, and the CPU a batch spends beyond the write floor is
    its own work: parsing, rendering, the summary."""
    count = len(list(folder.iterdir()))
    best: dict[str, float] = {}
    for _ in range(repeats):
        floor, write_floor = floor_per_second(folder, suffix), floor_per_second(folder, suffix, write=True)
        one_job, two_jobs, fixed_one, fixed_two = batch_run(folder, 1), batch_run(folder, 2), batch_run(one, 1), batch_run(one, 2)
        cpu_per_document = max(one_job.cpu - fixed_one.cpu, 1e-9) / (count - 1)
        rates = {
            "1 job": count / one_job.wall,
            "2 jobs": count / two_jobs.wall,
            "1 job, started": (count - 1) / max(one_job.wall - fixed_one.wall, 1e-9),
            "2 jobs, started": (count - 1) / max(two_jobs.wall - fixed_two.wall, 1e-9),
            "per CPU second": 1 / cpu_per_document,
            "floor": floor,
            "write floor": write_floor,
            "beyond the write floor": 1 / max(cpu_per_document - 1 / write_floor, 1e-9),
        }
        best = {key: max(value, best.get(key, 0.0)) for key, value in rates.items()}
    return best


def _planparse() -> list[str]:
    """The installed command, as a user runs it: beside this Python (a venv run without activating
    it), else on PATH, else through `python -m`."""
    script = Path(sys.executable).with_name("planparse")
    if script.exists():
        return [str(script)]
    found = shutil.which("planparse")
    return [found] if found else [sys.executable, "-m", "planparse"]


def cold_start(*args: str) -> float:
    """Best of five fresh processes, with the bytecode cached as an installed package has it (pip
    compiles it on install; an environment that sets PYTHONDONTWRITEBYTECODE would otherwise pay
    for compiling every module on every start)."""
    best = float("inf")
    command = _planparse()
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([*command, *args], check=True, capture_output=True, env=environment)  # writes the bytecode
    for _ in range(5):
        began = time.perf_counter()
        subprocess.run([*command, *args], check=True, capture_output=True, env=environment)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--txt", type=int, default=1500)
    parser.add_argument("--docx", type=int, default=600)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="planparse-corpus-") as tmp:
        corpus = Path(tmp)
        build(corpus, options.txt, options.docx)
        print(f"corpus: {options.txt} .txt and {options.docx} .docx plans varied from the samples")
        print("documents per second: over the whole run; once started (the run less a one-document run)")
        print(f"{'input':6} {'1 job':>7} {'2 jobs':>7} {'scaling':>8} {'1 job, started':>15} {'2 jobs, started':>16} {'scaling':>8}")
        rates = {}
        for kind, suffix in (("txt", ".txt"), ("docx", ".docx")):
            folder = corpus / kind
            single = corpus / f"one-{kind}"
            single.mkdir()
            shutil.copy(next(iter(sorted(folder.iterdir()))), single)
            rate = rates[kind] = throughput(folder, single, suffix)
            print(f"{kind:6} {rate['1 job']:7.0f} {rate['2 jobs']:7.0f} {rate['2 jobs'] / rate['1 job']:7.2f}x "
                  f"{rate['1 job, started']:15.0f} {rate['2 jobs, started']:16.0f} "
                  f"{rate['2 jobs, started'] / rate['1 job, started']:7.2f}x")
        print("documents per CPU second, 1 job: the batch; the floors (read; read and write one file); the batch beyond the write floor")
        print(f"{'input':6} {'batch':>7} {'floor: read':>12} {'/ floor':>8} {'floor: read+write':>18} {'/ floor':>8} {'beyond the write floor':>23}")
        for kind, rate in rates.items():
            print(f"{kind:6} {rate['per CPU second']:7.0f} {rate['floor']:12.0f} {rate['per CPU second'] / rate['floor']:8.4f} "
                  f"{rate['write floor']:18.0f} {rate['per CPU second'] / rate['write floor']:8.4f} {rate['beyond the write floor']:23.0f}")
    print(f"cold start: planparse --help {cold_start('--help'):.3f} s, "
          f"planparse extract (one sample) {cold_start('extract', str(ROOT / 'samples' / 'celebration_plan_2021.txt')):.3f} s")


if __name__ == "__main__":
    main()
