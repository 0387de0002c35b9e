"""Integer beyond the arithmetic basics (cf. numeric.c int_*, fix_*, bignum.c rb_big_*):
division and modulo with Float operands, bit access, digits, gcd/lcm, rounding with digits,
Integer.sqrt, to_s(base), size, coerce."""
from __future__ import annotations

import math
from fractions import Fraction

from ..core import float_format as FF
from .bootstrap import defm, defs
from .core_numeric import core_call, do_coerce, fdiv, int_to_s
from .objects import RRange, RSymbol, intern

DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def zerodiv(vm):
    vm.raise_(vm.eZeroDivisionError, "divided by 0")


def to_int(vm, v):
    if type(v) is int:
        return v
    if type(v) is float or type(v) is Fraction:
        return int(v)
    return vm.convert_type(v, vm.cInteger, "to_int")


def i2f(a):
    """Integer to Float, huge values to +-Infinity (cf. rb_big2dbl's warning-free overflow)."""
    try:
        return float(a)
    except OverflowError:
        return math.inf if a > 0 else -math.inf


def flodivmod(vm, x, y):
    """cf. flodivmod: (floored quotient as a Float, modulo)."""
    if y == 0.0:
        zerodiv(vm)
    if math.isinf(y) and not math.isinf(x):
        mod = x
    else:
        mod = math.fmod(x, y)
    if math.isinf(x) and not math.isinf(y):
        div = x
    else:
        div = (x - mod) / y
    if y * mod < 0:
        mod += y
        div -= 1.0
    return div, mod


def int_idiv(vm, a, b):
    """Integer#div: the floored quotient as an Integer."""
    if type(b) is int:
        if b == 0:
            zerodiv(vm)
        return a // b
    if type(b) is float:
        if b == 0.0:
            zerodiv(vm)
        return FF.dbl2ival(math.floor(i2f(a) / b))
    return vm.call_method(vm.call_method(a, "/", [b]), "floor", [])


def int_divmod(vm, a, b):
    if type(b) is int:
        if b == 0:
            zerodiv(vm)
        q, r = divmod(a, b)
        return vm.ary_new([q, r])
    if type(b) is float:
        d, m = flodivmod(vm, i2f(a), b)
        return vm.ary_new([FF.dbl2ival(d), m])
    return do_coerce(vm, a, b, "divmod")


def int_remainder(vm, a, b):
    if type(b) is int:
        if b == 0:
            zerodiv(vm)
        r = abs(a) % abs(b)
        return -r if a < 0 else r
    if type(b) is float:
        return math.fmod(i2f(a), b)
    if type(b) is Fraction:
        return a - b * math.trunc(Fraction(a) / b)
    return do_coerce(vm, a, b, "remainder")


def int_aref(vm, a, args):
    """Integer#[]: one bit, or bits i...i+len / a Range of bits (cf. int_aref, 2.7+)."""
    if len(args) == 2:
        i, n = to_int(vm, args[0]), to_int(vm, args[1])
        if n < 0:
            return 0 if i >= 0 else None
        return (a >> i) & ((1 << n) - 1) if i >= 0 else (a << -i) & ((1 << n) - 1)
    x = args[0]
    if isinstance(x, RRange):
        beg = 0 if x.beg is None else to_int(vm, x.beg)
        if x.end is None:
            return a >> beg if beg >= 0 else a << -beg
        end = to_int(vm, x.end)
        n = end - beg + (0 if x.excl else 1)
        if n < 0:
            return a >> beg if beg >= 0 else a << -beg
        return (a >> beg) & ((1 << n) - 1) if beg >= 0 else (a << -beg) & ((1 << n) - 1)
    if type(x) is float:
        x = int(x) if math.isfinite(x) else (1 << 64 if x > 0 else -(1 << 64))
    i = to_int(vm, x)
    if i < 0:
        return 0
    return (a >> i) & 1


def int_digits(vm, a, args):
    base = to_int(vm, args[0]) if args else 10
    if base < 0:
        vm.arg_error("negative radix")
    if base < 2:
        vm.arg_error(f"invalid radix {base}")
    if a < 0:
        vm.raise_(vm.eMathDomainError, "out of domain")
    if a == 0:
        return vm.ary_new([0])
    out = []
    while a:
        a, r = divmod(a, base)
        out.append(r)
    return vm.ary_new(out)


def int_size(a):
    """Integer#size: 8 for a Fixnum, a Bignum's bytes rounded up to whole words."""
    if FF.is_fixnum(a):
        return 8
    return (abs(a).bit_length() + 7) // 8


def int_pow_mod(vm, a, b, m):
    """Integer#pow(b, m) (cf. rb_int_powm)."""
    if type(b) is not int or type(m) is not int:
        vm.type_error("Integer#pow() 2nd argument not allowed unless all arguments are integers")
    if b < 0:
        vm.raise_(vm.eRangeError, "Integer#pow() 1st argument cannot be negative when 2nd argument specified")
    if m == 0:
        zerodiv(vm)
    return pow(a, b, m)


def int_to_s_checked(vm, a, args):
    base = to_int(vm, args[0]) if args else 10
    if not 2 <= base <= 36:
        vm.arg_error(f"invalid radix {base}")
    return vm.str_new(int_to_s(vm, a, base), "US-ASCII")   # rb_usascii_str_new


def int_sqrt(vm, v):
    n = to_int(vm, v)
    if n < 0:
        vm.raise_(vm.eMathDomainError, 'Numerical argument is out of domain - "isqrt"')
    return math.isqrt(n)


def gcd_arg(vm, v):
    if type(v) is not int:
        vm.type_error("not an integer")
    return v


def round_kw_half(vm, kw):
    if kw is None:
        return "up"
    h = kw.d.get(intern("half"))
    if h is None or h[1] is None:
        return "up"
    v = h[1]
    if type(v) is RSymbol and v.name in ("up", "down", "even"):
        return v.name
    from .core_object import inspect
    if type(v) is RSymbol:
        vm.arg_error(f"invalid rounding mode: {v.name}")
    vm.arg_error(f"invalid rounding mode: {inspect(vm, v)}")


def int_truncate(a, nd):
    if nd >= 0:
        return a
    return FF.int_floor(a, nd) if a >= 0 else FF.int_ceil(a, nd)


def init(vm):
    I = vm.cInteger
    defm(I, "div", lambda vm, a, args, b: int_idiv(vm, a, args[0]), 1)
    # a Fixnum is an immediate; each Bignum is its own object (cf. rb_obj_equal)
    defm(I, "equal?", lambda vm, a, args, b: a is args[0] or (
        type(args[0]) is int and FF.is_fixnum(a) and a == args[0]), 1)
    defm(I, "divmod", lambda vm, a, args, b: int_divmod(vm, a, args[0]), 1)
    defm(I, "remainder", lambda vm, a, args, b: int_remainder(vm, a, args[0]), 1)

    def fdiv_(vm, a, args, b):
        x = args[0]
        if type(x) is int:
            if x == 0:
                return fdiv(vm, i2f(a), 0.0)
            return core_call(vm, FF.int_fdiv, a, x) if x > 0 else -core_call(vm, FF.int_fdiv, a, -x)
        if type(x) is float:
            return fdiv(vm, i2f(a), x)
        if type(x) is Fraction:
            return fdiv(vm, i2f(a), float(x))
        return do_coerce(vm, a, x, "fdiv")
    defm(I, "fdiv", fdiv_, 1)

    def pow_(vm, a, args, b):
        if len(args) == 2:
            return int_pow_mod(vm, a, args[0], args[1])
        return vm.call_method(a, "**", [args[0]])
    defm(I, "pow", pow_, -1)
    defm(I, "[]", lambda vm, a, args, b: int_aref(vm, a, args), -1)
    defm(I, "allbits?", lambda vm, a, args, b: a & to_int(vm, args[0]) == to_int(vm, args[0]), 1)
    defm(I, "anybits?", lambda vm, a, args, b: a & to_int(vm, args[0]) != 0, 1)
    defm(I, "nobits?", lambda vm, a, args, b: a & to_int(vm, args[0]) == 0, 1)

    def shift(vm, a, n, left):
        n = to_int(vm, n)
        if not left:
            n = -n
        if n >= 0:
            if n > (1 << 32) and a:
                vm.raise_(vm.eRangeError, "shift width too big")
            return a << n
        return a >> -n
    defm(I, "<<", lambda vm, a, args, b: shift(vm, a, args[0], True), 1)
    defm(I, ">>", lambda vm, a, args, b: shift(vm, a, args[0], False), 1)
    defm(I, "digits", lambda vm, a, args, b: int_digits(vm, a, args), -1)
    defm(I, "gcd", lambda vm, a, args, b: math.gcd(a, gcd_arg(vm, args[0])), 1)
    defm(I, "lcm", lambda vm, a, args, b: math.lcm(a, gcd_arg(vm, args[0])), 1)
    defm(I, "gcdlcm", lambda vm, a, args, b: vm.ary_new([math.gcd(a, gcd_arg(vm, args[0])),
                                                        math.lcm(a, args[0])]), 1)
    defm(I, "size", lambda vm, a, args, b: int_size(a), 0)
    defm(I, "to_s", lambda vm, a, args, b: int_to_s_checked(vm, a, args), -1)
    defm(I, "inspect", lambda vm, a, args, b: int_to_s_checked(vm, a, args), -1)
    defm(I, "to_f", lambda vm, a, args, b: i2f(a), 0)
    defs(vm, I, "sqrt", lambda vm, s, args, b: int_sqrt(vm, args[0]), 1)
    defm(I, "odd?", lambda vm, a, args, b: a & 1 == 1, 0)
    defm(I, "even?", lambda vm, a, args, b: a & 1 == 0, 0)
    defm(I, "integer?", lambda vm, a, args, b: True, 0)
    defm(I, "finite?", lambda vm, a, args, b: True, 0)
    defm(I, "infinite?", lambda vm, a, args, b: None, 0)

    def coerce(vm, a, args, b):
        x = args[0]
        if type(x) is int:
            return vm.ary_new([x, a])
        from .core_numeric import to_float
        return vm.ary_new([to_float(vm, x), i2f(a)])
    defm(I, "coerce", coerce, 1)

    def nd_arg(vm, args):
        return to_int(vm, args[0]) if args and args[0] is not None else 0

    def round_(vm, a, args, b, kw=None):
        half = round_kw_half(vm, kw)
        nd = nd_arg(vm, args)
        return core_call(vm, FF.int_round, a, nd, half) if nd < 0 else a
    defm(I, "round", round_, -1, kw=True)
    defm(I, "floor", lambda vm, a, args, b: FF.int_floor(a, nd_arg(vm, args)), -1)
    defm(I, "ceil", lambda vm, a, args, b: FF.int_ceil(a, nd_arg(vm, args)), -1)
    defm(I, "truncate", lambda vm, a, args, b: int_truncate(a, nd_arg(vm, args)), -1)

    def chr_(vm, a, args, b):
        if args:
            from .core_object import to_s
            enc = to_s(vm, args[0]).upper()
            if enc in ("UTF-8", "UTF8"):
                if a < 0 or a > 0x10FFFF or 0xD800 <= a <= 0xDFFF:
                    vm.raise_(vm.eRangeError, f"invalid codepoint 0x{a:X} in UTF-8")
                return vm.str_new(chr(a))
        if a < 0 or a > 0xFF:
            vm.raise_(vm.eRangeError, f"{a} out of char range")
        return vm.str_new(chr(a), True if a > 0x7F else "US-ASCII")
    defm(I, "chr", chr_, -1)
