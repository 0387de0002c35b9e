#!/usr/bin/env python3
"""Time to lex a 1,000-line Ruby file (issue 2's target: 40 ms or less on the 2-core machine).

Prints our time, CRuby's Ripper.lex time on the same file (if `ruby` is on PATH) and
CPython's own tokenize module on a Python file of the same size, measured in this run.
Times are the best CPU time of 9 runs, for all three."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from common import best_of  # noqa: E402
from rubyvm.lexer import Lexer, lex  # noqa: E402


def ruby_source(lines: int = 1000) -> str:
    """A realistic, valid 1,000-line program (bench/sample.py)."""
    from sample import sample
    return sample(lines)




def main() -> None:
    src = ruby_source()
    nlines = src.count("\n")
    ours_parser = best_of(lambda: Lexer(src).lex_all())
    ours_ripper = best_of(lambda: lex(src))
    py_src = "\n".join(f"x{i} = foo(a, b, 'str{i}') + [1, 2.5, {{'k': {i}}}]  # c" for i in range(nlines)) + "\n"
    cpython = best_of(lambda: list(tokenize.generate_tokens(io.StringIO(py_src).readline)))
    print(f"lexing a {nlines}-line Ruby file")
    print(f"  rubyvm Lexer (parser view)   {ours_parser * 1000:8.1f} ms")
    print(f"  rubyvm lex() (Ripper view)   {ours_ripper * 1000:8.1f} ms   target <= 40 ms")
    print(f"  CPython tokenize, {nlines} lines  {cpython * 1000:8.1f} ms   ratio rubyvm/CPython {ours_ripper / cpython:5.1f}x")
    if shutil.which("ruby"):
        path = ROOT / "bench" / ".lex_bench_input.rb"
        path.write_text(src)
        code = ("require 'ripper'; s = File.read(ARGV[0]); t = []; "
                "9.times { a = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID); Ripper.lex(s); "
                "t << Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - a }; p t.min")
        out = subprocess.run(["ruby", "-e", code, str(path)], capture_output=True, text=True)
        path.unlink()
        if out.returncode == 0:
            cr = float(out.stdout)
            print(f"  CRuby 3.1 Ripper.lex         {cr * 1000:8.1f} ms   ratio rubyvm/CRuby {ours_ripper / cr:5.1f}x")
        real_world()
    else:
        print("  CRuby: `ruby` not on PATH, no ratio")


def stdlib_files(count: int = 40) -> list[Path]:
    """The largest .rb files of the installed Ruby's standard library (real-world code)."""
    out = subprocess.run(["ruby", "-rrbconfig", "-e", 'puts RbConfig::CONFIG["rubylibdir"]'],
                         capture_output=True, text=True)
    if out.returncode:
        return []
    files = list(Path(out.stdout.strip()).rglob("*.rb"))
    return sorted(files, key=lambda p: -p.stat().st_size)[:count]


def real_world() -> None:
    files = stdlib_files()
    if not files:
        return
    lines = sum(p.read_bytes().count(b"\n") for p in files)
    ours = sum(best_of(lambda src=p.read_bytes(): lex(src), 3) for p in files)
    code = ("require 'ripper'; t = 0.0; ARGV.each { |f| s = File.read(f); b = 9e9; "
            "3.times { a = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID); Ripper.lex(s); "
            "b = [b, Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - a].min }; t += b }; p t")
    cr = float(subprocess.run(["ruby", "-e", code, *map(str, files)], capture_output=True,
                              text=True).stdout)
    print(f"real-world Ruby: the installed stdlib's {len(files)} largest files, {lines} lines")
    print(f"  rubyvm lex() (Ripper view)   {ours * 1e6 / lines:8.1f} ms per 1,000 lines")
    print(f"  CRuby 3.1 Ripper.lex         {cr * 1e6 / lines:8.1f} ms per 1,000 lines"
          f"   ratio rubyvm/CRuby {ours / cr:5.1f}x")


if __name__ == "__main__":
    main()
