"""What the benchmark scripts share: the best CPU time of several runs, and CRuby's CPU time
for a Ruby expression over an input file, measured the same way in the same run."""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path


def best_of(fn, repeat: int = 7) -> float:
    """The best CPU time of several runs (less disturbed by other processes than wall time)."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def ruby_best_of(exprs: list[str], src: str | bytes, prelude: str = "", repeat: int = 7):
    """CRuby's best CPU time for each Ruby expression, with the file's text in `s`;
    None when `ruby` is not on PATH."""
    if not shutil.which("ruby"):
        return None
    path = Path(__file__).with_name(".bench_input.rb")
    path.write_bytes(src.encode() if isinstance(src, str) else src)
    code = (prelude + "; s = File.read(ARGV[0]); "
            f"t = ->(f) {{ (1..{repeat}).map {{ a = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID); "
            "f.(); Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - a }.min }; "
            "p " + ", ".join(f"t.(-> {{ {e} }})" for e in exprs))
    try:
        out = subprocess.run(["ruby", "-e", code, str(path)], capture_output=True, text=True)
        return [float(x) for x in out.stdout.split()]
    finally:
        path.unlink()
