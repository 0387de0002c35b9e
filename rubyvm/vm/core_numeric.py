"""Integer and Float (cf. numeric.c, bignum.c). Integers and Floats are Python int/float."""
from __future__ import annotations

import math
from fractions import Fraction

from ..core import RubyError as CoreError
from ..core import float_format as FF
from ..core import sprintf as SP
from .bootstrap import defm, defs
from .objects import RString, RSymbol, intern


def num(v):
    t = type(v)
    return t is int or t is float or t is Fraction


def core_call(vm, fn, *a):
    """Run a rubyvm.core leaf helper, turning its RubyError into a Ruby exception."""
    try:
        return fn(*a)
    except CoreError as e:
        vm.raise_(getattr(vm, "e" + e.ruby_class.replace("::", ""), vm.eArgumentError), e.message)


def coerce_fail(vm, a, b, op):
    from .core_object import inspect
    if op in ("+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", "div", "divmod", "fdiv",
              "modulo", "remainder", "pow"):
        desc = "nil" if b is None else "true" if b is True else "false" if b is False else \
            inspect(vm, b) if type(b) is RSymbol else vm.real_class(b).name
        if b is None or b is True or b is False:
            vm.type_error(f"{desc} can't be coerced into {vm.real_class(a).name}")
        vm.type_error(f"{desc} can't be coerced into {vm.real_class(a).name}")
    vm.arg_error(f"comparison of {vm.real_class(a).name} with {inspect(vm, b) if b is None or isinstance(b, (int, float)) else vm.real_class(b).name} failed")


def do_coerce(vm, a, b, op):
    from .vm import _UNDEF
    if b is None or b is True or b is False or type(b) is RSymbol or isinstance(b, RString):
        coerce_fail(vm, a, b, op)
    r = vm.call_method(b, "coerce", [a], check=False)
    if r is _UNDEF:
        coerce_fail(vm, a, b, op)
    x, y = r.a
    return vm.call_method(x, op, [y])


def fdiv(vm, a, b):
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def int_pow(vm, a, b):
    if type(b) is int:
        if b >= 0:
            return a ** b
        from fractions import Fraction
        return make_rational(vm, a, b)
    if type(b) is float:
        if a < 0 and not b.is_integer():
            return complex_unsupported(vm, a, b)
        try:
            return float(a) ** b
        except OverflowError:
            return math.inf
        except ZeroDivisionError:
            return math.inf
    return do_coerce(vm, a, b, "**")


def make_rational(vm, a, b):
    if a == 0:
        vm.raise_(vm.eZeroDivisionError, "divided by 0")
    return Fraction(a) ** b


def complex_unsupported(vm, a=None, b=None):
    """a negative base to a fractional power is a Complex (cf. rb_dbl_complex_new_polar_pi)."""
    from .core_float import polar_pi
    return polar_pi((-a) ** b, b)


def int_div(vm, a, b):
    if type(b) is int:
        if b == 0:
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return a // b
    if type(b) is float:
        return fdiv(vm, float(a), b)
    return do_coerce(vm, a, b, "/")


def int_mod(vm, a, b):
    if type(b) is int:
        if b == 0:
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return a % b
    if type(b) is float:
        return flo_mod(vm, float(a), b)
    return do_coerce(vm, a, b, "%")


def flo_mod(vm, a, b):
    if b == 0:
        vm.raise_(vm.eZeroDivisionError, "divided by 0")   # cf. flodivmod
    if math.isinf(b) and not math.isinf(a):
        if (a < 0 and b > 0) or (a > 0 and b < 0):
            return b
        return a
    r = math.fmod(a, b)
    if r != 0 and (r < 0) != (b < 0):
        r += b
    return r


def to_integer(vm, v, base=None, kw=None):
    exc = True
    if kw is not None:
        x = kw.d.get(intern("exception"))
        if x is not None:
            exc = vm.truthy(x[1])
    try:
        if isinstance(v, RString):
            if base is not None:
                s = v.s.strip().replace("_", "")
                try:
                    return int(s, base)
                except ValueError:
                    raise CoreError("ArgumentError", f"invalid value for Integer(): {SP.str_inspect(v.s)}")
            return SP.str_to_inum_strict(v.s)
        if type(v) is int:
            return v
        if type(v) is float:
            if math.isnan(v) or math.isinf(v):
                raise CoreError("FloatDomainError", FF.float_to_s(v))
            return int(v)
        if v is None:
            raise CoreError("TypeError", "can't convert nil into Integer")
        r = vm.call_method(v, "to_int", [], check=False)
        from .vm import _UNDEF
        if r is _UNDEF:
            r = vm.call_method(v, "to_i", [], check=False)
        if r is _UNDEF:
            raise CoreError("TypeError", f"can't convert {vm.real_class(v).name} into Integer")
        return r
    except CoreError as e:
        if not exc:
            return None
        vm.raise_(getattr(vm, "e" + e.ruby_class), e.message)


def to_float(vm, v):
    if isinstance(v, RString):
        return core_call(vm, SP.str_to_dbl_strict, v.s)
    if type(v) is float:
        return v
    if type(v) is int:
        return float(v)
    if v is None:
        vm.type_error("can't convert nil into Float")
    return vm.call_method(v, "to_f", [])


def int_to_s(vm, a, base=10):
    if base == 10:
        return str(a)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    n = abs(a)
    out = ""
    while True:
        out = digits[n % base] + out
        n //= base
        if n == 0:
            break
    return ("-" if a < 0 else "") + out


def cmp(a, b):
    return -1 if a < b else 1 if a > b else 0


def init(vm):
    I, F, N = vm.cInteger, vm.cFloat, vm.cNumeric
    I.allocator = None
    F.allocator = None
    for kk in (I, F):
        sk = vm.singleton_class(kk)
        defm(sk, "new", lambda vm, s, a, b: vm.raise_no_method(s, "new", a, 0), -1)
        sk.m_tbl["new"].type = "undef"

    def arith(op, pyop, int_only=False):
        def f(vm, a, args, b):
            x = args[0]
            if type(x) is int or (type(x) is float and not int_only):
                try:
                    return pyop(a, x)
                except OverflowError:
                    return math.inf
            return do_coerce(vm, a, x, op)
        return f
    for cls in (I, F):
        defm(cls, "+", arith("+", lambda a, b: a + b), 1)
        defm(cls, "-", arith("-", lambda a, b: a - b), 1)
        defm(cls, "*", arith("*", lambda a, b: a * b), 1)
    defm(I, "/", lambda vm, a, args, b: int_div(vm, a, args[0]), 1)
    defm(I, "%", lambda vm, a, args, b: int_mod(vm, a, args[0]), 1)
    defm(I, "modulo", lambda vm, a, args, b: int_mod(vm, a, args[0]), 1)
    defm(I, "div", lambda vm, a, args, b: int_div(vm, a, args[0]) if type(args[0]) is int else math.floor(fdiv(vm, a, args[0])), 1)
    defm(I, "divmod", lambda vm, a, args, b: vm.ary_new([int_div(vm, a, args[0]), int_mod(vm, a, args[0])]), 1)
    defm(I, "remainder", lambda vm, a, args, b: int(math.fmod(a, args[0])) if type(args[0]) is int else math.fmod(a, args[0]), 1)
    defm(I, "**", lambda vm, a, args, b: int_pow(vm, a, args[0]), 1)
    defm(I, "pow", lambda vm, a, args, b: pow(a, args[0], args[1]) if len(args) > 1 else int_pow(vm, a, args[0]), -1)
    defm(I, "fdiv", lambda vm, a, args, b: fdiv(vm, float(a), float(args[0])), 1)
    defm(F, "/", lambda vm, a, args, b: fdiv(vm, a, float(args[0])) if num(args[0]) else do_coerce(vm, a, args[0], "/"), 1)
    defm(F, "%", lambda vm, a, args, b: flo_mod(vm, a, float(args[0])) if num(args[0]) else do_coerce(vm, a, args[0], "%"), 1)
    defm(F, "modulo", lambda vm, a, args, b: flo_mod(vm, a, float(args[0])), 1)
    defm(F, "fdiv", lambda vm, a, args, b: fdiv(vm, a, float(args[0])), 1)
    defm(F, "divmod", lambda vm, a, args, b: vm.ary_new([math.floor(a / args[0]), flo_mod(vm, a, float(args[0]))]), 1)

    def fpow(vm, a, args, b):
        x = args[0]
        if not num(x):
            return do_coerce(vm, a, x, "**")
        if a < 0 and not float(x).is_integer():
            return complex_unsupported(vm, a, float(x))
        try:
            return a ** x
        except ZeroDivisionError:
            return math.inf
        except OverflowError:
            return math.inf
    defm(F, "**", fpow, 1)
    defm(F, "pow", fpow, 1)

    def compare(op, pyop):
        def f(vm, a, args, b):
            x = args[0]
            if type(x) is int or type(x) is float:
                return pyop(a, x)
            from .vm import _UNDEF
            if isinstance(x, (RString,)) or x is None or x is True or x is False or type(x) is RSymbol:
                coerce_fail(vm, a, x, op)
            r = vm.call_method(x, "coerce", [a], check=False)
            if r is _UNDEF:
                coerce_fail(vm, a, x, op)
            return vm.call_method(r.a[0], op, [r.a[1]])
        return f
    for cls in (I, F):
        defm(cls, "<", compare("<", lambda a, b: a < b), 1)
        defm(cls, "<=", compare("<=", lambda a, b: a <= b), 1)
        defm(cls, ">", compare(">", lambda a, b: a > b), 1)
        defm(cls, ">=", compare(">=", lambda a, b: a >= b), 1)
        defm(cls, "==", lambda vm, a, args, b: (a == args[0]) if num(args[0]) else vm.truthy(vm.call_method(args[0], "==", [a])) if args[0] is not None and not isinstance(args[0], (RString, RSymbol)) and args[0] is not True and args[0] is not False else False, 1)
        defm(cls, "===", lambda vm, a, args, b: num(args[0]) and a == args[0], 1)
        defm(cls, "eql?", lambda vm, a, args, b: type(a) is type(args[0]) and a == args[0], 1)
        defm(cls, "equal?", lambda vm, a, args, b: type(a) is type(args[0]) and a == args[0], 1)
        defm(cls, "<=>", lambda vm, a, args, b: cmp(a, args[0]) if num(args[0]) else None, 1)
        defm(cls, "hash", lambda vm, a, args, b: hash(a), 0)
        defm(cls, "-@", lambda vm, a, args, b: -a, 0)
        defm(cls, "+@", lambda vm, a, args, b: a, 0)
        defm(cls, "abs", lambda vm, a, args, b: abs(a), 0)
        defm(cls, "magnitude", lambda vm, a, args, b: abs(a), 0)
        defm(cls, "zero?", lambda vm, a, args, b: a == 0, 0)
        defm(cls, "positive?", lambda vm, a, args, b: a > 0, 0)
        defm(cls, "negative?", lambda vm, a, args, b: a < 0, 0)
        defm(cls, "nonzero?", lambda vm, a, args, b: None if a == 0 else a, 0)
        defm(cls, "to_f", lambda vm, a, args, b: float(a), 0)
        defm(cls, "coerce", lambda vm, a, args, b: vm.ary_new([float(args[0]), float(a)]) if type(a) is float or type(args[0]) is float else vm.ary_new([args[0], a]), 1)
        defm(cls, "integer?", lambda vm, a, args, b: type(a) is int, 0)
        defm(cls, "finite?", lambda vm, a, args, b: type(a) is int or math.isfinite(a), 0)
        defm(cls, "infinite?", lambda vm, a, args, b: (1 if a > 0 else -1) if type(a) is float and math.isinf(a) else None, 0)
        defm(cls, "dup", lambda vm, a, args, b: a, 0)
    defm(I, "to_s", lambda vm, a, args, b: vm.str_new(int_to_s(vm, a, args[0] if args else 10)), -1)
    defm(I, "inspect", lambda vm, a, args, b: vm.str_new(str(a)), 0)
    defm(I, "to_i", lambda vm, a, args, b: a, 0)
    defm(I, "to_int", lambda vm, a, args, b: a, 0)
    defm(I, "floor", lambda vm, a, args, b: FF.int_floor(a, args[0]) if args else a, -1)
    defm(I, "ceil", lambda vm, a, args, b: FF.int_ceil(a, args[0]) if args else a, -1)
    def i_round(vm, a, args, b, kw=None):
        half = None
        if kw is not None:
            h = kw.d.get(intern("half"))
            if h is not None:
                half = h[1].name if type(h[1]) is RSymbol else None
        return core_call(vm, FF.int_round, a, args[0], half or "up") if args else a
    defm(I, "round", i_round, -1, kw=True)
    defm(I, "truncate", lambda vm, a, args, b: a, -1)
    defm(I, "chr", lambda vm, a, args, b: vm.str_new(chr(a)), -1)
    defm(I, "ord", lambda vm, a, args, b: a, 0)
    defm(I, "succ", lambda vm, a, args, b: a + 1, 0)
    defm(I, "next", lambda vm, a, args, b: a + 1, 0)
    defm(I, "pred", lambda vm, a, args, b: a - 1, 0)
    defm(I, "even?", lambda vm, a, args, b: a % 2 == 0, 0)
    defm(I, "odd?", lambda vm, a, args, b: a % 2 == 1, 0)
    defm(I, "&", arith("&", lambda a, b: a & b, True), 1)
    defm(I, "|", arith("|", lambda a, b: a | b, True), 1)
    defm(I, "^", arith("^", lambda a, b: a ^ b, True), 1)
    defm(I, "<<", lambda vm, a, args, b: a << args[0] if args[0] >= 0 else a >> -args[0], 1)
    defm(I, ">>", lambda vm, a, args, b: a >> args[0] if args[0] >= 0 else a << -args[0], 1)
    defm(I, "~", lambda vm, a, args, b: ~a, 0)
    defm(I, "[]", lambda vm, a, args, b: (a >> args[0]) & 1, 1)
    defm(I, "gcd", lambda vm, a, args, b: math.gcd(a, args[0]), 1)
    defm(I, "lcm", lambda vm, a, args, b: abs(a * args[0]) // math.gcd(a, args[0]) if a and args[0] else 0, 1)
    defm(I, "bit_length", lambda vm, a, args, b: a.bit_length() if a >= 0 else (~a).bit_length(), 0)
    defm(I, "digits", lambda vm, a, args, b: vm.ary_new([int(c) for c in reversed(str(a))]), -1)
    defm(I, "size", lambda vm, a, args, b: 8, 0)
    defm(I, "allbits?", lambda vm, a, args, b: a & args[0] == args[0], 1)
    defs(vm, I, "sqrt", lambda vm, s, args, b: math.isqrt(args[0]), 1)
    defm(F, "to_s", lambda vm, a, args, b: vm.str_new(FF.float_to_s(a), "US-ASCII"), 0)
    defm(F, "inspect", lambda vm, a, args, b: vm.str_new(FF.float_to_s(a), "US-ASCII"), 0)

    def f_to_i(vm, a, args, b):
        if math.isnan(a) or math.isinf(a):
            vm.raise_(vm.eFloatDomainError, FF.float_to_s(a))
        return int(a)
    defm(F, "to_i", f_to_i, 0)
    defm(F, "to_int", f_to_i, 0)
    defm(F, "truncate", lambda vm, a, args, b: core_call(vm, FF.float_truncate, a, *args), -1)
    defm(F, "floor", lambda vm, a, args, b: core_call(vm, FF.float_floor, a, *args), -1)
    defm(F, "ceil", lambda vm, a, args, b: core_call(vm, FF.float_ceil, a, *args), -1)

    def f_round(vm, a, args, b, kw=None):
        half = None
        if kw is not None:
            h = kw.d.get(intern("half"))
            if h is not None:
                half = h[1].name if type(h[1]) is RSymbol else None
        if math.isinf(a) or math.isnan(a):
            if not args or args[0] <= 0:
                vm.raise_(vm.eFloatDomainError, FF.float_to_s(a))
        return core_call(vm, FF.float_round, a, *(args or [0]), half)
    defm(F, "round", f_round, -1, kw=True)
    defm(F, "nan?", lambda vm, a, args, b: math.isnan(a), 0)
    F.const_tbl["INFINITY"] = math.inf
    F.const_tbl["NAN"] = math.nan
    F.const_tbl["EPSILON"] = 2.220446049250313e-16
    F.const_tbl["MAX"] = 1.7976931348623157e+308
    F.const_tbl["MIN"] = 2.2250738585072014e-308
    I.const_tbl["MAX"] = 2 ** 62 - 1

    # Math: see core_math.py
    init_numeric(vm)


def init_numeric(vm):
    """Numeric's generic methods, built on <=>, coerce and the subclass's operators
    (cf. numeric.c num_zero_p, num_positive_p, num_uminus, num_coerce ...)."""
    N = vm.cNumeric

    def sign(vm, x):
        r = vm.call_method(x, "<=>", [0])
        if r is None:
            coerce_fail(vm, x, 0, "<=>")
        return r
    defm(N, "integer?", lambda vm, a, args, b: False, 0)
    defm(N, "real?", lambda vm, a, args, b: True, 0)
    defm(N, "finite?", lambda vm, a, args, b: True, 0)
    defm(N, "infinite?", lambda vm, a, args, b: None, 0)
    defm(N, "zero?", lambda vm, a, args, b: vm.truthy(vm.call_method(a, "==", [0])), 0)
    defm(N, "nonzero?", lambda vm, a, args, b: None if vm.truthy(vm.call_method(a, "zero?", [])) else a, 0)
    defm(N, "positive?", lambda vm, a, args, b: sign(vm, a) > 0, 0)
    defm(N, "negative?", lambda vm, a, args, b: sign(vm, a) < 0, 0)
    defm(N, "+@", lambda vm, a, args, b: a, 0)

    def immutable_clone(vm, a, args, b, kw=None):
        # cf. rb_immutable_obj_clone: only freeze: true (or nil) is allowed
        if kw is not None:
            x = kw.d.get(intern("freeze"))
            if x is not None and x[1] is False:
                vm.arg_error(f"can't unfreeze {vm.real_class(a).name}")
        return a
    defm(N, "clone", immutable_clone, 0, kw=True)
    vm.immutable_clone = immutable_clone       # Kernel#clone uses it for nil/true/false

    def uminus(vm, a, args, b):
        r = vm.call_method(a, "coerce", [0])
        return vm.call_method(r.a[0], "-", [r.a[1]])
    defm(N, "-@", uminus, 0)

    def abs_(vm, a, args, b):
        return vm.call_method(a, "-@", []) if vm.truthy(vm.call_method(a, "negative?", [])) else a
    defm(N, "abs", abs_, 0)
    defm(N, "magnitude", abs_, 0)
    defm(N, "to_int", lambda vm, a, args, b: vm.call_method(a, "to_i", []), 0)
    for name in ("floor", "ceil", "round", "truncate"):
        defm(N, name, (lambda name: lambda vm, a, args, b: vm.call_method(
            vm.call_method(a, "to_f", []), name, list(args)))(name), -1)

    def n_coerce(vm, a, args, b):
        x = args[0]
        if vm.real_class(x) is vm.real_class(a):
            return vm.ary_new([x, a])
        return vm.ary_new([to_float(vm, x), to_float(vm, a)])
    defm(N, "coerce", n_coerce, 1)

    def n_div(vm, a, args, b):
        if args[0] == 0 and type(args[0]) is int:
            vm.raise_(vm.eZeroDivisionError, "divided by 0")
        return vm.call_method(vm.call_method(a, "/", [args[0]]), "floor", [])
    defm(N, "div", n_div, 1)

    def n_modulo(vm, a, args, b):
        q = n_div(vm, a, args, b)
        return vm.call_method(a, "-", [vm.call_method(args[0], "*", [q])])
    defm(N, "modulo", n_modulo, 1)
    defm(N, "%", n_modulo, 1)
    defm(N, "divmod", lambda vm, a, args, b: vm.ary_new([n_div(vm, a, args, b), n_modulo(vm, a, args, b)]), 1)
    defm(N, "fdiv", lambda vm, a, args, b: vm.call_method(to_float(vm, a), "/", [args[0]]), 1)
    defm(N, "quo", lambda vm, a, args, b: vm.call_method(vm.call_method(a, "to_r", []), "/", [args[0]]), 1)
