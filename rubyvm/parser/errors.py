"""Syntax errors as CRuby 3.1 prints them:

    FILE:LINE: syntax error, unexpected X, expecting Y
    the source line
          ^~~

cf. parse.y's parser_yyerror, yysyntax_error (bison's "unexpected ... expecting" message,
at most four expected tokens) and ruby_show_error_line (the code line and the caret, left
out when the line is four characters or shorter).
"""
from __future__ import annotations

from typing import Optional

from rubyvm.lexer.errors import RubySyntaxError

MAX_LINE_MARGIN = 30


class ErrorMessage:
    """One error: `FILE:LINE: message`, then the code line and caret when CRuby shows them."""

    def __init__(self, filename: str, line: int, message: str, src_line: Optional[str] = None,
                 beg: Optional[tuple[int, int]] = None, end: Optional[tuple[int, int]] = None):
        self.filename = filename
        self.line = line
        self.message = message
        self.src_line = src_line      # the text of the error's line (no newline), or None
        self.beg = beg                # (line, column) of the offending token
        self.end = end

    def __str__(self) -> str:
        head = f"{self.filename}:{self.line}: {self.message}"
        shown = self.show_line()
        return head if shown is None else head + "\n" + shown

    def show_line(self) -> Optional[str]:
        """ruby_show_error_line: the code (trimmed to 30 columns around the spot) and a caret."""
        if self.src_line is None or self.beg is None or self.end is None:
            return None
        text = self.src_line.encode("utf-8", "surrogateescape")
        pend = len(text)
        lineno = self.line
        pt = pend
        if lineno == self.end[0] and pend > self.end[1]:
            pt = self.end[1]
        ptr = ptr_end = pt
        lim = ptr - MAX_LINE_MARGIN if ptr > MAX_LINE_MARGIN else 0
        while lim < ptr and text[ptr - 1:ptr] != b"\n":
            ptr -= 1
        lim = ptr_end + MAX_LINE_MARGIN if pend - ptr_end > MAX_LINE_MARGIN else pend
        while ptr_end < lim and text[ptr_end:ptr_end + 1] not in (b"\n", b"\r"):
            ptr_end += 1
        length = ptr_end - ptr
        pre = post = ""
        if length > 4:
            if ptr > 0:
                ptr = _prev_char(text, ptr)
                if ptr > 0:
                    pre = "..."
            if ptr_end < pend:
                ptr_end = _next_char(text, ptr_end)
                if ptr_end < pend:
                    post = "..."
        pb = 0
        if lineno == self.beg[0]:
            pb = min(self.beg[1], pt)
        pb = max(pb, ptr)
        if length <= 4 and self.beg[0] == self.end[0]:
            return None
        length = ptr_end - ptr
        lim = min(pt, pend)
        caret = bytearray()
        p = ptr
        if p <= pb:
            while p < pb:
                caret += b"\t" if text[p:p + 1] == b"\t" else b" "
                p += 1
            caret += b"^"
            p += 1
        if lim > p:
            caret += b"~" * (lim - p)
        code = text[ptr:ptr + length].decode("utf-8", "surrogateescape")
        return f"{pre}{code}{post}\n{pre}{caret.decode()}"


def _prev_char(b: bytes, i: int) -> int:
    i -= 1
    while i > 0 and (b[i] & 0xC0) == 0x80:
        i -= 1
    return i


def _next_char(b: bytes, i: int) -> int:
    i += 1
    while i < len(b) and (b[i] & 0xC0) == 0x80:
        i += 1
    return i


class SyntaxError(RubySyntaxError):
    """Ruby's SyntaxError from our parser: one or more ErrorMessages (str() is what `ruby`
    prints). A subclass of the lexer's RubySyntaxError, so one except clause catches both."""

    def __init__(self, errors):
        super().__init__(errors)

    @property
    def message(self) -> str:
        return str(self)


def syntax_error_message(unexpected: str, expected: list[str]) -> str:
    """bison's verbose message: at most four expected tokens are listed."""
    msg = f"syntax error, unexpected {unexpected}"
    if expected and len(expected) <= 4:
        msg += ", expecting " + " or ".join(expected)
    return msg
