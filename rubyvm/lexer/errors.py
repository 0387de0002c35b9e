"""Errors the lexer finds, reported as CRuby reports them (parser_yyerror / compile_error):

    FILE:LINE: message
    the source line
        ^~~          (when CRuby points at the spot)
"""
from __future__ import annotations


class LexError:
    __slots__ = ("message", "filename", "line", "column", "width", "source_line")

    def __init__(self, message, filename, line, column, width=0, source_line=""):
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.width = width            # 0: no caret line
        self.source_line = source_line

    def __str__(self) -> str:
        head = f"{self.filename}:{self.line}: {self.message}"
        if not self.width:
            return head
        caret = " " * self.column + "^" + "~" * (self.width - 1)
        return f"{head}\n{self.source_line}\n{caret}"

    def __repr__(self) -> str:
        return f"LexError({str(self)!r})"


class RubySyntaxError(Exception):
    """Ruby's SyntaxError raised from Python: the text is what `ruby FILE` prints."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
