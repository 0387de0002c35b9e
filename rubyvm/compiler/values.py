"""AST literals (rubyvm.ast.literals) as the operand values of the ISeq model
(rubyvm.iseq.values: RubyValue / RubyHash / RSymbol / int / None / bool)."""
from __future__ import annotations

from ..ast.literals import (RComplex, RRange, RRational, RRegexp, RString, RSymbol,
                            inspect_literal)
from ..iseq.values import RubyHash, RubyValue


class FrozenString(RubyValue):
    pass


_STRINGS: dict[str, RubyValue] = {}


def string_value(s) -> RubyValue:
    """A (frozen) String operand (one immutable RubyValue per text, as fstrings are shared)."""
    if isinstance(s, bytes):
        text = s.decode("utf-8", "surrogateescape")
    else:
        text = str(s)
    v = _STRINGS.get(text)
    if v is None:
        v = RubyValue("String", inspect_literal(RString(text)), text)
        if len(_STRINGS) < 4096:
            _STRINGS[text] = v
    return v


def lit_value(v):
    """The operand for NODE_LIT's value."""
    if v is None or v is True or v is False:
        return v
    if isinstance(v, RSymbol):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, str):
        return string_value(v)
    if isinstance(v, float):
        return RubyValue("Float", inspect_literal(v), v)
    if isinstance(v, RRegexp):
        return RubyValue("Regexp", inspect_literal(v), v)
    if isinstance(v, RRange):
        return RubyValue("Range", inspect_literal(v), v)
    if isinstance(v, RRational):
        return RubyValue("Rational", inspect_literal(v), v)
    if isinstance(v, RComplex):
        return RubyValue("Complex", inspect_literal(v), v)
    if isinstance(v, (RubyValue, RubyHash, list)):
        return v
    if type(v).__name__ == "_Encoding":
        return RubyValue("Encoding", inspect_literal(v), v)
    return RubyValue(type(v).__name__, inspect_literal(v), v)


def is_string_value(v) -> bool:
    return isinstance(v, RubyValue) and v.cls == "String"


def truthy(v) -> bool:
    return v is not None and v is not False


def range_value(b, e, excl: bool) -> RubyValue:
    return lit_value(RRange(b, e, excl))


def value_key(v):
    """A hashable key for cdhash / hash literals."""
    if isinstance(v, RubyValue):
        return (v.cls, v.inspect)
    return (type(v).__name__, v)
