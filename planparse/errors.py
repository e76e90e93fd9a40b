"""Errors a person can act on: each names the file and says in one line what is wrong."""

from __future__ import annotations


class PlanparseError(Exception):
    """Base of every error planparse raises on purpose; the CLI prints it as one line."""

    def __init__(self, reason: str, path: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" if self.path else self.reason


class InputError(PlanparseError):
    """The path cannot be read: missing, a directory, no permission."""


class DecodeError(PlanparseError):
    """The bytes are not text in any encoding planparse reads."""


class UnsupportedFormatError(PlanparseError):
    """The file is of a kind planparse does not read (or needs a converter that is missing)."""


class CorruptDocumentError(PlanparseError):
    """The file claims a format but its content is broken, encrypted or unsafe."""


class OverBudgetError(PlanparseError):
    """The file took more time or memory than one file may (a file built to exhaust a reader)."""
