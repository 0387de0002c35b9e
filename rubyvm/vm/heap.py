"""The one object allocator (cf. gc.c: heap pages of RVALUE slots, newobj_of).

Every heap object the VM makes goes through `Heap.allocate`, which gives it a slot in a page
(409 slots per page, as CRuby's HEAP_PAGE_OBJ_LIMIT on 64-bit) and counts it by its ruby type,
so GC.stat and ObjectSpace.count_objects tell the truth. Collection comes later: the heap keeps
each page's slots, so a mark & sweep collector can walk them from a root set (`roots`).
Integers, Floats, Symbols, nil, true and false are immediates and never reach the heap.
"""
from __future__ import annotations

import weakref
from collections import defaultdict

HEAP_PAGE_OBJ_LIMIT = 409
_ref = weakref.ref

T_TYPES = ("T_OBJECT", "T_CLASS", "T_MODULE", "T_FLOAT", "T_STRING", "T_REGEXP", "T_ARRAY",
           "T_HASH", "T_STRUCT", "T_BIGNUM", "T_FILE", "T_DATA", "T_MATCH", "T_COMPLEX",
           "T_RATIONAL", "T_SYMBOL", "T_IMEMO", "T_ICLASS")


class HeapPage:
    __slots__ = ("slots", "used")

    def __init__(self) -> None:
        self.slots: list = [None] * HEAP_PAGE_OBJ_LIMIT
        self.used = 0


class Heap:
    def __init__(self) -> None:
        self.pages: list[HeapPage] = []
        self.allocated = defaultdict(int, {t: 0 for t in T_TYPES})  # ever allocated, per type
        self.total_allocated = 0
        self.total_freed = 0
        self.gc_count = 0
        self.minor_gc_count = 0
        self.major_gc_count = 0
        self.disabled = False
        self.roots: list = []                        # filled in by the VM (mark roots)
        self._live = weakref.WeakSet()               # until a real sweep exists
        self._page = None

    def allocate(self, obj, ttype: str):
        """newobj_of: put obj in the next free slot; count it."""
        page = self._page
        used = page.used if page is not None else HEAP_PAGE_OBJ_LIMIT
        if used >= HEAP_PAGE_OBJ_LIMIT:
            page = self._page = HeapPage()
            self.pages.append(page)
            used = 0
        # the slot holds a weak reference so Python still frees the object (no collector yet);
        # an escaped Env (T_IMEMO) cannot be weakly referenced and is held
        try:
            page.slots[used] = _ref(obj)
        except TypeError:
            page.slots[used] = obj
        page.used = used + 1
        self.allocated[ttype] += 1           # a defaultdict: every T_ type counts from 0
        self.total_allocated += 1
        return obj

    def live_count(self) -> dict:
        counts: dict = {}
        total = 0
        for page in self.pages:
            for ref in page.slots[:page.used]:
                o = ref() if isinstance(ref, weakref.ref) else ref
                if o is not None:
                    t = getattr(o, "TTYPE", "T_OBJECT")
                    counts[t] = counts.get(t, 0) + 1
                    total += 1
        return {"total_slots": len(self.pages) * HEAP_PAGE_OBJ_LIMIT, "live": total,
                "counts": counts}

    def start(self) -> None:
        """GC.start: no collector yet; counts a major GC."""
        self.gc_count += 1
        self.major_gc_count += 1
