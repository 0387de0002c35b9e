#!/usr/bin/env python3
"""Lex every .rb file of the installed CRuby's standard library with our lexer and with
Ripper.lex, and report where they differ: a large real-world check beyond the corpus.

    python scripts/check_lex_stdlib.py [--show N]

Needs `ruby` (3.1) on PATH. Nothing is written into the repository; the stdlib's files are
only read, in a temporary directory's worth of Ripper output."""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from rubyvm.lexer import ripper_lex_inspect  # noqa: E402

RIPPER = r'''
require "ripper"
out = ARGV[0]
STDIN.each_line.with_index do |f, i|
  File.binwrite(File.join(out, "#{i}.lex"), Ripper.lex(File.read(f.chomp)).inspect + "\n")
end
'''


def first_difference(expected: str, actual: str) -> str:
    e, a = expected.split("], [["), actual.split("], [[")
    k = next((j for j in range(min(len(e), len(a))) if e[j] != a[j]), min(len(e), len(a)))
    return f"CRuby {e[k][:100] if k < len(e) else None!r}\n    ours  {a[k][:100] if k < len(a) else None!r}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=10, help="mismatches to print")
    args = ap.parse_args()
    libdirs = subprocess.run(["ruby", "-rrbconfig", "-e",
                              'puts RbConfig::CONFIG.values_at("rubylibdir", "vendordir")'],
                             capture_output=True, text=True, check=True).stdout.split()
    files = sorted({str(p) for d in libdirs if Path(d).is_dir() for p in Path(d).rglob("*.rb")})
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["ruby", "-e", RIPPER, tmp], input="\n".join(files) + "\n", text=True,
                       check=True)
        ok, bad = 0, []
        for i, f in enumerate(files):
            expected = Path(tmp, f"{i}.lex").read_text(encoding="utf-8", errors="surrogateescape")
            actual = ripper_lex_inspect(Path(f).read_bytes(), f) + "\n"
            if actual == expected:
                ok += 1
            else:
                bad.append((f, first_difference(expected, actual)))
    print(f"{ok}/{len(files)} stdlib files lex identically to Ripper.lex")
    for f, d in bad[:args.show]:
        print(f"  {f}\n    {d}")


if __name__ == "__main__":
    main()
