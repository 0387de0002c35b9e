"""The semantics of each YARV instruction, in one place, keyed by the instruction table's names
(cf. insns.def). A handler is `fn(vm, frame, ins)` with `ins` the decoded tuple
(handler, operands...); it returns None to go on in the same frame, or the frame to continue
in after a call or a return (the loop never recurses for Ruby-level calls).
"""
from __future__ import annotations

from .. import insns as table
from . import method as M
from .decode import (VM_CALL_ARGS_BLOCKARG, VM_CALL_ARGS_SPLAT, VM_CALL_FCALL, VM_CALL_KW_SPLAT,
                     VM_CALL_KWARG, VM_CALL_ZSUPER, decode)
from .frame import (BLOCK, CLASS, METHOD, NewFrame, TAG_BREAK, TAG_NEXT, TAG_REDO, TAG_RETRY,
                    TAG_RETURN,
                    Frame, RubyError, ThrowData)
from .method import MethodEntry
from .objects import (FL_FROZEN, Block, Cref, Env, RArray, RBasic, RClass, RHash, RObject,
                      RProc, RRange, RString, RSymbol, intern)
from .hash_table import bulk_insert, copy_table, size as hash_size
from .shared_string import str_resurrect
from .vm import _FINISHED, MAX_FRAMES

HANDLERS: dict = {}
_STATE = M.STATE        # the global method state the call caches check (never rebound)


def insn(name):
    table.get(name)        # the name must be one of the table's

    def deco(fn):
        HANDLERS[name] = fn
        return fn
    return deco


# ---- variables ------------------------------------------------------------------------------
@insn("nop")
def i_nop(vm, f, ins):
    pass


@insn("getlocal")
def i_getlocal(vm, f, ins):
    e = f.ep
    for _ in range(ins[2]):
        e = e.prev
    vm.stack.append(e.l[ins[1]])


@insn("setlocal")
def i_setlocal(vm, f, ins):
    e = f.ep
    for _ in range(ins[2]):
        e = e.prev
    e.l[ins[1]] = vm.stack.pop()


@insn("getlocal_WC_0")
def i_getlocal0(vm, f, ins):
    vm.stack.append(f.ep.l[ins[1]])


@insn("getlocal_WC_1")
def i_getlocal1(vm, f, ins):
    vm.stack.append(f.ep.prev.l[ins[1]])


@insn("setlocal_WC_0")
def i_setlocal0(vm, f, ins):
    f.ep.l[ins[1]] = vm.stack.pop()


@insn("setlocal_WC_1")
def i_setlocal1(vm, f, ins):
    f.ep.prev.l[ins[1]] = vm.stack.pop()


@insn("getblockparam")
def i_getblockparam(vm, f, ins):
    i_getlocal(vm, f, ins)


@insn("setblockparam")
def i_setblockparam(vm, f, ins):
    i_setlocal(vm, f, ins)


@insn("getblockparamproxy")
def i_getblockparamproxy(vm, f, ins):
    i_getlocal(vm, f, ins)


def svar_of(vm, f):
    e = vm.lep(f.ep)
    if e.svar is None:
        e.svar = {}
    return e.svar


@insn("getspecial")
def i_getspecial(vm, f, ins):
    key, typ = ins[1], ins[2]
    sv = svar_of(vm, f)
    if typ == 0:
        vm.stack.append(sv.get(key))
        return
    from .core_regexp import backref
    m = sv.get(1)
    vm.stack.append(backref(vm, m, typ))


@insn("setspecial")
def i_setspecial(vm, f, ins):
    svar_of(vm, f)[ins[1]] = vm.stack.pop()


@insn("getinstancevariable")
def i_getivar(vm, f, ins):
    s = f.self
    iv = s.ivars if isinstance(s, RBasic) else None
    vm.stack.append(iv.get(ins[1]) if iv else None)


@insn("setinstancevariable")
def i_setivar(vm, f, ins):
    s = f.self
    v = vm.stack.pop()
    if isinstance(s, RBasic) and not s.flags & FL_FROZEN:
        iv = s.ivars
        if iv is not None and ins[1] in iv:
            iv[ins[1]] = v
            return
    vm.ivar_set(s, ins[1], v)       # a new ivar (its index), frozen or special objects


def cvar_base(vm, f):
    c = f.cref
    while c is not None and (c.klass.is_singleton or c.pushed_by_eval) and c.next is not None:
        c = c.next
    k = c.klass
    if k.is_singleton:
        a = k.attached
        if isinstance(a, RClass):
            k = a
    return k


@insn("getclassvariable")
def i_getcvar(vm, f, ins):
    from .core_module import cvar_get
    vm.stack.append(cvar_get(vm, cvar_base(vm, f), ins[1]))


@insn("setclassvariable")
def i_setcvar(vm, f, ins):
    from .core_module import cvar_set
    cvar_set(vm, cvar_base(vm, f), ins[1], vm.stack.pop())


@insn("getconstant")
def i_getconstant(vm, f, ins):
    from .core_module import const_get_from, const_lookup
    allow_nil = vm.stack.pop()
    klass = vm.stack.pop()
    if klass is None and allow_nil:
        vm.stack.append(const_lookup(vm, f.cref, ins[1]))
    else:
        vm.stack.append(const_get_from(vm, klass, ins[1], exclude_object=True))


@insn("setconstant")
def i_setconstant(vm, f, ins):
    from .core_module import const_set
    cbase = vm.stack.pop()
    val = vm.stack.pop()
    const_set(vm, cbase, ins[1], val)


@insn("getglobal")
def i_getglobal(vm, f, ins):
    from .core_kernel import gvar_get
    vm.stack.append(gvar_get(vm, f, ins[1]))


@insn("setglobal")
def i_setglobal(vm, f, ins):
    from .core_kernel import gvar_set
    gvar_set(vm, f, ins[1], vm.stack.pop())


# ---- values ---------------------------------------------------------------------------------
@insn("putnil")
def i_putnil(vm, f, ins):
    vm.stack.append(None)


@insn("putself")
def i_putself(vm, f, ins):
    vm.stack.append(f.self)


@insn("putobject")
def i_putobject(vm, f, ins):
    vm.stack.append(ins[1])


@insn("putobject_INT2FIX_0_")
def i_put0(vm, f, ins):
    vm.stack.append(0)


@insn("putobject_INT2FIX_1_")
def i_put1(vm, f, ins):
    vm.stack.append(1)


@insn("putspecialobject")
def i_putspecialobject(vm, f, ins):
    t = ins[1]
    if t == 1:
        vm.stack.append(vm.vmcore)
    else:
        vm.stack.append(f.cref.klass)


@insn("putstring")
def i_putstring(vm, f, ins):
    # rb_ec_str_resurrect: a new String, sharing a long literal's buffer
    vm.stack.append(str_resurrect(vm, ins[1]))


@insn("concatstrings")
def i_concatstrings(vm, f, ins):
    n = ins[1]
    st = vm.stack
    parts = st[-n:]
    del st[-n:]
    st.append(RString(vm.cString, "".join(p.s for p in parts), _concat_encoding(parts)))


def _concat_encoding(parts):
    """rb_str_concat_literals: the first part's encoding; a later non-ASCII part brings its own
    while the result is still 7-bit; a US-ASCII result takes any other part's encoding
    (RString.binary: False = UTF-8, True = ASCII-8BIT, or a name)."""
    enc = parts[0].binary
    ascii = parts[0].s.isascii()
    for p in parts[1:]:
        pe = p.binary
        if pe != enc:
            if not p.s.isascii():
                if ascii:
                    enc = pe
            elif enc == "US-ASCII" and pe != "US-ASCII":
                enc = pe
        ascii = ascii and p.s.isascii()
    return enc


@insn("objtostring")
def i_objtostring(vm, f, ins):
    st = vm.stack
    v = st[-1]
    if type(v) is RString:
        return
    st.pop()
    return vm.send(f, v, "to_s", [], None, None, VM_CALL_FCALL, ins[1])


@insn("anytostring")
def i_anytostring(vm, f, ins):
    st = vm.stack
    s = st.pop()
    v = st.pop()
    if isinstance(s, RString):
        st.append(s)
    else:
        from .core_object import any_to_s
        st.append(vm.str_new(any_to_s(vm, v)))


@insn("toregexp")
def i_toregexp(vm, f, ins):
    from .core_regexp import regexp_new
    n = ins[2]
    st = vm.stack
    parts = st[-n:]
    del st[-n:]
    st.append(regexp_new(vm, "".join(p.s for p in parts), ins[1]))


@insn("intern")
def i_intern(vm, f, ins):
    vm.stack.append(intern(vm.stack.pop().s))


@insn("newarray")
def i_newarray(vm, f, ins):
    n = ins[1]
    st = vm.stack
    if n:
        a = st[-n:]
        del st[-n:]
    else:
        a = []
    st.append(RArray(vm.cArray, a))


@insn("newarraykwsplat")
def i_newarraykwsplat(vm, f, ins):
    n = ins[1]
    st = vm.stack
    a = st[-n:]
    del st[-n:]
    if a and isinstance(a[-1], RHash) and not hash_size(a[-1]):
        a.pop()
    st.append(RArray(vm.cArray, a))


@insn("duparray")
def i_duparray(vm, f, ins):
    vm.stack.append(RArray(vm.cArray, list(ins[1].a)))


@insn("duphash")
def i_duphash(vm, f, ins):
    # rb_hash_resurrect: a copy of the literal's table
    h = RHash(vm.cHash)
    h.tbl = copy_table(ins[1])
    vm.stack.append(h)


@insn("expandarray")
def i_expandarray(vm, f, ins):
    num, flag = ins[1], ins[2]
    st = vm.stack
    v = st.pop()
    if isinstance(v, RArray):
        a = v.a
    else:
        r = vm.call_method(v, "to_ary", [], check=False) if isinstance(v, RBasic) else None
        from .vm import _UNDEF
        a = r.a if isinstance(r, RArray) else [v]
    splat = flag & 1
    if not flag & 2:
        if splat:
            st.append(RArray(vm.cArray, list(a[num:])))
        ln = len(a)
        for i in range(num - 1, -1, -1):
            st.append(a[i] if i < ln else None)
    else:
        ln = len(a)
        i = 0
        if ln < num:
            for i in range(num - ln):
                st.append(None)
            i = num - ln
        j = 0
        while i < num:
            st.append(a[ln - j - 1])
            i += 1
            j += 1
        if splat:
            st.append(RArray(vm.cArray, list(a[:ln - j])))


@insn("concatarray")
def i_concatarray(vm, f, ins):
    st = vm.stack
    b = st.pop()
    a = st.pop()
    a1 = vm.splat(a)
    b1 = vm.splat(b)
    st.append(RArray(vm.cArray, a1.a + b1.a))


@insn("splatarray")
def i_splatarray(vm, f, ins):
    st = vm.stack
    v = st.pop()
    a = vm.splat(v)
    if ins[1] or a is v and False:
        a = RArray(vm.cArray, list(a.a))
    st.append(a)


@insn("newhash")
def i_newhash(vm, f, ins):
    n = ins[1]
    st = vm.stack
    h = RHash(vm.cHash)
    if n:
        kv = st[-n:]
        del st[-n:]
        bulk_insert(vm, h, kv)          # rb_hash_bulk_insert
    st.append(h)


@insn("newrange")
def i_newrange(vm, f, ins):
    st = vm.stack
    hi = st.pop()
    lo = st.pop()
    from .core_range import range_new
    st.append(range_new(vm, lo, hi, ins[1] == 1))


# ---- stack ----------------------------------------------------------------------------------
@insn("pop")
def i_pop(vm, f, ins):
    vm.stack.pop()


@insn("dup")
def i_dup(vm, f, ins):
    vm.stack.append(vm.stack[-1])


@insn("dupn")
def i_dupn(vm, f, ins):
    n = ins[1]
    vm.stack.extend(vm.stack[-n:])


@insn("swap")
def i_swap(vm, f, ins):
    st = vm.stack
    st[-1], st[-2] = st[-2], st[-1]


@insn("topn")
def i_topn(vm, f, ins):
    vm.stack.append(vm.stack[-1 - ins[1]])


@insn("setn")
def i_setn(vm, f, ins):
    vm.stack[-1 - ins[1]] = vm.stack[-1]


@insn("adjuststack")
def i_adjuststack(vm, f, ins):
    del vm.stack[-ins[1]:]


# ---- setting --------------------------------------------------------------------------------
@insn("defined")
def i_defined(vm, f, ins):
    from .core_kernel import defined_p
    op_type, obj, pushval = ins[1], ins[2], ins[3]
    if type(obj) is RSymbol:
        obj = obj.name          # the ID operand (ivar, gvar, method, constant name)
    v = vm.stack.pop()
    ok = defined_p(vm, f, op_type, obj, v)
    if ok:
        vm.stack.append(pushval if pushval is not None else True)
    else:
        vm.stack.append(None)


@insn("checkmatch")
def i_checkmatch(vm, f, ins):
    flag = ins[1]
    st = vm.stack
    pattern = st.pop()
    target = st.pop()
    typ = flag & 3
    pats = pattern.a if flag & 4 and isinstance(pattern, RArray) else [pattern]
    for p in pats:
        if typ == 1:
            if vm.truthy(p):
                st.append(True)
                return
            continue
        if typ == 3 and not isinstance(p, RClass):
            vm.type_error("class or module required for rescue clause")
        if typ == 3 and p.klass is not None and not p.klass.is_singleton or typ == 3 and \
                M.lookup(vm.class_of(p), "===")[0].owner is vm.cModule:
            if vm.is_kind_of(target, p):
                st.append(True)
                return
            continue
        if vm.truthy(vm.call_method(p, "===", [target])):
            st.append(True)
            return
    st.append(False)


@insn("checkkeyword")
def i_checkkeyword(vm, f, ins):
    bits = f.ep.l[ins[1]]
    idx = ins[2]
    vm.stack.append(not (type(bits) is int and bits & (1 << idx)))


_TYPE_CHECK = {
    0x05: lambda v: isinstance(v, RString),
    0x07: lambda v: isinstance(v, RArray),
    0x08: lambda v: isinstance(v, RHash),
    0x14: lambda v: type(v) is RSymbol,
    0x15: lambda v: type(v) is int,
    0x11: lambda v: v is None,
}


@insn("checktype")
def i_checktype(vm, f, ins):
    v = vm.stack.pop()
    vm.stack.append(_TYPE_CHECK.get(ins[1], lambda v: False)(v))


# ---- class/module ---------------------------------------------------------------------------
@insn("defineclass")
def i_defineclass(vm, f, ins):
    from .core_module import define_class_under, define_module_under
    name, ciseq, flags = ins[1], ins[2], ins[3]
    st = vm.stack
    sup = st.pop()
    cbase = st.pop()
    typ = flags & 7
    if typ == 0:
        klass = define_class_under(vm, f, cbase, name, sup, flags)
    elif typ == 1:
        klass = vm.singleton_class(cbase)
    else:
        klass = define_module_under(vm, f, cbase, name, flags)
    code = decode(vm, ciseq)
    env = Env(ciseq.local_size + 3, None, ciseq)
    nf = Frame(CLASS, ciseq, code.code, klass, env, Cref(klass, f.cref), None, len(st))
    nf.block = None
    return vm.push_frame(nf)


@insn("definemethod")
def i_definemethod(vm, f, ins):
    from .core_module import define_iseq_method
    define_iseq_method(vm, f, None, ins[1], ins[2])


@insn("definesmethod")
def i_definesmethod(vm, f, ins):
    from .core_module import define_iseq_method
    obj = vm.stack.pop()
    define_iseq_method(vm, f, obj, ins[1], ins[2])


# ---- method/iterator ------------------------------------------------------------------------
@insn("send")
def i_send(vm, f, ins):
    cd = ins[1]
    args, kw, blk = vm.unpack_call(f, cd, vm.stack, ins[2])
    recv = vm.stack.pop()
    return vm.send(f, recv, cd.mid, args, kw, blk, cd.flag, cd)


_NOT_SIMPLE = VM_CALL_ARGS_SPLAT | VM_CALL_KWARG | VM_CALL_KW_SPLAT | VM_CALL_ARGS_BLOCKARG


@insn("opt_send_without_block")
def i_opt_send_without_block(vm, f, ins):
    cd = ins[1]
    st = vm.stack
    if cd.flag & _NOT_SIMPLE:
        args, kw, blk = vm.unpack_call(f, cd, st, None)
        recv = st.pop()
        return vm.send(f, recv, cd.mid, args, kw, blk, cd.flag, cd)
    argc = cd.argc
    fast = cd.cc_fast
    if fast is not None and fast[4] == argc and cd.cc_serial == _STATE.serial:
        # vm_call_iseq_setup_normal: an inline-cache hit on a method taking exactly argc
        # leading arguments builds its env and frame here (what send/call_me/setup_args do)
        recv = st[-1 - argc]
        if cd.cc_klass is (recv.klass if isinstance(recv, RBasic) else vm.class_of(recv)):
            me = cd.cc_me
            if me.visi == "public" or cd.flag & VM_CALL_FCALL:
                iseq, code, size, base, _ = fast
                env = Env(size, None, iseq, None, me, cd.cc_def)
                l = env.l
                if argc == 1:
                    l[base] = st[-1]
                elif argc:
                    l[base - argc + 1:base + 1] = st[:-argc - 1:-1]
                del st[-1 - argc:]
                nf = Frame(METHOD, iseq, code, recv, env, me.cref, me, len(st), cd.mid)
                if me.internal:
                    nf.internal = True
                frames = vm.frames
                if len(frames) >= MAX_FRAMES:
                    vm.raise_(vm.eSystemStackError, "stack level too deep")
                frames.append(nf)
                return nf
    elif fast is None and cd.cc_serial == _STATE.serial:
        # other cache hits by method type (what vm.send/call_me would do for this entry):
        # cfunc (vm_call_cfunc), attr_reader (vm_call_ivar), Proc#call (vm_call_opt_call)
        me = cd.cc_me
        if me is not None:
            recv = st[-1 - argc]
            if cd.cc_klass is (recv.klass if isinstance(recv, RBasic) else vm.class_of(recv)) \
                    and (me.visi == "public" or cd.flag & VM_CALL_FCALL):
                t = me.type
                if t == "cfunc":
                    if argc:
                        args = st[-argc:]
                        del st[-1 - argc:]
                    else:
                        args = []
                        del st[-1]
                    return vm.call_cfunc(recv, me, cd.mid, args, None, None)
                if t == "ivar" and argc == 0:
                    iv = recv.ivars if isinstance(recv, RBasic) else None
                    st[-1] = iv.get(me.body) if iv else None
                    return
                if t == "optimized" and me.body == "call" and type(recv) is RProc:
                    cd.cc_aux = recv.block.iseq      # what a superinstruction may inline
                    nf = push_simple_block(vm, recv.block, argc, recv.is_lambda, 1)
                    if nf is not None:
                        return nf
    if argc:
        args = st[-argc:]
        del st[-argc:]
    else:
        args = []
    recv = st.pop()
    return vm.send(f, recv, cd.mid, args, None, None, cd.flag, cd)


@insn("opt_str_freeze")
def i_opt_str_freeze(vm, f, ins):
    vm.stack.append(ins[1])


@insn("opt_str_uminus")
def i_opt_str_uminus(vm, f, ins):
    vm.stack.append(ins[1])


@insn("opt_nil_p")
def i_opt_nil_p(vm, f, ins):
    v = vm.stack.pop()
    return vm.send(f, v, "nil?", [], None, None, 0, ins[1])


def _newarray_minmax(vm, f, ins, mid):
    n = ins[1]
    st = vm.stack
    a = st[len(st) - n:]
    del st[len(st) - n:]
    ary = RArray(vm.cArray, a)
    return vm.send(f, ary, mid, [], None, None, 0)


@insn("opt_newarray_max")
def i_opt_newarray_max(vm, f, ins):
    return _newarray_minmax(vm, f, ins, "max")


@insn("opt_newarray_min")
def i_opt_newarray_min(vm, f, ins):
    return _newarray_minmax(vm, f, ins, "min")


def method_env(vm, f):
    """The env holding the current method entry (a method frame's, or a bmethod's)."""
    e = f.ep
    while e is not None:
        if e.me is not None:
            return e
        e = e.prev
    return None


@insn("invokesuper")
def i_invokesuper(vm, f, ins):
    cd = ins[1]
    st = vm.stack
    menv = method_env(vm, f)
    if cd.flag & VM_CALL_ARGS_BLOCKARG or ins[2] is not None:
        args, kw, blk = vm.unpack_call(f, cd, st, ins[2])
    else:
        args, kw, blk = vm.unpack_call(f, cd, st, None)
        blk = vm.lep(f.ep).block if menv is None else menv.block
    recv = st.pop()
    if menv is None:
        vm.raise_(vm.eRuntimeError, "super called outside of method")
    me = menv.me
    defined = menv.self_ or me.defined_class
    mid = me.original_id if me.type != "bmethod" else me.mid
    if defined.is_module and defined.TTYPE != "T_ICLASS":
        # a module method called through an include class we no longer know: find it
        k = vm.class_of(recv)
        while k is not None and not (k.TTYPE == "T_ICLASS" and k.module is defined):
            k = k.superclass
        defined = k if k is not None else defined
    start = defined.superclass
    if start is None:
        sme = None
    else:
        sme, sdef = M.lookup(start, mid)
    if sme is None:
        k = vm.class_of(recv)
        mm, mdef = M.lookup(k, "method_missing")
        if mm is not None and mm.owner is not vm.cBasicObject:
            return vm.call_me(f, recv, mm, mdef, "method_missing", [intern(mid)] + args, kw, blk)
        vm.raise_no_method(recv, mid, args, 0, "super")
    return vm.call_me(f, recv, sme, sdef, mid, args, kw, blk)


def push_simple_block(vm, blk, argc, is_lambda, drop=0):
    """vm_callee_setup_block_arg's simple-iseq case: push the BLOCK frame of an iseq block
    whose parameters are only leading required ones when the argc values on the stack need no
    arity handling (exactly lead_num of them, and no auto-splat of one argument). Returns the
    frame, or None when the general invoke_block must do it. `drop`: values under the
    arguments to pop too (Proc#call's receiver)."""
    iseq = blk.iseq
    if iseq is None or blk.sym is not None or blk.pyfunc is not None:
        return None
    dec = getattr(iseq, "_dec", None)
    if dec is None:
        return None
    s = dec.simple
    if s is None or s[2] != argc or (argc == 1 and not is_lambda and not s[3]):
        return None
    st = vm.stack
    env = Env(s[0], blk.ep, iseq)
    if argc:
        l = env.l
        base = s[1]
        if argc == 1:
            l[base] = st[-1]
        else:
            l[base - argc + 1:base + 1] = st[:-argc - 1:-1]
    if argc + drop:
        del st[-argc - drop:]
    nf = Frame(BLOCK, iseq, dec.code, blk.self, env, blk.cref, None, len(st))
    nf.is_lambda = is_lambda
    frames = vm.frames
    if len(frames) >= MAX_FRAMES:
        vm.raise_(vm.eSystemStackError, "stack level too deep")
    frames.append(nf)
    return nf


@insn("invokeblock")
def i_invokeblock(vm, f, ins):
    cd = ins[1]
    st = vm.stack
    if not cd.flag & _NOT_SIMPLE:
        e = f.ep
        while e.prev is not None:
            e = e.prev
        blk = e.block
        if blk is not None:
            nf = push_simple_block(vm, blk, cd.argc, blk.is_lambda)
            if nf is not None:
                return nf
    if cd.flag & (VM_CALL_ARGS_SPLAT | VM_CALL_KWARG | VM_CALL_KW_SPLAT):
        args, kw, _ = vm.unpack_call(f, cd, st, None)
    else:
        argc = cd.argc
        if argc:
            args = st[-argc:]
            del st[-argc:]
        else:
            args = []
        kw = None
    menv = f.ep
    while menv.prev is not None:
        menv = menv.prev
    blk = menv.block
    if blk is None:
        vm.raise_(vm.eLocalJumpError, "no block given (yield)")
    return vm.invoke_block(blk, args, kw, None)


@insn("leave")
def i_leave(vm, f, ins):
    st = vm.stack
    frames = vm.frames
    # the common case: only the value above bp, back into a Ruby frame -- it stays in place
    if len(st) == f.bp + 1 and not f.finish and f.type != "RESCUE":
        nf = frames[-2]
        if nf.iseq is not None:
            frames.pop()
            return nf
    val = st.pop()
    frames.pop()
    if len(st) > f.bp:
        del st[f.bp:]
    if f.finish:
        vm.finish_val = val
        return _FINISHED
    if f.type == "RESCUE":
        vm.errinfo = outer_errinfo(frames)
    nf = frames[-1]
    if nf.iseq is None:
        # returning into a CFUNC frame that handed over to this frame: finish it too
        frames.pop()
        if nf.__class__ is NewFrame:
            val = nf.obj
        if nf.finish:
            vm.finish_val = val
            return _FINISHED
        nf = frames[-1]
    st.append(val)
    return nf


def outer_errinfo(frames):
    """$! once a rescue clause ends: the exception of an enclosing rescue (or ensure run by
    one) still on the stack, else nil (cf. get_errinfo in eval.c)."""
    for g in reversed(frames):
        t = g.type
        if t == "RESCUE" or t == "ENSURE":
            e = g.ep.l[g.iseq.local_size + 2]
            if t == "RESCUE" or (e is not None and not isinstance(e, ThrowData)):
                return e
    return None


@insn("throw")
def i_throw(vm, f, ins):
    flag = ins[1]
    state = flag & 0xff
    val = vm.stack.pop()
    if state == 0:
        if isinstance(val, ThrowData):
            raise val
        if val is None:
            vm.stack.append(None)
            return
        raise RubyError(val)
    no_escape = flag & 0x8000
    if state == TAG_BREAK:
        if no_escape:
            raise ThrowData(TAG_BREAK, val, None)
        # find the block's env: walk out of rescue/ensure frames
        ep = f.ep
        iseq = f.iseq
        while iseq.type != "block":
            if iseq.type == "class":
                break
            ep = ep.prev
            iseq = ep.iseq
        bframe = None
        for g in reversed(vm.frames):
            if g.ep is ep:
                bframe = g
                break
        if bframe is not None and bframe.is_lambda:
            raise ThrowData(TAG_RETURN, val, ep)
        target = ep.prev
        for g in reversed(vm.frames):
            if g.ep is target and g.iseq is not None:
                # only while the call that got the block is running: g stands right after
                # it (cf. the is_orphan check of vm_throw_start)
                for ctype, citer, st, ed, cont, sp in g.iseq._dec.catch:
                    if ctype == "break" and citer is iseq and cont == g.pc:
                        raise ThrowData(TAG_BREAK, val, target)
                break
        e = vm.make_exc(vm.eLocalJumpError, "break from proc-closure")
        e.ivars["exit_value"] = val
        e.ivars["reason"] = intern("break")
        vm.raise_exc(e)
    if state == TAG_RETURN:
        chain = set()
        ep = f.ep
        while ep is not None:
            chain.add(id(ep))
            lep = ep
            ep = ep.prev
        for g in reversed(vm.frames):
            if g.ep is not None and id(g.ep) in chain:
                if g.is_lambda or g.bmethod:
                    raise ThrowData(TAG_RETURN, val, g.ep)
                if g.ep is lep:
                    if g.type == "CLASS":
                        break
                    raise ThrowData(TAG_RETURN, val, lep)
        e = vm.make_exc(vm.eLocalJumpError, "unexpected return")
        e.ivars["exit_value"] = val
        e.ivars["reason"] = intern("return")
        vm.raise_exc(e)
    if state == TAG_RETRY:
        raise ThrowData(TAG_RETRY, val, f.ep.prev)
    if state in (TAG_NEXT, TAG_REDO):
        raise ThrowData(state, val, None)
    raise ThrowData(state, val, None)


# ---- local jump -----------------------------------------------------------------------------
@insn("jump")
def i_jump(vm, f, ins):
    f.pc = ins[1]


@insn("branchif")
def i_branchif(vm, f, ins):
    v = vm.stack.pop()
    if v is not None and v is not False:
        f.pc = ins[1]


@insn("branchunless")
def i_branchunless(vm, f, ins):
    v = vm.stack.pop()
    if v is None or v is False:
        f.pc = ins[1]


@insn("branchnil")
def i_branchnil(vm, f, ins):
    if vm.stack.pop() is None:
        f.pc = ins[1]


# ---- optimize -------------------------------------------------------------------------------
@insn("opt_getinlinecache")
def i_opt_getinlinecache(vm, f, ins):
    ic = ins[2]
    if ic.serial == vm.const_serial and ic.done is f.cref:
        vm.stack.append(ic.value)
        f.pc = ins[1]
    else:
        vm.stack.append(None)


@insn("opt_setinlinecache")
def i_opt_setinlinecache(vm, f, ins):
    ic = ins[1]
    ic.value = vm.stack[-1]
    ic.serial = vm.const_serial
    ic.done = f.cref


@insn("once")
def i_once(vm, f, ins):
    ise = ins[2]
    if ise.done is True:
        vm.stack.append(ise.value)
        return
    iseq = ins[1]
    blk = Block(iseq, f.self, f.ep, f.cref)
    v = vm.yield_block(blk, [])
    ise.done = True
    ise.value = v
    vm.stack.append(v)


_CASE_TYPES = (int, float, RSymbol, type(None), bool)


@insn("opt_case_dispatch")
def i_opt_case_dispatch(vm, f, ins):
    key = vm.stack.pop()
    t = type(key)
    if t in _CASE_TYPES or t is RString:
        if vm.redefined:
            return
        if t is float and key.is_integer():
            key = int(key)
        dst = ins[1].get(vm.hashkey(key))
        f.pc = dst if dst is not None else ins[2]


def _binop(mid, fast):
    def h(vm, f, ins):
        st = vm.stack
        b = st[-1]
        a = st[-2]
        ta = type(a)
        if (ta is int or ta is float) and (type(b) is int or type(b) is float) and not vm.redefined:
            r = fast(a, b)
            if r is not NotImplemented:
                del st[-1]
                st[-1] = r
                return
        # the call itself, with the call cache's fastpaths (ins[1] is the operator's cd)
        return i_opt_send_without_block(vm, f, ins)
    return h


def _div(a, b):
    if type(a) is int and type(b) is int:
        if b == 0:
            return NotImplemented
        return a // b
    return NotImplemented


def _mod(a, b):
    if type(a) is int and type(b) is int and b != 0:
        return a % b
    return NotImplemented


for _name, _mid, _fast in (("opt_div", "/", _div), ("opt_mod", "%", _mod)):
    HANDLERS[_name] = _binop(_mid, _fast)

# the arithmetic and comparison fast paths, one handler per operator with the operator
# written in (no call per operation): Integer/Float operands and no redefinition
# (cf. vm_opt_plus ... vm_opt_ge), otherwise a send
_FAST_BINOP = """
def h(vm, f, ins):
    st = vm.stack
    b = st[-1]
    a = st[-2]
    ta = type(a)
    tb = type(b)
    if (ta is int or ta is float) and (tb is int or tb is float) and not vm.redefined:
        del st[-1]
        st[-1] = a {op} b
        return
    # the call, with the call cache's fastpaths (ins[1] is the operator's cd)
    return SEND(vm, f, ins)
"""
for _name, _op in (("opt_plus", "+"), ("opt_minus", "-"), ("opt_mult", "*"), ("opt_lt", "<"),
                   ("opt_le", "<="), ("opt_gt", ">"), ("opt_ge", ">=")):
    _ns: dict = {"SEND": lambda vm, f, ins: i_opt_send_without_block(vm, f, ins)}
    exec(_FAST_BINOP.format(op=_op), _ns)
    _ns["h"].__name__ = "i_" + _name
    HANDLERS[_name] = _ns["h"]


# Integer op Integer inline, the common case first (cf. vm_opt_plus's FIXNUM_2_P check under
# BASIC_OP_UNREDEFINED_P); anything else goes through the generic handler above
_slow_plus, _slow_minus, _slow_lt, _slow_le, _slow_gt, _slow_ge = (
    HANDLERS["opt_plus"], HANDLERS["opt_minus"], HANDLERS["opt_lt"], HANDLERS["opt_le"],
    HANDLERS["opt_gt"], HANDLERS["opt_ge"])


@insn("opt_plus")
def i_opt_plus(vm, f, ins):
    st = vm.stack
    a = st[-2]
    b = st[-1]
    if type(a) is int and type(b) is int and not vm.redefined:
        del st[-1]
        st[-1] = a + b
        return
    return _slow_plus(vm, f, ins)


@insn("opt_minus")
def i_opt_minus(vm, f, ins):
    st = vm.stack
    a = st[-2]
    b = st[-1]
    if type(a) is int and type(b) is int and not vm.redefined:
        del st[-1]
        st[-1] = a - b
        return
    return _slow_minus(vm, f, ins)


@insn("opt_lt")
def i_opt_lt(vm, f, ins):
    st = vm.stack
    a = st[-2]
    b = st[-1]
    if type(a) is int and type(b) is int and not vm.redefined:
        del st[-1]
        st[-1] = a < b
        return
    return _slow_lt(vm, f, ins)


@insn("opt_le")
def i_opt_le(vm, f, ins):
    st = vm.stack
    a = st[-2]
    b = st[-1]
    if type(a) is int and type(b) is int and not vm.redefined:
        del st[-1]
        st[-1] = a <= b
        return
    return _slow_le(vm, f, ins)


@insn("opt_gt")
def i_opt_gt(vm, f, ins):
    st = vm.stack
    a = st[-2]
    b = st[-1]
    if type(a) is int and type(b) is int and not vm.redefined:
        del st[-1]
        st[-1] = a > b
        return
    return _slow_gt(vm, f, ins)


@insn("opt_ge")
def i_opt_ge(vm, f, ins):
    st = vm.stack
    a = st[-2]
    b = st[-1]
    if type(a) is int and type(b) is int and not vm.redefined:
        del st[-1]
        st[-1] = a >= b
        return
    return _slow_ge(vm, f, ins)


@insn("opt_eq")
def i_opt_eq(vm, f, ins):
    st = vm.stack
    b = st.pop()
    a = st.pop()
    ta = type(a)
    if not vm.redefined:
        if (ta is int or ta is float) and (type(b) is int or type(b) is float):
            st.append(a == b)
            return
        if ta is RSymbol or ta is RString and type(b) is RString:
            st.append(a is b if ta is RSymbol else a.s == b.s)
            return
    return vm.send(f, a, "==", [b], None, None, 0, ins[1])


@insn("opt_neq")
def i_opt_neq(vm, f, ins):
    st = vm.stack
    b = st.pop()
    a = st.pop()
    ta = type(a)
    if not vm.redefined:
        if (ta is int or ta is float) and (type(b) is int or type(b) is float):
            st.append(a != b)
            return
        if ta is RSymbol or ta is RString and type(b) is RString:
            st.append(a is not b if ta is RSymbol else a.s != b.s)
            return
    return vm.send(f, a, "!=", [b], None, None, 0, ins[2])


def _simple_send(mid, nargs):
    def h(vm, f, ins):
        st = vm.stack
        if nargs:
            args = st[-nargs:]
            del st[-nargs:]
        else:
            args = []
        recv = st.pop()
        return vm.send(f, recv, mid, args, None, None, 0, ins[1])
    return h


HANDLERS["opt_and"] = _simple_send("&", 1)
HANDLERS["opt_or"] = _simple_send("|", 1)
HANDLERS["opt_length"] = _simple_send("length", 0)
HANDLERS["opt_size"] = _simple_send("size", 0)
HANDLERS["opt_empty_p"] = _simple_send("empty?", 0)
HANDLERS["opt_succ"] = _simple_send("succ", 0)
HANDLERS["opt_not"] = _simple_send("!", 0)


def _direct_cfunc(vm, recv, mid, args, cd):
    """vm_opt_aref / vm_opt_aset / vm_opt_ltlt / vm_opt_aref_with: on the receivers CRuby
    specialises (an Array with an Integer index, a Hash; a String or Array for `<<`) whose
    method is still the builtin one, CRuby calls the C function itself (rb_ary_entry,
    rb_hash_aset, rb_str_buf_append ...) with no method frame, so an error raised there has no
    `[]`/`[]=`/`<<` line in its backtrace. Returns True when it did so (the result pushed)."""
    k = getattr(recv, "klass", None)
    if k is vm.cHash:
        ok = mid != "<<"
    elif k is vm.cArray:
        ok = mid == "<<" or type(args[0]) is int
    elif k is vm.cString:
        ok = mid == "<<"
    else:
        ok = False
    if ok:
        me, _ = vm.find_method(k, mid, cd)
        if me is not None and me.type == "cfunc" and me.owner is k and not me.kw:
            vm.stack.append(me.body(vm, recv, args, None))
            return True
    return False


@insn("opt_aset")
def i_opt_aset(vm, f, ins):
    st = vm.stack
    recv, key, val = st[-3], st[-2], st[-1]
    del st[-3:]
    if _direct_cfunc(vm, recv, "[]=", [key, val], ins[1]):
        return
    return vm.send(f, recv, "[]=", [key, val], None, None, 0, ins[1])


@insn("opt_ltlt")
def i_opt_ltlt(vm, f, ins):
    st = vm.stack
    b = st[-1]
    a = st[-2]
    if type(a) is RArray and not vm.redefined:
        if a.flags & FL_FROZEN:
            vm.check_frozen(a)      # rb_ary_push called directly: no `<<` frame
        a.a.append(b)
        del st[-1]
        return
    del st[-2:]
    if _direct_cfunc(vm, a, "<<", [b], ins[1]):
        return
    return vm.send(f, a, "<<", [b], None, None, 0, ins[1])


@insn("opt_aref")
def i_opt_aref(vm, f, ins):
    st = vm.stack
    b = st[-1]
    a = st[-2]
    if type(a) is RArray and type(b) is int and not vm.redefined:
        aa = a.a
        del st[-1]
        st[-1] = aa[b] if -len(aa) <= b < len(aa) else None
        return
    del st[-2:]
    if _direct_cfunc(vm, a, "[]", [b], ins[1]):
        return
    return vm.send(f, a, "[]", [b], None, None, 0, ins[1])


@insn("opt_aref_with")
def i_opt_aref_with(vm, f, ins):
    recv = vm.stack.pop()
    key = _with_key(vm, recv, ins[1])
    if _direct_cfunc(vm, recv, "[]", [key], ins[2]):
        return
    return vm.send(f, recv, "[]", [key], None, None, 0, ins[2])


def _with_key(vm, recv, lit):
    """The String key of opt_aref_with / opt_aset_with: the frozen literal itself, except for
    a compare_by_identity Hash, which gets a new String (vm_opt_aref_with's fallback pushes
    rb_str_resurrect(key))."""
    if type(recv) is RHash and recv.compare_by_id:
        return str_resurrect(vm, lit)
    return lit


@insn("opt_aset_with")
def i_opt_aset_with(vm, f, ins):
    st = vm.stack
    val = st.pop()
    recv = st.pop()
    key = _with_key(vm, recv, ins[1])
    if _direct_cfunc(vm, recv, "[]=", [key, val], ins[2]):
        return
    return vm.send(f, recv, "[]=", [key, val], None, None, 0, ins[2])


@insn("opt_regexpmatch2")
def i_opt_regexpmatch2(vm, f, ins):
    st = vm.stack
    b = st.pop()
    a = st.pop()
    return vm.send(f, a, "=~", [b], None, None, 0, ins[1])


@insn("invokebuiltin")
def i_invokebuiltin(vm, f, ins):
    raise NotImplementedError("invokebuiltin (only CRuby's own prelude uses it)")


@insn("opt_invokebuiltin_delegate")
def i_opt_invokebuiltin_delegate(vm, f, ins):
    raise NotImplementedError("opt_invokebuiltin_delegate")


@insn("opt_invokebuiltin_delegate_leave")
def i_opt_invokebuiltin_delegate_leave(vm, f, ins):
    raise NotImplementedError("opt_invokebuiltin_delegate_leave")


# handler -> one that always sends: the opt_* fast paths while c_call/c_return are traced
SEND_TWINS: dict = {}
for _name, _mid in (("opt_plus", "+"), ("opt_minus", "-"), ("opt_mult", "*"), ("opt_div", "/"),
                    ("opt_mod", "%"), ("opt_lt", "<"), ("opt_le", "<="), ("opt_gt", ">"),
                    ("opt_ge", ">="), ("opt_eq", "=="), ("opt_ltlt", "<<"), ("opt_aref", "[]")):
    SEND_TWINS[HANDLERS[_name]] = _simple_send(_mid, 1)


def _opt_neq_send(vm, f, ins):
    st = vm.stack
    b = st.pop()
    a = st.pop()
    return vm.send(f, a, "!=", [b], None, None, 0, ins[2])


SEND_TWINS[HANDLERS["opt_neq"]] = _opt_neq_send

missing = [i.name for i in table.INSNS if i.name not in HANDLERS]
assert not missing, missing
