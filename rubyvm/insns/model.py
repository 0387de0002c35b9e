"""The record types of the instruction table (cf. CRuby's insns.def, one DEFINE_INSN each)."""
from __future__ import annotations

from collections.abc import Mapping as _MappingABC
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Mapping, Optional, Sequence, Union

from .operands import CALL_FLAGS, FORMATS, OPERAND_TYPES


@dataclass(frozen=True)
class Operand:
    name: str           # as insns.def names it
    type: str           # as insns.def types it: a key of OPERAND_TYPES
    doc: str = ""       # what the value means here
    format: str = ""    # key of FORMATS; defaults to the type's

    def __post_init__(self):
        if self.type not in OPERAND_TYPES:
            raise ValueError(f"unknown operand type {self.type!r}")
        if not self.format:
            object.__setattr__(self, "format", OPERAND_TYPES[self.type].format)
        if self.format not in FORMATS:
            raise ValueError(f"unknown operand format {self.format!r}")


@dataclass(frozen=True)
class Count:
    """How many values a variadic stack slot holds, computed from the operands.

    `text` is the rule as the reference prints it; `fn` gets the operands by name."""
    text: str
    fn: Callable[[Mapping[str, Any]], int] = field(compare=False)

    def __call__(self, ops: Mapping[str, Any]) -> int:
        return self.fn(ops)


def _field(obj: Any, name: str) -> Any:
    if type(obj) is dict or isinstance(obj, _MappingABC):
        return obj[name]
    return getattr(obj, name)


def blockarg(cd: Any) -> int:
    """1 when a call passes `&block` (VM_CALL_ARGS_BLOCKARG), else 0."""
    return 1 if _field(cd, "flag") & CALL_FLAGS["ARGS_BLOCKARG"] else 0


def argc(cd: Any) -> int:
    return _field(cd, "argc")


Leaf = Union[bool, str]   # True/False, or insns.def's condition when it depends on operands


@dataclass(frozen=True)
class Insn:
    name: str
    category: str
    operands: tuple[Operand, ...]
    pops: tuple[str, ...]          # bottom first; a name starting with '*' is a variadic group
    pushes: tuple[str, ...]        # bottom first; ditto
    summary: str                   # one line
    example: str                   # Ruby source whose `--dump=insns` contains the instruction
    leaf: Leaf = True              # does not push a frame / call back into Ruby (insns.def `leaf`)
    handles_sp: bool = False       # the instruction moves sp itself (insns.def `handles_sp`)
    pop_count: Optional[Count] = None    # size of the '*' group in pops
    push_count: Optional[Count] = None   # size of the '*' group in pushes
    sp_inc_text: Optional[str] = None    # insns.def's `sp_inc` attribute, for variadic ones
    variant_of: Optional[str] = None     # the instruction this one unifies or specialises
    variant: Optional[str] = None        # "operand unification" or "specialisation"
    fixed_operands: tuple[tuple[str, Any], ...] = ()  # base operands a unified variant fixes
    method: Optional[str] = None         # the method call a specialisation stands for
    in_user_code: bool = True            # False: only CRuby's own prelude code contains it
    notes: str = ""

    def __post_init__(self):
        if not (isinstance(self.operands, tuple)
                and all(isinstance(o, Operand) for o in self.operands)):
            raise TypeError(f"{self.name}: operands must be a tuple of Operand")
        for side, names, count in (("pops", self.pops, self.pop_count),
                                   ("pushes", self.pushes, self.push_count)):
            if not (isinstance(names, tuple) and all(isinstance(n, str) for n in names)):
                raise TypeError(f"{self.name}: {side} must be a tuple of names")
            groups = [n for n in names if n.startswith("*")]
            if len(groups) != (1 if count else 0):
                raise ValueError(f"{self.name}: {side} needs exactly one '*' group iff it has "
                                 "a count rule")

    # -- shape ---------------------------------------------------------------------------
    @property
    def length(self) -> int:
        """Words the instruction occupies in the encoded iseq (insn_len)."""
        return 1 + len(self.operands)

    @property
    def operand_count(self) -> int:
        return len(self.operands)

    @property
    def operand_types(self) -> tuple[str, ...]:
        return tuple(o.type for o in self.operands)

    @property
    def operand_letters(self) -> str:
        """The operand-type string of insns_info.inc (insn_op_types)."""
        return "".join(OPERAND_TYPES[o.type].letter for o in self.operands)

    @property
    def is_variadic(self) -> bool:
        return self.pop_count is not None or self.push_count is not None

    # -- stack effect --------------------------------------------------------------------
    def _named(self, operands: Union[Sequence[Any], Mapping[str, Any]]) -> Mapping[str, Any]:
        if type(operands) is dict or (type(operands) is not list
                                      and isinstance(operands, _MappingABC)):
            return operands
        if len(operands) != len(self.operands):
            raise ValueError(f"{self.name} takes {len(self.operands)} operands, "
                             f"got {len(operands)}")
        return {o.name: v for o, v in zip(self.operands, operands)}

    @cached_property
    def sp_inc_fixed(self) -> int:
        """The stack effect of the named (not variadic) values popped and pushed."""
        return self._fixed_pushes - self._fixed_pops

    @cached_property
    def _fixed_pops(self) -> int:
        return len([p for p in self.pops if not p.startswith("*")])

    @cached_property
    def _fixed_pushes(self) -> int:
        return len([p for p in self.pushes if not p.startswith("*")])

    def popped(self, operands: Union[Sequence[Any], Mapping[str, Any]] = ()) -> int:
        """How many values the instruction takes off the stack."""
        n = self._fixed_pops
        return n + (self.pop_count(self._named(operands)) if self.pop_count else 0)

    def pushed(self, operands: Union[Sequence[Any], Mapping[str, Any]] = ()) -> int:
        """How many values the instruction leaves on the stack."""
        n = self._fixed_pushes
        return n + (self.push_count(self._named(operands)) if self.push_count else 0)

    def sp_inc(self, operands: Union[Sequence[Any], Mapping[str, Any]] = ()) -> int:
        """The change of the stack depth, as insns.def's sp_inc (cf. insn_stack_increase)."""
        if self.pop_count is None and self.push_count is None:
            return self._fixed_pushes - self._fixed_pops
        named = self._named(operands)
        n = self._fixed_pushes - self._fixed_pops
        if self.push_count is not None:
            n += self.push_count(named)
        if self.pop_count is not None:
            n -= self.pop_count(named)
        return n
