"""Method entries and method lookup (cf. method.h rb_method_entry_t, vm_method.c).

A method table (RClass.m_tbl) maps a name to a MethodEntry. Lookup walks the superclass chain,
include classes (T_ICLASS) and origins included. A global method state counter stands in for
CRuby's global/class serials: every definition, removal, include, prepend or extend bumps it,
and both the global method cache and the inline caches on call data check it.
"""
from __future__ import annotations

# rb_method_type_t
VM_METHOD_TYPE_ISEQ = "iseq"
VM_METHOD_TYPE_CFUNC = "cfunc"
VM_METHOD_TYPE_ATTRSET = "attrset"
VM_METHOD_TYPE_IVAR = "ivar"
VM_METHOD_TYPE_BMETHOD = "bmethod"
VM_METHOD_TYPE_ZSUPER = "zsuper"
VM_METHOD_TYPE_ALIAS = "alias"
VM_METHOD_TYPE_UNDEF = "undef"
VM_METHOD_TYPE_NOTIMPLEMENTED = "notimplemented"
VM_METHOD_TYPE_OPTIMIZED = "optimized"
VM_METHOD_TYPE_MISSING = "missing"
VM_METHOD_TYPE_REFINED = "refined"


class MethodEntry:
    """rb_method_entry_t / rb_callable_method_entry_t.

    body: iseq type -> (iseq, code); cfunc -> python function f(vm, recv, args, blk[, kw]);
    attrset/ivar -> the ivar name; bmethod -> the RProc; alias -> the original entry;
    optimized -> "send" | "call" | "block_call"."""
    __slots__ = ("type", "mid", "original_id", "owner", "visi", "body", "arity", "cref",
                 "defined_class", "kw", "internal", "params")

    def __init__(self, type_, mid, owner, visi, body, arity=-1, cref=None, kw=False):
        self.type = type_
        self.mid = mid
        self.original_id = mid
        self.owner = owner
        self.defined_class = owner
        self.visi = visi
        self.body = body
        self.arity = arity
        self.cref = cref
        self.kw = kw               # cfunc wants keyword arguments as a dict
        self.internal = False      # defined by the prelude: shown as a C method in backtraces
        self.params = None

    def copy(self):
        m = MethodEntry(self.type, self.mid, self.owner, self.visi, self.body, self.arity,
                        self.cref, self.kw)
        m.original_id = self.original_id
        m.defined_class = self.defined_class
        m.internal = self.internal
        m.params = self.params
        return m

    def __repr__(self):
        return f"<me {self.type} {self.mid} of {getattr(self.owner, 'name', '?')}>"


class MethodState:
    """The global method state (ruby_vm_global_method_state) and the global method cache."""
    __slots__ = ("serial", "cache")

    def __init__(self):
        self.serial = 0
        self.cache: dict = {}

    def invalidate(self):
        self.serial += 1
        self.cache.clear()


STATE = MethodState()


def search_method(klass, mid):
    """search_method: the entry for mid along klass's chain, and the class it was found in.
    An UNDEF entry stops the search (returns it)."""
    while klass is not None:
        me = klass.m_tbl.get(mid)
        if me is not None:
            return me, klass
        klass = klass.superclass
    return None, None


def lookup(klass, mid):
    """rb_callable_method_entry with the global method cache; None when missing/undefined."""
    key = (klass, mid)
    cache = STATE.cache
    r = cache.get(key)
    if r is None:
        me, defined = search_method(klass, mid)
        if me is not None and me.type == VM_METHOD_TYPE_UNDEF:
            me = None
        r = cache[key] = (me, defined)
    return r


def resolve_alias(me):
    while me is not None and me.type == VM_METHOD_TYPE_ALIAS:
        me = me.body
    return me
