"""TracePoint and Kernel#set_trace_func (cf. vm_trace.c), built on the VM events API (events.py).

Methods the prelude defines in Ruby are C functions in CRuby, so what happens inside them is
reported as CRuby would: the call/return of such an internal frame becomes c_call/c_return,
and nothing inside it (line, b_call of its own blocks, the C methods it calls) is reported.
The user's blocks it yields to are reported as usual.
"""
from __future__ import annotations

from .bootstrap import defm, defs
from .objects import RData, RProc, intern

TP_EVENTS = ("line", "class", "end", "call", "return", "c_call", "c_return", "raise",
             "b_call", "b_return")
_A_CALL = ("call", "b_call", "class")       # reported at the iseq's first line


class Hit:
    """One event as a TracePoint sees it (the events API reuses its Event object)."""
    __slots__ = ("event", "frame", "value", "mid", "recv", "line", "path")


def ruby_level_frame(vm, frame):
    """The nearest frame at or below `frame` with a Ruby location (not C, not internal)."""
    frames = vm.frames
    i = len(frames) - 1
    while i >= 0 and frames[i] is not frame:
        i -= 1
    if i < 0:
        i = len(frames) - 1
    while i >= 0:
        g = frames[i]
        if g.iseq is not None and not g.internal and not g.iseq.path.startswith("<internal:"):
            return g
        i -= 1
    return None


def _caller_internal(vm, frame):
    """Is the C function in `frame` called from a prelude (internal) frame?"""
    frames = vm.frames
    for i in range(len(frames) - 1, 0, -1):
        if frames[i] is frame:
            g = frames[i - 1]
            return g.internal or (g.iseq is not None and g.iseq.path.startswith("<internal:"))
    return False


def translate(vm, ev):
    """The TracePoint view of an events-API event, or None when CRuby would not report it."""
    name = ev.name
    frame = ev.frame
    if ev.internal:
        if name == "call":
            name = "c_call"
        elif name == "return":
            name = "c_return"
        elif name != "raise":
            return None
    elif name in ("c_call", "c_return") and _caller_internal(vm, frame):
        return None
    h = Hit()
    h.event = name
    h.frame = frame
    h.value = ev.value
    h.mid = ev.mid
    h.recv = ev.recv if ev.recv is not None else (frame.self if frame is not None else None)
    if name in _A_CALL and frame is not None and frame.iseq is not None:
        h.line = frame.iseq.first_lineno
        h.path = frame.iseq.path
    else:
        g = frame if name in ("line", "return", "b_return", "end") else \
            ruby_level_frame(vm, frame)
        if g is None:
            h.line, h.path = 0, vm.script_name
        else:
            h.line, h.path = vm.frame_line(g), g.iseq.path
    return h


def _defined_class(vm, h):
    f = h.frame
    me = f.me if f is not None else None
    if me is None:
        return None
    k = me.owner
    while k is not None and k.TTYPE == "T_ICLASS":
        k = k.module
    return k


def init(vm):
    TP = vm.cTracePoint

    def tp_new(vm, k, a, b):
        names = [vm.sym_or_str_name(x) for x in a] or list(TP_EVENTS)
        for n in names:
            if n not in TP_EVENTS and n not in ("a_call", "a_return", "thread_begin",
                                                "thread_end", "fiber_switch", "script_compiled"):
                vm.arg_error(f"unknown event: {n}")
        if b is None:
            vm.raise_(vm.eArgumentError, "must be called with a block")
        names2 = set()
        for n in names:
            if n == "a_call":
                names2.update(("call", "b_call", "c_call"))
            elif n == "a_return":
                names2.update(("return", "b_return", "c_return"))
            elif n in TP_EVENTS:
                names2.add(n)
        return RData(k, {"events": names2, "proc": vm.proc_from_block(b), "handle": None,
                         "hit": None})
    defs(vm, TP, "new", tp_new, -1)

    def subscribe(vm, tp):
        d = tp.data
        want = set(d["events"])
        # internal frames' call/return become c_call/c_return
        if want & {"c_call", "c_return"}:
            want.update(("call", "return"))

        def cb(ev):
            if ev.name not in d["events"] and not (ev.internal and ev.name in ("call", "return")):
                return
            h = translate(vm, ev)
            if h is None or h.event not in d["events"]:
                return
            prev = d["hit"]
            d["hit"] = h
            try:
                vm.call_method(d["proc"], "call", [tp])
            finally:
                d["hit"] = prev
        d["handle"] = vm.events.subscribe(cb, want)

    def unsubscribe(vm, tp):
        d = tp.data
        if d["handle"] is not None:
            vm.events.unsubscribe(d["handle"])
            d["handle"] = None

    def enable(vm, tp, a, b, kw=None):
        was = tp.data["handle"] is not None
        if not was:
            subscribe(vm, tp)
        if b is not None:
            try:
                return vm.yield_block(b, [])
            finally:
                unsubscribe(vm, tp)
        return was
    defm(TP, "enable", enable, -1, kw=True)

    def disable(vm, tp, a, b):
        was = tp.data["handle"] is not None
        unsubscribe(vm, tp)
        if b is not None:
            try:
                return vm.yield_block(b, [])
            finally:
                if was:
                    subscribe(vm, tp)
        return was
    defm(TP, "disable", disable, 0)
    defm(TP, "enabled?", lambda vm, tp, a, b: tp.data["handle"] is not None, 0)

    def hit(vm, tp):
        h = tp.data["hit"]
        if h is None:
            vm.raise_(vm.eRuntimeError, "access from outside")
        return h

    def attr(name, fn):
        defm(TP, name, lambda vm, tp, a, b: fn(vm, hit(vm, tp)), 0)
    attr("event", lambda vm, h: intern(h.event))
    attr("lineno", lambda vm, h: h.line)
    attr("path", lambda vm, h: vm.str_new(h.path))
    attr("method_id", lambda vm, h: _method_id(vm, h))
    attr("callee_id", lambda vm, h: _method_id(vm, h))
    attr("defined_class", lambda vm, h: _defined_class(vm, h))
    attr("self", lambda vm, h: h.recv)

    def return_value(vm, h):
        if h.event not in ("return", "c_return", "b_return"):
            vm.raise_(vm.eRuntimeError, "not supported by this event")
        return h.value
    attr("return_value", return_value)

    def raised_exception(vm, h):
        if h.event != "raise":
            vm.raise_(vm.eRuntimeError, "not supported by this event")
        return h.value
    attr("raised_exception", raised_exception)

    def binding(vm, h):
        from .core_proc import make_binding
        if h.event in ("c_call", "c_return"):
            return None
        return make_binding(vm, h.frame)
    attr("binding", binding)

    def parameters(vm, h):
        from .core_proc import iseq_parameters
        f = h.frame
        if f is None or f.iseq is None:
            return vm.ary_new()
        return iseq_parameters(vm, f.iseq, f.type != "BLOCK" or f.is_lambda)
    attr("parameters", parameters)

    def tp_inspect(vm, tp, a, b):
        h = tp.data["hit"]
        if h is None:
            return vm.str_new("#<TracePoint:" + ("enabled" if tp.data["handle"] is not None
                                                  else "disabled") + ">")
        where = f"{h.path}:{h.line}"
        if h.event in ("call", "c_call", "return", "c_return"):
            return vm.str_new(f"#<TracePoint:{h.event} `{h.mid}'@{where}>")
        return vm.str_new(f"#<TracePoint:{h.event} {where}>")
    defm(TP, "inspect", tp_inspect, 0)

    # Kernel#set_trace_func (cf. set_trace_func in vm_trace.c): the proc gets
    # (event, file, line, id, binding, classname) for the RUBY_EVENT_ALL events
    names_sf = {"line": "line", "class": "class", "end": "end", "call": "call",
                "return": "return", "c_call": "c-call", "c_return": "c-return",
                "raise": "raise"}

    def set_trace_func(vm, s, a, b):
        old = getattr(vm, "trace_func", None)
        if old is not None:
            vm.events.unsubscribe(old[0])
            vm.trace_func = None
        p = a[0]
        if p is None:
            return None
        if not isinstance(p, RProc):
            vm.type_error("trace_func needs to be Proc")

        def cb(ev):
            h = translate(vm, ev)
            if h is None or h.event not in names_sf:
                return
            mid = _method_id(vm, h)
            bd = None
            if h.event not in ("c_call", "c_return") and h.frame is not None and \
                    h.frame.ep is not None:
                from .core_proc import make_binding
                bd = make_binding(vm, h.frame)
            vm.call_method(p, "call", [vm.str_new(names_sf[h.event]), vm.str_new(h.path),
                                       h.line, mid, bd, _defined_class(vm, h)])
        handle = vm.events.subscribe(cb, set(names_sf))
        vm.trace_func = (handle, p)
        return p
    defm(vm.mKernel, "set_trace_func", set_trace_func, 1, visi="private")


def _method_id(vm, h):
    f = h.frame
    if h.mid is not None:
        return intern(h.mid)
    if f is not None and f.me is not None:
        return intern(f.me.original_id)
    # a block: the method it is in
    e = f.ep if f is not None else None
    while e is not None:
        if e.me is not None:
            return intern(e.me.original_id)
        e = e.prev
    return None
