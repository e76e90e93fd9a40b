"""What unit segmentation costs: the dictionary load once per process, and the time per document.

    pip install -e '.[bench]' && python benchmarks/segmenter.py

Measured in fresh processes: importing and initialising jieba (what planparse uses) and rjieba
(the jieba-rs binding, for comparison); then, in one warm process, the parse time of a plan whose
responsibility is written in prose without delimiters (it needs the segmenter) against the same
plan with labelled fields (it does not), and whether the latter ever loads jieba.
"""

from __future__ import annotations

import subprocess
import sys
import time

LOAD = {
    "jieba": "import jieba, logging; jieba.setLogLevel(logging.WARNING); t = jieba.Tokenizer(); t.initialize(); t.lcut('区委宣传部牵头')",
    "rjieba": "import rjieba; rjieba.cut('区委宣传部牵头')",
}
PROSE = "宣讲工作方案\n\n" + "\n".join(
    f"{i}.开展第{i}项工作。围绕中心任务组织开展宣讲活动区委宣传部牵头，3月底前市财政局{i % 5}科配合完成资金拨付。" for i in range(1, 21)
)
FIELDS = "宣讲工作方案\n\n" + "\n".join(f"{i}.开展第{i}项工作。\n牵头单位：区委宣传部\n配合单位：市财政局{i % 5}科" for i in range(1, 21))


def load_seconds(code: str) -> float | None:
    best = None
    for _ in range(3):
        began = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", code], capture_output=True)
        elapsed = time.perf_counter() - began
        if result.returncode != 0:
            return None
        best = elapsed if best is None else min(best, elapsed)
    baseline = min(_time([sys.executable, "-c", "pass"]) for _ in range(3))
    return (best or 0.0) - baseline


def _time(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return time.perf_counter() - began


def per_document(text: str, number: int = 30) -> float:
    from planparse import parse_text

    parse_text(text)  # warm: the dictionary is loaded once per process
    began = time.perf_counter()
    for _ in range(number):
        parse_text(text)
    return (time.perf_counter() - began) / number


def main() -> None:
    print("load, in a fresh process (import + dictionary), best of 3:")
    for name, code in LOAD.items():
        seconds = load_seconds(code)
        print(f"  {name:7} {'not installed' if seconds is None else f'{seconds:.2f} s'}")
    check = "import sys; from planparse import parse_text; parse_text(" + repr(FIELDS) + "); print('jieba' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout.strip()
    print(f"a plan with labelled fields loads jieba: {loaded}")
    prose, fields = per_document(PROSE), per_document(FIELDS)
    print(f"per document (20 activities), warm: prose needing the segmenter {prose * 1000:.1f} ms, "
          f"labelled fields {fields * 1000:.1f} ms")


if __name__ == "__main__":
    main()
