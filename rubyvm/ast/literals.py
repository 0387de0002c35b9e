"""The Ruby values a NODE_LIT / NODE_STR carries, and their #inspect (cf. rb_inspect).

Integers are Python ints and Floats Python floats; the other literal kinds get a small class.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction


def _str_inspect(s: str) -> str:
    from rubyvm.lexer.inspect import ruby_str_inspect   # the lexer stage owns String#inspect
    return ruby_str_inspect(s)


_IDENT = r"[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*"
_SIMPLE_SYM = re.compile(
    rf"\A(?:(?:\$|@@?)?{_IDENT}|{_IDENT}[?!=]?|\$[~*$?!@/\\;,.=:<>\"&`'+0]|\$-[A-Za-z0-9_]|\$[1-9][0-9]*"
    r"|\[\]=?|[+\-]@?|\*\*?|/|%|==?=?|=~|!=?|!~|<=>|<=?|>=?|<<|>>|&|\||\^|~|`)\Z")


def symbol_inspect(name: str) -> str:
    """Symbol#inspect: `:foo`, `:+`, `:"&&"`, `:"foo bar"`."""
    if name and _SIMPLE_SYM.match(name) and not (name.endswith("=") and name[:-1].endswith(("?", "!", "="))
                                                  and name not in ("==", "===", "!=", "<=", ">=", "[]=")):
        # `foo?=` is no symbol name; `Foo=`, `@x=` neither
        if name.endswith("=") and name[0] in "@$" and name not in ("$=",):
            return ":" + _str_inspect(name)
        return ":" + name
    return ":" + _str_inspect(name)



class RSymbol(str):
    """A Symbol literal (`:foo`)."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "RSymbol(%s)" % str.__repr__(self)


class RString(str):
    """A String literal's value (NODE_STR, the nd_lit of NODE_DSTR ...)."""
    __slots__ = ()


class RRegexp:
    def __init__(self, source: str, options: str = "") -> None:
        self.source = source
        self.options = options     # in Ruby's inspect order: "mix" plus n/e/s/u kept aside

    def __eq__(self, other) -> bool:
        return isinstance(other, RRegexp) and (self.source, self.options) == (other.source, other.options)

    def __hash__(self) -> int:
        return hash((self.source, self.options))

    def __repr__(self) -> str:
        return f"RRegexp({self.source!r}, {self.options!r})"


class RRange:
    def __init__(self, first, last, exclude_end: bool) -> None:
        self.first, self.last, self.exclude_end = first, last, exclude_end


class RRational:
    def __init__(self, value: Fraction) -> None:
        self.value = value


class RComplex:
    def __init__(self, real, imag) -> None:
        self.real, self.imag = real, imag


def float_inspect(f: float) -> str:
    """Float#inspect (flo_to_s): the core library's implementation, checked on 12,746
    doubles against CRuby."""
    from rubyvm.core.float_format import float_to_s
    return float_to_s(f)


def _num_inspect(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return float_inspect(v)
    if isinstance(v, RRational):
        return f"({v.value.numerator}/{v.value.denominator})"
    return inspect_literal(v)


_OPTS_ORDER = "mix"


def regexp_inspect(r: RRegexp) -> str:
    """Regexp#inspect (rb_reg_desc / rb_reg_expr_str): `/` is escaped, escapes are kept,
    whitespace is kept as is, other unprintable characters become \\xNN."""
    src = r.source
    need_escape = any(ch == "/" or not (ch.isprintable() or ord(ch) > 127) for ch in src)
    if not need_escape:
        body = src
    else:
        out = []
        i = 0
        while i < len(src):
            ch = src[i]
            if ch == "\\" and i + 1 < len(src):
                out.append(src[i:i + 2])
                i += 2
                continue
            if ch == "/":
                out.append("\\/")
            elif ch.isprintable() or ord(ch) > 127:
                out.append(ch)
            elif ch in " \t\n\v\f\r":
                out.append(ch)
            else:
                out.append("\\x%02X" % ord(ch))
            i += 1
        body = "".join(out)
    opts = "".join(o for o in _OPTS_ORDER if o in r.options)
    if "n" in r.options:
        opts += "n"
    return "/" + body + "/" + opts


def inspect_literal(v) -> str:
    if v is None:
        return "nil"
    if isinstance(v, RSymbol):
        return symbol_inspect(str(v))
    if isinstance(v, str):
        return _str_inspect(v)
    if isinstance(v, RRegexp):
        return regexp_inspect(v)
    if isinstance(v, RRange):
        a = "" if v.first is None else _num_inspect(v.first)
        b = "" if v.last is None else _num_inspect(v.last)
        return f"{a}{'...' if v.exclude_end else '..'}{b}"
    if isinstance(v, RComplex):
        re_ = _num_inspect(v.real)
        im = v.imag
        ims = _num_inspect(im)
        sign = "-" if (isinstance(im, (int, float)) and (im < 0 or (isinstance(im, float) and math.copysign(1, im) < 0))) \
            or (isinstance(im, RRational) and im.value < 0) else "+"
        ims = ims.lstrip("-") if sign == "-" else ims
        if isinstance(im, RRational):
            ims = ims.replace("(-", "(")
        return f"({re_}{sign}{ims}{'*' if isinstance(im, RRational) else ''}i)"
    if type(v).__name__ == "_Encoding":
        return f"#<Encoding:{v.name}>"
    return _num_inspect(v)
