"""The static form of one step of a Trace: an HTML picture of chapter 3's diagrams.

The same HTML is the stepper widget's view and the fallback a saved notebook or an HTML export
shows, so every step can be drawn without a live kernel. Plain HTML with inline styles only (no <style> block, no headings).
"""
from __future__ import annotations

import html

from rubyvm.trace import Snapshot, Trace, disasm_lines

# inline styles only: a <style> block is stripped from untrusted notebooks and by viewers
_MONO = "font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px"
_GRID = (f"{_MONO};display:grid;grid-template-columns:minmax(220px,1fr) minmax(300px,1.3fr);"
         "gap:8px")
_BOX = ("border:1px solid #bbb;border-radius:4px;padding:4px 6px;overflow:auto;"
        "max-height:320px;background:#fff;color:#222")
_HEAD = "margin:0 0 4px 0;font-size:12px;color:#555;font-weight:600"
_PRE = "margin:0;white-space:pre;background:transparent;padding:0"
_CUR = "background:#ffe08a;font-weight:bold"
_TABLE = "border-collapse:collapse;width:100%"
_CELL = "border:1px solid #ddd;padding:1px 4px;text-align:left;vertical-align:top"
_TOP = "background:#eef6ff"
_HEAP = "color:#a33"
_INTERNAL = "color:#888"


def _pre(body: str) -> str:
    return f'<pre style="{_PRE}">{body}</pre>'


def _cur(text: str) -> str:
    return f'<span class="cur" style="{_CUR}">{text}</span>'


def _box(title: str, body: str, wide: bool = False) -> str:
    span = "grid-column:1 / span 2;" if wide else ""
    return (f'<div class="box" style="{span}{_BOX}"><div class="head" style="{_HEAD}">'
            f"{title}</div>{body}</div>")


def _row(cells, cls=(), header=False) -> str:
    tag = "th" if header else "td"
    style = ";".join(({"frame-top": _TOP, "internal": _INTERNAL}[c] for c in cls))
    attr = f' class="{" ".join(cls)}" style="{style}"' if cls else ""
    return f"<tr{attr}>" + "".join(f'<{tag} style="{_CELL}">{c}</{tag}>' for c in cells) + "</tr>"


def _e(s) -> str:
    return html.escape(str(s), quote=False)


def source_html(trace: Trace, snap: Snapshot) -> str:
    lines = trace.source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cur = snap.line if snap.path == trace.path else 0
    out = []
    for i, text in enumerate(lines, 1):
        row = f"{i:3d}  {_e(text)}"
        out.append(_cur(row) if i == cur else row)
    return _pre("\n".join(out))


def disasm_html(trace: Trace, snap: Snapshot) -> str:
    if not snap.frames:
        return _pre("(finished)")
    top = snap.frames[-1]
    if top.iseq_id is None:
        return _pre(f"(C function {_e(top.label)})")
    iseq = trace.iseqs.get(top.iseq_id)
    if iseq is None:
        return _pre("")
    head = f"== disasm: #&lt;ISeq:{_e(iseq.label)}@{_e(iseq.path)}&gt;"
    rows = [head]
    for pos, text in disasm_lines(iseq):
        rows.append(_cur(_e(text)) if pos == top.pc else _e(text))
    return _pre("\n".join(rows))


def stack_html(snap: Snapshot) -> str:
    """The value stack, top first, each slot tagged with the frame that owns it."""
    rows = []
    for i, f in enumerate(snap.frames):
        for j, v in enumerate(f.stack):
            rows.append((i, f.label, v))
    if not rows:
        return _pre("(empty)")
    out = [f'<table style="{_TABLE}">', _row(["#", "value", "frame"], header=True)]
    n = len(rows)
    for k, (fi, label, v) in enumerate(reversed(rows)):
        cls = ("frame-top",) if fi == len(snap.frames) - 1 else ()
        out.append(_row([str(n - 1 - k), _e(v), _e(label)], cls))
    out.append("</table>")
    return "".join(out)


def frames_html(snap: Snapshot) -> str:
    """The control-frame stack, top first: type, label, self, pc, locals and the EP links."""
    if not snap.frames:
        return _pre("(no frames)")
    out = [f'<table style="{_TABLE}">',
           _row(["type", "iseq / method", "self", "pc", "locals", "EP"], header=True)]
    for i, f in enumerate(reversed(snap.frames)):
        cls = []
        if i == 0:
            cls.append("frame-top")
        if f.internal:
            cls.append("internal")
        locs = ", ".join(f"{_e(k)}={_e(v)}" for k, v in f.locals)
        if f.ep is None:
            ep = ""
        else:
            ep = f"env#{f.ep}"
            if f.escaped:
                ep = f'<span class="heap" style="{_HEAP}">{ep} (heap)</span>'
            if f.ep_prev is not None:
                ep += f" &rarr; env#{f.ep_prev}"
        pc = "" if f.pc < 0 else f"{f.pc:04d}"
        out.append(_row([_e(f.type), _e(f.label), _e(f.self_), pc, locs, ep], cls))
    out.append("</table>")
    return "".join(out)


def output_html(trace: Trace, snap: Snapshot) -> str:
    text = trace.output[:snap.out_len]
    return _pre(_e(text) if text else "(no output yet)")


def status_text(trace: Trace, k: int) -> str:
    snap = trace.steps[k]
    last = len(trace.steps) - 1
    if k == last:
        if trace.truncated:
            msg = (f"Stopped after {trace.cap:,} steps (the step cap). Pass a larger cap, "
                   f"e.g. %%step --cap {trace.cap * 10}, to see more.")
        elif trace.error:
            msg = "Finished with an exception: " + trace.error.strip().split("\n")[0]
        else:
            msg = "Finished" + (f": => {trace.result}" if trace.result is not None else "")
        return f"step {k} of {last}. {msg}"
    insn = " ".join(snap.insn.split("[")[0].split())
    return f"step {k} of {last}: next {insn} (line {snap.line})"


def step_html(trace: Trace, k: int) -> str:
    """The whole picture of step k."""
    k = max(0, min(k, len(trace.steps) - 1))
    snap = trace.steps[k]
    return (f'<div class="rvm-step" style="{_GRID}">'
            f'<div class="status" style="grid-column:1 / span 2;color:#333">'
            f"{_e(status_text(trace, k))}</div>"
            + _box("source", source_html(trace, snap))
            + _box("instructions (current frame)", disasm_html(trace, snap))
            + _box("value stack", stack_html(snap))
            + _box("control frames", frames_html(snap))
            + _box("output", output_html(trace, snap), wide=True)
            + "</div>")
