"""Ruby-visible methods of Module and Class (cf. object.c, class.c, vm_method.c, eval.c)."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm, defs, make_metaclass, new_class
from .core_module import (_NO, ancestors, const_get_from, const_search, const_set, cvar_lookup,
                          define_method_with, add_method, include_module, method_added,
                          mod_name, prepend_module, inherited)
from .decode import simple_iseq
from .frame import CFUNC, METHOD, Frame, NewFrame
from .method import MethodEntry, STATE
from .objects import (FL_FROZEN, RArray, RClass, RModuleT, RObject, RProc, RString, RSymbol,
                      intern, RMethodObj, Cref, Env)
from .vm import MAX_FRAMES


def _name(vm, v):
    return vm.sym_or_str_name(v)


def _visi_set(vm, klass, names, visi, caller_frame):
    if not names:
        # with no arguments: the scope's default visibility from now on
        f = caller_frame
        if f is not None and f.cref is not None:
            if f.cref.klass is klass or True:
                f.cref.visi = visi
                f.cref.module_func = False
        return None
    flat = []
    for n in names:
        if isinstance(n, RArray):
            flat.extend(n.a)
        else:
            flat.append(n)
    for n in flat:
        name = _name(vm, n)
        me, defined = M.search_method(klass, name)
        if me is None or me.type == "undef":
            me, defined = M.search_method(vm.cObject, name) if klass.is_module else (None, None)
            if me is None:
                vm.name_error(f"undefined method `{name}' for {'module' if klass.is_module else 'class'} `{mod_name(vm, klass)}'", name, klass)
        if defined is klass.origin or defined is klass:
            me.visi = visi
        else:
            nme = MethodEntry("zsuper", name, klass, visi, None)
            nme.original_id = name
            klass.origin.m_tbl[name] = nme
            nme.defined_class = klass
        STATE.invalidate()
    return names[0] if len(names) == 1 else vm.ary_new(list(names))


def resolve_zsuper(me, defined):
    """A ZSUPER entry (`public :m` in a subclass) stands for the method above it
    (cf. method_entry_resolve_refinement / the zsuper loop of mnew_internal)."""
    while me is not None and me.type == "zsuper" and defined is not None:
        k = defined.superclass
        if k is None:
            break
        sme, sdef = M.lookup(k, me.original_id)
        if sme is None:
            break
        visi = me.visi
        me = sme.copy()
        me.visi = visi
        defined = sdef
    return me, defined


def caller_frame(vm):
    # the frame that called the current cfunc
    return vm.frames[-2] if len(vm.frames) >= 2 else None


def init_methods(vm):
    mo, cl = vm.cModule, vm.cClass

    def m_nesting(vm, k, a, b):
        # cf. rb_mod_nesting: the lexical scopes of the caller, innermost first
        from .core_binding import caller_ruby_frame
        cref = caller_ruby_frame(vm).cref
        out = []
        while cref is not None and cref.next is not None:
            if not cref.pushed_by_eval:
                out.append(cref.klass)
            cref = cref.next
        return vm.ary_new(out)
    from .bootstrap import defs
    defs(vm, mo, "nesting", m_nesting, 0)

    def m_name(vm, k, a, b):
        n = mod_name(vm, k)
        return vm.str_new(n) if n is not None and not k.is_singleton else None
    defm(mo, "name", m_name, 0)

    def m_to_s(vm, k, a, b):
        from .core_object import inspect
        if k.is_singleton:
            return vm.str_new(f"#<Class:{inspect(vm, k.attached)}>")
        n = mod_name(vm, k)
        if n is None:
            return vm.str_new(f"#<{'Module' if k.is_module else 'Class'}:0x{id(k) * 8 & 0xffffffffffff:016x}>")
        return vm.str_new(n)
    defm(mo, "to_s", m_to_s, 0)
    defm(mo, "inspect", m_to_s, 0)
    defm(mo, "ancestors", lambda vm, k, a, b: vm.ary_new(ancestors(vm, k)), 0)

    def m_include(vm, k, a, b):
        for m in reversed(a):
            if include_module(vm, k, m) is not None:
                pass
            me, _ = M.lookup(vm.class_of(m), "included")
            vm.call_method(m, "included", [k])
        return k
    defm(mo, "include", m_include, -1)

    def m_prepend(vm, k, a, b):
        for m in reversed(a):
            prepend_module(vm, k, m)
            vm.call_method(m, "prepended", [k])
        return k
    defm(mo, "prepend", m_prepend, -1)
    for hook in ("included", "extended", "prepended", "method_added", "method_removed",
                 "method_undefined", "inherited"):
        defm(mo if hook != "inherited" else cl, hook, lambda vm, k, a, b: None, 1,
             visi="private")
    defm(mo, "include?", lambda vm, k, a, b: a[0] in ancestors(vm, k) and a[0] is not k and a[0].is_module, 1)
    defm(mo, "included_modules", lambda vm, k, a, b: vm.ary_new([m for m in ancestors(vm, k) if m.is_module]), 0)

    def m_instance_methods(vm, k, a, b, visis=("public", "protected")):
        inherit = not a or vm.truthy(a[0])
        out = []
        seen = set()
        c = k
        while c is not None:
            for name, me in c.m_tbl.items():
                if name in seen:
                    continue
                seen.add(name)
                if me.type != "undef" and me.visi in visis:
                    out.append(intern(name))
            if not inherit and c is not k and c is k.origin or (not inherit and c is k.origin):
                break
            c = c.superclass
            if not inherit and c is not None and c.TTYPE == "T_ICLASS" and c is not k.origin:
                break
            if c is vm.cObject and not k.is_module and k is not vm.cObject and inherit and False:
                break
        return vm.ary_new(out)
    defm(mo, "instance_methods", m_instance_methods, -1)
    defm(mo, "public_instance_methods", lambda vm, k, a, b: m_instance_methods(vm, k, a, b, ("public",)), -1)
    defm(mo, "private_instance_methods", lambda vm, k, a, b: m_instance_methods(vm, k, a, b, ("private",)), -1)
    defm(mo, "protected_instance_methods", lambda vm, k, a, b: m_instance_methods(vm, k, a, b, ("protected",)), -1)

    def defined_p(visis):
        def f(vm, k, a, b):
            me, _ = M.lookup(k, _name(vm, a[0]))
            return me is not None and me.visi in visis
        return f
    defm(mo, "method_defined?", defined_p(("public", "protected")), -2)
    defm(mo, "public_method_defined?", defined_p(("public",)), -2)
    defm(mo, "private_method_defined?", defined_p(("private",)), -2)
    defm(mo, "protected_method_defined?", defined_p(("protected",)), -2)

    def m_instance_method(vm, k, a, b):
        name = _name(vm, a[0])
        me, defined = M.lookup(k, name)
        if me is None:
            vm.name_error(f"undefined method `{name}' for {'module' if k.is_module else 'class'} `{mod_name(vm, k)}'", name, k)
        me, defined = resolve_zsuper(me, defined)
        return RMethodObj(vm.cUnboundMethod, None, me, name, False, defined)
    defm(mo, "instance_method", m_instance_method, 1)
    defm(mo, "public_instance_method", m_instance_method, 1)

    def attr(kind):
        def f(vm, k, a, b):
            out = []
            fr = caller_frame(vm)
            visi = fr.cref.visi if fr is not None and fr.cref is not None and fr.cref.klass is k and fr.type == "CLASS" else "public"
            for n in a:
                name = _name(vm, n)
                if kind in ("reader", "accessor"):
                    me = MethodEntry("ivar", name, k, visi, "@" + name, 0)
                    add_method(vm, k, name, me)
                    method_added(vm, k, name)
                    out.append(intern(name))
                if kind in ("writer", "accessor"):
                    me = MethodEntry("attrset", name + "=", k, visi, "@" + name, 1)
                    add_method(vm, k, name + "=", me)
                    method_added(vm, k, name + "=")
                    out.append(intern(name + "="))
            return vm.ary_new(out)
        return f
    defm(mo, "attr_reader", attr("reader"), -1)
    defm(mo, "attr_writer", attr("writer"), -1)
    defm(mo, "attr_accessor", attr("accessor"), -1)
    defm(mo, "attr", attr("reader"), -1)

    def m_define_method(vm, k, a, b):
        if not a:
            vm.wrong_args(0, 1, 2)
        name = _name(vm, a[0])
        if len(a) > 1:
            body = a[1]
        elif b is not None:
            body = vm.proc_from_block(b)
            if not body.is_lambda:
                nb = _copy_block(b)
                nb.is_lambda = True
                body = RProc(vm.cProc, nb, True)
        else:
            vm.arg_error("tried to create Proc object without a block")
        fr = caller_frame(vm)
        visi = "public"
        if fr is not None and fr.cref is not None and fr.cref.klass is k and fr.type == "CLASS":
            visi = fr.cref.visi
        return define_method_with(vm, k, name, body, visi)
    defm(mo, "define_method", m_define_method, -1)

    def m_alias_method(vm, k, a, b):
        alias_method(vm, k, _name(vm, a[0]), _name(vm, a[1]))
        return intern(_name(vm, a[0]))
    defm(mo, "alias_method", m_alias_method, 2)

    def m_remove_method(vm, k, a, b):
        for n in a:
            name = _name(vm, n)
            if name not in k.origin.m_tbl or k.origin.m_tbl[name].type == "undef":
                vm.name_error(f"method `{name}' not defined in {mod_name(vm, k)}", name, k)
            del k.origin.m_tbl[name]
            STATE.invalidate()
            _hook(vm, k, "method_removed", name)
        return k
    defm(mo, "remove_method", m_remove_method, -1)

    def m_undef_method(vm, k, a, b):
        for n in a:
            undef_method(vm, k, _name(vm, n))
        return k
    defm(mo, "undef_method", m_undef_method, -1)

    def visi_fn(visi):
        def f(vm, k, a, b):
            return _visi_set(vm, k, a, visi, caller_frame(vm))
        return f
    defm(mo, "public", visi_fn("public"), -1, visi="private")
    defm(mo, "private", visi_fn("private"), -1, visi="private")
    defm(mo, "protected", visi_fn("protected"), -1, visi="private")

    def m_module_function(vm, k, a, b):
        if not a:
            fr = caller_frame(vm)
            if fr is not None:
                fr.cref.visi = "private"
                fr.cref.module_func = True
            return None
        for n in a:
            name = _name(vm, n)
            me, _ = M.lookup(k, name)
            sme = M.resolve_alias(me).copy()
            sme.visi = "public"
            add_method(vm, vm.singleton_class(k), name, sme)
            me2 = me.copy()
            me2.visi = "private"
            k.origin.m_tbl[name] = me2
        STATE.invalidate()
        return None
    defm(mo, "module_function", m_module_function, -1, visi="private")

    def m_private_class_method(visi):
        def f(vm, k, a, b):
            _visi_set(vm, vm.singleton_class(k), a, visi, None)
            return None
        return f
    defm(mo, "private_class_method", m_private_class_method("private"), -1)
    defm(mo, "public_class_method", m_private_class_method("public"), -1)

    def m_private_constant(vm, k, a, b):
        for n in a:
            k.private_consts.add(_name(vm, n))
        vm.const_serial += 1
        return None
    defm(mo, "private_constant", m_private_constant, -1)
    defm(mo, "public_constant", lambda vm, k, a, b: [k.private_consts.discard(_name(vm, n)) for n in a] and None, -1)

    def m_const_get(vm, k, a, b):
        name = _name(vm, a[0])
        cur = k
        for part in name.split("::"):
            if part == "":
                cur = vm.cObject
                continue
            r = const_search(vm, cur, part)
            if r is _NO and cur.is_module:
                r = const_search(vm, vm.cObject, part)
            if r is _NO:
                r = vm.call_method(cur, "const_missing", [intern(part)])
            cur = r
        return cur
    defm(mo, "const_get", m_const_get, -2)

    def m_const_set(vm, k, a, b):
        name = _name(vm, a[0])
        if not name[:1].isupper():
            vm.name_error(f"wrong constant name {name}", name, k)
        const_set(vm, k, name, a[1])
        return a[1]
    defm(mo, "const_set", m_const_set, 2)

    def m_const_defined(vm, k, a, b):
        name = _name(vm, a[0])
        if len(a) > 1 and not vm.truthy(a[1]):
            # inherit = false: the module's own table only
            if "::" not in name:
                return name in k.const_tbl
        r = const_search(vm, k, name)
        if r is _NO and k.is_module:
            r = const_search(vm, vm.cObject, name)
        return r is not _NO
    defm(mo, "const_defined?", m_const_defined, -2)

    def m_constants(vm, k, a, b):
        inherit = not a or vm.truthy(a[0])
        out = []
        c = k
        while c is not None:
            if c is vm.cObject and k is not vm.cObject:
                break
            for n in c.const_tbl:
                if n not in c.private_consts and intern(n) not in out:
                    out.append(intern(n))
            if not inherit:
                break
            c = c.superclass
        return vm.ary_new(out)
    defm(mo, "constants", m_constants, -1)

    def m_const_missing(vm, k, a, b):
        name = _name(vm, a[0])
        full = name if k is vm.cObject else f"{mod_name(vm, k)}::{name}"
        vm.frames.pop()    # reported at the caller, as CRuby's rb_const_missing
        try:
            vm.name_error(f"uninitialized constant {full}", name, k)
        finally:
            pass
    defm(mo, "const_missing", m_const_missing, 1)

    def m_remove_const(vm, k, a, b):
        name = _name(vm, a[0])
        v = k.const_tbl.pop(name, None)
        vm.const_serial += 1
        return v
    defm(mo, "remove_const", m_remove_const, 1, visi="private")

    def m_cvar_get(vm, k, a, b):
        from .core_module import cvar_get
        return cvar_get(vm, k, _name(vm, a[0]))
    defm(mo, "class_variable_get", m_cvar_get, 1)

    def m_cvar_set(vm, k, a, b):
        from .core_module import cvar_set
        cvar_set(vm, k, _name(vm, a[0]), a[1])
        return a[1]
    defm(mo, "class_variable_set", m_cvar_set, 2)
    defm(mo, "class_variable_defined?", lambda vm, k, a, b: cvar_lookup(vm, k, _name(vm, a[0])) is not None, 1)

    def m_cvars(vm, k, a, b):
        out = []
        c = k
        while c is not None:
            for n in c.cvar_tbl:
                if intern(n) not in out:
                    out.append(intern(n))
            c = c.superclass
        return vm.ary_new(out)
    defm(mo, "class_variables", m_cvars, -1)

    def m_remove_cvar(vm, k, a, b):
        # cf. rb_mod_remove_cvar
        name = _name(vm, a[0])
        if name in k.cvar_tbl:
            return k.cvar_tbl.pop(name)
        if cvar_lookup(vm, k, name) is not None:
            vm.name_error(f"cannot remove {name} for {mod_name(vm, k)}", name, k)
        vm.name_error(f"class variable {name} not defined for {mod_name(vm, k)}", name, k)
    defm(mo, "remove_class_variable", m_remove_cvar, 1)

    def m_const_source_location(vm, k, a, b):
        # cf. rb_mod_const_source_location: where the constant was (last) set
        name = _name(vm, a[0])
        inherit = len(a) < 2 or vm.truthy(a[1])
        c = k
        while c is not None:
            owner = c.module if c.TTYPE == "T_ICLASS" else c
            if name in owner.const_tbl:
                loc = vm.const_lines.get((id(owner), name))
                if loc is None:
                    return vm.ary_new()
                return vm.ary_new([vm.str_new(loc[0]), loc[1]])
            if not inherit:
                break
            c = c.superclass
        if k.is_module and inherit and name in vm.cObject.const_tbl:
            loc = vm.const_lines.get((id(vm.cObject), name))
            return vm.ary_new([vm.str_new(loc[0]), loc[1]]) if loc else vm.ary_new()
        return None
    defm(mo, "const_source_location", m_const_source_location, -2)

    def m_eqq(vm, k, a, b):
        return vm.is_kind_of(a[0], k)
    defm(mo, "===", m_eqq, 1)
    defm(mo, "==", lambda vm, k, a, b: k is a[0], 1)

    def m_lt(vm, k, a, b):
        o = a[0]
        if not isinstance(o, RClass):
            vm.type_error("compared with non class/module")
        if k is o:
            return False
        if o in ancestors(vm, k):
            return True
        if k in ancestors(vm, o):
            return False
        return None
    defm(mo, "<", m_lt, 1)

    def m_cmp(vm, k, a, b):
        # cf. rb_mod_cmp
        o = a[0]
        if k is o:
            return 0
        if not isinstance(o, RClass):
            return None
        r = m_lt(vm, k, [o], None)
        return None if r is None else (-1 if r else 1)
    defm(mo, "<=>", m_cmp, 1)
    defm(mo, "<=", lambda vm, k, a, b: True if k is a[0] else m_lt(vm, k, a, b), 1)
    defm(mo, ">", lambda vm, k, a, b: m_lt(vm, a[0], [k], b), 1)
    defm(mo, ">=", lambda vm, k, a, b: True if k is a[0] else m_lt(vm, a[0], [k], b), 1)

    def m_module_eval(vm, k, a, b):
        if b is None:
            if not a or len(a) > 3:
                vm.wrong_args(len(a), 1, 3)
            from .core_binding import eval_under
            return eval_under(vm, k, k, a)
        cref = Cref(k, b.cref)
        cref.pushed_by_eval = True
        return vm.yield_block(b, [k], self_=k, cref=cref)
    defm(mo, "module_eval", m_module_eval, -1)
    defm(mo, "class_eval", m_module_eval, -1)

    def m_class_exec(vm, k, a, b):
        cref = Cref(k, b.cref)
        cref.pushed_by_eval = True
        return vm.yield_block(b, list(a), self_=k, cref=cref)
    defm(mo, "class_exec", m_class_exec, -1)
    defm(mo, "module_exec", m_class_exec, -1)
    defm(mo, "freeze", lambda vm, k, a, b: (setattr(k, "flags", k.flags | FL_FROZEN), k)[1], 0)
    defm(mo, "hash", lambda vm, k, a, b: id(k) >> 4, 0)

    def m_module_initialize(vm, k, a, b):
        if b is not None:
            cref = Cref(k, b.cref)
            cref.pushed_by_eval = True
            vm.yield_block(b, [k], self_=k, cref=cref)
        return None
    defm(mo, "initialize", m_module_initialize, 0, visi="private")

    def m_instance_variable_names(vm, k, a, b):
        return vm.ary_new([intern(n) for n in (k.ivars or {}) if n.startswith("@")])

    # Class
    def c_new(vm, k, a, b, kw=None):
        if k.is_singleton:
            vm.type_error("can't create instance of singleton class")
        alloc = k.allocator
        if alloc is None:
            vm.raise_no_method(k, "new", a, 0)
        obj = alloc(vm, k)
        frames = vm.frames
        cf = frames[-1]
        me, defined = M.lookup(vm.class_of(obj), "initialize")
        if me is not None and me.type == "iseq" and cf.__class__ is Frame and \
                cf.iseq is None and not vm.events.on:
            # a Ruby initialize runs in place of this C frame, which then answers obj
            # (no nested loop; cf. rb_class_new_instance calling initialize)
            nf = NewFrame(cf.type, None, None, cf.self, None, None, cf.me, cf.bp, cf.mid,
                          cf.block)
            nf.obj = obj
            frames[-1] = nf
            return vm.call_me(nf, obj, me, defined, "initialize", list(a), kw, b)
        vm.call_method(obj, "initialize", a, b, kw=kw)
        return obj
    defm(cl, "new", c_new, -1, kw=True)

    def c_subclasses(vm, k, a, b):
        # rb_class_subclasses: the direct subclasses, newest first, no singleton classes
        return vm.ary_new([c for c in reversed(k.subclasses)
                           if not c.is_singleton and c.TTYPE != "T_ICLASS"])
    defm(cl, "subclasses", c_subclasses, 0)

    def c_allocate(vm, k, a, b):
        if k.allocator is None:
            vm.type_error(f"allocator undefined for {mod_name(vm, k)}")
        return k.allocator(vm, k)
    defm(cl, "allocate", c_allocate, 0)

    def c_superclass(vm, k, a, b):
        s = k.superclass
        while s is not None and (s.TTYPE == "T_ICLASS"):
            s = s.superclass
        return s
    defm(cl, "superclass", c_superclass, 0)

    def c_initialize(vm, k, a, b):
        sup = a[0] if a else vm.cObject
        if not isinstance(sup, RClass) or sup.is_module:
            vm.type_error(f"superclass must be an instance of Class (given an instance of {vm.real_class(sup).name})")
        k.superclass = sup
        k.allocator = sup.allocator
        sup.subclasses.append(k)
        make_metaclass(vm, k)
        inherited(vm, sup, k)
        if b is not None:
            cref = Cref(k, b.cref)
            cref.pushed_by_eval = True
            vm.yield_block(b, [k], self_=k, cref=cref)
        return None
    defm(cl, "initialize", c_initialize, -1, visi="private")
    cl.allocator = lambda vm, k: RClass(k, None, None)
    defm(cl, "class", lambda vm, k, a, b: vm.real_class(k), 0)
    defm(mo, "singleton_class?", lambda vm, k, a, b: k.is_singleton, 0)

    def m_instance_methods_false(vm, k, a, b):
        pass


def new_instance_frame(vm, k, me_new, args, cd):
    """Class#new's common case, as a call site's cache hit runs it (cf. rb_class_new_instance
    and vm_call0 pushing initialize): a class whose initialize is an iseq method taking exactly
    these leading arguments. Pushes the CFUNC frame of `new` (a NewFrame: it answers the object
    when initialize leaves) and initialize's METHOD frame, and returns that frame; None when
    c_new must run as a cfunc. Caller: pc set, no keywords, no block, events off."""
    aux = cd.cc_aux             # the call site's cache of initialize (class, serial, facts)
    if aux is not None and aux[0] is k and aux[1] == STATE.serial:
        me, defined, fast = aux[2]
    else:
        if k.__class__ is not RClass or k.is_singleton or k.is_module or k.allocator is None:
            return None
        me, defined = M.lookup(k, "initialize")
        fast = simple_iseq(me)
        cd.cc_aux = (k, STATE.serial, (me, defined, fast))
    if fast is None or fast[4] != len(args):
        return None
    frames = vm.frames
    if len(frames) + 2 > MAX_FRAMES:
        return None
    obj = k.allocator(vm, k)
    st = vm.stack
    cf = NewFrame(CFUNC, None, None, k, None, None, me_new, len(st), "new", None)
    cf.obj = obj
    iseq, code, size, base, _ = fast
    env = Env(size, None, iseq, None, me, defined)
    l = env.l
    for a in args:
        l[base] = a
        base -= 1
    nf = Frame(METHOD, iseq, code, obj, env, me.cref, me, len(st), "initialize")
    if me.internal:
        nf.internal = True
    frames.append(cf)
    frames.append(nf)
    return nf


def _hook(vm, k, hook, name):
    if k.is_singleton:
        return
    me, _ = M.lookup(vm.class_of(k), hook)
    if me is not None and me.type != "cfunc":
        vm.call_method(k, hook, [intern(name)])


def _copy_block(b):
    from .objects import Block
    nb = Block(b.iseq, b.self, b.ep, b.cref)
    nb.sym = b.sym
    nb.pyfunc = b.pyfunc
    return nb


def alias_method(vm, k, new, old):
    me, defined = M.search_method(k, old)
    if (me is None or me.type == "undef") and k.is_module:
        me, defined = M.search_method(vm.cObject, old)
    if me is None or me.type == "undef":
        kind = "module" if k.is_module else "class"
        vm.name_error(f"undefined method `{old}' for {kind} `{mod_name(vm, k)}'", old, k)
    target = M.resolve_alias(me)
    if target.type == "zsuper":
        target = M.lookup(defined.superclass, old)[0]
    nme = target.copy()
    nme.mid = new
    nme.original_id = target.original_id
    nme.owner = k
    nme.defined_class = target.defined_class
    k.origin.m_tbl[new] = nme
    if k in (vm.cInteger, vm.cFloat, vm.cString, vm.cArray, vm.cHash):
        vm.redefined = True
    STATE.invalidate()
    method_added(vm, k, new)


def undef_method(vm, k, name):
    me, _ = M.lookup(k, name)
    if me is None:
        kind = "module" if k.is_module else "class"
        vm.name_error(f"undefined method `{name}' for {kind} `{mod_name(vm, k)}'", name, k)
    k.origin.m_tbl[name] = MethodEntry("undef", name, k, "public", None)
    STATE.invalidate()
    _hook(vm, k, "method_undefined", name)
