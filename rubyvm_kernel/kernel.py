"""RubyKernel: an IPythonKernel whose cells are Ruby.

It subclasses ipykernel's IPythonKernel (not the bare kernelbase.Kernel) so that ipywidgets,
IPython.display and comms work: the stepper widget needs them. Python still runs behind the
`%%python` magic."""
from __future__ import annotations

import sys
import traceback
from typing import Any

from ipykernel.ipkernel import IPythonKernel

import rubyvm

from . import __version__
from .completeness import is_complete
from .magics import CELL_MAGICS, LINE_MAGICS, parse_magic, stage_output

RUBY_KEYWORDS = sorted("""__ENCODING__ __LINE__ __FILE__ BEGIN END alias and begin break case class
def defined? do else elsif end ensure false for if in module next nil not or redo rescue retry
return self super then true undef unless until when while yield""".split())


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
        try:
            if magic is not None and magic.name in CELL_MAGICS:
                self._stream("stdout", stage_output(magic.name, magic.body), silent)
            elif magic is not None and magic.name in LINE_MAGICS:
                pass       # %reset: the VM is recreated once it exists
            else:
                return self._ruby_error(
                    "NotImplementedError",
                    "running Ruby code needs the VM, which is not part of this build yet; "
                    "the stage magics work: " + ", ".join("%%" + m for m in CELL_MAGICS),
                    [], count, silent)
        except rubyvm.lexer.RubySyntaxError as e:
            return self._ruby_error("SyntaxError", str(e), [], count, silent)
        except Exception as e:      # never a Python traceback for the user: report it as Ruby
            traceback.print_exc(file=sys.__stderr__)
            return self._ruby_error("RuntimeError", f"internal error: {e}", [], count, silent)
        return {"status": "ok", "execution_count": count, "payload": [],
                "user_expressions": {}}

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
        start = cursor_pos
        while start > 0 and (code[start - 1].isalnum() or code[start - 1] in "_?!"):
            start -= 1
        word = code[start:cursor_pos]
        matches = [k for k in RUBY_KEYWORDS if k.startswith(word)] if word else []
        return {"status": "ok", "matches": matches, "cursor_start": start,
                "cursor_end": cursor_pos, "metadata": {}}

    def do_inspect(self, code: str, cursor_pos: int, detail_level: int = 0,
                   omit_sections=()) -> dict[str, Any]:
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}
