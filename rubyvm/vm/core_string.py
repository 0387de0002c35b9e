"""String (cf. string.c).

An RString holds its characters in `s` (a Python str) and its encoding in `binary`:
False for UTF-8 (bytes that are not valid UTF-8 are the lone surrogates U+DC80..U+DCFF, as
Python's 'surrogateescape' decodes them), True for ASCII-8BIT, or an encoding name (such as
"US-ASCII" or "UTF-16LE") for the other encodings, whose strings keep one character per byte.
Methods that yield live in prelude/string.rb; the pattern methods (sub, gsub, scan, split ...)
in core_string_re.py; Symbol in core_symbol.py. How the bytes are held -- embedded, in a
heap buffer, or shared copy-on-write with a frozen root -- is shared_string.py's: every
method that changes a String calls its str_modify (or str_modifiable) first.
"""
from __future__ import annotations

import re
import unicodedata

from ..core import sprintf as SP
from ..lexer.inspect import ruby_str_inspect
from .bootstrap import defm, defs
from .core_object import inspect, to_s
from .objects import FL_FROZEN, RArray, RRange, RRegexp, RString, RSymbol, intern
from .shared_string import (buf_cat, bytesize, drop_bytes, rb_str_replace, register_fstring,
                            resize_capa, shared_replace, str_duplicate, str_modifiable,
                            str_modify, str_new_frozen, str_resize, str_subseq, str_uminus,
                            subseq_of, text_bytesize)

# ---- bytes and encodings ----------------------------------------------------------------
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def enc_name(s):
    b = s.binary
    if b is False:
        return "UTF-8"
    if b is True:
        return "ASCII-8BIT"
    return b


def to_bytes(text, binary):
    if binary is False:
        return text.encode("utf-8", "surrogateescape")
    return text.encode("latin-1", "replace")


def from_bytes(b, binary):
    if binary is False:
        return b.decode("utf-8", "surrogateescape")
    return b.decode("latin-1")


def str_bytes(s):
    return to_bytes(s.s, s.binary)


byte_len = text_bytesize


def fix_utf8(text):
    """Re-read escaped bytes that now form valid UTF-8 (after a concatenation, a byte edit)."""
    if text.isascii() or not _ESCAPED_BYTE.search(text):
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")


def valid_encoding(s):
    if s.binary is False:
        return _ESCAPED_BYTE.search(s.s) is None
    if s.binary == "US-ASCII":
        return s.s.isascii()
    if s.binary in ("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"):
        return wide_text(s) is not None
    return True


def like(vm, s, text):
    """A new String in the encoding of s."""
    return RString(vm.cString, text, s.binary)


_WIDE = ("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-16", "UTF-32")   # not ASCII-compatible


def result_binary(vm, a, b):
    """rb_enc_check / enc_compatible_latter for a + b: the encoding of the result."""
    if a.binary == b.binary or not b.s:
        return a.binary
    if not a.s:
        return a.binary if b.s.isascii() and a.binary not in _WIDE else b.binary
    if a.binary in _WIDE or b.binary in _WIDE:
        vm.raise_(vm.eEncCompatError,
                  f"incompatible character encodings: {enc_name(a)} and {enc_name(b)}")
    if b.s.isascii():
        return a.binary
    if a.s.isascii():
        return b.binary
    vm.raise_(vm.eEncCompatError,
              f"incompatible character encodings: {enc_name(a)} and {enc_name(b)}")


_WIDE_CODECS = {"UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be", "UTF-32LE": "utf-32-le",
                "UTF-32BE": "utf-32-be", "UTF-16": "utf-16", "UTF-32": "utf-32"}


def wide_text(s):
    """The characters of a UTF-16/32 String (kept one byte per char), or None if invalid."""
    try:
        return s.s.encode("latin-1").decode(_WIDE_CODECS[s.binary])
    except (UnicodeError, KeyError):
        return None


def char_len(s):
    if s.binary in _WIDE:
        w = wide_text(s)
        if w is not None:
            return len(w)
    return len(s.s)


def concat_text(vm, a, b):
    """The characters and encoding of a + b."""
    binary = result_binary(vm, a, b)
    if a.binary == b.binary or b.s.isascii() and a.s.isascii():
        text = a.s + b.s
    else:
        text = from_bytes(str_bytes(a) + str_bytes(b), binary)
    if binary is False:
        text = fix_utf8(text)
    return text, binary


def concat_literals(vm, parts):
    """rb_str_concat_literals (the concatstrings instruction): the parts joined, in the
    encoding the first part gives, widened by a non-ASCII part's encoding."""
    first = parts[0]
    acc = RString(vm.cString, first.s, first.binary)
    for p in parts[1:]:
        if p.s:
            acc.s, acc.binary = concat_text(vm, acc, p)
    if acc.binary == "US-ASCII":
        for p in parts:
            if p.binary != "US-ASCII":
                acc.binary = p.binary
                break
    return acc


# ---- inspect --------------------------------------------------------------------------
_BIN_SIMPLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\f": "\\f", "\v": "\\v",
               "\b": "\\b", "\a": "\\a", "\x1b": "\\e", '"': '\\"', "\\": "\\\\"}


def str_inspect(s):
    """rb_str_inspect."""
    if s.binary is False:
        return ruby_str_inspect(fix_utf8(s.s))
    if s.binary in _WIDE:
        wide = wide_text(s)
        if wide is not None:
            return _wide_inspect(wide)
    t = s.s
    out = ['"']
    n = len(t)
    for i, ch in enumerate(t):
        esc = _BIN_SIMPLE.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch == "#":
            out.append("\\#" if i + 1 < n and t[i + 1] in "{$@" else "#")
        elif " " <= ch < "\x7f":
            out.append(ch)
        else:
            out.append("\\x%02X" % (ord(ch) & 0xFF))
    out.append('"')
    return "".join(out)


def _wide_inspect(t):
    """A UTF-16/32 String is not in the output encoding: non-ASCII shows as \\u escapes."""
    out = ['"']
    n = len(t)
    for i, ch in enumerate(t):
        esc = _BIN_SIMPLE.get(ch)
        cp = ord(ch)
        if esc is not None:
            out.append(esc)
        elif ch == "#":
            out.append("\\#" if i + 1 < n and t[i + 1] in "{$@" else "#")
        elif " " <= ch < "\x7f":
            out.append(ch)
        else:
            out.append("\\u%04X" % cp if cp <= 0xFFFF else "\\u{%X}" % cp)
    out.append('"')
    return "".join(out)


def str_dump(s):
    """rb_str_dump: ASCII only, \\u escapes for UTF-8 characters, \\x for the rest."""
    t = fix_utf8(s.s) if s.binary is False else s.s
    out = ['"']
    n = len(t)
    for i, ch in enumerate(t):
        esc = _BIN_SIMPLE.get(ch)
        cp = ord(ch)
        if esc is not None:
            out.append(esc)
        elif ch == "#":
            out.append("\\#" if i + 1 < n and t[i + 1] in "{$@" else "#")
        elif " " <= ch < "\x7f":
            out.append(ch)
        elif 0xDC80 <= cp <= 0xDCFF:
            out.append("\\x%02X" % (cp - 0xDC00))
        elif s.binary is False and cp >= 0x80:
            out.append("\\u%04X" % cp if cp <= 0xFFFF else "\\u{%X}" % cp)
        else:
            out.append("\\x%02X" % (cp & 0xFF))
    out.append('"')
    if s.binary is not False and s.binary is not True and s.binary != "US-ASCII":
        out.append(f".force_encoding(\"{s.binary}\")")
    return "".join(out)


def str_undump(vm, s):
    t = s.s
    if not (len(t) >= 2 and t[0] == '"' and t[-1] == '"'):
        vm.raise_(vm.eRuntimeError, "invalid dumped string; not wrapped with '\"' nor '\"...\".force_encoding(\"...\")' form")
    body = t[1:-1]
    out = bytearray()
    i = 0
    simple = {"n": b"\n", "r": b"\r", "t": b"\t", "f": b"\f", "v": b"\v", "b": b"\b",
              "a": b"\a", "e": b"\x1b", '"': b'"', "\\": b"\\", "#": b"#"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            d = body[i + 1]
            if d in simple:
                out += simple[d]
                i += 2
            elif d == "x":
                out.append(int(body[i + 2:i + 4], 16))
                i += 4
            elif d == "u":
                if body[i + 2] == "{":
                    j = body.index("}", i)
                    for h in body[i + 3:j].split():
                        out += chr(int(h, 16)).encode()
                    i = j + 1
                else:
                    out += chr(int(body[i + 2:i + 6], 16)).encode()
                    i += 6
            else:
                out += d.encode()
                i += 2
        else:
            out += c.encode("utf-8", "surrogateescape")
            i += 1
    return like(vm, s, from_bytes(bytes(out), s.binary))


# ---- conversions used by everyone ------------------------------------------------------
check_frozen = str_modifiable


def to_str(vm, v):
    """StringValue: the characters of a String or of v.to_str."""
    return to_rstr(vm, v).s


def to_rstr(vm, v):
    if isinstance(v, RString):
        return v
    from .vm import _UNDEF
    r = _UNDEF
    if v is not None and v is not True and v is not False and not isinstance(v, (int, float)) \
            and type(v) is not RSymbol:
        r = vm.call_method(v, "to_str", [], check=False)
    if r is _UNDEF:
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into String")
    if not isinstance(r, RString):
        vm.type_error(f"can't convert {vm.real_class(v).name} to String "
                      f"({vm.real_class(v).name}#to_str gives {vm.real_class(r).name})")
    return r


def to_long(vm, v):
    """NUM2LONG: an Integer, a Float truncated, or v.to_int."""
    if type(v) is int:
        return v
    if type(v) is float:
        if v != v or v in (float("inf"), float("-inf")):
            vm.raise_(vm.eFloatDomainError, SP.ruby_to_s(v))
        return int(v)
    if v is None:
        vm.type_error("no implicit conversion from nil to integer")
    if v is True or v is False or isinstance(v, (RString, RSymbol)) or not vm.respond_to(v, "to_int", True):
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into Integer")
    r = vm.call_method(v, "to_int", [])
    if type(r) is not int:
        vm.type_error(f"can't convert {vm.real_class(v).name} to Integer")
    return r


def format_str(vm, fmt, args):
    from .core_numeric import core_call
    conv = [_to_core(vm, a) for a in args]
    return core_call(vm, lambda: SP.sprintf(fmt, conv, to_s=lambda v: _core_to_s(vm, v),
                                             inspect=lambda v: _core_inspect(vm, v),
                                             name_key=lambda n: intern(n)))


from fractions import Fraction  # noqa: E402


class _Wrap:
    def __init__(self, v):
        self.v = v


def _to_core(vm, a):
    if isinstance(a, RString):
        return a.s
    if a is None or a is True or a is False or type(a) in (int, float, Fraction):
        return a
    if isinstance(a, RArray):
        return [_to_core(vm, x) for x in a.a]
    from .objects import RHash
    if isinstance(a, RHash):
        return {k: _to_core(vm, v) for k, v in a.d.values()}
    return _Wrap(a)


def _core_to_s(vm, v):
    if isinstance(v, _Wrap):
        return to_s(vm, v.v)
    if isinstance(v, str):
        return v
    return SP.ruby_to_s(v) if not isinstance(v, RSymbol) else v.name


def _core_inspect(vm, v):
    from ..ast.literals import symbol_inspect
    if isinstance(v, _Wrap):
        return inspect(vm, v.v)
    if isinstance(v, RSymbol):
        return symbol_inspect(v.name)
    return SP.ruby_inspect(v)


# ---- character sets for tr, delete, squeeze, count (cf. tr_setup_table) ----------------
class CharSet:
    """One tr-style set: chars with a-z ranges and backslash escapes, ^ for its complement."""

    def __init__(self, vm, spec):
        self.neg = len(spec) > 1 and spec[0] == "^"
        self.chars = expand_tr(vm, spec[1:] if self.neg else spec)
        self.set = set(self.chars)

    def __contains__(self, c):
        return (c in self.set) != self.neg


def expand_tr(vm, spec):
    out = []
    i = 0
    n = len(spec)
    while i < n:
        c = spec[i]
        if c == "\\" and i + 1 < n:
            c = spec[i + 1]
            i += 1
        if i + 2 < n and spec[i + 1] == "-":
            hi = spec[i + 2]
            j = i + 2
            if hi == "\\" and j + 1 < n:
                hi = spec[j + 1]
                j += 1
            if ord(hi) < ord(c):
                vm.arg_error(f'invalid range "{c}-{hi}" in string transliteration')
            out.extend(chr(x) for x in range(ord(c), ord(hi) + 1))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return out


def char_sets(vm, args):
    if not args:
        vm.wrong_args(0, 1, -1)
    return [CharSet(vm, to_str(vm, a)) for a in args]


def in_all(sets, c):
    for st in sets:
        if c not in st:
            return False
    return True


def tr_text(vm, t, frm, to, squeeze):
    """rb_str_tr / tr_s: translate characters of t."""
    neg = len(frm) > 1 and frm[0] == "^"
    src = expand_tr(vm, frm[1:] if neg else frm)
    dst = expand_tr(vm, to)
    if not dst:
        srcset = set(src)
        return "".join(c for c in t if (c in srcset) == neg)
    if neg:
        srcset = set(src)
        last = dst[-1]

        def mp(c):
            return None if c in srcset else last
    else:
        m = {}
        for k, c in enumerate(src):
            if c not in m:
                m[c] = dst[k] if k < len(dst) else dst[-1]

        def mp(c):
            return m.get(c)
    out = []
    prev = None
    for c in t:
        r = mp(c)
        if r is None:
            out.append(c)
            prev = None
        else:
            if squeeze and prev == r:
                continue
            out.append(r)
            prev = r
    return "".join(out)


# ---- succ (cf. rb_str_succ) ---------------------------------------------------------------
def _alnum(c):
    return "a" <= c <= "z" or "A" <= c <= "Z" or "0" <= c <= "9"


def str_succ(t, binary=False):
    if not t:
        return ""
    chars = list(t)
    if not any(_alnum(c) for c in chars):
        # no alphanumerics: increment the last character, carrying into the previous ones
        i = len(chars) - 1
        top = 0xFF if binary is not False else 0x10FFFF
        while i >= 0:
            o = ord(chars[i])
            if o < top:
                chars[i] = chr(o + 1)
                return "".join(chars)
            chars[i] = "\x00"
            i -= 1
        return "\x01" + "".join(chars)
    i = len(chars) - 1
    last_alnum = None
    carry_pos = None
    carry = ""
    neighbor_not_char = False
    while i >= 0:
        c = chars[i]
        if not _alnum(c):
            if last_alnum is not None:
                neighbor_not_char = True
            i -= 1
            continue
        if neighbor_not_char and last_alnum is not None:
            la = chars[last_alnum]
            if (la.isalpha() and c.isdigit()) or (la.isdigit() and c.isalpha()):
                break
        neighbor_not_char = False
        if c == "z":
            chars[i] = "a"
            carry = "a"
        elif c == "Z":
            chars[i] = "A"
            carry = "A"
        elif c == "9":
            chars[i] = "0"
            carry = "1"
        else:
            chars[i] = chr(ord(c) + 1)
            return "".join(chars)
        last_alnum = i
        carry_pos = i
        i -= 1
    chars.insert(carry_pos, carry)
    return "".join(chars)


# ---- case mapping -------------------------------------------------------------------------
def _case_opts(vm, a):
    ascii_ = False
    for x in a:
        if type(x) is not RSymbol or x.name not in ("ascii", "turkic", "lithuanian", "fold"):
            vm.arg_error("invalid option")
        if x.name == "ascii":
            ascii_ = True
    return ascii_


def _ascii_up(t):
    return "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in t)


def _ascii_down(t):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in t)


def _ascii_swap(t):
    return "".join(chr(ord(c) ^ 32) if c.isascii() and c.isalpha() else c for c in t)


def case_map(kind, t, ascii_, binary):
    if ascii_ or binary is not False:
        if kind == "up":
            return _ascii_up(t)
        if kind == "down":
            return _ascii_down(t)
        if kind == "swap":
            return _ascii_swap(t)
        return _ascii_up(t[:1]) + _ascii_down(t[1:])
    if kind == "up":
        return t.upper()
    if kind == "down":
        return t.lower()
    if kind == "swap":
        out = []
        for c in t:
            if c.isupper():
                out.append(c.lower())
            elif c.islower():
                out.append(c.upper())
            elif unicodedata.category(c) == "Lt":
                out.append(_swap_title(c))
            else:
                out.append(c)
        return "".join(out)
    return t[:1].title() + t[1:].lower() if t else t


def _swap_title(c):
    """A titlecase letter (Lt, like U+01C5) swaps as its two compatibility letters."""
    return "".join(x.lower() if x.isupper() else x.upper() for x in unicodedata.normalize("NFKC", c))


# ---- justify ----------------------------------------------------------------------------
def justify(vm, s, a, how):
    if not 1 <= len(a) <= 2:
        vm.wrong_args(len(a), 1, 2)
    w = to_long(vm, a[0])
    pad = to_str(vm, a[1]) if len(a) > 1 else " "
    if not pad:
        vm.arg_error("zero width padding")
    t = s.s
    n = w - len(t)
    if n <= 0:
        return str_duplicate(vm, vm.cString, s)
    if how == "l":
        left, right = 0, n
    elif how == "r":
        left, right = n, 0
    else:
        left = n // 2
        right = n - left
    lp = (pad * (left // len(pad) + 1))[:left]
    rp = (pad * (right // len(pad) + 1))[:right]
    return like(vm, s, lp + t + rp)


# ---- substrings (cf. rb_str_substr, rb_range_beg_len) -----------------------------------
def range_beg_len(vm, r, length, err=0):
    beg = 0 if r.beg is None else to_long(vm, r.beg)
    end = length if r.end is None else to_long(vm, r.end)
    excl = r.excl if r.end is not None else True
    if beg < 0:
        beg += length
        if beg < 0:
            return _out_of_range(vm, r, err)
    if end < 0:
        end += length
    if not excl:
        end += 1
    if err == 0 or err == 2:
        if beg > length:
            return _out_of_range(vm, r, err)
        if end > length:
            end = length
    ln = end - beg
    if ln < 0:
        ln = 0
    return beg, ln


def _out_of_range(vm, r, err):
    if err:
        vm.raise_(vm.eRangeError, f"{inspect(vm, r)} out of range")
    return None


def substr(vm, s, beg, ln):
    t = s.s
    n = len(t)
    if ln < 0:
        return None
    if beg < 0:
        beg += n
        if beg < 0:
            return None
    if beg > n:
        return None
    return str_subseq(vm, s, beg, ln)


def str_aref(vm, s, a):
    from .core_regexp import nth_match, search, group_index
    if len(a) == 2:
        x = a[0]
        if isinstance(x, RRegexp):
            m = search(vm, x, s)
            if m is None:
                return None
            return nth_match(vm, m, group_index(vm, m, a[1]))
        return substr(vm, s, to_long(vm, x), to_long(vm, a[1]))
    if len(a) != 1:
        vm.wrong_args(len(a), 1, 2)
    x = a[0]
    t = s.s
    if type(x) is int:
        if x < -len(t) or x >= len(t):
            return None
        return like(vm, s, t[x])
    if isinstance(x, RRegexp):
        m = search(vm, x, s)
        return None if m is None else nth_match(vm, m, 0)
    if isinstance(x, RString):
        return str_duplicate(vm, vm.cString, x) if x.s in t else None
    if isinstance(x, RRange):
        r = range_beg_len(vm, x, len(t))
        if r is None:
            return None
        return str_subseq(vm, s, r[0], r[1])
    i = to_long(vm, x)
    if i < -len(t) or i >= len(t):
        return None
    return like(vm, s, t[i])


def str_span(vm, s, a, for_set):
    """The (start, length) that str[a...] designates, for []= and slice!; None if none."""
    from .core_regexp import search, group_index
    t = s.s
    n = len(t)
    x = a[0]
    if isinstance(x, RRegexp):
        m = search(vm, x, s)
        if m is None:
            if for_set:
                vm.raise_(vm.eIndexError, "regexp not matched")
            return None
        g = group_index(vm, m, a[1]) if len(a) > 1 else 0
        if g < 0:
            g += m.m.re.groups + 1
        if g < 0 or g > m.m.re.groups:
            if for_set:
                vm.raise_(vm.eIndexError, f"index {a[1]} out of regexp")
            return None
        st, en = m.m.span(g)
        if st < 0:
            if for_set:
                vm.raise_(vm.eIndexError, f"regexp group {g} not matched")
            return None
        return st, en - st
    if len(a) > 1:
        beg, ln = to_long(vm, x), to_long(vm, a[1])
        if ln < 0:
            if for_set:
                vm.raise_(vm.eIndexError, f"negative length {ln}")
            return None
        if beg > n or beg < -n:
            if for_set:
                vm.raise_(vm.eIndexError, f"index {beg} out of string")
            return None
        if beg < 0:
            beg += n
        return beg, min(ln, n - beg)
    if isinstance(x, RString):
        i = t.find(x.s)
        if i < 0:
            if for_set:
                vm.raise_(vm.eIndexError, "string not matched")
            return None
        return i, len(x.s)
    if isinstance(x, RRange):
        return range_beg_len(vm, x, n, 2 if for_set else 0)
    i = to_long(vm, x)
    if i > n or i < -n or (i == n and not for_set):
        if for_set:
            vm.raise_(vm.eIndexError, f"index {i} out of string")
        return None
    if i < 0:
        i += n
    return i, 1


def splice(vm, s, st, ln, val):
    """rb_str_update / rb_str_splice_0: replace ln characters at st with the String val.
    Cutting the head off with nothing in its place moves the start (rb_str_drop_bytes)."""
    t = s.s
    if st == 0 and not val.s:
        drop_bytes(vm, s, ln)
        return
    check_frozen(vm, s)
    text, binary = concat_text(vm, like(vm, s, t[:st]), val)
    text2, binary2 = concat_text(vm, RString(vm.cString, text, binary), like(vm, s, t[st + ln:]))
    slen, blen, vlen = bytesize(s), text_bytesize(t[st:st + ln], s.binary), bytesize(val)
    str_modify(vm, s)
    if blen < vlen:
        resize_capa(s, slen + vlen - blen)
    s.s = text2
    s.binary = binary2


# ---- numbers out of strings ---------------------------------------------------------------
_INT_PREFIX = {"0b": 2, "0B": 2, "0o": 8, "0O": 8, "0x": 16, "0X": 16, "0d": 10, "0D": 10}


def str_to_inum(t, base):
    """rb_cstr_to_inum (not strict): leading whitespace, sign, prefix, digits and single
    underscores; stops at the first character that does not fit."""
    i = 0
    n = len(t)
    while i < n and t[i] in " \t\n\v\f\r":
        i += 1
    sign = 1
    if i < n and t[i] in "+-":
        if t[i] == "-":
            sign = -1
        i += 1
    pre = t[i:i + 2]
    if base == 0:
        if pre in _INT_PREFIX:
            base = _INT_PREFIX[pre]
            i += 2
        elif t[i:i + 1] == "0" and n > i + 1:
            base = 8
            i += 1
        else:
            base = 10
    elif base in (2, 8, 16, 10) and pre in _INT_PREFIX and _INT_PREFIX[pre] == base:
        i += 2
    elif base == 8 and pre in ("0_",):
        pass
    digits = []
    last_us = True
    while i < n:
        c = t[i]
        if c == "_":
            if last_us:
                break
            last_us = True
            i += 1
            continue
        v = int(c, 36) if c.isascii() and c.isalnum() else 99
        if v >= base:
            break
        digits.append(c)
        last_us = False
        i += 1
    if not digits:
        return 0
    return sign * int("".join(digits), base)


_FLOAT_RE = re.compile(r"[ \t\n\v\f\r]*([+-]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][+-]?\d+(?:_\d+)*)?)")


def str_to_f(t):
    m = _FLOAT_RE.match(t)
    body = m.group(1) if m else ""
    if not body or body in "+-" or not any(ch.isdigit() for ch in body.split("e")[0].split("E")[0]):
        return 0.0
    # "5." and "1e" forms: the regexp only takes complete parts
    try:
        return float(body.replace("_", ""))
    except ValueError:
        return 0.0


# ---- Init_String --------------------------------------------------------------------------
def init(vm):
    S = vm.cString
    S.allocator = lambda vm, k: RString(k, "", True)

    def new(t, binary=False):
        return RString(vm.cString, t, binary)

    def s_init(vm, s, a, b, kw=None):
        """rb_str_init: String.new(str) is str's copy (shared when long); a capacity:
        always gives a heap buffer of at least 63 bytes."""
        if len(a) > 1:
            vm.wrong_args(len(a), 0, 1)
        capa = None
        if kw is not None:
            c = kw.d.get(intern("capacity"))
            if c is not None:
                capa = to_long(vm, c[1])
                if not -(1 << 63) <= capa < 1 << 63:
                    vm.raise_(vm.eRangeError, "bignum too big to convert into `long'")
                capa = max(capa, 63)                    # STR_BUF_MIN_SIZE
        if capa is not None:
            check_frozen(vm, s)
            o = to_rstr(vm, a[0]) if a else None
            s.shared = None
            if o is not None:
                s.s, s.binary = o.s, o.binary
            s.capa = max(capa, bytesize(s))
        elif a:
            s_init_copy(vm, s, a, b)
        if kw is not None:
            e = kw.d.get(intern("encoding"))
            if e is not None:
                from .core_encoding import enc_arg
                data = str_bytes(s)
                s.binary = enc_arg(vm, e[1])
                s.s = from_bytes(data, s.binary)
            for k, _ in kw.d.values():
                if k.name not in ("encoding", "capacity"):
                    vm.arg_error(f"unknown keyword: {inspect(vm, k)}")
        return None
    defm(S, "initialize", s_init, -1, visi="private", kw=True)

    def s_init_copy(vm, s, a, b):
        """rb_str_replace: initialize_copy (dup, clone) and replace share a long string."""
        str_modifiable(vm, s)
        if a[0] is s:
            return s
        return rb_str_replace(vm, s, to_rstr(vm, a[0]))
    defm(S, "initialize_copy", s_init_copy, 1, visi="private")
    defm(S, "replace", s_init_copy, 1)

    def try_convert(vm, k, a, b):
        x = a[0]
        if isinstance(x, RString):
            return x
        from .vm import _UNDEF
        if x is None or isinstance(x, (int, float)) or x is True or x is False:
            return None
        r = vm.call_method(x, "to_str", [], check=False)
        return None if r is _UNDEF else r
    defs(vm, S, "try_convert", try_convert, 1)

    defm(S, "to_s", lambda vm, s, a, b: s if type(s) is RString and s.klass is vm.cString
         else str_duplicate(vm, vm.cString, s), 0)
    defm(S, "to_str", lambda vm, s, a, b: s if s.klass is vm.cString
         else str_duplicate(vm, vm.cString, s), 0)
    defm(S, "inspect", lambda vm, s, a, b: new(str_inspect(s)), 0)
    defm(S, "dump", lambda vm, s, a, b: like(vm, s, str_dump(s)), 0)
    defm(S, "undump", lambda vm, s, a, b: str_undump(vm, s), 0)
    def s_to_sym(vm, s, a, b):
        if not valid_encoding(s):
            vm.raise_(vm.eEncodingError,
                      f"invalid symbol in encoding {enc_name(s)} :{str_inspect(s)}")
        return intern(s.s)
    defm(S, "to_sym", s_to_sym, 0)
    defm(S, "intern", s_to_sym, 0)

    def s_to_i(vm, s, a, b):
        base = to_long(vm, a[0]) if a else 10
        if base < 0 or base == 1 or base > 36:
            vm.arg_error(f"invalid radix {base}")
        return str_to_inum(s.s, base)
    defm(S, "to_i", s_to_i, -1)
    defm(S, "to_f", lambda vm, s, a, b: str_to_f(s.s), 0)
    defm(S, "hex", lambda vm, s, a, b: str_to_inum(s.s, 16), 0)

    def s_oct(vm, s, a, b):
        t = s.s.lstrip(" \t\n\v\f\r")
        body = t.lstrip("+-")
        if body[:2].lower() in ("0x", "0b", "0o", "0d"):
            return str_to_inum(t, 0)
        return str_to_inum(t, 8)
    defm(S, "oct", s_oct, 0)

    # comparison
    def s_eq(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RString):
            if o is None or isinstance(o, (int, float, RSymbol)) or o is True or o is False:
                return False
            if vm.respond_to(o, "to_str"):
                return vm.truthy(vm.call_method(o, "==", [s]))
            return False
        return s.s == o.s and (s.binary == o.binary or s.s.isascii() or _same_bytes(s, o))
    defm(S, "==", s_eq, 1)
    defm(S, "===", s_eq, 1)
    defm(S, "eql?", lambda vm, s, a, b: isinstance(a[0], RString) and s.s == a[0].s and
         (s.binary == a[0].binary or s.s.isascii()), 1)
    defm(S, "hash", lambda vm, s, a, b: hash(("str", s.s)) & ((1 << 61) - 1), 0)

    def s_cmp(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RString):
            if o is not None and not isinstance(o, (int, float, RSymbol)) and \
                    vm.respond_to(o, "to_str") and vm.respond_to(o, "<=>"):
                r = vm.call_method(o, "<=>", [s])
                return None if r is None else -r
            return None
        x, y = str_bytes(s), str_bytes(o)
        return (x > y) - (x < y)
    defm(S, "<=>", s_cmp, 1)

    def s_casecmp(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RString):
            if type(o) is RSymbol or o is None or isinstance(o, (int, float)) or \
                    o is True or o is False or not vm.respond_to(o, "to_str"):
                return None
            o = to_rstr(vm, o)
        x, y = to_bytes(_ascii_down(s.s), s.binary), to_bytes(_ascii_down(o.s), o.binary)
        return (x > y) - (x < y)

    def s_casecmp_p(vm, s, a, b):
        o = a[0]
        if not isinstance(o, RString):
            if type(o) is RSymbol or o is None or isinstance(o, (int, float)) or \
                    o is True or o is False or not vm.respond_to(o, "to_str"):
                return None
            o = to_rstr(vm, o)
        return s.s.casefold() == o.s.casefold()
    defm(S, "casecmp", s_casecmp, 1)
    defm(S, "casecmp?", s_casecmp_p, 1)

    # building
    def s_plus(vm, s, a, b):
        o = to_rstr(vm, a[0])
        t, binary = concat_text(vm, s, o)
        return new(t, binary)
    defm(S, "+", s_plus, 1)

    def s_mul(vm, s, a, b):
        n = to_long(vm, a[0])
        if n < 0:
            vm.arg_error("negative argument")
        if n and len(s.s) * n >= 1 << 31:
            vm.arg_error("argument too big")
        if n == 1:
            return str_duplicate(vm, vm.cString, s)
        return like(vm, s, s.s * n)
    defm(S, "*", s_mul, 1)

    def s_format(vm, s, a, b):
        x = a[0]
        args = list(x.a) if isinstance(x, RArray) else [x]
        return like(vm, s, format_str(vm, s.s, args))
    defm(S, "%", s_format, 1)

    def append(vm, s, x):
        """rb_str_concat: a String through str_buf_cat (the buffer doubles as it grows); a
        codepoint through rb_str_resize, or str_buf_cat in ASCII-8BIT and US-ASCII."""
        if type(x) is int:
            if x < 0:
                vm.raise_(vm.eRangeError, f"{x} out of char range")
            if s.binary is not False:
                if x > 255:
                    vm.raise_(vm.eRangeError, f"{x} out of char range")
            else:
                if x > 0x10FFFF:
                    vm.raise_(vm.eRangeError, f"{x} out of char range")
                if 0xD800 <= x <= 0xDFFF:
                    vm.raise_(vm.eRangeError, f"invalid codepoint 0x{x:X} in UTF-8")
            c = chr(x)
            olen = bytesize(s)
            added = text_bytesize(c, s.binary)
            if s.binary is True or s.binary == "US-ASCII":
                str_modify(vm, s)
                buf_cat(s, olen, added)
            else:
                check_frozen(vm, s)
                str_resize(s, olen, olen + added)
            s.s += c
            return
        o = to_rstr(vm, x)
        text, binary = concat_text(vm, s, o)
        olen, added = bytesize(s), bytesize(o)
        str_modify(vm, s)
        buf_cat(s, olen, added)
        s.s, s.binary = text, binary

    def s_ltlt(vm, s, a, b):
        check_frozen(vm, s)
        append(vm, s, a[0])
        return s
    defm(S, "<<", s_ltlt, 1)

    def s_concat(vm, s, a, b):
        """rb_str_concat_multi: several arguments are joined first, then appended once."""
        check_frozen(vm, s)
        if len(a) == 1:
            append(vm, s, a[0])
        elif a:
            parts = [x if type(x) is int else to_rstr(vm, x) for x in a]
            joined = new("", s.binary)
            for x in parts:
                append(vm, joined, x)
            append(vm, s, joined)
        return s
    defm(S, "concat", s_concat, -1)

    def s_prepend(vm, s, a, b):
        """rb_str_prepend_multi: the arguments joined, then rb_str_update(str, 0, 0, ...)."""
        check_frozen(vm, s)
        if not a:
            return s
        pre = new("", s.binary)
        for x in a:
            append(vm, pre, to_rstr(vm, x))
        if not pre.s:
            drop_bytes(vm, s, 0)
            return s
        text, binary = concat_text(vm, pre, s)
        slen, vlen = bytesize(s), bytesize(pre)
        str_modify(vm, s)
        resize_capa(s, slen + vlen)
        s.s, s.binary = text, binary
        return s
    defm(S, "prepend", s_prepend, -1)

    def s_insert(vm, s, a, b):
        i = to_long(vm, a[0])
        o = to_rstr(vm, a[1])
        check_frozen(vm, s)
        n = len(s.s)
        at_end = i == -1
        if at_end:
            i = n
        elif i < 0:
            i += 1
            if i < -n:
                vm.raise_(vm.eIndexError, f"index {i} out of string")
            i += n
        elif i > n:
            vm.raise_(vm.eIndexError, f"index {i} out of string")
        if at_end:
            append(vm, s, o)                # rb_str_append
        else:
            splice(vm, s, i, 0, o)
        return s
    defm(S, "insert", s_insert, 2)

    def s_clear(vm, s, a, b):
        """rb_str_clear: the buffer goes (str_discard); the string is embedded and empty."""
        check_frozen(vm, s)
        s.shared = None
        s.capa = None
        s.s = ""
        return s
    defm(S, "clear", s_clear, 0)

    # sizes and bytes
    defm(S, "length", lambda vm, s, a, b: char_len(s), 0)
    defm(S, "size", lambda vm, s, a, b: char_len(s), 0)
    defm(S, "bytesize", lambda vm, s, a, b: byte_len(s.s, s.binary), 0)
    defm(S, "empty?", lambda vm, s, a, b: not s.s, 0)

    def s_ord(vm, s, a, b):
        if not s.s:
            vm.arg_error("empty string")
        c = s.s[0]
        if s.binary is False and "\udc80" <= c <= "\udcff":
            vm.arg_error("invalid byte sequence in UTF-8")
        return ord(c)
    defm(S, "ord", s_ord, 0)

    def s_sum(vm, s, a, b):
        bits = to_long(vm, a[0]) if a else 16
        total = sum(str_bytes(s))
        return total & ((1 << bits) - 1) if bits > 0 else total
    defm(S, "sum", s_sum, -1)
    defm(S, "chr", lambda vm, s, a, b: like(vm, s, s.s[:1]), 0)
    defm(S, "bytes", lambda vm, s, a, b: vm.ary_new(list(str_bytes(s))), 0)
    defm(S, "chars", lambda vm, s, a, b: vm.ary_new([like(vm, s, c) for c in s.s]), 0)
    defm(S, "codepoints", lambda vm, s, a, b: vm.ary_new(codepoints(vm, s)), 0)
    defm(S, "grapheme_clusters", lambda vm, s, a, b: vm.ary_new(
        [like(vm, s, g) for g in graphemes(s.s)]), 0)

    def s_getbyte(vm, s, a, b):
        bs = str_bytes(s)
        i = to_long(vm, a[0])
        if i < -len(bs) or i >= len(bs):
            return None
        return bs[i]
    defm(S, "getbyte", s_getbyte, 1)

    def s_setbyte(vm, s, a, b):
        i, v = to_long(vm, a[0]), to_long(vm, a[1])
        bs = bytearray(str_bytes(s))
        if i < -len(bs) or i >= len(bs):
            vm.raise_(vm.eIndexError, f"index {i} out of string")
        str_modify(vm, s)
        bs[i] = v & 0xFF
        s.s = from_bytes(bytes(bs), s.binary)
        return v
    defm(S, "setbyte", s_setbyte, 2)

    def s_byteslice(vm, s, a, b):
        bs = str_bytes(s)
        n = len(bs)
        if len(a) == 2:
            st, ln = to_long(vm, a[0]), to_long(vm, a[1])
            if ln < 0:
                return None
        elif isinstance(a[0], RRange):
            r = range_beg_len(vm, a[0], n)
            if r is None:
                return None
            st, ln = r
        else:
            st = to_long(vm, a[0])
            ln = 1
            if st < -n or st >= n:
                return None
        if st < 0:
            st += n
            if st < 0:
                return None
        if st > n:
            return None
        return subseq_of(vm, s, from_bytes(bs[st:st + ln], s.binary), st + ln >= n)
    defm(S, "byteslice", s_byteslice, -1)

    # case
    for name, kind in (("upcase", "up"), ("downcase", "down"), ("capitalize", "cap"),
                       ("swapcase", "swap")):
        def plain(vm, s, a, b, kind=kind):
            return like(vm, s, case_map(kind, s.s, _case_opts(vm, a), s.binary))

        def bang(vm, s, a, b, kind=kind):
            str_modify(vm, s)
            r = case_map(kind, s.s, _case_opts(vm, a), s.binary)
            if r == s.s:
                return None
            s.s = r
            return s
        defm(S, name, plain, -1)
        defm(S, name + "!", bang, -1)

    # whitespace
    ws = " \t\n\v\f\r\0"
    for name, fn, left, right in (("strip", lambda t: t.strip(ws), True, True),
                                  ("lstrip", lambda t: t.lstrip(ws), True, False),
                                  ("rstrip", lambda t: t.rstrip(ws), False, True)):
        def plain(vm, s, a, b, left=left, right=right):
            # rb_str_strip: rb_str_subseq(str, loffset, len - loffset - roffset)
            t = s.s
            beg = len(t) - len(t.lstrip(ws)) if left else 0
            end = len(t.rstrip(ws)) if right else len(t)
            return str_subseq(vm, s, beg, max(end - beg, 0))

        def bang(vm, s, a, b, fn=fn):
            str_modify(vm, s)
            r = fn(s.s)
            if r == s.s:
                return None
            s.s = r
            return s
        defm(S, name, plain, 0)
        defm(S, name + "!", bang, 0)

    def chomp_text(vm, t, a):
        if len(a) > 1:
            vm.wrong_args(len(a), 0, 1)
        if a and a[0] is None:
            return t
        if a:
            sep = to_str(vm, a[0])
            if sep == "":
                while t.endswith("\n"):
                    t = t[:-2] if t.endswith("\r\n") else t[:-1]
                return t
            if sep != "\n":
                return t[:-len(sep)] if t.endswith(sep) else t
        if t.endswith("\r\n"):
            return t[:-2]
        if t.endswith("\n") or t.endswith("\r"):
            return t[:-1]
        return t

    def chop_text(t):
        return t[:-2] if t.endswith("\r\n") else t[:-1]

    def s_chomp(vm, s, a, b):
        return str_subseq(vm, s, 0, len(chomp_text(vm, s.s, a)))

    def s_chomp_bang(vm, s, a, b):
        check_frozen(vm, s)
        r = chomp_text(vm, s.s, a)
        if r == s.s:
            return None
        str_modify(vm, s)
        s.s = r
        return s
    defm(S, "chomp", s_chomp, -1)
    defm(S, "chomp!", s_chomp_bang, -1)
    defm(S, "chop", lambda vm, s, a, b: str_subseq(vm, s, 0, len(chop_text(s.s))), 0)

    def s_chop_bang(vm, s, a, b):
        str_modify(vm, s)
        if not s.s:
            return None
        s.s = chop_text(s.s)
        return s
    defm(S, "chop!", s_chop_bang, 0)

    defm(S, "center", lambda vm, s, a, b: justify(vm, s, a, "c"), -1)
    defm(S, "ljust", lambda vm, s, a, b: justify(vm, s, a, "l"), -1)
    defm(S, "rjust", lambda vm, s, a, b: justify(vm, s, a, "r"), -1)

    # searching
    def s_include(vm, s, a, b):
        return to_str(vm, a[0]) in s.s
    defm(S, "include?", s_include, 1)

    def s_start_with(vm, s, a, b):
        from .core_regexp import set_last_match, RMatch
        for x in a:
            if isinstance(x, RRegexp):
                mm = x.pat.match(s.s)
                if mm is not None:
                    set_last_match(vm, RMatch(vm.cMatchData, mm, x, str_new_frozen(vm, s)))
                    return True
                set_last_match(vm, None)
            elif s.s.startswith(to_str(vm, x)):
                return True
        return False
    defm(S, "start_with?", s_start_with, -1)
    defm(S, "end_with?", lambda vm, s, a, b: any(s.s.endswith(to_str(vm, x)) for x in a), -1)

    def s_delete_prefix(vm, s, a, b):
        p = to_str(vm, a[0])
        if p and s.s.startswith(p):
            return str_subseq(vm, s, len(p), len(s.s) - len(p))
        return str_duplicate(vm, vm.cString, s)

    def s_delete_suffix(vm, s, a, b):
        p = to_str(vm, a[0])
        if p and s.s.endswith(p):
            return str_subseq(vm, s, 0, len(s.s) - len(p))
        return str_duplicate(vm, vm.cString, s)

    def bang_of(text_of, empty=None):
        """A bang method that modifies (and so un-shares) before it looks, as tr!, delete!
        and squeeze! do (str_modify_keep_cr first); nil when nothing changed. `empty`
        checks the arguments of one that returns nil for an empty string straight away."""
        def f(vm, s, a, b):
            if empty is not None and not s.s:
                empty(vm, a)
                return None
            str_modify(vm, s)
            r = text_of(vm, s, a)
            if r == s.s:
                return None
            s.s = r
            return s
        return f

    def s_delete_prefix_bang(vm, s, a, b):
        str_modify(vm, s)
        p = to_str(vm, a[0])
        if not (p and s.s.startswith(p)):
            return None
        drop_bytes(vm, s, len(p))
        return s

    def s_delete_suffix_bang(vm, s, a, b):
        check_frozen(vm, s)
        p = to_str(vm, a[0])
        if not (p and s.s.endswith(p)):
            return None
        str_modify(vm, s)
        s.s = s.s[:-len(p)]
        return s
    defm(S, "delete_prefix", s_delete_prefix, 1)
    defm(S, "delete_suffix", s_delete_suffix, 1)
    defm(S, "delete_prefix!", s_delete_prefix_bang, 1)
    defm(S, "delete_suffix!", s_delete_suffix_bang, 1)

    def s_index(vm, s, a, b):
        from .core_regexp import search, set_last_match
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        t = s.s
        n = len(t)
        pos = to_long(vm, a[1]) if len(a) > 1 else 0
        x = a[0]
        if pos < 0:
            pos += n
            if pos < 0:
                if isinstance(x, RRegexp):
                    set_last_match(vm, None)
                return None
        if isinstance(x, RRegexp):
            if pos > n:
                set_last_match(vm, None)
                return None
            m = search(vm, x, s, pos)
            return None if m is None else m.m.start()
        sub = to_str(vm, x)
        if pos > n:
            return None
        i = t.find(sub, pos)
        return None if i < 0 else i
    defm(S, "index", s_index, -1)

    def s_rindex(vm, s, a, b):
        from .core_regexp import set_last_match, RMatch
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        t = s.s
        n = len(t)
        x = a[0]
        pos = n
        if len(a) > 1:
            pos = to_long(vm, a[1])
            if pos < 0:
                pos += n
                if pos < 0:
                    if isinstance(x, RRegexp):
                        set_last_match(vm, None)
                    return None
            if pos > n:
                pos = n
        if isinstance(x, RRegexp):
            for i in range(pos, -1, -1):
                mm = x.pat.match(t, i)
                if mm is not None:
                    set_last_match(vm, RMatch(vm.cMatchData, mm, x, str_new_frozen(vm, s)))
                    return i
            set_last_match(vm, None)
            return None
        sub = to_str(vm, x)
        i = t.rfind(sub, 0, pos + len(sub))
        return None if i < 0 else i
    defm(S, "rindex", s_rindex, -1)

    # tr family: the plain forms are a copy (str_duplicate) run through the bang form
    def tr_of(vm, s, a):
        return tr_text(vm, s.s, to_str(vm, a[0]), to_str(vm, a[1]), False)

    def tr_s_of(vm, s, a):
        return tr_text(vm, s.s, to_str(vm, a[0]), to_str(vm, a[1]), True)

    def delete_of(vm, s, a):
        sets = char_sets(vm, a)
        return "".join(c for c in s.s if not in_all(sets, c))

    def squeeze_of(vm, s, a):
        sets = [CharSet(vm, to_str(vm, x)) for x in a]
        out = []
        for c in s.s:
            if out and out[-1] == c and in_all(sets, c):
                continue
            out.append(c)
        return "".join(out)

    def tr_args(vm, a):                 # tr_trans: StringValue(src), StringValue(repl)
        to_str(vm, a[0])
        to_str(vm, a[1])

    def s_count(vm, s, a, b):
        sets = char_sets(vm, a)
        return sum(1 for c in s.s if in_all(sets, c))

    def on_copy(bang):
        def f(vm, s, a, b):
            r = str_duplicate(vm, vm.cString, s)
            bang(vm, r, a, b)
            return r
        return f
    tr_bang = bang_of(tr_of, tr_args)
    tr_s_bang = bang_of(tr_s_of, tr_args)
    delete_bang = bang_of(delete_of, lambda vm, a: None)
    squeeze_bang = bang_of(squeeze_of)
    defm(S, "tr", on_copy(tr_bang), 2)
    defm(S, "tr_s", on_copy(tr_s_bang), 2)
    defm(S, "delete", on_copy(delete_bang), -1)
    defm(S, "squeeze", on_copy(squeeze_bang), -1)
    defm(S, "count", s_count, -1)
    defm(S, "tr!", tr_bang, 2)
    defm(S, "tr_s!", tr_s_bang, 2)
    defm(S, "delete!", delete_bang, -1)
    defm(S, "squeeze!", squeeze_bang, -1)

    defm(S, "reverse", lambda vm, s, a, b: like(vm, s, s.s[::-1]), 0)

    def s_reverse_bang(vm, s, a, b):
        # rb_str_reverse_bang: in place for single-byte text, else the reversed copy's buffer
        check_frozen(vm, s)
        if len(s.s) > 1 and not (s.s.isascii() or s.binary is not False):
            shared_replace(vm, s, like(vm, s, s.s[::-1]))
            return s
        str_modify(vm, s)
        s.s = s.s[::-1]
        return s
    defm(S, "reverse!", s_reverse_bang, 0)

    def s_succ(vm, s, a, b):
        return like(vm, s, str_succ(s.s, s.binary))

    def s_succ_bang(vm, s, a, b):
        str_modify(vm, s)
        r = str_succ(s.s, s.binary)
        n = text_bytesize(r, s.binary)
        if n > bytesize(s):
            resize_capa(s, n)
        s.s = r
        return s
    defm(S, "succ", s_succ, 0)
    defm(S, "next", s_succ, 0)
    defm(S, "succ!", s_succ_bang, 0)
    defm(S, "next!", s_succ_bang, 0)

    # element reference and assignment
    defm(S, "[]", lambda vm, s, a, b: str_aref(vm, s, a), -1)
    defm(S, "slice", lambda vm, s, a, b: str_aref(vm, s, a), -1)

    def s_aset(vm, s, a, b):
        if not 2 <= len(a) <= 3:
            vm.wrong_args(len(a), 2, 3)
        val = to_rstr(vm, a[-1])
        check_frozen(vm, s)
        st, ln = str_span(vm, s, a[:-1], True)
        splice(vm, s, st, ln, val)
        return a[-1]
    defm(S, "[]=", s_aset, -1)

    def s_slice_bang(vm, s, a, b):
        """rb_str_slice_bang: the cut-out part is a copy (a String argument's own copy);
        cutting the head moves the start (rb_str_drop_bytes), elsewhere the bytes move."""
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        str_modify(vm, s)
        r = str_span(vm, s, a, False)
        if r is None:
            return None
        st, ln = r
        if isinstance(a[0], RString):
            res = str_duplicate(vm, vm.cString, a[0])
        else:
            res = like(vm, s, s.s[st:st + ln])
        if ln > 0:
            if st == 0:
                drop_bytes(vm, s, ln)
            else:
                str_modify(vm, s)       # a regexp search above may have shared it again
                s.s = s.s[:st] + s.s[st + ln:]
        return res
    defm(S, "slice!", s_slice_bang, -1)

    def s_crypt(vm, s, a, b):
        salt = to_str(vm, a[0])
        if len(salt) < 2:
            vm.arg_error("salt too short (need >=2 bytes)")
        try:
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                import crypt as _crypt          # the platform's crypt(3), as CRuby uses
            r = _crypt.crypt(s.s, salt)
        except (ImportError, OSError):
            r = None
        if r is None:
            vm.raise_(vm.eNotImplementedError, "crypt() function is unimplemented on this machine")
        return new(r)
    defm(S, "crypt", s_crypt, 1)

    # freezing and copying
    def s_freeze(vm, s, a, b):
        # rb_str_freeze: rb_str_resize(str, len) first (a short heap string is embedded)
        if not s.flags & FL_FROZEN:
            n = bytesize(s)
            str_resize(s, n, n)
            s.flags |= FL_FROZEN
        return s
    defm(S, "freeze", s_freeze, 0)
    defm(S, "-@", lambda vm, s, a, b: str_uminus(vm, s), 0)
    defm(S, "+@", lambda vm, s, a, b: str_duplicate(vm, vm.real_class(s), s)
         if s.flags & FL_FROZEN else s, 0)

    # encodings and the rest
    from . import core_encoding, core_pack
    core_encoding.init_string(vm)
    core_pack.init(vm)


def _same_bytes(a, b):
    return str_bytes(a) == str_bytes(b) and (a.s.isascii() or a.binary == b.binary)


def codepoints(vm, s):
    if s.binary is False:
        for c in s.s:
            if "\udc80" <= c <= "\udcff":
                vm.arg_error("invalid byte sequence in UTF-8")
    return [ord(c) for c in s.s]


def graphemes(t):
    out = []
    for c in t:
        if out and (unicodedata.combining(c) or c in "\u200d\ufe0f" or
                    (out[-1].endswith("\u200d"))):
            out[-1] += c
        elif out and out[-1] == "\r" and c == "\n":
            out[-1] += c
        else:
            out.append(c)
    return out


def fstring(vm, s):
    """rb_fstring for a frozen literal: the one frozen, deduplicated String with these
    contents (per VM)."""
    return register_fstring(vm, s)
