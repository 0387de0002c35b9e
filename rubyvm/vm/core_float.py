"""Float beyond the basics (cf. numeric.c flo_*, float.h constants): <=> with NaN, divmod and
div via flodivmod, next_float/prev_float, the DBL_* constants, Float steps."""
from __future__ import annotations

import math
import sys
from fractions import Fraction

from ..core import float_format as FF
from .bootstrap import defm, defs
from .core_integer import flodivmod, i2f
from .core_numeric import do_coerce


def num_to_f(vm, x, op):
    t = type(x)
    if t is float:
        return x
    if t is int:
        return i2f(x)
    if t is Fraction:
        return float(x)
    return None


def polar_pi(r, ang):
    """r * e**(i*pi*ang) with exact axes (cf. rb_dbl_complex_new_polar_pi)."""
    from .core_rational import RCpx
    fi = math.trunc(ang)
    fr = ang - fi
    pos = fr == 0.5
    if pos or fr == -0.5:
        half = fi / 2.0
        if ((half - math.trunc(half)) != fr) ^ pos:
            r = -r
        return RCpx(0.0, r)
    if fr == 0.0:
        half = fi / 2.0
        if half - math.trunc(half) != 0.0:
            r = -r
        return r
    return RCpx(r * math.cos(math.pi * ang), r * math.sin(math.pi * ang))


def float_step_size(beg, end, unit, excl):
    """cf. ruby_float_step_size: how many steps, guarding against rounding error."""
    eps = sys.float_info.epsilon
    if unit == 0:
        return math.inf
    if math.isinf(unit):
        return (1 if beg <= end else 0) if unit > 0 else (1 if beg >= end else 0)
    n = (end - beg) / unit
    err = (abs(beg) + abs(end) + abs(end - beg)) / abs(unit) * eps
    if err > 0.5:
        err = 0.5
    if excl:
        if n <= 0:
            return 0
        if n < 1:
            n = 0
        else:
            n = math.floor(n - err)
        d = (n + 1) * unit + beg
        if beg < end:
            if d < end:
                n += 1
        elif beg > end:
            if d > end:
                n += 1
        return int(n)
    if n < 0:
        return 0
    return int(math.floor(n + err)) + 1


def init(vm):
    F = vm.cFloat
    F.const_tbl.update({"DIG": 15, "MANT_DIG": 53, "RADIX": 2, "MAX_EXP": 1024, "MIN_EXP": -1021,
                        "MAX_10_EXP": 308, "MIN_10_EXP": -307})

    def cmp(vm, a, args, b):
        x = args[0]
        y = num_to_f(vm, x, "<=>")
        if y is None:
            if type(x) is int:
                pass
            if isinstance(x, float) or x is None:
                return None
            if math.isinf(a) and vm.respond_to(x, "infinite?"):
                i = vm.call_method(x, "infinite?", [])
                if i is None:
                    return 1 if a > 0 else -1
            return None
        if type(x) is int and math.isfinite(a) is False and not math.isnan(a):
            return 1 if a > 0 else -1
        if math.isnan(a) or math.isnan(y):
            return None
        if type(x) is int and math.isfinite(a):
            fa = Fraction(a)
            return -1 if fa < x else 1 if fa > x else 0
        return -1 if a < y else 1 if a > y else 0
    defm(F, "<=>", cmp, 1)
    defm(F, "equal?", lambda vm, a, args, b: a is args[0] or (type(args[0]) is float and a == args[0]), 1)

    def divmod_(vm, a, args, b):
        y = num_to_f(vm, args[0], "divmod")
        if y is None:
            return do_coerce(vm, a, args[0], "divmod")
        d, m = flodivmod(vm, a, y)
        return vm.ary_new([FF.dbl2ival(d) if math.isfinite(d) else _bad(vm, d), m])

    def _bad(vm, d):
        vm.raise_(vm.eFloatDomainError, FF.float_to_s(d))
    defm(F, "divmod", divmod_, 1)

    def div_(vm, a, args, b):
        y = num_to_f(vm, args[0], "div")
        if y is None:
            return do_coerce(vm, a, args[0], "div")
        if y == 0.0:
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        d = math.floor(a / y) if math.isfinite(a / y) else a / y
        if not math.isfinite(d):
            _bad(vm, d)
        return int(d)
    defm(F, "div", div_, 1)
    defm(F, "next_float", lambda vm, a, args, b: math.nextafter(a, math.inf), 0)
    defm(F, "prev_float", lambda vm, a, args, b: math.nextafter(a, -math.inf), 0)
    defm(F, "integer?", lambda vm, a, args, b: False, 0)
    defm(F, "finite?", lambda vm, a, args, b: math.isfinite(a), 0)
    defm(F, "infinite?", lambda vm, a, args, b: (1 if a > 0 else -1) if math.isinf(a) else None, 0)
    defs(vm, F, "__step_size", lambda vm, s, a, b: float_step_size(float(a[0]), float(a[1]), float(a[2]), vm.truthy(a[3])), 4)
