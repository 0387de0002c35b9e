"""Copy-on-write strings: the Python API a notebook draws them with (rubyvm.shared_strings), and
the model's invariants checked after every String method of the string corpus programs.

What CRuby 3.1 does with these strings is pinned by the str_cow_* programs of the core corpus
(goldens from CRuby); the facts asserted here are the same ones, seen from Python.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from rubyvm import Session
from rubyvm.compiler import compile as compile_iseq
from rubyvm.shared_strings import buffers, layout, named, sharing, to_dot
from rubyvm.vm import VM
from rubyvm.vm.core_gc import live_objects
from rubyvm.vm.objects import FL_FROZEN, RClass, RString
from rubyvm.vm.shared_string import layout_errors, register_fstring, str_resurrect

CORPUS = Path(__file__).parent / "corpus" / "core"


def _session(src):
    s = Session(stdout=io.StringIO(), stderr=io.StringIO())
    r = s.run(src)
    assert r.error is None, r.error
    return s


def test_dup_shares_one_frozen_root():
    # CRuby: a = "ab" * 20; b = a.dup -- both "shared", memsize 40, one frozen root of 40 bytes
    s = _session('a = "ab" * 20; b = a.dup; c = a[1..]; d = a[0, 30]; e = "ab" * 3')
    a, b, c, d, e = (s.run(n).value for n in "abcde")
    la, lb, lc = layout(a), layout(b), layout(c)
    assert (la.kind, lb.kind, lc.kind) == ("shared", "shared", "shared")
    assert la.root is lb.root is lc.root and la.root is not a
    assert (la.memsize, lb.memsize, lc.memsize) == (40, 40, 40)
    assert (lc.bytesize, lc.offset) == (39, 1)
    root = layout(la.root)
    assert root.kind == "heap" and root.frozen and root.shared_root and root.memsize == 81
    assert layout(d).kind == "heap" and layout(d).memsize == 71          # not at the end: a copy
    assert layout(e).kind == "embedded" and layout(e).capacity == 23


def test_writing_un_shares_and_leaves_the_other_string():
    # CRuby: a << "z" gives a its own 81-byte buffer (capacity doubles to 2 * 40 + 1)
    s = _session('a = "ab" * 20; b = a.dup; a << "z"')
    a, b = s.run("a").value, s.run("b").value
    assert layout(a).kind == "heap" and layout(a).capacity == 81 and layout(a).memsize == 122
    assert layout(b).kind == "shared" and b.s == "ab" * 20
    assert a.s == "ab" * 20 + "z"


def test_buffers_group_names_by_the_buffer_they_read():
    s = _session('a = "cd" * 20; b = a.dup; c = a[3..]; e = "x"')
    strs = named(s, "a", "b", "c", "e")
    groups = buffers(strs)
    assert [g.readers for g in groups] == [["a", "b", "c"], ["e"]]
    assert groups[0].owner_name is None and groups[0].owner.flags & FL_FROZEN
    assert groups[1].owner is strs["e"] and groups[1].owner_name == "e"


def test_sharing_lists_every_live_root():
    s = _session('a = "ef" * 20; b = a.dup; g = "gh" * 20; h = g[1..]')
    roots = {root.s: sorted(x.s for x in readers) for root, readers in sharing(s.vm)}
    assert roots["ef" * 20] == ["ef" * 20, "ef" * 20]
    assert roots["gh" * 20] == sorted(["gh" * 20, ("gh" * 20)[1:]])


def test_to_dot_draws_slots_roots_and_buffers():
    s = _session('a = "ij" * 20; b = a.dup; c = a[2..]; e = "k|{}"')
    dot = to_dot({n: s.run(n).value for n in ("a", "b", "c", "e")})
    assert dot.startswith("digraph strings {") and dot.rstrip().endswith("}")
    assert dot.count("-> s1 [label=") == 3                 # a, b and c all point at the root
    assert 'label="shared +2"' in dot
    assert "frozen root|heap frozen|bytesize 40|memsize 81" in dot
    assert '\\"k\\|\\{\\}\\"' in dot                        # record-label characters escaped


def test_str_resurrect_shares_a_long_literal():
    # putstring's rb_ec_str_resurrect: a long literal's copy shares the literal's fstring
    vm = VM(io.StringIO(), io.StringIO(), "-")
    long_lit = RString(vm.cString, "Lorem ipsum dolor sit amet, consectetur")
    long_lit.flags |= FL_FROZEN
    long_lit = register_fstring(vm, long_lit)
    short_lit = RString(vm.cString, "short")
    short_lit.flags |= FL_FROZEN
    short_lit = register_fstring(vm, short_lit)
    a, b = str_resurrect(vm, long_lit), str_resurrect(vm, long_lit)
    assert a.shared is long_lit and b.shared is long_lit and not a.flags & FL_FROZEN
    assert layout(a).memsize == 40 and layout(long_lit).fstring
    c = str_resurrect(vm, short_lit)
    assert c.shared is None and layout(c).kind == "embedded"


# ---- the invariants, after every method call of the string programs --------------------------
PROGRAMS = sorted(p.stem for p in CORPUS.glob("*.rb")
                  if p.stem.startswith(("str_", "re_", "io_", "frozen_", "sym_")))


def _guard_cfuncs(vm, bad):
    """Wrap every builtin method of the VM so that, when it returns, its receiver, arguments
    and result are checked (cheaper than tracing c_return, and it sees the arguments too)."""
    def check(mid, values):
        for v in values:
            if isinstance(v, RString):
                errs = layout_errors(v)
                if errs:
                    bad.append((mid, v.s[:30], errs))

    def wrap(me):
        body = me.body

        def guarded(vm, recv, args, blk, *kw):
            r = body(vm, recv, args, blk, *kw)
            check(me.mid, (recv, r, *args))
            return r
        me.body = guarded
    for k in [o for o in live_objects(vm) if isinstance(o, RClass)]:
        for me in k.m_tbl.values():
            if me.type == "cfunc":
                wrap(me)


class WriteGuard:
    """While active, a write to the characters of a shared String from outside
    shared_string.py is recorded, unless it only relabels the same bytes (force_encoding):
    a writer that forgot str_modify is caught even when the text it leaves happens to read
    like a tail of the root."""

    def __init__(self, bad):
        self.bad = bad
        self.slots = RString.__dict__["s"], RString.__dict__["binary"]
        self.before = {}                    # id -> the bytes a relabelled string had

    def __enter__(self):
        s_slot, b_slot = self.slots
        get_s, put_s, get_b, put_b = s_slot.__get__, s_slot.__set__, b_slot.__get__, b_slot.__set__
        before, bad = self.before, self.bad

        def raw(text, binary):
            return text.encode("utf-8", "surrogateescape") if binary is False else \
                text.encode("latin-1", "replace")

        def from_outside():
            return not sys._getframe(2).f_code.co_filename.endswith("shared_string.py")

        def set_binary(o, v):
            if getattr(o, "shared", None) is not None and id(o) not in before:
                before[id(o)] = raw(get_s(o), get_b(o))
            put_b(o, v)

        def set_s(o, v):
            if getattr(o, "shared", None) is not None and from_outside():
                old = before.pop(id(o), None)
                if old is None:
                    old = raw(get_s(o), get_b(o))
                if raw(v, get_b(o)) != old:
                    bad.append(("write", get_s(o)[:30], [f"-> {v[:30]!r} while shared"]))
            put_s(o, v)
        RString.s = property(get_s, set_s)
        RString.binary = property(get_b, set_binary)
        return self

    def __exit__(self, *exc):
        RString.s, RString.binary = self.slots


@pytest.mark.parametrize("name", PROGRAMS)
def test_every_string_method_keeps_the_layout_true(name, monkeypatch):
    """A shared string always reads a tail of its frozen root's bytes, and nothing writes
    into a shared string without making it independent first: checked as each builtin
    returns, at every write of a String's characters, and over the heap at the end."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    monkeypatch.chdir(CORPUS)
    vm = VM(io.StringIO(), io.StringIO(), f"{name}.rb")
    bad = []
    _guard_cfuncs(vm, bad)
    iseq = compile_iseq((CORPUS / f"{name}.rb").read_bytes(), f"{name}.rb")
    with WriteGuard(bad):
        vm.run_main(iseq)
    for o in live_objects(vm):
        if isinstance(o, RString) and layout_errors(o):
            bad.append(("(at exit)", o.s[:30], layout_errors(o)))
    assert not bad, bad[:5]
