"""Build .docx files in code: just the parts Word needs, with the numbering XML a case wants.

Also renders a text plan into the three layouts plans arrive in (used by the tests and by
benchmarks/render.py): literal numbers typed in the text, Word's automatic numbering, and
a task table.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:
    from planparse.models import Activity, Plan

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _doc_rels(parts: list[str]) -> str:
    rels = "".join(f'<Relationship Id="rId{i}" Type="{_REL_TYPE}{p}" Target="{p}.xml"/>' for i, p in enumerate(parts, start=1))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    )


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph(text: str = "", num: tuple[int, int] | None = None, style: str | None = None, raw: str | None = None) -> str:
    """A paragraph; `num` is (numId, ilvl); `raw` replaces the runs with XML of the caller's."""
    props = ""
    if style or num:
        numpr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
        style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
        props = f"<w:pPr>{style_xml}{numpr}</w:pPr>"
    runs = raw if raw is not None else "".join(
        run(line) + ("<w:r><w:br/></w:r>" if i < len(text.split("\n")) - 1 else "") for i, line in enumerate(text.split("\n"))
    )
    return f"<w:p>{props}{runs}</w:p>"


@dataclass
class Cell:
    text: str
    span: int = 1
    vmerge: str | None = None  # "restart" or "continue"


def table(rows: list[list[str | Cell]]) -> str:
    width = max((sum(item.span if isinstance(item, Cell) else 1 for item in row) for row in rows), default=0)
    out = ["<w:tbl><w:tblGrid>", '<w:gridCol w:w="2000"/>' * width, "</w:tblGrid>"]
    for row in rows:
        out.append("<w:tr>")
        for item in row:
            cell = item if isinstance(item, Cell) else Cell(item)
            props = ""
            if cell.span > 1 or cell.vmerge:
                span = f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else ""
                merge = (f'<w:vMerge w:val="{cell.vmerge}"/>' if cell.vmerge == "restart" else "<w:vMerge/>") if cell.vmerge else ""
                props = f"<w:tcPr>{span}{merge}</w:tcPr>"
            paragraphs = "".join(paragraph(line) for line in (cell.text.split("\n") if cell.text else [""]))
            out.append(f"<w:tc>{props}{paragraphs}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


@dataclass
class LevelSpec:
    fmt: str
    text: str
    start: int = 1


def numbering_xml(abstracts: dict[int, list[LevelSpec]], nums: dict[int, tuple[int, dict[int, int]]]) -> str:
    """abstracts: abstractNumId -> levels; nums: numId -> (abstractNumId, {ilvl: startOverride})."""
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>']
    for abstract_id, levels in abstracts.items():
        out.append(f'<w:abstractNum w:abstractNumId="{abstract_id}">')
        for ilvl, level in enumerate(levels):
            out.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{level.start}"/><w:numFmt w:val="{level.fmt}"/>'
                f'<w:lvlText w:val="{escape(level.text)}"/></w:lvl>'
            )
        out.append("</w:abstractNum>")
    for num_id, (abstract_id, overrides) in nums.items():
        over = "".join(
            f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>' for ilvl, start in overrides.items()
        )
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>')
    out.append("</w:numbering>")
    return "".join(out)


def docx_bytes(body: str, numbering: str | None = None, styles: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/_rels/document.xml.rels", _doc_rels([p for p, x in (("numbering", numbering), ("styles", styles)) if x]))
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>',
        )
        if numbering:
            archive.writestr("word/numbering.xml", numbering)
        if styles:
            archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


# ---------------------------------------------------------------- a text plan in three layouts

# How each marker style of the text is numbered by Word: (numFmt, lvlText with {n} for the level).
_FORMATS = {
    "一、": ("chineseCounting", "%{n}、"),
    "（一）": ("chineseCounting", "（%{n}）"),
    "1.": ("decimal", "%{n}."),
    "（1）": ("decimal", "（%{n}）"),
    "1）": ("decimal", "%{n}）"),
    "①": ("decimalEnclosedCircle", "%{n}"),
    "第N条": ("chineseCounting", "第%{n}条"),
    "第N部分": ("chineseCounting", "第%{n}部分"),
    "第N章": ("chineseCounting", "第%{n}章"),
    "第N节": ("chineseCounting", "第%{n}节"),
    "第N阶段": ("chineseCounting", "第%{n}阶段"),
    "一是": ("chineseCounting", "%{n}是"),
    "第一，": ("chineseCounting", "第%{n}，"),
    "活动一": ("chineseCounting", "活动%{n}："),
    "•": ("bullet", "●"),
    "Ⅰ、": ("upperRoman", "%{n}、"),
    "A、": ("upperLetter", "%{n}、"),
    "（A）": ("lowerLetter", "(%{n})"),
    # the levels above come first in the plans that use these
    "1 ": ("decimal", "%{n} "),
    "1.1": ("decimal", "%{p}.%{n} "),
    "1.1.1": ("decimal", "%{pp}.%{p}.%{n} "),
}


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


def literal_layout(text: str) -> bytes:
    return docx_bytes("".join(paragraph(line) for line in _lines(text)))


@dataclass
class _Lists:
    styles: list[str] = field(default_factory=list)
    counters: dict[int, int] = field(default_factory=dict)
    nums: dict[int, tuple[int, dict[int, int]]] = field(default_factory=lambda: {1: (1, {})})
    current: int = 1

    def number(self, style: str, value: int) -> tuple[int, int]:
        """(numId, ilvl) that makes Word show `value`: a new list instance with a start
        override where Word's own counting would show another number."""
        if style not in self.styles:
            self.styles.append(style)
        ilvl = self.styles.index(style)
        expected = self.counters.get(ilvl, 0) + 1
        if value != expected:
            self.current = max(self.nums) + 1
            self.nums[self.current] = (1, {ilvl: value})
        self.counters[ilvl] = value
        for deeper in [k for k in self.counters if k > ilvl]:
            del self.counters[deeper]
        return self.current, ilvl


def numbered_layout(text: str) -> bytes:
    from planparse.markers import DATED, PERIOD, WEEK, find_marker

    lists = _Lists()
    body = []
    for line in _lines(text):
        marker = find_marker(line)
        if marker is None or marker.style in (DATED, PERIOD, WEEK):  # Word numbers no dates
            body.append(paragraph(line))
            continue
        body.append(paragraph(line[marker.end:], num=lists.number(marker.style, marker.number)))
    levels = [LevelSpec(_FORMATS[s][0], _FORMATS[s][1].format(n=i + 1, p=i, pp=i - 1)) for i, s in enumerate(lists.styles)]
    return docx_bytes("".join(body), numbering_xml({1: levels}, lists.nums))


def task_cell_lines(activity: Activity) -> list[str]:
    """The lines of an activity's task cell: its text without field lines, the task named first
    (a task table names it there, whatever the item's own text opens with)."""
    from planparse.fields import find_fields

    lines = [line for line in activity.content.split("\n") if not (find_fields(line) and find_fields(line)[0].start == 0)]
    return lines if lines and lines[0].startswith(activity.title) else [activity.title, *lines]


def tabulated(plan: Plan, lines: list[str]) -> list[Activity]:
    """The activities a task table holds: the first run of them that only group headings
    interrupt; a line of other text after them (三、保障措施) ends the table."""
    run = plan.activities[:1]
    for activity in plan.activities[1:]:
        between = lines[run[-1].span.end_line: activity.span.start_line - 1]
        if any(line.strip() and not _is_group(plan, line) for line in between):
            break
        run.append(activity)
    return run


def table_layout(text: str) -> bytes:
    """The plan's first run of activities as a task table, the text around it as paragraphs."""
    from planparse import parse_text

    plan = parse_text(text)
    lines = _lines(text)
    if not plan.activities:
        return literal_layout(text)
    activities = tabulated(plan, lines)
    first = activities[0].span.start_line
    last = activities[-1].span.end_line
    covered = {n for a in activities for n in range(a.span.start_line, a.span.end_line + 1)}
    header = ["序号", "工作任务", "牵头领导", "牵头单位", "责任单位", "配合单位", "完成时限"]
    rows: list[list[str | Cell]] = [list(header)]
    category = None
    for activity in activities:
        if activity.category and activity.category != category:
            category = activity.category
            rows.append([Cell(category, span=len(header))])
        task_lines = task_cell_lines(activity)
        deadline = activity.deadline.raw if activity.deadline and activity.deadline.source == "field" else ""
        rows.append([
            activity.number or "", "\n".join(task_lines), "、".join(activity.lead_officials), "、".join(activity.lead_units),
            "、".join(activity.responsible_units), "、".join(activity.cooperating_units), deadline,
        ])
    before = [paragraph(line) for n, line in enumerate(lines[: first - 1], start=1) if n not in covered and not _is_group(plan, line)]
    after = [paragraph(line) for line in lines[last:]]
    return docx_bytes("".join(before) + table(rows) + "".join(after))


def _is_group(plan, line: str) -> bool:  # type: ignore[no-untyped-def]
    from planparse.markers import find_marker

    marker = find_marker(line)
    return marker is not None and any(a.category and line[marker.end:].strip().startswith(a.category) for a in plan.activities)
