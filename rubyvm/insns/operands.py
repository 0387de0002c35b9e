"""Operand kinds of YARV instructions, and how `ruby --dump=insns` prints each one.

The kinds are the C types insns.def declares operands with. CRuby 3.1's build knows twelve of
them (its insns_info.inc encodes each as one letter, `TS_*` in iseq.c). How the disassembler
prints an operand is decided by iseq.c's `rb_insn_operand_intern`, mostly by the kind, with a
few per-instruction exceptions; every operand in the table carries its format key (FORMATS).

Also here: the constants whose values appear as operands (call flags, `defined?` types, value
types for `checktype`, ...), with the names the listing prints for them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional


@dataclass(frozen=True)
class OperandType:
    ctype: str      # the type insns.def declares the operand with
    letter: str     # its letter in insns_info.inc's operand-type strings
    ts: str         # iseq.c's TS_* name
    format: str     # default key in FORMATS
    doc: str        # what the operand holds


OPERAND_TYPES: dict[str, OperandType] = {t.ctype: t for t in (
    OperandType("lindex_t", "L", "TS_LINDEX", "local",
                "index of a local variable slot, counted back from the environment pointer "
                "(ep[-idx]); idx = VM_ENV_DATA_SIZE (3) + local_table_size - 1 - table index"),
    OperandType("rb_num_t", "N", "TS_NUM", "num", "an unsigned integer: a count, flag or enum"),
    OperandType("VALUE", "V", "TS_VALUE", "value", "a Ruby object embedded in the instruction"),
    OperandType("ID", "I", "TS_ID", "id", "an interned name (method, variable or constant name)"),
    OperandType("CALL_DATA", "C", "TS_CALLDATA", "calldata",
                "a call site: call info (method id, argc, flags, keyword names) plus its inline "
                "method cache"),
    OperandType("ISEQ", "S", "TS_ISEQ", "iseq", "a child instruction sequence (or none)"),
    OperandType("OFFSET", "O", "TS_OFFSET", "label",
                "a jump distance, relative to the end of this instruction"),
    OperandType("IVC", "A", "TS_IVC", "inline_storage",
                "an instance-variable inline cache (3.1 also uses it for class variables)"),
    OperandType("ISE", "T", "TS_ISE", "inline_storage", "an inline storage entry used by `once`"),
    OperandType("IC", "K", "TS_IC", "inline_storage", "an inline constant cache"),
    OperandType("CDHASH", "H", "TS_CDHASH", "cdhash",
                "a hidden Hash from `when` literals to jump offsets (case dispatch)"),
    OperandType("RB_BUILTIN", "R", "TS_BUILTIN", "builtin",
                "a builtin function of the core library (name, arity, C function pointer)"),
)}

# How `ruby --dump=insns` prints an operand (cf. rb_insn_operand_intern in iseq.c, CRuby 3.1).
FORMATS: dict[str, str] = {
    "label": "the absolute position of the target: pc of the instruction + its length + the "
             "offset, in decimal without padding (`jump 16`, `branchunless 10`)",
    "num": "decimal (`newarray 2`, `putspecialobject 3`, `throw 2`)",
    "defined_type": "the `defined?` type by name: `nil`, `instance-variable`, `local-variable`, "
                    "`global-variable`, `class variable`, `constant`, `method`, `yield`, `super`, "
                    "`self`, `true`, `false`, `assignment`, `expression`; DEFINED_FUNC prints "
                    "`func`, DEFINED_REF `ref`, DEFINED_CONST_FROM `constant-from`",
    "value_type": "the Ruby value type by its C name (`T_ARRAY`, `T_HASH`, `T_STRING`, ...)",
    "local": "`name@index`: the local's name and its position in the local table of the iseq "
             "`level` scopes up (level is the next operand, or fixed by a _WC_0/_WC_1 variant); "
             "a local without a name prints `?` (the hidden keyword-bits local); names that are "
             "not identifiers print as they are (`$!@0` in a rescue iseq, `*@0`, `&@1` for `...`)",
    "kw_index": "a local index printed as a plain decimal (checkkeyword's operands have no "
                "level operand after them)",
    "id": "the name as a Symbol inspects: `:foo`, `:$stdout`, `:@@count`, `:Foo`",
    "value": "the object as Ruby's #inspect shows it: `\"str\"`, `:sym`, `1.5`, `(2/1)`, "
             "`[1, 2]`, `{:a=>1}`, `1..10`, `/re/i`, `true`, `StandardError`",
    "defined_obj": "as `value`, except for a DEFINED_REF `defined?`: the Integer operand prints "
                   "as the variable (`:$1`, `:$&`)",
    "iseq": "the child iseq's label (`block in <main>`, `<class:Foo>`, `foo`), or `nil` when "
            "there is no block",
    "inline_storage": "`<is:N>`, N the entry's index in the iseq's inline storage; in 3.1 IC, "
                      "IVC and ISE entries share one counter, numbered in compile order",
    "calldata": "`<calldata!mid:NAME, argc:N, kw:[a,b], FLAG|FLAG>`: `mid:` is left out when "
                "there is none (invokeblock, invokesuper), argc counts keyword arguments too, "
                "`kw:` appears only with KWARG, the flags part only when a flag is set, in "
                "CALL_FLAG_ORDER",
    "cdhash": "`<cdhash>`",
    "builtin": "`<builtin!NAME/ARITY>` (`<builtin!gc_start_internal/4>`)",
}

# ---- call data (cf. vm_callinfo.h: enum vm_call_flag_bits) ----------------------------------
CALL_FLAGS: dict[str, int] = {
    "ARGS_SPLAT": 1 << 0,      # m(*args)
    "ARGS_BLOCKARG": 1 << 1,   # m(&block)
    "FCALL": 1 << 2,           # receiverless call: m(...)
    "VCALL": 1 << 3,           # bare identifier: m
    "ARGS_SIMPLE": 1 << 4,     # no splat, no block argument, no block iseq, no keywords
    "BLOCKISEQ": 1 << 5,       # has a literal block (never set by 3.1's compiler)
    "KWARG": 1 << 6,           # literal keyword arguments: m(k: v)
    "KW_SPLAT": 1 << 7,        # m(**opts)
    "TAILCALL": 1 << 8,        # in tail position (tailcall_optimization only)
    "SUPER": 1 << 9,           # super(...)
    "ZSUPER": 1 << 10,         # bare super
    "OPT_SEND": 1 << 11,       # internal to the VM
    "KW_SPLAT_MUT": 1 << 12,   # the **hash argument may be modified by the callee
}
# the order `<calldata!...>` lists set flags in (iseq.c's CALL_FLAG lines, 3.1)
CALL_FLAG_ORDER: tuple[str, ...] = (
    "ARGS_SPLAT", "ARGS_BLOCKARG", "FCALL", "VCALL", "ARGS_SIMPLE", "BLOCKISEQ", "TAILCALL",
    "SUPER", "ZSUPER", "KWARG", "KW_SPLAT", "KW_SPLAT_MUT", "OPT_SEND")


@dataclass(frozen=True)
class CallInfo:
    """The call-info part of a CALL_DATA operand. `argc` counts keyword arguments too."""
    mid: Optional[str]
    argc: int
    flag: int = 0
    kw_arg: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuiltinFunction:
    """A RB_BUILTIN operand: a core-library C function reachable from Ruby prelude code."""
    name: str
    argc: int


def call_flag_names(flag: int) -> list[str]:
    return [n for n in CALL_FLAG_ORDER if flag & CALL_FLAGS[n]]


def format_calldata(mid: Optional[str], argc: int, flag: int = 0,
                    kw_arg: Iterable[str] = ()) -> str:
    parts = []
    if mid:
        parts.append(f"mid:{mid}")
    parts.append(f"argc:{argc}")
    kw = list(kw_arg)
    if flag & CALL_FLAGS["KWARG"]:
        parts.append(f"kw:[{','.join(kw)}]")
    if flag:
        parts.append("|".join(call_flag_names(flag)))
    return "<calldata!" + ", ".join(parts) + ">"


def format_label(pos: int, length: int, offset: int) -> str:
    """An OFFSET operand: the absolute target position."""
    return str(pos + length + offset)


def format_local(name: Optional[str], index: int) -> str:
    return f"{name if name else '?'}@{index}"


def format_inline_storage(index: int) -> str:
    return f"<is:{index}>"


def format_builtin(name: str, argc: int) -> str:
    return f"<builtin!{name}/{argc}>"


# ---- values that appear as operands ---------------------------------------------------------
# defined's op_type (cf. iseq.h enum defined_type) and the word the listing prints
DEFINED_TYPES: dict[int, tuple[str, str]] = {
    1: ("DEFINED_NIL", "nil"),
    2: ("DEFINED_IVAR", "instance-variable"),
    3: ("DEFINED_LVAR", "local-variable"),
    4: ("DEFINED_GVAR", "global-variable"),
    5: ("DEFINED_CVAR", "class variable"),
    6: ("DEFINED_CONST", "constant"),
    7: ("DEFINED_METHOD", "method"),
    8: ("DEFINED_YIELD", "yield"),
    9: ("DEFINED_ZSUPER", "super"),
    10: ("DEFINED_SELF", "self"),
    11: ("DEFINED_TRUE", "true"),
    12: ("DEFINED_FALSE", "false"),
    13: ("DEFINED_ASGN", "assignment"),
    14: ("DEFINED_EXPR", "expression"),
    15: ("DEFINED_REF", "ref"),
    16: ("DEFINED_FUNC", "func"),
    17: ("DEFINED_CONST_FROM", "constant-from"),
}

# checktype's operand (cf. enum ruby_value_type)
VALUE_TYPES: dict[int, str] = {
    0x00: "T_NONE", 0x01: "T_OBJECT", 0x02: "T_CLASS", 0x03: "T_MODULE", 0x04: "T_FLOAT",
    0x05: "T_STRING", 0x06: "T_REGEXP", 0x07: "T_ARRAY", 0x08: "T_HASH", 0x09: "T_STRUCT",
    0x0a: "T_BIGNUM", 0x0b: "T_FILE", 0x0c: "T_DATA", 0x0d: "T_MATCH", 0x0e: "T_COMPLEX",
    0x0f: "T_RATIONAL", 0x11: "T_NIL", 0x12: "T_TRUE", 0x13: "T_FALSE", 0x14: "T_SYMBOL",
    0x15: "T_FIXNUM", 0x16: "T_UNDEF", 0x1a: "T_IMEMO", 0x1b: "T_NODE", 0x1c: "T_ICLASS",
    0x1d: "T_ZOMBIE", 0x1e: "T_MOVED",
}

# putspecialobject's operand (cf. enum vm_special_object_type)
SPECIAL_OBJECTS: dict[int, str] = {
    1: "VM_SPECIAL_OBJECT_VMCORE",      # RubyVM::FrozenCore: receiver of core#... helpers
    2: "VM_SPECIAL_OBJECT_CBASE",       # the class `def`/`alias`/`undef` act on
    3: "VM_SPECIAL_OBJECT_CONST_BASE",  # the cref class new constants and classes go into
}

# throw's operand: a TAG_* state, possibly with VM_THROW_NO_ESCAPE_FLAG (0x8000)
THROW_STATES: dict[int, str] = {
    1: "TAG_RETURN", 2: "TAG_BREAK", 3: "TAG_NEXT", 4: "TAG_RETRY", 5: "TAG_REDO",
    6: "TAG_RAISE", 7: "TAG_THROW", 8: "TAG_FATAL",
}
VM_THROW_NO_ESCAPE_FLAG = 0x8000
VM_THROW_STATE_MASK = 0xff

# checkmatch's flag: a type in the low bits, plus VM_CHECKMATCH_ARRAY for `when *list`
CHECKMATCH_TYPES: dict[int, str] = {
    1: "VM_CHECKMATCH_TYPE_WHEN",    # pattern is truthy
    2: "VM_CHECKMATCH_TYPE_CASE",    # pattern === target
    3: "VM_CHECKMATCH_TYPE_RESCUE",  # pattern is a Module and pattern === target
}
VM_CHECKMATCH_TYPE_MASK = 0x03
VM_CHECKMATCH_ARRAY = 0x04

# defineclass's flags
DEFINECLASS_TYPES: dict[int, str] = {
    0: "VM_DEFINECLASS_TYPE_CLASS", 1: "VM_DEFINECLASS_TYPE_SINGLETON_CLASS",
    2: "VM_DEFINECLASS_TYPE_MODULE",
}
VM_DEFINECLASS_FLAG_SCOPED = 0x08            # class Foo::Bar
VM_DEFINECLASS_FLAG_HAS_SUPERCLASS = 0x10    # class Bar < Foo

# expandarray's flag bits
EXPANDARRAY_SPLAT = 0x01     # also push an array of the remaining elements
EXPANDARRAY_POSTARG = 0x02   # take elements from the end (a, *b, c = ...)

# getspecial/setspecial key (cf. VM_SVAR_*): the frame's special variables
SVAR_KEYS: dict[int, str] = {0: "VM_SVAR_LASTLINE ($_)", 1: "VM_SVAR_BACKREF ($~)",
                             2: "VM_SVAR_FLIPFLOP_START"}
