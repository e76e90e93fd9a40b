"""Lines that hold several items, split before the outline is built.

Text copied out of web pages arrives as a whole plan on one line, or with a heading and its
first point, or a list of points, run together. The long line is split before each numbering
marker that follows the end of a sentence (or, where nothing at all was left between the
paragraphs, before the markers that count on); points assigned or asked one by one are split
where each ends.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, pairwise

from .blocks import Block
from .fields import find_fields
from .markers import RUN_ON, chinese_number, marker_of
from .outline import FIRST_AFTER_A_LEAD_IN
from .prose import asked_of_the_addressee, assigning_brackets
from .text import fold
from .vocabulary.labels import NAME_ROLES

_RUN_ON_MIN = 150  # a line shorter than this is a paragraph, however many numbers it holds


# where a paragraph may begin inside a line: after a stop, or after spaces (a run of spaces is
# tried from its start only, so the scan stays linear)
_AFTER_A_SENTENCE = re.compile(r"(?<=[。；;！!？?）)])\s*|(?<!\s)\s+")
_OPENER = re.compile(r"[一二三四五六七八九十(\d①-⑳]")  # what a marker of those styles opens with: a quick test
_HEAD = 48  # enough of what follows for a marker of those styles and a label after it


def _markers_after_sentences(folded: str) -> list[int]:
    """Where a numbered paragraph begins after a sentence or after spaces (…方案。一、工作任务…)."""
    return [m.end() for m in _AFTER_A_SENTENCE.finditer(folded)
            if _OPENER.match(folded, m.end()) and marker_of(folded[m.end(): m.end() + _HEAD], RUN_ON)]


# paragraphs joined with the spaces that indented them (…制定本方案。　　一、总体要求　　（一）…);
# two ideographic spaces are an indent in a line of any length, spaces only in a long one
_PARAGRAPH_GAP = re.compile(r"[ \u3000]{2,}")


_INDENT_GAP = re.compile(r"\u3000{2,}")


def split_run_on(blocks: list[Block]) -> list[Block]:
    """A document of one or a few very long lines, split where its paragraphs were joined with
    spaces and before its numbering markers."""
    # a few lines, or one that holds most of the text (a page's metadata above a body collapsed onto a line)
    total = sum(len(b.text) for b in blocks)
    if len(blocks) > 5 and not any(len(b.text) >= _RUN_ON_MIN and 2 * len(b.text) >= total for b in blocks):
        return blocks
    out: list[Block] = []
    for block in blocks:
        long = len(block.text) >= _RUN_ON_MIN and (len(blocks) <= 5 or 2 * len(block.text) >= total)
        if block.cells or not (long or "\u3000\u3000" in block.text.strip()):
            out.append(block)
            continue
        body = block.text.strip()
        gaps = [m.start() + len(block.text) - len(block.text.lstrip()) for m in (_PARAGRAPH_GAP if long else _INDENT_GAP).finditer(body)]
        folded = fold(block.text)
        markers = _markers_after_sentences(folded) if long else []
        if long:  # glued with nothing between: …方案一、工作任务（一）…1.…, also beside those after a stop
            markers = sorted({*markers, *_numbered_in_sequence(folded)})
        pieces = [block.text[a:b].rstrip() for a, b in pairwise([0, *gaps, len(block.text)])]
        if len(gaps) < 2 or sum(piece.endswith(("。", "；", ";", "！", "？")) for piece in pieces) < 2:
            gaps = []  # a row of cells set apart with spaces, not paragraphs: no sentence ends them
        cuts = sorted({*markers, *gaps})
        if len(cuts) < 2:
            out.append(block)
            continue
        starts = [0, *cuts]
        ends = [*cuts, len(block.text)]
        out.extend(Block(block.text[a:b].strip(), block.line) for a, b in zip(starts, ends, strict=True) if block.text[a:b].strip())
    return out


# (一)宣传报道 1、6月1日上午,…: a short heading, then its first point on the same line
_HEADING_THEN_FIRST = re.compile(
    r"^(?P<head>\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*[^\s。，,；;：:!?！？]{2,20})"
    r"[ \t\u3000]+(?=(?:1[、.．]|[(（]1[)）]|①)\S)"
)


def split_heading_from_its_first_point(blocks: list[Block]) -> list[Block]:
    """A heading written on the line of its first point, set apart by a space: two lines (the
    heading's own marker may stand apart from it too, as a list's tab prints it)."""
    out: list[Block] = []
    for block in blocks:
        found = None if block.cells or len(block.text) < _HEADING_WITH_POINT_MIN else _HEADING_THEN_FIRST.match(block.text)
        if found is None:
            out.append(block)
            continue
        out.append(Block(found.group("head").strip(), block.line))
        out.append(Block(block.text[found.end():].strip(), block.line))
    return out


_HEADING_WITH_POINT_MIN = 8


# 活动安排：1.千人签名活动 2.事故警示教育 3.应急演练: points in sequence after a lead-in, on its line
_LISTED_POINT = re.compile(r"(?:^|(?<=[:：\s。；;?？!！]))(\d{1,2})[.、．](?!\d)")


_LISTED_MIN = 3


_FIRST_POINTS = ("1.", "1、", "1．", "１")


_SECOND_POINTS = ("2.", "2、", "2．", "２")


def split_listed_points(blocks: list[Block]) -> list[Block]:
    """A line that lists three or more points numbered in sequence from 1, each after a colon, a
    space or a full stop, split before each point (its lead-in a line of its own)."""
    out: list[Block] = []
    for block in blocks:
        text = block.text
        listed = not block.cells and any(a in text for a in _FIRST_POINTS) and any(b in text for b in _SECOND_POINTS)
        found = list(_LISTED_POINT.finditer(fold(text))) if listed else []
        starts: list[int] = []
        for point in found:
            if int(point.group(1)) == len(starts) + 1:
                starts.append(point.start())
        if len(starts) < _LISTED_MIN or (starts[0] == 0 and len(found) > len(starts)):
            starts = _run_together(text)
        if not starts:
            out.append(block)
            continue
        edges = [0, *starts, len(block.text)] if starts[0] else [*starts, len(block.text)]
        out.extend(Block(block.text[a:b].strip(), block.line) for a, b in pairwise(edges) if block.text[a:b].strip())
    return out


# 2、“三八”感恩教育活动。3、主题班队。: the next point of the line's own list after a full stop
_OPENING_POINT = re.compile(r"\s*(\d{1,2})([、.．])(?!\d)")


_AFTER_A_STOP = re.compile(r"(?<=[。！？!?；;])\s*(\d{1,2})([、.．])(?!\d)")


def _run_together(text: str) -> list[int]:
    """Where the points of a line that opens with a numbered point, and goes on with the next
    numbers after full stops, start (0 first); [] where it holds one point."""
    opening = _OPENING_POINT.match(text) if "。" in text or "；" in text else None
    if opening is None:
        return []
    starts, expected = [0], int(opening.group(1)) + 1
    for point in _AFTER_A_STOP.finditer(text):
        if int(point.group(1)) == expected and point.group(2) == opening.group(2):
            starts.append(point.start(1))
            expected += 1
    return starts if len(starts) > 1 else []


# a marker anywhere in a line: 一、 (not the 一 that ends 统一, 唯一, 之一…), （一）, 1. or 1、 (not 1.5), （1）
_ANYWHERE = re.compile(
    r"(?P<cn>(?<![统同唯万之第专单划逐其任惟归合如一二三四五六七八九十])[一二三四五六七八九十]+)、"
    r"|\((?P<pcn>[一二三四五六七八九十]+)\)|(?<![\d.])(?P<d>\d{1,2})[.、](?!\d)|\((?P<pd>\d{1,2})\)"
)


_SEQUENCE_MIN = 4  # markers that count on, one by one, before a line is taken to hold a plan's items


def _numbered_in_sequence(folded: str) -> list[int]:
    """Where the markers of a plan glued onto one line with nothing between its paragraphs
    stand: each style's markers taken where they count on from the last one of that style (a
    list of 1. may start again at 1 under the next （二）), kept only where enough of them do."""
    last: dict[str, int] = {}
    cuts: list[int] = []
    for match in _ANYWHERE.finditer(folded):
        style = match.lastgroup or ""
        raw = match.group(style)
        number = int(raw) if raw.isdigit() else chinese_number(raw)
        if number is None:
            continue
        if number == last.get(style, 0) + 1 or (number == 1 and style in ("d", "pd")):
            last[style] = number
            cuts.append(match.start())
        elif not folded[: match.start()].strip():
            last[style] = number  # 三、…四、…: a line a wrap or a page started at its third part counts on from it
    return cuts if len(cuts) >= _SEQUENCE_MIN and len(last) >= 2 else []


# a point that follows one ending with who does it, on the same line: …（县教育局负责）；二是…;
# written for both widths and sought in the whole text at once, since most lines hold a bracket
# and folding or searching each of them would cost more than all the rest of this stage
_DIGITS = "0-9０-９"


_NEXT_POINT = re.compile(  # after a bracket, which the search makes full-width: a literal is sought fastest
    rf"）[ \t\u3000。；;，,]*(?=[二三四五六七八九十]是|[（(][{_DIGITS}]{{1,2}}[）)]|[{_DIGITS}]{{1,2}}[.、．](?![{_DIGITS}])|[②-⑳])"
)


def _assigned_at_end(piece: str) -> bool:
    """Whether the text ends with a bracket that says who does it, by verb or by label."""
    piece = piece.rstrip(" \t。；;，,")
    if not piece.endswith(("）", ")")):
        return False
    opening = max(piece.rfind("（"), piece.rfind("("))
    inside = piece[opening + 1: -1] if opening >= 0 else ""
    return any(f.role in NAME_ROLES for f in find_fields(inside)) or bool(assigning_brackets(piece))


def split_assigned_points(blocks: list[Block]) -> list[Block]:
    """Points written on one line, each ending with who does it (一是加强门卫管理（责任单位：
    各学校）；二是开展消防检查（责任单位：县教育局）), are tasks of their own, one to a line."""
    found = list(_NEXT_POINT.finditer("\n".join([block.text for block in blocks]).replace(")", "）")))
    if not found:
        return blocks
    starts = list(accumulate((len(block.text) + 1 for block in blocks), initial=0))
    cuts: dict[int, list[int]] = {}
    for match in found:
        index = bisect_right(starts, match.start()) - 1
        cuts.setdefault(index, []).append(match.end() - starts[index])
    out: list[Block] = []
    for index, block in enumerate(blocks):
        ends = cuts.get(index)
        pieces = [block.text[a:b] for a, b in pairwise([0, *ends, len(block.text)])] if ends and not block.cells else []
        if not pieces or not all(_assigned_at_end(p) for p in pieces):
            out.append(block)
            continue
        first = FIRST_AFTER_A_LEAD_IN.search(block.text, 0, len(pieces[0]))
        if first:  # a heading the points follow: 二、落实措施。一是…
            pieces[:1] = [block.text[: first.end()], pieces[0][first.end():]]
        out.extend(Block(p.strip(), block.line) for p in pieces if p.strip())
    return out


# 请你局重点做好以下工作：一是…；二是…: points, and where each starts, written on the line of the request they answer
_POINT_IN_A_LINE = re.compile(r"(?<=[：:；;。])[ \t\u3000]*(?=([一二三四五六七八九十])是)")


def split_asked_points(blocks: list[Block]) -> list[Block]:
    """Points a notice asks its addressee for on one line (请你局重点做好以下工作：一是…；二是…) are
    its items, one to a line: each is a task of the addressee's, not a point of one task."""
    if not any("二是" in block.text for block in blocks):
        return blocks
    out: list[Block] = []
    for block in blocks:
        text = block.text
        cuts = [m.start() for m in _POINT_IN_A_LINE.finditer(text)] if "二是" in text and not block.cells else []
        numbers = [chinese_number(text[at:].lstrip()[0]) for at in cuts]
        if len(cuts) < 2 or numbers != list(range(1, len(cuts) + 1)) or not asked_of_the_addressee(text[: cuts[0]]):
            out.append(block)
            continue
        out.extend(Block(text[a:b].strip(), block.line) for a, b in pairwise([0, *cuts, len(text)]))
    return out
