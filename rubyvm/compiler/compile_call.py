"""Method calls: arguments and call flags, send with a block, safe navigation, attribute
assignment, super, yield (cf. compile.c's setup_args, setup_args_core, compile_args,
compile_keyword_arg, compile_call, compile_call_precheck_freeze, compile_attrasgn,
compile_super, compile_yield, compile_iter)."""
from __future__ import annotations

from ..ast.literals import RSymbol
from .context import (ARGS_BLOCKARG, ARGS_SPLAT, CATCH_BREAK, FCALL, KW_SPLAT, KW_SPLAT_MUT,
                      SUPER, VCALL, VM_ENV_DATA_SIZE, VM_SPECIAL_OBJECT_VMCORE, ZSUPER,
                      new_callinfo)
from .linklist import Anchor, Insn, list_insn_size_one
from .values import string_value


def check_keyword(node) -> bool:
    """check_keyword: does an argument list end with keyword arguments?"""
    if node is None:
        return False
    while node.type in ("NODE_ARGSCAT", "NODE_ARGSPUSH"):
        node = node.body
    if node.type == "NODE_LIST":
        while node.next is not None:
            node = node.next
        node = node.head
    return node is not None and node.type == "NODE_HASH" and not node.brace


class CallCompiler:

    def private_recv_p(self, node) -> bool:
        r = node.recv
        return r is not None and r.type == "NODE_SELF"

    # ---- arguments -------------------------------------------------------------------------
    def compile_keyword_arg(self, ret, root, want_kw: bool, flag: int):
        """-> (keywords or None, flag)"""
        if not want_kw:
            return None, flag
        head = root.head
        if head is not None and head.type == "NODE_LIST":
            items = []
            n = head
            while n is not None:
                items.append(n.head)
                n = n.next
            for k in range(0, len(items), 2):
                key = items[k]
                if key is not None and key.type == "NODE_LIT" and isinstance(key.lit, RSymbol):
                    continue
                flag |= KW_SPLAT
                if k > 0 or k + 2 < len(items):
                    flag |= KW_SPLAT_MUT
                return None, flag
            kws = []
            for k in range(0, len(items), 2):
                kws.append(str(items[k].lit))
                self.compile(ret, items[k + 1])
            return kws, flag
        return None, flag

    def compile_args(self, ret, node, want_kw: bool, flag: int):
        """-> (len, keywords, flag)"""
        length = 0
        keywords = None
        while node is not None:
            if node.next is None and self.keyword_node_p(node.head):
                keywords, flag = self.compile_keyword_arg(ret, node.head, want_kw, flag)
                if keywords is not None:
                    length -= 1
                else:
                    self.compile_hash(ret, node.head, True, False)
            else:
                self.compile(ret, node.head)
            length += 1
            node = node.next
        return length, keywords, flag

    def setup_args_core(self, args, argn, dup_rest: bool, flag, want_kw: bool):
        """-> (argc, flag, keywords); flag None: don't record flags"""
        if argn is None:
            return 0, flag, None
        t = argn.type
        if t == "NODE_SPLAT":
            self.compile(args, argn.head)
            self.insn(args, argn, "splatarray", bool(dup_rest))
            if flag is not None:
                flag |= ARGS_SPLAT
            return 1, flag, None
        if t in ("NODE_ARGSCAT", "NODE_ARGSPUSH"):
            next_is_list = argn.head.type == "NODE_LIST"
            argc, _, _ = self.setup_args_core(args, argn.head, True, None, False)
            if argn.body.type == "NODE_LIST":
                rest_len, _, _ = self.compile_args(args, argn.body, False, 0)
                self.insn(args, argn, "newarray", rest_len)
            else:
                self.compile(args, argn.body)
            if flag is not None:
                flag |= ARGS_SPLAT
                if check_keyword(argn.body):
                    flag |= KW_SPLAT
            if t == "NODE_ARGSCAT":
                if next_is_list:
                    self.insn(args, argn, "splatarray", True)
                    return argc + 1, flag, None
                self.insn(args, argn, "splatarray", False)
                self.insn(args, argn, "concatarray")
                return argc, flag, None
            self.insn(args, argn, "newarray", 1)
            self.insn(args, argn, "concatarray")
            return argc, flag, None
        if t == "NODE_LIST":
            n, kws, f = self.compile_args(args, argn, want_kw, flag if flag is not None else 0)
            return n, (f if flag is not None else None), kws
        raise NotImplementedError(f"setup_arg: {t}")

    def setup_args(self, args, argn, flag: int, want_kw: bool = True):
        """-> (argc, flag, keywords)"""
        if argn is not None and argn.type == "NODE_BLOCK_PASS":
            dup_rest = True
            arg_block = Anchor()
            self.compile(arg_block, argn.body)
            flag |= ARGS_BLOCKARG
            if list_insn_size_one(arg_block):
                elem = arg_block.first
                if isinstance(elem, Insn):
                    if elem.name == "getblockparam":
                        elem.name = "getblockparamproxy"
                    dup_rest = False
            argc, flag, kws = self.setup_args_core(args, argn.head, dup_rest, flag, want_kw)
            args.append(arg_block)
            return argc, flag, kws
        return self.setup_args_core(args, argn, False, flag, want_kw)

    # ---- calls -----------------------------------------------------------------------------
    def c_NODE_CALL(self, ret, node, popped):
        if self.compile_call_precheck_freeze(ret, node, popped):
            return
        self.compile_call(ret, node, node.type, node, popped)

    c_NODE_OPCALL = c_NODE_CALL

    def c_NODE_QCALL(self, ret, node, popped):
        self.compile_call(ret, node, node.type, node, popped)

    c_NODE_FCALL = c_NODE_QCALL
    c_NODE_VCALL = c_NODE_QCALL

    def compile_call_precheck_freeze(self, ret, node, popped) -> bool:
        # "literal".freeze -> opt_str_freeze("literal")
        if (node.recv is not None and node.recv.type == "NODE_STR"
                and node.mid in ("freeze", "-@") and node.args is None
                and self.cd.current_block is None):
            s = string_value(node.recv.lit)
            if node.mid == "-@":
                self.insn(ret, node, "opt_str_uminus", s, new_callinfo("-@", 0))
            else:
                self.insn(ret, node, "opt_str_freeze", s, new_callinfo("freeze", 0))
            if popped:
                self.insn(ret, node, "pop")
            return True
        # obj["literal"] -> opt_aref_with(obj, "literal")
        if (node.mid == "[]" and not self.private_recv_p(node) and node.args is not None
                and node.args.type == "NODE_LIST" and node.args.alen == 1
                and node.args.head.type == "NODE_STR" and self.cd.current_block is None
                and not self.options.frozen_string_literal):
            s = string_value(node.args.head.lit)
            self.compile(ret, node.recv)
            self.insn(ret, node, "opt_aref_with", s, new_callinfo("[]", 1))
            if popped:
                self.insn(ret, node, "pop")
            return True
        return False

    def qcall_branch_start(self, recv, line_node):
        else_label = self.new_label()
        self.insn(recv, line_node, "dup")
        self.insn(recv, line_node, "branchnil", else_label)
        return else_label

    def qcall_branch_end(self, ret, else_label, line_node):
        if else_label is None:
            return
        end_label = self.new_label()
        self.insn(ret, line_node, "jump", end_label)
        self.label(ret, else_label)
        self.label(ret, end_label)

    def compile_call(self, ret, node, ntype, line_node, popped, assume_receiver=False):
        recv = Anchor()
        args = Anchor()
        mid = node.mid
        flag = 0
        keywords = None
        parent_block = self.cd.current_block
        else_label = None
        self.cd.current_block = None
        if ntype in ("NODE_CALL", "NODE_OPCALL", "NODE_QCALL"):
            bp = None
            # only a method-level local (NODE_LVAR): `blk.call` in a block is a plain getblockparam
            if mid == "call" and node.recv.type == "NODE_LVAR":
                bp = self.block_param_id_p(node.recv.vid)
            if bp is not None:
                idx, level = bp
                self.insn(recv, node.recv, "getblockparamproxy", idx + VM_ENV_DATA_SIZE - 1, level)
            elif self.private_recv_p(node):
                self.insn(recv, node, "putself")
                flag |= FCALL
            else:
                self.compile(recv, node.recv)
            if ntype == "NODE_QCALL":
                else_label = self.qcall_branch_start(recv, line_node)
        elif ntype in ("NODE_FCALL", "NODE_VCALL"):
            self.insn(recv, line_node, "putself")
        if ntype != "NODE_VCALL":
            argc, flag, keywords = self.setup_args(args, node.args, flag)
        else:
            argc = 0
        ret.append(recv)
        ret.append(args)
        if ntype == "NODE_VCALL":
            flag |= VCALL | FCALL
        elif ntype == "NODE_FCALL":
            flag |= FCALL
        self.send(ret, line_node, mid, argc, parent_block, flag, keywords)
        self.qcall_branch_end(ret, else_label, line_node)
        if popped:
            self.insn(ret, line_node, "pop")

    # ---- blocks ----------------------------------------------------------------------------
    def c_NODE_ITER(self, ret, node, popped):
        prevblock = self.cd.current_block
        retry_label = self.new_label()
        retry_end_l = self.new_label()
        self.label(ret, retry_label)
        if node.type == "NODE_FOR":
            self.compile(ret, node.iter)
            child = self.cd.current_block = self.new_child_iseq(
                node.body, self.block_name(), "block", node.nd_line)
            self.send(ret, node, "each", 0, child)
        else:
            child = self.cd.current_block = self.new_child_iseq(
                node.body, self.block_name(), "block", node.nd_line)
            self.compile(ret, node.iter)
        self.label(ret, retry_end_l)
        if popped:
            self.insn(ret, node, "pop")
        self.cd.current_block = prevblock
        self.catch_entry(CATCH_BREAK, retry_label, retry_end_l, child, retry_end_l)

    def c_NODE_FOR(self, ret, node, popped):
        self.c_NODE_ITER(ret, node, popped)

    def c_NODE_LAMBDA(self, ret, node, popped):
        block = self.new_child_iseq(node.body, self.block_name(), "block", node.nd_line)
        self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.send(ret, node, "lambda", 0, block, FCALL)
        if popped:
            self.insn(ret, node, "pop")

    # ---- attribute assignment --------------------------------------------------------------
    def c_NODE_ATTRASGN(self, ret, node, popped):
        mid = node.mid
        a = node.args
        if (mid == "[]=" and not self.private_recv_p(node) and a is not None
                and a.type == "NODE_LIST" and a.alen == 2 and a.head.type == "NODE_STR"
                and self.cd.current_block is None and not self.options.frozen_string_literal):
            s = string_value(a.head.lit)
            self.compile(ret, node.recv)
            self.compile(ret, a.next.head)
            if not popped:
                self.insn(ret, node, "swap")
                self.insn(ret, node, "topn", 1)
            self.insn(ret, node, "opt_aset_with", s, new_callinfo("[]=", 2))
            self.insn(ret, node, "pop")
            return
        recv = Anchor()
        args = Anchor()
        argc, flag, _ = self.setup_args(args, node.args, 0, False)
        asgnflag = self.compile_recv(recv, node)
        flag |= asgnflag
        else_label = None
        if not mid.endswith("=") or mid in ("==", "!=", "===", "<=", ">="):
            mid = mid + "="
            else_label = self.qcall_branch_start(recv, node)
        if not popped:
            self.insn(ret, node, "putnil")
            ret.append(recv)
            ret.append(args)
            if flag & ARGS_BLOCKARG:
                self.insn(ret, node, "topn", 1)
                if flag & ARGS_SPLAT:
                    self.insn(ret, node, "putobject", -1)
                    self.send(ret, node, "[]", 1, None, asgnflag)
                self.insn(ret, node, "setn", argc + 3)
                self.insn(ret, node, "pop")
            elif flag & ARGS_SPLAT:
                self.insn(ret, node, "dup")
                self.insn(ret, node, "putobject", -1)
                self.send(ret, node, "[]", 1, None, asgnflag)
                self.insn(ret, node, "setn", argc + 2)
                self.insn(ret, node, "pop")
            else:
                self.insn(ret, node, "setn", argc + 1)
        else:
            ret.append(recv)
            ret.append(args)
        self.send(ret, node, mid, argc, None, flag)
        self.qcall_branch_end(ret, else_label, node)
        self.insn(ret, node, "pop")

    # ---- super / yield ---------------------------------------------------------------------
    def c_NODE_SUPER(self, ret, node, popped):
        self.compile_super(ret, node, popped, node.type)

    c_NODE_ZSUPER = c_NODE_SUPER

    def compile_super(self, ret, node, popped, ntype):
        args = Anchor()
        flag = 0
        keywords = None
        parent_block = self.cd.current_block
        self.cd.current_block = None
        if ntype == "NODE_SUPER":
            argc, flag, keywords = self.setup_args(args, node.args, flag)
        else:
            lc = self.local_c
            p = lc.iseq.params
            kwd = p.keyword
            lvar_level = self.lvar_level()
            size = len(lc.local_ids)
            argc = p.lead_num
            i = 0
            while i < p.lead_num:
                self.getlocal(args, node, size - i, lvar_level)
                i += 1
            if p.opt_num:
                j = 0
                while j < p.opt_num:
                    self.getlocal(args, node, size - (i + j), lvar_level)
                    j += 1
                i += j
                argc = i
            if p.rest_start >= 0:
                self.getlocal(args, node, size - p.rest_start, lvar_level)
                self.insn(args, node, "splatarray", False)
                argc = p.rest_start + 1
                flag |= ARGS_SPLAT
            if p.post_num:
                if p.rest_start >= 0:
                    for j in range(p.post_num):
                        self.getlocal(args, node, size - (p.post_start + j), lvar_level)
                    self.insn(args, node, "newarray", p.post_num)
                    self.insn(args, node, "concatarray")
                else:
                    for j in range(p.post_num):
                        self.getlocal(args, node, size - (p.post_start + j), lvar_level)
                    argc = p.post_num + p.post_start
            if kwd is not None:
                argc += 1
                self.insn(args, node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                if p.kwrest_start >= 0:
                    self.getlocal(args, node, size - p.kwrest_start, lvar_level)
                    if kwd.num > 0:
                        self.send(args, node, "dup", 0)
                        flag |= KW_SPLAT_MUT
                else:
                    self.insn(args, node, "newhash", 0)
                    flag |= KW_SPLAT_MUT
                names = list(kwd.required) + [n for n, _ in kwd.optional]
                for name in names:
                    idx = size - lc.local_ids.index(name)
                    self.insn(args, node, "putobject", RSymbol(name))
                    self.getlocal(args, node, idx, lvar_level)
                self.send(args, node, "core#hash_merge_ptr", len(names) * 2 + 1)
                if p.rest_start >= 0:
                    self.insn(args, node, "newarray", 1)
                    self.insn(args, node, "concatarray")
                    argc -= 1
                flag |= KW_SPLAT
            elif p.kwrest_start >= 0:
                self.getlocal(args, node, size - p.kwrest_start, lvar_level)
                if p.rest_start >= 0:
                    self.insn(args, node, "newarray", 1)
                    self.insn(args, node, "concatarray")
                else:
                    argc += 1
                flag |= KW_SPLAT
        flag |= SUPER | FCALL
        if ntype == "NODE_ZSUPER":
            flag |= ZSUPER
        self.insn(ret, node, "putself")
        ret.append(args)
        self.insn(ret, node, "invokesuper",
                  new_callinfo(None, argc, flag, keywords, parent_block is not None), parent_block)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_YIELD(self, ret, node, popped):
        args = Anchor()
        if self.local_c.iseq.type in ("top", "main", "class"):
            self.error(node.nd_line, "Invalid yield")
        flag = 0
        keywords = None
        if node.head is not None:
            argc, flag, keywords = self.setup_args(args, node.head, flag)
        else:
            argc = 0
        ret.append(args)
        self.insn(ret, node, "invokeblock", new_callinfo(None, argc, flag, keywords, False))
        if popped:
            self.insn(ret, node, "pop")
