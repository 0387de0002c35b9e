"""Random and Kernel#rand/srand over MT19937 (cf. random.c: rand_init, rb_f_rand, random_rand,
rb_f_srand, random_seed; array.c rb_ary_shuffle_bang / rb_ary_sample with random:)."""
from __future__ import annotations

import os
from fractions import Fraction

from ..core import mt19937 as MT
from .bootstrap import defm, defs
from .core_numeric import core_call
from .objects import FL_FROZEN, RData, RRange, intern


def new_seed():
    """cf. random_seed / fill_random_seed: 128 bits from the OS."""
    return int.from_bytes(os.urandom(16), "little")


def default_rng(vm):
    r = getattr(vm, "default_random", None)
    if r is None:
        r = vm.default_random = MT.Random(new_seed())
    return r


def _to_s(vm):
    from .core_object import to_s
    return lambda v: to_s(vm, v)


def _arg(vm, x):
    """A rand argument in the form rubyvm.core.mt19937 takes: Ranges become tuples."""
    if isinstance(x, RRange):
        beg, end = x.beg, x.end
        return (beg, end, x.excl)
    if type(x) is Fraction:
        return int(x)
    if x is not None and type(x) not in (int, float) and x is not True and x is not False:
        return vm.convert_type(x, vm.cInteger, "to_int")
    return x


def _range_fix(t):
    """rand_range takes an Integer span for non-Float endpoints (cf. rb_check_to_int(vmax))."""
    if isinstance(t, tuple) and (type(t[0]) is Fraction or type(t[1]) is Fraction):
        beg, end, excl = t
        span = int(end - beg)
        return beg, beg + span, excl
    return t


def random_rand(vm, rng, a):
    if not a:
        return rng.real(True)
    x = _range_fix(_arg(vm, a[0]))
    if isinstance(x, tuple) and type(x[0]) is Fraction:
        beg, end, excl = x
        v = core_call(vm, lambda: rng.rand((0, int(end - beg), excl), to_s=_to_s(vm)))
        return beg + v
    return core_call(vm, lambda: rng.rand(x, to_s=_to_s(vm)))


def kernel_rand(vm, a):
    rng = default_rng(vm)
    if not a:
        return rng.real(True)
    x = _range_fix(_arg(vm, a[0]))
    if isinstance(x, tuple) and type(x[0]) is Fraction:
        beg, end, excl = x
        v = rng.rand_range(0, int(end - beg), excl)
        return None if v is None else beg + v
    return core_call(vm, rng.kernel_rand, x)


def srand(vm, a):
    old = default_rng(vm).seed
    seed = new_seed() if not a else vm.convert_type(a[0], vm.cInteger, "to_int") \
        if type(a[0]) is not int else a[0]
    vm.default_random = MT.Random(seed)
    return old


def init(vm):
    R = vm.cRandom
    k = vm.mKernel

    def rng_of(vm, s):
        return default_rng(vm) if s is R else s.data

    R.allocator = lambda vm, klass: RData(klass, None)

    def initialize(vm, s, a, b):
        seed = a[0] if a else new_seed()
        if type(seed) is not int:
            seed = vm.convert_type(seed, vm.cInteger, "to_int")
        s.data = MT.Random(seed)
        return None
    defm(R, "initialize", initialize, -1, visi="private")
    defm(R, "rand", lambda vm, s, a, b: random_rand(vm, rng_of(vm, s), a), -1)

    def init_copy(vm, s, a, b):
        # cf. rand_mt_copy: the copy continues from the same generator state
        import copy
        s.data = copy.deepcopy(a[0].data)
        return s
    defm(R, "initialize_copy", init_copy, 1, visi="private")

    def random_number(vm, s, a, b):
        rng = rng_of(vm, s)
        if not a or a[0] is None:
            return rng.real(True)
        try:
            x = _range_fix(_arg(vm, a[0]))
            return rng.rand(x, to_s=_to_s(vm))
        except MT.RubyError as e:
            if e.ruby_class != "ArgumentError":
                raise
            return rng.real(True)
    defm(R, "random_number", random_number, -1)
    defm(R, "seed", lambda vm, s, a, b: rng_of(vm, s).seed, 0)
    defm(R, "bytes", lambda vm, s, a, b: vm.str_new(rng_of(vm, s).bytes(a[0]).decode("latin-1"), True), 1)

    def eq(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RData) or vm.real_class(o) is not vm.real_class(s):
            return False
        x, y = s.data, o.data
        return x.seed == y.seed and x.mt.state == y.mt.state and x.mt.next == y.mt.next
    defm(R, "==", eq, 1)
    # the class methods draw from the default generator (cf. random_s_rand)
    defs(vm, R, "rand", lambda vm, s, a, b: random_rand(vm, default_rng(vm), a), -1)
    defs(vm, R, "random_number", random_number, -1)
    defs(vm, R, "bytes", lambda vm, s, a, b: vm.str_new(default_rng(vm).bytes(a[0]).decode("latin-1"), True), 1)
    defs(vm, R, "seed", lambda vm, s, a, b: default_rng(vm).seed, 0)
    defs(vm, R, "new_seed", lambda vm, s, a, b: new_seed(), 0)
    defs(vm, R, "srand", lambda vm, s, a, b: srand(vm, a), -1)
    R.const_tbl["DEFAULT"] = R
    defm(k, "rand", lambda vm, s, a, b: kernel_rand(vm, a), -1, visi="private")
    defm(k, "srand", lambda vm, s, a, b: srand(vm, a), -1, visi="private")

    # Array#shuffle / #sample take their numbers from a Random (cf. rb_ary_shuffle_bang)
    A = vm.cArray

    def rng_kw(vm, kw):
        if kw is not None:
            x = kw.d.get(intern("random"))
            if x is not None:
                r = x[1]
                return rng_of(vm, r) if r is R or isinstance(r, RData) and isinstance(r.data, MT.Random) else None
        return default_rng(vm)

    def shuffle_bang(vm, s, a, b, kw=None):
        if s.flags & FL_FROZEN:
            vm.check_frozen(s)
        rng_kw(vm, kw).shuffle_bang(s.a)
        return s
    defm(A, "shuffle!", shuffle_bang, 0, kw=True)
    defm(A, "shuffle", lambda vm, s, a, b, kw=None: vm.ary_new(rng_kw(vm, kw).shuffle(s.a)), 0, kw=True)

    def sample(vm, s, a, b, kw=None):
        rng = rng_kw(vm, kw)
        if not a:
            return rng.sample(s.a)
        return vm.ary_new(core_call(vm, rng.sample, s.a, a[0]))
    defm(A, "sample", sample, -1, kw=True)
