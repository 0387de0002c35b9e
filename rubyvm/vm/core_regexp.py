"""Regexp and MatchData, on Python's re with Ruby syntax translated by regparse (cf. re.c).

A Regexp keeps its Ruby source and options; `pat` is the compiled Python pattern. The last
match ($~) lives in the svar slot of the calling Ruby frame's local environment, as CRuby keeps
it in the method's local ep (rb_backref_set / vm_svar_set).
"""
from __future__ import annotations

import re

from .bootstrap import defm, defs
from .objects import FL_FROZEN, RArray, RMatch, RRange, RRegexp, RString, RSymbol
from .shared_string import str_new_frozen, str_subseq
from .regparse import RegexpSyntax, RegexpUnsupported, name_table, translate

# cf. ONIG_OPTION_* and ARG_ENCODING_* in re.c
IGNORECASE, EXTENDED, MULTILINE = 1, 2, 4
FIXEDENCODING, NOENCODING = 16, 32

_COMPILED: dict = {}

_PY_ERRORS = (
    ("missing ), unterminated subpattern", "end pattern with unmatched parenthesis"),
    ("unbalanced parenthesis", "unmatched close parenthesis"),
    ("nothing to repeat", "target of repeat operator is not specified"),
    ("multiple repeat", "nested repeat operator"),
    ("min repeat greater than max repeat", "upper is smaller than lower in repeat range"),
    ("unterminated character set", "premature end of char-class"),
    ("bad character range", "empty range in char class"),
    ("unknown group name", "undefined name reference"),
    ("invalid group reference", "invalid backref number/name"),
)


def compile_pattern(vm, src, opts):
    """The Python pattern for a Ruby source and options (cached); RegexpError if invalid."""
    key = (src, opts & 7)
    pat = _COMPILED.get(key)
    if pat is not None:
        return pat
    flags = re.MULTILINE
    if opts & IGNORECASE:
        flags |= re.IGNORECASE
    if opts & MULTILINE:
        flags |= re.DOTALL
    try:
        pat = re.compile(translate(src, opts), flags)
    except RegexpUnsupported as e:
        vm.raise_(vm.eNotImplementedError, f"{e} is not supported by this VM: /{src}/")
    except RegexpSyntax as e:
        vm.raise_(vm.eRegexpError, f"{e}: /{src}/")
    except re.error as e:
        msg = str(e.msg)
        if "look-behind requires fixed-width" in msg:
            vm.raise_(vm.eNotImplementedError,
                      f"variable-width look-behind is not supported by this VM: /{src}/")
        for py, rb in _PY_ERRORS:
            if msg.startswith(py):
                msg = rb
                break
        vm.raise_(vm.eRegexpError, f"{msg}: /{src}/")
    _COMPILED[key] = pat
    return pat


def regexp_init(vm, r, src, opts):
    if not src.isascii() and not opts & NOENCODING:
        opts |= FIXEDENCODING
    r.pat = compile_pattern(vm, src, opts)
    r.source = src
    r.options = opts
    return r


def regexp_new(vm, src, opts):
    r = RRegexp(vm.cRegexp, src, opts, None)
    return regexp_init(vm, r, src, opts)


class _Unsupported:
    """The pattern of a Regexp literal this VM cannot translate: the NotImplementedError is
    raised where the literal is used, with that place's backtrace, not when it is loaded."""

    def __init__(self, vm, src, opts):
        self.vm, self.src, self.opts = vm, src, opts

    def __getattr__(self, name):
        compile_pattern(self.vm, self.src, self.opts)
        raise AttributeError(name)


def regexp_from_inspect(vm, text):
    """A Regexp literal from its inspect form (how the compiler hands literals over)."""
    i = text.rindex("/")
    body = text[1:i]
    opts = 0
    for c in text[i + 1:]:
        opts |= {"i": IGNORECASE, "x": EXTENDED, "m": MULTILINE, "n": NOENCODING}.get(c, 0)
    src = unescape_slash(body)
    try:
        translate(src, opts)
    except RegexpUnsupported:
        if not src.isascii() and not opts & NOENCODING:
            opts |= FIXEDENCODING
        r = RRegexp(vm.cRegexp, src, opts, _Unsupported(vm, src, opts))
    except RegexpSyntax:
        r = None
    else:
        r = None
    if r is None:
        r = regexp_new(vm, src, opts)
    r.flags |= FL_FROZEN            # regexp literals are frozen (Ruby 3.0)
    return r


def unescape_slash(body):
    out = []
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            out.append(body[i + 1] if body[i + 1] == "/" else body[i:i + 2])
            i += 2
        else:
            out.append(body[i])
            i += 1
    return "".join(out)


def escape_slash(src):
    """rb_reg_expr_str: `/` gets a backslash unless it already has one."""
    if "/" not in src:
        return src
    out = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\" and i + 1 < len(src):
            out.append(src[i:i + 2])
            i += 2
            continue
        out.append("\\/" if c == "/" else c)
        i += 1
    return "".join(out)


def opt_string(opts):
    return "".join(c for c, bit in (("m", MULTILINE), ("i", IGNORECASE), ("x", EXTENDED))
                   if opts & bit)


def regexp_encoding_name(r):
    if r.options & FIXEDENCODING:
        return "UTF-8"
    if r.options & NOENCODING:
        return "US-ASCII" if r.source.isascii() and "\\x" not in r.source else "ASCII-8BIT"
    return "US-ASCII" if r.source.isascii() else "UTF-8"


# ---- the last match ($~) ----------------------------------------------------------------
def ruby_frame(vm):
    """The innermost frame running Ruby code (the caller of the running cfunc)."""
    fallback = None
    for f in reversed(vm.frames):
        if f.ep is not None:
            # methods written in Ruby in the prelude stand for C functions: skip them
            if f.internal or (f.iseq is not None and f.iseq.path.startswith("<internal:")):
                fallback = fallback or f
                continue
            return f
    return fallback


def get_last_match(vm):
    f = ruby_frame(vm)
    if f is None:
        return None
    e = vm.lep(f.ep)
    return (e.svar or {}).get(1)


def set_last_match(vm, m):
    f = ruby_frame(vm)
    if f is None:
        return
    e = vm.lep(f.ep)
    if e.svar is None:
        e.svar = {}
    e.svar[1] = m


def backref(vm, m, typ):
    """$& $` $' $+ and $1..$9 from a MatchData (cf. rb_reg_nth_match, rb_reg_last_match)."""
    if m is None:
        return None
    mm = m.m
    if typ & 1:
        c = chr(typ >> 1)
        if c == "&":
            return _sub(vm, m, mm.start(), mm.end())
        if c == "`":
            return _sub(vm, m, 0, mm.start())
        if c == "'":
            return _sub(vm, m, mm.end(), len(mm.string))
        if c == "+":
            for i in range(mm.re.groups, 0, -1):
                if mm.start(i) >= 0:
                    return _sub(vm, m, mm.start(i), mm.end(i))
            return None
        return None
    return nth_match(vm, m, typ >> 1)


def _sub(vm, m, a, b):
    """rb_str_subseq of the matched string: a match that runs to its end shares it."""
    return str_subseq(vm, m.string, a, b - a)


def nth_match(vm, m, n):
    mm = m.m
    if n < 0:
        n += mm.re.groups + 1
        if n <= 0:
            return None
    if n > mm.re.groups or mm.start(n) < 0:
        return None
    return _sub(vm, m, mm.start(n), mm.end(n))


def str_arg(vm, v):
    if isinstance(v, RString):
        return v
    if type(v) is RSymbol:
        return vm.str_new(v.name)
    from .core_string import to_str
    return vm.str_new(to_str(vm, v))


def search(vm, r, s, pos=0, set_backref=True):
    """rb_reg_search: match r against String s from char position pos; sets $~."""
    n = len(s.s)
    if pos < 0:
        pos += n
        if pos < 0:
            if set_backref:
                set_last_match(vm, None)
            return None
    if pos > n:
        if set_backref:
            set_last_match(vm, None)
        return None
    mm = r.pat.search(s.s, pos)
    if mm is None:
        if set_backref:
            set_last_match(vm, None)
        return None
    # the MatchData keeps rb_str_new_frozen(str): a long str shares its buffer with it
    m = RMatch(vm.cMatchData, mm, r, str_new_frozen(vm, s))
    if set_backref:
        set_last_match(vm, m)
    return m


def to_regexp(vm, x, quote=True):
    """get_pat: a Regexp argument, or a String taken literally."""
    if isinstance(x, RRegexp):
        return x
    if isinstance(x, RString):
        return regexp_new(vm, re_escape(x.s), 0) if quote else regexp_new(vm, x.s, 0)
    from .vm import _UNDEF
    r = vm.call_method(x, "to_str", [], check=False) if x is not None and not isinstance(
        x, (int, float, RSymbol)) else _UNDEF
    if isinstance(r, RString):
        return regexp_new(vm, re_escape(r.s), 0)
    vm.type_error(f"wrong argument type {vm.describe_class(x)} (expected Regexp)")


def re_escape(s):
    """Regexp.escape (rb_reg_quote)."""
    out = []
    for c in s:
        if c in "[](){}.*+?^$|\\-#":
            out.append("\\" + c)
        elif c == " ":
            out.append("\\ ")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\f":
            out.append("\\f")
        elif c == "\v":
            out.append("\\v")
        else:
            out.append(c)
    return "".join(out)


_NAMES: dict = {}


def names_of(pat):
    """Ruby group name -> group numbers for a compiled pattern (duplicates folded)."""
    r = _NAMES.get(pat)
    if r is None:
        r = _NAMES[pat] = name_table(pat.groupindex)
    return r


def last_matched(mm, nums):
    """Of the groups sharing a name, the last one that matched (else the last one)."""
    for i in reversed(nums):
        if mm.start(i) >= 0:
            return i
    return nums[-1]


def group_index(vm, m, x, what="index"):
    """The group number for an Integer, String or Symbol reference (name_to_backref_number)."""
    mm = m.m
    if type(x) is int:
        return x
    if isinstance(x, (RString, RSymbol)):
        name = x.s if isinstance(x, RString) else x.name
        nums = names_of(mm.re).get(name)
        if nums is None:
            vm.raise_(vm.eIndexError, f"undefined group name reference: {name}")
        return last_matched(mm, nums)
    from .core_numeric import to_int
    return to_int(vm, x)


def init(vm):
    R, MD = vm.cRegexp, vm.cMatchData
    R.allocator = lambda vm, k: RRegexp(k, None, 0, None)
    for name, val in (("IGNORECASE", IGNORECASE), ("EXTENDED", EXTENDED),
                      ("MULTILINE", MULTILINE), ("FIXEDENCODING", FIXEDENCODING),
                      ("NOENCODING", NOENCODING)):
        R.const_tbl[name] = val

    def r_initialize(vm, r, a, b):
        if not 1 <= len(a) <= 3:
            vm.wrong_args(len(a), 1, 3)
        src = a[0]
        if isinstance(src, RRegexp):
            return regexp_init(vm, r, src.source, src.options)
        from .core_string import to_str
        s = to_str(vm, src)
        opts = 0
        if len(a) > 1:
            o = a[1]
            if type(o) is int:
                opts = o & (IGNORECASE | EXTENDED | MULTILINE)
            elif o is not None and o is not False:
                opts = IGNORECASE
        if len(a) > 2 and isinstance(a[2], RString) and a[2].s[:1] in "nN":
            opts |= NOENCODING
        return regexp_init(vm, r, s, opts)
    defm(R, "initialize", r_initialize, -1, visi="private")
    defm(R, "initialize_copy", lambda vm, r, a, b: regexp_init(vm, r, a[0].source, a[0].options),
         1, visi="private")
    defs(vm, R, "try_convert", lambda vm, k, a, b: a[0] if isinstance(a[0], RRegexp) else (
        vm.call_method(a[0], "to_regexp", []) if a[0] is not None and not isinstance(
            a[0], (int, float)) and vm.respond_to(a[0], "to_regexp") else None), 1)
    defs(vm, R, "compile", lambda vm, k, a, b: vm.call_method(k, "new", list(a)), -1)

    def r_escape(vm, k, a, b):
        x = a[0]
        s = x.name if type(x) is RSymbol else None
        if s is None:
            from .core_string import to_str
            s = to_str(vm, x)
        return vm.str_new(re_escape(s))
    defs(vm, R, "escape", r_escape, 1)
    defs(vm, R, "quote", r_escape, 1)

    def r_union(vm, k, a, b):
        items = a
        if len(a) == 1 and isinstance(a[0], RArray):
            items = a[0].a
        if not items:
            return regexp_new(vm, "(?!)", 0)
        if len(items) == 1 and isinstance(items[0], RRegexp):
            return items[0]
        parts = []
        for x in items:
            if isinstance(x, RRegexp):
                parts.append(regexp_to_s(x))
            else:
                from .core_string import to_str
                parts.append(re_escape(to_str(vm, x)))
        return regexp_new(vm, "|".join(parts), 0)
    defs(vm, R, "union", r_union, -1)

    def r_last_match(vm, k, a, b):
        m = get_last_match(vm)
        if not a or m is None:
            return m
        return nth_match(vm, m, group_index(vm, m, a[0]))
    defs(vm, R, "last_match", r_last_match, -1)

    def r_match_op(vm, r, a, b):
        x = a[0]
        if x is None:
            set_last_match(vm, None)
            return None
        m = search(vm, r, str_arg(vm, x))
        return None if m is None else m.m.start()
    defm(R, "=~", r_match_op, 1)

    def r_match(vm, r, a, b):
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        x = a[0]
        if x is None:
            set_last_match(vm, None)
            return None
        m = search(vm, r, str_arg(vm, x), a[1] if len(a) > 1 else 0)
        if m is not None and b is not None:
            return vm.yield_block(b, [m])
        return m
    defm(R, "match", r_match, -1)

    def r_match_p(vm, r, a, b):
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        x = a[0]
        if x is None:
            return False
        s = str_arg(vm, x).s
        pos = a[1] if len(a) > 1 else 0
        if pos < 0:
            pos += len(s)
            if pos < 0:
                return False
        return r.pat.search(s, pos) is not None
    defm(R, "match?", r_match_p, -1)

    def r_eqq(vm, r, a, b):
        x = a[0]
        if not isinstance(x, (RString, RSymbol)):
            from .vm import _UNDEF
            y = vm.call_method(x, "to_str", [], check=False) if x is not None and not isinstance(
                x, (int, float)) and x is not True and x is not False else _UNDEF
            if not isinstance(y, RString):
                set_last_match(vm, None)
                return False
            x = y
        return search(vm, r, str_arg(vm, x)) is not None
    defm(R, "===", r_eqq, 1)

    def r_tilde(vm, r, a, b):
        from .core_kernel import gvar_get
        line = gvar_get(vm, ruby_frame(vm), "$_")
        if not isinstance(line, RString):
            set_last_match(vm, None)
            return None
        m = search(vm, r, line)
        return None if m is None else m.m.start()
    defm(R, "~", r_tilde, 0)
    defm(R, "source", lambda vm, r, a, b: _frozen(vm.str_new(r.source)), 0)
    defm(R, "options", lambda vm, r, a, b: r.options, 0)
    defm(R, "casefold?", lambda vm, r, a, b: bool(r.options & IGNORECASE), 0)
    defm(R, "fixed_encoding?", lambda vm, r, a, b: bool(r.options & FIXEDENCODING), 0)

    def r_encoding(vm, r, a, b):
        from .core_encoding import encoding_obj
        return encoding_obj(vm, regexp_encoding_name(r))
    defm(R, "encoding", r_encoding, 0)

    def r_inspect(vm, r, a, b):
        if r.pat is None:
            return vm.str_new(vm.describe_class(r))
        return vm.str_new("/" + escape_slash(r.source) + "/" + opt_string(r.options)
                          + ("n" if r.options & NOENCODING else ""))
    defm(R, "inspect", r_inspect, 0)
    defm(R, "to_s", lambda vm, r, a, b: vm.str_new(regexp_to_s(r)), 0)

    def names(r):
        return list(names_of(r.pat))
    defm(R, "names", lambda vm, r, a, b: vm.ary_new([vm.str_new(n) for n in names(r)]), 0)

    def r_named_captures(vm, r, a, b):
        from .core_hash import hash_aset
        h = vm.hash_new()
        for n, nums in names_of(r.pat).items():
            hash_aset(vm, h, vm.str_new(n), vm.ary_new(list(nums)))
        return h
    defm(R, "named_captures", r_named_captures, 0)

    def r_eq(vm, r, a, b):
        o = a[0]
        return (isinstance(o, RRegexp) and o.source == r.source and
                (o.options & 7) == (r.options & 7) and
                regexp_encoding_name(o) == regexp_encoding_name(r))
    defm(R, "==", r_eq, 1)
    defm(R, "eql?", r_eq, 1)
    defm(R, "hash", lambda vm, r, a, b: hash((r.source, r.options & 7)) & ((1 << 62) - 1), 0)

    # ---- MatchData ------------------------------------------------------------------
    MD.allocator = None

    def md_aref(vm, m, a, b):
        mm = m.m
        if len(a) == 2 or isinstance(a[0], RRange):
            return vm.call_method(md_to_a(vm, m), "[]", list(a))
        if len(a) != 1:
            vm.wrong_args(len(a), 1, 2)
        x = a[0]
        if isinstance(x, (RString, RSymbol)):
            return nth_match(vm, m, group_index(vm, m, x))
        n = group_index(vm, m, x)
        if n < -mm.re.groups - 1:
            return None
        return nth_match(vm, m, n)
    defm(MD, "[]", md_aref, -1)

    def md_to_a(vm, m):
        mm = m.m
        return vm.ary_new([nth_match(vm, m, i) for i in range(mm.re.groups + 1)])
    defm(MD, "to_a", lambda vm, m, a, b: md_to_a(vm, m), 0)
    defm(MD, "captures", lambda vm, m, a, b: vm.ary_new(md_to_a(vm, m).a[1:]), 0)
    defm(MD, "to_s", lambda vm, m, a, b: nth_match(vm, m, 0), 0)
    defm(MD, "pre_match", lambda vm, m, a, b: _sub(vm, m, 0, m.m.start()), 0)
    defm(MD, "post_match", lambda vm, m, a, b: _sub(vm, m, m.m.end(), len(m.m.string)), 0)
    defm(MD, "names", lambda vm, m, a, b: vm.ary_new([vm.str_new(n) for n in names_of(m.m.re)]), 0)
    defm(MD, "size", lambda vm, m, a, b: m.m.re.groups + 1, 0)
    defm(MD, "length", lambda vm, m, a, b: m.m.re.groups + 1, 0)
    defm(MD, "string", lambda vm, m, a, b: m.string, 0)
    defm(MD, "regexp", lambda vm, m, a, b: m.regexp, 0)

    def checked_group(vm, m, x):
        n = group_index(vm, m, x)
        if n < 0 or n > m.m.re.groups:
            vm.raise_(vm.eIndexError, f"index {n} out of matches")
        return n

    def md_begin(vm, m, a, b):
        n = checked_group(vm, m, a[0])
        s = m.m.start(n)
        return None if s < 0 else s

    def md_end(vm, m, a, b):
        n = checked_group(vm, m, a[0])
        s = m.m.end(n)
        return None if s < 0 else s

    def md_offset(vm, m, a, b):
        n = checked_group(vm, m, a[0])
        s, e = m.m.span(n)
        return vm.ary_new([None, None] if s < 0 else [s, e])

    defm(MD, "begin", md_begin, 1)
    defm(MD, "end", md_end, 1)
    defm(MD, "offset", md_offset, 1)

    def md_match(vm, m, a, b):
        n = checked_group(vm, m, a[0])
        if m.m.start(n) < 0:
            return None
        return nth_match(vm, m, n)

    def md_match_length(vm, m, a, b):
        n = checked_group(vm, m, a[0])
        if m.m.start(n) < 0:
            return None
        return m.m.end(n) - m.m.start(n)
    defm(MD, "match", md_match, 1)
    defm(MD, "match_length", md_match_length, 1)
    defm(MD, "hash", lambda vm, m, a, b: hash((m.string.s, m.m.regs)) & ((1 << 61) - 1), 0)

    def md_values_at(vm, m, a, b):
        out = []
        all_ = md_to_a(vm, m)
        for x in a:
            if isinstance(x, RRange):
                out.extend(vm.call_method(all_, "values_at", [x]).a)
            else:
                out.append(md_aref(vm, m, [x], None))
        return vm.ary_new(out)
    defm(MD, "values_at", md_values_at, -1)

    def named_captures(vm, m, a, b):
        from .core_hash import hash_aset
        h = vm.hash_new()
        for n, nums in names_of(m.m.re).items():
            hash_aset(vm, h, vm.str_new(n), nth_match(vm, m, last_matched(m.m, nums)))
        return h
    defm(MD, "named_captures", named_captures, 0)

    def md_inspect(vm, m, a, b):
        from .core_string import str_inspect
        mm = m.m
        parts = [str_inspect(nth_match(vm, m, 0))]
        names = {i: n for n, nums in names_of(mm.re).items() for i in nums}
        for i in range(1, mm.re.groups + 1):
            g = nth_match(vm, m, i)
            parts.append(f"{names.get(i, i)}:" + ("nil" if g is None else str_inspect(g)))
        return vm.str_new("#<MatchData " + " ".join(parts) + ">")
    defm(MD, "inspect", md_inspect, 0)

    def md_eq(vm, m, a, b):
        o = a[0]
        return isinstance(o, RMatch) and o.string.s == m.string.s and \
            vm.truthy(vm.call_method(o.regexp, "==", [m.regexp])) and o.m.regs == m.m.regs
    defm(MD, "==", md_eq, 1)
    defm(MD, "eql?", md_eq, 1)

    from .core_string_re import init as init_string_re
    init_string_re(vm)


_BIT = {"m": MULTILINE, "i": IGNORECASE, "x": EXTENDED}


def _closing_paren(src, start):
    """The index of the ) closing the group opened at start, or -1."""
    depth = 0
    i = start
    in_class = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            in_class += 1
        elif c == "]" and in_class:
            in_class -= 1
        elif not in_class and c == "(":
            depth += 1
        elif not in_class and c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def regexp_to_s(r):
    """Regexp#to_s (rb_reg_to_s): (?on-off:source), leading option groups folded in."""
    opts = r.options & 7
    src = r.source
    while src.startswith("(?"):
        j = 2
        on = off = 0
        neg = False
        while j < len(src) and src[j] in "mix-":
            if src[j] == "-":
                neg = True
            elif neg:
                off |= _BIT[src[j]]
            else:
                on |= _BIT[src[j]]
            j += 1
        if j >= len(src):
            break
        if src[j] == ")":
            opts = (opts | on) & ~off
            src = src[j + 1:]
            continue
        if src[j] == ":" and _closing_paren(src, 0) == len(src) - 1:
            try:
                translate(src[j + 1:-1], 0)
            except (RegexpSyntax, RegexpUnsupported):
                break
            opts = (opts | on) & ~off
            src = src[j + 1:-1]
            continue
        break
    on_s = opt_string(opts)
    off_s = "".join(c for c in "mix" if c not in on_s)
    return f"(?{on_s}{'-' + off_s if off_s else ''}:{escape_slash(src)})"


def _frozen(s):
    s.flags |= FL_FROZEN
    return s
