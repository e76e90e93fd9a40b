"""How parsing grows with the size of a plan: the time for ten times the items, over the time
for one (about 10 for a linear parser; far more means a pass that grows with the square).

    python benchmarks/scaling.py [--items 1000]

Each shape is a plan of N items, then of 10N, written as plans write them: numbered items
with fields, bullets with an assigning bracket, unnumbered paragraphs under a heading, dated
schedule lines, and one long paragraph of clauses.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planparse import parse_text

SHAPES: dict[str, Callable[[int], str]] = {
    "numbered items with fields": lambda n: "方案\n\n一、重点任务\n" + "".join(
        f"（{i % 90 + 1}）开展第{i}项排查。\n责任单位：区应急局\n完成时限：6月底前\n" for i in range(n)),
    "bullets with a bracket": lambda n: "方案\n\n" + "● 开展宣传活动（区委宣传部负责，6月底前）\n" * n,
    "paragraphs under a heading": lambda n: "方案\n\n一、重点任务\n" + "推进老旧小区改造。（区住建局牵头，各街道配合）\n" * n,
    "dated schedule lines": lambda n: "活动安排\n\n" + "6月25日：举办知识竞赛（责任单位：党建办）\n" * n,
    "one long paragraph": lambda n: "方案\n\n一、重点任务\n1." + "推进各项工作，确保取得实效，" * n + "6月底前完成。\n",
}


def seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        parse_text(text)
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=1000)
    n = parser.parse_args().items
    parse_text(SHAPES["numbered items with fields"](10))  # imports and caches out of the way
    print(f"{'shape':28} {f'{n} items':>10} {f'{10 * n} items':>11} {'ratio':>6}")
    for name, build in SHAPES.items():
        small, large = seconds(build(n)), seconds(build(10 * n))
        print(f"{name:28} {small:9.3f}s {large:10.3f}s {large / small:6.1f}")


if __name__ == "__main__":
    main()
