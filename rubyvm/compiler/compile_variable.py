"""Variables and constants: locals (getlocal/setlocal with their level), instance, class and
global variables, $1/$&, constants with their inline cache, and the operator assignments
(cf. compile.c's NODE_LVAR ... NODE_OP_CDECL cases, compile_const_prefix, compile_cpath,
compile_op_asgn1, compile_op_asgn2)."""
from __future__ import annotations

from ..ast.literals import RSymbol
from ..iseq.values import RubyValue
from .context import (ARGS_BLOCKARG, ARGS_SPLAT, VM_SPECIAL_OBJECT_CONST_BASE, new_callinfo)
from .linklist import Anchor, list_insn_size_zero

OBJECT = RubyValue("Class", "Object")

DEFINED_CONST_FROM = 17


class VariableCompiler:

    # ---- locals ----------------------------------------------------------------------------
    def c_NODE_LVAR(self, ret, node, popped):
        if not popped:
            idx, lv = self.lvar_idx_level(node.vid)
            self.getlocal(ret, node, idx, lv)

    def c_NODE_DVAR(self, ret, node, popped):
        if not popped:
            idx, lv = self.dyna_var_idx(node.vid)
            self.getlocal(ret, node, idx, lv)

    def c_NODE_LASGN(self, ret, node, popped):
        idx, lv = self.lvar_idx_level(node.vid)
        self.compile(ret, node.value)
        if not popped:
            self.insn(ret, node, "dup")
        self.setlocal(ret, node, idx, lv)

    def c_NODE_DASGN(self, ret, node, popped):
        idx, lv = self.dyna_var_idx(node.vid)
        self.compile(ret, node.value)
        if not popped:
            self.insn(ret, node, "dup")
        self.setlocal(ret, node, idx, lv)

    # ---- globals, ivars, cvars -------------------------------------------------------------
    def c_NODE_GVAR(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "getglobal", RSymbol(node.vid))

    def c_NODE_GASGN(self, ret, node, popped):
        self.compile(ret, node.value)
        if not popped:
            self.insn(ret, node, "dup")
        self.insn(ret, node, "setglobal", RSymbol(node.vid))

    def c_NODE_IVAR(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "getinstancevariable", RSymbol(node.vid), self.ivar_ic(node.vid))

    def c_NODE_IASGN(self, ret, node, popped):
        self.compile(ret, node.value)
        if not popped:
            self.insn(ret, node, "dup")
        self.insn(ret, node, "setinstancevariable", RSymbol(node.vid), self.ivar_ic(node.vid))

    def c_NODE_CVAR(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "getclassvariable", RSymbol(node.vid), self.ivar_ic(node.vid))

    def c_NODE_CVASGN(self, ret, node, popped):
        self.compile(ret, node.value)
        if not popped:
            self.insn(ret, node, "dup")
        self.insn(ret, node, "setclassvariable", RSymbol(node.vid), self.ivar_ic(node.vid))

    def c_NODE_NTH_REF(self, ret, node, popped):
        if not popped:
            if not node.nth:
                self.insn(ret, node, "putnil")
                return
            self.insn(ret, node, "getspecial", 1, node.nth << 1)

    def c_NODE_BACK_REF(self, ret, node, popped):
        if not popped:
            n = node.nth
            if isinstance(n, str):
                n = ord(n)
            self.insn(ret, node, "getspecial", 1, 0x01 | (n << 1))

    # ---- constants -------------------------------------------------------------------------
    def c_NODE_CONST(self, ret, node, popped):
        lend = self.new_label()
        ic = self.new_is()
        self.insn(ret, node, "opt_getinlinecache", lend, ic)
        self.insn(ret, node, "putobject", True)
        self.insn(ret, node, "getconstant", RSymbol(node.vid))
        self.insn(ret, node, "opt_setinlinecache", ic)
        self.label(ret, lend)
        if popped:
            self.insn(ret, node, "pop")

    def compile_const_prefix(self, node, pref: Anchor, body: Anchor) -> None:
        t = node.type
        if t == "NODE_CONST":
            self.insn(body, node, "putobject", True)
            self.insn(body, node, "getconstant", RSymbol(node.vid))
        elif t == "NODE_COLON3":
            self.insn(body, node, "pop")
            self.insn(body, node, "putobject", OBJECT)
            self.insn(body, node, "putobject", True)
            self.insn(body, node, "getconstant", RSymbol(node.mid))
        elif t == "NODE_COLON2":
            self.compile_const_prefix(node.head, pref, body)
            self.insn(body, node, "putobject", False)
            self.insn(body, node, "getconstant", RSymbol(node.mid))
        else:
            self.compile(pref, node)

    def c_NODE_COLON2(self, ret, node, popped):
        if node.mid[:1].isupper():
            lend = self.new_label()
            ic = self.new_is()
            pref = Anchor()
            body = Anchor()
            self.compile_const_prefix(node, pref, body)
            if list_insn_size_zero(pref):
                self.insn(ret, node, "opt_getinlinecache", lend, ic)
                ret.append(body)
                self.insn(ret, node, "opt_setinlinecache", ic)
                self.label(ret, lend)
            else:
                ret.append(pref)
                ret.append(body)
        else:
            self.insn(ret, node, "putself")
            self.compile(ret, node.head)
            self.call(ret, node, node.mid, 1)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_COLON3(self, ret, node, popped):
        lend = self.new_label()
        ic = self.new_is()
        self.insn(ret, node, "opt_getinlinecache", lend, ic)
        self.insn(ret, node, "pop")
        self.insn(ret, node, "putobject", OBJECT)
        self.insn(ret, node, "putobject", True)
        self.insn(ret, node, "getconstant", RSymbol(node.mid))
        self.insn(ret, node, "opt_setinlinecache", ic)
        self.label(ret, lend)
        if popped:
            self.insn(ret, node, "pop")

    def compile_cpath(self, ret, cpath) -> int:
        from .context import VM_SPECIAL_OBJECT_CONST_BASE
        if cpath.type == "NODE_COLON3":
            self.insn(ret, cpath, "putobject", OBJECT)
            return 0x08
        if cpath.head is not None:
            self.compile(ret, cpath.head)
            return 0x08
        self.insn(ret, cpath, "putspecialobject", VM_SPECIAL_OBJECT_CONST_BASE)
        return 0

    def c_NODE_CDECL(self, ret, node, popped):
        self.compile(ret, node.value)
        if not popped:
            self.insn(ret, node, "dup")
        if node.vid and isinstance(node.vid, str) and node.else_ is None:
            self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_CONST_BASE)
            self.insn(ret, node, "setconstant", RSymbol(node.vid))
        else:
            self.compile_cpath(ret, node.else_)
            self.insn(ret, node, "setconstant", RSymbol(node.else_.mid))

    # ---- operator assignments --------------------------------------------------------------
    def compile_recv(self, ret, node) -> int:
        """COMPILE_RECV: `self.foo` is a private call (FCALL)"""
        if self.private_recv_p(node):
            self.insn(ret, node, "putself")
            from .context import FCALL
            return FCALL
        self.compile(ret, node.recv)
        return 0

    def c_NODE_OP_ASGN1(self, ret, node, popped):
        mid = node.mid
        boff = 0
        flag = 0
        if not popped:
            self.insn(ret, node, "putnil")
        asgnflag = self.compile_recv(ret, node)
        idx = node.index
        if idx is None or idx.type == "NODE_ZLIST":
            argc = 0
        else:
            if idx.type == "NODE_BLOCK_PASS":
                boff = 1
            argc, flag, _ = self.setup_args(ret, idx, flag, False)
        self.insn(ret, node, "dupn", argc + 1 + boff)
        flag |= asgnflag
        self.send(ret, node, "[]", argc, None, flag)
        if mid in ("||", "&&"):
            label = self.new_label()
            lfin = self.new_label()
            self.insn(ret, node, "dup")
            self.insn(ret, node, "branchif" if mid == "||" else "branchunless", label)
            self.insn(ret, node, "pop")
            self.compile(ret, node.value)
            if not popped:
                self.insn(ret, node, "setn", argc + 2 + boff)
            self._op_asgn1_aset(ret, node, argc, flag, boff)
            self.insn(ret, node, "pop")
            self.insn(ret, node, "jump", lfin)
            self.label(ret, label)
            if not popped:
                self.insn(ret, node, "setn", argc + 2 + boff)
            self.insn(ret, node, "adjuststack", argc + 2 + boff)
            self.label(ret, lfin)
        else:
            self.compile(ret, node.value)
            self.send(ret, node, mid, 1)
            if not popped:
                self.insn(ret, node, "setn", argc + 2 + boff)
            self._op_asgn1_aset(ret, node, argc, flag, boff)
            self.insn(ret, node, "pop")

    def _op_asgn1_aset(self, ret, node, argc, flag, boff):
        if flag & ARGS_SPLAT:
            self.insn(ret, node, "newarray", 1)
            if boff > 0:
                self.insn(ret, node, "dupn", 3)
                self.insn(ret, node, "swap")
                self.insn(ret, node, "pop")
            self.insn(ret, node, "concatarray")
            if boff > 0:
                self.insn(ret, node, "setn", 3)
                self.insn(ret, node, "pop")
                self.insn(ret, node, "pop")
            self.send(ret, node, "[]=", argc, None, flag)
        else:
            if boff > 0:
                self.insn(ret, node, "swap")
            self.send(ret, node, "[]=", argc + 1, None, flag)

    def c_NODE_OP_ASGN2(self, ret, node, popped):
        atype = node.mid
        vid = node.vid
        aid = vid + "="
        lfin = self.new_label()
        lcfin = self.new_label()
        lskip = None
        asgnflag = self.compile_recv(ret, node)
        if getattr(node, "safe", False) or getattr(node, "aid", False):
            lskip = self.new_label()
            self.insn(ret, node, "dup")
            self.insn(ret, node, "branchnil", lskip)
        self.insn(ret, node, "dup")
        self.send(ret, node, vid, 0, None, asgnflag)
        if atype in ("||", "&&"):
            self.insn(ret, node, "dup")
            self.insn(ret, node, "branchif" if atype == "||" else "branchunless", lcfin)
            self.insn(ret, node, "pop")
            self.compile(ret, node.value)
            self.insn(ret, node, "swap")
            self.insn(ret, node, "topn", 1)
            self.send(ret, node, aid, 1, None, asgnflag)
            self.insn(ret, node, "jump", lfin)
            self.label(ret, lcfin)
            self.insn(ret, node, "swap")
            self.label(ret, lfin)
            self.insn(ret, node, "pop")
            if lskip is not None:
                self.label(ret, lskip)
            if popped:
                self.insn(ret, node, "pop")
        else:
            self.compile(ret, node.value)
            self.send(ret, node, atype, 1)
            if not popped:
                self.insn(ret, node, "swap")
                self.insn(ret, node, "topn", 1)
            self.send(ret, node, aid, 1, None, asgnflag)
            if lskip is not None and popped:
                self.label(ret, lskip)
            self.insn(ret, node, "pop")
            if lskip is not None and not popped:
                self.label(ret, lskip)

    def c_NODE_OP_ASGN_AND(self, ret, node, popped):
        self._op_asgn_logic(ret, node, popped, "and")

    def c_NODE_OP_ASGN_OR(self, ret, node, popped):
        self._op_asgn_logic(ret, node, popped, "or")

    def _op_asgn_logic(self, ret, node, popped, kind):
        lfin = self.new_label()
        if kind == "or" and node.head.type != "NODE_IVAR":
            lfinish = [lfin, None]
            self.defined_expr(ret, node.head, lfinish, False)
            lassign = lfinish[1]
            if lassign is None:
                lassign = self.new_label()
            self.insn(ret, node, "branchunless", lassign)
        else:
            lassign = self.new_label()
        self.compile(ret, node.head)
        self.insn(ret, node, "dup")
        self.insn(ret, node, "branchunless" if kind == "and" else "branchif", lfin)
        self.insn(ret, node, "pop")
        self.label(ret, lassign)
        self.compile(ret, node.value)
        self.label(ret, lfin)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_OP_CDECL(self, ret, node, popped):
        head = node.head
        lfin = None
        lassign = None
        if head.type == "NODE_COLON3":
            self.insn(ret, node, "putobject", OBJECT)
        else:
            self.compile(ret, head.head)
        mid = RSymbol(head.mid)
        aid = node.aid
        if aid == "||":
            lassign = self.new_label()
            self.insn(ret, node, "dup")
            self.insn(ret, node, "defined", DEFINED_CONST_FROM, mid, True)
            self.insn(ret, node, "branchunless", lassign)
        self.insn(ret, node, "dup")
        self.insn(ret, node, "putobject", True)
        self.insn(ret, node, "getconstant", mid)
        if aid in ("||", "&&"):
            lfin = self.new_label()
            if not popped:
                self.insn(ret, node, "dup")
            self.insn(ret, node, "branchif" if aid == "||" else "branchunless", lfin)
            if not popped:
                self.insn(ret, node, "pop")
            if lassign is not None:
                self.label(ret, lassign)
            self.compile(ret, node.value)
            if popped:
                self.insn(ret, node, "topn", 1)
            else:
                self.insn(ret, node, "dupn", 2)
                self.insn(ret, node, "swap")
            self.insn(ret, node, "setconstant", mid)
            self.label(ret, lfin)
            if not popped:
                self.insn(ret, node, "swap")
            self.insn(ret, node, "pop")
        else:
            self.compile(ret, node.value)
            self.call(ret, node, aid, 1)
            self.insn(ret, node, "swap")
            if not popped:
                self.insn(ret, node, "topn", 1)
                self.insn(ret, node, "swap")
            self.insn(ret, node, "setconstant", mid)
