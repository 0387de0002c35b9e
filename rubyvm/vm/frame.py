"""Control frames (cf. rb_control_frame_t in vm_core.h) and the throw data of non-local exits.

The VM keeps two explicit stacks: `vm.stack`, the value stack shared by all frames (a frame's
operands start at `bp`), and `vm.frames`, the control-frame stack. A frame's locals live in its
environment (`ep`, an objects.Env), reached through the EP chain by getlocal idx, level.
"""
from __future__ import annotations

# frame types (VM_FRAME_MAGIC_*)
TOP = "TOP"
MAIN = "MAIN"
METHOD = "METHOD"
BLOCK = "BLOCK"
CLASS = "CLASS"
RESCUE = "RESCUE"
ENSURE = "ENSURE"
EVAL = "EVAL"
CFUNC = "CFUNC"
IFUNC = "IFUNC"

ISEQ_FRAME_TYPES = {"top": TOP, "main": MAIN, "method": METHOD, "block": BLOCK, "class": CLASS,
                    "rescue": RESCUE, "ensure": ENSURE, "eval": EVAL}


class Frame:
    """rb_control_frame_t: pc, sp base, ep, self, iseq, type, block handler, cref, method entry.

    `code` is the iseq pre-decoded for dispatch (see decode.py); pc indexes it. `finish` marks
    the bottom frame of a nested run (VM_FRAME_FLAG_FINISH): its `leave` returns to the host.
    """
    __slots__ = ("iseq", "code", "pc", "self", "ep", "type", "block", "cref", "me", "bp",
                 "finish", "is_lambda", "mid", "internal", "lineno", "bmethod")

    def __init__(self, type_, iseq, code, self_, ep, cref, me, bp, mid=None, block=None):
        self.type = type_
        self.iseq = iseq
        self.code = code
        self.pc = 0
        self.self = self_
        self.ep = ep
        self.cref = cref
        self.me = me
        self.bp = bp
        self.block = block
        self.finish = False
        self.is_lambda = False
        self.mid = mid
        self.internal = False
        self.lineno = 0
        self.bmethod = False

    def __repr__(self):
        label = self.iseq.label if self.iseq is not None else self.mid
        return f"<{self.type} {label} pc={self.pc}>"


# throw states (enum ruby_tag_type)
TAG_RETURN = 1
TAG_BREAK = 2
TAG_NEXT = 3
TAG_RETRY = 4
TAG_REDO = 5
TAG_RAISE = 6
TAG_THROW = 7
TAG_FATAL = 8


class ThrowData(Exception):
    """THROW_DATA (vm_throw_data): a break/next/return/retry on its way to the frame whose
    environment is `target`. It travels as a Python exception through the handler loop and can
    sit in an ensure frame's `$!` slot to be re-thrown by `throw 0`."""

    def __init__(self, state, val, target, lambda_frame=None):
        super().__init__(state)
        self.state = state
        self.val = val
        self.target = target           # the Env of the frame that catches it
        self.lambda_frame = lambda_frame


class RubyError(Exception):
    """A Ruby exception (the Ruby object in `exc`) travelling through the host."""

    def __init__(self, exc):
        super().__init__()
        self.exc = exc


class VMExit(Exception):
    """exit! / the end of the program: leaves every frame without running ensure."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status
