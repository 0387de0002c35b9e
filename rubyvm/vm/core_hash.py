"""Hash's non-iterating methods (cf. hash.c); iterators live in prelude/hash.rb.

RHash.d is an insertion-ordered dict from a hash key (VM.hashkey: eql? semantics) to the
[key, value] entry. A key that is an Array may change after it went in (CRuby keeps the old
hash in the table until #rehash); a lookup that hits such an entry checks the key again."""
from __future__ import annotations

from .bootstrap import defm, defs
from .core_object import eql, equal, inspect
from .objects import FL_FROZEN, RArray, RBasic, RHash, RString, RSymbol


def check_frozen(vm, h):
    if h.flags & FL_FROZEN:
        vm.raise_exc_frozen(h, inspect(vm, h))


def hkey(vm, h, k):
    """The table key of k in h: eql?/hash, or identity after compare_by_identity."""
    if h.compare_by_id and isinstance(k, RBasic):
        return ("id", id(k))
    return vm.hashkey(k)


def lookup(vm, h, k):
    """The [key, value] entry for k, or None (cf. ar_lookup / st_lookup)."""
    key = hkey(vm, h, k)
    e = h.d.get(key)
    if e is not None and type(e[0]) is RArray and not h.compare_by_id:
        if vm.hashkey(e[0]) != key:     # the key changed since it went in: stale slot
            return None
    return e


def hash_aset(vm, h, k, v):
    if type(k) is RString and not k.flags & FL_FROZEN and not h.compare_by_id:
        k = RString(vm.cString, k.s, k.binary)
        k.flags |= FL_FROZEN
    key = hkey(vm, h, k)
    e = h.d.get(key)
    if e is None or (type(e[0]) is RArray and vm.hashkey(e[0]) != key):
        if e is not None:
            del h.d[key]
        h.d[key] = [k, v]
    else:
        e[1] = v


def hash_aref(vm, h, k):
    e = lookup(vm, h, k)
    if e is not None:
        return e[1]
    return hash_default(vm, h, k)


def hash_default(vm, h, k):
    if h.default_proc is not None:
        return vm.call_method(h.default_proc, "call", [h, k])
    if vm.real_class(h) is not vm.cHash:
        from . import method as M
        me, _ = M.lookup(vm.class_of(h), "default")
        if me is not None and me.owner is not vm.cHash:
            return vm.call_method(h, "default", [k])
    return h.default


def hash_inspect(vm, h):
    if not h.d:
        return "{}"
    if id(h) in vm.inspect_guard:
        return "{...}"
    vm.inspect_guard.add(id(h))
    try:
        return "{" + ", ".join(f"{inspect(vm, k)}=>{inspect(vm, v)}" for k, v in list(h.d.values())) + "}"
    finally:
        vm.inspect_guard.discard(id(h))


def to_hash(vm, v):
    if isinstance(v, RHash):
        return v
    from .vm import _UNDEF
    r = vm.call_method(v, "to_hash", [], check=False) if isinstance(v, RBasic) else _UNDEF
    if r is _UNDEF or not isinstance(r, RHash):
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into Hash")
    return r


def copy_hash(vm, h, klass=None):
    n = RHash(klass or vm.cHash)
    n.d = {k: [e[0], e[1]] for k, e in h.d.items()}
    n.compare_by_id = h.compare_by_id
    return n


def init(vm):
    H = vm.cHash
    H.allocator = lambda vm, k: RHash(k)
    new = vm.ary_new

    def h_init(vm, h, a, b):
        check_frozen(vm, h)
        if b is not None:
            if a:
                vm.wrong_args(len(a), 0, 0)
            h.default_proc = vm.proc_from_block(b)
        else:
            if len(a) > 1:
                vm.wrong_args(len(a), 0, 1)
            h.default = a[0] if a else None
        return None
    defm(H, "initialize", h_init, -1, visi="private")

    def h_copy(vm, h, a, b):
        check_frozen(vm, h)
        o = to_hash(vm, a[0])
        h.d = {k: [e[0], e[1]] for k, e in o.d.items()}
        h.compare_by_id = o.compare_by_id
        h.default = o.default
        h.default_proc = o.default_proc
        return h
    defm(H, "initialize_copy", h_copy, 1, visi="private")

    def h_s_aref(vm, k, a, b):
        h = RHash(k)
        if len(a) == 1 and isinstance(a[0], RHash):
            h.d = {x: [y[0], y[1]] for x, y in a[0].d.items()}
            return h
        if len(a) == 1 and isinstance(a[0], RArray):
            for i, p in enumerate(a[0].a):
                if not isinstance(p, RArray):
                    vm.arg_error(f"wrong element type {vm.real_class(p).name} at {i} (expected array)")
                if len(p.a) not in (1, 2):
                    vm.arg_error(f"invalid number of elements ({len(p.a)} for 1..2)")
                hash_aset(vm, h, p.a[0], p.a[1] if len(p.a) > 1 else None)
            return h
        if len(a) % 2:
            vm.arg_error("odd number of arguments for Hash")
        for i in range(0, len(a), 2):
            hash_aset(vm, h, a[i], a[i + 1])
        return h
    defs(vm, H, "[]", h_s_aref, -1)

    def try_convert(vm, k, a, b):
        if isinstance(a[0], RHash):
            return a[0]
        from .vm import _UNDEF
        r = vm.call_method(a[0], "to_hash", [], check=False) if isinstance(a[0], RBasic) else _UNDEF
        return None if r is _UNDEF else r
    defs(vm, H, "try_convert", try_convert, 1)
    defm(H, "[]", lambda vm, h, a, b: hash_aref(vm, h, a[0]), 1)

    def h_aset(vm, h, a, b):
        check_frozen(vm, h)
        hash_aset(vm, h, a[0], a[1])
        return a[1]
    defm(H, "[]=", h_aset, 2)
    defm(H, "store", h_aset, 2)

    def key_error(vm, h, k):
        ex = vm.make_exc(vm.eKeyError, f"key not found: {inspect(vm, k)}")
        ex.ivars["receiver"] = h
        ex.ivars["key"] = k
        vm.raise_exc(ex)

    def fetch(vm, h, a, b):
        if len(a) not in (1, 2):
            vm.wrong_args(len(a), 1, 2)
        if b is not None and len(a) == 2:
            f = next((g for g in reversed(vm.frames) if g.iseq is not None and not g.internal), None)
            if f is not None:
                vm.warn(f"{f.iseq.path}:{vm.frame_line(f)}: warning: block supersedes default value argument")
        e = lookup(vm, h, a[0])
        if e is not None:
            return e[1]
        if b is not None:
            return vm.yield_block(b, [a[0]])
        if len(a) > 1:
            return a[1]
        key_error(vm, h, a[0])
    defm(H, "fetch", fetch, -1)

    def fetch_values(vm, h, a, b):
        out = []
        for k in a:
            e = lookup(vm, h, k)
            if e is not None:
                out.append(e[1])
            elif b is not None:
                out.append(vm.yield_block(b, [k]))
            else:
                key_error(vm, h, k)
        return new(out)
    defm(H, "fetch_values", fetch_values, -1)

    def has_key(vm, h, a, b):
        return lookup(vm, h, a[0]) is not None
    for n in ("key?", "has_key?", "include?", "member?"):
        defm(H, n, has_key, 1)

    def has_value(vm, h, a, b):
        return any(equal(vm, v, a[0]) for _, v in list(h.d.values()))
    defm(H, "value?", has_value, 1)
    defm(H, "has_value?", has_value, 1)
    defm(H, "key", lambda vm, h, a, b: next((k for k, v in list(h.d.values()) if equal(vm, v, a[0])), None), 1)
    defm(H, "keys", lambda vm, h, a, b: new([k for k, _ in h.d.values()]), 0)
    defm(H, "values", lambda vm, h, a, b: new([v for _, v in h.d.values()]), 0)
    defm(H, "values_at", lambda vm, h, a, b: new([hash_aref(vm, h, k) for k in a]), -1)
    defm(H, "length", lambda vm, h, a, b: len(h.d), 0)
    defm(H, "size", lambda vm, h, a, b: len(h.d), 0)
    defm(H, "empty?", lambda vm, h, a, b: not h.d, 0)
    defm(H, "to_hash", lambda vm, h, a, b: h, 0)
    defm(H, "to_a", lambda vm, h, a, b: new([new([k, v]) for k, v in h.d.values()]), 0)
    defm(H, "entries", lambda vm, h, a, b: new([new([k, v]) for k, v in h.d.values()]), 0)
    defm(H, "inspect", lambda vm, h, a, b: vm.str_new(hash_inspect(vm, h)), 0)
    defm(H, "to_s", lambda vm, h, a, b: vm.str_new(hash_inspect(vm, h)), 0)

    def flatten(vm, h, a, b):
        from .core_array import flatten as ary_flatten
        lst = []
        for k, v in h.d.values():
            lst.extend([k, v])
        depth = a[0] if a and a[0] is not None else 1
        if depth - 1 != 0:
            lst = ary_flatten(vm, lst, depth - 1 if depth > 0 else -1, [], set())
        return new(lst)
    defm(H, "flatten", flatten, -1)

    def delete(vm, h, a, b):
        check_frozen(vm, h)
        e = lookup(vm, h, a[0])
        if e is None:
            return vm.yield_block(b, [a[0]]) if b is not None else None
        del h.d[hkey(vm, h, a[0])]
        return e[1]
    defm(H, "delete", delete, 1)

    def h_eq(vm, h, a, b, cmp=equal):
        o = a[0]
        if o is h:
            return True
        if not isinstance(o, RHash):
            if isinstance(o, RBasic) and vm.respond_to(o, "to_hash"):
                return vm.truthy(vm.call_method(o, "==", [h]))
            return False
        if len(o.d) != len(h.d):
            return False
        for k, e in list(h.d.items()):
            f = lookup(vm, o, e[0])
            if f is None or not cmp(vm, e[1], f[1]):
                return False
        return True
    defm(H, "==", h_eq, 1)
    defm(H, "eql?", lambda vm, h, a, b: h_eq(vm, h, a, b, eql), 1)

    def h_hash(vm, h, a, b):
        acc = len(h.d)
        for key, e in list(h.d.items()):
            v = e[1]
            vh = vm.call_method(v, "hash", []) if isinstance(v, RBasic) else hash(vm.hashkey(v))
            acc ^= hash((key, vh if type(vh) is int else hash(vh)))
        return acc & ((1 << 62) - 1)
    defm(H, "hash", h_hash, 0)

    def subset(vm, h, o, strict):
        o = to_hash(vm, o)
        if len(h.d) > len(o.d) or (strict and len(h.d) == len(o.d)):
            return False
        for k, e in list(h.d.items()):
            f = lookup(vm, o, e[0])
            if f is None or not equal(vm, e[1], f[1]):
                return False
        return True
    defm(H, "<=", lambda vm, h, a, b: subset(vm, h, a[0], False), 1)
    defm(H, "<", lambda vm, h, a, b: subset(vm, h, a[0], True), 1)
    defm(H, ">=", lambda vm, h, a, b: subset(vm, to_hash(vm, a[0]), h, False), 1)
    defm(H, ">", lambda vm, h, a, b: subset(vm, to_hash(vm, a[0]), h, True), 1)

    def merge_into(vm, n, others, b):
        for o in others:
            o = to_hash(vm, o)
            for k, e in list(o.d.items()):
                old = lookup(vm, n, e[0])
                if b is not None and old is not None:
                    old[1] = vm.yield_block(b, [e[0], old[1], e[1]])
                else:
                    hash_aset(vm, n, e[0], e[1])
        return n

    def merge(vm, h, a, b):
        n = copy_hash(vm, h)
        n.default = h.default
        n.default_proc = h.default_proc
        return merge_into(vm, n, a, b)
    defm(H, "merge", merge, -1)

    def update(vm, h, a, b):
        check_frozen(vm, h)
        return merge_into(vm, h, a, b)
    defm(H, "update", update, -1)
    defm(H, "merge!", update, -1)

    def replace(vm, h, a, b):
        check_frozen(vm, h)
        o = to_hash(vm, a[0])
        if o is h:
            return h
        h.d = {k: [e[0], e[1]] for k, e in o.d.items()}
        h.default = o.default
        h.default_proc = o.default_proc
        return h
    defm(H, "replace", replace, 1)

    def default(vm, h, a, b):
        if len(a) > 1:
            vm.wrong_args(len(a), 0, 1)
        if a and h.default_proc is not None:
            return vm.call_method(h.default_proc, "call", [h, a[0]])
        return h.default
    defm(H, "default", default, -1)

    def set_default(vm, h, a, b):
        check_frozen(vm, h)
        h.default = a[0]
        h.default_proc = None
        return a[0]
    defm(H, "default=", set_default, 1)
    defm(H, "default_proc", lambda vm, h, a, b: h.default_proc, 0)

    def set_default_proc(vm, h, a, b):
        check_frozen(vm, h)
        p = a[0]
        if p is not None:
            from .objects import RProc
            if not isinstance(p, RProc):
                from .vm import _UNDEF
                c = vm.call_method(p, "to_proc", [], check=False)
                if c is _UNDEF or not isinstance(c, RProc):
                    vm.type_error(f"wrong default_proc type {vm.real_class(p).name} (expected Proc)")
                p = c
            if p.is_lambda:
                from .core_proc import proc_arity
                ar = proc_arity(p)
                if ar != 2 and (ar >= 0 or ar < -3):
                    vm.type_error(f"default_proc takes two arguments (2 for {ar})")
        h.default_proc = p
        h.default = None
        return a[0]
    defm(H, "default_proc=", set_default_proc, 1)
    defm(H, "clear", lambda vm, h, a, b: (check_frozen(vm, h), h.d.clear(), h)[2], 0)

    def first(vm, h, a, b):
        if not a:
            return new(list(next(iter(h.d.values())))) if h.d else None
        from .core_array import num2long
        n = num2long(vm, a[0])
        if n < 0:
            vm.arg_error("attempt to take negative size")
        return new([new(list(e)) for e in list(h.d.values())[:n]])
    defm(H, "first", first, -1)

    def invert(vm, h, a, b):
        n = vm.hash_new()
        for k, v in list(h.d.values()):
            hash_aset(vm, n, v, k)
        return n
    defm(H, "invert", invert, 0)

    def compare_by_identity(vm, h, a, b):
        if h.compare_by_id:
            return h
        check_frozen(vm, h)
        h.compare_by_id = True
        h.d = {hkey(vm, h, e[0]): e for e in h.d.values()}
        return h
    defm(H, "compare_by_identity", compare_by_identity, 0)
    defm(H, "compare_by_identity?", lambda vm, h, a, b: h.compare_by_id, 0)

    def dig(vm, h, a, b):
        v = hash_aref(vm, h, a[0])
        if len(a) == 1 or v is None:
            return v
        if not vm.respond_to(v, "dig"):
            vm.type_error(f"{vm.real_class(v).name} does not have #dig method")
        return vm.call_method(v, "dig", list(a[1:]))
    defm(H, "dig", dig, -2)

    def h_slice(vm, h, a, b):
        n = vm.hash_new()
        for k in a:
            e = lookup(vm, h, k)
            if e is not None:
                hash_aset(vm, n, e[0], e[1])
        return n
    defm(H, "slice", h_slice, -1)

    def h_except(vm, h, a, b):
        n = copy_hash(vm, h)
        for k in a:
            if lookup(vm, n, k) is not None:
                del n.d[hkey(vm, n, k)]
        return n
    defm(H, "except", h_except, -1)

    def shift(vm, h, a, b):
        check_frozen(vm, h)
        if not h.d:
            return None
        k = next(iter(h.d))
        return new(list(h.d.pop(k)))
    defm(H, "shift", shift, 0)
    defm(H, "sort", lambda vm, h, a, b: vm.call_method(new([new([k, v]) for k, v in h.d.values()]), "sort", [], b), 0)
    defm(H, "assoc", lambda vm, h, a, b: (lambda e: new(list(e)) if e is not None else None)(lookup(vm, h, a[0])), 1)
    defm(H, "rassoc", lambda vm, h, a, b: next((new([k, v]) for k, v in list(h.d.values()) if equal(vm, v, a[0])), None), 1)

    def compact(vm, h, a, b):
        n = vm.hash_new()
        n.d = {k: [e[0], e[1]] for k, e in h.d.items() if e[1] is not None}
        return n
    defm(H, "compact", compact, 0)

    def compact_bang(vm, h, a, b):
        check_frozen(vm, h)
        n = len(h.d)
        h.d = {k: e for k, e in h.d.items() if e[1] is not None}
        return None if len(h.d) == n else h
    defm(H, "compact!", compact_bang, 0)

    def rehash(vm, h, a, b):
        check_frozen(vm, h)
        d = {}
        for e in h.d.values():
            d[hkey(vm, h, e[0])] = e
        h.d = d
        return h
    defm(H, "rehash", rehash, 0)

    def to_proc(vm, h, a, b):
        """rb_hash_to_proc: a lambda of one argument that looks the key up."""
        from .objects import Block, RProc

        def run(vm, args, blk):
            if len(args) != 1:
                vm.wrong_args(len(args), 1, 1)
            return hash_aref(vm, h, args[0])
        blk = Block(None, None, None, None)
        blk.pyfunc = run
        return RProc(vm.cProc, blk, True)
    defm(H, "to_proc", to_proc, 0)
    _ = RSymbol
