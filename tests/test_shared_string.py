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
from rubyvm.shared_strings import buffers, layout, sharing, to_dot
from rubyvm.vm import VM
from rubyvm.vm.core_gc import live_objects
from rubyvm.vm.objects import FL_FROZEN, RString
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
    named = {n: s.run(n).value for n in ("a", "b", "c", "e")}
    groups = buffers(named)
    assert [g.readers for g in groups] == [["a", "b", "c"], ["e"]]
    assert groups[0].owner_name is None and groups[0].owner.flags & FL_FROZEN
    assert groups[1].owner is named["e"] and groups[1].owner_name == "e"


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


@pytest.mark.parametrize("name", PROGRAMS)
def test_every_string_method_keeps_the_layout_true(name, monkeypatch):
    """A shared string always reads a tail of its frozen root's bytes: no method wrote into
    a shared string without making it independent first (checked at each c_return)."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    monkeypatch.chdir(CORPUS)
    vm = VM(io.StringIO(), io.StringIO(), f"{name}.rb")
    bad = []

    def check(ev):
        for v in (ev.recv, ev.value):
            if isinstance(v, RString):
                errs = layout_errors(v)
                if errs:
                    bad.append((ev.mid, v.s[:30], errs))
    h = vm.events.subscribe(check, {"c_return"})
    iseq = compile_iseq((CORPUS / f"{name}.rb").read_bytes(), f"{name}.rb")
    try:
        vm.run_main(iseq)
    finally:
        vm.events.unsubscribe(h)            # tracing is switched on for every iseq: undo it
    for o in live_objects(vm):
        if isinstance(o, RString) and layout_errors(o):
            bad.append(("(at exit)", o.s[:30], layout_errors(o)))
    assert not bad, bad[:5]
