#!/usr/bin/env python3
"""Time to lex and parse a 1,000-line Ruby file with a warm LALR table cache (issue 3's
target: 150 ms or less), beside CRuby 3.1 parsing the same file (Ripper.sexp, and
RubyVM::AbstractSyntaxTree.parse), measured in this run as the best CPU time of 11 runs each
(the machine is shared: the best of more runs is less disturbed by other processes)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from common import best_of, ruby_best_of  # noqa: E402
from rubyvm.lexer import Lexer  # noqa: E402
from rubyvm.parser import parse, sexp  # noqa: E402
from sample import sample  # noqa: E402

RUNS = 11


def main() -> None:
    src = sample().encode()
    parse(b"1", "warm")                         # load the cached LALR tables
    lines = src.count(b"\n")
    lex_t = best_of(lambda: Lexer(src).lex_all(), RUNS)
    ast_t = best_of(lambda: parse(src, "t.rb"), RUNS)
    sexp_t = best_of(lambda: sexp(src, "t.rb"), RUNS)
    print(f"lexing and parsing a {lines}-line Ruby file (warm table cache)")
    print(f"  lex only                     {lex_t * 1000:8.1f} ms")
    print(f"  lex + parse to the AST       {ast_t * 1000:8.1f} ms   target <= 150 ms")
    print(f"  lex + parse to Ripper.sexp   {sexp_t * 1000:8.1f} ms")
    cr = ruby_best_of(["RubyVM::AbstractSyntaxTree.parse(s)", "Ripper.sexp(s)"], src,
                      prelude="require 'ripper'", repeat=RUNS)
    if cr:
        ast_c, sexp_c = cr
        print(f"  CRuby 3.1 AST                {ast_c * 1000:8.1f} ms   ratio rubyvm/CRuby {ast_t / ast_c:6.1f}x")
        print(f"  CRuby 3.1 Ripper.sexp        {sexp_c * 1000:8.1f} ms   ratio rubyvm/CRuby {sexp_t / sexp_c:6.1f}x")
    else:
        print("  CRuby: `ruby` not on PATH, no ratio")


if __name__ == "__main__":
    main()
