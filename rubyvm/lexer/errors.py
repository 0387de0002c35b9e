"""Errors the lexer reports (CRuby words them as compile errors of the parser)."""
from __future__ import annotations


class LexError:
    __slots__ = ("message", "filename", "line", "column")

    def __init__(self, message: str, filename: str, line: int, column: int):
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}: {self.message}"

    def __repr__(self) -> str:
        return f"LexError({str(self)!r})"
