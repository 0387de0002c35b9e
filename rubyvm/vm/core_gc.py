"""GC and ObjectSpace (cf. gc.c: gc_start_internal, gc_stat, gc_latest_gc_info, os_obj_of,
define_final, id2ref, count_objects).  The numbers come from the one heap (heap.py)."""
from __future__ import annotations

import weakref

from .bootstrap import defm, defs
from .objects import RArray, RBasic, RClass, RHash, RObject, RString, RSymbol, intern


def gc_stat_values(vm):
    hp = vm.heap
    live = hp.live_count()
    return {"count": hp.gc_count, "time": 0, "heap_allocated_pages": len(hp.pages),
            "heap_sorted_length": len(hp.pages), "heap_allocatable_pages": 0,
            "heap_available_slots": live["total_slots"], "heap_live_slots": live["live"],
            "heap_free_slots": live["total_slots"] - live["live"], "heap_final_slots": 0,
            "heap_marked_slots": live["live"], "heap_eden_pages": len(hp.pages),
            "heap_tomb_pages": 0, "total_allocated_pages": len(hp.pages),
            "total_freed_pages": 0, "total_allocated_objects": hp.total_allocated,
            # Python reclaims unreachable objects; whatever left its slot has been freed
            "total_freed_objects": max(hp.total_freed, hp.total_allocated - live["live"]),
            "malloc_increase_bytes": 0,
            "malloc_increase_bytes_limit": 16777216, "minor_gc_count": hp.minor_gc_count,
            "major_gc_count": hp.major_gc_count, "compact_count": 0,
            "read_barrier_faults": 0, "total_moved_objects": 0,
            "remembered_wb_unprotected_objects": 0,
            "remembered_wb_unprotected_objects_limit": 0, "old_objects": 0,
            "old_objects_limit": 0, "oldmalloc_increase_bytes": 0,
            "oldmalloc_increase_bytes_limit": 16777216}


def live_objects(vm):
    for page in vm.heap.pages:
        for ref in page.slots[:page.used]:
            o = ref() if isinstance(ref, weakref.ref) else ref
            if o is not None:
                yield o


def init(vm):
    from .core_hash import hash_aset
    G = vm.mGC
    vm.gc_latest = {"major_by": None, "gc_by": None}

    def stat(vm, s, a, b):
        vals = gc_stat_values(vm)
        if a and type(a[0]) is RSymbol:
            if a[0].name not in vals:
                vm.arg_error(f"unknown key: {a[0].name}")
            return vals[a[0].name]
        h = a[0] if a and isinstance(a[0], RHash) else vm.hash_new()
        for k, v in vals.items():
            hash_aset(vm, h, intern(k), v)
        return h
    defs(vm, G, "stat", stat, -1)

    def start(vm, s, a, b, kw=None):
        full = True
        if kw is not None:
            x = kw.d.get(intern("full_mark"))
            if x is not None:
                full = vm.truthy(x[1])
        hp = vm.heap
        hp.gc_count += 1
        if full:
            hp.major_gc_count += 1
        else:
            hp.minor_gc_count += 1
        vm.gc_latest = {"major_by": intern("force") if full else None, "gc_by": intern("method")}
        return None
    defs(vm, G, "start", start, -1, kw=True)
    defs(vm, G, "count", lambda vm, s, a, b: vm.heap.gc_count, 0)

    def disable(vm, s, a, b):
        old = vm.heap.disabled
        vm.heap.disabled = True
        return old

    def enable(vm, s, a, b):
        old = vm.heap.disabled
        vm.heap.disabled = False
        return old
    defs(vm, G, "disable", disable, 0)
    defs(vm, G, "enable", enable, 0)
    vm.gc_stress = False
    defs(vm, G, "stress", lambda vm, s, a, b: vm.gc_stress, 0)

    def set_stress(vm, s, a, b):
        vm.gc_stress = a[0]
        return a[0]
    defs(vm, G, "stress=", set_stress, 1)
    defs(vm, G, "compact", lambda vm, s, a, b: None, 0)

    def latest(vm, s, a, b):
        info = {"major_by": vm.gc_latest["major_by"], "need_major_by": None,
                "gc_by": vm.gc_latest["gc_by"], "have_finalizer": bool(vm.finalizers),
                "immediate_sweep": vm.gc_latest["gc_by"] is not None, "state": intern("none")}
        if a and type(a[0]) is RSymbol:
            return info.get(a[0].name)
        h = vm.hash_new()
        for k, v in info.items():
            hash_aset(vm, h, intern(k), v)
        return h
    defs(vm, G, "latest_gc_info", latest, -1)
    defm(vm.mKernel, "garbage_collect", lambda vm, s, a, b, kw=None: start(vm, s, a, b, kw), -1,
         visi="private", kw=True)

    O = vm.mObjectSpace
    defs(vm, O, "garbage_collect", lambda vm, s, a, b, kw=None: start(vm, s, a, b, kw), -1, kw=True)

    def each_object(vm, s, a, b):
        """Live classes and modules (and, for other classes, live instances) of a kind."""
        if b is None:
            return vm.call_method(O, "enum_for", [intern("each_object")] + list(a))
        mod = a[0] if a else None
        found = []
        for o in list(live_objects(vm)):
            if isinstance(o, RClass):
                if o.is_singleton or o.TTYPE == "T_ICLASS":
                    continue
            elif not isinstance(o, RObject) or o.klass is None:
                continue
            if mod is None or vm.is_kind_of(o, mod):
                found.append(o)
        for o in found:
            vm.yield_block(b, [o])
        return len(found)
    defs(vm, O, "each_object", each_object, -1)

    # finalizers run when the program ends, after the at_exit handlers (cf. rb_objspace_call_finalizer)
    vm.finalizers = []

    def run_finalizers(vm, s, a, b):
        fins, vm.finalizers = vm.finalizers, []
        for oid, pr in fins:
            vm.call_method(pr, "call", [oid])
        return None

    def define_finalizer(vm, s, a, b):
        obj = a[0]
        pr = a[1] if len(a) > 1 else vm.proc_from_block(b)
        if not vm.respond_to(pr, "call", True):
            vm.arg_error(f"wrong type argument {vm.real_class(pr).name} (should be callable)")
        if not isinstance(obj, RBasic):
            vm.arg_error(f"cannot define finalizer for {vm.real_class(obj).name}")
        if not getattr(vm, "finalizer_hook", None):
            hook = vm.finalizer_hook = RObject(vm.cObject)
            defm(vm.singleton_class(hook), "call", run_finalizers, -1)
            vm.at_exit.insert(0, hook)
        oid = vm.call_method(obj, "object_id", [])
        vm.finalizers.append((oid, pr))
        return vm.ary_new([0, pr])
    defs(vm, O, "define_finalizer", define_finalizer, -2)

    def undefine_finalizer(vm, s, a, b):
        oid = vm.call_method(a[0], "object_id", [])
        vm.finalizers = [x for x in vm.finalizers if x[0] != oid]
        return a[0]
    defs(vm, O, "undefine_finalizer", undefine_finalizer, 1)

    def id2ref(vm, s, a, b):
        i = a[0]
        if type(i) is not int:
            vm.type_error(f"no implicit conversion of {vm.real_class(i).name} into Integer")
        special = {8: None, 20: True, 0: False}
        if i in special:
            return special[i]
        if i & 1:
            return (i - 1) // 2
        for _, (oid, obj) in vm.object_ids.items():
            if oid == i:
                return obj
        vm.raise_(vm.eRangeError, f"{hex(i)} is not id value")
    defs(vm, O, "_id2ref", id2ref, 1)


RVALUE_SIZE = 40        # sizeof(RVALUE) on 64-bit CRuby


def memsize(v):
    """ObjectSpace.memsize_of: the slot plus what CRuby would malloc beside it (strings
    longer than the 24-byte embed, arrays of more than 3 elements, hash tables)."""
    if not isinstance(v, RBasic):
        return 0
    n = RVALUE_SIZE
    if isinstance(v, RString):
        b = len(v.s.encode("utf-8", "surrogateescape"))
        if b > 23:
            n += b + 1
    elif isinstance(v, RArray):
        if len(v.a) > 3:
            n += 8 * len(v.a)
    elif isinstance(v, RHash):
        from .hash_table import memsize as hash_memsize     # st_memsize / the ar_table
        n += hash_memsize(v)
    return n


def init_objspace(vm):
    """The objspace extension (`require "objspace"`): sizes of objects."""
    from .core_hash import hash_aset
    O = vm.mObjectSpace
    defs(vm, O, "memsize_of", lambda vm, s, a, b: memsize(a[0]), 1)
    defs(vm, O, "memsize_of_all", lambda vm, s, a, b: sum(
        memsize(o) for o in live_objects(vm) if not a or vm.is_kind_of(o, a[0])), -1)

    def count_objects_size(vm, s, a, b):
        sizes = {}
        for o in live_objects(vm):
            t = getattr(o, "TTYPE", "T_OBJECT")
            sizes[t] = sizes.get(t, 0) + memsize(o)
        h = a[0] if a and isinstance(a[0], RHash) else vm.hash_new()
        for t, n in sizes.items():
            hash_aset(vm, h, intern(t), n)
        hash_aset(vm, h, intern("TOTAL"), sum(sizes.values()))
        return h
    defs(vm, O, "count_objects_size", count_objects_size, -1)
    defs(vm, O, "count_nodes", lambda vm, s, a, b: vm.hash_new(), -1)
