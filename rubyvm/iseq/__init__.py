"""Chapter 2's instruction sequences: the ISeq model, `disasm()` as `ruby --dump=insns` prints
it, and a loader for CRuby's own `InstructionSequence#to_a`."""
from .iseq import CatchEntry, Instruction, InstructionSequence, Keywords, Params
from .disasm import disasm

__all__ = ["InstructionSequence", "Instruction", "CatchEntry", "Params", "Keywords", "disasm"]
