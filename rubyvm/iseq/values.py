"""Ruby objects that appear as instruction operands, and their #inspect for the listing."""
from __future__ import annotations

from dataclasses import dataclass

from ..ast.literals import RSymbol, symbol_inspect


@dataclass(frozen=True)
class RubyValue:
    """An object known by its class and #inspect (a String, Float, Range, Regexp, Class ...)."""
    cls: str
    inspect: str
    value: object = None


class RubyHash(list):
    """A Hash literal operand: a list of (key, value) pairs in insertion order."""


def inspect_value(v) -> str:
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, RSymbol):
        return symbol_inspect(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, RubyValue):
        return v.inspect
    if isinstance(v, RubyHash):
        if not v:
            return "{}"
        return "{" + ", ".join(f"{inspect_value(k)}=>{inspect_value(x)}" for k, x in v) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(inspect_value(x) for x in v) + "]"
    raise TypeError(f"no Ruby inspect for {v!r}")
