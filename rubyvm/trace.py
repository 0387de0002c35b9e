"""Recording a run step by step, for the stepper widget and `%%trace`.

A Recorder subscribes to the VM's `instruction` event (rubyvm/vm/events.py) and, before each
instruction runs, takes a Snapshot of what chapter 3 of the book draws: the control-frame stack
(type, self, pc, iseq, locals, and the EP each frame points at), the value stack, and the output
so far. The run happens once; a viewer then replays the snapshots in any order, so stepping back
is free.

Values are described without calling Ruby (no user #inspect runs inside a snapshot): see `peek`.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Optional

from .vm.events import StopExecution

DEFAULT_STEP_CAP = 100_000
FULL_FRAMES = 2          # frames from the top redrawn at every step


# ---- describing values without running Ruby --------------------------------------------------
def peek(vm, v, depth: int = 2, limit: int = 60) -> str:
    """A short inspect-like text for v, computed in Python only."""
    t = type(v)
    if t is int:
        return str(v)
    s = _peek(vm, v, depth)
    return s if len(s) <= limit else s[:limit - 3] + "..."


_T = None


def _types():
    global _T
    if _T is None:
        from fractions import Fraction

        from .core.float_format import float_to_s
        from .lexer.inspect import ruby_str_inspect
        from .vm import objects as o
        _T = (Fraction, float_to_s, ruby_str_inspect, o.RArray, o.RClass, o.RHash, o.RObject,
              o.RProc, o.RRange, o.RString, o.RSymbol)
    return _T


def _peek(vm, v, depth):
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    t = type(v)
    if t is int:
        return str(v)
    (Fraction, float_to_s, ruby_str_inspect, RArray, RClass, RHash, RObject, RProc, RRange,
     RString, RSymbol) = _T or _types()
    if t is float:
        return float_to_s(v)
    if t is RSymbol:
        return ":" + v.name
    if t is Fraction:
        return f"({v.numerator}/{v.denominator})"
    if isinstance(v, RString):
        return ruby_str_inspect(v.s) if not getattr(v, "binary", False) else repr(v.s)[1:-1]
    if depth <= 0:
        return "..."
    if isinstance(v, RArray):
        items = [_peek(vm, x, depth - 1) for x in v.a[:8]]
        return "[" + ", ".join(items) + (", ..." if len(v.a) > 8 else "") + "]"
    if isinstance(v, RHash):
        items = [f"{_peek(vm, k, depth - 1)}=>{_peek(vm, x, depth - 1)}"
                 for k, x in list(v.d.values())[:6]]
        return "{" + ", ".join(items) + (", ..." if len(v.d) > 6 else "") + "}"
    if isinstance(v, RRange):
        b = "" if v.beg is None else _peek(vm, v.beg, depth - 1)
        e = "" if v.end is None else _peek(vm, v.end, depth - 1)
        return f"{b}{'...' if v.excl else '..'}{e}"
    if isinstance(v, RClass):
        return v.name or ("#<Class:?>" if not v.is_module else "#<Module:?>")
    if isinstance(v, RProc):
        return "#<Proc (lambda)>" if v.is_lambda else "#<Proc>"
    if v is getattr(vm, "top_self", None):
        return "main"
    cls = vm.real_class(v) if hasattr(v, "klass") else None
    name = getattr(cls, "name", None) or "?"
    if isinstance(v, RObject) and v.ivars and depth > 1:
        ivs = ", ".join(f"{k}={_peek(vm, x, depth - 1)}" for k, x in list(v.ivars.items())[:4]
                        if isinstance(k, str) and k.startswith("@"))
        if ivs:
            return f"#<{name} {ivs}>"
    return f"#<{name}>"


# ---- snapshots -------------------------------------------------------------------------------
@dataclass
class FrameView:
    """One control frame as chapter 3 draws it."""
    type: str
    label: str
    path: str
    line: int
    pc: int                 # word position of the next instruction (-1 for a C frame)
    self_: str
    locals: list            # [(name, value text)]
    ep: Optional[int]       # a small number naming the frame's environment
    ep_prev: Optional[int]  # the environment its EP's prev link points at
    escaped: bool           # the environment moved to the heap (captured by a Proc/binding)
    iseq_id: Optional[int]  # key into Trace.iseqs
    stack: list             # the value-stack slots this frame owns (texts)
    internal: bool = False  # a prelude method (CRuby implements it in C)


@dataclass
class Snapshot:
    step: int
    frames: list            # [FrameView], bottom first
    out_len: int            # how much of Trace.output had been written
    insn: str = ""          # the instruction about to run, as the disassembler prints it
    line: int = 0
    path: str = ""


@dataclass
class Trace:
    source: str
    path: str
    steps: list = field(default_factory=list)
    iseqs: dict = field(default_factory=dict)       # id -> iseq
    output: str = ""
    truncated: bool = False
    cap: int = DEFAULT_STEP_CAP
    result: Optional[str] = None                    # the value of the last expression
    error: Optional[str] = None                     # the uncaught exception, as CRuby prints it

    def __len__(self):
        return len(self.steps)


class _Tee(io.TextIOBase):
    def __init__(self, inner, buf, rec=None):
        self.inner = inner
        self.buf = buf
        self.rec = rec

    def write(self, s):
        self.buf.append(s)
        if self.rec is not None:
            self.rec.out_len += len(s)
        if self.inner is not None:
            self.inner.write(s)
        return len(s)

    def flush(self):
        if self.inner is not None:
            self.inner.flush()


class Recorder:
    """Record every instruction of a run into a Trace (at most `cap` steps)."""

    def __init__(self, vm, trace: Trace):
        self.vm = vm
        self.trace = trace
        self.env_ids: dict = {}
        self.out: list = []
        self.out_len = 0
        self.views: dict = {}          # id(frame) -> (frame, pc, locals, FrameView)
        self.insn_texts: dict = {}     # (id(iseq), index) -> text

    def env_id(self, env):
        if env is None:
            return None
        k = id(env)
        n = self.env_ids.get(k)
        if n is None:
            n = self.env_ids[k] = (len(self.env_ids) + 1, env)   # keep env alive: ids stay unique
        return n[0]

    def __call__(self, ev):
        trace = self.trace
        if len(trace.steps) >= trace.cap:
            trace.truncated = True
            raise StopExecution(f"stopped after {trace.cap} steps")
        trace.steps.append(self.snapshot(ev.frame, ev.pc))

    def snapshot(self, cur=None, pc=None) -> Snapshot:
        vm = self.vm
        frames = []
        stack = vm.stack
        fl = vm.frames
        n = len(fl)
        cache = self.views
        for i, f in enumerate(fl):
            locs = tuple(f.ep.l) if f.ep is not None else ()
            if i < n - FULL_FRAMES:
                # frames under the top ones are not running: reuse their last picture while
                # their pc and the objects in their locals are the same
                hit = cache.get(id(f))
                if hit is not None and hit[0] is f and hit[1] == f.pc and hit[2] == locs:
                    frames.append(hit[3])
                    continue
            top = fl[i + 1].bp if i + 1 < n else len(stack)
            fv = self.frame_view(f, stack[f.bp:top])
            if f is cur and pc is not None:
                fv.pc = cur.iseq.insns[pc].pos        # the instruction about to run
            cache[id(f)] = (f, f.pc, locs, fv)
            frames.append(fv)
        out_len = self.out_len
        snap = Snapshot(len(self.trace.steps), frames, out_len)
        if cur is not None and cur.iseq is not None:
            ins = cur.iseq.insns[pc]
            key = (id(cur.iseq), pc)
            text = self.insn_texts.get(key)
            if text is None:
                text = self.insn_texts[key] = insn_text(cur.iseq, pc)
            snap.insn = text
            snap.line = ins.line or vm.frame_line(cur)
            snap.path = cur.iseq.path
        return snap

    def frame_view(self, f, slots) -> FrameView:
        vm = self.vm
        iseq = f.iseq
        locs = []
        if iseq is not None and f.ep is not None and f.ep.iseq is iseq:
            n = iseq.local_size
            for j, name in enumerate(iseq.local_table):
                idx = n + 2 - j
                v = f.ep.l[idx] if idx < len(f.ep.l) else None
                locs.append((name if isinstance(name, str) else "?", peek(vm, v)))
        if iseq is not None:
            self.trace.iseqs.setdefault(id(iseq), iseq)
            pos = iseq.insns[f.pc].pos if f.pc < len(iseq.insns) else -1
            line = vm.frame_line(f)
            label, path = iseq.label, iseq.path
        else:
            pos, line, label, path = -1, 0, str(f.mid), "(C)"
        internal = bool(f.internal or (iseq is not None and path.startswith("<internal:")))
        return FrameView(
            type=f.type, label=label, path=path, line=line, pc=pos,
            self_=peek(vm, f.self), locals=locs,
            ep=self.env_id(f.ep), ep_prev=self.env_id(f.ep.prev) if f.ep is not None else None,
            escaped=bool(f.ep is not None and f.ep.escaped),
            iseq_id=id(iseq) if iseq is not None else None,
            stack=[peek(vm, v) for v in slots], internal=internal)


def insn_text(iseq, index: int) -> str:
    """The disassembler's line for instruction `index` of iseq (no line/event columns)."""
    from .iseq.disasm import _insn_line
    s = _insn_line(iseq, iseq.insns[index], iseq.insns[index].line, [])
    return s.rstrip()


def disasm_lines(iseq) -> list:
    """[(word position, text)] for one iseq alone (children are separate frames)."""
    from .iseq.disasm import _insn_line
    out = []
    prev = 0
    for ins in iseq.insns:
        out.append((ins.pos, _insn_line(iseq, ins, prev, [])))
        prev = ins.line
    return out


def _run_observed(session, rec: "Recorder", hook, src, path: str):
    """Compile src and run it in session with `hook` on the VM's instruction event and the
    output captured into `rec`. Returns the RunResult, or None when the run was stopped by a
    subscriber or did not compile (the SyntaxError is then in rec.trace.error)."""
    vm = session.vm
    old = session.stdout, session.stderr
    session.stdout = session.stderr = _Tee(None, rec.out, rec)
    handle = vm.events.subscribe(hook, {"instruction"})
    try:
        try:
            iseq = session.compile(src, path)
        except Exception as e:      # noqa: BLE001 -- a SyntaxError: nothing to step through
            rec.trace.error = str(e)
            return None
        rec.trace.iseqs[id(iseq)] = iseq
        try:
            return session.run_iseq(iseq, inspect=False)
        except StopExecution:
            return None
    finally:
        vm.events.unsubscribe(handle)
        session.stdout, session.stderr = old
        del vm.frames[:]
        del vm.stack[:]
        rec.trace.output = "".join(rec.out)


def record(src, path: str = "(cell)", session=None, cap: int = DEFAULT_STEP_CAP) -> Trace:
    """Compile and run src (in `session` if given, so earlier cells' state is visible) while
    recording every instruction. Returns the Trace; the run's errors are in trace.error."""
    from .session import Session
    if session is None:
        session = Session(io.StringIO(), io.StringIO())
    text = src.decode("utf-8", "surrogateescape") if isinstance(src, bytes) else src
    trace = Trace(text, path, cap=cap)
    rec = Recorder(session.vm, trace)
    result = _run_observed(session, rec, rec, src, path)
    if result is not None:
        if result.error is not None:
            trace.error = result.error.report
        elif result.exit_status is None:
            trace.result = session.inspect(result.value)      # not recorded: tracing is off
    # the final state: the frames are gone, the output complete
    trace.steps.append(Snapshot(len(trace.steps), [], len(trace.output)))
    return trace


# ---- the live step API -----------------------------------------------------------------------
class StepRun:
    """Execution that stops before every instruction and resumes on request (the step API).

        run = StepRun("x = 1 + 2\\nputs x")
        snap = run.step()          # run up to the next instruction; its Snapshot (None at end)
        run.step(10)               # ten instructions on
        run.finish()               # run to the end; the Trace-like result is run.result

    The VM runs in a worker thread that parks in the `instruction` event until step() lets it
    go one instruction further, so a pause can fall anywhere, even inside a block called from
    a C function several host calls deep. close() abandons the run (StopExecution).
    """

    def __init__(self, src, path: str = "(cell)", session=None):
        import threading
        from .session import Session
        self.session = session or Session(io.StringIO(), io.StringIO())
        self.trace = Trace(src if isinstance(src, str) else src.decode("utf-8", "replace"),
                           path, cap=1 << 62)
        self.rec = Recorder(self.session.vm, self.trace)
        self.result = None            # the RunResult, once finished
        self.done = False
        self._abandon = False
        self._go = threading.Semaphore(0)
        self._parked = threading.Semaphore(0)
        self._snap = None
        self._src, self._path = src, path
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()
        self._parked.acquire()        # wait until parked before the first instruction

    def _hook(self, ev):
        self._snap = self.rec.snapshot(ev.frame, ev.pc)
        self._parked.release()
        self._go.acquire()
        if self._abandon:
            raise StopExecution("abandoned")

    def _work(self):
        try:
            self.result = _run_observed(self.session, self.rec, self._hook, self._src,
                                        self._path)
        finally:
            self.done = True
            self._snap = None
            self._parked.release()

    def step(self, n: int = 1):
        """Let n instructions run; the Snapshot before the next one, or None when finished."""
        for _ in range(n):
            if self.done:
                return None
            self._go.release()
            self._parked.acquire()
        return self._snap

    @property
    def current(self):
        return self._snap

    def finish(self):
        while not self.done:
            self.step()
        self._thread.join()
        return self.result

    def close(self):
        if not self.done:
            self._abandon = True
            self._go.release()
            self._thread.join(timeout=5)
