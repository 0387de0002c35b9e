"""The optimisations CRuby 3.1 applies by default, in compile.c's order: iseq_optimize walks the
list once and applies to each instruction iseq_peephole_optimize, iseq_specialized_instruction
and insn_operands_unification."""
from __future__ import annotations

from typing import Optional

from .assemble import offset_indexes
from .context import ARGS_BLOCKARG, ARGS_SIMPLE, LABEL_RESCUE_BEG, LABEL_RESCUE_END
from .linklist import Adjust, Anchor, Element, Insn, Label, Trace, insert_after, insert_before, \
    remove, replace
from .values import is_string_value, truthy

# checktype operands (ruby_value_type) of the values a put* instruction pushes
T_STRING, T_NIL, T_ARRAY, T_HASH = 0x05, 0x11, 0x07, 0x08


def _is(e: Optional[Element], name: str) -> bool:
    return isinstance(e, Insn) and e.name == name


def get_destination_insn(iobj: Insn) -> Optional[Element]:
    lab = iobj.operands[0]
    e = lab.next
    events = 0
    while e is not None:
        if isinstance(e, (Insn, Adjust)):
            break
        if isinstance(e, Trace):
            events |= e.event
        e = e.next
    if isinstance(e, Insn):
        e.events |= events
    return e


def get_next_insn(iobj: Element) -> Optional[Element]:
    e = iobj.next
    while e is not None:
        if isinstance(e, (Insn, Adjust)):
            return e
        e = e.next
    return None


def get_prev_insn(iobj: Element) -> Optional[Element]:
    e = iobj.prev
    while e is not None:
        if isinstance(e, (Insn, Adjust)):
            return e
        e = e.prev
    return None


def unref_destination(iobj: Insn, pos: int) -> None:
    lab = iobj.operands[pos]
    lab.refcnt -= 1
    if lab.refcnt == 0:
        remove(lab)


def replace_destination(dobj: Insn, nobj: Insn) -> None:
    n = nobj.operands[0]
    dl = dobj.operands[0]
    dl.refcnt -= 1
    n.refcnt += 1
    dobj.operands[0] = n
    if dl.refcnt == 0:
        remove(dl)


def find_destination(i: Insn) -> Optional[Label]:
    idx = offset_indexes(i.name)
    return i.operands[idx[0]] if idx else None


def remove_unreachable_chunk(c, i: Optional[Element]) -> bool:
    first = i
    if i is None:
        return False
    unref: dict[int, int] = {}
    end = i
    while True:
        if isinstance(i, Insn):
            if i.name == "leave":
                end = i
                break
            lab = find_destination(i)
            if lab is not None:
                if lab.unremovable:
                    break
                unref[lab.no] = unref.get(lab.no, 0) + 1
        elif isinstance(i, Label):
            if i.unremovable:
                return False
            if i.refcnt > unref.get(i.no, 0):
                if i is first:
                    return False
                break
            end = i
            i = i.next
            if i is None:
                break
            continue
        elif isinstance(i, Adjust):
            if i.label is not None and i.label.unremovable:
                return False
        end = i
        i = i.next
        if i is None:
            break
    i = first
    while True:
        if isinstance(i, Insn):
            for pos in offset_indexes(i.name):
                unref_destination(i, pos)
        remove(i)
        if i is end:
            break
        i = i.next
        if i is None:
            break
    return True


def iseq_pop_newarray(iobj: Insn) -> bool:
    n = iobj.operands[0]
    if n == 0:
        remove(iobj)
        return True
    if n == 1:
        remove(iobj)
        return False
    iobj.name = "adjuststack"
    return True


def _type_of_put(iobj: Insn):
    if iobj.name == "putstring":
        return T_STRING
    if iobj.name == "putnil":
        return T_NIL
    if iobj.name == "putobject":
        v = iobj.operands[0]
        if v is None:
            return T_NIL
        if is_string_value(v):
            return T_STRING
        if isinstance(v, list):
            return T_ARRAY
        return ("other", id(v))
    return None


def optimize_checktype(c, iobj: Insn) -> bool:
    typ = _type_of_put(iobj)
    if typ is None:
        return False
    ciobj = get_next_insn(iobj)
    if _is(ciobj, "jump"):
        ciobj = get_next_insn(ciobj.operands[0])
    dup = None
    if _is(ciobj, "dup"):
        dup = ciobj
        ciobj = get_next_insn(ciobj)
    if not _is(ciobj, "checktype"):
        return False
    niobj = get_next_insn(ciobj)
    if niobj is None or not isinstance(niobj, Insn):
        return False
    dest = None
    if niobj.name == "branchif":
        if ciobj.operands[0] == typ:
            dest = niobj.operands[0]
    elif niobj.name == "branchunless":
        if ciobj.operands[0] != typ:
            dest = niobj.operands[0]
    else:
        return False
    line = ciobj.line
    if dest is None:
        if isinstance(niobj.next, Label):
            dest = niobj.next
        else:
            dest = c.new_label()
            insert_after(niobj, dest)
    j = Insn("jump", [dest], line)
    insert_after(iobj, j)
    dest.refcnt += 1
    if dup is None:
        insert_after(iobj, Insn("pop", [], line))
    return True


def iseq_peephole_optimize(c, iobj: Insn) -> None:
    while True:
        if _peephole_once(c, iobj) != "again":
            return


_PUT = frozenset(("putstring", "putnil", "putobject"))


def _peephole_once(c, iobj: Insn):
    if iobj.name in _PUT:
        optimize_checktype(c, iobj)

    if iobj.name == "jump":
        diobj = get_destination_insn(iobj)
        niobj = get_next_insn(iobj)
        if diobj is niobj:
            # jump LABEL; LABEL:  =>  LABEL:
            unref_destination(iobj, 0)
            remove(iobj)
            return None
        if iobj is not diobj and _is(diobj, "jump") and iobj.operands[0] is not diobj.operands[0]:
            # jump L1 ... L1: jump L2  =>  jump L2
            replace_destination(iobj, diobj)
            remove_unreachable_chunk(c, iobj.next)
            return "again"
        dniobj = None
        if _is(diobj, "leave"):
            ok = True
        else:
            ok = False
        if ok:
            # jump LABEL ... LABEL: leave  =>  leave ... LABEL: leave
            unref_destination(iobj, 0)
            iobj.name = diobj.name
            iobj.operands = []
            iobj.line = diobj.line
            iobj.events = diobj.events
            iobj.node_id = diobj.node_id
            if dniobj is not None:
                dniobj = Insn("leave", [], dniobj.line)
                insert_after(iobj, dniobj)
            # (CRuby 2.x also inserted a `pop` after the leave "to adjust the stack depth";
            # 3.1 does not)
            return "again"
        piobj = get_prev_insn(iobj)
        if piobj is not None and (_is(piobj, "branchif") or _is(piobj, "branchunless")):
            pdiobj = get_destination_insn(piobj)
            if niobj is pdiobj:
                # branchif L1; jump L2; L1:  =>  branchunless L2; L1:
                refcnt = piobj.next.refcnt if isinstance(piobj.next, Label) else 0
                piobj.name = "branchunless" if piobj.name == "branchif" else "branchif"
                replace_destination(piobj, iobj)
                if refcnt <= 1:
                    remove(iobj)
                return None
            elif diobj is pdiobj:
                # L1: ... branchif L1; jump L1  =>  L1: ... pop; jump L1
                popiobj = Insn("pop", [], iobj.line)
                replace(piobj, popiobj)
        if remove_unreachable_chunk(c, iobj.next):
            return "again"

    if iobj.name == "newrange":
        rng = iobj
        if True:
            end = get_prev_insn(rng)
            if end is not None and _frozen_putstring(end):
                beg = get_prev_insn(end)
                if beg is not None and _frozen_putstring(beg):
                    from .values import range_value
                    excl = rng.operands[0]
                    val = _range_of_strings(beg.operands[0], end.operands[0], excl)
                    remove(beg)
                    remove(end)
                    rng.name = "putobject"
                    rng.operands = [val]

    if iobj.name == "leave":
        remove_unreachable_chunk(c, iobj.next)

    if iobj.name in ("branchif", "branchnil", "branchunless"):
        # if L1 ... L1: jump L2  =>  if L2
        nobj = get_destination_insn(iobj)
        pobj = iobj.prev
        prev_dup = False
        if pobj is not None:
            if not isinstance(pobj, Insn):
                pobj = None
            elif pobj.name == "dup":
                prev_dup = True
        while True:
            if _is(nobj, "jump"):
                replace_destination(iobj, nobj)
            elif prev_dup and _is(nobj, "dup") and isinstance(nobj.next, Insn) \
                    and nobj.next.name == iobj.name:
                nobj = nobj.next
                replace_destination(iobj, nobj)
            elif pobj is not None:
                if prev_dup and isinstance(pobj.prev, Insn):
                    pobj = pobj.prev
                if pobj.name == "putobject":
                    v = pobj.operands[0]
                    if iobj.name == "branchif":
                        cond = v is not False
                    elif iobj.name == "branchunless":
                        cond = v is False
                    else:
                        cond = False
                elif pobj.name in ("putstring", "duparray", "newarray"):
                    cond = iobj.name == "branchif"
                elif pobj.name == "putnil":
                    cond = iobj.name != "branchif"
                else:
                    break
                if prev_dup or pobj.name != "newarray":
                    remove(iobj.prev)
                elif not iseq_pop_newarray(pobj):
                    pobj = Insn("pop", [], pobj.line)
                    insert_after(iobj, pobj)
                if cond:
                    if prev_dup:
                        pobj = Insn("putnil", [], pobj.line)
                        insert_after(iobj, pobj)
                    iobj.name = "jump"
                    return "again"
                else:
                    unref_destination(iobj, 0)
                    remove(iobj)
                break
            else:
                break
            nobj = get_destination_insn(nobj)

    if iobj.name == "pop":
        prev = iobj.prev
        if isinstance(prev, Insn):
            previ = prev.name
            if previ in ("putobject", "putnil", "putself", "putstring", "dup", "getlocal",
                         "getblockparam", "getblockparamproxy", "duparray"):
                remove(prev)
                remove(iobj)
            elif previ == "newarray" and iseq_pop_newarray(prev):
                remove(iobj)

    if iobj.name in ("newarray", "duparray", "expandarray", "concatarray", "splatarray"):
        nxt = iobj.next
        if _is(nxt, "splatarray"):
            remove(nxt)

    if iobj.name == "anytostring":
        nxt = iobj.next
        if _is(nxt, "concatstrings") and nxt.operands[0] == 1:
            remove(nxt)

    if iobj.name == "putstring" or (iobj.name == "putobject" and is_string_value(iobj.operands[0])):
        nxt = iobj.next
        if _is(nxt, "concatstrings") and _str_len(iobj.operands[0]) == 0:
            nxt.operands[0] -= 1
            if nxt.operands[0] == 1:
                remove(nxt)
            remove(iobj)

    if iobj.name == "concatstrings":
        nxt = iobj.next
        jump = None
        if _is(nxt, "jump"):
            jump = nxt
            nxt = get_destination_insn(jump)
        if _is(nxt, "concatstrings"):
            n = iobj.operands[0] + nxt.operands[0] - 1
            iobj.operands[0] = n
            if jump is not None:
                lab = jump.operands[0]
                lab.refcnt -= 1
                if lab.refcnt == 0:
                    remove(lab)
                else:
                    lab = c.new_label()
                    jump.operands[0] = lab
                lab.refcnt += 1
                insert_after(nxt, lab)
            else:
                remove(nxt)

    if iobj.name == "getlocal":
        niobj = iobj
        if _is(niobj.next, "dup"):
            niobj = niobj.next
        if _is(niobj.next, "setlocal"):
            set1 = niobj.next
            if iobj.operands[0] == set1.operands[0] and iobj.operands[1] == set1.operands[1]:
                remove(set1)
                remove(niobj)

    if iobj.name == "dup":
        if _is(iobj.next, "setlocal"):
            set1 = iobj.next
            if _is(set1.next, "setlocal"):
                set2 = set1.next
                if set1.operands == set2.operands:
                    remove(set1)
                    remove(iobj)
            elif _is(set1.next, "dup") and _is(set1.next.next, "setlocal"):
                set2 = set1.next.next
                if set1.operands == set2.operands:
                    remove(set1.next)
                    remove(set2)
    return None


def _frozen_putstring(i) -> bool:
    return isinstance(i, Insn) and (i.name == "putstring" or
                                    (i.name == "putobject" and is_string_value(i.operands[0])))


def _str_len(v) -> int:
    val = v.value
    return len(val) if val is not None else 0


def _range_of_strings(b, e, excl):
    from ..iseq.values import RubyValue
    return RubyValue("Range", f"{b.inspect}{'...' if excl else '..'}{e.inspect}")


_SPECIALIZED = {
    0: {"length": "opt_length", "size": "opt_size", "empty?": "opt_empty_p",
        "nil?": "opt_nil_p", "succ": "opt_succ", "!": "opt_not"},
    1: {"+": "opt_plus", "-": "opt_minus", "*": "opt_mult", "/": "opt_div", "%": "opt_mod",
        "==": "opt_eq", "!=": "opt_neq", "=~": "opt_regexpmatch2", "<": "opt_lt",
        "<=": "opt_le", ">": "opt_gt", ">=": "opt_ge", "<<": "opt_ltlt", "[]": "opt_aref",
        "&": "opt_and", "|": "opt_or"},
    2: {"[]=": "opt_aset"},
}


def iseq_specialized_instruction(c, iobj: Insn) -> None:
    if iobj.name == "newarray" and isinstance(iobj.next, Insn):
        niobj = iobj.next
        if niobj.name == "send":
            ci = niobj.operands[0]
            if ci["flag"] & ARGS_SIMPLE and ci["orig_argc"] == 0:
                if ci["mid"] == "max":
                    iobj.name = "opt_newarray_max"
                    remove(niobj)
                    return
                if ci["mid"] == "min":
                    iobj.name = "opt_newarray_min"
                    remove(niobj)
                    return
    if iobj.name == "send":
        ci = iobj.operands[0]
        block = iobj.operands[1]
        if ci["flag"] & ARGS_SIMPLE:
            name = _SPECIALIZED.get(ci["orig_argc"], {}).get(ci["mid"])
            if name is not None:
                iobj.name = name
                iobj.operands = [ci]
                if name == "opt_neq":
                    from .context import new_callinfo
                    iobj.operands = [new_callinfo("==", 1), ci]
                return
        if not (ci["flag"] & ARGS_BLOCKARG) and block is None:
            iobj.name = "opt_send_without_block"
            iobj.operands = [ci]


def insn_operands_unification(iobj: Insn) -> None:
    n = iobj.name
    if n == "getlocal" or n == "setlocal":
        level = iobj.operands[1]
        if level == 0 or level == 1:
            iobj.name = f"{n}_WC_{level}"
            iobj.operands = [iobj.operands[0]]
    elif n == "putobject":
        v = iobj.operands[0]
        if type(v) is int and (v == 0 or v == 1):
            iobj.name = f"putobject_INT2FIX_{v}_"
            iobj.operands = []


# the instructions a rule of each pass starts from (the others are passed over quickly)
_PEEPHOLE_FROM = frozenset((
    "putstring", "putnil", "putobject", "jump", "newrange", "leave", "branchif", "branchnil",
    "branchunless", "pop", "newarray", "duparray", "expandarray", "concatarray", "splatarray",
    "anytostring", "concatstrings", "getlocal", "dup"))
_SPECIALIZE_FROM = frozenset(("newarray", "send"))
_UNIFY_FROM = frozenset(("getlocal", "setlocal", "putobject"))


def iseq_optimize(c, anchor: Anchor) -> None:
    opts = c.options
    peephole = opts.peephole_optimization
    specialize = opts.specialized_instruction
    unify = opts.operands_unification
    do_block_optimization = c.iseq.type == "block" and not c.iseq.catch_except_p
    e = anchor.first
    while e is not None:
        if type(e) is Insn:
            if peephole and e.name in _PEEPHOLE_FROM:
                iseq_peephole_optimize(c, e)
            if specialize and e.name in _SPECIALIZE_FROM:
                iseq_specialized_instruction(c, e)
            if unify and e.name in _UNIFY_FROM:
                insn_operands_unification(e)
            if do_block_optimization and e.name == "jump":
                do_block_optimization = False
        e = e.next
    if do_block_optimization:
        first = anchor.first
        le = first.next if first is not None else None
        if _is(le, "nop"):
            remove(le)
    anchor.fix_last()


def insert_nop_between_end_and_cont(catch_table_ary) -> None:
    """iseq_insert_nop_between_end_and_cont: a rescue/ensure range must not end where its
    continuation starts."""
    for ctype, ls, end, child, cont in catch_table_ary:
        if ctype in ("break", "next", "next!", "redo"):
            continue
        e = end
        while e is not None and isinstance(e, (Label, Trace)):
            if e is cont:
                insert_after(end, Insn("nop", [], 0))
                break
            e = e.next
