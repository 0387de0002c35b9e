#!/usr/bin/env python3
"""Re-derive every golden file from CRuby 3.1: `make goldens` (or `python scripts/goldens.py [STAGE...]`).

Each snippet tests/corpus/<stage>/NAME.rb gets NAME.<kind> for the kinds its stage records
(tests/golden.py). Only CRuby 3.1.x is accepted, and its `ruby -v` is recorded.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.golden import (STAGES, RUBY_VERSION_FILE, golden_path, normalize_parsetree,  # noqa: E402
                          snippets)

# One ruby process answers every Ripper request: lines of "kind<TAB>src<TAB>out" on stdin.
RIPPER_BATCH = r'''
require "ripper"
STDIN.each_line do |line|
  kind, src, out = line.chomp.split("\t")
  code = File.read(src)
  res = kind == "lex" ? Ripper.lex(code) : Ripper.sexp(code)
  File.binwrite(out, res.inspect + "\n")
end
'''

# RubyVM::InstructionSequence.compile_file(NAME.rb).to_a, written as JSON with tagged values
# (compiled beside the file so the path it records is the bare name).
ISEQ_BATCH = r'''
require "json"
def enc(v)
  case v
  when nil, true, false, Integer then v
  when Symbol then {"sym" => v.to_s}
  when String
    v.valid_encoding? ? {"str" => v, "inspect" => v.inspect, "frozen" => v.frozen?}
                      : {"bytes" => v.b.unpack1("H*"), "inspect" => v.inspect}
  when Float then {"float" => v.to_s, "inspect" => v.inspect}
  when Array then v.map { |e| enc(e) }
  when Hash then {"hash" => v.map { |k, x| [enc(k), enc(x)] }}
  else {"obj" => v.class.to_s, "inspect" => v.inspect}
  end
end
STDIN.each_line do |line|
  dir, name, out = line.chomp.split("\t")
  Dir.chdir(dir) do
    a = RubyVM::InstructionSequence.compile_file(name).to_a
    File.binwrite(out, JSON.generate(enc(a)) + "\n")
  rescue SyntaxError, ScriptError => e
    File.binwrite(out, JSON.generate({"error" => e.class.to_s}) + "\n")
  end
end
'''

ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", RUBYOPT="")


def ruby_version() -> str:
    out = subprocess.run(["ruby", "-v"], capture_output=True, text=True, check=True).stdout.strip()
    if not out.startswith("ruby 3.1."):
        sys.exit(f"goldens: CRuby 3.1.x is required, found: {out}")
    return out


def dump(kind: str, src: Path) -> bytes:
    """`ruby --dump=KIND NAME.rb`, run beside the file so the path it prints is the bare name."""
    proc = subprocess.run(["ruby", f"--dump={kind}", src.name], cwd=src.parent,
                          capture_output=True, env=ENV, timeout=60)
    if proc.returncode != 0:
        return f"exit {proc.returncode}\n".encode() + proc.stderr
    out = proc.stdout
    if kind == "parsetree":
        out = normalize_parsetree(out.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    return out


def run(src: Path) -> None:
    try:
        proc = subprocess.run(["ruby", src.name], cwd=src.parent, capture_output=True, env=ENV,
                              timeout=30, stdin=subprocess.DEVNULL)
        stdout, status = proc.stdout, f"{proc.returncode}\n" + proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        stdout, status = b"", "timeout\n"
    golden_path(src, "stdout").write_bytes(stdout)
    golden_path(src, "status").write_text(status)


def check(src: Path) -> None:
    """`ruby -c NAME.rb`: the exit status, then stderr (every syntax error, as bison
    recovers from each)."""
    proc = subprocess.run(["ruby", "-c", src.name], cwd=src.parent, capture_output=True, env=ENV,
                          timeout=30, stdin=subprocess.DEVNULL)
    golden_path(src, "check").write_bytes(f"{proc.returncode}\n".encode() + proc.stderr)


def main(argv: list[str]) -> None:
    version = ruby_version()
    stages = argv or list(STAGES)
    batch = []
    iseq_batch = []
    count = 0
    for stage in stages:
        for src in snippets(stage):
            count += 1
            for kind in STAGES[stage]:
                if kind in ("lex", "sexp"):
                    batch.append(f"{kind}\t{src}\t{golden_path(src, kind)}\n")
                elif kind in ("parsetree", "insns"):
                    golden_path(src, kind).write_bytes(dump(kind, src))
                elif kind == "iseq":
                    iseq_batch.append(f"{src.parent}\t{src.name}\t{golden_path(src, kind)}\n")
                elif kind == "stdout":
                    run(src)
                elif kind == "check":
                    check(src)
    if batch:
        subprocess.run(["ruby", "-e", RIPPER_BATCH], input="".join(batch), text=True,
                       env=ENV, check=True)
    if iseq_batch:
        subprocess.run(["ruby", "-e", ISEQ_BATCH], input="".join(iseq_batch), text=True,
                       env=ENV, check=True)
    RUBY_VERSION_FILE.write_text(version + "\n")
    print(f"goldens: {count} snippets in {', '.join(stages)} from {version}")


if __name__ == "__main__":
    main(sys.argv[1:])
