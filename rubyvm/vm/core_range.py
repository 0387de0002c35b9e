"""Range (cf. range.c)."""
from __future__ import annotations

from .bootstrap import defm
from .core_object import equal, inspect, to_s
from .objects import FL_FROZEN, RRange, RString


def range_new(vm, lo, hi, excl):
    if not (type(lo) in (int, float) and type(hi) in (int, float)) and lo is not None and hi is not None:
        r = vm.call_method(lo, "<=>", [hi], check=False)
        from .vm import _UNDEF
        if r is None or r is _UNDEF:
            vm.arg_error("bad value for range")
    r = RRange(vm.cRange, lo, hi, excl)
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
    st = r.beg if r.beg is not None else 0
    en = r.end if r.end is not None else -1
    ex = r.excl if r.end is not None else False
    if st < 0:
        st += length
        if st < 0:
            return None if not for_set else vm.raise_(vm.eRangeError, "out of range")
    if st > length:
        return None if not for_set else (st, 0)
    if en < 0:
        en += length
    if not ex:
        en += 1
    ln = max(en - st, 0)
    return st, ln


def init(vm):
    R = vm.cRange
    defm(R, "first", lambda vm, r, a, b: r.beg if not a else vm.call_method(vm.call_method(r, "to_a", []), "first", a), -1)
    defm(R, "begin", lambda vm, r, a, b: r.beg, 0)
    defm(R, "end", lambda vm, r, a, b: r.end, 0)
    defm(R, "last", lambda vm, r, a, b: r.end if not a else vm.call_method(vm.call_method(r, "to_a", []), "last", a), -1)
    defm(R, "exclude_end?", lambda vm, r, a, b: r.excl, 0)
    defm(R, "min", lambda vm, r, a, b: r.beg if b is None else vm.call_method(vm.call_method(r, "to_a", []), "min", a, b), -1)
    defm(R, "max", lambda vm, r, a, b: (r.end - 1 if r.excl else r.end) if b is None else vm.call_method(vm.call_method(r, "to_a", []), "max", a, b), -1)

    def r_inspect(fn):
        def f(vm, r, a, b):
            lo = "" if r.beg is None else fn(vm, r.beg)
            hi = "" if r.end is None else fn(vm, r.end)
            return vm.str_new(f"{lo}{'...' if r.excl else '..'}{hi}")
        return f
    defm(R, "inspect", r_inspect(inspect), 0)
    defm(R, "to_s", r_inspect(to_s), 0)

    def cover(vm, r, a, b):
        x = a[0]
        try:
            if r.beg is not None and vm.call_method(r.beg, "<=>", [x]) not in (-1, 0):
                return False
            if r.end is not None:
                c = vm.call_method(x, "<=>", [r.end])
                if c is None:
                    return False
                return c < 0 if r.excl else c <= 0
            return True
        except Exception:
            raise
    defm(R, "include?", cover, 1)
    defm(R, "member?", cover, 1)
    defm(R, "cover?", cover, 1)
    defm(R, "===", cover, 1)

    def size(vm, r, a, b):
        if type(r.beg) is not int:
            if type(r.beg) is float:
                pass
            else:
                return None
        if r.end is None:
            return float("inf")
        n = int(r.end) - r.beg + (0 if r.excl and r.end == int(r.end) else 1)
        return max(n, 0)
    defm(R, "size", size, 0)
    defm(R, "==", lambda vm, r, a, b: isinstance(a[0], RRange) and equal(vm, r.beg, a[0].beg) and equal(vm, r.end, a[0].end) and r.excl == a[0].excl, 1)
    defm(R, "eql?", lambda vm, r, a, b: isinstance(a[0], RRange) and equal(vm, r.beg, a[0].beg) and equal(vm, r.end, a[0].end) and r.excl == a[0].excl, 1)
    defm(R, "hash", lambda vm, r, a, b: hash((vm.hashkey(r.beg), vm.hashkey(r.end), r.excl)), 0)
