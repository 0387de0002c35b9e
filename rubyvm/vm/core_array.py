"""Array's non-iterating methods (cf. array.c); the ones that yield live in the prelude."""
from __future__ import annotations

from functools import cmp_to_key

from .bootstrap import defm, defs
from .core_object import equal, eql, inspect, to_s
from .objects import FL_FROZEN, RArray, RHash, RRange, RString, RSymbol, intern


def check_frozen(vm, a):
    if a.flags & FL_FROZEN:
        vm.raise_exc_frozen(a, inspect(vm, a))


def ary_inspect(vm, a):
    if id(a) in vm.inspect_guard:
        return "[...]"
    vm.inspect_guard.add(id(a))
    try:
        return "[" + ", ".join(inspect(vm, x) for x in a.a) + "]"
    finally:
        vm.inspect_guard.discard(id(a))


def to_ary(vm, v):
    if isinstance(v, RArray):
        return v
    from .vm import _UNDEF
    r = vm.call_method(v, "to_ary", [], check=False)
    if r is _UNDEF:
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into Array")
    return r


from fractions import Fraction  # noqa: E402


def sort_key(vm, blk=None):
    def c(x, y):
        if blk is not None:
            r = vm.yield_block(blk, [x, y])
        else:
            if type(x) in (int, float, Fraction) and type(y) in (int, float, Fraction):
                return (x > y) - (x < y)
            if type(x) is RString and type(y) is RString:
                return (x.s > y.s) - (x.s < y.s)
            r = vm.call_method(x, "<=>", [y])
        if r is None:
            vm.arg_error(f"comparison of {vm.real_class(x).name} with {inspect(vm, y) if y is None or type(y) in (int, float) else vm.real_class(y).name} failed")
        return r
    return cmp_to_key(c)


def flatten(vm, a, depth, out, seen):
    for x in a:
        if isinstance(x, RArray) and depth != 0:
            if id(x) in seen:
                vm.arg_error("tried to flatten recursive array")
            seen.add(id(x))
            flatten(vm, x.a, depth - 1, out, seen)
            seen.discard(id(x))
        else:
            out.append(x)
    return out


def init(vm):
    A = vm.cArray
    vm.inspect_guard = set()
    A.allocator = lambda vm, k: RArray(k, [])
    new = vm.ary_new

    def a_init(vm, s, a, b):
        if not a:
            s.a = []
        elif isinstance(a[0], RArray) and len(a) == 1:
            s.a = list(a[0].a)
        else:
            n = a[0]
            if n < 0:
                vm.arg_error("negative array size")
            if b is not None:
                s.a = [vm.yield_block(b, [i]) for i in range(n)]
            else:
                s.a = [a[1] if len(a) > 1 else None] * n
        return None
    defm(A, "initialize", a_init, -1, visi="private")
    defs(vm, A, "[]", lambda vm, k, a, b: RArray(k, list(a)), -1)
    defm(A, "inspect", lambda vm, s, a, b: vm.str_new(ary_inspect(vm, s)), 0)
    defm(A, "to_s", lambda vm, s, a, b: vm.str_new(ary_inspect(vm, s)), 0)
    defm(A, "to_a", lambda vm, s, a, b: s, 0)
    defm(A, "entries", lambda vm, s, a, b: new(list(s.a)), 0)
    defm(A, "to_ary", lambda vm, s, a, b: s, 0)
    defm(A, "length", lambda vm, s, a, b: len(s.a), 0)
    defm(A, "size", lambda vm, s, a, b: len(s.a), 0)
    defm(A, "empty?", lambda vm, s, a, b: not s.a, 0)

    def aref(vm, s, a, b):
        x = a[0]
        arr = s.a
        if type(x) is int:
            if len(a) > 1:
                n = a[1]
                if x < 0:
                    x += len(arr)
                if x < 0 or x > len(arr) or n < 0:
                    return None
                return new(arr[x:x + n])
            return arr[x] if -len(arr) <= x < len(arr) else None
        if isinstance(x, RRange):
            from .core_range import range_bounds
            r = range_bounds(vm, x, len(arr))
            if r is None:
                return None
            st, ln = r
            return new(arr[st:st + ln])
        if type(x) is float:
            return aref(vm, s, [int(x)] + a[1:], b)
        vm.type_error(f"no implicit conversion of {vm.describe_class(x)} into Integer")
    defm(A, "[]", aref, -1)
    defm(A, "slice", aref, -1)

    def aset(vm, s, a, b):
        check_frozen(vm, s)
        arr = s.a
        x = a[0]
        if len(a) == 3:
            st, n, v = a
            if st < 0:
                st += len(arr)
            if st > len(arr):
                arr.extend([None] * (st - len(arr)))
            arr[st:st + n] = v.a if isinstance(v, RArray) else [v]
            return v
        v = a[1]
        if isinstance(x, RRange):
            from .core_range import range_bounds
            st, ln = range_bounds(vm, x, len(arr), True)
            if st > len(arr):
                arr.extend([None] * (st - len(arr)))
            arr[st:st + ln] = v.a if isinstance(v, RArray) else [v]
            return v
        if x < 0:
            if x < -len(arr):
                vm.raise_(vm.eIndexError, f"index {x} too small for array; minimum: -{len(arr)}")
            x += len(arr)
        if x >= len(arr):
            arr.extend([None] * (x - len(arr) + 1))
        arr[x] = v
        return v
    defm(A, "[]=", aset, -1)

    def push(vm, s, a, b):
        check_frozen(vm, s)
        s.a.extend(a)
        return s
    defm(A, "push", push, -1)
    defm(A, "append", push, -1)
    defm(A, "<<", lambda vm, s, a, b: push(vm, s, a, b), 1)

    def pop(vm, s, a, b):
        check_frozen(vm, s)
        if a:
            n = a[0]
            r = s.a[-n:] if n else []
            del s.a[len(s.a) - len(r):]
            return new(r)
        return s.a.pop() if s.a else None
    defm(A, "pop", pop, -1)

    def shift(vm, s, a, b):
        check_frozen(vm, s)
        if a:
            r = s.a[:a[0]]
            del s.a[:a[0]]
            return new(r)
        return s.a.pop(0) if s.a else None
    defm(A, "shift", shift, -1)

    def unshift(vm, s, a, b):
        check_frozen(vm, s)
        s.a[0:0] = a
        return s
    defm(A, "unshift", unshift, -1)
    defm(A, "prepend", unshift, -1)
    defm(A, "insert", lambda vm, s, a, b: (check_frozen(vm, s), s.a.__setitem__(slice(a[0], a[0]), a[1:]) if a[0] >= 0 else s.a.__setitem__(slice(len(s.a) + a[0] + 1, len(s.a) + a[0] + 1), a[1:]), s)[2], -2)
    defm(A, "concat", lambda vm, s, a, b: (check_frozen(vm, s), [s.a.extend(to_ary(vm, x).a) for x in a], s)[2], -1)
    defm(A, "+", lambda vm, s, a, b: new(s.a + to_ary(vm, a[0]).a), 1)

    def minus(vm, s, a, b):
        other = {vm.hashkey(x) for x in to_ary(vm, a[0]).a}
        return new([x for x in s.a if vm.hashkey(x) not in other])
    defm(A, "-", minus, 1)
    defm(A, "difference", minus, -1)

    def times(vm, s, a, b):
        if isinstance(a[0], RString):
            return vm.str_new(a[0].s.join(to_s(vm, x) for x in s.a))
        return new(s.a * a[0])
    defm(A, "*", times, 1)

    def uniq_list(vm, lst):
        seen = set()
        out = []
        for x in lst:
            k = vm.hashkey(x)
            if k not in seen:
                seen.add(k)
                out.append(x)
        return out
    defm(A, "&", lambda vm, s, a, b: new([x for x in uniq_list(vm, s.a) if vm.hashkey(x) in {vm.hashkey(y) for y in a[0].a}]), 1)
    defm(A, "|", lambda vm, s, a, b: new(uniq_list(vm, s.a + a[0].a)), 1)
    defm(A, "union", lambda vm, s, a, b: new(uniq_list(vm, s.a + [y for x in a for y in x.a])), -1)

    def a_eq(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RArray):
            return False
        if len(o.a) != len(s.a):
            return False
        return all(equal(vm, x, y) for x, y in zip(s.a, o.a))
    defm(A, "==", a_eq, 1)
    defm(A, "eql?", lambda vm, s, a, b: isinstance(a[0], RArray) and len(a[0].a) == len(s.a) and all(eql(vm, x, y) for x, y in zip(s.a, a[0].a)), 1)
    defm(A, "hash", lambda vm, s, a, b: hash(vm.hashkey(s)), 0)

    def a_cmp(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RArray):
            return None
        for x, y in zip(s.a, o.a):
            r = vm.call_method(x, "<=>", [y])
            if r != 0:
                return r
        return (len(s.a) > len(o.a)) - (len(s.a) < len(o.a))
    defm(A, "<=>", a_cmp, 1)
    defm(A, "first", lambda vm, s, a, b: (s.a[0] if s.a else None) if not a else new(s.a[:a[0]]), -1)
    defm(A, "last", lambda vm, s, a, b: (s.a[-1] if s.a else None) if not a else new(s.a[-a[0]:] if a[0] else []), -1)
    defm(A, "join", lambda vm, s, a, b: vm.str_new(_join(vm, s, a[0].s if a and a[0] is not None else "")), -1)
    defm(A, "reverse", lambda vm, s, a, b: new(s.a[::-1]), 0)
    defm(A, "reverse!", lambda vm, s, a, b: (s.a.reverse(), s)[1], 0)
    defm(A, "rotate", lambda vm, s, a, b: new(s.a[(a[0] if a else 1) % len(s.a):] + s.a[:(a[0] if a else 1) % len(s.a)]) if s.a else new(), -1)
    defm(A, "include?", lambda vm, s, a, b: any(equal(vm, x, a[0]) for x in s.a), 1)
    defm(A, "member?", lambda vm, s, a, b: any(equal(vm, x, a[0]) for x in s.a), 1)
    defm(A, "compact", lambda vm, s, a, b: new([x for x in s.a if x is not None]), 0)
    defm(A, "compact!", lambda vm, s, a, b: (lambda n: (setattr(s, "a", [x for x in s.a if x is not None]), None if len(s.a) == n else s)[1])(len(s.a)), 0)
    defm(A, "flatten", lambda vm, s, a, b: new(flatten(vm, s.a, a[0] if a and a[0] is not None else -1, [], {id(s)})), -1)
    defm(A, "flatten!", lambda vm, s, a, b: (setattr(s, "a", flatten(vm, s.a, -1, [], {id(s)})), s)[1], -1)
    defm(A, "uniq", lambda vm, s, a, b: new(uniq_list(vm, s.a)) if b is None else new(_uniq_by(vm, s.a, b)), 0)
    defm(A, "uniq!", lambda vm, s, a, b: (lambda n: (setattr(s, "a", uniq_list(vm, s.a)), None if len(s.a) == n else s)[1])(len(s.a)), 0)
    defm(A, "index", lambda vm, s, a, b: next((i for i, x in enumerate(s.a) if (equal(vm, x, a[0]) if a else vm.truthy(vm.yield_block(b, [x])))), None), -1)
    defm(A, "find_index", lambda vm, s, a, b: next((i for i, x in enumerate(s.a) if (equal(vm, x, a[0]) if a else vm.truthy(vm.yield_block(b, [x])))), None), -1)
    defm(A, "rindex", lambda vm, s, a, b: next((i for i in range(len(s.a) - 1, -1, -1) if equal(vm, s.a[i], a[0])), None), -1)
    defm(A, "delete", lambda vm, s, a, b: (lambda n: (check_frozen(vm, s), setattr(s, "a", [x for x in s.a if not equal(vm, x, a[0])]), a[0] if len(s.a) != n else None)[2])(len(s.a)), 1)
    defm(A, "delete_at", lambda vm, s, a, b: s.a.pop(a[0]) if -len(s.a) <= a[0] < len(s.a) else None, 1)
    defm(A, "clear", lambda vm, s, a, b: (check_frozen(vm, s), s.a.clear(), s)[2], 0)
    defm(A, "replace", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "a", list(a[0].a)), s)[2], 1)
    defm(A, "count", lambda vm, s, a, b: len(s.a) if not a and b is None else sum(1 for x in s.a if (equal(vm, x, a[0]) if a else vm.truthy(vm.yield_block(b, [x])))), -1)

    def sort(vm, s, a, b):
        return new(sorted(s.a, key=sort_key(vm, b)))
    defm(A, "sort", sort, 0)
    defm(A, "sort!", lambda vm, s, a, b: (check_frozen(vm, s), s.a.sort(key=sort_key(vm, b)), s)[2], 0)

    def minmax(which):
        def f(vm, s, a, b):
            if not s.a:
                return None if not a else new()
            srt = sorted(s.a, key=sort_key(vm, b))
            if a:
                return new(srt[:a[0]] if which == "min" else srt[::-1][:a[0]])
            return srt[0] if which == "min" else srt[-1]
        return f
    defm(A, "min", minmax("min"), -1)
    defm(A, "max", minmax("max"), -1)

    def a_sum(vm, s, a, b):
        acc = a[0] if a else 0
        for x in s.a:
            if b is not None:
                x = vm.yield_block(b, [x])
            if type(acc) in (int, float) and type(x) in (int, float):
                acc = acc + x
            else:
                acc = vm.call_method(acc, "+", [x])
        return acc
    defm(A, "sum", a_sum, -1)
    defm(A, "take", lambda vm, s, a, b: new(s.a[:a[0]]), 1)
    defm(A, "drop", lambda vm, s, a, b: new(s.a[a[0]:]), 1)
    defm(A, "fill", lambda vm, s, a, b: (setattr(s, "a", [a[0]] * len(s.a)), s)[1], -1)
    defm(A, "values_at", lambda vm, s, a, b: new([s.a[i] if -len(s.a) <= i < len(s.a) else None for i in a]), -1)
    defm(A, "assoc", lambda vm, s, a, b: next((x for x in s.a if isinstance(x, RArray) and x.a and equal(vm, x.a[0], a[0])), None), 1)
    defm(A, "dig", lambda vm, s, a, b: _dig(vm, s, a), -1)

    def transpose(vm, s, a, b):
        rows = [r.a for r in s.a]
        if not rows:
            return new()
        return new([new([r[i] for r in rows]) for i in range(len(rows[0]))])
    defm(A, "transpose", transpose, 0)

    def product(vm, s, a, b):
        import itertools
        return new([new(list(t)) for t in itertools.product(s.a, *[x.a for x in a])])
    defm(A, "product", product, -1)
    defm(A, "sample", lambda vm, s, a, b: s.a[0] if s.a else None, -1)
    defm(A, "shuffle", lambda vm, s, a, b: new(list(s.a)), -1)
    defm(A, "pack", lambda vm, s, a, b: vm.str_new("".join(chr(x) for x in s.a)), -1)
    defm(A, "frozen?", lambda vm, s, a, b: bool(s.flags & FL_FROZEN), 0)

    def to_h(vm, s, a, b):
        from .core_hash import hash_aset
        h = vm.hash_new()
        for x in s.a:
            if b is not None:
                x = vm.yield_block(b, [x])
            if not isinstance(x, RArray) or len(x.a) != 2:
                vm.type_error(f"wrong element type {vm.real_class(x).name} (expected array)")
            hash_aset(vm, h, x.a[0], x.a[1])
        return h
    defm(A, "to_h", to_h, 0)


def _uniq_by(vm, lst, b):
    seen = set()
    out = []
    for x in lst:
        k = vm.hashkey(vm.yield_block(b, [x]))
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _dig(vm, s, a):
    v = vm.call_method(s, "[]", [a[0]])
    if len(a) == 1 or v is None:
        return v
    return vm.call_method(v, "dig", list(a[1:]))


def _join(vm, s, sep, seen=None):
    seen = seen or set()
    if id(s) in seen:
        vm.arg_error("recursive array join")
    seen.add(id(s))
    out = []
    for x in s.a:
        if isinstance(x, RArray):
            out.append(_join(vm, x, sep, seen))
        else:
            out.append(to_s(vm, x))
    seen.discard(id(s))
    return sep.join(out)
