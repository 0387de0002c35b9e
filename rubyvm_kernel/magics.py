"""Cell magics: a first line `%%NAME [args]` with a known NAME (so Ruby's %w[...] literals never
clash), and the line magic `%reset`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# name -> what it shows
CELL_MAGICS = {
    "lex": "the tokens, as Ripper.lex",
    "sexp": "the parse tree, as Ripper.sexp",
    "parsetree": "the AST, as ruby --dump=parsetree",
    "yacc": "our LALR parser's shifts and reductions, as ruby -y",
    "insns": "the YARV instructions, as ruby --dump=insns",
    "step": "run the cell under the stepper widget (option: --cap N steps, default 100000)",
    "trace": "run the cell and print every instruction it executes, with the value stack",
    "python": "run the rest of the cell as Python",
}
LINE_MAGICS = {"reset": "start a fresh Ruby VM"}


@dataclass
class Magic:
    name: str
    args: str
    body: str


def parse_magic(code: str) -> Optional[Magic]:
    """The magic a cell starts with, or None for plain Ruby."""
    stripped = code.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    line = first.strip()
    if line.startswith("%%"):
        name, _, args = line[2:].partition(" ")
        if name in CELL_MAGICS:
            return Magic(name, args.strip(), rest)
    elif line.startswith("%") and not line.startswith("%%"):
        name, _, args = line[1:].partition(" ")
        if name in LINE_MAGICS and not rest.strip():
            return Magic(name, args.strip(), "")
    return None


def stage_output(name: str, body: str) -> str:
    """What a stage magic prints: exactly what the matching `rubyvm` command prints."""
    src = body.encode("utf-8", "surrogateescape")
    if name == "lex":
        from rubyvm.lexer import ripper_lex_inspect
        return ripper_lex_inspect(src, "(cell)") + "\n"
    if name == "sexp":
        from rubyvm.parser import sexp
        return sexp(src, "(cell)") + "\n"
    if name == "parsetree":
        from rubyvm.ast import dump
        from rubyvm.parser import parse
        return dump(parse(src, "(cell)"))
    if name == "yacc":
        from rubyvm.parser import trace
        return trace(src, "(cell)")
    if name == "insns":
        from rubyvm.compiler import compile as compile_iseq
        return compile_iseq(src, "(cell)").disasm()
    raise KeyError(name)
