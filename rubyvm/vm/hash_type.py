"""The two st_hash_types a Ruby Hash uses (cf. hash.c objhash and identhash).

objhash: hash.c's any_hash and any_cmp. Integers, Floats, Symbols, Strings, nil, true and
false are hashed natively, whatever their #hash says (as CRuby does: a String's hash is
rb_str_hash even in a subclass that defines #hash); every other key's #hash is called, and
turned into a Fixnum-ranged st_hash_t as any_hash does. Keys with equal hashes are compared
with identity, then `new_key.eql?(stored_key)` (rb_eql), natively for the built-in types.

identhash (compare_by_identity): a key is itself; Integers and Floats, immediates in CRuby,
compare by value.
"""
from __future__ import annotations

from fractions import Fraction

from ..core.st import MASK64, fixnum_hash
from . import method as M
from .objects import RBasic, RString, RSymbol


def objhash(vm):
    """(hash_fn, eq) of objhash for this VM."""
    cString = vm.cString
    mKernel = vm.mKernel

    def any_hash(k, MASK64=MASK64):
        t = type(k)
        if t is RSymbol or t is int:
            return hash(k) & MASK64
        if t is RString:
            return hash(k.s) & MASK64
        if t is float or t is Fraction or k is None or k is True or k is False:
            # salted: Python hashes 1, 1.0, 1r and true alike, Ruby does not (1.hash != 1.0.hash)
            return (hash(k) ^ _SALT[t]) & MASK64
        if isinstance(k, RBasic):
            me, _ = M.lookup(k.klass, "hash")
            if me is None or me.owner is mKernel:     # rb_obj_hash: by identity
                return hash(k) & MASK64
        hv = vm.call_method(k, "hash", [])            # obj_any_hash
        if type(hv) is not int:
            from .core_integer import to_int
            hv = to_int(vm, hv)
        return fixnum_hash(hv)

    def any_cmp(a, b):
        """a (the key looked up) eql? b (the stored key); identity was checked already."""
        t = type(a)
        if t is RString:
            if type(b) is RString and a.klass is cString and b.klass is cString:
                return a.s == b.s                      # rb_str_hash_cmp
        elif t is int or t is float or t is Fraction:
            return type(b) is t and a == b
        elif t is RSymbol or a is None or a is True or a is False:
            return False
        if isinstance(a, RBasic):
            me, _ = M.lookup(a.klass, "eql?")
            if me is None or me.owner is mKernel:     # rb_obj_equal: identity
                return False
        return vm.truthy(vm.call_method(a, "eql?", [b]))

    return any_hash, any_cmp


_SALT = {float: 0x2545F4914F6CDD1D, Fraction: 0x9E3779B97F4A7C15, bool: 0x632BE59BD9B4E019,
         type(None): 0x4F1BBCDCBFA53E0B}


def ident_hash(k):
    """rb_ident_hash: the object itself (an Integer or Float by value)."""
    return hash(k) & MASK64


def ident_cmp(a, b):
    """rb_ident_cmp; identity was checked already, so only equal immediates remain."""
    t = type(a)
    return (t is int or t is float) and type(b) is t and a == b
