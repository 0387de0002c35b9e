"""Multiple assignment `a, b.c, *d = rhs` with CRuby 3.1's left-to-right evaluation order
(cf. compile.c's compile_massign, compile_massign0, compile_massign_lhs,
compile_massign_opt and the masgn_state / masgn_lhs_node bookkeeping)."""
from __future__ import annotations

from ..ast.nodes import NO_NAME_REST, Node
from .linklist import Anchor, Insn, insert_before, remove
from .optimize import get_prev_insn


def named_rest_p(n) -> bool:
    return n is not None and n is not NO_NAME_REST and isinstance(n, Node)


class MasgnState:
    def __init__(self, lhs_level: int) -> None:
        self.memos: list = []       # [before_insn, line_node, argn, num_args, lhs_pos]
        self.lhs_level = lhs_level
        self.num_args = 0
        self.nested = False

    def add(self, lhs_pos, line_node, argc, before_insn) -> None:
        self.memos.append([before_insn, line_node, self.num_args + 1, argc, lhs_pos])
        self.num_args += argc


def _items(lst) -> list:
    out = []
    while lst is not None:
        out.append(lst.head)
        lst = lst.next
    return out


class MasgnCompiler:

    def c_NODE_MASGN(self, ret, node, popped):
        if not popped or node.args is not None \
                or not self.compile_massign_opt(ret, node.value, node.head):
            state = MasgnState(0 if popped else 1)
            pre, rhs, lhs, post = Anchor(), Anchor(), Anchor(), Anchor()
            self.compile_massign0(pre, rhs, lhs, post, node, state, popped)
            for before_insn, line_node, argn, num_args, lhs_pos in state.memos:
                topn_arg = (state.num_args - argn) + lhs_pos
                for _ in range(num_args):
                    insert_before(before_insn, Insn("topn", [topn_arg], line_node.nd_line))
            ret.append(pre)
            ret.append(rhs)
            ret.append(lhs)
            if not popped and state.num_args >= 1:
                self.insn(ret, node, "setn", state.num_args)
            ret.append(post)

    def compile_massign_lhs(self, pre, rhs, lhs, post, node, state, lhs_pos):
        t = node.type
        if t == "NODE_ATTRASGN":
            line_node = node
            self.compile_popped(pre, node)
            last = pre.last
            iobj = get_prev_insn(last)             # the send
            remove(last)
            remove(iobj)
            pre.last = iobj.prev
            ci = dict(iobj.operands[0])
            argc = ci["orig_argc"] + 1
            ci["orig_argc"] = ci["argc"] = argc
            iobj.operands[0] = ci
            if argc == 1:
                self.insn(lhs, line_node, "swap")
            else:
                self.insn(lhs, line_node, "topn", argc)
            state.add(lhs_pos, line_node, argc, lhs.last)
            lhs.add(iobj)
            from .context import ARGS_SPLAT
            if ci["flag"] & ARGS_SPLAT:
                ci2 = dict(ci)
                ci2["orig_argc"] = ci2["argc"] = argc - 1
                iobj.operands[0] = ci2
                insert_before(iobj, Insn("newarray", [1], line_node.nd_line))
                insert_before(iobj, Insn("concatarray", [], line_node.nd_line))
            self.insn(lhs, line_node, "pop")
            if argc != 1:
                self.insn(lhs, line_node, "pop")
            for _ in range(argc):
                self.insn(post, line_node, "pop")
        elif t == "NODE_MASGN":
            nest_rhs = Anchor()
            nest_lhs = Anchor()
            prev_level = state.lhs_level
            prev_nested = state.nested
            state.nested = True
            state.lhs_level = lhs_pos - 1
            self.compile_massign0(pre, nest_rhs, nest_lhs, post, node, state, True)
            state.lhs_level = prev_level
            state.nested = prev_nested
            lhs.append(nest_rhs)
            lhs.append(nest_lhs)
        else:
            anchor = Anchor()
            self.compile_popped(anchor, node)
            first = anchor.first
            remove(first)
            if anchor.last is first:
                anchor.last = anchor.head
            lhs.append(anchor)

    def compile_massign_opt(self, ret, rhsn, orig_lhsn) -> bool:
        if rhsn is None or rhsn.type != "NODE_LIST":
            return False
        mem = []
        llen = 0
        for ln in _items(orig_lhsn):
            if ln.type in ("NODE_LASGN", "NODE_DASGN", "NODE_IASGN", "NODE_CVASGN"):
                key = (ln.vid if isinstance(ln.vid, str) else id(ln.vid))
                if key in mem or len(mem) == 64:
                    return False
                mem.append(key)
            else:
                return False
            llen += 1
        rlen = 0
        for v in _items(rhsn):
            self.compile(ret, v, llen <= rlen)
            rlen += 1
        if llen > rlen:
            for _ in range(llen - rlen):
                self.insn(ret, orig_lhsn, "putnil")
        for ln in reversed(_items(orig_lhsn)):
            self.compile_massign_lhs(ret, ret, ret, ret, ln, None, 0)
        return True

    def compile_massign0(self, pre, rhs, lhs, post, node, state, popped):
        rhsn = node.value
        splatn = node.args
        lhs_items = _items(node.head)
        lhs_splat = 1 if (splatn is not None and named_rest_p(splatn)) else 0
        llen = len(lhs_items)
        for lpos, ln in enumerate(lhs_items):
            self.compile_massign_lhs(pre, rhs, lhs, post, ln, state,
                                     (llen - lpos) + lhs_splat + state.lhs_level)
        if lhs_splat:
            if splatn.type == "NODE_POSTARG":
                postn = splatn.second
                restn = splatn.first
                post_items = _items(postn)
                plen = len(post_items)
                flag = 0x02 | (0x01 if named_rest_p(restn) else 0)
                self.insn(lhs, splatn, "expandarray", plen, flag)
                if named_rest_p(restn):
                    self.compile_massign_lhs(pre, rhs, lhs, post, restn, state,
                                             1 + plen + state.lhs_level)
                for ppos, pn in enumerate(post_items):
                    self.compile_massign_lhs(pre, rhs, lhs, post, pn, state,
                                             (plen - ppos) + state.lhs_level)
            else:
                self.compile_massign_lhs(pre, rhs, lhs, post, splatn, state,
                                         1 + state.lhs_level)
        if not state.nested:
            self.compile(rhs, rhsn)
        if not popped:
            self.insn(rhs, node, "dup")
        self.insn(rhs, node, "expandarray", llen, lhs_splat)
