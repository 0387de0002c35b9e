"""Module and Class: include/prepend/extend, constants, class variables, method definition
(cf. class.c, variable.c, vm_method.c, object.c rb_mod_*)."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm, make_metaclass, new_class
from .decode import decode
from .frame import RubyError
from .method import MethodEntry, STATE
from .objects import (FL_FROZEN, RArray, RBasic, RClass, RIClass, RModuleT, RProc, RString,
                      RSymbol, intern, Block, Cref)


# ---- the ancestry ---------------------------------------------------------------------------
def include_class_new(vm, module, sup):
    ic = RIClass(vm.cClass, sup)
    ic.module = module
    ic.m_tbl = module.origin.m_tbl if module.origin is not module else module.m_tbl
    ic.const_tbl = module.const_tbl
    ic.cvar_tbl = module.cvar_tbl
    ic.is_module = True
    # the module remembers its include classes, so a later include into it reaches them
    # (cf. RCLASS_SUBCLASSES of a module in rb_include_module)
    icl = getattr(module, "includer_cache", None)
    if icl is None:
        icl = module.includer_cache = []
    icl.append(ic)
    return ic


def ancestors(vm, klass):
    """rb_mod_ancestors: a class with an origin (it has prepends) shows at its origin."""
    out = []
    k = klass
    while k is not None:
        if k.TTYPE == "T_ICLASS":
            out.append(k.module)
        elif k.origin is k:
            out.append(k)
        k = k.superclass
    return out


def _is_origin(k):
    return k.module is not None and k.module.origin is k


def _module_chain(module):
    """The modules an include of `module` brings: module, then what it includes."""
    chain = []
    m = module
    while m is not None:
        if m.TTYPE == "T_ICLASS":
            if not _is_origin(m):
                chain.append(m.module)
        elif m.origin is m or m is module:
            chain.append(m)
        m = m.superclass
    return chain


def include_module(vm, klass, module):
    """rb_include_module: insert include classes for module and the modules it includes,
    skipping any already in klass's chain; a module's own includers see it too."""
    if not isinstance(module, RClass) or not module.is_module:
        vm.type_error(f"wrong argument type {vm.real_class(module).name} (expected Module)")
    if module is klass:
        vm.arg_error("cyclic include detected")
    changed = include_modules_at(vm, klass, klass.origin, module)
    if klass.is_module:
        for ic in list(getattr(klass, "includer_cache", None) or ()):
            k = ic
            while k is not None:
                if k.TTYPE == "T_ICLASS" and k.module is module:
                    break
                k = k.superclass
            else:
                include_modules_at(vm, ic, ic, module)
    STATE.invalidate()
    vm.const_serial += 1
    return changed


def include_modules_at(vm, klass, c, module):
    """include_modules_at: insert after c, skipping modules already in klass's superclasses."""
    changed = False
    for mod in _module_chain(module):
        found = False
        k = klass.superclass
        while k is not None:
            if k.TTYPE == "T_ICLASS" and k.module is mod:
                found = True
                break
            k = k.superclass
        if found:
            # continue inserting after it
            c = k
            continue
        ic = include_class_new(vm, mod, c.superclass)
        c.superclass = ic
        c = ic
        changed = True
    return changed


def ensure_origin(vm, klass):
    if klass.origin is klass:
        origin = RIClass(vm.cClass, klass.superclass)
        origin.module = klass
        origin.m_tbl = klass.m_tbl
        origin.is_module = klass.is_module
        origin.const_tbl = klass.const_tbl
        klass.m_tbl = {}
        klass.origin = origin
        klass.superclass = origin
    return klass.origin


def prepend_module(vm, klass, module):
    origin = ensure_origin(vm, klass)
    # already prepended?
    k = klass.superclass
    while k is not origin:
        if k.TTYPE == "T_ICLASS" and k.module is module:
            return False
        k = k.superclass
    chain = []
    m = module
    while m is not None:
        if m.TTYPE == "T_ICLASS":
            if not _is_origin(m):
                chain.append(m.module)
        else:
            chain.append(m)
        m = m.superclass
    c = klass
    for mod in chain:
        ic = include_class_new(vm, mod, c.superclass)
        c.superclass = ic
        c = ic
    STATE.invalidate()
    return True


# ---- constants ------------------------------------------------------------------------------
def const_lookup(vm, cref, name):
    """vm_get_ev_const with a nil base: lexical scopes, then the ancestors, then Object.
    Crefs pushed by instance_eval/class_eval with a block do not count."""
    while cref.pushed_by_eval and cref.next is not None:
        cref = cref.next
    c = cref
    while c is not None and c.next is not None:
        k = c.klass
        if not c.pushed_by_eval:
            v = k.const_tbl.get(name, _NO)
            if v is not _NO:
                return _autoload(vm, k, name, v)
        c = c.next
    k = cref.klass
    if k.is_singleton and False:
        k = k.attached
    r = const_search(vm, k, name)
    if r is not _NO:
        return r
    if k.is_module:
        r = const_search(vm, vm.cObject, name)
        if r is not _NO:
            return r
    return const_missing(vm, cref.klass if not cref.klass.is_singleton else cref.klass, name)


_NO = object()


def _autoload(vm, k, name, v):
    return v


def const_search(vm, klass, name, exclude_object=False):
    k = klass
    while k is not None:
        if exclude_object and k is vm.cObject and klass is not vm.cObject:
            break
        v = k.const_tbl.get(name, _NO)
        if v is not _NO:
            return v
        k = k.superclass
    return _NO


def const_missing(vm, klass, name):
    return vm.call_method(klass, "const_missing", [intern(name)])


def const_get_from(vm, klass, name, exclude_object=False):
    if not isinstance(klass, RClass):
        from .core_object import inspect
        vm.type_error(f"{inspect(vm, klass)} is not a class/module")
    r = const_search(vm, klass, name, exclude_object)
    if r is not _NO:
        owner = klass
        if name in _private_consts(klass):
            vm.name_error(f"private constant {mod_name(vm, klass)}::{name} referenced", name,
                          klass)
        return r
    return const_missing(vm, klass, name)


def _private_consts(klass):
    out = set()
    k = klass
    while k is not None:
        if k.TTYPE != "T_ICLASS":
            out |= k.private_consts
        k = k.superclass
    return out


def const_set(vm, cbase, name, val):
    if not isinstance(cbase, RClass):
        from .core_object import inspect
        vm.type_error(f"{inspect(vm, cbase)} is not a class/module")
    key = (id(cbase), name)
    f = vm.frames[-1] if vm.frames else None
    here = (f.iseq.path, vm.frame_line(f)) if f is not None and f.iseq is not None else None
    if name in cbase.const_tbl:
        prefix = (mod_name(vm, cbase) + "::") if cbase is not vm.cObject else ""
        if here:
            vm.warn(f"{here[0]}:{here[1]}: warning: already initialized constant {prefix}{name}")
        prev = vm.const_lines.get(key)
        if prev:
            vm.warn(f"{prev[0]}:{prev[1]}: warning: previous definition of {name} was here")
    cbase.const_tbl[name] = val
    if here:
        vm.const_lines[key] = here
    if isinstance(val, RClass) and val.name is None:
        val.name = name if cbase is vm.cObject else f"{mod_name(vm, cbase)}::{name}"
        val.lexical_parent = cbase
    vm.const_serial += 1


def mod_name(vm, k):
    if k.name is not None:
        return k.name
    if k.is_singleton:
        from .core_object import inspect
        return f"#<Class:{inspect(vm, k.attached)}>"
    return None


# ---- class variables ------------------------------------------------------------------------
def cvar_lookup(vm, klass, name):
    k = klass
    while k is not None:
        if name in k.cvar_tbl:
            return k
        k = k.superclass
    return None


def cvar_get(vm, klass, name):
    k = cvar_lookup(vm, klass, name)
    if k is None:
        kn = mod_name(vm, klass)
        e = vm.make_exc(vm.eNameError, f"uninitialized class variable {name} in {kn}")
        e.ivars["name"] = intern(name)
        e.ivars["recv"] = klass
        vm.raise_exc(e)
    return k.cvar_tbl[name]


def cvar_set(vm, klass, name, v):
    k = cvar_lookup(vm, klass, name)
    (k or klass).cvar_tbl[name] = v


# ---- definitions ----------------------------------------------------------------------------
def define_class_under(vm, f, cbase, name, sup, flags):
    has_super = flags & 0x10
    if has_super and not isinstance(sup, RClass) or has_super and sup.is_module:
        vm.type_error("superclass must be an instance of Class (given an instance of "
                      f"{vm.real_class(sup).name})")
    if has_super and sup.is_singleton:
        vm.type_error("can't make subclass of singleton class")
    if has_super and sup is vm.cClass:
        vm.type_error("can't make subclass of Class")
    existing = cbase.const_tbl.get(name, _NO)
    if existing is _NO and cbase is vm.cObject and not flags & 0x08:
        existing = const_search(vm, vm.cObject, name)
    if existing is not _NO:
        if not isinstance(existing, RClass) or existing.is_module:
            vm.type_error(f"{name} is not a class")
        if has_super and real_super(existing) is not sup:
            vm.type_error(f"superclass mismatch for class {name}")
        return existing
    k = new_class(vm, None, sup if has_super else vm.cObject)
    const_set(vm, cbase, name, k)
    inherited(vm, k.superclass, k)
    return k


def real_super(k):
    s = k.superclass
    while s is not None and (s.TTYPE == "T_ICLASS"):
        s = s.superclass
    return s


def inherited(vm, sup, k):
    me, _ = M.lookup(vm.class_of(sup), "inherited")
    if me is not None and me.type != "cfunc":
        vm.call_method(sup, "inherited", [k])


def define_module_under(vm, f, cbase, name, flags):
    existing = cbase.const_tbl.get(name, _NO)
    if existing is _NO and cbase is vm.cObject:
        existing = const_search(vm, vm.cObject, name)
    if existing is not _NO:
        if not isinstance(existing, RClass) or not existing.is_module:
            vm.type_error(f"{name} is not a module")
        return existing
    m = RModuleT(vm.cModule, None, None, is_module=True)
    const_set(vm, cbase, name, m)
    return m


def add_method(vm, klass, name, me):
    """rb_add_method: into the origin's table; invalidate caches; method_added hooks."""
    target = klass.origin
    old = target.m_tbl.get(name)
    target.m_tbl[name] = me
    me.owner = klass
    me.defined_class = klass
    if klass in (vm.cInteger, vm.cFloat, vm.cString, vm.cArray, vm.cHash, vm.cSymbol,
                 vm.cNilClass, vm.cTrueClass, vm.cFalseClass, vm.cBasicObject,
                 vm.cObject, vm.mKernel, vm.mComparable) and \
            name in ("+", "-", "*", "/", "%", "<", "<=", ">", ">=", "==", "!=", "<<", "[]",
                     "[]=", "length", "size", "empty?", "succ", "!", "===", "=~", "nil?",
                     "&", "|", "eql?", "hash", "to_s"):
        vm.redefined = True
    STATE.invalidate()


def method_added(vm, klass, name):
    if klass.is_singleton:
        obj = klass.attached
        me, _ = M.lookup(vm.class_of(obj), "singleton_method_added")
        if me is not None and me.type != "cfunc":
            vm.call_method(obj, "singleton_method_added", [intern(name)])
    else:
        me, _ = M.lookup(vm.class_of(klass), "method_added")
        if me is not None and me.type != "cfunc":
            vm.call_method(klass, "method_added", [intern(name)])


def define_iseq_method(vm, f, obj, name, iseq):
    """vm_define_method: def (in the cref class, with its default visibility) or def obj.x."""
    code = decode(vm, iseq)
    if obj is not None:
        klass = vm.singleton_class(obj)
        visi = "public"
        cref = f.cref
    else:
        cref = f.cref
        klass = cref.klass
        visi = cref.visi if _scope_visi_applies(vm, f) else "public"
        if name in ("initialize", "initialize_copy", "initialize_clone", "initialize_dup",
                    "respond_to_missing?"):
            visi = "private"
    me = MethodEntry("iseq", name, klass, visi, (iseq, code), cref=cref)
    if obj is None and cref.module_func and _scope_visi_applies(vm, f):
        me.visi = "private"
        add_method(vm, klass, name, me)
        sme = MethodEntry("iseq", name, vm.singleton_class(klass), "public", (iseq, code),
                          cref=cref)
        add_method(vm, vm.singleton_class(klass), name, sme)
    else:
        add_method(vm, klass, name, me)
    if vm.loading_prelude:
        me.internal = True
    method_added(vm, klass, name)


def _scope_visi_applies(vm, f):
    return f.type in ("CLASS", "TOP", "MAIN", "EVAL") or (f.type == "BLOCK" and f.cref is not None and f.cref.pushed_by_eval)


def define_method_with(vm, klass, name, body, visi=None):
    """Module#define_method: a bmethod from a Proc/block, or a copy of a Method's entry."""
    from .objects import RMethodObj
    if visi is None:
        visi = "public"
    if isinstance(body, RProc):
        me = MethodEntry("bmethod", name, klass, visi, body)
    elif isinstance(body, RMethodObj):
        # cf. rb_mod_define_method: a method of a class binds only into its subclasses
        o = body.me.owner
        while o.TTYPE == "T_ICLASS":
            o = o.module
        if not o.is_module and not (klass is o or _inherits(klass, o)):
            if o.is_singleton:
                vm.type_error("can't bind singleton method to a different class")
            vm.type_error(f"bind argument must be a subclass of {mod_name(vm, o)}")
        me = body.me.copy()
        me.mid = name
        me.visi = visi
    else:
        vm.type_error(f"wrong argument type {vm.real_class(body).name} (expected Proc/Method/UnboundMethod)")
    add_method(vm, klass, name, me)
    method_added(vm, klass, name)
    return intern(name)


def _inherits(klass, sup):
    k = klass.superclass
    while k is not None:
        if k is sup:
            return True
        k = k.superclass
    return False


def init(vm):
    from .core_module_methods import init_methods
    init_methods(vm)
