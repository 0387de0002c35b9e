#!/usr/bin/env python3
"""Golden files for the numeric core library, from CRuby 3.1 (run by `make goldens`).

Writes tests/corpus/numeric/:
  float_bits.txt        doubles as 16 hex digits (big-endian IEEE bits): seeded random bit
                        patterns, random ordinary values, and special values
  float_to_s.golden     CRuby's Float#to_s of each, line for line
  round.golden          Float#round/floor/ceil/truncate and Integer#round/floor/ceil results
  sprintf.golden        format(*case) for each case of sprintf_cases.txt (hand-written)
  random.golden         Random/Kernel#rand, #bytes, Array#shuffle/#sample draws per seed
Each table is produced by ONE ruby process; only CRuby 3.1.x is accepted.
"""
from __future__ import annotations

import json
import math
import os
import random
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "numeric"
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", RUBYOPT="")
SEED = 0x5EED_F10A7                       # the fixed seed of the random doubles


def ruby(script: str, stdin: str = "") -> str:
    proc = subprocess.run(["ruby", "-e", script], input=stdin, capture_output=True, text=True,
                          env=ENV, encoding="utf-8")
    if proc.returncode != 0:
        sys.exit(f"goldens_numeric: ruby failed:\n{proc.stderr}")
    return proc.stdout


def check_ruby() -> None:
    try:
        version = subprocess.run(["ruby", "-e", "print RUBY_VERSION"], capture_output=True,
                                 text=True, env=ENV).stdout
    except FileNotFoundError:
        sys.exit("goldens_numeric: ruby 3.1 is needed on PATH")
    if not version.startswith("3.1."):
        sys.exit(f"goldens_numeric: CRuby 3.1.x is required, found {version or 'nothing'}")


def bits(x: float) -> str:
    return struct.pack(">d", x).hex()


# Every generated value is written with Ruby's own encoding of values as JSON, so that the
# tests never parse Ruby: {"int": "12"}, {"float": "<hex bits>"}, {"str": "..."}, ...
RUBY_ENCODE = r'''
require "json"
def enc(v)
  case v
  when nil, true, false then v
  when Integer then {"int" => v.to_s}
  when Float then {"float" => [v].pack("G").unpack1("H*")}
  when String then v.valid_encoding? ? {"str" => v} : {"bytes" => v.b.unpack1("H*")}
  when Symbol then {"sym" => v.to_s}
  when Rational then {"rational" => [v.numerator.to_s, v.denominator.to_s]}
  when Array then {"array" => v.map { |e| enc(e) }}
  when Hash then {"hash" => v.map { |k, e| [enc(k), enc(e)] }}
  else raise "cannot encode #{v.inspect}"
  end
end
def attempt
  {"value" => enc(yield)}
rescue StandardError => e
  {"error" => [e.class.name, e.message]}
end
'''


# ---------------------------------------------------------------------------------------------
# Float#to_s

def special_doubles() -> list[float]:
    vals = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
            1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e15, 9007199254740993.0,
            9007199254740992.0, 0.1 + 0.2, 1e-4, 1e-5, 123456789012345680.0, 1e23, 1e22,
            math.nan, -math.nan, math.inf, -math.inf, 100.0, 1.0, -1.0, 0.5, 0.1, 1 / 3,
            2 / 3, 123.456, 1234567.0, 0.001, 0.00012345, 1.5e300, 1234567890123456.8,
            999999999999999.9, 9999999999999998.0, 123456789012345.6, 12345678901234567.0,
            100000000000000.0, 999999999999999.0, 1e14 + 0.5, 4.35, 0.3, 2.675, 1e-7, 1e-3]
    for k in range(-330, 311):
        p = float(f"1e{k}")
        vals += [p, math.nextafter(p, math.inf), math.nextafter(p, -math.inf), -p]
    for k in range(-20, 25):
        vals += [2.0 ** k, 2.0 ** k * 3, 10.0 ** k * 1.5]
    return vals


def random_doubles(rng: random.Random) -> list[float]:
    vals = []
    for _ in range(5000):                                  # uniform bit patterns
        vals.append(struct.unpack(">d", rng.getrandbits(64).to_bytes(8, "big"))[0])
    for _ in range(3000):                                  # ordinary magnitudes
        mant = rng.getrandbits(53) | (1 << 52)
        vals.append(math.ldexp(mant, rng.randint(-80, 80) - 52) * rng.choice((1, -1)))
    for _ in range(2000):                                  # short decimals
        vals.append(rng.randint(-10 ** 9, 10 ** 9) / 10 ** rng.randint(0, 12))
    return vals


def float_to_s_goldens() -> int:
    rng = random.Random(SEED)
    doubles = random_doubles(rng) + special_doubles()
    text = "".join(bits(x) + "\n" for x in doubles)
    (CORPUS / "float_bits.txt").write_text(text)
    out = ruby('STDIN.each_line { |l| puts [l.chomp].pack("H*").unpack1("G").to_s }', text)
    (CORPUS / "float_to_s.golden").write_text(out)
    return len(doubles)


# ---------------------------------------------------------------------------------------------
# round / floor / ceil

ROUND_VALUES = [2.5, 0.125, 1.005, 12345.6789, -12345.6789, 1.5, -2.5, 0.5, -0.5, 3.5, 1e20,
                1.23456789e300, -1e300, 5e-324, 1e-10, 0.1, 0.3, 2.675, 5.015, 1.15, 1.25, 1.35,
                291.4, -291.4, 1.1, 123456789.125, 4503599627370497.0, 1e16 + 2, 9007199254740993.0,
                0.0, -0.0, math.inf, -math.inf, math.nan, 1234567.891, 0.000123456, 99.995,
                -99.995, 1e-5, 0.5e-15, 1.0000000000000002, 2.5e-16, 1.23456789012345e-7,
                10000000000000002.0, 4503599627370496.5, 0.49999999999999994, 123.456, -0.0001,
                7.0, 1.0e15 + 0.3, 3.0e-300, 2.0 ** 62, 2.0 ** 63, 1e19, -1e19, 45.5, 44.5,
                -44.5, 0.045, 1.45, 2.345, -2.345, 1e-320, 0.015625, 8.875, 0.1 + 0.2]
ROUND_NDIGITS = list(range(-3, 16)) + [-20, -17, 16, 17, 20, 25, 330]
ROUND_OPS = {
    "round": "round(%d)", "round_even": "round(%d, half: :even)",
    "round_down": "round(%d, half: :down)", "round_up": "round(%d, half: :up)",
    "floor": "floor(%d)", "ceil": "ceil(%d)", "truncate": "truncate(%d)",
}
INT_VALUES = [0, 5, 15, 25, -25, 35, 45, -45, 10 ** 20, 10 ** 20 + 5, -(10 ** 20), 10 ** 20 + 50,
              2 ** 62, 2 ** 62 - 2, -(2 ** 62), 2 ** 64 + 15, 12345678901234567890,
              -12345678901234567890, 5 * 10 ** 30, 999, 1000, 1001, -1001, 2 ** 200]
INT_NDIGITS = [1, 0, -1, -2, -3, -5, -10, -18, -19, -20, -21, -25, -30, -40, -60, -61, -62, -80]
INT_OPS = {k: v for k, v in ROUND_OPS.items() if k != "truncate"}


def round_goldens(rng: random.Random) -> int:
    """One row per (value, ndigits): the results of every op, in ROUND_OPS / INT_OPS order."""
    values = list(ROUND_VALUES)
    for _ in range(40):                                    # random magnitudes
        values.append(math.ldexp(rng.getrandbits(53) | (1 << 52), rng.randint(-90, 60) - 52))
    for _ in range(40):                                    # decimals with halves in them
        values.append(rng.randint(-10 ** 7, 10 ** 7) / 10 ** rng.randint(1, 6) + 5 / 10 ** rng.randint(2, 7))
    rows = [f"f:{bits(x)}\t{nd}" for x in values for nd in ROUND_NDIGITS]
    rows += [f"i:{n}\t{nd}" for n in INT_VALUES for nd in INT_NDIGITS]
    script = RUBY_ENCODE + "OPS = JSON.parse(%s)" % json.dumps(json.dumps(ROUND_OPS)) + r'''
STDIN.each_line do |line|
  value, nd = line.chomp.split("\t")
  x = value.start_with?("f:") ? [value[2..]].pack("H*").unpack1("G") : Integer(value[2..])
  ops = x.is_a?(Float) ? OPS.values : OPS.reject { |k, _| k == "truncate" }.values
  results = ops.map do |op|
    res = attempt { x.instance_eval(format(op, Integer(nd))) }
    if res["error"] then "e:#{res["error"].join(":")}"
    elsif res["value"].key?("int") then "i:#{res["value"]["int"]}"
    else "f:#{res["value"]["float"]}" end
  end
  puts [value, nd, *results].join("\t")
end
'''
    header = "# value\tndigits\t" + "\t".join(ROUND_OPS) + "  (Integers: no truncate)\n"
    out = ruby(script, "".join(r + "\n" for r in rows))
    (CORPUS / "round.golden").write_text(header + out)
    return len(rows)


# ---------------------------------------------------------------------------------------------
# format

def sprintf_goldens() -> int:
    script = RUBY_ENCODE + r'''
File.foreach(ARGV[0], encoding: "UTF-8") do |line|
  line = line.chomp
  next if line.empty? || line.start_with?("#")
  spec = eval(line)
  fmt, *args = spec
  rec = {"case" => line, "format" => enc(fmt), "args" => args.map { |a| enc(a) }}
  rec.merge!(attempt { format(fmt, *args) })
  puts JSON.generate(rec)
end
'''
    proc = subprocess.run(["ruby", "-W0", "-e", script, str(CORPUS / "sprintf_cases.txt")],
                          capture_output=True, text=True, env=ENV, encoding="utf-8")
    if proc.returncode != 0:
        sys.exit(f"goldens_numeric: ruby failed:\n{proc.stderr}")
    (CORPUS / "sprintf.golden").write_text(proc.stdout)
    return proc.stdout.count("\n")


# ---------------------------------------------------------------------------------------------
# Random

RANDOM_SEEDS = [0, 1, 42, 2 ** 40 + 7, 12345678901234567890, -42, 1234, 2 ** 32 - 1, 2 ** 32,
                2 ** 32 + 5, 2 ** 64, 2 ** 64 + 1, 2 ** 100 + 12345, 3 ** 200, 2 ** 20000 + 1]
# label -> Ruby expression; `g` is a fresh Random.new(seed) per label, drawn 20 times.
# Labels starting with "k:" run after srand(seed) and call Kernel#rand.
RANDOM_CALLS = {
    "rand": "g.rand",
    "rand(10)": "g.rand(10)",
    "rand(1000000)": "g.rand(1000000)",
    "rand(2**32)": "g.rand(2**32)",
    "rand(2**32+1)": "g.rand(2**32+1)",
    "rand(2**40)": "g.rand(2**40)",
    "rand(2**62)": "g.rand(2**62)",
    "rand(2**63)": "g.rand(2**63)",
    "rand(2**64)": "g.rand(2**64)",
    "rand(2**70)": "g.rand(2**70)",
    "rand(3**50)": "g.rand(3**50)",
    "rand(1.5)": "g.rand(1.5)",
    "rand(0.0)": "g.rand(0.0)",
    "rand(1e300)": "g.rand(1e300)",
    "rand(1..6)": "g.rand(1..6)",
    "rand(1...6)": "g.rand(1...6)",
    "rand(-5..5)": "g.rand(-5..5)",
    "rand(0..2**70)": "g.rand(0..2**70)",
    "rand(0.5..1.5)": "g.rand(0.5..1.5)",
    "rand(0.5...1.5)": "g.rand(0.5...1.5)",
    "rand(1..2.5)": "g.rand(1..2.5)",
    "rand(-1e308..1e308)": "g.rand(-1e308..1e308)",
    "rand(1.0..1.0)": "g.rand(1.0..1.0)",
    "bytes(8)": "g.bytes(8).unpack1('H*')",
    "bytes(5)": "g.bytes(5).unpack1('H*')",
    "bytes(0)": "g.bytes(0).unpack1('H*')",
    "shuffle(1..10)": "(1..10).to_a.shuffle(random: g)",
    "shuffle(1..1)": "[1].shuffle(random: g) + [g.rand(100)]",
    "sample": "(1..10).to_a.sample(random: g)",
    "sample(3)": "(1..10).to_a.sample(3, random: g)",
    "sample(1)": "(1..10).to_a.sample(1, random: g)",
    "sample(2)": "(1..10).to_a.sample(2, random: g)",
    "sample(7)": "(1..10).to_a.sample(7, random: g)",
    "sample(12)": "(1..20).to_a.sample(12, random: g)",
    "sample(25)": "(1..10).to_a.sample(25, random: g)",
    "sample(20 of 5000)": "(1..5000).to_a.sample(20, random: g)",
    "sample(100 of 300)": "(1..300).to_a.sample(100, random: g)",
    "k:rand": "rand",
    "k:rand(10)": "rand(10)",
    "k:rand(-10)": "rand(-10)",
    "k:rand(1.5)": "rand(1.5)",
    "k:rand(2.9)": "rand(2.9)",
    "k:rand(0)": "rand(0)",
    "k:rand(1..6)": "rand(1..6)",
    "k:rand(1..0)": "rand(1..0)",
}
# each evaluated once on a fresh generator, then one g.rand shows how many draws it used
RANDOM_ERRORS = {
    "rand(0)": "g.rand(0)", "rand(-3)": "g.rand(-3)", "rand(-1.0)": "g.rand(-1.0)",
    "rand(nil)": "g.rand(nil)", "rand(1..0)": "g.rand(1..0)", "rand(1...1)": "g.rand(1...1)",
    "rand(1.0...1.0)": "g.rand(1.0...1.0)", "rand(1.0..0.5)": "g.rand(1.0..0.5)",
    "rand(NAN)": "g.rand(Float::NAN)", "rand(INFINITY)": "g.rand(Float::INFINITY)",
    "rand(true)": "g.rand(true)", "rand(-(2**70))": "g.rand(-(2**70))",
    "sample(-1)": "[1, 2].sample(-1, random: g)", "sample([])": "[].sample(random: g)",
    "sample(2 of [])": "[].sample(2, random: g)",
}


def random_goldens() -> int:
    script = RUBY_ENCODE + "CALLS = JSON.parse(%s)\nERRORS = JSON.parse(%s)\n" % (
        json.dumps(json.dumps(RANDOM_CALLS)), json.dumps(json.dumps(RANDOM_ERRORS))) + r'''
# compact: Integers as JSON numbers (strings beyond 2**53), Floats as "f:<hex bits>"
def cenc(v)
  case v
  when Integer then v.abs < 2**53 ? v : v.to_s
  when Float then "f:" + [v].pack("G").unpack1("H*")
  when Array then v.map { |e| cenc(e) }
  else v
  end
end
STDIN.each_line do |line|
  seed = Integer(line)
  calls = CALLS.to_h do |label, expr|
    g = Random.new(seed)
    srand(seed) if label.start_with?("k:")
    [label, 20.times.map { cenc(eval(expr)) }]
  end
  errors = ERRORS.to_h do |label, expr|
    g = Random.new(seed)
    res = begin
      {"value" => cenc(eval(expr))}
    rescue StandardError => e
      {"error" => [e.class.name, e.message]}
    end
    [label, res.merge("next" => cenc(g.rand))]
  end
  g = Random.new(seed)
  mixed = 3.times.flat_map { CALLS.reject { |l, _| l.start_with?("k:") }.map { |_, e| cenc(eval(e)) } }
  hex = seed < 0 ? "-0x%x" % -seed : "0x%x" % seed
  puts JSON.generate({"seed" => hex, "calls" => calls, "errors" => errors, "mixed" => mixed})
end
'''
    out = ruby(script, "".join(f"{s:#x}\n" for s in RANDOM_SEEDS))
    (CORPUS / "random.golden").write_text(out)
    return len(RANDOM_SEEDS)


def main() -> None:
    check_ruby()
    CORPUS.mkdir(parents=True, exist_ok=True)
    print(f"float_to_s: {float_to_s_goldens()} doubles")
    print(f"round: {round_goldens(random.Random(SEED + 1))} rows")
    print(f"sprintf: {sprintf_goldens()} cases")
    print(f"random: {random_goldens()} seeds")


if __name__ == "__main__":
    main()
