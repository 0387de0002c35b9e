"""`ruby --dump=insns` / InstructionSequence#disasm, laid out as CRuby 3.1's iseq.c does it
(rb_iseq_disasm_recursive, rb_iseq_disasm_insn, rb_insn_operand_intern)."""
from __future__ import annotations

from .. import insns as table
from ..ast.literals import symbol_inspect
from .iseq import EVENTS, InstructionSequence
from .values import RubyValue, inspect_value

LINE_COLUMN = 70              # where "(  12)" starts when the line is shorter
VM_ENV_DATA_SIZE = 3
_WC_LEVEL = {"getlocal_WC_0": 0, "setlocal_WC_0": 0, "getlocal_WC_1": 1, "setlocal_WC_1": 1}


def disasm(iseq: InstructionSequence) -> str:
    return _disasm(iseq, "")


def _disasm(iseq: InstructionSequence, indent: str) -> str:
    out = []
    loc = iseq.code_location
    out.append(f"{indent}== disasm: #<ISeq:{iseq.label}@{iseq.path}:{loc[0]} "
               f"({loc[0]},{loc[1]})-({loc[2]},{loc[3]})> "
               f"(catch: {'TRUE' if iseq.catch_except_p else 'FALSE'})\n")
    done = []
    if iseq.has_catch_table:
        out.append(f"{indent}== catch table\n")
        inner = indent + "| "
        for e in iseq.catch_table:
            out.append(f"{indent}| catch type: {e.type:<6} st: {e.start:04d} ed: {e.end:04d} "
                       f"sp: {e.sp:04d} cont: {e.cont:04d}\n")
            if e.iseq is not None and not any(e.iseq is d for d in done):
                out.append(_disasm(e.iseq, inner))
                done.append(e.iseq)
        out.append(f"{indent}|{'-' * 72}\n")
    if iseq.local_table:
        head, cells = _local_table(iseq)
        out.append(f"{indent}{head}\n{indent}{cells}\n")
    children: list[InstructionSequence] = []
    prev_line = 0
    for insn in iseq.insns:
        line = _insn_line(iseq, insn, prev_line, children)
        prev_line = insn.line
        out.append(indent + line + "\n")
    for child in children:
        if any(child is d for d in done):
            continue
        out.append("\n")
        out.append(_disasm(child, indent))
    return "".join(out)


def _local_table(iseq: InstructionSequence) -> tuple[str, str]:
    p = iseq.params
    kw = p.keyword
    size = len(iseq.local_table)
    head = (f"local table (size: {size}, argc: {p.lead_num} [opts: {p.opt_num}, "
            f"rest: {p.rest_start}, post: {p.post_num}, block: {p.block_start}, "
            f"kw: {kw.num if kw else -1}@{len(kw.required) if kw else -1}, "
            f"kwrest: {p.kwrest_start}])")
    parts = []
    for li, name in enumerate(iseq.local_table):
        tags = ""
        if li < p.lead_num:
            tags += "Arg"
        if p.opt_num and p.lead_num <= li < p.lead_num + p.opt_num:
            tags += f"Opt={p.opt_table[li - p.lead_num]}"
        if p.rest_start == li:
            tags += "Rest"
        if p.post_num and p.post_start <= li < p.post_start + p.post_num:
            tags += "Post"
        if p.kwrest_start == li:
            tags += "Kwrest"
        if p.block_start == li:
            tags += "Block"
        cell = f"{name if name is not None else '?'}@{li}" + (f"<{tags}>" if tags else "")
        parts.append(f"[{size - li:2d}] " + cell.ljust(11))
    return head, "".join(parts).rstrip(" ")


def _insn_line(iseq: InstructionSequence, insn, prev_line: int, children: list) -> str:
    info = table.get(insn.name)
    ops = []
    for j, op in enumerate(insn.operands):
        ops.append(_operand(iseq, insn, info, j, op, children))
    s = f"{insn.pos:04d} {insn.name:<{table.NAME_COLUMN_WIDTH}} " + ", ".join(ops)
    if insn.line and insn.line != prev_line:
        s = s.ljust(LINE_COLUMN) + f"({insn.line:4d})"
    if insn.events:
        s += "[" + "".join(code for _, bit, code in EVENTS if insn.events & bit) + "]"
    return s.rstrip(" ")


def _operand(iseq, insn, info, j, op, children) -> str:
    ctype = info.operands[j].type
    if ctype == "OFFSET":
        return str(op)                    # loaded as the absolute target position
    if ctype == "rb_num_t":
        if insn.name == "defined" and j == 0:
            from ..insns.operands import DEFINED_TYPES
            return DEFINED_TYPES.get(op, (None, str(op)))[1]
        if insn.name == "checktype" and j == 0:
            from ..insns.operands import VALUE_TYPES
            return VALUE_TYPES.get(op, str(op))
        return str(op)
    if ctype == "lindex_t":
        if j + 1 < len(insn.operands) and info.operands[j + 1].type == "rb_num_t":
            level = insn.operands[j + 1]
        elif insn.name in _WC_LEVEL:
            level = _WC_LEVEL[insn.name]
        else:
            return str(op)
        target = iseq
        for _ in range(level):
            target = target.parent
        idx = len(target.local_table) - (op - VM_ENV_DATA_SIZE) - 1
        name = target.local_table[idx] if 0 <= idx < len(target.local_table) else None
        return f"{name if name is not None else '?'}@{idx}"
    if ctype == "ID":
        return symbol_inspect(op)
    if ctype == "VALUE":
        if insn.name == "defined" and j == 1 and isinstance(op, int) and not isinstance(op, bool) and op:
            return f":${chr(op >> 1)}" if op & 1 else f":${op >> 1}"
        if isinstance(op, InstructionSequence):
            children.append(op)
            return op.label
        return inspect_value(op)
    if ctype == "ISEQ":
        if op is None:
            return "nil"
        children.append(op)
        return op.label
    if ctype in ("IC", "IVC", "ISE"):
        return f"<is:{op}>"
    if ctype == "CALL_DATA":
        return table.format_calldata(op.get("mid"), op.get("orig_argc", 0), op.get("flag", 0),
                                     op.get("kw_arg") or ())
    if ctype == "CDHASH":
        return "<cdhash>"
    if ctype == "RB_BUILTIN":
        return f"<builtin!{op}>"
    return inspect_value(op) if isinstance(op, RubyValue) else str(op)
