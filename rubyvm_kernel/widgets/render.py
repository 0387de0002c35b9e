"""The static form of one step of a Trace: an HTML picture of chapter 3's diagrams.

The same HTML is the stepper widget's view and the fallback a saved notebook or an HTML export
shows, so every step can be drawn without a live kernel. Plain HTML and inline CSS only.
"""
from __future__ import annotations

import html

from rubyvm.trace import Snapshot, Trace, disasm_lines

_CSS = """
<style>
.rvm-step{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;
  display:grid;grid-template-columns:minmax(220px,1fr) minmax(300px,1.3fr);gap:8px}
.rvm-step .box{border:1px solid #bbb;border-radius:4px;padding:4px 6px;overflow:auto;
  max-height:320px;background:#fff;color:#222}
.rvm-step h4{margin:0 0 4px 0;font-size:12px;color:#555;font-weight:600}
.rvm-step pre{margin:0;white-space:pre}
.rvm-step .cur{background:#ffe08a;font-weight:bold}
.rvm-step table{border-collapse:collapse;width:100%}
.rvm-step td,.rvm-step th{border:1px solid #ddd;padding:1px 4px;text-align:left;
  vertical-align:top}
.rvm-step .frame-top{background:#eef6ff}
.rvm-step .heap{color:#a33}
.rvm-step .internal{color:#888}
.rvm-step .status{grid-column:1 / span 2;color:#333}
</style>
"""


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
        out.append(f'<span class="cur">{row}</span>' if i == cur else row)
    return "<pre>" + "\n".join(out) + "</pre>"


def disasm_html(trace: Trace, snap: Snapshot) -> str:
    if not snap.frames:
        return "<pre>(finished)</pre>"
    top = snap.frames[-1]
    if top.iseq_id is None:
        return f"<pre>(C function {_e(top.label)})</pre>"
    iseq = trace.iseqs.get(top.iseq_id)
    if iseq is None:
        return "<pre></pre>"
    head = f"== disasm: #&lt;ISeq:{_e(iseq.label)}@{_e(iseq.path)}&gt;"
    rows = [head]
    for pos, text in disasm_lines(iseq):
        rows.append(f'<span class="cur">{_e(text)}</span>' if pos == top.pc else _e(text))
    return "<pre>" + "\n".join(rows) + "</pre>"


def stack_html(snap: Snapshot) -> str:
    """The value stack, top first, each slot tagged with the frame that owns it."""
    rows = []
    for i, f in enumerate(snap.frames):
        for j, v in enumerate(f.stack):
            rows.append((i, f.label, v))
    if not rows:
        return "<pre>(empty)</pre>"
    out = ["<table><tr><th>#</th><th>value</th><th>frame</th></tr>"]
    n = len(rows)
    for k, (fi, label, v) in enumerate(reversed(rows)):
        cls = ' class="frame-top"' if fi == len(snap.frames) - 1 else ""
        out.append(f"<tr{cls}><td>{n - 1 - k}</td><td>{_e(v)}</td><td>{_e(label)}</td></tr>")
    out.append("</table>")
    return "".join(out)


def frames_html(snap: Snapshot) -> str:
    """The control-frame stack, top first: type, label, self, pc, locals and the EP links."""
    if not snap.frames:
        return "<pre>(no frames)</pre>"
    out = ["<table><tr><th>type</th><th>iseq / method</th><th>self</th><th>pc</th>"
           "<th>locals</th><th>EP</th></tr>"]
    for i, f in enumerate(reversed(snap.frames)):
        cls = []
        if i == 0:
            cls.append("frame-top")
        if f.internal:
            cls.append("internal")
        c = f' class="{" ".join(cls)}"' if cls else ""
        locs = ", ".join(f"{_e(k)}={_e(v)}" for k, v in f.locals) or ""
        if f.ep is None:
            ep = ""
        else:
            ep = f"env#{f.ep}"
            if f.escaped:
                ep = f'<span class="heap">{ep} (heap)</span>'
            if f.ep_prev is not None:
                ep += f" &rarr; env#{f.ep_prev}"
        pc = "" if f.pc < 0 else f"{f.pc:04d}"
        out.append(f"<tr{c}><td>{_e(f.type)}</td><td>{_e(f.label)}</td><td>{_e(f.self_)}"
                   f"</td><td>{pc}</td><td>{locs}</td><td>{ep}</td></tr>")
    out.append("</table>")
    return "".join(out)


def output_html(trace: Trace, snap: Snapshot) -> str:
    text = trace.output[:snap.out_len]
    return "<pre>" + (_e(text) if text else "(no output yet)") + "</pre>"


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
    return (_CSS + '<div class="rvm-step">'
            f'<div class="status">{_e(status_text(trace, k))}</div>'
            f'<div class="box"><h4>source</h4>{source_html(trace, snap)}</div>'
            f'<div class="box"><h4>instructions (current frame)</h4>'
            f'{disasm_html(trace, snap)}</div>'
            f'<div class="box"><h4>value stack</h4>{stack_html(snap)}</div>'
            f'<div class="box"><h4>control frames</h4>{frames_html(snap)}</div>'
            f'<div class="box" style="grid-column:1 / span 2"><h4>output</h4>'
            f'{output_html(trace, snap)}</div>'
            "</div>")
