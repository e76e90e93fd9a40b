"""Parsing cost against the size of a plan: linear, or a pass grows with the square.

    python benchmarks/scaling.py [--items 1000]

Two measures. First, plans of about 0.6, 1.25, 2.5 and 5 MB (numbered activities with fields,
grouped under headings, as long minutes and work programmes are), the time of each and its
ratio to the previous size: near 2.0 is linear, near 4.0 quadratic. Then five shapes, each a
plan of N items and of 10N, written as plans write them (numbered items with fields, bullets
with an assigning bracket, unnumbered paragraphs under a heading, dated schedule lines, one long
paragraph of clauses), and the ratio of the times: about 10 for a linear parser.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planparse import parse_text


def chinese(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        return (digits[n // 10] if n >= 20 else "") + "十" + (digits[n % 10] if n % 10 else "")
    return (digits[n // 100] + "百" + ("零" if (n % 100) < 10 and n % 100 else "") + (chinese(n % 100) if n % 100 else "")
            if n < 1000 else str(n))


def plan_of(size: int) -> str:
    parts = ["2021年全区重点工作任务分工方案", "", "为推进各项工作，制定如下方案。"]
    group = item = 0
    while sum(len(p) for p in parts) < size:
        if item % 20 == 0:  # numbering restarts in every group, as in real plans
            group += 1
            parts.append(f"{chinese(group)}、第{group}组重点工作")
        item += 1
        parts += [
            f"{(item - 1) % 20 + 1}.推进第{item}项重点工作。围绕中心任务，细化工作措施，明确时间节点，确保按期完成，形成工作合力。",
            f"牵头单位：区发展改革局{item % 7}科、区财政局",
            f"责任单位：各镇（街道）、区直有关部门{item % 11}",
            f"完成时限：2021年{item % 12 + 1}月底前",
        ]
    return "\n".join(parts)


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


def by_size() -> None:
    print(f"{'size':>8} {'activities':>11} {'seconds':>8} {'ratio':>6}")
    previous = None
    for size in (210_000, 420_000, 840_000, 1_680_000):  # characters: about 0.6, 1.25, 2.5 and 5 MB in UTF-8
        text = plan_of(size)
        began = time.perf_counter()
        plan = parse_text(text)
        elapsed = time.perf_counter() - began
        ratio = f"{elapsed / previous:5.2f}" if previous else "    -"
        print(f"{len(text.encode()) / 1e6:6.2f}MB {len(plan.activities):11} {elapsed:8.2f} {ratio}")
        previous = elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=1000)
    n = parser.parse_args().items
    parse_text(SHAPES["numbered items with fields"](10))  # imports and caches out of the way
    by_size()
    print()
    print(f"{'shape':28} {f'{n} items':>10} {f'{10 * n} items':>11} {'ratio':>6}")
    for name, build in SHAPES.items():
        small, large = seconds(build(n)), seconds(build(10 * n))
        print(f"{name:28} {small:9.3f}s {large:10.3f}s {large / small:6.1f}")


if __name__ == "__main__":
    main()
