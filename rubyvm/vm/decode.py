"""Pre-decoding: each iseq is turned once into a list of (handler, operands...) tuples so the
main loop is a tight `while` (cf. direct-threaded code in vm_exec.h).

Instruction facts (names, operand types, lengths) come from the instruction table; the
semantics from insns_impl.HANDLERS, keyed by the table's names. Jump offsets become indexes in
the decoded list; catch-table positions stay in words and are compared with `wpos`.
"""
from __future__ import annotations

from .. import insns as table
from ..iseq.iseq import UNDEF
from ..iseq.to_a import cdhash_key
from .events import DECODED, trace_decoded, tracing


class CallData:
    """rb_call_data: the call info (mid, argc, flag, kw_arg) and its inline method cache.
    cc_fast: the cached entry's simple-iseq facts when it has them (see simple_iseq);
    cc_aux: what a specialised call keeps (Class#new: initialize's entry; Proc#call: the iseq
    of the last proc's block)."""
    __slots__ = ("mid", "argc", "flag", "kw_arg", "cc_serial", "cc_klass", "cc_me", "cc_def",
                 "cc_fast", "cc_aux")

    def __init__(self, d):
        self.mid = d.get("mid")
        self.flag = d.get("flag", 0)
        self.kw_arg = tuple(d.get("kw_arg") or ())
        self.argc = d.get("orig_argc", 0)
        self.cc_serial = -1
        self.cc_klass = None
        self.cc_me = None
        self.cc_def = None
        self.cc_fast = None
        self.cc_aux = None


def simple_iseq(me):
    """The fastpath facts of an iseq method whose parameters are only leading required ones
    (cf. rb_simple_iseq_p and vm_call_iseq_setup_normal): a call passing exactly that many
    positional arguments, no keywords, splat or block arg, can fill the locals directly.
    Returns (iseq, code list, env size, slot of local 0, lead_num) or None."""
    if me is None or me.type != "iseq":
        return None
    iseq, dec = me.body
    s = dec.simple
    if s is None:
        return None
    return (iseq, dec.code, s[0], s[1], s[2])


# vm_call_flag_bits
VM_CALL_ARGS_SPLAT = 1 << 0
VM_CALL_ARGS_BLOCKARG = 1 << 1
VM_CALL_FCALL = 1 << 2
VM_CALL_VCALL = 1 << 3
VM_CALL_ARGS_SIMPLE = 1 << 4
VM_CALL_BLOCKISEQ = 1 << 5
VM_CALL_KWARG = 1 << 6
VM_CALL_KW_SPLAT = 1 << 7
VM_CALL_TAILCALL = 1 << 8
VM_CALL_SUPER = 1 << 9
VM_CALL_ZSUPER = 1 << 10
VM_CALL_OPT_SEND = 1 << 11
VM_CALL_KW_SPLAT_MUT = 1 << 12


class Decoded:
    __slots__ = ("code", "names", "lines", "wpos", "index_of", "catch", "events", "ics",
                 "opt_index", "plain", "simple", "unfused", "fused", "__weakref__")

    def __init__(self):
        self.code = []
        self.names = []         # the instruction table's name of each entry
        self.lines = []
        self.wpos = []
        self.index_of = {}
        self.catch = []
        self.events = []
        self.ics = {}
        self.opt_index = []
        self.plain = None       # the untraced code while tracing is on (see events.py)
        # rb_simple_iseq_p: only leading required parameters -> (env size, slot of local 0,
        # lead_num, ambiguous_param0); None otherwise
        self.simple = None
        # with superinstructions (superinsns.py): the code without them, one plain handler per
        # instruction (what tracing runs), and a copy of the code with them (what untracing
        # restores); None otherwise
        self.unfused = None
        self.fused = None


class ICache:
    """An inline cache cell (IC / IVC / ISE) shared by the instructions naming one index."""
    __slots__ = ("serial", "value", "done")

    def __init__(self):
        self.serial = -1
        self.value = None
        self.done = False


def decode(vm, iseq):
    dec = getattr(iseq, "_dec", None)
    if dec is not None:
        return dec
    from .insns_impl import HANDLERS
    from .superinsns import install
    dec = Decoded()
    pos = 0
    for i, ins in enumerate(iseq.insns):
        dec.index_of[ins.pos if ins.pos else pos] = i
        pos = (ins.pos if ins.pos else pos) + table.insn_len(ins.name)
    # positions: the word position of each instruction and one past the end
    wpos = []
    p = 0
    for ins in iseq.insns:
        wpos.append(p)
        p += table.insn_len(ins.name)
    wpos.append(p)
    index_of = {w: k for k, w in enumerate(wpos)}
    dec.wpos = wpos
    dec.index_of = index_of
    for ins in iseq.insns:
        info = table.get(ins.name)
        ops = []
        for j, op in enumerate(ins.operands):
            t = info.operands[j].type
            if t == "OFFSET":
                ops.append(index_of[op])
            elif t == "CALL_DATA":
                ops.append(CallData(op))
            elif t in ("IC", "IVC", "ICVARC", "ISE"):
                c = dec.ics.get((t, op))
                if c is None:
                    c = dec.ics[(t, op)] = ICache()
                ops.append(c)
            elif t == "VALUE":
                ops.append(vm.literal(op, ins.name))
            elif t == "ID":
                ops.append(str(op) if op is not None else None)
            elif t == "CDHASH":
                if isinstance(op, dict):
                    # our compiler's: {(kind, value): label position} (compiler.values)
                    pairs = [(cdhash_key(k), v) for k, v in op.items()]
                else:
                    # CRuby's to_a: [key, label, key, label, ...]
                    flat = list(op)
                    pairs = zip(flat[0::2], flat[1::2])
                d = {}
                for k, v in pairs:
                    if not isinstance(v, int):
                        v = int(str(v)[6:])
                    key = vm.hashkey(vm.literal(k, "putobject"))
                    d.setdefault(key, index_of[v])
                ops.append(d)
            else:
                ops.append(op)
        fn = HANDLERS[info.name]
        dec.code.append((fn, *ops))
        dec.names.append(info.name)
        dec.lines.append(ins.line)
        dec.events.append(ins.events)
    dec.catch = [(e.type, e.iseq, e.start, e.end, index_of.get(e.cont, 0), e.sp)
                 for e in iseq.catch_table]
    dec.opt_index = [index_of[w] for w in iseq.params.opt_table]
    p = iseq.params
    if not ((p.opt_table and len(p.opt_table) > 1) or p.post_num or p.rest_start >= 0 or
            p.keyword is not None or p.kwrest_start >= 0 or p.block_start >= 0):
        dec.simple = (iseq.local_size + 3, iseq.local_size + 2, p.lead_num, p.ambiguous_param0)
    fused = install(dec, iseq)
    if fused is not None:
        dec.unfused = dec.code
        dec.code = fused
        dec.fused = list(fused)
    iseq._dec = dec
    DECODED.add(dec)
    if tracing():
        trace_decoded(dec, True)
    return dec
