"""Strings with interpolation, symbols, backquotes and regexps (cf. compile.c's
compile_dstr_fragments, compile_dstr, compile_dregx, compile_evstr, NODE_ONCE, compile_match
and compile_named_capture_assign)."""
from __future__ import annotations

from .linklist import Anchor, Insn, insert_before, remove
from .values import string_value

# regexp option bits (cf. ONIG_OPTION_* and ARG_ENCODING_NONE)
_REOPT = {"i": 1, "x": 2, "m": 4, "n": 32}


def _chain_items(node) -> list:
    out = []
    lst = node.chain
    while lst is not None:
        out.append(lst.head)
        lst = lst.next
    return out


def all_string_result_p(node) -> bool:
    if node is None:
        return False
    t = node.type
    if t in ("NODE_STR", "NODE_DSTR"):
        return True
    if t in ("NODE_IF", "NODE_UNLESS"):
        if node.body is None or node.else_ is None:
            return False
        return all_string_result_p(node.body) and all_string_result_p(node.else_)
    if t in ("NODE_AND", "NODE_OR"):
        if node.second is None:
            return all_string_result_p(node.first)
        return all_string_result_p(node.first) and all_string_result_p(node.second)
    return False


class StringCompiler:

    def compile_dstr_fragments(self, ret, node) -> int:
        lit = node.lit
        first_lit = None
        cnt = 0
        if lit is not None:
            cnt += 1
            self.insn(ret, node, "putobject", string_value(lit))
            if len(str(lit)) == 0:
                first_lit = ret.last
        for head in _chain_items(node):
            if head.type == "NODE_STR":
                self.insn(ret, head, "putobject", string_value(head.lit))
                lit = None
            else:
                self.compile(ret, head)
            cnt += 1
        if lit is None and first_lit is not None:
            remove(first_lit)
            if ret.last is first_lit:
                ret.last = first_lit.prev
            cnt -= 1
        return cnt

    def compile_dstr(self, ret, node) -> None:
        if node.chain is None:
            self.insn(ret, node, "putstring", string_value(node.lit or ""))
        else:
            cnt = self.compile_dstr_fragments(ret, node)
            self.insn(ret, node, "concatstrings", cnt)

    def c_NODE_DSTR(self, ret, node, popped):
        self.compile_dstr(ret, node)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_XSTR(self, ret, node, popped):
        self.insn(ret, node, "putself")
        self.insn(ret, node, "putobject", string_value(node.lit))
        self.call(ret, node, "`", 1)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_DXSTR(self, ret, node, popped):
        self.insn(ret, node, "putself")
        self.compile_dstr(ret, node)
        self.call(ret, node, "`", 1)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_DSYM(self, ret, node, popped):
        self.compile_dstr(ret, node)
        if not popped:
            self.insn(ret, node, "intern")
        else:
            self.insn(ret, node, "pop")

    def compile_dregx(self, ret, node) -> None:
        cnt = self.compile_dstr_fragments(ret, node)
        opts = getattr(node, "options", "") or ""
        flag = 0
        for ch in opts:
            flag |= _REOPT.get(ch, 0)
        if "u" in opts or "e" in opts or "s" in opts:
            flag |= 16
        self.insn(ret, node, "toregexp", flag, cnt)

    def c_NODE_DREGX(self, ret, node, popped):
        self.compile_dregx(ret, node)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_EVSTR(self, ret, node, popped):
        body = node.body
        self.compile(ret, body, popped)
        if not popped and not all_string_result_p(body):
            line_node = body if body is not None else node
            self.insn(ret, line_node, "dup")
            from .context import FCALL, new_callinfo
            self.insn(ret, line_node, "objtostring", new_callinfo("to_s", 0, FCALL))
            self.insn(ret, line_node, "anytostring")

    def c_NODE_ONCE(self, ret, node, popped):
        ic_index = self.new_is()
        child = self.new_child_iseq(node.body, self.block_name(), "plain", node.nd_line)
        self.insn(ret, node, "once", child, ic_index)
        if popped:
            self.insn(ret, node, "pop")

    # ---- =~ --------------------------------------------------------------------------------
    def c_NODE_MATCH(self, ret, node, popped):
        self.compile_match(ret, node, popped)

    c_NODE_MATCH2 = c_NODE_MATCH
    c_NODE_MATCH3 = c_NODE_MATCH

    def compile_match(self, ret, node, popped):
        recv = Anchor()
        val = Anchor()
        t = node.type
        if t == "NODE_MATCH":
            from .values import lit_value
            self.insn(recv, node, "putobject", lit_value(node.lit))
            self.insn(val, node, "getspecial", 0, 0)
        elif t == "NODE_MATCH2":
            self.compile(recv, node.recv)
            self.compile(val, node.value)
        else:
            self.compile(recv, node.value)
            self.compile(val, node.recv)
        ret.append(recv)
        ret.append(val)
        self.send(ret, node, "=~", 1)
        if t == "NODE_MATCH2" and node.args is not None:
            self.compile_named_capture_assign(ret, node.args)
        if popped:
            self.insn(ret, node, "pop")

    def compile_named_capture_assign(self, ret, node) -> None:
        line_node = node
        fail_label = self.new_label()
        end_label = self.new_label()
        self.insn(ret, line_node, "getglobal", "$~")
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "branchunless", fail_label)
        items = []
        v = node
        while v is not None:
            items.append(v)
            v = v.next
        for k, vars_ in enumerate(items):
            if vars_.next is not None:
                self.insn(ret, line_node, "dup")
            last = ret.last
            self.compile_popped(ret, vars_.head)
            put = last.next                       # putobject :var
            from .context import new_callinfo
            cap = Insn("send", [new_callinfo("[]", 1), None], line_node.nd_line)
            insert_before(put.next, cap)
            if vars_.next is None and k == 0:
                # only one name: jump end; fail:; end: spliced in after the send
                j = self.new_insn(line_node.nd_line, "jump", end_label)
                end_label.refcnt += 1
                after = cap.next
                cap.next = j
                j.prev = cap
                j.next = fail_label
                fail_label.prev = j
                fail_label.next = end_label
                end_label.prev = fail_label
                end_label.next = after
                if after is not None:
                    after.prev = end_label
                else:
                    ret.last = end_label
                return
        self.insn(ret, line_node, "jump", end_label)
        self.label(ret, fail_label)
        self.insn(ret, line_node, "pop")
        for vars_ in items:
            last = ret.last
            self.compile_popped(ret, vars_.head)
            put = last.next
            put.name = "putnil"
            put.operands = []
        self.label(ret, end_label)
