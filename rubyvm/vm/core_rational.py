"""Rational and Complex (cf. rational.c, complex.c), minimal.

A Rational is a Python fractions.Fraction; a Complex is an RCpx holding real/imag parts
(Integer, Float or Rational values)."""
from __future__ import annotations

import math
from fractions import Fraction

from ..core import float_format as FF
from .bootstrap import defm, defs
from .objects import RString, RSymbol, intern


class RCpx:
    __slots__ = ("re", "im")

    def __init__(self, re, im):
        self.re, self.im = re, im

    def __eq__(self, o):
        return isinstance(o, RCpx) and self.re == o.re and self.im == o.im

    def __hash__(self):
        return hash(("cpx", self.re, self.im))


def is_real(v):
    t = type(v)
    return t is int or t is float or t is Fraction


def norm(v):
    """A Fraction result stays a Rational (Ruby never demotes Rational to Integer)."""
    return v


def rat_new(vm, a, b=1):
    if b == 0:
        vm.raise_(vm.eZeroDivisionError, "divided by 0")
    return Fraction(a, b)


def num_s(vm, v):
    from .core_object import to_s
    return to_s(vm, v)


def rat_to_s(r):
    return f"{r.numerator}/{r.denominator}"


def real_to_s(vm, v):
    if type(v) is Fraction:
        return rat_to_s(v)
    if type(v) is float:
        return FF.float_to_s(v)
    return num_s(vm, v)


def real_inspect(vm, v):
    if type(v) is Fraction:
        return f"({rat_to_s(v)})"
    return real_to_s(vm, v)


def _neg(v):
    if type(v) is float:
        return math.copysign(1.0, v) < 0 or math.isnan(v) and False
    return v < 0


def cpx_to_s(vm, c, insp):
    f = real_inspect if insp else real_to_s
    im = c.im
    sign = "-" if _neg(im) else "+"
    ims = f(vm, -im if _neg(im) and not (type(im) is float and math.isnan(im)) else im)
    star = "*" if type(im) is float and (math.isnan(im) or math.isinf(im)) else ""
    return f"{f(vm, c.re)}{sign}{ims}{star}i"


def to_rat_exact(vm, v):
    if type(v) is int or type(v) is Fraction:
        return Fraction(v)
    if type(v) is float:
        if math.isnan(v) or math.isinf(v):
            vm.raise_(vm.eFloatDomainError, FF.float_to_s(v))
        return Fraction(v)
    return None


def parse_rational_str(s, strict):
    import re
    t = s.strip() if strict else s.lstrip()
    m = re.match(r"([+-]?)(\d[\d_]*)?(?:\.(\d[\d_]*))?(?:[eE]([+-]?\d+))?(?:/(\d[\d_]*))?", t)
    if not m or (m.group(2) is None and m.group(3) is None):
        return None if strict else Fraction(0)
    if strict and m.end() != len(t):
        return None
    ip = (m.group(2) or "0").replace("_", "")
    fp = (m.group(3) or "").replace("_", "")
    r = Fraction(int(ip + fp), 10 ** len(fp))
    if m.group(4):
        r *= Fraction(10) ** int(m.group(4))
    if m.group(5):
        d = int(m.group(5).replace("_", ""))
        if d == 0:
            return "zero"
        r /= d
    return -r if m.group(1) == "-" else r


def init(vm):
    from .core_numeric import do_coerce, fdiv, coerce_fail
    from .vm import _UNDEF
    N = vm.cNumeric
    R = vm.cRational

    def coerce_rat(vm, x):
        t = type(x)
        if t is int or t is Fraction:
            return Fraction(x)
        return None

    def arith(op, fop):
        def f(vm, a, args, b):
            x = args[0]
            if type(x) is float:
                try:
                    return fop(float(a), x)
                except ZeroDivisionError:
                    return fdiv(vm, float(a), x)
            y = coerce_rat(vm, x)
            if y is None:
                return do_coerce(vm, a, x, op)
            if op in ("/", "quo") and y == 0:
                vm.raise_(vm.eZeroDivisionError, "divided by 0")
            return fop(a, y)
        return f
    defm(R, "+", arith("+", lambda a, b: a + b), 1)
    defm(R, "-", arith("-", lambda a, b: a - b), 1)
    defm(R, "*", arith("*", lambda a, b: a * b), 1)
    defm(R, "/", arith("/", lambda a, b: a / b), 1)
    defm(R, "quo", arith("/", lambda a, b: a / b), 1)

    def rpow(vm, a, args, b):
        x = args[0]
        # cf. rb_rational_pow: an exact zero power or an exact one base is exactly (1/1)
        if (type(x) in (int, Fraction) and x == 0) or (a == 1 and is_real(x) and type(x) is not float):
            return Fraction(1)
        if type(x) is int:
            if a == 0 and x < 0:
                vm.raise_(vm.eZeroDivisionError, "divided by 0")
            return a ** x
        if type(x) is Fraction:
            if x.denominator == 1:
                return a ** int(x)
            return float(a) ** float(x)
        if type(x) is float:
            return float(a) ** x
        return do_coerce(vm, a, x, "**")
    defm(R, "**", rpow, 1)

    def rmod(vm, a, args, b):
        x = args[0]
        if type(x) is float:
            from .core_numeric import flo_mod
            return flo_mod(vm, float(a), x)
        y = coerce_rat(vm, x)
        if y == 0:
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return a - y * math.floor(a / y)
    defm(R, "%", rmod, 1)
    defm(R, "modulo", rmod, 1)
    defm(R, "divmod", lambda vm, a, args, b: vm.ary_new([math.floor(a / args[0]), rmod(vm, a, args, b)]), 1)
    defm(R, "div", lambda vm, a, args, b: math.floor(a / args[0]), 1)
    defm(R, "fdiv", lambda vm, a, args, b: fdiv(vm, float(a), float(args[0])), 1)

    def cmpf(vm, a, x):
        if type(x) in (int, float, Fraction):
            if type(x) is float:
                if math.isnan(x):
                    return None
                a = float(a)
            return -1 if a < x else 1 if a > x else 0
        return _UNDEF
    defm(R, "<=>", lambda vm, a, args, b: None if cmpf(vm, a, args[0]) is _UNDEF else cmpf(vm, a, args[0]), 1)

    def rel(op, pf):
        def f(vm, a, args, b):
            c = cmpf(vm, a, args[0])
            if c is _UNDEF:
                r = vm.call_method(args[0], "coerce", [a], check=False) \
                    if isinstance(args[0], RCpx) is False and args[0] is not None and not isinstance(args[0], RString) else _UNDEF
                if r is _UNDEF:
                    coerce_fail(vm, a, args[0], op)
                return vm.call_method(r.a[0], op, [r.a[1]])
            if c is None:
                return False
            return pf(c)
        return f
    defm(R, "<", rel("<", lambda c: c < 0), 1)
    defm(R, "<=", rel("<=", lambda c: c <= 0), 1)
    defm(R, ">", rel(">", lambda c: c > 0), 1)
    defm(R, ">=", rel(">=", lambda c: c >= 0), 1)

    def req(vm, a, args, b):
        x = args[0]
        if type(x) is float:
            return float(a) == x
        if type(x) in (int, Fraction):
            return a == x
        if x is None or x is True or x is False or isinstance(x, RString):
            return False
        return vm.truthy(vm.call_method(x, "==", [a]))
    defm(R, "==", req, 1)
    defm(R, "eql?", lambda vm, a, args, b: type(args[0]) is Fraction and a == args[0], 1)
    defm(R, "hash", lambda vm, a, args, b: hash(("rat", a)), 0)

    def rcoerce(vm, a, args, b):
        x = args[0]
        if type(x) is float:
            return vm.ary_new([x, float(a)])
        if type(x) in (int, Fraction):
            return vm.ary_new([Fraction(x), a])
        if isinstance(x, RCpx):
            return vm.ary_new([x, RCpx(a, 0)])
        from .core_object import inspect
        desc = inspect(vm, x) if x is None or x is True or x is False or type(x) is RSymbol \
            else vm.real_class(x).name
        vm.type_error(f"{desc} can't be coerced into Rational")
    defm(R, "coerce", rcoerce, 1)
    defm(R, "numerator", lambda vm, a, args, b: a.numerator, 0)
    defm(R, "denominator", lambda vm, a, args, b: a.denominator, 0)
    defm(R, "to_s", lambda vm, a, args, b: vm.str_new(rat_to_s(a)), 0)
    defm(R, "inspect", lambda vm, a, args, b: vm.str_new(f"({rat_to_s(a)})"), 0)
    defm(R, "to_f", lambda vm, a, args, b: float(a), 0)
    defm(R, "to_i", lambda vm, a, args, b: math.trunc(a), 0)
    defm(R, "to_r", lambda vm, a, args, b: a, 0)
    defm(R, "to_c", lambda vm, a, args, b: RCpx(a, 0), 0)
    defm(R, "-@", lambda vm, a, args, b: -a, 0)
    defm(R, "+@", lambda vm, a, args, b: a, 0)
    defm(R, "abs", lambda vm, a, args, b: abs(a), 0)
    defm(R, "magnitude", lambda vm, a, args, b: abs(a), 0)
    defm(R, "zero?", lambda vm, a, args, b: a == 0, 0)
    defm(R, "positive?", lambda vm, a, args, b: a > 0, 0)
    defm(R, "negative?", lambda vm, a, args, b: a < 0, 0)
    defm(R, "nonzero?", lambda vm, a, args, b: None if a == 0 else a, 0)
    defm(R, "integer?", lambda vm, a, args, b: False, 0)
    defm(R, "finite?", lambda vm, a, args, b: True, 0)
    defm(R, "infinite?", lambda vm, a, args, b: None, 0)

    def rounder(kind):
        def f(vm, a, args, b, kw=None):
            half = "up"
            if kw is not None:
                h = kw.d.get(intern("half"))
                if h is not None and h[1] is not None:
                    half = h[1].name
            nd = args[0] if args else 0
            s = Fraction(10) ** nd
            x = a * s
            if kind == "floor":
                n = math.floor(x)
            elif kind == "ceil":
                n = math.ceil(x)
            elif kind == "truncate":
                n = math.trunc(x)
            else:
                fl = math.floor(x)
                d = x - fl
                if d > Fraction(1, 2):
                    n = fl + 1
                elif d < Fraction(1, 2):
                    n = fl
                elif half == "even":
                    n = fl if fl % 2 == 0 else fl + 1
                elif half == "down":
                    n = fl if x > 0 else fl + 1
                else:
                    n = fl + 1 if x > 0 else fl
            if not args or nd <= 0 and False:
                return n
            if nd <= 0:
                return int(Fraction(n) / s)
            return Fraction(n) / s
        return f
    for k in ("floor", "ceil", "truncate", "round"):
        defm(R, k, rounder(k), -1, kw=True)

    def rationalize(vm, a, args, b):
        if not args:
            return a
        e = abs(Fraction(args[0]))
        return simplest(a - e, a + e)
    defm(R, "rationalize", rationalize, -1)

    # ---- Kernel#Rational, conversions -------------------------------------------------
    def k_rational(vm, s, args, b, kw=None):
        exc = True
        if kw is not None:
            x = kw.d.get(intern("exception"))
            if x is not None:
                exc = vm.truthy(x[1])

        def conv(v):
            if isinstance(v, RString):
                r = parse_rational_str(v.s, True)
                if r == "zero":
                    if not exc:
                        raise _Fail()
                    vm.raise_(vm.eZeroDivisionError, "divided by 0")
                if r is None:
                    if not exc:
                        raise _Fail()
                    vm.arg_error(f"invalid value for convert(): {inspect_s(vm, v)}")
                return r
            if v is None:
                if not exc:
                    raise _Fail()
                vm.type_error("can't convert nil into Rational")
            r = to_rat_exact(vm, v)
            if r is None:
                if isinstance(v, RCpx):
                    return v
                if not exc:
                    raise _Fail()
                vm.type_error(f"can't convert {vm.real_class(v).name} into Rational")
            return r
        try:
            a = conv(args[0])
            if len(args) == 1:
                return a
            bb = conv(args[1])
        except _Fail:
            return None
        if bb == 0:
            if not exc:
                return None
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return Fraction(a) / Fraction(bb)
    defm(vm.mKernel, "Rational", k_rational, -1, kw=True, visi="private")
    defs(vm, vm.mKernel, "Rational", k_rational, -1, kw=True)

    I, F = vm.cInteger, vm.cFloat
    defm(I, "to_r", lambda vm, a, args, b: Fraction(a), 0)
    defm(I, "rationalize", lambda vm, a, args, b: Fraction(a), -1)
    defm(I, "numerator", lambda vm, a, args, b: a, 0)
    defm(I, "denominator", lambda vm, a, args, b: 1, 0)
    defm(I, "quo", lambda vm, a, args, b: (fdiv(vm, float(a), args[0]) if type(args[0]) is float
                                           else vm.call_method(Fraction(a), "/", [args[0]])), 1)
    defm(F, "to_r", lambda vm, a, args, b: to_rat_exact(vm, a), 0)
    defm(F, "numerator", lambda vm, a, args, b: to_rat_exact(vm, a).numerator if math.isfinite(a) else a, 0)
    defm(F, "denominator", lambda vm, a, args, b: to_rat_exact(vm, a).denominator if math.isfinite(a) else (1 if math.isinf(a) else a), 0)

    def f_rationalize(vm, a, args, b):
        r = to_rat_exact(vm, a)
        if args:
            e = abs(Fraction(args[0]))
            return simplest(r - e, r + e)
        if r.denominator == 1 or a == 0:
            return r
        # float_rationalize with no argument: the simplest rational within half an ulp
        m, e = math.frexp(a)
        m = int(m * (1 << 53))
        e -= 53
        p = Fraction(2 * m - 1, 1) * Fraction(2) ** (e - 1)
        q = Fraction(2 * m + 1, 1) * Fraction(2) ** (e - 1)
        if a < 0:
            p, q = q, p
        return simplest(p, q)
    defm(F, "rationalize", f_rationalize, -1)
    def s_to_r(vm, a, args, b):
        # cf. string_to_r: a zero denominator is a ZeroDivisionError even here
        r = parse_rational_str(a.s, False)
        if r == "zero":
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return Fraction(0) if r is None else r
    defm(vm.cString, "to_r", s_to_r, 0)
    init_complex(vm)


class _Fail(Exception):
    pass


def _str_to_r(s):
    r = parse_rational_str(s, False)
    return Fraction(0) if r == "zero" or r is None else r


def inspect_s(vm, v):
    from .core_object import inspect
    return inspect(vm, v)


def simplest(a, b):
    """The simplest rational in [a, b] (nurat_rationalize_internal)."""
    if a > b:
        a, b = b, a
    if a < 0 < b or a == 0 or b == 0:
        return Fraction(0)
    if b < 0:
        return -simplest(-b, -a)
    if a == b:
        return Fraction(a)
    c = math.ceil(a)
    if c < b:
        return Fraction(c)
    k = c - 1
    return k + 1 / simplest(1 / (b - k), 1 / (a - k))


# ---- Complex ----------------------------------------------------------------------------
def _fdiv_(vm, a, b):
    from .core_numeric import fdiv
    return fdiv(vm, float(a), float(b))


def _canon(v):
    if type(v) is Fraction and v.denominator == 1:
        return v.numerator
    return v


def _quo(vm, a, b):
    if type(a) in (int, Fraction) and type(b) in (int, Fraction):
        if b == 0:
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return _canon(Fraction(a) / Fraction(b))
    a, b = float(a), float(b)
    if b == 0:
        from .core_numeric import fdiv
        return fdiv(vm, a, b)
    return a / b


def _fmt_cpx(vm, c, insp):
    f = real_inspect if insp else real_to_s
    im = c.im
    if type(im) is float:
        neg = math.copysign(1.0, im) < 0 and not math.isnan(im)
    else:
        neg = im < 0
    s = f(vm, c.re) + ("-" if neg else "+") + f(vm, -im if neg else im)
    if not s[-1].isdigit():
        s += "*"
    return s + "i"


def _cdiv(vm, a, b):
    if not isinstance(b, RCpx):
        return RCpx(_quo(vm, a.re, b), _quo(vm, a.im, b))
    flo = any(type(x) is float for x in (a.re, a.im, b.re, b.im))
    if abs(b.re) > abs(b.im):
        r = _quo(vm, b.im, b.re)
        n = b.re * (1 + r * r)
        x = _quo(vm, a.re + a.im * r, n)
        y = _quo(vm, a.im - a.re * r, n)
    else:
        r = _quo(vm, b.re, b.im)
        n = b.im * (1 + r * r)
        x = _quo(vm, a.re * r + a.im, n)
        y = _quo(vm, a.im * r - a.re, n)
    if not flo:
        x, y = _canon(x), _canon(y)
    return RCpx(x, y)


def complex_polar(x, y):
    """cf. f_complex_polar_real: exact axes for the angles pi, pi/2 and 3pi/2."""
    if x == 0 or y == 0:
        return RCpx(x, 0.0)
    if type(y) is float:
        if y == math.pi:
            return RCpx(-x, 0.0)
        if y == math.pi / 2:
            return RCpx(0.0, x)
        if y == math.pi / 2 + math.pi:
            return RCpx(0.0, -x)
        return RCpx(x * math.cos(y) if type(x) is not Fraction else float(x) * math.cos(y),
                    x * math.sin(y) if type(x) is not Fraction else float(x) * math.sin(y))
    c, sn = math.cos(float(y)), math.sin(float(y))
    return RCpx(float(x) * c if type(x) is Fraction else x * c,
                float(x) * sn if type(x) is Fraction else x * sn)


def complex_abs(a):
    """cf. nucomp_abs: an axis-aligned value keeps its exactness."""
    if a.re == 0 and not (type(a.re) is float and math.isnan(a.re)):
        r = abs(a.im)
        return float(r) if type(a.re) is float and type(a.im) is not float else r
    if a.im == 0 and not (type(a.im) is float and math.isnan(a.im)):
        r = abs(a.re)
        return float(r) if type(a.re) is not float and type(a.im) is float else r
    return math.hypot(float(a.re), float(a.im))


def _cmul(a, b):
    return RCpx(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)


def init_complex(vm):
    from .core_numeric import do_coerce
    C = vm.cComplex
    C.allocator = None

    def as_c(vm, x):
        if isinstance(x, RCpx):
            return x
        if is_real(x):
            return RCpx(x, 0)
        return None

    def arith(op, fn):
        def f(vm, a, args, b):
            x = args[0]
            if is_real(x) and op in ("/", "quo"):
                return _cdiv(vm, a, x)
            y = as_c(vm, x)
            if y is None:
                return do_coerce(vm, a, x, op)
            return fn(vm, a, y)
        return f
    defm(C, "+", arith("+", lambda vm, a, y: RCpx(a.re + y.re, a.im + y.im)), 1)
    defm(C, "-", arith("-", lambda vm, a, y: RCpx(a.re - y.re, a.im - y.im)), 1)
    defm(C, "*", arith("*", lambda vm, a, y: _cmul(a, y)), 1)
    defm(C, "/", arith("/", _cdiv), 1)
    defm(C, "quo", arith("/", _cdiv), 1)

    def cpow(vm, a, args, b):
        x = args[0]
        if type(x) is Fraction and x.denominator == 1:
            x = x.numerator
        if type(x) is int:
            r = RCpx(1, 0)
            for _ in range(abs(x)):
                r = _cmul(r, a)
            return r if x >= 0 else _cdiv(vm, RCpx(1, 0), r)
        if is_real(x):
            # cf. rb_complex_pow: a real exponent goes through the polar form
            r = complex_abs(a)
            theta = math.atan2(float(a.im), float(a.re))
            return complex_polar(vm.call_method(r, "**", [x]), vm.call_method(theta, "*", [x]))
        y = as_c(vm, x)
        if y is None:
            return do_coerce(vm, a, x, "**")
        z = complex(float(a.re), float(a.im)) ** complex(float(y.re), float(y.im))
        return RCpx(z.real, z.imag)
    defm(C, "**", cpow, 1)

    def ceq(vm, a, args, b):
        x = args[0]
        if isinstance(x, RCpx):
            return a.re == x.re and a.im == x.im
        if is_real(x):
            return a.re == x and a.im == 0
        if x is None or x is True or x is False or isinstance(x, RString):
            return False
        return vm.truthy(vm.call_method(x, "==", [a]))
    defm(C, "==", ceq, 1)
    defm(C, "eql?", lambda vm, a, args, b: isinstance(args[0], RCpx) and type(a.re) is type(args[0].re)
         and type(a.im) is type(args[0].im) and a == args[0], 1)
    defm(C, "hash", lambda vm, a, args, b: hash(a), 0)

    def ccmp(vm, a, args, b):
        x = args[0]
        if a.im != 0:
            return None
        if isinstance(x, RCpx):
            if x.im != 0:
                return None
            x = x.re
        if is_real(x):
            return vm.call_method(a.re, "<=>", [x])
        return None
    defm(C, "<=>", ccmp, 1)

    def ccoerce(vm, a, args, b):
        y = as_c(vm, args[0])
        if y is None:
            vm.type_error(f"{vm.real_class(args[0]).name} can't be coerced into Complex")
        return vm.ary_new([y, a])
    defm(C, "coerce", ccoerce, 1)
    defm(C, "real", lambda vm, a, args, b: a.re, 0)
    defm(C, "imaginary", lambda vm, a, args, b: a.im, 0)
    defm(C, "imag", lambda vm, a, args, b: a.im, 0)
    defm(C, "to_s", lambda vm, a, args, b: vm.str_new(_fmt_cpx(vm, a, False)), 0)
    defm(C, "inspect", lambda vm, a, args, b: vm.str_new("(" + _fmt_cpx(vm, a, True) + ")"), 0)
    defm(C, "rectangular", lambda vm, a, args, b: vm.ary_new([a.re, a.im]), 0)
    defm(C, "rect", lambda vm, a, args, b: vm.ary_new([a.re, a.im]), 0)

    def cabs(vm, a, args, b):
        return complex_abs(a)
    defm(C, "abs", cabs, 0)
    defm(C, "magnitude", cabs, 0)
    defm(C, "abs2", lambda vm, a, args, b: a.re * a.re + a.im * a.im, 0)
    defm(C, "arg", lambda vm, a, args, b: math.atan2(float(a.im), float(a.re)), 0)
    defm(C, "angle", lambda vm, a, args, b: math.atan2(float(a.im), float(a.re)), 0)
    defm(C, "phase", lambda vm, a, args, b: math.atan2(float(a.im), float(a.re)), 0)
    defm(C, "polar", lambda vm, a, args, b: vm.ary_new([cabs(vm, a, [], None),
                                                         math.atan2(float(a.im), float(a.re))]), 0)
    defm(C, "conjugate", lambda vm, a, args, b: RCpx(a.re, -a.im), 0)
    defm(C, "conj", lambda vm, a, args, b: RCpx(a.re, -a.im), 0)
    defm(C, "-@", lambda vm, a, args, b: RCpx(-a.re, -a.im), 0)
    defm(C, "+@", lambda vm, a, args, b: a, 0)
    defm(C, "real?", lambda vm, a, args, b: False, 0)
    defm(C, "to_c", lambda vm, a, args, b: a, 0)
    defm(C, "zero?", lambda vm, a, args, b: a.re == 0 and a.im == 0, 0)
    defm(C, "finite?", lambda vm, a, args, b: all(type(x) is not float or math.isfinite(x) for x in (a.re, a.im)), 0)

    def conv(name, fn):
        def f(vm, a, args, b):
            if not (type(a.im) is not float and a.im == 0):
                vm.raise_(vm.eRangeError, f"can't convert {_fmt_cpx(vm, a, False)} into {name}")
            return vm.call_method(a.re, fn, [])
        return f
    defm(C, "to_i", conv("Integer", "to_i"), 0)
    defm(C, "to_f", conv("Float", "to_f"), 0)
    defm(C, "to_r", conv("Rational", "to_r"), 0)
    defs(vm, C, "rectangular", lambda vm, s, args, b: RCpx(args[0], args[1] if len(args) > 1 else 0), -1)
    defs(vm, C, "rect", lambda vm, s, args, b: RCpx(args[0], args[1] if len(args) > 1 else 0), -1)

    def polar(vm, s, args, b):
        if not 1 <= len(args) <= 2:
            vm.wrong_args(len(args), 1, 2)
        for v in args:
            if not is_real(v):
                vm.type_error("not a real")
        if len(args) == 1:
            return RCpx(args[0], 0)
        return complex_polar(args[0], args[1])

    def c_denominator(vm, a, args, b):
        return math.lcm(vm.call_method(a.re, "denominator", []), vm.call_method(a.im, "denominator", []))
    defm(C, "denominator", c_denominator, 0)

    def c_numerator(vm, a, args, b):
        d = c_denominator(vm, a, args, b)
        return RCpx(vm.call_method(vm.call_method(a.re, "numerator", []), "*", [d // vm.call_method(a.re, "denominator", [])]),
                    vm.call_method(vm.call_method(a.im, "numerator", []), "*", [d // vm.call_method(a.im, "denominator", [])]))
    defm(C, "numerator", c_numerator, 0)

    def c_rationalize(vm, a, args, b):
        if not (type(a.im) is not float and a.im == 0):
            vm.raise_(vm.eRangeError, f"can't convert {_fmt_cpx(vm, a, False)} into Rational")
        return vm.call_method(a.re, "rationalize", list(args))
    defm(C, "rationalize", c_rationalize, -1)
    defs(vm, C, "polar", polar, -1)

    def k_complex(vm, s, args, b, kw=None):
        def one(v):
            if isinstance(v, RString):
                c = parse_complex_str(v.s, True)
                if c is None:
                    vm.arg_error(f"invalid value for convert(): {inspect_s(vm, v)}")
                return c
            if v is None:
                vm.type_error("can't convert nil into Complex")
            return v
        a = one(args[0])
        if len(args) == 1:
            return a if isinstance(a, RCpx) else RCpx(a, 0)
        bb = one(args[1])
        if isinstance(a, RCpx) or isinstance(bb, RCpx):
            a, bb = as_c(vm, a), as_c(vm, bb)
            return RCpx(a.re - bb.im, a.im + bb.re)
        return RCpx(a, bb)
    defm(vm.mKernel, "Complex", k_complex, -1, kw=True, visi="private")
    defs(vm, vm.mKernel, "Complex", k_complex, -1, kw=True)
    C.const_tbl["I"] = RCpx(0, 1)
    defm(C, "fdiv", lambda vm, a, args, b: RCpx(_fdiv_(vm, a.re, args[0]), _fdiv_(vm, a.im, args[0])), 1)
    defm(C, "infinite?", lambda vm, a, args, b: 1 if any(type(x) is float and math.isinf(x)
                                                          for x in (a.re, a.im)) else None, 0)
    for name in ("%", "<", "<=", ">", ">=", "between?", "clamp", "div", "divmod", "floor", "ceil",
                 "modulo", "remainder", "round", "step", "truncate", "i", "positive?", "negative?"):
        defm(C, name, lambda vm, a, args, b: None, -1)
        C.m_tbl[name].type = "undef"
    F = vm.cFloat
    from .core_numeric import fdiv as _fd, num as _num
    defm(F, "quo", lambda vm, a, args, b: _fd(vm, a, float(args[0])) if _num(args[0])
         else vm.call_method(RCpx(a, 0), "/", [args[0]]), 1)
    defm(F, "remainder", lambda vm, a, args, b: math.fmod(a, float(args[0])), 1)
    defm(F, "hash", lambda vm, a, args, b: hash(("f", a)), 0)
    defm(F, "div", lambda vm, a, args, b: math.floor(_fd(vm, a, float(args[0]))), 1)
    for k in (vm.cInteger, vm.cFloat, vm.cRational):
        def arg(vm, a, args, b):
            if type(a) is float and math.isnan(a):
                return a
            return math.pi if a < 0 or (type(a) is float and math.copysign(1.0, a) < 0 and False) else 0
        defm(k, "arg", arg, 0)
        defm(k, "angle", arg, 0)
        defm(k, "phase", arg, 0)
        defm(k, "polar", lambda vm, a, args, b: vm.ary_new([abs(a), arg(vm, a, args, b)]), 0)
    defm(vm.cRational, "remainder", lambda vm, a, args, b: a - args[0] * math.trunc(a / args[0])
         if type(args[0]) in (int, Fraction) else math.fmod(float(a), args[0]), 1)

    def fcoerce(vm, a, args, b):
        from .core_numeric import to_float
        x = args[0]
        if isinstance(x, RString) or _num(x):
            return vm.ary_new([to_float(vm, x), a])
        vm.type_error(f"can't convert {vm.real_class(x).name} into Float")
    defm(F, "coerce", fcoerce, 1)

    def feq(vm, a, args, b):
        x = args[0]
        if type(x) is Fraction:
            return a == float(x)
        if _num(x):
            return a == x
        if x is None or x is True or x is False or isinstance(x, (RString, RSymbol)):
            return False
        return vm.truthy(vm.call_method(x, "==", [a]))
    defm(F, "==", feq, 1)

    N = vm.cNumeric
    for k in (vm.cInteger, vm.cFloat, vm.cRational):
        defm(k, "real", lambda vm, a, args, b: a, 0)
        defm(k, "imaginary", lambda vm, a, args, b: 0, 0)
        defm(k, "imag", lambda vm, a, args, b: 0, 0)
        defm(k, "real?", lambda vm, a, args, b: True, 0)
        defm(k, "to_c", lambda vm, a, args, b: RCpx(a, 0), 0)
        defm(k, "conj", lambda vm, a, args, b: a, 0)
        defm(k, "conjugate", lambda vm, a, args, b: a, 0)
        defm(k, "i", lambda vm, a, args, b: RCpx(0, a), 0)
        defm(k, "rectangular", lambda vm, a, args, b: vm.ary_new([a, 0]), 0)
        defm(k, "abs2", lambda vm, a, args, b: a * a, 0)
    del N
    defm(vm.cString, "to_c", lambda vm, a, args, b: parse_complex_str(a.s, False) or RCpx(0, 0), 0)


def _num_str(t):
    if "/" in t:
        n, d = t.split("/")
        return Fraction(int(n), int(d)) if int(d) else None
    if "." in t or "e" in t or "E" in t:
        return float(t)
    return int(t)


def parse_complex_str(s, strict):
    import re
    num = r"(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?(?:/\d+)?)"
    t = s.strip() if strict else s.lstrip()
    m = re.match(rf"([+-]?{num})@([+-]?{num})", t)      # the polar form "abs@arg"
    if m and (not strict or m.end() == len(t)):
        return complex_polar(_num_str(m.group(1).replace("_", "")),
                             _num_str(m.group(2).replace("_", "")))
    pat = re.compile(rf"([+-]?{num})?(?:([+-])({num})?\*?[ij])?|([+-]?{num})?\*?[ij]")
    m = re.match(rf"([+-]?{num})(?:([+-])({num})?\*?[ij])?", t)
    re_, im = 0, 0
    end = 0
    if m:
        re_ = _num_str(m.group(1).replace("_", ""))
        end = m.end()
        if m.group(2):
            im = _num_str((m.group(2) + (m.group(3) or "1")).replace("_", ""))
        else:
            m2 = re.match(r"\*?[ij]", t[end:])
            if m2:
                im, re_ = re_, 0
                end += m2.end()
    else:
        m = re.match(r"([+-]?)[ij]", t)
        if m:
            im = -1 if m.group(1) == "-" else 1
            end = m.end()
        elif strict:
            return None
    del pat
    if strict and end != len(t):
        return None
    if re_ is None or im is None:
        return None
    return RCpx(re_, im)
