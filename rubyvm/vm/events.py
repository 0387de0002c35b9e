"""The events API: one narrow observer interface the VM publishes to (cf. vm_trace.c).

TracePoint-shaped events -- line, call, return, c_call, c_return, b_call, b_return, class, end,
raise -- plus three of our own for the visualisers: `instruction` (about to run the instruction
at `ev.pc` of `ev.frame`: the state is the one left by the previous instruction), `frame` (the
control-frame stack changed depth) and `stack` (the value stack changed size).

Like CRuby's rb_iseq_trace_set, which swaps each instruction for its `trace_` twin, turning
tracing on rewrites the pre-decoded code of every iseq in place so each entry goes through
`_traced`; turning it off puts the original handlers back. With no subscriber the dispatch loop
is exactly the untraced one, so tracing off costs nothing.

    h = vm.events.subscribe(callback, {"line", "call"})   # callback(ev: Event)
    vm.events.unsubscribe(h)

Subscribers only read: an Event is reused between calls, so copy what you keep.
"""
from __future__ import annotations

import weakref

from ..iseq.iseq import EVENT_BITS

# the TracePoint event names, and the iseq event bit each one is attached to
ISEQ_EVENTS = (
    ("line", EVENT_BITS["RUBY_EVENT_LINE"]),
    ("class", EVENT_BITS["RUBY_EVENT_CLASS"]),
    ("call", EVENT_BITS["RUBY_EVENT_CALL"]),
    ("b_call", EVENT_BITS["RUBY_EVENT_B_CALL"]),
    ("return", EVENT_BITS["RUBY_EVENT_RETURN"]),
    ("b_return", EVENT_BITS["RUBY_EVENT_B_RETURN"]),
    ("end", EVENT_BITS["RUBY_EVENT_END"]),
)
# the order CRuby fires events sharing one instruction: line after call/b_call/class,
# return/b_return/end last (they sit on the `leave`)
_BEFORE = ("call", "b_call", "class", "line")
_AT_LEAVE = ("return", "b_return", "end")
_BIT = dict(ISEQ_EVENTS)
# the opt_* instructions marked c_call/c_return: while those events are traced they call the
# method instead of taking their fast path, so the call is reported (as trace_opt_plus does)
_CCR = EVENT_BITS["RUBY_EVENT_C_CALL"] | EVENT_BITS["RUBY_EVENT_C_RETURN"]
_C_EVENTS = frozenset(("c_call", "c_return"))

TRACEPOINT_EVENTS = ("line", "class", "end", "call", "return", "c_call", "c_return", "raise",
                     "b_call", "b_return")
VM_EVENTS = ("instruction", "frame", "stack")
ALL_EVENTS = TRACEPOINT_EVENTS + VM_EVENTS


class Event:
    """What a subscriber sees (cf. rb_trace_arg_t): the event, the frame, where, and the value
    (return value, raised exception) when the event has one."""
    __slots__ = ("name", "frame", "pc", "mid", "value", "recv", "internal", "depth")

    def __init__(self):
        self.name = None
        self.frame = None
        self.pc = 0
        self.mid = None
        self.value = None
        self.recv = None
        self.internal = False
        self.depth = 0

    def __repr__(self):
        return f"<Event {self.name} {self.frame!r} pc={self.pc}>"


class StopExecution(BaseException):
    """Raised by a subscriber to abandon the run (the stepper's step cap, a closed widget).
    A BaseException, so no Ruby `rescue` and no core method's `except Exception` stops it."""


class Events:
    def __init__(self, vm):
        self.vm = vm
        self.subs = []           # [handle, callback, frozenset of names]
        self.want = frozenset()  # union of the subscribed names
        self.on = False          # any subscriber: the code is rewritten
        self.muted = 0           # >0 while a subscriber runs (no events from its own calls)
        self.ev = Event()
        self._next = 0
        self._last_frames = 0
        self._last_stack = 0

    # ---- subscriptions -------------------------------------------------------------------
    def subscribe(self, callback, names=None):
        names = frozenset(ALL_EVENTS if names is None else names)
        bad = names - set(ALL_EVENTS)
        if bad:
            raise ValueError(f"unknown events: {sorted(bad)}")
        self._next += 1
        self.subs.append([self._next, callback, names])
        self._update()
        return self._next

    def unsubscribe(self, handle):
        self.subs = [s for s in self.subs if s[0] != handle]
        self._update()

    def _update(self):
        want = frozenset().union(*(s[2] for s in self.subs)) if self.subs else frozenset()
        self.want = want
        on = bool(self.subs)
        if on != self.on:
            self.on = on
            _retrace_all(self.vm, on)
            self._last_frames = len(self.vm.frames)
            self._last_stack = len(self.vm.stack)

    # ---- publishing ----------------------------------------------------------------------
    def emit(self, name, frame, pc=0, value=None, mid=None, recv=None):
        if name not in self.want or self.muted:
            return
        ev = self.ev
        ev.name = name
        ev.frame = frame
        ev.pc = pc
        ev.value = value
        ev.mid = mid if mid is not None else (frame.mid if frame is not None else None)
        ev.recv = recv
        ev.internal = _is_internal(frame)
        ev.depth = len(self.vm.frames)
        self.muted += 1
        try:
            for _, cb, names in list(self.subs):
                if name in names:
                    cb(ev)
        finally:
            self.muted -= 1


def _is_internal(frame):
    if frame is None:
        return False
    if frame.internal:
        return True
    iseq = frame.iseq
    return iseq is not None and iseq.path.startswith("<internal:")


# ---- the traced dispatch ---------------------------------------------------------------------
def _traced(vm, f, ins):
    """The `trace_` twin of every instruction: fire the iseq events attached here, report the
    instruction, run the original handler, then report any frame/stack change."""
    pc = f.pc - 1
    dec = f.iseq._dec
    fn = dec.plain[pc][0]
    events = vm.events
    if not events.on or events.muted:
        return fn(vm, f, ins)
    flags = dec.events[pc]
    if flags:
        if flags & _CCR and events.want & _C_EVENTS and not _is_internal(f):
            from .insns_impl import SEND_TWINS
            fn = SEND_TWINS.get(fn, fn)
        for name in _BEFORE:
            if flags & _BIT[name]:
                events.emit(name, f, pc)
        for name in _AT_LEAVE:
            if flags & _BIT[name]:
                st = vm.stack
                events.emit(name, f, pc, value=st[-1] if st else None)
    want = events.want
    if "instruction" in want:
        events.emit("instruction", f, pc)
    r = fn(vm, f, ins)
    if "frame" in want and len(vm.frames) != events._last_frames:
        events._last_frames = len(vm.frames)
        events.emit("frame", f, pc)
    if "stack" in want and len(vm.stack) != events._last_stack:
        events._last_stack = len(vm.stack)
        events.emit("stack", f, pc)
    return r


def trace_decoded(dec, on):
    """Rewrite one decoded iseq's code in place (cf. rb_iseq_trace_set)."""
    code = dec.code
    if on:
        if dec.plain is None:
            # one entry per instruction: without the unified runs of decode time
            dec.plain = list(dec.unfused if dec.unfused is not None else code)
        for i, ins in enumerate(dec.plain):
            code[i] = (_traced,) + ins[1:]
    elif dec.plain is not None:
        code[:] = dec.fused if dec.fused is not None else dec.plain
        dec.plain = None


# every decoded iseq, for rewriting; iseqs (the prelude's) may be shared by several VMs in
# one process, so the registry and the count of tracing VMs are global
DECODED = weakref.WeakSet()
_tracing_vms = [0]


def tracing():
    return _tracing_vms[0] > 0


def _retrace_all(vm, on):
    was = tracing()
    _tracing_vms[0] += 1 if on else -1
    if tracing() != was:
        for dec in list(DECODED):
            trace_decoded(dec, not was)
