"""Plain text as a mail client or a PDF copy leaves it: every paragraph broken at a fixed width."""

from __future__ import annotations

from planparse.text import display_width


def wrapped(text: str, width: int = 72) -> str:
    """Each line broken into lines at most `width` columns wide (a Chinese character takes two)."""
    out: list[str] = []
    for line in text.split("\n"):
        current, used = "", 0
        for ch in line:
            if used + display_width(ch) > width:
                out.append(current)
                current, used = "", 0
            current += ch
            used += display_width(ch)
        out.append(current)
    return "\n".join(out)


def wrapped_layout(text: str) -> bytes:
    return wrapped(text).encode("utf-8")
