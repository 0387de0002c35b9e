"""RubyKernel: an IPythonKernel whose cells are Ruby.

It subclasses ipykernel's IPythonKernel (not the bare kernelbase.Kernel) so that ipywidgets,
IPython.display and comms work: the stepper widget needs them. Python still runs behind the
`%%python` magic."""
from __future__ import annotations

import re
import sys
import traceback
from typing import Any

from ipykernel.ipkernel import IPythonKernel

import rubyvm

from . import __version__
from .completeness import is_complete
from .magics import CELL_MAGICS, parse_magic, stage_output

class RubyKernel(IPythonKernel):
    implementation = "rubyvm"
    implementation_version = __version__
    language_info = {
        "name": "ruby",
        "version": "3.1.2",
        "mimetype": "text/x-ruby",
        "file_extension": ".rb",
        "codemirror_mode": "ruby",
        "pygments_lexer": "ruby",
    }
    banner = ("Ruby (rubyvm) -- Ruby Under a Microscope, live: CRuby 3.1's lexer, parser, "
              "compiler and VM in Python")
    help_links: list = []

    @property
    def kernel_info(self) -> dict:
        info = super().kernel_info
        # no debugger: the Python debugger would debug the VM, not the Ruby program
        info["supported_features"] = [f for f in info.get("supported_features", [])
                                      if f != "debugger"]
        return info

    # ---- the Ruby session ------------------------------------------------------------------
    _ruby = None

    @property
    def ruby(self):
        if self._ruby is None:
            from rubyvm.session import Session
            self._ruby = Session(sys.stdout, sys.stderr, _JupyterStdin(self))
        return self._ruby

    def reset(self) -> None:
        self._ruby = None

    async def do_execute(self, code: str, silent: bool, store_history: bool = True,
                         user_expressions=None, allow_stdin: bool = False, *,
                         cell_meta=None, cell_id=None) -> dict[str, Any]:
        magic = parse_magic(code)
        if magic is not None and magic.name == "python":
            return await super().do_execute(magic.body, silent, store_history,
                                            user_expressions, allow_stdin)
        shell = self.shell
        count = shell.execution_count        # IPython's convention: the number of this cell
        if not silent and store_history:
            shell.history_manager.store_inputs(count, code)
            shell.execution_count += 1
        self._allow_stdin = allow_stdin
        try:
            if magic is not None and magic.name == "reset":
                self.reset()
            elif magic is not None and magic.name in ("step", "trace"):
                return self._run_recorded(magic, count, silent)
            elif magic is not None and magic.name in CELL_MAGICS:
                self._stream("stdout", stage_output(magic.name, magic.body), silent)
            else:
                return self._run_ruby(code, count, silent)
        except rubyvm.lexer.RubySyntaxError as e:
            return self._ruby_error("SyntaxError", str(e), [], count, silent)
        except Exception as e:      # never a Python traceback for the user: report it as Ruby
            traceback.print_exc(file=sys.__stderr__)
            return self._ruby_error("fatal", f"[BUG] rubyvm internal error: {e}", [], count,
                                    silent)
        return self._ok(count)

    def _ok(self, count: int) -> dict[str, Any]:
        return {"status": "ok", "execution_count": count, "payload": [],
                "user_expressions": {}}

    def _run_ruby(self, code: str, count: int, silent: bool) -> dict[str, Any]:
        s = self.ruby
        s.stdout, s.stderr = sys.stdout, sys.stderr      # ipykernel's streams: sent as written
        r = s.run(code, f"(cell {count})")
        sys.stdout.flush()
        sys.stderr.flush()
        if r.error is not None:
            return self._error_reply(r.error, count, silent)
        if (not silent and r.inspect is not None and r.value is not None
                and not _ends_with_semicolon(code)):
            self.send_response(self.iopub_socket, "execute_result", {
                "execution_count": count, "data": {"text/plain": r.inspect}, "metadata": {}})
        return self._ok(count)

    def _run_recorded(self, magic, count: int, silent: bool) -> dict[str, Any]:
        """%%step: record the cell and show the stepper; %%trace: print the instruction trace."""
        from rubyvm.trace import DEFAULT_STEP_CAP, record
        cap = DEFAULT_STEP_CAP
        m = re.search(r"--cap[= ](\d+)", magic.args)
        if m:
            cap = int(m.group(1))
        trace = record(magic.body, f"(cell {count})", self.ruby, cap)
        if magic.name == "trace":
            from .trace_text import trace_lines
            self._stream("stdout", "".join(line + "\n" for line in trace_lines(trace)), silent)
        elif not silent:
            from IPython.display import display
            from .widgets import Stepper
            display(Stepper(trace))
        if trace.error and not trace.steps[:-1]:
            return self._ruby_error("SyntaxError", trace.error, [], count, silent)
        return self._ok(count)

    def _error_reply(self, err, count: int, silent: bool) -> dict[str, Any]:
        """A Ruby exception: the traceback is what CRuby prints for it uncaught."""
        tb = err.report.rstrip("\n").split("\n") if err.report else [f"{err.evalue} ({err.ename})"]
        content = {"ename": err.ename, "evalue": err.evalue, "traceback": tb}
        if not silent:
            self.send_response(self.iopub_socket, "error", content)
        return {"status": "error", "execution_count": count, **content}

    def _stream(self, name: str, text: str, silent: bool) -> None:
        if not silent and text:
            self.send_response(self.iopub_socket, "stream", {"name": name, "text": text})

    def _ruby_error(self, ename: str, evalue: str, backtrace: list[str], count: int,
                    silent: bool) -> dict[str, Any]:
        """A Ruby exception as a Jupyter error: class, message, and the Ruby backtrace."""
        tb = [f"{evalue} ({ename})"] + [f"\tfrom {line}" for line in backtrace]
        content = {"ename": ename, "evalue": evalue, "traceback": tb}
        if not silent:
            self.send_response(self.iopub_socket, "error", content)
        return {"status": "error", "execution_count": count, **content}

    def do_is_complete(self, code: str) -> dict[str, Any]:
        status, indent = is_complete(code)
        reply: dict[str, Any] = {"status": status}
        if status == "incomplete":
            reply["indent"] = indent
        return reply

    def do_complete(self, code: str, cursor_pos: int) -> dict[str, Any]:
        from .introspect import Introspector
        try:
            matches, start, end = Introspector(self.ruby).complete(code, cursor_pos)
        except Exception:      # noqa: BLE001 -- completion never breaks the kernel
            traceback.print_exc(file=sys.__stderr__)
            matches, start, end = [], cursor_pos, cursor_pos
        return {"status": "ok", "matches": matches, "cursor_start": start,
                "cursor_end": end, "metadata": {}}

    def do_inspect(self, code: str, cursor_pos: int, detail_level: int = 0,
                   omit_sections=()) -> dict[str, Any]:
        from .introspect import Introspector, as_reply
        try:
            return as_reply(Introspector(self.ruby).inspect(code, cursor_pos))
        except Exception:      # noqa: BLE001
            traceback.print_exc(file=sys.__stderr__)
            return as_reply(None)


def _ends_with_semicolon(code: str) -> bool:
    """A cell ending with `;` shows no result, as in IPython."""
    lines = [ln for ln in code.rstrip().split("\n")]
    last = lines[-1].split("#", 1)[0].rstrip() if lines else ""
    return last.endswith(";")


class _JupyterStdin:
    """$stdin for Kernel#gets: each line is asked for with Jupyter's input_request."""

    def __init__(self, kernel):
        self.kernel = kernel

    def readline(self) -> str:
        k = self.kernel
        if not getattr(k, "_allow_stdin", False):
            return ""        # the front end cannot answer: gets sees end of file
        try:
            sys.stdout.flush()
            return k.raw_input("") + "\n"
        except (EOFError, KeyboardInterrupt):
            return ""
