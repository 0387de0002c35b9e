"""Ruby's Random: MT19937 seeded, drawn and scaled exactly as CRuby 3.1 does.

cf. mt19937.c (the generator), random.c (rand_init, limited_rand, limited_big_rand,
int_pair_to_real_exclusive/inclusive, rand_int, rand_range, rand_random, rb_f_rand,
rb_rand_bytes_int32) and array.c (rb_ary_shuffle_bang, rb_ary_sample).  Integers are Python
ints, Floats Python floats; a Range is passed as (begin, end, exclude_end).
"""
from __future__ import annotations

import math
from typing import Any, Callable, Sequence

from rubyvm.core import RubyError
from rubyvm.core.float_format import float_to_s, is_fixnum

N, M = 624, 397
MATRIX_A = 0x9908B0DF
UMASK, LMASK = 0x80000000, 0x7FFFFFFF
MASK32 = 0xFFFFFFFF
ULONG_MAX = (1 << 64) - 1
DBL_REDUCE_SCALE = 2.0 ** -53
_NOARG = object()


class MT19937:
    """The Mersenne Twister state (cf. struct MT: state, next, left)."""

    def __init__(self) -> None:
        self.state = [0] * N
        self.next = N
        self.left = 1

    def init_genrand(self, s: int) -> None:
        st = self.state
        st[0] = s & MASK32
        for j in range(1, N):
            prev = st[j - 1]
            st[j] = (1812433253 * (prev ^ (prev >> 30)) + j) & MASK32
        self.left = 1
        self.next = N

    def init_by_array(self, key: Sequence[int]) -> None:
        self.init_genrand(19650218)
        st = self.state
        i, j = 1, 0
        key_length = len(key)
        for _ in range(max(N, key_length)):
            prev = st[i - 1]
            st[i] = ((st[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & MASK32
            i += 1
            j += 1
            if i >= N:
                st[0] = st[N - 1]
                i = 1
            if j >= key_length:
                j = 0
        for _ in range(N - 1):
            prev = st[i - 1]
            st[i] = ((st[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & MASK32
            i += 1
            if i >= N:
                st[0] = st[N - 1]
                i = 1
        st[0] = 0x80000000            # MSB is 1, assuring a non-zero initial array

    def _next_state(self) -> None:
        st = self.state
        self.left = N
        self.next = 0
        for k in range(N):
            u, v = st[k], st[k + 1] if k + 1 < N else st[0]
            y = ((u & UMASK) | (v & LMASK)) >> 1
            if v & 1:
                y ^= MATRIX_A
            st[k] = st[(k + M) % N] ^ y

    def genrand_int32(self) -> int:
        """A number in [0, 0xffffffff]."""
        self.left -= 1
        if self.left <= 0:
            self._next_state()
        y = self.state[self.next]
        self.next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y


def int_pair_to_real_exclusive(a: int, b: int) -> float:
    """[0, 1) with 53-bit resolution (genrand_res53)."""
    return ((a >> 5) * 67108864.0 + (b >> 6)) * DBL_REDUCE_SCALE


def int_pair_to_real_inclusive(a: int, b: int) -> float:
    """[0, 1] with 53-bit resolution: the 64 random bits times (2**53 + 1), top 64 bits."""
    x = (a << 32) | b
    return float((x * ((1 << 53) | 1)) >> 64) * DBL_REDUCE_SCALE


def _make_mask(x: int) -> int:
    """All ones from x's top bit down."""
    return (1 << x.bit_length()) - 1


def _domain_error() -> RubyError:
    return RubyError("Errno::EDOM", "Numerical argument out of domain")


def _default_to_s(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return float_to_s(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


class Random:
    """A Random instance (cf. rb_random_mt_t): Random.new(seed)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.mt = MT19937()
        self._rand_init(seed)

    def _rand_init(self, seed: int) -> None:
        """cf. rand_init: the seed's |value| as 32-bit words, least significant first."""
        mag = abs(seed)
        key = []
        while mag:
            key.append(mag & MASK32)
            mag >>= 32
        if not key:
            key = [0]
        if len(key) > 1 and key[-1] == 1:    # drop a leading-zero guard word
            key.pop()
        if len(key) <= 1:
            self.mt.init_genrand(key[0])
        else:
            self.mt.init_by_array(key)

    # --- raw draws ---------------------------------------------------------------------------

    def genrand_int32(self) -> int:
        return self.mt.genrand_int32()

    def real(self, excl: bool = True) -> float:
        """cf. random_real: two 32-bit draws make a double in [0, 1) (or [0, 1])."""
        a = self.mt.genrand_int32()
        b = self.mt.genrand_int32()
        return int_pair_to_real_exclusive(a, b) if excl else int_pair_to_real_inclusive(a, b)

    def genrand_real(self) -> float:
        return self.real(True)

    def ulong_limited(self, limit: int) -> int:
        """A number in [0, limit] for limit < 2**64 (cf. limited_rand, rb_random_ulong_limited)."""
        if not limit:
            return 0
        mask = _make_mask(limit)
        if limit > MASK32:
            while True:                          # retry from the top word
                val = 0
                for i in (1, 0):
                    if (mask >> (i * 32)) & MASK32:
                        val |= self.mt.genrand_int32() << (i * 32)
                        val &= mask
                        if limit < val:
                            break
                else:
                    return val
        while True:
            val = self.mt.genrand_int32() & mask
            if val <= limit:
                return val

    def big_limited(self, limit: int) -> int:
        """A number in [0, limit] for a Bignum limit, 32 bits at a time from the top
        (cf. limited_big_rand)."""
        words = []
        lim = limit
        while lim:
            words.append(lim & MASK32)
            lim >>= 32
        n = len(words)
        while True:
            mask = 0
            boundary = True
            result = [0] * n
            retry = False
            for i in range(n - 1, -1, -1):
                lim_word = words[i]
                mask = MASK32 if mask else _make_mask(lim_word)
                r = 0
                if mask:
                    r = self.mt.genrand_int32() & mask
                    if boundary:
                        if lim_word < r:
                            retry = True
                            break
                        if r < lim_word:
                            boundary = False
                result[i] = r
            if not retry:
                return sum(w << (32 * i) for i, w in enumerate(result))

    def _limited(self, limit: int) -> int:
        """[0, limit] as rand_int picks the algorithm: Fixnum limits one way, Bignums the other."""
        return self.ulong_limited(limit) if is_fixnum(limit) else self.big_limited(limit)

    # --- Random#rand -------------------------------------------------------------------------

    def rand_int(self, vmax: int, restrictive: bool = True) -> int | None:
        """cf. rand_int: [0, |vmax|), None for 0 (and for negatives when restrictive)."""
        if vmax == 0:
            return None
        if vmax < 0:
            if restrictive:
                return None
            vmax = -vmax
        return self._limited(vmax - 1)

    def rand_range(self, begin: Any, end: Any, exclude_end: bool = False) -> Any:
        """cf. rand_range: a number in the Range, None when it is empty."""
        if begin is None or end is None:
            raise _domain_error()
        vmax = end - begin
        excl = 1 if exclude_end else 0
        v: Any = None
        if isinstance(vmax, int):
            if is_fixnum(vmax):
                if vmax - excl >= 0:
                    v = self.ulong_limited(vmax - excl)
            elif vmax > 0:
                vmax = vmax - excl
                v = self.ulong_limited(vmax) if is_fixnum(vmax) else self.big_limited(vmax)
        else:
            maxf = float(vmax)
            scale, mid = 1, 0.5
            if math.isinf(maxf):
                lo, hi = float(begin), float(end)
                if not (math.isfinite(lo) and math.isfinite(hi)):
                    raise _domain_error()
                lo /= 2.0
                maxf = hi / 2.0
                scale = 2
                mid = maxf + lo
                maxf -= lo
            elif math.isnan(maxf):
                raise _domain_error()
            if maxf > 0.0:
                r = self.real(bool(excl))
                if scale > 1:
                    return ((r - 0.5) * maxf) * scale + mid
                v = r * maxf
            elif maxf == 0.0 and not excl:
                v = 0.0
        if v is None:
            return None
        if isinstance(v, float):
            return v + float(begin)
        return begin + v

    def rand(self, max: Any = _NOARG, *, to_s: Callable[[Any], str] = _default_to_s) -> Any:
        """Random#rand(max): a Float in [0, 1) without max, an Integer in [0, max) for an
        Integer, a Float in [0, max) for a Float; a (begin, end, exclude_end) tuple is a Range.
        ArgumentError ("invalid argument - MAX") where CRuby raises it; rand(nil) is one."""
        if max is _NOARG:
            return self.real(True)
        if max is None:
            raise RubyError("ArgumentError", "invalid argument - ")
        if isinstance(max, tuple):
            begin, end, excl = max
            v = self.rand_range(begin, end, excl)
            if v is None:
                raise RubyError("ArgumentError",
                                f"invalid argument - {to_s(begin)}{'...' if excl else '..'}{to_s(end)}")
            return v
        if isinstance(max, int) and not isinstance(max, bool):
            v = self.rand_int(max, True)
        elif isinstance(max, float):
            if not math.isfinite(max):
                raise _domain_error()
            if max < 0.0:
                v = None
            else:
                r = self.real(True)
                v = r * max if max > 0.0 else r
        else:
            name = {True: "true", False: "false"}.get(max) if isinstance(max, bool) else None
            raise RubyError("TypeError", "no implicit conversion of "
                            f"{name or type(max).__name__} into Integer")
        if v is None:
            raise RubyError("ArgumentError", f"invalid argument - {to_s(max)}")
        return v

    def kernel_rand(self, max: Any = _NOARG) -> Any:
        """Kernel#rand(max) semantics on this generator (cf. rb_f_rand): a Range may give nil,
        other arguments are truncated to Integers and their sign dropped, 0 means a Float."""
        if max is not _NOARG and max is not None:
            if isinstance(max, tuple):
                return self.rand_range(*max)
            if isinstance(max, float):
                if not math.isfinite(max):
                    raise RubyError("FloatDomainError", float_to_s(max))
                max = int(max)
            if max != 0:
                v = self.rand_int(max, False)
                if v is not None:
                    return v
        return self.real(True)

    def bytes(self, n: int) -> bytes:
        """Random#bytes(n): little-endian 32-bit draws (cf. rb_rand_bytes_int32)."""
        out = bytearray()
        while n >= 4:
            out += self.mt.genrand_int32().to_bytes(4, "little")
            n -= 4
        if n > 0:
            out += self.mt.genrand_int32().to_bytes(4, "little")[:n]
        return bytes(out)

    # --- Array#shuffle / Array#sample with random: -------------------------------------------

    def _rand_upto(self, max: int) -> int:
        """cf. array.c RAND_UPTO: [0, max)."""
        return self.ulong_limited(max - 1)

    def shuffle_bang(self, ary: list) -> list:
        """Array#shuffle!(random: self), in place (Fisher-Yates from the end)."""
        i = len(ary)
        while i:
            j = self._rand_upto(i)
            i -= 1
            ary[i], ary[j] = ary[j], ary[i]
        return ary

    def shuffle(self, ary: Sequence) -> list:
        """Array#shuffle(random: self)."""
        return self.shuffle_bang(list(ary))

    def sample(self, ary: Sequence, n: int | None = None) -> Any:
        """Array#sample(random: self) / #sample(n, random: self) (cf. rb_ary_sample)."""
        length = len(ary)
        if n is None:
            i = 0 if length < 2 else self._rand_upto(length)
            return ary[i] if i < length else None
        if n < 0:
            raise RubyError("ArgumentError", "negative sample number")
        n = min(n, length)
        rnds = [self._rand_upto(length - i) for i in range(n)] if n <= 10 else []
        if n == 0:
            return []
        if n == 1:
            return [ary[rnds[0]]]
        if n == 2:
            i, j = rnds
            if j >= i:
                j += 1
            return [ary[i], ary[j]]
        if n == 3:
            i, j, k = rnds
            lo, hi = j, i
            if j >= i:
                lo, j = i, j + 1
                hi = j
            if k >= lo:
                k += 1
                if k >= hi:
                    k += 1
            return [ary[i], ary[j], ary[k]]
        if length < 2560:
            memo_threshold = length // 128
        elif length < 5120:
            memo_threshold = length // 64
        elif length < 10240:
            memo_threshold = length // 32
        else:
            memo_threshold = length // 16
        if n <= 10:
            idx = [rnds[0]]
            ordered = [rnds[0]]
            for i in range(1, n):
                k = rnds[i]
                j = 0
                while j < i:                     # skip the indexes already taken
                    if k < ordered[j]:
                        break
                    k += 1
                    j += 1
                ordered.insert(j, k)
                idx.append(k)
            return [ary[i] for i in idx]
        if n <= memo_threshold // 2:
            picks = [self._rand_upto(length - i) + i for i in range(n)]
            memo: dict[int, int] = {}
            result = []
            for i, j in enumerate(picks):        # a virtual partial Fisher-Yates
                i2 = memo.get(i, i)
                j2 = memo.get(j, j)
                memo[j] = i2
                result.append(ary[j2])
            return result
        result = list(ary)
        for i in range(n):
            j = self._rand_upto(length - i) + i
            result[i], result[j] = result[j], result[i]
        return result[:n]
