"""Kernel#format / #sprintf / String#%, exactly as CRuby 3.1 formats (cf. sprintf.c rb_str_format).

Arguments are plain Python values standing for Ruby objects: int (Integer), float (Float),
str (String; undecodable bytes as surrogate escapes, U+DC80..U+DCFF), None (nil), True/False,
fractions.Fraction (Rational), list (Array), dict (Hash).  `%s` and `%p` call the `to_s` and
`inspect` callables, so the VM can hand over its own method dispatch; the defaults below cover
the plain values.  Errors are RubyError with CRuby's class and message.
"""
from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any, Callable

from rubyvm.core import RubyError
from rubyvm.core.float_format import dtoa_fixed, float_to_s, int_fdiv

# flags (cf. sprintf.c FNONE..FPREC0)
FSHARP, FMINUS, FPLUS, FZERO, FSPACE, FWIDTH, FPREC, FPREC0 = 1, 2, 4, 8, 16, 32, 64, 128
INT_MAX = (1 << 31) - 1
DEFAULT_FLOAT_PRECISION = 6
MAXFRACT = 1026      # BSD_vfprintf asks dtoa for at most this many digits; zeros pad the rest
_UNDEF = object()


def _arg_error(msg: str) -> RubyError:
    return RubyError("ArgumentError", msg)


# ---------------------------------------------------------------------------------------------
# to_s / inspect of plain values (the VM passes its own)

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\f": "\\f", "\v": "\\v", "\b": "\\b",
            "\a": "\\a", "\x1b": "\\e", '"': '\\"', "\\": "\\\\"}


def str_inspect(s: str, binary: bool = False) -> str:
    """String#inspect (rb_str_inspect). A UTF-8 string goes to the lexer's ruby_str_inspect
    (whose printable table comes from CRuby); with binary=True the string is taken as the
    bytes of an ASCII-8BIT string, where every byte outside printable ASCII shows as \\xNN."""
    if not binary:
        from rubyvm.lexer.inspect import ruby_str_inspect
        return ruby_str_inspect(s)
    data = s.encode("utf-8", "surrogateescape")
    out = ['"']
    for i, b in enumerate(data):
        ch = chr(b)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch == "#" and data[i + 1:i + 2] in (b"{", b"$", b"@"):
            out.append("\\#")
        elif 0x20 <= b < 0x7F:
            out.append(ch)
        else:
            out.append(f"\\x{b:02X}")
    out.append('"')
    return "".join(out)


def ruby_inspect(v: Any) -> str:
    """#inspect of a plain value."""
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return float_to_s(v)
    if isinstance(v, str):
        return str_inspect(v)
    if isinstance(v, Fraction):
        return f"({v.numerator}/{v.denominator})"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(ruby_inspect(e) for e in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{ruby_inspect(k)}=>{ruby_inspect(e)}" for k, e in v.items()) + "}"
    return repr(v)


def ruby_to_s(v: Any) -> str:
    """#to_s of a plain value (cf. rb_obj_as_string)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, Fraction):
        return f"{v.numerator}/{v.denominator}"
    return ruby_inspect(v)


def ruby_class_name(v: Any) -> str:
    for typ, name in ((bool, "TrueClass"), (int, "Integer"), (float, "Float"), (str, "String"),
                      (Fraction, "Rational"), (list, "Array"), (tuple, "Array"), (dict, "Hash")):
        if isinstance(v, typ):
            return name
    return "NilClass" if v is None else type(v).__name__


def _special_name(v: Any) -> str:
    """nil, true and false are named by value in conversion errors (others by class)."""
    return "nil" if v is None else "true" if v is True else "false"


# ---------------------------------------------------------------------------------------------
# Conversions: Integer(), Float() and NUM2INT as sprintf applies them

_SPACE = " \t\n\v\f\r"
_INT_BODY = {2: "01", 8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}


def _digits_with_underscores(body: str, digits: str) -> bool:
    """Digits of the base, single underscores only between digits."""
    if not body or body[0] == "_" or body[-1] == "_" or "__" in body:
        return False
    return all(c in digits or c == "_" for c in body)


def str_to_inum_strict(s: str) -> int:
    """Integer("..."): rb_str_to_inum(str, 0, TRUE), with Ruby's error."""
    bad = RubyError("ArgumentError", f"invalid value for Integer(): {str_inspect(s)}")
    if "\0" in s:
        raise bad
    t = s.strip(_SPACE)
    sign = 1
    if t and t[0] in "+-":
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    base = 10
    if len(t) >= 2 and t[0] == "0" and t[1] in "xXbBoOdD":
        base = {"x": 16, "b": 2, "o": 8, "d": 10}[t[1].lower()]
        t = t[2:]
    elif len(t) >= 2 and t[0] == "0":
        base, t = 8, t[1:]
        if t[:1] == "_":                      # 0_7 is octal 7
            t = t[1:]
            if not t:
                raise bad
    if not _digits_with_underscores(t, _INT_BODY[base]):
        raise bad
    return sign * int(t.replace("_", ""), base)


_DEC = r"[0-9]+(?:_[0-9]+)*"
_HEX = r"[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*"
_FLOAT_DEC = re.compile(rf"[+-]?(?:{_DEC}(?:\.{_DEC})?|\.{_DEC})(?:[eE][+-]?{_DEC})?")
_FLOAT_HEX = re.compile(rf"([+-]?)0[xX]({_HEX}(?:\.{_HEX})?)(?:[pP]([+-]?{_DEC}))?")


def str_to_dbl_strict(s: str) -> float:
    """Float("..."): rb_cstr_to_dbl(str, TRUE), with Ruby's errors."""
    if "\0" in s:
        raise RubyError("ArgumentError", "string for Float contains null byte")
    t = s.strip(_SPACE)
    m = _FLOAT_HEX.fullmatch(t)
    if m:
        value = float.fromhex(f"0x{m.group(2).replace('_', '')}p{(m.group(3) or '0').replace('_', '')}")
        return -value if m.group(1) == "-" else value
    if _FLOAT_DEC.fullmatch(t):
        return float(t.replace("_", ""))
    # the message shows the string's bytes (CRuby builds it from the C string)
    raise RubyError("ArgumentError", f"invalid value for Float(): {str_inspect(s, binary=True)}")


def to_integer(v: Any) -> int:
    """rb_Integer as sprintf's integer directives use it (strings parsed strictly)."""
    if isinstance(v, bool) or v is None:
        raise RubyError("TypeError", f"can't convert {_special_name(v)} into Integer")
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if not math.isfinite(v):
            raise RubyError("FloatDomainError", float_to_s(v))
        return int(v)
    if isinstance(v, str):
        return str_to_inum_strict(v)
    if isinstance(v, Fraction):
        return math.trunc(v)
    raise RubyError("TypeError", f"can't convert {ruby_class_name(v)} into Integer")


def to_float(v: Any) -> float:
    """rb_Float: Integer, Rational and Float convert; strings parse strictly."""
    if isinstance(v, bool) or v is None:
        raise RubyError("TypeError", f"can't convert {_special_name(v)} into Float")
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        try:
            return float(v)
        except OverflowError:
            return math.inf if v > 0 else -math.inf
    if isinstance(v, Fraction):
        return int_fdiv(v.numerator, v.denominator)
    if isinstance(v, str):
        return str_to_dbl_strict(v)
    raise RubyError("TypeError", f"can't convert {ruby_class_name(v)} into Float")


def num2int(v: Any) -> int:
    """NUM2INT: implicit conversion to a C int."""
    if isinstance(v, bool) or v is None:
        if v is None:
            raise RubyError("TypeError", "no implicit conversion from nil to integer")
        raise RubyError("TypeError", f"no implicit conversion of {_special_name(v)} into Integer")
    if isinstance(v, float):
        if not math.isfinite(v) or not -2.0 ** 63 <= v < 2.0 ** 63:
            shown = ("%-.10g" % v) if math.isfinite(v) else ("NaN" if math.isnan(v) else
                                                              "Inf" if v > 0 else "-Inf")
            raise RubyError("RangeError", f"float {shown} out of range of integer")
        v = int(v)
    elif isinstance(v, Fraction):
        v = math.trunc(v)
    elif not isinstance(v, int):
        raise RubyError("TypeError", f"no implicit conversion of {ruby_class_name(v)} into Integer")
    if not -(1 << 63) <= v < (1 << 63):
        raise RubyError("RangeError", "bignum too big to convert into `long'")
    if v > INT_MAX:
        raise RubyError("RangeError", f"integer {v} too big to convert to `int'")
    if v < -INT_MAX - 1:
        raise RubyError("RangeError", f"integer {v} too small to convert to `int'")
    return v


# ---------------------------------------------------------------------------------------------
# The directives

_SIGN_BITS = {16: "f", 8: "7", 2: "1"}
_NUMBITS = {16: 4, 8: 3, 2: 1}
_BASE_OF = {"o": 8, "x": 16, "X": 16, "b": 2, "B": 2}
_PREFIX = {"o": "0", "x": "0x", "X": "0X", "b": "0b", "B": "0B"}


def _to_base(n: int, base: int, ndigits: int = 1) -> str:
    """n >= 0 in `base`, zero-padded to ndigits."""
    text = {16: "%x", 8: "%o", 10: "%d"}.get(base)
    s = text % n if text else format(n, "b")
    return s.rjust(ndigits, "0")


def _format_integer(c: str, val: Any, flags: int, width: int, prec: int) -> str:
    """%d %i %u %o %x %X %b %B."""
    sign = c in "diu" or bool(flags & (FPLUS | FSPACE))
    prefix = _PREFIX.get(c) if flags & FSHARP else None
    v = to_integer(val)
    base = _BASE_OF.get(c, 10)
    sc = ""
    dots = False
    if sign or base == 10:
        s = _to_base(abs(v), base)
        valsign = (v > 0) - (v < 0)
        if v < 0:
            sc = "-"
        elif flags & FPLUS:
            sc = "+"
        elif flags & FSPACE:
            sc = " "
        if sc:
            width -= 1
    else:
        # two's complement, with just enough digits that the top one shows the sign
        numbits = _NUMBITS[base]
        mag = abs(v)
        numdigits = -(-mag.bit_length() // numbits)
        top_bits = mag.bit_length() - (numdigits - 1) * numbits
        single_bit = mag & (mag - 1) == 0
        if numdigits == 0 or (v < 0 and not (top_bits == 1 and single_bit)):
            numdigits += 1
        s = _to_base(v % (1 << (numbits * numdigits)), base, numdigits)
        valsign = -1 if v < 0 else 1
        dots = v < 0
    length = len(s)
    if dots:
        prec -= 2
        width -= 2
    if c == "X":
        s = s.upper()
    if prefix == "0":                            # octal
        if dots:
            prefix = None
        elif length == 1 and s == "0":
            length = 0
            if flags & FPREC:
                prec -= 1
        elif flags & FPREC and prec > length:
            prefix = None
    elif length == 1 and s == "0":
        prefix = None
    if prefix:
        width -= len(prefix)
    if flags & (FZERO | FMINUS | FPREC) == FZERO:
        prec, width = width, 0
    else:
        if prec < length:
            if not prefix and prec == 0 and length == 1 and s == "0":
                length = 0
            prec = length
        width -= prec
    out = []
    if not flags & FMINUS and width > 0:
        out.append(" " * width)
        width = 0
    out.append(sc)
    if prefix:
        out.append(prefix)
    if dots:
        out.append("..")
    if prec > length:
        if not sign and valsign < 0:
            fill = _SIGN_BITS[base]
            out.append((fill.upper() if c == "X" else fill) * (prec - length))
        elif flags & (FMINUS | FPREC) != FMINUS:
            out.append("0" * (prec - length))
    out.append(s[:length])
    if width > 0:
        out.append(" " * width)
    return "".join(out)


def _format_exact_f(num: int, den: int, flags: int, width: int, prec: int) -> str:
    """%f of an Integer or Rational, computed exactly (rounding half up)."""
    sign = 1 if flags & FPLUS else 0
    zero = 0
    if not flags & FPREC:
        prec = DEFAULT_FLOAT_PRECISION
    if num < 0:
        sign, num = -1, -num
    if den != 1:
        num = (num * 10 ** prec + den // 2) // den
    elif prec >= 0:
        zero = prec
    digits = str(num)
    length = len(digits) + zero
    if prec >= length:
        length = prec + 1                       # integer part 0
    if sign or flags & FSPACE:
        length += 1
    if prec > 0:
        length += 1                             # the point
    fill = width - length if width > length else 0
    out = []
    if fill and not flags & (FMINUS | FZERO):
        out.append(" " * fill)
    if sign or flags & FSPACE:
        out.append("+" if sign > 0 else "-" if sign < 0 else " ")
    if fill and flags & (FMINUS | FZERO) == FZERO:
        out.append("0" * fill)
    length = len(digits) + zero
    if length > prec:
        out.append(digits[:length - prec])
    else:
        out.append("0")
    if prec > 0:
        out.append(".")
    if zero:
        out.append("0" * zero)
    elif prec > length:
        out.append("0" * (prec - length) + digits[:length])
    elif prec > 0:
        out.append(digits[length - prec:length])
    if fill and flags & FMINUS:
        out.append(" " * fill)
    return "".join(out)


def _hex_float_body(x: float, upper: bool, flags: int, prec: int) -> str:
    """|x| as 0xh.hhhp+d, normalized to a leading 1 as CRuby's BSD__hdtoa does."""
    if x == 0.0:
        lead, frac, exp = 0, 0, 0
        nfrac = prec if flags & FPREC else 0
    else:
        m, e = math.frexp(abs(x))
        mant = int(m * (1 << 53))               # 1.fff... with 52 fraction bits
        exp = e - 1
        if flags & FPREC and prec <= 13:
            # BSD__hdtoa rounds by adding 1.0 to the mantissa moved to a fitting exponent;
            # for 13 digits that keeps only 51 of the 52 fraction bits (CRuby prints so)
            keep = 4 * prec if prec < 13 else 51
            shift = 52 - keep
            q, r = divmod(mant, 1 << shift)
            half = 1 << (shift - 1)
            if r > half or (r == half and q & 1):
                q += 1
            if q >> keep == 2:                    # carried into a leading 2: renormalize
                q >>= 1
                exp += 1
            lead, frac, nfrac = 1, (q - (1 << keep)) << (4 * prec - keep), prec
        else:
            lead, frac = 1, mant - (1 << 52)
            nfrac = 13
            if not flags & FPREC:
                while nfrac and frac % 16 == 0:
                    frac //= 16
                    nfrac -= 1
            else:
                frac <<= 4 * (prec - 13)
                nfrac = prec
    digits = format(frac, "x").rjust(nfrac, "0") if nfrac else ""
    body = f"{lead}"
    if digits or flags & FSHARP:
        body += "." + digits
    body += f"p{exp:+d}"
    return body.upper() if upper else body


def _format_float(c: str, fval: float, flags: int, width: int, prec: int) -> str:
    """%e %E %f %g %G %a %A of a double (cf. BSD_vfprintf)."""
    if math.isnan(fval) or math.isinf(fval):
        expr = "NaN" if math.isnan(fval) else "Inf"
        sign = ""
        if not math.isnan(fval) and fval < 0.0:
            sign = "-"
        elif flags & (FPLUS | FSPACE):
            sign = "+" if flags & FPLUS else " "
        text = sign + expr
        if flags & FWIDTH and len(text) < width:
            pad = " " * (width - len(text))
            return text + pad if flags & FMINUS else pad + text
        return text
    if c in "aA":
        if math.copysign(1.0, fval) < 0:
            sign = "-"
        else:
            sign = "+" if flags & FPLUS else " " if flags & FSPACE else ""
        prefix = sign + ("0X" if c == "A" else "0x")
        body = _hex_float_body(fval, c == "A", flags, prec)
        size = len(prefix) + len(body)
        if not flags & FWIDTH or width <= size:
            return prefix + body
        if flags & FMINUS:
            return prefix + body + " " * (width - size)
        if flags & FZERO:
            return prefix + "0" * (width - size) + body
        return " " * (width - size) + prefix + body
    sign = "-" if math.copysign(1.0, fval) < 0 else "+" if flags & FPLUS else " " if flags & FSPACE else ""
    body = _decimal_float_body(c, abs(fval), flags, prec)
    pad = width - len(sign) - len(body) if flags & FWIDTH else 0
    if pad <= 0:
        return sign + body
    if flags & FMINUS:
        return sign + body + " " * pad
    if flags & FZERO:
        return sign + "0" * pad + body
    return " " * pad + sign + body


def _decimal_float_body(c: str, x: float, flags: int, prec: int) -> str:
    """%e %f %g of |x| without its sign, as BSD_vfprintf lays out ruby_dtoa's digits."""
    alt = bool(flags & FSHARP)
    if not flags & FPREC:
        prec = DEFAULT_FLOAT_PRECISION
    elif c in "gG" and prec == 0:
        prec = 1
    conv = c.lower()
    fprec = 0
    if prec > MAXFRACT:
        if conv != "g" or alt:
            fprec = prec - MAXFRACT
        prec = MAXFRACT
    # cf. cvt(): mode 3 gives prec digits after the point, mode 2 significant digits
    ndigits = prec + 1 if conv == "e" else prec
    if x == 0.0:
        digits, expt = "0", 1
    else:
        digits, expt = dtoa_fixed(x, 3 if conv == "f" else 2, ndigits)
    if conv != "g" or alt:                       # print trailing zeros
        want = ndigits + (expt if conv == "f" else 0)
        if x == 0.0:
            want = ndigits if conv != "f" else ndigits + 1
        if len(digits) < want:
            digits += "0" * (want - len(digits))
    ndig = len(digits)
    if conv == "g":
        conv = "e" if expt <= -4 or (expt > prec and expt > 1) else "f"
    zeros = "0" * fprec
    if conv == "e":
        body = digits[0] + ("." + digits[1:] if ndig > 1 or alt else "") + zeros
        e = expt - 1
        mark = "E" if c in "EG" else "e"
        return f"{body}{mark}{'-' if e < 0 else '+'}{abs(e):02d}"
    if x == 0.0:
        return "0" + ("." + "0" * (ndig - 1) if expt < ndig or alt else "") + zeros
    if expt <= 0:
        if expt or ndig or alt:
            return "0." + "0" * -expt + digits + zeros
        return "0" + zeros
    if expt >= ndig:
        return digits + "0" * (expt - ndig) + ("." if alt else "") + zeros
    return digits[:expt] + "." + digits[expt:] + zeros


# ---------------------------------------------------------------------------------------------
# The format string

def sprintf(fmt: str, args: list, *, to_s: Callable[[Any], str] = ruby_to_s,
            inspect: Callable[[Any], str] = ruby_inspect,
            name_key: Callable[[str], Any] = lambda name: name,
            too_many: Callable[[], None] | None = None) -> str:
    """format(fmt, *args) as CRuby 3.1 computes it.

    `%<name>` and `%{name}` look `name_key(name)` up in a dict that must be the only argument.
    """
    argv = [fmt] + list(args)
    argc = len(argv)
    out: list[str] = []
    end = len(fmt)
    state = {"posarg": 0, "nextarg": 1}
    hash_arg: list = []

    def nth_arg(nth: int):
        if nth >= argc:
            raise _arg_error("too few arguments")
        return argv[nth]

    def next_arg():
        posarg = state["posarg"]
        if posarg == -1:
            raise _arg_error(f"unnumbered({state['nextarg']}) mixed with numbered")
        if posarg == -2:
            raise _arg_error(f"unnumbered({state['nextarg']}) mixed with named")
        state["posarg"] = state["nextarg"]
        state["nextarg"] += 1
        return nth_arg(state["posarg"])

    def pos_arg(n: int):
        posarg = state["posarg"]
        if posarg > 0:
            raise _arg_error(f"numbered({n}) after unnumbered({posarg})")
        if posarg == -2:
            raise _arg_error(f"numbered({n}) after named")
        if n < 1:
            raise _arg_error(f"invalid index - {n}$")
        state["posarg"] = -1
        return nth_arg(n)

    def get_num(p: int, what: str) -> tuple[int, int]:
        n = 0
        while p < end and "0" <= fmt[p] <= "9":
            n = n * 10 + ord(fmt[p]) - 48
            if n > INT_MAX:
                raise _arg_error(f"{what} too big")
            p += 1
        if p >= end:
            raise _arg_error("malformed format string - %*[0-9]")
        return n, p

    def get_aster(p: int, what: str) -> tuple[int, int]:
        """'*' (the next argument) or '*N$' (argument N) at p: the value and the last index
        of the directive part read (cf. GETASTER)."""
        n, q = get_num(p + 1, what)
        if fmt[q] == "$":
            return num2int(pos_arg(n)), q
        return num2int(next_arg()), p

    p = 0
    while p < end:
        t = fmt.find("%", p)
        if t < 0:
            t = end
        if t + 1 == end:
            raise _arg_error("incomplete format specifier; use %% (double %) instead")
        out.append(fmt[p:t])
        if t >= end:
            break
        p = t + 1
        flags = 0
        width = prec = -1
        nextvalue: Any = _UNDEF
        sym = None

        def get_arg():
            return next_arg() if nextvalue is _UNDEF else nextvalue

        while True:                              # the `retry:` loop over flags and widths
            ch = fmt[p] if p < end else "\0"
            if ch in " #+-0":
                if flags & FWIDTH:
                    raise _arg_error("flag after width")
                if flags & FPREC0:
                    raise _arg_error("flag after precision")
                flags |= {" ": FSPACE, "#": FSHARP, "+": FPLUS, "-": FMINUS, "0": FZERO}[ch]
                p += 1
                continue
            if "1" <= ch <= "9":
                n, p = get_num(p, "width")
                if fmt[p] == "$":
                    if nextvalue is not _UNDEF:
                        raise _arg_error(f"value given twice - {n}$")
                    nextvalue = pos_arg(n)
                    p += 1
                    continue
                if flags & FWIDTH:
                    raise _arg_error("width given twice")
                if flags & FPREC0:
                    raise _arg_error("width after precision")
                width = n
                flags |= FWIDTH
                continue
            if ch in "<{":
                term = ">" if ch == "<" else "}"
                close = fmt.find(term, p)
                if close < 0:
                    raise _arg_error("malformed name - unmatched parenthesis")
                name_text = fmt[p:close + 1]
                if sym is not None:
                    raise _arg_error(f"named{name_text} after <{sym}>")
                if state["posarg"] > 0:
                    raise _arg_error(f"named{name_text} after unnumbered({state['posarg']})")
                if state["posarg"] == -1:
                    raise _arg_error(f"named{name_text} after numbered")
                state["posarg"] = -2
                if not hash_arg:
                    if argc != 2 or not isinstance(argv[1], dict):
                        raise _arg_error("one hash required")
                    hash_arg.append(argv[1])
                sym = name_text[1:-1]
                key = name_key(sym)
                try:                    # a dict's __missing__ may supply a Hash's default
                    nextvalue = hash_arg[0][key]
                except KeyError:
                    raise RubyError("KeyError", f"key{name_text} not found") from None
                p = close
                if term == "}":
                    out.append(_format_string(to_s(nextvalue), flags, width, prec))
                    break
                p += 1
                continue
            if ch == "*":
                if flags & FWIDTH:
                    raise _arg_error("width given twice")
                if flags & FPREC0:
                    raise _arg_error("width after precision")
                flags |= FWIDTH
                width, p = get_aster(p, "width")
                if width < 0:
                    flags |= FMINUS
                    width = -width
                    if width > INT_MAX:
                        raise _arg_error("width too big")
                p += 1
                continue
            if ch == ".":
                if flags & FPREC0:
                    raise _arg_error("precision given twice")
                flags |= FPREC | FPREC0
                prec = 0
                p += 1
                if p < end and fmt[p] == "*":
                    prec, p = get_aster(p, "prec")
                    if prec < 0:                 # a negative precision is ignored
                        flags &= ~FPREC
                    p += 1
                    continue
                prec, p = get_num(p, "precision")
                continue
            if ch in "\n\0%":
                if ch != "%":
                    p -= 1
                if flags:
                    raise _arg_error("invalid format character - %")
                out.append("%")
                break
            if ch == "c":
                out.append(_format_char(get_arg(), flags, width))
                break
            if ch in "sp":
                val = get_arg()
                out.append(_format_string(inspect(val) if ch == "p" else to_s(val), flags, width, prec))
                break
            if ch in "dioxXbBu":
                out.append(_format_integer(ch, get_arg(), flags, width, prec))
                break
            if ch == "f":
                val = get_arg()
                if isinstance(val, int) and not isinstance(val, bool):
                    out.append(_format_exact_f(val, 1, flags, width, prec))
                    break
                if isinstance(val, Fraction):
                    out.append(_format_exact_f(val.numerator, val.denominator, flags, width, prec))
                    break
                out.append(_format_float(ch, to_float(val), flags, width, prec))
                break
            if ch in "gGeEaA":
                out.append(_format_float(ch, to_float(get_arg()), flags, width, prec))
                break
            if ch.isascii() and ch.isprintable():
                raise _arg_error(f"malformed format string - %{ch}")
            raise _arg_error("malformed format string")
        p += 1
    # cf. sprintf.c: surplus arguments are an error under $DEBUG, a warning under $VERBOSE
    if (too_many is not None and state["posarg"] >= 0 and state["nextarg"] < argc
            and not (argc == 2 and isinstance(argv[1], dict))):
        too_many()
    return "".join(out)


def _format_string(s: str, flags: int, width: int, prec: int) -> str:
    """%s and %p: precision cuts, width pads (in characters)."""
    if flags & FPREC and prec < len(s):
        s = s[:prec]
    if flags & FWIDTH and width > len(s):
        pad = " " * (width - len(s))
        return s + pad if flags & FMINUS else pad + s
    return s


def _format_char(val: Any, flags: int, width: int) -> str:
    """%c: a one-character String, or an Integer codepoint (UTF-8)."""
    if isinstance(val, str):
        if len(val) != 1:
            raise _arg_error("%c requires a character")
        ch = val
    else:
        code = num2int(val)
        if 0 <= code <= 0x10FFFF:
            ch = chr(code)
        elif code in (-1, -2):                   # Onigmo's single-byte codes 0xFF and 0xFE
            ch = chr(0xDC00 + 0x100 + code)
        else:
            raise _arg_error("invalid character")
    if flags & FWIDTH and width > 1:
        pad = " " * (width - 1)
        return ch + pad if flags & FMINUS else pad + ch
    return ch
