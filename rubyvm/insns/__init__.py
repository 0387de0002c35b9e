"""The one table of YARV instructions (CRuby 3.1's insns.def), read by the compiler, the VM, the
disassembler, the stack-depth calculation, the visualiser and the generated reference
(assets/insns.md, made by scripts/gen_insns_reference.py).

    from rubyvm import insns
    insns.get("newarray").sp_inc([3])        # -2: pops 3, pushes 1
    insns.get("send").operand_types          # ('CALL_DATA', 'ISEQ')
    insns.opcode("leave")                    # its index in RubyVM::INSTRUCTION_NAMES

Records (model.Insn) hold: name, operands (name, insns.def C type, how --dump=insns prints it),
the values popped and pushed (with a rule for the variadic ones), the leaf/handles_sp
attributes, a one-line summary, a Ruby usage example, and for variants the instruction they
unify or specialise.
"""
from __future__ import annotations

from typing import Any, Mapping, Sequence, Union

from .model import Count, Insn, Operand
from .operands import (CALL_FLAG_ORDER, CALL_FLAGS, FORMATS, OPERAND_TYPES, BuiltinFunction,
                       CallInfo, OperandType, call_flag_names, format_builtin, format_calldata,
                       format_inline_storage, format_label, format_local)
from .table import INSNS, OPERAND_UNIFICATION, SPECIALISATION

BY_NAME: dict[str, Insn] = {i.name: i for i in INSNS}
NAMES: tuple[str, ...] = tuple(i.name for i in INSNS)
_OPCODES: dict[str, int] = {n: k for k, n in enumerate(NAMES)}

CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(i.category for i in INSNS))

# `--dump=insns` pads the instruction name to the longest name CRuby knows, trace_ twins
# included (rb_vm_max_insn_name_size: "trace_opt_invokebuiltin_delegate_leave", 38), then a
# space: the operands start in column 44 after the 4-digit position.
NAME_COLUMN_WIDTH: int = max(len("trace_" + n) for n in NAMES)


def get(name: str) -> Insn:
    """The instruction called `name`; KeyError if YARV (3.1) has none."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no YARV instruction {name!r}") from None


lookup = get


def opcode(name: str) -> int:
    """The instruction's number: its index in RubyVM::INSTRUCTION_NAMES of CRuby 3.1."""
    return _OPCODES[get(name).name]


def operand_count(insn: Union[str, Insn]) -> int:
    return _insn(insn).operand_count


def insn_len(insn: Union[str, Insn]) -> int:
    """Words the instruction takes in the encoded iseq: 1 + its operands."""
    return _insn(insn).length


def sp_inc(insn: Union[str, Insn], operands: Union[Sequence[Any], Mapping[str, Any]] = ()) -> int:
    """How the stack depth changes (cf. insn_stack_increase in CRuby). CALL_DATA operands may be
    CallInfo or anything with `argc` and `flag`; RB_BUILTIN ones anything with `argc`."""
    return _insn(insn).sp_inc(operands)


def operand_format(insn: Union[str, Insn], index: int) -> str:
    """The FORMATS key telling how `ruby --dump=insns` prints operand `index`."""
    return _insn(insn).operands[index].format


def variants_of(name: str) -> tuple[Insn, ...]:
    """The instructions that unify or specialise `name`."""
    return tuple(i for i in INSNS if i.variant_of == name)


def _insn(insn: Union[str, Insn]) -> Insn:
    return insn if isinstance(insn, Insn) else get(insn)


__all__ = [
    "INSNS", "BY_NAME", "NAMES", "CATEGORIES", "NAME_COLUMN_WIDTH", "Insn", "Operand", "Count",
    "OperandType",
    "OPERAND_TYPES", "FORMATS", "CALL_FLAGS", "CALL_FLAG_ORDER", "CallInfo", "BuiltinFunction",
    "OPERAND_UNIFICATION", "SPECIALISATION",
    "get", "lookup", "opcode", "operand_count", "insn_len", "sp_inc", "operand_format",
    "variants_of", "call_flag_names", "format_calldata", "format_label", "format_local",
    "format_inline_storage", "format_builtin",
]
