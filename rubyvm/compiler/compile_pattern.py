"""case/in pattern matching (cf. compile.c's compile_case3, iseq_compile_pattern_each,
iseq_compile_pattern_match, iseq_compile_pattern_constant, iseq_compile_array_deconstruct and
the iseq_compile_pattern_set_*_errmsg helpers of a single-pattern `case/in`)."""
from __future__ import annotations

from ..ast.literals import RSymbol
from ..ast.nodes import NO_NAME_REST, NO_REST_KEYWORD, Node
from ..iseq.values import RubyValue
from .context import FCALL, KWARG, VM_SPECIAL_OBJECT_VMCORE
from .linklist import Anchor
from .values import string_value

# stack slots below the matchee of a case/in (CASE3_BI_OFFSET_*)
BI_DECONSTRUCTED_CACHE = 0
BI_ERROR_STRING = 1
BI_KEY_ERROR_P = 2
BI_KEY_ERROR_MATCHEE = 3
BI_KEY_ERROR_KEY = 4
VM_CHECKMATCH_TYPE_CASE = 2
T_ARRAY, T_HASH = 0x07, 0x08

TYPE_ERROR = RubyValue("Class", "TypeError")
NO_MATCHING_PATTERN_ERROR = RubyValue("Class", "NoMatchingPatternError")
NO_MATCHING_PATTERN_KEY_ERROR = RubyValue("Class", "NoMatchingPatternKeyError")

_VALUE_PATTERNS = frozenset((
    "NODE_LIT", "NODE_STR", "NODE_XSTR", "NODE_DSTR", "NODE_DSYM", "NODE_DREGX", "NODE_LIST",
    "NODE_ZLIST", "NODE_LAMBDA", "NODE_DOT2", "NODE_DOT3", "NODE_CONST", "NODE_LVAR",
    "NODE_DVAR", "NODE_IVAR", "NODE_CVAR", "NODE_GVAR", "NODE_TRUE", "NODE_FALSE", "NODE_SELF",
    "NODE_NIL", "NODE_COLON2", "NODE_COLON3", "NODE_BEGIN"))


def _named_rest(n) -> bool:
    return n is not None and n is not NO_NAME_REST and isinstance(n, Node)


def _items(lst) -> list:
    out = []
    while lst is not None:
        out.append(lst.head)
        lst = lst.next
    return out


class PatternCompiler:

    def c_NODE_CASE3(self, ret, orig_node, popped):
        head = Anchor()
        body_seq = Anchor()
        cond_seq = Anchor()
        node = orig_node.body
        line_node = node
        single_pattern = node.next is None
        endlabel = self.new_label()
        elselabel = self.new_label()
        if single_pattern:
            self.insn(head, line_node, "putnil")
            self.insn(head, line_node, "putnil")
            self.insn(head, line_node, "putobject", False)
            self.insn(head, line_node, "putnil")
        self.insn(head, line_node, "putnil")
        self.compile(head, orig_node.head)
        ret.append(head)
        branch_id = 0
        while node is not None and node.type == "NODE_IN":
            if branch_id:
                self.insn(body_seq, line_node, "putnil")
            branch_id += 1
            l1 = self.new_label()
            self.label(body_seq, l1)
            self.insn(body_seq, line_node, "adjuststack", 6 if single_pattern else 2)
            self.compile(body_seq, node.body, popped)
            self.insn(body_seq, line_node, "jump", endlabel)
            pattern = node.head
            next_pat = self.new_label()
            self.insn(cond_seq, pattern, "dup")
            self.pattern_each(cond_seq, pattern, l1, next_pat, single_pattern, False, 2, True)
            self.label(cond_seq, next_pat)
            node = node.next
            if node is None:
                break
            line_node = node
        if node is not None:
            self.label(cond_seq, elselabel)
            self.insn(cond_seq, line_node, "pop")
            self.insn(cond_seq, line_node, "pop")
            self.compile(cond_seq, node, popped)
            self.insn(cond_seq, line_node, "jump", endlabel)
            self.insn(cond_seq, line_node, "putnil")
            if popped:
                self.insn(cond_seq, line_node, "putnil")
        else:
            o = orig_node
            self.label(cond_seq, elselabel)
            self.insn(cond_seq, o, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
            if single_pattern:
                key_error = self.new_label()
                fin = self.new_label()
                self.insn(cond_seq, o, "topn", BI_KEY_ERROR_P + 2)
                self.insn(cond_seq, o, "branchif", key_error)
                self.insn(cond_seq, o, "putobject", NO_MATCHING_PATTERN_ERROR)
                self.insn(cond_seq, o, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                self.insn(cond_seq, o, "putobject", string_value("%p: %s"))
                self.insn(cond_seq, o, "topn", 4)
                self.insn(cond_seq, o, "topn", BI_ERROR_STRING + 6)
                self.send(cond_seq, o, "core#sprintf", 3)
                self.send(cond_seq, o, "core#raise", 2)
                self.insn(cond_seq, o, "jump", fin)
                self.label(cond_seq, key_error)
                self.insn(cond_seq, o, "putobject", NO_MATCHING_PATTERN_KEY_ERROR)
                self.insn(cond_seq, o, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                self.insn(cond_seq, o, "putobject", string_value("%p: %s"))
                self.insn(cond_seq, o, "topn", 4)
                self.insn(cond_seq, o, "topn", BI_ERROR_STRING + 6)
                self.send(cond_seq, o, "core#sprintf", 3)
                self.insn(cond_seq, o, "topn", BI_KEY_ERROR_MATCHEE + 4)
                self.insn(cond_seq, o, "topn", BI_KEY_ERROR_KEY + 5)
                self.send(cond_seq, o, "new", 1, None, KWARG, ["matchee", "key"])
                self.send(cond_seq, o, "core#raise", 1)
                self.label(cond_seq, fin)
            else:
                self.insn(cond_seq, o, "putobject", NO_MATCHING_PATTERN_ERROR)
                self.insn(cond_seq, o, "topn", 2)
                self.send(cond_seq, o, "core#raise", 2)
            self.insn(cond_seq, o, "adjuststack", 7 if single_pattern else 3)
            if not popped:
                self.insn(cond_seq, o, "putnil")
            self.insn(cond_seq, o, "jump", endlabel)
            self.insn(cond_seq, o, "dupn", 5 if single_pattern else 1)
            if popped:
                self.insn(cond_seq, line_node, "putnil")
        ret.append(cond_seq)
        ret.append(body_seq)
        self.label(ret, endlabel)

    # ---- error messages of a single pattern ------------------------------------------------
    def _errmsg_tail(self, ret, line_node, base_index, match_succeeded):
        self.insn(ret, line_node, "setn", base_index + BI_ERROR_STRING + 1)
        self.insn(ret, line_node, "putobject", False)
        self.insn(ret, line_node, "setn", base_index + BI_KEY_ERROR_P + 2)
        self.insn(ret, line_node, "pop")
        self.insn(ret, line_node, "pop")
        self.label(ret, match_succeeded)

    def set_general_errmsg(self, ret, node, errmsg, base_index):
        line_node = node
        ok = self.new_label()
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "branchif", ok)
        self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, line_node, "putobject", string_value(errmsg))
        self.insn(ret, line_node, "topn", 3)
        self.send(ret, line_node, "core#sprintf", 2)
        self._errmsg_tail(ret, line_node, base_index, ok)

    def set_length_errmsg(self, ret, node, errmsg, pattern_length, base_index):
        line_node = node
        ok = self.new_label()
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "branchif", ok)
        self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, line_node, "putobject", string_value(errmsg))
        self.insn(ret, line_node, "topn", 3)
        self.insn(ret, line_node, "dup")
        self.send(ret, line_node, "length", 0)
        self.insn(ret, line_node, "putobject", pattern_length)
        self.send(ret, line_node, "core#sprintf", 4)
        self._errmsg_tail(ret, line_node, base_index, ok)

    def set_eqq_errmsg(self, ret, node, base_index):
        line_node = node
        ok = self.new_label()
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "branchif", ok)
        self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, line_node, "putobject", string_value("%p === %p does not return true"))
        self.insn(ret, line_node, "topn", 3)
        self.insn(ret, line_node, "topn", 5)
        self.send(ret, line_node, "core#sprintf", 3)
        self._errmsg_tail(ret, line_node, base_index, ok)
        self.insn(ret, line_node, "setn", 2)
        self.insn(ret, line_node, "pop")
        self.insn(ret, line_node, "pop")

    # ---- patterns --------------------------------------------------------------------------
    def pattern_match(self, ret, node, unmatched, single, alt, base_index, use_cache):
        fin = self.new_label()
        self.pattern_each(ret, node, fin, unmatched, single, alt, base_index, use_cache)
        self.label(ret, fin)

    def pattern_constant(self, ret, node, match_failed, single, base_index):
        if node.pconst is not None:
            line_node = node
            self.insn(ret, line_node, "dup")
            self.compile(ret, node.pconst)
            if single:
                self.insn(ret, line_node, "dupn", 2)
            self.insn(ret, line_node, "checkmatch", VM_CHECKMATCH_TYPE_CASE)
            if single:
                self.set_eqq_errmsg(ret, node, base_index + 3)
            self.insn(ret, line_node, "branchunless", match_failed)

    def array_deconstruct(self, ret, node, deconstruct, deconstructed, match_failed,
                          type_error, single, base_index, use_cache):
        line_node = node
        if use_cache:
            self.insn(ret, line_node, "topn", base_index + BI_DECONSTRUCTED_CACHE)
            self.insn(ret, line_node, "branchnil", deconstruct)
            self.insn(ret, line_node, "topn", base_index + BI_DECONSTRUCTED_CACHE)
            self.insn(ret, line_node, "branchunless", match_failed)
            self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "topn", base_index + BI_DECONSTRUCTED_CACHE - 1)
            self.insn(ret, line_node, "jump", deconstructed)
        else:
            self.insn(ret, line_node, "jump", deconstruct)
        self.label(ret, deconstruct)
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "putobject", RSymbol("deconstruct"))
        self.send(ret, line_node, "respond_to?", 1)
        if use_cache:
            self.insn(ret, line_node, "setn", base_index + BI_DECONSTRUCTED_CACHE + 1)
        if single:
            self.set_general_errmsg(ret, node, "%p does not respond to #deconstruct", base_index + 1)
        self.insn(ret, line_node, "branchunless", match_failed)
        self.send(ret, line_node, "deconstruct", 0)
        if use_cache:
            self.insn(ret, line_node, "setn", base_index + BI_DECONSTRUCTED_CACHE)
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "checktype", T_ARRAY)
        self.insn(ret, line_node, "branchunless", type_error)
        self.label(ret, deconstructed)

    def _type_error(self, ret, line_node, type_error, msg):
        self.label(ret, type_error)
        self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
        self.insn(ret, line_node, "putobject", TYPE_ERROR)
        self.insn(ret, line_node, "putobject", string_value(msg))
        self.send(ret, line_node, "core#raise", 2)
        self.insn(ret, line_node, "pop")

    def pattern_each(self, ret, node, matched, unmatched, single, alt, base_index, use_cache):
        line_node = node
        t = node.type
        if t == "NODE_ARYPTN":
            pre = _items(node.pre_args)
            post = _items(node.post_args)
            rest = node.rest_arg
            min_argc = len(pre) + len(post)
            use_rest_num = rest is not None and (_named_rest(rest) or len(post) > 0)
            match_failed = self.new_label()
            type_error = self.new_label()
            deconstruct = self.new_label()
            deconstructed = self.new_label()
            if use_rest_num:
                self.insn(ret, line_node, "putobject", 0)
                self.insn(ret, line_node, "swap")
                if base_index:
                    base_index += 1
            self.pattern_constant(ret, node, match_failed, single, base_index)
            self.array_deconstruct(ret, node, deconstruct, deconstructed, match_failed,
                                   type_error, single, base_index, use_cache)
            self.insn(ret, line_node, "dup")
            self.send(ret, line_node, "length", 0)
            self.insn(ret, line_node, "putobject", min_argc)
            self.send(ret, line_node, ">=" if rest is not None else "==", 1)
            if single:
                self.set_length_errmsg(ret, node,
                                       "%p length mismatch (given %p, expected %p+)" if rest is not None
                                       else "%p length mismatch (given %p, expected %p)",
                                       min_argc, base_index + 1)
            self.insn(ret, line_node, "branchunless", match_failed)
            for i, p in enumerate(pre):
                self.insn(ret, line_node, "dup")
                self.insn(ret, line_node, "putobject", i)
                self.send(ret, line_node, "[]", 1)
                self.pattern_match(ret, p, match_failed, single, alt, base_index + 1, False)
            if rest is not None:
                if _named_rest(rest):
                    self.insn(ret, line_node, "dup")
                    self.insn(ret, line_node, "putobject", len(pre))
                    self.insn(ret, line_node, "topn", 1)
                    self.send(ret, line_node, "length", 0)
                    self.insn(ret, line_node, "putobject", min_argc)
                    self.send(ret, line_node, "-", 1)
                    self.insn(ret, line_node, "setn", 4)
                    self.send(ret, line_node, "[]", 2)
                    self.pattern_match(ret, rest, match_failed, single, alt, base_index + 1, False)
                elif post:
                    self.insn(ret, line_node, "dup")
                    self.send(ret, line_node, "length", 0)
                    self.insn(ret, line_node, "putobject", min_argc)
                    self.send(ret, line_node, "-", 1)
                    self.insn(ret, line_node, "setn", 2)
                    self.insn(ret, line_node, "pop")
            for i, p in enumerate(post):
                self.insn(ret, line_node, "dup")
                self.insn(ret, line_node, "putobject", len(pre) + i)
                if use_rest_num:
                    self.insn(ret, line_node, "topn", 3)
                    self.send(ret, line_node, "+", 1)
                self.send(ret, line_node, "[]", 1)
                self.pattern_match(ret, p, match_failed, single, alt, base_index + 1, False)
            self.insn(ret, line_node, "pop")
            if use_rest_num:
                self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", matched)
            self.insn(ret, line_node, "putnil")
            if use_rest_num:
                self.insn(ret, line_node, "putnil")
            self._type_error(ret, line_node, type_error, "deconstruct must return Array")
            self.label(ret, match_failed)
            self.insn(ret, line_node, "pop")
            if use_rest_num:
                self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", unmatched)
        elif t == "NODE_FNDPTN":
            args = _items(node.args)
            args_num = len(args)
            match_failed = self.new_label()
            type_error = self.new_label()
            deconstruct = self.new_label()
            deconstructed = self.new_label()
            self.pattern_constant(ret, node, match_failed, single, base_index)
            self.array_deconstruct(ret, node, deconstruct, deconstructed, match_failed,
                                   type_error, single, base_index, use_cache)
            self.insn(ret, line_node, "dup")
            self.send(ret, line_node, "length", 0)
            self.insn(ret, line_node, "putobject", args_num)
            self.send(ret, line_node, ">=", 1)
            if single:
                self.set_length_errmsg(ret, node, "%p length mismatch (given %p, expected %p+)",
                                       args_num, base_index + 1)
            self.insn(ret, line_node, "branchunless", match_failed)
            while_begin = self.new_label()
            next_loop = self.new_label()
            find_succeeded = self.new_label()
            find_failed = self.new_label()
            self.insn(ret, line_node, "dup")
            self.send(ret, line_node, "length", 0)
            self.insn(ret, line_node, "dup")
            self.insn(ret, line_node, "putobject", args_num)
            self.send(ret, line_node, "-", 1)
            self.insn(ret, line_node, "putobject", 0)
            self.label(ret, while_begin)
            self.insn(ret, line_node, "dup")
            self.insn(ret, line_node, "topn", 2)
            self.send(ret, line_node, "<=", 1)
            self.insn(ret, line_node, "branchunless", find_failed)
            for j, a in enumerate(args):
                self.insn(ret, line_node, "topn", 3)
                self.insn(ret, line_node, "topn", 1)
                if j != 0:
                    self.insn(ret, line_node, "putobject", j)
                    self.send(ret, line_node, "+", 1)
                self.send(ret, line_node, "[]", 1)
                self.pattern_match(ret, a, next_loop, single, alt, base_index + 4, False)
            if _named_rest(node.pre_rest_arg):
                self.insn(ret, line_node, "topn", 3)
                self.insn(ret, line_node, "putobject", 0)
                self.insn(ret, line_node, "topn", 2)
                self.send(ret, line_node, "[]", 2)
                self.pattern_match(ret, node.pre_rest_arg, find_failed, single, alt,
                                   base_index + 4, False)
            if _named_rest(node.post_rest_arg):
                self.insn(ret, line_node, "topn", 3)
                self.insn(ret, line_node, "topn", 1)
                self.insn(ret, line_node, "putobject", args_num)
                self.send(ret, line_node, "+", 1)
                self.insn(ret, line_node, "topn", 3)
                self.send(ret, line_node, "[]", 2)
                self.pattern_match(ret, node.post_rest_arg, find_failed, single, alt,
                                   base_index + 4, False)
            self.insn(ret, line_node, "jump", find_succeeded)
            self.label(ret, next_loop)
            self.insn(ret, line_node, "putobject", 1)
            self.send(ret, line_node, "+", 1)
            self.insn(ret, line_node, "jump", while_begin)
            self.label(ret, find_failed)
            self.insn(ret, line_node, "adjuststack", 3)
            if single:
                self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                self.insn(ret, line_node, "putobject",
                          string_value("%p does not match to find pattern"))
                self.insn(ret, line_node, "topn", 2)
                self.send(ret, line_node, "core#sprintf", 2)
                self.insn(ret, line_node, "setn", base_index + BI_ERROR_STRING + 1)
                self.insn(ret, line_node, "putobject", False)
                self.insn(ret, line_node, "setn", base_index + BI_KEY_ERROR_P + 2)
                self.insn(ret, line_node, "pop")
                self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", match_failed)
            self.insn(ret, line_node, "dupn", 3)
            self.label(ret, find_succeeded)
            self.insn(ret, line_node, "adjuststack", 3)
            self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", matched)
            self.insn(ret, line_node, "putnil")
            self._type_error(ret, line_node, type_error, "deconstruct must return Array")
            self.label(ret, match_failed)
            self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", unmatched)
        elif t == "NODE_HSHPTN":
            self.hash_pattern(ret, node, matched, unmatched, single, alt, base_index)
        elif t in _VALUE_PATTERNS:
            self.compile(ret, node)
            if single:
                self.insn(ret, line_node, "dupn", 2)
            self.insn(ret, line_node, "checkmatch", VM_CHECKMATCH_TYPE_CASE)
            if single:
                self.set_eqq_errmsg(ret, node, base_index + 2)
            self.insn(ret, line_node, "branchif", matched)
            self.insn(ret, line_node, "jump", unmatched)
        elif t == "NODE_LASGN":
            self._alt_check(node, alt)
            self.setlocal(ret, line_node, *self.lvar_idx_level(node.vid))
            self.insn(ret, line_node, "jump", matched)
        elif t == "NODE_DASGN":
            self._alt_check(node, alt)
            idx, lv = self.dyna_var_idx(node.vid)
            self.setlocal(ret, line_node, idx, lv)
            self.insn(ret, line_node, "jump", matched)
        elif t in ("NODE_IF", "NODE_UNLESS"):
            match_failed = unmatched
            self.pattern_match(ret, node.body, unmatched, single, alt, base_index, use_cache)
            self.compile(ret, node.cond)
            if single:
                ok = self.new_label()
                self.insn(ret, line_node, "dup")
                self.insn(ret, line_node, "branchif" if t == "NODE_IF" else "branchunless", ok)
                self.insn(ret, line_node, "putobject",
                          string_value("guard clause does not return true"))
                self.insn(ret, line_node, "setn", base_index + BI_ERROR_STRING + 1)
                self.insn(ret, line_node, "putobject", False)
                self.insn(ret, line_node, "setn", base_index + BI_KEY_ERROR_P + 2)
                self.insn(ret, line_node, "pop")
                self.insn(ret, line_node, "pop")
                self.label(ret, ok)
            self.insn(ret, line_node, "branchunless" if t == "NODE_IF" else "branchif",
                      match_failed)
            self.insn(ret, line_node, "jump", matched)
        elif t == "NODE_HASH":
            match_failed = self.new_label()
            n = node.head
            self.insn(ret, line_node, "dup")
            self.pattern_match(ret, n.head, match_failed, single, alt, base_index + 1, use_cache)
            self.pattern_each(ret, n.next.head, matched, match_failed, single, alt, base_index,
                              False)
            self.insn(ret, line_node, "putnil")
            self.label(ret, match_failed)
            self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", unmatched)
        elif t == "NODE_OR":
            match_succeeded = self.new_label()
            fin = self.new_label()
            self.insn(ret, line_node, "dup")
            self.pattern_each(ret, node.first, match_succeeded, fin, single, True,
                              base_index + 1, use_cache)
            self.label(ret, match_succeeded)
            self.insn(ret, line_node, "pop")
            self.insn(ret, line_node, "jump", matched)
            self.insn(ret, line_node, "putnil")
            self.label(ret, fin)
            self.pattern_each(ret, node.second, matched, unmatched, single, True, base_index,
                              use_cache)
        else:
            raise NotImplementedError(f"pattern: {t}")

    def _alt_check(self, node, alt):
        name = node.vid
        if alt and isinstance(name, str) and name and not name.startswith("_"):
            self.error(node.nd_line, f"illegal variable in alternative pattern ({name})")

    def hash_pattern(self, ret, node, matched, unmatched, single, alt, base_index):
        line_node = node
        match_failed = self.new_label()
        type_error = self.new_label()
        keys = None
        kw_items = _items(node.pkwargs.head) if node.pkwargs is not None and node.pkwargs.head is not None else []
        if node.pkwargs is not None and node.pkwrestarg is None:
            keys = [kw_items[k].lit for k in range(0, len(kw_items), 2)]
        self.pattern_constant(ret, node, match_failed, single, base_index)
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "putobject", RSymbol("deconstruct_keys"))
        self.send(ret, line_node, "respond_to?", 1)
        if single:
            self.set_general_errmsg(ret, node, "%p does not respond to #deconstruct_keys",
                                    base_index + 1)
        self.insn(ret, line_node, "branchunless", match_failed)
        if keys is None:
            self.insn(ret, line_node, "putnil")
        else:
            self.insn(ret, line_node, "duparray", [RSymbol(k) if isinstance(k, str) else k for k in keys])
        self.send(ret, line_node, "deconstruct_keys", 1)
        self.insn(ret, line_node, "dup")
        self.insn(ret, line_node, "checktype", T_HASH)
        self.insn(ret, line_node, "branchunless", type_error)
        if node.pkwrestarg is not None:
            self.send(ret, line_node, "dup", 0)
        if node.pkwargs is not None:
            if kw_items:
                match_values = Anchor()
                for k in range(0, len(kw_items), 2):
                    key = kw_items[k].lit
                    key = RSymbol(key) if isinstance(key, str) else key
                    value_node = kw_items[k + 1]
                    self.insn(ret, line_node, "dup")
                    self.insn(ret, line_node, "putobject", key)
                    self.send(ret, line_node, "key?", 1)
                    if single:
                        ok = self.new_label()
                        self.insn(ret, line_node, "dup")
                        self.insn(ret, line_node, "branchif", ok)
                        from ..ast.literals import symbol_inspect
                        self.insn(ret, line_node, "putobject",
                                  string_value(f"key not found: {symbol_inspect(str(key))}"))
                        self.insn(ret, line_node, "setn", base_index + BI_ERROR_STRING + 2)
                        self.insn(ret, line_node, "putobject", True)
                        self.insn(ret, line_node, "setn", base_index + BI_KEY_ERROR_P + 3)
                        self.insn(ret, line_node, "topn", 3)
                        self.insn(ret, line_node, "setn", base_index + BI_KEY_ERROR_MATCHEE + 4)
                        self.insn(ret, line_node, "putobject", key)
                        self.insn(ret, line_node, "setn", base_index + BI_KEY_ERROR_KEY + 5)
                        self.insn(ret, line_node, "adjuststack", 4)
                        self.label(ret, ok)
                    self.insn(ret, line_node, "branchunless", match_failed)
                    self.insn(match_values, line_node, "dup")
                    self.insn(match_values, line_node, "putobject", key)
                    self.send(match_values, line_node,
                              "delete" if node.pkwrestarg is not None else "[]", 1)
                    self.pattern_match(match_values, value_node, match_failed, single, alt,
                                       base_index + 1, False)
                ret.append(match_values)
        else:
            self.insn(ret, line_node, "dup")
            self.send(ret, line_node, "empty?", 0)
            if single:
                self.set_general_errmsg(ret, node, "%p is not empty", base_index + 1)
            self.insn(ret, line_node, "branchunless", match_failed)
        if node.pkwrestarg is not None:
            if node.pkwrestarg is NO_REST_KEYWORD:
                self.insn(ret, line_node, "dup")
                self.send(ret, line_node, "empty?", 0)
                if single:
                    self.set_general_errmsg(ret, node, "rest of %p is not empty", base_index + 1)
                self.insn(ret, line_node, "branchunless", match_failed)
            else:
                self.insn(ret, line_node, "dup")
                self.pattern_match(ret, node.pkwrestarg, match_failed, single, alt,
                                   base_index + 1, False)
        self.insn(ret, line_node, "pop")
        self.insn(ret, line_node, "jump", matched)
        self.insn(ret, line_node, "putnil")
        self._type_error(ret, line_node, type_error, "deconstruct_keys must return Hash")
        self.label(ret, match_failed)
        self.insn(ret, line_node, "pop")
        self.insn(ret, line_node, "jump", unmatched)
