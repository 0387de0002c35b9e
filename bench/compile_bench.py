#!/usr/bin/env python3
"""Time to compile a 1,000-line Ruby file, lexing and parsing included (issue 4's target:
150 ms or less), against CRuby 3.1 compiling the same file (RubyVM::InstructionSequence.compile
in one ruby process, which also parses), measured in this run. Times are the best CPU time of
several runs; the compile-only share (AST -> iseq) is printed too."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from rubyvm.compiler import compile as compile_iseq  # noqa: E402
from rubyvm.parser import parse  # noqa: E402


def ruby_source(lines: int = 1000) -> str:
    from sample import sample
    return sample(lines)


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def compile_only(tree, path: str):
    from rubyvm.compiler.context import Options
    from rubyvm.compiler.iseq_compiler import ISeqCompiler
    from rubyvm.iseq.iseq import InstructionSequence
    l = tree.loc
    iseq = InstructionSequence(type="top", label="<main>", path=path, absolute_path=None,
                               first_lineno=1, code_location=(l.first_lineno, l.first_column,
                                                              l.last_lineno, l.last_column))
    opts = Options()
    opts.source_lines = []
    ISeqCompiler(iseq, None, opts, tree).compile_iseq_node(tree)
    return iseq


def main() -> None:
    src = ruby_source().encode()
    nlines = src.count(b"\n")
    compile_iseq(src, "bench.rb")                      # warm up (grammar tables, caches)
    total = best_of(lambda: compile_iseq(src, "bench.rb"))
    parse_t = best_of(lambda: parse(src, "bench.rb"))
    tree = parse(src, "bench.rb")
    comp = best_of(lambda: compile_only(tree, "bench.rb"))
    print(f"compiling a {nlines}-line Ruby file")
    print(f"  rubyvm lex+parse             {parse_t * 1000:8.1f} ms")
    print(f"  rubyvm compile (AST->iseq)   {comp * 1000:8.1f} ms")
    print(f"  rubyvm lex+parse+compile     {total * 1000:8.1f} ms   target <= 150 ms")
    if shutil.which("ruby"):
        path = ROOT / "bench" / ".compile_bench_input.rb"
        path.write_bytes(src)
        code = ("s = File.read(ARGV[0]); t = []; "
                "9.times { a = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID); "
                "RubyVM::InstructionSequence.compile(s, 'bench.rb'); "
                "t << Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - a }; p t.min")
        out = subprocess.run(["ruby", "-e", code, str(path)], capture_output=True, text=True)
        path.unlink()
        if out.returncode == 0:
            cr = float(out.stdout)
            print(f"  CRuby 3.1 ISeq.compile       {cr * 1000:8.1f} ms   ratio rubyvm/CRuby "
                  f"{total / cr:5.1f}x")
        else:
            print("  CRuby: failed:", out.stderr.strip()[:200])
    else:
        print("  CRuby: `ruby` not on PATH, no ratio")


if __name__ == "__main__":
    main()
