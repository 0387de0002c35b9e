"""The instruction sequence (CRuby's rb_iseq_constant_body), as the compiler builds it and the
VM, the disassembler and `to_a` read it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

# iseq types (enum iseq_type)
ISEQ_TYPES = ("top", "method", "block", "class", "rescue", "ensure", "eval", "main", "plain")

# event flags (RUBY_EVENT_*), in the order the disassembler prints their two-letter codes
EVENTS: tuple[tuple[str, int, str], ...] = (
    ("RUBY_EVENT_LINE", 0x0001, "Li"),
    ("RUBY_EVENT_CLASS", 0x0002, "Cl"),
    ("RUBY_EVENT_END", 0x0004, "En"),
    ("RUBY_EVENT_CALL", 0x0008, "Ca"),
    ("RUBY_EVENT_RETURN", 0x0010, "Re"),
    ("RUBY_EVENT_C_CALL", 0x0020, "Cc"),
    ("RUBY_EVENT_C_RETURN", 0x0040, "Cr"),
    ("RUBY_EVENT_B_CALL", 0x0100, "Bc"),
    ("RUBY_EVENT_B_RETURN", 0x0200, "Br"),
    ("RUBY_EVENT_COVERAGE_LINE", 0x010000, "Cli"),
    ("RUBY_EVENT_COVERAGE_BRANCH", 0x020000, "Cbr"),
)
EVENT_BITS = {name: bit for name, bit, _ in EVENTS}


@dataclass(slots=True)
class Instruction:
    """One instruction of the sequence: its name, operands, position and line/event info."""
    name: str
    operands: list
    pos: int = 0           # index in the encoded sequence (what `0004` shows)
    line: int = 0          # source line (insns_info line_no)
    events: int = 0        # RUBY_EVENT_* bits attached at this position
    node_id: int = -1


@dataclass
class CatchEntry:
    """iseq_catch_table_entry: what to do when a throw (or raise) passes positions st..ed."""
    type: str                         # rescue, ensure, retry, break, redo, next
    iseq: Optional["InstructionSequence"]
    start: int
    end: int
    cont: int
    sp: int


@dataclass
class Keywords:
    """rb_iseq_param_keyword: required keywords, then optional ones with their defaults."""
    required: list[str] = field(default_factory=list)
    optional: list[tuple[str, Any]] = field(default_factory=list)   # (name, default or UNDEF)
    bits_start: int = -1

    @property
    def num(self) -> int:
        return len(self.required) + len(self.optional)


UNDEF = object()   # a keyword default computed by code (checkkeyword), not a literal


@dataclass
class Params:
    """The `param` part of rb_iseq_constant_body: how arguments map onto the local table."""
    lead_num: int = 0
    opt_table: list[int] = field(default_factory=list)   # opt_num + 1 start positions
    rest_start: int = -1
    post_start: int = -1
    post_num: int = 0
    block_start: int = -1
    keyword: Optional[Keywords] = None   # None: no keyword parameters (has_kw false)
    kwrest_start: int = -1               # **kwrest local index, -1 when none
    accepts_no_kwarg: bool = False     # **nil
    ambiguous_param0: bool = False     # |a| in a block
    has_lead: bool = False

    @property
    def opt_num(self) -> int:
        return max(len(self.opt_table) - 1, 0)


@dataclass
class InstructionSequence:
    type: str
    label: str                        # "<main>", "block in foo", "<class:Foo>", ...
    path: str
    absolute_path: Optional[str]
    first_lineno: int
    code_location: tuple[int, int, int, int]     # (first line, first column, last line, last column)
    local_table: list[Optional[str]] = field(default_factory=list)   # None: a hidden local
    params: Params = field(default_factory=Params)
    catch_table: list[CatchEntry] = field(default_factory=list)
    insns: list[Instruction] = field(default_factory=list)
    parent: Optional["InstructionSequence"] = None
    arg_size: int = 0
    local_size: int = 0
    stack_max: int = 0
    catch_except_p: bool = False
    has_catch_table: bool = False     # CRuby prints "== catch table" whenever a table exists

    @property
    def size(self) -> int:
        """iseq_size: words in the encoded sequence."""
        from .. import insns as table
        return sum(table.insn_len(i.name) for i in self.insns)

    def children(self) -> list["InstructionSequence"]:
        """Child iseqs in the order the disassembler meets them: catch table, then operands."""
        out = [e.iseq for e in self.catch_table if e.iseq is not None]
        for insn in self.insns:
            for op in insn.operands:
                if isinstance(op, InstructionSequence):
                    out.append(op)
        return out

    def disasm(self) -> str:
        from .disasm import disasm
        return disasm(self)

    def to_a(self) -> list:
        """RubyVM::InstructionSequence#to_a (see to_a.py for the value model)."""
        from .to_a import to_a
        return to_a(self)

    def __repr__(self) -> str:
        return f"<InstructionSequence:{self.label}@{self.path}:{self.first_lineno}>"
