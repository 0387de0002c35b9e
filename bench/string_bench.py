#!/usr/bin/env python3
"""Copy-on-write strings (the book's Exp 10-2): what sharing costs here, and why the buffer
is the plain `RString.s` slot rather than a lazily materialised view.

1. Each program timed three ways in this run: our VM, CRuby 3.1 (`ruby`), CPython. In CRuby
   `s[1..]` of a long string and `s.dup` only point at the shared buffer (O(1)); here a dup
   reads the same Python str (no copy either) but a tail substring is a Python slice (a copy).
2. The alternative -- `s` a property, so a shared substring could keep (root, offset) and copy
   its characters only when first read -- puts a Python-level getter on every `.s` read, the
   hottest attribute of the core library. Measured by swapping the slot for the cheapest such
   getter (one type test on the way, as any lazy view needs) and timing the same programs; the
   string programs of the core corpus count their `.s` reads, for scale.

    python bench/string_bench.py [--scale S]
"""
from __future__ import annotations

import argparse
import io
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from vm_bench import cpython, cruby  # noqa: E402

PROGRAMS = {
    "tail substring s[1..] of a 10 KB string": ("""
s = "x" * 10_000
i = 0
while i < {N}
  u = s[1..]
  i += 1
end
""", """
s = "x" * 10_000
i = 0
while i < {N}:
    u = s[1:]
    i += 1
"""),
    "dup of a 10 KB string": ("""
s = "x" * 10_000
i = 0
while i < {N}
  u = s.dup
  i += 1
end
""", """
s = "x" * 10_000
i = 0
while i < {N}:
    u = s[:]
    i += 1
"""),
    "reading short strings (==, size, +, [], <<)": ("""
words = %w[alpha beta gamma delta epsilon]
out = +""
i = 0
while i < {N}
  w = words[i % 5]
  out << w[0] if w.size > 4 && w != "gamma"
  u = w + "!"
  i += 1
end
""", """
words = "alpha beta gamma delta epsilon".split()
out = []
i = 0
while i < {N}:
    w = words[i % 5]
    if len(w) > 4 and w != "gamma":
        out.append(w[0])
    u = w + "!"
    i += 1
"""),
}


def ours(src: str) -> float:
    from rubyvm.compiler import compile as compile_iseq
    from rubyvm.vm import run_iseq
    iseq = compile_iseq(src.encode(), "bench.rb")
    t0 = time.process_time()
    status = run_iseq(iseq, io.StringIO(), io.StringIO(), "bench.rb")
    if status != 0:
        raise SystemExit("our VM failed")
    return time.process_time() - t0


def corpus_time() -> float:
    """Our CPU time for the string programs of the core corpus."""
    from rubyvm.compiler import compile as compile_iseq
    from rubyvm.vm import run_iseq
    corpus = ROOT / "tests" / "corpus" / "core"
    progs = [(p.name, p.read_bytes()) for p in sorted(corpus.glob("str_*.rb"))]
    iseqs = [(n, compile_iseq(src, n)) for n, src in progs]
    here = Path.cwd()
    import os
    os.chdir(corpus)
    try:
        t0 = time.process_time()
        for n, iseq in iseqs:
            run_iseq(iseq, io.StringIO(), io.StringIO(), n)
        return time.process_time() - t0
    finally:
        os.chdir(here)


class LazyView:
    """`RString.s` as a property whose common path is a read plus one type test
    (count=True: a read plus a counter, to count the reads)."""

    def __init__(self, count=False):
        from rubyvm.vm.objects import RString
        self.cls = RString
        self.slot = RString.__dict__["s"]
        self.count = count
        self.reads = 0

    def __enter__(self):
        get, put = self.slot.__get__, self.slot.__set__
        me = self

        class Pending:              # what a lazy tail substring would hold until first read
            pass

        def read(o):
            t = get(o)
            if t.__class__ is Pending:
                raise AssertionError("never in this measurement")
            return t

        def counted(o):
            me.reads += 1
            return get(o)
        self.cls.s = property(counted if self.count else read, put)
        return self

    def __exit__(self, *exc):
        self.cls.s = self.slot


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    sys.setrecursionlimit(20000)
    n = str(int(100_000 * args.scale))
    ours("1")
    print(f"{'program (' + n + ' iterations)':46} {'rubyvm':>9} {'CRuby':>9} {'CPython':>9} "
          f"{'.s property':>12}")
    for name, (rb, py) in PROGRAMS.items():
        rb, py = rb.replace("{N}", n), py.replace("{N}", n)
        t_ours = min(ours(rb) for _ in range(3))
        with LazyView():
            t_lazy = min(ours(rb) for _ in range(3))
        t_c, t_py = cruby(rb), cpython(py)
        c = f"{t_c:8.3f}s" if t_c is not None else "      n/a"
        print(f"{name:46} {t_ours:8.3f}s {c} {t_py:8.3f}s {t_lazy:8.3f}s "
              f"({(t_lazy / t_ours - 1) * 100:+.0f}%)")
    # the core corpus's string programs: how many `.s` reads they make, at what cost each
    with LazyView(count=True) as lv:
        corpus_time()
    total = min(corpus_time() for _ in range(3))
    from rubyvm.vm.objects import RString
    o = RString(None, "x")
    slot_ns = min(timeit.repeat("o.s", globals={"o": o}, number=1_000_000, repeat=5)) * 1e3
    with LazyView():
        prop_ns = min(timeit.repeat("o.s", globals={"o": o}, number=1_000_000, repeat=5)) * 1e3
    n_progs = len(list((ROOT / "tests/corpus/core").glob("str_*.rb")))
    print(f"\none read of `.s`: {slot_ns:.0f} ns as a slot, {prop_ns:.0f} ns as a property; "
          f"the {n_progs} str_* programs of the core corpus read it {lv.reads:,} times in "
          f"{total:.2f}s (a property would add {lv.reads * (prop_ns - slot_ns) / 1e6:.1f} ms)")

if __name__ == "__main__":
    main()
