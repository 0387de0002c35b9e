"""Ruby objects (cf. ruby/internal/core/rbasic.h, robject.h, rclass.h, rstring.h, rarray.h ...).

Integer and Float are plain Python int/float, nil/true/false are None/True/False, Symbols are
interned `RSymbol`s: the immediates. Everything else is an RBasic (flags, klass) allocated
through the heap. Careful: Python's True == 1, so type checks use `type(v) is int`.
"""
from __future__ import annotations

from .heap import Heap

HEAP = Heap()

FL_FROZEN = 1 << 11
FL_SINGLETON = 1 << 12


class RBasic:
    __slots__ = ("flags", "klass", "ivars", "__weakref__")
    TTYPE = "T_OBJECT"

    def __init__(self, klass) -> None:
        self.flags = 0
        self.klass = klass
        self.ivars = None
        HEAP.allocate(self, self.TTYPE)

    @property
    def frozen(self) -> bool:
        return bool(self.flags & FL_FROZEN)


class RObject(RBasic):
    __slots__ = ()
    TTYPE = "T_OBJECT"


class RClass(RBasic):
    """RClass: m_tbl, iv_tbl (class ivars and class variables), const_tbl, super, origin."""
    __slots__ = ("m_tbl", "const_tbl", "cvar_tbl", "superclass", "origin", "name", "is_module",
                 "is_singleton", "attached", "module", "lexical_parent", "subclasses",
                 "includer_cache", "allocator", "refined", "private_consts", "serial",
                 "iv_index")
    TTYPE = "T_CLASS"

    def __init__(self, klass, superclass, name=None, is_module=False, ttype=None) -> None:
        self.m_tbl = {}
        self.const_tbl = {}
        self.cvar_tbl = {}
        self.superclass = superclass
        self.origin = self
        self.name = name
        self.is_module = is_module
        self.is_singleton = False
        self.attached = None
        self.module = None          # for T_ICLASS: the module whose tables it shares
        self.lexical_parent = None
        self.subclasses = []
        self.allocator = None
        self.private_consts = set()
        self.serial = 0
        self.iv_index = None        # iv_index_tbl: ivar name -> index, for its T_OBJECTs
        RBasic.__init__(self, klass)


class RModuleT(RClass):
    __slots__ = ()
    TTYPE = "T_MODULE"


class RIClass(RClass):
    __slots__ = ()
    TTYPE = "T_ICLASS"


class RSingletonClass(RClass):
    __slots__ = ()
    TTYPE = "T_CLASS"


class RString(RBasic):
    """The characters `s` and the encoding `binary` (see core_string.py); `shared` is the
    frozen root whose buffer this string reads (STR_SHARED, as.heap.aux.shared) and `capa`
    its own heap buffer's capacity when that is not just its bytesize (as.heap.aux.capa):
    the embedded / heap / shared layouts of shared_string.py."""
    __slots__ = ("s", "binary", "shared", "capa")
    TTYPE = "T_STRING"

    def __init__(self, klass, s: str, binary: bool = False) -> None:
        RBasic.__init__(self, klass)
        self.s = s
        self.binary = binary
        self.shared = None
        self.capa = None

    def __repr__(self):
        return f"RString({self.s!r})"


class RArray(RBasic):
    __slots__ = ("a",)
    TTYPE = "T_ARRAY"

    def __init__(self, klass, a: list) -> None:
        RBasic.__init__(self, klass)
        self.a = a

    def __repr__(self):
        return f"RArray({self.a!r})"


class RHash(RBasic):
    """RHash: `tbl` is its table (rubyvm/core/st.py, rubyvm/vm/hash_table.py): None until the
    first key, an ar_table up to 8 pairs, then an st_table. iter_lev counts the iterations
    running over it (RHASH_ITER_LEV): while it is positive no key may be added."""
    __slots__ = ("tbl", "default", "default_proc", "compare_by_id", "iter_lev")
    TTYPE = "T_HASH"

    def __init__(self, klass) -> None:
        RBasic.__init__(self, klass)
        self.tbl = None
        self.default = None
        self.default_proc = None
        self.compare_by_id = False
        self.iter_lev = 0

    # `d`: a read-only dict-shaped view (HashView) kept for code written against the dict
    # this class used to hold; assigning a dict of [key, value] pairs refills the table
    def _get_d(self):
        return _ht.HashView(self)

    def _set_d(self, d):
        _ht.set_from_dict(self, d)

    d = property(_get_d, _set_d)

    # what argument setup needs, here because vm.py reaches the hash code through this class
    @staticmethod
    def from_kwargs(vm, names, values):
        """The hash of a call's `name: value` arguments (hash_table.kwargs_hash)."""
        return _ht.kwargs_hash(vm, names, values)

    @staticmethod
    def kwrest(vm, kw, used):
        """The hash a method gets for keywords kw: a copy when it has no named keywords
        (used is None), else the pairs but those at the indexes in used."""
        return _ht.kwrest_hash(vm, kw, used)


class RRange(RBasic):
    __slots__ = ("beg", "end", "excl")
    TTYPE = "T_STRUCT"

    def __init__(self, klass, beg, end, excl) -> None:
        RBasic.__init__(self, klass)
        self.beg = beg
        self.end = end
        self.excl = excl


class RRegexp(RBasic):
    __slots__ = ("source", "options", "pat")
    TTYPE = "T_REGEXP"

    def __init__(self, klass, source, options, pat) -> None:
        RBasic.__init__(self, klass)
        self.source = source
        self.options = options
        self.pat = pat


class RMatch(RBasic):
    __slots__ = ("m", "regexp", "string")
    TTYPE = "T_MATCH"

    def __init__(self, klass, m, regexp, string) -> None:
        RBasic.__init__(self, klass)
        self.m = m
        self.regexp = regexp
        self.string = string


class RData(RBasic):
    """T_DATA: Proc, Method, Binding, Enumerator ... keep their C struct in `data`."""
    __slots__ = ("data",)
    TTYPE = "T_DATA"

    def __init__(self, klass, data=None) -> None:
        RBasic.__init__(self, klass)
        self.data = data


class RProc(RBasic):
    """rb_proc_t: a block (iseq + captured env + self), lambda-ness, and where it came from."""
    __slots__ = ("block", "is_lambda", "from_method", "is_from_method")
    TTYPE = "T_DATA"

    def __init__(self, klass, block, is_lambda) -> None:
        RBasic.__init__(self, klass)
        self.block = block
        self.is_lambda = is_lambda
        self.from_method = None
        self.is_from_method = False


class RMethodObj(RBasic):
    __slots__ = ("recv", "me", "mid", "owner_klass", "bound", "iclass")
    TTYPE = "T_DATA"

    def __init__(self, klass, recv, me, mid, bound, iclass=None) -> None:
        RBasic.__init__(self, klass)
        self.recv = recv
        self.me = me
        self.mid = mid
        self.bound = bound
        self.iclass = iclass


class RSymbol:
    """A Symbol: an immediate, interned by name (cf. symbol.c's global symbol table)."""
    __slots__ = ("name", "__weakref__")
    table: dict = {}

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self):
        return f":{self.name}"


def intern(name: str) -> RSymbol:
    s = RSymbol.table.get(name)
    if s is None:
        s = RSymbol.table[name] = RSymbol(name)
    return s


class Env:
    """An environment (the locals an EP points at, cf. VM_ENV_DATA_*): `l` is indexed by the
    getlocal operand (ep[-idx]); prev is the enclosing scope's env (VM_ENV_PREV_EP); block,
    me and svar are the specval / method-entry / special-variable slots of a local env.
    `escaped` is set when a Proc or binding captured it (moved to the heap, vm_make_env_object)."""
    __slots__ = ("l", "prev", "block", "me", "svar", "escaped", "iseq", "self_")

    def __init__(self, size, prev, iseq=None, block=None, me=None, self_=None):
        self.l = [None] * size
        self.prev = prev
        self.block = block
        self.me = me
        self.svar = None
        self.escaped = False
        self.iseq = iseq
        self.self_ = self_


class Block:
    """rb_captured_block: code (iseq), self and the ep it closes over; cref for constants."""
    __slots__ = ("iseq", "self", "ep", "cref", "code", "is_lambda", "proc", "pyfunc", "sym",
                 "pykw")

    def __init__(self, iseq, self_, ep, cref, code=None):
        self.iseq = iseq
        self.self = self_
        self.ep = ep
        self.cref = cref
        self.code = code
        self.is_lambda = False
        self.proc = None
        self.pyfunc = None
        self.sym = None
        self.pykw = False         # pyfunc takes the keywords: pyfunc(vm, args, blk, kw)


class Cref:
    """rb_cref_t: the lexical scope (class for constants/def, default visibility, next)."""
    __slots__ = ("klass", "visi", "next", "module_func", "pushed_by_eval")

    def __init__(self, klass, next_, visi="public"):
        self.klass = klass
        self.next = next_
        self.visi = visi
        self.module_func = False
        self.pushed_by_eval = False


# the table functions RHash is driven by (last: they build on the classes above)
from . import hash_table as _ht  # noqa: E402
