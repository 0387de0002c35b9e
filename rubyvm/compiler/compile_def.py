"""Definitions: def / def self.x, class / module / singleton class bodies, alias and undef, and
the parameter setup of a method or block iseq (cf. compile.c's NODE_DEFN ... NODE_SCLASS
cases, iseq_set_arguments, iseq_set_arguments_keywords, NODE_KW_ARG)."""
from __future__ import annotations

from ..ast.literals import RSymbol
from ..ast.nodes import EXCESSED_COMMA, NO_REST_KEYWORD, REQUIRED_KEYWORD, Node
from ..iseq.iseq import UNDEF, Keywords, Params
from .context import (FCALL, VM_ENV_DATA_SIZE, VM_SPECIAL_OBJECT_CBASE,
                      VM_SPECIAL_OBJECT_VMCORE)
from .values import lit_value

VM_DEFINECLASS_TYPE_CLASS = 0
VM_DEFINECLASS_TYPE_SINGLETON_CLASS = 1
VM_DEFINECLASS_TYPE_MODULE = 2
VM_DEFINECLASS_FLAG_HAS_SUPERCLASS = 0x10


def _kw_default_literal(v):
    """The default value kept in the keyword table, or UNDEF for one computed by code."""
    t = v.type
    if t == "NODE_LIT":
        return True, lit_value(v.lit)
    if t == "NODE_NIL":
        return True, None
    if t == "NODE_TRUE":
        return True, True
    if t == "NODE_FALSE":
        return True, False
    return False, UNDEF


class DefCompiler:

    # ---- parameters (iseq_set_arguments) ---------------------------------------------------
    def set_arguments(self, optargs, node_args) -> None:
        iseq = self.iseq
        p = iseq.params = Params()
        self._opt_labels = None
        if node_args is None:
            iseq.arg_size = 0
            return
        args = node_args
        p.lead_num = arg_size = args.pre_args_num or 0
        p.has_lead = p.lead_num > 0
        rest_id = args.rest_arg
        last_comma = False
        if rest_id is EXCESSED_COMMA:
            last_comma = True
            rest_id = None
        block_id = args.block_arg
        has_opt = has_rest = has_post = has_kw = has_kwrest = False
        if args.opt_args is not None:
            labels = []
            node = args.opt_args
            while node is not None:
                lab = self.new_label()
                labels.append(lab)
                self.label(optargs, lab)
                self.compile_popped(optargs, node.body)
                node = node.next
            lab = self.new_label()
            labels.append(lab)
            self.label(optargs, lab)
            self._opt_labels = labels
            has_opt = True
            p.opt_table = [0] * len(labels)
            arg_size += len(labels) - 1
        if rest_id is not None:
            p.rest_start = arg_size
            arg_size += 1
            has_rest = True
        if args.first_post_arg is not None:
            p.post_start = arg_size
            p.post_num = args.post_args_num
            has_post = True
            arg_size += args.post_args_num
            if has_rest:
                p.post_start = p.rest_start + 1
        kwr = args.kw_rest_arg
        if args.kw_args is not None:
            arg_size = self.set_arguments_keywords(optargs, args, arg_size)
            has_kw = True
            has_kwrest = p.kwrest_start >= 0
        elif kwr is not None and kwr is not NO_REST_KEYWORD:
            p.kwrest_start = arg_size
            arg_size += 1
            has_kwrest = True
        if kwr is NO_REST_KEYWORD:
            p.accepts_no_kwarg = True
        if block_id is not None:
            p.block_start = arg_size
            arg_size += 1
        iseq.arg_size = arg_size
        if args.pre_init is not None:
            self.compile_popped(optargs, args.pre_init)
        if args.post_init is not None:
            self.compile_popped(optargs, args.post_init)
        if iseq.type == "block":
            if not (has_opt or has_post or has_rest or has_kw or has_kwrest):
                if p.lead_num == 1 and not last_comma:
                    p.ambiguous_param0 = True

    def set_arguments_keywords(self, optargs, args, arg_size: int) -> int:
        p = self.iseq.params
        kw = Keywords()
        p.keyword = kw
        nodes = []
        node = args.kw_args
        while node is not None:
            nodes.append(node)
            node = node.next
        arg_size += len(nodes)
        kw.bits_start = arg_size
        arg_size += 1
        self._kw_num = 0
        for node in nodes:
            asgn = node.body
            name = asgn.vid
            v = asgn.value
            if v is REQUIRED_KEYWORD:
                kw.required.append(name)
                continue
            ok, dv = _kw_default_literal(v)
            if not ok:
                self.compile_popped(optargs, node)
            self._kw_num += 1
            kw.optional.append((name, dv))
        kwr = args.kw_rest_arg
        if kwr is not None and kwr is not NO_REST_KEYWORD and getattr(kwr, "vid", None) is not None:
            p.kwrest_start = arg_size
            arg_size += 1
        return arg_size

    def c_NODE_KW_ARG(self, ret, node, popped):
        end_label = self.new_label()
        p = self.iseq.params
        kw_bits_idx = len(self.local_ids) - p.keyword.bits_start
        keyword_idx = self._kw_num
        self.insn(ret, node, "checkkeyword", kw_bits_idx + VM_ENV_DATA_SIZE - 1, keyword_idx)
        self.insn(ret, node, "branchif", end_label)
        self.compile_popped(ret, node.body)
        self.label(ret, end_label)

    # ---- definitions -----------------------------------------------------------------------
    def c_NODE_DEFN(self, ret, node, popped):
        mid = node.mid
        miseq = self.new_child_iseq(node.defn, mid, "method", node.nd_line, parent=False)
        self.insn(ret, node, "definemethod", RSymbol(mid), miseq)
        if not popped:
            self.insn(ret, node, "putobject", RSymbol(mid))

    def c_NODE_DEFS(self, ret, node, popped):
        mid = node.mid
        miseq = self.new_child_iseq(node.defn, mid, "method", node.nd_line, parent=False)
        self.compile(ret, node.recv)
        self.insn(ret, node, "definesmethod", RSymbol(mid), miseq)
        if not popped:
            self.insn(ret, node, "putobject", RSymbol(mid))

    def c_NODE_ALIAS(self, ret, node, popped):
        self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_CBASE)
        self.compile(ret, node.first)
        self.compile(ret, node.second)
        self.send(ret, node, "core#set_method_alias", 3)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_VALIAS(self, ret, node, popped):
        self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, node, "putobject", RSymbol(node.alias))
        self.insn(ret, node, "putobject", RSymbol(node.orig))
        self.send(ret, node, "core#set_variable_alias", 2)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_UNDEF(self, ret, node, popped):
        self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, node, "putspecialobject", VM_SPECIAL_OBJECT_CBASE)
        self.compile(ret, node.undef)
        self.send(ret, node, "core#undef_method", 2)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_CLASS(self, ret, node, popped):
        cpath = node.cpath
        ciseq = self.new_child_iseq(node.body, f"<class:{cpath.mid}>", "class", node.nd_line)
        flags = VM_DEFINECLASS_TYPE_CLASS
        if node.super is not None:
            flags |= VM_DEFINECLASS_FLAG_HAS_SUPERCLASS
        flags |= self.compile_cpath(ret, cpath)
        self.compile(ret, node.super)
        self.insn(ret, node, "defineclass", RSymbol(cpath.mid), ciseq, flags)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_MODULE(self, ret, node, popped):
        cpath = node.cpath
        miseq = self.new_child_iseq(node.body, f"<module:{cpath.mid}>", "class", node.nd_line)
        flags = VM_DEFINECLASS_TYPE_MODULE | self.compile_cpath(ret, cpath)
        self.insn(ret, node, "putnil")
        self.insn(ret, node, "defineclass", RSymbol(cpath.mid), miseq, flags)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_SCLASS(self, ret, node, popped):
        siseq = self.new_child_iseq(node.body, "singleton class", "class", node.nd_line)
        self.compile(ret, node.recv)
        self.insn(ret, node, "putnil")
        self.insn(ret, node, "defineclass", RSymbol("singletonclass"), siseq,
                  VM_DEFINECLASS_TYPE_SINGLETON_CLASS)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_SCOPE(self, ret, node, popped):
        self.compile(ret, node.body, popped)
