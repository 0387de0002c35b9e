"""Chapter 2: the YARV compiler. AST (rubyvm.ast) -> InstructionSequence (rubyvm.iseq), as
CRuby 3.1's compile.c does it.

    from rubyvm.compiler import compile
    iseq = compile(b"p 1 + 2", "t.rb")
    print(iseq.disasm())          # == ruby --dump=insns t.rb

    iseq = compile_eval(b"y = x - 1", "(eval)", 1, scopes=[binding_iseq])
                                  # eval's iseq under a binding (see compile_eval.py)

Compile errors CRuby reports at compile time raise rubyvm.compiler.errors.CompileError, a
SyntaxError whose str() is what `ruby --dump=insns` prints.
"""
from __future__ import annotations

import functools
import gc
import re

from ..iseq.iseq import InstructionSequence
from .errors import CompileError

__all__ = ["compile", "compile_eval", "CompileError"]

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


def without_gc(fn):
    """Compiling makes tens of thousands of short-lived objects (the linked list's elements
    form reference cycles): keep the cyclic collector from scanning the AST and the lists over
    and over meanwhile; the cycles are collected afterwards."""
    @functools.wraps(fn)
    def run(*args, **kw):
        if not gc.isenabled():
            return fn(*args, **kw)
        gc.disable()
        try:
            return fn(*args, **kw)
        finally:
            gc.enable()
    return run


@without_gc
def compile(src, path: str = "-", absolute_path: str | None = None) -> InstructionSequence:
    """Parse and compile a program into its top iseq, labelled <main>. absolute_path is the
    iseq's realpath (what compile_file records; None for a string, as ISeq.compile does)."""
    from ..parser import parse
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogateescape")
    tree = parse(src, path)
    return compile_tree(tree, src, path, absolute_path)


@without_gc
def compile_tree(tree, src: bytes, path: str = "-",
                 absolute_path: str | None = None) -> InstructionSequence:
    """The compile phase alone: a parsed program (rubyvm.parser.parse) into its top iseq."""
    from .context import Options
    from .iseq_compiler import ISeqCompiler
    opts = Options(frozen_string_literal=_magic_frozen_string_literal(src), source=src)
    l = tree.loc
    iseq = InstructionSequence(type="top", label="<main>", path=path, absolute_path=absolute_path,
                               first_lineno=1,
                               code_location=(l.first_lineno, l.first_column, l.last_lineno,
                                              l.last_column))
    ISeqCompiler(iseq, None, opts, tree).compile_iseq_node(tree)
    return iseq


def compile_eval(src, path: str = "(eval)", line: int = 1, scopes=(), **kw) -> InstructionSequence:
    """An eval iseq for src under the binding's scopes (innermost first); see compile_eval.py."""
    return without_gc(_eval_module().compile_eval)(src, path, line, scopes, **kw)


def _eval_module():
    # importing the submodule sets the package attribute `compile_eval` to the module, which
    # would shadow the function above: import it by name and put the function back
    import importlib
    mod = importlib.import_module(".compile_eval", __name__)
    globals()["compile_eval"] = _COMPILE_EVAL
    return mod


_COMPILE_EVAL = compile_eval
