"""The plan's sections (its top headings, what kind of part each is, the text no activity holds),
the warnings its numbering earns (a number missed or repeated), and the section a table falls in."""

from __future__ import annotations

from .blocks import Block
from .document import is_attachment_label
from .items import heading_kind
from .markers import UNNUMBERED, numbered_field
from .models import ParseWarning, Section, Span
from .outline import Node
from .text import squeeze
from .titles import heading_title


def sections(root: Node, activities: list[Node]) -> list[Section]:
    """Top-level headings: every top-level item that is not itself an activity, with the text of
    it that no activity holds, so that nothing the document says is dropped."""
    chosen = set(activities)
    out = []
    for top in root.children:
        if top in chosen:
            continue
        holds = any(n in chosen for n in top.walk())
        named = heading_kind(top)  # 保障措施 stays requirements, even holding a task it assigns
        kind = named if named not in (None, "activities") else ("activities" if holds or named else "other")
        blocks = top.all_blocks()
        out.append(Section(
            number=top.marker.text or None if top.marker and top.marker.style not in UNNUMBERED else None,
            title=heading_title(top),
            kind=kind,
            content="\n".join(_unclaimed_lines(top, chosen)),
            span=Span(start_line=blocks[0].line, end_line=blocks[-1].line),
        ))
    return out


def _unclaimed_lines(node: Node, chosen: set[Node]) -> list[str]:
    if node in chosen:
        return []
    own = list(node.lines) if node.parent is not None and node.parent.parent is None else [b.text.strip() for b in node.blocks]
    return own + [line for child in node.children for line in _unclaimed_lines(child, chosen)]


def numbering_warnings(root: Node) -> list[ParseWarning]:
    """Gaps and repeats among sibling numbers; a sequence may run on across groups (court plans
    number 1.–11. through several （一）（二） groups)."""
    warnings = []
    last_of_style: dict[str, int] = {}
    for block in root.blocks:  # 一、活动时间：… 二、活动地点：… before 三、活动内容: numbered, but fields
        field_marker = numbered_field(block.text)
        if field_marker:
            last_of_style[field_marker.style] = field_marker.number
    for node in root.walk():
        previous: dict[str, int] = {}
        seen: dict[str, set[int]] = {}
        for before, child in zip([None, *node.children], node.children, strict=False):
            if child.marker is None or child.marker.style in UNNUMBERED:
                continue
            style, number = child.marker.style, child.marker.number
            if style not in previous and before is not None and before.marker and before.marker.number == number - 1:
                previous[style] = number - 1  # 2． then 3): the list goes on in another style
            span = Span(start_line=child.blocks[0].line, end_line=child.blocks[0].line)
            if number in seen.setdefault(style, set()):
                warnings.append(ParseWarning(code="duplicate_number", message=f"{child.marker.text} appears twice", span=span))
            elif style in previous:
                if number != previous[style] + 1:
                    warnings.append(ParseWarning(code="numbering_gap", message=f"{child.marker.text} follows number {previous[style]}", span=span))
            elif number not in (1, last_of_style.get(style, 0) + 1):
                warnings.append(ParseWarning(code="numbering_gap", message=f"{child.marker.text} opens a list", span=span))
            seen[style].add(number)
            previous[style] = number
            last_of_style[style] = number
    return warnings


def section_before(root: Node, line: int) -> str | None:
    """The title of the top-level heading a table stands under, unless that heading holds no work;
    or the title of the attachment the table is (附件2 / 2025年民生实事任务分解表 / the table)."""
    previous = [top for top in root.children if top.blocks and top.blocks[0].line <= line]
    if attached := _attachment_title(previous[-1].all_blocks() if previous else root.blocks, line):
        return attached
    if not previous or heading_kind(previous[-1]) not in (None, "activities"):
        return None
    return heading_title(previous[-1])


_ATTACHMENT_TITLE_MAX = 60


def _attachment_title(blocks: list[Block], line: int) -> str | None:
    """The line after the last 附件N label above `line`: the name of the attachment there."""
    before = [block for block in blocks if block.line < line and not block.cells]
    for i in range(len(before) - 1, -1, -1):
        if "附" in before[i].text and is_attachment_label(before[i].text):
            title = next((squeeze(b.text) for b in before[i + 1:] if b.text.strip()), "")
            return title if 0 < len(title) <= _ATTACHMENT_TITLE_MAX else None
    return None
