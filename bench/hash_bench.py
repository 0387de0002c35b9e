#!/usr/bin/env python3
"""The book's chapter 7 experiments, run by our VM and by CRuby 3.1 in the same run:

  Exp 7-1  retrieving a value from hashes of 2^0 .. 2^16 entries
  Exp 7-2  inserting one more element into hashes of 2^e and 2^e + 1 entries
  Exp 7-3  objects as keys, with `def hash; 4; end` making every key collide

The same Ruby program runs in both VMs and prints its own timings (Process.clock_gettime), so
what is compared is the *shape*: lookups stay flat as the hash grows, an insert costs more at
the sizes where the table is rebuilt, and colliding keys make lookups linear. Both VMs keep a
Hash in an ar_table up to 8 pairs and then in st.c's st_table, so the inserts spike at the same
sizes: at 8 (the 9th pair converts the ar_table to an st_table of 32 entries) and at every
2^e from 32 on (a full entries array is rebuilt twice as large); not at 16.

    python bench/hash_bench.py [--max-exp N] [--reps N]
"""
from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROGRAM = """
MAX_EXP = {max_exp}
REPS = {reps}
def now = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)

# Exp 7-1: the time of one lookup, for hashes of 2^0 .. 2^MAX_EXP entries
(0..MAX_EXP).each do |e|
  size = 2 ** e
  h = {{}}
  size.times {{ |i| h[i] = i }}
  key = size / 2
  t = now
  i = 0
  while i < REPS
    h[key]
    i += 1
  end
  puts "lookup #{{e}} #{{((now - t) / REPS * 1e9).round}}"
end

# Exp 7-2: the time to insert one more element into a hash of n entries, for n = 2^e (its
# entries array is full, so the insert rebuilds the table) and n = 2^e + 1 (just rebuilt)
# (the best of 3 rounds, each over `count` fresh hashes)
sizes = (0..MAX_EXP).flat_map {{ |e| [2 ** e, 2 ** e + 1] }}.uniq
sizes.each do |size|
  count = [4, 4096 / size].max
  best = (1..3).map do
    hashes = Array.new(count) {{ h = {{}}; size.times {{ |i| h[i] = i }}; h }}
    t = now
    hashes.each {{ |h| h[size] = size }}
    now - t
  end.min
  puts "insert #{{size}} #{{(best / count * 1e9).round}}"
end

# Exp 7-3: keys whose #hash is always 4 all land in one bin
class KeyObject
  def initialize(v) = @v = v
  def eql?(o) = o.is_a?(KeyObject) && o.v == @v
  attr_reader :v
end
class CollidingKey < KeyObject
  def hash = 4
end
class NormalKey < KeyObject
  def hash = @v.hash
end
[[:normal, NormalKey], [:colliding, CollidingKey]].each do |label, k|
  [16, 64, 256].each do |n|
    keys = (0...n).map {{ |i| k.new(i) }}
    h = {{}}
    keys.each {{ |key| h[key] = true }}
    probe = k.new(n - 1)
    t = now
    20.times {{ h[probe] }}
    puts "#{{label}} #{{n}} #{{((now - t) / 20 * 1e9).round}}"
  end
end
"""


def parse(out: str) -> dict:
    rows = {}
    for line in out.splitlines():
        kind, x, ns = line.split()
        rows[(kind, int(x))] = int(ns)
    return rows


def run_ours(src: str) -> str:
    from rubyvm.session import Session
    out = io.StringIO()
    r = Session(out, sys.stderr).run(src, "hash_bench.rb")
    if r.error is not None:
        raise SystemExit(r.error.report)
    return out.getvalue()


def run_cruby(src: str):
    if not shutil.which("ruby"):
        return None
    p = subprocess.run(["ruby", "-e", src], capture_output=True, text=True)
    return p.stdout if p.returncode == 0 else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-exp", type=int, default=16)
    ap.add_argument("--reps", type=int, default=2000)
    a = ap.parse_args()
    src = PROGRAM.format(max_exp=a.max_exp, reps=a.reps)
    ours = parse(run_ours(src))
    cr = run_cruby(src)
    theirs = parse(cr) if cr else {}

    def row(label, key):
        o = ours[key]
        c = theirs.get(key)
        ratio = f"{o / c:8.1f}x" if c else "       -"
        cs = f"{c:10d}" if c else "         -"
        print(f"{label:<22}{o:12d}{cs}{ratio}")

    print(f"{'':22}{'rubyvm ns':>12}{'CRuby ns':>10}{'ratio':>9}")
    print("Exp 7-1: one lookup in a hash of 2^e entries")
    for e in range(a.max_exp + 1):
        row(f"  2^{e} = {2 ** e}", ("lookup", e))
    print("Exp 7-2: inserting one more element into a hash of n entries")
    sizes = sorted({n for e in range(a.max_exp + 1) for n in (2 ** e, 2 ** e + 1)})
    for n in sizes:
        e = n.bit_length() - 1
        row(f"  n = 2^{e}{' + 1' if n != 2 ** e else ''} = {n}", ("insert", n))
    print("  spikes: n where inserting costs over 1.4x what it costs at n + 1 (the table was rebuilt)")
    for name, rows in (("rubyvm", ours), ("CRuby", theirs)):
        if rows:
            spikes = [f"{n} ({rows[('insert', n)] / rows[('insert', n + 1)]:.1f}x)" for n in sizes
                      if n + 1 in sizes and rows[("insert", n)] > 1.4 * rows[("insert", n + 1)]]
            print(f"    {name:<7}{', '.join(spikes)}")
    print("Exp 7-3: one lookup among n keys, normal vs all-colliding #hash")
    for label in ("normal", "colliding"):
        for n in (16, 64, 256):
            row(f"  {label} {n}", (label, n))


if __name__ == "__main__":
    main()
