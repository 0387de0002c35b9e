"""Build (or load from cache) the LALR(1) parser for ruby.lark.

The tables are cached in a file named after a hash of the grammar, lark's version and our
analyzer fix, next to this module when writable, else in the user cache directory
(~/.cache/rubyvm); any change to the grammar makes a new file.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterator

import lark
from lark import Lark
from lark.lexer import Lexer as _LarkLexer

from . import lalr_fix

GRAMMAR_FILE = Path(__file__).with_name("ruby.lark")


class FeedLexer(_LarkLexer):
    """Placeholder lexer: tokens are fed to lark's interactive parser by rubyvm.parser.tokens,
    which runs our hand-written lexer (cf. parse.y's yylex feeding yyparse)."""
    __future_interface__ = 2

    def __init__(self, lexer_conf) -> None:
        pass

    def lex(self, lexer_state, parser_state) -> Iterator:
        return iter(())


def grammar_text() -> str:
    return GRAMMAR_FILE.read_text()


def _cache_key(text: str) -> str:
    h = hashlib.sha256()
    h.update(text.encode())
    h.update(lark.__version__.encode())
    h.update(Path(lalr_fix.__file__).read_bytes())
    return h.hexdigest()[:16]


def _cache_dirs() -> list[Path]:
    dirs = [Path(__file__).with_name("_tables")]
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    dirs.append(Path(xdg) / "rubyvm")
    return dirs


def build(strict: bool = True, cache: bool = True) -> Lark:
    """The lark LALR parser for Ruby. strict=True: lark refuses any conflict."""
    lalr_fix.install()
    text = grammar_text()
    options = dict(parser="lalr", lexer=FeedLexer, start="start", strict=strict,
                   keep_all_tokens=True, propagate_positions=True, maybe_placeholders=False)
    if cache:
        key = _cache_key(text)
        for d in _cache_dirs():
            try:
                d.mkdir(parents=True, exist_ok=True)
                path = d / f"ruby-{key}.lark-cache"
                if not path.exists():
                    # only write where we can; tables of older grammars go
                    with open(path.with_suffix(".probe"), "w"):
                        pass
                    os.unlink(path.with_suffix(".probe"))
                    for old in d.glob("ruby-*.lark-cache"):
                        try:
                            old.unlink()
                        except OSError:
                            pass
                return Lark(text, cache=str(path), **options)
            except OSError:
                continue
    return Lark(text, **options)


_PARSER: Lark | None = None


def parser() -> Lark:
    global _PARSER
    if _PARSER is None:
        _PARSER = build()
    return _PARSER
