"""The Math module (cf. math.c: Get_Double / rb_to_float, domain_error, math_log)."""
from __future__ import annotations

import math
from fractions import Fraction

from .bootstrap import defm, defs
from .objects import RBasic


def to_f(vm, v):
    """rb_to_float: Integer/Float/Rational directly, other Numerics by to_f, else TypeError."""
    t = type(v)
    if t is float:
        return v
    if t is int:
        try:
            return float(v)
        except OverflowError:
            return math.inf if v > 0 else -math.inf
    if t is Fraction:
        return float(v)
    if v is None or v is True or v is False:
        name = "nil" if v is None else "true" if v else "false"
        vm.type_error(f"can't convert {name} into Float")
    if isinstance(v, RBasic) and vm.is_kind_of(v, vm.cNumeric):
        return vm.call_method(v, "to_f", [])
    vm.type_error(f"can't convert {vm.real_class(v).name} into Float")


def _libm():
    """The C library's math functions, as CRuby calls them (Python's own gamma/lgamma differ
    in the last bit from glibc's tgamma/lgamma_r)."""
    try:
        import ctypes
        import ctypes.util
        lib = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
        for n in ("tgamma", "erf", "erfc", "cbrt"):
            getattr(lib, n).restype = ctypes.c_double
            getattr(lib, n).argtypes = [ctypes.c_double]
        lib.lgamma_r.restype = ctypes.c_double
        lib.lgamma_r.argtypes = [ctypes.c_double, ctypes.POINTER(ctypes.c_int)]
        return lib
    except (OSError, AttributeError):
        return None


LIBM = _libm()


def c_lgamma(x):
    if LIBM is None:
        return math.lgamma(x), (-1 if x < 0 and math.floor(x) % 2 == 1 else 1)
    import ctypes
    sign = ctypes.c_int(1)
    r = LIBM.lgamma_r(x, ctypes.byref(sign))
    return r, sign.value


def domain_error(vm, name):
    vm.raise_(vm.eMathDomainError, f"Numerical argument is out of domain - {name}")


def _big_log(v, base_fn):
    """log of a big Integer without overflowing a double (cf. math_log1's numbits split)."""
    return base_fn(v)


def init(vm):
    M = vm.mMath
    M.const_tbl["PI"] = math.pi
    M.const_tbl["E"] = math.e

    def fn(name, f, lo=None, hi=None, lo_open=False):
        """f applied to the Float argument; outside [lo, hi] a Math::DomainError."""
        def m(vm, s, a, b):
            x = to_f(vm, a[0])
            if lo is not None and (x < lo or (lo_open and x == lo)):
                domain_error(vm, name)
            if hi is not None and x > hi:
                domain_error(vm, name)
            try:
                return f(x)
            except OverflowError:
                return math.inf
            except ValueError:
                domain_error(vm, name)
        defs(vm, M, name, m, 1)
        defm(M, name, m, 1, visi="private")

    def cbrt(x):
        r = LIBM.cbrt(x) if LIBM else math.copysign(abs(x) ** (1.0 / 3.0), x)
        if math.isfinite(r) and not (x == 0.0 and r == 0.0):
            r = (2.0 * r + (x / r / r)) / 3.0     # math_cbrt's glibc correction step
        return r

    def sqrt(x):
        if x == 0:
            return 0.0
        return math.sqrt(x)

    fn("sqrt", sqrt, lo=0.0)
    fn("cbrt", cbrt)
    fn("sin", math.sin)
    fn("cos", math.cos)
    fn("tan", math.tan)
    fn("asin", math.asin, -1.0, 1.0)
    fn("acos", math.acos, -1.0, 1.0)
    fn("atan", math.atan)
    fn("sinh", math.sinh)
    fn("cosh", math.cosh)
    fn("tanh", math.tanh)
    fn("asinh", math.asinh)
    fn("acosh", math.acosh, 1.0)
    fn("atanh", lambda x: math.copysign(math.inf, x) if abs(x) == 1 else math.atanh(x), -1.0, 1.0)
    fn("exp", math.exp)
    fn("erf", LIBM.erf if LIBM else math.erf)
    fn("erfc", LIBM.erfc if LIBM else math.erfc)

    def gamma(x):
        if x == math.floor(x) and x <= 0:
            if x == 0:
                return math.copysign(math.inf, x)
            raise ValueError
        if x == -math.inf:
            raise ValueError
        if x == math.floor(x) and 0 < x <= 23:
            return float(math.factorial(int(x) - 1))   # exact, as CRuby's table
        return LIBM.tgamma(x) if LIBM else math.gamma(x)
    fn("gamma", gamma)

    def logn(name, f):
        def m(vm, s, a, b):
            v = a[0]
            if type(v) is int and v > 0:
                r = f(v)                      # Python logs of big ints do not overflow
            else:
                x = to_f(vm, v)
                if x < 0:
                    domain_error(vm, name)
                if x == 0:
                    return -math.inf
                r = f(x)
            return r
        defs(vm, M, name, m, 1)
        defm(M, name, m, 1, visi="private")
    logn("log2", math.log2)
    logn("log10", math.log10)

    def log(vm, s, a, b):
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)

        def one(v):
            if type(v) is int and v > 0:
                return math.log(v)
            x = to_f(vm, v)
            if x < 0:
                domain_error(vm, "log")
            if x == 0:
                return -math.inf
            return math.log(x)
        r = one(a[0])
        if len(a) == 2:
            d = one(a[1])
            r = r / d
        return r
    defs(vm, M, "log", log, -1)
    defm(M, "log", log, -1, visi="private")

    def two(name, f):
        def m(vm, s, a, b):
            return f(to_f(vm, a[0]), to_f(vm, a[1]))
        defs(vm, M, name, m, 2)
        defm(M, name, m, 2, visi="private")
    two("atan2", math.atan2)
    two("hypot", math.hypot)

    def ldexp(vm, s, a, b):
        from .core_numeric import to_integer
        x, e = to_f(vm, a[0]), to_integer(vm, a[1])
        try:
            return math.ldexp(x, e)
        except OverflowError:
            return math.copysign(math.inf, x)
    defs(vm, M, "ldexp", ldexp, 2)
    defm(M, "ldexp", ldexp, 2, visi="private")

    def frexp(vm, s, a, b):
        m_, e = math.frexp(to_f(vm, a[0]))
        return vm.ary_new([m_, e])
    defs(vm, M, "frexp", frexp, 1)
    defm(M, "frexp", frexp, 1, visi="private")

    def lgamma(vm, s, a, b):
        x = to_f(vm, a[0])
        if x == -math.inf:
            domain_error(vm, "lgamma")
        if math.isinf(x):
            return vm.ary_new([math.inf, 1])
        if x == 0:
            return vm.ary_new([math.inf, -1 if math.copysign(1, x) < 0 else 1])
        g, sign = c_lgamma(x)
        return vm.ary_new([g, sign])
    defs(vm, M, "lgamma", lgamma, 1)
    defm(M, "lgamma", lgamma, 1, visi="private")
