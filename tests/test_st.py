"""st_table and ar_table (chapter 7): a Ruby Hash's semantics, st.c's layout rules, and the
layout API a notebook draws from.

Where a rule is visible from Ruby, the expected numbers come from CRuby: the core corpus
programs hash_memsize_*.rb print ObjectSpace.memsize_of (40 bytes of RVALUE, then 128 for an
ar_table, or st_memsize: 56 + 24 per entry + the bins), and their .stdout goldens are CRuby's
output, written by scripts/goldens.py. Those numbers are decoded here into entries and bins.
"""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from rubyvm.core.st import (AR_TABLE_MAX_SIZE, MASK64, ArTable, RubyHashTable, StTable,
                            fixnum_hash, size_ind_for)

CORE = Path(__file__).parent / "corpus" / "core"
RVALUE = 40

OPS = st.lists(st.tuples(st.sampled_from(["set", "del", "shift"]), st.integers(-20, 60),
                         st.integers()), max_size=300)
HASHES = [hash, lambda k: 4, lambda k: k * 0x9E3779B97F4A7C15]


def _eq(a, b):
    return a == b


def _table(hash_fn=hash, size=0):
    return StTable(hash_fn, _eq, size)


def _golden(name):
    return (CORE / f"{name}.stdout").read_text().splitlines()


def decode_memsize(total: int):
    """CRuby's memsize_of(hash) as ("none",), ("ar",) or ("st", entries, bins)."""
    n = total - RVALUE
    if n == 0:
        return ("none",)
    if n == AR_TABLE_MAX_SIZE * 16:
        return ("ar",)
    for p in range(2, 40):
        rest = n - 56 - 24 * (1 << p)
        if rest == 0:
            return ("st", 1 << p, 0)
        if rest == (2 << p) << size_ind_for(p):
            return ("st", 1 << p, 2 << p)
    raise AssertionError(f"memsize {total} is no table layout")


def shape(t):
    """A table's layout in decode_memsize's terms."""
    if t is None:
        return ("none",)
    if isinstance(t, ArTable):
        return ("ar",)
    return ("st", t.allocated_entries, t.bins_num)


# ---- a Hash's semantics ----------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(OPS, st.sampled_from(HASHES))
def test_st_table_behaves_like_an_insertion_ordered_map(ops, hash_fn):
    """Any mix of insert/delete/shift, with good, awful (`def hash; 4; end`) and spread
    hashes, keeps Ruby Hash semantics: insertion order, overwrite in place."""
    t, model = _table(hash_fn), {}
    for op, k, v in ops:
        if op == "set":
            assert t.insert(k, v) == (k in model)
            model[k] = v
        elif op == "del":
            want = (k, model.pop(k)) if k in model else None
            assert t.delete(k) == want
        else:
            first = next(iter(model.items()), None)
            assert t.shift() == first
            if first:
                del model[first[0]]
        assert len(t) == len(model)
    assert t.pairs() == list(model.items()) == list(t.items())
    for k in range(-20, 61):
        assert t.lookup(k, "none") == model.get(k, "none")


@settings(max_examples=100, deadline=None)
@given(OPS, st.sampled_from(HASHES))
def test_ar_backed_hash_behaves_like_a_map(ops, hash_fn):
    """The same through an ar_table, which becomes an st_table on its 9th pair for good."""
    h, model = RubyHashTable(hash_fn, _eq), {}
    converted = False
    for op, k, v in ops:
        if op == "set":
            h.insert(k, v)
            model[k] = v
        elif op == "del":
            assert h.delete(k, "none") == model.pop(k, "none")
        else:
            first = next(iter(model.items()), None)
            assert h.shift() == first
            if first:
                del model[first[0]]
        converted = converted or len(model) > AR_TABLE_MAX_SIZE
        assert isinstance(h.table, StTable) == converted
    assert list(h.items()) == list(model.items())


def test_entries_deleted_during_a_walk_are_skipped():
    """st_foreach: a walk sees an entry deleted ahead of it as gone."""
    t = _table()
    for k in range(40):
        t.insert(k, k)
    seen = []
    for k, _ in t.items():
        seen.append(k)
        t.delete(k + 1)
    assert seen == list(range(0, 40, 2))


def test_a_hash_result_becomes_a_fixnum_ranged_st_hash():
    """hash.c any_hash: positive values keep their Fixnum bits, others are sign-filled."""
    assert fixnum_hash(4) == 4
    assert fixnum_hash(0) == (-(1 << 62)) & MASK64
    assert fixnum_hash(-1) == 0             # ~0 is RESERVED_HASH_VAL: do_hash substitutes 0
    assert fixnum_hash(2 ** 64 + 5) == 5


# ---- st.c's layout rules, checked against CRuby's memsize_of --------------------------------
def test_growth_matches_cruby():
    """hash_memsize_growth.rb: an ar_table for 1..8 pairs, st_table(32 entries, 64 bins) at
    the 9th (ar_try_convert_table sizes for twice the pairs), then twice the entries each
    time the entries array is full (rebuild_table for 2*live-1)."""
    want = {}
    for line in _golden("hash_memsize_growth"):
        if line.startswith("empty"):
            continue
        if not line.startswith("string"):
            n, _, ms = line.partition(" pairs: ")
            want[int(n)] = decode_memsize(int(ms))
    assert want[1] == ("ar",) and want[9][0] == "st"
    h = RubyHashTable(hash, _eq)
    got = {}
    last = None
    for i in range(1, 601):
        h.insert(i, i)
        s = shape(h.table)
        if s != last:
            got[i] = s
        last = s
    assert got == want


@pytest.mark.parametrize("line", _golden("hash_memsize_rebuild")[:9])
def test_rebuild_compacts_or_resizes_as_cruby(line):
    """hash_memsize_rebuild.rb: 64 entries, d of them deleted, then one more insert."""
    head, _, rest = line.partition(": ")
    d = int(head.split(", ")[1].split()[0])
    before, _, after = rest.partition(" -> ")
    after = after.split(" (")[0]
    h = RubyHashTable(hash, _eq)
    for i in range(64):
        h.insert(i, i)
    for i in range(d):
        h.delete(i)
    assert shape(h.table) == decode_memsize(int(before))
    h.insert("new", 1)
    assert shape(h.table) == decode_memsize(int(after))


def test_tables_made_for_n_entries_match_cruby():
    """hash_memsize_copies.rb's compare_by_identity lines: an st_table made for n pairs
    (st_init_table_with_size) has 2**n entries with 2**n > n, and bins above 2**4."""
    for line in _golden("hash_memsize_copies"):
        if line.startswith("compare_by_identity with "):
            n, _, ms = line[len("compare_by_identity with "):].partition(": ")
            t = _table(size=int(n))
            for k in range(int(n)):
                t.insert(k, k)
            assert shape(t) == decode_memsize(int(ms)), line
            assert t.memsize() + RVALUE == int(ms)


def test_rebuild_points_follow_st_c():
    """rebuild_table runs exactly when an insertion finds the entries array full; deleted
    entries make it a compaction (same size) instead of a move."""
    t = _table()
    rebuilt_at = []
    for k in range(1, 200):
        before = t.rebuilds_num
        full = t.entries_bound == t.allocated_entries
        t.insert(k, k)
        assert (t.rebuilds_num != before) == full
        if full:
            rebuilt_at.append(k)
    assert rebuilt_at == [5, 9, 17, 33, 65, 129]
    for k in range(1, 151):       # 49 live; filled up to 256 entries: 106 live
        t.delete(k)
    power = t.entry_power
    while t.entries_bound < t.allocated_entries:
        t.insert(1000 + t.entries_bound, 0)
    live = len(t)
    t.insert(-1, 0)           # 2*live <= allocated < 4*live: compacted in place
    assert 2 * live <= (1 << power) < 4 * live
    assert t.entry_power == power and t.entries_start == 0 and t.entries_bound == live + 1


def test_bins_only_above_2_4_entries():
    for size in range(0, 70):
        t = _table(size=size)
        assert (t.bins is not None) == (t.entry_power > 4)
        assert t.bins is None or t.bins_num == 2 * t.allocated_entries


def test_ar_table_converts_to_st_table_at_the_ninth_key():
    h = RubyHashTable(hash, _eq)
    for k in range(AR_TABLE_MAX_SIZE):
        h.insert(k, k)
    assert isinstance(h.table, ArTable)
    h.insert("ninth", 9)
    assert isinstance(h.table, StTable) and h.table.allocated_entries == 32
    assert list(h.items())[-1] == ("ninth", 9) and len(h) == 9


def test_colliding_keys_walk_the_probe_chain():
    """The book's `def hash; 4; end`: every key lands on one chain, and the k-th key's
    lookup walks k bins before it finds it; a good hash finds each on its first bin."""
    good, bad = _table(), _table(lambda k: 4)
    for k in range(100):
        good.insert(k, k)
        bad.insert(k, k)
    assert all(len(good.search_path(k, good.do_hash(k))) == 1 for k in range(100))
    assert [len(bad.search_path(k, 4)) for k in range(100)] == list(range(1, 101))
    assert bad.search_path(0, 4) == bad.probe_sequence(4, 1)


# ---- the layout of a Ruby Hash, for the notebook ---------------------------------------------
@pytest.fixture(scope="module")
def session():
    from rubyvm import Session
    return Session()


def test_layout_of_ruby_hashes_matches_cruby(session):
    """layout(h) of the VM's hashes, for the sizes CRuby's golden shows."""
    from rubyvm.hash_layout import layout
    want = {}
    for line in _golden("hash_memsize_growth"):
        if line.startswith(("empty", "string")):
            continue
        n, _, ms = line.partition(" pairs: ")
        want[int(n)] = int(ms)
    for n, ms in want.items():
        lay = layout(session.run(f"h = {{}}; {n}.times {{ |i| h[i] = i }}; h").value, session.vm)
        assert lay["memsize"] == ms
        kind = decode_memsize(ms)
        assert lay["type"] == kind[0] and lay["num_entries"] == n
        if kind[0] == "st":
            assert (lay["allocated_entries"], len(lay["bins"] or [])) == kind[1:]
    empty = layout(session.run("{}").value, session.vm)
    assert empty["type"] is None and empty["memsize"] == RVALUE


def test_layout_shows_entries_bins_and_deletions(session):
    from rubyvm.hash_layout import format_layout, layout
    h = session.run('h = {}; 20.times { |i| h[i] = "v#{i}" }; h.delete(3); h').value
    lay = layout(h, session.vm)
    assert lay["type"] == "st" and lay["entry_power"] == 5 and lay["bin_power"] == 6
    assert lay["num_entries"] == 19 and lay["entries_bound"] == 20
    assert lay["entries"][3]["deleted"] and lay["entries"][4]["key"] == "4"
    assert lay["entries"][4]["value"] == '"v4"'
    assert lay["bins"].count("deleted") == 1
    live = sorted(b for b in lay["bins"] if isinstance(b, int))
    assert live == [i for i in range(20) if i != 3]
    assert "deleted" in format_layout(lay)
    small = layout(session.run('{a: 1, "b" => [2]}').value, session.vm)
    assert small["type"] == "ar" and [e["key"] for e in small["entries"]] == [":a", '"b"']


def test_probe_path_of_colliding_user_keys(session):
    from rubyvm.hash_layout import layout, probe_path
    h = session.run("""
        class Colliding
          def initialize(v) = @v = v
          def hash = 4
        end
        $keys = (0...20).map { Colliding.new(_1) }
        h = {}
        $keys.each { h[_1] = true }
        h""").value
    keys = session.run("$keys").value.a
    lay = layout(h, session.vm)
    assert {e["hash"] for e in lay["entries"]} == {4}
    assert [len(probe_path(h, k)) for k in keys] == list(range(1, 21))
