"""Binding and the eval of strings: Kernel#eval, Binding#eval, instance_eval / class_eval with a
string, TOPLEVEL_BINDING (cf. proc.c rb_binding_*, vm_eval.c eval_string_with_cref).

A Binding holds an environment (the EP of the frame it was taken in), self and the cref. The
string is compiled by the compiler (rubyvm.compiler.compile_eval) as an `eval` iseq whose parent
scopes are the iseqs of the binding's environments, so the binding's locals are its locals at
levels 1, 2 ...; the eval runs in an EVAL frame with a fresh environment for its own new locals
(level 0), whose prev is the binding's. When an eval defines locals, the binding moves on to that
environment, so later evals with the same binding see them (as CRuby's bind->env does), but the
frame the binding came from does not.
"""
from __future__ import annotations

from .decode import decode
from .frame import EVAL, Frame
from .objects import Cref, Env, RData, RString, intern


def make_binding(vm, f):
    """rb_vm_make_binding: capture f's environment (it moves to the heap)."""
    b = RData(vm.cBinding, {"ep": f.ep, "self": f.self, "cref": f.cref, "iseq": f.iseq,
                           "line": vm.frame_line(f), "path": f.iseq.path if f.iseq else "-",
                           "frame_type": f.type})
    e = f.ep
    while e is not None:
        e.escaped = True
        e = e.prev
    return b


def caller_ruby_frame(vm):
    """The Ruby frame that called the running C function (the frame below the top)."""
    frames = vm.frames
    for i in range(len(frames) - 2, -1, -1):
        g = frames[i]
        if g.iseq is not None and not g.internal:
            return g
    return frames[-1]


def scopes_of(ep):
    """The iseqs of an environment chain, innermost first (the eval iseq's parent scopes)."""
    out = []
    e = ep
    while e is not None:
        if e.iseq is not None:
            out.append(e.iseq)
        e = e.prev
    return out


def _syntax_error(vm, err):
    e = vm.make_exc(vm.eSyntaxError, str(err))
    vm.raise_exc(e)


def eval_frame(vm, src, ep, self_, cref, path="(eval)", line=1, binding=None, me=None,
               block=None):
    """Compile src under the environment chain ep and push an EVAL frame for it; the caller
    (a C function) returns the frame, which runs in its place."""
    from ..compiler.compile_eval import compile_eval
    from ..lexer import RubySyntaxError
    if isinstance(src, RString):
        src = src.s
    try:
        iseq = compile_eval(src, path, line, scopes_of(ep))
    except RubySyntaxError as err:
        _syntax_error(vm, err)
    code = decode(vm, iseq)
    env = Env(iseq.local_size + 3, ep, iseq)
    if iseq.local_table and binding is not None:
        # the binding sees the locals its evals define (bind->env moves on)
        env.escaped = True
        binding.data["ep"] = env
    nf = Frame(EVAL, iseq, code.code, self_, env, cref, me, len(vm.stack))
    m = ep
    while m is not None and m.me is None:
        m = m.prev
    if m is not None:
        nf.mid = m.me.mid
    vm.push_frame(nf)
    return nf


def eval_string_args(vm, a, default_path="(eval)"):
    """(src, path, line) from the optional file/line arguments of the evals."""
    src = a[0]
    if not isinstance(src, RString):
        src = vm.convert_type(src, vm.cString, "to_str")
    path = a[1].s if len(a) > 1 and isinstance(a[1], RString) else default_path
    line = a[2] if len(a) > 2 and type(a[2]) is int else 1
    return src, path, line


def binding_eval(vm, bd, a):
    """Binding#eval(src, path = "(eval)", line = 1)."""
    src, path, line = eval_string_args(vm, a)
    d = bd.data
    return eval_frame(vm, src, d["ep"], d["self"], d["cref"], path, line, binding=bd)


def kernel_eval(vm, a):
    """Kernel#eval(src, binding = nil, path = "(eval)", line = 1)."""
    if len(a) > 1 and a[1] is not None:
        bd = a[1]
        if not (isinstance(bd, RData) and bd.klass is vm.cBinding):
            from .core_object import inspect
            vm.type_error(f"wrong argument type {vm.real_class(bd).name} (expected binding)")
        return binding_eval(vm, bd, [a[0]] + list(a[2:]))
    src, path, line = eval_string_args(vm, [a[0]] + list(a[2:]))
    f = caller_ruby_frame(vm)
    return eval_frame(vm, src, f.ep, f.self, f.cref, path, line)


def eval_under(vm, self_, klass, a):
    """instance_eval / class_eval with a string (eval_under): self and the cref's class change,
    the caller's locals stay visible."""
    src, path, line = eval_string_args(vm, a)
    f = caller_ruby_frame(vm)
    cref = Cref(klass, f.cref)      # a real scope for constants and def (not pushed_by_eval)
    return eval_frame(vm, src, f.ep, self_, cref, path, line)


def _find_local(ep, name):
    e = ep
    while e is not None:
        if e.iseq is not None and name in e.iseq.local_table:
            i = e.iseq.local_table.index(name)
            return e, e.iseq.local_size + 2 - i
        e = e.prev
    return None, None


def _local_name(vm, v):
    name = vm.sym_or_str_name(v)
    return name


def init(vm):
    from .bootstrap import defm
    B = vm.cBinding
    K = vm.mKernel

    defm(K, "binding", lambda vm, s, a, b: make_binding(vm, caller_ruby_frame(vm)), 0,
         visi="private")
    defm(K, "eval", lambda vm, s, a, b: kernel_eval(vm, a), -2, visi="private")
    defm(B, "eval", lambda vm, bd, a, b: binding_eval(vm, bd, a), -2)

    def lvget(vm, bd, a, b):
        name = _local_name(vm, a[0])
        e, i = _find_local(bd.data["ep"], name)
        if e is None:
            from .core_object import inspect
            vm.name_error(f"local variable `{name}' is not defined for {inspect(vm, bd)}",
                          name, bd)
        return e.l[i]
    defm(B, "local_variable_get", lvget, 1)

    def lvset(vm, bd, a, b):
        name = _local_name(vm, a[0])
        e, i = _find_local(bd.data["ep"], name)
        if e is None:
            # a new local lives in an environment only the binding sees (cf. bind_local_variable_set)
            from ..iseq.iseq import InstructionSequence
            old = bd.data["ep"]
            label = old.iseq.label if old is not None and old.iseq is not None else "<main>"
            iseq = InstructionSequence(type="eval", label=label, path="(eval)",
                                       absolute_path=None, first_lineno=1,
                                       code_location=(1, 0, 1, 0), local_table=[name])
            iseq.local_size = 1
            e = Env(4, old, iseq)
            e.escaped = True
            bd.data["ep"] = e
            i = 3
        e.l[i] = a[1]
        return a[1]
    defm(B, "local_variable_set", lvset, 2)
    defm(B, "local_variable_defined?",
         lambda vm, bd, a, b: _find_local(bd.data["ep"], _local_name(vm, a[0]))[0] is not None, 1)

    def lvars(vm, bd, a, b):
        out = []
        seen = set()
        e = bd.data["ep"]
        while e is not None:
            if e.iseq is not None:
                for n in e.iseq.local_table:
                    if isinstance(n, str) and n.isidentifier() and n not in seen:
                        seen.add(n)
                        out.append(intern(n))
            e = e.prev
        return vm.ary_new(out)
    defm(B, "local_variables", lvars, 0)
    defm(B, "receiver", lambda vm, bd, a, b: bd.data["self"], 0)
    defm(B, "source_location",
         lambda vm, bd, a, b: vm.ary_new([vm.str_new(bd.data["path"]), bd.data["line"]]), 0)
    defm(B, "irb", lambda vm, bd, a, b: None, 0)
