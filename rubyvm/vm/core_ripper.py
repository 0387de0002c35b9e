"""Ripper's class methods over our lexer and parser: lex, tokenize, sexp (cf. ext/ripper), and
Ripper::Lexer::State, whose inspect is the lexer state's name ("BEG|LABEL")."""
from __future__ import annotations

from .bootstrap import defm, defs, new_class
from .objects import RData, RString, intern


def to_ruby(vm, v):
    """Ripper's Python values (lists, Sym, str, int, nil/true/false) as Ruby values."""
    from ..parser.ripper_values import Sym
    if isinstance(v, Sym):
        return intern(str(v))
    if isinstance(v, str):
        return vm.str_new(v)
    if isinstance(v, (list, tuple)):
        return vm.ary_new([to_ruby(vm, x) for x in v])
    return v


def _src(vm, a):
    s = a[0]
    if not isinstance(s, RString):
        s = vm.convert_type(s, vm.cString, "to_str")
    path = a[1].s if len(a) > 1 and isinstance(a[1], RString) else "-"
    line = a[2] if len(a) > 2 and type(a[2]) is int else 1
    return s.s.encode("utf-8", "surrogateescape"), path, line


def init(vm):
    R = vm.cRipper = new_class(vm, "Ripper", vm.cObject, vm.cObject)
    L = new_class(vm, "Ripper::Lexer", R, R)
    St = vm.cRipperState = new_class(vm, "Ripper::Lexer::State", vm.cObject, L)

    def state_name(vm, s, a, b):
        from ..lexer import state as _state
        return vm.str_new(_state.inspect(s.data))
    defm(St, "inspect", state_name, 0)
    defm(St, "to_s", state_name, 0)
    defm(St, "to_i", lambda vm, s, a, b: s.data, 0)
    defm(St, "==", lambda vm, s, a, b: (a[0].data if isinstance(a[0], RData) else a[0]) == s.data,
         1)
    defm(St, "allbits?", lambda vm, s, a, b: s.data & a[0] == a[0], 1)
    defm(St, "anybits?", lambda vm, s, a, b: s.data & a[0] != 0, 1)

    def lex(vm, k, a, b):
        from ..lexer import RubySyntaxError, lex as _lex
        src, path, line = _src(vm, a)
        try:
            toks = _lex(src, path, line)
        except RubySyntaxError:
            return vm.ary_new()
        return vm.ary_new([vm.ary_new([vm.ary_new([t.pos[0], t.pos[1]]), intern(t.event),
                                       vm.str_new(t.text), RData(St, t.state)]) for t in toks])
    defs(vm, R, "lex", lex, -2)

    def tokenize(vm, k, a, b):
        from ..lexer import RubySyntaxError, tokenize as _tokenize
        src, path, line = _src(vm, a)
        try:
            return vm.ary_new([vm.str_new(t) for t in _tokenize(src, path, line)])
        except RubySyntaxError:
            return vm.ary_new()
    defs(vm, R, "tokenize", tokenize, -2)

    def sexp(vm, k, a, b):
        from ..parser import sexp_value
        src, path, line = _src(vm, a)
        return to_ruby(vm, sexp_value(src, path, line))
    defs(vm, R, "sexp", sexp, -2)
