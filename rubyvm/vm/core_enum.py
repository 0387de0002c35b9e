"""Helpers the Enumerable/Array/Hash/Range preludes call (cf. enum.c, array.c): CRuby's
comparison (OPTIMIZED_CMP, rb_cmpint, rb_cmperr), its sort (ruby_qsort is glibc's qsort_r,
a merge sort), nmin_run for min(n)/max_by(n), and ary_sum's Kahan-Babuska summation.
They are private Kernel methods named __xxx so the Ruby preludes can reach them."""
from __future__ import annotations

import math
from fractions import Fraction

from .bootstrap import defm
from .core_object import inspect
from .objects import FL_FROZEN, RArray, RHash, RString, RSymbol


def cmperr(vm, x, y):
    """rb_cmperr: special constants (and Floats) are shown by inspect, others by class."""
    if y is None or y is True or y is False or type(y) in (int, float, RSymbol):
        if type(y) is int and not (-(1 << 62) <= y < (1 << 62)):
            desc = "Integer"
        else:
            desc = inspect(vm, y)
    else:
        desc = vm.real_class(y).name
    vm.arg_error(f"comparison of {vm.real_class(x).name} with {desc} failed")


def cmpint(vm, r, a, b):
    """rb_cmpint: the result of <=> (or of a sort block) as -1, 0 or 1."""
    if r is None:
        cmperr(vm, a, b)
    if type(r) is int:
        return (r > 0) - (r < 0)
    if vm.truthy(vm.call_method(r, ">", [0])):
        return 1
    if vm.truthy(vm.call_method(r, "<", [0])):
        return -1
    return 0


_NUM = (int, float, Fraction)


def optimized_cmp(vm, a, b):
    """OPTIMIZED_CMP: Integer/Float and String pairs directly, otherwise a <=> b."""
    ta, tb = type(a), type(b)
    if ta in _NUM and tb in _NUM and ta is not bool and tb is not bool:
        if ta is float and math.isnan(a) or tb is float and math.isnan(b):
            cmperr(vm, a, b)
        return (a > b) - (a < b)
    if ta is RString and tb is RString:
        x, y = a.s, b.s
        if a.binary or b.binary:
            x, y = x.encode("latin-1", "replace"), y.encode("latin-1", "replace")
        else:
            x, y = x.encode("utf-8", "surrogateescape"), y.encode("utf-8", "surrogateescape")
        return (x > y) - (x < y)
    return cmpint(vm, vm.call_method(a, "<=>", [b]), a, b)


def block_cmp(vm, blk):
    def c(a, b):
        return cmpint(vm, vm.yield_block(blk, [a, b]), a, b)
    return c


def msort(lst, cmp):
    """glibc's msort_with_tmp (what ruby_qsort runs on Linux): top-down, stable; the order of
    comparisons (and so which pair a failing <=> reports) is glibc's."""
    n = len(lst)
    if n <= 1:
        return list(lst)
    n1 = n // 2
    b1 = msort(lst[:n1], cmp)
    b2 = msort(lst[n1:], cmp)
    out = []
    i = j = 0
    while i < len(b1) and j < len(b2):
        if cmp(b1[i], b2[j]) <= 0:
            out.append(b1[i])
            i += 1
        else:
            out.append(b2[j])
            j += 1
    out.extend(b1[i:])
    out.extend(b2[j:])
    return out


def sort_values(vm, values, blk=None):
    if blk is not None:
        return msort(values, block_cmp(vm, blk))
    if all(type(x) is int for x in values) or all(type(x) is RString and not x.binary
                                                    for x in values):
        key = (lambda x: x) if not values or type(values[0]) is int else \
            (lambda x: x.s.encode("utf-8", "surrogateescape"))
        return sorted(values, key=key)
    return msort(values, lambda a, b: optimized_cmp(vm, a, b))


def sort_by_values(vm, values, keys):
    pairs = list(zip(keys, values))
    if all(type(k) is int for k in keys):
        pairs.sort(key=lambda p: p[0])
        return [v for _, v in pairs]
    out = msort(pairs, lambda p, q: optimized_cmp(vm, p[0], q[0]))
    return [v for _, v in out]


def nmin_run(vm, values, n, keys, rev, blk):
    """rb_nmin_run: keep a buffer of 4n, quickselect it down to n when full, sort at the end."""
    if type(n) is not int:
        n = vm.call_method(n, "to_int", [])
    if n < 0:
        vm.arg_error(f"negative size ({n})")
    if n == 0:
        return []
    by = keys is not None
    if blk is not None and not by:
        def cmp(a, b):
            return cmpint(vm, vm.yield_block(blk, [a, b]), a, b)
    else:
        def cmp(a, b):
            return optimized_cmp(vm, a, b)
    bufmax = n * 4
    buf = []            # [cmpv, value] entries
    limit = [None, False]

    def nfilter():
        if len(buf) <= n:
            return
        left, right = 0, len(buf) - 1
        while True:
            pivot_index = left + (right - left) // 2
            num_pivots = 1
            buf[pivot_index], buf[right] = buf[right], buf[pivot_index]
            pivot_index = right
            store_index = left
            i = left
            while i <= right - num_pivots:
                c = cmp(buf[i][0], buf[pivot_index][0])
                if rev:
                    c = -c
                if c == 0:
                    buf[i], buf[right - num_pivots] = buf[right - num_pivots], buf[i]
                    num_pivots += 1
                    continue
                if c < 0:
                    buf[i], buf[store_index] = buf[store_index], buf[i]
                    store_index += 1
                i += 1
            j = store_index
            i = right
            while right - num_pivots < i:
                if i <= j:
                    break
                buf[j], buf[i] = buf[i], buf[j]
                j += 1
                i -= 1
            if store_index <= n <= store_index + num_pivots:
                break
            if n < store_index:
                right = store_index - 1
            else:
                left = store_index + num_pivots
        limit[0] = buf[store_index][0]
        limit[1] = True
        del buf[n:]

    for idx, v in enumerate(values):
        cv = keys[idx] if by else v
        if limit[1]:
            c = cmp(cv, limit[0])
            if rev:
                c = -c
            if c >= 0:
                continue
        buf.append([cv, v])
        if len(buf) == bufmax:
            nfilter()
    nfilter()
    out = msort(buf, lambda p, q: cmp(p[0], q[0]))
    res = [p[1] for p in out]
    if rev:
        res.reverse()
    return res


def ary_sum(vm, values, init):
    """ary_sum: exact for Integers and Rationals, Kahan-Babuska once a Float turns up."""
    v = init
    n = 0
    r = None
    i = 0
    ln = len(values)
    if not values:
        return v
    if type(v) not in (int, Fraction) or type(v) is bool:
        return _generic_sum(vm, v, values, 0)
    e = None
    while i < ln:
        e = values[i]
        te = type(e)
        if te is int:
            n += e
        elif te is Fraction:
            r = e if r is None else r + e
        else:
            break
        i += 1
    else:
        return _finish_exact(vm, n, r, v)
    v = _finish_exact(vm, n, r, v)
    if type(e) is float:
        f = float(v) if type(v) in (int, Fraction) else vm.call_method(v, "to_f", [])
        c = 0.0
        while i < ln:
            e = values[i]
            te = type(e)
            if te is float:
                x = e
            elif te is int:
                x = float(e)
            elif te is Fraction:
                x = e.numerator / e.denominator
            else:
                v = f
                return _generic_sum(vm, v, values, i)
            i += 1
            if math.isnan(f):
                continue
            if math.isnan(x):
                f = x
                continue
            if math.isinf(x):
                if math.isinf(f) and (x < 0) != (f < 0):
                    f = math.nan
                else:
                    f = x
                continue
            if math.isinf(f):
                continue
            t = f + x
            if abs(f) >= abs(x):
                c += ((f - t) + x)
            else:
                c += ((x - t) + f)
            f = t
        return f + c
    return _generic_sum(vm, v, values, i)


def _finish_exact(vm, n, r, v):
    if n != 0:
        v = v + n if type(v) in (int, Fraction) else vm.call_method(v, "+", [n])
    if r is not None:
        v = r + v if type(v) in (int, Fraction) else vm.call_method(r, "+", [v])
        if type(v) is Fraction and v.denominator == 1 and False:
            v = v.numerator
    return v


def _generic_sum(vm, v, values, i):
    for e in values[i:]:
        if type(v) in (int, float) and type(e) in (int, float):
            v = v + e
        else:
            v = vm.call_method(v, "+", [e])
    return v


def hash_pair(vm, h, pair):
    """to_h's check of each element: an Array of two (cf. rb_ary_to_h / enum_to_h_i)."""
    from .core_hash import hash_aset
    if not isinstance(pair, RArray):
        conv = vm.call_method(pair, "to_ary", [], check=False) if not (
            pair is None or type(pair) in (int, float, bool, RSymbol)) else None
        from .vm import _UNDEF
        if conv is None or conv is _UNDEF or not isinstance(conv, RArray):
            vm.type_error(f"wrong element type {vm.real_class(pair).name} (expected array)")
        pair = conv
    if len(pair.a) != 2:
        vm.arg_error(f"element has wrong array length (expected 2, was {len(pair.a)})")
    hash_aset(vm, h, pair.a[0], pair.a[1])
    return h


def primitive(vm):
    """RubyVM::Primitive: the host helpers the Ruby preludes call (CRuby's builtin preludes
    reach C the same way, through `Primitive`), kept off Kernel so no object lists them."""
    P = getattr(vm, "mPrimitive", None)
    if P is None:
        from .bootstrap import new_module
        P = vm.mPrimitive = new_module(vm, "RubyVM::Primitive", vm.cRubyVM)
    return P


def init(vm):
    from .bootstrap import defs
    P = primitive(vm)

    def prim(name, fn, arity):
        defs(vm, P, name, fn, arity)

    prim("cmp", lambda vm, s, a, b: optimized_cmp(vm, a[0], a[1]), 2)
    prim("sort_by", lambda vm, s, a, b: vm.ary_new(sort_by_values(vm, list(a[0].a), list(a[1].a))), 2)

    def nmin(vm, s, a, b):
        values, n, keys, rev, blk = a
        ks = list(keys.a) if isinstance(keys, RArray) else None
        blk_ = vm.to_block(blk) if blk is not None else None
        return vm.ary_new(nmin_run(vm, list(values.a), n, ks, vm.truthy(rev), blk_))
    prim("nmin", nmin, 5)
    def enum_minmax(vm, s, a, b):
        from .core_array import minmax_v_first
        lst = list(a[0].a)
        which = a[1].name
        blk = vm.to_block(a[2]) if len(a) > 2 and a[2] is not None else None
        if which == "minmax":
            return vm.ary_new([minmax_v_first(vm, lst, "min", blk), minmax_v_first(vm, lst, "max", blk)])
        return minmax_v_first(vm, lst, which, blk)
    prim("enum_minmax", enum_minmax, -1)
    def collect(vm, s, a, b):
        """enum_to_a: run obj.each(*args) with a host block that packs what it is given."""
        from .objects import Block
        out = []

        def run(vm, args, blockarg):
            n = len(args)
            out.append(None if n == 0 else args[0] if n == 1 else vm.ary_new(list(args)))
            return None
        blk = Block(None, None, None, None)
        blk.pyfunc = run
        vm.call_method(a[0], "each", list(a[1:]), blk)
        return vm.ary_new(out)
    prim("to_a", collect, -2)
    prim("sum", lambda vm, s, a, b: ary_sum(vm, list(a[0].a), a[1]), 2)
    prim("hash_pair", lambda vm, s, a, b: hash_pair(vm, a[0], a[1]), 2)
    prim("binom", lambda vm, s, a, b: math.comb(a[0], a[1]) if 0 <= a[1] <= a[0] else 0, 2)

    def check_frozen(vm, s, a, b):
        o = a[0]
        if getattr(o, "flags", 0) & FL_FROZEN:
            vm.raise_exc_frozen(o, inspect(vm, o))
        return None
    prim("check_frozen", check_frozen, 1)
    _ = (RHash, defm)
