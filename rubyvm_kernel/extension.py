"""`%load_ext rubyvm_kernel` in a Python notebook: cell magics `%%ruby`, `%%insns` and `%%step`
(plus `%%lex`, `%%sexp`, `%%parsetree`, `%%trace`) that drive rubyvm from IPython.

`%%ruby` cells share one Ruby session per IPython shell, so Ruby locals, methods and classes
persist between them, as in the Ruby kernel."""
from __future__ import annotations

import sys

from .magics import stage_output

_SESSIONS: dict = {}


def _session(shell):
    s = _SESSIONS.get(id(shell))
    if s is None:
        from rubyvm.session import Session
        s = _SESSIONS[id(shell)] = Session(sys.stdout, sys.stderr)
    s.stdout, s.stderr = sys.stdout, sys.stderr
    return s


def _cap(line: str) -> int:
    from rubyvm.trace import DEFAULT_STEP_CAP
    parts = line.split()
    if "--cap" in parts and parts.index("--cap") + 1 < len(parts):
        return int(parts[parts.index("--cap") + 1])
    return DEFAULT_STEP_CAP


class RubyResult:
    """The value of a %%ruby cell, shown as its Ruby #inspect."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


def load_ipython_extension(ipython) -> None:
    def ruby(line, cell):
        r = _session(ipython).run(cell)
        if r.error is not None:
            sys.stderr.write(r.error.report)
            return None
        if r.value is None or cell.rstrip().endswith(";"):
            return None
        return RubyResult(r.inspect)

    def step(line, cell):
        from rubyvm.trace import record
        from .widgets import Stepper
        return Stepper(record(cell, "(cell)", _session(ipython), _cap(line)))

    def trace(line, cell):
        from rubyvm.trace import record
        from .trace_text import trace_lines
        print("\n".join(trace_lines(record(cell, "(cell)", _session(ipython), _cap(line)))))

    def stage(name):
        def magic(line, cell):
            try:
                print(stage_output(name, cell), end="")
            except Exception as e:      # noqa: BLE001 -- a SyntaxError, shown as Ruby shows it
                sys.stderr.write(f"{e}\n")
        return magic

    ipython.register_magic_function(ruby, "cell", "ruby")
    ipython.register_magic_function(step, "cell", "step")
    ipython.register_magic_function(trace, "cell", "trace")
    for name in ("insns", "lex", "sexp", "parsetree"):
        ipython.register_magic_function(stage(name), "cell", name)


def unload_ipython_extension(ipython) -> None:
    _SESSIONS.pop(id(ipython), None)
