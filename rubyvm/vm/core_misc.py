"""Backtrace locations, main, STDOUT/STDERR writes, Comparable, ObjectSpace.count_objects
(cf. vm_backtrace.c, io.c, compar.c, gc.c)."""
from __future__ import annotations

from .bootstrap import defm, defs
from .core_object import inspect, to_s
from .objects import RData, RString, intern


def make_location(vm, path, line, label):
    d = RData(vm.cLocation, (path, line, label))
    return d


def io_write_str(vm, io, s):
    """rb_io_write on STDOUT/STDERR (an RObject with its fd)."""
    if io.ivars.get("fd") == 2:
        vm.flush_out()
        vm.stderr.write(s)
    else:
        vm.stdout.write(s)


def set_trace_func_impl(vm, p):
    return None


def init(vm):
    vm.cLocation = vm.cObject  # placeholder, replaced below
    from .bootstrap import new_class
    vm.cLocation = new_class(vm, "Thread::Backtrace::Location", vm.cObject, None)
    defm(vm.cLocation, "lineno", lambda vm, l, a, b: l.data[1], 0)
    defm(vm.cLocation, "path", lambda vm, l, a, b: vm.str_new(l.data[0]), 0)
    defm(vm.cLocation, "label", lambda vm, l, a, b: vm.str_new(l.data[2]), 0)
    defm(vm.cLocation, "base_label", lambda vm, l, a, b: vm.str_new(l.data[2].split(" in ")[-1]), 0)
    defm(vm.cLocation, "to_s", lambda vm, l, a, b: vm.str_new(f"{l.data[0]}:{l.data[1]}:in `{l.data[2]}'"), 0)
    defm(vm.cLocation, "inspect", lambda vm, l, a, b: vm.str_new(inspect(vm, vm.str_new(f"{l.data[0]}:{l.data[1]}:in `{l.data[2]}'"))), 0)

    # main
    main = vm.singleton_class(vm.top_self)
    defm(main, "to_s", lambda vm, s, a, b: vm.str_new("main"), 0)
    defm(main, "inspect", lambda vm, s, a, b: vm.str_new("main"), 0)

    def main_visi(visi):
        def f(vm, s, a, b):
            from .core_module_methods import _visi_set
            return _visi_set(vm, vm.cObject, a, visi, vm.frames[-2])
        return f
    defm(main, "public", main_visi("public"), -1, visi="private")
    defm(main, "private", main_visi("private"), -1, visi="private")

    def main_include(vm, s, a, b):
        return vm.call_method(vm.cObject, "include", list(a))
    defm(main, "include", main_include, -1, visi="private")
    defm(main, "define_method", lambda vm, s, a, b: vm.call_method(vm.cObject, "define_method", list(a), b), -1, visi="private")

    # IO
    IO = vm.cIO


    def io_puts(vm, io, a, b):
        from .core_kernel import puts_str
        out = []
        puts_str(vm, a, out)
        io_write_str(vm, io, "".join(out))
        return None
    defm(IO, "puts", io_puts, -1)
    defm(IO, "print", lambda vm, io, a, b: io_write_str(vm, io, "".join(to_s(vm, x) for x in a)), -1)
    defm(IO, "write", lambda vm, io, a, b: (io_write_str(vm, io, "".join(to_s(vm, x) for x in a)), sum(len(to_s(vm, x)) for x in a))[1], -1)
    defm(IO, "<<", lambda vm, io, a, b: (io_write_str(vm, io, to_s(vm, a[0])), io)[1], 1)
    defm(IO, "printf", lambda vm, io, a, b: io_write_str(vm, io, vm.call_method(vm.top_self, "format", list(a)).s), -1)
    defm(IO, "flush", lambda vm, io, a, b: io, 0)
    defm(IO, "sync", lambda vm, io, a, b: True, 0)
    defm(IO, "sync=", lambda vm, io, a, b: a[0], 1)
    defm(IO, "fileno", lambda vm, io, a, b: io.ivars.get("fd"), 0)
    defm(IO, "tty?", lambda vm, io, a, b: False, 0)
    defm(IO, "inspect", lambda vm, io, a, b: vm.str_new("#<IO:<STDOUT>>" if io.ivars.get("fd") == 1 else "#<IO:<STDERR>>"), 0)
    k = vm.mKernel
    defm(k, "warn", lambda vm, s, a, b, kw=None: (vm.flush_out(), [vm.stderr.write(to_s(vm, x) + ("" if to_s(vm, x).endswith("\n") else "\n")) for x in a], None)[2], -1, visi="private", kw=True)
    defm(k, "printf", lambda vm, s, a, b: (vm.write_out(vm.call_method(vm.top_self, "format", list(a)).s) if a else None, None)[1], -1, visi="private")
    defm(k, "putc", lambda vm, s, a, b: (vm.write_out(a[0].s[0] if isinstance(a[0], RString) else chr(a[0])), a[0])[1], 1, visi="private")

    # Comparable (cf. compar.c): everything through <=>
    C = vm.mComparable

    def cmp_fail(vm, a, b_):
        # cf. rb_cmperr: special constants and Floats are shown by inspect
        from ..core.float_format import is_fixnum
        from .objects import RSymbol
        special = b_ is None or b_ is True or b_ is False or type(b_) in (float, RSymbol) or \
            (type(b_) is int and is_fixnum(b_))
        desc = inspect(vm, b_) if special else vm.real_class(b_).name
        vm.arg_error(f"comparison of {vm.real_class(a).name} with {desc} failed")

    def cmpint(vm, r, a, b_):
        """rb_cmpint: the sign of a <=> result."""
        if r is None:
            cmp_fail(vm, a, b_)
        if type(r) is int:
            return r
        if vm.truthy(vm.call_method(r, ">", [0])):
            return 1
        if vm.truthy(vm.call_method(r, "<", [0])):
            return -1
        return 0

    def cmp(vm, a, b_):
        return cmpint(vm, vm.call_method(a, "<=>", [b_]), a, b_)

    def cmp_eq(vm, s, a, b):
        if s is a[0]:
            return True
        r = vm.call_method(s, "<=>", [a[0]])
        if r is None:
            return False
        return cmpint(vm, r, s, a[0]) == 0
    defm(C, "==", cmp_eq, 1)
    defm(C, "<", lambda vm, s, a, b: cmp(vm, s, a[0]) < 0, 1)
    defm(C, "<=", lambda vm, s, a, b: cmp(vm, s, a[0]) <= 0, 1)
    defm(C, ">", lambda vm, s, a, b: cmp(vm, s, a[0]) > 0, 1)
    defm(C, ">=", lambda vm, s, a, b: cmp(vm, s, a[0]) >= 0, 1)
    defm(C, "between?", lambda vm, s, a, b: not (cmp(vm, s, a[0]) < 0 or cmp(vm, s, a[1]) > 0), 2)

    def clamp(vm, s, a, b):
        from .objects import RRange
        if len(a) == 1:
            r = a[0]
            if not isinstance(r, RRange):
                vm.type_error(f"wrong argument type {vm.real_class(r).name} (expected Range)")
            if r.excl and r.end is not None:
                vm.arg_error("cannot clamp with an exclusive range")
            lo, hi = r.beg, r.end
        elif len(a) == 2:
            lo, hi = a
        else:
            vm.wrong_args(len(a), 1, 2)
        if lo is not None and hi is not None and cmp(vm, lo, hi) > 0:
            vm.arg_error("min argument must be smaller than max argument")
        if lo is not None:
            c = cmp(vm, s, lo)
            if c == 0:
                return s
            if c < 0:
                return lo
        if hi is not None and cmp(vm, s, hi) > 0:
            return hi
        return s
    defm(C, "clamp", clamp, -1)

    # GC / ObjectSpace
    # GC.stat / start / count / disable / enable: see core_gc.py
    O = vm.mObjectSpace

    def count_objects(vm, s, a, b):
        from .core_hash import hash_aset
        live = vm.heap.live_count()
        h = vm.hash_new()
        hash_aset(vm, h, intern("TOTAL"), live["total_slots"])
        hash_aset(vm, h, intern("FREE"), live["total_slots"] - live["live"])
        for t in ("T_OBJECT", "T_CLASS", "T_MODULE", "T_FLOAT", "T_STRING", "T_REGEXP", "T_ARRAY",
                  "T_HASH", "T_STRUCT", "T_BIGNUM", "T_FILE", "T_DATA", "T_MATCH", "T_COMPLEX",
                  "T_RATIONAL", "T_SYMBOL", "T_IMEMO", "T_ICLASS"):
            n = live["counts"].get(t, 0)
            if n:
                hash_aset(vm, h, intern(t), n)
        return h
    defs(vm, O, "count_objects", count_objects, -1)
