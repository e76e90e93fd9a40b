"""The same plan written in another house style gives the same activities.

Each transformation rewrites the sample plans the way other offices write the same things:
fields folded into the item's line in brackets or gathered on one line, labels in 【】 or spaced
out, a note between a label and its colon, units set apart with spaces, 1、 for 1., another
deadline label, Windows line ends. Titles, units, people and deadlines
must not change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from planparse import parse_text
from planparse.fields import find_fields
from planparse.models import Plan

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
_UNIT_LABEL = r"(牵头部门|责任部门|配合部门|牵头单位|责任单位|配合单位)"


def _with_field_lines(text: str, join: Callable[[str, list[str]], list[str]]) -> str:
    """The text with each item's run of field lines (牵头部门：… on lines of their own), and the
    line before them, replaced by the lines `join` makes of them."""
    out: list[str] = []
    pending: list[str] = []
    for line in [*text.split("\n"), ""]:
        found = find_fields(line)
        if found and found[0].start == 0 and found[0].role and out:
            pending.append(line.strip())
            continue
        if pending:
            out[-1:] = join(out[-1], pending)
            pending = []
        out.append(line)
    return "\n".join(out[:-1])


def _fields_inline(text: str) -> str:
    """…（牵头部门：…；完成时限：…） at the end of the item's line."""
    return _with_field_lines(text, lambda item, fields: [item + "（" + "；".join(fields) + "）"])


def _fields_on_one_line(text: str) -> str:
    """牵头部门：…  责任部门：…  完成时限：… on one line under the item."""
    return _with_field_lines(text, lambda item, fields: [item, "  ".join(fields)])


def _labels_in_brackets(text: str) -> str:
    return re.sub(rf"^({_UNIT_LABEL[1:-1]}|完成时限)[：:]", r"【\1】", text, flags=re.M)


def _note_before_colon(text: str) -> str:
    return re.sub(rf"^{_UNIT_LABEL}[：:]", r"\1（单位）：", text, flags=re.M)


def _units_apart_with_spaces(text: str) -> str:
    return re.sub(rf"^{_UNIT_LABEL}([：:])(.*)$", lambda m: m.group(1) + m.group(2) + m.group(3).replace("、", " "), text, flags=re.M)


def _windows_line_ends(text: str) -> str:
    return text.replace("\n", "\r\n")


def _numbers_with_dunhao(text: str) -> str:
    return re.sub(r"^(\d{1,2})\.", r"\1、", text, flags=re.M)


def _another_deadline_label(text: str) -> str:
    return re.sub(r"^完成时限[：:]", "时间节点：", text, flags=re.M)


def _labels_spaced_out(text: str) -> str:
    return re.sub(rf"^{_UNIT_LABEL}[：:]", lambda m: " ".join(m.group(1)) + "：", text, flags=re.M)


STYLES: dict[str, Callable[[str], str]] = {
    "fields inline": _fields_inline,
    "labels in brackets": _labels_in_brackets,
    "note before colon": _note_before_colon,
    "units apart with spaces": _units_apart_with_spaces,
    "windows line ends": _windows_line_ends,
    "fields on one line": _fields_on_one_line,
    "numbers with 、": _numbers_with_dunhao,
    "another deadline label": _another_deadline_label,
    "labels spaced out": _labels_spaced_out,
}


def _essence(plan: Plan) -> list[tuple[object, ...]]:
    return [
        (a.title, a.lead_units, a.responsible_units, a.cooperating_units, a.lead_officials,
         a.deadline and (a.deadline.start, a.deadline.end))
        for a in plan.activities
    ]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("style", STYLES, ids=str)
def test_the_same_plan_in_another_house_style(sample: Path, style: str) -> None:
    text = sample.read_text(encoding="utf-8")
    assert _essence(parse_text(STYLES[style](text))) == _essence(parse_text(text))
