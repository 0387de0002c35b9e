"""BasicObject, Object and Kernel instance methods (cf. object.c, kernel parts of vm_eval.c)."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm
from .core_module import mod_name
from .frame import RubyError
from .objects import (FL_FROZEN, RArray, RBasic, RClass, RData, RHash, RMethodObj, RObject,
                      RProc, RRange, RString, RSymbol, intern, Cref)


def any_to_s(vm, obj):
    """rb_any_to_s: #<ClassName> (CRuby adds the address; we keep a stable fake one)."""
    k = vm.real_class(obj)
    n = mod_name(vm, k) or inspect(vm, k)
    return f"#<{n}>" if False else f"#<{n}:{fake_addr(obj)}>"


def fake_addr(obj):
    return f"0x{(id(obj) * 8) & 0xffffffffffff:016x}"


def to_s(vm, v):
    """rb_obj_as_string for output: call to_s unless it's already a String."""
    if type(v) is RString:
        return v.s
    if v is None:
        return ""
    t = type(v)
    if t is int and not vm.redefined:
        return str(v)
    r = vm.call_method(v, "to_s", [])
    if isinstance(r, RString):
        return r.s
    return any_to_s(vm, v)


def inspect(vm, v):
    t = type(v)
    if t is int and not vm.redefined:
        return str(v)
    if v is None:
        return "nil"
    if v is True:
        return "true"
    if v is False:
        return "false"
    r = vm.call_method(v, "inspect", [])
    if isinstance(r, RString):
        return r.s
    return to_s(vm, r)


def inspect_for_error(vm, v):
    """How NoMethodError/NameError describe the receiver (cf. name_err_mesg_to_str in
    error.c): nil/true/false bare, main as "main:Object", otherwise the inspect (any_to_s when
    longer than 65), followed by ":ClassName" unless it starts with '#'."""
    if v is None:
        return "nil:NilClass"
    if v is True:
        return "true:TrueClass"
    if v is False:
        return "false:FalseClass"
    if v is vm.top_self:
        return "main:Object"
    try:
        s = inspect(vm, v)
    except RubyError:
        s = any_to_s(vm, v)
    if len(s) > 65:
        s = any_to_s(vm, v)
    return s + ":" + vm.real_class(v).name if not s.startswith("#") else s


def obj_inspect(vm, obj, a=None, b=None):
    iv = obj.ivars if isinstance(obj, RBasic) else None
    names = vm.ivar_names(obj)
    k = vm.real_class(obj)
    n = mod_name(vm, k) or inspect(vm, k)
    # cf. rb_obj_inspect: "#<Foo:0x... @a=1, @b=2>", rb_any_to_s when there are no ivars
    n = f"{n}:{fake_addr(obj)}"
    if not names:
        return vm.str_new(f"#<{n}>")
    if getattr(vm, "_inspecting", None) is None:
        vm._inspecting = set()
    if id(obj) in vm._inspecting:
        return vm.str_new(f"#<{n} ...>")
    vm._inspecting.add(id(obj))
    try:
        parts = ", ".join(f"{nm}={inspect(vm, iv[nm])}" for nm in names)
    finally:
        vm._inspecting.discard(id(obj))
    return vm.str_new(f"#<{n} {parts}>")


def equal(vm, a, b):
    """rb_equal: identity, then ==."""
    if a is b:
        return True
    ta = type(a)
    if ta is int or ta is float:
        if type(b) is int or type(b) is float:
            return a == b
    if ta is RString and type(b) is RString:
        return a.s == b.s
    return vm.truthy(vm.call_method(a, "==", [b]))


def eql(vm, a, b):
    if a is b:
        return True
    if type(a) is not type(b):
        return False
    if type(a) in (int, float):
        return a == b
    return vm.truthy(vm.call_method(a, "eql?", [b]))


def init(vm):
    bo, ob, k = vm.cBasicObject, vm.cObject, vm.mKernel
    defm(bo, "initialize", lambda vm, s, a, b: None, 0, visi="private")    # rb_obj_dummy0
    defm(bo, "==", lambda vm, s, a, b: s is a[0] or (type(s) in (int, float) and s == a[0] and type(a[0]) in (int, float)), 1)
    defm(bo, "equal?", lambda vm, s, a, b: s is a[0] or (type(s) is int and type(a[0]) is int and s == a[0]), 1)
    defm(bo, "!", lambda vm, s, a, b: s is None or s is False, 0)
    defm(bo, "!=", lambda vm, s, a, b: not equal(vm, s, a[0]), 1)
    defm(bo, "__id__", lambda vm, s, a, b: object_id(vm, s), 0)

    def instance_eval(vm, s, a, b):
        sk = vm.singleton_class(s) if isinstance(s, RBasic) and not isinstance(s, (RString,)) or isinstance(s, RString) else None
        if b is None:
            if not a or len(a) > 3:
                vm.wrong_args(len(a), 1, 3)
            from .core_binding import eval_under
            return eval_under(vm, s, sk or vm.class_of(s), a)
        cref = Cref(sk if sk is not None else vm.class_of(s), b.cref)
        cref.pushed_by_eval = True
        return vm.yield_block(b, [s], self_=s, cref=cref)
    defm(bo, "instance_eval", instance_eval, -1)

    def instance_exec(vm, s, a, b):
        if b is None:
            vm.raise_(vm.eLocalJumpError, "no block given (yield)")
        sk = vm.singleton_class(s) if isinstance(s, RBasic) else vm.class_of(s)
        cref = Cref(sk, b.cref)
        cref.pushed_by_eval = True
        return vm.yield_block(b, list(a), self_=s, cref=cref)
    defm(bo, "instance_exec", instance_exec, -1, kw=False)
    defm(bo, "__send__", None, -1)
    bo.m_tbl["__send__"] = M.MethodEntry("optimized", "__send__", bo, "public", "send")

    def method_missing(vm, s, a, b):
        name = a[0].name if a and type(a[0]) is RSymbol else "?"
        reason = vm.missing_reason
        vm.missing_reason = None
        vm.frames.pop()      # reported at the caller
        f = vm.frames[-1] if vm.frames else None
        vm.raise_no_method(s, name, list(a[1:]), 0, reason)
    defm(bo, "method_missing", method_missing, -1, visi="private")
    defm(bo, "singleton_method_added", lambda vm, s, a, b: None, 1, visi="private")

    # Kernel
    defm(k, "class", lambda vm, s, a, b: vm.real_class(s), 0)
    defm(k, "singleton_class", lambda vm, s, a, b: vm.singleton_class(s), 0)
    defm(k, "frozen?", lambda vm, s, a, b: (not isinstance(s, RBasic)) or bool(s.flags & FL_FROZEN), 0)

    def freeze(vm, s, a, b):
        if isinstance(s, RBasic):
            s.flags |= FL_FROZEN
        return s
    defm(k, "freeze", freeze, 0)
    defm(k, "nil?", lambda vm, s, a, b: s is None, 0)
    defm(k, "===", lambda vm, s, a, b: equal(vm, s, a[0]), 1)
    defm(k, "=~", lambda vm, s, a, b: None, 1)
    defm(k, "!~", lambda vm, s, a, b: not vm.truthy(vm.call_method(s, "=~", [a[0]])), 1)
    defm(k, "eql?", lambda vm, s, a, b: s is a[0] or (type(s) in (int, float) and type(s) is type(a[0]) and s == a[0]), 1)
    defm(k, "hash", lambda vm, s, a, b: hash_of(vm, s), 0)
    defm(k, "<=>", lambda vm, s, a, b: 0 if equal(vm, s, a[0]) else None, 1)
    defm(k, "object_id", lambda vm, s, a, b: object_id(vm, s), 0)
    defm(k, "to_s", lambda vm, s, a, b: vm.str_new(any_to_s(vm, s)), 0)
    defm(k, "inspect", lambda vm, s, a, b: obj_inspect(vm, s), 0)
    defm(k, "itself", lambda vm, s, a, b: s, 0)

    def is_a(vm, s, a, b):
        if not isinstance(a[0], RClass):
            vm.type_error("class or module required")
        return vm.is_kind_of(s, a[0])
    defm(k, "is_a?", is_a, 1)
    defm(k, "kind_of?", is_a, 1)
    defm(k, "instance_of?", lambda vm, s, a, b: vm.real_class(s) is a[0], 1)

    def respond_to(vm, s, a, b):
        return vm.respond_to(s, vm.sym_or_str_name(a[0]), len(a) > 1 and vm.truthy(a[1]))
    defm(k, "respond_to?", respond_to, -2)
    defm(k, "respond_to_missing?", lambda vm, s, a, b: False, 2, visi="private")
    send_me = M.MethodEntry("optimized", "send", k, "public", "send")
    k.m_tbl["send"] = send_me
    k.m_tbl["public_send"] = M.MethodEntry("optimized", "public_send", k, "public", "send")

    def ivar_get(vm, s, a, b):
        name = vm.sym_or_str_name(a[0])
        _check_ivar_name(vm, name, s)
        iv = s.ivars if isinstance(s, RBasic) else None
        return iv.get(name) if iv else None
    defm(k, "instance_variable_get", ivar_get, 1)

    def ivar_set(vm, s, a, b):
        name = vm.sym_or_str_name(a[0])
        _check_ivar_name(vm, name, s)
        vm.ivar_set(s, name, a[1])
        return a[1]
    defm(k, "instance_variable_set", ivar_set, 2)
    defm(k, "instance_variable_defined?", lambda vm, s, a, b: isinstance(s, RBasic) and s.ivars is not None and vm.sym_or_str_name(a[0]) in s.ivars, 1)
    defm(k, "instance_variables", lambda vm, s, a, b: vm.ary_new([intern(n) for n in vm.ivar_names(s)]), 0)

    def remove_ivar(vm, s, a, b):
        name = vm.sym_or_str_name(a[0])
        if s.ivars and name in s.ivars:
            return s.ivars.pop(name)
        vm.name_error(f"instance variable {name} not defined", name, s)
    defm(k, "remove_instance_variable", remove_ivar, 1)

    def methods(vm, s, a, b):
        out = []
        seen = set()
        c = vm.class_of(s)
        while c is not None:
            for n, me in c.m_tbl.items():
                if n not in seen:
                    seen.add(n)
                    if me.type != "undef" and me.visi != "private":
                        out.append(intern(n))
            c = c.superclass
        return vm.ary_new(out)
    defm(k, "methods", methods, -1)
    defm(k, "public_methods", methods, -1)

    def singleton_methods(vm, s, a, b):
        # cf. rb_obj_singleton_methods: the singleton class (and modules extended into it);
        # with all (the default), the singleton classes of the superclasses too
        all_ = not a or vm.truthy(a[0])
        out = []
        seen = set()
        c = vm.class_of(s)
        first = True
        while c is not None and (c.is_singleton or c.TTYPE == "T_ICLASS"):
            if c.is_singleton and not first and not all_:
                break
            if c.is_singleton:
                first = False
            if c.is_singleton or all_:
                for n, me in c.origin.m_tbl.items():
                    if n not in seen:
                        seen.add(n)
                        if me.visi != "private" and me.type != "undef":
                            out.append(intern(n))
            c = c.superclass
            if c is not None and c.is_singleton and not isinstance(s, RClass):
                break
        return vm.ary_new(out)
    defm(k, "singleton_methods", singleton_methods, -1)
    defm(k, "private_methods", lambda vm, s, a, b: vm.ary_new([intern(n) for c in _chain(vm.class_of(s)) for n, me in c.m_tbl.items() if me.visi == "private"]), -1)

    def method_obj(vm, s, a, b):
        name = vm.sym_or_str_name(a[0])
        me, defined = M.lookup(vm.class_of(s), name)
        if me is None:
            if vm.respond_to(s, name, True):
                mm = M.MethodEntry("missing", name, vm.class_of(s), "public", None)
                return RMethodObj(vm.cMethod, s, mm, name, True, vm.class_of(s))
            vm.name_error(f"undefined method `{name}' for {inspect_for_error(vm, s)}", name, s)
        from .core_module_methods import resolve_zsuper
        me, defined = resolve_zsuper(me, defined)
        return RMethodObj(vm.cMethod, s, me, name, True, defined)
    defm(k, "method", method_obj, 1)

    def public_method_obj(vm, s, a, b):
        name = vm.sym_or_str_name(a[0])
        me, _ = M.lookup(vm.class_of(s), name)
        if me is not None and me.visi != "public":
            # cf. rb_print_inaccessible
            k = vm.real_class(s)
            vm.name_error(f"method `{name}' for {'module' if k.is_module else 'class'} "
                          f"`{mod_name(vm, k)}' is {me.visi}", name, s)
        return method_obj(vm, s, a, b)
    defm(k, "public_method", public_method_obj, 1)

    def singleton_method(vm, s, a, b):
        name = vm.sym_or_str_name(a[0])
        sk = vm.class_of(s)
        me = sk.origin.m_tbl.get(name) if sk.is_singleton else None
        if me is None:
            vm.name_error(f"undefined singleton method `{name}' for `{inspect(vm, s)}'", name, s)
        return RMethodObj(vm.cMethod, s, me, name, True, sk)
    defm(k, "singleton_method", singleton_method, 1)

    def define_singleton_method(vm, s, a, b):
        from .core_module import define_method_with
        name = vm.sym_or_str_name(a[0])
        body = a[1] if len(a) > 1 else vm.proc_from_block(b)
        if isinstance(body, RProc) and not body.is_lambda:
            from .core_module_methods import _copy_block
            nb = _copy_block(body.block)
            nb.is_lambda = True
            body = RProc(vm.cProc, nb, True)
        return define_method_with(vm, vm.singleton_class(s), name, body)
    defm(k, "define_singleton_method", define_singleton_method, -1)

    def extend(vm, s, a, b):
        from .core_module import include_module
        for m in reversed(a):
            include_module(vm, vm.singleton_class(s), m)
            vm.call_method(m, "extended", [s])
        return s
    defm(k, "extend", extend, -1)

    def dup(vm, s, a, b, clone=False):
        if not isinstance(s, RBasic):
            return s
        n = shallow_copy(vm, s)
        if clone:
            if s.klass.is_singleton and s.klass.attached is s:
                sk = vm.singleton_class(n)
                sk.m_tbl.update(s.klass.m_tbl)
                # included modules of the singleton
                c = s.klass.superclass
                from .core_module import include_module
                mods = []
                while c is not None and c.TTYPE == "T_ICLASS":
                    mods.append(c.module)
                    c = c.superclass
                for m in reversed(mods):
                    include_module(vm, sk, m)
        vm.call_method(n, "initialize_copy", [s])
        if clone and s.flags & FL_FROZEN:
            n.flags |= FL_FROZEN
        return n
    defm(k, "dup", dup, 0)

    def clone(vm, s, a, b, kw=None):
        if s is None or s is True or s is False:      # special constants: rb_immutable_obj_clone
            return vm.immutable_clone(vm, s, a, b, kw)
        r = dup(vm, s, a, b, clone=True)
        if kw is not None:
            fz = kw.d.get(intern("freeze"))
            if fz is not None and fz[1] is False and isinstance(r, RBasic):
                r.flags &= ~FL_FROZEN
        return r
    defm(k, "clone", clone, 0, kw=True)
    defm(k, "initialize_copy", lambda vm, s, a, b: s, 1, visi="private")
    defm(k, "initialize_dup", lambda vm, s, a, b: s, 1, visi="private")
    defm(k, "tap", None, 0)
    del k.m_tbl["tap"]
    defm(k, "instance_variables_hash", lambda vm, s, a, b: None, 0)
    del k.m_tbl["instance_variables_hash"]
    defm(k, "display", lambda vm, s, a, b: (vm.write_out(to_s(vm, s)), None)[1], 0)


def _chain(k):
    while k is not None:
        yield k
        k = k.superclass


def _check_ivar_name(vm, name, s):
    if not name.startswith("@") or name.startswith("@@") or len(name) < 2 or name[1].isdigit():
        vm.name_error(f"`{name}' is not allowed as an instance variable name", name, s)


def shallow_copy(vm, s):
    k = vm.real_class(s)
    if isinstance(s, RString):
        n = RString(k, s.s, s.binary)
    elif isinstance(s, RArray):
        n = RArray(k, list(s.a))
    elif isinstance(s, RHash):
        n = RHash(k)
        from .hash_table import replace_table      # hash_copy: the same table layout
        replace_table(vm, n, s)
        n.default = s.default
        n.default_proc = s.default_proc
    elif isinstance(s, RRange):
        n = RRange(k, s.beg, s.end, s.excl)
    elif isinstance(s, RProc):
        n = RProc(k, s.block, s.is_lambda)
    elif isinstance(s, RClass):
        n = RClass(vm.cClass, s.superclass, None, s.is_module) if not s.is_module else \
            type(s)(vm.cModule, None, None, is_module=True)
        n.m_tbl = dict(s.m_tbl)
        n.const_tbl = dict(s.const_tbl)
        n.allocator = s.allocator
    elif isinstance(s, RObject):
        n = RObject(k)
    else:
        import copy
        n = copy.copy(s)
        from .objects import HEAP
        HEAP.allocate(n, n.TTYPE)
    if s.ivars:
        n.ivars = dict(s.ivars)
    return n


def object_id(vm, s):
    if type(s) is int:
        return 2 * s + 1
    if s is None:
        return 8
    if s is True:
        return 20
    if s is False:
        return 0
    ids = vm.object_ids
    key = id(s)
    r = ids.get(key)
    if r is None:
        vm.next_object_id += 8
        r = ids[key] = (vm.next_object_id, s)
    return r[0]


def hash_of(vm, s):
    if type(s) in (int, float):
        return hash(s)
    if isinstance(s, RString):
        return hash(s.s)
    return object_id(vm, s)
