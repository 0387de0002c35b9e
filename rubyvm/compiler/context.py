"""The per-iseq compile state (CRuby's ISEQ_COMPILE_DATA) and the helpers every node compiler
uses to add instructions, labels and catch entries (ADD_INSN, NEW_LABEL, ADD_CATCH_ENTRY ...).
"""
from __future__ import annotations

from typing import Any, Optional

from ..ast.nodes import Node
from ..iseq.iseq import EVENT_BITS, InstructionSequence
from .errors import CompileError
from .linklist import Adjust, Anchor, Insn, Label, Trace

VM_ENV_DATA_SIZE = 3

# RUBY_EVENT_* bits
EV_LINE = EVENT_BITS["RUBY_EVENT_LINE"]
EV_CLASS = EVENT_BITS["RUBY_EVENT_CLASS"]
EV_END = EVENT_BITS["RUBY_EVENT_END"]
EV_CALL = EVENT_BITS["RUBY_EVENT_CALL"]
EV_RETURN = EVENT_BITS["RUBY_EVENT_RETURN"]
EV_C_CALL = EVENT_BITS["RUBY_EVENT_C_CALL"]
EV_C_RETURN = EVENT_BITS["RUBY_EVENT_C_RETURN"]
EV_B_CALL = EVENT_BITS["RUBY_EVENT_B_CALL"]
EV_B_RETURN = EVENT_BITS["RUBY_EVENT_B_RETURN"]

# call flags (vm_callinfo.h)
ARGS_SPLAT = 1 << 0
ARGS_BLOCKARG = 1 << 1
FCALL = 1 << 2
VCALL = 1 << 3
ARGS_SIMPLE = 1 << 4
BLOCKISEQ = 1 << 5
KWARG = 1 << 6
KW_SPLAT = 1 << 7
TAILCALL = 1 << 8
SUPER = 1 << 9
ZSUPER = 1 << 10
OPT_SEND = 1 << 11
KW_SPLAT_MUT = 1 << 12

# putspecialobject operands
VM_SPECIAL_OBJECT_VMCORE = 1
VM_SPECIAL_OBJECT_CBASE = 2
VM_SPECIAL_OBJECT_CONST_BASE = 3

# throw states
TAG_RETURN, TAG_BREAK, TAG_NEXT, TAG_RETRY, TAG_REDO, TAG_RAISE = 1, 2, 3, 4, 5, 6
VM_THROW_NO_ESCAPE_FLAG = 0x8000

# label rescue marks
LABEL_RESCUE_NONE, LABEL_RESCUE_BEG, LABEL_RESCUE_END = 0, 1, 2

# catch entry types; NEXT_NOADJ is CATCH_TYPE_NEXT | 0x10000 (sp not decremented)
CATCH_RESCUE, CATCH_ENSURE, CATCH_RETRY = "rescue", "ensure", "retry"
CATCH_BREAK, CATCH_REDO, CATCH_NEXT = "break", "redo", "next"
CATCH_NEXT_NOADJ = "next!"

LVAR_ERRINFO = 1


class Options:
    """The compile options that change the output (cf. rb_compile_option_t), and the source
    (for the caret line of a compile-time SyntaxError)."""
    def __init__(self, frozen_string_literal: bool = False, source: bytes = b"") -> None:
        self.frozen_string_literal = frozen_string_literal
        self.peephole_optimization = True
        self.specialized_instruction = True
        self.operands_unification = True
        self.tailcall_optimization = False
        self.source = source

    @property
    def source_lines(self) -> list[str]:
        return self.source.decode("utf-8", "surrogateescape").split("\n")


def new_callinfo(mid: Optional[str], argc: int, flag: int = 0, kw_arg=None,
                 has_blockiseq: bool = False) -> dict:
    """new_callinfo: the ARGS_SIMPLE flag and argc counting keyword arguments."""
    if kw_arg:
        flag |= KWARG
        argc += len(kw_arg)
    if not (flag & (ARGS_SPLAT | ARGS_BLOCKARG | KW_SPLAT)) and not kw_arg and not has_blockiseq:
        flag |= ARGS_SIMPLE
    return {"mid": mid, "flag": flag, "orig_argc": argc, "argc": argc,
            "kw_arg": list(kw_arg) if kw_arg else None}


class EnsureEntry:
    """iseq_compile_data_ensure_node_stack: one enclosing `ensure` (or a loop barrier, node
    None) with the ranges its code must be excluded from."""
    def __init__(self, node: Optional[Node], erange: list) -> None:
        self.node = node
        self.erange = erange       # list of [begin_label, end_label]


class CompileData:
    """ISEQ_COMPILE_DATA"""
    def __init__(self) -> None:
        self.last_line = 0
        self.label_no = 0
        self.current_block: Optional[InstructionSequence] = None
        self.loopval_popped = 0
        self.start_label: Optional[Label] = None
        self.end_label: Optional[Label] = None
        self.redo_label: Optional[Label] = None
        self.ensure_node_stack: list[EnsureEntry] = []
        self.in_rescue = False
        self.catch_table_ary: list = []
        self.ivar_cache_table: dict[str, int] = {}


class CompileContext:
    """What compile.c reaches through `iseq`: the iseq being built, its compile data, its
    parent and local iseq (for variable lookup)."""

    def __init__(self, iseq: InstructionSequence, parent: Optional["CompileContext"],
                 options: Options, node: Any = None) -> None:
        self.iseq = iseq
        self.parent = parent                  # parent_iseq (None for methods and top)
        self.options = options
        self.cd = CompileData()
        self.is_size = 0                      # inline storage entries (IC/IVC/ISE)
        if iseq.type in ("top", "method", "main", "class") or parent is None:
            self.local_c = self
        else:
            self.local_c = parent.local_c
        self.local_ids: list = []             # the local table as IDs (names or InternalId)
        self.has_block_param = False
        self.node = node
        # inside an eval iseq: a NODE_LVAR may name a local of any enclosing scope of the
        # binding, so locals are found by walking the scopes (the names are unique per scope)
        self.in_eval = iseq.type == "eval" or (parent is not None and parent.in_eval)
        self.finished = False                 # an already compiled iseq (no compile data)

    # ---- errors --------------------------------------------------------------------------
    def error(self, line: int, message: str):
        raise CompileError(self.iseq.path, line, message, nested=self.iseq.type != "top"
                           and self.iseq.type != "main")

    # ---- labels, elements ----------------------------------------------------------------
    def new_label(self) -> Label:
        lab = Label(self.cd.label_no)
        self.cd.label_no += 1
        return lab

    @staticmethod
    def line_of(line_node) -> int:
        return line_node if isinstance(line_node, int) else line_node.nd_line

    def insn(self, ret: Anchor, line_node, name: str, *operands) -> Insn:
        """ADD_INSN / ADD_INSN1 / ... ; a label operand gets a reference (ADD_INSNL)."""
        i = Insn(name, list(operands), line_node if type(line_node) is int else line_node.nd_line)
        for op in operands:
            if type(op) is Label:
                op.refcnt += 1
        last = ret.last                     # ADD_ELEM
        i.prev = last
        last.next = i
        ret.last = i
        return i

    def new_insn(self, line: int, name: str, *operands) -> Insn:
        return Insn(name, list(operands), line)

    def send(self, ret: Anchor, line_node, mid: Optional[str], argc: int, block=None,
             flag: int = 0, kw_arg=None) -> Insn:
        """ADD_SEND_R"""
        ci = new_callinfo(mid, argc, flag, kw_arg, block is not None)
        return self.insn(ret, line_node, "send", ci, block)

    def call(self, ret: Anchor, line_node, mid: str, argc: int) -> Insn:
        """ADD_CALL: a receiverless (FCALL) send"""
        return self.send(ret, line_node, mid, argc, None, FCALL)

    def label(self, ret: Anchor, lab: Label) -> None:
        ret.add(lab)

    def trace(self, ret: Anchor, event: int) -> None:
        ret.add(Trace(event))

    def adjust(self, ret: Anchor, line_node, lab: Optional[Label]) -> None:
        """ADD_ADJUST"""
        if lab is not None:
            lab.refcnt += 1
            lab.unremovable = True
        ret.add(Adjust(lab, self.line_of(line_node)))

    def adjust_restore(self, ret: Anchor, lab: Label) -> None:
        """ADD_ADJUST_RESTORE"""
        lab.refcnt += 1
        lab.unremovable = True
        ret.add(Adjust(lab, -1))

    def catch_entry(self, ctype: str, ls: Label, le: Label, iseq, lc: Optional[Label]) -> None:
        """ADD_CATCH_ENTRY"""
        ls.refcnt += 1
        ls.unremovable = True
        le.refcnt += 1
        if lc is not None:
            lc.refcnt += 1
        self.cd.catch_table_ary.append((ctype, ls, le, iseq, lc))

    def new_is(self) -> int:
        """a fresh inline storage entry (body->is_size++)"""
        n = self.is_size
        self.is_size += 1
        return n

    def ivar_ic(self, name: str) -> int:
        """get_ivar_ic_value: one IVC per instance-variable name in an iseq"""
        t = self.cd.ivar_cache_table
        if name not in t:
            t[name] = self.new_is()
        return t[name]

    # ---- locals --------------------------------------------------------------------------
    def lvar_level(self) -> int:
        """get_lvar_level"""
        lev = 0
        c = self
        while c is not self.local_c:
            lev += 1
            c = c.parent
        return lev

    def local_var_idx(self, vid) -> int:
        """get_local_var_idx: the slot (size - index) in the local iseq"""
        lc = self.local_c
        i = _index(lc.local_ids, vid)
        if i < 0:
            raise KeyError(f"local {vid!r} not found")
        return len(lc.local_ids) - i

    def lvar_idx_level(self, vid) -> tuple[int, int]:
        """(slot, level) of a NODE_LVAR / NODE_LASGN local"""
        if self.in_eval:
            return self.dyna_var_idx(vid)
        return self.local_var_idx(vid), self.lvar_level()

    def dyna_var_idx(self, vid) -> tuple[int, int]:
        """get_dyna_var_idx: (slot, level)"""
        c = self
        lv = 0
        while c is not None:
            i = _index(c.local_ids, vid)
            if i >= 0:
                return len(c.local_ids) - i, lv
            c = c.parent
            lv += 1
        raise KeyError(f"dynamic variable {vid!r} not found")

    def _ctx_at(self, level: int) -> "CompileContext":
        c = self
        for _ in range(level):
            c = c.parent
        return c

    def local_block_param_p(self, idx: int, level: int) -> bool:
        """iseq_local_block_param_p"""
        c = self._ctx_at(level)
        p = c.iseq.params
        return (c.local_c is c and p.block_start >= 0
                and len(c.local_ids) - p.block_start == idx)

    def getlocal(self, ret: Anchor, line_node, idx: int, level: int) -> None:
        if self.local_block_param_p(idx, level):
            self.insn(ret, line_node, "getblockparam", idx + VM_ENV_DATA_SIZE - 1, level)
        else:
            self.insn(ret, line_node, "getlocal", idx + VM_ENV_DATA_SIZE - 1, level)

    def setlocal(self, ret: Anchor, line_node, idx: int, level: int) -> None:
        if self.local_block_param_p(idx, level):
            self.insn(ret, line_node, "setblockparam", idx + VM_ENV_DATA_SIZE - 1, level)
        else:
            self.insn(ret, line_node, "setlocal", idx + VM_ENV_DATA_SIZE - 1, level)

    def block_param_id_p(self, vid) -> Optional[tuple[int, int]]:
        """iseq_block_param_id_p"""
        try:
            idx, level = self.dyna_var_idx(vid)
        except KeyError:
            return None
        if self.local_block_param_p(idx, level):
            return idx, level
        return None


def _index(ids: list, vid) -> int:
    for i, x in enumerate(ids):
        if x is vid or (x == vid and type(x) is type(vid)):
            return i
    return -1
