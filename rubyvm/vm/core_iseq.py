"""RubyVM::InstructionSequence: compile, of, disasm, to_a, eval, label, path (cf. iseq.c
iseqw_*), so the book's experiments run verbatim in a cell."""
from __future__ import annotations

from .bootstrap import defm, defs, new_class
from .decode import decode
from .frame import TOP, Frame
from .objects import Env, RData, RMethodObj, RProc, RString


def compile_string(vm, src, path="<compiled>"):
    """ISeq.compile(src): a top iseq labelled and located "<compiled>" (cf. rb_iseq_compile)."""
    from ..compiler import _magic_frozen_string_literal, without_gc
    from ..compiler.context import Options
    from ..compiler.iseq_compiler import ISeqCompiler
    from ..iseq.iseq import InstructionSequence
    from ..lexer import RubySyntaxError
    from ..parser import parse
    b = src.encode("utf-8", "surrogateescape")
    try:
        tree = parse(b, path)
    except RubySyntaxError as err:
        vm.raise_(vm.eSyntaxError, str(err))

    @without_gc
    def build():
        opts = Options(frozen_string_literal=_magic_frozen_string_literal(b), source=b)
        l = tree.loc
        iseq = InstructionSequence(type="top", label="<compiled>", path=path, absolute_path=None,
                                   first_lineno=1, code_location=(l.first_lineno, l.first_column,
                                                                  l.last_lineno, l.last_column))
        ISeqCompiler(iseq, None, opts, tree).compile_iseq_node(tree)
        return iseq
    return build()


def wrap(vm, iseq):
    return RData(vm.cISeq, iseq)


def init(vm):
    rv = vm.cRubyVM
    IS = vm.cISeq = new_class(vm, "RubyVM::InstructionSequence", vm.cObject, rv)

    def c_compile(vm, k, a, b):
        src = a[0]
        if not isinstance(src, RString):
            src = vm.convert_type(src, vm.cString, "to_str")
        path = a[1].s if len(a) > 1 and isinstance(a[1], RString) else "<compiled>"
        return wrap(vm, compile_string(vm, src.s, path))
    defs(vm, IS, "compile", c_compile, -2)
    defs(vm, IS, "new", c_compile, -2)

    def c_of(vm, k, a, b):
        # cf. iseqw_s_of: the iseq of a Method/UnboundMethod/Proc defined in Ruby
        from . import method as M
        x = a[0]
        if isinstance(x, RMethodObj):
            me = M.resolve_alias(x.me)
            if me.type == "iseq" and not me.internal:
                return wrap(vm, me.body[0])
            if me.type == "bmethod" and me.body.block.iseq is not None:
                return wrap(vm, me.body.block.iseq)
            return None
        if isinstance(x, RProc):
            it = x.block.iseq
            return wrap(vm, it) if it is not None else None
        return None
    defs(vm, IS, "of", c_of, 1)

    defm(IS, "disasm", lambda vm, w, a, b: vm.str_new(w.data.disasm()), 0)
    defm(IS, "disassemble", lambda vm, w, a, b: vm.str_new(w.data.disasm()), 0)
    defm(IS, "to_a", lambda vm, w, a, b: vm.literal(w.data.to_a()), 0)
    defm(IS, "label", lambda vm, w, a, b: vm.str_new(w.data.label), 0)
    defm(IS, "base_label", lambda vm, w, a, b: vm.str_new(w.data.label.split(" in ")[-1]), 0)
    defm(IS, "path", lambda vm, w, a, b: vm.str_new(w.data.path), 0)
    defm(IS, "first_lineno", lambda vm, w, a, b: w.data.first_lineno, 0)
    defm(IS, "inspect", lambda vm, w, a, b: vm.str_new(
        f"<RubyVM::InstructionSequence:{w.data.label}@{w.data.path}:{w.data.first_lineno}>"), 0)

    def i_eval(vm, w, a, b):
        # cf. iseqw_eval / rb_iseq_eval: a top-level frame for main; it runs in place of
        # this C function
        iseq = w.data
        code = decode(vm, iseq)
        env = Env(iseq.local_size + 3, None, iseq)
        nf = Frame(TOP, iseq, code.code, vm.top_self, env, vm.top_cref, None, len(vm.stack))
        vm.push_frame(nf)
        return nf
    defm(IS, "eval", i_eval, 0)
