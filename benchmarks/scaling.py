"""Parsing cost against document size: each doubling of a plan should double the time.

    python benchmarks/scaling.py

Builds plans of about 0.6, 1.25, 2.5 and 5 MB (numbered activities with fields, grouped under
headings, as long minutes and work programmes are) and prints the time of each and its ratio to
the previous size; a ratio near 2.0 means linear time, near 4.0 quadratic.
"""

from __future__ import annotations

import time

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


def main() -> None:
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


if __name__ == "__main__":
    main()
