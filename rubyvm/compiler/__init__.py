"""Chapter 2: the YARV compiler. AST (rubyvm.ast) -> InstructionSequence (rubyvm.iseq), as
CRuby 3.1's compile.c does it.

    from rubyvm.compiler import compile
    iseq = compile(b"p 1 + 2", "t.rb")
    print(iseq.disasm())          # == ruby --dump=insns t.rb

Compile errors CRuby reports at compile time raise rubyvm.compiler.errors.CompileError, a
SyntaxError whose str() is what `ruby --dump=insns` prints.
"""
from __future__ import annotations

import re

from ..iseq.iseq import InstructionSequence
from .errors import CompileError

__all__ = ["compile", "CompileError"]

_FROZEN = re.compile(rb"frozen[-_]string[-_]literal\s*:\s*(\w+)", re.I)


def _magic_frozen_string_literal(src: bytes) -> bool:
    """The `# frozen_string_literal: true` magic comment (only in the leading comment lines)."""
    value = False
    for line in src.split(b"\n"):
        s = line.strip()
        if not s:
            continue
        if not s.startswith(b"#"):
            break
        m = _FROZEN.search(s)
        if m:
            value = m.group(1).lower() == b"true"
    return value


def compile(src, path: str = "-") -> InstructionSequence:
    """Parse and compile a program into its top iseq, labelled <main>."""
    from ..parser import parse
    from .context import Options
    from .iseq_compiler import ISeqCompiler
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogateescape")
    tree = parse(src, path)
    opts = Options(frozen_string_literal=_magic_frozen_string_literal(src))
    opts.source_lines = src.decode("utf-8", "surrogateescape").split("\n")
    l = tree.loc
    iseq = InstructionSequence(type="top", label="<main>", path=path, absolute_path=None,
                               first_lineno=1,
                               code_location=(l.first_lineno, l.first_column, l.last_lineno,
                                              l.last_column))
    c = ISeqCompiler(iseq, None, opts, tree)
    c.compile_iseq_node(tree)
    return iseq
