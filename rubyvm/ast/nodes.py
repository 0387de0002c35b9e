"""CRuby's NODE_* types, declared once.

Each entry of NODE_TYPES is (type name, fields in the order `--dump=parsetree` prints them).
A field is (label as printed, Python attribute, kind), where kind is:
  node  a child node (or None: "(null node)")
  id    a Ruby ID: a symbol name, None for "(null)", or INTERNAL for an internal variable
  lit   a Ruby literal, printed with its Ruby #inspect (rubyvm.ast.literals)
  int   a number
  +special kinds handled by the dumper (state, brace, nth, tbl, operator, ...)
cf. node.h (enum node_type) and node.c (dump_node) in CRuby 3.1.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Optional

N, I, L = "node", "id", "lit"

NODE_TYPES: list[tuple[str, tuple[tuple[str, str, str], ...]]] = [
    ("NODE_SCOPE", (("nd_tbl", "tbl", "tbl"), ("nd_args", "args", N), ("nd_body", "body", N))),
    ("NODE_BLOCK", (("nd_head", "head", N), ("nd_next", "next", N))),   # dumped as a chain
    ("NODE_IF", (("nd_cond", "cond", N), ("nd_body", "body", N), ("nd_else", "else_", N))),
    ("NODE_UNLESS", (("nd_cond", "cond", N), ("nd_body", "body", N), ("nd_else", "else_", N))),
    ("NODE_CASE", (("nd_head", "head", N), ("nd_body", "body", N))),
    ("NODE_CASE2", (("nd_head", "head", N), ("nd_body", "body", N))),
    ("NODE_CASE3", (("nd_head", "head", N), ("nd_body", "body", N))),
    ("NODE_WHEN", (("nd_head", "head", N), ("nd_body", "body", N), ("nd_next", "next", N))),
    ("NODE_IN", (("nd_head", "head", N), ("nd_body", "body", N), ("nd_next", "next", N))),
    ("NODE_WHILE", (("nd_state", "state", "state"), ("nd_cond", "cond", N), ("nd_body", "body", N))),
    ("NODE_UNTIL", (("nd_state", "state", "state"), ("nd_cond", "cond", N), ("nd_body", "body", N))),
    ("NODE_ITER", (("nd_iter", "iter", N), ("nd_body", "body", N))),
    ("NODE_FOR", (("nd_iter", "iter", N), ("nd_body", "body", N))),
    ("NODE_FOR_MASGN", (("nd_var", "var", N),)),
    ("NODE_BREAK", (("nd_stts", "stts", N),)),
    ("NODE_NEXT", (("nd_stts", "stts", N),)),
    ("NODE_REDO", ()),
    ("NODE_RETRY", ()),
    ("NODE_BEGIN", (("nd_body", "body", N),)),
    ("NODE_RESCUE", (("nd_head", "head", N), ("nd_resq", "resq", N), ("nd_else", "else_", N))),
    ("NODE_RESBODY", (("nd_args", "args", N), ("nd_body", "body", N), ("nd_head", "head", N))),
    ("NODE_ENSURE", (("nd_head", "head", N), ("nd_ensr", "ensr", N))),
    ("NODE_AND", (("nd_1st", "first", N), ("nd_2nd", "second", N))),
    ("NODE_OR", (("nd_1st", "first", N), ("nd_2nd", "second", N))),
    ("NODE_MASGN", (("nd_value", "value", N), ("nd_head", "head", N), ("nd_args", "args", "rest"))),
    ("NODE_LASGN", (("nd_vid", "vid", I), ("nd_value", "value", "kwvalue"))),
    ("NODE_DASGN", (("nd_vid", "vid", I), ("nd_value", "value", "kwvalue"))),
    ("NODE_GASGN", (("nd_entry", "vid", I), ("nd_value", "value", N))),
    ("NODE_IASGN", (("nd_vid", "vid", I), ("nd_value", "value", N))),
    ("NODE_CDECL", (("nd_vid", "vid", "cdecl_vid"), ("nd_else", "else_", "cdecl_else"),
                    ("nd_value", "value", N))),
    ("NODE_CVASGN", (("nd_vid", "vid", I), ("nd_value", "value", N))),
    ("NODE_OP_ASGN1", (("nd_recv", "recv", N), ("nd_mid", "mid", "operator"),
                       ("nd_args->nd_head", "index", N), ("nd_args->nd_body", "value", N))),
    ("NODE_OP_ASGN2", (("nd_recv", "recv", N), ("nd_next->nd_vid", "vid", "attr"),
                       ("nd_next->nd_mid", "mid", "operator"), ("nd_value", "value", N))),
    ("NODE_OP_ASGN_AND", (("nd_head", "head", N), ("nd_value", "value", N))),
    ("NODE_OP_ASGN_OR", (("nd_head", "head", N), ("nd_value", "value", N))),
    ("NODE_OP_CDECL", (("nd_head", "head", N), ("nd_aid", "aid", "operator"), ("nd_value", "value", N))),
    ("NODE_CALL", (("nd_mid", "mid", I), ("nd_recv", "recv", N), ("nd_args", "args", N))),
    ("NODE_OPCALL", (("nd_mid", "mid", I), ("nd_recv", "recv", N), ("nd_args", "args", N))),
    ("NODE_FCALL", (("nd_mid", "mid", I), ("nd_args", "args", N))),
    ("NODE_VCALL", (("nd_mid", "mid", I),)),
    ("NODE_QCALL", (("nd_mid", "mid", I), ("nd_recv", "recv", N), ("nd_args", "args", N))),
    ("NODE_SUPER", (("nd_args", "args", N),)),
    ("NODE_ZSUPER", ()),
    ("NODE_LIST", (("nd_alen", "alen", "int"), ("nd_head", "head", N), ("nd_next", "next", N))),
    ("NODE_ZLIST", ()),
    ("NODE_VALUES", (("nd_alen", "alen", "int"), ("nd_head", "head", N), ("nd_next", "next", N))),
    ("NODE_HASH", (("nd_brace", "brace", "brace"), ("nd_head", "head", N))),
    ("NODE_RETURN", (("nd_stts", "stts", N),)),
    ("NODE_YIELD", (("nd_head", "head", N),)),
    ("NODE_LVAR", (("nd_vid", "vid", I),)),
    ("NODE_DVAR", (("nd_vid", "vid", I),)),
    ("NODE_GVAR", (("nd_entry", "vid", I),)),
    ("NODE_IVAR", (("nd_vid", "vid", I),)),
    ("NODE_CONST", (("nd_vid", "vid", I),)),
    ("NODE_CVAR", (("nd_vid", "vid", I),)),
    ("NODE_NTH_REF", (("nd_nth", "nth", "nth"),)),
    ("NODE_BACK_REF", (("nd_nth", "nth", "backref"),)),
    ("NODE_MATCH", (("nd_lit", "lit", L),)),
    ("NODE_MATCH2", (("nd_recv", "recv", N), ("nd_value", "value", N), ("nd_args", "args", "optnode"))),
    ("NODE_MATCH3", (("nd_recv", "recv", N), ("nd_value", "value", N))),
    ("NODE_LIT", (("nd_lit", "lit", L),)),
    ("NODE_STR", (("nd_lit", "lit", L),)),
    ("NODE_DSTR", (("nd_lit", "lit", L), ("nd_next->nd_head", "chain_head", N), ("nd_next->nd_next", "chain_next", N))),
    ("NODE_XSTR", (("nd_lit", "lit", L),)),
    ("NODE_DXSTR", (("nd_lit", "lit", L), ("nd_next->nd_head", "chain_head", N), ("nd_next->nd_next", "chain_next", N))),
    ("NODE_EVSTR", (("nd_body", "body", N),)),
    ("NODE_DREGX", (("nd_lit", "lit", L), ("nd_next->nd_head", "chain_head", N), ("nd_next->nd_next", "chain_next", N))),
    ("NODE_ONCE", (("nd_body", "body", N),)),
    ("NODE_ARGS", (("nd_ainfo->pre_args_num", "pre_args_num", "int"),
                   ("nd_ainfo->pre_init", "pre_init", N),
                   ("nd_ainfo->post_args_num", "post_args_num", "int"),
                   ("nd_ainfo->post_init", "post_init", N),
                   ("nd_ainfo->first_post_arg", "first_post_arg", I),
                   ("nd_ainfo->rest_arg", "rest_arg", I),
                   ("nd_ainfo->block_arg", "block_arg", I),
                   ("nd_ainfo->opt_args", "opt_args", N),
                   ("nd_ainfo->kw_args", "kw_args", N),
                   ("nd_ainfo->kw_rest_arg", "kw_rest_arg", N))),
    ("NODE_OPT_ARG", (("nd_body", "body", N), ("nd_next", "next", N))),
    ("NODE_KW_ARG", (("nd_body", "body", N), ("nd_next", "next", N))),
    ("NODE_POSTARG", (("nd_1st", "first", "rest"), ("nd_2nd", "second", N))),
    ("NODE_ARGSCAT", (("nd_head", "head", N), ("nd_body", "body", N))),
    ("NODE_ARGSPUSH", (("nd_head", "head", N), ("nd_body", "body", N))),
    ("NODE_SPLAT", (("nd_head", "head", N),)),
    ("NODE_BLOCK_PASS", (("nd_head", "head", N), ("nd_body", "body", N))),
    ("NODE_DEFN", (("nd_mid", "mid", I), ("nd_defn", "defn", N))),
    ("NODE_DEFS", (("nd_recv", "recv", N), ("nd_mid", "mid", I), ("nd_defn", "defn", N))),
    ("NODE_ALIAS", (("nd_1st", "first", N), ("nd_2nd", "second", N))),
    ("NODE_VALIAS", (("nd_alias", "alias", I), ("nd_orig", "orig", I))),
    ("NODE_UNDEF", (("nd_undef", "undef", N),)),
    ("NODE_CLASS", (("nd_cpath", "cpath", N), ("nd_super", "super", N), ("nd_body", "body", N))),
    ("NODE_MODULE", (("nd_cpath", "cpath", N), ("nd_body", "body", N))),
    ("NODE_SCLASS", (("nd_recv", "recv", N), ("nd_body", "body", N))),
    ("NODE_COLON2", (("nd_mid", "mid", I), ("nd_head", "head", N))),
    ("NODE_COLON3", (("nd_mid", "mid", I),)),
    ("NODE_DOT2", (("nd_beg", "beg", N), ("nd_end", "end", N))),
    ("NODE_DOT3", (("nd_beg", "beg", N), ("nd_end", "end", N))),
    ("NODE_FLIP2", (("nd_beg", "beg", N), ("nd_end", "end", N))),
    ("NODE_FLIP3", (("nd_beg", "beg", N), ("nd_end", "end", N))),
    ("NODE_SELF", ()),
    ("NODE_NIL", ()),
    ("NODE_TRUE", ()),
    ("NODE_FALSE", ()),
    ("NODE_ERRINFO", ()),
    ("NODE_DEFINED", (("nd_head", "head", N),)),
    ("NODE_POSTEXE", (("nd_body", "body", N),)),
    ("NODE_DSYM", (("nd_lit", "lit", L), ("nd_next->nd_head", "chain_head", N), ("nd_next->nd_next", "chain_next", N))),
    ("NODE_ATTRASGN", (("nd_recv", "recv", N), ("nd_mid", "mid", I), ("nd_args", "args", N))),
    ("NODE_LAMBDA", (("nd_body", "body", N),)),
    ("NODE_ARYPTN", (("nd_pconst", "pconst", N), ("nd_apinfo->pre_args", "pre_args", N),
                     ("nd_apinfo->rest_arg", "rest_arg", "rest"), ("nd_apinfo->post_args", "post_args", N))),
    ("NODE_HSHPTN", (("nd_pconst", "pconst", N), ("nd_pkwargs", "pkwargs", N),
                     ("nd_pkwrestarg", "pkwrestarg", "kwrest"))),
    ("NODE_FNDPTN", (("nd_pconst", "pconst", N), ("nd_fpinfo->pre_rest_arg", "pre_rest_arg", "rest"),
                     ("nd_fpinfo->args", "args", N), ("nd_fpinfo->post_rest_arg", "post_rest_arg", "rest"))),
]


class _Special:
    """A sentinel value CRuby stores in a node field (cf. NODE_SPECIAL_* in node.h)."""
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NO_NAME_REST = _Special("NODE_SPECIAL_NO_NAME_REST")          # `*` without a name
REQUIRED_KEYWORD = _Special("NODE_SPECIAL_REQUIRED_KEYWORD")  # `k:` without a default
NO_REST_KEYWORD = _Special("NODE_SPECIAL_NO_REST_KEYWORD")    # `**nil`


class _ExcessedComma:
    """NODE_SPECIAL_EXCESSIVE_COMMA: the rest_arg of `|a, |`."""
    def __repr__(self) -> str:
        return "EXCESSED_COMMA"


EXCESSED_COMMA = _ExcessedComma()


class InternalId:
    """An ID with no name (CRuby's internal variables, e.g. for `*` or `...`)."""
    def __init__(self, hint: str = "") -> None:
        self.hint = hint

    def __repr__(self) -> str:
        return f"<internal {self.hint}>"


@dataclass(eq=False)
class Location:
    first_lineno: int = 0
    first_column: int = 0
    last_lineno: int = 0
    last_column: int = 0


class Node:
    """Base of all NODE_* classes. Fields are plain attributes named in `_fields`."""
    type: ClassVar[str] = "NODE_?"
    _none = None          # a field that is always empty (reduce_nodes' nd_resq of NODE_ENSURE)
    _fields: ClassVar[tuple[str, ...]] = ()
    _dump: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    def __init__(self, *args: Any, loc: Optional[Location] = None, line: Optional[int] = None,
                 **kw: Any) -> None:
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name in self._fields[len(args):]:
            setattr(self, name, kw.pop(name, None))
        if kw:
            raise TypeError(f"{self.type}: unknown fields {sorted(kw)}")
        self.loc = loc or Location()
        self.nd_line = line if line is not None else self.loc.first_lineno
        self.newline = False     # NODE_FL_NEWLINE: the `*` after the header

    # ---- location helpers
    @property
    def first_lineno(self) -> int:
        return self.loc.first_lineno

    @property
    def last_lineno(self) -> int:
        return self.loc.last_lineno

    def children(self):
        for name, attr, kind in self._dump:
            if kind in ("node", "kwvalue", "rest", "optnode", "cdecl_else", "kwrest"):
                v = getattr(self, attr)
                if isinstance(v, Node):
                    yield v

    def __repr__(self) -> str:
        parts = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{self.type}({parts})"


NODE_CLASSES: dict[str, type[Node]] = {}


class _DStrBase(Node):
    """NODE_DSTR & co.: nd_lit, then nd_next, a NODE_LIST chain of the remaining parts
    (nd_alen counts them). The dump shows nd_next->nd_head and nd_next->nd_next."""

    @property
    def chain_head(self):
        return self.chain.head if self.chain is not None else None

    @property
    def chain_next(self):
        return self.chain.next if self.chain is not None else None


_DSTR_TYPES = {"NODE_DSTR", "NODE_DXSTR", "NODE_DREGX", "NODE_DSYM"}


def _make(name: str, dump: tuple[tuple[str, str, str], ...]) -> type[Node]:
    if name in _DSTR_TYPES:
        return type(name, (_DStrBase,), {"type": name, "_fields": ("lit", "chain", "alen"),
                                         "_dump": dump, "__doc__": f"CRuby's {name}."})
    fields = tuple(attr for _, attr, _ in dump)
    cls = type(name, (Node,), {"type": name, "_fields": fields, "_dump": dump,
                               "__doc__": f"CRuby's {name}."})
    return cls


for _name, _dump in NODE_TYPES:
    NODE_CLASSES[_name] = _make(_name, _dump)
    globals()[_name] = NODE_CLASSES[_name]


def new(type_name: str, *args: Any, **kw: Any) -> Node:
    return NODE_CLASSES[type_name](*args, **kw)
