"""The table behind a Ruby Hash, as chapter 7 draws it: which kind (ar_table or st_table),
its entries in order (hash, key, value, deleted or not), its bins (the entry each bin points
at), the powers of two that size them, and how often it was rebuilt.

    from rubyvm import Session
    from rubyvm.hash_layout import layout, format_layout
    s = Session()
    h = s.run("h = {}; 20.times { |i| h[i] = i }; h.delete(3); h").value
    lay = layout(h, s.vm)       # a dict; lay["bins"][b] is an entry index, None or "deleted"
    probe_path(h, 7)            # the bins a lookup of 7 walks
    print(format_layout(lay))

Keys and values are described without running Ruby (rubyvm.trace.peek), so a user #inspect
never runs and the table cannot change while it is drawn.
"""
from __future__ import annotations

from typing import Optional

from .core.st import ArTable, StTable
from .vm.shared_string import RVALUE_SIZE


def layout(h, vm) -> dict:
    """The layout of Ruby Hash h (an RHash). `type` is "ar", "st", or None for a hash that has
    never had a key (RHASH_TABLE_NULL_P). `memsize` is what ObjectSpace.memsize_of reports."""
    from .trace import peek
    t = h.tbl
    out: dict = {"type": None, "compare_by_identity": h.compare_by_id, "num_entries": 0,
                 "entries": [], "bins": None, "memsize": RVALUE_SIZE}
    if t is None:
        return out
    raw = t.layout()
    entries = []
    for i, e in enumerate(raw["entries"]):
        entries.append({
            "index": i,
            "hash": e.get("hash", e.get("hint")),
            "key": None if e["deleted"] else peek(vm, e["key"]),
            "value": None if e["deleted"] else peek(vm, e["value"]),
            "deleted": e["deleted"]})
    out.update({"type": raw["type"], "num_entries": raw["num_entries"], "entries": entries,
                "memsize": RVALUE_SIZE + raw["memsize"]})
    if isinstance(t, StTable):
        for name in ("entry_power", "bin_power", "size_ind", "allocated_entries",
                     "entries_start", "entries_bound", "rebuilds_num"):
            out[name] = raw[name]
        out["bins"] = raw["bins"]
    elif isinstance(t, ArTable):
        out.update({"capacity": raw["capacity"], "bound": raw["bound"]})
    return out


def probe_path(h, key) -> Optional[list[int]]:
    """The bins a lookup of key visits in h's st_table, in order, up to the bin that holds it
    or the empty one ending the search; None for a table without bins. key is a VM value
    (e.g. an Integer or a Symbol from rubyvm.vm.objects.intern)."""
    t = h.tbl
    if not isinstance(t, StTable) or t.bins is None:
        return None
    return t.search_path(key, t.hash_fn(key))


def format_layout(lay: dict) -> str:
    """A text picture of layout(): one line per entry, then the bins that are in use."""
    if lay["type"] is None:
        return f"no table yet (memsize {lay['memsize']})"
    lines = []
    if lay["type"] == "ar":
        lines.append(f"ar_table: {lay['num_entries']} of {lay['capacity']} pairs, "
                     f"bound {lay['bound']}, memsize {lay['memsize']}")
    else:
        lines.append(f"st_table: {lay['num_entries']} entries of {lay['allocated_entries']} "
                     f"(entry_power {lay['entry_power']}), "
                     + (f"{len(lay['bins'])} bins (bin_power {lay['bin_power']})"
                        if lay["bins"] is not None else "no bins")
                     + f", rebuilt {lay['rebuilds_num']} times, memsize {lay['memsize']}")
    label = "hint" if lay["type"] == "ar" else "hash"
    for e in lay["entries"]:
        if e["deleted"]:
            lines.append(f"  [{e['index']:3}] deleted")
        else:
            lines.append(f"  [{e['index']:3}] {label} {e['hash']:#018x}  {e['key']} => {e['value']}")
    if lay["bins"] is not None:
        used = [f"{b}->{x}" for b, x in enumerate(lay["bins"]) if x is not None]
        lines.append("  bins: " + (" ".join(used) if used else "all empty"))
    return "\n".join(lines)
