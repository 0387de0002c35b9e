"""Build CRuby's NODE_* tree from our parse tree: the non-Ripper actions of parse.y.

Each `b_<rule>` method does what the parse.y action for that rule does (NEW_* node
constructors, block_append, list_append, literal_concat, new_if/cond, assignable/gettable
with the local-variable tables, new_args ...). The walk is top-down, in source order, so
local variables are declared exactly when parse.y declares them (an assignment's left side
before its right side, block parameters before the block body).
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Optional

from lark import Token, Tree

from rubyvm.ast import nodes as N
from rubyvm.ast.literals import RComplex, RRational, RRegexp, RString, RSymbol
from rubyvm.ast.nodes import InternalId, Location, Node

from .ptree import PTree
from .scope import Scope

_NUMPARAM = re.compile(r"_[1-9]\Z")


class CompileError(Exception):
    def __init__(self, msg: str, line: int, column: int = 0, width: int = 0):
        super().__init__(msg)
        self.msg = msg
        self.line = line
        self.column = column
        self.width = width


# ---------------------------------------------------------------- locations

def loc_of(x) -> Location:
    if x.__class__ is PTree:
        # Location(...), without the dataclass __init__ call (one per node)
        loc = _object_new(Location)
        loc.first_lineno = x.line
        loc.first_column = x.column
        loc.last_lineno = x.end_line
        loc.last_column = x.end_column
        return loc
    if isinstance(x, Token):
        return Location(x.line, x.column, x.end_line, x.end_column)
    if isinstance(x, Node):
        l = x.loc
        return Location(l.first_lineno, l.first_column, l.last_lineno, l.last_column)
    m = x.meta
    return Location(m.line, m.column, m.end_line, m.end_column)


def span(a, b) -> Location:
    la, lb = loc_of(a), loc_of(b)
    return Location(la.first_lineno, la.first_column, lb.last_lineno, lb.last_column)


def beg_loc(x) -> Location:
    l = loc_of(x)
    return Location(l.first_lineno, l.first_column, l.first_lineno, l.first_column)


def end_loc(x) -> Location:
    l = loc_of(x)
    return Location(l.last_lineno, l.last_column, l.last_lineno, l.last_column)


_NODE_CLASSES = N.NODE_CLASSES
_UNSET = {name: dict.fromkeys(cls._fields) for name, cls in _NODE_CLASSES.items()}
_object_new = object.__new__


def new(type_name: str, *args, loc: Location, line: Optional[int] = None, **kw) -> Node:
    """N.new(...) (cf. the NEW_* macros), without Node.__init__'s generic argument handling:
    the builder makes a node for nearly every rule it visits."""
    cls = _NODE_CLASSES[type_name]
    if kw or len(args) > len(cls._fields):
        return N.new(type_name, *args, loc=loc, line=line, **kw)
    node = _object_new(cls)
    d = node.__dict__
    fields = cls._fields
    if len(args) < len(fields):
        d.update(_UNSET[type_name])
    if args:
        d.update(zip(fields, args))
    if loc is None:
        loc = Location()
    d["loc"] = loc
    d["nd_line"] = line if line is not None else loc.first_lineno
    d["newline"] = False
    return node


def set_last(node: Node, loc: Location) -> None:
    node.loc = Location(node.loc.first_lineno, node.loc.first_column, loc.last_lineno, loc.last_column)


def set_first(node: Node, loc: Location) -> None:
    node.loc = Location(loc.first_lineno, loc.first_column, node.loc.last_lineno, node.loc.last_column)


def fixpos(node: Optional[Node], orig: Optional[Node]) -> None:
    if node is not None and orig is not None:
        node.nd_line = orig.nd_line


# ---------------------------------------------------------------- lists

def new_list(item, loc: Location) -> Node:
    return new("NODE_LIST", 1, item, None, loc=loc)


def _chain_last(head: Node) -> Node:
    node = head.chain if head.type in ("NODE_DSTR", "NODE_DXSTR", "NODE_DREGX", "NODE_DSYM") else head
    if node is None:
        return head
    while node.next is not None:
        node = node.next
    return node


def list_append(lst: Optional[Node], item: Node) -> Node:
    if lst is None:
        return new_list(item, item.loc)
    last = _chain_last(lst)
    link = new_list(item, item.loc)
    if last is lst and lst.type != "NODE_LIST":
        lst.chain = link
    else:
        last.next = link
    lst.alen = (lst.alen or 0) + 1
    set_last(lst, item.loc)
    return lst


def list_concat(head: Node, tail: Node) -> Node:
    last = _chain_last(head)
    if last is head and head.type != "NODE_LIST":
        head.chain = tail
    else:
        last.next = tail
    head.alen = (head.alen or 0) + (tail.alen or 0)
    set_last(head, tail.loc)
    return head


def list_items(lst: Optional[Node]) -> list:
    out = []
    while lst is not None:
        out.append(lst.head)
        lst = lst.next
    return out


def splat_array(node: Node) -> Optional[Node]:
    if node.type == "NODE_SPLAT":
        node = node.head
    if node is not None and node.type == "NODE_LIST":
        return node
    return None


def arg_append(node1: Optional[Node], node2: Node, loc: Location) -> Node:
    if node1 is None:
        return new_list(node2, node2.loc)
    t = node1.type
    if t == "NODE_LIST":
        return list_append(node1, node2)
    if t == "NODE_BLOCK_PASS":
        node1.head = arg_append(node1.head, node2, loc)
        set_last(node1, node1.head.loc)
        return node1
    if t == "NODE_ARGSPUSH":
        node1.body = list_append(new_list(node1.body, node1.body.loc), node2)
        set_last(node1, node1.body.loc)
        node1.__class__ = N.NODE_ARGSCAT
        return node1
    if t == "NODE_ARGSCAT" and node1.body.type == "NODE_LIST":
        node1.body = list_append(node1.body, node2)
        set_last(node1, node1.body.loc)
        return node1
    return new("NODE_ARGSPUSH", node1, node2, loc=loc)


def arg_concat(node1: Node, node2: Optional[Node], loc: Location) -> Node:
    if node2 is None:
        return node1
    t = node1.type
    if t == "NODE_BLOCK_PASS":
        if node1.head is not None:
            node1.head = arg_concat(node1.head, node2, loc)
        else:
            node1.head = new_list(node2, loc)
        return node1
    if t == "NODE_ARGSPUSH" and node2.type == "NODE_LIST":
        node1.body = list_concat(new_list(node1.body, loc), node2)
        node1.__class__ = N.NODE_ARGSCAT
        return node1
    if t == "NODE_ARGSCAT" and node2.type == "NODE_LIST" and node1.body.type == "NODE_LIST":
        node1.body = list_concat(node1.body, node2)
        return node1
    return new("NODE_ARGSCAT", node1, node2, loc=loc)


def last_arg_append(args: Node, last: Node, loc: Location) -> Node:
    n1 = splat_array(args)
    if n1 is not None:
        return list_append(n1, last)
    return arg_append(args, last, loc)


def rest_arg_append(args: Node, rest: Node, loc: Location) -> Node:
    if rest.type == "NODE_LIST":
        n1 = splat_array(args)
        if n1 is not None:
            return list_concat(n1, rest)
    return arg_concat(args, rest, loc)


def arg_blk_pass(node1: Optional[Node], node2: Optional[Node]) -> Optional[Node]:
    if node2 is not None:
        if node1 is None:
            return node2
        node2.head = node1
        set_first(node2, node1.loc)
        return node2
    return node1


# ---------------------------------------------------------------- statements

_LITERAL_STMT = {"NODE_LIT", "NODE_STR", "NODE_SELF", "NODE_TRUE", "NODE_FALSE", "NODE_NIL"}


def remove_begin(node: Optional[Node]) -> Optional[Node]:
    while node is not None and node.type == "NODE_BEGIN" and node.body is not None:
        node = node.body
    return node


def newline_node(node: Optional[Node]) -> Optional[Node]:
    if node is not None:
        node = remove_begin(node)
        node.newline = True
    return node


def block_append(head: Optional[Node], tail: Optional[Node]) -> Optional[Node]:
    if tail is None:
        return head
    if head is None:
        return tail
    if head.type in _LITERAL_STMT:
        return tail                 # "unused literal ignored"
    if head.type != "NODE_BLOCK":
        h = new("NODE_BLOCK", head, None, loc=Location(**vars(head.loc)))
        h.end = h
        head = h
    end = head.end
    if tail.type != "NODE_BLOCK":
        t = new("NODE_BLOCK", tail, None, loc=Location(**vars(tail.loc)))
        t.end = t
        tail = t
    end.next = tail
    head.end = tail.end
    set_last(head, tail.loc)
    return head


class _Ref:
    """A place holding a node (parse.y's NODE **): an attribute of a node, or a box."""
    def __init__(self, obj, attr):
        self.obj, self.attr = obj, attr

    def get(self):
        return getattr(self.obj, self.attr)

    def set(self, v):
        setattr(self.obj, self.attr, v)


class _Box:
    def __init__(self, v):
        self.v = v


def reduce_nodes(body: Optional[Node]) -> Optional[Node]:
    """parse.y's reduce_nodes: drop a method body's useless tail (a final `return x` is x,
    a final nil or empty begin is nothing)."""
    if body is None:
        return new("NODE_NIL", loc=Location())
    box = _Box(body)
    ref = _Ref(box, "v")
    node = ref.get()

    def subnodes(n1, n2):
        nonlocal ref
        a, b = getattr(node, n1), getattr(node, n2)
        if a is None:
            if b is not None:
                ref = _Ref(node, n2)
                return True
            return False
        if b is None:
            ref = _Ref(node, n1)
            return True
        ref_inner = _Box(a)
        setattr(node, n1, _reduce_into(a))
        ref = _Ref(node, n2)
        return True

    while node is not None:
        newline = node.newline
        t = node.type
        if t == "NODE_NIL":
            ref.set(None)
            break
        if t in ("NODE_RETURN", "NODE_BEGIN"):
            node = node.stts if t == "NODE_RETURN" else node.body
            ref.set(node)
            if newline and node is not None:
                node.newline = True
            continue
        if t == "NODE_BLOCK":
            ref = _Ref(node.end, "head")
        elif t in ("NODE_IF", "NODE_UNLESS"):
            if not subnodes("body", "else_"):
                break
        elif t == "NODE_CASE":
            ref = _Ref(node, "body")
        elif t == "NODE_WHEN":
            if not subnodes("body", "next"):
                ref.set(None)
                break
        elif t == "NODE_ENSURE":
            if not subnodes("head", "_none"):
                ref.set(None)
                break
        elif t == "NODE_RESCUE":
            if node.else_ is not None:
                ref = _Ref(node, "resq")
            elif not subnodes("head", "resq"):
                ref.set(None)
                break
        else:
            break
        node = ref.get()
        if newline and node is not None:
            node.newline = True
    return box.v


def _reduce_into(n):
    return reduce_nodes(n) if n is not None else None


def set_line_body(body: Optional[Node], line: int) -> None:
    if body is not None and body.type in ("NODE_RESCUE", "NODE_ENSURE"):
        body.nd_line = line


# ---------------------------------------------------------------- the builder

class Builder:
    def __init__(self, filename: str = "-", ripper_errors: bool = False, locals=None) -> None:
        self.filename = filename
        self.outer_locals = [n for n in locals or () if isinstance(n, str)]   # eval's binding
        self.scope: Optional[Scope] = None
        self.begin_blocks: Optional[Node] = None     # BEGIN { } bodies (eval_tree_begin)
        self.in_def = 0
        self.errors: list[CompileError] = []

    def error(self, msg: str, at) -> None:
        l = loc_of(at)
        width = l.last_column - l.first_column if l.last_lineno == l.first_lineno else 0
        self.errors.append(CompileError(msg, l.first_lineno, l.first_column, width))

    def error_span(self, msg: str, a, b) -> None:
        l = span(a, b)
        width = l.last_column - l.first_column if l.last_lineno == l.first_lineno else 0
        self.errors.append(CompileError(msg, l.first_lineno, l.first_column, width))

    # ---- dispatch: b_<rule> for a tree, t_<TERMINAL> for a token (table in _handlers)
    def visit(self, t):
        if t is None:
            return None
        h = self._rules.get(t.data) if t.__class__ is PTree else None
        if h is not None:
            return h(self, t)
        if isinstance(t, Token):
            h = self._tokens.get(t.type)
            if h is None:
                raise NotImplementedError(f"builder: token {t.type}")
            return h(self, t)
        h = self._rules.get(t.data)
        if h is None:
            if len(t.children) == 1:
                return self.visit(t.children[0])
            raise NotImplementedError(f"builder: no handler for {t.data}")
        return h(self, t)

    def kids(self, t: Tree) -> list:
        return t.children

    # ---- scopes and variables (cf. local_push, dyna_push, assignable, gettable)
    def push_scope(self, kind: str) -> Scope:
        self.scope = Scope(kind, self.scope)
        return self.scope

    def pop_scope(self) -> Scope:
        s = self.scope
        self.scope = s.parent
        return s

    def gettable(self, tok: Token, loc: Location) -> Node:
        name = str(tok.rtok.text)
        typ = tok.type
        if typ == "IDENTIFIER":
            kind = self.scope.lookup(name)
            if kind == "dvar":
                return new("NODE_DVAR", name, loc=loc)
            if kind == "lvar":
                return new("NODE_LVAR", name, loc=loc)
            if _NUMPARAM.match(name) and self.scope.numparam_ok():
                self.scope.use_numparam(int(name[1]))
                return new("NODE_DVAR", name, loc=loc)
            return new("NODE_VCALL", name, loc=loc)
        if typ == "IVAR":
            return new("NODE_IVAR", name, loc=loc)
        if typ == "GVAR":
            return new("NODE_GVAR", name, loc=loc)
        if typ == "CVAR":
            return new("NODE_CVAR", name, loc=loc)
        if typ == "CONSTANT":
            return new("NODE_CONST", name, loc=loc)
        if typ == "K_SELF":
            return new("NODE_SELF", loc=loc)
        if typ == "K_NIL":
            return new("NODE_NIL", loc=loc)
        if typ == "K_TRUE":
            return new("NODE_TRUE", loc=loc)
        if typ == "K_FALSE":
            return new("NODE_FALSE", loc=loc)
        if typ == "K__FILE__":
            return new("NODE_STR", RString(self.filename), loc=loc)
        if typ == "K__LINE__":
            return new("NODE_LIT", tok.line, loc=loc)
        if typ == "K__ENCODING__":
            return new("NODE_LIT", _Encoding("UTF-8"), loc=loc)
        raise NotImplementedError(typ)

    def assignable(self, tok: Token, value, loc: Location) -> Optional[Node]:
        name = str(tok.rtok.text)
        typ = tok.type
        if typ == "IDENTIFIER":
            return self.assign_local(name, value, loc)
        if typ == "IVAR":
            return new("NODE_IASGN", name, value, loc=loc)
        if typ == "GVAR":
            return new("NODE_GASGN", name, value, loc=loc)
        if typ == "CVAR":
            return new("NODE_CVASGN", name, value, loc=loc)
        if typ == "CONSTANT":
            if self.in_def:
                self.error("dynamic constant assignment", tok)
            return new("NODE_CDECL", name, None, value, loc=loc)
        self.error(f"Can't assign to {tok.rtok.text}", tok)
        return new("NODE_BEGIN", None, loc=loc)

    def assign_local(self, name, value, loc: Location) -> Node:
        s = self.scope
        if s.in_block():
            kind = s.lookup(name)
            if kind == "dvar":
                return new("NODE_DASGN", name, value, loc=loc)
            if kind == "lvar":
                return new("NODE_LASGN", name, value, loc=loc)
            s.declare(name)
            return new("NODE_DASGN", name, value, loc=loc)
        if s.lookup(name) is None:
            s.declare(name)
        return new("NODE_LASGN", name, value, loc=loc)

    # ================================================================ program
    def b_start(self, t):
        return self.visit(t.children[0])

    def b_program(self, t):
        self.push_scope("top").vars.extend(self.outer_locals)
        body = self.visit(t.children[0])
        if self.begin_blocks is not None:
            body = block_append(self.begin_blocks, body)
        scope = self.pop_scope()
        m = t.children[0].meta
        loc = Location(1, 0, m.end_line, m.end_column) if not getattr(m, "empty", False) else Location(1, 0, 1, 0)
        return new("NODE_SCOPE", scope.table()[len(self.outer_locals):], None, body, loc=loc)

    def b_top_compstmt(self, t):
        return self.visit(t.children[0])

    b_compstmt = b_top_compstmt

    def b_stmts_void(self, t):
        return new("NODE_BEGIN", None, loc=loc_of(t))

    def b_stmts_one(self, t):
        return newline_node(self.visit(t.children[0]))

    # ---- after syntax errors: parse.y's `stmts: error stmt`. Only the messages matter
    # then; parse.y reported the errors of what bison popped to recover when it reduced it.
    def b_stmts_error(self, t):
        self.salvage(t.children[0].popped)
        return newline_node(self.visit(t.children[1]))

    def salvage(self, values) -> None:
        """Check what a failed parse had reduced (the stack, or what error recovery popped)."""
        if self.scope is None:
            self.push_scope("top")
        values = list(values)
        for i, v in enumerate(values):
            if isinstance(v, Token):
                if v.type == "ERROR":
                    self.salvage(getattr(v, "popped", ()))
                continue
            data = getattr(v, "data", None)
            if data in ("defn_head", "defs_head"):
                # def_name sets p->ctxt.in_def; only the def rule's end resets it, so after
                # an abandoned def it stays set
                self.in_def += 1
                continue
            nxt = values[i + 1:i + 3]
            if data == "k_class" and len(nxt) == 2 and not isinstance(nxt[0], Token) \
                    and getattr(nxt[1], "data", None) in ("superclass", "none"):
                # the mid-rule action after `class cpath superclass`
                if self.in_def:
                    self.error_span("class definition in method body", v, nxt[0])
                continue
            if data == "k_module" and nxt and not isinstance(nxt[0], Token):
                if self.in_def:
                    self.error_span("module definition in method body", v, nxt[0])
                continue
            try:
                self.visit(v)
            except Exception:       # noqa: BLE001 -- a fragment out of its context
                pass

    def b_stmts_add(self, t):
        # `stmts terms stmt` is left-recursive: walk the spine without recursing
        spine = []
        while isinstance(t, Tree) and t.data == "stmts_add":
            spine.append(t.children[2])
            t = t.children[0]
        node = self.visit(t)
        for stmt in reversed(spine):
            node = block_append(node, newline_node(self.visit(stmt)))
        return node

    def b_begin_stmt(self, t):
        # BEGIN { ... } is hoisted to the start of the program (eval_tree_begin)
        blk = t.children[1]
        body = self.visit(blk.children[1])
        self.begin_blocks = block_append(self.begin_blocks, new("NODE_BEGIN", body, loc=loc_of(blk)))
        return new("NODE_BEGIN", None, loc=loc_of(blk))

    def b_end_stmt(self, t):
        self.push_scope("block")
        body = self.visit(t.children[2])
        s = self.pop_scope()
        scope = new("NODE_SCOPE", s.table(), None, body, loc=loc_of(t))
        return new("NODE_POSTEXE", scope, loc=loc_of(t))

    def b_bodystmt(self, t):
        c = t.children
        head = self.visit(c[0])
        rescue = self.visit(c[1])
        if len(c) == 5:
            rescue_else = self.visit(c[3])
            ensure = self.visit(c[4])
        else:
            rescue_else = None
            ensure = self.visit(c[2])
        return self.new_bodystmt(head, rescue, rescue_else, ensure, loc_of(t))

    def new_bodystmt(self, head, rescue, rescue_else, ensure, loc):
        result = head
        if rescue is not None:
            tmp = rescue_else if rescue_else is not None else rescue
            rloc = Location(head.loc.first_lineno, head.loc.first_column,
                            tmp.loc.last_lineno, tmp.loc.last_column) if head is not None else loc
            result = new("NODE_RESCUE", head, rescue, rescue_else, loc=rloc, line=rescue.loc.first_lineno)
        elif rescue_else is not None:
            result = block_append(result, rescue_else)
        if ensure is not None:
            result = new("NODE_ENSURE", result, ensure, loc=loc)
        fixpos(result, head)
        return result

    def b_none(self, t):
        return None

    # ---- modifiers
    def b_if_mod(self, t):
        c = t.children
        body = remove_begin(self.visit(c[0]))
        cond = self.visit(c[2])
        n = self.new_if(cond, body, None, loc_of(t))
        fixpos(n, cond)
        return n

    def b_unless_mod(self, t):
        c = t.children
        body = remove_begin(self.visit(c[0]))
        cond = self.visit(c[2])
        n = self.new_unless(cond, body, None, loc_of(t))
        fixpos(n, cond)
        return n

    def _loop_mod(self, t, typ):
        c = t.children
        body = self.visit(c[0])
        cond = self.cond(self.visit(c[2]))
        if body is not None and body.type == "NODE_BEGIN":
            return new(typ, 0, cond, body.body, loc=loc_of(t))
        return new(typ, 1, cond, body, loc=loc_of(t))

    def b_while_mod(self, t):
        return self._loop_mod(t, "NODE_WHILE")

    def b_until_mod(self, t):
        return self._loop_mod(t, "NODE_UNTIL")

    def b_rescue_mod(self, t):
        c = t.children
        body = remove_begin(self.visit(c[0]))
        resc = remove_begin(self.visit(c[2]))
        resbody = new("NODE_RESBODY", None, resc, None, loc=span(c[1], c[2]))
        return new("NODE_RESCUE", body, resbody, None, loc=loc_of(t))

    def new_if(self, cond, left, right, loc):
        if cond is None:
            return right
        cond = self.cond(cond)
        return newline_node(new("NODE_IF", cond, left, right, loc=loc))

    def new_unless(self, cond, left, right, loc):
        if cond is None:
            return right
        cond = self.cond(cond)
        return newline_node(new("NODE_UNLESS", cond, left, right, loc=loc))

    # cf. cond0
    def cond(self, node, in_op: bool = False):
        if node is None:
            return None
        n = node.body if node.type == "NODE_ONCE" else node
        t = n.type
        if t == "NODE_DREGX":
            return new("NODE_MATCH2", n, new("NODE_GVAR", "$_", loc=node.loc), None, loc=node.loc)
        if t in ("NODE_AND", "NODE_OR"):
            n.first = self.cond(n.first)
            n.second = self.cond(n.second)
            return n
        if t in ("NODE_DOT2", "NODE_DOT3"):
            n.beg = self.range_op(n.beg)
            n.end = self.range_op(n.end)
            n.__class__ = N.NODE_FLIP2 if t == "NODE_DOT2" else N.NODE_FLIP3
            return n
        if t == "NODE_LIT" and isinstance(n.lit, RRegexp):
            n.__class__ = N.NODE_MATCH
            return n
        return node

    def range_op(self, node):
        if node is None:
            return None
        if node.type == "NODE_LIT" and type(node.lit) is int:
            gv = new("NODE_GVAR", "$.", loc=node.loc)
            return new("NODE_CALL", "==", node, new_list(gv, node.loc), loc=node.loc)
        return self.cond(node)

    # ---- alias / undef
    def b_alias(self, t):
        c = t.children
        return new("NODE_ALIAS", self.visit(c[1]), self.visit(c[2]), loc=loc_of(t))

    def b_symbol_literal(self, t):
        tok = t.children[0]
        return new("NODE_LIT", RSymbol(self.fname(tok)), loc=loc_of(t))

    def b_fitem(self, t):
        return self.visit(t.children[0])

    def fname(self, x) -> str:
        while isinstance(x, Tree):
            x = x.children[0]
        return str(x.rtok.text)

    def b_var_alias(self, t):
        c = t.children
        return new("NODE_VALIAS", c[1].rtok.text, c[2].rtok.text, loc=loc_of(t))

    b_var_alias_error = b_var_alias

    def b_undef(self, t):
        items = self.undef_items(t.children[1])
        node = None
        for it in items:
            node = block_append(node, new("NODE_UNDEF", it, loc=it.loc))
        return node

    def undef_items(self, t):
        if t.data == "undef_list" and len(t.children) == 3:
            return self.undef_items(t.children[0]) + [self.visit(t.children[2])]
        return [self.visit(t.children[0])]

    # ================================================================ assignment
    def lhs(self, t, value=None):
        """mlhs_node / lhs: the assignment node with no value yet (cf. assignable, aryset,
        attrset, const_decl)."""
        d = t.data if isinstance(t, Tree) else None
        loc = loc_of(t)
        if d == "var_field":
            tok = t.children[0]
            while isinstance(tok, Tree):
                tok = tok.children[0]
            return self.assignable(tok, value, loc)
        if d == "aref_field":
            recv = self.visit(t.children[0])
            args = self.visit(t.children[2])
            return new("NODE_ATTRASGN", recv, "[]=", args, loc=loc)
        if d == "field":
            recv = self.visit(t.children[0])
            op = t.children[1]
            name = str(t.children[2].rtok.text)
            if isinstance(op, Tree):
                op = op.children[0]
            if op.type == "COLON2" and t.children[2].type == "CONSTANT":
                pass
            mid = name if op.type == "ANDDOT" else name + "="
            return new("NODE_ATTRASGN", recv, mid, None, loc=loc)
        if d == "const_path_field":
            recv = self.visit(t.children[0])
            if self.in_def:
                self.error("dynamic constant assignment", t)
            c2 = new("NODE_COLON2", str(t.children[2].rtok.text), recv, loc=loc)
            return new("NODE_CDECL", None, c2, None, loc=loc)
        if d == "top_const_field":
            if self.in_def:
                self.error("dynamic constant assignment", t)
            c3 = new("NODE_COLON3", str(t.children[1].rtok.text), loc=loc)
            return new("NODE_CDECL", None, c3, None, loc=loc)
        if d == "var_field_backref":
            self.error("Can't set variable", t)
            return new("NODE_BEGIN", None, loc=loc)
        if d == "var_lhs":
            return self.assignable(_tok(t.children[0]), value, loc)
        raise NotImplementedError(f"lhs {d}")

    def node_assign(self, lhs: Node, rhs: Node, loc: Location) -> Node:
        if lhs is None:
            return None
        t = lhs.type
        if t in ("NODE_LASGN", "NODE_DASGN", "NODE_GASGN", "NODE_IASGN", "NODE_CVASGN",
                 "NODE_CDECL", "NODE_MASGN"):
            lhs.value = rhs
            lhs.loc = loc
        elif t == "NODE_ATTRASGN":
            lhs.args = arg_append(lhs.args, rhs, loc)
            lhs.loc = loc
        return lhs

    def b_assign(self, t):
        c = t.children
        lhs = self.lhs(c[0])
        rhs = self.visit(c[2])
        return self.node_assign(lhs, rhs, loc_of(t))

    def b_assign_mrhs(self, t):
        c = t.children
        lhs = self.lhs(c[0])
        rhs = self.visit(c[2])
        return self.node_assign(lhs, rhs, loc_of(t))

    def b_massign(self, t):
        c = t.children
        lhs = self.visit(c[0])
        rhs = self.visit(c[2])
        if isinstance(c[2], Tree) and c[2].data == "rescue_mod" and rhs is not None:
            rhs.loc = loc_of(t)       # `mlhs = mrhs_arg rescue stmt`: NEW_RESCUE(..., &@$)
        return self.node_assign(lhs, rhs, loc_of(t))

    def _gettable_from_lhs(self, lhs: Node, loc: Location) -> Node:
        t = lhs.type
        name = lhs.vid
        if t == "NODE_LASGN":
            return new("NODE_LVAR", name, loc=loc)
        if t == "NODE_DASGN":
            return new("NODE_DVAR", name, loc=loc)
        if t == "NODE_IASGN":
            return new("NODE_IVAR", name, loc=loc)
        if t == "NODE_GASGN":
            return new("NODE_GVAR", name, loc=loc)
        if t == "NODE_CVASGN":
            return new("NODE_CVAR", name, loc=loc)
        if t == "NODE_CDECL":
            return new("NODE_CONST", name, loc=loc)
        raise NotImplementedError(t)

    def b_opassign(self, t):
        c = t.children
        lhs = self.lhs(c[0])
        op = c[1].rtok.value or str(c[1].rtok.text)[:-1]
        rhs = self.visit(c[2])
        return self.new_op_assign(lhs, op, rhs, loc_of(t))

    def new_op_assign(self, lhs, op, rhs, loc):
        if lhs is None or lhs.type == "NODE_BEGIN":
            return lhs
        lhs_loc = lhs.loc
        if op == "||":
            lhs.value = rhs
            lhs.loc = loc
            return new("NODE_OP_ASGN_OR", self._gettable_from_lhs(lhs, lhs_loc), lhs, loc=loc)
        if op == "&&":
            lhs.value = rhs
            lhs.loc = loc
            return new("NODE_OP_ASGN_AND", self._gettable_from_lhs(lhs, lhs_loc), lhs, loc=loc)
        call = new("NODE_CALL", op, self._gettable_from_lhs(lhs, lhs_loc), new_list(rhs, rhs.loc), loc=loc)
        lhs.value = call
        lhs.loc = loc
        return lhs

    def b_opassign_aref(self, t):
        c = t.children
        recv = self.visit(c[0])
        args = self.visit(c[2])
        op = c[4].rtok.value or str(c[4].rtok.text)[:-1]
        rhs = self.visit(c[5])
        if args is None:
            args = new("NODE_ZLIST", loc=span(c[1], c[3]) if False else _between(c[1], c[3]))
        return new("NODE_OP_ASGN1", recv, op, args, rhs, loc=loc_of(t))

    def b_opassign_field(self, t):
        c = t.children
        recv = self.visit(c[0])
        opt = c[1].children[0] if isinstance(c[1], Tree) else c[1]
        attr = str(c[2].rtok.text)
        op = c[3].rtok.value or str(c[3].rtok.text)[:-1]
        rhs = self.visit(c[4])
        n = new("NODE_OP_ASGN2", recv, attr, op, rhs, loc=loc_of(t))
        n.safe = opt.type == "ANDDOT"
        return n

    def b_opassign_const_path(self, t):
        c = t.children
        recv = self.visit(c[0])
        c2 = new("NODE_COLON2", str(c[2].rtok.text), recv, loc=span(c[0], c[2]))
        op = c[3].rtok.value or str(c[3].rtok.text)[:-1]
        rhs = self.visit(c[4])
        return new("NODE_OP_CDECL", c2, op, rhs, loc=loc_of(t))

    def b_opassign_top_const(self, t):
        c = t.children
        c3 = new("NODE_COLON3", str(c[1].rtok.text), loc=span(c[0], c[1]))
        op = c[2].rtok.value or str(c[2].rtok.text)[:-1]
        rhs = self.visit(c[3])
        return new("NODE_OP_CDECL", c3, op, rhs, loc=loc_of(t))

    def b_opassign_backref(self, t):
        self.error("Can't set variable", t)
        return new("NODE_BEGIN", None, loc=loc_of(t))

    # ---- mlhs
    def b_mlhs_paren(self, t):
        return self.visit(t.children[1])

    def b_mlhs_paren_inner(self, t):
        inner = self.visit(t.children[1])
        return new("NODE_MASGN", None, new_list(inner, loc_of(t)), None, loc=loc_of(t))

    def mlhs_item(self, x):
        if isinstance(x, Tree) and x.data in ("mlhs_paren", "mlhs_paren_inner", "mlhs_basic"):
            return self.visit(x)
        return self.lhs(x)

    def b_mlhs_head(self, t):
        c = t.children
        if len(c) == 2:
            item = self.mlhs_item(c[0])
            return new_list(item, loc_of(c[0]))
        lst = self.visit(c[0])
        return list_append(lst, self.mlhs_item(c[1]))

    def b_mlhs_post(self, t):
        c = t.children
        if len(c) == 1:
            item = self.mlhs_item(c[0])
            return new_list(item, loc_of(t))
        lst = self.visit(c[0])
        return list_append(lst, self.mlhs_item(c[2]))

    def b_mlhs_basic(self, t):
        c = t.children
        loc = loc_of(t)
        i = 0
        head = None
        if not (isinstance(c[0], Token) and c[0].type == "STAR"):
            head = self.visit(c[0])
            i = 1
            if i == len(c):
                return new("NODE_MASGN", None, head, None, loc=loc)
            if not (isinstance(c[i], Token) and c[i].type == "STAR"):
                head = list_append(head, self.mlhs_item(c[i]))
                return new("NODE_MASGN", None, head, None, loc=loc)
        # c[i] is STAR
        i += 1
        rest = N.NO_NAME_REST
        if i < len(c) and not (isinstance(c[i], Token) and c[i].type == "COMMA"):
            rest = self.lhs(c[i])
            i += 1
        if i < len(c):
            post = self.visit(c[i + 1])
            rest = new("NODE_POSTARG", rest, post, loc=loc)
        return new("NODE_MASGN", None, head, rest, loc=loc)

    # ================================================================ expressions
    def b_and_expr(self, t):
        c = t.children
        return self.logop("NODE_AND", self.visit(c[0]), self.visit(c[2]), c[1], loc_of(t))

    def b_or_expr(self, t):
        c = t.children
        return self.logop("NODE_OR", self.visit(c[0]), self.visit(c[2]), c[1], loc_of(t))

    def logop(self, typ, left, right, op_tok, loc):
        line = op_tok.line
        if left is not None and left.type == typ:
            node = left
            while node.second is not None and node.second.type == typ:
                node = node.second
            node.second = new(typ, node.second, right, loc=loc, line=line)
            set_last(left, loc)
            return left
        return new(typ, left, right, loc=loc, line=line)

    def call_uni_op(self, recv, op, op_tok, loc):
        return new("NODE_OPCALL", op, recv, None, loc=loc, line=op_tok.line)

    def method_cond(self, node):
        return self.cond(node, in_op=True)

    def b_not_expr(self, t):
        c = t.children
        return self.call_uni_op(self.method_cond(self.visit(c[2])), "!", c[0], loc_of(t))

    def b_bang_command(self, t):
        c = t.children
        return self.call_uni_op(self.method_cond(self.visit(c[1])), "!", c[0], loc_of(t))

    def b_not_paren(self, t):
        c = t.children
        return self.call_uni_op(self.method_cond(self.visit(c[2])), "!", c[0], loc_of(t))

    def b_not_paren_empty(self, t):
        c = t.children
        nil = new("NODE_NIL", loc=loc_of(c[1]))
        return self.call_uni_op(self.method_cond(nil), "!", c[0], loc_of(t))

    def b_binary(self, t):
        c = t.children
        op = c[1]
        while isinstance(op, Tree):
            op = op.children[0]
        name = str(op.rtok.text)
        left = self.visit(c[0])
        right = self.visit(c[2])
        loc = loc_of(t)
        if op.type == "ANDOP":
            return self.logop("NODE_AND", left, right, op, loc)
        if op.type == "OROP":
            return self.logop("NODE_OR", left, right, op, loc)
        if op.type == "MATCH":
            return self.match_op(left, right, op, loc)
        return self.call_bin_op(left, name, right, op, loc)

    def call_bin_op(self, recv, op, arg, op_tok, loc):
        return new("NODE_OPCALL", op, recv, new_list(arg, arg.loc), loc=loc, line=op_tok.line)

    def match_op(self, node1, node2, op_tok, loc):
        line = op_tok.line
        n = node1.body if node1.type == "NODE_ONCE" else node1
        if n.type == "NODE_DREGX":
            return new("NODE_MATCH2", node1, node2, None, loc=loc, line=line)
        if n.type == "NODE_LIT" and isinstance(n.lit, RRegexp):
            m = new("NODE_MATCH2", node1, node2, None, loc=loc, line=line)
            m.args = self.reg_named_capture_assign(n.lit, loc)
            return m
        n2 = node2.body if node2.type == "NODE_ONCE" else node2
        if (n2.type == "NODE_LIT" and isinstance(n2.lit, RRegexp)) or n2.type == "NODE_DREGX":
            return new("NODE_MATCH3", node2, node1, loc=loc)
        return new("NODE_CALL", "=~", node1, new_list(node2, node2.loc), loc=loc, line=line)

    def reg_named_capture_assign(self, regexp: RRegexp, loc):
        names = []
        for m in re.finditer(r"\(\?<([A-Za-z_][A-Za-z0-9_]*)>", regexp.source):
            if m.group(1) not in names:
                names.append(m.group(1))
        if not names:
            return None
        node = None
        for name in names:
            asg = self.assign_local(name, new("NODE_LIT", RSymbol(name), loc=loc), loc)
            if node is None:
                node = new("NODE_BLOCK", asg, None, loc=Location(**vars(loc)))   # always a block
                node.end = node
            else:
                node = block_append(node, asg)
        return node

    def b_unary(self, t):
        c = t.children
        op = c[0]
        operand = self.visit(c[1])
        name = {"UMINUS": "-@", "UPLUS": "+@", "BANG": "!", "TILDE": "~"}[op.type]
        if op.type == "BANG":
            operand = self.method_cond(operand)
        return self.call_uni_op(operand, name, op, loc_of(t))

    def b_uminus_num_pow(self, t):
        c = t.children
        num = self.numeric(c[1])
        right = self.visit(c[3])
        pw = self.call_bin_op(num, "**", right, c[2], loc_of(t))
        pw.nd_line = c[1].line
        return self.call_uni_op(pw, "-@", c[0], loc_of(t))

    def _range(self, typ, a, b, t):
        return new(typ, a, b, loc=loc_of(t))

    def b_dot2(self, t):
        c = t.children
        return self._range("NODE_DOT2", self.visit(c[0]), self.visit(c[2]), t)

    def b_dot3(self, t):
        c = t.children
        return self._range("NODE_DOT3", self.visit(c[0]), self.visit(c[2]), t)

    def b_dot2_endless(self, t):
        c = t.children
        return self._range("NODE_DOT2", self.visit(c[0]), new("NODE_NIL", loc=end_loc(c[1])), t)

    def b_dot3_endless(self, t):
        c = t.children
        return self._range("NODE_DOT3", self.visit(c[0]), new("NODE_NIL", loc=end_loc(c[1])), t)

    def b_dot2_beginless(self, t):
        c = t.children
        return self._range("NODE_DOT2", new("NODE_NIL", loc=beg_loc(c[0])), self.visit(c[1]), t)

    def b_dot3_beginless(self, t):
        c = t.children
        return self._range("NODE_DOT3", new("NODE_NIL", loc=beg_loc(c[0])), self.visit(c[1]), t)

    def b_ifop(self, t):
        c = t.children
        cond = self.visit(c[0])
        n = self.new_if(cond, self.visit(c[2]), self.visit(c[-1]), loc_of(t))
        fixpos(n, cond)
        return n

    def b_defined(self, t):
        expr = self.visit(t.children[-1])
        return new("NODE_DEFINED", _remove_begin_all(expr), loc=loc_of(t))

    def b_defined_paren(self, t):
        expr = self.visit(t.children[-2])
        return new("NODE_DEFINED", _remove_begin_all(expr), loc=loc_of(t))

    def b_rassign(self, t):
        return self.one_line_pattern(t, True)

    def b_in_match(self, t):
        return self.one_line_pattern(t, False)

    # ================================================================ calls
    def opname(self, x) -> str:
        while isinstance(x, Tree):
            x = x.children[0]
        return str(x.rtok.text)

    def b_fcall(self, t):
        return new("NODE_FCALL", self.opname(t.children[0]), None, loc=loc_of(t))

    def callop_type(self, x) -> str:
        while isinstance(x, Tree):
            x = x.children[0]
        return x.type

    def new_qcall(self, optype, recv, mid, args, loc, line=None):
        typ = "NODE_QCALL" if optype == "ANDDOT" else "NODE_CALL"
        return new(typ, mid, recv, args, loc=loc, line=line)

    def method_add_block(self, call, block, loc):
        block.iter = call
        block.loc = loc
        return block

    def b_method_add_arg(self, t):
        c = t.children
        f = self.visit(c[0])
        f.args = self.visit(c[1])
        set_last(f, loc_of(c[1]))
        return f

    def b_command(self, t):
        c = t.children
        f = self.visit(c[0])
        f.args = self.visit(c[1])
        set_last(f, loc_of(c[1]))
        return f

    def b_command_block(self, t):
        c = t.children
        f = self.visit(c[0])
        f.args = self.visit(c[1])
        block = self.visit(c[2])
        n = self.method_add_block(f, block, loc_of(t))
        fixpos(n, f)
        set_last(f, loc_of(c[1]))
        return n

    def new_command_qcall(self, optype, recv, mid, args, block, name_tok, loc):
        ret = self.new_qcall(optype, recv, mid, args, loc, line=name_tok.line if name_tok is not None else None)
        if block is not None:
            ret = self.method_add_block(ret, block, loc)
        fixpos(ret, recv)
        return ret

    def b_command_call(self, t):
        c = t.children
        recv = self.visit(c[0])
        return self.new_command_qcall(self.callop_type(c[1]), recv, self.opname(c[2]),
                                      self.visit(c[3]), None, _tok(c[2]), loc_of(t))

    def b_command_call_block(self, t):
        c = t.children
        recv = self.visit(c[0])
        args = self.visit(c[3])
        block = self.visit(c[4])
        return self.new_command_qcall(self.callop_type(c[1]), recv, self.opname(c[2]), args, block,
                                      _tok(c[2]), loc_of(t))

    b_block_call_command_block = b_command_call_block

    def b_cmd_brace_block(self, t):
        return self._brace_block(t, t.children[1])

    def b_super(self, t):
        args = self.visit(t.children[1])
        n = new("NODE_SUPER", args, loc=loc_of(t))
        fixpos(n, args)
        return n

    def b_yield(self, t):
        args = self.visit(t.children[1])
        n = new("NODE_YIELD", args, loc=loc_of(t))
        fixpos(n, args)
        return n

    def ret_args(self, node):
        if node is not None and node.type == "NODE_LIST":
            if node.next is None:
                return node.head
            node.__class__ = N.NODE_VALUES
        return node

    def b_return(self, t):
        return new("NODE_RETURN", self.ret_args(self.visit(t.children[1])), loc=loc_of(t))

    def b_break(self, t):
        return new("NODE_BREAK", self.ret_args(self.visit(t.children[1])), loc=loc_of(t))

    def b_next(self, t):
        return new("NODE_NEXT", self.ret_args(self.visit(t.children[1])), loc=loc_of(t))

    def b_call(self, t):
        c = t.children
        recv = self.visit(c[0])
        args = self.visit(c[3]) if len(c) > 3 else None
        name = _tok(c[2])
        return self.new_qcall(self.callop_type(c[1]), recv, self.opname(c[2]), args, loc_of(t),
                              line=name.end_line)

    def b_call_colon2_paren(self, t):
        c = t.children
        recv = self.visit(c[0])
        name = _tok(c[2])
        return self.new_qcall("COLON2", recv, self.opname(c[2]), self.visit(c[3]), loc_of(t), line=name.end_line)

    def b_call_colon2(self, t):
        c = t.children
        recv = self.visit(c[0])
        name = _tok(c[2])
        return self.new_qcall("COLON2", recv, self.opname(c[2]), None, loc_of(t), line=name.end_line)

    def b_call_dot_paren(self, t):
        c = t.children
        recv = self.visit(c[0])
        op = _tok(c[1])
        return self.new_qcall(self.callop_type(c[1]), recv, "call", self.visit(c[2]), loc_of(t), line=op.end_line)

    def b_super_paren(self, t):
        return new("NODE_SUPER", self.visit(t.children[1]), loc=loc_of(t))

    def b_zsuper(self, t):
        return new("NODE_ZSUPER", loc=loc_of(t))

    def b_aref(self, t):
        c = t.children
        recv = self.visit(c[0])
        args = self.visit(c[2])
        if recv is not None and recv.type == "NODE_SELF":
            n = new("NODE_FCALL", "[]", args, loc=loc_of(t))
        else:
            n = new("NODE_CALL", "[]", recv, args, loc=loc_of(t))
        fixpos(n, recv)
        return n

    def b_method_add_block(self, t):
        c = t.children
        call = self.visit(c[0])
        block = self.visit(c[1])
        n = self.method_add_block(call, block, loc_of(t))
        if _tok(c[1]).type == "K_DO_BLOCK":
            fixpos(n, call)      # block_call: command do_block; `method_call brace_block` keeps the block's line
        return n

    def b_fcall_block(self, t):
        c = t.children
        f = self.visit(c[0])
        block = self.visit(c[1])
        return self.method_add_block(f, block, loc_of(t))

    def b_fid_call(self, t):
        return new("NODE_FCALL", str(t.children[0].rtok.text), None, loc=loc_of(t))

    def b_block_call_call(self, t):
        c = t.children
        recv = self.visit(c[0])
        args = self.visit(c[3])
        return self.new_qcall(self.callop_type(c[1]), recv, self.opname(c[2]), args, loc_of(t),
                              line=_tok(c[2]).end_line)

    def b_block_call_call_block(self, t):
        c = t.children
        recv = self.visit(c[0])
        args = self.visit(c[3])
        block = self.visit(c[4])
        return self.new_command_qcall(self.callop_type(c[1]), recv, self.opname(c[2]), args, block,
                                      _tok(c[2]), loc_of(t))

    # ---- arguments
    def b_arg_paren(self, t):
        return self.visit(t.children[1])

    def b_arg_paren_forward(self, t):
        c = t.children
        if len(c) == 3:
            leading, fwd = None, c[1]
        else:
            leading, fwd = self.visit(c[1]), c[3]
        floc = loc_of(fwd)
        splat = new("NODE_SPLAT", new("NODE_LVAR", "*", loc=floc), loc=floc)
        args = arg_concat(leading, splat, loc_of(t)) if leading is not None else splat
        block = new("NODE_BLOCK_PASS", None, new("NODE_LVAR", "&", loc=floc), loc=floc)
        return arg_blk_pass(args, block)

    def b_no_args(self, t):
        return None

    def b_opt_call_args(self, t):
        return self.visit(t.children[0])

    def b_args_trailing(self, t):
        return self.visit(t.children[0])

    def b_args_assocs_trailing(self, t):
        c = t.children
        args = self.visit(c[0])
        h = self.new_hash(self.visit(c[2]), loc_of(c[2]))
        return arg_append(args, h, loc_of(t)) if h.head is not None else args

    def b_assocs_trailing(self, t):
        c = t.children
        h = self.new_hash(self.visit(c[0]), loc_of(c[0]))
        return new_list(h, loc_of(c[0]))

    def b_call_args_command(self, t):
        return new_list(self.visit(t.children[0]), loc_of(t))

    def b_call_args(self, t):
        c = t.children
        return arg_blk_pass(self.visit(c[0]), self.visit(c[1]))

    def b_call_args_assocs(self, t):
        c = t.children
        assocs = self.visit(c[0])
        args = new_list(self.new_hash(assocs, loc_of(c[0])), loc_of(c[0])) if assocs is not None else None
        return arg_blk_pass(args, self.visit(c[1]))

    def b_call_args_args_assocs(self, t):
        c = t.children
        args = self.visit(c[0])
        assocs = self.visit(c[2])
        if assocs is not None:
            args = arg_append(args, self.new_hash(assocs, loc_of(c[2])), loc_of(t))
        return arg_blk_pass(args, self.visit(c[3]))

    def b_call_args_block(self, t):
        return self.visit(t.children[0])

    def b_block_arg(self, t):
        return new("NODE_BLOCK_PASS", None, self.visit(t.children[1]), loc=loc_of(t))

    def b_block_arg_anon(self, t):
        return new("NODE_BLOCK_PASS", None, new("NODE_LVAR", "&", loc=loc_of(t)), loc=loc_of(t))

    def b_opt_block_arg(self, t):
        c = t.children
        if len(c) == 2:
            return self.visit(c[1])
        return None

    def b_args_one(self, t):
        return new_list(self.visit(t.children[0]), loc_of(t))

    def b_args_star_one(self, t):
        return new("NODE_SPLAT", self.visit(t.children[1]), loc=loc_of(t))

    def b_args_add(self, t):
        spine = []
        while isinstance(t, Tree) and t.data in ("args_add", "args_add_star"):
            spine.append(t)
            t = t.children[0]
        node = self.visit(t)
        for s in reversed(spine):
            c = s.children
            if s.data == "args_add":
                node = last_arg_append(node, self.visit(c[2]), loc_of(s))
            else:
                node = rest_arg_append(node, self.visit(c[3]), loc_of(s))
        return node

    b_args_add_star = b_args_add

    def b_mrhs_add(self, t):
        c = t.children
        return last_arg_append(self.visit(c[0]), self.visit(c[2]), loc_of(t))

    def b_mrhs_add_star(self, t):
        c = t.children
        return rest_arg_append(self.visit(c[0]), self.visit(c[3]), loc_of(t))

    def b_mrhs_star(self, t):
        return new("NODE_SPLAT", self.visit(t.children[1]), loc=loc_of(t))

    # ---- hashes and arrays
    def new_hash(self, assocs, loc):
        return new("NODE_HASH", 0, assocs, loc=loc)

    def b_hash(self, t):
        h = self.new_hash(self.visit(t.children[1]), loc_of(t))
        h.brace = 1
        return h

    def b_assoc_list(self, t):
        return self.visit(t.children[0])

    def b_assocs(self, t):
        spine = []
        while isinstance(t, Tree) and t.data == "assocs" and len(t.children) == 3:
            spine.append(t.children[2])
            t = t.children[0]
        assocs = self.visit(t.children[0])
        for item in reversed(spine):
            tail = self.visit(item)
            if assocs is None:
                assocs = tail
                continue
            if tail is not None:
                if assocs.head is not None and tail.head is None and tail.next is not None and \
                        tail.next.head is not None and tail.next.head.type == "NODE_HASH":
                    tail = tail.next.head.head      # **{...}: splice the literal's pairs
                assocs = list_concat(assocs, tail)
        return assocs

    def b_assoc_new(self, t):
        c = t.children
        k = self.visit(c[0])
        if k is not None and k.type == "NODE_STR":
            k.__class__ = N.NODE_LIT        # a string key is frozen into a literal
        v = self.visit(c[2])
        return list_append(new_list(k, loc_of(t)), v)

    def b_assoc_label(self, t):
        c = t.children
        k = new("NODE_LIT", RSymbol(str(c[0].rtok.text)[:-1]), loc=loc_of(c[0]))
        return list_append(new_list(k, loc_of(t)), self.visit(c[1]))

    def b_assoc_label_omitted(self, t):
        c = t.children
        name = str(c[0].rtok.text)[:-1]
        k = new("NODE_LIT", RSymbol(name), loc=loc_of(c[0]))
        vloc = loc_of(c[0])
        if name[0].isupper():
            v = new("NODE_CONST", name, loc=vloc)
        else:
            kind = self.scope.lookup(name)
            if kind == "dvar":
                v = new("NODE_DVAR", name, loc=vloc)
            elif kind == "lvar":
                v = new("NODE_LVAR", name, loc=vloc)
            else:
                v = new("NODE_FCALL", name, None, loc=vloc)
        return list_append(new_list(k, loc_of(t)), v)

    def b_assoc_dsym(self, t):
        c = t.children
        k = self.dsym_node(self.visit(c[1]), span(c[0], c[2]))
        return list_append(new_list(k, loc_of(t)), self.visit(c[3]))

    def b_assoc_splat(self, t):
        c = t.children
        return list_append(new_list(None, loc_of(t)), self.visit(c[1]))

    def b_aref_args(self, t):
        return self.visit(t.children[0])

    def b_aref_args_assocs(self, t):
        c = t.children
        args = self.visit(c[0])
        assocs = self.visit(c[2])
        return arg_append(args, self.new_hash(assocs, loc_of(c[2])), loc_of(t)) if assocs is not None else args

    def b_aref_assocs(self, t):
        c = t.children
        assocs = self.visit(c[0])
        if assocs is None:
            return None
        return new_list(self.new_hash(assocs, loc_of(c[0])), loc_of(t))

    def b_array(self, t):
        lst = self.visit(t.children[1])
        if lst is None:
            return new("NODE_ZLIST", loc=loc_of(t))
        lst.loc = loc_of(t)                 # nd_set_loc: location and line
        lst.nd_line = lst.loc.first_lineno
        return lst

    # ================================================================ primary
    def b_var_ref(self, t):
        tok = _tok(t.children[0])
        return self.gettable(tok, loc_of(t))

    def b_var_lhs(self, t):
        return self.lhs(t)

    def b_backref(self, t):
        tok = t.children[0]
        text = str(tok.rtok.text)
        if tok.type == "NTH_REF":
            return new("NODE_NTH_REF", int(text[1:]), loc=loc_of(t))
        return new("NODE_BACK_REF", text[1:], loc=loc_of(t))

    def b_literal_numeric(self, t):
        return self.visit(t.children[0])

    def b_numeric(self, t):
        return self.numeric(t.children[0])

    def b_literal(self, t):
        return self.visit(t.children[0])

    def numeric(self, tok) -> Node:
        return new("NODE_LIT", _number(tok), loc=loc_of(tok))

    def b_neg_numeric(self, t):
        n = self.numeric(t.children[1])
        n.lit = _negate(n.lit)
        return n

    def b_begin(self, t):
        c = t.children
        body = self.visit(c[1])
        line = c[0].children[0].end_line if isinstance(c[0], Tree) else c[0].end_line
        set_line_body(body, line)
        return new("NODE_BEGIN", body, loc=loc_of(t), line=line)

    def b_paren_arg_empty(self, t):
        return new("NODE_BEGIN", None, loc=loc_of(t))

    def b_paren_arg(self, t):
        return self.visit(t.children[1])

    def b_paren(self, t):
        body = self.visit(t.children[1])
        return body

    def b_const_path_ref(self, t):
        c = t.children
        return new("NODE_COLON2", self.opname(c[2]), self.visit(c[0]), loc=loc_of(t))

    def b_top_const_ref(self, t):
        c = t.children
        return new("NODE_COLON3", self.opname(c[1]), loc=loc_of(t))

    def b_const_ref(self, t):
        c = t.children[0]
        if isinstance(c, Tree) and c.data == "class_name_error":
            self.error("class/module name must be CONSTANT", c)
        return new("NODE_COLON2", self.opname(c), None, loc=loc_of(t))

    def b_class_name_error(self, t):
        self.error("class/module name must be CONSTANT", t)
        return new("NODE_COLON2", self.opname(t.children[0]), None, loc=loc_of(t))

    def b_cname(self, t):
        return t.children[0]

    def b_return0(self, t):
        return new("NODE_RETURN", None, loc=loc_of(t))

    def b_yield_paren(self, t):
        return new("NODE_YIELD", self.visit(t.children[2]), loc=loc_of(t))

    def b_yield_paren_empty(self, t):
        return new("NODE_YIELD", None, loc=loc_of(t))

    def b_yield0(self, t):
        return new("NODE_YIELD", None, loc=loc_of(t))

    def b_break0(self, t):
        return new("NODE_BREAK", None, loc=loc_of(t))

    def b_next0(self, t):
        return new("NODE_NEXT", None, loc=loc_of(t))

    def b_redo(self, t):
        return new("NODE_REDO", loc=loc_of(t))

    def b_retry(self, t):
        return new("NODE_RETRY", loc=loc_of(t))

    def b_if(self, t):
        c = t.children
        cond = self.visit(c[1])
        body = self.visit(c[3])
        tail = self.visit(c[4])
        n = self.new_if(cond, body, tail, loc_of(t))
        fixpos(n, cond)
        return n

    def b_elsif(self, t):
        return self.b_if(t)

    def b_if_tail(self, t):
        return self.visit(t.children[0])

    def b_opt_else(self, t):
        return self.visit(t.children[0])

    def b_else(self, t):
        return self.visit(t.children[1])

    def b_unless(self, t):
        c = t.children
        cond = self.visit(c[1])
        n = self.new_unless(cond, self.visit(c[3]), self.visit(c[4]), loc_of(t))
        fixpos(n, cond)
        return n

    def b_while(self, t):
        c = t.children
        cond = self.visit(c[1])
        n = new("NODE_WHILE", 1, self.cond(cond), self.visit(c[2]), loc=loc_of(t))
        fixpos(n, cond)
        return n

    def b_until(self, t):
        c = t.children
        cond = self.visit(c[1])
        n = new("NODE_UNTIL", 1, self.cond(cond), self.visit(c[2]), loc=loc_of(t))
        fixpos(n, cond)
        return n

    def b_expr_value_do(self, t):
        return self.visit(t.children[0])

    def b_case(self, t):
        c = t.children
        head = self.visit(c[1])
        body = self.visit(c[3])
        n = new("NODE_CASE", head, body, loc=loc_of(t))
        fixpos(n, head)
        return n

    def b_case_nohead(self, t):
        c = t.children
        return new("NODE_CASE2", None, self.visit(c[2]), loc=loc_of(t))

    def b_when(self, t):
        c = t.children
        args = self.visit(c[1])
        body = self.visit(c[3])
        nxt = self.visit(c[4])
        n = new("NODE_WHEN", args, body, nxt, loc=loc_of(t))
        fixpos(n, args)
        return n

    def b_cases(self, t):
        return self.visit(t.children[0])

    def b_for(self, t):
        c = t.children
        var_t = c[1]
        iterable = self.visit(c[3])
        var = self.mlhs_item(var_t) if not (isinstance(var_t, Tree) and var_t.data == "mlhs_basic") \
            else self.visit(var_t)
        vloc = loc_of(var_t)
        internal = InternalId("for")
        ivar = new("NODE_DVAR", internal, loc=vloc)
        body = self.visit(c[4])       # no dyna_push: the body's locals are the enclosing scope's
        rest = None
        if var.type in ("NODE_LASGN", "NODE_DASGN"):
            var.value = ivar
            pre_num, pre_init = 1, var
            rest = None
        elif var.type == "NODE_MASGN":
            pre_num = 0
            pre_init = self.node_assign(var, new("NODE_FOR_MASGN", ivar, loc=vloc), vloc)
            rest = internal
        else:
            pre_num = 0
            m = new("NODE_MASGN", None, new_list(var, vloc), None, loc=vloc)
            pre_init = self.node_assign(m, ivar, vloc)
            rest = internal
        args = new("NODE_ARGS", pre_num, pre_init, 0, None, None, rest, None, None, None, None, loc=vloc)
        scope = new("NODE_SCOPE", [internal], args, body, loc=loc_of(t))
        n = new("NODE_FOR", iterable, scope, loc=loc_of(t))
        fixpos(n, var)
        return n

    def b_class(self, t):
        c = t.children
        cpath = self.visit(c[1])
        sup = self.visit(c[2])
        if self.in_def:
            self.error_span("class definition in method body", c[0], c[1])
        self.push_scope("class")
        body = self.visit(c[3])       # (p->ctxt.in_def stays: only `class << x` clears it)
        s = self.pop_scope()
        hdr_line = loc_of(c[2]).last_lineno
        set_line_body(body, hdr_line)
        scope = new("NODE_SCOPE", s.table(), None, body, loc=loc_of(t), line=loc_of(c[4]).last_lineno)
        return new("NODE_CLASS", cpath, sup, scope, loc=loc_of(t), line=hdr_line)

    def b_superclass(self, t):
        c = t.children
        if len(c) == 1:
            return None
        return self.visit(c[1])

    def b_sclass(self, t):
        c = t.children
        recv = self.visit(c[2])
        self.push_scope("class")
        saved, self.in_def = self.in_def, 0
        body = self.visit(c[4])
        self.in_def = saved
        s = self.pop_scope()
        set_line_body(body, recv.nd_line)
        scope = new("NODE_SCOPE", s.table(), None, body, loc=loc_of(t), line=loc_of(c[5]).last_lineno)
        n = new("NODE_SCLASS", recv, scope, loc=loc_of(t))
        fixpos(n, recv)
        return n

    def b_module(self, t):
        c = t.children
        cpath = self.visit(c[1])
        if self.in_def:
            self.error_span("module definition in method body", c[0], c[1])
        self.push_scope("class")
        body = self.visit(c[2])       # (p->ctxt.in_def stays, as for a class)
        s = self.pop_scope()
        hdr_line = loc_of(c[1]).last_lineno
        set_line_body(body, hdr_line)
        scope = new("NODE_SCOPE", s.table(), None, body, loc=loc_of(t), line=loc_of(c[3]).last_lineno)
        return new("NODE_MODULE", cpath, scope, loc=loc_of(t), line=hdr_line)

    # ---- def
    def _def(self, t, head, args_t, body_t, endless: bool, singleton):
        name = self.fname(head.children[-1])
        recv = None
        if singleton is not None:
            recv = self.visit(singleton)
        self.push_scope("def")
        self.in_def += 1
        if endless and _is_empty(args_t):
            args = new("NODE_ARGS", 0, None, 0, None, None, None, None, None, None, None, loc=loc_of(head))
        else:
            args = self.args_node(args_t, loc_of(head) if _is_empty(args_t) else None)
        body = self.visit(body_t)
        if endless:
            body = remove_begin(body)
        self.in_def -= 1
        s = self.pop_scope()
        loc = loc_of(t)
        body = reduce_nodes(remove_begin(body))
        scope = new("NODE_SCOPE", s.table(), args, body, loc=loc, line=loc.last_lineno)
        set_line_body(body, loc.first_lineno)
        if recv is None:
            return new("NODE_DEFN", name, scope, loc=loc)
        return new("NODE_DEFS", recv, name, scope, loc=loc)

    def b_def(self, t):
        c = t.children
        return self._def(t, c[0], c[1], c[2], False, None)

    def b_defs(self, t):
        c = t.children
        return self._def(t, c[0], c[1], c[2], False, c[0].children[1])

    def b_endless_def(self, t):
        c = t.children
        return self._def(t, c[0], c[1], c[3], True, None)

    def b_endless_defs(self, t):
        c = t.children
        return self._def(t, c[0], c[1], c[3], True, c[0].children[1])

    def b_singleton(self, t):
        return self.visit(t.children[0])

    def b_singleton_paren(self, t):
        return self.visit(t.children[1])

    # ================================================================ parameters
    def args_node(self, t, empty_loc: Optional[Location]) -> Node:
        """f_arglist / f_opt_paren_args / f_larglist / block_param -> NODE_ARGS (new_args)."""
        while isinstance(t, Tree) and t.data in ("f_arglist", "f_arglist_bare", "f_opt_paren_args",
                                                   "f_larglist", "f_larglist_paren", "f_paren_args",
                                                   "f_paren_args_fwd", "f_paren_args_fwd_only"):
            if t.data in ("f_paren_args", "f_larglist_paren"):
                if _is_empty(t.children[1]):
                    # new_args(..., &@0): the empty f_args sits right after '('
                    return new("NODE_ARGS", 0, None, 0, None, None, None, None, None, None, None,
                               loc=loc_of(t.children[0]))
                t = t.children[1]
            elif t.data in ("f_paren_args_fwd", "f_paren_args_fwd_only"):
                return self.args_forward_def(t)
            else:
                t = t.children[0]
        if t is None or _is_empty(t):
            loc = empty_loc if empty_loc is not None else loc_of(t)
            if empty_loc is not None:
                loc = Location(loc.last_lineno, loc.last_column, loc.last_lineno, loc.last_column)
            return new("NODE_ARGS", 0, None, 0, None, None, None, None, None, None, None, loc=loc)
        return self.new_args(t)

    def args_forward_def(self, t) -> Node:
        c = t.children
        pre = []
        if t.data == "f_paren_args_fwd":
            pre = self.f_arg_list(c[1])
        self.scope.declare_arg("*")
        self.scope.declare_arg("&")
        pre_num = len(pre)
        pre_init = self._pre_init(pre)
        loc = span(c[1], c[-2]) if t.data == "f_paren_args_fwd" else loc_of(c[1])
        return new("NODE_ARGS", pre_num, pre_init, 0, None, None, "*", "&", None, None, None, loc=loc)

    def _pre_init(self, items):
        init = None
        for kind, v in items:
            if kind == "masgn":
                init = block_append(init, v) if init is not None else v
        return init

    def f_arg_list(self, t) -> list:
        """f_arg: each item as ("name", id) or ("masgn", MASGN for a destructured param)."""
        if t.data == "f_arg" and len(t.children) == 3:
            return self.f_arg_list(t.children[0]) + [self.f_arg_item(t.children[2])]
        return [self.f_arg_item(t.children[0])]

    def f_arg_item(self, t):
        if isinstance(t, Tree) and t.data == "f_arg_item":
            t = t.children[0]
        if isinstance(t, Tree) and t.data == "mlhs_paren":
            # ( f_margs ): an internal variable destructured by a MASGN
            tid = InternalId("marg")
            self.scope.declare_arg(tid)
            inner = t.children[1]
            masgn = self.f_margs(inner)
            b = loc_of(inner)
            masgn.value = new("NODE_LVAR" if not self.scope.in_block() else "NODE_DVAR", tid,
                              loc=Location(b.first_lineno, b.first_column, b.first_lineno, b.first_column))
            return ("masgn", masgn)
        tok = _tok(t)
        name = str(tok.rtok.text)
        self.scope.declare_arg(name)
        return ("name", name)

    def f_margs(self, t) -> Node:
        c = t.children
        loc = loc_of(t)

        def marg(x):
            if isinstance(x, Tree) and x.data == "f_marg":
                x = x.children[0]
            if isinstance(x, Tree) and x.data == "mlhs_paren":
                return self.f_margs(x.children[1])
            tok = _tok(x)
            return self.assign_local(str(tok.rtok.text), None, loc_of(tok))

        def marg_list(x):
            if len(x.children) == 3:
                lst = marg_list(x.children[0])
                return list_append(lst, marg(x.children[2]))
            m = marg(x.children[0])
            return new_list(m, m.loc)

        def rest(x):
            if len(x.children) == 2:
                tok = _tok(x.children[1])
                return self.assign_local(str(tok.rtok.text), None, loc_of(x))
            return N.NO_NAME_REST

        head = None
        restn = None
        post = None
        items = [x for x in c if not (isinstance(x, Token) and x.type == "COMMA")]
        i = 0
        if items and items[0].data == "f_marg_list":
            head = marg_list(items[0])
            i = 1
        if i < len(items) and items[i].data == "f_rest_marg":
            restn = rest(items[i])
            i += 1
            if i < len(items):
                post = marg_list(items[i])
                restn = new("NODE_POSTARG", restn, post, loc=loc)
        return new("NODE_MASGN", None, head, restn, loc=loc)

    def new_args(self, t) -> Node:
        """f_args / block_param: declare the parameters in parse.y's order and build NODE_ARGS."""
        pre, opt, rest, post, tail = [], None, None, [], None
        rest_seen = False
        opt_seen = False
        excessed = False
        for ch in t.children:
            if isinstance(ch, Token):
                continue
            d = ch.data
            if d == "f_arg":
                if rest_seen or opt_seen:
                    post = self.f_arg_list(ch)
                else:
                    pre = self.f_arg_list(ch)
            elif d in ("f_optarg", "f_block_optarg"):
                opt = self.f_optarg(ch)
                opt_seen = True
            elif d == "f_rest_arg":
                rest = self.f_rest_arg(ch)
                rest_seen = True
            elif d == "excessed_comma":
                excessed = True
            elif d in ("opt_args_tail", "opt_block_args_tail"):
                if len(ch.children) == 2:
                    tail = ch.children[1]
            elif d in ("args_tail", "block_args_tail"):
                tail = ch
        if excessed:
            rest = N.EXCESSED_COMMA
        kw, kwrest, block, kwrest_loc, no_kwarg = self.args_tail(tail)
        first_post = post[0][1] if post and post[0][0] == "name" else (
            post[0][1].value.vid if post else None)
        if post and post[0][0] == "masgn":
            first_post = post[0][1].value.vid
        args = new("NODE_ARGS", len(pre), self._pre_init(pre), len(post), self._pre_init(post),
                   first_post, rest, block, opt, kw, kwrest, loc=loc_of(t))
        return args

    def f_optarg(self, t):
        items = []
        while True:
            c = t.children
            if len(c) == 3:
                items.append(c[2])
                t = c[0]
            else:
                items.append(c[0])
                break
        items.reverse()
        head = None
        prev = None
        for it in items:
            c = it.children
            tok = _tok(c[0])
            name = str(tok.rtok.text)
            self.scope.declare_arg(name)
            value = self.visit(c[2])
            asg = self.assign_local(name, value, loc_of(it))
            node = new("NODE_OPT_ARG", asg, None, loc=loc_of(it))
            if head is None:
                head = node
            else:
                k = head
                while True:              # opt_arg_append
                    set_last(k, node.loc)
                    if k.next is None:
                        break
                    k = k.next
                k.next = node
        return head

    def f_rest_arg(self, t):
        c = t.children
        if len(c) == 2:
            name = str(_tok(c[1]).rtok.text)
            self.scope.declare_arg(name)
            return name
        iid = InternalId("rest")
        self.scope.declare_arg(iid)
        return iid

    def args_tail(self, t):
        """(kw_args chain, kw_rest DVAR, block id, kwrest loc, **nil)."""
        if t is None:
            return None, None, None, None, False
        kw_t = kwrest_t = block_t = None
        fwd = False
        for ch in t.children:
            if isinstance(ch, Token):
                continue
            d = ch.data
            if d in ("f_kwarg", "f_block_kwarg"):
                kw_t = ch
            elif d in ("f_kwrest", "f_no_kwarg", "f_any_kwrest"):
                kwrest_t = ch.children[0] if d == "f_any_kwrest" else ch
            elif d == "opt_f_block_arg":
                if len(ch.children) == 2:
                    block_t = ch.children[1]
            elif d == "f_block_arg":
                block_t = ch
            elif d == "args_forward":
                fwd = True
        kw_nodes = []
        if kw_t is not None:
            kw_nodes = self.f_kwarg(kw_t)
        kwrest_name = None
        no_kwarg = False
        kwrest_loc = None
        if kwrest_t is not None:
            if kwrest_t.data == "f_no_kwarg":
                no_kwarg = True
            else:
                kwrest_loc = loc_of(kwrest_t)
                if len(kwrest_t.children) == 2:
                    kwrest_name = str(_tok(kwrest_t.children[1]).rtok.text)
                else:
                    kwrest_name = InternalId("kwrest")
        block_name = None
        if block_t is not None:
            if len(block_t.children) == 2:
                block_name = str(_tok(block_t.children[1]).rtok.text)
            else:
                block_name = InternalId("block")
        if fwd:
            self.scope.declare_arg("*")
            self.scope.declare_arg("&")
        kw_chain = None
        kwrest_node = None
        if kw_nodes:
            # new_args_tail: required keywords first, then optional ones; kw_bits; kwrest; block
            req = [n for n in kw_nodes if n.body.value is N.REQUIRED_KEYWORD]
            optk = [n for n in kw_nodes if n.body.value is not N.REQUIRED_KEYWORD]
            self.scope.move_to_end([n.body.vid for n in req + optk])
            self.scope.declare_arg(InternalId("kw_bits"))
            if kwrest_name is not None:
                self.scope.declare_arg(kwrest_name)
            if block_name is not None:
                self.scope.declare_arg(block_name)
            for i, n in enumerate(kw_nodes):
                if i == 0:
                    kw_chain = n
                else:
                    k = kw_chain
                    while True:          # kwd_append
                        set_last(k, n.loc)
                        if k.next is None:
                            break
                        k = k.next
                    k.next = n
            kwrest_node = new("NODE_DVAR", kwrest_name, loc=kwrest_loc if kwrest_loc else loc_of(kw_t))
        else:
            if kwrest_name is not None:
                self.scope.declare_arg(kwrest_name)
                kwrest_node = new("NODE_DVAR", kwrest_name, loc=kwrest_loc)
            if block_name is not None:
                self.scope.declare_arg(block_name)
        if fwd:
            block_name = "&"
        return kw_chain, kwrest_node, block_name, kwrest_loc, no_kwarg

    def f_kwarg(self, t) -> list:
        c = t.children
        if len(c) == 3:
            return self.f_kwarg(c[0]) + [self.f_kw(c[2])]
        return [self.f_kw(c[0])]

    def f_kw(self, t):
        c = t.children
        label = _tok(c[0])
        name = str(label.rtok.text)[:-1]
        self.scope.declare_pending(name)
        if t.data == "f_kw_required":
            value = N.REQUIRED_KEYWORD
        else:
            value = self.visit(c[1])
        asg = self.assign_local(name, value, loc_of(t))
        return new("NODE_KW_ARG", asg, None, loc=loc_of(t))

    # ================================================================ blocks and lambdas
    def _brace_block(self, t, body_t):
        """brace_body / do_body: NODE_ITER with a NODE_SCOPE of the block's locals."""
        self.push_scope("block")
        params_t, stmts_t = body_t.children
        args = self.block_params(params_t)
        if args is _NO_PARAMS:
            args = None
            self.scope.max_numparam = -1
        body = self.visit(stmts_t)
        s = self.pop_scope()
        c = t.children
        if args is None and s.max_numparam > 0:
            # args_with_numbered: made when the block closes, at its closing token
            args = new("NODE_ARGS", s.max_numparam, None, 0, None, None, None, None, None, None, None,
                       loc=loc_of(c[-1]))
            s.numbered_params()
        scope = new("NODE_SCOPE", s.table(), args, body, loc=span(c[0], c[-1]))
        it = new("NODE_ITER", None, scope, loc=loc_of(t), line=_tok(c[0]).end_line)
        return it

    def b_brace_block(self, t):
        return self._brace_block(t, t.children[1])

    def b_do_block(self, t):
        return self._brace_block(t, t.children[1])

    def block_params(self, t):
        """opt_block_param -> NODE_ARGS or None."""
        if t is None or _is_empty(t):
            return None
        if t.data == "opt_block_param":
            t = t.children[0]
        if t.data == "block_param_def_empty":
            return _NO_PARAMS
        c = t.children
        if len(c) == 3:     # | opt_bv_decl |: no parameters at all (and no numbered ones)
            self.bv_decls(c[1])
            return _NO_PARAMS
        args = self.new_args(c[1])
        self.bv_decls(c[2])
        return args

    def bv_decls(self, t):
        if len(t.children) < 3:
            return
        def walk(x):
            if x.data == "bv_decls":
                for ch in x.children:
                    if isinstance(ch, Tree):
                        walk(ch)
            elif x.data == "bvar":
                self.scope.declare(str(_tok(x).rtok.text))
        walk(t.children[2])

    def b_lambda(self, t):
        c = t.children
        self.push_scope("block")
        params_t = c[1]
        args = self.args_node(params_t, None)
        if params_t.data == "f_larglist_paren":
            self.bv_decls(params_t.children[2])
        body_t = c[2]
        body = self.visit(body_t.children[1])
        s = self.pop_scope()
        if s.max_numparam and _is_empty(params_t):
            args = new("NODE_ARGS", s.max_numparam, None, 0, None, None, None, None, None, None, None,
                       loc=loc_of(params_t))
            s.numbered_params()
        loc = span(c[0], c[2])
        scope = new("NODE_SCOPE", s.table(), args, body, loc=span(c[1], c[2]), line=loc_of(c[2]).last_lineno)
        return new("NODE_LAMBDA", scope, loc=loc, line=loc_of(c[1]).last_lineno)

    # ================================================================ rescue / ensure
    def b_rescue(self, t):
        c = t.children
        exc = self.visit(c[1])
        var_t = c[2]
        err = None
        if isinstance(var_t, Tree) and len(var_t.children) == 2:
            lhs = self.lhs(var_t.children[1])
            err = self.node_assign(lhs, new("NODE_ERRINFO", loc=loc_of(var_t)), loc_of(var_t))
        raw = self.visit(c[4])
        body = block_append(err, raw) if err is not None else raw
        nxt = self.visit(c[5])
        n = new("NODE_RESBODY", exc, body, nxt, loc=loc_of(t))
        fixpos(n, exc if exc is not None else raw)
        return n

    def b_opt_rescue(self, t):
        return self.visit(t.children[0])

    def b_exc_list_one(self, t):
        return new_list(self.visit(t.children[0]), loc_of(t))

    def b_exc_list(self, t):
        return self.visit(t.children[0])

    def b_ensure(self, t):
        return self.visit(t.children[1])

    def b_opt_ensure(self, t):
        return self.visit(t.children[0])

    # ================================================================ strings
    def t_STRING_CONTENT(self, tok):
        v = tok.rtok.value
        if not isinstance(v, str):
            v = str(tok.rtok.text)
        n = new("NODE_STR", RString(v), loc=loc_of(tok))
        if getattr(tok, "bol", False):
            n.newline = True
        return n

    def b_strings(self, t):
        node = self.visit(t.children[0])
        if node is None:
            return new("NODE_STR", RString(""), loc=loc_of(t))
        return self.evstr2dstr(node)

    def b_string(self, t):
        return self.visit(t.children[0])

    def b_char(self, t):
        tok = t.children[0]
        v = tok.rtok.value
        if not isinstance(v, str):
            v = str(tok.rtok.text)[1:]
        return new("NODE_STR", RString(v), loc=loc_of(t))

    def b_string1(self, t):
        node = self.visit(t.children[1])
        if node is not None:
            node.loc = loc_of(t)          # nd_set_loc: the line too
            node.nd_line = node.loc.first_lineno
        return node

    def b_string_concat(self, t):
        spine = []
        while isinstance(t, Tree) and t.data == "string_concat":
            spine.append(t)
            t = t.children[0]
        node = self.visit(t)
        for s in reversed(spine):
            node = self.literal_concat(node, self.visit(s.children[1]), loc_of(s))
        return node

    def b_string_content(self, t):
        return None

    def b_string_add(self, t):
        spine = []
        while isinstance(t, Tree) and t.data == "string_add":
            spine.append(t)
            t = t.children[0]
        node = self.visit(t)
        for s in reversed(spine):
            node = self.literal_concat(node, self.visit(s.children[1]), loc_of(s))
        return node

    def b_string_embexpr(self, t):
        body = self.visit(t.children[1])
        if body is not None:
            body.newline = False
        return self.new_evstr(body, loc_of(t))

    def b_string_dvar(self, t):
        return new("NODE_EVSTR", self.visit(t.children[1]), loc=loc_of(t))

    def new_evstr(self, node, loc):
        if node is not None:
            if node.type == "NODE_STR":
                node.__class__ = N.NODE_DSTR
                node.chain = None
                node.alen = 0
                return node
            if node.type == "NODE_EVSTR":
                return node
        return new("NODE_EVSTR", node, loc=loc)

    def new_dstr(self, node, loc):
        d = new("NODE_DSTR", RString(""), None, 0, loc=loc)
        return list_append(d, node)

    def evstr2dstr(self, node):
        if node.type == "NODE_EVSTR":
            node = self.new_dstr(node, node.loc)
        return node

    def literal_concat(self, head, tail, loc):
        if head is None:
            return tail
        if tail is None:
            return head
        htype = head.type
        if htype == "NODE_EVSTR":
            head = self.new_dstr(head, loc)
            htype = "NODE_DSTR"
        tt = tail.type
        if tt == "NODE_STR":
            headlast = None
            if htype == "NODE_DSTR" and head.chain is not None:
                headlast = _chain_last(head).head
            if headlast is not None and headlast.type == "NODE_STR":
                headlast.lit = RString(headlast.lit + tail.lit)
            elif htype == "NODE_STR" or (htype == "NODE_DSTR" and head.chain is None):
                head.lit = RString((head.lit or "") + tail.lit)
            else:
                list_append(head, tail)
        elif tt == "NODE_DSTR":
            if htype == "NODE_STR":
                tail.lit = RString(head.lit + (tail.lit or ""))
                head = tail
            elif tail.lit is None or tail.lit == "" and False:
                self._append_chain(head, tail)
            else:
                headlast = _chain_last(head).head if head.chain is not None else None
                if headlast is not None and headlast.type == "NODE_STR":
                    headlast.lit = RString(headlast.lit + (tail.lit or ""))
                    self._append_chain(head, tail)
                elif head.chain is None:
                    head.lit = RString((head.lit or "") + (tail.lit or ""))
                    self._append_chain(head, tail)
                else:
                    lnk = new("NODE_LIST", tail.alen, new("NODE_STR", tail.lit, loc=loc), tail.chain, loc=loc)
                    list_concat(head, lnk)
        elif tt == "NODE_EVSTR":
            if htype == "NODE_STR":
                head.__class__ = N.NODE_DSTR
                head.chain = None
                head.alen = 0
            list_append(head, tail)
        return head

    def _append_chain(self, head, tail):
        if tail.chain is None:
            return
        if head.chain is None:
            head.chain = tail.chain
        else:
            _chain_last(head).next = tail.chain
        head.alen = (head.alen or 0) + (tail.alen or 0)

    def b_xstring(self, t):
        node = self.xstring_contents(t.children[1])
        loc = loc_of(t)
        if node is None:
            return new("NODE_XSTR", RString(""), loc=loc)
        if node.type == "NODE_STR":
            node.__class__ = N.NODE_XSTR
            node.loc = loc
            return node
        if node.type == "NODE_DSTR":
            node.__class__ = N.NODE_DXSTR
            node.loc = loc
            node.nd_line = loc.first_lineno
            return node
        return new("NODE_DXSTR", None, new_list(node, loc), 1, loc=loc)

    def b_list_new(self, t):
        return None

    def b_list_add(self, t):
        # regexp / xstring contents and %w/%i lists share list_add in the grammar
        return self._list_add(t)

    def _list_add(self, t):
        c = t.children
        lst = self.visit(c[0])
        item = self.visit(c[1])
        parent = getattr(t, "_ctx", None)
        return (lst, item)

    def regexp_contents(self, t, term: str = "/"):
        """regexp_contents: STR pieces are not merged (parse.y builds a DSTR by hand)."""
        if t.data == "list_new":
            return None
        head = self.regexp_contents(t.children[0], term)
        tail = self.visit(t.children[1])
        if tail is not None and tail.type == "NODE_STR":
            # tokadd_string drops the backslash of an escaped terminator that is no
            # regexp metacharacter (`\/` in /.../ is `/`)
            if term not in "$*+.?^|)]}>" and "\\" + term in tail.lit:
                tail.lit = RString(_unescape_term(str(tail.lit), term))
        if head is None:
            return tail
        if tail is None:
            return head
        if head.type == "NODE_STR":
            head.__class__ = N.NODE_DSTR
            head.chain = None
            head.alen = 0
        elif head.type != "NODE_DSTR":
            head = list_append(new("NODE_DSTR", None, None, 0, loc=head.loc), head)
        return list_append(head, tail)

    def xstring_contents(self, t):
        if t.data == "list_new":
            return None
        return self.literal_concat(self.xstring_contents(t.children[0]), self.visit(t.children[1]), loc_of(t))

    def b_regexp(self, t):
        c = t.children
        opener = str(c[0].rtok.text)
        term = opener[-1] if opener.startswith("%") else "/"
        term = {"(": ")", "[": "]", "{": "}", "<": ">"}.get(term, term)
        node = self.regexp_contents(c[1], term)
        end = str(c[2].rtok.text)
        opts = end[1:]
        loc = loc_of(t)
        once = "o" in opts
        opts_clean = "".join(ch for ch in opts if ch in "mixneus")
        if node is None:
            return new("NODE_LIT", RRegexp("", opts_clean), loc=loc)
        if node.type == "NODE_STR":
            return new("NODE_LIT", RRegexp(str(node.lit), opts_clean), loc=loc)
        if node.type == "NODE_DSTR":
            node.__class__ = N.NODE_DREGX
            node.loc = loc
            node.nd_line = loc.first_lineno
            node.options = opts_clean
            res = node
        else:
            res = new("NODE_DREGX", RString(""), new_list(node, loc), 1, loc=loc)
        if once:
            return new("NODE_ONCE", res, loc=loc)
        return res

    def words_list(self, t, kind):
        items = []
        x = t
        while x.data == "list_add":  # iterative: the list is left-recursive
            items.append(x.children[1])
            x = x.children[0]
        items.reverse()
        lst = None
        for it in items:
            if kind in ("qwords", "qsymbols"):
                node = self.t_STRING_CONTENT(it)
                if kind == "qsymbols":
                    node = new("NODE_LIT", RSymbol(str(node.lit)), loc=node.loc)
            else:
                node = self.evstr2dstr(self.visit(it))
                if kind == "symbols":
                    if node.type == "NODE_STR":
                        node = new("NODE_LIT", RSymbol(str(node.lit)), loc=node.loc)
                    elif node.type == "NODE_DSTR":
                        node.__class__ = N.NODE_DSYM
            lst = list_append(lst, node)
        return lst

    def _words(self, t, kind):
        lst = self.words_list(t.children[2], kind)
        if lst is None:
            return new("NODE_ZLIST", loc=loc_of(t))
        lst.loc = loc_of(t)             # make_list: nd_set_loc (line too)
        lst.nd_line = lst.loc.first_lineno
        return lst

    def b_words(self, t):
        return self._words(t, "words")

    def b_qwords(self, t):
        return self._words(t, "qwords")

    def b_symbols(self, t):
        return self._words(t, "symbols")

    def b_qsymbols(self, t):
        return self._words(t, "qsymbols")

    def b_word_one(self, t):
        return self.visit(t.children[0])

    def b_word_add(self, t):
        c = t.children
        return self.literal_concat(self.visit(c[0]), self.visit(c[1]), loc_of(t))

    def b_symbol(self, t):
        return self.visit(t.children[0])

    def b_ssym(self, t):
        return new("NODE_LIT", RSymbol(self.fname(t.children[1])), loc=loc_of(t))

    def b_dsym(self, t):
        return self.dsym_node(self.visit(t.children[1]), loc_of(t))

    def dsym_node(self, node, loc):
        if node is None:
            return new("NODE_LIT", RSymbol(""), loc=loc)
        if node.type == "NODE_DSTR":
            node.__class__ = N.NODE_DSYM
            node.loc = loc
            node.nd_line = loc.first_lineno
            return node
        if node.type == "NODE_STR":
            return new("NODE_LIT", RSymbol(str(node.lit)), loc=loc)
        return new("NODE_DSYM", None, new_list(node, loc), 1, loc=loc)

    # ================================================================ patterns (case/in)
    def b_case_in(self, t):
        c = t.children
        head = self.visit(c[1])
        body = self.visit(c[3])
        n = new("NODE_CASE3", head, body, loc=loc_of(t))
        fixpos(n, head)
        return n

    def _in(self, t, pat_t, body, nxt):
        pat = self.p_top_expr(pat_t)
        return pat

    def b_in_last(self, t):
        c = t.children
        pat = self.p_top_expr(c[1])
        body = self.visit(c[3])
        nxt = self.visit(c[4])
        return new("NODE_IN", pat, body, nxt, loc=loc_of(t))

    def b_in_more(self, t):
        c = t.children
        pat = self.p_top_expr(c[1])
        body = newline_node(self.visit(c[3])) if False else self.visit(c[3])
        nxt = self.visit(c[5])
        return new("NODE_IN", pat, body, nxt, loc=loc_of(t))

    def b_in_empty(self, t):
        c = t.children
        pat = self.p_top_expr(c[1])
        nxt = self.visit(c[3])
        body = new("NODE_BEGIN", None, loc=end_loc(c[2]))
        return new("NODE_IN", pat, body, nxt, loc=loc_of(t))

    def one_line_pattern(self, t, rassign):
        c = t.children
        head = self.visit(c[0])
        pat = self.p_top_expr_body(c[2])
        if rassign:
            inn = new("NODE_IN", pat, None, None, loc=loc_of(c[2]))
        else:
            inn = new("NODE_IN", pat, new("NODE_TRUE", loc=loc_of(c[2])),
                      new("NODE_FALSE", loc=loc_of(c[2])), loc=loc_of(c[2]))
        return new("NODE_CASE3", head, inn, loc=loc_of(t))

    def p_top_expr(self, t):
        if t.data == "p_guard_if":
            pat = self.p_top_expr_body(t.children[0])
            cond = self.visit(t.children[2])
            return self.new_if(cond, pat, None, loc_of(t))
        if t.data == "p_guard_unless":
            pat = self.p_top_expr_body(t.children[0])
            cond = self.visit(t.children[2])
            return self.new_unless(cond, pat, None, loc_of(t))
        if t.data == "p_top_expr":
            return self.p_top_expr(t.children[0])
        return self.p_top_expr_body(t)

    def p_top_expr_body(self, t):
        d = t.data
        if d == "p_top_expr_body":
            return self.p_expr(t.children[0])
        if d == "p_top_array_trailing":
            pre = new_list(self.p_expr(t.children[0]), loc_of(t))
            return self.new_array_pattern_tail(None, pre, True, None, None, loc_of(t))
        if d == "p_top_array":
            # new_array_pattern: NEW_LIST(pre_arg, &@$) concatenated with the rest's pre_args
            first = self.p_expr(t.children[0])
            pre, rest, post = self.p_args(t.children[2])
            head = new_list(first, loc_of(t))
            pre = head if pre is None else list_concat(head, pre)
            return new("NODE_ARYPTN", None, pre, rest, post, loc=loc_of(t))
        if d == "p_top_find":
            return self.p_find(None, t.children[0], loc_of(t))
        if d == "p_top_array_tail":
            pre, rest, post = self.p_args_tail(t.children[0])
            return self.new_array_pattern_tail(None, pre, True, rest, post, loc_of(t))
        if d == "p_top_hash":
            return self.p_kwargs(None, t.children[0], loc_of(t))
        return self.p_expr(t)

    def new_array_pattern_tail(self, const, pre, has_rest, rest, post, loc):
        if has_rest:
            rest_node = rest if rest is not None else N.NO_NAME_REST
        else:
            rest_node = None
        return new("NODE_ARYPTN", const, pre, rest_node, post, loc=loc)

    def p_expr(self, t):
        if isinstance(t, Token):
            return self.visit(t)
        d = t.data
        h = getattr(self, d, None) if d.startswith("p_") else None
        if h is not None and d not in ("p_top_expr",):
            return h(t)
        return self.p_value(t)

    def p_binding(self, t):
        c = t.children
        pat = self.p_expr(c[0])
        var = self.p_variable(c[2])
        lst = list_append(new_list(pat, loc_of(t)), var)
        return new("NODE_HASH", 0, lst, loc=loc_of(t))

    def p_alt(self, t):
        c = t.children
        return new("NODE_OR", self.p_expr(c[0]), self.p_expr(c[2]), loc=loc_of(t))

    def p_variable(self, t):
        tok = _tok(t)
        return self.assign_local(str(tok.rtok.text), None, loc_of(t))

    def p_paren(self, t):
        return self.p_expr(t.children[1])

    def p_args(self, t):
        """-> (pre LIST or None, rest node or None or NO_NAME_REST, post LIST or None)."""
        d = t.data
        c = t.children
        if d == "p_args_one":
            e = self.p_expr(c[0])
            return new_list(e, loc_of(c[0])), None, None
        if d == "p_args_head_only":
            return self.p_args_head(c[0]), None, None
        if d == "p_args_head_arg":
            head = self.p_args_head(c[0])
            lst = list_append(head, self.p_expr(c[1]))
            set_last(lst, loc_of(c[1]))
            return lst, None, None
        if d == "p_args_head_rest":
            head = self.p_args_head(c[0])
            rest = self.p_rest_var(c[2] if len(c) > 2 else None, loc_of(t))
            return head, rest, None
        if d == "p_args_head_rest_post":
            head = self.p_args_head(c[0])
            if len(c) == 5:
                post = self.p_args_post(c[4])
                rest = self.p_rest_var(c[2], loc_of(t))
            else:
                post = self.p_args_post(c[3])
                rest = self.p_rest_var(None, loc_of(t))
            return head, rest, post
        if d == "p_args_tail":
            return self.p_args_tail(t)
        if d == "p_args":
            return self.p_args(c[0])
        raise NotImplementedError(d)

    def p_rest_var(self, tok, loc):
        if tok is None:
            return N.NO_NAME_REST
        return self.assign_local(str(tok.rtok.text), None, loc)

    def p_args_head(self, t):
        c = t.children
        if len(c) == 2:
            e = self.p_expr(c[0])
            return new_list(e, loc_of(c[0]))
        head = self.p_args_head(c[0])
        lst = list_append(head, self.p_expr(c[1]))
        set_last(lst, loc_of(c[1]))
        return lst

    def p_args_post(self, t):
        c = t.children
        if len(c) == 1:
            e = self.p_expr(c[0])
            return new_list(e, loc_of(c[0]))
        lst = list_append(self.p_args_post(c[0]), self.p_expr(c[2]))
        set_last(lst, loc_of(c[2]))
        return lst

    def p_args_tail(self, t):
        c = t.children
        post = self.p_args_post(c[2]) if len(c) == 3 else None
        rest = self.p_rest(c[0], loc_of(t))
        return None, rest, post

    def p_rest(self, t, loc):
        c = t.children
        if len(c) == 2:
            return self.assign_local(str(c[1].rtok.text), None, loc)
        return N.NO_NAME_REST

    def p_find(self, const, t, loc):
        c = t.children
        args = self.p_args_post(c[2])
        pre = self.p_rest(c[0], loc_of(t))
        post = self.p_rest(c[4], loc_of(t))
        return new("NODE_FNDPTN", const, pre, args, post, loc=loc)

    def p_kwargs(self, const, t, loc):
        c = t.children
        kw = None
        rest = None
        for ch in c:
            if isinstance(ch, Token):
                continue
            if ch.data == "p_kwarg":
                kw = self.p_kwarg(ch)
            elif ch.data in ("p_kwrest", "p_kwnorest", "p_any_kwrest"):
                x = ch.children[0] if ch.data == "p_any_kwrest" else ch
                if x.data == "p_kwnorest":
                    rest = N.NO_REST_KEYWORD
                elif len(x.children) == 2:
                    rest = self.assign_local(str(x.children[1].rtok.text), None, loc_of(t))
                else:
                    rest = None
        kwargs = new("NODE_HASH", 0, kw, loc=loc_of(t)) if kw is not None else None
        return new("NODE_HSHPTN", const, kwargs, rest, loc=loc)

    def p_kwarg(self, t):
        c = t.children
        if len(c) == 3:
            lst = self.p_kwarg(c[0])
            return list_concat(lst, self.p_kw(c[2]))
        return self.p_kw(c[0])

    def p_kw(self, t):
        c = t.children
        lab = c[0]
        if len(lab.children) == 1:
            name = str(lab.children[0].rtok.text)[:-1]
        else:
            strn = self.visit(lab.children[1])
            name = str(strn.lit) if strn is not None else ""
        key = new("NODE_LIT", RSymbol(name), loc=loc_of(t))
        if len(c) == 2:
            val = self.p_expr(c[1])
        else:
            val = self.assign_local(name, None, loc_of(lab))
        lst = new_list(key, loc_of(t))
        return list_append(lst, val)

    def p_const_array(self, t):
        c = t.children
        const = self.p_const(c[0])
        pre, rest, post = self.p_args(c[2])
        return new("NODE_ARYPTN", const, pre, rest, post, loc=span(c[0], c[2]))

    def p_const_find(self, t):
        c = t.children
        return self.p_find(self.p_const(c[0]), c[2], span(c[0], c[2]))

    def p_const_hash(self, t):
        c = t.children
        return self.p_kwargs(self.p_const(c[0]), c[2], span(c[0], c[2]))

    def p_const_empty(self, t):
        c = t.children
        return new("NODE_ARYPTN", self.p_const(c[0]), None, None, None, loc=loc_of(t))

    def p_array(self, t):
        pre, rest, post = self.p_args(t.children[1])
        return new("NODE_ARYPTN", None, pre, rest, post, loc=loc_of(t.children[1]))

    def p_find_bracket(self, t):
        return self.p_find(None, t.children[1], loc_of(t.children[1]))

    def p_array_empty(self, t):
        return new("NODE_ARYPTN", None, None, None, None, loc=loc_of(t))

    def p_hash(self, t):
        return self.p_kwargs(None, t.children[1], loc_of(t.children[1]))

    def p_hash_empty(self, t):
        return new("NODE_HSHPTN", None, None, None, loc=loc_of(t))

    def p_const(self, t):
        if isinstance(t, Tree) and t.data == "var_ref":
            return self.visit(t)
        if isinstance(t, Tree) and t.data == "top_const_ref":
            return new("NODE_COLON3", self.opname(t.children[1]), loc=loc_of(t))
        if isinstance(t, Tree) and t.data == "const_path_ref":
            return new("NODE_COLON2", self.opname(t.children[2]), self.p_const(t.children[0]), loc=loc_of(t))
        return self.visit(t)

    def p_var_ref(self, t):
        tok = _tok(t.children[1])
        return self.gettable(tok, loc_of(t))

    def p_expr_ref(self, t):
        return new("NODE_BEGIN", self.visit(t.children[2]), loc=loc_of(t))

    def p_value(self, t):
        d = t.data if isinstance(t, Tree) else None
        if d in ("p_dot2", "p_dot3", "p_dot2_endless", "p_dot3_endless", "p_dot2_beginless", "p_dot3_beginless"):
            c = t.children
            typ = "NODE_DOT2" if "dot2" in d else "NODE_DOT3"
            if d.endswith("endless") and not d.endswith("beginless"):
                return new(typ, self.visit(c[0]), new("NODE_NIL", loc=end_loc(c[1])), loc=loc_of(t))
            if d.endswith("beginless"):
                return new(typ, new("NODE_NIL", loc=beg_loc(c[0])), self.visit(c[1]), loc=loc_of(t))
            return new(typ, self.visit(c[0]), self.visit(c[2]), loc=loc_of(t))
        if d in ("top_const_ref", "const_path_ref"):
            return self.p_const(t)
        return self.visit(t)

    # ---- misc tokens passed through
    def b_operation(self, t):
        return t.children[0]


class _Encoding:
    def __init__(self, name):
        self.name = name


_EXCESSED_COMMA = InternalId("excessed_comma")
_NO_PARAMS = object()


def _unescape_term(s: str, term: str) -> str:
    out = []
    i = 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            if s[i + 1] == term:
                out.append(term)
            else:
                out.append(s[i:i + 2])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _remove_begin_all(node):
    while node is not None and node.type == "NODE_BEGIN" and node.body is not None:
        node = node.body
    return node


def _list_prepend(item, lst):
    n = new_list(item, item.loc)
    n.next = lst
    n.alen = 1 + (lst.alen or 0)
    set_last(n, lst.loc)
    return n


def _tok(x):
    while isinstance(x, Tree):
        x = x.children[-1] if x.data in ("fitem",) else x.children[0]
    return x


def _is_empty(t) -> bool:
    if t is None:
        return True
    if t.__class__ is PTree:
        return t.empty          # located by the parser: it covers no token
    if isinstance(t, Token):
        return False
    return all(_is_empty(c) for c in t.children)


def _between(a, b) -> Location:
    la, lb = loc_of(a), loc_of(b)
    return Location(la.last_lineno, la.last_column, lb.first_lineno, lb.first_column)


_INT_RE = re.compile(r"\A(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|0[dD][0-9_]+|[0-9][0-9_]*)\Z")


def _int(text: str) -> int:
    t = text.replace("_", "")
    if t[:2] in ("0x", "0X"):
        return int(t[2:], 16)
    if t[:2] in ("0b", "0B"):
        return int(t[2:], 2)
    if t[:2] in ("0o", "0O"):
        return int(t[2:], 8)
    if t[:2] in ("0d", "0D"):
        return int(t[2:], 10)
    if len(t) > 1 and t[0] == "0":
        return int(t[1:], 8)
    return int(t)


def _real(text: str):
    t = text.replace("_", "")
    if any(ch in t for ch in ".eE") and not t[:2].lower() in ("0x", "0b"):
        return float(t)
    return _int(t)


def _number(tok):
    text = str(tok.rtok.text)
    typ = tok.type
    if typ == "INTEGER":
        return _int(text)
    if typ == "FLOAT":
        return float(text.replace("_", ""))
    if typ == "RATIONAL":
        body = text[:-1].replace("_", "")
        if "." in body:
            return RRational(Fraction(body))
        return RRational(Fraction(_int(body)))
    if typ == "IMAGINARY":
        body = text[:-1]
        if body.endswith("r"):
            b = body[:-1].replace("_", "")
            im = RRational(Fraction(b) if "." in b else Fraction(_int(b)))
        else:
            im = _real(body)
        return RComplex(0, im)
    raise NotImplementedError(typ)


def _negate(v):
    if isinstance(v, RRational):
        return RRational(-v.value)
    if isinstance(v, RComplex):
        im = v.imag
        return RComplex(0, RRational(-im.value) if isinstance(im, RRational) else -im)
    return -v


def _handlers(cls) -> None:
    """The dispatch tables of Builder.visit: rule name -> b_<rule>, terminal -> t_<TERMINAL>."""
    rules, tokens = {}, {}
    for klass in reversed(cls.__mro__):
        for name, fn in vars(klass).items():
            if name.startswith("b_") and callable(fn):
                rules[name[2:]] = fn
            elif name.startswith("t_") and callable(fn):
                tokens[name[2:]] = fn
    cls._rules = rules
    cls._tokens = tokens


_handlers(Builder)
