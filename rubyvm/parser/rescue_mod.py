"""Re-associate `modifier_rescue` the way parse.y's precedence does.

parse.y has `arg_rhs: arg modifier_rescue arg`, `command_rhs: command_call modifier_rescue stmt`,
`stmt: mlhs '=' mrhs_arg modifier_rescue stmt` and the endless-def forms `... '=' arg
modifier_rescue arg`; with `%left modifier_rescue` above `%right '=' tOP_ASGN` bison shifts
the `rescue` into the right-hand side: `x = a rescue b` is `x = (a rescue b)`. Our grammar
cannot say that without conflicts, so it parses every modifier rescue as `stmt modifier_rescue
stmt` and this pass moves the rescue into the innermost assignment (or endless def) that ends
the left statement -- the same tree bison builds. The parse loop (driver.py) applies it to
each rescue_mod node as it reduces it, its subtrees being done already.
"""
from __future__ import annotations

from lark import Token, Tree
from lark.tree import Meta

from .ptree import PTree

# rules whose last child is a right-hand side that takes a trailing `rescue`
_OPEN = {"assign", "opassign", "opassign_aref", "opassign_field", "opassign_const_path",
         "opassign_top_const", "opassign_backref", "endless_def", "endless_defs", "massign"}

# a massign's rhs that is a command call takes no rescue (`mlhs '=' command_call` has none)
_COMMANDS = {"command", "command_block", "command_call", "command_call_block", "super", "yield",
             "return", "break", "next", "block_call_call", "block_call_call_block",
             "block_call_command_block"}


def _is_command(t) -> bool:
    if not isinstance(t, Tree):
        return False
    if t.data in _COMMANDS:
        return True
    return t.data == "method_add_block" and _is_command(t.children[0])


def _empty(t) -> bool:
    return isinstance(t, Tree) and all(_empty(c) for c in t.children)


def _last(t: Tree):
    """Index of the last child that is not an empty tree, or None."""
    for i in range(len(t.children) - 1, -1, -1):
        if not _empty(t.children[i]):
            return i
    return None


def _open_spine(t):
    """The path to the innermost open node along t's right spine, as (node, ...)."""
    path = []
    best = None
    node = t
    while isinstance(node, Tree):
        path.append(node)
        if node.data in _OPEN and not (node.data == "massign" and _is_command(node.children[-1])):
            best = len(path)
        i = _last(node)
        if i is None:
            break
        node = node.children[i]
    return path[:best] if best else None


def _extend(meta: Meta, end) -> None:
    if getattr(meta, "empty", True):
        return
    meta.end_line, meta.end_column, meta.end_pos = end


def reassociate_one(tree):
    """One `stmt modifier_rescue stmt` node, its subtrees done: the tree to use instead."""
    if tree.data != "rescue_mod":
        return tree
    left, kw, right = tree.children
    path = _open_spine(left)
    if not path:
        return tree
    target = path[-1]
    i = len(target.children) - 1
    rhs = target.children[i]
    new = PTree("rescue_mod", [rhs, kw, right], _span(rhs, right))
    target.children[i] = new
    end = (new.meta.end_line, new.meta.end_column, getattr(new.meta, "end_pos", None))
    for node in path:
        _extend(node.meta, end)
    return left


def _pos(x, end: bool):
    if isinstance(x, Token):
        return (x.end_line, x.end_column, x.end_pos) if end else (x.line, x.column, x.start_pos)
    m = x.meta
    return (m.end_line, m.end_column, getattr(m, "end_pos", None)) if end else \
        (m.line, m.column, getattr(m, "start_pos", None))


def _span(a, b) -> Meta:
    m = Meta()
    m.line, m.column, m.start_pos = _pos(a, False)
    m.end_line, m.end_column, m.end_pos = _pos(b, True)
    m.empty = False
    return m
