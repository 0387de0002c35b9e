"""Chapter 1a: tokenization. `lex(src)` is `Ripper.lex(src)`; `tokenize(src)` is `Ripper.tokenize`."""
from __future__ import annotations

from operator import itemgetter

from .lexer import Lexer
from .token import Token
from .errors import RubySyntaxError
from . import state

__all__ = ["Lexer", "Token", "RubySyntaxError", "lex", "tokenize", "check", "ripper_lex_inspect",
           "state"]


def check(src, filename: str = "-") -> None:
    """Raise RubySyntaxError, worded as CRuby words it, for input the lexer rejects."""
    Lexer(src, filename).check()


def lex(src, filename: str = "-", line: int = 1) -> list[Token]:
    """Every token with its position, Ripper event, text and lexer state, ordered by position
    as Ripper.lex orders them (heredoc bodies come after the line that opened them)."""
    toks = [t for t in Lexer(src, filename, line, ripper=True).lex_all() if t.event]
    toks.sort(key=itemgetter(0))      # by position, as Ripper::Lexer sorts
    return toks


def tokenize(src, filename: str = "-", line: int = 1) -> list[str]:
    """Ripper.tokenize: just the token texts, in position order."""
    return [t.text for t in lex(src, filename, line)]


def ripper_lex_inspect(src, filename: str = "-") -> str:
    """`p Ripper.lex(src)` exactly."""
    return "[" + ", ".join(t.ripper() for t in lex(src, filename)) + "]"
