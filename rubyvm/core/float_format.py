"""Float#to_s / #inspect and Float#round / #floor / #ceil, exactly as CRuby 3.1 computes them,
and the fixed-precision digit generation that sprintf's %e/%f/%g use.

Floats are plain Python floats (IEEE doubles, like CRuby's); Integers are Python ints.
cf. numeric.c: flo_to_s, flo_round, rb_float_floor, rb_float_ceil, rb_int_round;
rational.c: rb_flo_round_by_rational; missing/dtoa.c: dtoa (modes 0, 2 and 3).
"""
from __future__ import annotations

import math
from fractions import Fraction

from rubyvm.core import RubyError

DBL_DIG = 15
FIXNUM_MIN, FIXNUM_MAX = -(1 << 62), (1 << 62) - 1   # a 64-bit CRuby's Fixnum range


def is_fixnum(n: int) -> bool:
    return FIXNUM_MIN <= n <= FIXNUM_MAX


# ---------------------------------------------------------------------------------------------
# Float#to_s

def shortest_digits(x: float) -> tuple[str, int]:
    """The shortest digit string that reads back as |x|, and the decimal point's position.

    This is ruby_dtoa(x, mode 0): `digits` has no leading or trailing zeros and
    |x| == 0.DIGITS * 10**decpt.  Python's repr runs the same algorithm (David Gay's dtoa,
    mode 0), so its digits are reused.  Zero gives ("0", 1), as dtoa does.
    """
    if x == 0.0:
        return "0", 1
    text = repr(abs(x))
    mantissa, _, exp = text.partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = whole + frac
    decpt = len(whole) + (int(exp) if exp else 0)
    stripped = digits.lstrip("0")
    decpt -= len(digits) - len(stripped)
    return stripped.rstrip("0"), decpt


def float_to_s(x: float) -> str:
    """Float#to_s (and #inspect): cf. flo_to_s."""
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if math.isnan(x):
        return "NaN"
    digits, decpt = shortest_digits(x)
    sign = "-" if math.copysign(1.0, x) < 0 else ""
    ndigits = len(digits)
    if 0 < decpt:
        if decpt < ndigits:                      # the point falls inside the digits
            return f"{sign}{digits[:decpt]}.{digits[decpt:]}"
        if decpt <= DBL_DIG:                     # an integral value up to 15 digits
            return f"{sign}{digits}{'0' * (decpt - ndigits)}.0"
    elif decpt > -4:                             # 0.000ddd
        return f"{sign}0.{'0' * -decpt}{digits}"
    # exponent form: d.ddde+XX, at least one fraction digit and two exponent digits
    frac = digits[1:] or "0"
    return f"{sign}{digits[0]}.{frac}e{decpt - 1:+03d}"


# ---------------------------------------------------------------------------------------------
# ruby_dtoa modes 2 and 3, as sprintf's %e/%f/%g use them (cf. missing/dtoa.c dtoa)

_TENS = [10.0 ** i for i in range(23)]
_BIGTENS = [1e16, 1e32, 1e64, 1e128, 1e256]
QUICK_MAX = 14


def _bump_up(digits: list[int], k: int) -> tuple[str, int]:
    """Round the digit string up by one unit in its last place (cf. dtoa's bump_up)."""
    while digits and digits[-1] == 9:
        digits.pop()
    if not digits:
        return "1", k + 2
    digits[-1] += 1
    return "".join(map(str, digits)), k + 1


def _dtoa_quick(d: float, k: int, k_check: bool, ilim: int, ilim1: int, ndigits: int):
    """dtoa's floating-point attempt ("Try to get by with floating-point arithmetic").

    Returns (digits, decpt) when it decides, or ("half", None) when it gave up with the
    remainder within its error bound of one half and an even last digit: CRuby then keeps
    that last digit even in the exact computation too.  None when it simply gave up.
    """
    ieps = 2
    if k > 0:
        ds = _TENS[k & 0xF]
        j = k >> 4
        if j & 0x10:
            j &= 0x0F
            d /= _BIGTENS[-1]
            ieps += 1
        i = 0
        while j:
            if j & 1:
                ieps += 1
                ds *= _BIGTENS[i]
            j >>= 1
            i += 1
        d /= ds
    elif k < 0:
        j1 = -k
        d *= _TENS[j1 & 0xF]
        j, i = j1 >> 4, 0
        while j:
            if j & 1:
                ieps += 1
                d *= _BIGTENS[i]
            j >>= 1
            i += 1
    if k_check and d < 1.0 and ilim > 0:
        if ilim1 <= 0:
            return None
        ilim = ilim1
        k -= 1
        d *= 10.0
        ieps += 1
    eps = math.ldexp(ieps * d + 7.0, -52)
    if ilim == 0:
        d -= 5.0
        if d > eps:
            return "1", k + 2
        if d < -eps:
            return "", -ndigits
        return None
    eps *= _TENS[ilim - 1]
    digits: list[int] = []
    i = 1
    while True:
        L = int(d)
        d -= L
        if not d:
            ilim = i
        digits.append(L)
        if i == ilim:
            if d > 0.5 + eps:
                return _bump_up(digits, k)
            if d < 0.5 - eps:
                while digits and digits[-1] == 0:
                    digits.pop()
                return "".join(map(str, digits)), k + 1
            if L & 1:                      # CRuby: a "half" rounds to an even digit
                return _bump_up(digits, k)
            return "half", None
        i += 1
        d *= 10.0


def dtoa_fixed(x: float, mode: int, ndigits: int) -> tuple[str, int]:
    """ruby_dtoa(x, mode, ndigits) for mode 2 (ndigits significant digits) and mode 3
    (ndigits after the point), x finite and > 0: the digits without trailing zeros and the
    decimal point's position.  Correctly rounded, except where CRuby's floating-point
    shortcut decides a near-half case its own way, which this reproduces."""
    m, e = math.frexp(x)
    i = e - 1
    ds = (m * 2 - 1.5) * 0.289529654602168 + 0.1760912590558 + i * 0.301029995663981
    k = int(ds)
    if ds < 0.0 and ds != k:
        k -= 1
    k_check = True
    if 0 <= k <= 22:
        if x < _TENS[k]:
            k -= 1
        k_check = False
    if mode == 2:
        ndigits = max(ndigits, 1)
        ilim = ilim1 = ndigits
    else:
        ilim = ndigits + k + 1
        ilim1 = ilim - 1
    half = False
    if 0 <= ilim <= QUICK_MAX:
        quick = _dtoa_quick(x, k, k_check, ilim, ilim1, ndigits)
        if quick is not None:
            if quick[0] != "half":
                return quick
            half = True
    num, den = x.as_integer_ratio()
    if den == 1 and k <= 14:
        # "a small integer": digit by digit in doubles, rounding half to even
        dsc = _TENS[k]
        digits: list[int] = []
        d = x
        while True:
            L = int(d / dsc)
            d -= L * dsc
            digits.append(L)
            if not d:
                break
            if len(digits) == ilim:
                d += d
                if d > dsc or (d == dsc and L & 1):
                    return _bump_up(digits, k)
                break
            d *= 10.0
        return "".join(map(str, digits)), k + 1
    # exact arithmetic: x / 10**k is num/den scaled
    if k >= 0:
        den *= 10 ** k
    else:
        num *= 10 ** -k
    if k_check and num < den:              # the estimate of k was one too big
        k -= 1
        num *= 10
        ilim = ilim1
    if ilim <= 0 and mode == 3:
        if ilim < 0 or num <= 5 * den:
            return "", -ndigits
        return "1", k + 2
    scaled = num * 10 ** (ilim - 1)
    q, r = divmod(scaled, den)
    text = str(q)
    if r == 0:
        return text.rstrip("0"), k + 1
    twice = 2 * r
    if twice > den or (twice == den and q & 1):
        digits = [int(c) for c in text]
        while digits and digits[-1] == 9:
            digits.pop()
        if not digits:
            return "1", k + 2
        if not half or digits[-1] & 1:
            digits[-1] += 1
        return "".join(map(str, digits)), k + 1
    return text.rstrip("0"), k + 1


# ---------------------------------------------------------------------------------------------
# C's rounding primitives on doubles (Python's math.floor and friends return ints and reject
# infinities; C's keep the double).

def _c_floor(x: float) -> float:
    if not math.isfinite(x):
        return x
    return float(math.floor(x)) or math.copysign(0.0, x)     # floor(-0.0) is -0.0


def _c_ceil(x: float) -> float:
    if not math.isfinite(x):
        return x
    return float(math.ceil(x)) or math.copysign(0.0, x)      # ceil(-0.5) is -0.0


def _c_round(x: float) -> float:
    """C round(): half away from zero."""
    if not math.isfinite(x):
        return x
    if x > 0.0:
        f = _c_floor(x)
        return f + 1.0 if x - f >= 0.5 else f
    if x < 0.0:
        f = _c_ceil(x)
        return f - 1.0 if f - x >= 0.5 else f
    return x


def _c_fmod(x: float, y: float) -> float:
    """C fmod(): NaN for an infinite x instead of raising."""
    return math.fmod(x, y) if math.isfinite(x) else math.nan


def _c_pow10(n: int) -> float:
    """C pow(10, n): overflows to Infinity instead of raising."""
    try:
        return math.pow(10.0, n)
    except OverflowError:
        return math.inf


def _ctrunc_div(a: int, b: int) -> int:
    """C's integer division, which truncates toward zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def dbl2ival(x: float) -> int:
    """A whole double as an Integer; FloatDomainError for Infinity and NaN (cf. dbl2ival)."""
    if not math.isfinite(x):
        raise RubyError("FloatDomainError", float_to_s(x))
    return int(x)


# ---------------------------------------------------------------------------------------------
# Rounding modes (cf. rb_num_get_rounding_option, round_half_up/down/even)

HALF_MODES = ("up", "down", "even")


def rounding_mode(half) -> str:
    """`half:` as Ruby accepts it: nil, :up, :down, :even (strings too, any case)."""
    if half is None:
        return "up"
    if isinstance(half, str):
        low = half.lower()
        if low in HALF_MODES:
            return low
    raise RubyError("ArgumentError", f"invalid rounding mode: {half}")


def _round_half_up(x: float, s: float) -> float:
    xs = x * s
    f = _c_round(xs)
    if s == 1.0:
        return f
    if x > 0:
        if (f + 0.5) / s <= x:    # x*s lost the half that x really has
            f += 1
    else:
        if (f - 0.5) / s >= x:
            f -= 1
    return f


def _round_half_down(x: float, s: float) -> float:
    xs = x * s
    f = _c_round(xs)
    if x > 0:
        if (f - 0.5) / s >= x:
            f -= 1
    else:
        if (f + 0.5) / s <= x:
            f += 1
    return f


def _round_half_even(x: float, s: float) -> float:
    xs = x * s
    if x > 0.0:
        f = _c_floor(xs)
        d = xs - f
        if d > 0.5:
            d = 1.0
        elif d == 0.5 or (f + 0.5) / s <= x:
            d = _c_fmod(f, 2.0)
        else:
            d = 0.0
        return f + d
    if x < 0.0:
        f = _c_ceil(xs)
        d = f - xs
        if d > 0.5:
            d = 1.0
        elif d == 0.5 or (f - 0.5) / s >= x:
            d = _c_fmod(-f, 2.0)
        else:
            d = 0.0
        return f - d
    return x


_ROUND_DOUBLE = {"up": _round_half_up, "down": _round_half_down, "even": _round_half_even}


def _float_round_overflow(ndigits: int, binexp: int) -> bool:
    """ndigits beyond a double's precision: the number rounds to itself."""
    float_dig = DBL_DIG + 2
    bound = _ctrunc_div(binexp, 4) if binexp > 0 else _ctrunc_div(binexp, 3) - 1
    return ndigits >= float_dig - bound


def _float_round_underflow(ndigits: int, binexp: int) -> bool:
    """The number is far below 10**-ndigits: it rounds to zero."""
    bound = _ctrunc_div(binexp, 3) + 1 if binexp > 0 else _ctrunc_div(binexp, 4)
    return ndigits < -bound


# ---------------------------------------------------------------------------------------------
# Integer rounding to ndigits <= 0 (cf. rb_int_round, rb_int_floor, rb_int_ceil)

def _int_round_zero_p(num: int, ndigits: int) -> bool:
    """10**-ndigits / 2 surely exceeds |num|, judged by num's size in bytes (a Fixnum counts
    as a long, a Bignum by the bytes its magnitude needs: rb_big_size)."""
    if is_fixnum(num):
        nbytes = 8
    else:
        nbytes = (abs(num).bit_length() + 7) // 8
    return -0.415241 * ndigits - 0.125 > nbytes


def int_round(num: int, ndigits: int, half="up") -> int:
    """Integer#round(ndigits) for ndigits <= 0."""
    mode = rounding_mode(half)
    if ndigits >= 0:
        return num
    if _int_round_zero_p(num, ndigits):
        return 0
    f = 10 ** -ndigits
    r = num % f
    n = num - r
    h = f // 2
    if r > h or (r == h and ((mode == "up" and num > 0) or (mode == "down" and num < 0)
                             or (mode == "even" and (n // f) % 2 == 1))):
        n += f
    return n


def int_floor(num: int, ndigits: int) -> int:
    """Integer#floor(ndigits) for ndigits <= 0."""
    if ndigits >= 0:
        return num
    if _int_round_zero_p(num, ndigits):
        return 0
    f = 10 ** -ndigits
    return num - num % f


def int_ceil(num: int, ndigits: int) -> int:
    """Integer#ceil(ndigits) for ndigits <= 0."""
    if ndigits >= 0:
        return num
    if _int_round_zero_p(num, ndigits):
        return 0
    f = 10 ** -ndigits
    if is_fixnum(num) and is_fixnum(f):
        x = -num if num < 0 else num + f - 1
        x = x // f * f
        return -x if num < 0 else x
    # CRuby 3.1's Bignum path adds f even to an exact multiple: (10**20).ceil(-1) is
    # 100000000000000000010 there, and so it is here.
    return num + (f - num % f)


# ---------------------------------------------------------------------------------------------
# Float#round / #floor / #ceil

def _check_ndigits(ndigits: int) -> int:
    if not -(1 << 31) <= ndigits < (1 << 31):
        kind = "big" if ndigits > 0 else "small"
        raise RubyError("RangeError", f"integer {ndigits} too {kind} to convert to `int'")
    return ndigits


def _round_rational(r: Fraction, mode: str) -> int:
    """Rational#round with `half:` (cf. nurat_round_half_up/down/even)."""
    num, den = r.numerator, r.denominator
    neg = num < 0
    num = abs(num)
    if mode == "up":
        q = (num * 2 + den) // (den * 2)
    elif mode == "down":
        q = (num * 2 + den - 1) // (den * 2)
    else:
        q, rem = divmod(num * 2 + den, den * 2)
        if rem == 0:
            q &= ~1
    return -q if neg else q


def int_fdiv(num: int, den: int) -> float:
    """num / den as CRuby's rb_int_fdiv_double gives it, for a reduced fraction, den > 0.

    Two Fixnums divide as doubles (each operand rounded first, as C does); a Bignum
    numerator is rounded to a double first.  A Bignum denominator takes CRuby's shifting
    big_fdiv; here it is divided exactly and rounded once, which agrees whenever the
    quotient is not within half an ulp of a tie.
    """
    if is_fixnum(num) and is_fixnum(den):
        return float(num) / float(den)
    if is_fixnum(den):
        try:
            return float(num) / float(den)
        except OverflowError:
            pass
    return num / den


def _round_by_rational(x: float, ndigits: int, mode: str) -> float:
    """cf. rb_flo_round_by_rational: exact rational rounding, then back to a double."""
    scale = 10 ** ndigits
    r = Fraction(x) * scale
    q = Fraction(_round_rational(r, mode), scale)
    return int_fdiv(q.numerator, q.denominator)


def float_round(x: float, ndigits: int = 0, half=None):
    """Float#round(ndigits, half:): an int when ndigits <= 0, else a float (cf. flo_round)."""
    ndigits = _check_ndigits(ndigits)
    mode = rounding_mode(half)
    if x == 0.0:
        return x if ndigits > 0 else 0
    if ndigits < 0:
        return int_round(float_to_i(x), ndigits, mode)
    if ndigits == 0:
        return dbl2ival(_ROUND_DOUBLE[mode](x, 1.0))
    if math.isfinite(x):
        binexp = math.frexp(x)[1]
        if _float_round_overflow(ndigits, binexp):
            return x
        if _float_round_underflow(ndigits, binexp):
            return 0.0
        if ndigits > 14:
            # pow(10, ndigits) may not be exact any more
            return _round_by_rational(x, ndigits, mode)
        s = _c_pow10(ndigits)
        return _ROUND_DOUBLE[mode](x, s) / s
    return x


def float_floor(x: float, ndigits: int = 0):
    """Float#floor(ndigits): an int when ndigits <= 0, else a float (cf. rb_float_floor)."""
    ndigits = _check_ndigits(ndigits)
    if x == 0.0:
        return x if ndigits > 0 else 0
    if ndigits > 0:
        binexp = math.frexp(x)[1]
        if _float_round_overflow(ndigits, binexp):
            return x
        if x > 0.0 and _float_round_underflow(ndigits, binexp):
            return 0.0
        f = _c_pow10(ndigits)
        mul = _c_floor(x * f)
        res = (mul + 1) / f       # x*f may have rounded down across an integer
        if res > x:
            res = mul / f
        return res
    num = dbl2ival(_c_floor(x))
    return int_floor(num, ndigits) if ndigits < 0 else num


def float_ceil(x: float, ndigits: int = 0):
    """Float#ceil(ndigits): an int when ndigits <= 0, else a float (cf. rb_float_ceil)."""
    ndigits = _check_ndigits(ndigits)
    if x == 0.0:
        return x if ndigits > 0 else 0
    if ndigits > 0:
        binexp = math.frexp(x)[1]
        if _float_round_overflow(ndigits, binexp):
            return x
        if x < 0.0 and _float_round_underflow(ndigits, binexp):
            return 0.0
        f = _c_pow10(ndigits)
        return _c_ceil(x * f) / f
    num = dbl2ival(_c_ceil(x))
    return int_ceil(num, ndigits) if ndigits < 0 else num


def float_truncate(x: float, ndigits: int = 0):
    """Float#truncate(ndigits): toward zero (cf. flo_truncate)."""
    if math.copysign(1.0, x) < 0:
        return float_ceil(x, ndigits)
    return float_floor(x, ndigits)


def float_to_i(x: float) -> int:
    """Float#to_i: truncation; FloatDomainError for Infinity and NaN (cf. flo_to_i)."""
    if x > 0.0:
        x = _c_floor(x)
    elif x < 0.0:
        x = _c_ceil(x)
    return dbl2ival(x)
