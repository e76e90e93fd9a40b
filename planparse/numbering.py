"""The list labels Word and WPS display (`（一）`, `1.`, `①`), computed from numbering.xml.

A paragraph is numbered by `w:numPr` (its own, or its style's through `basedOn`); `numId`
names a `w:num`, which points at an `w:abstractNum` (directly, or through `numStyleLink` to a
numbering style) and may override a level's start. Counters belong to the abstract list, so
two `w:num` of one list continue each other unless one says `startOverride`; a level restarts
whenever a level above it advances. `lvlText` is the template (`（%1）`, `%1.%2`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN = "零一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _chinese(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + _CN[rest] if rest < 10 else ("一" + _chinese(rest) if rest < 20 else _chinese(rest)))
        return _CN[n // 100] + "百" + tail
    return str(n)


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


def format_number(n: int, fmt: str) -> str:
    """One counter value in one of Word's number formats."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "chineseLegalSimplified", "taiwaneseCounting"):
        return _chinese(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return chr(0x245F + n) if 1 <= n <= 20 else str(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letter(n)
    if fmt == "lowerLetter":
        return _letter(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass(frozen=True, slots=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart_after: int | None = None  # lvlRestart: restart only when this level (1-based) advances


@dataclass
class Numbering:
    """The lists of one document and the counters that run through it in reading order."""

    abstract_levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    num_abstract: dict[str, str] = field(default_factory=dict)
    num_overrides: dict[str, dict[int, int]] = field(default_factory=dict)
    styles: StyleSheet | None = None
    _counters: dict[str, dict[int, int]] = field(default_factory=dict)
    _levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    _overridden: set[str] = field(default_factory=set)

    @classmethod
    def from_xml(cls, numbering: Any | None, styles: StyleSheet | None) -> Numbering:
        """Build from the parsed root of numbering.xml (or None) and the document's styles."""
        self = cls(styles=styles)
        if numbering is None:
            return self
        links: dict[str, str] = {}
        for abstract in numbering.iter(f"{W}abstractNum"):
            abstract_id = abstract.get(f"{W}abstractNumId", "")
            link = abstract.find(f"{W}numStyleLink")
            if link is not None:
                links[abstract_id] = link.get(f"{W}val", "")
            self.abstract_levels[abstract_id] = {
                int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in abstract.findall(f"{W}lvl")
            }
        for num in numbering.iter(f"{W}num"):
            num_id = num.get(f"{W}numId", "")
            ref = num.find(f"{W}abstractNumId")
            self.num_abstract[num_id] = ref.get(f"{W}val", "") if ref is not None else ""
            overrides = {}
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = override.find(f"{W}startOverride")
                if start is not None:
                    overrides[ilvl] = int(start.get(f"{W}val", "1"))
                lvl = override.find(f"{W}lvl")
                if lvl is not None:  # a whole level replaced for this list instance
                    self.abstract_levels.setdefault(f"num:{num_id}", {})[ilvl] = _level(lvl)
            if overrides:
                self.num_overrides[num_id] = overrides
        # numStyleLink: the abstract list is the one the numbering style's own numId points at
        for abstract_id, style_id in links.items():
            target_num = styles.numpr(style_id)[0] if styles else None
            target = self.num_abstract.get(target_num or "")
            if target and target != abstract_id:
                for num_id, ref in self.num_abstract.items():
                    if ref == abstract_id:
                        self.num_abstract[num_id] = target
        return self

    def label(self, num_id: str | None, ilvl: int | None, style_id: str | None) -> str:
        """The label of the next paragraph of this list, advancing its counters; '' if none."""
        style_num, style_lvl = self.styles.numpr(style_id) if self.styles and style_id else (None, None)
        num_id = num_id if num_id is not None else style_num
        ilvl = ilvl if ilvl is not None else (style_lvl or 0)
        if not num_id or num_id == "0" or num_id not in self.num_abstract:
            return ""
        abstract_id = self.num_abstract[num_id]
        levels = self._levels.get(num_id)
        if levels is None:
            levels = {**self.abstract_levels.get(abstract_id, {}), **self.abstract_levels.get(f"num:{num_id}", {})}
            self._levels[num_id] = levels
        level = levels.get(ilvl, Level())
        counters = self._counters.setdefault(abstract_id, {})
        overrides = self.num_overrides.get(num_id, {})
        if num_id not in self._overridden and overrides:
            self._overridden.add(num_id)
            for over_lvl, start in overrides.items():
                counters[over_lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            deeper_level = levels.get(deeper, Level())
            if deeper_level.restart_after is None or deeper_level.restart_after > ilvl:
                del counters[deeper]
        text = level.text
        for k in range(9):
            placeholder = f"%{k + 1}"
            if placeholder in text:
                k_level = levels.get(k, Level())
                value = counters.get(k, k_level.start)
                text = text.replace(placeholder, format_number(value, level.fmt if k == ilvl else k_level.fmt))
        return "" if level.fmt in ("bullet", "none") else text


class StyleSheet:
    """Paragraph styles' list properties, looked up by style id.

    Word's styles.xml runs to hundreds of kilobytes of latent styles while a plan uses a few,
    so each asked-for `<w:style>` element is cut from the bytes and parsed alone; a file that
    does not name its elements with the usual `w:` prefix is parsed whole, once.
    """

    def __init__(self, data: bytes, parse: Any) -> None:
        self._data = data
        self._parse = parse
        root_end = data.find(b">", data.find(b"<w:styles"))
        self._root_tag = data[: root_end + 1] if root_end >= 0 else b""
        self._elements: dict[str, Any] | None = None  # filled by the whole parse, when needed
        self._numpr: dict[str, tuple[str | None, int | None]] = {}

    def _element(self, style_id: str) -> Any | None:
        if self._elements is None and self._root_tag:
            for quote in (b'"', b"'"):
                at = self._data.find(b"w:styleId=" + quote + style_id.encode() + quote)
                if at < 0:
                    continue
                start = self._data.rfind(b"<w:style", 0, at)
                end = self._data.find(b"</w:style>", at)
                if start >= 0 and end >= 0:
                    snippet = self._root_tag + self._data[start: end + len(b"</w:style>")] + b"</w:styles>"
                    return self._parse(snippet).find(f"{W}style")
            if b"<w:style " in self._data:
                return None  # the usual prefix is used and the style is not there
        if self._elements is None:
            root = self._parse(self._data)
            self._elements = {el.get(f"{W}styleId", ""): el for el in root.iter(f"{W}style")}
        return self._elements.get(style_id)

    def numpr(self, style_id: str) -> tuple[str | None, int | None]:
        """(numId, ilvl) of a style, inherited through `basedOn`."""
        if style_id not in self._numpr:
            self._numpr[style_id] = (None, None)  # guards against basedOn cycles
            element = self._element(style_id)
            if element is not None:
                numpr = element.find(f"{W}pPr/{W}numPr")
                based = element.find(f"{W}basedOn")
                if numpr is not None:
                    self._numpr[style_id] = _numpr_values(numpr)
                elif based is not None:
                    self._numpr[style_id] = self.numpr(based.get(f"{W}val", ""))
        return self._numpr[style_id]


def _numpr_values(numpr: Any) -> tuple[str | None, int | None]:
    num = numpr.find(f"{W}numId")
    lvl = numpr.find(f"{W}ilvl")
    return (num.get(f"{W}val") if num is not None else None, int(lvl.get(f"{W}val", "0")) if lvl is not None else None)


def _level(lvl: Any) -> Level:
    def val(tag: str) -> str | None:
        element = lvl.find(f"{W}{tag}")
        return element.get(f"{W}val") if element is not None else None

    restart = val("lvlRestart")
    return Level(
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if val("lvlText") is not None else "",  # type: ignore[arg-type]
        start=int(val("start") or 1),
        restart_after=int(restart) if restart is not None else None,
    )
