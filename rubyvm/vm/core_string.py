"""String and Symbol (cf. string.c, symbol.c)."""
from __future__ import annotations

from ..core import sprintf as SP
from ..ast.literals import symbol_inspect
from ..lexer.inspect import ruby_str_inspect
from .bootstrap import defm, defs
from .core_object import inspect, to_s
from .objects import FL_FROZEN, RArray, RString, RSymbol, intern


def str_inspect(s):
    if s.binary:
        return SP.str_inspect(s.s, binary=True)
    return ruby_str_inspect(s.s)


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
    if isinstance(v, _Wrap):
        return inspect(vm, v.v)
    if isinstance(v, RSymbol):
        return symbol_inspect(v.name)
    return SP.ruby_inspect(v)


def check_frozen(vm, s):
    if s.flags & FL_FROZEN:
        vm.raise_exc_frozen(s, str_inspect(s))


def to_str(vm, v):
    if isinstance(v, RString):
        return v.s
    from .vm import _UNDEF
    r = vm.call_method(v, "to_str", [], check=False) if v is not None and not isinstance(v, (int, float)) else _UNDEF
    if r is _UNDEF:
        vm.type_error(f"no implicit conversion of {vm.describe_class(v)} into String")
    return r.s


def init(vm):
    S = vm.cString
    S.allocator = lambda vm, k: RString(k, "")
    new = lambda s: vm.str_new(s)

    def s_init(vm, s, a, b, kw=None):
        if a:
            s.s = to_str(vm, a[0])
        return None
    defm(S, "initialize", s_init, -1, visi="private", kw=True)
    defm(S, "to_s", lambda vm, s, a, b: s if type(s) is RString else new(s.s), 0)
    defm(S, "to_str", lambda vm, s, a, b: s, 0)
    defm(S, "inspect", lambda vm, s, a, b: new(str_inspect(s)), 0)
    defm(S, "dump", lambda vm, s, a, b: new(str_inspect(s)), 0)
    defm(S, "to_sym", lambda vm, s, a, b: intern(s.s), 0)
    defm(S, "intern", lambda vm, s, a, b: intern(s.s), 0)

    def s_to_i(vm, s, a, b):
        import re
        base = a[0] if a else 10
        t = s.s.strip().replace("_", "")
        m = re.match(r"[+-]?[0-9a-zA-Z]*", t)
        digs = m.group(0) if m else ""
        while digs:
            try:
                return int(digs, base)
            except ValueError:
                digs = digs[:-1]
        return 0
    defm(S, "to_i", s_to_i, -1)

    def s_to_f(vm, s, a, b):
        import re
        m = re.match(r"\s*[+-]?(\d[\d_]*)?(\.\d+)?([eE][+-]?\d+)?", s.s)
        try:
            return float(m.group(0).replace("_", "")) if m and m.group(0).strip() else 0.0
        except ValueError:
            return 0.0
    defm(S, "to_f", s_to_f, 0)
    defm(S, "==", lambda vm, s, a, b: isinstance(a[0], RString) and s.s == a[0].s, 1)
    defm(S, "===", lambda vm, s, a, b: isinstance(a[0], RString) and s.s == a[0].s, 1)
    defm(S, "eql?", lambda vm, s, a, b: isinstance(a[0], RString) and s.s == a[0].s, 1)
    defm(S, "hash", lambda vm, s, a, b: hash(s.s), 0)
    defm(S, "<=>", lambda vm, s, a, b: ((s.s > a[0].s) - (s.s < a[0].s)) if isinstance(a[0], RString) else None, 1)

    def s_plus(vm, s, a, b):
        return vm.str_new(s.s + to_str(vm, a[0]))
    defm(S, "+", s_plus, 1)

    def s_mul(vm, s, a, b):
        if a[0] < 0:
            vm.arg_error("negative argument")
        return vm.str_new(s.s * a[0])
    defm(S, "*", s_mul, 1)
    defm(S, "%", lambda vm, s, a, b: new(format_str(vm, s.s, list(a[0].a) if isinstance(a[0], RArray) else [a[0]])), 1)

    def s_concat(vm, s, a, b):
        check_frozen(vm, s)
        for x in a:
            if type(x) is int:
                s.s += chr(x)
            else:
                s.s += to_str(vm, x)
        return s
    defm(S, "<<", s_concat, 1)
    defm(S, "concat", s_concat, -1)
    defm(S, "length", lambda vm, s, a, b: len(s.s), 0)
    defm(S, "size", lambda vm, s, a, b: len(s.s), 0)
    defm(S, "bytesize", lambda vm, s, a, b: len(s.s.encode("utf-8", "surrogateescape")) if not s.binary else len(s.s), 0)
    defm(S, "empty?", lambda vm, s, a, b: not s.s, 0)
    defm(S, "upcase", lambda vm, s, a, b: new(s.s.upper()), -1)
    defm(S, "downcase", lambda vm, s, a, b: new(s.s.lower()), -1)
    defm(S, "capitalize", lambda vm, s, a, b: new(s.s[:1].upper() + s.s[1:].lower()), -1)
    defm(S, "swapcase", lambda vm, s, a, b: new(s.s.swapcase()), -1)

    def bang(fn):
        def f(vm, s, a, b):
            check_frozen(vm, s)
            r = fn(s.s)
            if r == s.s:
                return None
            s.s = r
            return s
        return f
    defm(S, "upcase!", bang(str.upper), -1)
    defm(S, "downcase!", bang(str.lower), -1)
    defm(S, "capitalize!", bang(lambda x: x[:1].upper() + x[1:].lower()), -1)
    defm(S, "strip!", bang(lambda x: x.strip(" \t\n\v\f\r\0")), 0)
    defm(S, "chomp!", bang(lambda x: x[:-1] if x.endswith("\n") else x), -1)
    defm(S, "reverse", lambda vm, s, a, b: new(s.s[::-1]), 0)
    defm(S, "strip", lambda vm, s, a, b: new(s.s.strip(" \t\n\v\f\r\0")), 0)
    defm(S, "lstrip", lambda vm, s, a, b: new(s.s.lstrip(" \t\n\v\f\r\0")), 0)
    defm(S, "rstrip", lambda vm, s, a, b: new(s.s.rstrip(" \t\n\v\f\r\0")), 0)

    def chomp(vm, s, a, b):
        t = s.s
        if a and a[0] is None:
            return new(t)
        if a and a[0].s == "":
            while t.endswith("\n"):
                t = t[:-2] if t.endswith("\r\n") else t[:-1]
            return new(t)
        if a and a[0].s != "\n":
            suf = a[0].s
            return new(t[:-len(suf)] if suf and t.endswith(suf) else t)
        if t.endswith("\r\n"):
            return new(t[:-2])
        if t.endswith("\n") or t.endswith("\r"):
            return new(t[:-1])
        return new(t)
    defm(S, "chomp", chomp, -1)
    defm(S, "chop", lambda vm, s, a, b: new(s.s[:-2] if s.s.endswith("\r\n") else s.s[:-1]), 0)
    defm(S, "chars", lambda vm, s, a, b: vm.ary_new([new(c) for c in s.s]), 0)
    defm(S, "bytes", lambda vm, s, a, b: vm.ary_new(list(s.s.encode("utf-8", "surrogateescape"))), 0)
    defm(S, "lines", lambda vm, s, a, b: vm.ary_new([new(x) for x in s.s.splitlines(True)]), -1)
    defm(S, "ord", lambda vm, s, a, b: ord(s.s[0]), 0)
    defm(S, "freeze", lambda vm, s, a, b: (setattr(s, "flags", s.flags | FL_FROZEN), s)[1], 0)
    defm(S, "-@", lambda vm, s, a, b: s if s.flags & FL_FROZEN else (setattr(s, "flags", s.flags | FL_FROZEN), s)[1], 0)
    defm(S, "+@", lambda vm, s, a, b: vm.str_new(s.s) if s.flags & FL_FROZEN else s, 0)
    defm(S, "dup", lambda vm, s, a, b: RString(vm.real_class(s), s.s, s.binary), 0)

    def split(vm, s, a, b):
        t = s.s
        from .objects import RRegexp
        lim = a[1] if len(a) > 1 else 0
        if not a or a[0] is None or (isinstance(a[0], RString) and a[0].s == " "):
            parts = t.split(None, lim - 1) if lim > 0 else t.split()
        elif isinstance(a[0], RRegexp):
            import re
            parts = re.split(a[0].pat, t) if True else []
            if a[0].pat.pattern == "":
                parts = list(t)
            parts = [p for p in parts if p is not None]
        else:
            sep = a[0].s
            if sep == "":
                parts = list(t)
            else:
                parts = t.split(sep, lim - 1) if lim > 0 else t.split(sep)
        if lim == 0:
            while parts and parts[-1] == "":
                parts.pop()
        return vm.ary_new([new(p) for p in parts])
    defm(S, "split", split, -1)

    def aref(vm, s, a, b):
        from .objects import RRange, RRegexp
        t = s.s
        x = a[0]
        if type(x) is int:
            if len(a) > 1:
                n = a[1]
                if x < 0:
                    x += len(t)
                if x < 0 or x > len(t) or n < 0:
                    return None
                return new(t[x:x + n])
            if x < -len(t) or x >= len(t):
                return None
            return new(t[x])
        if isinstance(x, RRange):
            from .core_range import range_bounds
            r = range_bounds(vm, x, len(t))
            if r is None:
                return None
            st, ln = r
            return new(t[st:st + ln])
        if isinstance(x, RString):
            return new(x.s) if x.s in t else None
        if isinstance(x, RRegexp):
            m = x.pat.search(t)
            if m is None:
                return None
            return new(m.group(a[1] if len(a) > 1 else 0))
        return None
    defm(S, "[]", aref, -1)
    defm(S, "slice", aref, -1)

    def aset(vm, s, a, b):
        check_frozen(vm, s)
        t = s.s
        x = a[0]
        v = a[-1].s
        if type(x) is int:
            if x < 0:
                x += len(t)
            n = a[1] if len(a) == 3 else 1
            s.s = t[:x] + v + t[x + n:]
        elif isinstance(x, RString):
            i = t.find(x.s)
            if i < 0:
                vm.raise_(vm.eIndexError, "string not matched")
            s.s = t[:i] + v + t[i + len(x.s):]
        else:
            from .core_range import range_bounds
            st, ln = range_bounds(vm, x, len(t))
            s.s = t[:st] + v + t[st + ln:]
        return a[-1]
    defm(S, "[]=", aset, -1)
    defm(S, "include?", lambda vm, s, a, b: to_str(vm, a[0]) in s.s, 1)
    defm(S, "start_with?", lambda vm, s, a, b: any((x.pat.match(s.s) is not None) if not isinstance(x, RString) else s.s.startswith(x.s) for x in a), -1)
    defm(S, "end_with?", lambda vm, s, a, b: any(s.s.endswith(x.s) for x in a), -1)

    def delete_prefix(vm, s, a, b):
        p = to_str(vm, a[0])
        return vm.str_new(s.s[len(p):] if p and s.s.startswith(p) else s.s)

    def delete_suffix(vm, s, a, b):
        x = to_str(vm, a[0])
        return vm.str_new(s.s[:-len(x)] if x and s.s.endswith(x) else s.s)
    defm(S, "delete_prefix", delete_prefix, 1)
    defm(S, "delete_suffix", delete_suffix, 1)
    defm(S, "index", lambda vm, s, a, b: (lambda i: None if i < 0 else i)(s.s.find(a[0].s, *(a[1:]))) if isinstance(a[0], RString) else _re_index(vm, s, a[0]), -1)
    defm(S, "rindex", lambda vm, s, a, b: (lambda i: None if i < 0 else i)(s.s.rfind(a[0].s)), -1)
    defm(S, "count", lambda vm, s, a, b: sum(1 for c in s.s if c in _charset(a[0].s)), -1)
    defm(S, "delete", lambda vm, s, a, b: new("".join(c for c in s.s if c not in _charset(a[0].s))), -1)
    defm(S, "squeeze", lambda vm, s, a, b: new(_squeeze(s.s)), -1)
    defm(S, "center", lambda vm, s, a, b: new(_pad(s.s, a, "c")), -1)
    defm(S, "ljust", lambda vm, s, a, b: new(_pad(s.s, a, "l")), -1)
    defm(S, "rjust", lambda vm, s, a, b: new(_pad(s.s, a, "r")), -1)
    defm(S, "succ", lambda vm, s, a, b: new(_succ(s.s)), 0)
    defm(S, "next", lambda vm, s, a, b: new(_succ(s.s)), 0)
    defm(S, "tr", lambda vm, s, a, b: new(_tr(s.s, a[0].s, a[1].s)), 2)

    def bang2(meth):
        def f(vm, s, a, b):
            check_frozen(vm, s)
            r = vm.call_method(s, meth, list(a))
            if r.s == s.s:
                return None
            s.s = r.s
            return s
        return f
    for meth in ("tr", "delete", "squeeze", "succ", "next",
                 "lstrip", "rstrip", "chop"):
        if meth + "!" not in S.m_tbl:
            defm(S, meth + "!", bang2(meth), -1)
    defm(S, "chomp!", bang2("chomp"), -1)
    defm(S, "encoding", lambda vm, s, a, b: vm.str_new("ASCII-8BIT" if s.binary else "UTF-8"), 0)
    defm(S, "force_encoding", lambda vm, s, a, b: s, 1)
    defm(S, "b", lambda vm, s, a, b: RString(vm.cString, s.s.encode("utf-8", "surrogateescape").decode("latin-1"), True), 0)
    defm(S, "valid_encoding?", lambda vm, s, a, b: True, 0)
    defm(S, "unicode_normalize", lambda vm, s, a, b: s, -1)
    defm(S, "hex", lambda vm, s, a, b: int(s.s, 16) if s.s else 0, 0)
    defm(S, "replace", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "s", a[0].s), s)[2], 1)
    defm(S, "clear", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "s", ""), s)[2], 0)
    defm(S, "prepend", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "s", "".join(x.s for x in a) + s.s), s)[2], -1)
    defm(S, "insert", lambda vm, s, a, b: (check_frozen(vm, s), setattr(s, "s", s.s[:a[0]] + a[1].s + s.s[a[0]:] if a[0] >= 0 else s.s + a[1].s), s)[2], 2)
    defm(S, "unpack1", lambda vm, s, a, b: None, 1)
    defm(S, "encode", lambda vm, s, a, b: vm.str_new(s.s), -1)
    defm(S, "=~", lambda vm, s, a, b: vm.call_method(a[0], "=~", [s]), 1)

    def s_match(vm, s, a, b):
        from .core_regexp import regexp_new
        from .objects import RRegexp
        r = a[0] if isinstance(a[0], RRegexp) else regexp_new(vm, __import__("re").escape(a[0].s), 0)
        return vm.call_method(r, "match", [s])
    defm(S, "match", s_match, -1)
    defm(S, "match?", lambda vm, s, a, b: (a[0].pat.search(s.s) is not None) if not isinstance(a[0], RString) else a[0].s in s.s, -1)

    # Symbol
    Y = vm.cSymbol
    Y.allocator = None
    defm(Y, "to_s", lambda vm, s, a, b: new(s.name), 0)
    defm(Y, "id2name", lambda vm, s, a, b: new(s.name), 0)
    defm(Y, "name", lambda vm, s, a, b: (lambda x: (setattr(x, "flags", x.flags | FL_FROZEN), x)[1])(new(s.name)), 0)
    defm(Y, "to_sym", lambda vm, s, a, b: s, 0)
    defm(Y, "inspect", lambda vm, s, a, b: new(symbol_inspect(s.name)), 0)
    defm(Y, "length", lambda vm, s, a, b: len(s.name), 0)
    defm(Y, "size", lambda vm, s, a, b: len(s.name), 0)
    defm(Y, "upcase", lambda vm, s, a, b: intern(s.name.upper()), 0)
    defm(Y, "<=>", lambda vm, s, a, b: ((s.name > a[0].name) - (s.name < a[0].name)) if type(a[0]) is RSymbol else None, 1)
    defm(Y, "==", lambda vm, s, a, b: s is a[0], 1)
    defm(Y, "[]", lambda vm, s, a, b: aref(vm, new(s.name), a, b), -1)
    defm(Y, "start_with?", lambda vm, s, a, b: any(s.name.startswith(x.s) for x in a), -1)
    defm(Y, "end_with?", lambda vm, s, a, b: any(s.name.endswith(x.s) for x in a), -1)
    defm(Y, "empty?", lambda vm, s, a, b: not s.name, 0)

    def via_str(name, to_sym):
        def f(vm, s, a, b):
            r = vm.call_method(new(s.name), name, list(a))
            return intern(r.s) if to_sym and isinstance(r, RString) else r
        return f
    for name in ("downcase", "capitalize", "swapcase", "succ", "next"):
        defm(Y, name, via_str(name, True), -1)
    for name in ("match?", "encoding"):
        defm(Y, name, via_str(name, False), -1)
    def _asc_low(t):
        return "".join(c.lower() if "A" <= c <= "Z" else c for c in t)

    def s_casecmp(vm, s, a, b):
        if not isinstance(a[0], RString):
            vm.type_error(f"no implicit conversion of {vm.describe_class(a[0])} into String")
        x, y = _asc_low(s.s), _asc_low(a[0].s)
        return (x > y) - (x < y)

    def s_casecmp_p(vm, s, a, b):
        if not isinstance(a[0], RString):
            vm.type_error(f"no implicit conversion of {vm.describe_class(a[0])} into String")
        return s.s.casefold() == a[0].s.casefold()
    if "casecmp" not in S.m_tbl:
        defm(S, "casecmp", s_casecmp, 1)
    if "casecmp?" not in S.m_tbl:
        defm(S, "casecmp?", s_casecmp_p, 1)
    defm(Y, "casecmp", lambda vm, s, a, b: vm.call_method(new(s.name), "casecmp", [new(a[0].name)])
         if type(a[0]) is RSymbol else None, 1)
    defm(Y, "casecmp?", lambda vm, s, a, b: vm.call_method(new(s.name), "casecmp?", [new(a[0].name)])
         if type(a[0]) is RSymbol else None, 1)

    def to_proc(vm, s, a, b):
        from .objects import Block, RProc
        blk = Block(None, None, None, None)
        blk.sym = s.name
        blk.is_lambda = True
        p = RProc(vm.cProc, blk, True)
        blk.proc = p
        return p
    defm(Y, "to_proc", to_proc, 0)
    defs(vm, Y, "all_symbols", lambda vm, s, a, b: vm.ary_new(list(RSymbol.table.values())), 0)


def _re_index(vm, s, r):
    m = r.pat.search(s.s)
    return None if m is None else m.start()


def _charset(spec):
    out = set()
    neg = spec.startswith("^") and len(spec) > 1
    if neg:
        spec = spec[1:]
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            for c in range(ord(spec[i]), ord(spec[i + 2]) + 1):
                out.add(chr(c))
            i += 3
        else:
            out.add(spec[i])
            i += 1
    if neg:
        return _Neg(out)
    return out


class _Neg:
    def __init__(self, s):
        self.s = s

    def __contains__(self, c):
        return c not in self.s


def _squeeze(t):
    out = []
    for c in t:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _pad(t, a, how):
    w = a[0]
    pad = a[1].s if len(a) > 1 else " "
    n = w - len(t)
    if n <= 0:
        return t
    if how == "l":
        return t + (pad * n)[:n]
    if how == "r":
        return (pad * n)[:n] + t
    left = n // 2
    right = n - left
    return (pad * left)[:left] + t + (pad * right)[:right]


def _tr(t, frm, to):
    src = []
    i = 0
    while i < len(frm):
        if i + 2 < len(frm) and frm[i + 1] == "-":
            src.extend(chr(c) for c in range(ord(frm[i]), ord(frm[i + 2]) + 1))
            i += 3
        else:
            src.append(frm[i])
            i += 1
    dst = []
    i = 0
    while i < len(to):
        if i + 2 < len(to) and to[i + 1] == "-":
            dst.extend(chr(c) for c in range(ord(to[i]), ord(to[i + 2]) + 1))
            i += 3
        else:
            dst.append(to[i])
            i += 1
    m = {}
    for k, c in enumerate(src):
        m[c] = dst[k] if k < len(dst) else (dst[-1] if dst else "")
    return "".join(m.get(c, c) for c in t)


def _succ(t):
    if not t:
        return ""
    chars = list(t)
    i = len(chars) - 1
    while i >= 0:
        c = chars[i]
        if c == "z":
            chars[i] = "a"
        elif c == "Z":
            chars[i] = "A"
        elif c == "9":
            chars[i] = "0"
        elif c.isalnum():
            chars[i] = chr(ord(c) + 1)
            return "".join(chars)
        else:
            chars[i] = chr(ord(c) + 1)
            return "".join(chars)
        i -= 1
    first = t[0]
    pre = "a" if first == "z" else "A" if first == "Z" else "1"
    return pre + "".join(chars)
