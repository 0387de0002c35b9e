"""Build an InstructionSequence from CRuby's own `RubyVM::InstructionSequence#to_a`.

The golden files keep CRuby 3.1's to_a of every compiler-corpus program (as JSON with tagged
values, see scripts/goldens.py). Loading them checks our ISeq model and disassembler against
CRuby without our compiler in the loop, and gives the compiler a structural target."""
from __future__ import annotations

import json
from typing import Any

from .. import insns as table
from ..ast.literals import RSymbol
from .iseq import (EVENT_BITS, CatchEntry, Instruction, InstructionSequence, Keywords, Params,
                   UNDEF)
from .values import RubyHash, RubyValue

# instructions CRuby traces as C method calls: send specialised by iseq_specialized_instruction.
# to_a does not list their C_CALL/C_RETURN events, so the loader puts them back.
_C_TRACED = frozenset((
    "opt_plus", "opt_minus", "opt_mult", "opt_div", "opt_mod", "opt_eq", "opt_neq", "opt_lt",
    "opt_le", "opt_gt", "opt_ge", "opt_ltlt", "opt_and", "opt_or", "opt_aref", "opt_aset",
    "opt_length", "opt_size", "opt_empty_p", "opt_nil_p", "opt_succ", "opt_not",
    "opt_regexpmatch2"))


def decode(v: Any) -> Any:
    """The JSON tagging of scripts/goldens.py back to Python values."""
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if "sym" in v:
            return RSymbol(v["sym"])
        if "str" in v:
            return RubyValue("String", v["inspect"], v["str"])
        if "bytes" in v:
            return RubyValue("String", v["inspect"], bytes.fromhex(v["bytes"]))
        if "float" in v:
            return RubyValue("Float", v["inspect"], float(v["float"]))
        if "hash" in v:
            return RubyHash((decode(k), decode(x)) for k, x in v["hash"])
        if "obj" in v:
            return RubyValue(v["obj"], v["inspect"])
        raise ValueError(f"unknown tag {v!r}")
    return v


def _hash(h) -> dict:
    return {str(k): x for k, x in h} if isinstance(h, RubyHash) else {}


def load_json(text: str) -> InstructionSequence:
    return from_array(decode(json.loads(text)))


def from_array(a: list, parent: InstructionSequence | None = None) -> InstructionSequence:
    """One iseq from its to_a form. to_a copies an iseq everywhere it is referenced (a block
    with `break` sits in a catch entry and in the send), so identical copies under one parent
    become one object again; `defined?` guards, which are distinct but alike, stay apart."""
    (_magic, _major, _minor, _fmt, misc, label, path, abspath, first_lineno, typ,
     locals_, params, catch_table, body) = a
    misc = _hash(misc)
    loc = misc.get("code_location") or [first_lineno, 0, first_lineno, 0]
    iseq = InstructionSequence(
        type=str(typ), label=label.value if isinstance(label, RubyValue) else str(label),
        path=path.value if isinstance(path, RubyValue) else str(path),
        absolute_path=abspath.value if isinstance(abspath, RubyValue) else abspath,
        first_lineno=first_lineno, code_location=tuple(loc), parent=parent,
        arg_size=misc.get("arg_size", 0), local_size=misc.get("local_size", 0),
        stack_max=misc.get("stack_max", 0))
    iseq.local_table = [str(x) if isinstance(x, RSymbol) and str(x) != "#arg_rest" else None
                        for x in locals_]
    iseq.params = _params(_hash(params))
    # instructions, with the positions labels stand for
    pos = 0
    line = 0
    events = 0
    labels: dict[str, int] = {}
    pending = []
    for item in body:
        if isinstance(item, int):
            line = item
        elif isinstance(item, RSymbol):
            if item.startswith("label_"):
                labels[str(item)] = pos
            else:
                events |= EVENT_BITS[str(item)]
        else:
            name = str(item[0])
            ins = Instruction(name, list(item[1:]), pos, line, events)
            if name in _C_TRACED:
                ins.events |= EVENT_BITS["RUBY_EVENT_C_CALL"] | EVENT_BITS["RUBY_EVENT_C_RETURN"]
            events = 0
            pending.append(ins)
            pos += table.insn_len(name)
    labels_pos = {k: int(k[len("label_"):]) for k in labels}
    seen: dict[str, InstructionSequence] = {}
    # catch-table children first, as CRuby's disassembler meets them first
    for entry in catch_table:
        if entry[1] is not None and str(entry[0]) != "rescue":
            _child(entry[1], iseq, seen)
    for ins in pending:
        info = table.get(ins.name)
        ops = []
        for j, op in enumerate(ins.operands):
            t = info.operands[j].type
            if t == "OFFSET":
                ops.append(labels_pos.get(str(op), op))
            elif t == "ISEQ":
                ops.append(_child(op, iseq, seen) if op is not None else None)
            elif t == "CALL_DATA":
                cd = {k: (str(x) if isinstance(x, RSymbol) else
                          [str(y) for y in x] if isinstance(x, list) else x)
                      for k, x in _hash(op).items()}
                # to_a's orig_argc leaves out keyword arguments; vm_ci_argc counts them
                cd["orig_argc"] = cd.get("orig_argc", 0) + len(cd.get("kw_arg") or ())
                ops.append(cd)
            else:
                ops.append(op)
        ins.operands = ops
    iseq.has_catch_table = bool(catch_table)
    for entry in catch_table:
        ctype, child, st, ed, cont, sp = entry
        if child is not None:
            child = _child(child, iseq, seen) if str(ctype) != "rescue" else from_array(child, iseq)
        iseq.catch_table.append(CatchEntry(str(ctype), child, int(str(st)[6:]),
                                           int(str(ed)[6:]), int(str(cont)[6:]), sp))
    iseq.insns = pending
    return iseq


def _child(a: list, parent: InstructionSequence, seen: dict) -> InstructionSequence:
    key = repr(a)
    if key not in seen:
        # a method body has no parent_iseq (compile.c's NEW_ISEQ); blocks and classes do
        seen[key] = from_array(a, None if str(a[9]) == "method" else parent)
    return seen[key]


def _params(p: dict) -> Params:
    out = Params()
    out.lead_num = p.get("lead_num", 0)
    out.has_lead = "lead_num" in p
    if "opt" in p:
        out.opt_table = [int(str(x)[6:]) for x in p["opt"]]
    out.rest_start = p.get("rest_start", -1)
    out.post_start = p.get("post_start", -1)
    out.post_num = p.get("post_num", 0)
    out.block_start = p.get("block_start", -1)
    if "keyword" in p:
        kw = Keywords(bits_start=p.get("kwbits", -1))
        for k in p["keyword"]:
            if isinstance(k, list):
                kw.optional.append((str(k[0]), k[1] if len(k) > 1 else UNDEF))
            else:
                kw.required.append(str(k))
        out.keyword = kw
    out.kwrest_start = p.get("kwrest", -1)
    out.ambiguous_param0 = bool(p.get("ambiguous_param0"))
    return out


def mark_catch_except(root: InstructionSequence) -> None:
    """update_catch_except_flags (compile.c): an iseq that throws marks itself and its parents;
    a catch table with rescue/ensure/retry entries marks the iseq that owns it."""
    def walk(iseq: InstructionSequence):
        if any(i.name == "throw" for i in iseq.insns):
            node = iseq
            while node is not None:
                node.catch_except_p = True
                node = node.parent
        if any(e.type not in ("break", "next", "redo") for e in iseq.catch_table):
            iseq.catch_except_p = True
        for c in iseq.children():
            walk(c)
    walk(root)
