"""Errors CRuby's compiler reports (compile.c's COMPILE_ERROR), worded and laid out as
`ruby --dump=insns FILE` prints them.

CRuby 3.1 prints a compile error in one of two shapes, depending on where the iseq is built:
the top-level iseq's errors are collected and reported as

    FILE:LINE: Invalid break
    FILE: compile error (SyntaxError)

while an error raised inside a child iseq (a method, a class body, a block) escapes as an
exception whose message is printed by error.c as

    FILE: FILE:LINE: Invalid next (SyntaxError)
"""
from __future__ import annotations

from ..lexer.errors import RubySyntaxError


class CompileErrorMessage:
    def __init__(self, path: str, line: int, message: str, nested: bool) -> None:
        self.path = path
        self.line = line
        self.message = message
        self.nested = nested

    def __str__(self) -> str:
        if self.nested:
            return f"{self.path}: {self.path}:{self.line}: {self.message} (SyntaxError)"
        return f"{self.path}:{self.line}: {self.message}\n{self.path}: compile error (SyntaxError)"


class CompileError(RubySyntaxError):
    """A SyntaxError found while compiling; str() is what `ruby --dump=insns` prints."""

    def __init__(self, path: str, line: int, message: str, nested: bool = False) -> None:
        self.path = path
        self.line = line
        self.ruby_message = message
        super().__init__([CompileErrorMessage(path, line, message, nested)])
