"""Hash's non-iterating methods (cf. hash.c); iterators live in prelude/hash.rb.

A hash's pairs live in its table, h.tbl (an ar_table or st_table: rubyvm/core/st.py, driven
by rubyvm/vm/hash_table.py). The table keeps the hash each key had when it went in, so a key
mutated afterwards is found again only after #rehash, as in CRuby."""
from __future__ import annotations

from ..core.st import MASK64, ArTable
from . import hash_table as ht
from .bootstrap import defm, defs
from .core_object import eql, equal, inspect
from .objects import FL_FROZEN, RArray, RBasic, RHash, RString, RSymbol


def check_frozen(vm, h):
    if h.flags & FL_FROZEN:
        vm.raise_exc_frozen(h, inspect(vm, h))


def lookup(vm, h, k):
    """The (key, value) stored for k, or None (cf. ar_lookup / st_lookup)."""
    t = h.tbl
    if t is not None:
        i = t.find(k, t.hash_fn(k))
        if i >= 0:
            return (t.ekeys[i], t.evals[i])
    return None


hash_aset = ht.aset
key_hash = ht.key_hash


def hash_aref(vm, h, k):
    """rb_hash_aref: the value, else the default."""
    t = h.tbl
    if t is not None:
        i = t.find(k, key_hash(h, t, k))
        if i >= 0:
            return t.evals[i]
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
    if not h.tbl:
        return "{}"
    if id(h) in vm.inspect_guard:
        return "{...}"
    vm.inspect_guard.add(id(h))
    try:
        return "{" + ", ".join(f"{inspect(vm, k)}=>{inspect(vm, v)}" for k, v in ht.pairs(h)) + "}"
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
    """hash_dup without the defaults: the same table layout (ar_copy / st_copy)."""
    n = RHash(klass or vm.cHash)
    ht.replace_table(vm, n, h)
    return n


def no_replace_while_iterating(vm, h):
    if h.iter_lev:
        vm.raise_(vm.eRuntimeError, "can't replace hash during iteration")


def hash_new_with_size(vm, size, klass=None):
    """rb_hash_new_with_size: an st_table made for more than 8 pairs from the start."""
    n = RHash(klass or vm.cHash)
    if size > 8:
        n.tbl = ht.new_st(vm, size)
    return n


def init(vm):
    ht.init(vm)
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
        if o is h:
            return h
        no_replace_while_iterating(vm, h)
        ht.replace_table(vm, h, o)
        h.default = o.default
        h.default_proc = o.default_proc
        return h
    defm(H, "initialize_copy", h_copy, 1, visi="private")

    def h_s_aref(vm, k, a, b):
        h = RHash(k)
        if len(a) == 1 and isinstance(a[0], RHash):
            ht.replace_table(vm, h, a[0])
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
        ht.bulk_insert(vm, h, a)
        return h
    defs(vm, H, "[]", h_s_aref, -1)

    def try_convert(vm, k, a, b):
        if isinstance(a[0], RHash):
            return a[0]
        from .vm import _UNDEF
        r = vm.call_method(a[0], "to_hash", [], check=False) if isinstance(a[0], RBasic) else _UNDEF
        return None if r is _UNDEF else r
    defs(vm, H, "try_convert", try_convert, 1)
    def h_aref(vm, h, a, b):
        k = a[0]
        t = h.tbl
        if t is not None:
            tk = type(k)
            if tk is RSymbol and type(t) is ArTable:    # index_of_symbol, inlined
                ekeys = t.ekeys
                if k in ekeys:
                    return t.evals[ekeys.index(k)]
                return hash_default(vm, h, k)
            if tk is RSymbol or tk is int:        # key_hash, inlined
                hv = hash(k) & MASK64
            elif tk is RString and not h.compare_by_id:
                hv = hash(k.s) & MASK64
            else:
                hv = t.hash_fn(k)
            i = t.find(k, hv)
            if i >= 0:
                return t.evals[i]
        return hash_default(vm, h, k)
    defm(H, "[]", h_aref, 1)

    def h_aset(vm, h, a, b):
        if h.flags & FL_FROZEN:
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
        return any(equal(vm, v, a[0]) for v in ht.values(h))
    defm(H, "value?", has_value, 1)
    defm(H, "has_value?", has_value, 1)
    defm(H, "key", lambda vm, h, a, b: next((k for k, v in ht.pairs(h) if equal(vm, v, a[0])), None), 1)
    defm(H, "keys", lambda vm, h, a, b: new(ht.keys(h)), 0)
    defm(H, "values", lambda vm, h, a, b: new(ht.values(h)), 0)
    defm(H, "values_at", lambda vm, h, a, b: new([hash_aref(vm, h, k) for k in a]), -1)
    defm(H, "length", lambda vm, h, a, b: ht.size(h), 0)
    defm(H, "size", lambda vm, h, a, b: ht.size(h), 0)
    defm(H, "empty?", lambda vm, h, a, b: not h.tbl, 0)
    defm(H, "to_hash", lambda vm, h, a, b: h, 0)
    defm(H, "to_a", lambda vm, h, a, b: new([new([k, v]) for k, v in ht.pairs(h)]), 0)
    defm(H, "entries", lambda vm, h, a, b: new([new([k, v]) for k, v in ht.pairs(h)]), 0)
    defm(H, "inspect", lambda vm, h, a, b: vm.str_new(hash_inspect(vm, h)), 0)
    defm(H, "to_s", lambda vm, h, a, b: vm.str_new(hash_inspect(vm, h)), 0)

    def flatten(vm, h, a, b):
        from .core_array import flatten as ary_flatten
        lst = []
        for k, v in ht.pairs(h):
            lst.extend([k, v])
        depth = a[0] if a and a[0] is not None else 1
        if depth - 1 != 0:
            lst = ary_flatten(vm, lst, depth - 1 if depth > 0 else -1, [], set())
        return new(lst)
    defm(H, "flatten", flatten, -1)

    def delete(vm, h, a, b):
        check_frozen(vm, h)
        e = ht.delete(h, a[0])
        if e is None:
            return vm.yield_block(b, [a[0]]) if b is not None else None
        return e[1]
    defm(H, "delete", delete, 1)

    def h_eq(vm, h, a, b, cmp=equal):
        """hash_equal: same size, same comparison, each key's value == (eql?) the other's."""
        o = a[0]
        if o is h:
            return True
        if not isinstance(o, RHash):
            if isinstance(o, RBasic) and vm.respond_to(o, "to_hash"):
                return vm.truthy(vm.call_method(o, "eql?" if cmp is eql else "==", [h]))
            return False
        if ht.size(o) != ht.size(h):
            return False
        if not ht.size(h):
            return True
        if o.compare_by_id != h.compare_by_id:      # RHASH_TYPE differs
            return False
        pair = (id(h), id(o))
        if pair in _COMPARING:                       # rb_exec_recursive_paired
            return True
        _COMPARING.add(pair)
        try:
            for k, v in ht.pairs(h):
                t = o.tbl
                i = t.find(k, t.hash_fn(k))
                if i < 0 or not cmp(vm, v, t.evals[i]):
                    return False
        finally:
            _COMPARING.discard(pair)
        return True
    defm(H, "==", h_eq, 1)
    defm(H, "eql?", lambda vm, h, a, b: h_eq(vm, h, a, b, eql), 1)

    def h_hash(vm, h, a, b):
        """rb_hash_hash: the size, then each pair's (key hash, value hash) xor-ed in, so
        the order does not count."""
        if id(h) in _HASHING:                        # a hash inside itself: a marker
            return 0x5eed
        any_hash = vm.st_objhash[0]
        acc = ht.size(h)
        _HASHING.add(id(h))
        try:
            for k, v in ht.pairs(h):
                acc ^= hash((any_hash(k), any_hash(v)))
        finally:
            _HASHING.discard(id(h))
        return acc & ((1 << 62) - 1)
    defm(H, "hash", h_hash, 0)

    def subset(vm, h, o, strict):
        o = to_hash(vm, o)
        if ht.size(h) > ht.size(o) or (strict and ht.size(h) == ht.size(o)):
            return False
        for k, v in ht.pairs(h):
            f = lookup(vm, o, k)
            if f is None or not equal(vm, v, f[1]):
                return False
        return True
    defm(H, "<=", lambda vm, h, a, b: subset(vm, h, a[0], False), 1)
    defm(H, "<", lambda vm, h, a, b: subset(vm, h, a[0], True), 1)
    defm(H, ">=", lambda vm, h, a, b: subset(vm, to_hash(vm, a[0]), h, False), 1)
    defm(H, ">", lambda vm, h, a, b: subset(vm, to_hash(vm, a[0]), h, True), 1)

    def merge_into(vm, n, others, b):
        """rb_hash_update: each pair of each other hash, a block deciding on a key both
        have (yielded the stored key, the old and the new value)."""
        for o in others:
            o = to_hash(vm, o)
            for k, v in ht.pairs(o):
                old = lookup(vm, n, k) if b is not None else None
                if old is not None:
                    hash_aset(vm, n, k, vm.yield_block(b, [old[0], old[1], v]))
                else:
                    hash_aset(vm, n, k, v)
        return n

    def merge(vm, h, a, b):
        """rb_hash_merge: rb_hash_dup (the receiver's class and defaults), then update."""
        n = copy_hash(vm, h, vm.real_class(h))
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
        if a[0] is h:
            return h
        no_replace_while_iterating(vm, h)
        o = to_hash(vm, a[0])
        ht.replace_table(vm, h, o)
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
    defm(H, "clear", lambda vm, h, a, b: (check_frozen(vm, h), ht.clear(h), h)[2], 0)

    def first(vm, h, a, b):
        if not a:
            p = ht.first_pair(h)
            return new(list(p)) if p is not None else None
        from .core_array import num2long
        n = num2long(vm, a[0])
        if n < 0:
            vm.arg_error("attempt to take negative size")
        return new([new(list(e)) for e in ht.pairs(h)[:n]])
    defm(H, "first", first, -1)

    def invert(vm, h, a, b):
        n = hash_new_with_size(vm, ht.size(h))
        for k, v in ht.pairs(h):
            hash_aset(vm, n, v, k)
        return n
    defm(H, "invert", invert, 0)

    def compare_by_identity(vm, h, a, b):
        if h.compare_by_id:
            return h
        check_frozen(vm, h)
        ht.to_identity(vm, h)       # during #each the iteration then fails, as in CRuby
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
        n = hash_new_with_size(vm, len(a))
        for k in a:
            e = lookup(vm, h, k)
            if e is not None:
                hash_aset(vm, n, e[0], e[1])
        return n
    defm(H, "slice", h_slice, -1)

    def h_except(vm, h, a, b):
        n = copy_hash(vm, h)
        for k in a:
            ht.delete(n, k)
        return n
    defm(H, "except", h_except, -1)

    def shift(vm, h, a, b):
        """rb_hash_shift: the first pair, removed; an empty hash gives its default."""
        check_frozen(vm, h)
        p = ht.shift(h)
        if p is None:
            return hash_default(vm, h, None)
        return new(list(p))
    defm(H, "shift", shift, 0)
    defm(H, "sort", lambda vm, h, a, b: vm.call_method(new([new([k, v]) for k, v in ht.pairs(h)]), "sort", [], b), 0)
    defm(H, "assoc", lambda vm, h, a, b: (lambda e: new(list(e)) if e is not None else None)(lookup(vm, h, a[0])), 1)
    defm(H, "rassoc", lambda vm, h, a, b: next((new([k, v]) for k, v in ht.pairs(h) if equal(vm, v, a[0])), None), 1)

    def compact(vm, h, a, b):
        n = vm.hash_new()
        for k, v in ht.pairs(h):
            if v is not None:
                hash_aset(vm, n, k, v)
        return n
    defm(H, "compact", compact, 0)

    def compact_bang(vm, h, a, b):
        """delete_if_nil over the table: the entries are deleted where they are."""
        check_frozen(vm, h)
        n = ht.size(h)
        for k, v in ht.pairs(h):
            if v is None:
                ht.delete(h, k)
        return None if ht.size(h) == n else h
    defm(H, "compact!", compact_bang, 0)

    def rehash(vm, h, a, b):
        if h.iter_lev:
            vm.raise_(vm.eRuntimeError, "rehash during iteration")
        check_frozen(vm, h)
        ht.rehash(vm, h)
        return h
    defm(H, "rehash", rehash, 0)

    from .core_enum import primitive
    P = primitive(vm)

    def iter_lev(vm, s, a, b):
        """hash_iter_lev_inc/dec: while #each runs, a new key is an error (a deleted one not)."""
        h, d = a
        h.iter_lev += d
        return None
    defs(vm, P, "hash_iter", iter_lev, 2)

    defs(vm, P, "hash_copy", lambda vm, s, a, b: copy_hash(vm, a[0]), 1)
    defs(vm, P, "hash_new_with_size", lambda vm, s, a, b: hash_new_with_size(vm, a[0]), 1)

    def hash_cursor(vm, s, a, b):
        """Where an iteration over the hash starts: [entry index, table kind, table id]."""
        kind, tid = ht.cursor_state(a[0])
        return new([0, vm.sym(kind), tid])
    defs(vm, P, "hash_cursor", hash_cursor, 1)

    def hash_next(vm, s, a, b):
        """The next [key, value] of an iteration (st_foreach_check's step), or nil at the
        end; entries deleted meanwhile are skipped."""
        h, cur = a[0], a[1].a
        i = ht.next_index(vm, h, cur[0], cur[1].name, cur[2])
        if i < 0:
            return None
        cur[0] = i + 1
        t = h.tbl
        return new([t.ekeys[i], t.evals[i]])
    defs(vm, P, "hash_next", hash_next, 2)

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
    _ = RSymbol, RString, RArray


_COMPARING: set = set()       # (id, id) of the hash pairs being compared, for recursion
_HASHING: set = set()         # ids of the hashes whose #hash is being computed
