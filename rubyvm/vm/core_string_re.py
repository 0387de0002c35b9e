"""String's pattern methods: =~, match, sub/gsub, scan, split, partition, lines
(cf. rb_str_sub_bang, rb_str_gsub, rb_str_scan, rb_str_split_m, rb_str_partition in string.c).
"""
from __future__ import annotations

from .bootstrap import defm
from .core_regexp import (group_index, last_matched, names_of, nth_match, search,
                          set_last_match, str_arg, to_regexp)
from .core_string import (check_frozen, concat_text, like, to_long, to_rstr, to_str)
from .objects import RHash, RMatch, RRegexp, RString, RSymbol, intern
from .shared_string import (bytesize, buf_new_capa, grown_capa, resize_capa, shared_replace,
                            str_duplicate, str_modify, str_new_frozen, str_subseq, subseq_of,
                            termlen, text_bytesize)


def _match_obj(vm, r, mm, frozen):
    return RMatch(vm.cMatchData, mm, r, frozen)


def _frozen_copy(vm, s):
    """What a MatchData keeps of its string: rb_str_new_frozen (shared when long)."""
    return str_new_frozen(vm, s)


def expand_repl(vm, repl, m):
    """rb_reg_regsub: \\0-\\9 \\& \\` \\' \\\\ \\k<name> in a replacement String."""
    t = repl
    if "\\" not in t:
        return t
    mm = m.m
    s = mm.string
    out = []
    i = 0
    n = len(t)
    while i < n:
        c = t[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = t[i + 1]
        i += 2
        if d.isdigit():
            g = int(d)
            if g <= mm.re.groups and mm.start(g) >= 0:
                out.append(s[mm.start(g):mm.end(g)])
        elif d == "&":
            out.append(mm.group(0))
        elif d == "`":
            out.append(s[:mm.start()])
        elif d == "'":
            out.append(s[mm.end():])
        elif d == "\\":
            out.append("\\")
        elif d == "k" and i < n and t[i] == "<" and ">" in t[i:]:
            j = t.index(">", i)
            name = t[i + 1:j]
            i = j + 1
            if name.isdigit():
                g = int(name)
            elif name in names_of(mm.re):
                g = last_matched(mm, names_of(mm.re)[name])
            else:
                vm.raise_(vm.eIndexError, f"undefined group name reference: {name}")
            if g <= mm.re.groups and mm.start(g) >= 0:
                out.append(s[mm.start(g):mm.end(g)])
        else:
            out.append("\\" + d)
    return "".join(out)


def substitute(vm, s, a, b, once, name):
    """The new text of s after sub/gsub, or None when nothing matched."""
    if not a or len(a) > 2:
        vm.wrong_args(len(a), 1, 2)
    r = to_regexp(vm, a[0])
    repl = None
    hsh = None
    if len(a) == 2:
        if isinstance(a[1], RHash):
            hsh = a[1]
        else:
            repl = to_str(vm, a[1])
    elif b is None:
        return None
    text = s.s
    frozen = None
    out = []
    last = 0
    lastm = None
    for mm in r.pat.finditer(text):
        if frozen is None:              # on the first match (rb_reg_search0's set_backref_str)
            frozen = _frozen_copy(vm, s)
        m = _match_obj(vm, r, mm, frozen)
        lastm = m
        out.append(text[last:mm.start()])
        if repl is not None:
            out.append(expand_repl(vm, repl, m))
        elif hsh is not None:
            from .core_hash import hash_aref
            from .core_object import to_s
            out.append(to_s(vm, hash_aref(vm, hsh, like(vm, s, mm.group(0)))))
        else:
            set_last_match(vm, m)
            from .core_object import to_s
            v = vm.yield_block(b, [like(vm, s, mm.group(0))])
            out.append(to_s(vm, v))
            if s.s != text:
                vm.raise_(vm.eRuntimeError, "string modified")
        last = mm.end()
        if once:
            break
    set_last_match(vm, lastm)
    if lastm is None:
        return None
    out.append(text[last:])
    return "".join(out)


def str_split(vm, s, a, b):
    """rb_str_split_m: awk, string, chars and regexp splitting, with limit."""
    if len(a) > 2:
        vm.wrong_args(len(a), 0, 2)
    t = s.s
    n = len(t)
    spat = a[0] if a else None
    lim = 0
    limited = False
    if len(a) > 1:
        lim = to_long(vm, a[1])
        if lim == 1:
            items = [str_duplicate(vm, vm.cString, s)] if n else []
            if b is not None:
                for x in items:
                    vm.yield_block(b, [x])
                return s
            return vm.ary_new(items)
        if lim > 0:
            limited = True
    i = 1
    res = []
    beg = 0
    if spat is None or (isinstance(spat, RString) and spat.s == " "):
        mode = "awk"
    elif isinstance(spat, RRegexp):
        mode = "regexp"
    else:
        if not isinstance(spat, RString) and not (
                spat is not None and not isinstance(spat, (int, float, RSymbol))
                and spat is not True and spat is not False and vm.respond_to(spat, "to_str")):
            vm.type_error(f"wrong argument type {vm.describe_class(spat)} (expected Regexp)")
        sep = to_str(vm, spat)
        mode = "chars" if sep == "" else "string"
    if mode == "awk":
        skip = True
        end = 0
        ptr = 0
        while ptr < n:
            c = t[ptr]
            sp = c in " \t\n\v\f\r\0" if c != "\0" else False
            if skip:
                if sp:
                    beg = ptr + 1
                else:
                    end = ptr + 1
                    skip = False
                    if limited and lim <= i:
                        break
            elif sp:
                res.append(t[beg:end])
                skip = True
                beg = ptr + 1
                if limited:
                    i += 1
            else:
                end = ptr + 1
            ptr += 1
    elif mode == "string":
        ptr = 0
        while ptr < n:
            j = t.find(sep, ptr)
            if j < 0:
                break
            res.append(t[ptr:j])
            ptr = j + len(sep)
            if limited:
                i += 1
                if lim <= i:
                    break
        beg = ptr
    elif mode == "chars":
        ptr = 0
        while ptr < n:
            res.append(t[ptr])
            ptr += 1
            beg = ptr
            if limited:
                i += 1
                if lim <= i:
                    break
        beg = ptr
    else:
        pat = spat.pat
        start = 0
        last_null = False
        while start <= n:
            mm = pat.search(t, start)
            if mm is None:
                break
            mb, me = mm.span()
            if start == mb and mb == me:
                if not n:
                    res.append("")
                    break
                if last_null:
                    res.append(t[beg:beg + 1])
                    beg = start
                else:
                    start += 1
                    last_null = True
                    continue
            else:
                res.append(t[beg:mb])
                beg = start = me
            last_null = False
            for g in range(1, pat.groups + 1):
                gb, ge = mm.span(g)
                if gb < 0:
                    continue
                res.append(t[gb:ge])
            if limited:
                i += 1
                if lim <= i:
                    break
        set_last_match(vm, None)
    tail = -1
    if n > 0 and (limited or n > beg or lim < 0):
        res.append(t[beg:])
        tail = len(res) - 1
    if not limited and lim == 0:
        while res and res[-1] == "":
            res.pop()
    return finish_split(vm, s, res, b, tail)


def finish_split(vm, s, parts, b, tail=-1):
    """The pieces are rb_str_subseq's: the last, when it runs to the end, shares s."""
    items = [subseq_of(vm, s, p, True) if i == tail else like(vm, s, p)
             for i, p in enumerate(parts)]
    if b is not None:
        for x in items:
            vm.yield_block(b, [x])
        return s
    return vm.ary_new(items)


def str_lines(vm, s, a, kw):
    """The lines of s for lines / each_line (cf. rb_str_enumerate_lines)."""
    chomp = False
    if kw is not None:
        e = kw.d.get(intern("chomp"))
        chomp = e is not None and vm.truthy(e[1])
    if len(a) > 1:
        vm.wrong_args(len(a), 0, 1)
    t = s.s
    if a and a[0] is None:
        return [t] if t else []
    sep = to_str(vm, a[0]) if a else "\n"
    out = []
    if sep == "":
        i = 0
        n = len(t)
        while i < n:
            j = t.find("\n\n", i)
            if j < 0:
                out.append(t[i:])
                break
            k = j + 2
            while k < n and t[k] == "\n":
                k += 1
            out.append(t[i:j + 1] if chomp else t[i:j + 2])     # extra newlines are skipped
            i = k
        return out
    i = 0
    n = len(t)
    while i < n:
        j = t.find(sep, i)
        if j < 0:
            out.append(t[i:])
            break
        line = t[i:j + len(sep)]
        if chomp:
            if sep == "\n" and line.endswith("\r\n"):
                line = line[:-2]
            else:
                line = line[:-len(sep)]
        out.append(line)
        i = j + len(sep)
    return out


def init(vm):
    S = vm.cString

    def s_match_op(vm, s, a, b):
        x = a[0]
        if isinstance(x, RString):
            vm.type_error("type mismatch: String given")
        if isinstance(x, RRegexp):
            m = search(vm, x, s)
            return None if m is None else m.m.start()
        return vm.call_method(x, "=~", [s])
    defm(S, "=~", s_match_op, 1)

    def s_match(vm, s, a, b):
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        r = to_regexp(vm, a[0], quote=False)
        return vm.call_method(r, "match", [s] + list(a[1:]), blk=b)
    defm(S, "match", s_match, -1)

    def s_match_p(vm, s, a, b):
        if not 1 <= len(a) <= 2:
            vm.wrong_args(len(a), 1, 2)
        r = to_regexp(vm, a[0], quote=False)
        pos = to_long(vm, a[1]) if len(a) > 1 else 0
        if pos < 0:
            pos += len(s.s)
            if pos < 0:
                return False
        return r.pat.search(s.s, pos) is not None
    defm(S, "match?", s_match_p, -1)

    def gsub_result(vm, s, text):
        """str_gsub's result buffer: rb_str_buf_new(len + 30), grown by the appends."""
        d = like(vm, s, text)
        d.capa = grown_capa(buf_new_capa(bytesize(s) + 30), bytesize(d), termlen(s))
        return d

    def s_sub_bang(vm, s, a, b):
        """rb_str_sub_bang: checked first, changed (so un-shared) only on a match."""
        if len(a) == 1 and b is None:
            vm.wrong_args(1, 2, 2)
        check_frozen(vm, s)
        slen = bytesize(s)
        r = substitute(vm, s, a, b, True, "sub!")
        if r is None:
            return None
        check_frozen(vm, s)
        str_modify(vm, s)
        n = text_bytesize(r, s.binary)
        if n > slen:
            resize_capa(s, n)
        s.s = r
        return s

    def s_sub(vm, s, a, b):
        # rb_str_sub: str_duplicate, then sub! on the copy
        if len(a) == 1 and b is None:
            vm.wrong_args(1, 2, 2)
        d = str_duplicate(vm, vm.cString, s)
        s_sub_bang(vm, d, a, b)
        return d

    def s_gsub(vm, s, a, b):
        if len(a) == 1 and b is None:
            return vm.call_method(s, "enum_for", [intern("gsub")] + list(a))
        r = substitute(vm, s, a, b, False, "gsub")
        if r is None:
            return str_duplicate(vm, vm.cString, s)
        return gsub_result(vm, s, r)

    def s_gsub_bang(vm, s, a, b):
        """rb_str_gsub_bang: str_modify_keep_cr first; the result's buffer replaces s's."""
        if len(a) == 1 and b is None:
            return vm.call_method(s, "enum_for", [intern("gsub!")] + list(a))
        str_modify(vm, s)
        r = substitute(vm, s, a, b, False, "gsub!")
        if r is None:
            return None
        check_frozen(vm, s)
        shared_replace(vm, s, gsub_result(vm, s, r))
        return s
    defm(S, "sub", s_sub, -1)
    defm(S, "gsub", s_gsub, -1)
    defm(S, "sub!", s_sub_bang, -1)
    defm(S, "gsub!", s_gsub_bang, -1)

    def s_scan(vm, s, a, b):
        r = to_regexp(vm, a[0])
        frozen = None
        text = s.s
        out = []
        lastm = None
        for mm in r.pat.finditer(text):
            if frozen is None:
                frozen = _frozen_copy(vm, s)
            m = _match_obj(vm, r, mm, frozen)
            lastm = m
            if r.pat.groups:
                item = vm.ary_new([nth_match(vm, m, g) for g in range(1, r.pat.groups + 1)])
            else:
                item = like(vm, s, mm.group(0))
            if b is not None:
                set_last_match(vm, m)
                vm.yield_block(b, [item])
            else:
                out.append(item)
        set_last_match(vm, lastm)
        return s if b is not None else vm.ary_new(out)
    defm(S, "scan", s_scan, 1)

    defm(S, "split", str_split, -1)

    def pattern_arg(vm, x):
        if isinstance(x, (RString, RRegexp)):
            return x
        if x is None or isinstance(x, (int, float, RSymbol)) or x is True or x is False or \
                not vm.respond_to(x, "to_str"):
            vm.type_error(f"wrong argument type {vm.describe_class(x)} (expected Regexp)")
        return to_rstr(vm, x)

    def s_partition(vm, s, a, b):
        t = s.s
        x = pattern_arg(vm, a[0])
        # rb_str_partition: the head and the tail are rb_str_subseq (the tail shares s),
        # a String separator is returned itself; no match gives s's copy and two empties
        if isinstance(x, RRegexp):
            m = search(vm, x, s)
            if m is None:
                return vm.ary_new([str_duplicate(vm, vm.cString, s), like(vm, s, ""),
                                   like(vm, s, "")])
            st, en = m.m.span()
            mid = str_subseq(vm, s, st, en - st)
        else:
            mid = x
            sep = to_str(vm, x)
            st = t.find(sep)
            if st < 0:
                return vm.ary_new([str_duplicate(vm, vm.cString, s), like(vm, s, ""),
                                   like(vm, s, "")])
            en = st + len(sep)
        return vm.ary_new([str_subseq(vm, s, 0, st), mid, str_subseq(vm, s, en, len(t) - en)])
    defm(S, "partition", s_partition, 1)

    def s_rpartition(vm, s, a, b):
        t = s.s
        x = pattern_arg(vm, a[0])
        if isinstance(x, RRegexp):
            st = en = -1
            for i in range(len(t), -1, -1):
                mm = x.pat.match(t, i)
                if mm is not None:
                    set_last_match(vm, _match_obj(vm, x, mm, _frozen_copy(vm, s)))
                    st, en = mm.span()
                    break
            if st < 0:
                set_last_match(vm, None)
        else:
            sep = to_str(vm, x)
            st = t.rfind(sep)
            en = st + len(sep)
        if st < 0:
            return vm.ary_new([like(vm, s, ""), like(vm, s, ""), str_duplicate(vm, vm.cString, s)])
        mid = x if isinstance(x, RString) else str_subseq(vm, s, st, en - st)
        return vm.ary_new([str_subseq(vm, s, 0, st), mid, str_subseq(vm, s, en, len(t) - en)])
    defm(S, "rpartition", s_rpartition, 1)

    def s_lines(vm, s, a, b, kw=None):
        items = [like(vm, s, x) for x in str_lines(vm, s, a, kw)]
        if b is not None:
            for x in items:
                vm.yield_block(b, [x])
            return s
        return vm.ary_new(items)
    defm(S, "lines", s_lines, -1, kw=True)

    def s_each_line_list(vm, s, a, b, kw=None):
        if a and isinstance(a[-1], RHash) and (kw is None or not kw.d):
            kw = a[-1]          # keywords an Enumerator replayed as a positional Hash
            a = a[:-1]
        return vm.ary_new([like(vm, s, x) for x in str_lines(vm, s, a, kw)])
    defm(S, "__each_line_list", s_each_line_list, -1, visi="private", kw=True)


__all__ = ["init", "str_split", "substitute", "expand_repl", "group_index", "str_arg",
           "concat_text", "to_rstr", "RSymbol"]
