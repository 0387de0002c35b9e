"""Hash's non-iterating methods (cf. hash.c); iterators live in the prelude."""
from __future__ import annotations

from .bootstrap import defm, defs
from .core_object import equal, inspect
from .objects import FL_FROZEN, RArray, RHash, RString, RSymbol, intern


def check_frozen(vm, h):
    if h.flags & FL_FROZEN:
        vm.raise_exc_frozen(h, inspect(vm, h))


def hash_aset(vm, h, k, v):
    if type(k) is RString and not k.flags & FL_FROZEN:
        k = RString(vm.cString, k.s, k.binary)
        k.flags |= FL_FROZEN
    key = vm.hashkey(k) if not h.compare_by_id else id(k)
    e = h.d.get(key)
    if e is None:
        h.d[key] = [k, v]
    else:
        e[1] = v


def hash_aref(vm, h, k):
    e = h.d.get(vm.hashkey(k) if not h.compare_by_id else id(k))
    if e is not None:
        return e[1]
    if h.default_proc is not None:
        return vm.call_method(h.default_proc, "call", [h, k])
    return h.default


def hash_inspect(vm, h):
    if not h.d:
        return "{}"
    if id(h) in vm.inspect_guard:
        return "{...}"
    vm.inspect_guard.add(id(h))
    try:
        return "{" + ", ".join(f"{inspect(vm, k)}=>{inspect(vm, v)}" for k, v in h.d.values()) + "}"
    finally:
        vm.inspect_guard.discard(id(h))


def init(vm):
    H = vm.cHash
    H.allocator = lambda vm, k: RHash(k)

    def h_init(vm, h, a, b):
        h.default = a[0] if a else None
        if b is not None:
            h.default_proc = vm.proc_from_block(b)
        return None
    defm(H, "initialize", h_init, -1, visi="private")

    def h_s_aref(vm, k, a, b):
        h = RHash(k)
        if len(a) == 1 and isinstance(a[0], RHash):
            h.d = {x: [y[0], y[1]] for x, y in a[0].d.items()}
        elif len(a) == 1 and isinstance(a[0], RArray):
            for p in a[0].a:
                hash_aset(vm, h, p.a[0], p.a[1])
        else:
            for i in range(0, len(a), 2):
                hash_aset(vm, h, a[i], a[i + 1])
        return h
    defs(vm, H, "[]", h_s_aref, -1)
    defm(H, "[]", lambda vm, h, a, b: hash_aref(vm, h, a[0]), 1)

    def h_aset(vm, h, a, b):
        check_frozen(vm, h)
        hash_aset(vm, h, a[0], a[1])
        return a[1]
    defm(H, "[]=", h_aset, 2)
    defm(H, "store", h_aset, 2)

    def fetch(vm, h, a, b):
        e = h.d.get(vm.hashkey(a[0]))
        if e is not None:
            return e[1]
        if b is not None:
            return vm.yield_block(b, [a[0]])
        if len(a) > 1:
            return a[1]
        ex = vm.make_exc(vm.eKeyError, f"key not found: {inspect(vm, a[0])}")
        ex.ivars["receiver"] = h
        ex.ivars["key"] = a[0]
        vm.raise_exc(ex)
    defm(H, "fetch", fetch, -2)
    defm(H, "key?", lambda vm, h, a, b: vm.hashkey(a[0]) in h.d, 1)
    defm(H, "has_key?", lambda vm, h, a, b: vm.hashkey(a[0]) in h.d, 1)
    defm(H, "include?", lambda vm, h, a, b: vm.hashkey(a[0]) in h.d, 1)
    defm(H, "member?", lambda vm, h, a, b: vm.hashkey(a[0]) in h.d, 1)
    defm(H, "value?", lambda vm, h, a, b: any(equal(vm, v, a[0]) for _, v in h.d.values()), 1)
    defm(H, "key", lambda vm, h, a, b: next((k for k, v in h.d.values() if equal(vm, v, a[0])), None), 1)
    defm(H, "keys", lambda vm, h, a, b: vm.ary_new([k for k, _ in h.d.values()]), 0)
    defm(H, "values", lambda vm, h, a, b: vm.ary_new([v for _, v in h.d.values()]), 0)
    defm(H, "values_at", lambda vm, h, a, b: vm.ary_new([hash_aref(vm, h, k) for k in a]), -1)
    defm(H, "length", lambda vm, h, a, b: len(h.d), 0)
    defm(H, "size", lambda vm, h, a, b: len(h.d), 0)
    defm(H, "count", lambda vm, h, a, b: len(h.d), 0)
    defm(H, "empty?", lambda vm, h, a, b: not h.d, 0)
    defm(H, "to_h", lambda vm, h, a, b: h, 0)
    defm(H, "to_hash", lambda vm, h, a, b: h, 0)
    defm(H, "to_a", lambda vm, h, a, b: vm.ary_new([vm.ary_new([k, v]) for k, v in h.d.values()]), 0)
    defm(H, "inspect", lambda vm, h, a, b: vm.str_new(hash_inspect(vm, h)), 0)
    defm(H, "to_s", lambda vm, h, a, b: vm.str_new(hash_inspect(vm, h)), 0)

    def delete(vm, h, a, b):
        check_frozen(vm, h)
        e = h.d.pop(vm.hashkey(a[0]), None)
        if e is None:
            return vm.yield_block(b, [a[0]]) if b is not None else None
        return e[1]
    defm(H, "delete", delete, 1)

    def h_eq(vm, h, a, b):
        o = a[0]
        if not isinstance(o, RHash) or len(o.d) != len(h.d):
            return False
        for k, e in h.d.items():
            f = o.d.get(k)
            if f is None or not equal(vm, e[1], f[1]):
                return False
        return True
    defm(H, "==", h_eq, 1)
    defm(H, "hash", lambda vm, h, a, b: hash(frozenset(h.d.keys())), 0)

    def merge(vm, h, a, b):
        n = RHash(vm.cHash)
        n.d = {k: [e[0], e[1]] for k, e in h.d.items()}
        n.default = h.default
        n.default_proc = h.default_proc
        for o in a:
            for k, e in o.d.items():
                if b is not None and k in n.d:
                    n.d[k][1] = vm.yield_block(b, [e[0], n.d[k][1], e[1]])
                else:
                    n.d[k] = [e[0], e[1]]
        return n
    defm(H, "merge", merge, -1)

    def update(vm, h, a, b):
        check_frozen(vm, h)
        for o in a:
            for k, e in o.d.items():
                if b is not None and k in h.d:
                    h.d[k][1] = vm.yield_block(b, [e[0], h.d[k][1], e[1]])
                else:
                    h.d[k] = [e[0], e[1]]
        return h
    defm(H, "update", update, -1)
    defm(H, "merge!", update, -1)
    defm(H, "default", lambda vm, h, a, b: h.default, -1)
    defm(H, "default=", lambda vm, h, a, b: (setattr(h, "default", a[0]), a[0])[1], 1)
    defm(H, "default_proc", lambda vm, h, a, b: h.default_proc, 0)
    defm(H, "clear", lambda vm, h, a, b: (check_frozen(vm, h), h.d.clear(), h)[2], 0)
    defm(H, "first", lambda vm, h, a, b: (vm.ary_new(list(next(iter(h.d.values())))) if h.d else None) if not a else vm.ary_new([vm.ary_new(list(e)) for e in list(h.d.values())[:a[0]]]), -1)
    defm(H, "invert", lambda vm, h, a, b: (lambda n: ([hash_aset(vm, n, v, k) for k, v in h.d.values()], n)[1])(vm.hash_new()), 0)
    defm(H, "compare_by_identity", lambda vm, h, a, b: (setattr(h, "compare_by_id", True), h)[1], 0)
    defm(H, "dig", lambda vm, h, a, b: (lambda v: v if len(a) == 1 or v is None else vm.call_method(v, "dig", list(a[1:])))(hash_aref(vm, h, a[0])), -1)
    defm(H, "slice", lambda vm, h, a, b: (lambda n: ([hash_aset(vm, n, k, h.d[vm.hashkey(k)][1]) for k in a if vm.hashkey(k) in h.d], n)[1])(vm.hash_new()), -1)
    defm(H, "except", lambda vm, h, a, b: (lambda n, ks: ([hash_aset(vm, n, k, v) for k, v in h.d.values() if vm.hashkey(k) not in ks], n)[1])(vm.hash_new(), {vm.hashkey(k) for k in a}), -1)
    defm(H, "shift", lambda vm, h, a, b: (lambda k: vm.ary_new(h.d.pop(k)) if k is not None else None)(next(iter(h.d), None)), 0)
    defm(H, "sort", lambda vm, h, a, b: vm.call_method(vm.ary_new([vm.ary_new([k, v]) for k, v in h.d.values()]), "sort", [], b), 0)
