"""NilClass, TrueClass and FalseClass (cf. object.c Init_Object: nil_to_a, true_and, ...)."""
from __future__ import annotations

from fractions import Fraction

from .bootstrap import defm
from .objects import FL_FROZEN


def _frozen_str(vm, s):
    # rb_cNilClass_to_s / rb_cTrueClass_to_s are frozen shared strings (3.0+)
    r = vm.str_new(s, "US-ASCII")
    r.flags |= FL_FROZEN
    return r


def init(vm):
    from .core_rational import RCpx
    N, T, F = vm.cNilClass, vm.cTrueClass, vm.cFalseClass
    defm(N, "to_a", lambda vm, s, a, b: vm.ary_new(), 0)
    defm(N, "to_s", lambda vm, s, a, b: _frozen_str(vm, ""), 0)
    defm(N, "to_i", lambda vm, s, a, b: 0, 0)
    defm(N, "to_f", lambda vm, s, a, b: 0.0, 0)
    defm(N, "to_r", lambda vm, s, a, b: Fraction(0), 0)
    defm(N, "rationalize", lambda vm, s, a, b: Fraction(0), -1)
    defm(N, "to_c", lambda vm, s, a, b: RCpx(0, 0), 0)
    defm(N, "to_h", lambda vm, s, a, b: vm.hash_new(), 0)
    defm(N, "inspect", lambda vm, s, a, b: vm.str_new("nil", "US-ASCII"), 0)
    defm(N, "nil?", lambda vm, s, a, b: True, 0)
    defm(N, "=~", lambda vm, s, a, b: None, 1)
    # nil & x is false, nil | x is x's truth (cf. false_and / false_or)
    for k in (N, F):
        defm(k, "&", lambda vm, s, a, b: False, 1)
        defm(k, "|", lambda vm, s, a, b: vm.truthy(a[0]), 1)
        defm(k, "^", lambda vm, s, a, b: vm.truthy(a[0]), 1)
    defm(T, "&", lambda vm, s, a, b: vm.truthy(a[0]), 1)
    defm(T, "|", lambda vm, s, a, b: True, 1)
    defm(T, "^", lambda vm, s, a, b: not vm.truthy(a[0]), 1)
    defm(T, "to_s", lambda vm, s, a, b: _frozen_str(vm, "true"), 0)
    defm(T, "inspect", lambda vm, s, a, b: vm.str_new("true", "US-ASCII"), 0)
    defm(F, "to_s", lambda vm, s, a, b: _frozen_str(vm, "false"), 0)
    defm(F, "inspect", lambda vm, s, a, b: vm.str_new("false", "US-ASCII"), 0)
    for k in (N, T, F):
        defm(k, "===", lambda vm, s, a, b: s is a[0], 1)
