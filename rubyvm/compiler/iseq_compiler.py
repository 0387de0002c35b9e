"""One iseq's compiler: iseq_compile_each's dispatch over node types, rb_iseq_compile_node
(the body of a top/method/block/class/rescue/ensure/plain iseq) and iseq_setup (optimise,
assemble). The node compilers live in the compile_*.py mixins."""
from __future__ import annotations

from typing import Optional

from ..ast.nodes import Node
from ..iseq.iseq import InstructionSequence
from . import assemble, optimize
from .compile_call import CallCompiler
from .compile_control import ControlCompiler
from .compile_def import DefCompiler
from .compile_exception import ExceptionCompiler
from .compile_literal import LiteralCompiler
from .compile_masgn import MasgnCompiler
from .compile_pattern import PatternCompiler
from .compile_string import StringCompiler
from .compile_variable import VariableCompiler
from .context import (CATCH_NEXT_NOADJ, CATCH_REDO, EV_B_CALL, EV_B_RETURN, EV_CALL, EV_CLASS,
                      EV_END, EV_LINE, EV_RETURN, LABEL_RESCUE_BEG, LABEL_RESCUE_END,
                      LVAR_ERRINFO, CompileContext, Options)
from .linklist import Anchor


class ISeqCompiler(LiteralCompiler, StringCompiler, VariableCompiler, MasgnCompiler, CallCompiler,
                   ControlCompiler, DefCompiler, ExceptionCompiler, PatternCompiler,
                   CompileContext):

    _dispatch: dict = {}

    # ---- iseq_compile_each ---------------------------------------------------------------
    def compile(self, ret: Anchor, node: Optional[Node], popped: bool = False) -> None:
        if node is None:
            if not popped:
                lineno = self.cd.last_line
                if lineno == 0:
                    lineno = self.iseq.first_lineno
                self.insn(ret, lineno, "putnil")
            return
        line = node.nd_line
        if self.cd.last_line != line and node.newline:
            self.cd.last_line = line
            self.trace(ret, EV_LINE)
        fn = self._dispatch.get(node.type)
        if fn is None:
            fn = getattr(type(self), "c_" + node.type, None)
            if fn is None:
                raise NotImplementedError(f"compile: {node.type}")
            self._dispatch[node.type] = fn
        fn(self, ret, node, popped)

    def compile_popped(self, ret: Anchor, node) -> None:
        self.compile(ret, node, True)

    # ---- child iseqs -------------------------------------------------------------------------
    def new_child_iseq(self, node, label: str, itype: str, line: int, parent: bool = True,
                       loc=None) -> InstructionSequence:
        """new_child_iseq: build and compile a child right away (as rb_iseq_new_with_opt does).
        parent=False for methods (NEW_ISEQ), whose parent_iseq is none."""
        if loc is None:
            l = node.loc
            loc = (l.first_lineno, l.first_column, l.last_lineno, l.last_column)
        iseq = InstructionSequence(type=itype, label=label, path=self.iseq.path,
                                   absolute_path=self.iseq.absolute_path, first_lineno=line,
                                   code_location=loc, parent=self.iseq if parent else None)
        child = ISeqCompiler(iseq, self if parent else None, self.options, node)
        child.compile_iseq_node(node)
        return iseq

    def block_name(self) -> str:
        """make_name_for_block"""
        level = 1
        c = self
        if self.parent is not None:
            while self.local_c is not c:
                if c.iseq.type == "block":
                    level += 1
                c = c.parent
        if level == 1:
            return f"block in {c.iseq.label}"
        return f"block ({level} levels) in {c.iseq.label}"

    # ---- rb_iseq_compile_node ----------------------------------------------------------------
    def compile_iseq_node(self, node) -> None:
        ret = Anchor()
        iseq = self.iseq
        t = iseq.type
        if node is None:
            self.compile(ret, None)
            self.set_local_table(None)
        elif t in ("rescue", "ensure", "plain"):
            if t == "rescue":
                self.set_exception_local_table()
                self.compile(ret, node)
            elif t == "ensure":
                self.set_exception_local_table()
                self.compile_popped(ret, node)
            else:
                self.compile(ret, node)
        elif node.type == "NODE_SCOPE":
            self.set_local_table(node.tbl)
            self.set_arguments(ret, node.args)
            if t == "block":
                start = self.cd.start_label = self.new_label()
                end = self.cd.end_label = self.new_label()
                start.rescued = LABEL_RESCUE_BEG
                end.rescued = LABEL_RESCUE_END
                self.trace(ret, EV_B_CALL)
                self.insn(ret, iseq.first_lineno, "nop")
                self.label(ret, start)
                self.compile(ret, node.body)
                self.label(ret, end)
                self.trace(ret, EV_B_RETURN)
                self.cd.last_line = iseq.code_location[2]
                self.catch_entry(CATCH_REDO, start, end, None, start)
                self.catch_entry(CATCH_NEXT_NOADJ, start, end, None, end)
            elif t == "class":
                self.trace(ret, EV_CLASS)
                self.compile(ret, node.body)
                self.trace(ret, EV_END)
                self.cd.last_line = node.nd_line
            elif t == "method":
                self.trace(ret, EV_CALL)
                self.compile(ret, node.body)
                self.trace(ret, EV_RETURN)
                self.cd.last_line = node.nd_line
            else:
                self.compile(ret, node.body)
        if t in ("rescue", "ensure"):
            self.getlocal(ret, 0, LVAR_ERRINFO, 0)
            self.insn(ret, 0, "throw", 0)
        else:
            self.insn(ret, self.cd.last_line, "leave")
        self.setup(ret)

    def set_local_table(self, tbl) -> None:
        ids = list(tbl or ())
        self.local_ids = ids
        self.iseq.local_table = [x if isinstance(x, str) else None for x in ids]

    def set_exception_local_table(self) -> None:
        self.local_ids = ["$!"]
        self.iseq.local_table = ["$!"]

    # ---- iseq_setup --------------------------------------------------------------------------
    def setup(self, anchor: Anchor) -> None:
        optimize.iseq_optimize(self, anchor)
        optimize.insert_nop_between_end_and_cont(self.cd.catch_table_ary)
        assemble.set_sequence(self.iseq, anchor)
        assemble.set_exception_table(self.iseq, self.cd.catch_table_ary)
        p = self.iseq.params
        if getattr(self, "_opt_labels", None):
            p.opt_table = [lab.position for lab in self._opt_labels]
        assemble.update_catch_except_flags(self.iseq)
        self.iseq.local_size = len(self.iseq.local_table)
