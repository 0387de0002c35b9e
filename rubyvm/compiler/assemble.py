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


def _variadic_sp_inc(info):
    """The table's stack effect of a variadic instruction as a function of its operand list
    (insn_stack_increase), without the table's general argument handling."""
    names = tuple(o.name for o in info.operands)
    base = info.sp_inc_fixed
    push = info.push_count.fn if info.push_count is not None else None
    pop = info.pop_count.fn if info.pop_count is not None else None

    def sp_inc(operands) -> int:
        named = dict(zip(names, operands))
        n = base
        if push is not None:
            n += push(named)
        if pop is not None:
            n -= pop(named)
        return n
    return sp_inc


_VARIADIC_SP: dict = {i.name: _variadic_sp_inc(i) for i in table.INSNS if i.is_variadic}


def insn_len(name: str) -> int:
    return _LEN[name]


def offset_indexes(name: str) -> tuple[int, ...]:
    return _OFFSET_IDX[name]


def calc_sp_depth(depth: int, insn: Insn) -> int:
    inc = _FIXED_SP.get(insn.name)
    if inc is None:
        inc = _VARIADIC_SP[insn.name](insn.operands)
    return depth + inc


class AssembleError(Exception):
    pass


def fix_sp_depth(anchor: Anchor) -> int:
    """fix_sp_depth alone (set_sequence does it in its first pass)."""
    return _first_pass(anchor)


def _first_pass(anchor: Anchor) -> int:
    """fix_sp_depth and the first loop of iseq_set_sequence in one walk: each instruction's
    stack-depth change (kept on it), the labels' depth and position, events merged onto the
    next instruction. Returns stack_max."""
    fixed = _FIXED_SP
    variadic = _VARIADIC_SP
    lens = _LEN
    offsets = _OFFSET_IDX
    stack_max = 0
    sp = 0          # fix_sp_depth's depth
    sp2 = 0         # the depth iseq_set_sequence's first loop keeps (restores do not move it)
    pos = 0
    events = 0
    e = anchor.head.next
    while e is not None:
        t = type(e)
        if t is Insn:
            name = e.name
            inc = fixed.get(name)
            if inc is None:
                inc = variadic[name](e.operands)
            e.sp_inc = inc
            sp += inc
            if sp < 0:
                raise AssembleError(f"argument stack underflow ({sp}) at {e!r}")
            if sp > stack_max:
                stack_max = sp
            offs = offsets[name]
            if offs:
                ops = e.operands
                for j in offs:
                    lab = ops[j]
                    if lab.sp == -1:
                        lab.sp = sp
                if name == "opt_case_dispatch":
                    for lab in ops[0].values():
                        if lab.sp == -1:
                            lab.sp = sp
            sp2 += inc
            pos += lens[name]
            if events:
                e.events |= events
                events = 0
        elif t is Label:
            e.set = True
            if e.sp == -1:
                e.sp = sp
            else:
                sp = e.sp
            e.position = pos
            sp2 = e.sp
        elif t is Trace:
            events |= e.event
        elif t is Adjust:
            orig = sp
            sp = e.label.sp if e.label is not None else 0
            if e.line != -1:
                if orig - sp < 0:
                    raise AssembleError(f"iseq_set_sequence: adjust bug {orig} < {sp}")
                orig2 = sp2
                sp2 = e.label.sp if e.label is not None else 0
                if orig2 - sp2 > 0:
                    pos += 2 if orig2 - sp2 > 1 else 1
        e = e.next
    return stack_max


def set_sequence(iseq, anchor: Anchor) -> None:
    """iseq_set_sequence: positions, the encoded instructions with their line and events."""
    stack_max = _first_pass(anchor)
    out = []
    append = out.append
    lens = _LEN
    offsets = _OFFSET_IDX
    c_traced = C_TRACED
    pos = 0
    sp = 0
    e = anchor.head.next
    while e is not None:
        t = type(e)
        if t is Insn:
            sp += e.sp_inc
            name = e.name
            ops = e.operands
            ops = list(ops)
            offs = offsets[name]
            if offs:
                for j in offs:
                    ops[j] = ops[j].position
                if name == "opt_case_dispatch":
                    ops[0] = {k: v.position for k, v in ops[0].items()}
            ev = e.events
            if name in c_traced:
                ev |= EV_C_CALL | EV_C_RETURN
            append(Instruction(name, ops, pos, e.line, ev))
            pos += lens[name]
        elif t is Label:
            sp = e.sp
        elif t is Adjust:
            orig = sp
            sp = e.label.sp if e.label is not None else 0
            if e.line != -1:
                diff = orig - sp
                if diff > 1:
                    append(Instruction("adjuststack", [diff], pos, e.line, 0))
                    pos += 2
                elif diff == 1:
                    append(Instruction("pop", [], pos, e.line, 0))
                    pos += 1
                elif diff < 0:
                    raise AssembleError("iseq_set_sequence: adjust bug")
        e = e.next
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
