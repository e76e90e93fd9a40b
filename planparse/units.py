"""Lists of unit names (and of people): split where the document separates them, nowhere else.

Shared by every path (field values, table cells, prose clauses): a trailing 等 is cut and
noted (`and_others`), so that nothing is claimed the document did not say; a collective phrase
stays one unit (各县、市、区政府 is not 各县 + 市 + 区政府); 及/以及 between two names separates
them, and so does 和 between two that each read as a unit on their own (县住建局和县城管局),
while 和 inside a name does not (区科技和信息化局).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import fold, split_top_level, squeeze
from .vocabulary.units import (
    BARE_LEVELS,
    COMPOUND_SURNAMES,
    GENERIC_UNIT_PREFIXES,
    LEVEL_BODIES,
    NOT_RESPONSIBLE,
    NOT_UNIT_ENDINGS,
    ORG_SUFFIXES,
    PEOPLE_IN_POSTS,
    SURNAMES,
    TITLE_ENDINGS_OF_OFFICIALS,
    UNIT_LEVELS,
)

# Typesetting pads two-character names to the width of three (王  明); web pages keep the pad.
_PADDING = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\u00a0]+(?=[\u4e00-\u9fff])")

# 和 and 及 are not separators here: 党外干部和民主党派科 is one unit.
_SEPARATORS = "、，,；;\n"  # a table cell may list one unit per line
_EMPTY_VALUES = {"无", "暂无", "/", "-", "—", "——", "待定", "某某", "XX", "XXX", "xx", "xxx", "××", "×××"}
# 负责人：__, （负责人：＿＿＿）: a blank left to fill in names no one
_BLANK = re.compile(r"[_＿\s]+")
# A bracketed note about the list, not part of any name: （首位单位为牵头单位，下同）
_NOTE = re.compile(r"[（(][^（）()]*(?:牵头单位|下同)[^（）()]*[）)]")
_SLASH = re.compile(r"\s*[/／]\s*")
_HE = re.compile(r"(?<=[\u4e00-\u9fff）)])和(?=[\u4e00-\u9fff])")
_AND = re.compile(r"(?<=[\u4e00-\u9fff）)〉>》”])(?:以及|及)(?=[\u4e00-\u9fff（(])")
# （责任人：王建国；全年）: a time written after the names, in the same brackets, is no name
_TIME_PIECE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,3}月|全年|年[底内末初中]|[上下]半年|第?[一二三四1-4]季度"
    r"|长期|持续|常态|每[年月季周天日旬]|即日)"
)
# What a time piece can open with (digits of either width, Chinese numerals, 全年, 年底, 上半年,
# 第…季度, 长期, 持续, 常态, 每月, 即日): a name opening otherwise is never folded to be tested.
_TIME_OPENERS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十全年上下第长持常每即")


def _may_be_time(name: str) -> bool:
    return name[0] in _TIME_OPENERS and _TIME_PIECE.match(fold(name)) is not None


_OTHERS = re.compile(r"等(?:单位|部门|有关单位|相关单位|部门和单位)?(?:[\u4e00-\u9fff]{0,8})$")
# 县住建局按职责分工负责, 市财政局（按职责分工负责）: the duty written after a name is no part of it
_DUTY_WORDS = r"(?:按照?(?:各自)?职责(?:分工)?|分别|共同|具体)"
_DUTY = re.compile(rf"{_DUTY_WORDS}?(?:负责|落实)$|[（(]\s*(?:{_DUTY_WORDS}(?:负责|落实)?|负责|落实)\s*[）)]$")


def split_names(value: str) -> list[str]:
    """Names as written, split on list separators that stand outside brackets and quotes."""
    return names_and_others(value)[0]


def names_and_others(value: str) -> tuple[list[str], bool]:
    """The names, and whether the list ends with 等 (区住建局等, 综合科等按职责分工落实)."""
    names, others = _names_and_others(value)
    return list(names), others


# 县交通局、各乡镇配合: a role written after a clause's list is every name's in it
_CLAUSE_ROLE = re.compile(r"(?:牵头|配合|协助|协办)$")
_CLAUSES = re.compile(r"([，,；;])")


def role_to_each_name(value: str) -> str:
    """县城管局牵头，县交通局、各乡镇配合 -> 县城管局牵头，县交通局配合、各乡镇配合, so that each
    name carries the role its clause gives (the lists are settled into roles later)."""
    clauses = _CLAUSES.split(value)
    helping = None  # X牵头，A、B等部门，C配合: the units listed before 配合, across the comma, help too
    for i in range(len(clauses) - 1, -1, -1):
        clause = clauses[i].strip()
        role = _CLAUSE_ROLE.search(clause)
        if clause in _CLAUSES_SEPARATORS:
            continue
        led = any("牵头" in earlier for earlier in clauses[:i])  # only between the lead and the helpers
        if role is None and helping and led and clause and all(is_unit_name(n) for n in _listed(_OTHERS.sub("", clause))):
            clauses[i] = "、".join(name + helping for name in _listed(_OTHERS.sub("", clause)))
            continue
        helping = role.group() if role is not None and role.group() != "牵头" else None
        if role is None or "、" not in clause:
            continue
        names = _listed(clause[: role.start()])
        if all(len(name) >= 2 for name in names):  # 各县、市、区政府配合 is one collective name
            clauses[i] = "、".join(name + role.group() for name in names)
    return "".join(clauses)


_CLAUSES_SEPARATORS = frozenset("，,；;")


def _listed(text: str) -> list[str]:
    return [squeeze(text[start:end]) for start, end in split_top_level(text, "、")]


# 王小明（13812345678）, 张三 0551-1234567: how to reach a person, not part of the name
_PHONE = re.compile(r"\s*[（(]?(?:电话|手机|联系电话)?[:：]?\s*(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)\s*[）)]?")


@lru_cache(maxsize=4096)  # a plan names the same few lists of units again and again
def _names_and_others(value: str) -> tuple[tuple[str, ...], bool]:
    value = _NOTE.sub("", value)
    if any(ch.isdigit() for ch in value):
        value = _PHONE.sub("", value)
    if "牵头" in value or "配合" in value or "协" in value:
        value = role_to_each_name(value)
    names: list[str] = []
    others = False
    pieces = (squeeze(value[start:end]) for start, end in split_top_level(value, _SEPARATORS))
    for piece in (part for spaced in pieces for part in _split_on_spaces(spaced) for part in _padded_names(part)):
        piece = _PADDING.sub("", piece)
        parts = [squeeze(p) for p in _AND.split(piece)]
        if len(parts) > 1 and not all(is_unit_name(p) for p in parts):
            parts = [piece]  # 科学技术普及办公室: 及 inside a name
        if len(parts) == 1 and "和" in piece:
            joined = [squeeze(p) for p in _HE.split(piece)]  # 县住建局和县城管局, not 区科技和信息化局
            parts = joined if all(reads_as_unit(p) for p in joined) else parts
        if len(parts) == 1 and ("/" in piece or "／" in piece):
            slashed = [squeeze(p) for p in _SLASH.split(piece)]  # 县教育局/县大数据中心, as a ledger cell lists them
            parts = slashed if all(len(p) >= 2 and (is_unit_name(p) or is_person(p)) for p in slashed) else parts  # 区住建局/张三
        for name in parts:
            if name.endswith(("负责", "落实", "）", ")")) and len(duty := _DUTY.sub("", name)) >= 2:
                name = duty
            cut = _OTHERS.search(name)
            if cut and cut.start() > 0 and is_unit_name(name[: cut.start()]):
                name, others = name[: cut.start()], True
            if name and name not in _EMPTY_VALUES and not _BLANK.fullmatch(name) and not (_may_be_time(name) and not is_unit_name(name)):
                names.append(name)
    return tuple(_join_collectives(names)), others


_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
# 陆 明俞 悦: names of two padded to the width of three, run together with nothing between them
_PADDED_PAIR = re.compile(r"([\u4e00-\u9fff])[ \u3000\u00a0]+([\u4e00-\u9fff])")
_PADDED_PAIRS = re.compile(r"(?:[\u4e00-\u9fff][ \u3000\u00a0]+[\u4e00-\u9fff]){2,}")


def _padded_names(piece: str) -> list[str]:
    """Two or more padded names of two run together (陆 明俞 悦): one name each; anything else as it is."""
    if not _PADDED_PAIRS.fullmatch(piece):
        return [piece]
    names = [a + b for a, b in _PADDED_PAIR.findall(piece)]
    return names if not any(is_unit_name(n) for n in names) else [piece]
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]$")
_POSITIONS = frozenset({"主要负责同志", "分管负责同志", "主要负责人", "分管负责人", "负责同志", "负责人", "主要领导", "分管领导"})


def _split_on_spaces(piece: str) -> list[str]:
    """区发改局 区财政局: names a typist set apart with spaces, when every part reads as a unit or a
    person on its own; 王  明 is one name padded to the width of three."""
    if not _SPACES.search(piece):
        return [piece]
    parts = _SPACES.split(piece)
    if len(parts) > 1 and parts[-1] in _POSITIONS:
        parts = parts[:-1]  # 各街道办事处 主要负责同志: the unit's head, who is no name
        if len(parts) == 1:
            return parts
    if len(parts) > 1 and all(len(p) >= 2 and (is_unit_name(_TRAILING_NOTE.sub("", p)) or is_person(p)) for p in parts):
        return parts
    return [piece]


# 王副区长, 李书记: a surname and a short title name one person, as a name would
_SHORT_TITLES = frozenset({
    "区长", "县长", "市长", "镇长", "乡长", "省长", "书记", "主任", "局长", "部长", "主席", "院长", "校长", "所长",
    "处长", "科长", "队长", "站长", "行长", "组长", "社长", "馆长", "秘书长",
})


def _addressed_by_title(name: str) -> bool:
    folded = fold(name)
    return folded[:1] in SURNAMES and folded[1:].removeprefix("副") in _SHORT_TITLES


def join_titles(people: list[str]) -> list[str]:
    """People as listed, the titles that stand alone before a name joined to it: 区委常委、常务副
    区长李四 is one person; 张三、李四 two; 区委书记、区长, titles with no name, two; 区委常委、
    组织部部长, a seat and the post held with it, one."""
    joined: list[str] = []
    titles: list[str] = []
    for person in people:
        if fold(person).endswith(TITLE_ENDINGS_OF_OFFICIALS) and not _addressed_by_title(person):
            titles.append(person)
            continue
        joined.append("、".join([*titles, person]))
        titles = []
    return joined + _memberships_joined(titles)


def share_the_post(names: list[str]) -> list[str]:
    """州委办公室、州政府办公室主要负责人: units listed before a unit's post (负责人) share it; the
    list is one entry, as written, not a unit and a person."""
    shared: list[str] = []
    waiting: list[str] = []
    for name in names:
        if is_office(name):
            waiting.append(name)
            continue
        posted = waiting and fold(name).endswith(PEOPLE_IN_POSTS) and is_unit_name(_POST_OF_A_UNIT.sub("", fold(name)))
        shared.extend(["、".join([*waiting, name])] if posted else [*waiting, name])
        waiting = []
    return shared + waiting


_POST_OF_A_UNIT = re.compile(r"(?:主要|分管|有关|相关)?(?:负责人|责任人|负责同志)$")


# 县委常委, 党组成员: a seat on a body, held with a post (县委常委、组织部部长 is one official)
_MEMBERSHIPS = ("常委", "党组成员", "党委委员", "党工委委员")


def _memberships_joined(titles: list[str]) -> list[str]:
    joined: list[str] = []
    for title in titles:
        if joined and fold(joined[-1]).endswith(_MEMBERSHIPS):
            joined[-1] += "、" + title
        else:
            joined.append(title)
    return joined


_BARE_LEVEL = frozenset(level + body for level in BARE_LEVELS for body in LEVEL_BODIES)


def _join_collectives(names: list[str]) -> list[str]:
    """各县、市、区政府: a piece of one character is no unit; it joins the pieces on either side. 各区、县级市:
    a bare level after a collective that opens with 各 shares its 各, and is one unit with it."""
    if len(names) < 2 or (all(len(n) > 1 for n in names) and not any(n.startswith("各") for n in names)):
        return names
    joined: list[str] = []
    glue_next = False
    for i, name in enumerate(names):
        single = len(name) == 1
        shares_ge = bool(joined) and joined[-1].startswith("各") and name in _BARE_LEVEL
        if joined and (single or glue_next or shares_ge):
            joined[-1] += "、" + name
        else:
            joined.append(name)
        glue_next = single and i + 1 < len(names)
    return joined


# what opens a clause about a role, never a unit's name: 负责同志带队, 牵头部门
_ROLE_OPENINGS = ("负责", "牵头", "配合", "协助", "协办", "参与")


# 请你单位牵头, 你局要…: the unit a notice is addressed to, named by its salutation
ADDRESSEE = r"(?:你|贵)(?:单位|部门|局|委|办|院|校|中心|处|科|室|站|所|公司|乡|镇|街道|县|区|市|们)"
_ADDRESSEE = re.compile(rf"^{ADDRESSEE}$")


def is_addressee(name: str) -> bool:
    return _ADDRESSEE.match(name) is not None


def lists_units(text: str) -> bool:
    """县水利局, 县气象局、县水文站: units and nothing else, each named in full (not 局, a word)."""
    names = split_names(text)
    return bool(names) and all(is_unit_name(n) and len(n) >= 3 for n in names)


_ALIAS = re.compile(r"\(([^()]{2,12})\)$")


def is_unit_name(name: str) -> bool:
    """Whether a name reads as an organisation: its ending, or a collective opening (各…)."""
    folded = fold(name).strip()
    if folded.endswith(")") and (alias := _ALIAS.search(folded)) and alias.start() and fold(alias.group(1)).endswith(ORG_SUFFIXES):
        folded = folded[: alias.start()]  # 规划信息处（爱卫办）: a unit and the other name it goes by
    return (
        bool(folded) and (folded.endswith(ORG_SUFFIXES) or folded.startswith(GENERIC_UNIT_PREFIXES))
        and not folded.startswith(_ROLE_OPENINGS) and not folded.endswith(PEOPLE_IN_POSTS)
        and not folded.endswith(NOT_UNIT_ENDINGS)
        and not (folded.startswith("各") and folded.endswith(TITLE_ENDINGS_OF_OFFICIALS))  # 各班班长, 各村书记: people by their post
    )


def is_office(name: str) -> bool:
    """A unit written where a person is asked for (负责人：政教处), not a post (区委常委, 办公室主任)."""
    return is_unit_name(name) and not fold(name).endswith(TITLE_ENDINGS_OF_OFFICIALS)


# 县直各有关部门, 市直各单位, 市级各有关部门, 省有关部门, 辖区有关企业, 全县各级党组织: the units under a level of
# government, or in a place, all of them
_DIRECTLY_UNDER = re.compile(r"^(?:[省市县区州旗镇乡][直级]?|辖区|全[省市县区州旗镇乡]|本[省市县区镇乡])(?=各|有关|相关|所有|其他|全体)")


def reads_as_unit(name: str, known: frozenset[str] = frozenset()) -> bool:
    """A name that can only be a unit, where no label or verb says so: an organisation's ending
    with a level, a town's name or a collective opening (区应急局, 城关镇, 城南街道办事处, 各街道办事处),
    or a name the plan labels elsewhere."""
    return name in known or (
        len(name) >= 3 and is_unit_name(name) and (name[0] in UNIT_LEVELS or _TOWN.match(name) is not None or is_generic(name))
    )


# 城关镇, 河口乡, 城南街道: a place's two characters and its level (not 在城乡…, 小城镇)
_TOWN = re.compile(r"(?![在于对向从把将为以到全本每各])(?!小城)[\u4e00-\u9fff]{2}(?:镇|乡|街道)")


# 市政府各部门, 区委各部委: a body's units, all of them
_EACH_OF_A_BODY = re.compile(r"各(?:有关|相关)?(?:部门|部委|单位|机构|委办局|处室|科室|直属机构|成员单位)$")


def is_generic(name: str) -> bool:
    """各有关单位, 相关部门, 各责任单位, 县直各单位, 市政府各部门: a collective phrase, not a particular unit."""
    folded = fold(name)
    return _DIRECTLY_UNDER.sub("", folded).startswith(GENERIC_UNIT_PREFIXES) or ("各" in folded and _EACH_OF_A_BODY.search(folded) is not None)


_POST_MAX = 14  # 镇党委组织委员, 市人力资源和社会保障局局长: longer is a clause that ends so


def is_post(name: str) -> bool:
    """阮斌副局长, 副县长, 镇党委组织委员: a person named by a post, which ends like an official's title."""
    folded = fold(name)
    return 3 <= len(folded) <= _POST_MAX and folded.endswith(TITLE_ENDINGS_OF_OFFICIALS)


def is_person(name: str) -> bool:
    """A two- or three-character name opening with a common surname (three or four with 欧阳, 司马…)
    and ending in no unit suffix."""
    folded = fold(name)
    compound = folded.startswith(COMPOUND_SURNAMES)
    return (
        (2 + compound <= len(folded) <= 3 + compound) and (compound or folded[0] in SURNAMES) and not folded.endswith(ORG_SUFFIXES)
        and all("\u4e00" <= ch <= "\u9fff" for ch in folded) and folded not in NOT_RESPONSIBLE
    )
