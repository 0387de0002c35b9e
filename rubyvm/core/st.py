"""CRuby's hash tables, as chapter 7 draws them: st.c's st_table and hash.c's ar_table.

st_table keeps two arrays:
  entries  every (hash, key, record) in insertion order; a deleted entry is marked, not moved.
           Here the entries array is three parallel lists (hashes, ekeys, evals) that grow up
           to 2**entry_power slots: len(hashes) is entries_bound.
  bins     open addressing over 2**bin_power slots holding entry indexes (+ ENTRY_BASE);
           a collision walks on with a perturbed step (secondary_hash).
A table made with 2**4 entries or fewer has no bins and is searched linearly (find_entry).
When an insertion finds the entries array full, rebuild_table either compacts it in place
(when deleted entries leave room) or moves the live entries to arrays sized for about twice
as many.

ar_table ("array table", hash.c) is what a Ruby Hash with at most 8 pairs uses instead: the
pairs and a one-byte hint of each hash, searched linearly; the 9th key converts it to an
st_table (ar_try_convert_table).

Both tables take the caller's hash function and key comparison (st_hash_type: the VM passes
Ruby's #hash and #eql?); the search methods take the key's hash already computed, so a caller
hashes a key once per operation, as st.c does.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

MASK64 = (1 << 64) - 1
RESERVED_HASH_VAL = MASK64            # the hash of a deleted entry (DELETED_ENTRY_P)
RESERVED_HASH_SUBSTITUTION_VAL = 0    # what do_hash turns a real hash of ~0 into
MINIMAL_POWER2 = 2
MAX_POWER2_FOR_TABLES_WITHOUT_BINS = 4
REBUILD_THRESHOLD = 4
EMPTY_BIN = 0
DELETED_BIN = 1
ENTRY_BASE = 2
MAX_POWER2 = 62
AR_TABLE_MAX_SIZE = 8                 # RHASH_AR_TABLE_MAX_SIZE
ST_TABLE_SIZE = 56                    # sizeof(st_table)
ST_ENTRY_SIZE = 24                    # sizeof(st_table_entry): hash, key, record
AR_PAIR_SIZE = 16                     # sizeof(ar_table_pair): key, value


class _Deleted:
    """The key slot of a deleted entry (st.c's MARK_ENTRY_DELETED; ar_clear_entry's Qundef)."""
    __slots__ = ()

    def __repr__(self):
        return "<deleted>"


DELETED = _Deleted()


def get_power2(size: int) -> int:
    """The smallest n >= MINIMAL_POWER2 with 2**n > size (cf. st.c get_power2)."""
    n = size.bit_length()
    if n > MAX_POWER2:
        raise OverflowError("st_table too big")
    return n if n > MINIMAL_POWER2 else MINIMAL_POWER2


def size_ind_for(entry_power: int) -> int:
    """features[].size_ind: a bin is a 1-, 2-, 4- or 8-byte integer (log2 of its size)."""
    return 0 if entry_power < 8 else 1 if entry_power < 16 else 2 if entry_power < 32 else 3


def fixnum_hash(v: int) -> int:
    """What hash.c's any_hash makes of a #hash result: the value as a Fixnum (a Bignum is
    folded as rb_integer_pack does), then kept positive or sign-extended into the Fixnum
    range, as a 64-bit unsigned st_hash_t."""
    if not -(1 << 62) <= v < (1 << 62):                   # a Bignum
        ul = abs(v) & MASK64
        v = (ul | -(1 << 62)) if v < 0 else (ul & ((1 << 62) - 1))
    v = v & ((1 << 62) - 1) if v > 0 else v | -(1 << 62)  # FIXNUM_MAX / FIXNUM_MIN
    v &= MASK64
    return RESERVED_HASH_SUBSTITUTION_VAL if v == RESERVED_HASH_VAL else v


class StTable:
    """st.c's st_table. `hashes[i] == RESERVED_HASH_VAL` marks entry i deleted."""
    __slots__ = ("hash_fn", "eq", "entry_power", "bin_power", "bins_mask", "bins", "hashes",
                 "ekeys", "evals", "entries_start", "num_entries", "rebuilds_num")

    def __init__(self, hash_fn: Callable[[Any], int], eq: Callable[[Any, Any], bool],
                 size: int = 0):
        self.hash_fn = hash_fn
        self.eq = eq
        self.rebuilds_num = 0
        self._allocate(get_power2(size))

    # ------------------------------------------------------------------ layout
    def _allocate(self, entry_power: int, bins: Optional[bool] = None) -> None:
        """st_init_table_with_size: empty entries, and bins above 2**4 entries."""
        self.entry_power = entry_power
        self.bin_power = entry_power + 1          # features[].bin_power
        self.bins_mask = (1 << self.bin_power) - 1
        if bins is None:
            bins = entry_power > MAX_POWER2_FOR_TABLES_WITHOUT_BINS
        self.bins: Optional[list[int]] = [EMPTY_BIN] * (1 << self.bin_power) if bins else None
        self.hashes: list[int] = []
        self.ekeys: list = []
        self.evals: list = []
        self.entries_start = self.num_entries = 0

    @property
    def allocated_entries(self) -> int:
        return 1 << self.entry_power

    @property
    def entries_bound(self) -> int:
        return len(self.hashes)

    @property
    def bins_num(self) -> int:
        return 1 << self.bin_power if self.bins is not None else 0

    @property
    def size_ind(self) -> int:
        return size_ind_for(self.entry_power)

    def memsize(self) -> int:
        """st_memsize: the st_table, its bins (1 to 8 bytes each) and its entries array."""
        bins = (self.bins_num << self.size_ind) if self.bins is not None else 0
        return ST_TABLE_SIZE + bins + self.allocated_entries * ST_ENTRY_SIZE

    def do_hash(self, key) -> int:
        """do_hash: the key's hash, never RESERVED_HASH_VAL."""
        h = self.hash_fn(key) & MASK64
        return RESERVED_HASH_SUBSTITUTION_VAL if h == RESERVED_HASH_VAL else h

    # ------------------------------------------------------------------ searching
    def find(self, key, h: int) -> int:
        """The entry index of key (whose hash is h), or -1: find_entry's linear search in a
        table without bins, else find_table_entry_ind walking the bins."""
        bins = self.bins
        if bins is None:
            hashes = self.hashes
            if h not in hashes:           # deleted entries hold RESERVED_HASH_VAL: no match
                return -1
            i = hashes.index(h, self.entries_start)
            ekeys, n = self.ekeys, len(hashes)
            while True:
                k = ekeys[i]
                if k is key:
                    return i
                if self.eq(key, k):
                    # a #eql? that rebuilt the table: search again (REBUILT_TABLE_ENTRY_IND)
                    return i if self.ekeys is ekeys else self.find(key, h)
                if self.ekeys is not ekeys:
                    return self.find(key, h)
                i += 1
                while i < n and hashes[i] != h:
                    i += 1
                if i == n:
                    return -1
        i = bins[h & self.bins_mask] - 2            # - ENTRY_BASE
        if i >= 0 and self.hashes[i] == h:
            # the first probe holds the same key object, or an equal Integer (equal in every
            # st_hash_type): no #eql? needed
            k = self.ekeys[i]
            if k is key or (type(k) is int and type(key) is int and k == key):
                return i
        mask = self.bins_mask
        ind = h & mask
        perturb = h
        hashes, ekeys = self.hashes, self.ekeys
        while True:
            b = bins[ind]
            if b >= ENTRY_BASE:
                i = b - ENTRY_BASE
                if hashes[i] == h:
                    k = ekeys[i]
                    if k is key:
                        return i
                    eq = self.eq(key, k)
                    if self.bins is not bins or self.ekeys is not ekeys:
                        return self.find(key, h)
                    if eq:
                        return i
            elif b == EMPTY_BIN:
                return -1
            perturb >>= 11                # secondary_hash
            ind = (ind * 5 + perturb + 1) & mask

    def _find_bin(self, key, h: int) -> int:
        """find_table_bin_ind: the bin holding key's entry index, or -1."""
        bins, mask, hashes, ekeys = self.bins, self.bins_mask, self.hashes, self.ekeys
        ind = h & mask
        perturb = h
        while True:
            b = bins[ind]
            if b >= ENTRY_BASE:
                i = b - ENTRY_BASE
                if hashes[i] == h:
                    k = ekeys[i]
                    if k is key:
                        return ind
                    eq = self.eq(key, k)
                    if self.bins is not bins or self.ekeys is not ekeys:
                        return self._find_bin(key, h)
                    if eq:
                        return ind
            elif b == EMPTY_BIN:
                return -1
            perturb >>= 11
            ind = (ind * 5 + perturb + 1) & mask

    def _empty_bin(self, h: int) -> int:
        """find_table_bin_ind_direct: the first empty or deleted bin on h's probe sequence."""
        bins, mask = self.bins, self.bins_mask
        ind = h & mask
        perturb = h
        while bins[ind] >= ENTRY_BASE:
            perturb >>= 11
            ind = (ind * 5 + perturb + 1) & mask
        return ind

    def probe_sequence(self, h: int, n: int) -> list[int]:
        """The first n bins on hash h's probe sequence (for the chapter 7 pictures)."""
        out, ind, perturb = [], h & self.bins_mask, h
        for _ in range(n):
            out.append(ind)
            perturb >>= 11
            ind = (ind * 5 + perturb + 1) & self.bins_mask
        return out

    def search_path(self, key, h: int) -> list[int]:
        """The bins find() visits looking for key (hash h): up to the one holding it, or the
        empty bin that ends the search. Collisions make it long."""
        out, ind, perturb = [], h & self.bins_mask, h
        while True:
            out.append(ind)
            b = self.bins[ind]
            if b == EMPTY_BIN:
                return out
            if b >= ENTRY_BASE:
                i = b - ENTRY_BASE
                k = self.ekeys[i]
                if self.hashes[i] == h and (k is key or self.eq(key, k)):
                    return out
            perturb >>= 11
            ind = (ind * 5 + perturb + 1) & self.bins_mask

    def lookup(self, key, default=None):
        """st_lookup."""
        i = self.find(key, self.do_hash(key))
        return default if i < 0 else self.evals[i]

    def index_of_symbol(self, sym) -> int:
        """find() for a Symbol (ArTable.index_of_symbol's counterpart)."""
        return self.find(sym, self.do_hash(sym))

    def __contains__(self, key) -> bool:
        return self.find(key, self.do_hash(key)) >= 0

    # ------------------------------------------------------------------ changing
    def add(self, key, h: int, value) -> int:
        """st_add_direct_with_hash: append a new entry (key is known to be absent), rebuilding
        first when the entries array is full; its index."""
        if len(self.hashes) == 1 << self.entry_power:
            self.rebuild()
        i = len(self.hashes)
        self.hashes.append(h)
        self.ekeys.append(key)
        self.evals.append(value)
        self.num_entries += 1
        if self.bins is not None:
            self.bins[self._empty_bin(h)] = i + ENTRY_BASE
        return i

    def insert(self, key, value) -> bool:
        """st_insert: rebuild when full, then update the key's record or add it; True when
        the key was already there."""
        if len(self.hashes) == 1 << self.entry_power:
            self.rebuild()
        h = self.do_hash(key)
        i = self.find(key, h)
        if i >= 0:
            self.evals[i] = value
            return True
        self.add(key, h, value)
        return False

    __setitem__ = insert

    def rebuild(self) -> None:
        """rebuild_table: drop the deleted entries, compacting in place when the table is
        between a quarter and half full (or has fewer than 4 entries), else moving them to
        arrays sized for 2*live-1 entries. Bins are rebuilt from the stored hashes."""
        n = self.num_entries
        allocated = 1 << self.entry_power
        hashes, ekeys, evals = self.hashes, self.ekeys, self.evals
        start = self.entries_start
        if (2 * n <= allocated and REBUILD_THRESHOLD * n > allocated) or n < (1 << MINIMAL_POWER2):
            had_bins = self.bins is not None     # compaction keeps the arrays' sizes
            self._allocate(self.entry_power, had_bins)
        else:
            self._allocate(get_power2(2 * n - 1))
        live = [i for i in range(start, len(hashes)) if hashes[i] != RESERVED_HASH_VAL]
        self.hashes = [hashes[i] for i in live]
        self.ekeys = [ekeys[i] for i in live]
        self.evals = [evals[i] for i in live]
        self.num_entries = len(live)
        if self.bins is not None:
            self.rehash_bins()
        self.rebuilds_num += 1

    def rehash_bins(self) -> None:
        """Fill fresh bins from the entries (rebuild_table's loop; st_rehash_indexed)."""
        if self.bins is None:
            self.bins = [EMPTY_BIN] * (1 << self.bin_power)
        else:
            self.bins[:] = [EMPTY_BIN] * len(self.bins)
        bins = self.bins
        for i, h in enumerate(self.hashes):
            if h != RESERVED_HASH_VAL:
                bins[self._empty_bin(h)] = i + ENTRY_BASE

    def expand(self, size: int) -> None:
        """st_expand_table: room for `size` entries without a rebuild (bins dropped: the
        bulk insert that calls it lays them out again)."""
        if size <= 1 << self.entry_power:
            return
        power = get_power2(size)
        self.entry_power = power
        self.bin_power = power + 1
        self.bins_mask = (1 << self.bin_power) - 1
        self.bins = None
        self.rebuilds_num += 1

    def delete_at(self, i: int, bin_ind: int = -1) -> None:
        """Mark entry i (and its bin) deleted (MARK_ENTRY_DELETED, MARK_BIN_DELETED)."""
        if bin_ind >= 0:
            self.bins[bin_ind] = DELETED_BIN
        self.hashes[i] = RESERVED_HASH_VAL
        self.ekeys[i] = DELETED
        self.evals[i] = None
        self.num_entries -= 1
        if self.entries_start == i:         # update_range_for_deleted
            hashes, n = self.hashes, len(self.hashes)
            i += 1
            while i < n and hashes[i] == RESERVED_HASH_VAL:
                i += 1
            self.entries_start = i

    def delete(self, key, h: Optional[int] = None):
        """st_delete: remove key; (key, value) as they were stored, or None when absent."""
        if h is None:
            h = self.do_hash(key)
        if self.bins is None:
            i = self.find(key, h)
            if i < 0:
                return None
            b = -1
        else:
            b = self._find_bin(key, h)
            if b < 0:
                return None
            i = self.bins[b] - ENTRY_BASE
        pair = (self.ekeys[i], self.evals[i])
        self.delete_at(i, b)
        return pair

    def shift(self):
        """st_shift: remove and return the first (key, value), or None when empty."""
        i = self.next_live(self.entries_start)
        if i < 0:
            return None
        key = self.ekeys[i]
        return self.delete(key, self.hashes[i])

    def clear(self) -> None:
        """st_clear (make_tab_empty): no entries, the arrays keep their sizes."""
        self.hashes, self.ekeys, self.evals = [], [], []
        if self.bins is not None:
            self.bins = [EMPTY_BIN] * len(self.bins)
        self.entries_start = self.num_entries = 0
        self.rebuilds_num += 1

    # ------------------------------------------------------------------ reading
    def next_live(self, i: int) -> int:
        """The index of the first entry at or after i that is not deleted, or -1."""
        hashes = self.hashes
        n = len(hashes)
        if i < self.entries_start:
            i = self.entries_start
        while i < n:
            if hashes[i] != RESERVED_HASH_VAL:
                return i
            i += 1
        return -1

    def pairs(self) -> list[tuple[Any, Any]]:
        """The (key, value) pairs in st_foreach order: insertion order."""
        return [(k, v) for k, v in zip(self.ekeys, self.evals) if k is not DELETED]

    def items(self) -> Iterator[tuple[Any, Any]]:
        """Iterate live: entries deleted meanwhile are skipped, as st_foreach does."""
        i = self.next_live(0)
        while i >= 0:
            yield self.ekeys[i], self.evals[i]
            i = self.next_live(i + 1)

    def keys(self) -> list:
        return [k for k in self.ekeys if k is not DELETED]

    def values(self) -> list:
        return [v for k, v in zip(self.ekeys, self.evals) if k is not DELETED]

    def __len__(self) -> int:
        return self.num_entries

    def copy(self) -> "StTable":
        """st_copy: the same layout (deleted entries and bins included)."""
        t = StTable.__new__(StTable)
        t.hash_fn, t.eq = self.hash_fn, self.eq
        t.entry_power, t.bin_power, t.bins_mask = self.entry_power, self.bin_power, self.bins_mask
        t.bins = None if self.bins is None else list(self.bins)
        t.hashes, t.ekeys, t.evals = list(self.hashes), list(self.ekeys), list(self.evals)
        t.entries_start, t.num_entries = self.entries_start, self.num_entries
        t.rebuilds_num = self.rebuilds_num
        return t

    def layout(self) -> dict:
        """What the chapter 7 picture shows: entries (hash, key, value, deleted) and bins
        (an entry index, "deleted" or None per bin)."""
        entries = [{"hash": h, "key": k, "value": v, "deleted": h == RESERVED_HASH_VAL}
                   for h, k, v in zip(self.hashes, self.ekeys, self.evals)]
        bins = None if self.bins is None else [
            b - ENTRY_BASE if b >= ENTRY_BASE else None if b == EMPTY_BIN else "deleted"
            for b in self.bins]
        return {"type": "st", "entry_power": self.entry_power, "bin_power": self.bin_power,
                "size_ind": self.size_ind, "allocated_entries": self.allocated_entries,
                "num_entries": self.num_entries, "entries_start": self.entries_start,
                "entries_bound": self.entries_bound, "rebuilds_num": self.rebuilds_num,
                "entries": entries, "bins": bins, "memsize": self.memsize()}


class ArTable:
    """hash.c's ar_table: up to AR_TABLE_MAX_SIZE pairs, each with a one-byte hint (the low
    byte of its hash); `hints[i] is None` marks pair i cleared. len(hints) is the bound."""
    __slots__ = ("hash_fn", "eq", "hints", "ekeys", "evals", "size")

    def __init__(self, hash_fn: Callable[[Any], int], eq: Callable[[Any, Any], bool]):
        self.hash_fn = hash_fn
        self.eq = eq
        self.hints: list = []
        self.ekeys: list = []
        self.evals: list = []
        self.size = 0

    @property
    def bound(self) -> int:
        return len(self.hints)

    def memsize(self) -> int:
        return AR_TABLE_MAX_SIZE * AR_PAIR_SIZE

    def do_hash(self, key) -> int:
        h = self.hash_fn(key) & MASK64
        return RESERVED_HASH_SUBSTITUTION_VAL if h == RESERVED_HASH_VAL else h

    def find(self, key, h: int) -> int:
        """ar_find_entry_hint: scan the hints; on a hint match compare the keys."""
        hints = self.hints
        hint = h & 0xFF
        if hint not in hints:
            return -1
        i = hints.index(hint)
        k = self.ekeys[i]
        if k is key:
            return i
        eq = self.eq(key, k)
        if self.hints is not hints:           # #eql? changed the table: search again
            return self.find(key, h)
        return i if eq else self._find_from(key, hint, i + 1)

    def _find_from(self, key, hint: int, i: int) -> int:
        """ar_find_entry_hint's scan on from pair i, after a hint matched a different key."""
        hints, ekeys = self.hints, self.ekeys
        n = len(hints)
        while True:
            while i < n and hints[i] != hint:
                i += 1
            if i == n:
                return -1
            k = ekeys[i]
            if k is key:
                return i
            eq = self.eq(key, k)
            if self.hints is not hints:
                return self._find_from(key, hint, 0)
            if eq:
                return i
            i += 1

    def lookup(self, key, default=None):
        i = self.find(key, self.do_hash(key))
        return default if i < 0 else self.evals[i]

    def index_of_symbol(self, sym) -> int:
        """find() for a Symbol, which is eql? only to itself whatever the hash type: the pairs
        are scanned for the object itself (keyword arguments look themselves up this way)."""
        ekeys = self.ekeys
        return ekeys.index(sym) if sym in ekeys else -1

    def __contains__(self, key) -> bool:
        return self.find(key, self.do_hash(key)) >= 0

    def add(self, key, h: int, value) -> int:
        """ar_insert of an absent key: its index, or -1 when the table is full (the caller
        converts to st_table, ar_try_convert_table). A full bound is compacted first."""
        if self.size >= AR_TABLE_MAX_SIZE:
            return -1
        if len(self.hints) == AR_TABLE_MAX_SIZE:
            self._compact()
        self.hints.append(h & 0xFF)
        self.ekeys.append(key)
        self.evals.append(value)
        self.size += 1
        return len(self.hints) - 1

    def insert(self, key, value) -> Optional[bool]:
        """True: updated; False: added; None: full, the caller converts to st_table."""
        h = self.do_hash(key)
        i = self.find(key, h)
        if i >= 0:
            self.evals[i] = value
            return True
        return None if self.add(key, h, value) < 0 else False

    def _compact(self) -> None:
        """ar_compact_table: slide the live pairs down over the cleared ones."""
        live = [i for i, hint in enumerate(self.hints) if hint is not None]
        self.hints = [self.hints[i] for i in live]
        self.ekeys = [self.ekeys[i] for i in live]
        self.evals = [self.evals[i] for i in live]

    def delete_at(self, i: int, bin_ind: int = -1) -> None:
        """ar_clear_entry; an emptied table's bound goes back to 0 (RHASH_AR_TABLE_SIZE_DEC)."""
        self.size -= 1
        if self.size == 0:
            self.hints, self.ekeys, self.evals = [], [], []
            return
        self.hints[i] = None
        self.ekeys[i] = DELETED
        self.evals[i] = None

    def delete(self, key, h: Optional[int] = None):
        if h is None:
            h = self.do_hash(key)
        i = self.find(key, h)
        if i < 0:
            return None
        pair = (self.ekeys[i], self.evals[i])
        self.delete_at(i)
        return pair

    def shift(self):
        """ar_shift: remove and return the first (key, value), or None when empty."""
        i = self.next_live(0)
        if i < 0:
            return None
        pair = (self.ekeys[i], self.evals[i])
        self.delete_at(i)
        return pair

    def clear(self) -> None:
        """ar_clear."""
        self.hints, self.ekeys, self.evals = [], [], []
        self.size = 0

    def next_live(self, i: int) -> int:
        hints = self.hints
        n = len(hints)
        while i < n:
            if hints[i] is not None:
                return i
            i += 1
        return -1

    def pairs(self) -> list[tuple[Any, Any]]:
        return [(k, v) for k, v in zip(self.ekeys, self.evals) if k is not DELETED]

    def items(self) -> Iterator[tuple[Any, Any]]:
        i = self.next_live(0)
        while i >= 0:
            yield self.ekeys[i], self.evals[i]
            i = self.next_live(i + 1)

    def keys(self) -> list:
        return [k for k in self.ekeys if k is not DELETED]

    def values(self) -> list:
        return [v for k, v in zip(self.ekeys, self.evals) if k is not DELETED]

    def __len__(self) -> int:
        return self.size

    def copy(self) -> "ArTable":
        """ar_copy."""
        t = ArTable.__new__(ArTable)
        t.hash_fn, t.eq = self.hash_fn, self.eq
        t.hints, t.ekeys, t.evals = list(self.hints), list(self.ekeys), list(self.evals)
        t.size = self.size
        return t

    def to_st(self) -> StTable:
        """ar_try_convert_table: an st_table sized for twice the pairs, each key hashed again
        (a key's #hash runs here) and added in order."""
        st = StTable(self.hash_fn, self.eq, self.size * 2)
        for k, v in self.pairs():
            st.add(k, st.do_hash(k), v)
        return st

    def layout(self) -> dict:
        entries = [{"hint": hint, "key": k, "value": v, "deleted": hint is None}
                   for hint, k, v in zip(self.hints, self.ekeys, self.evals)]
        return {"type": "ar", "capacity": AR_TABLE_MAX_SIZE, "num_entries": self.size,
                "bound": self.bound, "entries": entries, "memsize": self.memsize()}


class RubyHashTable:
    """The table behind a Ruby Hash, outside the VM: an ar_table that becomes an st_table on
    the 9th pair (what the VM's RHash does, with Python's hash and ==)."""
    __slots__ = ("table",)

    def __init__(self, hash_fn: Callable[[Any], int], eq: Callable[[Any, Any], bool]):
        self.table: Any = ArTable(hash_fn, eq)

    def insert(self, key, value) -> bool:
        r = self.table.insert(key, value)
        if r is None:
            self.table = self.table.to_st()
            return self.table.insert(key, value)
        return r

    def lookup(self, key, default=None):
        return self.table.lookup(key, default)

    def delete(self, key, default=None):
        r = self.table.delete(key)
        return default if r is None else r[1]

    def shift(self):
        return self.table.shift()

    def __contains__(self, key) -> bool:
        return key in self.table

    def items(self):
        return self.table.items()

    def __len__(self) -> int:
        return len(self.table)

    def layout(self) -> dict:
        return self.table.layout()
