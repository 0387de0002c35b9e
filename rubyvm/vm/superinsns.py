"""Superinstructions: the hot paths of a decoded iseq, each compiled into one Python function.

cf. CRuby's opt_insn_unif.def (several instructions run by one handler) taken to whole paths,
as the dynamic superinstructions of direct-threaded interpreters and MJIT's C code generated from
insns.def templates do. Each *leader* of an iseq (its start, jump targets, catch-table
continuations, optional-argument entries and the instruction after every call) starts a path
that follows fall-through and forward jumps, both ways at a branch, until it must leave: a
frame is pushed or popped, a jump goes backwards (a backward jump to the path's own start is a
loop inside the function), the catch-table region changes, or the path grows too long.

Values pushed and popped within a path stay in Python locals (a virtual stack). Before anything
that can run Ruby code, raise, or be seen (a call, an instruction without a template here), the
virtual stack is written to vm.stack and pc is set, so calls, exceptions, backtraces and catch
tables see exactly the state of the instruction-by-instruction run; the instruction's own
handler from insns_impl then runs, and the path goes on from its result.

The code list keeps one entry per instruction: a leader's entry is replaced by the compiled path
(after it has run HOT times through a counting stub, so code that runs once is never compiled),
every other entry stays the plain handler, so resuming at any pc works. Tracing runs the plain
code (events.trace_decoded), as the stepper and TracePoint must see every instruction.
"""
from __future__ import annotations

import os
import re
import warnings

from .. import insns as table
from . import method as M
from .decode import (simple_iseq, VM_CALL_ARGS_BLOCKARG, VM_CALL_ARGS_SPLAT, VM_CALL_FCALL, VM_CALL_KW_SPLAT,
                     VM_CALL_KWARG)
from .core_module_methods import new_instance_frame
from .events import _tracing_vms
from .insns_impl import push_simple_block
from .frame import BLOCK, METHOD, Frame, NewFrame
from .objects import FL_FROZEN, Env, RBasic, RClass, RObject, RProc
from .vm import MAX_FRAMES

# entries through the stub before a path is compiled (RUBYVM_HOT=1 compiles every path the
# first time it runs, as the tests do to check every template on every corpus program)
HOT = int(os.environ.get("RUBYVM_HOT", "4"))
# a failure to compile a path raises (the tests, RUBYVM_DEBUG) instead of running plain code
STRICT = bool(os.environ.get("RUBYVM_DEBUG"))
MAX_INSNS = 120      # instructions one compiled function may hold (branches count both ways)

_NOT_SIMPLE = VM_CALL_ARGS_SPLAT | VM_CALL_KWARG | VM_CALL_KW_SPLAT | VM_CALL_ARGS_BLOCKARG
# the Integer operators with a fast path (cf. vm_opt_plus ... under BASIC_OP_UNREDEFINED_P)
_BINOPS = {"opt_plus": "+", "opt_minus": "-", "opt_mult": "*", "opt_lt": "<", "opt_le": "<=",
           "opt_gt": ">", "opt_ge": ">=", "opt_eq": "==", "opt_and": "&", "opt_or": "|",
           "opt_div": "//", "opt_mod": "%"}
# instructions whose handler may set pc: a path ends after running them
_OPERAND_TYPES = {n: table.get(n).operand_types for n in table.NAMES}
_SETS_PC = frozenset(n for n, ts in _OPERAND_TYPES.items() if "OFFSET" in ts) | {
    "leave", "throw"}
_FLOAT_OPS = ("+", "-", "*", "<", "<=", ">", ">=", "==")
_INT = re.compile(r"-?\d+\Z")
_TEMP = re.compile(r"(t\d+|self_)\Z")
_MISS = object()
_BRANCHES = frozenset(("branchif", "branchunless", "branchnil"))
# what a callee may hold to run inside its caller's path without a frame of its own: none of
# these can call, raise or look at the frame stack, so nothing can tell the frame was not pushed
_INLINE_SAFE = frozenset(("nop", "putnil", "putself", "putobject", "putobject_INT2FIX_0_",
                          "putobject_INT2FIX_1_", "getlocal_WC_0", "setlocal_WC_0", "pop", "dup",
                          "swap", "getinstancevariable", "setinstancevariable", "leave"))


def _lep(e):
    while e.prev is not None:
        e = e.prev
    return e


def inline_body(fast):
    """The decoded code of a simple method's iseq (simple_iseq's facts) when it can run inline:
    straight-line code of _INLINE_SAFE instructions ending in its one leave; else None."""
    if fast is None:
        return None
    dec = fast[0]._dec
    names = dec.names
    if dec.catch or names[-1] != "leave" or names.count("leave") != 1 or not all(
            n in _INLINE_SAFE for n in names):
        return None
    return dec.unfused if dec.unfused is not None else dec.code


class _NoInline(Exception):
    """The callee cannot run inline here: what was emitted for it is dropped, and the call
    pushes its frame as usual."""


class _Inline:
    """The frame of a callee run inline (cf. a JIT's inlined frame): its locals are expressions
    of the path (local index -> expression). Two kinds:
    - Class#new's initialize (`klass` set): self is a fresh RObject of klass, `ivars` the
      temporary holding its ivar table once it has one; its code can never need its frame;
    - a method (`callee` set, a _Callee): wherever its code would need its frame (a guard
      fails, anything but the fast paths), the frame is materialised (`deopt`)."""

    def __init__(self, self_, klass, locals_, callee=None):
        self.self_ = self_
        self.klass = klass
        self.locals = locals_
        self.ivars = None
        self.callee = callee
        self.sb = None        # the temporary holding isinstance(self, RBasic), once emitted
        self.l1 = None        # a block's: the temporary holding its ep's locals, once emitted
        self.result = None
        self.caller = None    # the generator's state in the caller (_frame_state)
        # a method that branches: at each leave the caller's path goes on in that arm
        # (_continue_caller); past its first branch, what needs the frame deopts there
        self.splits = False
        self.branched = False


class _Callee:
    """What materialising an inlined method's or block's frame takes: the call (index k, call
    data c, the caller's virtual stack below the receiver or the arguments) and the frame's
    facts (expressions: constants' names, temporaries). A block's (`blk`: the temporary
    holding the Block) is a BLOCK frame whose env's prev is the block's ep."""

    def __init__(self, k, c, below, iseq, code, size, me, cref, internal, blk=None,
                 is_lambda=False):
        self.k, self.c, self.below = k, c, below
        self.iseq, self.code, self.size, self.me, self.cref = iseq, code, size, me, cref
        self.internal = internal
        self.blk, self.is_lambda = blk, is_lambda


def leaders(dec, regions):
    """Indexes where dispatch can enter a path (the entry of each compiled function)."""
    code, names = dec.code, dec.names
    out = {0}
    for k, e in enumerate(code):
        for j, t in enumerate(_OPERAND_TYPES[names[k]]):
            if t == "OFFSET":
                out.add(e[1 + j])
            elif t == "CALL_DATA" or t == "ISEQ":
                out.add(k + 1)       # where a call returns to
        if names[k] == "opt_case_dispatch":
            out.update(e[1].values())
    for c in dec.catch:
        out.add(c[4])
    out.update(dec.opt_index)
    out.update(k for k in range(1, len(code)) if regions[k] != regions[k - 1])
    return sorted(k for k in out if 0 <= k < len(code))


def _regions(dec):
    """For each instruction, the catch entries handle() would consult while it runs (pc is
    one past it): a path stays within one, so its stale pc finds the same handlers."""
    w = dec.wpos
    return [tuple(j for j, c in enumerate(dec.catch) if c[2] < w[k + 1] <= c[3])
            for k in range(len(dec.code))]


class _Site:
    """A leader's counting stub: its plain entry, and how often it was entered (regions: the
    iseq's _regions, shared by its sites)."""
    __slots__ = ("dec", "k", "plain", "count", "iseq", "regions", "misses", "recompiles")

    def __init__(self, dec, k, plain, iseq, regions):
        self.dec, self.k, self.plain, self.iseq, self.regions = dec, k, plain, iseq, regions
        self.count = 0
        self.misses = 0       # runs of its path where what it was specialised on had changed
        self.recompiles = 0


def _stub(vm, f, ins):
    site = ins[1]
    site.count += 1
    if site.count >= HOT:
        try:
            fn = compile_path(vm, site, f)
        except Exception:
            if STRICT:
                raise
            fn = None         # a bug of the generator never reaches the program: plain code
        entry = (fn,) if fn is not None else site.plain
        site.dec.fused[site.k] = entry
        if not _tracing_vms[0]:
            site.dec.code[site.k] = entry
        return entry[0](vm, f, entry)
    plain = site.plain
    return plain[0](vm, f, plain)


# a path whose specialisation (the block a yield ran inline) missed this often is compiled
# anew for what it meets now, at most RECOMPILES times (cf. YJIT's bounded versions per block)
MISSES = 64
RECOMPILES = 4


def respecialise(site):
    """Put the site's counting stub back: the path compiles again once hot."""
    site.recompiles += 1
    site.misses = site.count = 0
    entry = (_stub, site)
    site.dec.fused[site.k] = entry
    if not _tracing_vms[0]:
        site.dec.code[site.k] = entry


def install(dec, iseq):
    """The fused code list: a counting stub at each leader; None when there is no leader worth
    it (a single instruction)."""
    if len(dec.code) < 2:
        return None
    code = list(dec.code)
    regions = _regions(dec)
    for k in leaders(dec, regions):
        code[k] = (_stub, _Site(dec, k, dec.code[k], iseq, regions))
    return code


# ---- the code generator -------------------------------------------------------------------
class _Gen:
    def __init__(self, vm, site, frame=None):
        self.vm = vm
        self.frame = frame
        self.site = site
        self.iseq = site.iseq
        self.code = site.dec.unfused
        self.names = site.dec.names
        self.start = site.k
        self.regions = site.regions
        self.lines = []
        self.g = {"RBasic": RBasic, "Env": Env, "Frame": Frame, "METHOD": METHOD,
                  "STATE": M.STATE, "TR": _tracing_vms, "MAX_FRAMES": MAX_FRAMES,
                  "MISS": _MISS, "FL_FROZEN": FL_FROZEN, "RProc": RProc, "LEP": _lep,
                  "PUSH_BLOCK": push_simple_block, "NewFrame": NewFrame,
                  "RObject": RObject, "BLOCK": BLOCK}
        self.uses = set()
        self.ntmp = 0
        self.emitted = 0
        self.looped = False
        self.unrolled = set()
        self.templated = 0
        self.cx = None        # an _Inline while a callee's code is emitted into the path
        self.pre = ""         # the prefix of its constants' names
        self.ninline = 0

    # -- helpers
    def w(self, ind, line):
        self.lines.append("    " * ind + line)

    def tmp(self):
        self.ntmp += 1
        return f"t{self.ntmp}"

    def const(self, v, k, tag="K"):
        if v is None or v is True or v is False or (type(v) is int and -2**62 < v < 2**62):
            return repr(v)
        name = f"{tag}{self.pre}{k}"
        self.g[name] = v
        return name

    def pop(self, vs, ind):
        if vs:
            return vs.pop()
        t = self.tmp()
        self.uses.add("st")
        self.w(ind, f"{t} = st.pop()")
        return t

    def flush(self, vs, ind):
        if not vs:
            return
        self.uses.add("st")
        if len(vs) == 1:
            self.w(ind, f"st.append({vs[0]})")
        else:
            self.w(ind, f"st += ({', '.join(vs)},)")

    def leave_at(self, k, vs, ind):
        """Go on at instruction k through the dispatch loop."""
        if self.cx is not None:
            return self.deopt(k, vs, ind)
        self.flush(vs, ind)
        self.w(ind, f"f.pc = {k}")
        self.w(ind, "return")

    def handler(self, k):
        if self.cx is not None:
            raise _NoInline(self.names[k])     # always out of the fast path: not worth it
        self.g[f"H{k}"] = self.code[k][0]
        self.g[f"E{k}"] = self.code[k]
        return f"H{k}(vm, f, E{k})"

    def slow(self, k, vs, below, ind, result):
        """Run instruction k's own handler with `vs` on the stack; `below` of them are not its
        operands and are popped back into the virtual stack after it (they are unchanged).
        `result`: the temporary the pushed value goes to."""
        self.flush(vs, ind)
        self.w(ind, f"f.pc = {k + 1}")
        self.w(ind, f"r = {self.handler(k)}")
        self.w(ind, "if r is not None or TR[0]:")
        self.w(ind + 1, "return r")
        self.uses.add("st")
        self.w(ind, f"{result} = st.pop()")
        if below:
            self.w(ind, f"del st[-{below}:]")

    # -- paths
    def path(self, k, vs, ind):
        """Emit instructions from k with virtual stack vs until the path leaves."""
        region = self.regions[self.start]
        while True:
            if k >= len(self.code) or self.regions[k] != region or self.emitted >= MAX_INSNS:
                if self.cx is not None:
                    raise _NoInline("too long")
                return self.leave_at(k, vs, ind)
            self.emitted += 1
            name = self.names[k]
            e = self.code[k]
            fn = getattr(self, "t_" + name, None)
            if fn is not None:
                nxt = fn(k, e, vs, ind)
                if nxt is None:
                    return
                self.templated += 1
                k = nxt
                continue
            # an instruction without a template: its handler, on the real stack
            if self.cx is not None:
                if not self.cx.branched:
                    raise _NoInline(name)       # it would always deopt: not worth it
                return self.deopt(k, vs, ind)
            if name in _SETS_PC:
                self.flush(vs, ind)
                self.w(ind, f"f.pc = {k + 1}")
                self.w(ind, f"return {self.handler(k)}")
                return
            self.generic(k, vs, ind)
            k += 1

    def goto(self, k, target, vs, ind):
        """A jump from k to target: inline forward, loop to the start, else leave."""
        if target > k:
            return self.path(target, vs, ind)
        if self.cx is not None:
            raise _NoInline("a loop")
        if target == self.start and not vs:
            self.looped = True
            self.w(ind, "continue")
            return
        if not vs and target not in self.unrolled:
            # another loop's head: its code once more here instead of a dispatch
            self.unrolled.add(target)
            return self.path(target, vs, ind)
        self.leave_at(target, vs, ind)

    # -- templates: return the next instruction's index, or None when the path has ended
    def t_nop(self, k, e, vs, ind):
        return k + 1

    def t_putnil(self, k, e, vs, ind):
        vs.append("None")
        return k + 1

    def t_putself(self, k, e, vs, ind):
        if self.cx is not None:
            vs.append(self.cx.self_)
            return k + 1
        self.uses.add("self_")
        vs.append("self_")
        return k + 1

    def t_putobject(self, k, e, vs, ind):
        vs.append(self.const(e[1], k))
        return k + 1

    def t_putobject_INT2FIX_0_(self, k, e, vs, ind):
        vs.append("0")
        return k + 1

    def t_putobject_INT2FIX_1_(self, k, e, vs, ind):
        vs.append("1")
        return k + 1

    def t_getlocal_WC_0(self, k, e, vs, ind):
        if self.cx is not None:
            vs.append(self.cx.locals.get(e[1], "None"))
            return k + 1
        self.uses.add("l0")
        t = self.tmp()
        self.w(ind, f"{t} = l0[{e[1]}]")
        vs.append(t)
        return k + 1

    def t_getlocal_WC_1(self, k, e, vs, ind):
        if self.cx is not None:
            t = self.tmp()
            self.w(ind, f"{t} = {self._outer_locals(ind)}[{e[1]}]")
            vs.append(t)
            return k + 1
        self.uses.add("l1")
        t = self.tmp()
        self.w(ind, f"{t} = l1[{e[1]}]")
        vs.append(t)
        return k + 1

    def t_setlocal_WC_0(self, k, e, vs, ind):
        if self.cx is not None:
            self.cx.locals[e[1]] = self.pop(vs, ind)
            return k + 1
        self.uses.add("l0")
        v = self.pop(vs, ind)
        self.w(ind, f"l0[{e[1]}] = {v}")
        return k + 1

    def t_setlocal_WC_1(self, k, e, vs, ind):
        if self.cx is not None:
            v = self.pop(vs, ind)
            self.w(ind, f"{self._outer_locals(ind)}[{e[1]}] = {v}")
            return k + 1
        self.uses.add("l1")
        v = self.pop(vs, ind)
        self.w(ind, f"l1[{e[1]}] = {v}")
        return k + 1

    def _env(self, level):
        return "f.ep" + ".prev" * level

    def t_getlocal(self, k, e, vs, ind):
        if self.cx is not None:
            raise _NoInline("getlocal")
        t = self.tmp()
        self.w(ind, f"{t} = {self._env(e[2])}.l[{e[1]}]")
        vs.append(t)
        return k + 1

    def t_setlocal(self, k, e, vs, ind):
        if self.cx is not None:
            raise _NoInline("setlocal")
        v = self.pop(vs, ind)
        self.w(ind, f"{self._env(e[2])}.l[{e[1]}] = {v}")
        return k + 1

    def t_pop(self, k, e, vs, ind):
        if vs:
            vs.pop()
        else:
            self.uses.add("st")
            self.w(ind, "del st[-1]")
        return k + 1

    def t_dup(self, k, e, vs, ind):
        v = self.pop(vs, ind)
        vs += (v, v)
        return k + 1

    def t_swap(self, k, e, vs, ind):
        b = self.pop(vs, ind)
        a = self.pop(vs, ind)
        vs += (b, a)
        return k + 1

    def t_getinstancevariable(self, k, e, vs, ind):
        t = self.tmp()
        name = self.const(e[1], k, "N")
        cx = self.cx
        if cx is not None and cx.klass is not None:
            # a fresh object has no ivars until the inlined code sets one
            self.w(ind, f"{t} = {cx.ivars}.get({name})" if cx.ivars else f"{t} = None")
            vs.append(t)
            return k + 1
        S, SB = self._self_sb(ind)
        self.w(ind, f"{t} = {S}.ivars if {SB} else None")
        self.w(ind, f"{t} = {t}.get({name}) if {t} else None")
        vs.append(t)
        return k + 1

    def t_setinstancevariable(self, k, e, vs, ind):
        v = self.pop(vs, ind)
        name = self.const(e[1], k, "N")
        cx = self.cx
        if cx is not None and cx.klass is not None:
            # self is a fresh, unfrozen T_OBJECT: its class's ivar index only grows, so a name
            # it held at compile time is set directly (cf. vm_setivar's index hit)
            if cx.ivars is None:
                cx.ivars = self.tmp()
                self.w(ind, f"{cx.ivars} = {cx.self_}.ivars = {{}}")
            if e[1] in (cx.klass.iv_index or ()):
                self.w(ind, f"{cx.ivars}[{name}] = {v}")
            else:
                self.w(ind, f"vm.ivar_set({cx.self_}, {name}, {v})")
            return k + 1
        S, SB = self._self_sb(ind)
        iv = self.tmp()
        self.w(ind, f"{iv} = {S}.ivars if {SB} else None")
        self.w(ind, f"if {iv} is not None and {name} in {iv} and not {S}.flags & FL_FROZEN:")
        self.w(ind + 1, f"{iv}[{name}] = {v}")
        # an ivar the class has indexed, first set on this object (cf. iv_index_tbl)
        self.w(ind, f"elif {S}.__class__ is RObject and not {S}.flags & FL_FROZEN and "
                    f"{name} in ({S}.klass.iv_index or ()):")
        self.w(ind + 1, f"if {iv} is None:")
        self.w(ind + 2, f"{iv} = {S}.ivars = {{}}")
        self.w(ind + 1, f"{iv}[{name}] = {v}")
        self.w(ind, "else:")
        if cx is not None:
            return self.deopt(k, vs + [v], ind + 1) or k + 1
        # a new ivar, a frozen or special self: vm.ivar_set (which may raise) on the real stack
        self.flush(vs, ind + 1)
        self.w(ind + 1, f"f.pc = {k + 1}")
        self.w(ind + 1, f"vm.ivar_set(self_, {name}, {v})")
        if vs:
            self.w(ind + 1, f"del st[-{len(vs)}:]")
        return k + 1

    def _outer_locals(self, ind):
        """Inside an inlined block: the locals of the scope it closes over (its ep)."""
        cx = self.cx
        ce = cx.callee
        if ce is None or ce.blk is None:
            raise _NoInline("outer locals")
        if cx.l1 is None:
            cx.l1 = self.tmp()
            self.w(ind, f"{cx.l1} = {ce.blk}.ep.l")
        return cx.l1

    def _self_sb(self, ind):
        """The expressions of self and of isinstance(self, RBasic) in the frame emitted."""
        cx = self.cx
        if cx is None:
            self.uses.add("SB")
            return "self_", "SB"
        if cx.sb is None:
            cx.sb = self.tmp()
            self.w(ind, f"{cx.sb} = isinstance({cx.self_}, RBasic)")
        return cx.self_, cx.sb

    def _binop(self, k, e, vs, ind, op):
        b = self.pop(vs, ind)
        a = self.pop(vs, ind)
        t = self.tmp()
        checks = [f"{x}.__class__ is int" for x in (a, b) if not _INT.match(x)]
        if op in ("//", "%"):
            checks.append(f"{b} != 0")
        checks.append("not vm.redefined")
        self.w(ind, f"if {' and '.join(checks)}:")
        self.w(ind + 1, f"{t} = {a} {op} {b}")
        if op in _FLOAT_OPS and not (_INT.match(a) or _INT.match(b)):
            self.w(ind, f"elif {a}.__class__ is float and {b}.__class__ is float and "
                        "not vm.redefined:")
            self.w(ind + 1, f"{t} = {a} {op} {b}")
        self.w(ind, "else:")
        if self.cx is not None:
            self.deopt(k, vs + [a, b], ind + 1)
            vs.append(t)
            return k + 1
        # the method call, through the operator's call cache
        self._send(k, e[1], a, [b], vs, ind + 1, t, iseq_only=True)
        vs.append(t)
        return k + 1

    def _branch(self, k, e, vs, ind, test):
        if self.cx is not None:
            if not self.cx.splits:
                raise _NoInline("a branch")
            self.cx.branched = True
        c = self.pop(vs, ind)
        target = e[1]
        if not _TEMP.match(c):
            # a literal: nil and false are written as such, any other constant is truthy
            truthy = c not in ("None", "False")
            c = "True" if truthy else ("None" if c == "None" else "False")
            taken = eval(test.format(c=c))
            if taken:
                return self.goto(k, target, vs, ind)
            return k + 1
        self.w(ind, f"if {test.format(c=c)}:")
        n = len(self.lines)
        self.goto(k, target, list(vs), ind + 1)
        if len(self.lines) == n:
            self.w(ind + 1, "pass")
        return k + 1

    def t_branchif(self, k, e, vs, ind):
        return self._branch(k, e, vs, ind, "{c} is not None and {c} is not False")

    def t_branchunless(self, k, e, vs, ind):
        return self._branch(k, e, vs, ind, "{c} is None or {c} is False")

    def t_branchnil(self, k, e, vs, ind):
        return self._branch(k, e, vs, ind, "{c} is None")

    def t_jump(self, k, e, vs, ind):
        self.goto(k, e[1], vs, ind)

    def t_opt_getinlinecache(self, k, e, vs, ind):
        ic = self.const(e[2], k, "IC")
        t = self.tmp()
        cref = "f.cref" if self.cx is None else self.cx.callee.cref
        self.w(ind, f"if {ic}.serial != vm.const_serial or {ic}.done is not {cref}:")
        # a miss: the instructions after it look the constant up and fill the cache
        self.leave_at(k + 1, vs + ["None"], ind + 1)
        self.w(ind, f"{t} = {ic}.value")
        vs.append(t)
        return self.goto(k, e[1], vs, ind)

    def t_leave(self, k, e, vs, ind):
        v = self.pop(vs, ind)
        if self.cx is not None:
            if self.cx.splits:
                self._continue_caller(v, ind)
            else:
                self.cx.result = v   # the inlined callee's value, for its caller
            return None
        self.uses.update(("st", "frames"))
        if self.iseq.type != "rescue":
            # cf. i_leave's common case: only the value above bp, back into a Ruby frame
            self.w(ind, "if len(st) == f.bp and not f.finish:")
            self.w(ind + 1, "nf = frames[-2]")
            self.w(ind + 1, "if nf.iseq is not None:")
            self.w(ind + 2, "del frames[-1]")
            self.w(ind + 2, f"st.append({v})")
            self.w(ind + 2, "return nf")
            # initialize leaving into Class#new's frame, which answers the new object
            self.w(ind + 1, "if nf.__class__ is NewFrame and not nf.finish:")
            self.w(ind + 2, "del frames[-2:]")
            self.w(ind + 2, "st.append(nf.obj)")
            self.w(ind + 2, "return frames[-1]")
        self.flush(vs + [v], ind)
        self.w(ind, f"f.pc = {k + 1}")
        self.w(ind, f"return {self.handler(k)}")

    def t_opt_send_without_block(self, k, e, vs, ind):
        cd = e[1]
        if self.cx is not None:
            return self._send_inlined(k, cd, vs, ind)
        if cd.flag & _NOT_SIMPLE:
            self.generic(k, vs, ind)
            return k + 1
        args = [self.pop(vs, ind) for _ in range(cd.argc)][::-1]
        recv = self.pop(vs, ind)
        t = self.tmp()
        self._send(k, cd, recv, args, vs, ind, t)
        vs.append(t)
        return k + 1

    def _send(self, k, cd, recv, args, vs, ind, t, iseq_only=False):
        """A call of cd on recv with args (expressions) under vs, through cd's inline cache;
        its value goes to t, unless the path leaves with a pushed frame. iseq_only: only the
        Ruby-method case inline (an operator's: other receivers have the handler's paths)."""
        argc = len(args)
        below = len(vs)
        c = self.const(cd, k, "CD")
        vis = "" if cd.flag & VM_CALL_FCALL else ' and me.visi == "public"'
        self.uses.add("st")
        self.w(ind, f"{t} = MISS")
        self.w(ind, f"cls = ({recv}).klass if isinstance({recv}, RBasic) else "
                    f"vm.class_of({recv})")
        self.w(ind, f"if {c}.cc_klass is cls and {c}.cc_serial == STATE.serial:")
        self.w(ind + 1, f"me = {c}.cc_me")
        i1 = ind + 1
        if not iseq_only and (self._new_inline(k, c, cd, recv, args, vis, t, ind + 1)
                              or self._ivar_reader(k, cd, recv, args, vis, t, ind + 1)):
            self.w(ind + 1, "else:")
            i1 = ind + 2
        elif not iseq_only and self._proc_call_inline(k, cd, recv, args, vis, vs, ind + 1, t):
            i1 = ind + 2          # (it wrote its `else:`)
        if cd.cc_serial != M.STATE.serial and recv == "self_" and self.cx is None and (
                self.frame is not None and self.frame.iseq is self.iseq):
            # a call of self's method not made yet (code past the first call of a recursion):
            # its cache is filled now, as its first run would (vm.find_method), so the entry
            # can be specialised on (the guards check it like any cache hit)
            self.vm.find_method(self.vm.class_of(self.frame.self), cd.mid, cd)
        fast0 = cd.cc_fast if cd.cc_serial == M.STATE.serial else None
        if fast0 is not None and fast0[4] == argc:
            # the method the cache held when this was compiled, its frame facts written in
            # (guarded by the entry's identity, as YJIT guards what it specialised on)
            me0 = self.const(cd.cc_me, k, "ME")
            iseq0, code0, size0, base0 = (self.const(fast0[0], k, "IS"),
                                          self.const(fast0[1], k, "CODE"), fast0[2], fast0[3])
            self.w(i1, f"if me is {me0}{vis}:")
            cref0 = self.const(cd.cc_me.cref, k, "CREF")
            i2 = i1 + 1
            if self._call_inline(k, c, cd, recv, args, vs, i2, t, (iseq0, code0, size0, base0),
                                 me0, cref0):
                i2 += 1
            self._push_frame(k, c, recv, args, vs, i2, (iseq0, code0, size0, base0),
                             me0, cd.cc_me.internal, cref0)
            # any other entry (the inlined callee's code falls through, with `me` reused)
            self.w(i1, "else:")
            i1 += 1
        self.w(i1, f"fast = {c}.cc_fast")
        self.w(i1, f"if fast is not None and fast[4] == {argc}{vis}:")
        # vm_call_iseq_setup_normal: a method taking exactly argc leading arguments
        self._push_frame(k, c, recv, args, vs, i1 + 1, ("fast[0]", "fast[1]", "fast[2]",
                                                           "fast[3]"), "me", None, "me.cref")
        if iseq_only:
            self.w(ind, f"if {t} is MISS:")
            self.slow(k, vs + [recv] + args, below, ind + 1, t)
            return
        kw = "if"
        if argc == 0:
            # vm_call_ivar: an attr_reader
            self.w(i1, f'if me is not None and me.type == "ivar"{vis}:')
            self.w(i1 + 1, f"iv = {self._ivars_of(recv)}")
            self.w(i1 + 1, f"{t} = iv.get(me.body) if iv else None")
            kw = "elif"
        # Class#new with a Ruby initialize: both frames pushed here (new_instance_frame)
        self.g["C_NEW"] = M.lookup(self.vm.cClass, "new")[0].body
        self.g["NEW_FRAME"] = new_instance_frame
        self.w(i1, f'{kw} me is not None and me.body is C_NEW{vis}:')
        self.flush(vs, i1 + 1)
        self.w(i1 + 1, f"f.pc = {k + 1}")
        self.w(i1 + 1, f"nf = NEW_FRAME(vm, {recv}, me, ({''.join(a + ', ' for a in args)}), {c})")
        self.w(i1 + 1, "if nf is not None:")
        self.w(i1 + 2, "return nf")
        if below:
            self.w(i1 + 1, f"del st[-{below}:]")
        kw = "elif"
        # Proc#call (vm_call_opt_call): the block's frame, as invokeblock pushes it
        self.w(i1, f'{kw} me is not None and me.type == "optimized" and me.body == "call" '
                        f'and ({recv}).__class__ is RProc:')
        self.flush(vs + [recv] + args, i1 + 1)
        self.w(i1 + 1, f"f.pc = {k + 1}")
        self.w(i1 + 1, f"{c}.cc_aux = ({recv}).block.iseq")
        self.w(i1 + 1, f"nf = PUSH_BLOCK(vm, ({recv}).block, {argc}, ({recv}).is_lambda, 1)")
        self.w(i1 + 1, "if nf is not None:")
        self.w(i1 + 2, "return nf")
        self.w(i1 + 1, f"del st[-{len(vs) + 1 + argc}:]")
        # vm_call_cfunc
        self.w(i1, f'elif me is not None and me.type == "cfunc"{vis}:')
        self.flush(vs, i1 + 1)
        self.w(i1 + 1, f"f.pc = {k + 1}")
        self.w(i1 + 1, f"r = vm.call_cfunc({recv}, me, {c}.mid, [{', '.join(args)}], None, None)")
        self.w(i1 + 1, "if r is not None or TR[0]:")
        self.w(i1 + 2, "return r")
        self.w(i1 + 1, f"{t} = st.pop()")
        if below:
            self.w(i1 + 1, f"del st[-{below}:]")
        self.w(ind, f"if {t} is MISS:")
        self.slow(k, vs + [recv] + args, below, ind + 1, t)

    def _ivar_reader(self, k, cd, recv, args, vis, t, ind):
        """The attr_reader the site's cache held at compile time (vm_call_ivar), guarded by
        the entry's identity: emits its branch and returns True, else False."""
        me0 = cd.cc_me
        if args or cd.cc_serial != M.STATE.serial or me0 is None or me0.type != "ivar":
            return False
        self.w(ind, f"if me is {self.const(me0, k, 'ME')}{vis}:")
        self.w(ind + 1, f"iv = {self._ivars_of(recv)}")
        self.w(ind + 1, f"{t} = iv.get({self.const(me0.body, k, 'N')}) if iv else None")
        return True

    def _ivars_of(self, x):
        if x == "self_":
            self.uses.add("SB")
            return "self_.ivars if SB else None"
        return f"({x}).ivars if isinstance({x}, RBasic) else None"

    def _new_inline(self, k, c, cd, recv, args, vis, t, ind):
        """Class#new of a T_OBJECT class whose initialize can run inline (inline_body): when
        the call site's caches still hold what they held at compile time, allocate and run
        initialize's code here, with no frame for `new` or `initialize`. Emits the guarded
        branch and returns True, or emits nothing and returns False."""
        vm, st = self.vm, M.STATE
        meta = cd.cc_klass
        if (cd.cc_serial != st.serial or cd.cc_me is None or cd.cc_me.body is not
                M.lookup(vm.cClass, "new")[0].body or meta is None or not meta.is_singleton
                or (self.cx is not None and self.cx.callee is None)):
            return False
        k0 = meta.attached
        if (k0.__class__ is not RClass or k0.is_singleton or k0.is_module
                or k0.allocator is not vm.cBasicObject.allocator):
            return False
        # the site's cache of initialize, as new_instance_frame keeps it
        aux = cd.cc_aux
        if aux is None or aux[0] is not k0 or aux[1] != st.serial:
            ime, defined = M.lookup(k0, "initialize")
            aux = cd.cc_aux = (k0, st.serial, (ime, defined, simple_iseq(ime)))
        ime, _, fast = aux[2]
        body = inline_body(fast)
        if body is None or fast[4] != len(args):
            return False
        K, IME, AL = self.const(k0, k, "KL"), self.const(ime, k, "IME"), self.const(
            k0.allocator, k, "AL")
        snap = self._snapshot()
        self.uses.add("frames")
        self.w(ind, f"aux = {c}.cc_aux")
        # room for new's and initialize's frames (and an inlined caller's)
        room = "MAX_FRAMES - 1" if self.cx is None else "MAX_FRAMES - 2"
        self.w(ind, f"if me.body is {self.const(cd.cc_me.body, k, 'CNEW')} and {recv} is {K} "
                    f"and aux is not None and aux[0] is {K} and aux[1] == STATE.serial and "
                    f"aux[2][0] is {IME} and {K}.allocator is {AL} and len(frames) < {room}"
                    f"{vis}:")
        obj = self.tmp()
        self.w(ind + 1, f"{obj} = RObject({K})")
        base = fast[3]
        cx = _Inline(obj, k0, {base - j: a for j, a in enumerate(args)})
        if not self._inline_walk(cx, fast[0]._dec.names, body, ind + 1):
            self._rollback(snap)       # (only when the path is too long already)
            return False
        self.w(ind + 1, f"{t} = {obj}")
        return True

    def _call_inline(self, k, c, cd, recv, args, vs, ind, t, facts, me0, cref0):
        """A simple iseq method, the entry the site's cache held at compile time, run inside
        the path (`if me is ME:` is emitted above): its straight-line code through the
        templates, with a deopt wherever it would need its frame. Emits `if <room for the
        frame>: <the callee's code> else:` and returns True, or emits nothing and returns
        False (the callee branches, loops, or has an instruction without a template)."""
        fast0 = cd.cc_fast
        iseq = fast0[0]
        dec = iseq._dec
        if self.cx is not None or dec.catch or iseq.type != "method" or (
                dec.unfused is None and len(dec.code) > 1):
            return False
        code = dec.unfused if dec.unfused is not None else dec.code
        snap = self._snapshot()
        self.uses.add("frames")
        self.w(ind, "if len(frames) < MAX_FRAMES:")
        s = self.tmp()
        self.w(ind + 1, f"{s} = {recv}")
        ce = _Callee(k, c, list(vs), facts[0], facts[1], facts[2], me0, cref0, cd.cc_me.internal)
        cx = _Inline(s, None, {facts[3] - j: a for j, a in enumerate(args)}, ce)
        if any(n in _BRANCHES for n in dec.names):
            cx.splits = True
        if not self._inline_walk(cx, dec.names, code, ind + 1):
            self._rollback(snap)
            return False
        if not cx.splits:
            self.w(ind + 1, f"{t} = {cx.result}")
        self.w(ind, "else:")
        return True

    def _snapshot(self):
        return (len(self.lines), self.emitted, self.templated, set(self.uses), self.ntmp,
                self.looped, set(self.unrolled))

    def _rollback(self, snap):
        """Drop what was emitted since the snapshot (an inlining that did not work out)."""
        n, self.emitted, self.templated, self.uses, self.ntmp, self.looped, self.unrolled = snap
        del self.lines[n:]

    def _inline_walk(self, cx, names, code, ind):
        """Emit a callee's code from its start with cx as its frame; False when it cannot run
        inline (_NoInline, or it never reaches its leave)."""
        saved = cx.caller = self._frame_state()
        self.ninline += 1
        self.cx, self.pre = cx, f"i{self.ninline}_"
        self.code, self.names, self.regions, self.start = code, names, [()] * len(code), 0
        try:
            self.path(0, [], ind)
        except _NoInline:
            return False
        finally:
            self._set_frame_state(saved)
        return cx.result is not None or cx.splits

    def _frame_state(self):
        return (self.cx, self.pre, self.code, self.names, self.regions, self.start)

    def _set_frame_state(self, st):
        self.cx, self.pre, self.code, self.names, self.regions, self.start = st

    def _continue_caller(self, v, ind):
        """An inlined method that branches, at one of its leaves: the caller's path goes on
        from the call with v pushed, here in this arm (each arm gets its own copy)."""
        cx = self.cx
        ce = cx.callee
        here = self._frame_state()
        self._set_frame_state(cx.caller)
        try:
            self.path(ce.k + 1, list(ce.below) + [v], ind)
        finally:
            self._set_frame_state(here)

    def deopt(self, k, vs, ind):
        """Inside an inlined method, where its code needs its frame: materialise the frame as
        the plain run has it before instruction k (locals, stack; the caller's pc and stack at
        the call), cf. a JIT's side exit, and go on at k through the dispatch loop."""
        cx = self.cx
        ce = cx.callee
        self.uses.update(("st", "frames"))
        self.flush(ce.below, ind)
        self.w(ind, f"f.pc = {ce.k + 1}")
        slots = [(j, x) for j, x in sorted(cx.locals.items()) if x != "None"]
        if ce.blk is not None:
            # vm_push_frame of a BLOCK (as push_simple_block does)
            self.w(ind, f"env = Env({ce.size}, {ce.blk}.ep, {ce.iseq})")
            if slots:
                self.w(ind, "l = env.l")
                for j, x in slots:
                    self.w(ind, f"l[{j}] = {x}")
            self.w(ind, f"nf = Frame(BLOCK, {ce.iseq}, {ce.code}, {cx.self_}, env, {ce.cref}, "
                        "None, len(st))")
            if ce.is_lambda:
                self.w(ind, "nf.is_lambda = True")
        else:
            self._method_frame(ind, ce.c, (ce.iseq, ce.code, ce.size), cx.self_, slots, ce.me,
                               ce.cref, ce.internal)
        self.w(ind, f"nf.pc = {k}")
        self.w(ind, "frames.append(nf)")
        self.flush(vs, ind)
        self.w(ind, "return nf")

    def _send_inlined(self, k, cd, vs, ind):
        """A call inside an inlined method: only what needs no frame (the compile-time
        attr_reader, Class#new with an inlinable initialize); anything else deopts."""
        if cd.flag & _NOT_SIMPLE:
            if not self.cx.branched:
                raise _NoInline("a complex call")
            return self.deopt(k, vs, ind)
        args = [self.pop(vs, ind) for _ in range(cd.argc)][::-1]
        recv = self.pop(vs, ind)
        me0 = cd.cc_me if cd.cc_serial == M.STATE.serial else None
        if me0 is None or (me0.type != "ivar" and me0.body is not
                           M.lookup(self.vm.cClass, "new")[0].body):
            if not self.cx.branched:
                raise _NoInline(f"a call of {cd.mid}")
            return self.deopt(k, vs + [recv] + args, ind)   # the plain run makes the call
        t = self.tmp()
        c = self.const(cd, k, "CD")
        vis = "" if cd.flag & VM_CALL_FCALL else ' and me.visi == "public"'
        self.w(ind, f"{t} = MISS")
        self.w(ind, f"cls = ({recv}).klass if isinstance({recv}, RBasic) else "
                    f"vm.class_of({recv})")
        self.w(ind, f"if {c}.cc_klass is cls and {c}.cc_serial == STATE.serial:")
        self.w(ind + 1, f"me = {c}.cc_me")
        if not (self._new_inline(k, c, cd, recv, args, vis, t, ind + 1)
                or self._ivar_reader(k, cd, recv, args, vis, t, ind + 1)):
            if not self.cx.branched:
                raise _NoInline(f"a call of {cd.mid}")
            self.w(ind + 1, "pass")
        self.w(ind, f"if {t} is MISS:")
        self.deopt(k, vs + [recv] + args, ind + 1)
        vs.append(t)
        return k + 1

    def t_invokeblock(self, k, e, vs, ind):
        if self.cx is not None:
            raise _NoInline("invokeblock")
        cd = e[1]
        if cd.flag & _NOT_SIMPLE:
            self.generic(k, vs, ind)
            return k + 1
        # vm_invoke_iseq_block: the block of the method frame (the local env's)
        argc = cd.argc
        args = [self.pop(vs, ind) for _ in range(argc)][::-1]
        t = self.tmp()
        lep = "f.ep" if self.iseq.type == "method" else "LEP(f.ep)"
        self.w(ind, f"blk = {lep}.block")
        if self._yield_inline(k, args, vs, ind, t):
            ind += 1
        self.flush(vs + args, ind)
        self.w(ind, f"f.pc = {k + 1}")
        self.w(ind, "if blk is not None:")
        self.w(ind + 1, f"nf = PUSH_BLOCK(vm, blk, {argc}, blk.is_lambda)")
        self.w(ind + 1, "if nf is not None:")
        self.w(ind + 2, "return nf")
        self.w(ind, f"r = {self.handler(k)}")
        self.w(ind, "if r is not None or TR[0]:")
        self.w(ind + 1, "return r")
        self.w(ind, f"{t} = st.pop()")
        if vs:
            self.w(ind, f"del st[-{len(vs)}:]")
        vs.append(t)
        return k + 1

    def _yield_inline(self, k, args, vs, ind, t):
        """yield to the block the frame had when this was compiled, inline (_block_inline);
        `blk` holds the block."""
        f = self.frame
        if f is None or f.iseq is not self.iseq or self.cx is not None:
            return False
        blk0 = _lep(f.ep).block
        if blk0 is None or blk0.sym is not None or blk0.pyfunc is not None:
            return False
        lam = bool(blk0.is_lambda)
        return self._block_inline(k, blk0.iseq, lam, "blk", f"blk is not None and blk.iseq is "
                                  "{IS} and blk.is_lambda is " + str(lam), args, vs, ind, t)

    def _proc_call_inline(self, k, cd, recv, args, vis, vs, ind, t):
        """Proc#call (vm_call_opt_call) of the block this site's proc last had, inline."""
        me0, biseq = cd.cc_me, cd.cc_aux
        if (self.cx is not None or cd.cc_serial != M.STATE.serial or me0 is None
                or me0.type != "optimized" or me0.body != "call" or biseq is None
                or not hasattr(biseq, "_dec")):
            return False
        ME = self.const(me0, k, "ME")
        # the lambda-ness is the proc's; the site's last proc is not known here: both are tried
        return self._block_inline(k, biseq, True, f"({recv}).block", f"me is {ME}{vis} and "
                                  f"({recv}).__class__ is RProc and ({recv}).is_lambda and "
                                  f"({recv}).block.iseq is {{IS}}", args, vs, ind, t)

    def _block_inline(self, k, biseq, lam, blk, guard, args, vs, ind, t):
        """A call of a block whose iseq was biseq when this was compiled (a simple iseq block,
        arguments that need no arity handling, cf. push_simple_block): its code runs in the
        path as _call_inline runs a method's, with a BLOCK frame materialised where needed.
        Emits `if <guard, {IS}: the iseq>: <its code> else:` and returns True, or emits
        nothing and returns False."""
        dec = getattr(biseq, "_dec", None)
        argc = len(args)
        if dec is None or dec.simple is None or dec.catch or dec.simple[2] != argc or (
                argc == 1 and not lam and not dec.simple[3]) or (
                dec.unfused is None and len(dec.code) > 1):
            return False
        size, base = dec.simple[0], dec.simple[1]
        code = dec.unfused if dec.unfused is not None else dec.code
        IS, CODE = self.const(biseq, k, "BIS"), self.const(dec.code, k, "BCODE")
        snap = self._snapshot()
        self.uses.add("frames")
        self.w(ind, f"if {guard.format(IS=IS)} and {blk}.sym is None and {blk}.pyfunc is None "
                    "and len(frames) < MAX_FRAMES:")
        b, bs = self.tmp(), self.tmp()
        self.w(ind + 1, f"{b} = {blk}")
        self.w(ind + 1, f"{bs} = {b}.self")
        ce = _Callee(k, None, list(vs), IS, CODE, size, None, f"{b}.cref", False, b, lam)
        cx = _Inline(bs, None, {base - j: a for j, a in enumerate(args)}, ce)
        if not self._inline_walk(cx, dec.names, code, ind + 1):
            self._rollback(snap)
            return False
        self.w(ind + 1, f"{t} = {cx.result}")
        self.w(ind, "else:")
        if self.site.recompiles < RECOMPILES:
            # another block here: after MISSES of them, compile the path for the one it has now
            self.g["SITE"], self.g["RESPECIALISE"] = self.site, respecialise
            self.w(ind + 1, "SITE.misses += 1")
            self.w(ind + 1, f"if SITE.misses >= {MISSES}:")
            self.w(ind + 2, "RESPECIALISE(SITE)")
        return True

    def _push_frame(self, k, c, recv, args, vs, ind, facts, me, internal, cref):
        """Push the METHOD frame of a simple iseq method (facts: iseq, code, env size, slot of
        local 0) with args in its locals, and leave the path with it."""
        iseq, code, size, base = facts
        self.flush(vs, ind)
        slots = [(f"{base} - {j}" if j else f"{base}", a) for j, a in enumerate(args)]
        self._method_frame(ind, c, (iseq, code, size), recv, slots, me, cref, internal)
        self.w(ind, f"f.pc = {k + 1}")
        self.uses.add("frames")
        self.w(ind, "if len(frames) >= MAX_FRAMES:")
        self.w(ind + 1, 'vm.raise_(vm.eSystemStackError, "stack level too deep")')
        self.w(ind, "frames.append(nf)")
        self.w(ind, "return nf")

    def _method_frame(self, ind, c, facts, recv, slots, me, cref, internal):
        """`nf = ` the METHOD frame and env of call site c (facts: iseq, code, env size) with
        its locals' slots set (slot expression, value); internal None: as the entry says."""
        iseq, code, size = facts
        self.w(ind, f"env = Env({size}, None, {iseq}, None, {me}, {c}.cc_def)")
        if slots:
            self.w(ind, "l = env.l")
            for slot, a in slots:
                self.w(ind, f"l[{slot}] = {a}")
        self.w(ind, f"nf = Frame(METHOD, {iseq}, {code}, {recv}, env, {cref}, {me}, len(st), "
                    f"{c}.mid)")
        if internal is None:
            self.w(ind, f"if {me}.internal:")
            self.w(ind + 1, "nf.internal = True")
        elif internal:
            self.w(ind, "nf.internal = True")

    def generic(self, k, vs, ind):
        """Instruction k by its handler on the real stack; the path goes on after it."""
        self.flush(vs, ind)
        del vs[:]
        self.w(ind, f"f.pc = {k + 1}")
        self.w(ind, f"r = {self.handler(k)}")
        self.w(ind, "if r is not None or TR[0]:")
        self.w(ind + 1, "return r")

    def source(self):
        head = [f"def path_{self.start}(vm, f, ins):"]
        u = self.uses
        if "st" in u:
            head.append("    st = vm.stack")
        if "frames" in u:
            head.append("    frames = vm.frames")
        if "self_" in u or "SB" in u:
            head.append("    self_ = f.self")
        if "SB" in u:
            head.append("    SB = isinstance(self_, RBasic)")
        if "l0" in u:
            head.append("    l0 = f.ep.l")
        if "l1" in u:
            head.append("    l1 = f.ep.prev.l")
        if self.looped:
            head.append("    while True:")
            body = ["    " + x for x in self.lines]
        else:
            body = self.lines
        return "\n".join(head + ["    " + x for x in body]) + "\n"


for _name, _op in _BINOPS.items():
    setattr(_Gen, "t_" + _name, lambda self, k, e, vs, ind, _op=_op: self._binop(k, e, vs, ind,
                                                                                  _op))


# a template stands for one instruction of the table, as every handler does (insns_impl.insn)
_bad = [n[2:] for n in dir(_Gen) if n.startswith("t_") and n[2:] not in table.BY_NAME]
assert not _bad, _bad


def compile_path(vm, site, f=None):
    """The compiled path from a site's leader, or None when it would template nothing (f: the
    frame running it, whose block is the one a yield may run inline)."""
    g = _Gen(vm, site, f)
    start, iseq = site.k, site.iseq
    g.path(start, [], 0)
    if g.templated == 0 or (g.emitted < 2 and g.names[start] != "leave"):
        return None
    src = g.source()
    ns = g.g
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(src, f"<path {iseq.label}@{start}>", "exec")
        exec(code, ns)
    except SyntaxError as e:
        raise SyntaxError(f"{e}\n{src}") from None
    fn = ns[f"path_{start}"]
    fn.source = src
    return fn
