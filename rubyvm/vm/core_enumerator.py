"""Enumerator's external iteration (cf. enumerator.c enumerator_next/peek/rewind) and the size
functions of the core iterators (what rb_enumeratorize_with_size's size_fn answers).

CRuby runs the each of an enumerator in a Fiber, switched to by #next. We have no Fibers in
the VM, so the each runs in a host thread with its own control-frame stack and value stack,
and the two threads take turns, exactly one running at any time: #next hands control to the
generator thread and waits; the generator's block hands back the values it was given and
waits in turn. Infinite generators work (only what #next asks for is produced) and side
effects happen when CRuby's happen."""
from __future__ import annotations

import math
import threading
import weakref

from .bootstrap import defm
from .frame import RubyError
from .objects import Block, RArray, RString


class _Kill(BaseException):
    """Unwinds a generator thread that #rewind (or the end of the enumerator) abandons."""


_STATE_ATTRS = ("frames", "stack", "catch_tags", "errinfo")


class External:
    """The Fiber-like state of one enumerator's external iteration."""

    def __init__(self, vm, enum):
        self.vm = vm
        self.enum = enum
        self.thread = None
        self.turn = threading.Condition()
        self.gen_turn = False       # whose turn: the generator's (True) or the caller's
        self.values = None          # the values of the last yield, not yet taken by next
        self.done = False
        self.result = None          # each's return value, for StopIteration#result
        self.error = None
        self.kill = False
        self.saved = None

    # the generator side -------------------------------------------------------------------
    def _run(self):
        vm = self.vm
        with self.turn:
            while not self.gen_turn:
                self.turn.wait()
        try:
            if self.kill:
                raise _Kill()
            blk = Block(None, None, None, None)
            blk.pyfunc = self._yielded
            self.result = vm.call_method(self.enum, "each", [], blk)
        except _Kill:
            pass
        except RubyError as e:
            self.error = e
        except BaseException as e:      # noqa: BLE001 -- reported in the caller's thread
            self.error = e
        self.done = True
        with self.turn:
            self.gen_turn = False
            self.turn.notify_all()

    def _yielded(self, vm, args, blockarg):
        self.values = list(args)
        with self.turn:
            self.gen_turn = False
            self.turn.notify_all()
            while not self.gen_turn:
                self.turn.wait()
        if self.kill:
            raise _Kill()
        return None

    # the caller side ----------------------------------------------------------------------
    def _switch(self):
        """Give the generator its turn (with its own VM stacks) and wait for it to yield."""
        vm = self.vm
        mine = tuple(getattr(vm, a) for a in _STATE_ATTRS)
        if self.saved is None:
            self.saved = ([], [], [], None)
        for a, v in zip(_STATE_ATTRS, self.saved):
            setattr(vm, a, v)
        try:
            if self.thread is None:
                old = threading.stack_size()
                try:
                    threading.stack_size(256 * 1024 * 1024)
                except (ValueError, RuntimeError):
                    pass
                self.thread = threading.Thread(target=self._run, daemon=True)
                self.thread.start()
                try:
                    threading.stack_size(old)
                except (ValueError, RuntimeError):
                    pass
            with self.turn:
                self.gen_turn = True
                self.turn.notify_all()
                while self.gen_turn:
                    self.turn.wait()
        finally:
            self.saved = tuple(getattr(vm, a) for a in _STATE_ATTRS)
            for a, v in zip(_STATE_ATTRS, mine):
                setattr(vm, a, v)

    def fill(self):
        """Make sure a value is waiting (or the each has ended)."""
        if self.values is None and not self.done:
            self._switch()
        if self.error is not None:
            e, self.error = self.error, None
            raise e

    def take(self):
        self.fill()
        if self.values is None:
            self.stop()
        v, self.values = self.values, None
        return v

    def peek(self):
        self.fill()
        if self.values is None:
            self.stop()
        return self.values

    def stop(self):
        vm = self.vm
        e = vm.make_exc(vm.eStopIteration, "iteration reached an end")
        e.ivars["result"] = self.result
        vm.raise_exc(e)

    def abandon(self):
        if self.thread is not None and not self.done:
            self.kill = True
            vm = self.vm
            mine = tuple(getattr(vm, a) for a in _STATE_ATTRS)
            try:
                with self.turn:
                    self.gen_turn = True
                    self.turn.notify_all()
                    while self.gen_turn:
                        self.turn.wait()
            finally:
                for a, v in zip(_STATE_ATTRS, mine):
                    setattr(vm, a, v)


_EXT: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _ext(vm, e):
    x = _EXT.get(e)
    if x is None:
        x = _EXT[e] = External(vm, e)
    return x


def _pack(vm, vals):
    """rb_enum_values_pack: no value -> nil, one -> itself, several -> an Array."""
    if not vals:
        return None
    if len(vals) == 1:
        return vals[0]
    return vm.ary_new(list(vals))


def default_size(vm, obj, meth, args):
    """The size of an enumerator made without a size: the size function CRuby registers for
    each core iterator (rb_enumeratorize_with_size)."""
    m = meth.name if hasattr(meth, "name") else str(meth)
    t = type(obj)
    if t is int:
        if m == "times":
            return max(obj, 0)
        if m in ("upto", "downto") and args and type(args[0]) in (int, float):
            n = args[0] - obj if m == "upto" else obj - args[0]
            return max(int(math.floor(n)) + 1, 0)
    if m == "step" and t in (int, float) and args:
        lim = args[0]
        step = args[1] if len(args) > 1 else 1
        if lim is None:
            return math.inf
        if type(lim) in (int, float) and type(step) in (int, float):
            return interval_step_size(vm, obj, lim, step, False)
    if t is RString:
        if m == "each_char":
            return len(obj.s)
        if m == "each_byte":
            return len(obj.s.encode("utf-8", "surrogateescape")) if not obj.binary else len(obj.s)
        if m == "each_codepoint":
            return len(obj.s)
        if m == "each_grapheme_cluster":
            return len(obj.s)
    if isinstance(obj, RArray):
        if m in ("each", "each_index", "map", "collect", "each_with_index", "reverse_each",
                 "select", "filter", "reject", "map!", "collect!", "select!", "reject!",
                 "keep_if", "delete_if", "filter!", "sort_by", "sort_by!", "min_by", "max_by",
                 "find_index", "index", "rindex", "flat_map", "group_by", "partition"):
            return len(obj.a)
    if m == "loop":
        return math.inf
    return None


def init(vm):
    E = vm.cEnumerator
    from .bootstrap import defs
    from .core_enum import primitive
    P = primitive(vm)
    defs(vm, P, "default_size",
         lambda vm, s, a, b: default_size(vm, a[0], a[1], list(a[2].a) if isinstance(a[2], RArray) else []), 3)

    defm(E, "next", lambda vm, e, a, b: _pack(vm, _ext(vm, e).take()), 0)
    defm(E, "next_values", lambda vm, e, a, b: vm.ary_new(list(_ext(vm, e).take())), 0)
    defm(E, "peek", lambda vm, e, a, b: _pack(vm, _ext(vm, e).peek()), 0)
    defm(E, "peek_values", lambda vm, e, a, b: vm.ary_new(list(_ext(vm, e).peek())), 0)

    def rewind(vm, e, a, b):
        x = _EXT.pop(e, None)
        if x is not None:
            x.abandon()
        if vm.respond_to(e.ivars.get("@__obj") if e.ivars else None, "rewind"):
            vm.call_method(e.ivars["@__obj"], "rewind", [])
        return e
    defm(E, "rewind", rewind, 0)

    def ext_reset(vm, e, a, b):
        _EXT.pop(e, None)
        return None
    defm(E, "__ext_reset", ext_reset, 0, visi="private")

    defs(vm, P, "interval_step_size", lambda vm, s, a, b: interval_step_size(vm, *a), 4)

    def float_step(vm, s, a, b):
        beg, end, unit, excl = a
        n = float_step_size(beg, end, unit, vm.truthy(excl))
        if math.isinf(unit):
            if n:
                vm.yield_block(b, [beg])
            return None
        if unit == 0:
            while True:
                vm.yield_block(b, [beg])
        i = 0
        while i < n:
            d = i * unit + beg
            if (end < d) if unit >= 0 else (d < end):
                d = end
            vm.yield_block(b, [d])
            i += 1
        return None
    defs(vm, P, "float_step", float_step, 4)


def float_step_size(beg, end, unit, excl):
    """ruby_float_step_size (numeric.c)."""
    eps = 2.220446049250313e-16
    if unit == 0:
        return math.inf
    if math.isinf(unit):
        return 1 if (beg <= end if unit > 0 else beg >= end) else 0
    try:
        n = (end - beg) / unit
    except OverflowError:
        return math.inf
    err = (abs(beg) + abs(end) + abs(end - beg)) / abs(unit) * eps
    if math.isinf(n):
        return n
    if err > 0.5:
        err = 0.5
    if excl:
        if n <= 0:
            return 0
        if n < 1:
            n = 0
        else:
            n = math.floor(n - err)
    else:
        if n < 0:
            return 0
        n = math.floor(n + err)
    return n + 1


def interval_step_size(vm, frm, to, step, excl):
    """ruby_num_interval_step_size (numeric.c): how many steps from frm to to."""
    excl = vm.truthy(excl)
    if type(frm) is int and type(to) is int and type(step) is int:
        if step == 0:
            return math.inf
        delta = to - frm
        if step < 0:
            step, delta = -step, -delta
        if excl:
            delta -= 1
        if delta < 0:
            return 0
        return delta // step + 1
    if float in (type(frm), type(to), type(step)):
        n = float_step_size(float(frm), float(to), float(step), excl)
        if math.isinf(n):
            return n
        return int(n)
    # generic (Rationals): cf. ruby_num_interval_step_size
    positive = vm.truthy(vm.call_method(step, ">", [0]))
    if vm.truthy(vm.call_method(frm, ">" if positive else "<", [to])):
        return 0
    r = vm.call_method(vm.call_method(to, "-", [frm]), "div", [step])
    if not excl or not vm.truthy(vm.call_method(
            vm.call_method(frm, "+", [vm.call_method(r, "*", [step])]), "==", [to])):
        r = vm.call_method(r, "+", [1])
    return r
