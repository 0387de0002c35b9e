"""Literals: numbers, symbols, strings, nil/true/false/self, ranges, array and hash literals
(cf. compile.c's NODE_LIT / NODE_STR cases, compile_array, compile_hash,
static_literal_node_p)."""
from __future__ import annotations

from ..ast.literals import RSymbol
from ..iseq.values import RubyHash
from .context import VM_SPECIAL_OBJECT_VMCORE
from .linklist import Anchor
from .values import lit_value, range_value, string_value


def list_items(node) -> list:
    """The heads of a NODE_LIST chain."""
    out = []
    while node is not None and node.type in ("NODE_LIST", "NODE_VALUES"):
        out.append(node.head)
        node = node.next
    return out


class LiteralCompiler:

    def c_NODE_LIT(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "putobject", lit_value(node.lit))

    def c_NODE_STR(self, ret, node, popped):
        if not popped:
            if not self.options.frozen_string_literal:
                self.insn(ret, node, "putstring", string_value(node.lit))
            else:
                self.insn(ret, node, "putobject", string_value(node.lit))

    def c_NODE_NIL(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "putnil")

    def c_NODE_TRUE(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "putobject", True)

    def c_NODE_FALSE(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "putobject", False)

    def c_NODE_SELF(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "putself")

    def c_NODE_ERRINFO(self, ret, node, popped):
        if not popped:
            c = self
            level = 0
            while c is not None and c.iseq.type != "rescue":
                if c.iseq.type == "ensure":
                    break
                c = c.parent
                level += 1
            if c is not None and c.iseq.type in ("rescue", "ensure"):
                self.getlocal(ret, node, 1, level)
            else:
                self.insn(ret, node, "putnil")

    # ---- ranges ----------------------------------------------------------------------------
    @staticmethod
    def _range_item_ok(n) -> bool:
        if n is None:
            return True
        if n.type == "NODE_LIT":
            return type(n.lit) is int
        return n.type == "NODE_NIL"

    def c_NODE_DOT2(self, ret, node, popped, excl=False):
        b, e = node.beg, node.end
        if self._range_item_ok(b) and self._range_item_ok(e):
            if not popped:
                bv = b.lit if b is not None and b.type == "NODE_LIT" else None
                ev = e.lit if e is not None and e.type == "NODE_LIT" else None
                self.insn(ret, node, "putobject", range_value(bv, ev, excl))
        else:
            self.compile(ret, b, popped)
            self.compile(ret, e, popped)
            if not popped:
                self.insn(ret, node, "newrange", 1 if excl else 0)

    def c_NODE_DOT3(self, ret, node, popped):
        self.c_NODE_DOT2(ret, node, popped, True)

    # ---- arrays ----------------------------------------------------------------------------
    def static_literal_node_p(self, node) -> bool:
        if node is None:
            return False
        t = node.type
        if t in ("NODE_LIT", "NODE_NIL", "NODE_TRUE", "NODE_FALSE"):
            return True
        if t == "NODE_STR":
            return self.options.frozen_string_literal
        return False

    def static_literal_value(self, node):
        t = node.type
        if t == "NODE_NIL":
            return None
        if t == "NODE_TRUE":
            return True
        if t == "NODE_FALSE":
            return False
        if t == "NODE_STR":
            return string_value(node.lit)
        return lit_value(node.lit)

    @staticmethod
    def keyword_node_p(node) -> bool:
        return node is not None and node.type == "NODE_HASH" and not node.brace

    def c_NODE_ZLIST(self, ret, node, popped):
        if not popped:
            self.insn(ret, node, "newarray", 0)

    def c_NODE_LIST(self, ret, node, popped):
        self.compile_array(ret, node, popped)

    def c_NODE_VALUES(self, ret, node, popped):
        items = list_items(node)
        for it in items:
            self.compile(ret, it)
        self.insn(ret, node, "newarray", len(items))
        
    def compile_array(self, ret, node, popped) -> int:
        line_node = node
        if node.type == "NODE_ZLIST":
            if not popped:
                self.insn(ret, line_node, "newarray", 0)
            return 0
        items = list_items(node)
        if popped:
            for it in items:
                self.compile(ret, it, popped)
            return 1
        max_stack_len = 0x100
        min_tmp_ary_len = 0x40
        stack_len = 0
        first_chunk = True
        i = 0
        n = len(items)

        def flush(insn_name):
            nonlocal stack_len, first_chunk
            if stack_len:
                self.insn(ret, line_node, insn_name, stack_len)
                if not first_chunk:
                    self.insn(ret, line_node, "concatarray")
                first_chunk = False
                stack_len = 0

        while i < n:
            count = 1
            if self.static_literal_node_p(items[i]):
                j = i + 1
                while j < n and self.static_literal_node_p(items[j]):
                    count += 1
                    j += 1
                if (first_chunk and stack_len == 0 and j == n) or count >= min_tmp_ary_len:
                    ary = [self.static_literal_value(items[k]) for k in range(i, i + count)]
                    i += count
                    count = 0
                    flush("newarray")
                    if first_chunk:
                        self.insn(ret, line_node, "duparray", ary)
                        first_chunk = False
                    else:
                        self.insn(ret, line_node, "putobject", ary)
                        self.insn(ret, line_node, "concatarray")
            while count:
                self.compile(ret, items[i], False)
                stack_len += 1
                if i == n - 1 and self.keyword_node_p(items[i]):
                    flush("newarraykwsplat")
                    return 1
                if stack_len >= max_stack_len:
                    flush("newarray")
                count -= 1
                i += 1
        flush("newarray")
        return 1

    def c_NODE_SPLAT(self, ret, node, popped):
        self.compile(ret, node.head)
        self.insn(ret, node, "splatarray", True)
        if popped:
            self.insn(ret, node, "pop")

    def c_NODE_ARGSCAT(self, ret, node, popped):
        if popped:
            self.compile(ret, node.head)
            self.insn(ret, node, "splatarray", False)
            self.insn(ret, node, "pop")
            self.compile(ret, node.body)
            self.insn(ret, node, "splatarray", False)
            self.insn(ret, node, "pop")
        else:
            self.compile(ret, node.head)
            self.compile(ret, node.body)
            self.insn(ret, node, "concatarray")

    def c_NODE_ARGSPUSH(self, ret, node, popped):
        if popped:
            self.compile(ret, node.head)
            self.insn(ret, node, "splatarray", False)
            self.insn(ret, node, "pop")
            self.compile(ret, node.body, popped)
        else:
            self.compile(ret, node.head)
            self.compile_array_1(ret, node.body)
            self.insn(ret, node, "concatarray")

    def compile_array_1(self, ret, node):
        if self.static_literal_node_p(node):
            self.insn(ret, node, "putobject", [self.static_literal_value(node)])
        else:
            self.compile(ret, node)
            self.insn(ret, node, "newarray", 1)

    # ---- hashes ----------------------------------------------------------------------------
    def c_NODE_HASH(self, ret, node, popped):
        self.compile_hash(ret, node, False, popped)

    def static_pair_p(self, key, val) -> bool:
        return (key is not None and self.static_literal_node_p(key)
                and self.static_literal_node_p(val))

    def compile_hash(self, ret, node, method_call_keywords: bool, popped: bool) -> int:
        line_node = node
        head = node.head
        if head is None or head.type == "NODE_ZLIST":
            if not popped:
                self.insn(ret, line_node, "newhash", 0)
            return 0
        items = list_items(head)
        if popped:
            for it in items:
                self.compile(ret, it, popped)
            return 1
        pairs = [(items[k], items[k + 1]) for k in range(0, len(items), 2)]
        max_stack_len = 0x100
        min_tmp_hash_len = 0x800
        stack_len = 0
        first_chunk = True
        anchor = Anchor()

        def flush():
            nonlocal stack_len, first_chunk, anchor
            if stack_len:
                if first_chunk:
                    ret.append(anchor)
                    self.insn(ret, line_node, "newhash", stack_len)
                else:
                    self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                    self.insn(ret, line_node, "swap")
                    ret.append(anchor)
                    self.send(ret, line_node, "core#hash_merge_ptr", stack_len + 1)
                anchor = Anchor()
                first_chunk = False
                stack_len = 0

        i = 0
        n = len(pairs)
        while i < n:
            count = 1
            if self.static_pair_p(*pairs[i]):
                j = i + 1
                while j < n and self.static_pair_p(*pairs[j]):
                    count += 1
                    j += 1
                if (first_chunk and stack_len == 0 and j == n) or count >= min_tmp_hash_len:
                    h = RubyHash()
                    for k in range(i, i + count):
                        h.append((self.static_literal_value(pairs[k][0]),
                                  self.static_literal_value(pairs[k][1])))
                    h = _dedupe(h)
                    i += count
                    count = 0
                    flush()
                    if first_chunk:
                        self.insn(ret, line_node, "duphash", h)
                        first_chunk = False
                    else:
                        self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                        self.insn(ret, line_node, "swap")
                        self.insn(ret, line_node, "putobject", h)
                        self.send(ret, line_node, "core#hash_merge_kwd", 2)
            while count:
                key, val = pairs[i]
                if key is not None:
                    self.compile(anchor, key)
                    self.compile(anchor, val)
                    stack_len += 2
                    if stack_len >= max_stack_len:
                        flush()
                else:
                    flush()
                    kw = val
                    empty_kw = ((kw.type == "NODE_LIT" and isinstance(kw.lit, (RubyHash, dict)))
                                or (kw.type == "NODE_HASH" and kw.head is None))
                    first_kw = first_chunk and stack_len == 0
                    last_kw = i == n - 1
                    only_kw = last_kw and first_kw
                    if empty_kw:
                        if only_kw and method_call_keywords:
                            self.insn(ret, kw, "putobject", RubyHash())
                        elif first_kw:
                            self.insn(ret, line_node, "newhash", 0)
                    else:
                        if only_kw and method_call_keywords:
                            self.compile(ret, kw)
                        else:
                            self.insn(ret, line_node, "putspecialobject", VM_SPECIAL_OBJECT_VMCORE)
                            if first_kw:
                                self.insn(ret, line_node, "newhash", 0)
                            else:
                                self.insn(ret, line_node, "swap")
                            self.compile(ret, kw)
                            self.send(ret, line_node, "core#hash_merge_kwd", 2)
                    first_chunk = False
                count -= 1
                i += 1
        flush()
        return 1


def _dedupe(h: RubyHash) -> RubyHash:
    """A Hash literal keeps the first position and the last value of a repeated key."""
    from .values import value_key
    order: dict = {}
    for k, v in h:
        key = value_key(k)
        if key in order:
            order[key] = (order[key][0], v)
        else:
            order[key] = (k, v)
    return RubyHash(order.values())
