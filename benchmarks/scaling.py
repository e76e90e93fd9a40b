"""Parsing cost against the size of a plan: linear, or a pass grows with the square.

    python benchmarks/scaling.py [--items 1000]

Two measures. First, plans of about 0.6, 1.25, 2.5 and 5 MB (numbered activities with fields,
grouped under headings, as long minutes and work programmes are), the time of each and its
ratio to the previous size: near 2.0 is linear, near 4.0 quadratic. Then five shapes, each a
plan of N items and of 10N, written as plans write them (numbered items with fields, bullets
with an assigning bracket, unnumbered paragraphs under a heading, dated schedule lines, one long
paragraph of clauses), and the ratio of the times: about 10 for a linear parser. First of all,
the inputs built to be costly (tests/hostile.py) at 1x, 2x, 4x and 8x, with the fitted exponent
of time on size: about 1 for a linear parser, 2 for a quadratic pass.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planparse import parse_bytes, parse_text
from planparse.errors import PlanparseError
from tests import hostile


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


def _exponent(sizes: list[int], times: list[float]) -> float:
    """The slope of log(time) on log(size), by least squares: 1 for linear, 2 for quadratic."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def _best(document: str | tuple[bytes, str]) -> float:
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        with contextlib.suppress(PlanparseError):  # a refusal costs time too
            parse_text(document) if isinstance(document, str) else parse_bytes(*document)
        best = min(best, time.perf_counter() - began)
    return best


def _hostile_document(name: str, k: int) -> str | tuple[bytes, str]:
    if name in hostile.SHAPES:
        return hostile.SHAPES[name](k)
    if name == "short .docx paragraphs":
        return hostile.docx_many_paragraphs(250 * k)[1], "x.docx"
    return hostile.pdf_shared_stream(k // 2 or 1, 2**16)[1], "x.pdf"  # PDF pages on one stream


def hostile_shapes(base: int) -> None:
    """The inputs built to be costly (tests/hostile.py), each at 1x to 8x: the fitted exponent of
    time on size is about 1 for a linear parser."""
    factors = [1, 2, 4, 8]
    print(f"{'hostile shape':26} " + " ".join(f"{f'{f}x':>8}" for f in factors) + f" {'exponent':>9}")
    for name in [*hostile.SHAPES, "short .docx paragraphs", "PDF pages on one stream"]:
        times = [_best(_hostile_document(name, base * f)) for f in factors]
        print(f"{name:26} " + " ".join(f"{t:7.3f}s" for t in times) + f" {_exponent(factors, times):9.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--hostile", type=int, default=10, metavar="N", help="the hostile shapes' 1x size (tests/hostile.py)")
    options = parser.parse_args()
    n = options.items
    hostile_shapes(options.hostile)
    print()
    parse_text(SHAPES["numbered items with fields"](10))  # imports and caches out of the way
    by_size()
    print()
    print(f"{'shape':28} {f'{n} items':>10} {f'{10 * n} items':>11} {'ratio':>6}")
    for name, build in SHAPES.items():
        small, large = seconds(build(n)), seconds(build(10 * n))
        print(f"{name:28} {small:9.3f}s {large:10.3f}s {large / small:6.1f}")


if __name__ == "__main__":
    main()
