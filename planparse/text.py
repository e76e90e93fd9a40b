"""Character-level helpers shared by every stage.

`fold` maps a string onto the forms the vocabulary is written in *without changing its length*,
so a match found in the folded text slices the original: values keep the script and width the
document used while patterns are written once, in simplified script and ASCII punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from .vocabulary.script import SIMPLIFIED_OF

OPENING = "（(〈<《“‘[【{「『〔［｛"
CLOSING = "）)〉>》”’]】}」』〕］｝"
CLOSER_OF = dict(zip(OPENING, CLOSING, strict=True))

#: Sentence ends for an item's title; commas are not, since titles hold them inside quotes.
SENTENCE_ENDS = "。！？!?；;"
# What ends a title: a full stop, never a ； between the clauses or the jobs of one task (as a ledger copies it)
TITLE_ENDS = "。！？!?"

_SPACES = "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"


def _fold_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
    table.update({ord(ch): " " for ch in _SPACES})
    table.update({ord("－"): "-", ord("−"): "-", ord("○"): "〇", ord("◯"): "〇"})  # 二○○八年: a circle for the zero
    table.update({ord(trad): simp for trad, simp in SIMPLIFIED_OF.items()})
    return table


# Every entry maps one character to one, so folding never changes a string's length.
_FOLD = _fold_table()
# str.translate looks every character up in the table (about 80 ns each), while most characters
# of a plan need no folding: the punctuation a plan is full of is replaced one character at a
# time (each a fast scan), and only the runs of the rest that do need folding are translated.
_FREQUENT = tuple((ch, _FOLD[ord(ch)]) for ch in "，：；（）！？\u3000")
_RARE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD) if chr(code) not in dict(_FREQUENT)) + "]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Simplified script, half-width punctuation and digits; same length as `text`."""
    for wide, narrow in _FREQUENT:
        if wide in text:
            text = text.replace(wide, narrow)
    return _RARE.sub(_fold_run, text)


# …（县委宣传部负责）；二是经费到位: a ； before the next point's marker ends the point
_TITLE_END = re.compile(
    rf"[{TITLE_ENDS}]|[；;](?=\s*(?:[一二三四五六七八九十]{{1,3}}是|\d{{1,2}}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[①-⑳]))"
)
_OPENERS = re.compile(f"[{re.escape(OPENING)}]")


@lru_cache(maxsize=32)
def _structure_pattern(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(OPENING + CLOSING + separators)}]")


def split_top_level(text: str, separators: str) -> Iterator[tuple[int, int]]:
    """Spans of `text` between separators that stand outside every bracket and quote."""
    depth: list[str] = []
    start = 0
    for found in _structure_pattern(separators).finditer(text):  # only brackets and separators matter
        i, ch = found.start(), found.group()
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in CLOSER_OF:
            depth.append(CLOSER_OF[ch])
        elif ch in CLOSING and ch in depth:  # a mismatched closer: unwind to it
            while depth and depth.pop() != ch:
                pass
        elif not depth and ch in separators:
            yield start, i
            start = i + 1
    yield start, len(text)


def words_pattern(words: Iterable[str]) -> str:
    """A regular expression for any of `words`, longest first, with shared beginnings factored
    out (牵头(?:单位|部门|…)): the engine tries each branch at every position it scans, so a
    flat list of a hundred labels costs a hundred tries where this costs a few."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append("")  # the word may end here; the longer ones are tried first
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return pattern(trie)


def first_sentence(text: str) -> str:
    """The text up to the first full stop that stands outside brackets and quotes."""
    end = _TITLE_END.search(text)
    if end is None or not _OPENERS.search(text, 0, end.start()):
        return (text[: end.start()] if end else text).strip()  # no bracket before it: the common case
    for _, end_at in split_top_level(text, SENTENCE_ENDS):
        if end_at == len(text) or _TITLE_END.match(text, end_at):
            return text[:end_at].strip()
    return text.strip()


def closing_bracket_at_depth_zero(text: str) -> int:
    """Index of the first closing bracket in `text` that closes nothing opened within it, or -1."""
    depth: list[str] = []
    for i, ch in enumerate(text):
        if depth and ch == depth[-1]:
            depth.pop()
        elif ch in CLOSER_OF:
            depth.append(CLOSER_OF[ch])
        elif ch in CLOSING and ch not in "”’":
            return i
    return -1


def display_width(text: str) -> int:
    """Columns on screen: a Chinese character or full-width form takes two, ASCII one."""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def squeeze(text: str) -> str:
    """Strip the separators and spaces that a list or a label leaves at either end."""
    return text.strip(" \t\r\n\u3000、，,；;。:：|｜")
