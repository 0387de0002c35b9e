"""The parse tree's node: a lark Tree that carries its own location (bison's YYLTYPE)."""
from __future__ import annotations

from lark import Tree


class PTree(Tree):
    """A parse-tree node carrying its own location, bison's YYLTYPE, where lark keeps a
    separate Meta: `t.meta is t`. `empty` marks a node that covers no token; it sits,
    zero width, at the end of the symbol before it (YYLLOC_DEFAULT with N == 0)."""
    __slots__ = ("data", "children", "line", "column", "end_line", "end_column", "empty")
    _meta = None

    def __init__(self, data, children, meta=None) -> None:
        self.data = data
        self.children = children
        if meta is not None and not getattr(meta, "empty", True):
            self.line, self.column = meta.line, meta.column
            self.end_line, self.end_column = meta.end_line, meta.end_column
            self.empty = False
        else:
            _locate(self, children, None)

    @property
    def meta(self):
        return self



def _locate(t, children, prev) -> None:
    """Set t's location from its children (YYLLOC_DEFAULT); prev: the symbol before it."""
    for c in children:
        if c.__class__ is PTree:
            if c.empty:
                continue
        elif isinstance(c, Tree):
            cm = c._meta
            if cm is None or getattr(cm, "empty", True):
                continue
            c = cm
        t.line = c.line
        t.column = c.column
        break
    else:
        if children:
            c = children[0]
            t.line = t.end_line = c.line
            t.column = t.end_column = c.column
        elif prev is None:
            t.line, t.column, t.end_line, t.end_column = 1, 0, 1, 0
        elif prev.__class__ is PTree or not isinstance(prev, Tree):
            t.line = t.end_line = prev.end_line
            t.column = t.end_column = prev.end_column
        else:
            t.line = t.end_line = prev.meta.end_line
            t.column = t.end_column = prev.meta.end_column
        t.empty = True
        return
    for i in range(len(children) - 1, -1, -1):
        c = children[i]
        if c.__class__ is PTree:
            if c.empty:
                continue
        elif isinstance(c, Tree):
            cm = c._meta
            if cm is None or getattr(cm, "empty", True):
                continue
            c = cm
        t.end_line = c.end_line
        t.end_column = c.end_column
        break
    t.empty = False
