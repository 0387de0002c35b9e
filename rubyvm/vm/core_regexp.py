"""Regexp and MatchData, on Python's re with Ruby syntax translated (cf. re.c)."""
from __future__ import annotations

import re

from .bootstrap import defm, defs
from .objects import FL_FROZEN, RMatch, RRegexp, RString, RSymbol, intern


def translate(src):
    out = src
    out = re.sub(r"\(\?<([A-Za-z_]\w*)>", r"(?P<\1>", out)
    out = out.replace(r"\h", "[0-9a-fA-F]").replace(r"\z", r"\Z")
    out = re.sub(r"\\Z(?!\))", r"(?=\\n?\\Z)", out) if r"\Z" in src else out
    return out


def regexp_new(vm, src, opts):
    flags = re.MULTILINE
    if opts & 1:
        flags |= re.IGNORECASE
    if opts & 2:
        flags |= re.VERBOSE
    if opts & 4:
        flags |= re.DOTALL
    try:
        pat = re.compile(translate(src), flags)
    except re.error as e:
        vm.raise_(vm.eRegexpError, f"{e}: /{src}/")
    r = RRegexp(vm.cRegexp, src, opts, pat)
    r.flags |= FL_FROZEN
    return r


def regexp_from_inspect(vm, text):
    i = text.rindex("/")
    src = text[1:i]
    opts = 0
    for c in text[i + 1:]:
        opts |= {"i": 1, "x": 2, "m": 4}.get(c, 0)
    src = src.replace("\\/", "/")
    return regexp_new(vm, src, opts)


def backref(vm, m, typ):
    if m is None:
        return None
    mm = m.m
    if typ & 1:
        c = chr(typ >> 1)
        if c == "&":
            return vm.str_new(mm.group(0))
        if c == "`":
            return vm.str_new(mm.string[:mm.start()])
        if c == "'":
            return vm.str_new(mm.string[mm.end():])
        if c == "+":
            for i in range(mm.re.groups, 0, -1):
                if mm.group(i) is not None:
                    return vm.str_new(mm.group(i))
            return None
        return None
    n = typ >> 1
    if n > mm.re.groups:
        return None
    g = mm.group(n)
    return None if g is None else vm.str_new(g)


def set_last_match(vm, m):
    f = vm.frames[-2] if len(vm.frames) >= 2 else vm.frames[-1]
    e = vm.lep(f.ep)
    if e.svar is None:
        e.svar = {}
    e.svar[1] = m


def do_match(vm, r, s, pos=0):
    if s is None:
        set_last_match(vm, None)
        return None
    if type(s) is RSymbol:
        s = vm.str_new(s.name)
    mm = r.pat.search(s.s, pos)
    if mm is None:
        set_last_match(vm, None)
        return None
    m = RMatch(vm.cMatchData, mm, r, s)
    set_last_match(vm, m)
    return m


def init(vm):
    R, MD = vm.cRegexp, vm.cMatchData
    defs(vm, R, "new", lambda vm, k, a, b: regexp_new(vm, a[0].s if isinstance(a[0], RString) else a[0].source, (1 if a[1] is True else a[1] or 0) if len(a) > 1 else 0), -1)
    defs(vm, R, "escape", lambda vm, k, a, b: vm.str_new(re.sub(r"([.*?+^$|()\[\]{}\\/-])", r"\\\1", a[0].s).replace("\n", "\\n").replace(" ", "\\ ")), 1)
    defs(vm, R, "union", lambda vm, k, a, b: regexp_new(vm, "|".join(x.source if isinstance(x, RRegexp) else re.escape(x.s) for x in (a[0].a if len(a) == 1 and hasattr(a[0], "a") else a)), 0), -1)

    def r_match_op(vm, r, a, b):
        m = do_match(vm, r, a[0])
        return None if m is None else m.m.start()
    defm(R, "=~", r_match_op, 1)
    defm(R, "match", lambda vm, r, a, b: do_match(vm, r, a[0], a[1] if len(a) > 1 else 0), -1)
    defm(R, "match?", lambda vm, r, a, b: a[0] is not None and r.pat.search(a[0].s if isinstance(a[0], RString) else a[0].name) is not None, -1)

    def r_eqq(vm, r, a, b):
        x = a[0]
        if not isinstance(x, (RString, RSymbol)):
            return False
        return do_match(vm, r, x) is not None
    defm(R, "===", r_eqq, 1)
    defm(R, "source", lambda vm, r, a, b: vm.str_new(r.source), 0)

    def r_inspect(vm, r, a, b):
        opts = "".join(c for c, bit in (("m", 4), ("i", 1), ("x", 2)) if r.options & bit)
        return vm.str_new("/" + r.source.replace("/", "\\/") + "/" + opts)
    defm(R, "inspect", r_inspect, 0)

    def r_to_s(vm, r, a, b):
        on = "".join(c for c, bit in (("m", 4), ("i", 1), ("x", 2)) if r.options & bit)
        off = "".join(c for c, bit in (("m", 4), ("i", 1), ("x", 2)) if not r.options & bit)
        return vm.str_new(f"(?{on}{'-' + off if off else ''}:{r.source})")
    defm(R, "to_s", r_to_s, 0)
    defm(R, "names", lambda vm, r, a, b: vm.ary_new([vm.str_new(n) for n in r.pat.groupindex]), 0)
    defm(R, "==", lambda vm, r, a, b: isinstance(a[0], RRegexp) and a[0].source == r.source and a[0].options == r.options, 1)
    defs(vm, R, "last_match", lambda vm, k, a, b: (vm.lep(vm.frames[-2].ep).svar or {}).get(1), -1)

    def md_aref(vm, m, a, b):
        x = a[0]
        mm = m.m
        if type(x) is int:
            if x > mm.re.groups or x < -mm.re.groups - 1:
                return None
            g = mm.group(x if x >= 0 else mm.re.groups + 1 + x)
        else:
            name = x.s if isinstance(x, RString) else x.name
            if name not in mm.re.groupindex:
                vm.raise_(vm.eIndexError, f"undefined group name reference: {name}")
            g = mm.group(name)
        return None if g is None else vm.str_new(g)
    defm(MD, "[]", md_aref, -1)
    defm(MD, "to_s", lambda vm, m, a, b: vm.str_new(m.m.group(0)), 0)
    defm(MD, "pre_match", lambda vm, m, a, b: vm.str_new(m.m.string[:m.m.start()]), 0)
    defm(MD, "post_match", lambda vm, m, a, b: vm.str_new(m.m.string[m.m.end():]), 0)
    defm(MD, "captures", lambda vm, m, a, b: vm.ary_new([None if g is None else vm.str_new(g) for g in m.m.groups()]), 0)
    defm(MD, "to_a", lambda vm, m, a, b: vm.ary_new([None if g is None else vm.str_new(g) for g in (m.m.group(0),) + m.m.groups()]), 0)
    defm(MD, "names", lambda vm, m, a, b: vm.ary_new([vm.str_new(n) for n in m.m.re.groupindex]), 0)
    defm(MD, "begin", lambda vm, m, a, b: m.m.start(a[0]), 1)
    defm(MD, "end", lambda vm, m, a, b: m.m.end(a[0]), 1)
    defm(MD, "size", lambda vm, m, a, b: m.m.re.groups + 1, 0)
    defm(MD, "length", lambda vm, m, a, b: m.m.re.groups + 1, 0)

    def named_captures(vm, m, a, b):
        h = vm.hash_new()
        from .core_hash import hash_aset
        for n in m.m.re.groupindex:
            g = m.m.group(n)
            hash_aset(vm, h, vm.str_new(n), None if g is None else vm.str_new(g))
        return h
    defm(MD, "named_captures", named_captures, 0)

    def md_inspect(vm, m, a, b):
        from .core_string import str_inspect
        mm = m.m
        parts = [str_inspect(vm.str_new(mm.group(0)))]
        names = {v: k for k, v in mm.re.groupindex.items()}
        for i in range(1, mm.re.groups + 1):
            g = mm.group(i)
            parts.append(f"{names.get(i, i)}:" + ("nil" if g is None else str_inspect(vm.str_new(g))))
        return vm.str_new("#<MatchData " + " ".join(parts) + ">")
    defm(MD, "inspect", md_inspect, 0)

    # String methods that need regexps
    S = vm.cString

    def _pat(vm, x):
        if isinstance(x, RRegexp):
            return x.pat
        return re.compile(re.escape(x.s))

    def _repl(vm, s, a, b, count):
        pat = _pat(vm, a[0])
        last = [None]

        def fn(mm):
            m = RMatch(vm.cMatchData, mm, a[0], s)
            last[0] = m
            if len(a) > 1:
                r = a[1]
                if isinstance(r, RString):
                    return re.sub(r"\\(\d|&|k<(\w+)>)", lambda x: (mm.group(0) if x.group(1) == "&" else (mm.group(x.group(2)) if x.group(2) else (mm.group(int(x.group(1))) or ""))), r.s)
                from .core_hash import hash_aref
                from .core_object import to_s
                return to_s(vm, hash_aref(vm, r, vm.str_new(mm.group(0))))
            set_last_match(vm, m)
            from .core_object import to_s
            e = vm.lep(vm.frames[-1].ep if vm.frames[-1].ep is not None else vm.frames[-2].ep)
            return to_s(vm, vm.yield_block(b, [vm.str_new(mm.group(0))]))
        res = pat.sub(fn, s.s, count=count)
        if last[0] is not None:
            set_last_match(vm, last[0])
        return res
    defm(S, "sub", lambda vm, s, a, b: vm.str_new(_repl(vm, s, a, b, 1)), -1)
    defm(S, "gsub", lambda vm, s, a, b: vm.str_new(_repl(vm, s, a, b, 0)), -1)

    def bang(count):
        def f(vm, s, a, b):
            from .core_string import check_frozen
            check_frozen(vm, s)
            r = _repl(vm, s, a, b, count)
            if r == s.s:
                return None
            s.s = r
            return s
        return f
    defm(S, "sub!", bang(1), -1)
    defm(S, "gsub!", bang(0), -1)

    def scan(vm, s, a, b):
        pat = _pat(vm, a[0])
        out = []
        for mm in pat.finditer(s.s):
            if pat.groups:
                item = vm.ary_new([None if g is None else vm.str_new(g) for g in mm.groups()])
            else:
                item = vm.str_new(mm.group(0))
            m = RMatch(vm.cMatchData, mm, a[0], s)
            set_last_match(vm, m)
            if b is not None:
                vm.yield_block(b, [item])
            else:
                out.append(item)
        return s if b is not None else vm.ary_new(out)
    defm(S, "scan", scan, 1)
