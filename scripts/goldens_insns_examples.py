#!/usr/bin/env python3
"""Re-derive tests/corpus/insn_examples/ from CRuby 3.1 (`make goldens` runs it).

The usage examples live in the instruction table (rubyvm/insns); this script writes each one to
NAME.rb (NAME = the instruction) and records beside it, running ruby in that directory:

    NAME.insns        `ruby --dump=insns NAME.rb`
    NAME.to_a.json    every iseq of NAME.rb with its stack_max and instructions, from
                      RubyVM::InstructionSequence#to_a (the stack-depth test replays these)
    NAME.stdout       `ruby NAME.rb`, for the instructions only CRuby's prelude contains
                      (their example prints the listing of a core method)

plus INSTRUCTION_NAMES (`ruby -e 'puts RubyVM::INSTRUCTION_NAMES'`) and RUBY_VERSION.
Only CRuby 3.1.x is accepted.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from rubyvm.insns import INSNS  # noqa: E402

DIR = ROOT / "tests" / "corpus" / "insn_examples"
KINDS = ("rb", "insns", "stdout", "to_a.json")
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", RUBYOPT="")

# One ruby process turns each file named on stdin into NAME.to_a.json: a list of iseqs, each
# with its label, type, stack_max, catch table and code. In the code, labels are "label_N"
# strings, line numbers and events are dropped, and operands become JSON: integers, booleans
# and null as they are, {"sym"}, {"calldata"}, {"iseq": index into the list}, {"inspect"}.
TO_A_JSON = r'''
require "json"

def conv(v, out)
  case v
  when Integer, true, false, nil then v
  when Symbol then {"sym" => v.to_s}
  when Array
    if v[0] == "YARVInstructionSequence/SimpleDataFormat"
      {"iseq" => walk(v, out)}
    else
      v.map { |e| conv(e, out) }
    end
  when Hash
    if v.key?(:orig_argc)
      {"calldata" => {"mid" => v[:mid]&.to_s, "flag" => v[:flag], "orig_argc" => v[:orig_argc],
                      "kw_arg" => (v[:kw_arg] || []).map(&:to_s)}}
    else
      {"inspect" => v.inspect}
    end
  else
    {"inspect" => v.inspect}
  end
end

def walk(a, out)
  index = out.size
  rec = {"label" => a[5], "type" => a[9].to_s, "stack_max" => a[4][:stack_max]}
  out << rec
  rec["catch"] = a[12].map do |type, iseq, st, ed, cont, sp|
    {"type" => type.to_s, "iseq" => iseq && walk(iseq, out), "start" => st.to_s,
     "end" => ed.to_s, "cont" => cont.to_s, "sp" => sp}
  end
  rec["code"] = a[13].filter_map do |e|
    case e
    when Array then [e[0].to_s, *e[1..].map { |o| conv(o, out) }]
    when Symbol then e.to_s if e.to_s.start_with?("label_")
    end
  end
  index
end

def dump(iseqs)
  parts = iseqs.map do |rec|
    head = rec.reject { |k, _| k == "code" }.to_json
    code = rec["code"].map { |e| "    " + e.to_json }.join(",\n")
    "  {\"head\": #{head},\n   \"code\": [\n#{code}\n  ]}"
  end
  "[\n" + parts.join(",\n") + "\n]\n"
end

STDIN.each_line do |line|
  src, dst = line.chomp.split("\t")
  out = []
  walk(RubyVM::InstructionSequence.compile_file(src).to_a, out)
  File.write(dst, dump(out))
end
'''


def ruby_version() -> str:
    out = subprocess.run(["ruby", "-v"], capture_output=True, text=True, check=True).stdout.strip()
    if not out.startswith("ruby 3.1."):
        sys.exit(f"goldens_insns_examples: CRuby 3.1.x is required, found: {out}")
    return out


def ruby(args: list[str], cwd: Path) -> bytes:
    proc = subprocess.run(["ruby", *args], cwd=cwd, capture_output=True, env=ENV, timeout=60,
                          stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        return f"exit {proc.returncode}\n".encode() + proc.stderr
    return proc.stdout


def main() -> None:
    version = ruby_version()
    DIR.mkdir(parents=True, exist_ok=True)
    names = {i.name for i in INSNS}
    for stale in DIR.iterdir():   # goldens of instructions the table no longer has
        stem, dot, kind = stale.name.partition(".")
        if dot and kind in KINDS and stem not in names:
            stale.unlink()
    batch = []
    for insn in INSNS:
        src = DIR / f"{insn.name}.rb"
        src.write_text(insn.example)
        (DIR / f"{insn.name}.insns").write_bytes(ruby(["--dump=insns", src.name], DIR))
        stdout = DIR / f"{insn.name}.stdout"
        if insn.in_user_code:
            stdout.unlink(missing_ok=True)
        else:
            stdout.write_bytes(ruby([src.name], DIR))
        batch.append(f"{src.name}\t{insn.name}.to_a.json\n")
    subprocess.run(["ruby", "-e", TO_A_JSON], input="".join(batch), text=True, cwd=DIR, env=ENV,
                   check=True)
    (DIR / "INSTRUCTION_NAMES").write_bytes(ruby(["-e", "puts RubyVM::INSTRUCTION_NAMES"], DIR))
    (DIR / "RUBY_VERSION").write_text(version + "\n")
    print(f"goldens_insns_examples: {len(INSNS)} examples from {version}")


if __name__ == "__main__":
    main()
