"""`RubyVM::InstructionSequence#to_a` (cf. iseq.c's iseq_data_to_ary in CRuby 3.1): the iseq as
nested arrays, "YARVInstructionSequence/SimpleDataFormat".

Values use the ISeq operand model (rubyvm.iseq.values): a Symbol is an RSymbol, a String a
RubyValue("String", inspect, text), a Hash a RubyHash of pairs, an Array a list, Integer / true /
false / nil the Python int / True / False / None. `encode` turns such a value into the tagged JSON
that scripts/goldens.py writes for CRuby's own to_a, so the two compare as text."""
from __future__ import annotations

from typing import Any

from .. import insns as table
from ..ast.literals import RString, RSymbol, inspect_literal
from .iseq import EVENT_BITS, InstructionSequence, UNDEF
from .values import RubyHash, RubyValue

MAGIC = "YARVInstructionSequence/SimpleDataFormat"
ISEQ_MAJOR_VERSION, ISEQ_MINOR_VERSION = 3, 1      # RUBY_API_VERSION of 3.1
FORMAT_TYPE = 1

# the events to_a lists, in iseq_data_to_ary's order (C_CALL / C_RETURN are not listed)
_EVENT_ORDER = ("RUBY_EVENT_LINE", "RUBY_EVENT_CLASS", "RUBY_EVENT_END", "RUBY_EVENT_CALL",
                "RUBY_EVENT_RETURN", "RUBY_EVENT_B_CALL", "RUBY_EVENT_B_RETURN",
                "RUBY_EVENT_COVERAGE_LINE", "RUBY_EVENT_COVERAGE_BRANCH")
_LISTED_EVENTS = tuple((EVENT_BITS[n], RSymbol(n)) for n in _EVENT_ORDER)

_OPERAND_TYPES: dict[str, tuple[str, ...]] = {i.name: tuple(o.type for o in i.operands)
                                              for i in table.INSNS}
_SYM_CACHE: dict[str, RSymbol] = {}


def _sym(name: str) -> RSymbol:
    s = _SYM_CACHE.get(name)
    if s is None:
        s = _SYM_CACHE[name] = RSymbol(name)
    return s


def string(text: str) -> RubyValue:
    """A String of to_a (label, path ...)."""
    return RubyValue("String", inspect_literal(RString(text)), text)


_MAGIC = string(MAGIC)     # the one unfrozen String of to_a


def _label(pos: int) -> RSymbol:
    return _sym(f"label_{pos}")


def to_a(iseq: InstructionSequence) -> list:
    """iseq_data_to_ary"""
    body = iseq
    loc = list(body.code_location)
    misc = RubyHash([
        (_sym("arg_size"), body.arg_size),
        (_sym("local_size"), body.local_size),
        (_sym("stack_max"), body.stack_max),
        (_sym("node_id"), getattr(body, "node_id", -1)),
        (_sym("code_location"), loc),
        (_sym("node_ids"), [i.node_id for i in body.insns]),
    ])
    labels = _label_positions(iseq)
    return [
        _MAGIC, ISEQ_MAJOR_VERSION, ISEQ_MINOR_VERSION, FORMAT_TYPE, misc,
        string(iseq.label), string(iseq.path),
        string(iseq.absolute_path) if iseq.absolute_path is not None else None,
        iseq.first_lineno, _sym(iseq.type), _locals(iseq), _params(iseq),
        _catch_table(iseq), _body(iseq, labels),
    ]


def _locals(iseq: InstructionSequence) -> list:
    """A hidden local (no name) is listed as local_table_size - i + 1."""
    size = len(iseq.local_table)
    return [_sym(name) if name is not None else size - i + 1
            for i, name in enumerate(iseq.local_table)]


def _params(iseq: InstructionSequence) -> RubyHash:
    p = iseq.params
    out = RubyHash()
    if p.opt_num:
        out.append((_sym("opt"), [_label(x) for x in p.opt_table]))
    if p.has_lead:
        out.append((_sym("lead_num"), p.lead_num))
    if p.post_num:
        out.append((_sym("post_num"), p.post_num))
        out.append((_sym("post_start"), p.post_start))
    if p.rest_start >= 0:
        out.append((_sym("rest_start"), p.rest_start))
    if p.block_start >= 0:
        out.append((_sym("block_start"), p.block_start))
    kw = p.keyword
    if kw is not None:
        keys: list = [_sym(k) for k in kw.required]
        for name, default in kw.optional:
            keys.append([_sym(name)] if default is UNDEF else [_sym(name), default])
        out.append((_sym("kwbits"), kw.bits_start))
        out.append((_sym("keyword"), keys))
    if p.kwrest_start >= 0:
        out.append((_sym("kwrest"), p.kwrest_start))
    if p.ambiguous_param0:
        out.append((_sym("ambiguous_param0"), True))
    if p.accepts_no_kwarg:
        out.append((_sym("accepts_no_kwarg"), True))
    return out


def _catch_table(iseq: InstructionSequence) -> list:
    return [[_sym(e.type), to_a(e.iseq) if e.iseq is not None else None,
             _label(e.start), _label(e.end), _label(e.cont), e.sp]
            for e in iseq.catch_table]


def _label_positions(iseq: InstructionSequence) -> set:
    """Where to_a puts a :label_N: every position an operand, the catch table or the optional
    argument table refers to."""
    labels = set(iseq.params.opt_table) if iseq.params.opt_num else set()
    for e in iseq.catch_table:
        labels.update((e.start, e.end, e.cont))
    for ins in iseq.insns:
        types = _OPERAND_TYPES[ins.name]
        for j, t in enumerate(types):
            if t == "OFFSET":
                labels.add(ins.operands[j])
            elif t == "CDHASH":
                labels.update(ins.operands[j].values())
    return labels


def _body(iseq: InstructionSequence, labels: set) -> list:
    """Labels, then the line (when it changes) and the events of each insns_info entry, then
    the instruction. add_insn_info makes no entry for an instruction whose line, node and events
    equal the previous one's (two `leave [Br]` in a row), so its events are not listed again;
    without parse.y's node ids, equal line and events stand for that."""
    out: list = []
    last_line = 0
    prev_line, prev_events = -1, -1
    for ins in iseq.insns:
        if ins.pos in labels:
            out.append(_label(ins.pos))
        line, ev = ins.line, ins.events
        if line != prev_line or ev != prev_events:
            if line > 0 and line != last_line:
                out.append(line)
                last_line = line
            if ev:
                for bit, sym in _LISTED_EVENTS:
                    if ev & bit:
                        out.append(sym)
            prev_line, prev_events = line, ev
        out.append(_insn(ins))
    return out


def _insn(ins) -> list:
    a: list = [_sym(ins.name)]
    for t, op in zip(_OPERAND_TYPES[ins.name], ins.operands):
        if t == "OFFSET":
            a.append(_label(op))
        elif t == "ISEQ":
            a.append(to_a(op) if op is not None else None)
        elif t == "CALL_DATA":
            a.append(_calldata(op))
        elif t == "ID":
            a.append(_sym(op) if op is not None else None)
        elif t == "CDHASH":
            cd: list = []
            for key, pos in op.items():
                cd.append(cdhash_key(key))
                cd.append(_label(pos))
            a.append(cd)
        elif t == "VALUE" and isinstance(op, InstructionSequence):
            a.append(to_a(op))
        else:
            a.append(op)
    return a


def _calldata(cd: dict) -> RubyHash:
    """{mid:, flag:, kw_arg:, orig_argc:}; orig_argc leaves the keyword arguments out."""
    kw = cd.get("kw_arg") or ()
    mid = cd.get("mid")
    out = RubyHash([(_sym("mid"), _sym(mid) if mid is not None else None),
                    (_sym("flag"), cd.get("flag", 0))])
    if kw:
        out.append((_sym("kw_arg"), [_sym(k) for k in kw]))
    out.append((_sym("orig_argc"), cd.get("orig_argc", 0) - len(kw)))
    return out


def cdhash_key(key) -> Any:
    """The compiler keys opt_case_dispatch's hash by (kind, value) (compiler.values)."""
    kind, v = key if isinstance(key, tuple) else (None, key)
    if kind == "sym":
        return _sym(v)
    if kind == "str":
        return string(v)
    if kind == "float":
        return RubyValue("Float", inspect_literal(v), v)
    return v


# ---- the tagged JSON of scripts/goldens.py ----------------------------------------------------

def encode(v: Any, frozen: bool = True) -> Any:
    """A to_a value as scripts/goldens.py's `enc` writes CRuby's. Every String of to_a is a
    frozen literal except the magic of each (nested) iseq."""
    if v is None or v is True or v is False or type(v) is int:
        return v
    if isinstance(v, RSymbol):
        return {"sym": str(v)}
    if isinstance(v, RubyValue):
        if v.cls == "String":
            text = v.value
            if isinstance(text, bytes):
                return {"bytes": text.hex(), "inspect": v.inspect}
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                return {"bytes": text.encode("utf-8", "surrogateescape").hex(),
                        "inspect": v.inspect}
            return {"str": text, "inspect": v.inspect, "frozen": frozen}
        if v.cls == "Float":
            return {"float": v.inspect, "inspect": v.inspect}
        return {"obj": v.cls, "inspect": v.inspect}
    if isinstance(v, RubyHash):
        return {"hash": [[encode(k), encode(x)] for k, x in v]}
    if isinstance(v, list):
        return [encode(x, x is not _MAGIC) for x in v]
    if isinstance(v, int):
        return int(v)
    raise TypeError(f"to_a: no Ruby value for {v!r}")
