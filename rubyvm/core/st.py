"""CRuby's hash tables, as chapter 7 draws them: st.c's st_table and hash.c's ar_table.

st_table keeps two arrays:
  entries  every (hash, key, record) in insertion order; a deleted entry is marked, not moved
  bins     open addressing over 2**bin_power slots holding entry indexes (+ ENTRY_BASE);
           a collision walks on with a perturbed linear congruential step (secondary_hash)
A table whose entries array has 2**4 slots or fewer has no bins and is searched linearly.
When an insertion finds the entries array full, rebuild_table either compacts it in place
(when deleted entries leave room) or allocates arrays for about twice the live entries.

ar_table ("array table") is what a Ruby Hash with at most 8 pairs uses instead: the pairs
and a one-byte hint of each hash, searched linearly; the 9th key converts it to st_table.

Keys are compared with `eq(a, b)` and hashed with `hash_fn(key)`, supplied by the caller
(the VM passes Ruby's #eql? and #hash). Counters (`probes`, `rebuilds_num`) feed the
chapter 7 pictures.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

MASK64 = (1 << 64) - 1
RESERVED_HASH_VAL = MASK64            # marks a deleted entry
RESERVED_HASH_SUBSTITUTION_VAL = 0
MINIMAL_POWER2 = 2
MAX_POWER2_FOR_TABLES_WITHOUT_BINS = 4
REBUILD_THRESHOLD = 4
EMPTY_BIN = 0
DELETED_BIN = 1
ENTRY_BASE = 2
MAX_POWER2 = 62
AR_TABLE_MAX_SIZE = 8                 # RHASH_AR_TABLE_MAX_SIZE (sizeof(VALUE))


def bin_power_for(entry_power: int) -> int:
    """features[].bin_power: twice as many bins as entries."""
    return entry_power + 1


def size_ind_for(entry_power: int) -> int:
    """features[].size_ind: bins are 8-, 16-, 32- or 64-bit integers."""
    return 0 if entry_power < 8 else 1 if entry_power < 16 else 2 if entry_power < 32 else 3


def get_power2(size: int) -> int:
    """The smallest n >= MINIMAL_POWER2 with 2**n > size."""
    n = size.bit_length()
    if n > MAX_POWER2:
        raise OverflowError("st_table too big")
    return max(n, MINIMAL_POWER2)


class StTable:
    __slots__ = ("hash_fn", "eq", "entry_power", "bin_power", "bins", "entries",
                 "entries_start", "entries_bound", "num_entries", "rebuilds_num", "probes")

    def __init__(self, hash_fn: Callable[[Any], int], eq: Callable[[Any, Any], bool],
                 size: int = 0):
        self.hash_fn = hash_fn
        self.eq = eq
        self.rebuilds_num = 0
        self.probes = 0              # bins visited by searches: collisions show up here
        self._allocate(get_power2(size))

    # ------------------------------------------------------------------ layout
    def _allocate(self, entry_power: int) -> None:
        self.entry_power = entry_power
        self.bin_power = bin_power_for(entry_power)
        self.bins: Optional[list[int]] = (
            None if entry_power <= MAX_POWER2_FOR_TABLES_WITHOUT_BINS else [EMPTY_BIN] * (1 << self.bin_power))
        self.entries: list[Optional[list]] = [None] * (1 << entry_power)
        self.entries_start = self.entries_bound = self.num_entries = 0

    @property
    def allocated_entries(self) -> int:
        return 1 << self.entry_power

    @property
    def bins_num(self) -> int:
        return 1 << self.bin_power if self.bins is not None else 0

    def do_hash(self, key) -> int:
        h = self.hash_fn(key) & MASK64
        return RESERVED_HASH_SUBSTITUTION_VAL if h == RESERVED_HASH_VAL else h

    def _hash_bin(self, h: int) -> int:
        return h & ((1 << self.bin_power) - 1)

    def _secondary_hash(self, ind: int, perturb: int) -> tuple[int, int]:
        """The next bin of a collision chain: ind*5 + (perturb >>= 11) + 1, masked."""
        perturb >>= 11
        ind = (ind << 2) + ind + perturb + 1
        return self._hash_bin(ind), perturb

    def _match(self, e, h: int, key) -> bool:
        return e is not None and e[0] == h and (e[1] is key or self.eq(key, e[1]))

    # ------------------------------------------------------------------ searching
    def _find_entry(self, h: int, key) -> int:
        """find_entry: the linear search of a table without bins; -1 when absent."""
        entries = self.entries
        for i in range(self.entries_start, self.entries_bound):
            self.probes += 1
            if self._match(entries[i], h, key):
                return i
        return -1

    def _find_bin(self, h: int, key) -> int:
        """find_table_bin_ind: the bin holding key's entry index; -1 when absent."""
        ind = self._hash_bin(h)
        perturb = h
        bins = self.bins
        while True:
            self.probes += 1
            b = bins[ind]
            if b > DELETED_BIN and self._match(self.entries[b - ENTRY_BASE], h, key):
                return ind
            if b == EMPTY_BIN:
                return -1
            ind, perturb = self._secondary_hash(ind, perturb)

    def _find_empty_bin(self, h: int) -> int:
        """find_table_bin_ind_direct: the first empty or deleted bin on h's chain."""
        ind = self._hash_bin(h)
        perturb = h
        bins = self.bins
        while bins[ind] > DELETED_BIN:
            ind, perturb = self._secondary_hash(ind, perturb)
        return ind

    def _index_of(self, h: int, key) -> tuple[int, int]:
        """(entry index, bin index) of key, or (-1, -1)."""
        if self.bins is None:
            return self._find_entry(h, key), -1
        b = self._find_bin(h, key)
        if b < 0:
            return -1, -1
        return self.bins[b] - ENTRY_BASE, b

    def lookup(self, key, default=None):
        i, _ = self._index_of(self.do_hash(key), key)
        return default if i < 0 else self.entries[i][2]

    def __contains__(self, key) -> bool:
        return self._index_of(self.do_hash(key), key)[0] >= 0

    def get_key(self, key):
        i, _ = self._index_of(self.do_hash(key), key)
        return None if i < 0 else self.entries[i][1]

    # ------------------------------------------------------------------ changing
    def _rebuild_if_necessary(self) -> None:
        if self.entries_bound == self.allocated_entries:
            self.rebuild()

    def rebuild(self) -> None:
        """rebuild_table: drop deleted entries, compacting in place when the table is between
        a quarter and half full (or tiny), else into arrays sized for 2*live-1 entries."""
        live = [e for e in self.entries[self.entries_start:self.entries_bound]
                if e is not None and e[0] != RESERVED_HASH_VAL]
        n = len(live)
        allocated = self.allocated_entries
        if (2 * n <= allocated and REBUILD_THRESHOLD * n > allocated) or n < (1 << MINIMAL_POWER2):
            power = self.entry_power           # compaction
        else:
            power = get_power2(2 * n - 1)
        self._allocate(power)
        for i, e in enumerate(live):
            self.entries[i] = e
            if self.bins is not None:
                self.bins[self._find_empty_bin(e[0])] = i + ENTRY_BASE
        self.entries_bound = self.num_entries = n
        self.rebuilds_num += 1

    def insert(self, key, value) -> bool:
        """st_insert: add or update; True when the key was already there."""
        self._rebuild_if_necessary()
        h = self.do_hash(key)
        if self.bins is None:
            i = self._find_entry(h, key)
            if i >= 0:
                self.entries[i][2] = value
                return True
            bin_ind = -1
        else:
            i, bin_ind = self._reserve_bin(h, key)
            if i >= 0:
                self.entries[i][2] = value
                return True
        ind = self.entries_bound
        self.entries_bound += 1
        self.entries[ind] = [h, key, value]
        self.num_entries += 1
        if bin_ind >= 0:
            self.bins[bin_ind] = ind + ENTRY_BASE
        return False

    __setitem__ = insert

    def _reserve_bin(self, h: int, key) -> tuple[int, int]:
        """find_table_bin_ptr_and_reserve: the entry index if key is present (else -1), and
        the bin to use: the first deleted bin on the chain, else the empty one ending it."""
        ind = self._hash_bin(h)
        perturb = h
        first_deleted = -1
        bins = self.bins
        while True:
            self.probes += 1
            b = bins[ind]
            if b == EMPTY_BIN:
                if first_deleted >= 0:
                    ind = first_deleted
                    bins[ind] = EMPTY_BIN
                return -1, ind
            if b == DELETED_BIN:
                if first_deleted < 0:
                    first_deleted = ind
            elif self._match(self.entries[b - ENTRY_BASE], h, key):
                return b - ENTRY_BASE, ind
            ind, perturb = self._secondary_hash(ind, perturb)

    def delete(self, key, default=None):
        """st_delete: remove key; its value, or default when it was absent."""
        h = self.do_hash(key)
        i, b = self._index_of(h, key)
        if i < 0:
            return default
        if b >= 0:
            self.bins[b] = DELETED_BIN
        return self._mark_deleted(i)

    def _mark_deleted(self, i: int):
        e = self.entries[i]
        value = e[2]
        self.entries[i] = [RESERVED_HASH_VAL, None, None]
        self.num_entries -= 1
        if self.entries_start == i:          # update_range_for_deleted
            self.entries_start = i + 1
        return value

    def shift(self):
        """st_shift: remove and return the first (key, value), or None when empty."""
        for i in range(self.entries_start, self.entries_bound):
            e = self.entries[i]
            if e[0] != RESERVED_HASH_VAL:
                key, value = e[1], e[2]
                if self.bins is not None:
                    self.bins[self._find_bin(e[0], key)] = DELETED_BIN
                self._mark_deleted(i)
                return key, value
        self.entries_start = self.entries_bound = 0
        return None

    def clear(self) -> None:
        self.entries = [None] * self.allocated_entries
        if self.bins is not None:
            self.bins = [EMPTY_BIN] * len(self.bins)
        self.entries_start = self.entries_bound = self.num_entries = 0
        self.rebuilds_num += 1

    # ------------------------------------------------------------------ reading
    def items(self) -> Iterator[tuple[Any, Any]]:
        """st_foreach order: insertion order. Entries added while iterating are visited."""
        i = self.entries_start
        while i < self.entries_bound:
            e = self.entries[i]
            if e is not None and e[0] != RESERVED_HASH_VAL:
                yield e[1], e[2]
            i += 1

    def keys(self) -> list:
        return [k for k, _ in self.items()]

    def values(self) -> list:
        return [v for _, v in self.items()]

    def __len__(self) -> int:
        return self.num_entries

    def copy(self) -> "StTable":
        t = StTable.__new__(StTable)
        for slot in StTable.__slots__:
            setattr(t, slot, getattr(self, slot))
        t.entries = [list(e) if e is not None else None for e in self.entries]
        t.bins = list(self.bins) if self.bins is not None else None
        return t

    def layout(self) -> dict:
        """What the chapter 7 picture shows."""
        return {"kind": "st_table", "entries_allocated": self.allocated_entries,
                "bins": self.bins_num, "num_entries": self.num_entries,
                "entries_start": self.entries_start, "entries_bound": self.entries_bound,
                "rebuilds": self.rebuilds_num}


class ArTable:
    """hash.c's ar_table: up to AR_TABLE_MAX_SIZE pairs with one-byte hash hints."""
    __slots__ = ("hash_fn", "eq", "pairs", "hints", "bound", "size", "probes")

    def __init__(self, hash_fn: Callable[[Any], int], eq: Callable[[Any, Any], bool]):
        self.hash_fn = hash_fn
        self.eq = eq
        self.pairs: list[Optional[list]] = [None] * AR_TABLE_MAX_SIZE
        self.hints = [0] * AR_TABLE_MAX_SIZE
        self.bound = self.size = self.probes = 0

    def _hint(self, key) -> int:
        return self.hash_fn(key) & 0xFF          # ar_do_hash_hint: the low byte

    def _find(self, key, hint: int) -> int:
        for i in range(self.bound):
            self.probes += 1
            p = self.pairs[i]
            if p is not None and self.hints[i] == hint and (p[0] is key or self.eq(key, p[0])):
                return i
        return -1

    def lookup(self, key, default=None):
        i = self._find(key, self._hint(key))
        return default if i < 0 else self.pairs[i][1]

    def __contains__(self, key) -> bool:
        return self._find(key, self._hint(key)) >= 0

    def insert(self, key, value) -> Optional[bool]:
        """True: updated; False: added; None: full, the caller converts to st_table."""
        hint = self._hint(key)
        i = self._find(key, hint)
        if i >= 0:
            self.pairs[i][1] = value
            return True
        if self.size >= AR_TABLE_MAX_SIZE:
            return None
        if self.bound == AR_TABLE_MAX_SIZE:
            self._compact()
        self.pairs[self.bound] = [key, value]
        self.hints[self.bound] = hint
        self.bound += 1
        self.size += 1
        return False

    def _compact(self) -> None:
        """ar_compact_table: slide the live pairs down over the deleted ones."""
        live = [(p, h) for p, h in zip(self.pairs[:self.bound], self.hints) if p is not None]
        self.pairs = [p for p, _ in live] + [None] * (AR_TABLE_MAX_SIZE - len(live))
        self.hints = [h for _, h in live] + [0] * (AR_TABLE_MAX_SIZE - len(live))
        self.bound = len(live)

    def delete(self, key, default=None):
        i = self._find(key, self._hint(key))
        if i < 0:
            return default
        value = self.pairs[i][1]
        self.pairs[i] = None
        self.size -= 1
        if i == self.bound - 1:
            self.bound -= 1
        return value

    def items(self) -> Iterator[tuple[Any, Any]]:
        i = 0
        while i < self.bound:
            p = self.pairs[i]
            if p is not None:
                yield p[0], p[1]
            i += 1

    def __len__(self) -> int:
        return self.size

    def to_st(self) -> StTable:
        """ar_force_convert_table: the same pairs in a new st_table."""
        st = StTable(self.hash_fn, self.eq, self.size)
        for k, v in self.items():
            st.insert(k, v)
        return st

    def layout(self) -> dict:
        return {"kind": "ar_table", "capacity": AR_TABLE_MAX_SIZE, "num_entries": self.size,
                "bound": self.bound}


class RubyHashTable:
    """The table behind a Ruby Hash: an ar_table that becomes an st_table past 8 pairs."""
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
        return self.table.delete(key, default)

    def __contains__(self, key) -> bool:
        return key in self.table

    def items(self):
        return self.table.items()

    def __len__(self) -> int:
        return len(self.table)

    def layout(self) -> dict:
        return self.table.layout()
