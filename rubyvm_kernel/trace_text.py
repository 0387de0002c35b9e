"""The text `%%trace` prints: one line per executed instruction, indented by frame depth, with
the iseq, the instruction as the disassembler prints it and the frame's part of the value stack
before it runs."""
from __future__ import annotations

from rubyvm.trace import Trace


def trace_lines(trace: Trace, width: int = 64) -> list:
    out = []
    for snap in trace.steps[:-1]:
        if not snap.frames:
            continue
        top = snap.frames[-1]
        depth = len(snap.frames)
        insn = snap.insn.split("[")[0].rstrip()
        head = f"{'  ' * (depth - 1)}{top.label} {insn}"
        stack = ", ".join(top.stack)
        out.append(f"{head.ljust(width)} | [{stack}]")
    if trace.truncated:
        out.append(f"-- stopped after {trace.cap:,} steps (the step cap; use --cap N) --")
    elif trace.error:
        out.append(trace.error.rstrip("\n"))
    if trace.output:
        out.append("-- output --")
        out.append(trace.output.rstrip("\n"))
    return out
