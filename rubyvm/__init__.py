"""rubyvm: Ruby Under a Microscope, live. CRuby 3.1's pipeline in Python:
source -> lexer -> tokens -> parser -> AST -> compiler -> ISeq -> VM.

    rubyvm.lex(src)            # the tokens (Ripper.lex)
    rubyvm.parse(src)          # the AST (NODE_SCOPE ...)
    rubyvm.compile(src, path)  # an InstructionSequence: .disasm(), .to_a()
    rubyvm.run(src)            # run in a fresh VM: a RunResult (value, inspect, error)
    rubyvm.Session()           # a VM that keeps its top-level state between runs (irb)
"""
from __future__ import annotations

from .lexer import Token, lex, tokenize

__all__ = ["lex", "tokenize", "Token", "parse", "compile", "run", "Session"]
__version__ = "0.1.0"


def __getattr__(name):
    # the later stages load on first use, so `import rubyvm` stays light
    if name == "parse":
        from .parser import parse
        return parse
    if name == "compile":
        from .compiler import compile
        return compile
    if name == "run":
        from .session import run
        return run
    if name == "Session":
        from .session import Session
        return Session
    raise AttributeError(f"module 'rubyvm' has no attribute {name!r}")
