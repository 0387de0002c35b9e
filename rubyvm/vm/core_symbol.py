"""Symbol (cf. symbol.c and the sym_* methods of string.c).

Symbols are interned RSymbol immediates; most of their String-like methods work on a String
of the name, as CRuby's sym_* functions do with rb_sym2str.
"""
from __future__ import annotations

from ..ast.literals import symbol_inspect
from .bootstrap import defm, defs
from .objects import FL_FROZEN, RString, RSymbol, intern


def sym_str(vm, y):
    """rb_sym2str: the one frozen name String of a Symbol (per VM)."""
    names = vm.__dict__.setdefault("sym_names", {})
    s = names.get(y.name)
    if s is None:
        s = RString(vm.cString, y.name, False)
        s.flags |= FL_FROZEN
        names[y.name] = s
    return s


def init(vm):
    Y = vm.cSymbol
    Y.allocator = None

    def name_copy(vm, y, a, b):
        # CRuby gives an ASCII-only name US-ASCII; here it stays UTF-8 (Symbol#encoding
        # still answers US-ASCII) so that interpolating it cannot change a String's encoding
        return RString(vm.cString, y.name, False)
    defm(Y, "to_s", name_copy, 0)
    defm(Y, "id2name", name_copy, 0)
    defm(Y, "name", lambda vm, y, a, b: sym_str(vm, y), 0)
    defm(Y, "to_sym", lambda vm, y, a, b: y, 0)
    defm(Y, "intern", lambda vm, y, a, b: y, 0)
    defm(Y, "inspect", lambda vm, y, a, b: vm.str_new(symbol_inspect(y.name)), 0)
    defm(Y, "length", lambda vm, y, a, b: len(y.name), 0)
    defm(Y, "size", lambda vm, y, a, b: len(y.name), 0)
    defm(Y, "empty?", lambda vm, y, a, b: not y.name, 0)
    defm(Y, "==", lambda vm, y, a, b: y is a[0], 1)
    defm(Y, "===", lambda vm, y, a, b: y is a[0], 1)

    def cmp(vm, y, a, b):
        o = a[0]
        if type(o) is not RSymbol:
            return None
        x, z = y.name.encode("utf-8", "surrogateescape"), o.name.encode("utf-8", "surrogateescape")
        return (x > z) - (x < z)
    defm(Y, "<=>", cmp, 1)

    def via_str(name, to_sym):
        def f(vm, y, a, b):
            r = vm.call_method(sym_str(vm, y), name, list(a), blk=b)
            return intern(r.s) if to_sym and isinstance(r, RString) else r
        return f
    for name in ("upcase", "downcase", "capitalize", "swapcase", "succ", "next"):
        defm(Y, name, via_str(name, True), -1)
    defm(Y, "encoding", lambda vm, y, a, b: vm.encodings["US-ASCII" if y.name.isascii() else "UTF-8"], 0)
    for name in ("[]", "slice", "start_with?", "end_with?", "match?"):
        defm(Y, name, via_str(name, False), -1)

    def sym_match_op(vm, y, a, b):
        return vm.call_method(a[0], "=~", [sym_str(vm, y)])
    defm(Y, "=~", sym_match_op, 1)

    def sym_match(vm, y, a, b):
        from .core_regexp import to_regexp
        from .core_regexp import search, set_last_match
        r = to_regexp(vm, a[0], quote=False)
        m = search(vm, r, sym_str(vm, y), a[1] if len(a) > 1 else 0)
        if m is not None and b is not None:
            return vm.yield_block(b, [m])
        if m is None:
            set_last_match(vm, None)
        return m
    defm(Y, "match", sym_match, -1)

    def casecmp(vm, y, a, b):
        o = a[0]
        if type(o) is not RSymbol:
            return None
        return vm.call_method(sym_str(vm, y), "casecmp", [sym_str(vm, o)])

    def casecmp_p(vm, y, a, b):
        o = a[0]
        if type(o) is not RSymbol:
            return None
        return vm.call_method(sym_str(vm, y), "casecmp?", [sym_str(vm, o)])
    defm(Y, "casecmp", casecmp, 1)
    defm(Y, "casecmp?", casecmp_p, 1)

    def to_proc(vm, y, a, b):
        from .objects import Block, RProc
        blk = Block(None, None, None, None)
        blk.sym = y.name
        blk.is_lambda = True
        p = RProc(vm.cProc, blk, True)
        blk.proc = p
        return p
    defm(Y, "to_proc", to_proc, 0)
    defs(vm, Y, "all_symbols", all_symbols, 0)


# the global variables every CRuby process defines at boot (rb_define_virtual_variable ...)
_SPECIAL_GVARS = """$stdout $stderr $stdin $> $< $, $/ $\\ $; $. $_ $~ $! $@ $& $` $' $+ $= $0
$PROGRAM_NAME $* $$ $? $: $" $LOAD_PATH $LOADED_FEATURES $DEBUG $VERBOSE $FILENAME $-0 $-F
$-I $-W $-a $-d $-i $-l $-p $-v $-w"""


def all_symbols(vm, k, a, b):
    """Symbol.all_symbols: CRuby's symbol table holds every method, constant and variable
    name; ours interns names lazily, so intern the names the class tree holds first."""
    from .objects import RClass
    seen = set()
    todo = [vm.cObject]
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        for tbl in (c.m_tbl, c.const_tbl, c.cvar_tbl, c.ivars or {}):
            for name in tbl:
                if isinstance(name, str):
                    intern(name)
        meta = c.klass
        if meta is not None and meta.is_singleton:
            todo.append(meta)
        for v in c.const_tbl.values():
            if isinstance(v, RClass):
                todo.append(v)
    for name in vm.globals:
        intern(name)
    for name in _SPECIAL_GVARS.split():
        intern(name)
    # and every identifier the parser met in the prelude (locals, called methods)
    from .prelude import prelude_iseq
    todo = list(prelude_iseq())
    while todo:
        iseq = todo.pop()
        for name in iseq.local_table:
            if isinstance(name, str):
                intern(name)
        for insn in iseq.insns:
            for op in insn.operands:
                mid = getattr(op, "mid", None)
                if isinstance(mid, str):
                    intern(mid)
                elif type(op) is str and op.replace("@", "").replace("$", "").isidentifier():
                    intern(op)          # ivar, gvar and constant names
        todo.extend(iseq.children())
    from ..lexer.keywords import KEYWORDS
    for name in KEYWORDS:
        intern(name)
    return vm.ary_new(list(RSymbol.table.values()))
