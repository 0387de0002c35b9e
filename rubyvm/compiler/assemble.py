"""From the linked list to the InstructionSequence: positions, stack depth, line/event info and
the catch table (cf. compile.c's fix_sp_depth, iseq_set_sequence, iseq_set_exception_table,
iseq_set_optargs_table and update_catch_except_flags)."""
from __future__ import annotations

from .. import insns as table
from ..iseq.iseq import CatchEntry, Instruction
from .context import (CATCH_BREAK, CATCH_NEXT, CATCH_NEXT_NOADJ, CATCH_REDO, CATCH_RESCUE,
                      EV_C_CALL, EV_C_RETURN)
from .linklist import Adjust, Anchor, Insn, Label, Trace

# send specialised by iseq_specialized_instruction: traced as C method calls
C_TRACED = frozenset((
    "opt_plus", "opt_minus", "opt_mult", "opt_div", "opt_mod", "opt_eq", "opt_neq", "opt_lt",
    "opt_le", "opt_gt", "opt_ge", "opt_ltlt", "opt_and", "opt_or", "opt_aref", "opt_aset",
    "opt_length", "opt_size", "opt_empty_p", "opt_nil_p", "opt_succ", "opt_not",
    "opt_regexpmatch2"))

_LEN: dict[str, int] = {i.name: i.length for i in table.INSNS}
_OFFSET_IDX: dict[str, tuple[int, ...]] = {
    i.name: tuple(j for j, o in enumerate(i.operands) if o.type == "OFFSET") for i in table.INSNS}
_FIXED_SP: dict[str, int] = {i.name: i.sp_inc() for i in table.INSNS if not i.is_variadic}


def insn_len(name: str) -> int:
    return _LEN[name]


def offset_indexes(name: str) -> tuple[int, ...]:
    return _OFFSET_IDX[name]


def calc_sp_depth(depth: int, insn: Insn) -> int:
    inc = _FIXED_SP.get(insn.name)
    if inc is None:
        inc = table.sp_inc(insn.name, insn.operands)
    return depth + inc


class AssembleError(Exception):
    pass


def fix_sp_depth(anchor: Anchor) -> int:
    stack_max = 0
    sp = 0
    for e in anchor:
        if isinstance(e, Label):
            e.set = True
    for e in anchor:
        if isinstance(e, Insn):
            sp = calc_sp_depth(sp, e)
            if sp < 0:
                raise AssembleError(f"argument stack underflow ({sp}) at {e!r}")
            if sp > stack_max:
                stack_max = sp
            for j in _OFFSET_IDX[e.name]:
                lab = e.operands[j]
                if lab.sp == -1:
                    lab.sp = sp
            if e.name == "opt_case_dispatch":
                for lab in e.operands[0].values():
                    if lab.sp == -1:
                        lab.sp = sp
        elif isinstance(e, Label):
            if e.sp == -1:
                e.sp = sp
            else:
                sp = e.sp
        elif isinstance(e, Adjust):
            orig = sp
            sp = e.label.sp if e.label is not None else 0
            if e.line != -1 and orig - sp < 0:
                raise AssembleError(f"iseq_set_sequence: adjust bug {orig} < {sp}")
    return stack_max


def set_sequence(iseq, anchor: Anchor) -> None:
    """iseq_set_sequence: positions, the encoded instructions with their line and events."""
    stack_max = fix_sp_depth(anchor)
    # fix label positions
    pos = 0
    sp = 0
    events = 0
    for e in anchor:
        if isinstance(e, Insn):
            sp = calc_sp_depth(sp, e)
            pos += _LEN[e.name]
            e.events |= events
            events = 0
        elif isinstance(e, Label):
            e.position = pos
            sp = e.sp
        elif isinstance(e, Trace):
            events |= e.event
        elif isinstance(e, Adjust):
            if e.line != -1:
                orig = sp
                sp = e.label.sp if e.label is not None else 0
                if orig - sp > 0:
                    pos += 2 if orig - sp > 1 else 1
    out = []
    pos = 0
    sp = 0
    for e in anchor:
        if isinstance(e, Insn):
            sp = calc_sp_depth(sp, e)
            ln = _LEN[e.name]
            ops = list(e.operands)
            for j in _OFFSET_IDX[e.name]:
                ops[j] = ops[j].position
            if e.name == "opt_case_dispatch":
                ops[0] = {k: v.position for k, v in ops[0].items()}
            ev = e.events
            if e.name in C_TRACED:
                ev |= EV_C_CALL | EV_C_RETURN
            out.append(Instruction(e.name, ops, pos, e.line, ev))
            pos += ln
        elif isinstance(e, Label):
            sp = e.sp
        elif isinstance(e, Adjust):
            orig = sp
            sp = e.label.sp if e.label is not None else 0
            if e.line != -1:
                diff = orig - sp
                if diff > 1:
                    out.append(Instruction("adjuststack", [diff], pos, e.line, 0))
                    pos += 2
                elif diff == 1:
                    out.append(Instruction("pop", [], pos, e.line, 0))
                    pos += 1
                elif diff < 0:
                    raise AssembleError("iseq_set_sequence: adjust bug")
    iseq.insns = out
    iseq.stack_max = stack_max


def set_exception_table(iseq, catch_table_ary: list) -> None:
    """iseq_set_exception_table"""
    entries = []
    for ctype, ls, le, child, lc in catch_table_ary:
        if lc is not None:
            cont = lc.position
            sp = lc.sp
            if ctype in (CATCH_RESCUE, CATCH_BREAK, CATCH_NEXT, CATCH_NEXT_NOADJ):
                sp -= 1
        else:
            cont = 0
            sp = 0
        if ctype == CATCH_NEXT_NOADJ:
            ctype = CATCH_NEXT
        entries.append(CatchEntry(ctype, child, ls.position, le.position, cont, sp))
    iseq.catch_table = entries
    iseq.has_catch_table = bool(entries)


def update_catch_except_flags(iseq) -> None:
    """update_catch_except_flags; an iseq that cannot catch keeps no catch table."""
    if any(i.name == "throw" for i in iseq.insns):
        node = iseq
        while node is not None:
            node.catch_except_p = True
            node = node.parent
    if any(e.type not in (CATCH_BREAK, CATCH_NEXT, CATCH_REDO) for e in iseq.catch_table):
        iseq.catch_except_p = True
    if not iseq.catch_except_p:
        iseq.catch_table = []
        iseq.has_catch_table = False
