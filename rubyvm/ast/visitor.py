"""NodeVisitor / NodeTransformer / walk, as Python's ast module has them."""
from __future__ import annotations

from collections import deque
from typing import Iterator

from .nodes import Node

_CHILD_KINDS = ("node", "optnode", "kwvalue", "rest", "kwrest", "cdecl_else")


def iter_child_nodes(node: Node) -> Iterator[Node]:
    """The node's children in dump order (NODE_BLOCK/NODE_LIST chains included)."""
    for _label, attr, kind in node._dump:
        if kind in _CHILD_KINDS:
            v = getattr(node, attr)
            if isinstance(v, Node):
                yield v


def walk(node: Node) -> Iterator[Node]:
    """Every node under node (breadth first), node included."""
    todo = deque([node])
    while todo:
        n = todo.popleft()
        todo.extend(iter_child_nodes(n))
        yield n


class NodeVisitor:
    """Calls `visit_NODE_X(node)` for each node; generic_visit visits the children."""

    def visit(self, node: Node):
        return getattr(self, "visit_" + node.type, self.generic_visit)(node)

    def generic_visit(self, node: Node) -> None:
        for child in iter_child_nodes(node):
            self.visit(child)


class NodeTransformer(NodeVisitor):
    """Like ast.NodeTransformer: a visit_ method's return value replaces the node."""

    def generic_visit(self, node: Node) -> Node:
        for _label, attr, kind in node._dump:
            if kind in _CHILD_KINDS:
                v = getattr(node, attr)
                if isinstance(v, Node):
                    setattr(node, attr, self.visit(v))
        return node
