"""Bytes to text as Chinese documents are saved: UTF-8 (with or without BOM), UTF-16 (with or
without BOM), GB18030/GBK, a mix of UTF-8 and GBK lines, and Big5, which GBK would read without an
error as nonsense. Every reader of text (.txt, .html) decodes here."""

from __future__ import annotations

import codecs
import re

from ..errors import DecodeError
from ..models import ParseWarning

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 200)


_PLAUSIBLE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u201f\u00b7\s!-~]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: accepted when nearly every character is Chinese, ASCII or
    common punctuation, which random bytes with NULs in them never are."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and len(_PLAUSIBLE.findall(text)) >= 0.95 * len(text) and _looks_like_text(text):
            return text
    return None


def decode(data: bytes) -> tuple[str, str, list[ParseWarning]]:
    """Text, the encoding it was read in, and a warning when some lines needed another one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}") from None
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16", []
        if data.count(b"\x00") > max(2, len(data) // 1000):
            raise DecodeError("binary data, not text (it holds NUL bytes)")
        data = data.replace(b"\x00", b"")  # a stray NUL or two in a text: dropped, not the whole plan with them
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_like_text(text):
            raise DecodeError("binary data, not text (it holds control characters)")
        return text, "utf-8", []
    return _decode_legacy(data)


# Kana, bopomofo, Greek, Cyrillic and private-use characters: a Chinese plan holds next to none,
# but Big5 bytes read as GBK turn into them by the dozen (ㄢ, カ, э)
_MISREAD = re.compile(r"[\u3040-\u30ff\u3100-\u312f\u0370-\u03ff\u0400-\u04ff\ue000-\uf8ff]")
_MISREAD_SHARE = 0.1


def _misread(text: str) -> bool:
    wide = sum(1 for ch in text if ord(ch) > 127)
    return wide > 0 and len(_MISREAD.findall(text)) > _MISREAD_SHARE * wide


def _big5(data: bytes) -> str | None:
    """The text of a file in Big5 (as Windows writes it, cp950), or None if it is not."""
    try:
        text = data.decode("cp950")
    except UnicodeDecodeError:
        return None
    return text if _looks_like_text(text) and not _misread(text) else None


def _decode_legacy(data: bytes) -> tuple[str, str, list[ParseWarning]]:
    """GB18030 covers GBK and GB2312; a file pasted together from both gets decoded line by line.
    Big5 bytes decode as GBK too, into kana and Cyrillic where Chinese was written: such a text is
    read as Big5 when it decodes as such."""
    lines = data.split(b"\n")
    utf8_lines = 0
    for line in lines:
        if not line.isascii():
            try:
                line.decode("utf-8")
                utf8_lines += 1
            except UnicodeDecodeError:
                pass
    if utf8_lines == 0:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            big5 = _big5(data)
            if big5 is None:
                raise DecodeError("not UTF-8, UTF-16, GB18030/GBK or Big5 text") from None
            return big5, "big5", []
        if not _looks_like_text(text):
            raise DecodeError("binary data, not text (it holds control characters)")
        if _misread(text) and (big5 := _big5(data)) is not None:
            return big5, "big5", []
        return text, "gb18030", []
    decoded, replaced = [], 0
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(line.decode("gb18030", errors="replace"))
            replaced += 1
    warning = ParseWarning(
        code="decode_replaced",
        message=f"{replaced} line(s) are not UTF-8 and were read as GB18030",
    )
    return "\n".join(decoded), "utf-8+gb18030", [warning]
