"""The table behind an RHash (cf. hash.c: RHASH_AR_TABLE / RHASH_ST_TABLE, ar_update,
ar_try_convert_table, rb_hash_stlike_*, rb_hash_bulk_insert).

`h.tbl` is None until a hash gets its first key (RHASH_TABLE_NULL_P), then an ArTable, which
becomes an StTable on the 9th key (rubyvm/core/st.py). A compare_by_identity hash is always an
st_table, of identhash. Every function here takes the table's own hash function and key
comparison from the table, so a table made for identity stays one when copied.
"""
from __future__ import annotations

from ..core.st import AR_TABLE_MAX_SIZE, DELETED, MASK64, MAX_POWER2_FOR_TABLES_WITHOUT_BINS, \
    ArTable, StTable
from .hash_type import ident_cmp, ident_hash, objhash
from .objects import FL_FROZEN, RHash, RString, RSymbol, intern

# the objhash of the VM booted last, for the one caller that cannot pass a VM (RHash.d's
# setter); everything else uses vm.st_objhash
OBJHASH: tuple = ()


def init(vm) -> None:
    global OBJHASH
    vm.st_objhash = OBJHASH = objhash(vm)


def new_ar(vm) -> ArTable:
    """ar_alloc_table."""
    return ArTable(*vm.st_objhash)


def new_st(vm, size: int = 0, identity: bool = False) -> StTable:
    """st_init_table_with_size, of objhash or identhash."""
    if identity:
        return StTable(ident_hash, ident_cmp, size)
    return StTable(*vm.st_objhash, size)


def table_for(vm, h, size: int = 0):
    """The table of a new hash about to get `size` pairs (rb_hash_new_with_size)."""
    if h.compare_by_id:
        return new_st(vm, size, True)
    return new_ar(vm) if size <= AR_TABLE_MAX_SIZE else new_st(vm, size)


def no_new_key(vm):
    vm.raise_(vm.eRuntimeError, "can't add a new key into hash during iteration")


# ---- reading -------------------------------------------------------------------------------
def key_hash(h, t, k) -> int:
    """k's hash in h's table t: t.hash_fn(k), done here for the keys hashed the same way in
    objhash and identhash (Symbols, Integers) and for Strings in objhash (rb_str_hash)."""
    tk = type(k)
    if tk is RSymbol or tk is int:
        return hash(k) & MASK64
    if tk is RString and not h.compare_by_id:
        return hash(k.s) & MASK64
    return t.hash_fn(k)


def size(h) -> int:
    t = h.tbl
    return 0 if t is None else len(t)


def find(h, k) -> int:
    """The entry index of k in h.tbl, or -1 (ar_lookup / st_lookup)."""
    t = h.tbl
    if t is None:
        return -1
    return t.find(k, t.hash_fn(k))


def get(h, k, default=None):
    t = h.tbl
    if t is not None:
        i = t.find(k, t.hash_fn(k))
        if i >= 0:
            return t.evals[i]
    return default


def pairs(h) -> list:
    """The (key, value) pairs in order (st_foreach order)."""
    t = h.tbl
    return [] if t is None else t.pairs()


def keys(h) -> list:
    t = h.tbl
    return [] if t is None else t.keys()


def values(h) -> list:
    t = h.tbl
    return [] if t is None else t.values()


def first_pair(h):
    t = h.tbl
    if t is None:
        return None
    i = t.next_live(0)
    return None if i < 0 else (t.ekeys[i], t.evals[i])


# ---- changing ------------------------------------------------------------------------------
def aset(vm, h, k, v) -> None:
    """rb_hash_aset without the frozen check: update k's value in place, or add k at the end
    (a String key is stored as a frozen copy, rb_hash_key_str). While the hash is being
    iterated only existing keys may change (hash_aset_noinsert)."""
    t = h.tbl
    if t is None:
        if h.iter_lev:
            no_new_key(vm)
        t = h.tbl = new_st(vm, 0, True) if h.compare_by_id else ArTable(*vm.st_objhash)
    tk = type(k)
    if tk is RSymbol and type(t) is ArTable and k in t.ekeys:   # index_of_symbol, inlined
        t.evals[t.ekeys.index(k)] = v
        return
    if tk is RSymbol or tk is int:            # key_hash, inlined
        hv = hash(k) & MASK64
    elif tk is RString and not h.compare_by_id:
        hv = hash(k.s) & MASK64
    else:
        hv = t.hash_fn(k)
    i = t.find(k, hv)
    if h.tbl is not t:                       # #hash or #eql? changed the table: start again
        return aset(vm, h, k, v)
    if i >= 0:
        t.evals[i] = v
        return
    if h.iter_lev:
        no_new_key(vm)
    if type(k) is RString and not k.flags & FL_FROZEN and not h.compare_by_id \
            and k.klass is vm.cString:
        k = key_str(vm, k)
    if t.add(k, hv, v) < 0:
        # the 9th key: ar_try_convert_table, then st_update hashes and looks for it again
        t = h.tbl = t.to_st()
        hv = t.hash_fn(k)
        i = t.find(k, hv)
        if i >= 0:
            t.evals[i] = v
        else:
            t.add(k, hv, v)


def key_str(vm, k):
    """rb_hash_key_str: an unfrozen String key goes in as the frozen String of its contents
    the VM already has (the fstring a literal made), else as a frozen copy. (CRuby interns the
    copy too; our fstring table holds its strings for good, so a copy is not added to it.)"""
    table = vm.__dict__.get("fstring_table")
    f = table.get((k.s, k.binary)) if table else None
    if f is None:
        f = RString(vm.cString, k.s, k.binary)
        f.flags |= FL_FROZEN
    return f


def delete(h, k):
    """rb_hash_delete_entry: the stored (key, value), or None when k is absent."""
    t = h.tbl
    if t is None:
        return None
    return t.delete(k, t.hash_fn(k))


def shift(h):
    """The first (key, value), removed (ar_shift / st_shift), or None."""
    t = h.tbl
    if t is None:
        return None
    return t.shift()


def clear(h) -> None:
    """rb_hash_clear: while iterating, delete every entry (clear_i); else empty the table,
    which keeps its size."""
    t = h.tbl
    if t is None:
        return
    if h.iter_lev:
        i = t.next_live(0)
        while i >= 0:
            t.delete_at(i, _bin_of(t, i))
            i = t.next_live(i + 1)
    else:
        t.clear()


def _bin_of(t, i) -> int:
    if isinstance(t, StTable) and t.bins is not None:
        return t._find_bin(t.ekeys[i], t.hashes[i])
    return -1


def copy_table(h):
    """hash_copy: the same table layout (ar_copy / st_copy)."""
    t = h.tbl
    return None if t is None else t.copy()


def replace_table(vm, h, src) -> None:
    """h's table becomes a copy of src's; h takes src's comparison (rb_hash_replace)."""
    h.tbl = copy_table(src)
    h.compare_by_id = src.compare_by_id


def rehash(vm, h) -> None:
    """rb_hash_rehash: a new table of the same kind and type, each key hashed again and
    inserted (st_insert: a later duplicate updates the first one's value)."""
    t = h.tbl
    if t is None:
        return
    old = t.pairs()
    if isinstance(t, ArTable):
        n = ArTable(t.hash_fn, t.eq)
    else:
        n = StTable(t.hash_fn, t.eq, len(old))
    for k, v in old:                           # (h keeps its old table meanwhile, as the
        hv = n.hash_fn(k)                      # keys' #hash may look at h)
        i = n.find(k, hv)
        if i >= 0:
            n.evals[i] = v
        else:
            n.add(k, hv, v)
    h.tbl = n


def to_identity(vm, h) -> None:
    """rb_hash_compare_by_id: an identhash st_table sized for the pairs, refilled."""
    old = pairs(h)
    n = new_st(vm, len(old), True)
    for k, v in old:
        hv = ident_hash(k)
        i = n.find(k, hv)
        if i >= 0:
            n.evals[i] = v
        else:
            n.add(k, hv, v)
    h.tbl = n
    h.compare_by_id = True


def bulk_insert(vm, h, flat) -> None:
    """rb_hash_bulk_insert (newhash, hash literals): k1, v1, k2, v2 ... into a new hash.
    Up to 8 pairs go to an ar_table; more go to an st_table made for them, inserted without
    bins when it is small and then laid out (st_insert_generic + st_rehash): so a literal of
    9 to 16 pairs has 16 entries and 32 bins."""
    n = len(flat) // 2
    if n == 0:
        return
    t = h.tbl
    if t is None:
        t = h.tbl = table_for(vm, h, n)
    if isinstance(t, ArTable) and len(t) + n <= AR_TABLE_MAX_SIZE:
        for j in range(0, len(flat), 2):
            aset(vm, h, flat[j], flat[j + 1])
        return
    if isinstance(t, ArTable):
        t = h.tbl = t.to_st()
    t.expand(t.entries_bound + n)
    for j in range(0, len(flat), 2):
        k = flat[j]
        if type(k) is RString and not k.flags & FL_FROZEN and k.klass is vm.cString:
            k = key_str(vm, k)
        t.insert(k, flat[j + 1])
    if t.bin_power > MAX_POWER2_FOR_TABLES_WITHOUT_BINS:
        t.rehash_bins()                        # st_rehash_indexed
    else:
        t.bins = None                          # st_rehash_linear


def from_pairs(vm, h, items) -> None:
    """A fresh table filled from (key, value) pairs known to be distinct keys (a copy)."""
    h.tbl = None
    for k, v in items:
        aset(vm, h, k, v)


def memsize(h) -> int:
    """What the table adds to ObjectSpace.memsize_of (hash_memsize)."""
    t = h.tbl
    return 0 if t is None else t.memsize()


# ---- iteration (st_foreach_check, as Hash#each's prelude drives it) ----------------------
def cursor_state(h):
    """What a cursor remembers about the table it walks: its kind and identity."""
    t = h.tbl
    return ("ar" if isinstance(t, ArTable) else "st"), id(t)


def next_index(vm, h, i, kind, tid) -> int:
    """The index of the first live entry at or after i, or -1 at the end. A table replaced
    under the iteration is an error, as in hash_foreach_iter / ar_foreach_check."""
    t = h.tbl
    if t is None:
        return -1
    if id(t) != tid:
        if kind == "ar" or isinstance(t, ArTable):
            vm.raise_(vm.eRuntimeError, "ret: 2, hash modified during iteration")
        vm.raise_(vm.eRuntimeError, "rehash occurred during iteration")
    return t.next_live(i)


# ---- the old dict-shaped view -------------------------------------------------------------
class HashView:
    """RHash.d: a read-only, dict-shaped view of a hash's table, for code written when RHash
    kept a dict. get(k) -> (key, value) or None; values() -> the (key, value) pairs;
    items() -> (entry index, (key, value)); len/bool/in as a dict."""
    __slots__ = ("h",)

    def __init__(self, h):
        self.h = h

    def get(self, k, default=None):
        t = self.h.tbl
        if t is not None:
            i = t.find(k, t.hash_fn(k))
            if i >= 0:
                return (t.ekeys[i], t.evals[i])
        return default

    def __contains__(self, k) -> bool:
        return find(self.h, k) >= 0

    def __len__(self) -> int:
        return size(self.h)

    def __bool__(self) -> bool:
        return size(self.h) > 0

    def values(self) -> list:
        return pairs(self.h)

    def items(self) -> list:
        t = self.h.tbl
        if t is None:
            return []
        return [(_EntryOf(t, i), (k, v)) for i, (k, v) in enumerate(zip(t.ekeys, t.evals))
                if k is not DELETED]

    def keys(self) -> list:
        return keys(self.h)

    def __iter__(self):
        return iter(keys(self.h))


class _EntryOf:
    """The key HashView.items() gives each pair: entry i of table t. A dict rebuilt from a
    view's items unchanged (duphash does this) becomes a copy of t (hash_copy)."""
    __slots__ = ("t", "i")

    def __init__(self, t, i):
        self.t = t
        self.i = i


def _copied_view(d):
    """The table d's items were all taken from, unchanged and complete, or None."""
    t = None
    for e, kv in d.items():
        if type(e) is not _EntryOf or (t is not None and e.t is not t):
            return None
        t = e.t
        if t.ekeys[e.i] is not kv[0] or t.evals[e.i] is not kv[1]:
            return None
    return t if t is not None and len(t) == len(d) else None


def set_from_dict(h, d) -> None:
    """RHash.d = {anything: [key, value], ...} (or a HashView): a new table with those
    pairs, laid out as a literal's (rb_hash_bulk_insert)."""
    if isinstance(d, HashView):
        h.tbl = copy_table(d.h)
        return
    t = _copied_view(d)
    if t is not None:
        h.tbl = t.copy()
        return
    flat = []
    for kv in d.values():
        flat.append(kv[0])
        flat.append(kv[1])
    h.tbl = None
    if not flat:
        return
    n = len(flat) // 2
    if n <= AR_TABLE_MAX_SIZE:
        t = h.tbl = ArTable(*OBJHASH)
        for j in range(0, len(flat), 2):
            t.insert(flat[j], flat[j + 1])
        return
    t = h.tbl = StTable(*OBJHASH, n)
    for j in range(0, len(flat), 2):
        t.insert(flat[j], flat[j + 1])
    if t.bin_power > MAX_POWER2_FOR_TABLES_WITHOUT_BINS:
        t.rehash_bins()



# ---- keyword arguments (cf. vm_args.c) ----------------------------------------------------
_KW_NAMES: dict = {}      # a call site's keyword names -> (their Symbols, the Symbols' hints)


def _kw_names(names):
    syms = [intern(n) for n in names]
    hints = [hash(s) & 0xFF for s in syms] \
        if len(syms) <= AR_TABLE_MAX_SIZE and len(set(syms)) == len(syms) else None
    c = _KW_NAMES[names] = (syms, hints)
    return c


def kwargs_hash(vm, names, vals):
    """The hash of a call's `k: v` arguments (names: the call site's tuple of keyword names;
    vals: a fresh list of the values). Distinct names go in as an ar_table directly."""
    c = _KW_NAMES.get(names) or _kw_names(names)
    h = RHash(vm.cHash)
    hints = c[1]
    if hints is not None:
        t = h.tbl = ArTable.__new__(ArTable)
        t.hash_fn, t.eq = vm.st_objhash
        t.hints = list(hints)
        t.ekeys = list(c[0])
        t.evals = vals
        t.size = len(hints)
    else:                                    # more than 8, or a name given twice
        if len(vals) > AR_TABLE_MAX_SIZE:
            h.tbl = new_st(vm, len(vals))
        for s, v in zip(c[0], vals):
            aset(vm, h, s, v)
    return h


def unused_keys(t, used) -> list:
    """The keys of keyword table t whose entry indexes are not in used, in order."""
    return [t.ekeys[j] for j in range(len(t.ekeys)) if j not in used and t.ekeys[j] is not DELETED]


def kwrest_hash(vm, kw, used):
    """The hash a method gets for the keywords in kw. With no named keyword parameters
    (used is None: a **rest alone, or keywords passed to a positional parameter) it is a copy
    of kw, table layout and compare_by_identity included (rb_hash_dup). Otherwise it holds
    the pairs the named parameters did not take (the indexes in used), in a new hash made
    for that many (rb_hash_new_with_size + rb_hash_aset)."""
    h = RHash(vm.cHash)
    t = kw.tbl
    if used is None:
        replace_table(vm, h, kw)
        return h
    if t is None:
        return h
    rest = [(t.ekeys[j], t.evals[j]) for j in range(len(t.ekeys))
            if t.ekeys[j] is not DELETED and j not in used]
    if len(rest) > AR_TABLE_MAX_SIZE:
        h.tbl = new_st(vm, len(rest))
    for k, v in rest:
        aset(vm, h, k, v)
    return h
