"""The .txt reader: every encoding a plan arrives in, and debris that converters leave behind."""

from __future__ import annotations

import codecs

import pytest

from planparse.errors import DecodeError
from planparse.readers.txt import decode, read_txt

PLAN = "一、活动安排\n1.召开动员大会。\n牵头单位：办公室\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PLAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PLAN.encode("utf-8"), "utf-8-sig"),
        (PLAN.encode("utf-16"), "utf-16"),
        (PLAN.encode("gb18030"), "gb18030"),
        (PLAN.encode("gbk"), "gb18030"),
        (PLAN.encode("utf-16-le"), "utf-16"),
    ],
)
def test_every_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    text, used, warnings = decode(data)
    assert text.replace("\r\n", "\n") == PLAN
    assert used == encoding
    assert warnings == []


def test_a_gbk_line_inside_utf8_is_read_with_a_warning() -> None:
    data = "1.召开动员大会。\n".encode() + "牵头单位：办公室\n".encode("gbk")
    text, used, warnings = decode(data)
    assert "牵头单位：办公室" in text
    assert used == "utf-8+gb18030"
    assert [w.code for w in warnings] == ["decode_replaced"]


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01\x02\x03" * 100, b"PK\x00\x00garbage\x00"])
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(DecodeError):
        decode(data)


def test_line_ends_spaces_and_bookmarks_are_cleaned() -> None:
    data = "标题方案\r\n[bookmark: _GoBack]1.开展活动。\u3000\u00a0\r\n\r\n牵头单位：办公室  \r\n".encode()
    document = read_txt(data, "x.txt")
    assert [(b.text, b.line) for b in document.blocks] == [("标题方案", 1), ("1.开展活动。", 2), ("牵头单位：办公室", 4)]
    assert document.source.sha256 and document.source.format == "txt"
