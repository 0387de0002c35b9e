"""Chapter 1b: the parser. A lark LALR(1) grammar shaped like CRuby 3.1's parse.y (ruby.lark),
fed by our lexer, with three views of a program:

    sexp(src)              what `p Ripper.sexp(src)` prints ("nil" for a syntax error)
    parse(src, filename)   the NODE_SCOPE tree; rubyvm.ast.dump(tree) is `--dump=parsetree`
    trace(src)             a `ruby -y`-style trace of our LALR automaton

Syntax errors raise rubyvm.parser.errors.SyntaxError with CRuby's wording: every error
`ruby -c` reports, as bison recovers after each one through parse.y's `error` rules.
"""
from __future__ import annotations

from .errors import SyntaxError

__all__ = ["parse", "sexp", "sexp_value", "trace", "parse_tree", "SyntaxError"]


def parse_tree(src, filename: str = "-", line: int = 1, ripper: bool = False):
    """The lark parse tree (rule aliases are Ripper events); SyntaxError on error."""
    from .api import parse_tree as _pt
    return _pt(src, filename, line, ripper)


def parse(src, filename: str = "-", line: int = 1, locals=None):
    """The AST: a NODE_SCOPE, as `ruby --dump=parsetree` shows it. `locals`: names of local
    variables of enclosing scopes (eval's binding) that the program sees as already defined;
    they are not in the NODE_SCOPE's table."""
    from .api import parse as _parse
    return _parse(src, filename, line, locals=locals)


def sexp_value(src, filename: str = "-", line: int = 1):
    """Ripper.sexp(src) as Python values (lists, Sym, str, int, None, bool); None on error."""
    from .api import sexp_value as _sv
    return _sv(src, filename, line)


def sexp(src, filename: str = "-", line: int = 1) -> str:
    """Exactly what `p Ripper.sexp(src)` prints, without the newline."""
    from .ripper_values import inspect
    return inspect(sexp_value(src, filename, line))


def trace(src, filename: str = "-") -> str:
    """Our parse as `ruby -y` would narrate it (Reading a token / Shifting / Reducing ...)."""
    from .yydebug import trace as _trace
    return _trace(src, filename)
