"""Control flow: statement sequences, if/unless, and/or, while/until, case/when with
opt_case_dispatch, break/next/redo/return, flip-flops and defined? (cf. compile.c's
compile_block, compile_branch_condition, compile_if, compile_loop, compile_case,
compile_case2, when_vals, when_splat_vals, compile_break, compile_next, compile_redo,
compile_return, compile_flip_flop, defined_expr0, compile_defined_expr)."""
from __future__ import annotations

from ..ast.literals import RSymbol
from ..iseq.values import RubyValue
from .context import (CATCH_BREAK, CATCH_NEXT, CATCH_REDO, CATCH_RESCUE, EV_RETURN,
                      LABEL_RESCUE_BEG, LABEL_RESCUE_END, TAG_BREAK, TAG_NEXT, TAG_REDO,
                      TAG_RETURN, VM_THROW_NO_ESCAPE_FLAG, EnsureEntry)
from .linklist import Anchor, Insn, first_insn, insert_after, list_insn_size_one
from .values import lit_value, string_value, truthy

VM_CHECKMATCH_TYPE_WHEN, VM_CHECKMATCH_TYPE_CASE, VM_CHECKMATCH_TYPE_RESCUE = 1, 2, 3
VM_CHECKMATCH_ARRAY = 4

DEFINED = {"nil": 1, "ivar": 2, "lvar": 3, "gvar": 4, "cvar": 5, "const": 6, "method": 7,
           "yield": 8, "zsuper": 9, "self": 10, "true": 11, "false": 12, "asgn": 13, "expr": 14,
           "ref": 15, "func": 16, "const_from": 17}
DEFINED_STR = {1: "nil", 2: "instance-variable", 3: "local-variable", 4: "global-variable",
               5: "class variable", 6: "constant", 7: "method", 8: "yield", 9: "super",
               10: "self", 11: "true", 12: "false", 13: "assignment", 14: "expression"}


def defined_string(t: int):
    return string_value(DEFINED_STR[t])


class ControlCompiler:

    def c_NODE_BLOCK(self, ret, node, popped):
        while node is not None and node.type == "NODE_BLOCK":
            self.compile(ret, node.head, popped if node.next is None else True)
            node = node.next
        if node is not None:
            self.compile(ret, node, popped)

    def c_NODE_BEGIN(self, ret, node, popped):
        self.compile(ret, node.body, popped)

    # ---- conditions ------------------------------------------------------------------------
    def compile_branch_condition(self, ret, cond, then_label, else_label):
        while True:
            t = cond.type
            if t == "NODE_AND":
                label = self.new_label()
                self.compile_branch_condition(ret, cond.first, label, else_label)
                if not label.refcnt:
                    self.insn(ret, cond, "putnil")
                    return
                self.label(ret, label)
                cond = cond.second
                continue
            if t == "NODE_OR":
                label = self.new_label()
                self.compile_branch_condition(ret, cond.first, then_label, label)
                if not label.refcnt:
                    self.insn(ret, cond, "putnil")
                    return
                self.label(ret, label)
                cond = cond.second
                continue
            if t in ("NODE_LIT", "NODE_TRUE", "NODE_STR", "NODE_ZLIST", "NODE_LAMBDA"):
                self.insn(ret, cond, "jump", then_label)
                return
            if t in ("NODE_FALSE", "NODE_NIL"):
                self.insn(ret, cond, "jump", else_label)
                return
            if t in ("NODE_LIST", "NODE_ARGSCAT", "NODE_DREGX", "NODE_DSTR"):
                self.compile_popped(ret, cond)
                self.insn(ret, cond, "jump", then_label)
                return
            if t == "NODE_FLIP2":
                self.compile_flip_flop(ret, cond, True, then_label, else_label)
                return
            if t == "NODE_FLIP3":
                self.compile_flip_flop(ret, cond, False, then_label, else_label)
                return
            if t == "NODE_DEFINED":
                self.compile_defined_expr(ret, cond, False)
            else:
                cond_seq = Anchor()
                self.compile(cond_seq, cond)
                if list_insn_size_one(cond_seq):
                    i = first_insn(cond_seq.first)
                    if isinstance(i, Insn) and i.name == "putobject":
                        if truthy(i.operands[0]):
                            self.insn(ret, cond, "jump", then_label)
                        else:
                            self.insn(ret, cond, "jump", else_label)
                        return
                ret.append(cond_seq)
            self.insn(ret, cond, "branchunless", else_label)
            self.insn(ret, cond, "jump", then_label)
            return

    def _discard_if_unused(self, label, seq: Anchor, ct_size: int) -> bool:
        if not label.refcnt:
            del self.cd.catch_table_ary[ct_size:]
            return True
        return False

    def compile_if(self, ret, node, popped, is_if: bool):
        node_body = node.body if is_if else node.else_
        node_else = node.else_ if is_if else node.body
        line_node = node
        then_label = self.new_label()
        else_label = self.new_label()
        end_label = None
        cond_seq = Anchor()
        self.compile_branch_condition(cond_seq, node.cond, then_label, else_label)
        ret.append(cond_seq)
        then_seq = Anchor()
        ct_size = len(self.cd.catch_table_ary)
        self.compile(then_seq, node_body, popped)
        if not then_label.refcnt:
            del self.cd.catch_table_ary[ct_size:]
        else:
            ct_size = len(self.cd.catch_table_ary)
        else_seq = Anchor()
        self.compile(else_seq, node_else, popped)
        if not else_label.refcnt:
            del self.cd.catch_table_ary[ct_size:]
        if then_label.refcnt:
            self.label(ret, then_label)
            ret.append(then_seq)
            if else_label.refcnt:
                end_label = self.new_label()
                self.insn(ret, line_node, "jump", end_label)
                if not popped:
                    self.insn(ret, line_node, "pop")
        if else_label.refcnt:
            self.label(ret, else_label)
            ret.append(else_seq)
        if end_label is not None:
            self.label(ret, end_label)

    def c_NODE_IF(self, ret, node, popped):
        self.compile_if(ret, node, popped, True)

    def c_NODE_UNLESS(self, ret, node, popped):
        self.compile_if(ret, node, popped, False)

    def c_NODE_AND(self, ret, node, popped, is_and=True):
        end_label = self.new_label()
        self.compile(ret, node.first)
        if not popped:
            self.insn(ret, node, "dup")
        self.insn(ret, node, "branchunless" if is_and else "branchif", end_label)
        if not popped:
            self.insn(ret, node, "pop")
        self.compile(ret, node.second, popped)
        self.label(ret, end_label)

    def c_NODE_OR(self, ret, node, popped):
        self.c_NODE_AND(ret, node, popped, False)

    # ---- loops -----------------------------------------------------------------------------
    def compile_loop(self, ret, node, popped, is_while: bool):
        line_node = node
        cd = self.cd
        prev = (cd.start_label, cd.end_label, cd.redo_label, cd.loopval_popped)
        next_label = cd.start_label = self.new_label()
        redo_label = cd.redo_label = self.new_label()
        break_label = cd.end_label = self.new_label()
        end_label = self.new_label()
        adjust_label = self.new_label()
        next_catch_label = self.new_label()
        tmp_label = None
        cd.loopval_popped = 0
        cd.ensure_node_stack.append(EnsureEntry(None, None))
        if node.state == 1 or node.state is True:
            self.insn(ret, line_node, "jump", next_label)
        else:
            tmp_label = self.new_label()
            self.insn(ret, line_node, "jump", tmp_label)
        self.label(ret, adjust_label)
        self.insn(ret, line_node, "putnil")
        self.label(ret, next_catch_label)
        self.insn(ret, line_node, "pop")
        self.insn(ret, line_node, "jump", next_label)
        if tmp_label is not None:
            self.label(ret, tmp_label)
        self.label(ret, redo_label)
        self.compile_popped(ret, node.body)
        self.label(ret, next_label)
        if is_while:
            self.compile_branch_condition(ret, node.cond, redo_label, end_label)
        else:
            self.compile_branch_condition(ret, node.cond, end_label, redo_label)
        self.label(ret, end_label)
        self.adjust_restore(ret, adjust_label)
        self.insn(ret, line_node, "putnil")
        self.label(ret, break_label)
        if popped:
            self.insn(ret, line_node, "pop")
        self.catch_entry(CATCH_BREAK, redo_label, break_label, None, break_label)
        self.catch_entry(CATCH_NEXT, redo_label, break_label, None, next_catch_label)
        self.catch_entry(CATCH_REDO, redo_label, break_label, None, cd.redo_label)
        cd.start_label, cd.end_label, cd.redo_label, cd.loopval_popped = prev
        cd.ensure_node_stack.pop()

    def c_NODE_WHILE(self, ret, node, popped):
        self.compile_loop(ret, node, popped, True)

    def c_NODE_UNTIL(self, ret, node, popped):
        self.compile_loop(ret, node, popped, False)

    # ---- case/when -------------------------------------------------------------------------
    @staticmethod
    def case_when_optimizable_literal(node):
        t = node.type
        if t == "NODE_LIT":
            v = node.lit
            if isinstance(v, float):
                if v == int(v) if v == v and v not in (float("inf"), float("-inf")) else False:
                    return ("int", int(v))
                return ("float", v)
            if isinstance(v, bool):
                return None
            if isinstance(v, RSymbol):
                return ("sym", str(v))
            if isinstance(v, int):
                return ("int", v)
            if isinstance(v, str):
                return None
            return None
        if t == "NODE_NIL":
            return ("nil", None)
        if t == "NODE_TRUE":
            return ("true", True)
        if t == "NODE_FALSE":
            return ("false", False)
        if t == "NODE_STR":
            return ("str", str(node.lit))
        return None

    def when_vals(self, cond_seq, vals, l1, only_special_literals, literals):
        while vals is not None:
            val = vals.head
            lit = self.case_when_optimizable_literal(val)
            if lit is None:
                only_special_literals = False
            elif lit not in literals:
                literals[lit] = l1
            if val.type == "NODE_STR":
                self.insn(cond_seq, val, "putobject", string_value(val.lit))
            else:
                self.compile(cond_seq, val)
            self.insn(cond_seq, val, "topn", 1)
            self.call(cond_seq, val, "===", 1)
            self.insn(cond_seq, val, "branchif", l1)
            vals = vals.next
        return only_special_literals

    def when_splat_vals(self, cond_seq, vals, l1, only_special_literals, literals):
        line_node = vals
        t = vals.type
        if t == "NODE_LIST":
            self.when_vals(cond_seq, vals, l1, only_special_literals, literals)
        elif t == "NODE_SPLAT":
            self.insn(cond_seq, line_node, "dup")
            self.compile(cond_seq, vals.head)
            self.insn(cond_seq, line_node, "splatarray", False)
            self.insn(cond_seq, line_node, "checkmatch", VM_CHECKMATCH_TYPE_CASE | VM_CHECKMATCH_ARRAY)
            self.insn(cond_seq, line_node, "branchif", l1)
        elif t == "NODE_ARGSCAT":
            self.when_splat_vals(cond_seq, vals.head, l1, only_special_literals, literals)
            self.when_splat_vals(cond_seq, vals.body, l1, only_special_literals, literals)
        elif t == "NODE_ARGSPUSH":
            self.when_splat_vals(cond_seq, vals.head, l1, only_special_literals, literals)
            self.insn(cond_seq, line_node, "dup")
            self.compile(cond_seq, vals.body)
            self.insn(cond_seq, line_node, "checkmatch", VM_CHECKMATCH_TYPE_CASE)
            self.insn(cond_seq, line_node, "branchif", l1)
        else:
            self.insn(cond_seq, line_node, "dup")
            self.compile(cond_seq, vals)
            self.insn(cond_seq, line_node, "splatarray", False)
            self.insn(cond_seq, line_node, "checkmatch", VM_CHECKMATCH_TYPE_CASE | VM_CHECKMATCH_ARRAY)
            self.insn(cond_seq, line_node, "branchif", l1)

    def c_NODE_CASE(self, ret, orig_node, popped):
        head = Anchor()
        body_seq = Anchor()
        cond_seq = Anchor()
        only_special_literals = True
        literals: dict = {}
        self.compile(head, orig_node.head)
        node = orig_node.body
        line_node = node
        endlabel = self.new_label()
        elselabel = self.new_label()
        ret.append(head)
        while node is not None and node.type == "NODE_WHEN":
            l1 = self.new_label()
            self.label(body_seq, l1)
            self.insn(body_seq, line_node, "pop")
            self.compile(body_seq, node.body, popped)
            self.insn(body_seq, line_node, "jump", endlabel)
            vals = node.head
            if vals.type == "NODE_LIST":
                only_special_literals = self.when_vals(cond_seq, vals, l1, only_special_literals,
                                                       literals)
            else:
                only_special_literals = False
                self.when_splat_vals(cond_seq, vals, l1, only_special_literals, literals)
            node = node.next
            if node is None:
                break
            line_node = node
        if node is not None:
            self.label(cond_seq, elselabel)
            self.insn(cond_seq, line_node, "pop")
            self.compile(cond_seq, node, popped)
            self.insn(cond_seq, line_node, "jump", endlabel)
        else:
            self.label(cond_seq, elselabel)
            self.insn(cond_seq, orig_node, "pop")
            if not popped:
                self.insn(cond_seq, orig_node, "putnil")
            self.insn(cond_seq, orig_node, "jump", endlabel)
        if only_special_literals:
            self.insn(ret, orig_node, "dup")
            self.insn(ret, orig_node, "opt_case_dispatch", literals, elselabel)
        ret.append(cond_seq)
        ret.append(body_seq)
        self.label(ret, endlabel)

    def c_NODE_CASE2(self, ret, orig_node, popped):
        node = orig_node.body
        body_seq = Anchor()
        endlabel = self.new_label()
        while node is not None and node.type == "NODE_WHEN":
            l1 = self.new_label()
            self.label(body_seq, l1)
            self.compile(body_seq, node.body, popped)
            self.insn(body_seq, node, "jump", endlabel)
            vals = node.head
            if vals.type == "NODE_LIST":
                while vals is not None:
                    val = vals.head
                    lnext = self.new_label()
                    self.compile_branch_condition(ret, val, l1, lnext)
                    self.label(ret, lnext)
                    vals = vals.next
            else:
                self.insn(ret, vals, "putnil")
                self.compile(ret, vals)
                self.insn(ret, vals, "checkmatch", VM_CHECKMATCH_TYPE_WHEN | VM_CHECKMATCH_ARRAY)
                self.insn(ret, vals, "branchif", l1)
            node = node.next
        self.compile(ret, node, popped)
        self.insn(ret, orig_node, "jump", endlabel)
        ret.append(body_seq)
        self.label(ret, endlabel)

    # ---- jumps -----------------------------------------------------------------------------
    def can_add_ensure_iseq(self) -> bool:
        cd = self.cd
        if cd.in_rescue and cd.ensure_node_stack:
            for e in cd.ensure_node_stack:
                if e.node is not None:
                    return False
        return True

    def add_ensure_iseq(self, ret, is_return: bool) -> None:
        cd = self.cd
        stack = cd.ensure_node_stack
        saved = list(stack)
        ensure = Anchor()
        k = len(stack) - 1
        while k >= 0:
            enlp = saved[k]
            if enlp.erange is not None:
                part = Anchor()
                lstart = self.new_label()
                lend = self.new_label()
                last = enlp.erange[-1]
                enlp.erange.append([lend, last[1]])
                last[1] = lstart
                cd.ensure_node_stack = saved[:k]
                self.label(part, lstart)
                self.compile_popped(part, enlp.node)
                self.label(part, lend)
                ensure.append(part)
            elif not is_return:
                break
            k -= 1
        cd.ensure_node_stack = saved
        ret.append(ensure)

    def _ip_chain(self):
        """iseq, parent_iseq, ... while they are being compiled (an eval's binding scopes are
        not: `if (!ISEQ_COMPILE_DATA(ip)) break`)"""
        c = self
        while c is not None and not c.finished:
            yield c
            c = c.parent

    def c_NODE_BREAK(self, ret, node, popped):
        cd = self.cd
        if cd.redo_label is not None and self.can_add_ensure_iseq():
            splabel = self.new_label()
            self.label(ret, splabel)
            self.adjust(ret, node, cd.redo_label)
            self.compile(ret, node.stts, bool(cd.loopval_popped))
            self.add_ensure_iseq(ret, False)
            self.insn(ret, node, "jump", cd.end_label)
            self.adjust_restore(ret, splabel)
            if not popped:
                self.insn(ret, node, "putnil")
            return
        for ip in self._ip_chain():
            if ip.cd.redo_label is not None:
                throw_flag = VM_THROW_NO_ESCAPE_FLAG
            elif ip.iseq.type == "block":
                throw_flag = 0
            elif ip.iseq.type == "eval":
                self.error(node.nd_line, "Can't escape from eval with break")
            else:
                continue
            self.compile(ret, node.stts)
            self.insn(ret, node, "throw", throw_flag | TAG_BREAK)
            if popped:
                self.insn(ret, node, "pop")
            return
        self.error(node.nd_line, "Invalid break")

    def c_NODE_NEXT(self, ret, node, popped):
        cd = self.cd
        if cd.redo_label is not None and self.can_add_ensure_iseq():
            splabel = self.new_label()
            self.label(ret, splabel)
            self.compile(ret, node.stts)
            self.add_ensure_iseq(ret, False)
            self.adjust(ret, node, cd.redo_label)
            self.insn(ret, node, "jump", cd.start_label)
            self.adjust_restore(ret, splabel)
            if not popped:
                self.insn(ret, node, "putnil")
            return
        if cd.end_label is not None and self.can_add_ensure_iseq():
            splabel = self.new_label()
            self.label(ret, splabel)
            self.adjust(ret, node, cd.start_label)
            self.compile(ret, node.stts)
            self.add_ensure_iseq(ret, False)
            self.insn(ret, node, "jump", cd.end_label)
            self.adjust_restore(ret, splabel)
            splabel.unremovable = False
            if not popped:
                self.insn(ret, node, "putnil")
            return
        for ip in self._ip_chain():
            if ip.cd.redo_label is not None or ip.iseq.type == "block":
                self.compile(ret, node.stts)
                self.insn(ret, node, "throw", VM_THROW_NO_ESCAPE_FLAG | TAG_NEXT)
                if popped:
                    self.insn(ret, node, "pop")
                return
            if ip.iseq.type == "eval":
                self.error(node.nd_line, "Can't escape from eval with next")
        self.error(node.nd_line, "Invalid next")

    def c_NODE_REDO(self, ret, node, popped):
        cd = self.cd
        if cd.redo_label is not None and self.can_add_ensure_iseq():
            splabel = self.new_label()
            self.label(ret, splabel)
            self.adjust(ret, node, cd.redo_label)
            self.add_ensure_iseq(ret, False)
            self.insn(ret, node, "jump", cd.redo_label)
            self.adjust_restore(ret, splabel)
            if not popped:
                self.insn(ret, node, "putnil")
            return
        if self.iseq.type != "eval" and cd.start_label is not None and self.can_add_ensure_iseq():
            splabel = self.new_label()
            self.label(ret, splabel)
            self.add_ensure_iseq(ret, False)
            self.adjust(ret, node, cd.start_label)
            self.insn(ret, node, "jump", cd.start_label)
            self.adjust_restore(ret, splabel)
            if not popped:
                self.insn(ret, node, "putnil")
            return
        for ip in self._ip_chain():
            if ip.cd.redo_label is not None or ip.iseq.type == "block":
                self.insn(ret, node, "putnil")
                self.insn(ret, node, "throw", VM_THROW_NO_ESCAPE_FLAG | TAG_REDO)
                if popped:
                    self.insn(ret, node, "pop")
                return
            if ip.iseq.type == "eval":
                self.error(node.nd_line, "Can't escape from eval with redo")
        self.error(node.nd_line, "Invalid redo")

    def c_NODE_RETURN(self, ret, node, popped):
        line_node = node
        itype = self.iseq.type
        c = self
        t = itype
        while t in ("rescue", "ensure"):
            if c.parent is None:
                break
            c = c.parent
            t = c.iseq.type
        if t in ("top", "main"):
            if c is self:
                itype = "method"
        elif t == "class" and c is self.local_c:
            self.class_return_error(node)
        splabel = None
        if itype == "method":
            splabel = self.new_label()
            self.label(ret, splabel)
            self.adjust(ret, line_node, None)
        self.compile(ret, node.stts)
        if itype == "method" and self.can_add_ensure_iseq():
            self.add_ensure_iseq(ret, True)
            self.trace(ret, EV_RETURN)
            self.insn(ret, line_node, "leave")
            self.adjust_restore(ret, splabel)
            if not popped:
                self.insn(ret, line_node, "putnil")
        else:
            self.insn(ret, line_node, "throw", TAG_RETURN)
            if popped:
                self.insn(ret, line_node, "pop")

    def class_return_error(self, node):
        from ..parser.errors import ErrorMessage, SyntaxError as PSyntaxError
        lines = self.options.source_lines
        ln = node.loc.first_lineno
        text = lines[ln - 1] if 0 < ln <= len(lines) else ""
        col = node.loc.first_column
        raise PSyntaxError([ErrorMessage(self.iseq.path, ln,
                                         "Invalid return in class/module body", text,
                                         (ln, col), (ln, col + len("return")))])

    # ---- flip-flops ------------------------------------------------------------------------
    def compile_flip_flop(self, ret, node, again, then_label, else_label):
        lend = self.new_label()
        lc = self.local_c
        cnt = getattr(lc, "flip_cnt", 0)
        lc.flip_cnt = cnt + 1
        key = cnt + 2
        self.insn(ret, node, "getspecial", key, 0)
        self.insn(ret, node, "branchif", lend)
        self.compile(ret, node.beg)
        self.insn(ret, node, "branchunless", else_label)
        self.insn(ret, node, "putobject", True)
        self.insn(ret, node, "setspecial", key)
        if not again:
            self.insn(ret, node, "jump", then_label)
        self.label(ret, lend)
        self.compile(ret, node.end)
        self.insn(ret, node, "branchunless", then_label)
        self.insn(ret, node, "putobject", False)
        self.insn(ret, node, "setspecial", key)
        self.insn(ret, node, "jump", then_label)

    def c_NODE_FLIP2(self, ret, node, popped, again=True):
        lend = self.new_label()
        ltrue = self.new_label()
        lfalse = self.new_label()
        self.compile_flip_flop(ret, node, again, ltrue, lfalse)
        self.label(ret, ltrue)
        self.insn(ret, node, "putobject", True)
        self.insn(ret, node, "jump", lend)
        self.label(ret, lfalse)
        self.insn(ret, node, "putobject", False)
        self.label(ret, lend)

    def c_NODE_FLIP3(self, ret, node, popped):
        self.c_NODE_FLIP2(ret, node, popped, False)

    # ---- defined? --------------------------------------------------------------------------
    def c_NODE_DEFINED(self, ret, node, popped):
        if not popped:
            self.compile_defined_expr(ret, node, True)

    def _push_val(self, t, needstr):
        return defined_string(t) if needstr else True

    def defined_expr0(self, ret, node, lfinish, needstr, keep_result=False):
        t = node.type
        line_node = node
        D = DEFINED
        expr_type = None
        if t == "NODE_NIL":
            expr_type = D["nil"]
        elif t == "NODE_SELF":
            expr_type = D["self"]
        elif t == "NODE_TRUE":
            expr_type = D["true"]
        elif t == "NODE_FALSE":
            expr_type = D["false"]
        elif t == "NODE_LIST":
            vals = node
            while vals is not None:
                self.defined_expr0(ret, vals.head, lfinish, False, False)
                if lfinish[1] is None:
                    lfinish[1] = self.new_label()
                self.insn(ret, line_node, "branchunless", lfinish[1])
                vals = vals.next
            expr_type = D["expr"]
        elif t in ("NODE_LVAR", "NODE_DVAR"):
            expr_type = D["lvar"]
        elif t in ("NODE_IVAR", "NODE_GVAR", "NODE_CVAR", "NODE_CONST"):
            k = {"NODE_IVAR": "ivar", "NODE_GVAR": "gvar", "NODE_CVAR": "cvar",
                 "NODE_CONST": "const"}[t]
            self.insn(ret, line_node, "putnil")
            self.insn(ret, line_node, "defined", D[k], RSymbol(node.vid), self._push_val(D[k], needstr))
            return
        elif t == "NODE_COLON2":
            if lfinish[1] is None:
                lfinish[1] = self.new_label()
            self.defined_expr0(ret, node.head, lfinish, False, False)
            self.insn(ret, line_node, "branchunless", lfinish[1])
            self.compile(ret, node.head)
            if node.mid[:1].isupper():
                self.insn(ret, line_node, "defined", D["const_from"], RSymbol(node.mid),
                          self._push_val(D["const"], needstr))
            else:
                self.insn(ret, line_node, "defined", D["method"], RSymbol(node.mid),
                          self._push_val(D["method"], needstr))
            return
        elif t == "NODE_COLON3":
            from .compile_variable import OBJECT
            self.insn(ret, line_node, "putobject", OBJECT)
            self.insn(ret, line_node, "defined", D["const_from"], RSymbol(node.mid),
                      self._push_val(D["const"], needstr))
            return
        elif t in ("NODE_CALL", "NODE_OPCALL", "NODE_VCALL", "NODE_FCALL", "NODE_ATTRASGN"):
            explicit_receiver = t in ("NODE_CALL", "NODE_OPCALL") or (
                t == "NODE_ATTRASGN" and not self.private_recv_p(node))
            args = getattr(node, "args", None)
            if args is not None or explicit_receiver:
                if lfinish[1] is None:
                    lfinish[1] = self.new_label()
                if lfinish[2] is None:
                    lfinish[2] = self.new_label()
            if args is not None:
                self.defined_expr0(ret, args, lfinish, False, False)
                self.insn(ret, line_node, "branchunless", lfinish[1])
            if explicit_receiver:
                recv = node.recv
                self.defined_expr0(ret, recv, lfinish, False, True)
                if recv.type in ("NODE_CALL", "NODE_OPCALL", "NODE_VCALL", "NODE_FCALL",
                                 "NODE_ATTRASGN"):
                    self.insn(ret, line_node, "branchunless", lfinish[2])
                    self.compile_call(ret, recv, recv.type, line_node, False, True)
                else:
                    self.insn(ret, line_node, "branchunless", lfinish[1])
                    self.compile(ret, recv)
                if keep_result:
                    self.insn(ret, line_node, "dup")
                self.insn(ret, line_node, "defined", D["method"], RSymbol(node.mid),
                          self._push_val(D["method"], needstr))
            else:
                self.insn(ret, line_node, "putself")
                if keep_result:
                    self.insn(ret, line_node, "dup")
                self.insn(ret, line_node, "defined", D["func"], RSymbol(node.mid),
                          self._push_val(D["method"], needstr))
            return
        elif t == "NODE_YIELD":
            self.insn(ret, line_node, "putnil")
            self.insn(ret, line_node, "defined", D["yield"], False, self._push_val(D["yield"], needstr))
            return
        elif t in ("NODE_BACK_REF", "NODE_NTH_REF"):
            n = node.nth
            if isinstance(n, str):
                n = ord(n)
            self.insn(ret, line_node, "putnil")
            self.insn(ret, line_node, "defined", D["ref"], (n << 1) | (t == "NODE_BACK_REF"),
                      self._push_val(D["gvar"], needstr))
            return
        elif t in ("NODE_SUPER", "NODE_ZSUPER"):
            self.insn(ret, line_node, "putnil")
            self.insn(ret, line_node, "defined", D["zsuper"], False, self._push_val(D["zsuper"], needstr))
            return
        elif t in ("NODE_OP_ASGN1", "NODE_OP_ASGN2", "NODE_OP_ASGN_OR", "NODE_OP_ASGN_AND",
                   "NODE_MASGN", "NODE_LASGN", "NODE_DASGN", "NODE_GASGN", "NODE_IASGN",
                   "NODE_CDECL", "NODE_CVASGN"):
            expr_type = D["asgn"]
        else:
            expr_type = D["expr"]
        if needstr:
            self.insn(ret, line_node, "putobject", defined_string(expr_type))
        else:
            self.insn(ret, line_node, "putobject", True)

    def defined_expr(self, ret, node, lfinish, needstr):
        lcur = ret.last
        self.defined_expr0(ret, node, lfinish, needstr, False)
        if lfinish[1] is not None:
            lstart = self.new_label()
            lend = self.new_label()
            rescue = self.new_defined_guard()
            lstart.rescued = LABEL_RESCUE_BEG
            lend.rescued = LABEL_RESCUE_END
            insert_after(lcur, lstart)
            if ret.last is lcur:
                ret.last = lstart
            self.label(ret, lend)
            self.catch_entry(CATCH_RESCUE, lstart, lend, rescue, lfinish[1])

    def compile_defined_expr(self, ret, node, needstr):
        line_node = node
        if node.head is None:
            self.insn(ret, line_node, "putobject", defined_string(DEFINED["nil"]))
            return
        lfinish = [self.new_label(), None, None]
        last = ret.last
        self.defined_expr(ret, node.head, lfinish, needstr)
        if lfinish[1] is not None:
            insert_after(last, Insn("putnil", [], line_node.nd_line))
            if ret.last is last:
                ret.fix_last()
            self.insn(ret, line_node, "swap")
            if lfinish[2] is not None:
                self.label(ret, lfinish[2])
            self.insn(ret, line_node, "pop")
            self.label(ret, lfinish[1])
        self.label(ret, lfinish[0])

    # ---- END { } and for-loop variables ------------------------------------------------------
    def c_NODE_POSTEXE(self, ret, node, popped):
        """ONCE { core#set_postexe { ... } }"""
        from ..iseq.iseq import InstructionSequence
        from .context import FCALL, VM_SPECIAL_OBJECT_VMCORE
        from .iseq_compiler import ISeqCompiler
        is_index = self.new_is()
        iseq = InstructionSequence(type="block", label=self.block_name(), path=self.iseq.path,
                                   absolute_path=self.iseq.absolute_path, first_lineno=node.nd_line,
                                   code_location=(0, 0, -1, -1), parent=self.iseq)
        c = ISeqCompiler(iseq, self, self.options)
        anchor = Anchor()
        body = node.body
        block = c.new_child_iseq(body, self.block_name(), "block", body.nd_line)
        c.insn(anchor, body, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        c.send(anchor, body, "core#set_postexe", 0, block, FCALL)
        c.set_local_table(None)
        c.insn(anchor, c.cd.last_line, "leave")
        c.setup(anchor)
        self.insn(ret, node, "once", iseq, is_index)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_FOR_MASGN(self, ret, node, popped):
        from ..iseq.values import RubyValue
        line_node = node
        var = node.var
        not_single = self.new_label()
        not_ary = self.new_label()
        self.compile(ret, var)
        self.insn(ret, line_node, "dup")
        self.call(ret, line_node, "length", 0)
        self.insn(ret, line_node, "putobject", 1)
        self.call(ret, line_node, "==", 1)
        self.insn(ret, line_node, "branchunless", not_single)
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "putobject", 0)
        self.call(ret, line_node, "[]", 1)
        self.insn(ret, line_node, "putobject", RubyValue("Class", "Array"))
        self.insn(ret, line_node, "swap")
        self.call(ret, line_node, "try_convert", 1)
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "branchunless", not_ary)
        self.insn(ret, line_node, "swap")
        self.label(ret, not_ary)
        self.insn(ret, line_node, "pop")
        self.label(ret, not_single)
