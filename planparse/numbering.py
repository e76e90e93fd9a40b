"""The list labels Word and WPS display (`（一）`, `1.`, `①`), computed from numbering.xml.

A paragraph is numbered by `w:numPr` (its own, or its style's through `basedOn`); `numId`
names a `w:num`, which points at an `w:abstractNum` (directly, or through `numStyleLink` to a
numbering style) and may override a level's start. Counters belong to the abstract list, so
two `w:num` of one list continue each other unless one says `startOverride`; a level restarts
whenever a level above it advances. `lvlText` is the template (`（%1）`, `%1.%2`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .blocks import CONTENTS, whole_number
from .vocabulary.script import EARTHLY_BRANCHES, HEAVENLY_STEMS

LEVEL_MAX = 8  # Word's list levels are 0 to 8
START_MAX = 32767  # the largest number Word lets a list start at

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def _counting(digits: str, units: str, ten_alone: bool) -> Callable[[int], str]:
    """Counting with place words (二十三, 一百零五, 壹佰零伍) up to 9999, as Word prints it: 十一
    for 11 where `ten_alone` (the everyday numerals), 壹拾壹 where not (the numerals of accounts)."""

    def shown(n: int) -> str:
        if not 0 < n < 10000:
            return str(n)
        out: list[str] = []
        zero = False
        for place in range(3, -1, -1):
            digit = n // 10**place % 10
            if digit == 0:
                zero = bool(out)
                continue
            if zero:
                out.append(digits[0])
                zero = False
            if not (ten_alone and place == 1 and digit == 1 and n < 20):
                out.append(digits[digit])
            out.append(units[place - 1] if place else "")
        return "".join(out)

    return shown


def _digital(n: int) -> str:
    """二〇二一: digit by digit, 〇 for the zero."""
    return "".join("〇一二三四五六七八九"[int(d)] for d in str(n)) if n >= 0 else str(n)


def _cycle(signs: str) -> Callable[[int], str]:
    return lambda n: signs[(n - 1) % len(signs)] if n > 0 else str(n)


def _run(first: int, count: int, otherwise: Callable[[int], str] = str) -> Callable[[int], str]:
    """Signs that stand in Unicode in a row (①…⑳): number n is first + n - 1, up to count."""
    return lambda n: chr(first + n - 1) if 1 <= n <= count else otherwise(n)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    if n < 1:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
_COUNTING = _counting("零一二三四五六七八九", "十百千", ten_alone=True)

# What each of Word's number formats (ST_NumberFormat) prints for a counter, for every format
# that can print a Chinese or a circled number, and the Latin ones plans use. LibreOffice writes
# taiwanese* for the 一 level unless the level's language is zh-CN, so they print as Word shows them.
_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULL_WIDTH),
    "chineseCounting": _COUNTING,
    "chineseCountingThousand": _COUNTING,
    "taiwaneseCounting": _COUNTING,
    "taiwaneseCountingThousand": _COUNTING,
    "japaneseCounting": _COUNTING,
    "ideographDigital": _digital,
    "taiwaneseDigital": _digital,
    "japaneseDigitalTenThousand": _digital,
    "chineseLegalSimplified": _counting("零壹贰叁肆伍陆柒捌玖", "拾佰仟", ten_alone=False),
    "ideographLegalTraditional": _counting("零壹貳參肆伍陸柒捌玖", "拾佰仟", ten_alone=False),
    "japaneseLegal": _counting("零壱弐参四伍六七八九", "拾百阡", ten_alone=False),
    "ideographTraditional": _cycle(HEAVENLY_STEMS),
    "ideographZodiac": _cycle(EARTHLY_BRANCHES),
    "ideographZodiacTraditional": lambda n: HEAVENLY_STEMS[(n - 1) % 10] + EARTHLY_BRANCHES[(n - 1) % 12] if n > 0 else str(n),
    "decimalEnclosedCircle": _run(0x2460, 20),
    "decimalEnclosedCircleChinese": _run(0x2460, 20),
    "decimalEnclosedParen": _run(0x2474, 20, lambda n: f"({n})"),
    "decimalEnclosedFullstop": _run(0x2488, 20, lambda n: f"{n}."),
    "ideographEnclosedCircle": _run(0x3280, 10),
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "bullet": lambda n: "",
    "none": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """One counter value in one of Word's number formats (a format not listed prints decimal)."""
    return _FORMATS.get(fmt, str)(n)


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart_after: int | None = None  # lvlRestart: restart only when this level (1-based) advances


@dataclass
class Numbering:
    """The lists of one document and the counters that run through it in reading order.

    Lists are indexed by id when the part is read; a list's levels are built the first time a
    paragraph uses it (Word's numbering.xml often defines dozens of lists a document never uses).
    """

    abstracts: dict[str, Any] = field(default_factory=dict)  # abstractNumId -> element
    nums: dict[str, Any] = field(default_factory=dict)  # numId -> element
    styles: StyleSheet | None = None
    _counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _resolved: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = field(default_factory=dict)
    _overridden: set[str] = field(default_factory=set)

    @classmethod
    def from_xml(cls, numbering: Any | None, styles: StyleSheet | None) -> Numbering:
        """Index the parsed root of numbering.xml (or None) and keep the document's styles."""
        self = cls(styles=styles)
        if numbering is not None:
            self.abstracts = {a.get(f"{W}abstractNumId", ""): a for a in numbering.iterchildren(f"{W}abstractNum")}
            self.nums = {n.get(f"{W}numId", ""): n for n in numbering.iterchildren(f"{W}num")}
        return self

    def _abstract_id(self, num: Any) -> str:
        ref = num.find(f"{W}abstractNumId")
        abstract_id = ref.get(f"{W}val", "") if ref is not None else ""
        link = self.abstracts[abstract_id].find(f"{W}numStyleLink") if abstract_id in self.abstracts else None
        if link is not None and self.styles is not None:
            # numStyleLink: the list is the one the numbering style's own numId points at
            target = self.nums.get(self.styles.numpr(link.get(f"{W}val", ""))[0] or "")
            if target is not None and target is not num:
                ref = target.find(f"{W}abstractNumId")
                abstract_id = ref.get(f"{W}val", "") if ref is not None else abstract_id
        return abstract_id

    def _resolve(self, num_id: str) -> tuple[str, dict[int, Level], dict[int, int]]:
        """A list instance's abstract list, its levels (with the instance's overrides), and its start overrides."""
        if num_id not in self._resolved:
            num = self.nums[num_id]
            abstract_id = self._abstract_id(num)
            abstract = self.abstracts.get(abstract_id)
            defined = abstract.iterchildren(f"{W}lvl") if abstract is not None else ()
            levels = {whole_number(lvl.get(f"{W}ilvl"), 0, LEVEL_MAX): _level(lvl) for lvl in defined}
            starts = {}
            for override in num.iterchildren(f"{W}lvlOverride"):
                ilvl = whole_number(override.get(f"{W}ilvl"), 0, LEVEL_MAX)
                start = override.find(f"{W}startOverride")
                if start is not None:
                    starts[ilvl] = whole_number(start.get(f"{W}val"), 1, START_MAX)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:  # a whole level replaced for this list instance
                    levels[ilvl] = _level(lvl)
            self._resolved[num_id] = (abstract_id, levels, starts)
        return self._resolved[num_id]

    def label(self, num_id: str | None, ilvl: int | None, style_id: str | None) -> str:
        """The label of the next paragraph of this list, advancing its counters; '' if none."""
        if (num_id is None or ilvl is None) and self.styles is not None and style_id:
            style_num, style_lvl = self.styles.numpr(style_id)  # styles.xml is read only here
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_lvl
        ilvl = ilvl or 0
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, levels, starts = self._resolve(num_id)
        level = levels.get(ilvl, Level())
        counters = self._counters.setdefault(abstract_id, {})
        if starts and num_id not in self._overridden:
            self._overridden.add(num_id)
            for over_lvl, start in starts.items():
                counters[over_lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            deeper_level = levels.get(deeper, Level())
            if deeper_level.restart_after is None or deeper_level.restart_after > ilvl:
                del counters[deeper]
        if level.fmt == "bullet":
            return "•"  # Word draws its own glyph (a Symbol-font character); a bullet is a bullet
        if level.fmt == "none":
            return ""
        text = level.text
        if "%" in text:
            for k in range(ilvl + 1):
                placeholder = f"%{k + 1}"
                if placeholder in text:
                    k_level = levels.get(k, Level())
                    value = counters.get(k, k_level.start)
                    text = text.replace(placeholder, format_number(value, level.fmt if k == ilvl else k_level.fmt))
        return text


_HEADING_NAME = re.compile(r"(?:heading|标题)\s*([1-9])")
_CONTENTS_NAME = re.compile(r"(?:toc|目录)\s*[1-9]")  # the styles of a table of contents' lines
_MAY_BE_HEADING = (b"outlineLvl", b"eading", "标题".encode(), b"basedOn", b"toc", b"TOC", "目录".encode())  # in the bytes of a style that may be one


class StyleSheet:
    """Paragraph styles' list properties, looked up by style id.

    Word's styles.xml runs to hundreds of kilobytes of latent styles while a plan uses a few,
    so each asked-for `<w:style>` element is cut from the bytes and parsed alone; a file that
    does not name its elements with the usual `w:` prefix is parsed whole, once.
    """

    def __init__(self, load: Callable[[], bytes | None], parse: Callable[[bytes], Any]) -> None:
        self._load = load  # styles.xml is unpacked on the first lookup, not before
        self._parse = parse
        self._bytes: bytes | None = None
        self._elements: dict[str, Any] | None = None  # filled by the whole parse, when needed
        self._numpr: dict[str, tuple[str | None, int | None]] = {}
        self._levels: dict[str, int] = {}
        self._parsed: dict[str, Any] = {}  # style elements cut from the bytes and parsed, by id

    @property
    def _data(self) -> bytes:
        if self._bytes is None:
            self._bytes = self._load() or b""
        return self._bytes

    @property
    def _root_tag(self) -> bytes:
        root_end = self._data.find(b">", self._data.find(b"<w:styles"))
        return self._data[: root_end + 1] if root_end >= 0 else b"<w:styles>"

    def _snippet(self, style_id: str) -> bytes | None:
        """The bytes of one `<w:style>` element, where the file uses the usual prefix."""
        for quote in (b'"', b"'"):
            at = self._data.find(b"w:styleId=" + quote + style_id.encode() + quote)
            if at < 0:
                continue
            start = self._data.rfind(b"<w:style", 0, at)
            end = self._data.find(b"</w:style>", at)
            if start >= 0 and end >= 0:
                return self._data[start: end + len(b"</w:style>")]
        return None

    def _element(self, style_id: str, snippet: bytes | None = None) -> Any | None:
        if style_id in self._parsed:
            return self._parsed[style_id]
        if self._elements is None and self._data:
            snippet = snippet or self._snippet(style_id)
            if snippet is not None:
                self._parsed[style_id] = self._parse(self._root_tag + snippet + b"</w:styles>").find(f"{W}style")
                return self._parsed[style_id]
            if b"<w:style " in self._data:
                return None  # the usual prefix is used and the style is not there
        if self._elements is None:
            if not self._data:
                return None
            root = self._parse(self._data)
            self._elements = {el.get(f"{W}styleId", ""): el for el in root.iter(f"{W}style")}
        return self._elements.get(style_id)

    def outline_level(self, style_id: str) -> int:
        """The outline level a style gives its paragraphs (1 for 标题 1 / Heading 1), inherited
        through `basedOn`; CONTENTS for a table of contents' lines (TOC 1, 目录 1); 0 for body text."""
        return _inherited(style_id, self._levels, self._own_level, 0)

    def _own_level(self, style_id: str) -> tuple[int | None, str | None]:
        snippet = self._snippet(style_id) if self._elements is None and self._data else None
        if snippet is not None and not any(mark in snippet for mark in _MAY_BE_HEADING):
            return 0, None  # most styles: told from their bytes, never parsed
        element = self._element(style_id, snippet)
        if element is None:
            return 0, None
        level = element.find(f"{W}pPr/{W}outlineLvl")
        name = element.find(f"{W}name")
        written = name.get(f"{W}val", "").lower() if name is not None else ""
        named = _HEADING_NAME.fullmatch(written)
        if _CONTENTS_NAME.fullmatch(written):
            return CONTENTS, None
        if level is not None and (value := whole_number(level.get(f"{W}val"), -1, 9)) >= 0:
            return (value + 1 if value < 9 else 0), None  # 9 is body text
        if named:
            return int(named.group(1)), None
        return None, _based_on(element)

    def numpr(self, style_id: str) -> tuple[str | None, int | None]:
        """(numId, ilvl) of a style, inherited through `basedOn`."""
        return _inherited(style_id, self._numpr, self._own_numpr, (None, None))

    def _own_numpr(self, style_id: str) -> tuple[tuple[str | None, int | None] | None, str | None]:
        element = self._element(style_id)
        if element is None:
            return (None, None), None
        numpr = element.find(f"{W}pPr/{W}numPr")
        return (_numpr_values(numpr), None) if numpr is not None else (None, _based_on(element))


#: A style inherits through at most this many ancestors (Word's own chains are a few deep; a
#: file that claims thousands is built to exhaust the reader).
BASED_ON_MAX = 32
T = TypeVar("T")


def _based_on(element: Any) -> str | None:
    based = element.find(f"{W}basedOn")
    return based.get(f"{W}val", "") if based is not None else None


def _inherited(style_id: str, cache: dict[str, T], own: Callable[[str], tuple[T | None, str | None]], default: T) -> T:
    """A style's property: its own, else its parent's, up the `basedOn` chain (a loop, so a deep
    chain cannot exhaust the stack; a cycle or a chain past BASED_ON_MAX gives the default)."""
    chain: list[str] = []
    current: str | None = style_id
    value = default
    while current is not None and len(chain) < BASED_ON_MAX:
        if current in cache:
            value = cache[current]
            break
        cache[current] = default  # a cycle back to a style on the chain ends at the default
        chain.append(current)
        found, current = own(current)
        if found is not None:
            value = found
            break
    for style in chain:
        cache[style] = value
    return value


def _numpr_values(numpr: Any) -> tuple[str | None, int | None]:
    num = numpr.find(f"{W}numId")
    lvl = numpr.find(f"{W}ilvl")
    return (num.get(f"{W}val") if num is not None else None, whole_number(lvl.get(f"{W}val"), 0, LEVEL_MAX) if lvl is not None else None)


def _level(lvl: Any) -> Level:
    def val(tag: str) -> str | None:
        element = lvl.find(f"{W}{tag}")
        return element.get(f"{W}val") if element is not None else None

    restart = val("lvlRestart")
    return Level(
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") or "",
        start=whole_number(val("start"), 1, START_MAX),
        restart_after=whole_number(restart, 0, LEVEL_MAX + 1) if restart is not None else None,
    )
