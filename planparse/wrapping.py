"""Paragraphs that a page or a fixed line width broke into lines, joined back.

A PDF page breaks every paragraph at its width; so does text that went through an e-mail
client or an editor that wraps at a column. A line as wide as the page that does not end a
sentence goes on into the next line, unless the next one opens an item or a field (a label the
break cut in two, 完成时 / 限：, is joined back). Whatever its width, a line goes on from the
one before where no paragraph could open: with a comma or a closing bracket, with the end of a
label, with the rest of a number or the 前 of a date, with the value of a label the line before
ended with, closing a bracket the line before left open, or, in plain text, after a list left
open (区教育局、). A deadline field's value
that ends a line whole ends its paragraph, however wide the line. Plain text is taken as
wrapped when many of its lines stop mid-sentence at one width, which a document written a
paragraph per line never shows.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import pairwise

from .blocks import PAGE_FOOT_BEFORE_TEXT, Block
from .fields import find_fields, leading_label_role
from .markers import PERIOD, find_marker, opens_numbered
from .numbering import format_number
from .text import display_width, fold, words_pattern
from .units import is_unit_name, reads_as_unit
from .vocabulary.labels import ASSIGNING_VERBS, LABEL_ROLES, NAME_ROLES
from .vocabulary.times import UNDATED_TIMES
from .vocabulary.units import ORG_SUFFIXES

SENTENCE_END = tuple("。；;！!？?")  # a closing quote or bracket, or a colon, ends no paragraph
_LONG = 40  # a line narrower than this (20 Chinese characters) shows no width it was wrapped at
_WRAPPED_SHARE = 0.3  # of the long lines, those broken mid-sentence in a wrapped text
_SLACK = 2  # a wrapped line stops this short of the width when a wide character did not fit
_NEAR = 0.9  # a wrapped line is at least this share of the width the text was wrapped at
# 长期 / 坚持, 持续 / 推进: a time with no date, cut where its first word could stand alone
_CUT_TIMES = {(phrase[:k], phrase[k:]) for phrase in UNDATED_TIMES if len(phrase) >= 4 for k in range(2, len(phrase) - 1)}
_NAME_REST_MAX = 5  # 县 / 市场监管局: how much of a unit's name a line may open with
# how the rest of a unit's name ends: with its ending, or with the end of an ending the break cut (县直各单 / 位)
_NAME_ENDS = {suffix[k:] for suffix in ORG_SUFFIXES for k in range(len(suffix))}
# a line that opens with what no paragraph opens with, with a number, or with a colon right
# after a few characters that are no label (位：…, where the line before began the label)
DASHES = "-—–~～"
_MAY_GO_ON = re.compile(
    rf"\n(?:[ \u3000]*(?:[。，,、；;：:）)”’》]|(?!(?:{words_pattern(LABEL_ROLES)})\s*[：:])[^\n：:]{{1,3}}[：:])"
    rf"|(?<=\w\n)[{DASHES}]?\d+(?![.、．)）\d])"  # a number goes on; an item's number (1.) opens a line
    r"|(?<=\d\n)[月日号]"  # 2025年9 / 月30日前
    r"|(?<=年\n)(?:第|[上下全一二三四五六七八九十\d])"  # 2024年 / 第四季度
    r"|(?<=[年月日号底末旬]\n)(?:之|以)?前(?=[。；;，,）)\n]|$)"  # 2024年10月底 / 前。
    r"|(?<=[\u4e00-\u9fff]\n)(?:时间|时限|单位|部门|科室|处室|领导|期限|节点)[ \t]*[：:]"  # 完成 / 时间：
    r"|(?<=[：:、，,]\n)"  # 责任单位： / 各街道, 派出所、 / 各社区
    r"|[^\n【】（）()]{1,6}[】）)]"  # 【完成时 / 限】全年: a bracket the line before left open
    # 县应急管 / 理局, 县消防救援 / 大队: the rest of a unit's name, after a long line
    rf"|(?<=[^\n]{{{_LONG // 2 - 1}}}[\u4e00-\u9fff]\n)(?![^\n:：]{{0,5}}[:：])"
    rf"[\u4e00-\u9fff]{{0,{_NAME_REST_MAX - 1}}}?(?:{words_pattern(_NAME_ENDS)})"
    rf"|(?<=[{''.join(sorted({head[-1] for head, _ in _CUT_TIMES}))}]\n)(?:{words_pattern(rest for _, rest in _CUT_TIMES)})"  # 长期 / 坚持
    r"|(?<=\w\n)[^\s|\n]{1,3}[。；;！!？?][ \t]*(?=\n|\Z))"  # 评 / 比。
)
# 探索职业教育 / 赋能区域发展路径。 |: a cell's last words closed by its bar, sought only in a text with bars
_BAR_TAIL = re.compile(r"(?<=\w)\n(?=[^|\n]+[。；;！!？?][ \t]*\|[ \t]*(?:\n|\Z))")
_LABEL_HEAD = 24  # longer than any label with its colon and brackets
_MID_SENTENCE = "，,、：:“‘《（(【"  # no paragraph ends with these
_GOES_ON = tuple("。，,、；;：:）)”’》")  # no paragraph opens with these


def _row_like(line: str) -> bool:
    """A table's row written with tabs, bars or columns of spaces: never a wrapped line."""
    inner = line.strip(" \u3000")
    return "\t" in line or "|" in line or "｜" in line or "  " in inner or "\u3000" in inner


_LIST_GOES_ON = ("、", "，", ",")  # no paragraph ends with these


def _may_join(previous: str, line: str) -> bool:
    """A table's row is never joined to the line before, unless that line left a list or a
    clause open (配合单位：派出所、 / 各社区  时间节点：…) or the row opens where no paragraph or
    row opens (省直各部门 / ，各市州政府<tab>2024年底前: a row the line width cut) or ends a label
    the line before began (联系电 / 话：138…  完成时限：全年)."""
    return (
        not _row_like(line) or previous.endswith(_LIST_GOES_ON) or line.startswith(_GOES_ON) or _label_ends(previous, line)
        or _fields_set_apart(line) or _tail_goes_on(previous, line)
    )


_GAP = re.compile(r"[ \u3000]{2,}")


def _fields_set_apart(line: str) -> bool:
    """牵头单位：区消防救援大队  配合单位：区住建局、各 — fields set apart with spaces on one line,
    not a table's row: every part after the first opens with a label."""
    if "\t" in line or "|" in line or "｜" in line:
        return False
    parts = _GAP.split(line.strip(" \u3000"))
    return len(parts) > 1 and all(leading_label_role(part) is not None for part in parts[1:])


def _bare_heading(line: str) -> bool:
    """（一）开展“我为群众办实事”实践活动: a numbered heading with no stop inside, whole however
    it ends and however like its siblings in length; a wrapped item's first line holds a comma."""
    return find_marker(line) is not None and not any(mark in line for mark in "，。；：,;:")


def wrap_width(blocks: list[Block]) -> int | None:
    """The width plain text was wrapped at, or None when its lines are paragraphs: a text is
    wrapped when many of its long lines (other than a field's or a bare heading's, whole on their
    line) stop mid-sentence at one width, give or take a character or two, or, in a short text,
    when two or three stop mid-sentence at the width of its widest line."""
    # a field's line (牵头部门：党群工作部) is whole however it ends: its colon is near its head
    stopped = [
        text for b in blocks
        if len(text := b.text) >= _LONG // 2 and (text[-1].isalnum() or text[-1] in _MID_SENTENCE) and not _colon_at(text, 0, 10)
    ]
    if len(stopped) < 2:
        return None  # the common case, found cheaply
    broken = sorted(w for line in stopped if (w := display_width(line)) >= _LONG and not _row_like(line) and not _bare_heading(line))
    if len(broken) < 2:
        return None
    if len(broken) < 4:  # a short text shows its width only if every such line is as wide as its widest
        widest = max(display_width(b.text) for b in blocks)
        return widest if broken[0] >= widest - _SLACK else None
    # the width most stopped lines share; narrower ones may end a paragraph without a full stop
    # (a title, a date, a wrapped line's tail), but a line wider than the width was never cut at it
    def near(w: int) -> int:  # how many stopped lines are as wide as w, give or take (broken is sorted)
        return bisect_right(broken, w + 2 * _SLACK) - bisect_left(broken, w - 2 * _SLACK)

    width = max(broken, key=lambda w: (near(w), w))
    at_width = near(width)
    wider = len(broken) - bisect_right(broken, width + 2 * _SLACK)
    if wider > max(1, 0.2 * len(broken)) or at_width < max(3, 0.5 * len(broken)):
        return None  # stopped lines of many widths: paragraphs that end without a full stop
    long = sum(1 for b in blocks if len(b.text) >= _LONG // 2 and display_width(b.text) >= _LONG)
    return width if len(broken) >= _WRAPPED_SHARE * long else None


def unwrap(
    blocks: list[Block], runs_on: Callable[[str, int], bool], lists: bool = False, flush: frozenset[int] = frozenset(),
) -> list[Block]:
    """Blocks with each line that `runs_on` (its text and its number) joined to the line right after it, unless that line
    opens an item or a field; and a line that goes on from the one before whatever its width:
    opening with what no paragraph opens with (。，）), ending a label (责任单 / 位：) or going on
    with a number (5月1 / 5日前, 3月 / -11月), or a tab row's line cut inside a cell (…\t2024年9月 /
    30日\t王强); with `lists` (plain text, where no table is written a cell per line), after a line
    that leaves a list open (区教育局、 / 区财政局). A line that starts `flush` with the text's left
    edge (a PDF's, where its glyphs stand) after one that ran on is the text's next line, though a
    number that counts on from one inside the paragraph opens it (…四、活动口号创绿色校园 /
    五、活动对象…: the items a paragraph holds in a row are split later)."""
    out: list[Block] = []
    last = 0  # the line the last block of `out` ends on
    carry = False
    width = 0  # the most cells a row written with tabs has had
    for block in blocks:
        line = block.text
        if out and block.line == last + 1 and block.table is None and out[-1].table is None and (
            (_may_join(out[-1].text, line) and (
                (carry and (not _opens(out[-1].text, line) or (block.line in flush and _goes_on_counting(out[-1].text, line)))
                 and not _after_a_deadline(out[-1].text, line))
                or _goes_on(out[-1].text, line) or (lists and _list_goes_on(out[-1].text, line))
            ))
            or _cell_goes_on(out[-1].text, line, width)
        ):
            line = line.lstrip(" \u3000")
            if line[:1] in DASHES and (foot := PAGE_FOOT_BEFORE_TEXT.match(line)):
                line = line[foot.end():]  # …生态文明 / -1-建设: the page broke the sentence
            out[-1] = Block(out[-1].text + line, out[-1].line)
        else:
            out.append(block)
        last = block.line
        carry = runs_on(line, block.line) and (not _row_like(line) or _fields_set_apart(line))
        if "\t" in line:
            width = max(width, out[-1].text.count("\t") + 1)
    return out


def _cell_goes_on(previous: str, line: str, width: int) -> bool:
    """…\t人行省分行、省 / 银保监局\t2024—2026年 — a row written with tabs that the line width cut
    inside a cell: the two lines hold one cell more than the table's rows, the cut one."""
    if "\t" not in previous or "\t" not in line:
        return False
    cells = line.split("\t")
    head = cells[0].strip()
    return (
        previous.count("\t") + len(cells) == width and bool(head) and not head.isdigit() and find_marker(head) is None
    )


# …完成水库安全检查。（县水利局负责）: a note of who does it closes a task, as a full stop does
_WHO_NOTE = re.compile(rf"[（(][^（）()]*(?:{words_pattern(ASSIGNING_VERBS)}|单位|部门)[^（）()]*[）)]$")


def full_width(full: int) -> Callable[[str, int], bool]:
    """A line at least `full` wide that ends no sentence (nor a task's note of who does it) runs
    on, as on a page."""
    return lambda line, _: display_width(line) >= full and _may_run_on(line)


def full_lines(lines: frozenset[int]) -> Callable[[str, int], bool]:
    """The lines a reader saw reach the page's right margin (a PDF's, by their positions) run on
    where they end no sentence."""
    return lambda line, number: number in lines and _may_run_on(line)


def _may_run_on(line: str) -> bool:
    return not line.endswith(SENTENCE_END) and not (line.endswith(("）", ")")) and _WHO_NOTE.search(line))


_DATE_ENDS = tuple("年月日号底末旬前后度")  # what a whole date ends with (2024年8月, 6月底前)
_DATE_GOES_ON = tuple("0123456789年月日号前底末旬至到-—–~～")  # what the rest of a cut one opens with


def _after_a_deadline(previous: str, line: str) -> bool:
    """…开展执法检查。完成时限：2024年8月 / 联合市场监管部门… — a deadline field's value ends the
    line whole, and the next line does not go on with it (2024年5月31日 / 前。): a paragraph ends
    there, however wide the line. Not so for a field inside a bracket the line leaves open."""
    if line.startswith(_DATE_GOES_ON) or not (previous.endswith(_DATE_ENDS) and ("：" in previous or ":" in previous)):
        return False
    if _time_cut(previous, line):
        return False
    fields = find_fields(previous)
    if not fields or fields[-1].role != "deadline":
        return False
    head = previous[: fields[-1].start]
    return head.count("（") + head.count("(") <= head.count("）") + head.count(")")


def _opens(previous: str, line: str) -> bool:
    """Whether a line opens an item or a field, and so starts a paragraph of its own."""
    if opens_numbered(line):  # an item, or a numbered field: 三、活动地点：… opens a part too
        return not _time_cut(previous, line)
    return _label_role(line) is not None and not _label_broken(previous, line)


_CUT_IN_A_NUMBER = re.compile(r"([年月])(\d)$")
_NUMBER_AND_UNIT = re.compile(r"(\d{1,2})([月日号])")


def _goes_on_counting(paragraph: str, line: str) -> bool:
    """Whether a line opens with the number that comes next in a paragraph that holds its items
    in a row (…四、活动口号创绿色校园 / 五、活动对象…); a paragraph that is one item numbers none
    after its start."""
    marker = find_marker(line)
    if marker is None or marker.style not in ("一、", "1.") or marker.number < 2:
        return False
    numeral = format_number(marker.number, "chineseCounting" if marker.style == "一、" else "decimal")
    before = format_number(marker.number - 1, "chineseCounting" if marker.style == "一、" else "decimal")
    return paragraph.find(marker.text.replace(numeral, before, 1), 1) > 0


def _time_cut(previous: str, line: str) -> bool:
    """2025年 / 全年, 2025年 / 3月份, 2022年1 / 2月: a time the break cut after its year or inside
    its number, not a calendar's heading (the number joined must still be a month or a day)."""
    if previous.endswith("年"):
        return (marker := find_marker(line)) is not None and marker.style == PERIOD
    cut, rest = _CUT_IN_A_NUMBER.search(previous), _NUMBER_AND_UNIT.match(line)
    if cut is None or rest is None or (cut.group(1) == "年") != (rest.group(2) == "月"):
        return False
    return int(cut.group(2) + rest.group(1)) <= (12 if cut.group(1) == "年" else 31)


def _colon_at(text: str, start: int, end: int) -> bool:
    return text.find("：", start, end) >= 0 or text.find(":", start, end) >= 0


def _label_role(line: str) -> str | None:
    """The role of the label a line opens with, read from its head alone: a label is short."""
    return leading_label_role(line[:_LABEL_HEAD])


def _goes_on(previous: str, line: str) -> bool:
    """Whether a line goes on from the one before, whatever their widths: it opens where no
    paragraph opens, ends a label the line before began, goes on with its number, its date's
    前, a unit's name or a time after its year (2024年 / 第四季度), or holds the value of a label
    the line before ended with."""
    return (
        line.startswith(_GOES_ON) or _label_ends(previous, line) or _number_goes_on(previous, line)
        or _before_goes_on(previous, line) or _value_goes_on(previous, line) or _bracket_goes_on(previous, line)
        or _name_goes_on(previous, line) or (display_width(previous) >= _LONG and _time_cut(previous, line))
        or _undated_time_goes_on(previous, line) or page_goes_on(previous, line) or _tail_goes_on(previous, line)
    )


_TAIL = re.compile(r"^[^\s|]{1,3}[。；;！!？?]\s*$|^[^|]+[。；;！!？?]\s*\|\s*$")


def _tail_goes_on(previous: str, line: str) -> bool:
    """…手抄报评 / 比。, …探索职业教育 / 赋能区域发展路径。 | — the last words of a long line's sentence,
    or of a table cell closed by its bar: no paragraph is a word and a stop, no cell opens with
    no bar before it."""
    return (
        display_width(previous) >= _LONG and "|" not in previous and previous.rstrip()[-1:].isalnum()
        and _TAIL.match(line) is not None and find_marker(line) is None
    )


def page_goes_on(previous: str, line: str) -> bool:
    """…进一步深化对生态文明 / -1-建设和…: the next page's first line, its page number glued to it, goes on
    from a line that ends no sentence."""
    return line[:1] in DASHES and PAGE_FOOT_BEFORE_TEXT.match(line) is not None and not previous.rstrip().endswith(SENTENCE_END)


def _undated_time_goes_on(previous: str, line: str) -> bool:
    """完成时限：长期 / 坚持。 — a deadline field ends its line with the first word of a time that
    names no date, and the line goes on with the rest of it."""
    cut = next(((head, rest) for head, rest in _CUT_TIMES if previous.endswith(head) and line.startswith(rest)), None)
    if cut is None:
        return False
    fields = find_fields(previous)
    return bool(fields) and fields[-1].role == "deadline" and fields[-1].value == cut[0]


_CLOSES_FIRST = re.compile(r"[^【】（）()]{1,6}[】）)]")


def _bracket_goes_on(previous: str, line: str) -> bool:
    """…【完成时 / 限】2024年6月, …（电话：123456 / 78）；… — the line closes a bracket the line
    before left open, a few characters in: no paragraph ends inside a bracket. What reads as an
    item's number (78）) is that bracket's close; an item of another style (1.) opens a line."""
    opened = previous.count("【") + previous.count("（") + previous.count("(")
    closed = previous.count("】") + previous.count("）") + previous.count(")")
    if opened <= closed or (_CLOSES_FIRST.match(line) is None and not _fields_go_on(previous, line)):
        return False
    marker = find_marker(line)
    return marker is None or marker.style == "1）"


_OPEN_BRACKET = re.compile(r"[（(【]([^（）()【】]*)$")


def _fields_go_on(previous: str, line: str) -> bool:
    """（牵头单位：…；配合单位：区委宣传 / 部；完成时限：6月底前） — a bracket of fields left open
    closes further on, before any bracket opens."""
    open_part = _OPEN_BRACKET.search(previous)
    if open_part is None or not find_fields(open_part.group(1)):
        return False
    close = min((i for i in (line.find("）"), line.find(")"), line.find("】")) if i >= 0), default=-1)
    return close > 0 and not any(ch in line[:close] for ch in "（(【")


def _list_goes_on(previous: str, line: str) -> bool:
    """区教育局、 / 区财政局 — a line that leaves a list or a clause open goes on into the next,
    unless that one opens an item or a field."""
    if not previous.endswith(_LIST_GOES_ON) or find_marker(line) is not None or _label_role(line) is not None:
        return False
    fields = find_fields(line)
    return not fields or fields[0].start > 0  # 责 任 部 门：… opens a field, spaced out or not


_BEFORE = re.compile(r"(?:之|以)?前(?:[。；;，,）)]|$)")


def _before_goes_on(previous: str, line: str) -> bool:
    """2024年10月底 / 前。 — the 前 of a date the line end cut off."""
    return previous.endswith(_DATE_ENDS) and _BEFORE.match(line) is not None


_BEFORE_LABEL = " \t\u3000；;，,。（(、"  # what a label follows inside a line
_LABEL_AT_HEAD = re.compile(r"([\u4e00-\u9fff]{2,4})[ \t]*[：:]")


def _label_ends(previous: str, line: str) -> bool:
    """责任单 / 位：区住建局, 完成 / 时间：3月底前 — a line that opens with the end of a label the
    line before began (a label of its own, 时间, only where the two make a longer one)."""
    if not _colon_at(line, 1, 5):
        return False
    if _label_role(line) is None:
        return _label_broken(previous, line)
    head = _LABEL_AT_HEAD.match(line)
    return head is not None and any(  # 综治中心  完成 / 时间：…, but not 咨询日活动 / 时间：…, a title and a field
        fold(previous[-k:] + head.group(1)) in LABEL_ROLES and previous[-k - 1] in _BEFORE_LABEL
        for k in range(1, min(4, len(previous) - 1) + 1) if "\u4e00" <= previous[-k] <= "\u9fff"
    )


def _value_goes_on(previous: str, line: str) -> bool:
    """（牵头单位：区文旅局 责任单位： / 各街道 完成时间：…） — a unit or time label that ends its
    line has its value on the next one, and a unit list it leaves open (配合单位：派出所、 / 各社区)
    its rest, unless that line opens an item or a field."""
    if previous.endswith("、"):  # 配合单位：派出所、 / 各社区: the list the field holds goes on
        if not _list_goes_on(previous, line):
            return False
        fields = find_fields(previous)
        return bool(fields) and fields[-1].role in NAME_ROLES and bool(fields[-1].value) and previous[:-1].endswith(fields[-1].value)
    if not previous.endswith(("：", ":")) or find_marker(line) is not None or _label_role(line) is not None:
        return False
    fields = find_fields(previous)
    return bool(fields) and not fields[-1].value and fields[-1].role in (*NAME_ROLES, "deadline")


def _number_goes_on(previous: str, line: str) -> bool:
    """2022年5月1 / 5日前, 2022年3月 / -11月, 2025年9 / 月30日前 — a long line that ends in a date,
    and a line that goes on with its number, its range or its unit."""
    if not (previous[-1:].isdigit() or previous[-1:] in ("年", "月")) or display_width(previous) < _LONG:
        return False  # a headline that ends in a word, over a lede that opens with its date, goes on no number
    goes_on = line[:1].isdigit() or (line[:1] in DASHES and line[1:2].isdigit()) or (previous[-1:].isdigit() and line[:1] in "月日号")
    return goes_on and find_marker(line) is None


_NAME_HEAD = re.compile(r"(?:(?<=[，,、；;。：:（()）\s])|^)(?:并?由|请|经)?([^，,、；;。：:（()）\s]*)$")  # 由县财政 / 局负责: the name after 由
_NAME_MAX = 16  # a unit, not a clause that ends like one
_FIRST_PHRASE = re.compile(r"[^，,、；;。：:（()）\s]*")


def _name_goes_on(previous: str, line: str) -> bool:
    """…；县应急管 / 理局负责…, 县市场监管局、县消防救援 / 大队配合, 责任单位为县直各单 / 位 — a
    long line that stops inside a unit's name, and a line that opens with the rest of it: the two
    halves make a unit, and the first half alone is none."""
    if display_width(previous) < _LONG or find_marker(line) is not None:
        return False
    head = _NAME_HEAD.search(previous).group(1)  # type: ignore[union-attr]
    if not head or reads_as_unit(head) or any(verb in head for verb in ASSIGNING_VERBS):
        return False  # 由县教育局 / 办公室…, 县委宣传部负责 / 办公室…: the line before ends with a whole name
    if line.startswith("各"):
        return False  # …区委宣传 / 各部门要…: a collective opens a name of its own
    own = _FIRST_PHRASE.match(line).group(0)  # type: ignore[union-attr]
    return any(
        len(head) + k <= _NAME_MAX and fold(name := head + line[:k]).endswith(ORG_SUFFIXES) and reads_as_unit(name)
        and not (len(own) > k and is_unit_name(own))  # …镇中学 / XX镇人民政府: the line names a unit of its own
        for k in range(1, min(_NAME_REST_MAX, len(line)) + 1)
    )


def _label_broken(previous: str, line: str) -> bool:
    """完成 / 时限：全年 — the break cut a label, so the line starts no field of its own."""
    return any(
        _label_role(previous[-k:] + line) is not None
        for k in range(1, min(4, len(previous)) + 1) if "\u4e00" <= previous[-k] <= "\u9fff"
    )


def unwrap_plain(text: str, blocks: list[Block]) -> list[Block]:
    """Plain text's paragraphs (`blocks`, the lines of `text`): its lines joined back when it was
    wrapped at a fixed width. In a text too short to show its width, a line goes on from the one
    before only where it opens with what no paragraph opens with: a comma, a closing bracket,
    the end of a label."""
    width = wrap_width(blocks)
    if width:
        return unwrap(blocks, full_width(int(width * _NEAR)), lists=True)
    index: dict[int, int] = {}
    counted, newlines = 0, 0  # newlines before `counted`: each stretch of the text is counted once
    matches: Iterable[re.Match[str]] = _MAY_GO_ON.finditer(text)  # most texts have no such line: one scan tells
    if "|" in text:
        matches = heapq.merge(matches, _BAR_TAIL.finditer(text), key=lambda match: match.start())
    for match in matches:
        index = index or {block.line: i for i, block in enumerate(blocks)}
        newlines += text.count("\n", counted, match.start())
        counted = match.start()
        i = index.get(newlines + 2, 0)  # the line after the match's newline
        line = blocks[i].text
        previous = blocks[i - 1].text
        if i and blocks[i - 1].line == blocks[i].line - 1 and _may_join(previous, line) and (
            _goes_on(previous, line) or _list_goes_on(previous, line)
        ):
            return unwrap(blocks, lambda line, _: False, lists=True)
    if "\t" in text and _cut_cell(blocks):
        return unwrap(blocks, lambda line, _: False, lists=True)
    return blocks


def _cut_cell(blocks: list[Block]) -> bool:
    width = 0
    for previous, block in pairwise(blocks):
        if "\t" in previous.text:
            width = max(width, previous.text.count("\t") + 1)
            if previous.line == block.line - 1 and _cell_goes_on(previous.text, block.text, width):
                return True
    return False
