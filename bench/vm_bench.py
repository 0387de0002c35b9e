#!/usr/bin/env python3
"""The VM benchmarks of issue 5, each timed three ways in this run on this machine: our VM
(the program compiled by our compiler, the run timed alone), CRuby 3.1 (`ruby`), and an
equivalent CPython program. Targets for this tier: fib(27) in 0.7 s or less, and 10M YARV
instructions per second. `--scale 0.1` runs every loop a tenth as long.

Instructions per second: each program's count of executed YARV instructions, taken with the
VM's `instruction` event on two small runs and extrapolated (every program here runs a number
of instructions linear in its loop count, or for fib(n) in fib(n + 1)), over our time.

    python bench/vm_bench.py [--scale S]
"""
from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# name -> (Ruby program, equivalent Python program); N is the scaled iteration count
PROGRAMS = {
    "fib(27)": ("""
def fib(n)
  n < 2 ? n : fib(n - 1) + fib(n - 2)
end
fib({NF})
""", """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib({NF})
"""),
    "while loop, 3,000,000 iterations": ("""
i = 0
while i < {N3}
  i += 1
end
""", """
i = 0
while i < {N3}:
    i += 1
"""),
    "book exp 3-1/8-1: while, 1,000,000": ("""
i = 0
sum = 0
while i < {N1}
  sum += i
  i += 1
end
""", """
i = 0
s = 0
while i < {N1}:
    s += i
    i += 1
"""),
    "book exp 8-1: times with a block, 1,000,000": ("""
sum = 0
{N1}.times { |i| sum += i }
""", """
s = 0
for i in range({N1}):
    s += i
"""),
    "book exp 8-2: lambda call, 1,000,000": ("""
sum = 0
add = ->(i) { sum += i }
i = 0
while i < {N1}
  add.(i)
  i += 1
end
""", """
s = 0
def add(i):
    global s
    s += i
i = 0
while i < {N1}:
    add(i)
    i += 1
"""),
    "method dispatch: objects, 300,000 calls": ("""
class Point
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end
  def +(o) = Point.new(x + o.x, y + o.y)
end
p1 = Point.new(0, 0)
d = Point.new(1, 2)
i = 0
while i < {N03}
  p1 = p1 + d
  i += 1
end
""", """
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
p1 = Point(0, 0)
d = Point(1, 2)
i = 0
while i < {N03}:
    p1 = p1 + d
    i += 1
"""),
}


def fill(src: str, scale: float, nf: int = 27) -> str:
    return (src.replace("{NF}", str(nf)).replace("{N3}", str(int(3_000_000 * scale)))
               .replace("{N1}", str(int(1_000_000 * scale)))
               .replace("{N03}", str(int(300_000 * scale))))


def ours(src: str) -> float:
    from rubyvm.compiler import compile as compile_iseq
    from rubyvm.vm import run_iseq
    iseq = compile_iseq(src.encode(), "bench.rb")
    out, err = io.StringIO(), io.StringIO()
    t0 = time.process_time()
    status = run_iseq(iseq, out, err, "bench.rb")
    dt = time.process_time() - t0
    if status != 0:
        raise SystemExit(f"our VM failed: {err.getvalue()}")
    return dt


def count_insns(src: str) -> int:
    """The number of YARV instructions the program runs (the VM's `instruction` event)."""
    from rubyvm.compiler import compile as compile_iseq
    from rubyvm.vm import VM
    iseq = compile_iseq(src.encode(), "bench.rb")
    vm = VM(io.StringIO(), io.StringIO(), "bench.rb")
    n = [0]

    def cb(ev):
        n[0] += 1
    h = vm.events.subscribe(cb, {"instruction"})
    try:
        vm.run_main(iseq)
    finally:
        vm.events.unsubscribe(h)
    return n[0]


def _fibn(k: int) -> int:
    a, b = 0, 1
    for _ in range(k):
        a, b = b, a + b
    return a


def insns_at(rb: str, scale: float) -> int:
    """Count two small runs and extrapolate linearly to the timed run."""
    if "{NF}" in rb:          # fib(n): linear in fib(n + 1), the number of leaf calls
        x1, x2, x = _fibn(11), _fibn(12), _fibn(28)
        c1, c2 = count_insns(fill(rb, 0, 10)), count_insns(fill(rb, 0, 11))
    else:                     # the loops: linear in the scale
        x1, x2, x = 0.001, 0.002, scale
        c1, c2 = count_insns(fill(rb, x1)), count_insns(fill(rb, x2))
    return round(c1 + (c2 - c1) * (x - x1) / (x2 - x1))


def cruby(src: str) -> float | None:
    if not shutil.which("ruby"):
        return None
    code = ("t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID); eval(File.read(ARGV[0]));"
            " p Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t")
    path = ROOT / "bench" / ".vm_bench.rb"
    path.write_text(src)
    try:
        out = subprocess.run(["ruby", "-e", code, str(path)], capture_output=True, text=True)
        return float(out.stdout.split()[-1])
    finally:
        path.unlink()


def cpython(src: str) -> float:
    code = compile(src, "bench.py", "exec")
    t0 = time.process_time()
    exec(code, {"__name__": "bench"})
    return time.process_time() - t0


def startup(cmd: list[str], reps: int = 5) -> float:
    """Best wall time of a whole command (process start to exit)."""
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    sys.setrecursionlimit(20000)
    ours("1")          # warm up: the host imports the core library modules on the first run
    loop = fill(PROGRAMS["book exp 3-1/8-1: while, 1,000,000"][0], args.scale)
    never_traced = min(ours(loop) for _ in range(7))
    print(f"{'program':44} {'rubyvm':>9} {'CRuby':>9} {'CPython':>9} {'vs CRuby':>9} "
          f"{'vs CPython':>10} {'insns/s':>8}")
    for name, (rb_t, py) in PROGRAMS.items():
        rb, py = fill(rb_t, args.scale), fill(py, args.scale)
        t_ours, t_c, t_py = ours(rb), cruby(rb), cpython(py)
        ips = insns_at(rb_t, args.scale) / t_ours
        c = f"{t_c:8.3f}s" if t_c else "      n/a"
        rc = f"{t_ours / t_c:8.0f}x" if t_c else "      n/a"
        print(f"{name:44} {t_ours:8.3f}s {c} {t_py:8.3f}s {rc} {t_ours / t_py:9.1f}x "
              f"{ips / 1e6:7.2f}M")
    # the events API: counting instructions above turned tracing on and off again (the code
    # rewritten and restored, as rb_iseq_trace_set does); the loop must be as fast as before
    after_tracing = min(ours(loop) for _ in range(7))
    print(f"\ntracing off: the while loop never traced {never_traced:.3f}s, after tracing on "
          f"and off {after_tracing:.3f}s ({(after_tracing / never_traced - 1) * 100:+.1f}%; "
          f"target within 5%)")
    # start-up: the whole pipeline for a one-line program, from process start to exit
    ours_s = startup([sys.executable, "-m", "rubyvm", "run", "-e", "puts 1"])
    ruby_s = startup(["ruby", "-e", "puts 1"]) if shutil.which("ruby") else None
    py_s = startup([sys.executable, "-c", "print(1)"])
    rs = f"CRuby {ruby_s:.3f}s, " if ruby_s else ""
    print(f"start-up: python -m rubyvm run -e 'puts 1' {ours_s:.3f}s ({rs}CPython -c 'print(1)' "
          f"{py_s:.3f}s; target 0.3 s)")


if __name__ == "__main__":
    main()
