"""Compiling a string for `eval` / `instance_eval` / `class_eval` / `Binding#eval` (cf. vm_eval.c's
eval_make_iseq and iseq.c's rb_iseq_new_eval).

CRuby parses the string with the binding's iseq as the parser's parent (so the binding's locals
are locals: `x -1` is a subtraction) and compiles it into an iseq of type :eval whose
parent_iseq is that iseq. The eval iseq's own new locals are at level 0; the binding's
environments are at levels 1, 2, ... in the order of the parent chain. Its label is the
parent's label ("<main>", "foo", "block in foo"), its path "(eval)" unless given.

    from rubyvm.compiler import compile_eval
    iseq = compile_eval("y = x + 1", "(eval)", 1, scopes=[["x"]])
    # getlocal x@0, 1 ... setlocal_WC_0 y@0

`scopes` lists the binding's scopes innermost first. Each is either an InstructionSequence (its
local table, type, label and parameters are used, and it becomes the eval iseq's parent, as in
CRuby) or a plain list of local names (the local table, index order, None for a hidden local),
which stands for a block scope -- or, the last one, for the method/top scope. What the
outermost scope is decides whether `yield` is valid (a method) or an error (top/class).
"""
from __future__ import annotations

from typing import Optional, Sequence, Union

from ..iseq.iseq import InstructionSequence
from .context import CompileContext, Options

Scope = Union[InstructionSequence, Sequence[Optional[str]]]


def scope_chain(scopes) -> list[InstructionSequence]:
    """The scopes as iseqs, innermost first; a single iseq stands for its parent chain."""
    if isinstance(scopes, InstructionSequence):
        out = []
        s = scopes
        while s is not None:
            out.append(s)
            s = s.parent
        return out
    out = []
    scopes = list(scopes or ())
    for k, s in enumerate(scopes):
        if isinstance(s, InstructionSequence):
            out.append(s)
        else:
            outermost = k == len(scopes) - 1
            out.append(InstructionSequence(
                type="top" if outermost else "block", label="<main>", path="(eval)",
                absolute_path=None, first_lineno=1, code_location=(1, 0, 1, 0),
                local_table=list(s)))
    # link the plain scopes into a chain (given iseqs keep their own parents)
    for inner, outer in zip(out, out[1:]):
        if inner.parent is None and inner.type not in ("top", "main", "method", "class"):
            inner.parent = outer
    return out


def _contexts(chain: list[InstructionSequence], options: Options) -> Optional[CompileContext]:
    """Finished compile contexts for the binding's scopes (outermost first), linked as parents,
    so variable lookup, block names and `yield` checks walk them as compile.c walks
    parent_iseq; returns the innermost."""
    ctx = None
    for iseq in reversed(chain):
        c = CompileContext(iseq, ctx, options)
        c.local_ids = list(iseq.local_table)
        c.finished = True
        ctx = c
    return ctx


def compile_eval(src, path: str = "(eval)", line: int = 1, scopes: Union[Scope, Sequence[Scope]] = (),
                 label: Optional[str] = None, absolute_path: Optional[str] = None,
                 frozen_string_literal: Optional[bool] = None) -> InstructionSequence:
    """Parse and compile `src` as an eval iseq under the binding's `scopes` (innermost first).
    Raises the parser's SyntaxError or CompileError (a SyntaxError: `Can't escape from eval
    with break`, `Invalid yield` ...), whose str() is CRuby's message."""
    from ..parser import parse
    from . import _magic_frozen_string_literal
    from .iseq_compiler import ISeqCompiler
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogateescape")
    chain = scope_chain(scopes)
    # the names the parser must know as locals (not hidden ones, nor `...`'s "*" / "&" ...)
    names = [n for s in chain for n in s.local_table
             if isinstance(n, str) and n and (n[0] == "_" or n[0].islower() or not n[0].isascii())]
    tree = parse(src, path, line, locals=list(dict.fromkeys(names)))
    if frozen_string_literal is None:
        frozen_string_literal = _magic_frozen_string_literal(src)
    opts = Options(frozen_string_literal=frozen_string_literal, source=src)
    parent = _contexts(chain, opts)
    if label is None:
        label = chain[0].label if chain else "<main>"
    l = tree.loc
    first = l.first_lineno + line - 1 if l.first_lineno < line else l.first_lineno
    iseq = InstructionSequence(type="eval", label=label, path=path, absolute_path=absolute_path,
                               first_lineno=line,
                               code_location=(first, l.first_column, l.last_lineno, l.last_column),
                               parent=chain[0] if chain else None)
    ISeqCompiler(iseq, parent, opts, tree).compile_iseq_node(tree)
    return iseq
