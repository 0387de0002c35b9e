"""Ruby values as `p` prints them, for the Ripper.sexp view: arrays, symbols, strings,
nil/true/false, integers. cf. Ripper::SexpBuilderPP, rb_inspect.
"""
from __future__ import annotations

import re

from rubyvm.ast.literals import symbol_inspect
from rubyvm.lexer.inspect import ruby_str_inspect


class Sym(str):
    """A Ruby Symbol (`:foo`)."""
    __slots__ = ()

    def __repr__(self) -> str:
        return symbol_inspect(self)


def _atom(v) -> str:
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, Sym):
        return symbol_inspect(v)
    if isinstance(v, str):
        return ruby_str_inspect(v)
    if isinstance(v, int):
        return str(v)
    raise TypeError(f"cannot inspect {v!r}")


def inspect(v) -> str:
    """`p v` for Ripper's values, without recursion (string_concat nests deeply)."""
    out: list[str] = []
    stack = [v]
    while stack:
        x = stack.pop()
        if isinstance(x, _Lit):
            out.append(x.s)
        elif isinstance(x, (list, tuple)):
            out.append("[")
            stack.append(_Lit("]"))
            for i in range(len(x) - 1, -1, -1):
                stack.append(x[i])
                if i:
                    stack.append(_Lit(", "))
        else:
            out.append(_atom(x))
    return "".join(out)


class _Lit:
    __slots__ = ("s",)

    def __init__(self, s: str) -> None:
        self.s = s
