"""Proc, Method, UnboundMethod and Binding (cf. proc.c)."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm, defs
from .core_object import inspect
from .method import MethodEntry
from .objects import (Block, RData, RMethodObj, RProc, RString, RSymbol, intern, Env)


def iseq_arity(iseq, is_lambda=True):
    """rb_proc_arity / method arity from rb_iseq_min_max_arity: a lambda (or method) gives
    min when min == max, a proc gives min unless it takes a rest; otherwise -min-1."""
    p = iseq.params
    kw = p.keyword
    opt = len(p.opt_table) - 1 if p.opt_table else 0
    mn = p.lead_num + p.post_num + (1 if kw is not None and kw.required else 0)
    if p.rest_start >= 0:
        mx = None
    else:
        mx = p.lead_num + opt + p.post_num + (1 if kw is not None or p.kwrest_start >= 0
                                              else 0)
    if is_lambda:
        return mn if mn == mx else -mn - 1
    return mn if mx is not None else -mn - 1


def iseq_parameters(vm, iseq, is_lambda=True):
    p = iseq.params
    lt = iseq.local_table
    out = []

    def item(kind, idx, nil_name=False):
        name = lt[idx] if idx is not None and idx < len(lt) else None
        if name is None or name == "?":
            # a proc's unnamed (destructuring) parameter shows as [:opt, nil]
            return vm.ary_new([intern(kind), None] if nil_name else [intern(kind)])
        return vm.ary_new([intern(kind), intern(name)])
    for i in range(p.lead_num):
        out.append(item("req" if is_lambda else "opt", i, not is_lambda))
    opt = len(p.opt_table) - 1 if p.opt_table else 0
    for i in range(opt):
        out.append(item("opt", p.lead_num + i))
    if p.rest_start >= 0:
        out.append(item("rest", p.rest_start))
    for i in range(p.post_num):
        out.append(item("req" if is_lambda else "opt", p.post_start + i, not is_lambda))
    kw = p.keyword
    if kw:
        ks = kw.bits_start - kw.num
        for i, n in enumerate(kw.required):
            out.append(vm.ary_new([intern("keyreq"), intern(n)]))
        for n, _ in kw.optional:
            out.append(vm.ary_new([intern("key"), intern(n)]))
    if p.kwrest_start >= 0:
        out.append(item("keyrest", p.kwrest_start))
    elif p.rest_start >= 0 and lt[p.rest_start] == "*":
        # (...) forwards keywords too (ruby2_keywords)
        out.append(vm.ary_new([intern("keyrest"), intern("**")]))
    if p.accepts_no_kwarg:
        out.append(vm.ary_new([intern("nokey")]))
    if p.block_start >= 0:
        out.append(item("block", p.block_start))
    return vm.ary_new(out)


def me_arity(vm, me):
    me = M.resolve_alias(me)
    if me.type == "iseq":
        return iseq_arity(me.body[0])
    if me.type == "bmethod":
        return proc_arity(me.body, True)
    if me.type in ("ivar",):
        return 0
    if me.type == "attrset":
        return 1
    if me.type == "cfunc":
        a = me.arity
        return a if a >= -1 else a
    return -1


def proc_arity(p, is_lambda=None):
    if p.from_method is not None:
        return me_arity(None, p.from_method.me)
    b = p.block
    if b.sym is not None:
        return -2
    if b.iseq is None:
        return -1
    return iseq_arity(b.iseq, p.is_lambda if is_lambda is None else is_lambda)


def make_binding(vm, f):
    from .core_binding import make_binding as mb
    return mb(vm, f)


def proc_binding(vm, p):
    """Proc#binding: the block's environment, self and cref."""
    blk = p.block
    it = blk.iseq
    return RData(vm.cBinding, {"ep": blk.ep, "self": blk.self, "cref": blk.cref, "iseq": it,
                               "line": it.first_lineno if it else 0,
                               "path": it.path if it else "-", "frame_type": "BLOCK"})


def init(vm):
    P = vm.cProc

    def p_new(vm, k, a, b):
        if b is None:
            vm.arg_error("tried to create Proc object without a block")
        p = vm.proc_from_block(b)
        if k is not vm.cProc:
            p2 = RProc(k, p.block, p.is_lambda)
            vm.call_method(p2, "initialize", a)
            return p2
        return p
    defs(vm, P, "new", p_new, -1)
    call_me = MethodEntry("optimized", "call", P, "public", "call")
    for n in ("call", "()", "yield", "==="):
        me = call_me.copy()
        me.mid = n
        P.m_tbl[n] = me
    me = call_me.copy()
    me.mid = "[]"
    P.m_tbl["[]"] = me
    defm(P, "to_proc", lambda vm, p, a, b: p, 0)
    defm(P, "lambda?", lambda vm, p, a, b: p.is_lambda, 0)
    defm(P, "arity", lambda vm, p, a, b: proc_arity(p), 0)

    def p_params(vm, p, a, b, kw=None):
        lam = p.is_lambda
        if kw is not None:
            x = kw.d.get(intern("lambda"))
            if x is not None:
                lam = vm.truthy(x[1])
        if p.from_method is not None:
            return vm.call_method(p.from_method, "parameters", [])
        if p.block.sym is not None:
            if lam:
                return vm.ary_new([vm.ary_new([intern("req")]), vm.ary_new([intern("rest")])])
            return vm.ary_new([vm.ary_new([intern("opt")]), vm.ary_new([intern("rest")])])
        if p.block.iseq is None:
            return vm.ary_new([vm.ary_new([intern("rest")])])
        return iseq_parameters(vm, p.block.iseq, lam)
    defm(P, "parameters", p_params, 0, kw=True)

    def p_inspect(vm, p, a, b):
        from .core_object import fake_addr
        it = p.block.iseq
        loc = f" {it.path}:{it.first_lineno}" if it is not None else "(&:" + p.block.sym + ")" if p.block.sym else ""
        return vm.str_new(f"#<Proc:{fake_addr(p)}{loc}{' (lambda)' if p.is_lambda else ''}>")
    defm(P, "inspect", p_inspect, 0)
    defm(P, "to_s", p_inspect, 0)
    defm(P, "hash", lambda vm, p, a, b: id(p.block), 0)
    defm(P, "==", lambda vm, p, a, b: isinstance(a[0], RProc) and (a[0] is p or a[0].block is p.block), 1)
    defm(P, "eql?", lambda vm, p, a, b: isinstance(a[0], RProc) and (a[0] is p or a[0].block is p.block), 1)
    defm(P, "binding", lambda vm, p, a, b: proc_binding(vm, p), 0)
    defm(P, "source_location", lambda vm, p, a, b: vm.ary_new([vm.str_new(p.block.iseq.path), p.block.iseq.first_lineno]) if p.block.iseq else None, 0)

    def curry(vm, p, a, b):
        arity = a[0] if a else None
        if arity is None:
            ar = proc_arity(p)
            arity = ar if ar >= 0 else -ar - 1
        elif p.is_lambda:
            ar = proc_arity(p)
            if ar >= 0 and arity != ar:
                vm.wrong_args(arity, ar, ar)
        return make_curry(vm, p, arity, [])
    defm(P, "curry", curry, -1)

    def compose(vm, f, g, lam):
        # (f >> g).call(x) == g.call(f.call(x))
        def run(vm, args, blk):
            return vm.call_method(g, "call", [vm.call_method(f, "call", list(args), blk)])
        blk = Block(None, None, None, None)
        blk.pyfunc = run
        return RProc(vm.cProc, blk, lam)
    # cf. proc_compose_to_right/left: the result is a lambda when the receiver is
    defm(P, ">>", lambda vm, p, a, b: compose(vm, p, a[0], p.is_lambda), 1)
    defm(P, "<<", lambda vm, p, a, b: compose(vm, a[0], p, p.is_lambda), 1)

    # Method / UnboundMethod
    Me, U = vm.cMethod, vm.cUnboundMethod

    def m_call(vm, m, a, b, kw=None):
        # cf. method_call: the Method#call C frame stays; a Ruby method runs in its place
        me = m.me
        f = vm.frames[-2] if len(vm.frames) > 1 else None
        r = vm.call_me(f, m.recv, me, m.iclass or me.defined_class, m.mid, list(a), kw, b)
        if r is None:
            return vm.stack.pop()
        return r
    for n in ("call", "()", "[]", "==="):
        defm(Me, n, m_call, -1, kw=True)

    def m_to_proc(vm, m, a, b):
        def run(vm, args, blk, kw=None):
            return vm.call_method(m, "call", list(args), blk, kw=kw)
        blk = Block(None, None, None, None)
        blk.pyfunc = run
        blk.pykw = True
        p = RProc(vm.cProc, blk, True)
        p.from_method = m
        return p
    defm(Me, "to_proc", m_to_proc, 0)

    def owner(vm, m, a, b):
        o = M.resolve_alias(m.me).owner if m.me.type == "alias" else m.me.owner
        return o
    for K in (Me, U):
        defm(K, "owner", owner, 0)
        defm(K, "name", lambda vm, m, a, b: intern(m.mid), 0)
        defm(K, "arity", lambda vm, m, a, b: me_arity(vm, m.me), 0)
        defm(K, "original_name", lambda vm, m, a, b: intern(m.me.original_id), 0)

        def params(vm, m, a, b):
            me = M.resolve_alias(m.me)
            if me.type == "iseq" and me.internal:
                # a prelude method stands for a C function: parameters from its arity
                ar = iseq_arity(me.body[0])
                if ar >= 0:
                    return vm.ary_new([vm.ary_new([intern("req")]) for _ in range(ar)])
                return vm.ary_new([vm.ary_new([intern("rest")])])
            if me.type == "iseq":
                return iseq_parameters(vm, me.body[0])
            if me.type == "bmethod":
                return iseq_parameters(vm, me.body.block.iseq, True) if me.body.block.iseq else vm.ary_new()
            if me.type == "attrset":
                return vm.ary_new([vm.ary_new([intern("req")])])
            ar = me.arity
            if ar >= 0:
                return vm.ary_new([vm.ary_new([intern("req")]) for _ in range(ar)])
            return vm.ary_new([vm.ary_new([intern("rest")])])
        defm(K, "parameters", params, 0)

        def src_loc(vm, m, a, b):
            me = M.resolve_alias(m.me)
            if me.type == "iseq" and not me.internal:
                return vm.ary_new([vm.str_new(me.body[0].path), me.body[0].first_lineno])
            if me.type == "bmethod" and me.body.block.iseq is not None:
                return vm.ary_new([vm.str_new(me.body.block.iseq.path), me.body.block.iseq.first_lineno])
            return None
        defm(K, "source_location", src_loc, 0)

        def m_inspect(vm, m, a, b):
            from .core_module import mod_name
            o = m.me.owner
            recvk = vm.real_class(m.recv) if m.bound else o
            kname = "Method" if m.bound else "UnboundMethod"
            if m.bound and isinstance(m.recv, type(vm.cObject)) and vm.class_of(m.recv).is_singleton and o is vm.class_of(m.recv):
                desc = f"{inspect(vm, m.recv)}."
            else:
                on = mod_name(vm, o) or inspect(vm, o)
                rn = mod_name(vm, recvk) or inspect(vm, recvk)
                desc = (f"{rn}({on})#" if recvk is not o else f"{on}#")
            extra = ""
            me = M.resolve_alias(m.me)
            pl = []
            try:
                ps = params(vm, m, [], None).a
                for p in ps:
                    kind = p.a[0].name
                    nm = p.a[1].name if len(p.a) > 1 else None
                    pl.append({"req": nm or "_", "opt": f"{nm or '_'}=...", "rest": f"*{nm or ''}", "keyreq": f"{nm}:", "key": f"{nm}: ...", "keyrest": f"**{nm or ''}", "block": f"&{nm or ''}", "nokey": "**nil"}[kind])
            except Exception:
                pl = []
            loc = ""
            if me.type == "iseq" and not me.internal:
                loc = f" {me.body[0].path}:{me.body[0].first_lineno}"
            elif me.type == "bmethod" and me.body.block.iseq is not None:
                loc = f" {me.body.block.iseq.path}:{me.body.block.iseq.first_lineno}"
            nm = m.mid if m.me.original_id == m.mid else f"{m.mid}({m.me.original_id})"
            return vm.str_new(f"#<{kname}: {desc}{nm}({', '.join(pl)}){loc}>")
        defm(K, "inspect", m_inspect, 0)
        defm(K, "to_s", m_inspect, 0)
    defm(Me, "receiver", lambda vm, m, a, b: m.recv, 0)
    defm(Me, "unbind", lambda vm, m, a, b: RMethodObj(vm.cUnboundMethod, None, m.me, m.mid, False, m.iclass), 0)
    def m_eq(vm, m, a, b):
        # cf. method_eq: same class of object, same receiver, same definition and owner
        o = a[0]
        if not isinstance(o, RMethodObj) or o.klass is not m.klass or o.recv is not m.recv:
            return False
        x, y = M.resolve_alias(o.me), M.resolve_alias(m.me)
        return x.body is y.body and x.type == y.type and x.owner is y.owner
    for K in (Me, U):
        defm(K, "==", m_eq, 1)
        defm(K, "eql?", m_eq, 1)
        defm(K, "hash", lambda vm, m, a, b: hash((id(m.recv), id(M.resolve_alias(m.me).body))) & 0x3fffffffffffffff, 0)

    def super_method(vm, m, a, b):
        # cf. method_super_method: look up the name above the class the entry was found in
        k = m.iclass.superclass if m.iclass is not None else None
        if k is None:
            return None
        me, d = M.lookup(k, m.me.original_id)
        if me is None:
            return None
        return RMethodObj(m.klass, m.recv, me, m.mid, m.bound, d)
    defm(Me, "super_method", super_method, 0)
    defm(U, "super_method", super_method, 0)

    def m_compose(vm, m, g, rev):
        return compose(vm, g, m, True) if rev else compose(vm, m, g, True)
    defm(Me, ">>", lambda vm, m, a, b: m_compose(vm, m, a[0], False), 1)
    defm(Me, "<<", lambda vm, m, a, b: m_compose(vm, m, a[0], True), 1)

    def curry_m(vm, m, a, b):
        p = m_to_proc(vm, m, [], None)
        ar = me_arity(vm, m.me)
        n = a[0] if a else (ar if ar >= 0 else -ar - 1)
        return make_curry(vm, p, n, [])
    defm(Me, "curry", curry_m, -1)

    def bind(vm, m, a, b):
        o = m.me.owner
        if not o.is_module and not vm.is_kind_of(a[0], o):
            from .core_module import mod_name
            vm.type_error(f"bind argument must be an instance of {mod_name(vm, o)}")
        return RMethodObj(vm.cMethod, a[0], m.me, m.mid, True, m.iclass)
    defm(U, "bind", bind, 1)

    def bind_call(vm, m, a, b, kw=None):
        bm = bind(vm, m, a[:1], None)
        return vm.call_method(bm, "call", list(a[1:]), b, kw=kw)
    defm(U, "bind_call", bind_call, -2, kw=True)

    # Binding and the evals of strings
    from . import core_binding
    core_binding.init(vm)


def make_curry(vm, p, arity, got):
    """make_curry_proc: a curried proc is a lambda when the original is."""
    def run(vm, args, blk):
        acc = got + list(args)
        if len(acc) >= arity:
            return vm.call_method(p, "call", acc)
        return make_curry(vm, p, arity, acc)
    blk = Block(None, None, None, None)
    blk.pyfunc = run
    return RProc(vm.cProc, blk, p.is_lambda)
