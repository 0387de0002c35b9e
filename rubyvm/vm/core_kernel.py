"""Kernel's module functions: output, raise, catch/throw, exit, lambda/proc, eval, globals,
`defined?` (cf. io.c rb_io_puts, eval.c, vm_eval.c, proc.c, variable.c)."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm, defs
from .core_module import _NO, const_search, cvar_lookup, mod_name
from .core_object import inspect, to_s
from .frame import TAG_RAISE, RubyError, ThrowData, VMExit
from .objects import (FL_FROZEN, RArray, RBasic, RClass, RHash, RObject, RProc, RString,
                      RSymbol, intern, Block, Cref, Env)

TAG_THROW = 7


def puts_str(vm, args, out):
    if not args:
        out.append("\n")
        return
    for a in args:
        _puts_one(vm, a, out, set())


def _puts_one(vm, a, out, seen):
    if isinstance(a, RString):
        s = a.s
    elif isinstance(a, RArray):
        if id(a) in seen:
            out.append("[...]\n")
            return
        seen.add(id(a))
        if not a.a:
            out.append("\n") if False else None
        for x in a.a:
            _puts_one(vm, x, out, seen)
        seen.discard(id(a))
        return
    elif a is None:
        s = ""
    else:
        r = vm.call_method(a, "to_ary", [], check=False) if isinstance(a, RBasic) and not isinstance(a, RClass) else None
        if isinstance(r, RArray):
            _puts_one(vm, r, out, seen)
            return
        s = to_s(vm, a)
    out.append(s if s.endswith("\n") else s + "\n")


def gvar_get(vm, f, name):
    name = vm.gvar_aliases.get(name, name)
    if name == "$!":
        return vm.errinfo
    if name == "$@":
        e = vm.errinfo
        return e.ivars.get("bt_ary") if e is not None and e.ivars else None
    if name in ("$~", "$_"):
        e = vm.lep(f.ep)
        sv = e.svar or {}
        return sv.get(1 if name == "$~" else 0)
    if name in ("$0", "$PROGRAM_NAME"):
        return vm.str_new(vm.script_name)
    return vm.globals.get(name)


def gvar_set(vm, f, name, v):
    name = vm.gvar_aliases.get(name, name)
    if name in ("$~", "$_"):
        e = vm.lep(f.ep)
        if e.svar is None:
            e.svar = {}
        e.svar[1 if name == "$~" else 0] = v
        return
    if name == "$stdout":
        if not vm.respond_to(v, "write"):
            vm.type_error(f"$stdout must have write method, {vm.real_class(v).name} given")
    hooks = vm.gvar_traces.get(name)
    vm.globals[name] = v
    if hooks:
        for h in hooks:
            vm.call_method(h, "call", [v])


def defined_p(vm, f, op_type, obj, v):
    if op_type in (1, 3, 10, 11, 12, 13, 14):
        return True
    if op_type == 2:
        s = f.self
        return isinstance(s, RBasic) and s.ivars is not None and obj in s.ivars
    if op_type == 4:
        return obj in vm.globals or obj in ("$stdout", "$stderr", "$0", "$!", "$~")
    if op_type == 5:
        from .insns_impl import cvar_base
        return cvar_lookup(vm, cvar_base(vm, f), obj) is not None
    if op_type == 6:
        name = str(obj)
        if v is None:
            c = f.cref
            while c is not None and c.next is not None:
                if name in c.klass.const_tbl:
                    return True
                c = c.next
            k = f.cref.klass
            if const_search(vm, k, name) is not _NO:
                return True
            return const_search(vm, vm.cObject, name) is not _NO
        if not isinstance(v, RClass):
            return False
        return const_search(vm, v, name) is not _NO
    if op_type == 7:
        me, _ = M.lookup(vm.class_of(v), str(obj))
        if me is None:
            return vm.respond_to(v, str(obj))
        return me.visi == "public" or (me.visi == "protected" and vm.is_kind_of(f.self, me.defined_class))
    if op_type == 16:
        me, _ = M.lookup(vm.class_of(v), str(obj))
        return me is not None
    if op_type == 8:
        return vm.lep(f.ep).block is not None
    if op_type == 9:
        from .insns_impl import method_env
        menv = method_env(vm, f)
        if menv is None:
            return False
        me = menv.me
        defined = menv.self_ or me.defined_class
        if defined.superclass is None:
            return False
        sme, _ = M.lookup(defined.superclass, me.original_id)
        return sme is not None
    if op_type == 15:
        from .insns_impl import svar_of
        m = svar_of(vm, f).get(1)
        if m is None:
            return False
        from .core_regexp import backref
        return backref(vm, m, obj) is not None
    if op_type == 17:
        return isinstance(v, RClass) and const_search(vm, v, str(obj)) is not _NO
    return False


def do_raise(vm, args, kw=None):
    """rb_make_exception: raise / raise Class / raise Class, msg / raise obj; cause."""
    cause = _NO
    if kw is not None and kw.d:
        c = kw.d.get(intern("cause"))
        if c is not None:
            cause = c[1]
    if not args:
        e = vm.errinfo
        if e is None:
            e = vm.make_exc(vm.eRuntimeError, "unhandled exception")
        raise RubyError(e) if e.ivars.get("bt") is not None else vm.raise_exc(e)
    a0 = args[0]
    if isinstance(a0, RString):
        if len(args) > 1:
            vm.type_error("exception class/object expected")
        e = vm.make_exc(vm.eRuntimeError, vm.str_new(a0.s))
    else:
        if not vm.respond_to(a0, "exception", True):
            vm.type_error("exception class/object expected")
        e = vm.call_method(a0, "exception", list(args[1:2]))
        if not vm.is_kind_of(e, vm.eException):
            vm.type_error("exception object expected")
        if len(args) > 2 and args[2] is not None:
            bt = args[2]
            e.ivars["bt"] = [x.s for x in bt.a] if isinstance(bt, RArray) else [bt.s]
    if cause is not _NO:
        e.ivars["cause"] = cause
    vm.setup_exception(e)
    raise RubyError(e)


class _HashArg(dict):
    """A Hash argument of format: a missing key takes the Hash's default (cf.
    rb_hash_default_value in sprintf.c); nil there is a KeyError."""

    def __init__(self, vm, h, conv):
        super().__init__(conv)
        self.vm, self.h = vm, h

    def __missing__(self, key):
        from .core_hash import hash_default
        from .core_string import _to_core
        v = hash_default(self.vm, self.h, key)
        if v is None:
            raise KeyError(key)
        return _to_core(self.vm, v)


def kernel_format(vm, a):
    """Kernel#format (cf. rb_f_sprintf): rubyvm.core.sprintf with Ruby conversions."""
    from ..core import sprintf as SP
    from .core_numeric import core_call
    from .core_string import _core_inspect, _core_to_s, _to_core
    if not a:
        vm.arg_error("too few arguments")
    fmt = a[0] if isinstance(a[0], RString) else vm.convert_type(a[0], vm.cString, "to_str")
    args = list(a[1:])
    conv = [_to_core(vm, x) for x in args]
    if len(args) == 1 and isinstance(args[0], RHash) and isinstance(conv[0], dict):
        conv[0] = _HashArg(vm, args[0], conv[0])
    caller = vm.frames[-2] if len(vm.frames) > 1 else None

    def too_many():
        msg = "too many arguments for format string"
        if vm.truthy(vm.globals.get("$DEBUG")):
            vm.arg_error(msg)
        if vm.truthy(vm.globals.get("$VERBOSE")) and caller is not None and caller.iseq:
            vm.flush_out()
            vm.stderr.write(f"{caller.iseq.path}:{vm.frame_line(caller)}: warning: {msg}\n")
    return core_call(vm, lambda: SP.sprintf(fmt.s, conv, to_s=lambda v: _core_to_s(vm, v),
                                            inspect=lambda v: _core_inspect(vm, v),
                                            name_key=lambda n: intern(n), too_many=too_many))


def eval_string(vm, src, binding, self_, klass, extra=None):
    """eval: compile with our compiler (rubyvm.compiler) into an eval iseq under the binding."""
    try:
        from ..compiler import compile_eval   # the compiler stage (another issue)
    except Exception:
        vm.raise_(vm.eNotImplementedError, "eval needs rubyvm.compiler (not available yet)")
    raise NotImplementedError("eval")


def init(vm):
    k = vm.mKernel
    vm.stdout_obj = RObject(vm.cIO)
    vm.stdout_obj.ivars = {"fd": 1}
    vm.stderr_obj = RObject(vm.cIO)
    vm.stderr_obj.ivars = {"fd": 2}

    def puts(vm, s, a, b):
        out = []
        puts_str(vm, a, out)
        vm.write_out("".join(out))
        return None
    defm(k, "puts", puts, -1, visi="private")

    def p(vm, s, a, b):
        if a:
            vm.write_out("".join(inspect(vm, x) + "\n" for x in a))
        return None if not a else a[0] if len(a) == 1 else vm.ary_new(list(a))
    defm(k, "p", p, -1, visi="private")
    defm(k, "pp", p, -1, visi="private")

    def print_(vm, s, a, b):
        # cf. rb_io_print: items joined by $, and followed by $\ (print without args prints $_)
        if not a:
            line = gvar_get(vm, vm.frames[-2], "$_")
            a = [line] if line is not None else []
        sep, ors = vm.globals.get("$,"), vm.globals.get("$\\")
        parts = [to_s(vm, x) for x in a]
        out = (to_s(vm, sep) if sep is not None else "").join(parts)
        if ors is not None:
            out += to_s(vm, ors)
        vm.write_out(out)
        return None
    defm(k, "print", print_, -1, visi="private")

    def raise_(vm, s, a, b, kw=None):
        do_raise(vm, a, kw)
    defm(k, "raise", raise_, -1, visi="private", kw=True)
    defm(k, "fail", raise_, -1, visi="private", kw=True)

    def block_given(vm, s, a, b):
        f = vm.frames[-2]
        return vm.lep(f.ep).block is not None if f.ep is not None else False
    defm(k, "block_given?", block_given, 0, visi="private")

    def lambda_(vm, s, a, b):
        if b is None:
            vm.arg_error("tried to create Proc object without a block")
        if b.proc is not None:
            return b.proc
        b.is_lambda = True
        return vm.proc_from_block(b)
    defm(k, "lambda", lambda_, 0, visi="private")

    def proc_(vm, s, a, b):
        if b is None:
            vm.arg_error("tried to create Proc object without a block")
        return vm.proc_from_block(b)
    defm(k, "proc", proc_, 0, visi="private")

    def catch(vm, s, a, b):
        tag = a[0] if a else RObject(vm.cObject)
        vm.catch_tags.append(tag)
        depth = len(vm.frames)
        try:
            return vm.yield_block(b, [tag])
        except ThrowData as t:
            if t.state == TAG_THROW and t.target is tag:
                del vm.frames[depth:]
                return t.val
            raise
        finally:
            vm.catch_tags.pop()
    defm(k, "catch", catch, -1, visi="private")

    def throw(vm, s, a, b):
        tag = a[0]
        val = a[1] if len(a) > 1 else None
        # cf. rb_throw_obj: a catch tag matches by identity (immediates by value)
        for t in reversed(vm.catch_tags):
            if t is tag or (type(t) in (int, float) and type(t) is type(tag) and t == tag):
                raise ThrowData(TAG_THROW, val, t)
        e = vm.make_exc(vm.eUncaughtThrowError, f"uncaught throw {inspect(vm, tag)}")
        e.ivars["tag"] = tag
        e.ivars["value"] = val
        vm.raise_exc(e)
    defm(k, "throw", throw, -2, visi="private")

    def exit_(vm, s, a, b):
        st = 0
        if a:
            st = 0 if a[0] is True else 1 if a[0] is False else a[0]
        e = vm.make_exc(vm.eSystemExit, "exit")
        e.ivars["status"] = st
        vm.raise_exc(e)
    defm(k, "exit", exit_, -1, visi="private")

    def exit_bang(vm, s, a, b):
        st = 0
        if a:
            st = 0 if a[0] is True else 1 if a[0] is False else a[0]
        raise VMExit(st)
    defm(k, "exit!", exit_bang, -1, visi="private")

    def abort(vm, s, a, b):
        if a:
            vm.flush_out()
            vm.stderr.write(a[0].s + "\n")
        e = vm.make_exc(vm.eSystemExit, a[0].s if a else "exit")
        e.ivars["status"] = 1
        vm.raise_exc(e)
    defm(k, "abort", abort, -1, visi="private")

    def at_exit(vm, s, a, b):
        pr = vm.proc_from_block(b)
        vm.at_exit.append(pr)
        return pr
    defm(k, "at_exit", at_exit, 0, visi="private")
    defm(k, "require", lambda vm, s, a, b: False, 1, visi="private")
    defm(k, "require_relative", lambda vm, s, a, b: False, 1, visi="private")

    def integer(vm, s, a, b, kw=None):
        from .core_numeric import to_integer
        if len(a) > 2:
            vm.wrong_args(len(a), 1, 2)
        return to_integer(vm, a[0], a[1] if len(a) > 1 else None, kw)
    defm(k, "Integer", integer, -2, visi="private", kw=True)

    def float_(vm, s, a, b, kw=None):
        # cf. rb_f_float: exception: false turns a failed conversion into nil
        from .core_numeric import to_float
        if len(a) != 1:
            vm.wrong_args(len(a), 1, 1)
        exc = True
        if kw is not None:
            x = kw.d.get(intern("exception"))
            if x is not None:
                exc = vm.truthy(x[1])
        if exc:
            return to_float(vm, a[0])
        if a[0] is None:
            return None
        try:
            return to_float(vm, a[0])
        except RubyError as e:
            if vm.is_kind_of(e.exc, vm.eStandardError):
                return None
            raise
    defm(k, "Float", float_, -2, visi="private", kw=True)
    defm(k, "String", lambda vm, s, a, b: a[0] if isinstance(a[0], RString) else vm.str_new(to_s(vm, a[0])), 1, visi="private")

    def array_(vm, s, a, b):
        v = a[0]
        if isinstance(v, RArray):
            return v
        if v is None:
            return vm.ary_new()
        if isinstance(v, RHash):
            return vm.ary_new([vm.ary_new([x[0], x[1]]) for x in v.d.values()])
        r = vm.call_method(v, "to_a", [], check=False) if isinstance(v, RBasic) else None
        from .vm import _UNDEF
        if isinstance(r, RArray):
            return r
        return vm.ary_new([v])
    defm(k, "Array", array_, 1, visi="private")

    def hash_(vm, s, a, b):
        # cf. rb_Hash: nil and [] are {}, otherwise to_hash or a TypeError
        v = a[0]
        if v is None or (isinstance(v, RArray) and not v.a):
            return vm.hash_new()
        if isinstance(v, RHash):
            return v
        from .vm import _UNDEF
        r = vm.call_method(v, "to_hash", [], check=False) if isinstance(v, RBasic) else _UNDEF
        if not isinstance(r, RHash):
            desc = "nil" if v is None else "true" if v is True else "false" if v is False \
                else vm.real_class(v).name
            vm.type_error(f"can't convert {desc} into Hash")
        return r
    defm(k, "Hash", hash_, 1, visi="private")

    def sprintf(vm, s, a, b):
        return vm.str_new(kernel_format(vm, a))
    defm(k, "format", sprintf, -1, visi="private")
    defm(k, "sprintf", sprintf, -1, visi="private")

    # rand/srand: core_random.py; sleep: core_time.py; gets: core_io.py

    def method_name(vm, s, a, b):
        f = vm.frames[-2]
        from .insns_impl import method_env
        e = method_env(vm, f) if f.ep is not None else None
        if e is None:
            return None
        return intern(e.me.original_id)
    defm(k, "__method__", method_name, 0, visi="private")

    def caller(vm, s, a, b):
        locs = vm.backtrace_locs()
        start = (a[0] if a else 1) + 1
        n = a[1] if len(a) > 1 else None
        sel = locs[start:] if n is None else locs[start:start + n]
        return vm.ary_new([vm.str_new(f"{p}:{l}:in `{lab}'") for p, l, lab in sel])
    defm(k, "caller", caller, -1, visi="private")

    def caller_locations(vm, s, a, b):
        from .core_misc import make_location
        locs = vm.backtrace_locs()
        start = (a[0] if a else 1) + 1
        n = a[1] if len(a) > 1 else None
        sel = locs[start:] if n is None else locs[start:start + n]
        return vm.ary_new([make_location(vm, p, l, lab) for p, l, lab in sel])
    defm(k, "caller_locations", caller_locations, -1, visi="private")

    def binding(vm, s, a, b):
        from .core_proc import make_binding
        return make_binding(vm, vm.frames[-2])
    defm(k, "binding", binding, 0, visi="private")

    def eval_(vm, s, a, b):
        from .core_proc import binding_eval
        return binding_eval(vm, a, vm.frames[-2])
    defm(k, "eval", eval_, -2, visi="private")

    def local_variables(vm, s, a, b):
        f = vm.frames[-2]
        out = []
        e = f.ep
        while e is not None:
            if e.iseq is not None:
                for n in e.iseq.local_table:
                    if n and intern(n) not in out and n[0].islower() or n and n[0] == "_" and intern(n) not in out:
                        out.append(intern(n))
            e = e.prev
        return vm.ary_new(out)
    defm(k, "local_variables", local_variables, 0, visi="private")

    def trace_var(vm, s, a, b):
        vm.gvar_traces.setdefault(a[0].name, []).append(a[1] if len(a) > 1 else vm.proc_from_block(b))
        return None
    defm(k, "trace_var", trace_var, -2, visi="private")

    def set_trace_func(vm, s, a, b):
        from .core_misc import set_trace_func_impl
        return set_trace_func_impl(vm, a[0])
    defm(k, "set_trace_func", set_trace_func, 1, visi="private")
    defm(k, "frozen_literal?", lambda vm, s, a, b: True, 0)
    del k.m_tbl["frozen_literal?"]

    # core#... helpers reached through putspecialobject VMCORE
    core = vm.singleton_class(vm.vmcore)

    def set_method_alias(vm, s, a, b):
        from .core_module_methods import alias_method
        alias_method(vm, a[0], a[1].name, a[2].name)
        return None
    defm(core, "core#set_method_alias", set_method_alias, 3)

    def set_variable_alias(vm, s, a, b):
        vm.gvar_aliases[a[0].name] = vm.gvar_aliases.get(a[1].name, a[1].name)
        return None
    defm(core, "core#set_variable_alias", set_variable_alias, 2)

    def undef(vm, s, a, b):
        from .core_module_methods import undef_method
        undef_method(vm, a[0], a[1].name)
        return None
    defm(core, "core#undef_method", undef, 2)

    def hash_merge_kwd(vm, s, a, b):
        from .core_hash import hash_aset
        h = a[0]
        for x in a[1:]:
            if x is None:
                continue
            if not isinstance(x, RHash):
                x = vm.convert_type(x, vm.cHash, "to_hash")
            for kk, vv in x.d.values():
                hash_aset(vm, h, kk, vv)
        return h
    defm(core, "core#hash_merge_kwd", hash_merge_kwd, -1)

    def hash_merge_ptr(vm, s, a, b):
        from .core_hash import hash_aset
        h = a[0]
        for i in range(1, len(a), 2):
            hash_aset(vm, h, a[i], a[i + 1])
        return h
    defm(core, "core#hash_merge_ptr", hash_merge_ptr, -1)

    def set_postexe(vm, s, a, b):
        vm.at_exit.append(vm.proc_from_block(b))
        return None
    defm(core, "core#set_postexe", set_postexe, 0)
    defm(core, "core#make_shareable", lambda vm, s, a, b: a[0], 1)
    defm(core, "core#sprintf", sprintf, -1)

    # globals
    vm.globals["$stdout"] = vm.stdout_obj
    vm.globals["$stderr"] = vm.stderr_obj
    vm.globals["$,"] = None
    vm.globals["$/"] = vm.str_new("\n")
    vm.globals["$VERBOSE"] = False
    vm.globals["$DEBUG"] = False
    vm.globals["$LOAD_PATH"] = vm.ary_new()
    vm.globals["$:"] = vm.globals["$LOAD_PATH"]
    vm.globals['$"'] = vm.ary_new()
    vm.cObject.const_tbl["STDOUT"] = vm.stdout_obj
    vm.cObject.const_tbl["STDERR"] = vm.stderr_obj
    vm.cObject.const_tbl["RUBY_VERSION"] = vm.str_new("3.1.2")
    vm.cObject.const_tbl["RUBY_ENGINE"] = vm.str_new("ruby")
    vm.cObject.const_tbl["RUBY_PLATFORM"] = vm.str_new("x86_64-linux-gnu")
    vm.cObject.const_tbl["ARGV"] = vm.ary_new()
    vm.cObject.const_tbl["ENV"] = vm.hash_new()
    for c in ("RUBY_VERSION", "RUBY_ENGINE", "RUBY_PLATFORM"):
        vm.cObject.const_tbl[c].flags |= FL_FROZEN
