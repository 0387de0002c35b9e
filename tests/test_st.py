"""st_table and ar_table (chapter 7): a Ruby Hash's semantics, and st.c's layout rules."""
from hypothesis import given, settings, strategies as st

from rubyvm.core.st import AR_TABLE_MAX_SIZE, ArTable, RubyHashTable, StTable

OPS = st.lists(st.tuples(st.sampled_from(["set", "del", "shift"]), st.integers(-20, 60),
                         st.integers()), max_size=300)


def _table(hash_fn=hash):
    return StTable(hash_fn, lambda a, b: a == b)


@settings(max_examples=200, deadline=None)
@given(OPS, st.sampled_from([hash, lambda k: 4, lambda k: k * 0x9E3779B97F4A7C15]))
def test_st_table_behaves_like_an_insertion_ordered_map(ops, hash_fn):
    """Any mix of insert/delete/shift, with good, awful (`def hash; 4; end`) and
    spread hashes, keeps Ruby Hash semantics: insertion order, overwrite in place."""
    t, model = _table(hash_fn), {}
    for op, k, v in ops:
        if op == "set":
            assert t.insert(k, v) == (k in model)
            model[k] = v
        elif op == "del":
            assert t.delete(k, "none") == model.pop(k, "none")
        else:
            first = next(iter(model.items()), None)
            assert t.shift() == first
            if first:
                del model[first[0]]
        assert len(t) == len(model)
    assert list(t.items()) == list(model.items())
    for k in range(-20, 61):
        assert t.lookup(k, "none") == model.get(k, "none")


def test_growth_follows_st_c():
    """Entries arrays of 2**n (n >= 2), twice as many bins, no bins up to 2**4 entries, and a
    rebuild exactly when an insertion finds the entries array full."""
    t = _table()
    assert (t.allocated_entries, t.bins) == (4, None)
    sizes = []
    for k in range(200):
        before = t.allocated_entries
        t.insert(k, k)
        if t.allocated_entries != before:
            sizes.append((k, t.allocated_entries))
        assert t.bins is None or t.bins_num == 2 * t.allocated_entries
        assert (t.bins is None) == (t.allocated_entries <= 16)
    # st.c: a full entries array of n live entries is rebuilt for 2n-1 of them, i.e. the
    # next power of two: 4 -> 8 -> 16 ... (written out, so a wrong get_power2 fails here)
    assert sizes == [(4, 8), (8, 16), (16, 32), (32, 64), (64, 128), (128, 256)]


def test_deleted_entries_are_compacted_in_place():
    t = _table()
    for k in range(64):
        t.insert(k, k)
    for k in range(40):
        t.delete(k)
    allocated = t.allocated_entries
    while t.entries_bound < allocated:
        t.insert(1000 + t.entries_bound, 0)
    t.insert(-1, 0)      # full entries array, 2*live <= allocated < 4*live: compaction
    assert t.allocated_entries == allocated and t.entries_start == 0
    assert t.keys()[:3] == [40, 41, 42] and t.keys()[-1] == -1


def test_colliding_keys_walk_the_probe_chain():
    """The book's `def hash; 4; end`: every key lands on one bin and lookups probe on."""
    good, bad = _table(), _table(lambda k: 4)
    for k in range(100):
        good.insert(k, k)
        bad.insert(k, k)
    good.probes = bad.probes = 0
    for k in range(100):
        assert good.lookup(k) == bad.lookup(k) == k
    assert bad.probes > 10 * good.probes


def test_ar_table_converts_to_st_table_at_the_ninth_key():
    h = RubyHashTable(hash, lambda a, b: a == b)
    for k in range(AR_TABLE_MAX_SIZE):
        h.insert(k, k)
    assert isinstance(h.table, ArTable)
    h.insert("ninth", 9)
    assert isinstance(h.table, StTable)
    assert list(h.items())[-1] == ("ninth", 9) and len(h) == 9


@settings(max_examples=100, deadline=None)
@given(OPS)
def test_ar_backed_hash_behaves_like_a_map(ops):
    h, model = RubyHashTable(hash, lambda a, b: a == b), {}
    for op, k, v in ops:
        if op == "set":
            h.insert(k, v)
            model[k] = v
        elif op == "del":
            assert h.delete(k, "none") == model.pop(k, "none")
    assert list(h.items()) == list(model.items())
