"""Chapter 1b's AST: CRuby's NODE_* types (nodes.py), a NodeVisitor, and the
`--dump=parsetree` printer (dump.py)."""
from __future__ import annotations

from .dump import dump
from .nodes import NODE_CLASSES, NODE_TYPES, Location, Node
from .visitor import NodeTransformer, NodeVisitor, walk

__all__ = ["dump", "Node", "Location", "NODE_TYPES", "NODE_CLASSES", "NodeVisitor",
           "NodeTransformer", "walk"]
