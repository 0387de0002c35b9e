"""begin/rescue/else/ensure and retry, with their child iseqs and catch-table entries
(cf. compile.c's compile_rescue, compile_resbody, compile_ensure, compile_retry, and the
"defined guard" rescue iseq of defined_expr)."""
from __future__ import annotations

from ..iseq.iseq import InstructionSequence
from ..iseq.values import RubyValue
from .context import (CATCH_ENSURE, CATCH_RESCUE, CATCH_RETRY, LABEL_RESCUE_BEG,
                      LABEL_RESCUE_END, LVAR_ERRINFO, TAG_RETRY, EnsureEntry)
from .linklist import Anchor, Insn, Label

STANDARD_ERROR = RubyValue("Class", "StandardError")
VM_CHECKMATCH_TYPE_RESCUE = 3
VM_CHECKMATCH_ARRAY = 4


class ExceptionCompiler:

    def c_NODE_RESCUE(self, ret, node, popped):
        line_node = node
        lstart = self.new_label()
        lend = self.new_label()
        lcont = self.new_label()
        rescue = self.new_child_iseq(node.resq, f"rescue in {self.iseq.label}", "rescue",
                                     node.nd_line)
        lstart.rescued = LABEL_RESCUE_BEG
        lend.rescued = LABEL_RESCUE_END
        self.label(ret, lstart)
        prev = self.cd.in_rescue
        self.cd.in_rescue = True
        self.compile(ret, node.head)
        self.cd.in_rescue = prev
        self.label(ret, lend)
        if node.else_ is not None:
            self.insn(ret, line_node, "pop")
            self.compile(ret, node.else_)
        self.insn(ret, line_node, "nop")
        self.label(ret, lcont)
        if popped:
            self.insn(ret, line_node, "pop")
        self.catch_entry(CATCH_RESCUE, lstart, lend, rescue, lcont)
        self.catch_entry(CATCH_RETRY, lend, lcont, None, lstart)

    def c_NODE_RESBODY(self, ret, node, popped):
        line_node = node
        resq = node
        while resq is not None:
            label_miss = self.new_label()
            label_hit = self.new_label()
            narg = resq.args
            if narg is not None:
                if narg.type == "NODE_LIST":
                    while narg is not None:
                        self.getlocal(ret, line_node, LVAR_ERRINFO, 0)
                        self.compile(ret, narg.head)
                        self.insn(ret, line_node, "checkmatch", VM_CHECKMATCH_TYPE_RESCUE)
                        self.insn(ret, line_node, "branchif", label_hit)
                        narg = narg.next
                else:
                    self.getlocal(ret, line_node, LVAR_ERRINFO, 0)
                    self.compile(ret, narg)
                    self.insn(ret, line_node, "checkmatch",
                              VM_CHECKMATCH_TYPE_RESCUE | VM_CHECKMATCH_ARRAY)
                    self.insn(ret, line_node, "branchif", label_hit)
            else:
                self.getlocal(ret, line_node, LVAR_ERRINFO, 0)
                self.insn(ret, line_node, "putobject", STANDARD_ERROR)
                self.insn(ret, line_node, "checkmatch", VM_CHECKMATCH_TYPE_RESCUE)
                self.insn(ret, line_node, "branchif", label_hit)
            self.insn(ret, line_node, "jump", label_miss)
            self.label(ret, label_hit)
            self.compile(ret, resq.body)
            self.insn(ret, line_node, "leave")
            self.label(ret, label_miss)
            resq = resq.head

    def c_NODE_ENSURE(self, ret, node, popped):
        line_node = node
        ensure = self.new_child_iseq(node.ensr, f"ensure in {self.iseq.label}", "ensure",
                                     node.nd_line)
        lstart = self.new_label()
        lend = self.new_label()
        lcont = self.new_label()
        ensr = Anchor()
        self.compile_popped(ensr, node.ensr)
        last = ensr.last
        last_leave = isinstance(last, Insn) and last.name == "leave"
        erange = [[lstart, lend]]
        enl = EnsureEntry(node.ensr, erange)
        self.cd.ensure_node_stack.append(enl)
        self.label(ret, lstart)
        self.compile(ret, node.head, popped or last_leave)
        self.label(ret, lend)
        ret.append(ensr)
        if not popped and last_leave:
            self.insn(ret, line_node, "putnil")
        self.label(ret, lcont)
        if last_leave:
            self.insn(ret, line_node, "pop")
        if lstart.next is not lend:
            for b, e in erange:
                self.catch_entry(CATCH_ENSURE, b, e, ensure, lcont)
        self.cd.ensure_node_stack.pop()

    def c_NODE_RETRY(self, ret, node, popped):
        if self.iseq.type == "rescue":
            self.insn(ret, node, "putnil")
            self.insn(ret, node, "throw", TAG_RETRY)
            if popped:
                self.insn(ret, node, "pop")
        else:
            self.error(node.nd_line, "Invalid retry")

    def new_defined_guard(self) -> InstructionSequence:
        """the rescue iseq of a `defined?` that may raise: `putnil; leave`"""
        from .iseq_compiler import ISeqCompiler
        iseq = InstructionSequence(type="rescue", label=f"defined guard in {self.iseq.label}",
                                   path=self.iseq.path, absolute_path=self.iseq.absolute_path,
                                   first_lineno=0, code_location=(0, 0, -1, -1), parent=self.iseq)
        c = ISeqCompiler(iseq, self, self.options)
        anchor = Anchor()
        c.insn(anchor, 0, "putnil")
        c.set_exception_local_table()
        c.insn(anchor, c.cd.last_line, "leave")
        c.setup(anchor)
        return iseq
