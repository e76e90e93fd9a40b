"""Labelled values: `牵头部门：…` on its own line, or `（牵头领导:…,责任科室:…）` inline.

Labels are found in the folded text, so 牽頭單位 and a half-width colon work like 牵头单位：.
A value runs to the next label, to a bracket that closes the group it sits in, or to the end
of the sentence; brackets inside it (各党委（工委）) are part of the value.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .text import SENTENCE_ENDS, closing_bracket_at_depth_zero, fold, squeeze, words_pattern
from .vocabulary.labels import LABEL_ROLES, NAME_ROLES
from .vocabulary.units import PEOPLE_IN_POSTS

_LABELS = words_pattern(LABEL_ROLES)
_ROLE_LABELS = tuple(label for label, role in LABEL_ROLES.items() if role in NAME_ROLES or role == "deadline")  # units, people, times
# A label stands at the start of a line or after punctuation, a space or a bracket, never
# inside a word: 发布时间： is not 时间：.
# A short note may stand between a label and its colon: 牵头单位（部门）：, 完成时限(时间节点)：
_LABEL = re.compile(rf"(?<![\u4e00-\u9fff])({_LABELS})\s*(?:\([^()]{{1,8}}\)\s*)?:")
# Word users space a label out to align it (责 任 单 位：); it stands at the start of its line.
_SPACED_LABEL = re.compile(r"^\s*((?:[\u4e00-\u9fff][ \t]+){1,7}[\u4e00-\u9fff])\s*:")
_SPACES = re.compile(r"[ \t]+")
_UNKNOWN_LABEL = re.compile(r"^\s*([\u4e00-\u9fff/、]{2,10})\s*:\s*(\S.*)$")
_UNKNOWN_HEAD = re.compile(r"^\s*([\u4e00-\u9fff/、]{2,10})\s*:")
# 【牵头单位】区住建局: a label in square brackets needs no colon.
_BRACKETED_LABEL = re.compile(rf"[【\[]({_LABELS})[】\]]")


# 牵头单位/责任人：, 责任单位、责任人： — two labels share one value
_JOINED_NEAR_COLON = re.compile(r"[/、]\s*[\u4e00-\u9fff]{2,7}\s*:")  # what every such pair ends with
_JOINED_LABELS = re.compile(rf"(?<![\u4e00-\u9fff])(?:{_LABELS})\s*([/、])\s*(?:{_LABELS})\s*:")


# 活动时间<tab>6月20日: a label and its value in two columns of a pasted form; 责任单位 区教育局,
# a space for the colon (but 牵头单位 配合单位, labels in a row, with a space or a tab, is a table's header)
_TABBED_LABEL = re.compile(rf"^\s*(?:{_LABELS})[ ]*\t(?![ \t]*(?:{_LABELS})(?:[\s:]|$))")
_SPACED_VALUE = re.compile(rf"^\s*(?:{_LABELS})[ \u3000]+(?!(?:{_LABELS})(?:[\s:]|$))(?=[^\s:])")


# 牵头单位为县委宣传部，完成时间为全年: a label of a role, at a clause's head, says its value with 为
_COPULA_LABELS = tuple(label for label in _ROLE_LABELS if len(label) >= 4)
_COPULA_LABEL = re.compile(rf"(?<![\u4e00-\u9fff])({words_pattern(_COPULA_LABELS)})为(?=[^\s,，。;；])")
_COPULA_HINTS = frozenset(label[-2:] for label in _COPULA_LABELS)  # built from the labels it guards


def _copular(line: str) -> bool:
    """Whether a 为 in the line follows a label's last two characters: a quick look, most lines
    holding 为 (为进一步…) holding no such label."""
    at = line.find("为", 2)
    while at > 0:
        if line[at - 2: at] in _COPULA_HINTS:
            return True
        at = line.find("为", at + 1)
    return False


def _labels_view(folded: str) -> str:
    """The folded line with 【label】 written as `[label:`, two labels joined by / or 、 by 及
    (read as one label), and a tab or a space that sets a label at the line's head apart from
    its value read as its colon; the same length, so spans still hold."""
    if "【" in folded or "[" in folded:
        folded = _BRACKETED_LABEL.sub(lambda m: f"[{m.group(1)}:", folded)
    if ("/" in folded or "、" in folded) and _JOINED_NEAR_COLON.search(folded):
        folded = _JOINED_LABELS.sub(lambda m: m.group(0).replace(m.group(1), "及", 1), folded)
    if "\t" in folded:
        folded = _TABBED_LABEL.sub(lambda m: m.group(0)[:-1] + ":", folded, count=1)
    if _space_near_head(folded) and ":" not in folded[:_LABEL_HEAD]:
        folded = _SPACED_VALUE.sub(lambda m: m.group(0)[:-1] + ":", folded, count=1)
    return folded


_LABEL_HEAD = 14  # a label and what stands between it and its value


def _space_near_head(line: str) -> bool:
    return line.find(" ", 1, _LABEL_HEAD) > 0 or line.find("\u3000", 1, _LABEL_HEAD) > 0


@dataclass(frozen=True, slots=True)
class Field:
    label: str  # as written
    role: str | None  # an Activity attribute, or None for a label planparse does not know
    value: str  # as written, separators trimmed
    start: int  # where the field (or the bracket holding it) starts in its line
    with_people: bool = False  # 责任单位及责任人: the people it names are officials, not units


# What every label is written with, before folding: a colon of either width, or a bracket.
_LABEL_MARKS = re.compile("[:：【［\\[\t]")


def leading_label_role(text: str) -> str | None:
    """The role of the label `text` opens with (`info` for a known label with no role), or None."""
    if not _LABEL_MARKS.search(text):
        return None
    folded = _labels_view(fold(text))
    match = _LABEL.match(folded.lstrip().removeprefix("[")) if ":" in folded else None
    return LABEL_ROLES[match.group(1)] if match else None


# A label that ends with one of these is that label with a word before it (项目牵头单位,
# 实际完成时间); the short ones (时间, 负责) are left out: 发布时间 or 会议时间 assigns no task.
_LONG_LABELS = tuple(sorted((label for label in LABEL_ROLES if len(label) >= 4), key=len, reverse=True))


def _units_and_people(label: str) -> str | None:
    """The unit role of a label that joins units and people (责任单位及责任人, 牵头领导和牵头单位)."""
    parts = [part for part in re.split("及|和|与|、|/", label) if part]
    roles = {LABEL_ROLES.get(part) for part in parts}
    units = roles - {"lead_officials"}
    if len(parts) == 2 and "lead_officials" in roles and len(units) == 1 and (unit := units.pop()) in NAME_ROLES[:3]:
        return unit
    return None



_HELPING_OPENINGS = ("协同", "配合", "协助", "协办")
_UNIT_ENDINGS = ("单位", "部门", "科室")
_PERSON_ENDINGS = ("负责人", "责任人", "牵头人")
_CHARGE_WORDS = ("联系", "挂", "包", "牵头", "负责", "责任", "分管", "督", "主管", "主抓", "省", "市", "县", "区")


def _role_by_ending(label: str) -> str | None:
    """The role of a label not in the vocabulary, by the known label it ends with (项目牵头单位),
    or by its head and its ending: 配合责任部门 helps; 挂点联系领导 is a person."""
    role = next((LABEL_ROLES[known] for known in _LONG_LABELS if label.endswith(known)), None)
    if role is None and label.endswith(_PERSON_ENDINGS):
        return "lead_officials"  # 单位负责人, 项目责任人
    if label.startswith(_HELPING_OPENINGS) and (role in NAME_ROLES[:3] or label.endswith(_UNIT_ENDINGS)):
        return "cooperating_units"
    if role is None and label.endswith("领导") and any(word in label for word in _CHARGE_WORDS):
        return "lead_officials"  # not 组织领导, a plan's part on how it is led
    return role


# 配合单位：各社区居委会责任人：李华 — a plan whose line ends were lost glues a label to the value
# before it; the labels that take units, people or times are sought there too
_GLUED = {label for label in _ROLE_LABELS if len(label) >= 3}
_GLUED_LABEL = re.compile("(" + words_pattern(_GLUED | {"联系电话", "联系方式"}) + r")\s*:")
_VALUE_ENDS = re.compile(r"(?:\d|[前后日月年旬底末])$")
_VALUE_MIN = 4  # 单位 before 负责人： is the label's own head, 县教育局 a value
_VALUE_MAX = 64  # characters: no unit's name, person or time before a glued label is longer
_VALUE_SEPARATOR = re.compile(r"[:;,，；。、\s)]")


def _with_glued_labels(folded: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The label matches with those glued to a whole value before them: a unit's name, a person's
    or a time."""
    from .units import is_person, is_post, is_unit_name

    found = list(matches)
    starts = [m.start(1) for m in matches]  # the matches' spans, in order and apart
    for glued in _GLUED_LABEL.finditer(folded, matches[0].end()):
        start = glued.start(1)
        inside = bisect_right(starts, start) - 1
        if (inside >= 0 and start < matches[inside].end()) or not "\u4e00" <= folded[start - 1] <= "\u9fff":
            continue
        pieces = _VALUE_SEPARATOR.split(folded[max(0, start - _VALUE_MAX): start])
        if len(pieces) == 1 and start > _VALUE_MAX:
            continue  # no value is that long: the label is part of a sentence
        before = pieces[-1]
        whole = is_unit_name(before) or _VALUE_ENDS.search(before) or before.endswith(PEOPLE_IN_POSTS)  # …主要负责人整改时限：
        if (len(before) >= _VALUE_MIN and whole) or is_person(before) or is_post(before):
            found.append(glued)
    return sorted(found, key=lambda m: m.start())


# 牵头单位：县教育局 单位负责人：张三 — a label no list holds, after a unit or a time and a separator
_LATER_LABEL = re.compile(r"(?<=[\s;,])([\u4e00-\u9fff]{2,8})\s*:")


def _with_later_labels(folded: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The label matches with the unknown labels that end the value of a unit, person or time
    field (a content field's value may hold a colon of its own: 内容包括：…)."""
    found = list(matches)
    for before, after in zip(matches, [*matches[1:], None], strict=True):
        if LABEL_ROLES.get(before.group(1)) not in (*NAME_ROLES, "deadline"):
            continue
        end = after.start(1) if after is not None else len(folded)
        found.extend(later for later in _LATER_LABEL.finditer(folded, before.end(), end) if later.group(1) not in LABEL_ROLES)
    return sorted(found, key=lambda m: m.start()) if len(found) > len(matches) else matches


@lru_cache(maxsize=8192)
def find_fields(line: str) -> tuple[Field, ...]:
    """Every labelled value in one line, in order."""
    copular = "为" in line and _copular(line)
    if not copular and not _LABEL_MARKS.search(line) and not _space_near_head(line):
        return ()  # most lines of a plan hold no label: no need to fold them
    folded = _labels_view(fold(line))
    if copular:
        folded = _COPULA_LABEL.sub(lambda m: m.group(1) + ":", folded)
    if ":" not in folded:
        return ()
    spaced = _SPACED_LABEL.match(folded)
    if spaced and _SPACES.sub("", spaced.group(1)) in LABEL_ROLES:
        label = _SPACES.sub("", spaced.group(1))
        rest = find_fields(line[spaced.end():])  # more fields may follow on the line
        value_end = rest[0].start if rest else len(line)
        shifted = tuple(Field(f.label, f.role, f.value, f.start + spaced.end()) for f in rest)
        return (Field(label, LABEL_ROLES[label], squeeze(line[spaced.end(): spaced.end() + value_end]), spaced.start(1)), *shifted)
    matches = list(_LABEL.finditer(folded))
    if matches and folded.count(":") > len(matches):  # a colon no label claimed: one glued to the value before it?
        matches = _with_later_labels(folded, _with_glued_labels(folded, matches))
    if not matches:
        unknown = _UNKNOWN_LABEL.match(folded)
        if unknown is None:
            return ()
        head = _UNKNOWN_HEAD.match(folded)
        glued = _with_glued_labels(folded, [head]) if head is not None and folded.count(":") > 1 else []
        if len(glued) < 2:
            label = line[unknown.start(1): unknown.end(1)]
            compound = _units_and_people(unknown.group(1))
            role = compound or _role_by_ending(unknown.group(1))
            return (Field(label, role, squeeze(line[unknown.start(2):]), unknown.start(1), with_people=compound is not None),)
        matches = glued  # 配合领导：张明贵副局长配合部门：区园林局: a known label glued to the first's value
    fields = []
    for i, match in enumerate(matches):
        value_start = match.end()
        value_end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        while value_end > value_start and folded[value_end - 1] in "([ ":
            value_end -= 1  # the bracket that opens the next label's group: 任务名称：…（责任单位：…）
        segment = folded[value_start:value_end]
        closer = closing_bracket_at_depth_zero(segment)
        if closer >= 0:
            value_end = value_start + closer
            segment = segment[:closer]
        for j, ch in enumerate(segment):
            if ch in SENTENCE_ENDS and ch not in ";；":
                value_end = value_start + j
                break
        label_start = match.start(1)
        start = label_start
        if i == 0 and label_start > 0 and folded[label_start - 1] in "([【〔〈":
            start = label_start - 1
        label = line[label_start: match.end(1)]
        role = LABEL_ROLES[match.group(1)] if match.group(1) in LABEL_ROLES else _role_by_ending(match.group(1))
        fields.append(Field(label, role, squeeze(line[value_start:value_end]), start))
    return tuple(fields)
