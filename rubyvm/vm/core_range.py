"""Range (cf. range.c); the iterating methods are in prelude/range.rb."""
from __future__ import annotations

import math
from fractions import Fraction

from .bootstrap import defm, defs
from .core_object import eql, equal, inspect, to_s
from .objects import FL_FROZEN, RBasic, RRange, RString, RSymbol


def range_new(vm, lo, hi, excl):
    if not (type(lo) in (int, float) and type(hi) in (int, float)) and lo is not None and hi is not None:
        from .vm import _UNDEF
        try:
            r = vm.call_method(lo, "<=>", [hi], check=False)
        except Exception:
            r = None
        if r is None or r is _UNDEF:
            vm.arg_error("bad value for range")
    r = RRange(vm.cRange, lo, hi, excl)
    if vm.real_class(r) is vm.cRange:
        r.flags |= FL_FROZEN
    return r


def parse_range_literal(vm, text):
    excl = "..." in text
    a, b = text.split("..." if excl else "..", 1)

    def v(x):
        if x == "":
            return None
        if x.startswith('"'):
            return vm.str_new(x[1:-1])
        try:
            return int(x)
        except ValueError:
            return float(x)
    return range_new(vm, v(a), v(b), excl)


def range_bounds(vm, r, length, for_set=False):
    """(start, length) of r over a sequence of `length` (cf. rb_range_beg_len)."""
    from .core_array import range_beg_len
    return range_beg_len(vm, r, length, 1 if for_set else 0)


def _is_num(v):
    return type(v) in (int, float, Fraction)


def _cmp(vm, a, b):
    """r_less: a <=> b as -1/0/1, or None when they do not compare."""
    if _is_num(a) and _is_num(b):
        if type(a) is float and math.isnan(a) or type(b) is float and math.isnan(b):
            return None
        return (a > b) - (a < b)
    if type(a) is RString and type(b) is RString:
        return (a.s > b.s) - (a.s < b.s)
    r = vm.call_method(a, "<=>", [b])
    if r is None:
        return None
    if type(r) is int:
        return (r > 0) - (r < 0)
    from .core_enum import cmpint
    return cmpint(vm, r, a, b)


def cover_value(vm, r, x):
    """r_cover_p: begin <= x and x < / <= end (a missing end is open)."""
    if r.beg is not None:
        c = _cmp(vm, r.beg, x)
        if c is None or c > 0:
            return False
    if r.end is not None:
        c = _cmp(vm, x, r.end)
        if c is None:
            return False
        return c < 0 if r.excl else c <= 0
    return True


def cover_range(vm, r, o):
    """r_cover_range_p."""
    if o.beg is not None and r.beg is None:
        pass
    if o.beg is None and r.beg is not None:
        return False
    if o.end is None and r.end is not None:
        return False
    if o.beg is not None and not cover_value(vm, RRange(vm.cRange, r.beg, None, False), o.beg):
        return False
    if o.beg is not None and o.end is not None:
        c = _cmp(vm, o.beg, o.end)
        if c is None or c > 0 or (c == 0 and o.excl):
            return False
    if r.end is None:
        return True
    if o.end is None:
        return True
    c = _cmp(vm, o.end, r.end)
    if c is None:
        return False
    if r.excl == o.excl:
        return c <= 0
    if r.excl:
        return c < 0
    if c <= 0:
        return True
    # o is exclusive, r inclusive: o's last element must be within r
    if type(o.end) is int and (o.beg is None or type(o.beg) is int):
        return _cmp(vm, o.end - 1, r.end) <= 0
    return False


def init(vm):
    R = vm.cRange

    def r_init(vm, r, a, b):
        if len(a) not in (2, 3):
            vm.wrong_args(len(a), 2, 3)
        tmp = range_new(vm, a[0], a[1], vm.truthy(a[2]) if len(a) > 2 else False)
        r.beg, r.end, r.excl = tmp.beg, tmp.end, tmp.excl
        if vm.real_class(r) is vm.cRange:
            r.flags |= FL_FROZEN
        return None
    R.allocator = lambda vm, k: RRange(k, None, None, False)
    defm(R, "initialize", r_init, -1, visi="private")
    defm(R, "begin", lambda vm, r, a, b: r.beg, 0)
    defm(R, "end", lambda vm, r, a, b: r.end, 0)
    defm(R, "exclude_end?", lambda vm, r, a, b: r.excl, 0)

    def r_inspect(fn):
        def f(vm, r, a, b):
            if id(r) in vm.inspect_guard:
                return vm.str_new("(... .. ...)" if not r.excl else "(... ... ...)")
            vm.inspect_guard.add(id(r))
            try:
                if fn is inspect and r.beg is None and r.end is None:
                    lo, hi = "nil", "nil"
                else:
                    lo = "" if r.beg is None else fn(vm, r.beg)
                    hi = "" if r.end is None else fn(vm, r.end)
                    if fn is inspect and r.beg is not None and r.end is None:
                        hi = ""
            finally:
                vm.inspect_guard.discard(id(r))
            return vm.str_new(f"{lo}{'...' if r.excl else '..'}{hi}")
        return f
    defm(R, "inspect", r_inspect(inspect), 0)
    defm(R, "to_s", r_inspect(to_s), 0)

    def cover(vm, r, a, b):
        x = a[0]
        if isinstance(x, RRange):
            return cover_range(vm, r, x)
        return cover_value(vm, r, x)
    defm(R, "cover?", cover, 1)

    def eqq(vm, r, a, b):
        return cover_value(vm, r, a[0])
    defm(R, "===", eqq, 1)

    def include(vm, r, a, b):
        """range_include: numeric ranges by cover?, String ranges by rb_str_include_range_p,
        others by Enumerable#include?."""
        x = a[0]
        lo, hi = r.beg, r.end
        if _is_num(lo) or _is_num(hi) or (vm.cTime is not None and (
                vm.is_kind_of(lo, vm.cTime) or vm.is_kind_of(hi, vm.cTime))):
            return cover_value(vm, r, x)
        if type(lo) is RString or type(hi) is RString:
            if type(lo) is RString and type(hi) is RString:
                if not isinstance(x, RString):
                    return False
                if len(lo.s) == 1 and len(hi.s) == 1 and lo.s.isascii() and hi.s.isascii():
                    if len(x.s) != 1:
                        return False
                    c = x.s
                    if lo.s <= c and (c < hi.s if r.excl else c <= hi.s):
                        return True
                    return False
                return vm.truthy(vm.call_method(vm.call_method(r, "to_a", []), "include?", [x]))
            if lo is None or hi is None:
                return cover_value(vm, r, x)
        if lo is None or hi is None:
            if lo is None and hi is None:
                return True
            vm.type_error(f"cannot determine inclusion in beginless/endless ranges")
        for it in vm.call_method(r, "to_a", []).a:
            if equal(vm, it, x):
                return True
        return False
    defm(R, "include?", include, 1)
    defm(R, "member?", include, 1)

    def size(vm, r, a, b):
        lo, hi = r.beg, r.end
        num = vm.cNumeric
        if lo is not None and vm.is_kind_of(lo, num):
            if hi is not None and vm.is_kind_of(hi, num):
                from .core_enumerator import interval_step_size
                return interval_step_size(vm, lo, hi, 1, r.excl)
            if hi is None:
                return math.inf
        elif lo is None:
            if hi is not None and vm.is_kind_of(hi, num):
                return math.inf
        return None
    defm(R, "size", size, 0)

    def r_eq(cmp):
        def f(vm, r, a, b):
            o = a[0]
            if o is r:
                return True
            if not isinstance(o, RRange):
                return False
            return cmp(vm, r.beg, o.beg) and cmp(vm, r.end, o.end) and r.excl == o.excl
        return f
    defm(R, "==", r_eq(equal), 1)
    defm(R, "eql?", r_eq(eql), 1)

    def r_hash(vm, r, a, b):
        def hv(x):
            return vm.call_method(x, "hash", []) if isinstance(x, RBasic) else hash(vm.hashkey(x))
        return hash((hv(r.beg), hv(r.end), r.excl)) & ((1 << 62) - 1)
    defm(R, "hash", r_hash, 0)

    def to_a(vm, r, a, b):
        """range_to_a; an Integer range is listed at once (rb_range_each's fixnum loop)."""
        if r.end is None:
            vm.raise_(vm.eRangeError, "cannot convert endless range to an array")
        if type(r.beg) is int and type(r.end) is int:
            return vm.ary_new(list(range(r.beg, r.end if r.excl else r.end + 1)))
        from .core_enum import primitive
        return vm.call_method(primitive(vm), "to_a", [r])
    defm(R, "to_a", to_a, 0)
    defm(R, "entries", to_a, 0)

    def r_dup(vm, r, a, b):
        n = RRange(vm.real_class(r), r.beg, r.end, r.excl)
        return n
    defm(R, "dup", r_dup, 0)
    _ = (defs, RSymbol)
