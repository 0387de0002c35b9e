"""Struct (cf. struct.c): Struct.new makes a class whose instances keep their values in a
row (RStruct's as[]), with a reader and a writer per member defined on that class."""
from __future__ import annotations

import weakref

from .bootstrap import defm, defs, new_class
from .core_object import eql, equal, inspect
from .objects import FL_FROZEN, RArray, RBasic, RClass, RHash, RRange, RString, RSymbol, intern


class RStruct(RBasic):
    __slots__ = ("vals",)
    TTYPE = "T_STRUCT"

    def __init__(self, klass, n) -> None:
        RBasic.__init__(self, klass)
        self.vals = [None] * n


_MEMBERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()   # class -> [names]
_KWINIT: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()    # class -> keyword_init


def members_of(vm, k):
    """rb_struct_s_members: the __members__ of the nearest struct class in the chain."""
    while k is not None:
        m = _MEMBERS.get(k)
        if m is not None:
            return m
        k = k.superclass
    vm.type_error("uninitialized struct")


def _kwinit(k):
    while k is not None:
        if k in _KWINIT:
            return _KWINIT[k]
        k = k.superclass
    return None


def _check_frozen(vm, s):
    if s.flags & FL_FROZEN:
        vm.raise_exc_frozen(s, inspect(vm, s))


def _index(vm, s, key, for_set=False):
    """rb_struct_pos / invalid_struct_pos: a member index for an Integer, Symbol or String."""
    names = members_of(vm, vm.real_class(s))
    if type(key) is RSymbol or isinstance(key, RString):
        name = key.name if type(key) is RSymbol else key.s
        if name in names:
            return names.index(name)
        ex = vm.make_exc(vm.eNameError, f"no member '{name}' in struct")
        ex.ivars["name"] = intern(name)
        vm.raise_exc(ex)
    if type(key) is float:
        key = int(key)
    if type(key) is not int:
        key = vm.call_method(key, "to_int", [])
    n = len(names)
    i = key + n if key < 0 else key
    if i < 0:
        vm.raise_(vm.eIndexError, f"offset {key} too small for struct(size:{n})")
    if i >= n:
        vm.raise_(vm.eIndexError, f"offset {key} too large for struct(size:{n})")
    return i


def struct_inspect(vm, s):
    k = vm.real_class(s)
    name = k.name
    head = "#<struct " + (name + " " if name else "")
    if id(s) in vm.inspect_guard:
        return "#<struct " + (name + ":...>" if name else ":...>")
    vm.inspect_guard.add(id(s))
    try:
        names = members_of(vm, k)
        parts = []
        for nm, v in zip(names, s.vals):
            parts.append(f"{nm}={inspect(vm, v)}")
        return head + ", ".join(parts) + ">"
    finally:
        vm.inspect_guard.discard(id(s))


def _define_accessors(vm, k, names):
    for i, nm in enumerate(names):
        def getter(vm, s, a, b, i=i):
            return s.vals[i]

        def setter(vm, s, a, b, i=i):
            _check_frozen(vm, s)
            s.vals[i] = a[0]
            return a[0]
        defm(k, nm, getter, 0)
        defm(k, nm + "=", setter, 1)


def init(vm):
    S = vm.cStruct

    def s_new(vm, klass, a, b, kw=None):
        args = list(a)
        kwinit = None
        if kw is not None and isinstance(kw, RHash):
            for key, v in kw.d.values():
                if type(key) is RSymbol and key.name == "keyword_init":
                    kwinit = v
                else:
                    vm.arg_error(f"unknown keyword: {inspect(vm, key)}")
        name = None
        if args and isinstance(args[0], RString):
            name = args.pop(0).s
        elif args and args[0] is None:
            args.pop(0)
        names = []
        for x in args:
            if type(x) is RSymbol:
                nm = x.name
            elif isinstance(x, RString):
                nm = x.s
            else:
                vm.type_error(f"{inspect(vm, x)} is not a symbol nor a string")
            if nm in names:
                vm.arg_error(f"duplicate member: {nm}")
            names.append(nm)
        k = new_class(vm, None, klass)
        if name is not None:
            if not name[:1].isupper():
                vm.name_error(f"identifier {name} needs to be constant", intern(name))
            from .core_module import const_set
            const_set(vm, S, name, k)
        _MEMBERS[k] = names
        _KWINIT[k] = kwinit
        k.allocator = lambda vm, kk, n=len(names): RStruct(kk, n)
        meta = vm.singleton_class(k)
        new_me = vm.cClass.m_tbl.get("new")
        if new_me is not None:
            meta.m_tbl["new"] = new_me
            meta.m_tbl["[]"] = new_me
        defs(vm, k, "members", lambda vm, kk, a, b: vm.ary_new([intern(n) for n in members_of(vm, kk)]), 0)
        _define_accessors(vm, k, names)
        if b is not None:
            from .objects import Cref
            cref = Cref(k, b.cref)
            cref.pushed_by_eval = True
            vm.yield_block(b, [k], self_=k, cref=cref)
        return k
    defs(vm, S, "new", s_new, -1, kw=True)

    def s_init(vm, s, a, b, kw=None):
        k = vm.real_class(s)
        names = members_of(vm, k)
        kwinit = _kwinit(k)
        if kw is not None and isinstance(kw, RHash) and not kw.d:
            kw = None
        if kwinit is not None and vm.truthy(kwinit) or (kwinit is None and kw is not None and not a):
            if a:
                vm.wrong_args(len(a), 0, 0)
            if kw is not None and kwinit is None:
                f = next((g for g in reversed(vm.frames) if g.iseq is not None and not g.internal), None)
                if f is not None:
                    vm.warn(f"{f.iseq.path}:{vm.frame_line(f)}: warning: Passing only keyword arguments "
                            "to Struct#initialize will behave differently from Ruby 3.2. Please use a "
                            "Hash literal like .new({k: v}) instead of .new(k: v).")
                a = [kw]
            elif kw is not None:
                unknown = []
                for key, v in kw.d.values():
                    nm = key.name if type(key) is RSymbol else getattr(key, "s", None)
                    if nm in names:
                        s.vals[names.index(nm)] = v
                    else:
                        unknown.append(nm if nm is not None else inspect(vm, key))
                if unknown:
                    vm.arg_error(f"unknown keywords: {', '.join(unknown)}")
                return None
            else:
                return None
        elif kw is not None:
            a = list(a) + [kw]
        if len(a) > len(names):
            vm.arg_error("struct size differs")
        s.vals = list(a) + [None] * (len(names) - len(a))
        return None
    defm(S, "initialize", s_init, -1, visi="private", kw=True)

    def s_copy(vm, s, a, b):
        s.vals = list(a[0].vals)
        return s
    defm(S, "initialize_copy", s_copy, 1, visi="private")

    defm(S, "members", lambda vm, s, a, b: vm.ary_new([intern(n) for n in members_of(vm, vm.real_class(s))]), 0)
    for n in ("to_a", "deconstruct", "values"):
        defm(S, n, lambda vm, s, a, b: vm.ary_new(list(s.vals)), 0)
    defm(S, "size", lambda vm, s, a, b: len(s.vals), 0)
    defm(S, "length", lambda vm, s, a, b: len(s.vals), 0)
    defm(S, "[]", lambda vm, s, a, b: s.vals[_index(vm, s, a[0])], 1)

    def aset(vm, s, a, b):
        i = _index(vm, s, a[0], True)
        _check_frozen(vm, s)
        s.vals[i] = a[1]
        return a[1]
    defm(S, "[]=", aset, 2)

    def s_eq(vm, s, a, b):
        o = a[0]
        if o is s:
            return True
        if not isinstance(o, RStruct) or vm.real_class(o) is not vm.real_class(s):
            return False
        return len(o.vals) == len(s.vals) and all(equal(vm, x, y) for x, y in zip(s.vals, o.vals))
    defm(S, "==", s_eq, 1)

    def s_eql(vm, s, a, b):
        o = a[0]
        if o is s:
            return True
        if not isinstance(o, RStruct) or vm.real_class(o) is not vm.real_class(s):
            return False
        return len(o.vals) == len(s.vals) and all(eql(vm, x, y) for x, y in zip(s.vals, o.vals))
    defm(S, "eql?", s_eql, 1)

    def s_hash(vm, s, a, b):
        h = hash(id(vm.real_class(s)))
        for v in s.vals:
            h = hash((h, vm.hashkey(v)))
        return h & ((1 << 62) - 1)
    defm(S, "hash", s_hash, 0)
    defm(S, "inspect", lambda vm, s, a, b: vm.str_new(struct_inspect(vm, s)), 0)
    defm(S, "to_s", lambda vm, s, a, b: vm.str_new(struct_inspect(vm, s)), 0)

    def to_h(vm, s, a, b):
        from .core_enum import hash_pair
        from .core_hash import hash_aset
        h = vm.hash_new()
        for nm, v in zip(members_of(vm, vm.real_class(s)), s.vals):
            if b is not None:
                hash_pair(vm, h, vm.yield_block(b, [intern(nm), v]))
            else:
                hash_aset(vm, h, intern(nm), v)
        return h
    defm(S, "to_h", to_h, 0)

    def values_at(vm, s, a, b):
        out = []
        n = len(s.vals)
        for x in a:
            if isinstance(x, RRange):
                from .core_range import range_bounds
                r = range_bounds(vm, x, n)
                if r is None:
                    vm.raise_(vm.eRangeError, f"{inspect(vm, x)} out of range")
                st, ln = r
                for i in range(st, st + ln):
                    out.append(s.vals[i] if i < n else None)
            else:
                if type(x) is not int:
                    x = vm.call_method(x, "to_int", [])
                i = x + n if x < 0 else x
                if not 0 <= i < n:
                    vm.raise_(vm.eIndexError, f"offset {x} too {'small' if x < 0 else 'large'} for struct(size:{n})")
                out.append(s.vals[i])
        return vm.ary_new(out)
    defm(S, "values_at", values_at, -1)

    def dig(vm, s, a, b):
        k = a[0]
        names = members_of(vm, vm.real_class(s))
        if type(k) is RSymbol or isinstance(k, RString):
            nm = k.name if type(k) is RSymbol else k.s
            v = s.vals[names.index(nm)] if nm in names else None
        elif type(k) is int:
            v = s.vals[k] if -len(s.vals) <= k < len(s.vals) else None
        else:
            v = None
        if len(a) == 1 or v is None:
            return v
        if not vm.respond_to(v, "dig"):
            vm.type_error(f"{vm.real_class(v).name} does not have #dig method")
        return vm.call_method(v, "dig", list(a[1:]))
    defm(S, "dig", dig, -2)

    def deconstruct_keys(vm, s, a, b):
        from .core_hash import hash_aset
        names = members_of(vm, vm.real_class(s))
        h = vm.hash_new()
        keys = a[0]
        if keys is None:
            for nm, v in zip(names, s.vals):
                hash_aset(vm, h, intern(nm), v)
            return h
        if not isinstance(keys, RArray):
            vm.type_error(f"wrong argument type {vm.real_class(keys).name} (expected Array or nil)")
        if len(keys.a) > len(names):
            return h
        for key in keys.a:
            nm = key.name if type(key) is RSymbol else getattr(key, "s", None)
            if nm not in names:
                return h
            hash_aset(vm, h, key, s.vals[names.index(nm)])
        return h
    defm(S, "deconstruct_keys", deconstruct_keys, 1)
    _ = RClass
