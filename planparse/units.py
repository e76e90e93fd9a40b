"""Lists of unit names (and of people): split where the document separates them, nowhere else."""

from __future__ import annotations

import re

from .text import split_top_level, squeeze

# Typesetting pads two-character names to the width of three (王  明); web pages keep the pad.
_PADDING = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")

# 和 and 及 are not separators here: 党外干部和民主党派科 is one unit.
_SEPARATORS = "、，,；;\n"  # a table cell may list one unit per line
_EMPTY_VALUES = {"无", "暂无", "/", "-", "—", "——", "待定"}


def split_names(value: str) -> list[str]:
    """Names as written, split on list separators that stand outside brackets and quotes."""
    names = []
    for start, end in split_top_level(value, _SEPARATORS):
        name = _PADDING.sub("", squeeze(value[start:end]))
        if name and name not in _EMPTY_VALUES:
            names.append(name)
    return names
