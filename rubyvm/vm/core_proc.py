"""Proc, Method, UnboundMethod and Binding (cf. proc.c)."""
from __future__ import annotations

from . import method as M
from .bootstrap import defm, defs
from .core_object import inspect
from .method import MethodEntry
from .objects import (Block, RData, RMethodObj, RProc, RString, RSymbol, intern, Env)


def iseq_arity(iseq, is_lambda=True):
    p = iseq.params
    req = p.lead_num + p.post_num
    opt = len(p.opt_table) - 1 if p.opt_table else 0
    kw = p.keyword
    kwreq = bool(kw and kw.required)
    kwopt = bool(kw and kw.optional) or p.kwrest_start >= 0
    if not is_lambda and (opt or p.rest_start >= 0):
        return -(req + 1)
    if not is_lambda and not opt and p.rest_start < 0:
        if kwreq:
            return req + 1
        return req
    if p.rest_start >= 0 or opt or (kwopt and not kwreq):
        return -(req + (1 if kwreq else 0) + 1)
    return req + (1 if kwreq else 0)


def iseq_parameters(vm, iseq, is_lambda=True):
    p = iseq.params
    lt = iseq.local_table
    out = []

    def item(kind, idx):
        name = lt[idx] if idx is not None and idx < len(lt) else None
        if name is None:
            return vm.ary_new([intern(kind)])
        return vm.ary_new([intern(kind), intern(name)])
    for i in range(p.lead_num):
        out.append(item("req" if is_lambda else "opt", i))
    opt = len(p.opt_table) - 1 if p.opt_table else 0
    for i in range(opt):
        out.append(item("opt", p.lead_num + i))
    if p.rest_start >= 0:
        out.append(item("rest", p.rest_start))
    for i in range(p.post_num):
        out.append(item("req" if is_lambda else "opt", p.post_start + i))
    kw = p.keyword
    if kw:
        ks = kw.bits_start - kw.num
        for i, n in enumerate(kw.required):
            out.append(vm.ary_new([intern("keyreq"), intern(n)]))
        for n, _ in kw.optional:
            out.append(vm.ary_new([intern("key"), intern(n)]))
    if p.kwrest_start >= 0:
        out.append(item("keyrest", p.kwrest_start))
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
    b = p.block
    if b.sym is not None:
        return -2
    if b.iseq is None:
        return -1
    return iseq_arity(b.iseq, p.is_lambda if is_lambda is None else is_lambda)


def make_binding(vm, f):
    b = RData(vm.cBinding, {"ep": f.ep, "self": f.self, "cref": f.cref, "iseq": f.iseq,
                           "line": vm.frame_line(f)})
    e = f.ep
    while e is not None:
        e.escaped = True
        e = e.prev
    return b


def _find_local(ep, name):
    e = ep
    while e is not None:
        if e.iseq is not None and name in e.iseq.local_table:
            i = e.iseq.local_table.index(name)
            return e, e.iseq.local_size + 2 - i
        e = e.prev
    return None, None


def binding_eval(vm, a, f):
    from .core_kernel import eval_string
    vm.raise_(vm.eNotImplementedError, "eval needs rubyvm.compiler (not available yet)")


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
        if p.block.sym is not None:
            return vm.ary_new([vm.ary_new([intern("req")]), vm.ary_new([intern("rest")])])
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
    defm(P, "binding", lambda vm, p, a, b: RData(vm.cBinding, {"ep": p.block.ep, "self": p.block.self, "cref": p.block.cref, "iseq": p.block.iseq, "line": 0}), 0)
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
    defm(P, ">>", lambda vm, p, a, b: compose(vm, p, a[0], True), 1)
    defm(P, "<<", lambda vm, p, a, b: compose(vm, a[0], p, True), 1)

    # Method / UnboundMethod
    Me, U = vm.cMethod, vm.cUnboundMethod

    def m_call(vm, m, a, b, kw=None):
        me = m.me
        f = vm.frames[-2] if len(vm.frames) > 1 else None
        vm.frames.pop()
        try:
            r = vm.call_me(f, m.recv, me, m.iclass or me.defined_class, m.mid, list(a), kw, b)
            if r is None:
                return vm.stack.pop()
            r.finish = True
            return vm.run_frames(r)
        finally:
            from .frame import Frame
            vm.frames.append(Frame("CFUNC", None, None, m, None, None, None, len(vm.stack)))
    for n in ("call", "()", "[]", "==="):
        defm(Me, n, m_call, -1, kw=True)

    def m_to_proc(vm, m, a, b):
        def run(vm, args, blk):
            return vm.call_method(m, "call", list(args), blk)
        blk = Block(None, None, None, None)
        blk.pyfunc = run
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
            if me.type == "iseq":
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
            if me.type == "iseq":
                loc = f" {me.body[0].path}:{me.body[0].first_lineno}"
            elif me.type == "bmethod" and me.body.block.iseq is not None:
                loc = f" {me.body.block.iseq.path}:{me.body.block.iseq.first_lineno}"
            nm = m.mid if m.me.original_id == m.mid else f"{m.mid}({m.me.original_id})"
            return vm.str_new(f"#<{kname}: {desc}{nm}({', '.join(pl)}){loc}>")
        defm(K, "inspect", m_inspect, 0)
        defm(K, "to_s", m_inspect, 0)
    defm(Me, "receiver", lambda vm, m, a, b: m.recv, 0)
    defm(Me, "unbind", lambda vm, m, a, b: RMethodObj(vm.cUnboundMethod, None, m.me, m.mid, False, m.iclass), 0)
    defm(Me, "==", lambda vm, m, a, b: isinstance(a[0], RMethodObj) and a[0].recv is m.recv and M.resolve_alias(a[0].me).body is M.resolve_alias(m.me).body, 1)
    defm(Me, "eql?", lambda vm, m, a, b: isinstance(a[0], RMethodObj) and a[0].recv is m.recv and M.resolve_alias(a[0].me).body is M.resolve_alias(m.me).body, 1)
    defm(Me, "hash", lambda vm, m, a, b: hash((id(m.recv), id(M.resolve_alias(m.me).body))), 0)

    def super_method(vm, m, a, b):
        k = m.iclass.superclass if m.iclass is not None else None
        if k is None:
            return None
        me, d = M.lookup(k, m.me.original_id)
        if me is None:
            return None
        return RMethodObj(vm.cMethod, m.recv, me, m.mid, True, d)
    defm(Me, "super_method", super_method, 0)

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

    # Binding
    B = vm.cBinding

    def lvget(vm, bd, a, b):
        name = vm.sym_or_str_name(a[0])
        e, i = _find_local(bd.data["ep"], name)
        if e is None:
            vm.name_error(f"local variable `{name}' is not defined for {inspect(vm, bd)}", name, bd)
        return e.l[i]
    defm(B, "local_variable_get", lvget, 1)

    def lvset(vm, bd, a, b):
        name = vm.sym_or_str_name(a[0])
        e, i = _find_local(bd.data["ep"], name)
        if e is None:
            extra = bd.data.setdefault("extra", {})
            extra[name] = a[1]
            return a[1]
        e.l[i] = a[1]
        return a[1]
    defm(B, "local_variable_set", lvset, 2)
    defm(B, "local_variable_defined?", lambda vm, bd, a, b: _find_local(bd.data["ep"], vm.sym_or_str_name(a[0]))[0] is not None, 1)

    def lvars(vm, bd, a, b):
        out = []
        e = bd.data["ep"]
        while e is not None:
            if e.iseq is not None:
                for n in e.iseq.local_table:
                    if n and intern(n) not in out:
                        out.append(intern(n))
            e = e.prev
        return vm.ary_new(out)
    defm(B, "local_variables", lvars, 0)
    defm(B, "receiver", lambda vm, bd, a, b: bd.data["self"], 0)
    defm(B, "eval", lambda vm, bd, a, b: binding_eval(vm, [a[0], bd] + list(a[1:]), None), -1)
    defm(B, "source_location", lambda vm, bd, a, b: vm.ary_new([vm.str_new(bd.data["iseq"].path), bd.data["line"]]), 0)


def make_curry(vm, p, arity, got):
    def run(vm, args, blk):
        acc = got + list(args)
        if len(acc) >= arity:
            return vm.call_method(p, "call", acc)
        return make_curry(vm, p, arity, acc)
    blk = Block(None, None, None, None)
    blk.pyfunc = run
    return RProc(vm.cProc, blk, True)
