"""The virtual machine (chapters 3-6, 8, 9 of the book): frames, dispatch, blocks, exceptions
and the object model.

    from rubyvm.vm import VM, run_iseq
    status = run_iseq(iseq, stdout, stderr)      # as `ruby FILE`: the exit status
    vm = VM(); vm.run_main(iseq)                  # a VM keeps top-level state between runs
"""
from __future__ import annotations

import sys

from .frame import RubyError, VMExit
from .vm import VM


def run_iseq(iseq, stdout=None, stderr=None, script_name=None) -> int:
    vm = VM(stdout if stdout is not None else sys.stdout,
            stderr if stderr is not None else sys.stderr,
            script_name or iseq.path)
    return vm.run_main(iseq)


__all__ = ["VM", "run_iseq", "RubyError", "VMExit"]
