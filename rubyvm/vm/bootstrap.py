"""Init_class_hierarchy and the core classes (cf. class.c, object.c Init_Object, error.c)."""
from __future__ import annotations

from .method import MethodEntry, STATE
from .objects import Cref, Env, RClass, RModuleT, RObject, RSingletonClass


def make_metaclass(vm, klass):
    """rb_make_metaclass: a class's singleton class, whose super is the super's metaclass."""
    if klass.klass is not None and klass.klass.is_singleton and klass.klass.attached is klass:
        return klass.klass
    if isinstance(klass, RModuleT):
        sup = vm.cModule
    elif klass.superclass is None:
        sup = vm.cClass
    else:
        s = klass.superclass
        while s.TTYPE == "T_ICLASS":
            s = s.superclass
        sup = make_metaclass(vm, s)
    meta = RSingletonClass(vm.cClass, sup)
    meta.is_singleton = True
    meta.attached = klass
    klass.klass = meta
    return meta


def new_class(vm, name, sup, under=None, meta=True):
    k = RClass(vm.cClass if hasattr(vm, "cClass") else None, sup, name)
    if sup is not None:
        k.allocator = sup.allocator
        sup.subclasses.append(k)
    if meta and hasattr(vm, "cClass"):
        make_metaclass(vm, k)
    if name and under is not None:
        under.const_tbl[name.split("::")[-1]] = k
    return k


def new_module(vm, name, under=None):
    m = RModuleT(vm.cModule, None, name, is_module=True)
    if name and under is not None:
        under.const_tbl[name.split("::")[-1]] = m
    return m


def defm(klass, name, fn, arity=-1, visi="public", kw=False):
    me = MethodEntry("cfunc", name, klass, visi, fn, arity, kw=kw)
    klass.origin.m_tbl[name] = me
    STATE.invalidate()
    return me


def defs(vm, obj, name, fn, arity=-1, kw=False):
    return defm(vm.singleton_class(obj), name, fn, arity, kw=kw)


def bootstrap(vm):
    vm.redefined = False
    bo = RClass(None, None, "BasicObject")
    ob = RClass(None, bo, "Object")
    mo = RClass(None, ob, "Module")
    cl = RClass(None, mo, "Class")
    for k in (bo, ob, mo, cl):
        k.klass = cl
    vm.cBasicObject, vm.cObject, vm.cModule, vm.cClass = bo, ob, mo, cl
    bo.subclasses.append(ob)
    ob.subclasses.append(mo)
    mo.subclasses.append(cl)
    for k in (bo, ob, mo, cl):
        ob.const_tbl[k.name] = k
    for k in (bo, ob, mo, cl):
        make_metaclass(vm, k)
    bo.allocator = lambda vm, k: RObject(k)
    for k in (ob,):
        k.allocator = bo.allocator
    mo.allocator = lambda vm, k: _alloc_module(vm, k)
    cl.allocator = None

    vm.singleton_class = lambda obj: singleton_class(vm, obj)
    from .core_module import include_module
    vm.mKernel = new_module(vm, "Kernel", ob)
    include_module(vm, ob, vm.mKernel)
    vm.mComparable = new_module(vm, "Comparable", ob)
    vm.mEnumerable = new_module(vm, "Enumerable", ob)

    def C(name, sup=None, under=None):
        return new_class(vm, name, sup or ob, under or ob)
    vm.cNilClass = C("NilClass")
    vm.cTrueClass = C("TrueClass")
    vm.cFalseClass = C("FalseClass")
    vm.cNumeric = C("Numeric")
    include_module(vm, vm.cNumeric, vm.mComparable)
    vm.cInteger = C("Integer", vm.cNumeric)
    vm.cFloat = C("Float", vm.cNumeric)
    vm.cRational = C("Rational", vm.cNumeric)
    vm.cComplex = C("Complex", vm.cNumeric)
    vm.cString = C("String")
    include_module(vm, vm.cString, vm.mComparable)
    vm.cSymbol = C("Symbol")
    include_module(vm, vm.cSymbol, vm.mComparable)
    vm.cArray = C("Array")
    include_module(vm, vm.cArray, vm.mEnumerable)
    vm.cHash = C("Hash")
    include_module(vm, vm.cHash, vm.mEnumerable)
    vm.cRange = C("Range")
    include_module(vm, vm.cRange, vm.mEnumerable)
    vm.cProc = C("Proc")
    vm.cMethod = C("Method")
    vm.cUnboundMethod = C("UnboundMethod")
    vm.cRegexp = C("Regexp")
    vm.cMatchData = C("MatchData")
    vm.cBinding = C("Binding")
    vm.cStruct = C("Struct")
    include_module(vm, vm.cStruct, vm.mEnumerable)
    vm.cEnumerator = C("Enumerator")
    include_module(vm, vm.cEnumerator, vm.mEnumerable)
    vm.cIO = C("IO")
    vm.cRandom = C("Random")
    vm.cTime = C("Time")
    vm.cEncoding = C("Encoding")
    vm.mMath = new_module(vm, "Math", ob)
    vm.mGC = new_module(vm, "GC", ob)
    vm.mObjectSpace = new_module(vm, "ObjectSpace", ob)
    vm.mProcess = new_module(vm, "Process", ob)
    vm.mSignal = new_module(vm, "Signal", ob)
    vm.cTracePoint = C("TracePoint")
    vm.cRubyVM = C("RubyVM")
    vm.cThread = C("Thread")
    vm.cData = None

    # exceptions (error.c Init_Exception)
    ex = vm.eException = C("Exception")
    E = {}

    def X(name, sup, under=None):
        k = new_class(vm, name, sup, under or ob)
        E[name] = k
        return k
    vm.eNoMemoryError = X("NoMemoryError", ex)
    vm.eScriptError = X("ScriptError", ex)
    vm.eLoadError = X("LoadError", vm.eScriptError)
    vm.eNotImplementedError = X("NotImplementedError", vm.eScriptError)
    vm.eSyntaxError = X("SyntaxError", vm.eScriptError)
    vm.eSecurityError = X("SecurityError", ex)
    vm.eSignalException = X("SignalException", ex)
    vm.eInterrupt = X("Interrupt", vm.eSignalException)
    vm.eSystemExit = X("SystemExit", ex)
    vm.eSystemStackError = X("SystemStackError", ex)
    se = vm.eStandardError = X("StandardError", ex)
    vm.eArgumentError = X("ArgumentError", se)
    vm.eUncaughtThrowError = X("UncaughtThrowError", vm.eArgumentError)
    vm.eEncodingError = X("EncodingError", se)
    vm.eFiberError = X("FiberError", se)
    vm.eIOError = X("IOError", se)
    vm.eEOFError = X("EOFError", vm.eIOError)
    vm.eIndexError = X("IndexError", se)
    vm.eKeyError = X("KeyError", vm.eIndexError)
    vm.eStopIteration = X("StopIteration", vm.eIndexError)
    vm.eClosedQueueError = X("ClosedQueueError", vm.eStopIteration)
    vm.eLocalJumpError = X("LocalJumpError", se)
    vm.eNameError = X("NameError", se)
    vm.eNoMethodError = X("NoMethodError", vm.eNameError)
    vm.eRangeError = X("RangeError", se)
    vm.eFloatDomainError = X("FloatDomainError", vm.eRangeError)
    vm.eRegexpError = X("RegexpError", se)
    vm.eRuntimeError = X("RuntimeError", se)
    vm.eFrozenError = X("FrozenError", vm.eRuntimeError)
    vm.eSystemCallError = X("SystemCallError", se)
    vm.mErrno = new_module(vm, "Errno", ob)
    vm.eENOENT = X("Errno::ENOENT", vm.eSystemCallError, vm.mErrno)
    vm.eThreadError = X("ThreadError", se)
    vm.eTypeError = X("TypeError", se)
    vm.eZeroDivisionError = X("ZeroDivisionError", se)
    vm.eMathDomainError = X("Math::DomainError", se, vm.mMath)  # math.c: < StandardError
    vm.eNoMatchingPatternError = X("NoMatchingPatternError", se)
    vm.eNoMatchingPatternKeyError = X("NoMatchingPatternKeyError", vm.eNoMatchingPatternError)

    # the main object and the top-level scope
    vm.top_self = RObject(ob)
    vm.top_cref = Cref(ob, None, "private")
    vm.vmcore = RObject(ob)

    from . import (core_array, core_exception, core_hash, core_kernel, core_module,
                   core_numeric, core_object, core_proc, core_range, core_regexp, core_string,
                   core_misc, core_rational)
    for mod in (core_object, core_module, core_kernel, core_exception, core_numeric,
                core_string, core_array, core_hash, core_range, core_regexp, core_proc,
                core_misc, core_rational):
        mod.init(vm)
    from . import core_lib
    core_lib.init(vm)
    from . import core_pack, core_symbol  # Array#pack (after core_array), Symbol
    core_pack.init_array(vm), core_symbol.init(vm)
    from . import core_tracepoint, core_iseq, core_ripper
    for mod in (core_tracepoint, core_iseq, core_ripper):
        mod.init(vm)
    from . import core_enum, core_enumerator, core_struct  # Enumerable helpers, Enumerator, Struct
    [m.init(vm) for m in (core_enum, core_enumerator, core_struct)]
    from .prelude import load_prelude
    load_prelude(vm)
    STATE.invalidate()


def _alloc_module(vm, k):
    m = RModuleT(k, None, None, is_module=True)
    return m


def singleton_class(vm, obj):
    """rb_singleton_class: create the object's singleton class on first use."""
    from .objects import RBasic
    if obj is None:
        return vm.cNilClass
    if obj is True:
        return vm.cTrueClass
    if obj is False:
        return vm.cFalseClass
    if not isinstance(obj, RBasic):
        vm.type_error("can't define singleton")
    k = obj.klass
    if k.is_singleton and k.attached is obj:
        return k
    if isinstance(obj, RClass) and not obj.is_module and obj.TTYPE != "T_ICLASS":
        return make_metaclass(vm, obj)
    s = RSingletonClass(vm.cClass, k)
    s.is_singleton = True
    s.attached = obj
    make_metaclass(vm, s) if False else None
    obj.klass = s
    STATE.invalidate()
    return s
