"""`ruby --dump=parsetree`, for our nodes.

cf. node.c's dump_node / rb_parser_dump_tree (CRuby 3.1): a header comment box, then each
node as `@ NODE_X (id: N, line: L, location: (l,c)-(l,c))` (with `*` when it starts a new
line), its fields as `+- nd_field: value` or `+- nd_field:` followed by the child indented
with `|   ` (or four spaces after the last field). We print no `id: N, ` (the goldens have it
removed) and `(internal variable)` for unnamed IDs.
"""
from __future__ import annotations

from .literals import inspect_literal
from .nodes import (EXCESSED_COMMA, InternalId, NO_NAME_REST, NO_REST_KEYWORD, REQUIRED_KEYWORD, Node)

HEADER = (
    "###########################################################\n"
    "## Do NOT use this node dump for any purpose other than  ##\n"
    "## debug and research.  Compatibility is not guaranteed. ##\n"
    "###########################################################\n\n"
)


_NO_LAST_NODE = {"NODE_DEFINED"}


def dump(node: Node | None) -> str:
    out: list[str] = [HEADER]
    _Dumper(out).node("# ", node)
    return "".join(out)


def format_id(v) -> str:
    if v is None:
        return "(null)"
    if isinstance(v, InternalId):
        return "(internal variable)"
    if v is EXCESSED_COMMA:
        return "1 (excessed comma)"
    return ":" + v


def _operator(v) -> str:
    # CRuby 3.1 stores || and && as the IDs idOROP/idANDOP: printed like any ID
    return format_id(v)


class _Dumper:
    def __init__(self, out: list[str]) -> None:
        self.out = out

    def w(self, s: str) -> None:
        self.out.append(s)

    def node(self, indent: str, node: Node | None) -> None:
        if node is None:
            self.w(indent + "(null node)\n")
            return
        loc = node.loc
        self.w(f"{indent}@ {node.type} (line: {node.nd_line}, location: ({loc.first_lineno},"
               f"{loc.first_column})-({loc.last_lineno},{loc.last_column})){'*' if node.newline else ''}\n")
        t = node.type
        if t == "NODE_BLOCK":
            return self.block(indent, node)
        if t in ("NODE_LIST", "NODE_VALUES"):
            return self.list(indent, node)
        if t in ("NODE_AND", "NODE_OR"):
            return self.andor(indent, node)
        if t in ("NODE_DSTR", "NODE_DXSTR", "NODE_DREGX", "NODE_DSYM") and node.chain is None:
            # node.c: a dynamic string with no nd_next shows its nd_lit only
            return self.simple(indent, "nd_lit", inspect_literal(node.lit))
        fields = [f for f in node._dump if not self._skip(node, f)]
        for i, (label, attr, kind) in enumerate(fields):
            # node.c forgets LAST_NODE for NODE_DEFINED's only field
            last = i == len(fields) - 1 and t not in _NO_LAST_NODE
            self.field(indent, node, label, getattr(node, attr), kind, last)

    @staticmethod
    def _skip(node: Node, field) -> bool:
        label, attr, kind = field
        # NODE_MATCH2 prints nd_args only when there are named captures
        return kind == "optnode" and getattr(node, attr) is None

    def simple(self, indent: str, label: str, text: str) -> None:
        self.w(f"{indent}+- {label}: {text}\n")

    def compound(self, indent: str, label: str, child: Node | None, last: bool) -> None:
        self.w(f"{indent}+- {label}:\n")
        self.node(indent + ("    " if last else "|   "), child)

    def field(self, indent: str, node: Node, label: str, v, kind: str, last: bool) -> None:
        if kind in ("node", "optnode"):
            return self.compound(indent, label, v, last)
        if kind == "id":
            return self.simple(indent, label, format_id(v))
        if kind == "lit":
            return self.simple(indent, label, inspect_literal(v))
        if kind == "int":
            return self.simple(indent, label, str(v))
        if kind == "tbl":
            text = ",".join(format_id(x) for x in v) if v else "(empty)"
            return self.simple(indent, label, text)
        if kind == "state":
            return self.simple(indent, label, "1 (while-end)" if v else "0 (begin-end-while)")
        if kind == "brace":
            return self.simple(indent, label, "1 (hash literal)" if v else "0 (keyword argument)")
        if kind == "operator":
            return self.simple(indent, label, _operator(v))
        if kind == "attr":
            # nd_next->nd_aid marks `recv&.attr op= v`
            return self.simple(indent, label, ("? " if getattr(node, "safe", False) else "") + format_id(v))
        if kind == "nth":
            return self.simple(indent, label, f"${v}")
        if kind == "backref":
            return self.simple(indent, label, f"${v}")
        if kind == "kwvalue":
            if v is REQUIRED_KEYWORD:
                return self.simple(indent, label, "NODE_SPECIAL_REQUIRED_KEYWORD (required keyword argument)")
            return self.compound(indent, label, v, True)
        if kind == "rest":
            if v is NO_NAME_REST:
                return self.simple(indent, label, "NODE_SPECIAL_NO_NAME_REST (rest argument without name)")
            return self.compound(indent, label, v, last)
        if kind == "kwrest":
            if v is NO_REST_KEYWORD:
                return self.simple(indent, label, "NODE_SPECIAL_NO_REST_KEYWORD (**nil)")
            return self.compound(indent, label, v, last)
        if kind == "cdecl_vid":
            if v:
                return self.simple(indent, label, format_id(v))
            return self.simple(indent, label, "0 (see extension field)")
        if kind == "cdecl_else":
            if node.vid:
                return self.simple(indent, label, "not used")
            return self.compound(indent, label, v, last)
        raise ValueError(f"unknown field kind {kind}")

    def block(self, indent: str, node: Node) -> None:
        # NODE_BLOCK: the chain of statements as `nd_head (1)`, `nd_head (2)`, ...
        i = 0
        while True:
            i += 1
            last = node.next is None
            self.w(f"{indent}+- nd_head ({i}):\n")
            self.node(indent + ("    " if last else "|   "), node.head)
            if node.next is not None and node.next.type == "NODE_BLOCK":
                node = node.next
                continue
            break
        if node.next is not None:
            self.compound(indent, "nd_next", node.next, True)

    def list(self, indent: str, node: Node) -> None:
        # dump_array: nd_alen once, every element as nd_head, then the chain's nd_next
        self.simple(indent, "nd_alen", str(node.alen))
        self.compound(indent, "nd_head", node.head, False)
        while node.next is not None and node.next.type == "NODE_LIST":
            node = node.next
            self.compound(indent, "nd_head", node.head, False)
        self.compound(indent, "nd_next", node.next, True)

    def andor(self, indent: str, node: Node) -> None:
        t = node.type
        while True:
            self.compound(indent, "nd_1st", node.first, False)
            if node.second is not None and node.second.type == t:
                node = node.second
                continue
            break
        self.compound(indent, "nd_2nd", node.second, True)
