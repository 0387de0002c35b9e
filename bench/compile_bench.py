#!/usr/bin/env python3
"""Time to compile a 1,000-line Ruby file, lexing and parsing included (issue 4's target:
150 ms or less), against CRuby 3.1 compiling the same file (RubyVM::InstructionSequence.compile
in one ruby process, which also parses), measured in this run. Times are the best CPU time of
several runs; the compile-only share (AST -> iseq: rubyvm.compiler.compile_tree, with the
cyclic GC paused as compile() pauses it) is printed too."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from common import best_of, ruby_best_of  # noqa: E402
from rubyvm.compiler import compile as compile_iseq  # noqa: E402
from rubyvm.parser import parse  # noqa: E402


def ruby_source(lines: int = 1000) -> str:
    from sample import sample
    return sample(lines)


def compile_only(tree, src: bytes, path: str):
    from rubyvm.compiler import compile_tree
    return compile_tree(tree, src, path)


def main() -> None:
    src = ruby_source().encode()
    nlines = src.count(b"\n")
    compile_iseq(src, "bench.rb")                      # warm up (grammar tables, caches)
    total = best_of(lambda: compile_iseq(src, "bench.rb"))
    parse_t = best_of(lambda: parse(src, "bench.rb"))
    tree = parse(src, "bench.rb")
    comp = best_of(lambda: compile_only(tree, src, "bench.rb"))
    print(f"compiling a {nlines}-line Ruby file")
    print(f"  rubyvm lex+parse             {parse_t * 1000:8.1f} ms")
    print(f"  rubyvm compile (AST->iseq)   {comp * 1000:8.1f} ms")
    print(f"  rubyvm lex+parse+compile     {total * 1000:8.1f} ms   target <= 150 ms")
    cr = ruby_best_of(["RubyVM::InstructionSequence.compile(s, 'bench.rb')"], src, repeat=9)
    if cr:
        print(f"  CRuby 3.1 ISeq.compile       {cr[0] * 1000:8.1f} ms   ratio rubyvm/CRuby "
              f"{total / cr[0]:5.1f}x")
    else:
        print("  CRuby: `ruby` not on PATH, no ratio")


if __name__ == "__main__":
    main()
