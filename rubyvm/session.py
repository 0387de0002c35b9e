"""A Ruby session: one VM whose top-level state lives on between runs, as in irb.

Each run (a notebook cell) is compiled like `eval(src, TOPLEVEL_BINDING)`: the locals that
earlier runs defined are visible through the binding's environments, so closures made in one
cell keep sharing variables with the next. Methods, classes, constants and globals live in the
VM itself.

    s = Session()
    s.run("x = 6")
    r = s.run("x * 7")      # r.value == 42, r.inspect == "42"

Nothing here prints a Python traceback: a SyntaxError or a Ruby exception comes back in
`RunResult.error`, and the session is ready for the next run.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any, Optional

from .lexer.errors import RubySyntaxError
from .vm import VM
from .vm.frame import RubyError, VMExit


@dataclass
class RubyErrorInfo:
    """A Ruby exception as the kernel reports it: class, message, backtrace lines, and the
    text CRuby would print for it uncaught."""
    ename: str
    evalue: str
    backtrace: list = field(default_factory=list)
    report: str = ""


@dataclass
class RunResult:
    value: Any = None
    inspect: Optional[str] = None          # the value's #inspect (None on error)
    error: Optional[RubyErrorInfo] = None
    exit_status: Optional[int] = None      # set when the code called exit / exit!

    @property
    def ok(self) -> bool:
        return self.error is None


class Session:
    def __init__(self, stdout=None, stderr=None, stdin=None):
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self.vm = VM(self.stdout, self.stderr, "-")
        if stdin is not None:
            _connect_stdin(self.vm, stdin)
        self.count = 0
        self.scopes: list[list[str]] = []      # the binding's local tables, innermost first
        self.env = None                        # the innermost environment of the binding

    # ---- compiling and running -----------------------------------------------------------
    def compile(self, src, path: str):
        """The iseq of one run: an eval iseq over the session's binding when earlier runs left
        locals, else a plain top-level iseq."""
        from . import compiler
        if isinstance(src, str):
            src = src.encode("utf-8", "surrogateescape")
        if self.scopes:
            from .compiler.compile_eval import compile_eval
            return compile_eval(src, path, 1, self.scopes)
        return compiler.compile(src, path)

    def run(self, src, path: Optional[str] = None) -> RunResult:
        self.count += 1
        path = path or f"(cell {self.count})"
        self.vm.script_name = path
        try:
            iseq = self.compile(src, path)
        except RubySyntaxError as e:
            msg = str(e)
            return RunResult(error=RubyErrorInfo("SyntaxError", msg, [], msg + "\n"))
        return self.run_iseq(iseq)

    def run_iseq(self, iseq, inspect: bool = True) -> RunResult:
        """Run a compiled iseq; with inspect=False the result's `inspect` is left unset."""
        vm = self.vm
        vm.stdout = self.stdout
        vm.stderr = self.stderr
        del vm.frames[:]
        del vm.stack[:]
        vm.errinfo = None
        try:
            try:
                value = self._run_with_binding(iseq)
            finally:
                vm.flush_out()
        except RubyError as e:
            if vm.is_kind_of(e.exc, vm.eSystemExit):
                return RunResult(exit_status=e.exc.ivars.get("status", 0))
            return RunResult(error=self.describe(e.exc))
        except VMExit as e:
            return RunResult(exit_status=e.status)
        except RecursionError:
            return RunResult(error=RubyErrorInfo("SystemStackError", "stack level too deep"))
        except Exception as e:      # noqa: BLE001 -- an interpreter bug, reported as Ruby would
            return RunResult(error=RubyErrorInfo(
                "fatal", f"[BUG] rubyvm internal error: {type(e).__name__}: {e}"))
        finally:
            del vm.frames[:]
            del vm.stack[:]
        return RunResult(value=value, inspect=self.inspect(value) if inspect else None)

    def _run_with_binding(self, iseq):
        """Run iseq with the binding's environment as its parent (eval), then keep any new
        locals: they become the binding's innermost scope."""
        from .vm.objects import Env
        vm = self.vm
        env = Env(iseq.local_size + 3, self.env if iseq.type == "eval" else None, iseq)
        if iseq.local_table:
            # the binding grows first, so a run that raises (or is interrupted) still leaves
            # its locals defined, as irb does
            self.scopes.insert(0, list(iseq.local_table))
            self.env = env
        return vm.run_top(iseq, env=env)

    # ---- describing values and errors ----------------------------------------------------
    def inspect(self, value) -> str:
        from .vm.core_object import inspect
        try:
            return inspect(self.vm, value)
        except RubyError as e:
            info = self.describe(e.exc)
            return f"#<inspect raised {info.ename}: {info.evalue}>"
        finally:
            del self.vm.frames[:]
            del self.vm.stack[:]

    def describe(self, exc) -> RubyErrorInfo:
        from .vm.core_exception import exc_message_str, full_report
        from .vm.objects import RArray
        vm = self.vm
        cls = vm.real_class(exc)
        try:
            msg = exc_message_str(vm, exc)
        except RubyError:
            msg = ""
        bt = exc.ivars.get("bt") or []
        if isinstance(bt, RArray):
            bt = [getattr(x, "s", str(x)) for x in bt.a]
        try:
            report = full_report(vm, exc)
        except RubyError:
            report = f"{msg} ({cls.name})\n"
        return RubyErrorInfo(cls.name or "Exception", msg, list(bt), report)

    # ---- what the kernel asks about ------------------------------------------------------
    def local_names(self) -> list[str]:
        out: list[str] = []
        for scope in self.scopes:
            for n in scope:
                if isinstance(n, str) and n not in out and (n[:1].isalpha() or n[:1] == "_"):
                    out.append(n)
        return out


def _connect_stdin(vm, stdin) -> None:
    """STDIN reads lines from `stdin` (an object with readline(), e.g. the kernel's
    input_request) one at a time, as they are asked for."""
    from .vm.core_io import Stream

    class LineStream(Stream):
        # an interactive STDIN: the next line is fetched only when the buffer is used up
        def text(self):
            if self.pos >= len(self.buf) and not self.closed:
                line = stdin.readline()
                if line:
                    self.buf += line
            return self.buf

    obj = getattr(vm, "stdin_obj", None)
    if obj is not None:
        obj.data = LineStream(path="<STDIN>", fd=0)


def run(src, stdout=None, stderr=None, path: str = "-") -> RunResult:
    """Run src in a fresh session (output to sys.stdout unless given) and return its result
    (rubyvm.run)."""
    return Session(stdout, stderr).run(src, path)
