"""Array's non-iterating methods (cf. array.c); the ones that yield live in the prelude
(prelude/array.rb), apart from a few whose block is a detail (fill, delete, fetch, index ...)."""
from __future__ import annotations

from functools import cmp_to_key

from .bootstrap import defm, defs
from .core_object import eql, equal, inspect, to_s
from .objects import FL_FROZEN, RArray, RBasic, RHash, RObject, RRange, RString, RSymbol, intern


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


def num2long(vm, v):
    if type(v) is int:
        return v
    if type(v) is float:
        if v != v or v in (float("inf"), float("-inf")):
            vm.raise_(vm.eFloatDomainError, repr(v))
        return int(v)
    if v is None or v is True or v is False or isinstance(v, (RString, RArray, RHash)) or \
            type(v) is RSymbol:
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into Integer")
    from .vm import _UNDEF
    r = vm.call_method(v, "to_int", [], check=False)
    if r is _UNDEF or type(r) is not int:
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into Integer")
    return r


def sort_key(vm, blk=None):
    """Kept for other modules: a key function comparing as Array#sort does."""
    from .core_enum import block_cmp, optimized_cmp
    if blk is not None:
        return cmp_to_key(block_cmp(vm, blk))
    return cmp_to_key(lambda x, y: optimized_cmp(vm, x, y))


def range_beg_len(vm, r, length, err):
    """rb_range_component_beg_len: (beg, len) of a Range over `length` elements; None when out
    of range (err=0), RangeError when err=1."""
    b = num2long(vm, r.beg) if r.beg is not None else 0
    e = num2long(vm, r.end) if r.end is not None else -1
    excl = r.excl if r.end is not None else False
    beg, end = b, e
    if beg < 0:
        beg += length
        if beg < 0:
            return _out_of_range(vm, r, err)
    if end < 0:
        end += length
    if not excl:
        end += 1
    if err in (0, 2):
        if beg > length:
            return _out_of_range(vm, r, err)
        if end > length:
            end = length
    ln = end - beg
    return beg, max(ln, 0)


def _out_of_range(vm, r, err):
    if err:
        vm.raise_(vm.eRangeError, f"{inspect(vm, r)} out of range")
    return None


def _arith_seq(vm, x):
    """An Enumerator::ArithmeticSequence's (begin, end, step, exclude_end?) or None."""
    if isinstance(x, RObject) and x.ivars and "@__s" in x.ivars and "@__b" in x.ivars:
        k = vm.real_class(x)
        if k.name == "Enumerator::ArithmeticSequence":
            iv = x.ivars
            return iv["@__b"], iv["@__e"], iv["@__s"], iv["@__x"]
    return None


def flatten(vm, a, depth, out, seen):
    for x in a:
        if not isinstance(x, RArray) and depth != 0 and isinstance(x, RBasic) and \
                not isinstance(x, (RString, RHash)):
            from .vm import _UNDEF
            c = vm.call_method(x, "to_ary", [], check=False)
            if c is not _UNDEF and isinstance(c, RArray):
                x = c
        if isinstance(x, RArray) and depth != 0:
            if id(x) in seen:
                vm.arg_error("tried to flatten recursive array")
            seen.add(id(x))
            flatten(vm, x.a, depth - 1, out, seen)
            seen.discard(id(x))
        else:
            out.append(x)
    return out


def ary_hash(vm, a, seen=None):
    """rb_ary_hash: combines the elements' hashes; a recursive reference hashes as a marker."""
    seen = seen or set()
    if id(a) in seen:
        return 0x5eed
    seen.add(id(a))
    h = 0x345678 ^ len(a.a)
    for x in a.a:
        if isinstance(x, RArray):
            v = ary_hash(vm, x, seen)
        else:
            v = vm.call_method(x, "hash", []) if isinstance(x, RBasic) else hash(vm.hashkey(x))
            if type(v) is not int:
                v = hash(v)
        h = ((h * 1000003) ^ v) & 0xFFFFFFFFFFFFFFFF
    seen.discard(id(a))
    if h >= 1 << 62:
        h -= 1 << 63
    return h


class _Key:
    """A hash-table key with eql?/hash semantics, for &, |, -, uniq (cf. ary_make_hash)."""
    __slots__ = ("k",)

    def __init__(self, vm, x):
        self.k = vm.hashkey(x)

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, o):
        return self.k == o.k


def _max_args(fn, hi):
    """rb_check_arity's upper bound for a variadic cfunc (0..hi arguments)."""
    def f(vm, s, a, b):
        if len(a) > hi:
            vm.wrong_args(len(a), 0, hi)
        return fn(vm, s, a, b)
    return f


def init(vm):
    A = vm.cArray
    vm.inspect_guard = set()
    A.allocator = lambda vm, k: RArray(k, [])
    new = vm.ary_new

    def a_init(vm, s, a, b):
        if len(a) > 2:
            vm.wrong_args(len(a), 0, 2)
        if not a:
            s.a = []
        elif len(a) == 1 and not type(a[0]) is int and not type(a[0]) is float:
            from .vm import _UNDEF
            c = vm.call_method(a[0], "to_ary", [], check=False) if not isinstance(a[0], RArray) else a[0]
            if c is not _UNDEF and isinstance(c, RArray):
                s.a = list(c.a)
            else:
                n = num2long(vm, a[0])
                s.a = [None] * n
        else:
            n = num2long(vm, a[0])
            if n < 0:
                vm.arg_error("negative array size")
            if b is not None:
                s.a = []
                for i in range(n):
                    s.a.append(vm.yield_block(b, [i]))
            else:
                s.a = [a[1] if len(a) > 1 else None] * n
        return None
    defm(A, "initialize", a_init, -1, visi="private")
    defm(A, "initialize_copy", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "a", list(to_ary(vm, a[0]).a)), s)[2], 1, visi="private")
    defs(vm, A, "[]", lambda vm, k, a, b: RArray(k, list(a)), -1)

    def try_convert(vm, k, a, b):
        if isinstance(a[0], RArray):
            return a[0]
        from .vm import _UNDEF
        r = vm.call_method(a[0], "to_ary", [], check=False)
        return None if r is _UNDEF else r
    defs(vm, A, "try_convert", try_convert, 1)
    defm(A, "inspect", lambda vm, s, a, b: vm.str_new(ary_inspect(vm, s)), 0)
    defm(A, "to_s", lambda vm, s, a, b: vm.str_new(ary_inspect(vm, s)), 0)
    defm(A, "to_a", lambda vm, s, a, b: s if vm.real_class(s) is A else new(list(s.a)), 0)
    defm(A, "entries", lambda vm, s, a, b: new(list(s.a)), 0)
    defm(A, "to_ary", lambda vm, s, a, b: s, 0)
    defm(A, "length", lambda vm, s, a, b: len(s.a), 0)
    defm(A, "size", lambda vm, s, a, b: len(s.a), 0)
    defm(A, "empty?", lambda vm, s, a, b: not s.a, 0)
    defm(A, "frozen?", lambda vm, s, a, b: bool(s.flags & FL_FROZEN), 0)

    def aref(vm, s, a, b):
        arr = s.a
        if len(a) == 2:
            st, n = num2long(vm, a[0]), num2long(vm, a[1])
            if st < 0:
                st += len(arr)
            if st < 0 or st > len(arr) or n < 0:
                return None
            return new(arr[st:st + n])
        if len(a) != 1:
            vm.wrong_args(len(a), 1, 2)
        x = a[0]
        if type(x) is int:
            return arr[x] if -len(arr) <= x < len(arr) else None
        if isinstance(x, RRange):
            r = range_beg_len(vm, x, len(arr), 0)
            if r is None:
                return None
            st, ln = r
            return new(arr[st:st + ln])
        seq = _arith_seq(vm, x)
        if seq is not None:
            b_, e_, step, excl = seq
            r = range_beg_len(vm, RRange(vm.cRange, b_, e_, excl), len(arr), 1)
            st, ln = r
            part = arr[st:st + ln]
            return new(part[::step] if step > 0 else part[::-1][::-step])
        i = num2long(vm, x)
        return arr[i] if -len(arr) <= i < len(arr) else None
    defm(A, "[]", aref, -1)
    defm(A, "slice", aref, -1)

    def at(vm, s, a, b):
        i = num2long(vm, a[0])
        return s.a[i] if -len(s.a) <= i < len(s.a) else None
    defm(A, "at", at, 1)

    def splice(vm, s, st, ln, items):
        arr = s.a
        if st > len(arr):
            arr.extend([None] * (st - len(arr)))
        arr[st:st + ln] = items

    def aset(vm, s, a, b):
        check_frozen(vm, s)
        arr = s.a
        if len(a) == 3:
            st, n, v = num2long(vm, a[0]), num2long(vm, a[1]), a[2]
            if n < 0:
                vm.raise_(vm.eIndexError, f"negative length ({n})")
            if st < 0:
                if st < -len(arr):
                    vm.raise_(vm.eIndexError, f"index {st} too small for array; minimum: -{len(arr)}")
                st += len(arr)
            splice(vm, s, st, n, list(to_ary(vm, v).a) if isinstance(v, RArray) else [v])
            return v
        if len(a) != 2:
            vm.wrong_args(len(a), 2, 3)
        x, v = a
        if isinstance(x, RRange):
            st, ln = range_beg_len(vm, x, len(arr), 1)
            splice(vm, s, st, ln, list(v.a) if isinstance(v, RArray) else [v])
            return v
        x = num2long(vm, x)
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
            n = num2long(vm, a[0])
            if n < 0:
                vm.arg_error("negative array size")
            r = s.a[len(s.a) - n:] if n < len(s.a) else list(s.a)
            del s.a[len(s.a) - len(r):]
            return new(r)
        return s.a.pop() if s.a else None
    defm(A, "pop", _max_args(pop, 1), -1)

    def shift(vm, s, a, b):
        check_frozen(vm, s)
        if a:
            n = num2long(vm, a[0])
            if n < 0:
                vm.arg_error("negative array size")
            r = s.a[:n]
            del s.a[:n]
            return new(r)
        return s.a.pop(0) if s.a else None
    defm(A, "shift", _max_args(shift, 1), -1)

    def unshift(vm, s, a, b):
        check_frozen(vm, s)
        s.a[0:0] = a
        return s
    defm(A, "unshift", unshift, -1)
    defm(A, "prepend", unshift, -1)

    def insert(vm, s, a, b):
        check_frozen(vm, s)
        pos = num2long(vm, a[0])
        if len(a) == 1:
            return s
        if pos == -1:
            pos = len(s.a)
        elif pos < 0:
            minpos = -len(s.a) - 1
            if pos < minpos:
                vm.raise_(vm.eIndexError, f"index {pos} too small for array; minimum: {minpos}")
            pos += len(s.a) + 1
        splice(vm, s, pos, 0, list(a[1:]))
        return s
    defm(A, "insert", insert, -2)

    def concat(vm, s, a, b):
        check_frozen(vm, s)
        items = []
        for x in a:
            items.extend(to_ary(vm, x).a)
        s.a.extend(items)
        return s
    defm(A, "concat", concat, -1)
    defm(A, "+", lambda vm, s, a, b: new(s.a + to_ary(vm, a[0]).a), 1)

    def keyset(lst):
        return {_Key(vm, x) for x in lst}

    def uniq_list(vm, lst):
        seen = set()
        out = []
        for x in lst:
            k = _Key(vm, x)
            if k not in seen:
                seen.add(k)
                out.append(x)
        return out

    def minus(vm, s, a, b):
        out = list(s.a)
        for o in a:
            other = keyset(to_ary(vm, o).a)
            out = [x for x in out if _Key(vm, x) not in other]
        return new(out)
    defm(A, "-", lambda vm, s, a, b: minus(vm, s, a, b), 1)
    defm(A, "difference", minus, -1)

    def intersection(vm, s, a, b):
        if not a:
            return new(list(s.a))
        out = uniq_list(vm, s.a)
        for o in a:
            other = keyset(to_ary(vm, o).a)
            out = [x for x in out if _Key(vm, x) in other]
        return new(out)
    defm(A, "&", intersection, 1)
    defm(A, "intersection", intersection, -1)
    defm(A, "intersect?", lambda vm, s, a, b: bool(keyset(s.a) & keyset(to_ary(vm, a[0]).a)), 1)

    def union(vm, s, a, b):
        lst = list(s.a)
        for o in a:
            lst.extend(to_ary(vm, o).a)
        return new(uniq_list(vm, lst))
    defm(A, "|", union, 1)
    defm(A, "union", union, -1)

    def times(vm, s, a, b):
        x = a[0]
        if isinstance(x, RString):
            return vm.str_new(_join(vm, s, x.s))
        n = num2long(vm, x)
        if n < 0:
            vm.arg_error("negative argument")
        return RArray(vm.real_class(s) if False else A, s.a * n)
    defm(A, "*", times, 1)

    def a_eq(vm, s, a, b):
        o = a[0]
        if o is s:
            return True
        if not isinstance(o, RArray):
            if isinstance(o, RBasic) and vm.respond_to(o, "to_ary"):
                return vm.truthy(vm.call_method(o, "==", [s]))
            return False
        if len(o.a) != len(s.a):
            return False
        return all(equal(vm, x, y) for x, y in zip(s.a, o.a))
    defm(A, "==", a_eq, 1)
    defm(A, "eql?", lambda vm, s, a, b: a[0] is s or isinstance(a[0], RArray) and len(a[0].a) == len(s.a) and all(eql(vm, x, y) for x, y in zip(s.a, a[0].a)), 1)
    defm(A, "hash", lambda vm, s, a, b: ary_hash(vm, s), 0)

    def a_cmp(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RArray):
            return None
        if o is s:
            return 0
        for x, y in zip(s.a, o.a):
            r = vm.call_method(x, "<=>", [y])
            if r != 0:
                return r
        return (len(s.a) > len(o.a)) - (len(s.a) < len(o.a))
    defm(A, "<=>", a_cmp, 1)

    def first(vm, s, a, b):
        if not a:
            return s.a[0] if s.a else None
        n = num2long(vm, a[0])
        if n < 0:
            vm.arg_error("negative array size")
        return new(s.a[:n])
    defm(A, "first", _max_args(first, 1), -1)

    def last(vm, s, a, b):
        if not a:
            return s.a[-1] if s.a else None
        n = num2long(vm, a[0])
        if n < 0:
            vm.arg_error("negative array size")
        return new(s.a[-n:] if n else [])
    defm(A, "last", _max_args(last, 1), -1)

    def take(vm, s, a, b):
        n = num2long(vm, a[0])
        if n < 0:
            vm.arg_error("attempt to take negative size")
        return new(s.a[:n])
    defm(A, "take", take, 1)

    def drop(vm, s, a, b):
        n = num2long(vm, a[0])
        if n < 0:
            vm.arg_error("attempt to drop negative size")
        return new(s.a[n:])
    defm(A, "drop", drop, 1)

    def join(vm, s, a, b):
        sep = a[0] if a else vm.globals.get("$,")
        if sep is not None and not isinstance(sep, RString):
            sep = vm.call_method(sep, "to_str", [])
        encs = []
        text = _join(vm, s, sep.s if sep is not None else "", None, encs)
        r = vm.str_new(text)
        r.binary = join_encoding(encs, sep.binary if sep is not None else False,
                                 sep.s if sep is not None else "")
        return r
    defm(A, "join", _max_args(join, 1), -1)
    defm(A, "reverse", lambda vm, s, a, b: new(s.a[::-1]), 0)
    defm(A, "reverse!", lambda vm, s, a, b: (check_frozen(vm, s), s.a.reverse(), s)[2], 0)

    def rotated(lst, n):
        if not lst:
            return []
        n %= len(lst)
        return lst[n:] + lst[:n]
    defm(A, "rotate", lambda vm, s, a, b: new(rotated(s.a, num2long(vm, a[0]) if a else 1)), -1)
    defm(A, "rotate!", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "a", rotated(s.a, num2long(vm, a[0]) if a else 1)), s)[2], -1)
    defm(A, "include?", lambda vm, s, a, b: any(equal(vm, x, a[0]) for x in list(s.a)), 1)
    defm(A, "member?", lambda vm, s, a, b: any(equal(vm, x, a[0]) for x in list(s.a)), 1)
    defm(A, "compact", lambda vm, s, a, b: new([x for x in s.a if x is not None]), 0)

    def compact_bang(vm, s, a, b):
        check_frozen(vm, s)
        n = len(s.a)
        s.a = [x for x in s.a if x is not None]
        return None if len(s.a) == n else s
    defm(A, "compact!", compact_bang, 0)

    def flat(vm, s, a, b):
        depth = -1
        if a and a[0] is not None:
            depth = num2long(vm, a[0])
        return new(flatten(vm, s.a, depth, [], {id(s)}))
    defm(A, "flatten", _max_args(flat, 1), -1)

    def flat_bang(vm, s, a, b):
        check_frozen(vm, s)
        depth = -1
        if a and a[0] is not None:
            depth = num2long(vm, a[0])
        if depth == 0 or not any(isinstance(x, RArray) for x in s.a):
            return None
        s.a = flatten(vm, s.a, depth, [], {id(s)})
        return s
    defm(A, "flatten!", _max_args(flat_bang, 1), -1)

    def uniq(vm, s, a, b):
        if b is None:
            return new(uniq_list(vm, s.a))
        return new(_uniq_by(vm, s.a, b))
    defm(A, "uniq", uniq, 0)

    def uniq_bang(vm, s, a, b):
        check_frozen(vm, s)
        n = len(s.a)
        s.a = uniq_list(vm, s.a) if b is None else _uniq_by(vm, s.a, b)
        return None if len(s.a) == n else s
    defm(A, "uniq!", uniq_bang, 0)

    def index(vm, s, a, b):
        if not a and b is None:
            return vm.call_method(s, "to_enum", [intern("index")])
        i = 0
        while i < len(s.a):
            x = s.a[i]
            if equal(vm, x, a[0]) if a else vm.truthy(vm.yield_block(b, [x])):
                return i
            i += 1
        return None
    defm(A, "index", _max_args(index, 1), -1)
    defm(A, "find_index", _max_args(index, 1), -1)

    def rindex(vm, s, a, b):
        if not a and b is None:
            return vm.call_method(s, "to_enum", [intern("rindex")])
        i = len(s.a) - 1
        while i >= 0:
            if i >= len(s.a):
                i = len(s.a) - 1
                if i < 0:
                    break
            x = s.a[i]
            if equal(vm, x, a[0]) if a else vm.truthy(vm.yield_block(b, [x])):
                return i
            i -= 1
        return None
    defm(A, "rindex", _max_args(rindex, 1), -1)

    def delete(vm, s, a, b):
        found = None
        keep = []
        hit = False
        for x in list(s.a):
            if equal(vm, x, a[0]):
                hit = True
                found = x
            else:
                keep.append(x)
        if not hit:
            return vm.yield_block(b, [a[0]]) if b is not None else None
        check_frozen(vm, s)
        s.a = keep
        return found
    defm(A, "delete", delete, 1)

    def delete_at(vm, s, a, b):
        check_frozen(vm, s)
        i = num2long(vm, a[0])
        if i < 0:
            i += len(s.a)
        if not 0 <= i < len(s.a):
            return None
        return s.a.pop(i)
    defm(A, "delete_at", delete_at, 1)

    def slice_bang(vm, s, a, b):
        check_frozen(vm, s)
        ln = len(s.a)
        if len(a) == 2:
            pos, n = num2long(vm, a[0]), num2long(vm, a[1])
        elif isinstance(a[0], RRange):
            r = range_beg_len(vm, a[0], ln, 0)
            if r is None:
                return None
            pos, n = r
        else:
            return delete_at(vm, s, a, b)
        if n < 0:
            return None
        if pos < 0:
            pos += ln
            if pos < 0:
                return None
        elif ln < pos:
            return None
        if ln < pos + n:
            n = ln - pos
        if n == 0:
            return new()
        r = s.a[pos:pos + n]
        del s.a[pos:pos + n]
        return new(r)
    defm(A, "slice!", slice_bang, -1)
    defm(A, "clear", lambda vm, s, a, b: (check_frozen(vm, s), s.a.clear(), s)[2], 0)
    defm(A, "replace", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "a", list(to_ary(vm, a[0]).a)), s)[2], 1)

    def count(vm, s, a, b):
        if not a and b is None:
            return len(s.a)
        n = 0
        for x in list(s.a):
            if equal(vm, x, a[0]) if a else vm.truthy(vm.yield_block(b, [x])):
                n += 1
        return n
    defm(A, "count", _max_args(count, 1), -1)

    from .core_enum import cmpint, nmin_run, optimized_cmp, sort_values, ary_sum

    def sort(vm, s, a, b):
        return new(sort_values(vm, list(s.a), b))
    defm(A, "sort", sort, 0)

    def sort_bang(vm, s, a, b):
        check_frozen(vm, s)
        s.a = sort_values(vm, list(s.a), b)
        return s
    defm(A, "sort!", sort_bang, 0)

    def pick(vm, lst, b, want):
        """rb_ary_min/rb_ary_max: the first element that no later one beats; a block gets
        (v, min) but <=> is sent to the one kept so far (ary_min_generic)."""
        res = lst[0]
        for v in lst[1:]:
            if b is not None:
                c = cmpint(vm, vm.yield_block(b, [v, res]), v, res)
            else:
                c = -optimized_cmp(vm, res, v)
            if (c < 0) if want == "min" else (c > 0):
                res = v
        return res

    def minmax_fn(which):
        def f(vm, s, a, b):
            if a and a[0] is not None:
                return new(nmin_run(vm, list(s.a), a[0], None, which == "max", b))
            if not s.a:
                return None
            return pick(vm, list(s.a), b, which)
        return f
    defm(A, "min", _max_args(minmax_fn("min"), 1), -1)
    defm(A, "max", _max_args(minmax_fn("max"), 1), -1)

    def minmax(vm, s, a, b):
        if not s.a:
            return new([None, None])
        return new([pick(vm, list(s.a), b, "min"), pick(vm, list(s.a), b, "max")])
    defm(A, "minmax", minmax, 0)

    def a_sum(vm, s, a, b):
        vals = list(s.a) if b is None else [vm.yield_block(b, [x]) for x in list(s.a)]
        return ary_sum(vm, vals, a[0] if a else 0)
    defm(A, "sum", _max_args(a_sum, 1), -1)

    def fill(vm, s, a, b):
        check_frozen(vm, s)
        args = list(a)
        if b is None:
            if not args:
                vm.wrong_args(0, 1, 3)
            item = args.pop(0)
        else:
            item = None
        if len(args) > 2:
            vm.wrong_args(len(a), 0 if b is not None else 1, 2 if b is not None else 3)
        arr = s.a
        if not args:
            beg, ln = 0, len(arr)
        elif len(args) == 1 and isinstance(args[0], RRange):
            beg, ln = range_beg_len(vm, args[0], len(arr), 1)
        else:
            beg = 0 if args[0] is None else num2long(vm, args[0])
            if beg < 0:
                beg += len(arr)
                if beg < 0:
                    beg = 0
            ln = len(arr) - beg if len(args) < 2 or args[1] is None else num2long(vm, args[1])
        if ln < 0:
            return s
        end = beg + ln
        if end > len(arr):
            arr.extend([None] * (end - len(arr)))
        for i in range(beg, end):
            v = vm.yield_block(b, [i]) if b is not None else item
            if i >= len(s.a):
                break
            s.a[i] = v
        return s
    defm(A, "fill", fill, -1)

    def values_at(vm, s, a, b):
        out = []
        n = len(s.a)
        for x in a:
            if isinstance(x, RRange):
                r = range_beg_len(vm, x, n, 1)
                st, ln = r
                for i in range(st, st + ln):
                    out.append(s.a[i] if i < n else None)
            else:
                i = num2long(vm, x)
                out.append(s.a[i] if -n <= i < n else None)
        return new(out)
    defm(A, "values_at", values_at, -1)

    def fetch(vm, s, a, b):
        if len(a) not in (1, 2):
            vm.wrong_args(len(a), 1, 2)
        if b is not None and len(a) == 2:
            f = next((g for g in reversed(vm.frames) if g.iseq is not None and not g.internal), None)
            if f is not None:
                vm.warn(f"{f.iseq.path}:{vm.frame_line(f)}: warning: block supersedes default value argument")
        i = num2long(vm, a[0])
        n = len(s.a)
        j = i + n if i < 0 else i
        if 0 <= j < n:
            return s.a[j]
        if b is not None:
            return vm.yield_block(b, [a[0]])
        if len(a) == 2:
            return a[1]
        vm.raise_(vm.eIndexError, f"index {i} outside of array bounds: {-n}...{n}")
    defm(A, "fetch", fetch, -1)
    defm(A, "assoc", lambda vm, s, a, b: next((x for x in list(s.a) if isinstance(x, RArray) and x.a and equal(vm, x.a[0], a[0])), None), 1)
    defm(A, "rassoc", lambda vm, s, a, b: next((x for x in list(s.a) if isinstance(x, RArray) and len(x.a) > 1 and equal(vm, x.a[1], a[0])), None), 1)
    defm(A, "dig", lambda vm, s, a, b: _dig(vm, s, a), -2)

    def transpose(vm, s, a, b):
        rows = [to_ary(vm, r).a for r in s.a]
        if not rows:
            return new()
        w = len(rows[0])
        for r in rows:
            if len(r) != w:
                vm.raise_(vm.eIndexError, f"element size differs ({len(r)} should be {w})")
        return new([new([r[i] for r in rows]) for i in range(w)])
    defm(A, "transpose", transpose, 0)

    def product(vm, s, a, b):
        import itertools
        lists = [s.a] + [to_ary(vm, x).a for x in a]
        combos = [new(list(t)) for t in itertools.product(*lists)]
        if b is None:
            return new(combos)
        for c in combos:
            vm.yield_block(b, [c])
        return s
    defm(A, "product", product, -1)

    def to_h(vm, s, a, b):
        from .core_hash import hash_aset, hash_new_with_size
        from .vm import _UNDEF
        h = hash_new_with_size(vm, len(s.a))         # rb_ary_to_h
        for i, x in enumerate(list(s.a)):
            if b is not None:
                x = vm.yield_block(b, [x])
            p = x
            if not isinstance(p, RArray):
                c = vm.call_method(p, "to_ary", [], check=False) if isinstance(p, RBasic) else _UNDEF
                if c is _UNDEF or not isinstance(c, RArray):
                    vm.type_error(f"wrong element type {vm.real_class(x).name} at {i} (expected array)")
                p = c
            if len(p.a) != 2:
                vm.arg_error(f"wrong array length at {i} (expected 2, was {len(p.a)})")
            hash_aset(vm, h, p.a[0], p.a[1])
        return h
    defm(A, "to_h", to_h, 0)

    def assoc_pack(vm, s, a, b):
        return s
    _ = assoc_pack


def minmax_v_first(vm, lst, want, blk=None):
    """enum.c min_i/max_i and vm_opt_newarray_min/max: each element is compared with the one
    kept so far, `v <=> kept`, so a failing comparison names v's class first."""
    from .core_enum import cmpint, optimized_cmp
    if not lst:
        return None
    res = lst[0]
    for v in lst[1:]:
        if blk is not None:
            c = cmpint(vm, vm.yield_block(blk, [v, res]), v, res)
        else:
            c = optimized_cmp(vm, v, res)
        if (c < 0) if want == "min" else (c > 0):
            res = v
    return res


def _uniq_by(vm, lst, b):
    seen = set()
    out = []
    for x in lst:
        k = _Key(vm, vm.yield_block(b, [x]))
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _dig(vm, s, a):
    v = vm.call_method(s, "[]", [a[0]])
    if len(a) == 1 or v is None:
        return v
    if not vm.respond_to(v, "dig"):
        vm.type_error(f"{vm.real_class(v).name} does not have #dig method")
    return vm.call_method(v, "dig", list(a[1:]))


def _join(vm, s, sep, seen=None, encs=None):
    """rb_ary_join: nested arrays joined recursively; to_str, then to_ary, then to_s. When
    `encs` is a list, each element's (text, encoding) is appended to it in order."""
    from .vm import _UNDEF
    seen = seen or set()
    if id(s) in seen:
        vm.arg_error("recursive array join")
    seen.add(id(s))
    out = []

    def add(text, enc=None):
        out.append(text)
        if encs is not None and enc is not _NESTED:
            encs.append((text, enc if enc is not None else
                         ("US-ASCII" if text.isascii() else False)))
    for x in list(s.a):
        if isinstance(x, RString):
            add(x.s, x.binary)
        elif isinstance(x, RArray):
            add(_join(vm, x, sep, seen, encs), _NESTED)
        elif isinstance(x, RBasic) and not isinstance(x, RHash):
            c = vm.call_method(x, "to_str", [], check=False)
            if c is not _UNDEF and isinstance(c, RString):
                add(c.s, c.binary)
                continue
            c = vm.call_method(x, "to_ary", [], check=False)
            if c is not _UNDEF and isinstance(c, RArray):
                add(_join(vm, c, sep, seen, encs), _NESTED)
                continue
            r = vm.call_method(x, "to_s", [])
            add(r.s if isinstance(r, RString) else to_s(vm, x),
                r.binary if isinstance(r, RString) else None)
        else:
            add(to_s(vm, x))
    seen.discard(id(s))
    return sep.join(out)


_NESTED = object()


def join_encoding(encs, sep_enc, sep_text):
    """The encoding rb_ary_join gives: the first element's, then each later part (separator,
    element) that is not 7-bit brings its own while the result so far is 7-bit; an empty
    array is US-ASCII."""
    if not encs:
        return "US-ASCII"
    enc = encs[0][1]
    ascii = encs[0][0].isascii()
    parts = []
    for text, e in encs[1:]:
        if sep_text:
            parts.append((sep_text, sep_enc))
        parts.append((text, e))
    for text, e in parts:
        if e != enc and not text.isascii() and ascii:
            enc = e
        ascii = ascii and text.isascii()
    return enc
